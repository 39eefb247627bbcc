#include "TopicTaxonomyDialog.h"

#include "MessageBox.h"
#include "topics/TopicStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia::app {

namespace {
QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}
} // namespace

TopicTaxonomyDialog::TopicTaxonomyDialog(TopicStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_keywords(new QPlainTextEdit(this))
    , m_renameButton(new QPushButton(tr("&Renombrar"), this))
    , m_removeButton(new QPushButton(tr("&Quitar tema…"), this))
    , m_saveKeywordsButton(new QPushButton(tr("&Guardar palabras clave"), this))
{
    setWindowTitle(tr("Temas de la biblioteca"));
    m_list->setAccessibleName(tr("Temas"));
    m_name->setPlaceholderText(tr("Nombre del tema"));
    m_keywords->setPlaceholderText(tr("Una palabra o frase clave por línea"));
    m_keywords->setTabChangesFocus(true);

    auto *addButton = new QPushButton(tr("&Añadir tema"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Nombre:"), m_name);
    form->addRow(tr("Palabras &clave:"), m_keywords);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_saveKeywordsButton);
    buttons->addWidget(m_removeButton);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(editor, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Los cambios se guardan al momento y la comparación se recalcula."), this));
    layout->addLayout(columns);
    layout->addWidget(close);
    resize(720, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &TopicTaxonomyDialog::showCurrent);
    connect(addButton, &QPushButton::clicked, this, [this] { addTopic(m_name->text(), linesOf(m_keywords->toPlainText())); });
    connect(m_renameButton, &QPushButton::clicked, this, [this] { renameCurrentTopic(m_name->text()); });
    connect(m_saveKeywordsButton, &QPushButton::clicked, this,
            [this] { saveCurrentKeywords(linesOf(m_keywords->toPlainText())); });
    connect(m_removeButton, &QPushButton::clicked, this, &TopicTaxonomyDialog::removeCurrentTopic);
    reload({});
}

QString TopicTaxonomyDialog::currentKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TopicTaxonomyDialog::reload(const QString &key)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<Topic> topics = m_store.topics();
    for (const Topic &topic : topics) {
        auto *item = new QListWidgetItem(topic.name, m_list);
        item->setData(Qt::UserRole, topic.key);
        item->setToolTip(topic.keywords.join(QStringLiteral(", ")));
        if (topic.key == key)
            m_list->setCurrentItem(item);
    }
    showCurrent();
}

bool TopicTaxonomyDialog::selectTopic(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TopicTaxonomyDialog::showCurrent()
{
    const std::optional<Topic> topic = currentKey().isEmpty() ? std::nullopt : m_store.topic(currentKey());
    m_renameButton->setEnabled(topic.has_value());
    m_removeButton->setEnabled(topic.has_value());
    m_saveKeywordsButton->setEnabled(topic.has_value());
    m_name->setText(topic ? topic->name : QString());
    m_keywords->setPlainText(topic ? topic->keywords.join(u'\n') : QString());
}

bool TopicTaxonomyDialog::report(bool ok, const QString &error)
{
    if (!ok)
        MessageBox::warning(this, tr("Temas"), tr("No se pudo cambiar los temas: %1").arg(error));
    else
        Q_EMIT taxonomyChanged();
    return ok;
}

bool TopicTaxonomyDialog::addTopic(const QString &name, const QStringList &keywords)
{
    QString key;
    QString error;
    const bool ok = m_store.addTopic(name.trimmed(), keywords, &key, &error);
    if (ok)
        reload(key);
    return report(ok, error);
}

bool TopicTaxonomyDialog::renameCurrentTopic(const QString &name)
{
    const QString key = currentKey();
    QString error;
    const bool ok = !key.isEmpty() && m_store.renameTopic(key, name.trimmed(), &error);
    if (ok)
        reload(key);
    return key.isEmpty() ? false : report(ok, error);
}

bool TopicTaxonomyDialog::saveCurrentKeywords(const QStringList &keywords)
{
    const QString key = currentKey();
    const std::optional<Topic> topic = key.isEmpty() ? std::nullopt : m_store.topic(key);
    if (!topic)
        return false;
    const QStringList wanted = TopicTaxonomy::cleanKeywords(keywords);
    QStringList removed;
    for (const QString &keyword : topic->keywords) {
        if (!wanted.contains(keyword))
            removed.append(keyword);
    }
    QStringList added;
    for (const QString &keyword : wanted) {
        if (!topic->keywords.contains(keyword))
            added.append(keyword);
    }
    QString error;
    bool ok = removed.isEmpty() || m_store.removeKeywords(key, removed, &error);
    ok = ok && (added.isEmpty() || m_store.addKeywords(key, added, &error));
    reload(key);
    return report(ok, error);
}

void TopicTaxonomyDialog::removeCurrentTopic()
{
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    MessageBox::question(this, tr("Quitar tema"),
                         tr("¿Quitar el tema «%1»? Los ítems dejarán de tenerlo, también los asignados a mano.")
                             .arg(m_list->currentItem()->text()),
                         [this, key](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes)
                                 return;
                             QString error;
                             const bool ok = m_store.removeTopic(key, &error);
                             if (ok)
                                 reload({});
                             report(ok, error);
                         });
}

} // namespace vigia::app
