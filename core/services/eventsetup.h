#pragma once

#include "domain/event.h"
#include "storage/database.h"
#include "util/result.h"

namespace dd {

// Creates `event` and, when `copyFrom` is set, copies that event's set-up into it: units
// and quotas, topics, programme, both plans, the paper settings (numbers start at 1, no
// signing dates) and the words the new event leaves empty (the plan's text among them).
// People and questions stay with the old event. One transaction.
Result<qint64> createEvent(Database &db, Event event, qint64 copyFrom = 0);

} // namespace dd
