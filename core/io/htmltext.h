#pragma once

#include <QString>

namespace dd::io {

// HTML to plain text keeping paragraphs and line breaks; <ol>/<ul> items become "1. " / "- "
// lines; entities decoded.
QString htmlToPlainText(const QString &html);

} // namespace dd::io
