#include "models/questiontablemodel.h"

#include "edit/commands.h"
#include "text/vietnamese.h"

#include <QLocale>

namespace dd {

QuestionTableModel::QuestionTableModel(Session *session, QObject *parent)
    : SessionTableModel(session,
                        unsigned(Entity::Questions) | unsigned(Entity::Topics) | unsigned(Entity::Units),
                        parent)
{
    load();
}

QStringList QuestionTableModel::headers() const
{
    return {tr("No."),      tr("Unit"),    tr("Asked by"), tr("Kind"),        tr("Topic"),
            tr("Question"), tr("Received"), tr("Channel"), tr("Status"),      tr("Forwarded to"),
            tr("Answer")};
}

void QuestionTableModel::load()
{
    m_unitNames.clear();
    for (const Unit &u : session()->units().list())
        m_unitNames.insert(u.id, u.shortName.isEmpty() ? u.name : u.shortName);
    m_topicTitles.clear();
    for (const Topic &t : session()->questions().topics(session()->eventId()))
        m_topicTitles.insert(t.id, tr("Topic %1").arg(t.position));
    m_rows = session()->questions().list(session()->eventId());
    m_search.clear();
    for (const Question &q : m_rows)
        m_search << text::fold(q.text + QLatin1Char(' ') + q.submitter + QLatin1Char(' ')
                               + m_unitNames.value(q.unitId) + QLatin1Char(' ') + q.answer);
}

QVariant QuestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Question &q = m_rows.at(index.row());
    if (role == IdRole)
        return q.id;
    if (role == SearchRole)
        return m_search.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == TextColumn || index.column() == AnswerColumn))
        return index.column() == TextColumn ? q.text : q.answer;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole)
        return {};
    switch (index.column()) {
    case OrderColumn:
        return index.row() + 1;
    case UnitColumn:
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
        return q.receivedOn.isValid() ? QLocale().toString(q.receivedOn, QLocale::ShortFormat) : QString();
    case ChannelColumn:
        return questionChannelLabel(q.channel);
    case StatusColumn:
        return questionStatusLabel(q.status);
    case AgencyColumn:
        return m_unitNames.value(q.forwardedToUnitId);
    case AnswerColumn:
        return q.answer;
    }
    return {};
}

Qt::ItemFlags QuestionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = SessionTableModel::flags(index);
    if (!session()->isReadOnly()
        && (index.column() == TextColumn || index.column() == SubmitterColumn
            || index.column() == AnswerColumn))
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
    default:
        return false;
    }
    return session()->push(commands::editQuestions(session(), {q}));
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
    m_unitId = unitId;
    invalidateFilter();
}

void QuestionFilterModel::setStatusFilter(int status)
{
    m_status = status;
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
    return text::matchesTokens(m->searchText(sourceRow), m_tokens);
}

} // namespace dd
