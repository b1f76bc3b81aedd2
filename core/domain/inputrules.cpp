#include "domain/inputrules.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dd::inputrules {

namespace {
constexpr int kPhoneDigits = 10;
constexpr int kFewestPhoneDigits = 9;
constexpr int kOldestDelegate = 1940;
constexpr int kYoungestAge = 14;
} // namespace

QString emailKey(const QString &address)
{
    // Case-folded, not only lower-cased: the rule holds for the few addresses with accents too.
    return address.trimmed().toCaseFolded();
}

bool sameEmail(const QString &a, const QString &b)
{
    return emailKey(a) == emailKey(b);
}

bool isEmailAddress(const QString &text)
{
    // Every row of an import asks: ASCII addresses, nearly all of them, are read with a plain
    // loop that says what the pattern says (\s, without Unicode properties, is ASCII white
    // space); the others, and a text ending in a line break (before which $ matches), go
    // through the pattern.
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (text.endsWith(u'\n'))
        return address.match(text).hasMatch();
    qsizetype at = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c > 0x7F)
            return address.match(text).hasMatch();
        if (c == u' ' || (c >= u'\t' && c <= u'\r'))
            return false;
        if (c == u'@') {
            if (at >= 0)
                return false;
            at = i;
        }
    }
    // Something before the @, and after it a dot with something on both sides.
    if (at <= 0)
        return false;
    const qsizetype dot = text.indexOf(u'.', at + 2);
    return dot >= 0 && dot < text.size() - 1;
}

bool isFullPhoneNumber(const QString &digits)
{
    return (digits.size() == kPhoneDigits && digits.startsWith(QLatin1Char('0')))
        || (digits.size() == kPhoneDigits + 1 && digits.startsWith(QLatin1String("02")));
}

bool isTooShortForPhone(const QString &phone)
{
    return text::normalizePhone(phone).size() < kFewestPhoneDigits;
}

QString storablePhone(const QString &typed)
{
    // Called for every row of an import, from several threads: a plain loop, no regex.
    const QString t = typed.trimmed();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        const bool separator = c == QLatin1Char(' ') || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')');
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !separator
            && !(c == QLatin1Char('+') && i == 0))
            return t; // not one number written with separators
    }
    const QString digits = text::normalizePhone(t);
    return digits.size() >= kFewestPhoneDigits ? digits : t;
}

QString displayPhone(const QString &stored)
{
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (!digitsOnly.match(stored).hasMatch())
        return stored;
    if (stored.size() == kPhoneDigits)
        return QStringLiteral("%1.%2.%3").arg(stored.left(4), stored.mid(4, 3), stored.mid(7));
    if (stored.size() == kPhoneDigits + 1)
        return QStringLiteral("%1.%2.%3").arg(stored.left(4), stored.mid(4, 4), stored.mid(8));
    return stored;
}

bool isStorableBirthYear(int year)
{
    return year == 0 || (year >= kFirstBirthYear && year <= kLastBirthYear);
}

bool isPossibleBirthYear(int year, int thisYear)
{
    return year >= kOldestDelegate && year <= thisYear - kYoungestAge;
}

BirthYearReading readBirthYear(const QString &text, int thisYear)
{
    BirthYearReading r;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        r.ok = true;
        return r;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const auto refuse = [&](const char *why) {
        r.why = QCoreApplication::translate("InputRules", why).arg(kFirstBirthYear).arg(thisYear);
        return r;
    };
    if (!digits.match(t).hasMatch() || (t.size() != 2 && t.size() != 4))
        return refuse(
            QT_TRANSLATE_NOOP("InputRules", "A birth year has four digits, from %1 to %2."));
    const int n = t.toInt();
    if (t.size() == 4) {
        if (n < kFirstBirthYear || n > thisYear)
            return refuse(
                QT_TRANSLATE_NOOP("InputRules", "A birth year has four digits, from %1 to %2."));
        r.ok = true;
        r.year = n;
        return r;
    }
    QList<int> possible;
    for (int century : { 1900, 2000 })
        if (isPossibleBirthYear(century + n, thisYear))
            possible << century + n;
    if (possible.size() != 1)
        return refuse(QT_TRANSLATE_NOOP(
            "InputRules", "Two digits do not tell the century here: type four, from %1 to %2."));
    r.ok = true;
    r.year = possible.first();
    r.reading = QCoreApplication::translate("InputRules", "read as %1").arg(r.year);
    return r;
}

std::optional<QTime> readClockTime(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return QTime();
    // Hours, then minutes after ":", ".", "h" or "g" (giờ), or four digits run together.
    static const QRegularExpression split(
        QStringLiteral("^(\\d{1,2})\\s*(?:[:.hg]\\s*(\\d{0,2})\\s*(?:p|ph|phút)?)?$"));
    static const QRegularExpression together(QStringLiteral("^(\\d{1,2})(\\d{2})$"));
    QRegularExpressionMatch m = together.match(t);
    if (!m.hasMatch())
        m = split.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (h > 23 || min > 59)
        return std::nullopt;
    return QTime(h, min);
}

std::optional<QDate> readDate(const QString &text, int thisYear)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2}|\\d{4}))?$"));
    static const QRegularExpression together(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    QRegularExpressionMatch m = together.match(t);
    if (!m.hasMatch())
        m = parts.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    int year = thisYear;
    if (const QString y = m.captured(3); !y.isEmpty())
        year = y.size() == 2 ? 2000 + y.toInt() : y.toInt();
    const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<qint64> readAmount(const QString &text)
{
    QString t = text::clean(text).toLower();
    for (const QString &suffix : { QStringLiteral("đồng"), QStringLiteral("đ") })
        if (t.endsWith(suffix)) {
            t.chop(suffix.size());
            break;
        }
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Separators only between groups of three digits, so that "1.5" is not read as 15.
    static const QRegularExpression kGrouped(
        QStringLiteral("^[0-9]{1,3}([.,\\x{00A0} ][0-9]{3})*$|^[0-9]+$"));
    if (!kGrouped.match(t).hasMatch())
        return std::nullopt;
    t.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (t.size() > 16)
        return std::nullopt;
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v > 1'000'000'000'000'000)
        return std::nullopt;
    return v;
}

Result<qint64> readQuantity(const QString &text)
{
    const QString t = text::clean(text).remove(QLatin1Char(' '));
    const auto refuse = [&](const char *why) {
        return Error(QCoreApplication::translate("InputRules", "“%1” is not a quantity: %2")
                         .arg(text.trimmed(), QCoreApplication::translate("InputRules", why)));
    };
    if (t.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("InputRules", "type a number such as 2 or 1,5."));
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)))
        return refuse(QT_TRANSLATE_NOOP("InputRules", "a quantity cannot be negative."));
    if (t.count(QLatin1Char(',')) > 1)
        return refuse(QT_TRANSLATE_NOOP(
            "InputRules", "it has more than one decimal comma (write one and a half as 1,5)."));
    static const QRegularExpression kNumber(QStringLiteral("^[0-9.,]+$"));
    if (!kNumber.match(t).hasMatch())
        return refuse(QT_TRANSLATE_NOOP("InputRules",
                                        "only digits and one decimal comma, such as 2 or 1,5."));
    QString whole = t, fraction;
    const qsizetype comma = t.indexOf(QLatin1Char(','));
    static const QRegularExpression kGrouped(QStringLiteral("^[1-9][0-9]{0,2}(\\.[0-9]{3})*$"));
    if (comma >= 0) {
        whole = t.left(comma);
        fraction = t.mid(comma + 1);
        if (fraction.contains(QLatin1Char('.'))
            || (whole.contains(QLatin1Char('.')) && !kGrouped.match(whole).hasMatch()))
            return refuse(QT_TRANSLATE_NOOP(
                "InputRules", "dots only go between groups of three digits, as in 1.500,5."));
    } else if (t.count(QLatin1Char('.')) == 1 && !kGrouped.match(t).hasMatch()) {
        // "1.5" from the command line: the point is the decimal separator.
        const qsizetype point = t.indexOf(QLatin1Char('.'));
        whole = t.left(point);
        fraction = t.mid(point + 1);
    } else if (t.contains(QLatin1Char('.')) && !kGrouped.match(t).hasMatch()) {
        return refuse(QT_TRANSLATE_NOOP(
            "InputRules", "dots only go between groups of three digits, as in 1.500,5."));
    }
    whole.remove(QLatin1Char('.'));
    if (whole.isEmpty() && fraction.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("InputRules", "type a number such as 2 or 1,5."));
    if (fraction.size() > 3)
        return refuse(QT_TRANSLATE_NOOP(
            "InputRules", "at most three decimals (thousandths of the unit) are kept."));
    if (whole.size() > 12)
        return refuse(QT_TRANSLATE_NOOP("InputRules", "it is too large."));
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 thousandths
        = fraction.isEmpty() ? 0 : fraction.leftJustified(3, QLatin1Char('0')).toLongLong();
    return units * 1000 + thousandths;
}

} // namespace dd::inputrules
