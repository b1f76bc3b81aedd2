#pragma once

#include <QString>

namespace dd {

// The password of a server database, kept in the system's keychain (Secret Service on Linux,
// the Credential Manager on Windows, through qtkeychain), never in the settings. Keyed by the
// address without password (ServerAddress::toString()). Each call waits for the keychain.
namespace passwordkeychain {

// Empty when none is kept or the keychain cannot be reached.
QString read(const QString &address);
// An empty text when it worked, otherwise why it did not (translated).
QString write(const QString &address, const QString &password);
void forget(const QString &address);

} // namespace passwordkeychain
} // namespace dd
