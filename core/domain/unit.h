#pragma once

#include <QString>

namespace dd {

enum class UnitKind {
    Provincial, // Tỉnh đoàn and its boards
    District, // huyện, thị, thành đoàn
    Affiliated, // đoàn trực thuộc
    Branch, // chi đoàn, chi hội
    GuestAgency, // cơ quan, ban ngành khách mời
    Press, // cơ quan thông tin, báo chí
    Other
};

QString unitKindKey(UnitKind kind);
UnitKind unitKindFromKey(const QString &key);
QString unitKindLabel(UnitKind kind);

struct Unit
{
    qint64 id = 0;
    QString name;
    QString shortName;
    UnitKind kind = UnitKind::Other;
    qint64 parentId = 0;
    QString email;
    QString contactPerson;
    QString phone;

    // The row_version the record was read with (0: never stored); an edit writes only over it.
    qint64 rowVersion = 0;
};

// A unit's part in one event.
enum class UnitRole { Organiser, Host, Guest, Participant, Press };
QString unitRoleKey(UnitRole role);
UnitRole unitRoleFromKey(const QString &key);
QString unitRoleLabel(UnitRole role);

struct EventUnit
{
    qint64 eventId = 0;
    qint64 unitId = 0;
    UnitRole role = UnitRole::Participant;
    int quota = -1; // seats; -1 when no quota is set
    QString quotaNote; // "đồng chí trong Ban Chấp hành các Chi đoàn, Chi hội"
    int position = 0; // order in the event's list of units (0: new, goes last)
    qint64 rowVersion = 0; // the stored row's version (0: never stored), see SqlTable::update
};

} // namespace dd
