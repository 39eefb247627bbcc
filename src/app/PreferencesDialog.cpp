#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "LanguageSetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigia::app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Preferencias"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Language names in their own language, so that anybody finds theirs.
    m_language->addItem(QStringLiteral("Español (Perú)"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings().language())));
    m_note->setText(tr("El idioma cambia al momento. Una ventana de seguimiento ya abierta lo hace al volver a abrirla."));
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Idioma:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

void PreferencesDialog::save()
{
    const QString language = m_language->currentData().toString();
    AppSettings().setLanguage(language);
    // Applied at once: the open windows retranslate themselves on QEvent::LanguageChange.
    if (language != LanguageSetup::currentLanguage())
        LanguageSetup::install(*QCoreApplication::instance(), language);
}

} // namespace vigia::app
