#pragma once

#include <QString>

namespace dd::cli {

// The manual page dialoguedesk(1) as roff source (UTF-8), in the language installed on the
// application: the commands and options come from the command table, so it always says what
// --help says. `version` and `date` (YYYY-MM-DD) go in the page's header line.
QString manPage(const QString &version, const QString &date);

} // namespace dd::cli
