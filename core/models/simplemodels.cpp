#include "models/simplemodels.h"

#include "edit/commands.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace dd {

TaskTableModel::TaskTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Tasks) | unsigned(Entity::Units), parent)
{
    reload();
}

QStringList TaskTableModel::headers() const
{
    return { tr("Owner"), tr("Task"), tr("Due"), tr("Done") };
}

void TaskTableModel::load()
{
    m_unitNames.clear();
    for (const Unit &u : session()->units().list())
        m_unitNames.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);
    m_rows = session()->tasks().list(session()->eventId());
}

void TaskTableModel::applyChanges(const ChangeSet &)
{
    QList<Task> rows = m_rows;
    load();
    std::swap(rows, m_rows);
    syncRows(m_rows, rows, [](const Task &t) { return t.id; });
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Task &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::CheckStateRole && index.column() == DoneColumn)
        return t.done ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return t.description;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case OwnerColumn:
        return t.ownerUnitId ? m_unitNames.value(t.ownerUnitId) : t.ownerLabel;
    case DescriptionColumn:
        return t.description;
    case DueColumn:
        return t.dueDate.isValid() ? t.dueDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case DoneColumn:
        return {};
    }
    return {};
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (session()->isReadOnly())
        return f;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == OwnerColumn || index.column() == DescriptionColumn
        || index.column() == DueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Task t = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == DoneColumn) {
        t.done = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == OwnerColumn) {
        // Who does it: a unit of the directory when its name is typed as shown, otherwise
        // the words typed ("Các huyện, thị, thành đoàn").
        const QString owner = value.toString().simplified();
        if (owner == data(index, Qt::EditRole).toString())
            return true;
        t.ownerUnitId = m_unitNames.key(owner, 0);
        t.ownerLabel = t.ownerUnitId ? QString() : owner;
    } else if (role == Qt::EditRole && index.column() == DescriptionColumn) {
        t.description = value.toString();
    } else if (role == Qt::EditRole && index.column() == DueColumn) {
        const QString s = value.toString().trimmed();
        const QDate d = QDate::fromString(s, QStringLiteral("d/M/yyyy"));
        if (!s.isEmpty() && !d.isValid()) {
            session()->reportError(
                tr("“%1” is not a date; write it as day/month/year, for example 30/8/2021.")
                    .arg(s));
            return false;
        }
        t.dueDate = d;
    } else {
        return false;
    }
    return session()->push(commands::editTaskFrom(session(), m_rows.at(index.row()), t));
}

UnitQuotaModel::UnitQuotaModel(Session *session, QObject *parent)
    : SessionTableModel(session,
                        unsigned(Entity::Attendees) | unsigned(Entity::Units)
                            | unsigned(Entity::Plans) | unsigned(Entity::Events)
                            | unsigned(Entity::Questions),
                        parent)
{
    reload();
}

QStringList UnitQuotaModel::headers() const
{
    return { tr("Unit"),    tr("Part"),      tr("Quota"),    tr("Counted"),    tr("Reserves"),
             tr("Invited"), tr("Confirmed"), tr("Declined"), tr("Checked in"), tr("Questions") };
}

void UnitQuotaModel::load()
{
    m_figures = computeFigures(*session());
}

void UnitQuotaModel::applyChanges(const ChangeSet &)
{
    EventFigures next = computeFigures(*session());
    QList<UnitFigures> units = std::move(next.units);
    next.units = m_figures.units;
    m_figures = std::move(next);
    syncRows(m_figures.units, units, [](const UnitFigures &u) { return u.unitId; });
}

QVariant UnitQuotaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.units.size())
        return {};
    const UnitFigures &u = m_figures.units.at(index.row());
    if (role == IdRole)
        return u.unitId;
    if (role == Qt::BackgroundRole && u.overQuota())
        return QBrush(QColor(255, 224, 204));
    if (role == Qt::ToolTipRole && u.overQuota())
        return tr("Over the quota by %1").arg(u.counted - u.quota);
    if (role == Qt::TextAlignmentRole && index.column() >= QuotaColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return u.unitName;
    case RoleColumn:
        return unitRoleLabel(u.role);
    case QuotaColumn:
        return u.quota >= 0 ? QVariant(u.quota)
                            : QVariant(role == Qt::EditRole ? QVariant(0) : QVariant());
    case CountedColumn:
        return u.counted;
    case ReservesColumn:
        return u.reserves;
    case InvitedColumn:
        return u.invited;
    case ConfirmedColumn:
        return u.confirmed;
    case DeclinedColumn:
        return u.declined;
    case CheckedInColumn:
        return u.checkedIn;
    case QuestionsColumn:
        return u.questions;
    }
    return {};
}

Qt::ItemFlags UnitQuotaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (index.column() == QuotaColumn && !session()->isReadOnly()
        && m_figures.units.value(index.row()).unitId != 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool UnitQuotaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != QuotaColumn)
        return false;
    const QString s = value.toString().trimmed();
    bool ok = true;
    const int quota = s.isEmpty() ? -1 : s.toInt(&ok);
    if (!ok || quota < -1) {
        session()->reportError(tr("A quota is a number of seats, for example 22."));
        return false;
    }
    // Over the part as this list showed it: a quota another desk set since is refused.
    const UnitFigures &shown = m_figures.units.at(index.row());
    return session()->push(commands::setQuota(session(), shown.unitId, quota, shown.partVersion));
}

PlanSwitchModel::PlanSwitchModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Plans) | unsigned(Entity::Events), parent)
{
    reload();
}

QStringList PlanSwitchModel::headers() const
{
    return { tr("When"), tr("From"), tr("To"), tr("Reason") };
}

void PlanSwitchModel::load()
{
    m_rows = session()->events().switches(session()->eventId());
}

void PlanSwitchModel::applyChanges(const ChangeSet &)
{
    syncRows(m_rows, session()->events().switches(session()->eventId()),
             [](const PlanSwitch &s) { return s.id; });
}

QVariant PlanSwitchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= m_rows.size())
        return {};
    const PlanSwitch &s = m_rows.at(index.row());
    switch (index.column()) {
    case 0:
        return s.switchedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case 1:
        return planKindLabel(s.from);
    case 2:
        return planKindLabel(s.to);
    case 3:
        return s.reason;
    }
    return {};
}

} // namespace dd
