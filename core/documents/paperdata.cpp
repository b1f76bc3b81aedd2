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

} // namespace dd::documents
