#pragma once

#include <QString>

namespace dd {

// The user-interface languages: Vietnamese (the default) and English (the source text).
QString defaultLanguage(); // "vi"
// Installs the translator for `language` ("vi" or "en") on the running application,
// replacing any earlier one. Returns false when the translation is missing.
bool installLanguage(const QString &language);

} // namespace dd
