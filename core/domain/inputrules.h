#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include "util/result.h"

#include <optional>

// What a typed or imported e-mail address, phone number and birth year may be: the one copy of
// these rules that the dialogs, the import and the repositories use. Each caller decides what
// a broken rule means there (the dialogs refuse, the import warns, storage refuses).
namespace dd::inputrules {

// An address with one "@", something before it, a domain with a dot after it, and no spaces:
// "bantochuc@tinhdoan.vn".
bool isEmailAddress(const QString &text);
// The one rule that decides whether two e-mail addresses are the same (the same person or a
// namesake in an import, a reply matched to the unit that sent it, a paper sent before to this
// address): the spaces around and the case of the letters do not count, so that
// "NguyenVanA@Gmail.com" and "nguyenvana@gmail.com " are one address. What the user wrote is
// stored and shown as written; comparisons go through emailKey() or sameEmail() only.
QString emailKey(const QString &address);
bool sameEmail(const QString &a, const QString &b);

// A whole Vietnamese phone number, as text::normalizePhone() gives its digits: 10 digits
// beginning with 0 (mobile numbers since 2018), or a landline's 11 beginning with 02 (area
// codes 02x/02xx since 2017: "0272 3874 123", "028 3874 5566").
bool isFullPhoneNumber(const QString &digits);
// Fewer digits than any phone number has: what the attendee dialog refuses.
bool isTooShortForPhone(const QString &phone);

// A phone number as it is stored, listed and exported: its digits ("0912 345 678" and
// "+84 912.345.678" → "0912345678") when the text is one number written with spaces, dots,
// dashes or brackets; anything else (two numbers, an extension, words) as typed.
QString storablePhone(const QString &typed);
// The digits grouped for reading, as the window and the papers show them: 0912.345.678 (ten
// digits), 0276.3822.123 (eleven); anything else as it is.
QString displayPhone(const QString &stored);

// Birth years: 0 is "not given"; otherwise what the database stores (1900 to 2100) and, within
// that, what is possible for a delegate of the Youth Union in `thisYear` (born 1940 or later,
// and at least 14 years old).
inline constexpr int kFirstBirthYear = 1900;
inline constexpr int kLastBirthYear = 2100;
bool isStorableBirthYear(int year);
bool isPossibleBirthYear(int year, int thisYear);

// A birth year as typed: empty is "not given" (0); four digits from 1900 to `thisYear`; two
// digits read as the one century that gives a possible delegate ("95" → 1995), refused when
// both or neither would. `reading` says how two digits were read, `why` why a value is refused.
struct BirthYearReading
{
    bool ok = false;
    int year = 0;
    QString reading;
    QString why;
};
BirthYearReading readBirthYear(const QString &text, int thisYear);

// A clock time as a clerk types it: "8", "8:0", "08:00", "8h", "8g30", "8h30", "0830", "8.30".
// Empty text is "not set" (a null QTime); anything else that is no time is nullopt.
std::optional<QTime> readClockTime(const QString &text);
// A date as typed: "5/8/2021", "05-08-2021", "5.8.21", "05082021", "5/8" (in `thisYear`).
// Empty text is "not set" (a null QDate); anything else that is no date is nullopt.
std::optional<QDate> readDate(const QString &text, int thisYear);

// An amount of đồng as typed: digits, with dots, commas or spaces between groups of
// three ("12.500.000", "12,500,000", "12 500 000") and an optional "đ"/"đồng" after it.
// Nothing when it is not a whole number of zero or more (or is above a quadrillion).
std::optional<qint64> readAmount(const QString &text);

// A quantity as typed, in thousandths: "1,5" (the Vietnamese decimal comma) and "1.5" (a
// point on the command line) are 1500; dots between groups of three are thousands, so
// "1.500" is 1500 units (1 500 000) and "1.500,5" is 1500.5; up to three decimals. Otherwise
// why not, in the user's language: negative, several commas, letters, too many decimals.
Result<qint64> readQuantity(const QString &text);

} // namespace dd::inputrules
