#include "domain/inputrules.h"

#include "text/vietnamese.h"

#include <QRegularExpression>

namespace dd::inputrules {

namespace {
constexpr int kPhoneDigits = 10;
constexpr int kFewestPhoneDigits = 9;
constexpr int kOldestDelegate = 1940;
constexpr int kYoungestAge = 14;
} // namespace

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return address.match(text).hasMatch();
}

bool isFullPhoneNumber(const QString &digits)
{
    return digits.size() == kPhoneDigits && digits.startsWith(QLatin1Char('0'));
}

bool isTooShortForPhone(const QString &phone)
{
    return text::normalizePhone(phone).size() < kFewestPhoneDigits;
}

bool isStorableBirthYear(int year)
{
    return year == 0 || (year >= kFirstBirthYear && year <= kLastBirthYear);
}

bool isPossibleBirthYear(int year, int thisYear)
{
    return year >= kOldestDelegate && year <= thisYear - kYoungestAge;
}

} // namespace dd::inputrules
