#include "ItemDetailView.h"

#include "ItemKindStyle.h"
#include "SourceTextLocator.h"
#include "text/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace vigia::app {

namespace {
enum Page { MessagePage, TextPage, PdfPage };
constexpr double pageDpi = 96.0;
}

ItemDetailView::ItemDetailView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_source(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_sourceText(new QPlainTextEdit(this))
    , m_pageArea(new QScrollArea(this))
    , m_page(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setObjectName(QStringLiteral("itemText"));
    m_text->setMargin(4);
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
    m_page->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_pageArea->setWidget(m_page);
    m_pageArea->setWidgetResizable(true);
    m_pageArea->setBackgroundRole(QPalette::Dark);
    m_stack->insertWidget(MessagePage, m_message);
    m_stack->insertWidget(TextPage, m_sourceText);
    m_stack->insertWidget(PdfPage, m_pageArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_source);
    layout->addWidget(m_stack, 1);
    clear();
}

void ItemDetailView::clear()
{
    m_heading->setText(tr("Detalle del ítem"));
    m_text->setText(tr("Elija un problema, objetivo, indicador o meta en el plan para ver su texto completo y su origen."));
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

    QStringList where;
    if (item.source.page > 0)
        where.append(tr("página %1").arg(item.source.page));
    if (item.source.line > 0)
        where.append(tr("línea %1").arg(item.source.line));
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
    m_sourceText->setExtraSelections(highlights);
    m_sourceText->setTextCursor(caret);
    m_stack->setCurrentIndex(TextPage);
    m_sourceText->centerCursor();
    // Again once a page that just became visible has its size.
    QTimer::singleShot(0, m_sourceText, [view = m_sourceText] { view->centerCursor(); });
}

void ItemDetailView::showPage(const QString &path, const Item &item)
{
    QString error;
    const QImage image = m_renderer.render(path, item.source.page, item.source.boxes, pageDpi, &error);
    if (image.isNull()) {
        showMessage(error);
        return;
    }
    m_page->setPixmap(QPixmap::fromImage(image));
    m_stack->setCurrentIndex(PdfPage);
    if (!item.source.boxes.isEmpty()) {
        QRectF united;
        for (const QRectF &box : item.source.boxes)
            united = united.united(box);
        const QPoint centre = QPointF(united.center() * (pageDpi / 72.0)).toPoint();
        // The scroll range follows the new pixmap only once the layout has run.
        QTimer::singleShot(0, m_pageArea, [area = m_pageArea, centre] {
            area->ensureVisible(centre.x(), centre.y(), area->viewport()->width() / 2 - 10, area->viewport()->height() / 2 - 10);
        });
    }
}

} // namespace vigia::app
