#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// The Vietnamese text rules of DOMAIN.md: store NFC, search without diacritics or case,
// sort names by given name, then middle name, then family name, in Vietnamese letter order.
namespace dd::text {

// NFC (composed): "Hồng" typed with combining marks becomes the same letters as "Hồng" typed
// whole. Text that cannot change (Latin and the precomposed Vietnamese letters, no combining
// marks) is returned as it is without the full check, which matters on 100,000-row imports.
// The rest goes through ICU, whose time grows with the length of the text; Qt 6.4's
// QString::normalized() moves the rest of the string for every character it changes, which
// takes minutes on a file of a few megabytes.
QString nfc(const QString &s);
// NFD (decomposed), through ICU for the same reason.
QString nfd(const QString &s);

// NFC with whitespace trimmed and runs of spaces collapsed.
QString clean(const QString &s);

// For text of several lines (notes, answers, descriptions): NFC and trimmed, the line breaks
// and spacing inside kept.
QString cleanBlock(const QString &s);

// For searching: NFC, no diacritics, đ→d, lower case, spaces collapsed.
// "Đoàn Thị Hồng" → "doan thi hong".
QString fold(const QString &s);
// Appends fold(s) to `out` without a string of its own (for texts made of several folded parts).
void appendFolded(QString &out, QStringView s);

// True when every word of the folded query begins a word of the folded haystack. Digit groups
// separated by spaces, dots or dashes ("0912 345") are one word, so a phone number typed
// with spaces finds the digits-only number.
bool matchesQuery(const QString &foldedHaystack, const QString &query);

// The same in two steps, for filtering many rows with one query.
QStringList queryTokens(const QString &query);
bool matchesTokens(const QString &foldedHaystack, const QStringList &tokens);

// The same on UTF-8, for a list that keeps its folded text as UTF-8 (fold's output is almost
// all ASCII, so half the memory of a QString). The tokens are queryTokens() in UTF-8.
QList<QByteArray> queryTokensUtf8(const QString &query);
bool matchesTokens(QByteArrayView foldedHaystackUtf8, const QList<QByteArray> &tokens);
// True when `token` begins a word of the folded UTF-8 haystack (one step of matchesTokens).
bool beginsWord(QByteArrayView foldedHaystackUtf8, QByteArrayView token);

// The digits of a phone number; a 9-digit mobile that lost its leading zero gets it back.
QString normalizePhone(const QString &s);

// ICU Vietnamese collation key: base letters in a ă â b c d đ e ê … order, tones as a
// secondary difference. memcmp order of keys is collation order.
QByteArray sortKey(const QString &s);

// The key for a person: given name, then middle name, then family name.
QByteArray nameSortKey(const QString &family, const QString &middle, const QString &given);

// Compares two strings in Vietnamese order.
int compare(const QString &a, const QString &b);

struct NameParts
{
    QString family;
    QString middle;
    QString given;
};

// "Nguyễn Thị Ánh Hồng" → {"Nguyễn", "Thị Ánh", "Hồng"}; one word is a given name alone.
NameParts splitFullName(const QString &fullName);
QString joinName(const NameParts &parts);
QString joinName(const QString &family, const QString &middle, const QString &given);

} // namespace dd::text
