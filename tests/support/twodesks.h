#pragma once

// Two desks on one store for the conflict tests (issue 18): "core:" two sessions on one SQLite
// file, "core@pg:" two sessions on one server database.
#include "support/storesupport.h"

#include "services/sampleevent.h"
#include "session/session.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace testsupport {

// Two desks on one new store holding the sample event.
struct TwoDesks
{
    QTemporaryDir dir;
    std::unique_ptr<dd::Session> a;
    std::unique_ptr<dd::Session> b;

    TwoDesks()
    {
        const QString store
            = onServer() ? newServerDatabase() : dir.filePath(QStringLiteral("event.sqlite"));
        auto first = dd::Database::open(store);
        REQUIRE(first.database);
        a = std::make_unique<dd::Session>(std::move(first.database));
        const auto id = dd::createSampleEvent(a->database());
        REQUIRE(id);
        a->setEventId(*id);
        // A file is kept to one program by its lock (a shared file on a network folder is not
        // safe); for a second desk on the same file the test takes the lock file away.
        if (!onServer())
            REQUIRE(QFile::remove(store + QStringLiteral(".lock")));
        auto second = dd::Database::open(store);
        REQUIRE(second.database);
        b = std::make_unique<dd::Session>(std::move(second.database));
        b->setEventId(*id);
    }

    dd::Attendee personAt(dd::Session &s, const QString &fullName)
    {
        for (const dd::Attendee &x : s.attendees().list(s.eventId()))
            if (x.fullName() == fullName)
                return x;
        FAIL("no " << fullName.toStdString());
        return {};
    }
};

} // namespace testsupport
