#pragma once

#include <QSize>

class QWidget;

namespace dd {

// Resizes a dialog or window to `wanted` where the screen has room, and never past the screen
// it opens on (a 1024×600 laptop less its taskbar), nor below what its layout needs: a window
// larger than the screen has its buttons cut off by the screen's edge.
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace dd
