#pragma once

#include "domain/agendaitem.h"
#include "domain/plan.h"

#include <QList>
#include <QString>
#include <QTime>

namespace dd {

// One programme item on the clock.
struct AgendaSlot
{
    AgendaItem item;
    QTime start; // null when the plan has no start time
    QTime end;
    int startDay = 0; // 0: the day the programme starts, 1: the next day, ...
    bool crossesMidnight = false; // the item itself runs past midnight (23:50–00:10)
};

// The items that apply to the plan (planScopeApplies), in position order, one after the
// other from `start`. Negative durations count as zero. An item ending exactly at midnight
// does not cross it. With a null start time the slots carry null times.
QList<AgendaSlot> computeSchedule(const QList<AgendaItem> &items, PlanKind plan, QTime start);

// "08 giờ 00"; an empty string for a null time.
QString clockVietnamese(QTime t);
// "08 giờ 00 – 08 giờ 10"
QString slotVietnamese(const AgendaSlot &slot);
// Minutes from the start of the first to the end of the last slot.
int scheduleMinutes(const QList<AgendaSlot> &placed);

} // namespace dd
