#pragma once

#include "domain/budgetitem.h"
#include "models/sessiontablemodel.h"

namespace dd {

// The budget estimate, one row per line, with the two plans side by side: a line's amount
// shows under each plan it belongs to, and the tick in that column moves it in or out.
class BudgetTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        SectionColumn,
        ContentColumn,
        MeasureColumn,
        QuantityColumn,
        PriceColumn,
        InPersonColumn, // the amount under plan 1, ticked when the line belongs to it
        OnlineColumn,
        ActualColumn, // spent, entered after the day
        NoteColumn,
        ColumnCount
    };
    explicit BudgetTableModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    qint64 versionAt(int row) const override { return m_rows.at(row).rowVersion; }
    const BudgetItem &item(int row) const { return m_rows.at(row); }
    const QList<BudgetItem> &items() const { return m_rows; }

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    QList<BudgetItem> m_rows;
};

} // namespace dd
