#include "edit/checkinlookup.h"

#include "domain/attendeecode.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace dd::checkin {

namespace {

Result<Attendee> byId(Session &s, qint64 id, const QString &typed, bool fromCode)
{
    const auto a = s.attendees().get(id);
    if (!a || a->eventId != s.eventId())
        return Error((fromCode ? QCoreApplication::translate(
                          "CheckIn", "No one of this event has the code %1.")
                               : QCoreApplication::translate(
                                   "CheckIn", "No one of this event has the number %1."))
                         .arg(typed));
    return *a;
}

} // namespace

Result<Attendee> find(Session &s, const QString &text)
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return Error(QCoreApplication::translate("CheckIn",
                                                 "Type or scan a code, a number or a full name."));

    AttendeeCode code;
    switch (readAttendeeCode(typed, &code)) {
    case CodeReading::WrongCheck:
        return Error(QCoreApplication::translate(
                         "CheckIn",
                         "The code %1 is not right: a digit was mistyped or misread. Scan it "
                         "again or type the number.")
                         .arg(typed));
    case CodeReading::Valid:
        if (code.eventId != s.eventId()) {
            const auto other = s.events().get(code.eventId);
            return Error(other ? QCoreApplication::translate(
                                     "CheckIn", "The code %1 belongs to another event: “%2”.")
                                     .arg(typed, other->title)
                               : QCoreApplication::translate(
                                     "CheckIn", "The code %1 belongs to another event.")
                                     .arg(typed));
        }
        return byId(s, code.attendeeId, typed, true);
    case CodeReading::NotACode:
        break;
    }

    bool isNumber = false;
    const qint64 id = typed.toLongLong(&isNumber);
    if (isNumber)
        return byId(s, id, typed, false);

    const QString wanted = text::fold(typed);
    QList<Attendee> found;
    for (const Attendee &a : s.attendees().list(s.eventId()))
        if (text::fold(a.fullName()) == wanted)
            found << a;
    if (found.isEmpty())
        return Error(QCoreApplication::translate("CheckIn", "No one of this event is called “%1”.")
                         .arg(typed));
    if (found.size() > 1) {
        QStringList ids;
        for (const Attendee &a : found)
            ids << QString::number(a.id);
        return Error(QCoreApplication::translate(
                         "CheckIn",
                         "%n people are called “%1” (numbers %2): check in by number or code.",
                         nullptr, int(found.size()))
                         .arg(typed, ids.join(QStringLiteral(", "))));
    }
    return found.first();
}

QString alreadyCheckedIn(const Attendee &a)
{
    const QDateTime at = a.checkedInAt.toLocalTime();
    QString when = at.toString(QStringLiteral("HH:mm"));
    if (at.date() != QDate::currentDate())
        when += QLatin1Char(' ') + at.toString(QStringLiteral("dd/MM/yyyy"));
    return a.checkedInDesk.isEmpty()
        ? QCoreApplication::translate("CheckIn", "%1 has already checked in at %2.")
              .arg(a.shownName(), when)
        : QCoreApplication::translate("CheckIn",
                                      "%1 has already checked in at %2 at the desk “%3”.")
              .arg(a.shownName(), when, a.checkedInDesk);
}

} // namespace dd::checkin
