#include "services/sampleevent.h"

#include "storage/agendarepository.h"
#include "storage/attendeerepository.h"
#include "storage/eventrepository.h"
#include "storage/questionrepository.h"
#include "storage/taskrepository.h"
#include "storage/unitrepository.h"
#include "text/vietnamese.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Resources of a static library are registered by hand before first use.
static void initSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace dd {

Result<qint64> createSampleEvent(Database &db)
{
    initSampleResource();
    QFile file(QStringLiteral(":/sample/tayninh-2021.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("Sample", "The sample event is missing from the program."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    auto str = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };

    Transaction t(db);
    EventRepository events(db);
    UnitRepository units(db);
    AttendeeRepository attendees(db);
    QuestionRepository questions(db);
    AgendaRepository agenda(db);
    TaskRepository tasks(db);

    const QJsonObject e = root.value(QLatin1String("event")).toObject();
    Event event;
    event.title = str(e, "title");
    event.organiser = str(e, "organiser");
    event.parentPlanRef = str(e, "parentPlanRef");
    event.schemeRef = str(e, "schemeRef");
    event.introduction = str(e, "introduction");
    event.purpose = str(e, "purpose");
    event.requirements = str(e, "requirements");
    event.content = str(e, "content");
    event.plannedYear = e.value(QLatin1String("plannedYear")).toInt();
    event.plannedMonth = e.value(QLatin1String("plannedMonth")).toInt();
    event.activePlan = planKindFromKey(str(e, "activePlan"));
    event.questionDeadline = QDate::fromString(str(e, "questionDeadline"), Qt::ISODate);
    event.minQuestionsPerHost = e.value(QLatin1String("minQuestionsPerHost")).toInt();
    event.intakeEmail = str(e, "intakeEmail");
    event.intakeContact = str(e, "intakeContact");
    event.intakePhone = str(e, "intakePhone");
    event.closingText = str(e, "closingText");
    // The plan's words, one paragraph per line of the array.
    QStringList planLines;
    for (const QJsonValue &line : e.value(QLatin1String("planText")).toArray())
        planLines << line.toString();
    event.planText = planLines.join(QLatin1Char('\n'));
    const auto eventId = events.insert(event);
    if (!eventId)
        return eventId;

    for (const QJsonValue &v : root.value(QLatin1String("plans")).toArray()) {
        const QJsonObject o = v.toObject();
        Plan p;
        p.eventId = *eventId;
        p.kind = planKindFromKey(str(o, "kind"));
        p.number = o.value(QLatin1String("number")).toInt();
        p.name = str(o, "name");
        p.condition = str(o, "condition");
        p.description = str(o, "description");
        p.venue = str(o, "venue");
        p.livestreamUrl = str(o, "livestreamUrl");
        p.capacity = o.value(QLatin1String("capacity")).toInt();
        if (auto r = events.savePlan(p); !r)
            return Error(r.error());
    }

    QHash<QString, qint64> unitIds;
    for (const QJsonValue &v : root.value(QLatin1String("units")).toArray()) {
        const QJsonObject o = v.toObject();
        Unit u;
        u.name = str(o, "name");
        u.shortName = str(o, "shortName");
        u.kind = unitKindFromKey(str(o, "kind"));
        u.parentId = unitIds.value(str(o, "parent"));
        u.email = str(o, "email");
        u.contactPerson = str(o, "contactPerson");
        u.phone = str(o, "phone");
        qint64 id = 0;
        if (auto existing = units.findByName(u.name)) {
            id = existing->id;
        } else {
            auto r = units.insert(u);
            if (!r)
                return r;
            id = *r;
        }
        unitIds.insert(str(o, "key"), id);
        EventUnit eu;
        eu.eventId = *eventId;
        eu.unitId = id;
        eu.role = unitRoleFromKey(str(o, "role"));
        eu.quota = o.value(QLatin1String("quota")).toInt(-1);
        eu.quotaNote = str(o, "quotaNote");
        if (Status s = units.saveEventUnit(eu); !s)
            return Error(s.error());
    }

    for (const QJsonValue &v : root.value(QLatin1String("attendees")).toArray()) {
        const QJsonObject o = v.toObject();
        Attendee a;
        a.eventId = *eventId;
        const text::NameParts n = text::splitFullName(str(o, "fullName"));
        a.familyName = n.family;
        a.middleName = n.middle;
        a.givenName = n.given;
        a.gender = genderFromKey(str(o, "gender"));
        a.role = attendeeRoleFromKey(str(o, "role"));
        a.unitId = unitIds.value(str(o, "unit"));
        a.position = str(o, "position");
        a.phone = str(o, "phone");
        a.email = str(o, "email");
        a.note = str(o, "note");
        if (auto r = attendees.insert(a); !r)
            return r;
    }

    int position = 0;
    for (const QJsonValue &v : root.value(QLatin1String("topics")).toArray()) {
        if (auto r = questions.insertTopic(Topic { 0, *eventId, ++position, v.toString() }); !r)
            return r;
    }

    position = 0;
    for (const QJsonValue &v : root.value(QLatin1String("agenda")).toArray()) {
        const QJsonObject o = v.toObject();
        AgendaItem item;
        item.eventId = *eventId;
        item.position = ++position;
        item.title = str(o, "title");
        item.onlineTitle = str(o, "onlineTitle");
        item.presenter = str(o, "presenter");
        item.durationMinutes = o.value(QLatin1String("duration")).toInt(0);
        if (auto r = agenda.insert(item); !r)
            return r;
    }

    position = 0;
    for (const QJsonValue &v : root.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        Task task;
        task.eventId = *eventId;
        task.position = ++position;
        task.ownerUnitId = unitIds.value(str(o, "owner"));
        task.ownerLabel = str(o, "ownerLabel");
        task.description = str(o, "description");
        task.dueDate = QDate::fromString(str(o, "dueDate"), Qt::ISODate);
        if (auto r = tasks.insert(task); !r)
            return r;
    }

    const QJsonObject d = root.value(QLatin1String("documents")).toObject();
    DocumentSettings s;
    s.eventId = *eventId;
    s.issuingBodyLine1 = str(d, "issuingBodyLine1");
    s.issuingBodyLine2 = str(d, "issuingBodyLine2");
    s.partyLine = str(d, "partyLine");
    s.placeName = str(d, "placeName");
    s.signerCapacity = str(d, "signerCapacity");
    s.signerTitle = str(d, "signerTitle");
    s.signerName = str(d, "signerName");
    s.contactLine = str(d, "contactLine");
    s.whatToBring = str(d, "whatToBring");
    for (const QJsonValue &r : d.value(QLatin1String("recipients")).toArray())
        s.recipients << r.toString();
    const QJsonObject numbering = d.value(QLatin1String("numbering")).toObject();
    for (auto it = numbering.begin(); it != numbering.end(); ++it)
        s.numbering.insert(paperKindFromKey(it.key()),
                           PaperNumbering { it.value().toString(), 1, {}, {} });
    if (Status st = events.saveDocumentSettings(s); !st)
        return Error(st.error());

    if (!t.commit())
        return Error(db.lastError());
    return eventId;
}

} // namespace dd
