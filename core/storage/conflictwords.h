#pragma once

#include "util/rowconflict.h"

#include <QString>

namespace dd::sql {

// What a refused edit was about, in a clerk's words: the edit's own subject when it gave one
// ("the quota of Huyện đoàn Dương Minh Châu"), else the field and the row ("the phone of this
// person (row 12)"). For the window's conflict dialog; the message of the refusal says the same.
QString conflictSubject(const RowConflict &c);

} // namespace dd::sql
