#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace dd {

// Plan 1 is held in person in a hall; plan 2 online in a meeting room with a livestream.
enum class PlanKind { InPerson, Online };

QString planKindKey(PlanKind kind); // stored in the database: "in_person" / "online"
PlanKind planKindFromKey(const QString &key);
QString planKindLabel(PlanKind kind); // translated, for the window
QString planKindVietnamese(PlanKind kind); // for printed papers, always Vietnamese

struct Plan
{
    qint64 id = 0;
    qint64 eventId = 0;
    PlanKind kind = PlanKind::InPerson;
    int number = 1; // "Phương án 1" / "Phương án 2"
    QString name;
    QString condition; // when this plan is used
    QString description; // how it is held
    QString venue;
    QString livestreamUrl;
    int capacity = 0; // 0: no limit (the online plan)
    QTime startTime;
    qint64 rowVersion = 0; // the stored row's version (0: never stored), see SqlTable::update
};

struct PlanSwitch
{
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime switchedAt;
    PlanKind from = PlanKind::InPerson;
    PlanKind to = PlanKind::Online;
    QString reason;
};

} // namespace dd
