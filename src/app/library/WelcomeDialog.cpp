#include "WelcomeDialog.h"

#include "LibraryPane.h"
#include "MainWindow.h"
#include "tracking/TrackingMenu.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia::app {

namespace {

// The plan a watchdog would track first: one with a period (its semesters) and the most metas.
qint64 planToTrack(const QList<PlanSummary> &plans)
{
    qint64 best = 0;
    int bestMetas = -1;
    for (const PlanSummary &plan : plans) {
        const int metas = plan.itemCounts[static_cast<size_t>(ItemKind::Target)];
        if (!plan.metadata.period.isEmpty() && metas > bestMetas) {
            best = plan.id;
            bestMetas = metas;
        }
    }
    return best != 0 || plans.isEmpty() ? best : plans.constFirst().id;
}

} // namespace

WelcomeDialog::WelcomeDialog(MainWindow *window, const QList<PlanSummary> &plans, bool importHadProblems)
    : QDialog(window)
    , m_window(window)
    , m_summaries(plans)
    , m_plans(new QLabel(this))
    , m_readButton(new QCommandLinkButton(tr("Leer un plan"), this))
    , m_compareButton(new QCommandLinkButton(tr("Comparar planes"), this))
    , m_trackButton(new QCommandLinkButton(tr("Hacer seguimiento"), this))
{
    setWindowTitle(tr("Le damos la bienvenida a Vigía"));
    auto *heading = new QLabel(tr("<h2>Le damos la bienvenida a Vigía</h2>"), this);
    auto *about = new QLabel(tr("Vigía lee los planes de gobierno que los candidatos presentan al JNE y los ordena por "
                                "dimensión: problemas, objetivos, indicadores y metas. Con él puede leer y buscar en "
                                "un plan, poner planes lado a lado y registrar cada semestre el avance de las metas "
                                "de la autoridad elegida."),
                             this);
    about->setWordWrap(true);
    QStringList names;
    for (const PlanSummary &plan : plans)
        names.append(QStringLiteral("<li>%1</li>").arg(plan.metadata.displayName(plan.sourceFileName).toHtmlEscaped()));
    m_plans->setText(tr("La biblioteca de ejemplo tiene %n plan(es):", nullptr, static_cast<int>(plans.size()))
                     + QStringLiteral("<ul>%1</ul>").arg(names.join(QString())));
    m_plans->setWordWrap(true);
    m_plans->setTextFormat(Qt::RichText);

    m_readButton->setDescription(tr("Elija un plan en la lista y recórralo por dimensión; busque un tema con Ctrl+F."));
    m_compareButton->setDescription(tr("Ponga de dos a cuatro planes lado a lado: en qué coinciden, en qué difieren, "
                                       "de qué no hablan y qué tan medibles son sus metas."));
    m_trackButton->setDescription(tr("Registre cada semestre el avance de cada meta, con evidencias, y publique el informe."));
    m_compareButton->setEnabled(plans.size() >= 2);
    m_readButton->setEnabled(!plans.isEmpty());
    m_trackButton->setEnabled(!plans.isEmpty());
    connect(m_readButton, &QCommandLinkButton::clicked, this, &WelcomeDialog::readPlan);
    connect(m_compareButton, &QCommandLinkButton::clicked, this, &WelcomeDialog::comparePlans);
    connect(m_trackButton, &QCommandLinkButton::clicked, this, &WelcomeDialog::trackPlan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (importHadProblems) {
        QPushButton *report = buttons->addButton(tr("Ver el informe de importación"), QDialogButtonBox::ActionRole);
        connect(report, &QPushButton::clicked, this, &WelcomeDialog::openImportReport);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addWidget(m_plans);
    layout->addWidget(m_readButton);
    layout->addWidget(m_compareButton);
    layout->addWidget(m_trackButton);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wrapped labels and link descriptions need their height from their width: start wide and tall enough.
    resize(700, 560);
    setMinimumSize(560, 480);
}

void WelcomeDialog::openImportReport()
{
    accept();
    Q_EMIT importReportRequested();
}

void WelcomeDialog::readPlan()
{
    accept();
    if (!m_summaries.isEmpty())
        m_window->libraryPane()->selectPlan(m_summaries.constFirst().id);
}

void WelcomeDialog::comparePlans()
{
    accept();
    // Two plans for the same place when the library has them (rivals in one election), else the first two.
    QList<qint64> ids;
    for (qsizetype first = 0; first < m_summaries.size() && ids.isEmpty(); ++first) {
        for (qsizetype second = first + 1; second < m_summaries.size(); ++second) {
            const QString place = m_summaries.at(first).metadata.place;
            if (!place.isEmpty() && place.compare(m_summaries.at(second).metadata.place, Qt::CaseInsensitive) == 0) {
                ids = {m_summaries.at(first).id, m_summaries.at(second).id};
                break;
            }
        }
    }
    if (ids.isEmpty()) {
        for (const PlanSummary &plan : m_summaries.mid(0, 2))
            ids.append(plan.id);
    }
    m_window->openComparison(ids);
}

void WelcomeDialog::trackPlan()
{
    accept();
    if (const qint64 planId = planToTrack(m_summaries); planId != 0 && m_window->libraryPane()->selectPlan(planId)) {
        if (TrackingMenu *menu = TrackingMenu::of(m_window))
            menu->openTracking();
    }
}

} // namespace vigia::app
