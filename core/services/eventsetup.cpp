#include "services/eventsetup.h"

#include "storage/agendarepository.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/unitrepository.h"

namespace dd {

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
        for (Plan p : events.plans(copyFrom)) {
            p.id = 0;
            p.eventId = *id;
            if (auto r = events.savePlan(p); !r)
                return r;
        }
        for (EventUnit eu : units.eventUnits(copyFrom)) {
            eu.eventId = *id;
            if (Status s = units.saveEventUnit(eu); !s)
                return Error(s.error());
        }
        for (Topic topic : questions.topics(copyFrom)) {
            topic.id = 0;
            topic.eventId = *id;
            if (auto r = questions.insertTopic(topic); !r)
                return r;
        }
        for (AgendaItem item : agenda.list(copyFrom)) {
            item.id = 0;
            item.eventId = *id;
            if (auto r = agenda.insert(item); !r)
                return r;
        }
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
