#pragma once

#include "domain/question.h"
#include "storage/database.h"

#include <QList>
#include <QMap>
#include <optional>

namespace dd {

// Questions of an event and the event's topic list. The question text has a folded twin
// indexed by FTS5 for accent-insensitive search.
class QuestionRepository
{
public:
    explicit QuestionRepository(Database &db);

    QList<Topic> topics(qint64 eventId);
    Result<qint64> insertTopic(const Topic &t);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status updateTopic(const Topic &t, const Topic *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claimTopic(const Topic &row);
    Status removeTopic(qint64 id);

    QList<Question> list(qint64 eventId); // in running order, then received date
    std::optional<Question> get(qint64 id);
    Result<qint64> insert(const Question &q);
    Result<QList<qint64>> insertMany(const QList<Question> &rows);
    // `read`: the row as the edit read it, for the values a refusal shows (RowConflict).
    Status update(const Question &q, const Question *read = nullptr);
    // Before removing: refuses a row another desk changed since `row` was read.
    Status claim(const Question &row);
    Status remove(qint64 id);

    // The event's questions still open (not merged or withdrawn) per sending unit (0: none).
    QMap<qint64, int> openCountsByUnit(qint64 eventId);
    // Ids of the event's questions whose text holds every word of `query` (accents ignored).
    QList<qint64> search(qint64 eventId, const QString &query);

private:
    Database &m_db;
};

} // namespace dd
