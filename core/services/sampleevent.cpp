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

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &o, const char *key, int missing = 0)
{
    return o.value(QLatin1String(key)).toInt(missing);
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

// The texts of a value, each under its key in the sample.
template<typename T>
void readTexts(const QJsonObject &o, T &into,
               std::initializer_list<std::pair<const char *, QString T::*>> fields)
{
    for (const auto &[key, member] : fields)
        into.*member = str(o, key);
}

// add(object, position) for each object of the array `key`, numbered from 1 in the sample's
// order; the first failure stops it.
template<typename Add>
Status forEachObject(const QJsonObject &root, const char *key, Add add)
{
    int position = 0;
    for (const QJsonValue &v : root.value(QLatin1String(key)).toArray())
        if (Status s = add(v.toObject(), ++position); !s)
            return s;
    return {};
}

template<typename T>
Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(Error(r.error()));
}

} // namespace

Result<qint64> createSampleEvent(Database &db)
{
    initSampleResource();
    QFile file(QStringLiteral(":/sample/tayninh-2021.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("Sample", "The sample event is missing from the program."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    Transaction t(db);
    EventRepository events(db);
    UnitRepository units(db);
    AttendeeRepository attendees(db);
    QuestionRepository questions(db);
    AgendaRepository agenda(db);
    TaskRepository tasks(db);

    const QJsonObject e = root.value(QLatin1String("event")).toObject();
    Event event;
    readTexts(e, event,
              { { "title", &Event::title },
                { "organiser", &Event::organiser },
                { "parentPlanRef", &Event::parentPlanRef },
                { "schemeRef", &Event::schemeRef },
                { "introduction", &Event::introduction },
                { "purpose", &Event::purpose },
                { "requirements", &Event::requirements },
                { "content", &Event::content },
                { "intakeEmail", &Event::intakeEmail },
                { "intakeContact", &Event::intakeContact },
                { "intakePhone", &Event::intakePhone },
                { "closingText", &Event::closingText } });
    event.plannedYear = number(e, "plannedYear");
    event.plannedMonth = number(e, "plannedMonth");
    event.activePlan = planKindFromKey(str(e, "activePlan"));
    event.questionDeadline = date(e, "questionDeadline");
    event.minQuestionsPerHost = number(e, "minQuestionsPerHost");
    event.sample = true;
    // The plan's words, one paragraph per line of the array.
    QStringList planLines;
    for (const QJsonValue &line : e.value(QLatin1String("planText")).toArray())
        planLines << line.toString();
    event.planText = planLines.join(QLatin1Char('\n'));
    const auto eventId = events.insert(event);
    if (!eventId)
        return eventId;

    Status done = forEachObject(root, "plans", [&](const QJsonObject &o, int) {
        Plan p;
        p.eventId = *eventId;
        p.kind = planKindFromKey(str(o, "kind"));
        p.number = number(o, "number");
        readTexts(o, p,
                  { { "name", &Plan::name },
                    { "condition", &Plan::condition },
                    { "description", &Plan::description },
                    { "venue", &Plan::venue },
                    { "livestreamUrl", &Plan::livestreamUrl } });
        p.capacity = number(o, "capacity");
        return statusOf(events.savePlan(p));
    });
    if (!done)
        return Error(done.error());

    QHash<QString, qint64> unitIds;
    done = forEachObject(root, "units", [&](const QJsonObject &o, int) {
        Unit u;
        readTexts(o, u,
                  { { "name", &Unit::name },
                    { "shortName", &Unit::shortName },
                    { "email", &Unit::email },
                    { "contactPerson", &Unit::contactPerson },
                    { "phone", &Unit::phone } });
        u.kind = unitKindFromKey(str(o, "kind"));
        u.parentId = unitIds.value(str(o, "parent"));
        qint64 id = 0;
        if (auto existing = units.findByName(u.name)) {
            id = existing->id;
        } else {
            auto r = units.insert(u);
            if (!r)
                return statusOf(r);
            id = *r;
        }
        unitIds.insert(str(o, "key"), id);
        return units.saveEventUnit(EventUnit { *eventId, id, unitRoleFromKey(str(o, "role")),
                                               number(o, "quota", -1), str(o, "quotaNote") });
    });
    if (!done)
        return Error(done.error());

    done = forEachObject(root, "attendees", [&](const QJsonObject &o, int) {
        Attendee a;
        a.eventId = *eventId;
        const text::NameParts n = text::splitFullName(str(o, "fullName"));
        a.familyName = n.family;
        a.middleName = n.middle;
        a.givenName = n.given;
        a.gender = genderFromKey(str(o, "gender"));
        a.role = attendeeRoleFromKey(str(o, "role"));
        a.unitId = unitIds.value(str(o, "unit"));
        readTexts(o, a,
                  { { "position", &Attendee::position },
                    { "phone", &Attendee::phone },
                    { "email", &Attendee::email },
                    { "note", &Attendee::note } });
        return statusOf(attendees.insert(a));
    });
    if (!done)
        return Error(done.error());

    int topicPosition = 0;
    for (const QJsonValue &v : root.value(QLatin1String("topics")).toArray())
        if (auto r = questions.insertTopic(Topic { 0, *eventId, ++topicPosition, v.toString() });
            !r)
            return r;

    done = forEachObject(root, "agenda", [&](const QJsonObject &o, int position) {
        AgendaItem item;
        item.eventId = *eventId;
        item.position = position;
        readTexts(o, item,
                  { { "title", &AgendaItem::title },
                    { "onlineTitle", &AgendaItem::onlineTitle },
                    { "presenter", &AgendaItem::presenter } });
        item.durationMinutes = number(o, "duration");
        return statusOf(agenda.insert(item));
    });
    if (!done)
        return Error(done.error());

    done = forEachObject(root, "tasks", [&](const QJsonObject &o, int position) {
        Task task;
        task.eventId = *eventId;
        task.position = position;
        task.ownerUnitId = unitIds.value(str(o, "owner"));
        readTexts(o, task,
                  { { "ownerLabel", &Task::ownerLabel }, { "description", &Task::description } });
        task.dueDate = date(o, "dueDate");
        return statusOf(tasks.insert(task));
    });
    if (!done)
        return Error(done.error());

    const QJsonObject d = root.value(QLatin1String("documents")).toObject();
    DocumentSettings s;
    s.eventId = *eventId;
    readTexts(d, s,
              { { "issuingBodyLine1", &DocumentSettings::issuingBodyLine1 },
                { "issuingBodyLine2", &DocumentSettings::issuingBodyLine2 },
                { "partyLine", &DocumentSettings::partyLine },
                { "placeName", &DocumentSettings::placeName },
                { "signerCapacity", &DocumentSettings::signerCapacity },
                { "signerTitle", &DocumentSettings::signerTitle },
                { "signerName", &DocumentSettings::signerName },
                { "contactLine", &DocumentSettings::contactLine },
                { "whatToBring", &DocumentSettings::whatToBring } });
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

Result<qint64> ensureSampleEvent(Database &db)
{
    for (const Event &e : EventRepository(db).list())
        if (e.sample)
            return e.id;
    return createSampleEvent(db);
}

} // namespace dd
