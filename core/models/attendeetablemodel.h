#pragma once

#include "domain/attendee.h"
#include "models/sessiontablemodel.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

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
        WorkplaceColumn,
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
    qint64 idAt(int row) const override { return m_rows.at(row).a.id; }
    qint64 versionAt(int row) const override { return m_rows.at(row).a.rowVersion; }

    const Attendee &attendee(int row) const { return m_rows.at(row).a; }
    // The folded text the search box looks in: the person's and their unit's.
    QString searchText(int row) const;
    QString unitName(qint64 unitId) const { return m_unitNames.value(unitId); }

    // For the filter: the two parts of searchText() as folded UTF-8. A query word (which holds
    // no space) begins a word of searchText() when it begins one of either part.
    QByteArrayView personSearchText(int row) const
    {
        const Row &r = m_rows.at(row);
        return QByteArrayView(m_search).sliced(r.searchAt, r.searchLength);
    }
    QByteArrayView unitSearchText(qint64 unitId) const;
    const QHash<qint64, QByteArray> &unitSearchTexts() const { return m_unitSearch; }

    // For sorting a column: one number per row whose order is the order of SortRole.
    QList<qint64> sortKeys(int column) const;

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    // A person and where their folded search text lies in m_search.
    struct Row
    {
        Attendee a;
        qint32 searchAt = 0;
        qint32 searchLength = 0;
    };
    Row makeRow(Attendee a);
    void loadUnits();
    // Rereads the people `ids` (or everyone, with none) and updates their rows.
    void refreshPeople(const std::optional<QSet<qint64>> &ids);
    bool inOrder(const Attendee &a, const Attendee &b) const;
    QString text(const Attendee &a, int column, int role) const;
    QString replacedName(qint64 id) const;

    QList<Row> m_rows;
    // The folded texts (UTF-8), appended as people are read; compacted when mostly stale.
    QByteArray m_search;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QByteArray> m_unitSearch; // folded name and short name, UTF-8
};

// Search and filters of the attendee list: one search box (accents and case ignored) and
// unit, role, invitation status and checked-in filters; sorting by any column. A flat proxy
// over AttendeeTableModel that filters and sorts 100,000 rows from precomputed data: the
// order of the current sort is kept, and a filter walks it once.
class AttendeeFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class CheckedIn { Any, Yes, No };

    explicit AttendeeFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setSearchText(const QString &text);
    void setUnitFilter(qint64 unitId); // 0: all units
    static constexpr int kReservesOnly = 100; // the role filter that shows the reserves alone
    void setRoleFilter(int role); // -1: all, kReservesOnly, else int(AttendeeRole)
    void setStatusFilter(int status); // -1: all, else int(InvitationStatus)
    void setCheckedInFilter(CheckedIn c);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    void sourceReset();
    // The source changed (rows, order or contents): the visible rows are worked out again
    // and the view told what moved, left or arrived, keeping its selection.
    void resync();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void rebuildOrder();
    void applyFilter(); // m_visible and m_proxyRow from m_order
    void refilter();
    // m_visible and m_proxyRow from m_visibleIds and the source as it is now.
    void mapIds();

    AttendeeTableModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_connections;

    QList<int> m_order; // source rows in the current sort
    QList<int> m_visible; // the rows of m_order that pass the filter: proxy row → source row
    QList<qint64> m_visibleIds; // the same rows by id, which survive changes of the source
    QList<int> m_proxyRow; // source row → proxy row, -1 when filtered out
    QHash<int, QList<qint64>> m_sortKeys; // per column, until the source changes

    QList<QByteArray> m_tokens;
    qint64 m_unitId = 0;
    int m_role = -1;
    int m_status = -1;
    CheckedIn m_checkedIn = CheckedIn::Any;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace dd
