#include "models/budgettablemodel.h"

#include "domain/inputrules.h"
#include "edit/budgetactions.h"
#include "text/numberwords.h"

namespace dd {

BudgetTableModel::BudgetTableModel(Session *session, QObject *parent)
    : SessionTableModel(session, unsigned(Entity::Budget), parent)
{
    reload();
}

QStringList BudgetTableModel::headers() const
{
    return { tr("Section"),    tr("Content"),        tr("Unit of measure"),
             tr("Quantity"),   tr("Unit price (₫)"), tr("Plan 1 (₫)"),
             tr("Plan 2 (₫)"), tr("Spent (₫)"),      tr("Note") };
}

void BudgetTableModel::load()
{
    m_rows = session()->budget().list(session()->eventId());
}

void BudgetTableModel::applyChanges(const ChangeSet &changes)
{
    const QList<BudgetItem> next = session()->budget().list(session()->eventId());
    const QSet<qint64> changed = changes.ids(Entity::Budget);
    syncRows(
        m_rows, next, [](const BudgetItem &b) { return b.id; },
        changes.allRows(Entity::Budget) ? nullptr : &changed);
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BudgetItem &b = m_rows.at(index.row());
    const int column = index.column();
    if (role == IdRole)
        return b.id;
    const bool planColumn = column == InPersonColumn || column == OnlineColumn;
    const PlanKind kind = column == OnlineColumn ? PlanKind::Online : PlanKind::InPerson;
    if (role == Qt::CheckStateRole && planColumn)
        return b.appliesTo(kind) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && column >= QuantityColumn && column <= ActualColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && planColumn)
        return tr("Tick to count this line in the plan's estimate");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const auto money = [edit](qint64 v) {
        return edit ? QString::number(v) : text::groupedNumber(v);
    };
    switch (column) {
    case SectionColumn:
        return b.section;
    case ContentColumn:
        return b.content;
    case MeasureColumn:
        return b.measure;
    case QuantityColumn:
        return text::thousandthsText(b.quantityMilli, !edit);
    case PriceColumn:
        return money(b.unitPrice);
    case InPersonColumn:
    case OnlineColumn:
        return b.appliesTo(kind) ? money(b.amount()) : QString();
    case ActualColumn:
        return b.actualAmount ? money(*b.actualAmount) : QString();
    case NoteColumn:
        return b.note;
    }
    return {};
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (!index.isValid() || session()->isReadOnly())
        return f;
    if (index.column() == InPersonColumn || index.column() == OnlineColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    BudgetItem b = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == InPersonColumn || column == OnlineColumn)) {
        const bool on = value.toInt() == Qt::Checked;
        bool inPerson = b.appliesTo(PlanKind::InPerson);
        bool online = b.appliesTo(PlanKind::Online);
        (column == InPersonColumn ? inPerson : online) = on;
        if (!inPerson && !online) {
            session()->reportError(
                tr("A line belongs to at least one plan; delete it if neither needs it."));
            return false;
        }
        b.plans = inPerson && online ? BudgetPlans::Both
            : inPerson               ? BudgetPlans::InPerson
                                     : BudgetPlans::Online;
        return session()->push(budgetactions::editItemFrom(session(), m_rows.at(index.row()), b));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    const auto amount = [&](qint64 *to) {
        const auto v = inputrules::readAmount(text);
        if (!v) {
            session()->reportError(
                tr("“%1” is not an amount: type a whole number, such as 12500000 or "
                   "12.500.000.")
                    .arg(text));
            return false;
        }
        *to = *v;
        return true;
    };
    switch (column) {
    case SectionColumn:
        b.section = text;
        break;
    case ContentColumn:
        b.content = text;
        break;
    case MeasureColumn:
        b.measure = text;
        break;
    case QuantityColumn: {
        const Result<qint64> q = inputrules::readQuantity(text);
        if (!q) {
            session()->reportError(q.error());
            return false;
        }
        b.quantityMilli = *q;
        break;
    }
    case PriceColumn:
        if (!amount(&b.unitPrice))
            return false;
        break;
    case ActualColumn:
        if (text.trimmed().isEmpty()) {
            b.actualAmount.reset();
        } else {
            qint64 spent = 0;
            if (!amount(&spent))
                return false;
            b.actualAmount = spent;
        }
        break;
    case NoteColumn:
        b.note = text;
        break;
    default:
        return false;
    }
    return session()->push(budgetactions::editItemFrom(session(), m_rows.at(index.row()), b));
}

} // namespace dd
