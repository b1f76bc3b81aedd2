#include "services/questionprogress.h"

#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dd {

namespace {

void count(StatusCounts &c, QuestionStatus s)
{
    switch (s) {
    case QuestionStatus::Received:
    case QuestionStatus::Classified:
        ++c.waiting;
        break;
    case QuestionStatus::Forwarded:
        ++c.forwarded;
        break;
    case QuestionStatus::Answered:
        ++c.answered;
        break;
    case QuestionStatus::Withdrawn:
    case QuestionStatus::Merged:
        break;
    }
}

} // namespace

QuestionProgress computeQuestionProgress(Session &session, const QDate &today)
{
    QuestionProgress p;
    const auto event = session.event();
    if (!event)
        return p;
    p.deadline = event->questionDeadline;
    p.required = event->minQuestionsPerHost;
    // The sample's 2021 deadline is past by design: no alarm for it.
    p.deadlinePassed = p.deadline.isValid() && today > p.deadline && !event->sample;

    const QList<Question> questions = session.questions().list(event->id);
    QHash<qint64, int> perUnit;
    for (const Question &q : questions)
        if (q.status != QuestionStatus::Merged && q.status != QuestionStatus::Withdrawn) {
            ++perUnit[q.unitId];
            ++p.open;
        }

    for (const EventUnit &eu : session.units().eventUnits(event->id)) {
        if (eu.role != UnitRole::Host)
            continue;
        const auto unit = session.units().get(eu.unitId);
        HostProgress h;
        h.unitId = eu.unitId;
        h.unitName = unit ? unit->name : QString();
        h.received = perUnit.value(eu.unitId);
        h.required = p.required;
        h.late = h.behind() && p.deadlinePassed;
        p.hosts << h;
    }

    QHash<qint64, int> topicIndex;
    for (const Topic &t : session.questions().topics(event->id)) {
        topicIndex.insert(t.id, int(p.topics.size()));
        p.topics << StatusCounts { t.id, QStringLiteral("%1. %2").arg(t.position).arg(t.title), 0,
                                   0, 0 };
    }
    StatusCounts noTopic { 0, QCoreApplication::translate("Questions", "(no topic)"), 0, 0, 0 };
    QHash<qint64, StatusCounts> agencies;
    for (const Question &q : questions) {
        if (q.status == QuestionStatus::Merged || q.status == QuestionStatus::Withdrawn)
            continue;
        if (auto it = topicIndex.constFind(q.topicId); q.topicId && it != topicIndex.constEnd())
            count(p.topics[*it], q.status);
        else
            count(noTopic, q.status);
        if (q.forwardedToUnitId) {
            auto it = agencies.find(q.forwardedToUnitId);
            if (it == agencies.end()) {
                const auto unit = session.units().get(q.forwardedToUnitId);
                it = agencies.insert(
                    q.forwardedToUnitId,
                    StatusCounts { q.forwardedToUnitId, unit ? unit->name : QString(), 0, 0, 0 });
            }
            count(*it, q.status);
        }
    }
    if (noTopic.total() > 0)
        p.topics << noTopic;
    p.agencies = agencies.values();
    std::sort(p.agencies.begin(), p.agencies.end(),
              [](const StatusCounts &a, const StatusCounts &b) {
                  return text::compare(a.label, b.label) < 0;
              });
    return p;
}

} // namespace dd
