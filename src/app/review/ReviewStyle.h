#pragma once

#include <QIcon>

namespace vigia::app::ReviewStyle {

// The mark of a row to review: an amber disc with a question mark, drawn (no icon theme needed),
// unlike the problems' red triangle.
QIcon icon();

} // namespace vigia::app::ReviewStyle
