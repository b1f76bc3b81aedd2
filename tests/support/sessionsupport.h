#pragma once

// For the tests that link dialoguedesk_services: a private store holding the 2021 sample
// event, opened as the window would open it (in memory, or a new server database for the
// [stores] suites run on PostgreSQL).
#include "services/sampleevent.h"
#include "session/session.h"
#include "support/storesupport.h"
#include "text/vietnamese.h"

#include <catch2/catch.hpp>

#include <memory>

namespace testsupport {

inline std::unique_ptr<dd::Session> sampleSession()
{
    auto r = dd::Database::open(newStore());
    REQUIRE(r.database);
    auto session = std::make_unique<dd::Session>(std::move(r.database));
    auto id = dd::createSampleEvent(session->database());
    REQUIRE(id);
    session->setEventId(*id);
    return session;
}

// A person of the session's event, by full name; not stored.
inline dd::Attendee person(dd::Session &s, const QString &fullName)
{
    const auto parts = dd::text::splitFullName(fullName);
    dd::Attendee a;
    a.eventId = s.eventId();
    a.familyName = parts.family;
    a.middleName = parts.middle;
    a.givenName = parts.given;
    return a;
}

} // namespace testsupport
