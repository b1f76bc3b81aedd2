#pragma once

// For the window tests with several desks on one server: a named child of a window, and
// waiting (the event loop running, as in the window) for what another desk's change brings.
#include <QElapsedTimer>
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

} // namespace testsupport
