#include "domain/attendeecode.h"

#include <QStringList>

namespace dd {

namespace {

// Luhn's check digit over `digits`.
int checkDigit(const QString &digits)
{
    int sum = 0;
    bool twice = true; // the rightmost digit of the payload is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

QString payload(qint64 eventId, qint64 attendeeId)
{
    return QString::number(eventId) + QLatin1Char('0') + QString::number(attendeeId);
}

} // namespace

QString attendeeCode(qint64 eventId, qint64 attendeeId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(eventId)
        .arg(attendeeId)
        .arg(checkDigit(payload(eventId, attendeeId)));
}

CodeReading readAttendeeCode(const QString &text, AttendeeCode *code)
{
    QStringList groups;
    QString current;
    bool separated = false;
    for (const QChar c : text.trimmed()) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            current += c;
            continue;
        }
        // Letters make it a name, not a code; punctuation and blanks separate the groups.
        if (c.isLetter())
            return CodeReading::NotACode;
        if (!current.isEmpty())
            groups << current;
        current.clear();
        separated = true;
    }
    if (!current.isEmpty())
        groups << current;
    if (!separated || groups.size() != 3 || groups.at(2).size() != 1)
        return CodeReading::NotACode;
    bool okEvent = false, okPerson = false;
    const qint64 eventId = groups.at(0).toLongLong(&okEvent);
    const qint64 attendeeId = groups.at(1).toLongLong(&okPerson);
    if (!okEvent || !okPerson || eventId <= 0 || attendeeId <= 0)
        return CodeReading::NotACode;
    if (groups.at(2).toInt() != checkDigit(payload(eventId, attendeeId)))
        return CodeReading::WrongCheck;
    if (code)
        *code = { eventId, attendeeId };
    return CodeReading::Valid;
}

std::optional<AttendeeCode> parseAttendeeCode(const QString &text)
{
    AttendeeCode code;
    if (readAttendeeCode(text, &code) != CodeReading::Valid)
        return std::nullopt;
    return code;
}

} // namespace dd
