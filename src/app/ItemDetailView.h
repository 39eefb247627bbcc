#pragma once

#include "PdfPageRenderer.h"
#include "model/Plan.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

namespace vigia::app {

// One item in full and where it came from: for a text source, the source file with the item's
// lines highlighted; for a PDF, its page rendered by Poppler with the item's boxes marked.
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

    explicit ItemDetailView(QWidget *parent = nullptr);

    void showItem(const Item &item, const Context &context);
    void clear();

    // What the source pane shows now.
    enum class SourceMode { None, Text, Page };
    SourceMode sourceMode() const;
    QPlainTextEdit *sourceTextView() const { return m_sourceText; }
    QLabel *pageLabel() const { return m_page; }
    QLabel *textLabel() const { return m_text; }
    QLabel *sourceLabel() const { return m_source; }

private:
    void showText(const QString &path, const Item &item);
    void showPage(const QString &path, const Item &item);
    void showMessage(const QString &message);

    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_source;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QPlainTextEdit *m_sourceText;
    QScrollArea *m_pageArea;
    QLabel *m_page;
    PdfPageRenderer m_renderer;
    QString m_loadedTextPath;
    QStringList m_loadedLines;
};

} // namespace vigia::app
