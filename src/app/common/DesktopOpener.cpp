#include "DesktopOpener.h"

#include <QDesktopServices>

namespace vigia::app {

namespace {

std::function<bool(const QUrl &)> &replacement()
{
    static std::function<bool(const QUrl &)> opener;
    return opener;
}

} // namespace

bool DesktopOpener::open(const QUrl &url)
{
    return replacement() ? replacement()(url) : QDesktopServices::openUrl(url);
}

void DesktopOpener::setOpener(std::function<bool(const QUrl &)> opener)
{
    replacement() = std::move(opener);
}

} // namespace vigia::app
