#include "ItemDetailView.h"

#include "compare/ComparisonStyle.h"
#include "measure/MeasurabilityClassifier.h"

#include "ItemKindStyle.h"
#include "SourceTextLocator.h"
#include "ZoomIcons.h"
#include "text/TextDecoder.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <array>

namespace vigia::app {

namespace {
enum Page { MessagePage, TextPage, PdfPage };
// The zoom steps of zoom in and zoom out.
constexpr std::array zoomSteps{0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};
constexpr int wheelStep = 120; // QWheelEvent::angleDelta() of one notch
constexpr int fitDelayMs = 120; // a resize of the pane settles before the page is drawn again
constexpr int fitMargin = 6;    // pixels of the pane's background left on each side of a fitted page
}

ItemDetailView::ItemDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_measurability(new QLabel(this))
    , m_source(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_sourceText(new QPlainTextEdit(this))
    , m_pagePane(new QWidget(this))
    , m_zoomBar(new QToolBar(m_pagePane))
    , m_pageArea(new QScrollArea(m_pagePane))
    , m_page(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_fitTimer(new QTimer(this))
    , m_renderer(std::make_shared<PdfPageRenderer>())
    , m_renderWatcher(new QFutureWatcher<PdfPageRenderer::Result>(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setMargin(4);
    m_measurability->setWordWrap(true);
    m_measurability->setObjectName(QStringLiteral("itemMeasurability"));
    m_measurability->setMargin(4);
    m_measurability->hide();
    m_source->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("itemSource"));
    QPalette sourcePalette = m_source->palette();
    sourcePalette.setColor(QPalette::WindowText, sourcePalette.color(QPalette::PlaceholderText));
    m_source->setPalette(sourcePalette);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_sourceText->setReadOnly(true);
    m_sourceText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sourceText->setObjectName(QStringLiteral("sourceText"));
    // The label is exactly the page's size, so that its coordinates are the page's pixels.
    m_page->setObjectName(QStringLiteral("pageImage"));
    m_pageArea->setObjectName(QStringLiteral("pageArea"));
    m_pageArea->setWidget(m_page);
    m_pageArea->setWidgetResizable(false);
    m_pageArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_pageArea->setBackgroundRole(QPalette::Dark);
    m_pageArea->setFocusPolicy(Qt::StrongFocus);
    // Always there, so that fitting the width does not make it appear and the page shrink again.
    m_pageArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_pageArea->installEventFilter(this);
    m_pageArea->viewport()->installEventFilter(this);
    createZoomBar();
    auto *pageLayout = new QVBoxLayout(m_pagePane);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_zoomBar);
    pageLayout->addWidget(m_pageArea, 1);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(TextPage, m_sourceText);
    m_stack->insertWidget(PdfPage, m_pagePane);

    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(fitDelayMs);
    connect(m_fitTimer, &QTimer::timeout, this, &ItemDetailView::requestRender);
    connect(m_renderWatcher, &QFutureWatcher<PdfPageRenderer::Result>::finished, this, &ItemDetailView::onRenderFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_measurability);
    layout->addWidget(m_source);
    layout->addWidget(m_stack, 1);
    clear();
}

ItemDetailView::~ItemDetailView()
{
    // A render still running finishes on its own copy of the renderer; its result is dropped.
    m_renderWatcher->disconnect(this);
}

void ItemDetailView::retranslateZoomBar()
{
    const auto withKeys = [](const QString &text, const QString &keys) {
        return keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys);
    };
    const auto keys = [](QKeySequence::StandardKey key) { return QKeySequence(key).toString(QKeySequence::NativeText); };
    m_zoomOutAction->setText(tr("Alejar"));
    m_zoomOutAction->setToolTip(withKeys(tr("Alejar la página"), keys(QKeySequence::ZoomOut)));
    m_zoomLabel->setToolTip(tr("Tamaño de la página"));
    m_zoomInAction->setText(tr("Acercar"));
    m_zoomInAction->setToolTip(withKeys(tr("Acercar la página"), keys(QKeySequence::ZoomIn)));
    m_fitWidthAction->setText(tr("Ajustar al ancho"));
    m_fitWidthAction->setToolTip(tr("Ajustar la página al ancho del panel"));
    m_actualSizeAction->setText(tr("Tamaño real"));
    m_actualSizeAction->setToolTip(withKeys(tr("Página al 100 %"), QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)));
}

void ItemDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateZoomBar();
    QWidget::changeEvent(event);
}

void ItemDetailView::createZoomBar()
{
    m_zoomBar->setObjectName(QStringLiteral("zoomBar"));
    m_zoomBar->setIconSize(QSize(16, 16));
    m_zoomBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_zoomOutAction = m_zoomBar->addAction(ZoomIcons::zoomOut(), QString(), this, &ItemDetailView::zoomOut);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOut"));
    m_zoomLabel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomBar->addWidget(m_zoomLabel);
    m_zoomInAction = m_zoomBar->addAction(ZoomIcons::zoomIn(), QString(), this, &ItemDetailView::zoomIn);
    m_zoomInAction->setObjectName(QStringLiteral("zoomIn"));
    m_zoomBar->addSeparator();
    m_fitWidthAction = m_zoomBar->addAction(ZoomIcons::fitWidth(), QString(), this, &ItemDetailView::fitWidth);
    m_fitWidthAction->setObjectName(QStringLiteral("fitWidth"));
    m_fitWidthAction->setCheckable(true);
    m_actualSizeAction = m_zoomBar->addAction(ZoomIcons::actualSize(), QString(), this, &ItemDetailView::showActualSize);
    m_actualSizeAction->setObjectName(QStringLiteral("actualSize"));
    retranslateZoomBar();
    updateZoomControls();
}

void ItemDetailView::clear()
{
    m_heading->setText(tr("Detalle del ítem"));
    m_text->setText(tr("Elija un problema, objetivo, indicador o meta en el plan para ver su texto completo y su origen."));
    m_measurability->hide();
    m_source->clear();
    showMessage(QString());
}

ItemDetailView::SourceMode ItemDetailView::sourceMode() const
{
    switch (m_stack->currentIndex()) {
    case TextPage: return SourceMode::Text;
    case PdfPage: return SourceMode::Page;
    default: return SourceMode::None;
    }
}

void ItemDetailView::showItem(const Item &item, const Context &context)
{
    const QString colour = ItemKindStyle::color(context.kind).name();
    m_heading->setText(tr("<span style=\"color:%1\">%2 %3</span> · %4 ▸ fila %5")
                           .arg(colour, ItemKindStyle::singularName(context.kind).toHtmlEscaped(), context.number.toHtmlEscaped(),
                                context.dimension.toHtmlEscaped())
                           .arg(context.rowNumber));
    m_text->setText(item.text);
    // A meta says how measurable it is, and which clause of the rubric decided.
    m_measurability->setVisible(context.kind == ItemKind::Target);
    if (context.kind == ItemKind::Target) {
        if (!m_classifier)
            m_classifier = std::make_unique<MeasurabilityClassifier>();
        const MeasurabilityAssessment assessment = m_classifier->assess(item.text);
        m_measurability->setText(tr("Medibilidad: %1")
                                     .arg(ComparisonStyle::measurabilityDescription(assessment.level, assessment.clause, assessment.quantity)));
    }

    QStringList where;
    if (item.source.page > 0)
        where.append(tr("página %1").arg(item.source.page));
    if (item.source.line > 0)
        where.append(tr("línea %1").arg(item.source.line));
    if (item.source.ocrConfidence >= 0)
        where.append(tr("leído por OCR, confianza %1 %").arg(item.source.ocrConfidence));
    if (item.corrected)
        where.append(tr("corregido a mano"));
    m_source->setText(where.isEmpty() ? tr("Origen: %1").arg(context.sourceFileName)
                                      : tr("Origen: %1, %2").arg(context.sourceFileName, where.join(QStringLiteral(", "))));

    if (context.sourcePath.isEmpty()) {
        showMessage(tr("La biblioteca no guarda una copia de %1; no se puede mostrar el original.").arg(context.sourceFileName));
        return;
    }
    const bool isPdf = QFileInfo(context.sourcePath).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    if (isPdf && item.source.page > 0)
        showPage(context.sourcePath, item);
    else if (!isPdf && item.source.line > 0)
        showText(context.sourcePath, item);
    else
        showMessage(tr("El lector no registró dónde está este ítem en %1.").arg(context.sourceFileName));
}

void ItemDetailView::showMessage(const QString &message)
{
    m_pagePath.clear();
    m_message->setText(message);
    m_stack->setCurrentIndex(MessagePage);
}

void ItemDetailView::showText(const QString &path, const Item &item)
{
    if (path != m_loadedTextPath) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("No se puede leer %1: %2").arg(path, file.errorString()));
            return;
        }
        const DecodedText decoded = TextDecoder::decode(file.readAll());
        if (!decoded.error.isEmpty()) {
            showMessage(tr("No se puede leer %1: %2").arg(path, decoded.error));
            return;
        }
        m_loadedTextPath = path;
        m_loadedLines = decoded.text.split(u'\n');
        m_sourceText->setPlainText(decoded.text);
    }
    const SourceTextLocator::Span span = SourceTextLocator::locate(m_loadedLines, item.source.line, item.text);
    if (span.firstLine == 0) {
        showMessage(tr("La línea %1 no está en el original.").arg(item.source.line));
        return;
    }
    QTextDocument *document = m_sourceText->document();
    QTextCursor cursor(document->findBlockByNumber(span.firstLine - 1));
    const QTextBlock last = document->findBlockByNumber(span.lastLine - 1);
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(QColor(0xff, 0xf5, 0x9d));
    highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
    QList<QTextEdit::ExtraSelection> highlights{highlight};
    // Where a line holds more than the item (a table row on one line), mark where the item begins.
    const QStringList words = item.text.split(u' ', Qt::SkipEmptyParts);
    QTextCursor caret(document->findBlockByNumber(span.firstLine - 1));
    for (qsizetype count = qMin<qsizetype>(4, words.size()); count >= 2; --count) {
        const QTextCursor found = document->find(words.mid(0, count).join(u' '), cursor.selectionStart());
        if (!found.isNull() && found.selectionEnd() <= cursor.selectionEnd()) {
            QTextEdit::ExtraSelection start;
            start.cursor = found;
            start.format.setBackground(QColor(0xff, 0xb7, 0x4d));
            highlights.append(start);
            caret = QTextCursor(found.block());
            caret.setPosition(found.selectionStart());
            break;
        }
    }
    m_pagePath.clear();
    m_sourceText->setExtraSelections(highlights);
    m_sourceText->setTextCursor(caret);
    m_stack->setCurrentIndex(TextPage);
    m_sourceText->centerCursor();
    // Again once a page that just became visible has its size.
    QTimer::singleShot(0, m_sourceText, [view = m_sourceText] { view->centerCursor(); });
}

void ItemDetailView::showPage(const QString &path, const Item &item)
{
    m_pagePath = path;
    m_pageNumber = item.source.page;
    m_pageBoxes = item.source.boxes;
    m_scrollToFirstBox = true;
    m_keptCentre = QPointF(-1, -1);
    ++m_viewChanges;
    m_stack->setCurrentIndex(PdfPage);
    requestRender();
}

bool ItemDetailView::isRenderingPage() const
{
    return m_renderWatcher->isRunning();
}

QRectF ItemDetailView::firstBoxRect() const
{
    if (m_pagePath.isEmpty() || m_shownRequest.boxes.isEmpty() || m_page->pixmap().isNull())
        return {};
    return PdfPageRenderer::boxInPixels(m_shownRequest.boxes.constFirst(), m_shownDpi);
}

void ItemDetailView::setZoom(double zoom)
{
    changeZoom(zoom, false);
}

void ItemDetailView::zoomIn()
{
    for (double step : zoomSteps) {
        if (step > m_zoom * 1.001) {
            changeZoom(step, false);
            return;
        }
    }
    changeZoom(maximumZoom, false);
}

void ItemDetailView::zoomOut()
{
    for (auto step = zoomSteps.rbegin(); step != zoomSteps.rend(); ++step) {
        if (*step < m_zoom * 0.999) {
            changeZoom(*step, false);
            return;
        }
    }
    changeZoom(minimumZoom, false);
}

void ItemDetailView::fitWidth()
{
    changeZoom(m_zoom, true);
}

void ItemDetailView::showActualSize()
{
    changeZoom(1.0, false);
}

void ItemDetailView::changeZoom(double zoom, bool fitWidth)
{
    // Keep what the user looks at in the middle of the pane.
    const QWidget *viewport = m_pageArea->viewport();
    ++m_viewChanges;
    if (!m_page->pixmap().isNull() && m_page->width() > 0 && m_page->height() > 0 && !m_scrollToFirstBox) {
        const QPoint centre = m_page->mapFrom(viewport, viewport->rect().center());
        m_keptCentre = QPointF(qBound(0.0, double(centre.x()) / m_page->width(), 1.0),
                               qBound(0.0, double(centre.y()) / m_page->height(), 1.0));
    }
    m_zoom = qBound(minimumZoom, zoom, maximumZoom);
    m_fitWidth = fitWidth;
    updateZoomControls();
    requestRender();
}

PdfPageRenderer::Request ItemDetailView::currentRequest() const
{
    PdfPageRenderer::Request request;
    request.path = m_pagePath;
    request.page = m_pageNumber;
    request.boxes = m_pageBoxes;
    // Drawn at the screen's own resolution, so that the page is crisp on a high-density screen.
    const double pixelRatio = devicePixelRatioF();
    if (m_fitWidth) {
        const int width = qMax(120, m_pageArea->viewport()->width() - 2 * fitMargin);
        request.fitWidth = qRound(width * pixelRatio);
        request.dpi = 0.0;
    } else {
        request.dpi = m_zoom * actualSizeDpi * pixelRatio;
    }
    return request;
}

void ItemDetailView::requestRender()
{
    if (m_pagePath.isEmpty())
        return;
    const PdfPageRenderer::Request request = currentRequest();
    if (request == m_shownRequest && !m_page->pixmap().isNull()) {
        scrollAfterRender();
        m_scrollToFirstBox = false;
        m_keptCentre = QPointF(-1, -1);
        return;
    }
    if (std::optional<PdfPageRenderer::Result> cached = m_renderer->cachedRender(request)) {
        showRender(request, *cached);
        return;
    }
    // One render at a time: a newer request waits for the running one, then is drawn.
    if (m_renderWatcher->isRunning()) {
        updateZoomControls();
        return;
    }
    m_runningRequest = request;
    m_renderWatcher->setFuture(QtConcurrent::run([renderer = m_renderer, request] { return renderer->render(request); }));
    updateZoomControls();
}

void ItemDetailView::onRenderFinished()
{
    const PdfPageRenderer::Result result = m_renderWatcher->result();
    const PdfPageRenderer::Request finished = m_runningRequest;
    m_runningRequest = {};
    if (!m_pagePath.isEmpty() && finished == currentRequest())
        showRender(finished, result);
    else
        requestRender(); // the page or zoom changed meanwhile
    updateZoomControls();
}

void ItemDetailView::showRender(const PdfPageRenderer::Request &request, const PdfPageRenderer::Result &result)
{
    if (result.image.isNull()) {
        m_shownRequest = {};
        m_page->clear();
        showMessage(result.error);
        return;
    }
    const double pixelRatio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(result.image);
    pixmap.setDevicePixelRatio(pixelRatio);
    m_page->setPixmap(pixmap);
    m_page->resize(pixmap.deviceIndependentSize().toSize());
    m_shownRequest = request;
    m_shownDpi = result.dpi / pixelRatio;
    if (m_fitWidth)
        m_zoom = m_shownDpi / actualSizeDpi;
    updateZoomControls();
    scrollAfterRender();
    // Again once the scroll area has taken the new size into account; then the page stays where
    // the user puts it until the next item or zoom.
    QTimer::singleShot(0, this, [this, request = m_viewChanges] {
        scrollAfterRender();
        if (request != m_viewChanges)
            return; // another item or zoom came meanwhile: its own scrolling is still to do
        m_scrollToFirstBox = false;
        m_keptCentre = QPointF(-1, -1);
    });
    Q_EMIT pageShown();
}

void ItemDetailView::scrollAfterRender()
{
    if (m_page->pixmap().isNull())
        return;
    const QWidget *viewport = m_pageArea->viewport();
    if (m_scrollToFirstBox) {
        const QRectF box = firstBoxRect();
        if (box.isEmpty())
            return;
        // In the middle of the pane, so that zooming about the middle keeps it in view; a box
        // larger than the pane shows its beginning.
        if (box.width() < viewport->width() - 20 && box.height() < viewport->height() - 20) {
            const QPoint centre = box.center().toPoint();
            m_pageArea->ensureVisible(centre.x(), centre.y(), viewport->width() / 2 - 10, viewport->height() / 2 - 10);
        } else {
            m_pageArea->horizontalScrollBar()->setValue(qRound(box.left()) - 20);
            m_pageArea->verticalScrollBar()->setValue(qRound(box.top()) - 20);
        }
    } else if (m_keptCentre.x() >= 0) {
        const QPoint centre(qRound(m_keptCentre.x() * m_page->width()), qRound(m_keptCentre.y() * m_page->height()));
        m_pageArea->ensureVisible(centre.x(), centre.y(), viewport->width() / 2, viewport->height() / 2);
    }
}

void ItemDetailView::updateZoomControls()
{
    if (!m_zoomInAction)
        return;
    m_zoomInAction->setEnabled(m_zoom < maximumZoom * 0.999);
    m_zoomOutAction->setEnabled(m_zoom > minimumZoom * 1.001);
    m_fitWidthAction->setChecked(m_fitWidth);
    m_actualSizeAction->setEnabled(m_fitWidth || qAbs(m_zoom - 1.0) > 0.001);
    const QString level = tr("%1 %").arg(qRound(m_zoom * 100));
    m_zoomLabel->setText(isRenderingPage() ? tr("%1…").arg(level) : level);
}

bool ItemDetailView::handleZoomKey(const QKeyEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || (event->modifiers() & (Qt::AltModifier | Qt::MetaModifier)))
        return false;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return true;
    case Qt::Key_Minus:
        zoomOut();
        return true;
    case Qt::Key_0:
        showActualSize();
        return true;
    default:
        return false;
    }
}

bool ItemDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pageArea) {
        // While the page has the focus, Ctrl++ / Ctrl+- / Ctrl+0 zoom it rather than act on the window.
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool zoomKey = (key->modifiers() & Qt::ControlModifier)
                && (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Equal || key->key() == Qt::Key_Minus || key->key() == Qt::Key_0);
            if (event->type() == QEvent::ShortcutOverride) {
                if (zoomKey) {
                    event->accept();
                    return true;
                }
            } else if (handleZoomKey(key)) {
                return true;
            }
        }
    } else if (watched == m_pageArea->viewport()) {
        if (event->type() == QEvent::Wheel) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            if (wheel->modifiers() & Qt::ControlModifier) {
                // Notches of a mouse, or the small steps of a touchpad added up.
                m_wheelDelta += wheel->angleDelta().y();
                while (m_wheelDelta >= wheelStep) {
                    m_wheelDelta -= wheelStep;
                    zoomIn();
                }
                while (m_wheelDelta <= -wheelStep) {
                    m_wheelDelta += wheelStep;
                    zoomOut();
                }
                return true;
            }
        } else if (event->type() == QEvent::Resize && m_fitWidth && !m_pagePath.isEmpty()) {
            m_fitTimer->start();
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigia::app
