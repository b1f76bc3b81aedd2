#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace dd {

// The repositories' side of the one e-mail rule (inputrules::isEmailAddress): an address that
// breaks it is refused when it is new (a new row, or a row whose address changes), so the
// dialog, the cell and the command line cannot store one. A row that already holds one (a
// file written before this rule) keeps it, and can still be checked in, edited, removed and
// restored by undo; the import moves a flagged address into the note instead (see
// import/attendeerows.cpp). `stored` is the row's address before this write, if it has one.
Status checkNewEmail(const QString &email, const std::optional<QString> &stored);

} // namespace dd
