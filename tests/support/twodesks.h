#pragma once

// Two desks on one store for the conflict tests (issue 18): "core:" two sessions on one SQLite
// file, "core@pg:" two sessions on one server database.
#include "support/storesupport.h"

#include "edit/commands.h"
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

    // A unit nobody uses, added by desk A (so that it may be removed) with the phone
    // 02963111222, as desk A read it; desk B then changes its phone to 02963999000.
    dd::Unit unitChangedByB()
    {
        dd::Unit fresh;
        fresh.name = QStringLiteral("Đoàn Thanh niên Công ty Cấp nước");
        fresh.phone = QStringLiteral("02963111222");
        REQUIRE(a->push(dd::commands::addUnit(a.get(), fresh)));
        qint64 id = 0;
        for (const dd::Unit &u : a->units().list())
            if (u.name == fresh.name)
                id = u.id;
        REQUIRE(id > 0);
        const dd::Unit read = *a->units().get(id);
        dd::Unit theirs = *b->units().get(id);
        theirs.phone = QStringLiteral("02963999000");
        REQUIRE(b->push(dd::commands::editUnit(b.get(), theirs)));
        return read;
    }
};

} // namespace testsupport
