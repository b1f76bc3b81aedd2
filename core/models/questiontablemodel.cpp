#include "models/questiontablemodel.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QColor>
#include <QLocale>

namespace dd {

QuestionTableModel::QuestionTableModel(Session *session, QObject *parent)
    : SessionTableModel(
        session, unsigned(Entity::Questions) | unsigned(Entity::Topics) | unsigned(Entity::Units),
        parent)
{
    reload();
}

QStringList QuestionTableModel::headers() const
{
    return { tr("No."),    tr("Unit"),         tr("Asked by"), tr("Kind"),
             tr("Topic"),  tr("Question"),     tr("Received"), tr("Channel"),
             tr("Status"), tr("Forwarded to"), tr("Answer"),   tr("Note") };
}

void QuestionTableModel::load()
{
    m_rows = read();
}

void QuestionTableModel::applyChanges(const ChangeSet &)
{
    syncRows(m_rows, read(), [](const Question &q) { return q.id; });
}

QList<Question> QuestionTableModel::read()
{
    m_unitNames.clear();
    for (const Unit &u : session()->units().list())
        m_unitNames.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);
    m_topicTitles.clear();
    m_topicFull.clear();
    for (const Topic &t : session()->questions().topics(session()->eventId())) {
        m_topicTitles.insert(t.id, tr("Topic %1").arg(t.position));
        m_topicFull.insert(t.id, QStringLiteral("%1. %2").arg(t.position).arg(t.title));
    }
    const QList<Question> rows = session()->questions().list(session()->eventId());
    m_alsoFrom.clear();
    for (const Question &q : rows) {
        QStringList units;
        for (const Question &m : rows)
            if (m.duplicateOfId == q.id && m.unitId && m.unitId != q.unitId
                && !units.contains(m_unitNames.value(m.unitId)))
                units << m_unitNames.value(m.unitId);
        if (!units.isEmpty())
            m_alsoFrom.insert(q.id, units.join(QStringLiteral(", ")));
    }
    m_search.clear();
    for (const Question &q : rows)
        m_search.insert(q.id, searchTextOf(q, m_unitNames.value(q.unitId)));
    return rows;
}

QString QuestionTableModel::searchTextOf(const Question &q, const QString &unitName)
{
    return text::fold(q.text + QLatin1Char(' ') + q.submitter + QLatin1Char(' ') + unitName
                      + QLatin1Char(' ') + q.answer + QLatin1Char(' ') + q.note);
}

QVariant QuestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Question &q = m_rows.at(index.row());
    if (role == IdRole)
        return q.id;
    if (role == SearchRole)
        return m_search.value(q.id);
    if (role == Qt::ToolTipRole
        && (index.column() == TextColumn || index.column() == AnswerColumn
            || index.column() == NoteColumn))
        return index.column() == TextColumn  ? q.text
            : index.column() == AnswerColumn ? q.answer
                                             : q.note;
    if (role == Qt::ToolTipRole && index.column() == TopicColumn)
        return m_topicFull.value(q.topicId);
    if (role == Qt::ForegroundRole
        && (q.status == QuestionStatus::Merged || q.status == QuestionStatus::Withdrawn))
        return QColor(0x70, 0x70, 0x70);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return index.row() + 1;
    case UnitColumn:
        if (const auto also = m_alsoFrom.constFind(q.id);
            also != m_alsoFrom.constEnd() && role != SortRole)
            return tr("%1 (also from: %2)").arg(m_unitNames.value(q.unitId), *also);
        return m_unitNames.value(q.unitId);
    case SubmitterColumn:
        return q.submitter;
    case KindColumn:
        return questionKindLabel(q.kind);
    case TopicColumn:
        return m_topicTitles.value(q.topicId);
    case TextColumn:
        return q.text;
    case ReceivedColumn:
        if (role == SortRole)
            return q.receivedOn;
        return q.receivedOn.isValid()
            ? QLocale().toString(q.receivedOn, QStringLiteral("dd/MM/yyyy"))
            : QString();
    case ChannelColumn:
        return questionChannelLabel(q.channel);
    case StatusColumn:
        if (q.status == QuestionStatus::Merged && q.duplicateOfId && role != SortRole) {
            const int kept = rowOf(q.duplicateOfId);
            if (kept >= 0)
                return tr("Merged into no. %1").arg(kept + 1);
        }
        return questionStatusLabel(q.status);
    case AgencyColumn:
        return m_unitNames.value(q.forwardedToUnitId);
    case AnswerColumn:
        return q.answer;
    case NoteColumn:
        return q.note;
    }
    return {};
}

Qt::ItemFlags QuestionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (!session()->isReadOnly()
        && (index.column() == TextColumn || index.column() == SubmitterColumn
            || index.column() == AnswerColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuestionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Question q = m_rows.at(index.row());
    const QString s = value.toString();
    switch (index.column()) {
    case TextColumn:
        q.text = s;
        break;
    case SubmitterColumn:
        q.submitter = s;
        break;
    case AnswerColumn:
        q.answer = s;
        break;
    case NoteColumn:
        q.note = s;
        break;
    default:
        return false;
    }
    // From the row as the list showed it: a row another desk changed since is refused.
    return session()->push(
        commands::editQuestionsFrom(session(), { m_rows.at(index.row()) }, { q }));
}

QuestionFilterModel::QuestionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionTableModel::SortRole);
}

void QuestionFilterModel::setSearchText(const QString &text)
{
    m_tokens = text::queryTokens(text);
    invalidateFilter();
}

void QuestionFilterModel::setUnitFilter(qint64 unitId)
{
    if (m_unitId == unitId)
        return; // the lists are refilled after every change of units or topics
    m_unitId = unitId;
    invalidateFilter();
}

void QuestionFilterModel::setStatusFilter(int status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void QuestionFilterModel::setTopicFilter(qint64 topicId)
{
    if (m_topicId == topicId)
        return;
    m_topicId = topicId;
    invalidateFilter();
}

void QuestionFilterModel::setKindFilter(int kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void QuestionFilterModel::setAgencyFilter(qint64 agencyId)
{
    if (m_agencyId == agencyId)
        return;
    m_agencyId = agencyId;
    invalidateFilter();
}

bool QuestionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *m = static_cast<const QuestionTableModel *>(sourceModel());
    const Question &q = m->question(sourceRow);
    if (m_unitId && q.unitId != m_unitId)
        return false;
    if (m_status >= 0 && int(q.status) != m_status)
        return false;
    if (m_topicId >= 0 && q.topicId != m_topicId)
        return false;
    if (m_kind >= 0 && int(q.kind) != m_kind)
        return false;
    if (m_agencyId >= 0 && q.forwardedToUnitId != m_agencyId)
        return false;
    return text::matchesTokens(m->searchText(sourceRow), m_tokens);
}

} // namespace dd
