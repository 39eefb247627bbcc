#pragma once

#include <QHeaderView>

namespace vigia::app {

// A horizontal header whose labels wrap between words onto as many lines as their section's width
// needs, so that a long plan name ("EL FRENTE AMPLIO POR JUSTICIA VIDA Y LIBERTAD") is read whole
// in a narrow column instead of being cut at both ends. The header grows to the tallest label.
class WrappingHeaderView : public QHeaderView {
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // How tall the header must be for every label to show whole at the sections' widths.
    int wrappedHeight() const;

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QRect textRect(int width) const;
};

} // namespace vigia::app
