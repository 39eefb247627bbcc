#pragma once

#include "compare/PlanComparison.h"
#include "store/PlanLibrary.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableView;

namespace vigia {
class TopicStore;
}

namespace vigia::app {

class ComparisonJob;
struct ComparisonOutcome;
class MeasurabilityMetasModel;
class MeasurabilityModel;
class SavedFileBar;
class SideBySideModel;
class SimilarItemsModel;
class TopicMatrixModel;
class TopicTaxonomyDialog;

// Compares 2 to 4 plans of a library (a window of its own): the plans side by side with aligned
// lines and gaps marked, the topic matrix as a table and a bar chart, the proposals of other plans
// most similar to the current item, the measurability of the metas, and export to CSV and HTML.
// The comparison runs off the GUI thread (ComparisonJob); topic edits (an item's topics, the
// taxonomy) go through a TopicStore on this window's own library connection and trigger a rerun.
class ComparisonWindow : public QWidget {
    Q_OBJECT

public:
    // The pages of tabs(), in order.
    enum Page { SideBySidePage, TopicsPage, TopicChartPage, MeasurabilityPage };

    explicit ComparisonWindow(const QString &libraryPath, QWidget *parent = nullptr);
    ~ComparisonWindow() override;

    // Whether the library could be opened (the reason is shown in the window otherwise).
    bool isUsable() const { return m_topics != nullptr; }
    QString libraryPath() const { return m_libraryPath; }

    // Lists the library's plans afresh, checks exactly these and compares them (when there are 2 to 4).
    void comparePlans(const QList<qint64> &planIds);
    QList<qint64> checkedPlanIds() const;
    // The similarity threshold (0..1) of the comparison; reruns it.
    void setThreshold(double threshold);
    double threshold() const;

    // The current comparison, if one is ready.
    const PlanComparison *comparison() const { return m_comparison ? &*m_comparison : nullptr; }
    bool isComputing() const;
    // Makes an item (index into PlanComparison::items) the current one of the side-by-side view.
    bool selectItem(int itemIndex);
    int currentItem() const { return m_currentItem; }

    // A person's choice: give an item a topic or take it away; reruns the comparison.
    bool setItemTopic(qint64 itemId, const QString &topicKey, bool on);
    // Opens the taxonomy editor (window-modal, no nested event loop).
    TopicTaxonomyDialog *editTaxonomy();

    // Ask for a file (FileDialog seam) and write the comparison there.
    void exportCsv();
    void exportHtml();
    // Writes the comparison to `path`; false and a message on failure.
    bool writeCsv(const QString &path);
    bool writeHtml(const QString &path);

    QListWidget *planList() const { return m_planList; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *sideBySideView() const { return m_sideBySideView; }
    QTableView *topicMatrixView() const { return m_topicView; }
    QTableView *similarView() const { return m_similarView; }
    QTableView *measurabilityView() const { return m_measurabilityView; }
    QListWidget *itemTopicsList() const { return m_itemTopics; }
    QChartView *topicChart() const { return m_topicChart; }
    QChartView *measurabilityChart() const { return m_measurabilityChart; }
    QSlider *thresholdSlider() const { return m_thresholdSlider; }
    QLabel *statusLabel() const { return m_status; }
    // Offers to open an exported file, or its folder, once written.
    SavedFileBar *savedFileBar() const { return m_savedFileBar; }
    SideBySideModel *sideBySideModel() const { return m_sideBySide; }
    TopicMatrixModel *topicMatrixModel() const { return m_topicMatrix; }
    SimilarItemsModel *similarItemsModel() const { return m_similar; }
    MeasurabilityModel *measurabilityModel() const { return m_measurability; }
    MeasurabilityMetasModel *measurabilityMetasModel() const { return m_measurabilityMetas; }
    // Lists the metas behind a count of the measurability table (a level cell).
    void showMeasurabilityMetas(const QModelIndex &index);

Q_SIGNALS:
    // A new comparison is shown.
    void comparisonUpdated();
    void comparisonFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillPlanList();
    void recompute();
    void onComparisonFinished(const ComparisonOutcome &outcome);
    void clearComparison(const QString &status);
    void onSideBySideCurrentChanged();
    void setCurrentItem(int itemIndex);
    void fillItemTopics();
    void onItemTopicChanged(QListWidgetItem *item);
    void rebuildTopicChart();
    void rebuildMeasurabilityChart();
    void updateButtons();
    void exportTo(const QString &caption, const QString &fileName, const QString &filter, bool html);
    bool writeFile(const QString &path, const QByteArray &content);
    QString shortLabel(int column) const;

    QString m_libraryPath;
    std::unique_ptr<PlanLibrary> m_library;
    std::unique_ptr<TopicStore> m_topics;
    ComparisonJob *m_job;
    std::optional<PlanComparison> m_comparison;
    int m_currentItem = -1;
    qint64 m_currentItemId = 0;
    QTimer m_thresholdTimer;
    QPointer<TopicTaxonomyDialog> m_taxonomyDialog;

    SideBySideModel *m_sideBySide;
    TopicMatrixModel *m_topicMatrix;
    SimilarItemsModel *m_similar;
    MeasurabilityModel *m_measurability;
    MeasurabilityMetasModel *m_measurabilityMetas;
    QLabel *m_measurabilityMetasLabel = nullptr;
    QTableView *m_measurabilityMetasView = nullptr;

    QListWidget *m_planList = nullptr;
    QLabel *m_status = nullptr;
    SavedFileBar *m_savedFileBar = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QGroupBox *m_plansBox = nullptr;
    QGroupBox *m_similarBox = nullptr;
    QGroupBox *m_itemTopicsBox = nullptr;
    QSlider *m_thresholdSlider = nullptr;
    QLabel *m_thresholdValue = nullptr;
    QPushButton *m_taxonomyButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_htmlButton = nullptr;
    QDialogButtonBox *m_closeButtons = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_sideBySideView = nullptr;
    QLabel *m_currentItemLabel = nullptr;
    QTableView *m_similarView = nullptr;
    QListWidget *m_itemTopics = nullptr;
    QTableView *m_topicView = nullptr;
    QChartView *m_topicChart = nullptr;
    QTableView *m_measurabilityView = nullptr;
    QChartView *m_measurabilityChart = nullptr;
};

} // namespace vigia::app
