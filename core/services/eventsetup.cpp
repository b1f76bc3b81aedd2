#include "services/eventsetup.h"

#include "storage/agendarepository.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/unitrepository.h"

namespace dd {

namespace {

// The rows of another event as new rows of event `eventId`, in the same order.
template<typename T, typename Insert>
Status copyRows(QList<T> rows, qint64 eventId, Insert insert)
{
    for (T &row : rows) {
        row.id = 0;
        row.eventId = eventId;
        if (auto r = insert(row); !r)
            return Error(r.error());
    }
    return {};
}

} // namespace

Result<qint64> createEvent(Database &db, Event event, qint64 copyFrom)
{
    Transaction t(db);
    EventRepository events(db);
    UnitRepository units(db);
    QuestionRepository questions(db);
    AgendaRepository agenda(db);
    event.id = 0;
    if (copyFrom) {
        // The model's words (the plan's text above all) unless the new event has its own.
        if (const auto model = events.get(copyFrom)) {
            const auto keep = [](QString &mine, const QString &theirs) {
                if (mine.trimmed().isEmpty())
                    mine = theirs;
            };
            keep(event.organiser, model->organiser);
            keep(event.parentPlanRef, model->parentPlanRef);
            keep(event.schemeRef, model->schemeRef);
            keep(event.introduction, model->introduction);
            keep(event.purpose, model->purpose);
            keep(event.requirements, model->requirements);
            keep(event.content, model->content);
            keep(event.closingText, model->closingText);
            keep(event.planText, model->planText);
            keep(event.intakeEmail, model->intakeEmail);
            keep(event.intakeContact, model->intakeContact);
            keep(event.intakePhone, model->intakePhone);
            if (event.minQuestionsPerHost == 0)
                event.minQuestionsPerHost = model->minQuestionsPerHost;
        }
    }
    auto id = events.insert(event);
    if (!id)
        return id;
    if (copyFrom) {
        if (Status s = copyRows(events.plans(copyFrom), *id,
                                [&](const Plan &p) { return events.savePlan(p); });
            !s)
            return Error(s.error());
        for (EventUnit eu : units.eventUnits(copyFrom)) {
            eu.eventId = *id;
            if (Status s = units.saveEventUnit(eu); !s)
                return Error(s.error());
        }
        if (Status s = copyRows(questions.topics(copyFrom), *id,
                                [&](const Topic &t) { return questions.insertTopic(t); });
            !s)
            return Error(s.error());
        if (Status s = copyRows(agenda.list(copyFrom), *id,
                                [&](const AgendaItem &i) { return agenda.insert(i); });
            !s)
            return Error(s.error());
        DocumentSettings s = events.documentSettings(copyFrom);
        s.eventId = *id;
        // Numbers and signing dates belong to the old event's papers.
        for (auto it = s.numbering.begin(); it != s.numbering.end(); ++it) {
            it->nextNumber = 1;
            it->signedOn = {};
            it->answerBy = {};
        }
        if (Status st = events.saveDocumentSettings(s); !st)
            return Error(st.error());
    } else {
        for (PlanKind kind : { PlanKind::InPerson, PlanKind::Online }) {
            Plan p;
            p.eventId = *id;
            p.kind = kind;
            p.number = kind == PlanKind::InPerson ? 1 : 2;
            if (auto r = events.savePlan(p); !r)
                return r;
        }
        DocumentSettings s;
        s.eventId = *id;
        if (Status st = events.saveDocumentSettings(s); !st)
            return Error(st.error());
    }
    if (!t.commit())
        return Error(db.lastError());
    return id;
}

} // namespace dd
