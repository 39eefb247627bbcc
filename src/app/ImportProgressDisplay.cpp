#include "ImportProgressDisplay.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace vigia::app {

namespace {

constexpr int unitsPerFile = 1000;

} // namespace

ImportProgressDisplay::ImportProgressDisplay(QLabel *status, QProgressBar *bar, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_bar(bar)
{
}

void ImportProgressDisplay::begin(int total)
{
    m_total = std::max(0, total);
    m_finished = 0;
    m_shareDone.clear();
    m_fileLines.clear();
    updateBar();
    m_status->setText(tr("Importando…"));
    m_bar->show();
    m_status->show();
}

void ImportProgressDisplay::end()
{
    m_bar->hide();
    m_status->hide();
}

QString ImportProgressDisplay::statusText() const
{
    return m_status->text();
}

void ImportProgressDisplay::fileStarted(int index, int total, const QString &path)
{
    m_total = std::max(m_total, total);
    m_shareDone.insert(index, 0.0);
    const QString line = tr("Importando %1 de %2: %3").arg(index + 1).arg(total).arg(QFileInfo(path).fileName());
    m_fileLines.insert(index, line);
    m_status->setText(line);
    updateBar();
}

void ImportProgressDisplay::fileProgress(int index, int done, int pages)
{
    showPages(index, done, pages, tr("%1 — página %2 de %3"));
}

void ImportProgressDisplay::fileOcrProgress(int index, int done, int pages)
{
    showPages(index, done, pages, tr("%1 — reconocimiento de texto (OCR): página %2 de %3"));
}

void ImportProgressDisplay::fileFinished(int index, int total)
{
    m_total = std::max(m_total, total);
    m_finished = std::max(m_finished, index + 1);
    const bool wasShown = m_fileLines.contains(index) && m_status->text().startsWith(m_fileLines.value(index));
    m_shareDone.remove(index);
    m_fileLines.remove(index);
    // The line goes on to a file still being read, the first of them.
    if (wasShown && !m_fileLines.isEmpty()) {
        const QList<int> reading = m_fileLines.keys();
        m_status->setText(m_fileLines.value(*std::min_element(reading.cbegin(), reading.cend())));
    }
    updateBar();
}

void ImportProgressDisplay::showPages(int index, int done, int pages, const QString &phase)
{
    if (pages <= 0 || !m_fileLines.contains(index))
        return;
    done = std::clamp(done, 0, pages);
    m_shareDone.insert(index, double(done) / pages);
    m_status->setText(phase.arg(m_fileLines.value(index)).arg(done).arg(pages));
    updateBar();
}

void ImportProgressDisplay::updateBar()
{
    double done = m_finished;
    for (const double share : std::as_const(m_shareDone))
        done += share;
    m_bar->setRange(0, std::max(1, m_total) * unitsPerFile);
    m_bar->setValue(std::min(m_bar->maximum(), int(done * unitsPerFile)));
}

} // namespace vigia::app
