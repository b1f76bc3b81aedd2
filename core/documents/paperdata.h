#pragma once

#include "domain/agendaitem.h"
#include "domain/attendee.h"
#include "domain/budgetitem.h"
#include "domain/documentsettings.h"
#include "domain/event.h"
#include "domain/plan.h"
#include "domain/question.h"
#include "domain/task.h"
#include "domain/unit.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace dd::documents {

// Everything a paper needs, filled by the caller from the database. The renderer reads
// nothing else, so a paper can be printed from any snapshot (and tested without storage).
struct PaperData
{
    Event event;
    QList<Plan> plans; // both plans; the event's activePlan picks one
    DocumentSettings settings;
    QHash<qint64, Unit> units; // every unit referred to by id below
    QList<EventUnit> eventUnits; // in the order the units should appear
    QList<Attendee> attendees;
    QList<Topic> topics;
    QList<Question> questions;
    QList<AgendaItem> agenda;
    QList<Task> tasks;
    QList<BudgetItem> budget; // the estimate's lines, by position
    QDate issueDate; // "Tây Ninh, ngày 20 tháng 9 năm 2021"; null: left blank to fill by hand
    int number = 0; // the paper's number; 0: "Số:      -GM/TĐTN-VP", filled by hand
    QDate answerBy; // the covering letter asks for answers before this day; null: blank

    // The plan of the event's active kind; the first plan when none has that kind;
    // nullptr when there are no plans.
    const Plan *activePlan() const;
    // The plan of the given kind, or nullptr.
    const Plan *plan(PlanKind kind) const;
    // The unit's name, or an empty string for an unknown id.
    QString unitName(qint64 unitId) const;
    // The unit's part in the event, or nullptr.
    const EventUnit *eventUnit(qint64 unitId) const;
    // Whether the unit is one of the organiser's own (Tỉnh đoàn and its boards).
    bool isOrganiserUnit(qint64 unitId) const;
};

struct PaperOptions
{
    enum class GroupBy { Unit, Role, Topic, Agency };
    // Delegate list / sign-in sheet: Unit or Role. Question summary: Agency (the agency the
    // questions are forwarded to), otherwise by Topic.
    GroupBy groupBy = GroupBy::Unit;
    qint64 unitId = 0; // restrict to one unit (0: all); the covering letter: the agency
    bool onePerUnit = false; // sign-in sheet: a new sheet (new page) for each unit
    QList<qint64> attendeeIds; // person invitations: these persons, in this order (empty: all)
    bool includeDeclined = false; // lists: also those who declined or were replaced
    std::optional<AttendeeRole> role; // badges, place cards, labels: only this role
};

} // namespace dd::documents
