#pragma once

#include "domain/attendee.h"
#include "models/sessiontablemodel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace dd {

// The people of the current event, in Vietnamese name order.
class AttendeeTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GenderColumn,
        BirthYearColumn,
        PositionColumn,
        UnitColumn,
        PhoneColumn,
        EmailColumn,
        RoleColumn,
        StatusColumn,
        CheckedInColumn,
        NoteColumn,
        ColumnCount
    };

    explicit AttendeeTableModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

    const Attendee &attendee(int row) const { return m_rows.at(row); }
    const QString &searchText(int row) const { return m_search.at(row); }
    QString unitName(qint64 unitId) const { return m_unitNames.value(unitId); }

protected:
    void load() override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<Attendee> m_rows;
    QList<QString> m_search; // attendee's folded text + unit's folded name
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_names; // id → full name, for "replaces …"
};

// Search and filters of the attendee list: one search box (accents and case ignored) and
// unit, role, invitation status and checked-in filters.
class AttendeeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class CheckedIn { Any, Yes, No };

    explicit AttendeeFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setUnitFilter(qint64 unitId); // 0: all units
    void setRoleFilter(int role); // -1: all, else int(AttendeeRole)
    void setStatusFilter(int status); // -1: all, else int(InvitationStatus)
    void setCheckedInFilter(CheckedIn c);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_tokens;
    qint64 m_unitId = 0;
    int m_role = -1;
    int m_status = -1;
    CheckedIn m_checkedIn = CheckedIn::Any;
};

} // namespace dd
