#pragma once

#include "PdfPageRenderer.h"
#include "model/Plan.h"

#include <QFutureWatcher>
#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace vigia {
class MeasurabilityClassifier;
}

class QAction;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace vigia::app {

// One item in full and where it came from: for a text source, the source file with the item's
// lines highlighted; for a PDF, its page rendered by Poppler with the item's boxes marked, which
// the user can zoom (toolbar, Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 on the page). The page is
// rendered at the zoom's resolution in a worker thread; recent renders are cached.
class ItemDetailView : public QWidget {
    Q_OBJECT

public:
    struct Context {
        ItemKind kind = ItemKind::Problem;
        QString number;         // as printed
        QString dimension;
        int rowNumber = 0;
        QString sourceFileName; // as imported
        QString sourcePath;     // an archived copy of the source; empty when there is none
    };

    // 100 % shows a PDF point as 96 / 72 pixels, the size of the printed page on a common screen.
    static constexpr double actualSizeDpi = 96.0;
    static constexpr double minimumZoom = 0.25;
    static constexpr double maximumZoom = 4.0;

    explicit ItemDetailView(QWidget *parent = nullptr);
    ~ItemDetailView() override;

    void showItem(const Item &item, const Context &context);
    void clear();

    // The page's zoom (1.0 = 100 %), kept from one item to the next. In fit-width mode the zoom
    // follows the pane's width.
    double zoom() const { return m_zoom; }
    bool fitsWidth() const { return m_fitWidth; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void showActualSize();

    // What the source pane shows now.
    enum class SourceMode { None, Text, Page };
    SourceMode sourceMode() const;
    QPlainTextEdit *sourceTextView() const { return m_sourceText; }
    QLabel *pageLabel() const { return m_page; }
    QScrollArea *pageArea() const { return m_pageArea; }
    QToolBar *zoomBar() const { return m_zoomBar; }
    QLabel *textLabel() const { return m_text; }
    QLabel *sourceLabel() const { return m_source; }
    // A meta's measurability and the rubric's clause that decided it; hidden for other items.
    QLabel *measurabilityLabel() const { return m_measurability; }
    // Whether a page render is under way in the worker.
    bool isRenderingPage() const;
    // The current item's first box on the shown page, in the page label's coordinates; empty
    // when no page is shown or the item has no boxes.
    QRectF firstBoxRect() const;

Q_SIGNALS:
    // A rendered page (a new item, or the same at another zoom) is now on screen.
    void pageShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createZoomBar();
    void retranslateZoomBar();
    void showText(const QString &path, const Item &item);
    void showPage(const QString &path, const Item &item);
    void showMessage(const QString &message);
    void changeZoom(double zoom, bool fitWidth);
    PdfPageRenderer::Request currentRequest() const;
    void requestRender();
    void onRenderFinished();
    void showRender(const PdfPageRenderer::Request &request, const PdfPageRenderer::Result &result);
    void scrollAfterRender();
    void updateZoomControls();
    bool handleZoomKey(const QKeyEvent *event);

    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_measurability;
    std::unique_ptr<MeasurabilityClassifier> m_classifier; // made when the first meta is shown
    QLabel *m_source;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_sourceText;
    QWidget *m_pagePane;
    QToolBar *m_zoomBar;
    QScrollArea *m_pageArea;
    QLabel *m_page;
    QLabel *m_zoomLabel;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QTimer *m_fitTimer;

    // Shared with the worker thread, which may still run when this view is gone.
    std::shared_ptr<PdfPageRenderer> m_renderer;
    QFutureWatcher<PdfPageRenderer::Result> *m_renderWatcher;
    PdfPageRenderer::Request m_runningRequest;
    PdfPageRenderer::Request m_shownRequest;
    double m_shownDpi = 0.0; // logical pixels per inch of the shown page

    QString m_pagePath;      // the page wanted now; empty when no page is wanted
    int m_pageNumber = 0;
    QList<QRectF> m_pageBoxes;
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    bool m_scrollToFirstBox = false;
    QPointF m_keptCentre{-1, -1}; // the viewport's centre as a fraction of the page, over a zoom change
    int m_wheelDelta = 0;
    int m_viewChanges = 0;        // counts new items and zoom changes

    QString m_loadedTextPath;
    QStringList m_loadedLines;
};

} // namespace vigia::app
