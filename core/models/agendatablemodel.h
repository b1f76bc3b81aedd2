#pragma once

#include "domain/agendaitem.h"
#include "models/sessiontablemodel.h"

#include <QTime>

namespace dd {

// The programme with clock times computed from the active plan's start time; items of the
// other plan are shown greyed and take no time.
class AgendaTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        TitleColumn,
        OnlineTitleColumn, // the title under the online plan, when it differs
        PresenterColumn,
        DurationColumn,
        ScopeColumn,
        NotesColumn,
        ColumnCount
    };
    explicit AgendaTableModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    qint64 versionAt(int row) const override { return m_rows.at(row).rowVersion; }
    const AgendaItem &item(int row) const { return m_rows.at(row); }
    QList<qint64> ids() const;

    int totalMinutes() const { return m_total; }
    QTime startTime() const { return m_start; }
    QTime endTime() const;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Moves one item to a new position through the undo stack (keyboard and drag and drop).
    bool moveItem(int from, int to);

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<AgendaItem> m_rows;
    QHash<qint64, QTime> m_starts; // by id; none for items not in the active plan
    PlanKind m_plan = PlanKind::InPerson;
    QTime m_start;
    int m_total = 0;
};

} // namespace dd
