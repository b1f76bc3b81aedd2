#include "domain/schedule.h"

#include <algorithm>

namespace dd {

namespace {
constexpr int kMinutesPerDay = 24 * 60;
}

QList<AgendaSlot> computeSchedule(const QList<AgendaItem> &items, PlanKind plan, QTime start)
{
    QList<AgendaItem> applying;
    applying.reserve(items.size());
    for (const AgendaItem &item : items)
        if (planScopeApplies(item.scope, plan))
            applying << item;
    std::stable_sort(
        applying.begin(), applying.end(),
        [](const AgendaItem &a, const AgendaItem &b) { return a.position < b.position; });

    QList<AgendaSlot> placed;
    placed.reserve(applying.size());
    const bool timed = start.isValid();
    // Minutes since midnight of the first day; never wraps, so days can be told apart.
    int at = timed ? start.hour() * 60 + start.minute() : 0;
    for (const AgendaItem &item : applying) {
        const int duration = std::max(0, item.durationMinutes);
        AgendaSlot slot;
        slot.item = item;
        const int end = at + duration;
        if (timed) {
            slot.start = QTime(0, 0).addSecs((at % kMinutesPerDay) * 60);
            slot.end = QTime(0, 0).addSecs((end % kMinutesPerDay) * 60);
            slot.startDay = at / kMinutesPerDay;
            slot.crossesMidnight = duration > 0 && (end - 1) / kMinutesPerDay != slot.startDay;
        }
        placed << slot;
        at = end;
    }
    return placed;
}

QString clockVietnamese(QTime t)
{
    if (!t.isValid())
        return {};
    return QStringLiteral("%1 giờ %2")
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString slotVietnamese(const AgendaSlot &slot)
{
    if (!slot.start.isValid())
        return {};
    return clockVietnamese(slot.start) + QStringLiteral(" – ") + clockVietnamese(slot.end);
}

int scheduleMinutes(const QList<AgendaSlot> &placed)
{
    int total = 0;
    for (const AgendaSlot &s : placed)
        total += std::max(0, s.item.durationMinutes);
    return total;
}

} // namespace dd
