#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace vigia {
class PlanLibrary;
class ReviewMarks;
}

namespace vigia::app {

class PlanView;
class ReviewQueueModel;

// The review queue of the plan shown in `view`: the rows the importer may have read wrong, with
// the reasons. Activating one shows it in the plan; "Marcar como revisada" takes it out of the
// queue (kept in the library). The plan tree marks the same rows. Follows the plan as it is shown
// and corrected.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(PlanView *view, QWidget *parent = nullptr);
    ~ReviewPanel() override;

    // Where the marks are kept; null when no library is open or it cannot be written (the queue
    // is still shown, without marking).
    void setLibrary(PlanLibrary *library);
    // Assesses the plan shown again (also done by itself when the plan changes).
    void refresh();
    // Marks the current row of the queue as reviewed, or puts it back; false (and a message) when
    // the library refused.
    bool markCurrent(bool reviewed);
    void retranslate();

    ReviewQueueModel *model() const { return m_model; }
    QTreeView *queueView() const { return m_queue; }
    QPushButton *markButton() const { return m_markButton; }
    QCheckBox *showReviewedBox() const { return m_showReviewed; }

Q_SIGNALS:
    // Rows left to review in the plan shown.
    void openCountChanged(int open);

private:
    void scheduleRefresh();
    void showCurrentRow();
    void updateControls();

    PlanView *m_view;
    ReviewQueueModel *m_model;
    QLabel *m_summary;
    QTreeView *m_queue;
    QCheckBox *m_showReviewed;
    QPushButton *m_markButton;
    QTimer *m_refreshTimer;
    std::unique_ptr<ReviewMarks> m_marks;
    int m_lastOpenCount = -1;
};

} // namespace vigia::app
