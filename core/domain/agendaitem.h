#pragma once

#include "domain/plan.h"

#include <QString>

namespace dd {

enum class PlanScope { Both, InPersonOnly, OnlineOnly };
QString planScopeKey(PlanScope s);
PlanScope planScopeFromKey(const QString &key);
QString planScopeLabel(PlanScope s);
bool planScopeApplies(PlanScope s, PlanKind plan);

struct AgendaItem
{
    qint64 id = 0;
    qint64 eventId = 0;
    int position = 0;
    QString title;
    QString onlineTitle; // the title under the online plan; empty: the same as `title`
    QString presenter;
    int durationMinutes = 0;
    QString notes;
    PlanScope scope = PlanScope::Both;

    QString titleFor(PlanKind plan) const
    {
        return plan == PlanKind::Online && !onlineTitle.trimmed().isEmpty() ? onlineTitle : title;
    }

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

} // namespace dd
