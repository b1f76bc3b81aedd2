#include "widgets/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace dd {

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QWidget *parent = window->parentWidget();
    const QScreen *screen = parent ? parent->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        // A little room for the window's frame and title bar.
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.96);
    window->resize(wanted.expandedTo(window->minimumSizeHint()));
}

} // namespace dd
