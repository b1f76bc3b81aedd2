#pragma once

#include "storage/database.h"
#include "util/result.h"

namespace dd {

// Creates the 2021 Tây Ninh dialogue of the seed plan (resources/sample/tayninh-2021.json)
// as a new event, in one transaction. Units already in the directory are reused by name.
Result<qint64> createSampleEvent(Database &db);

} // namespace dd
