#include "SavedFileBar.h"

#include "DesktopOpener.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace vigia::app {

SavedFileBar::SavedFileBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Abrir"), this))
    , m_folderButton(new QPushButton(tr("&Mostrar en carpeta"), this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Cerrar este aviso"));
    m_closeButton->setAccessibleName(tr("Cerrar este aviso"));
    connect(m_openButton, &QPushButton::clicked, this, &SavedFileBar::openFile);
    connect(m_folderButton, &QPushButton::clicked, this, &SavedFileBar::showFolder);
    connect(m_closeButton, &QToolButton::clicked, this, &SavedFileBar::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_folderButton);
    layout->addWidget(m_closeButton);
    hide();
}

void SavedFileBar::showFile(const QString &message, const QString &path)
{
    m_path = path;
    m_label->setText(tr("%1: %2").arg(message, QFileInfo(path).fileName()));
    m_label->setToolTip(QDir::toNativeSeparators(path));
    show();
}

QString SavedFileBar::text() const
{
    return m_label->text();
}

bool SavedFileBar::openFile() const
{
    return !m_path.isEmpty() && DesktopOpener::open(QUrl::fromLocalFile(m_path));
}

bool SavedFileBar::showFolder() const
{
    return !m_path.isEmpty() && DesktopOpener::open(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

} // namespace vigia::app
