#include "edit/personaldataactions.h"

#include "edit/groupcommand.h"
#include "edit/rowcommands.h"

#include <QCoreApplication>

namespace dd {

namespace {

bool holdsPersonalData(const Attendee &a)
{
    return !a.phone.isEmpty() || !a.email.isEmpty() || a.birthYear != 0;
}

} // namespace

int peopleWithPersonalData(Session &s)
{
    int n = 0;
    for (const Attendee &a : s.attendees().list(s.eventId()))
        n += holdsPersonalData(a) ? 1 : 0;
    return n;
}

QUndoCommand *erasePersonalData(Session &s, const QDateTime &when)
{
    const std::optional<Event> event = s.events().get(s.eventId());
    if (!event)
        return nullptr;
    QList<Attendee> before;
    QList<Attendee> erased;
    for (Attendee a : s.attendees().list(event->id)) {
        if (!holdsPersonalData(a))
            continue;
        before << a;
        a.phone.clear();
        a.email.clear();
        a.birthYear = 0;
        erased << a;
    }
    auto *group = new GroupCommand(
        &s,
        QCoreApplication::translate("Commands", "erase the personal data of %n people", nullptr,
                                    int(erased.size())));
    if (!erased.isEmpty())
        new EditRowsCommand<Attendee>(&s, before, erased, group->text(), group);
    Event recorded = *event;
    recorded.personalDataErasedAt = when;
    new EditRowsCommand<Event>(&s, { *event }, { recorded }, group->text(), group);
    return group;
}

} // namespace dd
