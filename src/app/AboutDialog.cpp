#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <poppler-version.h>
#include <sqlite3.h>
#include <unicode/uversion.h>

namespace vigia::app {

QString AboutDialog::versionsText()
{
    UVersionInfo icuVersion;
    u_getVersion(icuVersion);
    char icuText[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(icuVersion, icuText);
    return tr("Qt %1 · Poppler %2 · SQLite %3 · ICU %4")
        .arg(QString::fromLatin1(qVersion()), QStringLiteral(POPPLER_VERSION), QString::fromLatin1(sqlite3_libversion()),
             QString::fromLatin1(icuText));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Acerca de Vigía"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<h2>Vigía %1</h2><p>Leer, comparar y vigilar los planes de gobierno que los candidatos "
                     "presentan al Jurado Nacional de Elecciones.</p><p>%2</p>")
                      .arg(QCoreApplication::applicationVersion(), versionsText().toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(480, 220);
}

} // namespace vigia::app
