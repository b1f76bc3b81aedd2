#pragma once

#include "domain/attendee.h"
#include "session/session.h"
#include "util/result.h"

#include <QString>

// Who a clerk at the door means: what the check-in field (window) and `checkin` (command line)
// read, in one place. A code from a letter or a badge, a person's number, or a full name.
namespace dd::checkin {

// The person of the session's event meant by `text`: a code (attendeecode.h), a number (the
// id `list attendees` prints), or a full name (accents, case and extra blanks ignored).
// A code of another event, a mistyped code, an unknown number or name and a name that
// several people share are refused with a message that says what to do.
Result<Attendee> find(Session &s, const QString &text);

// "Nguyễn Văn An đã điểm danh lúc 07:42 tại bàn Cửa chính." — for the second scan of a
// letter; the date is said too when it was not today.
QString alreadyCheckedIn(const Attendee &a);

} // namespace dd::checkin
