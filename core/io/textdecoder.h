#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace dd::io {

// The encodings Vietnamese offices still produce text files in.
// Utf16 is UTF-16 in the byte order its BOM or its NULs show (little-endian when neither
// does), for a user who knows it is UTF-16 but not which kind.
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1258, Tcvn3, Utf16 };

// The name shown to the user ("Windows-1258 (Vietnamese)"), translated.
QString textEncodingName(TextEncoding encoding);

// The encoding a command-line name stands for: utf-8, utf-16, windows-1258 (or cp1258), tcvn3
// (or abc); nothing for another name.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

struct DecodedText
{
    QString text; // always NFC
    TextEncoding encoding = TextEncoding::Utf8; // the one actually used, never Auto
};

// Decodes bytes into NFC text. With Auto, a byte order mark decides, then the NUL bytes of
// UTF-16, then valid UTF-8, and otherwise whichever of Windows-1258 and TCVN3 (ABC) reads
// as more plausible Vietnamese. A forced encoding is used as given (a matching BOM is
// skipped).
DecodedText decodeText(const QByteArray &bytes, TextEncoding forced = TextEncoding::Auto);

// A piece of UTF-8 text cut at a line end, decoded as decodeText() decodes valid UTF-8 (NFC,
// a byte order mark inside kept); *valid says whether it was all UTF-8 (U+FFFD stands for
// what was not). A reader may decode a long file piece by piece this way, on every core.
QString decodeUtf8Piece(QByteArrayView bytes, bool *valid);

// Where a long text is cut into kTextPieces pieces of about the same size, each ending after a
// line feed (the last one at the end): kTextPieces + 1 offsets, the first 0.
inline constexpr qsizetype kTextPieces = 8;
std::array<qsizetype, kTextPieces + 1> lineEndCuts(QByteArrayView bytes);

} // namespace dd::io
