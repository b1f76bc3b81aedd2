#pragma once

#include "domain/attendee.h"

#include <QString>

// "Thay thế cho đ/c Nguyễn Văn Hùng" in a list's note: the union sends this person instead of
// one it sent before. The import does not change the earlier person's record by itself (the
// union may have sent both lists the same day, or misspelled the name); it says so on the row,
// so that the clerk marks them replaced and the union's quota counts one person, not two.
namespace dd::import {

// The folded full name a note says the person replaces ("nguyen van hung"), or empty.
QString replacedName(const QString &note);

// The warning on the row of a person who replaces `replaced`, still in the event.
QString replacementProblem(const Attendee &replaced, const QString &unitName);

} // namespace dd::import
