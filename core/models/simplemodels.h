#pragma once

#include "domain/task.h"
#include "models/sessiontablemodel.h"
#include "models/statistics.h"

namespace dd {

// The tasks of the event ("Tổ chức thực hiện"), done state editable in place.
class TaskTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column { OwnerColumn, DescriptionColumn, DueColumn, DoneColumn, ColumnCount };
    explicit TaskTableModel(Session *session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    const Task &task(int row) const { return m_rows.at(row); }

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<Task> m_rows;
    QHash<qint64, QString> m_unitNames;
};

// Per unit: part in the event, quota (editable) and the invitation figures.
class UnitQuotaModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        RoleColumn,
        QuotaColumn,
        CountedColumn,
        ReservesColumn, // reserve delegates, beside what counts against the quota
        InvitedColumn,
        ConfirmedColumn,
        DeclinedColumn,
        CheckedInColumn,
        QuestionsColumn,
        ColumnCount
    };
    explicit UnitQuotaModel(Session *session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_figures.units.at(row).unitId; }
    const EventFigures &figures() const { return m_figures; }

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_figures.units.size()); }
    QStringList headers() const override;

private:
    EventFigures m_figures;
};

// The log of plan switches, newest last.
class PlanSwitchModel : public SessionTableModel
{
    Q_OBJECT
public:
    explicit PlanSwitchModel(Session *session, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<PlanSwitch> m_rows;
};

} // namespace dd
