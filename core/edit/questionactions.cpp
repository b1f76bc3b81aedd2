#include "edit/questionactions.h"

#include "edit/commands.h"
#include "edit/groupcommand.h"

#include <QCoreApplication>

#include <memory>

namespace dd::questionactions {

namespace {

QList<Question> load(Session *s, const QList<qint64> &ids)
{
    QList<Question> out;
    for (qint64 id : ids)
        if (auto q = s->questions().get(id))
            out << *q;
    return out;
}

} // namespace

QUndoCommand *classify(Session *s, const QList<qint64> &ids, qint64 topicId)
{
    QList<Question> rows = load(s, ids);
    for (Question &q : rows) {
        q.topicId = topicId;
        if (q.status == QuestionStatus::Received && topicId)
            q.status = QuestionStatus::Classified;
        else if (q.status == QuestionStatus::Classified && !topicId)
            q.status = QuestionStatus::Received;
    }
    if (rows.isEmpty())
        return nullptr;
    return commands::editQuestions(s, rows,
                                   QCoreApplication::translate("Questions",
                                                               "classify %n question(s)", nullptr,
                                                               int(rows.size())));
}

QUndoCommand *forward(Session *s, const QList<qint64> &ids, qint64 agencyId, const QDate &date,
                      bool record)
{
    QList<Question> rows = load(s, ids);
    for (Question &q : rows) {
        q.forwardedToUnitId = agencyId;
        if (record) {
            q.forwardedOn = date;
            if (q.status == QuestionStatus::Received || q.status == QuestionStatus::Classified)
                q.status = QuestionStatus::Forwarded;
        } else if (q.status == QuestionStatus::Received && q.topicId) {
            q.status = QuestionStatus::Classified;
        }
    }
    if (rows.isEmpty())
        return nullptr;
    return commands::editQuestions(
        s, rows,
        record ? QCoreApplication::translate("Questions", "forward %n question(s)", nullptr,
                                             int(rows.size()))
               : QCoreApplication::translate("Questions", "assign %n question(s) to an agency",
                                             nullptr, int(rows.size())));
}

QUndoCommand *merge(Session *s, const QList<qint64> &ids, qint64 keepId)
{
    QList<qint64> others = ids;
    others.removeAll(keepId);
    QList<Question> rows = load(s, others);
    // Questions merged earlier into one of these now point at the kept one.
    for (const Question &q : s->questions().list(s->eventId()))
        if (q.duplicateOfId && others.contains(q.duplicateOfId) && !others.contains(q.id))
            rows << q;
    for (Question &q : rows) {
        q.status = QuestionStatus::Merged;
        q.duplicateOfId = keepId;
    }
    if (rows.isEmpty() || !s->questions().get(keepId))
        return nullptr;
    return commands::editQuestions(s, rows,
                                   QCoreApplication::translate("Questions", "merge %n question(s)",
                                                               nullptr, int(others.size())));
}

QUndoCommand *withdraw(Session *s, const QList<qint64> &ids)
{
    QList<Question> rows = load(s, ids);
    for (Question &q : rows)
        q.status = QuestionStatus::Withdrawn;
    if (rows.isEmpty())
        return nullptr;
    return commands::editQuestions(s, rows,
                                   QCoreApplication::translate("Questions",
                                                               "withdraw %n question(s)", nullptr,
                                                               int(rows.size())));
}

QUndoCommand *reorder(Session *s, const QList<qint64> &orderedIds)
{
    QList<Question> rows;
    int order = 1;
    for (qint64 id : orderedIds) {
        auto q = s->questions().get(id);
        if (!q)
            continue;
        if (q->runningOrder != order) {
            q->runningOrder = order;
            rows << *q;
        }
        ++order;
    }
    if (rows.isEmpty())
        return nullptr;
    return commands::editQuestions(s, rows,
                                   QCoreApplication::translate("Questions",
                                                               "reorder %n question(s)", nullptr,
                                                               int(rows.size())));
}

QUndoCommand *recordForwarding(Session *s, const QList<Question> &sent, const QDate &date)
{
    if (sent.isEmpty())
        return nullptr;
    QList<Question> rows = sent;
    for (Question &q : rows) {
        q.status = QuestionStatus::Forwarded;
        q.forwardedOn = date;
    }
    return commands::editQuestions(s, rows,
                                   QCoreApplication::translate("Questions",
                                                               "record %n question(s) as forwarded",
                                                               nullptr, int(rows.size())));
}

namespace {

// The question of saveWithNewAgency, pointed at the agency the step before it added: the
// agency's id is known only once that step has run.
class ForwardToNewAgency : public QUndoCommand
{
public:
    ForwardToNewAgency(Session *s, Question q, QString agencyName, std::optional<Question> read)
        : m_s(s)
        , m_question(std::move(q))
        , m_agencyName(std::move(agencyName))
        , m_read(std::move(read))
    { }
    void redo() override
    {
        if (!m_save) {
            const auto agency = m_s->units().findByName(m_agencyName);
            if (!agency) {
                setObsolete(true);
                return;
            }
            m_question.forwardedToUnitId = agency->id;
            m_save.reset(!m_question.id ? commands::addQuestions(m_s, { m_question })
                             : m_read
                             ? commands::editQuestionsFrom(m_s, { *m_read }, { m_question })
                             : commands::editQuestions(m_s, { m_question }));
        }
        m_save->redo();
        setObsolete(m_save->isObsolete());
    }
    void undo() override
    {
        if (m_save)
            m_save->undo();
    }

private:
    Session *m_s;
    Question m_question;
    QString m_agencyName;
    std::optional<Question> m_read;
    std::unique_ptr<QUndoCommand> m_save;
};

} // namespace

QUndoCommand *saveWithNewAgency(Session *s, const Question &q, const QString &agencyName,
                                const std::optional<Question> &read)
{
    auto *group = new GroupCommand(s,
                                   q.id ? QCoreApplication::translate("Questions", "edit question")
                                        : QCoreApplication::translate("Questions", "add question"));
    Unit agency;
    agency.name = agencyName;
    agency.kind = UnitKind::GuestAgency;
    EventUnit part;
    part.eventId = s->eventId();
    part.role = UnitRole::Guest;
    group->add(commands::addUnit(s, agency, part));
    group->add(new ForwardToNewAgency(s, q, agencyName, read));
    return group;
}

QUndoCommand *answer(Session *s, qint64 id, const QString &answer, const QString &answeredBy,
                     const QDateTime &when)
{
    auto q = s->questions().get(id);
    if (!q)
        return nullptr;
    const QString text = answer.trimmed();
    if (text == q->answer && answeredBy.trimmed() == q->answeredBy)
        return nullptr;
    q->answer = text;
    q->answeredBy = answeredBy.trimmed();
    if (!text.isEmpty()) {
        if (!q->answeredAt.isValid())
            q->answeredAt = when;
        if (q->status != QuestionStatus::Withdrawn && q->status != QuestionStatus::Merged)
            q->status = QuestionStatus::Answered;
    } else if (q->status == QuestionStatus::Answered) {
        q->answeredAt = {};
        q->status = q->forwardedOn.isValid() ? QuestionStatus::Forwarded
            : q->topicId                     ? QuestionStatus::Classified
                                             : QuestionStatus::Received;
    }
    return commands::editQuestions(s, { *q },
                                   QCoreApplication::translate("Questions", "record an answer"));
}

QUndoCommand *setNote(Session *s, qint64 id, const QString &note)
{
    auto q = s->questions().get(id);
    if (!q || q->note == note.trimmed())
        return nullptr;
    q->note = note.trimmed();
    return commands::editQuestions(s, { *q },
                                   QCoreApplication::translate("Questions", "edit a note"));
}

QList<qint64> alsoFromUnits(const QList<Question> &all, qint64 keptId)
{
    qint64 keptUnit = 0;
    for (const Question &q : all)
        if (q.id == keptId)
            keptUnit = q.unitId;
    QList<qint64> units;
    for (const Question &q : all)
        if (q.duplicateOfId == keptId && q.unitId && q.unitId != keptUnit
            && !units.contains(q.unitId))
            units << q.unitId;
    return units;
}

} // namespace dd::questionactions
