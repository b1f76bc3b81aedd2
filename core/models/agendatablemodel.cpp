#include "models/agendatablemodel.h"

#include "domain/schedule.h"
#include "edit/commands.h"

#include <QColor>
#include <QMimeData>

namespace dd {

namespace {
const QString kMime = QStringLiteral("application/x-dialoguedesk-agenda-row");
}

AgendaTableModel::AgendaTableModel(Session *session, QObject *parent)
    : SessionTableModel(
        session, unsigned(Entity::Agenda) | unsigned(Entity::Plans) | unsigned(Entity::Events),
        parent)
{
    reload();
}

QStringList AgendaTableModel::headers() const
{
    return { tr("Time"),  tr("Item"), tr("Item (online plan)"), tr("Presenter"), tr("Minutes"),
             tr("Plans"), tr("Notes") };
}

void AgendaTableModel::applyChanges(const ChangeSet &)
{
    // The clock times are worked out for the new list, then the rows follow it.
    QList<AgendaItem> rows = m_rows;
    load();
    std::swap(rows, m_rows);
    syncRows(m_rows, rows, [](const AgendaItem &i) { return i.id; });
}

void AgendaTableModel::load()
{
    m_rows = session()->agenda().list(session()->eventId());
    m_plan = session()->activePlan();
    const auto plan = session()->events().plan(session()->eventId(), m_plan);
    m_start = plan ? plan->startTime : QTime();
    m_starts.clear();
    // The same arithmetic as the printed programme.
    const QList<AgendaSlot> placed = computeSchedule(m_rows, m_plan, m_start);
    for (const AgendaSlot &slot : placed)
        m_starts.insert(slot.item.id, slot.start);
    m_total = scheduleMinutes(placed);
}

QTime AgendaTableModel::endTime() const
{
    return m_start.isValid() ? m_start.addSecs(m_total * 60) : QTime();
}

QList<qint64> AgendaTableModel::ids() const
{
    QList<qint64> out;
    for (const AgendaItem &i : m_rows)
        out << i.id;
    return out;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AgendaItem &i = m_rows.at(index.row());
    const bool applies = planScopeApplies(i.scope, m_plan);
    if (role == IdRole)
        return i.id;
    if (role == Qt::ForegroundRole && !applies)
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole && !applies)
        return tr("Not part of the active plan");
    if (role == RawRole && index.column() == ScopeColumn)
        return int(i.scope);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QTime s = m_starts.value(i.id);
        if (!applies || !s.isValid())
            return applies ? QString() : tr("(other plan)");
        return QStringLiteral("%1 – %2").arg(
            s.toString(QStringLiteral("HH:mm")),
            s.addSecs(i.durationMinutes * 60).toString(QStringLiteral("HH:mm")));
    }
    case TitleColumn:
        return i.title;
    case OnlineTitleColumn:
        return i.onlineTitle;
    case PresenterColumn:
        return i.presenter;
    case DurationColumn:
        return i.durationMinutes;
    case ScopeColumn:
        return planScopeLabel(i.scope);
    case NotesColumn:
        return i.notes;
    }
    return {};
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsDragEnabled;
    if (!session()->isReadOnly() && index.column() != TimeColumn && index.column() != ScopeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    AgendaItem i = m_rows.at(index.row());
    switch (index.column()) {
    case TitleColumn:
        i.title = value.toString();
        break;
    case OnlineTitleColumn:
        i.onlineTitle = value.toString();
        break;
    case PresenterColumn:
        i.presenter = value.toString();
        break;
    case DurationColumn: {
        bool ok = false;
        const int minutes = value.toString().trimmed().toInt(&ok);
        if (!ok) {
            session()->reportError(tr("The duration is a number of minutes, for example 15."));
            return false;
        }
        i.durationMinutes = minutes;
        break;
    }
    case NotesColumn:
        i.notes = value.toString();
        break;
    default:
        return false;
    }
    return session()->push(commands::editAgendaItemFrom(session(), m_rows.at(index.row()), i));
}

QStringList AgendaTableModel::mimeTypes() const
{
    return { kMime };
}

QMimeData *AgendaTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool AgendaTableModel::dropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                    const QModelIndex &parent)
{
    if (!data || !data->hasFormat(kMime))
        return false;
    const int from = data->data(kMime).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_rows.size()));
    if (to > from)
        --to; // the row leaves its place before it is inserted
    moveItem(from, to);
    return false; // the model reloads itself; the view must not remove the source row
}

bool AgendaTableModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return false;
    const QList<qint64> before = ids();
    QList<qint64> after = before;
    after.move(from, to);
    return session()->push(commands::reorderAgenda(session(), before, after));
}

} // namespace dd
