#include "documents/paperdata.h"

namespace dd::documents {

const Plan *PaperData::activePlan() const
{
    if (const Plan *p = plan(event.activePlan))
        return p;
    return plans.isEmpty() ? nullptr : &plans.first();
}

const Plan *PaperData::plan(PlanKind kind) const
{
    for (const Plan &p : plans)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

QString PaperData::unitName(qint64 unitId) const
{
    const auto it = units.constFind(unitId);
    return it == units.constEnd() ? QString() : it->name;
}

const EventUnit *PaperData::eventUnit(qint64 unitId) const
{
    for (const EventUnit &eu : eventUnits)
        if (eu.unitId == unitId)
            return &eu;
    return nullptr;
}

bool PaperData::isOrganiserUnit(qint64 unitId) const
{
    // A board of the organiser may have no part of its own: its parents decide (a few
    // levels, so that a loop in the directory cannot hang the paper).
    for (int level = 0; level < 8 && unitId != 0; ++level) {
        if (const EventUnit *eu = eventUnit(unitId))
            return eu->role == UnitRole::Organiser;
        const auto it = units.constFind(unitId);
        unitId = it == units.constEnd() ? 0 : it->parentId;
    }
    return false;
}

} // namespace dd::documents
