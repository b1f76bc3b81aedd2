#pragma once

#include <QByteArray>

namespace dd {

// The script of upgrade step `version` (migrations/NNNN_*.sql, a resource); for a server, its
// own file in migrations/postgresql/ where PostgreSQL's words differ. Empty when missing.
QByteArray migrationScript(int version, bool server);

} // namespace dd
