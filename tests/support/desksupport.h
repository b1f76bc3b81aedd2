#pragma once

// For the window tests with several desks on one server: a named child of a window, and
// waiting (the event loop running, as in the window) for what another desk's change brings.
#include "support/storesupport.h"

#include "mainwindow.h"
#include "serverdesk.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>

namespace testsupport {

template<typename T>
T *child(QWidget &w, const char *name)
{
    auto *found = w.findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

// Waits until `done`, at most 10 s.
inline bool eventually(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 10000)
        QTest::qWait(20);
    return done();
}

// Opens `window` as desk `deskName` on a new server database and makes the sample event there
// from the welcome page, as a clerk does; the window is shown. Returns the database's address,
// for the other desks.
inline QString openSampleDesk(dd::MainWindow &window, const QString &deskName)
{
    QSettings().clear();
    const QString uri = newServerDatabase();
    dd::ServerDesk::setDeskName(deskName);
    REQUIRE(window.openFile(uri));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    child<QAbstractButton>(window, "sampleButton")->click(); // a new database: the sample event
    QCoreApplication::processEvents();
    REQUIRE(window.session()->event());
    return uri;
}

} // namespace testsupport
