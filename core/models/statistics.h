#pragma once

#include "domain/unit.h"
#include "session/session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dd {

// Figures about an event that the attendee tab, the overview and the command line show,
// computed from the tables in one place. They live beside the models because the quota table
// (UnitQuotaModel) shows them, and the models may not use services/.
struct UnitFigures
{
    qint64 unitId = 0;
    QString unitName;
    UnitRole role = UnitRole::Participant;
    int quota = -1; // -1: none set
    qint64 partVersion = 0; // the version of the unit's part as read (a quota edit goes over it)
    // A district union's figures take in the people of its branches in the directory (units
    // whose parent it is), wherever those work.
    int people = 0; // all rows of the unit but its reserves
    int counted = 0; // against the quota: its delegates but the declined and the replaced
    int invited = 0; // ever invited (invited, confirmed, declined, replaced)
    int confirmed = 0;
    int declined = 0;
    int checkedIn = 0;
    struct
    {
        int invited = 0, confirmed = 0, declined = 0, checkedIn = 0;
    } delegates; // the same, of the delegates alone: what the quota is about
    int questions = 0; // received from this unit (merged and withdrawn not counted)
    int reserves = 0; // reserve delegates (dự khuyết): in none of the figures above
    bool overQuota() const { return quota >= 0 && counted > quota; }
};

struct EventFigures
{
    int people = 0; // but the reserves
    int expected = 0; // counted against capacity: not declined, not replaced
    int checkedIn = 0;
    int reserves = 0; // reserve delegates, not among `people`
    int capacity = 0; // of the active plan; 0 when it does not apply (online)
    PlanKind activePlan = PlanKind::InPerson;
    bool capacityExceeded() const { return capacity > 0 && expected > capacity; }
    QList<UnitFigures> units;
};

EventFigures computeFigures(Session &session);

// Things the organisers should act on, each pointing to the tab where it is fixed.
struct Warning
{
    enum class Tab { Overview, Attendees, Questions, Agenda, Plans };
    Tab tab = Tab::Overview;
    QString text;
};
QList<Warning> computeWarnings(Session &session, const QDate &today);

} // namespace dd
