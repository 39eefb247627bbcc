#pragma once

#include "store/PlanLibrary.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace vigia::app {

class SearchResultsModel;

// Full-text search over the library (PlanLibrary::search): words, scope (every plan or the open
// one), kind and dimension; hits with highlighted snippets. Enter (or a double click) on a hit
// asks for it to be opened in its plan.
class SearchPanel : public QWidget {
    Q_OBJECT

public:
    using SearchFunction = std::function<QList<SearchHit>(const SearchQuery &)>;

    explicit SearchPanel(QWidget *parent = nullptr);

    void setSearchFunction(SearchFunction function) { m_search = std::move(function); }
    // The plan that "only the open plan" means; 0 when none is open.
    void setOpenPlan(qint64 planId, const QStringList &dimensions);
    void focusQuery();
    // Runs the search now with the current words and filters.
    void runSearch();
    void clearResults();
    SearchQuery currentQuery() const;

    QLineEdit *queryEdit() const { return m_query; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QTableView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }

Q_SIGNALS:
    void hitActivated(qint64 planId, qint64 itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void setDimensions(const QStringList &dimensions);
    void retranslateUi();
    // Shows a status text made (and, when the language changes, made again) by `text`.
    void setStatus(std::function<QString()> text);

    SearchFunction m_search;
    QLineEdit *m_query;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QComboBox *m_dimension;
    QTableView *m_results;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    QLabel *m_queryLabel;
    SearchResultsModel *m_model;
    QTimer *m_delay;
    qint64 m_openPlanId = 0;
};

} // namespace vigia::app
