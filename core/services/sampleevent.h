#pragma once

#include "storage/database.h"
#include "util/result.h"

namespace dd {

// Creates the 2021 Tây Ninh dialogue of the seed plan (resources/sample/tayninh-2021.json)
// as a new event, in one transaction. Units already in the directory are reused by name.
// The event is marked as the sample (Event::sample).
Result<qint64> createSampleEvent(Database &db);
// The file's sample event: the one already there, else a new one (`--sample` and the welcome
// page, run twice, give one sample).
Result<qint64> ensureSampleEvent(Database &db);

} // namespace dd
