#pragma once

#include <QString>

// What a typed or imported e-mail address, phone number and birth year may be: the one copy of
// these rules that the dialogs, the import and the repositories use. Each caller decides what
// a broken rule means there (the dialogs refuse, the import warns, storage refuses).
namespace dd::inputrules {

// An address with one "@", something before it, a domain with a dot after it, and no spaces:
// "bantochuc@tinhdoan.vn".
bool isEmailAddress(const QString &text);

// A whole Vietnamese phone number, as text::normalizePhone() gives its digits: 10 digits
// beginning with 0 (mobile and landline numbers since 2018).
bool isFullPhoneNumber(const QString &digits);
// Fewer digits than any phone number has: what the attendee dialog refuses.
bool isTooShortForPhone(const QString &phone);

// Birth years: 0 is "not given"; otherwise what the database stores (1900 to 2100) and, within
// that, what is possible for a delegate of the Youth Union in `thisYear` (born 1940 or later,
// and at least 14 years old).
inline constexpr int kFirstBirthYear = 1900;
inline constexpr int kLastBirthYear = 2100;
bool isStorableBirthYear(int year);
bool isPossibleBirthYear(int year, int thisYear);

} // namespace dd::inputrules
