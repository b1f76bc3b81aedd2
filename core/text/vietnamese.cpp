#include "text/vietnamese.h"

#include "util/fastkey.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/ucol.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <string_view>

namespace dd::text {
namespace {

// Folding table for the Basic Multilingual Plane up to U+1FFF, which holds every Latin letter
// Vietnamese uses (U+1EA0–U+1EF9 are the precomposed letters with tones). 0 means "drop".
constexpr char16_t kFoldLimit = 0x2000;

const std::array<char16_t, kFoldLimit> &foldTable()
{
    static const auto table = [] {
        std::array<char16_t, kFoldLimit> t {};
        for (char16_t c = 0; c < kFoldLimit; ++c) {
            const QChar qc(c);
            if (c >= 0x0300 && c <= 0x036F) { // combining marks: tones and vowel marks
                t[c] = 0;
                continue;
            }
            if (c == u'đ' || c == u'Đ' || c == 0x0110 || c == 0x0111) {
                t[c] = u'd';
                continue;
            }
            const QString decomposed = QString(qc).normalized(QString::NormalizationForm_D);
            const QChar base = decomposed.isEmpty() ? qc : decomposed.at(0);
            t[c] = base.toCaseFolded().unicode();
        }
        return t;
    }();
    return table;
}

struct CollatorDeleter
{
    void operator()(UCollator *c) const { ucol_close(c); }
};

UCollator *collator()
{
    static const std::unique_ptr<UCollator, CollatorDeleter> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("vi", &status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            c = ucol_open("", &status);
        }
        // Tertiary strength: base letters first, then tones and marks, then case.
        ucol_setStrength(c, UCOL_TERTIARY);
        return std::unique_ptr<UCollator, CollatorDeleter>(c);
    }();
    return instance.get();
}

bool isDigitGroupSeparator(QChar c)
{
    return c == u' ' || c == u'.' || c == u'-' || c == u'/';
}

} // namespace

namespace {

QString normalizedByIcu(const QString &s, bool composed)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *form
        = composed ? unorm2_getNFCInstance(&status) : unorm2_getNFDInstance(&status);
    if (U_FAILURE(status) || s.size() > std::numeric_limits<int32_t>::max() / 4)
        return s.normalized(composed ? QString::NormalizationForm_C : QString::NormalizationForm_D);
    const auto *in = reinterpret_cast<const UChar *>(s.utf16());
    // Composing never lengthens Vietnamese text; a decomposed letter takes up to three units.
    QString out(composed ? s.size() + 16 : s.size() * 3 + 16, Qt::Uninitialized);
    int32_t length
        = unorm2_normalize(form, in, int32_t(s.size()), reinterpret_cast<UChar *>(out.data()),
                           int32_t(out.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) { // some other script: the size it needs
        status = U_ZERO_ERROR;
        out.resize(length);
        length
            = unorm2_normalize(form, in, int32_t(s.size()), reinterpret_cast<UChar *>(out.data()),
                               int32_t(out.size()), &status);
    }
    if (U_FAILURE(status))
        return s.normalized(composed ? QString::NormalizationForm_C : QString::NormalizationForm_D);
    out.truncate(length);
    return out;
}

} // namespace

QString nfc(const QString &s)
{
    // Every character below U+0300 and in Latin Extended Additional (U+1E00–U+1EFF, the
    // precomposed Vietnamese letters) is "NFC: yes" on its own and none of them combines with
    // what follows, so a string of only those is already NFC.
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && (u < 0x1E00 || u > 0x1EFF))
            return normalizedByIcu(s, true);
    }
    return s;
}

QString nfd(const QString &s)
{
    return normalizedByIcu(s, false);
}

QString clean(const QString &s)
{
    const QString n = nfc(s); // shares s when already NFC
    // simplified() always makes a new string; most text is already simple and is kept shared.
    bool simple = n.isEmpty() || (!n.front().isSpace() && !n.back().isSpace());
    for (qsizetype i = 0; simple && i < n.size(); ++i) {
        const QChar c = n.at(i);
        // Visible ASCII and U+00C0–U+1EFF (the Vietnamese letters among them) hold no space
        // but the Ogham space mark: no call into QChar's tables for them.
        const char16_t u = c.unicode();
        if ((u > u' ' && u < 0x7F) || (u >= 0xC0 && u <= 0x1EFF && u != 0x1680))
            continue;
        if (c.isSpace() && (c != u' ' || n.at(i + 1) == u' '))
            simple = false;
    }
    return simple ? n : n.simplified();
}

QString cleanBlock(const QString &s)
{
    return nfc(s).trimmed();
}

QString fold(const QString &s)
{
    // Room for the input's length (and never a null string, as before).
    QString out(s.size(), Qt::Uninitialized);
    out.truncate(0);
    appendFolded(out, s);
    return out;
}

void appendFolded(QString &out, QStringView s)
{
    // Each character folds to at most one: written straight after what `out` holds, in room
    // for the input's length, cut to size at the end.
    const auto &table = foldTable();
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char16_t *o = reinterpret_cast<char16_t *>(out.data()) + start;
    qsizetype n = 0;
    bool lastSpace = true;
    for (const QChar c : s) {
        char16_t u = c.unicode();
        if (u < kFoldLimit) {
            u = table[u];
            if (u == 0)
                continue;
        } else {
            u = c.toCaseFolded().unicode();
        }
        const bool space = QChar::isSpace(u);
        if (space) {
            if (!lastSpace)
                o[n++] = u' ';
        } else {
            o[n++] = u;
        }
        lastSpace = space;
    }
    if (n > 0 && o[n - 1] == u' ')
        --n;
    out.truncate(start + n);
}

QStringList queryTokens(const QString &query)
{
    // "0912 345" and "0912.345.678" are one phone number, not two words.
    QString folded = fold(query);
    QString joined;
    joined.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (isDigitGroupSeparator(c) && i > 0 && i + 1 < folded.size() && folded.at(i - 1).isDigit()
            && folded.at(i + 1).isDigit())
            continue;
        joined.append(c);
    }
    return joined.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A word of the query matches where a word of the text begins: "anh" finds "Ánh" but not
// "Thành", "0912345" finds "0912345678".
static bool containsWordPrefix(const QString &haystack, const QString &token)
{
    qsizetype from = 0;
    while ((from = haystack.indexOf(token, from)) >= 0) {
        if (from == 0 || !haystack.at(from - 1).isLetterOrNumber())
            return true;
        ++from;
    }
    return false;
}

bool matchesTokens(const QString &foldedHaystack, const QStringList &tokens)
{
    for (const QString &t : tokens)
        if (!containsWordPrefix(foldedHaystack, t))
            return false;
    return true;
}

QList<QByteArray> queryTokensUtf8(const QString &query)
{
    QList<QByteArray> out;
    for (const QString &t : queryTokens(query))
        out << t.toUtf8();
    return out;
}

bool beginsWord(QByteArrayView haystack, QByteArrayView token)
{
    if (token.isEmpty())
        return true;
    const std::string_view h(haystack.data(), size_t(haystack.size()));
    const std::string_view t(token.data(), size_t(token.size()));
    // A token starts with an ASCII byte or a UTF-8 lead byte, never a continuation byte, so
    // every match starts on a character.
    for (size_t from = h.find(t); from != std::string_view::npos; from = h.find(t, from + 1)) {
        if (from == 0)
            return true;
        const auto before = uchar(h[from - 1]);
        if (before < 0x80) {
            if (!QChar::isLetterOrNumber(before))
                return true;
            continue;
        }
        // The character before, decoded backwards: is it a letter or a digit?
        size_t start = from - 1;
        while (start > 0 && (uchar(h[start]) & 0xC0) == 0x80)
            --start;
        const QString c = QString::fromUtf8(h.data() + start, qsizetype(from - start));
        const char32_t u = c.size() == 2 && c.at(0).isHighSurrogate()
            ? QChar::surrogateToUcs4(c.at(0), c.at(1))
            : (c.isEmpty() ? 0 : c.at(0).unicode());
        if (!QChar::isLetterOrNumber(u))
            return true;
    }
    return false;
}

bool matchesTokens(QByteArrayView foldedHaystackUtf8, const QList<QByteArray> &tokens)
{
    for (const QByteArray &t : tokens)
        if (!beginsWord(foldedHaystackUtf8, t))
            return false;
    return true;
}

bool matchesQuery(const QString &foldedHaystack, const QString &query)
{
    return matchesTokens(foldedHaystack, queryTokens(query));
}

QString normalizePhone(const QString &s)
{
    // Most phones are stored, and many typed, as their ten digits already: kept as they are.
    if (s.size() == 10 && s.front() != u'2'
        && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return s;
    // The digits, written straight into a string one longer than the text (room for a 0).
    QString digits(s.size() + 1, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(digits.data()) + 1;
    qsizetype n = 0;
    for (const QChar c : s)
        if (c.isDigit())
            d[n++] = c.unicode();
    qsizetype from = 1;
    if (n == 11 && d[0] == u'8' && d[1] == u'4') { // +84 91 234 5678 → 091 234 5678
        from = 2;
        d[1] = u'0';
        n -= 1;
    } else if (n == 12 && d[0] == u'8' && d[1] == u'4' && d[2] == u'0') {
        // "(+84) 0918 456 789": the country code written before the trunk zero as well.
        from = 3;
        n -= 2;
    } else if ((n == 9
                && (d[0] == u'3' || d[0] == u'5' || d[0] == u'7' || d[0] == u'8' || d[0] == u'9'))
               || (n == 10 && d[0] == u'2')) {
        // Excel drops the leading zero of a number typed as a number: 912345678 (a mobile),
        // 2723874123 (a landline, area code 02xx).
        from = 0;
        d[-1] = u'0';
        n += 1;
    }
    // Cut in place: the string is this function's own.
    digits.truncate(from + n);
    digits.remove(0, from);
    return digits;
}

QByteArray sortKey(const QString &s)
{
    const QString n = nfc(s);
    UCollator *c = collator();
    const auto *src = reinterpret_cast<const UChar *>(n.utf16());
    const auto len = static_cast<int32_t>(n.size());
    std::array<uint8_t, 256> buffer {};
    int32_t needed = ucol_getSortKey(c, src, len, buffer.data(), int32_t(buffer.size()));
    if (needed <= int32_t(buffer.size()))
        return QByteArray(reinterpret_cast<const char *>(buffer.data()), needed);
    QByteArray key(needed, Qt::Uninitialized);
    ucol_getSortKey(c, src, len, reinterpret_cast<uint8_t *>(key.data()), needed);
    return key;
}

namespace {

// Names are made of a few hundred words (Nguyễn, Văn, Thị, Anh…): each thread keeps the keys
// of the name parts it has seen, and a list of 100,000 people asks ICU a few hundred times.
QByteArray namePartKey(const QString &part)
{
    thread_local QHash<FastKey, QByteArray> made;
    if (const auto it = made.constFind(part); it != made.cend())
        return *it;
    const QByteArray key = sortKey(part);
    if (made.size() >= 20000) // keeps the memory bounded whatever comes
        made.clear();
    made.insert(part, key);
    return key;
}

} // namespace

QByteArray nameSortKey(const QString &family, const QString &middle, const QString &given)
{
    // Each ICU key ends with a 0 byte that never occurs inside a key, so the concatenation
    // orders like the tuple (given, middle, family).
    const QByteArray g = namePartKey(given);
    const QByteArray m = namePartKey(middle);
    const QByteArray f = namePartKey(family);
    QByteArray key;
    key.reserve(g.size() + m.size() + f.size());
    key += g;
    key += m;
    key += f;
    return key;
}

int compare(const QString &a, const QString &b)
{
    const QString na = nfc(a);
    const QString nb = nfc(b);
    const UCollationResult r
        = ucol_strcoll(collator(), reinterpret_cast<const UChar *>(na.utf16()), int32_t(na.size()),
                       reinterpret_cast<const UChar *>(nb.utf16()), int32_t(nb.size()));
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

NameParts splitFullName(const QString &fullName)
{
    // clean() leaves single spaces between words and none at the ends: the first word is the
    // family name, the last one the given name, and what lies between the middle name.
    const QString s = clean(fullName);
    NameParts p;
    const qsizetype first = s.indexOf(QLatin1Char(' '));
    if (first < 0) {
        p.given = s;
        return p;
    }
    const qsizetype last = s.lastIndexOf(QLatin1Char(' '));
    p.family = s.left(first);
    p.given = s.mid(last + 1);
    if (last > first)
        p.middle = s.mid(first + 1, last - first - 1);
    return p;
}

QString joinName(const NameParts &parts)
{
    return joinName(parts.family, parts.middle, parts.given);
}

QString joinName(const QString &family, const QString &middle, const QString &given)
{
    QString out;
    out.reserve(family.size() + middle.size() + given.size() + 2);
    for (const QString *w : { &family, &middle, &given }) {
        if (w->isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += *w;
    }
    return out;
}

} // namespace dd::text
