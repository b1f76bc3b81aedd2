#include "io/textdecoder.h"

#include "text/vietnamese.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <optional>

namespace dd::io {

namespace {

// TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts, bytes 0x80-0xFF (0x00-0x7F
// are ASCII). The Vietnamese positions follow the VN3 table as published with the standard
// and used by Unikey's and vietunicode.sourceforge.net's converters (e.g. 0xB8 á, 0xB5 à,
// 0xB6 ả, 0xB7 ã, 0xB9 ạ, 0xAE đ, 0xA7 Đ). VN3 has only the seven precomposed capitals
// Ă Â Ê Ô Ơ Ư Đ; capitals with tones were typed with the .VnTimeH font. The positions VN3
// leaves free are taken as Windows-1252, the code page those fonts were installed under.
constexpr std::array<char16_t, 128> kTcvn3High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80: € . ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88: ˆ ‰ Š ‹ Œ . Ž .
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90: . ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98: ˜ ™ š › œ . ž Ÿ
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // A0:   Ă Â Ê Ô Ơ Ư Đ
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x00AF, // A8: ă â ê ô ơ ư đ ¯
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00E0, 0x1EA3, 0x00E3, // B0: ° ± ² ³ ´ à ả ã
    0x00E1, 0x1EA1, 0x00BA, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x00BF, // B8: á ạ º ằ ẳ ẵ ắ ¿
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x1EB7, 0x1EA7, // C0: À Á Â Ã Ä Å ặ ầ
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x00CD, 0x1EBB, 0x1EBD, // C8: ẩ ẫ ấ ậ è Í ẻ ẽ
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // D0: é ẹ ề ể ễ ế ệ ì
    0x1EC9, 0x00D9, 0x00DA, 0x00DB, 0x0129, 0x00ED, 0x1ECB, 0x00F2, // D8: ỉ Ù Ú Û ĩ í ị ò
    0x00E0, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // E0: à ỏ õ ó ọ ồ ổ ỗ
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, // E8: ố ộ ờ ở ỡ ớ ợ ù
    0x00F0, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // F0: ð ủ ũ ú ụ ừ ử ữ
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x00FF, // F8: ứ ự ỳ ỷ ỹ ý ỵ ÿ
};

QString decodeTcvn3(QByteArrayView bytes)
{
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = b < 0x80 ? QChar(b) : QChar(kTcvn3High[b - 0x80]);
    }
    return out;
}

// Windows-1258 writes most toned letters as a base letter plus a combining tone mark; ICU
// decodes them as such and NFC composes them afterwards.
QString decodeWindows1258(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("windows-1258", &status);
    if (U_FAILURE(status) || !conv)
        return QString::fromLatin1(bytes); // ICU without the table: better than nothing
    QString out;
    out.resize(bytes.size() + 1);
    status = U_ZERO_ERROR;
    const int32_t n
        = ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                        bytes.data(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes);
    out.truncate(n);
    return out;
}

QString decodeUtf16(QByteArrayView bytes, bool littleEndian)
{
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

// UTF-8 decoded, and NFC (text::nfc), with U+FFFD for what is not UTF-8; *valid says whether
// everything was. A long text is cut at line ends, which never fall inside a UTF-8 sequence or
// a combining sequence, and its pieces are decoded on every core.
QString decodeUtf8(QByteArrayView bytes, bool *valid)
{
    const auto decode = decodeUtf8Piece;
    constexpr qsizetype kPieces = kTextPieces;
    if (bytes.size() < 1024 * 1024)
        return decode(bytes, valid);
    const auto cut = lineEndCuts(bytes);
    std::array<QString, kPieces> pieces;
    std::array<bool, kPieces> ok {};
    parallelChunks(kPieces, 1, [&](qsizetype begin, qsizetype end) {
        for (qsizetype k = begin; k < end; ++k)
            pieces[k] = decode(bytes.sliced(cut[k], cut[k + 1] - cut[k]), &ok[k]);
    });
    qsizetype total = 0;
    for (const QString &piece : pieces)
        total += piece.size();
    QString text;
    text.reserve(total);
    for (QString &piece : pieces) {
        text += piece;
        piece = QString();
    }
    *valid = std::all_of(ok.cbegin(), ok.cend(), [](bool b) { return b; });
    return text;
}

// The text when the bytes are valid UTF-8, else nothing.
std::optional<QString> decodeValidUtf8(QByteArrayView bytes)
{
    bool valid = false;
    QString text = decodeUtf8(bytes, &valid);
    if (!valid)
        return std::nullopt;
    return text;
}

// UTF-16 without a byte order mark: most text is ASCII, so one byte of each pair is NUL.
TextEncoding guessUtf16ByNuls(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return TextEncoding::Auto;
    int evenNuls = 0;
    int oddNuls = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNuls += bytes[i] == 0;
        oddNuls += bytes[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs)
        return TextEncoding::Utf16BE;
    return TextEncoding::Auto;
}

bool isToneMark(char16_t c)
{
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool isVowelMark(char16_t c)
{
    return c == 0x0302 || c == 0x0306 || c == 0x031B;
}

// How much a decoding looks like Vietnamese: each word with non-ASCII letters counts +1
// when it could be a Vietnamese syllable (Vietnamese base letters and marks only, at most
// one tone, no capital after a small letter) and -2 otherwise; a stray non-ASCII symbol
// counts -2. The wrong one of Windows-1258/TCVN3 gives words like "NguÔn" or "Nguyêịn".
int vietnameseScore(const QString &text)
{
    const QString nfd = text::nfd(text);
    int score = 0;
    qsizetype i = 0;
    const qsizetype n = nfd.size();
    while (i < n) {
        const QChar c = nfd.at(i);
        if (!c.isLetter() && !c.isMark()) {
            if (c.unicode() >= 0x80 && !c.isSpace() && c.unicode() != 0x2013
                && c.unicode() != 0x2014 && (c.unicode() < 0x2018 || c.unicode() > 0x201D)
                && c.unicode() != 0x2026)
                score -= 2;
            ++i;
            continue;
        }
        bool nonAscii = false;
        bool bad = false;
        bool sawLower = false;
        int tones = 0;
        for (; i < n && (nfd.at(i).isLetter() || nfd.at(i).isMark()); ++i) {
            const char16_t u = nfd.at(i).unicode();
            if (u < 0x80) {
                sawLower = sawLower || nfd.at(i).isLower();
                continue;
            }
            nonAscii = true;
            if (isToneMark(u)) {
                ++tones;
            } else if (isVowelMark(u)) {
                // ă â ê ô ơ ư: fine
            } else if (u == 0x0111 || u == 0x0110) {
                if (u == 0x0110 && sawLower)
                    bad = true;
                sawLower = sawLower || u == 0x0111;
            } else {
                bad = true;
            }
        }
        // A capital after a small letter, checked on the composed word.
        if (nonAscii) {
            if (tones > 1)
                bad = true;
            score += bad ? -2 : 1;
        }
    }
    // Capitals inside words, on the NFC text (NFD splits them from their marks).
    bool prevLower = false;
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (c.isUpper() && prevLower && c.unicode() >= 0x80)
                score -= 2;
            prevLower = c.isLower();
        } else if (!c.isMark()) {
            prevLower = false;
        }
    }
    return score;
}

// The bytes in `encoding`, NFC. What is not UTF-8 in UTF-8 shows as U+FFFD.
QString decodeAs(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return text::nfc(decodeUtf16(bytes, true));
    case TextEncoding::Utf16BE:
        return text::nfc(decodeUtf16(bytes, false));
    case TextEncoding::Windows1258:
        return text::nfc(decodeWindows1258(bytes));
    case TextEncoding::Tcvn3:
        return text::nfc(decodeTcvn3(bytes));
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
    case TextEncoding::Utf16: // resolved by decodeText
        break;
    }
    bool valid = false;
    return decodeUtf8(bytes, &valid);
}

qsizetype bomLength(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    default:
        return 0;
    }
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QCoreApplication::translate("TextEncoding", "Detect automatically");
    case TextEncoding::Utf8:
        return QCoreApplication::translate("TextEncoding", "Unicode (UTF-8)");
    case TextEncoding::Utf16LE:
        return QCoreApplication::translate("TextEncoding", "Unicode (UTF-16 little-endian)");
    case TextEncoding::Utf16BE:
        return QCoreApplication::translate("TextEncoding", "Unicode (UTF-16 big-endian)");
    case TextEncoding::Windows1258:
        return QCoreApplication::translate("TextEncoding", "Vietnamese Windows (Windows-1258)");
    case TextEncoding::Tcvn3:
        return QCoreApplication::translate("TextEncoding", "Vietnamese TCVN3 (ABC, .VnTime fonts)");
    case TextEncoding::Utf16:
        return QCoreApplication::translate("TextEncoding", "Unicode (UTF-16)");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16" || n == u"utf16")
        return TextEncoding::Utf16;
    if (n == u"windows-1258" || n == u"cp1258")
        return TextEncoding::Windows1258;
    if (n == u"tcvn3" || n == u"abc")
        return TextEncoding::Tcvn3;
    return std::nullopt;
}

std::array<qsizetype, kTextPieces + 1> lineEndCuts(QByteArrayView bytes)
{
    std::array<qsizetype, kTextPieces + 1> cut {};
    for (qsizetype k = 1; k < kTextPieces; ++k) {
        const qsizetype lineEnd
            = bytes.indexOf('\n', std::max(cut[k - 1], k * bytes.size() / kTextPieces));
        cut[k] = lineEnd < 0 ? bytes.size() : lineEnd + 1;
    }
    cut[kTextPieces] = bytes.size();
    return cut;
}

QString decodeUtf8Piece(QByteArrayView bytes, bool *valid)
{
    // A byte order mark inside is kept, as QString::fromUtf8() keeps it: whoever calls this
    // has taken off the one at the start.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless
                               | QStringConverter::Flag::ConvertInitialBom);
    // decode() is lazy: the conversion (and error detection) happens on assignment.
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    return text::nfc(text);
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding forced)
{
    TextEncoding encoding = forced;
    if (encoding == TextEncoding::Utf16) {
        if (bytes.startsWith("\xFE\xFF"))
            encoding = TextEncoding::Utf16BE;
        else if (bytes.startsWith("\xFF\xFE"))
            encoding = TextEncoding::Utf16LE;
        else
            encoding = guessUtf16ByNuls(bytes) == TextEncoding::Utf16BE ? TextEncoding::Utf16BE
                                                                        : TextEncoding::Utf16LE;
    }
    if (encoding == TextEncoding::Auto) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            encoding = TextEncoding::Utf8;
        else if (bytes.startsWith("\xFF\xFE"))
            encoding = TextEncoding::Utf16LE;
        else if (bytes.startsWith("\xFE\xFF"))
            encoding = TextEncoding::Utf16BE;
        else
            encoding = guessUtf16ByNuls(bytes);
    }
    if (encoding == TextEncoding::Auto) {
        if (std::optional<QString> utf8 = decodeValidUtf8(bytes))
            return { std::move(*utf8), TextEncoding::Utf8 };
    }

    if (encoding == TextEncoding::Auto) {
        QString cp1258 = decodeAs(bytes, TextEncoding::Windows1258);
        QString tcvn3 = decodeAs(bytes, TextEncoding::Tcvn3);
        // On a tie Windows-1258 wins: it is what Excel on Vietnamese Windows saves.
        if (vietnameseScore(tcvn3) > vietnameseScore(cp1258))
            return { std::move(tcvn3), TextEncoding::Tcvn3 };
        return { std::move(cp1258), TextEncoding::Windows1258 };
    }

    const QByteArrayView body = QByteArrayView(bytes).sliced(bomLength(bytes, encoding));
    return { decodeAs(body, encoding), encoding };
}

} // namespace dd::io
