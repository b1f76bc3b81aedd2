#pragma once

#include "domain/event.h"
#include "domain/unit.h"
#include "session/session.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace dd {

// The facts of an event that its plan's text states in words too: the date (or planned
// month), the venues and the livestream, the number of delegates, the quotas, the deadline
// and minimum of questions, and the contact for them. The structured values are what the
// program uses; the text is what the plan prints. When a fact changes, the text does not
// follow by itself: planTextReminders says where it still has the old value.
struct PlanFacts
{
    Event event;
    QList<Plan> plans;
    QList<EventUnit> parts;
    QHash<qint64, Unit> units;

    static PlanFacts of(Session &session);
};

// One sentence for the clerk (in the interface's language) for each fact changed from
// `before` to `after` whose old value a paragraph of the plan's text still states, with that
// paragraph. Empty when nothing changed, or the text says none of the old values.
QStringList planTextReminders(const PlanFacts &before, const PlanFacts &after);

} // namespace dd
