#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace vigia {

// A horizontal bar chart drawn with QPainter, for the progress report: one bar per entry, its label
// on the left and its value text at the end of the bar. Needs a QGuiApplication (fonts).
class ReportChart {
public:
    struct Bar {
        QString label;
        double value = 0.0;
        QString valueText;
        QColor color;
    };

    static QImage horizontalBars(const QString &title, const QList<Bar> &bars, double maximum, int width = 900);
    static QByteArray toPng(const QImage &image);
};

} // namespace vigia
