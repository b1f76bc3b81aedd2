#pragma once

#include "domain/question.h"
#include "models/sessiontablemodel.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace dd {

class QuestionTableModel : public SessionTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrderColumn,
        UnitColumn,
        SubmitterColumn,
        KindColumn,
        TopicColumn,
        TextColumn,
        ReceivedColumn,
        ChannelColumn,
        StatusColumn,
        AgencyColumn,
        AnswerColumn,
        NoteColumn,
        ColumnCount
    };
    explicit QuestionTableModel(Session *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    qint64 idAt(int row) const override { return m_rows.at(row).id; }
    qint64 versionAt(int row) const override { return m_rows.at(row).rowVersion; }
    const Question &question(int row) const { return m_rows.at(row); }
    QString searchText(int row) const { return m_search.value(idAt(row)); }
    // What a search looks in, folded: text, asker, unit (as the list names it), answer, note.
    // The command line's `list questions --search` uses it too.
    static QString searchTextOf(const Question &q, const QString &unitName);

protected:
    void load() override;
    void applyChanges(const ChangeSet &changes) override;
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;

private:
    // The event's questions as they are now, with what is worked out from them (by id).
    QList<Question> read();

    QList<Question> m_rows;
    QHash<qint64, QString> m_search;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_topicTitles;
    QHash<qint64, QString> m_topicFull;
    QHash<qint64, QString> m_alsoFrom; // kept question → units of those merged into it
};

class QuestionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuestionFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setUnitFilter(qint64 unitId);
    void setStatusFilter(int status); // -1: all
    void setTopicFilter(qint64 topicId); // -1: all, 0: not classified
    void setKindFilter(int kind); // -1: all
    void setAgencyFilter(qint64 agencyId); // -1: all, 0: not assigned

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_tokens;
    qint64 m_unitId = 0;
    int m_status = -1;
    qint64 m_topicId = -1;
    int m_kind = -1;
    qint64 m_agencyId = -1;
};

} // namespace dd
