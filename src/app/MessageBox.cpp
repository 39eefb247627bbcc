#include "MessageBox.h"

namespace vigia::app {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;
QString MessageBox::s_lastDetails;
int MessageBox::s_shownCount = 0;

void MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      QMessageBox::StandardButtons buttons, Callback callback, const QString &details)
{
    s_lastText = text;
    s_lastDetails = details;
    ++s_shownCount;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        if (callback)
            callback(answer);
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (!details.isEmpty())
        box->setDetailedText(details);
    QObject::connect(box, &QMessageBox::finished, box, [box, callback](int) {
        if (callback)
            callback(box->standardButton(box->clickedButton()));
    });
    box->open();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, {}, details);
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text, Callback callback)
{
    show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, std::move(callback));
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QString MessageBox::lastDetails()
{
    return s_lastDetails;
}

int MessageBox::shownCount()
{
    return s_shownCount;
}

} // namespace vigia::app
