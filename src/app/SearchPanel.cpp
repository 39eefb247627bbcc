#include "SearchPanel.h"

#include "ItemKindStyle.h"
#include "SearchResultsModel.h"
#include "SnippetDelegate.h"
#include "model/DimensionNames.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigia::app {

namespace {
constexpr int typingDelayMs = 250;
const QStringList canonicalDimensions{QStringLiteral("Social"), QStringLiteral("Económica"), QStringLiteral("Ambiental"),
                                      QStringLiteral("Institucional")};
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_dimension(new QComboBox(this))
    , m_results(new QTableView(this))
    , m_status(new QLabel(this))
    , m_queryLabel(new QLabel(this))
    , m_model(new SearchResultsModel(this))
    , m_delay(new QTimer(this))
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_scope->addItem(QString(), false);
    m_scope->addItem(QString(), true);
    m_kind->addItem(QString(), -1);
    for (ItemKind kind : allItemKinds)
        m_kind->addItem(ItemKindStyle::icon(kind), QString(), static_cast<int>(kind));
    setDimensions({});

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegateForColumn(SearchResultsModel::SnippetColumn, new SnippetDelegate(SearchResultsModel::SnippetHtmlRole, m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultsModel::SnippetColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultsModel::KindColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultsModel::DimensionColumn, QHeaderView::ResizeToContents);
    m_results->setColumnWidth(SearchResultsModel::PlanColumn, 220);
    m_results->installEventFilter(this);

    auto *filters = new QGridLayout;
    m_queryLabel->setBuddy(m_query);
    filters->addWidget(m_queryLabel, 0, 0);
    filters->addWidget(m_query, 0, 1, 1, 3);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_scope);
    choices->addWidget(m_kind);
    choices->addWidget(m_dimension);
    choices->addStretch(1);
    filters->addLayout(choices, 1, 1, 1, 3);
    filters->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(typingDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    // Enter in the query opens the first result at once; the list keeps the focus, so the arrows
    // and Enter open the others.
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_model->rowCount() > 0) {
            const QModelIndex first = m_model->index(0, 0);
            m_results->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            activate(first);
            m_results->setFocus();
        }
    });
    for (QComboBox *box : {m_scope, m_kind, m_dimension})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    connect(m_results, &QAbstractItemView::doubleClicked, this, &SearchPanel::activate);
    retranslateUi();
}

void SearchPanel::setDimensions(const QStringList &dimensions)
{
    const QString current = m_dimension->currentData().toString();
    QStringList names = canonicalDimensions;
    for (const QString &name : dimensions) {
        if (!names.contains(name))
            names.append(name);
    }
    const QSignalBlocker blocker(m_dimension);
    m_dimension->clear();
    m_dimension->addItem(tr("Todas las dimensiones"), QString());
    for (const QString &name : names)
        m_dimension->addItem(name, name);
    m_dimension->setCurrentIndex(qMax(0, m_dimension->findData(current)));
}

void SearchPanel::setOpenPlan(qint64 planId, const QStringList &dimensions)
{
    m_openPlanId = planId;
    setDimensions(dimensions);
    if (m_scope->currentData().toBool())
        runSearch();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

SearchQuery SearchPanel::currentQuery() const
{
    SearchQuery query;
    query.text = m_query->text().trimmed();
    query.planId = m_scope->currentData().toBool() ? m_openPlanId : 0;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        query.kind = static_cast<ItemKind>(kind);
    query.dimension = m_dimension->currentData().toString();
    query.limit = 200;
    // Type-ahead: SearchQuery's ranking limit (a few ms each thousand matches; beyond it the best
    // of the short items that match first; see docs/performance.md).
    return query;
}

void SearchPanel::clearResults()
{
    m_model->setHits({});
    m_statusText = {};
    m_status->clear();
}

void SearchPanel::runSearch()
{
    m_delay->stop();
    const SearchQuery query = currentQuery();
    if (query.text.isEmpty() || !m_search) {
        clearResults();
        return;
    }
    if (m_scope->currentData().toBool() && m_openPlanId == 0) {
        clearResults();
        setStatus([] { return tr("No hay un plan abierto."); });
        return;
    }
    const QList<SearchHit> hits = m_search(query);
    m_model->setHits(hits);
    const int count = static_cast<int>(hits.size());
    if (hits.isEmpty())
        setStatus([text = query.text] { return tr("Sin resultados para «%1».").arg(text); });
    else if (hits.size() >= query.limit)
        setStatus([count] { return tr("Los %n primeros resultados; precise la búsqueda para ver otros.", nullptr, count); });
    else
        setStatus([count] { return tr("%n resultado(s). Enter abre el resultado en su plan.", nullptr, count); });
}

void SearchPanel::activate(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hitAt(index.row());
    if (hit)
        Q_EMIT hitActivated(hit->planId, hit->itemId);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_query && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            activate(m_results->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The texts of the panel and of its results, set again when the language changes.
void SearchPanel::retranslateUi()
{
    m_queryLabel->setText(tr("&Buscar:"));
    m_query->setPlaceholderText(tr("Buscar en los planes (sin importar tildes ni mayúsculas)…"));
    m_scope->setItemText(0, tr("Todos los planes"));
    m_scope->setItemText(1, tr("Solo el plan abierto"));
    m_kind->setItemText(0, tr("Todos los tipos"));
    for (ItemKind kind : allItemKinds)
        m_kind->setItemText(m_kind->findData(static_cast<int>(kind)), ItemKindStyle::pluralName(kind));
    m_dimension->setItemText(0, tr("Todas las dimensiones"));
    if (m_statusText)
        m_status->setText(m_statusText());
    m_model->retranslate();
}

} // namespace vigia::app
