#include "storage/attendeerepository.h"

#include "storage/emailrule.h"

#include "domain/inputrules.h"
#include "storage/sqltable.h"
#include "text/vietnamese.h"

#include "util/logging.h"
#include "util/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace dd {

namespace {

using Prepared = AttendeeRepository::Prepared;
using Column = TableColumn<Attendee, Prepared>;

// The attendees table, for every reader and writer: a column is one line here (and a
// migration). The derived columns are written from what prepare() computed.
const SqlTable<Attendee, Prepared> &attendees()
{
    static const SqlTable<Attendee, Prepared> table(
        QStringLiteral("attendees"),
        {
            Column::key<&Attendee::id>("id"),
            Column::integer<&Attendee::eventId>("event_id"),
            Column::text<&Attendee::familyName, Tidy::Line>("family_name"),
            Column::text<&Attendee::middleName, Tidy::Line>("middle_name"),
            Column::text<&Attendee::givenName, Tidy::Line>("given_name"),
            Column::derived<&Prepared::foldedName>("name_folded"),
            Column::bytes<&Prepared::sortKey, &Attendee::nameSortKey>("name_sort_key"),
            Column::derived<&Prepared::search>("search_folded"),
            Column::enumKey<&Attendee::gender, genderKey, genderFromKey>("gender"),
            Column::integer<&Attendee::birthYear>("birth_year"),
            Column::text<&Attendee::position, Tidy::Line>("position"),
            Column::reference<&Attendee::unitId>("unit_id"),
            Column::text<&Attendee::phone, Tidy::Phone>("phone"),
            Column::text<&Attendee::email, Tidy::Trim>("email"),
            Column::enumKey<&Attendee::role, attendeeRoleKey, attendeeRoleFromKey>("role"),
            Column::enumKey<&Attendee::status, invitationStatusKey, invitationStatusFromKey>(
                "invitation_status"),
            Column::date<&Attendee::invitedOn>("invited_on"),
            Column::date<&Attendee::respondedOn>("responded_on"),
            Column::reference<&Attendee::substituteForId>("substitute_for_id"),
            Column::dateTime<&Attendee::checkedInAt>("checked_in_at"),
            Column::flag<&Attendee::walkIn>("walk_in"),
            Column::text<&Attendee::note, Tidy::Block>("note"),
            Column::text<&Attendee::workplace, Tidy::Line>("workplace"),
            Column::text<&Attendee::checkedInDesk, Tidy::Line>("checked_in_desk"),
            Column::version<&Attendee::rowVersion>("row_version"),
            Column::flag<&Attendee::reserve>("reserve"),
        });
    return table;
}

} // namespace

AttendeeRepository::AttendeeRepository(Database &db)
    : m_db(db)
{ }

QString AttendeeRepository::searchText(const Attendee &a)
{
    // fold(x + ' ' + y) == fold(x) + ' ' + fold(y) when both fold to something, so the parts
    // are folded one by one and joined (the name is folded once more below otherwise).
    return searchTextOf(text::fold(a.fullName()), a);
}

QString AttendeeRepository::searchTextOf(const QString &foldedName, const Attendee &a)
{
    const QString phone = text::normalizePhone(a.phone);
    QString s;
    // Room for everything at once; each part is folded straight into it.
    s.reserve(foldedName.size() + a.position.size() + a.workplace.size() + a.email.size()
              + phone.size() + 4);
    s += foldedName;
    for (const QString *f : { &a.position, &a.workplace, &a.email }) {
        const qsizetype before = s.size();
        const bool spaced = !s.isEmpty();
        if (spaced)
            s += QLatin1Char(' ');
        text::appendFolded(s, *f);
        if (spaced && s.size() == before + 1) // the part folds to nothing: no space for it
            s.truncate(before);
    }
    if (!phone.isEmpty()) {
        s += QLatin1Char(' '); // as before, even after an empty name
        s += phone;
    }
    return s;
}

Status AttendeeRepository::validate(const Attendee &a)
{
    if (!inputrules::isStorableBirthYear(a.birthYear))
        return Error(QCoreApplication::translate("Storage", "The birth year %1 is not possible.")
                         .arg(a.birthYear));
    if (a.substituteForId != 0 && a.substituteForId == a.id)
        return Error(QCoreApplication::translate("Storage", "A person cannot replace themselves."));
    return {};
}

AttendeeRepository::Prepared AttendeeRepository::prepare(Attendee in)
{
    attendees().tidy(in);
    return prepare(std::move(in), Tidied());
}

AttendeeRepository::Prepared AttendeeRepository::prepare(Attendee in, Tidied)
{
    Prepared v { std::move(in), {}, {}, {} };
    const Attendee &a = v.a;
    v.foldedName = text::fold(a.fullName());
    v.sortKey = text::nameSortKey(a.familyName, a.middleName, a.givenName);
    v.search = searchTextOf(v.foldedName, a);
    return v;
}

namespace {

// All of an event's people in Vietnamese name order. Through the index on (event_id,
// name_sort_key) SQLite would read the table's page of every person anew (the rows lie in
// import order, and its 2 MB page cache holds a fraction of a 100,000-row table: 100,000 reads
// of 16 KB). "+event_id" keeps the index out: the table is read once, in its own order, and
// SQLite's sorter orders the rows in a few MB. A server orders them in its own memory.
QString wholeEventInOrder(const Database &db)
{
    return db.isServer() ? QStringLiteral("WHERE event_id = ? ORDER BY name_sort_key, id")
                         : QStringLiteral("WHERE +event_id = ? ORDER BY name_sort_key, id");
}

} // namespace

QList<Attendee> AttendeeRepository::list(qint64 eventId)
{
    if (m_db.isServer())
        return attendees().select(m_db, wholeEventInOrder(m_db), { eventId });
    // The whole list is held anyway: read in the table's order and sorted here, by the same
    // (name_sort_key, id) SQLite compares (its BLOBs byte by byte, as QByteArrayView does),
    // without the sorter's temporary files. The keys are sorted, not the people (large to move).
    QList<Attendee> people
        = attendees().select(m_db, QStringLiteral("WHERE +event_id = ?"), { eventId });
    struct Place
    {
        QByteArrayView key;
        qint64 id;
        qsizetype at;
    };
    std::vector<Place> order;
    order.reserve(people.size());
    for (qsizetype i = 0; i < people.size(); ++i)
        order.push_back(Place { people.at(i).nameSortKey, people.at(i).id, i });
    std::sort(order.begin(), order.end(), [](const Place &a, const Place &b) {
        const int c = a.key.compare(b.key);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    // Each person moved once to their place, along the cycles of the order: no second list.
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (order[i].at == i)
            continue;
        Attendee held = std::move(people[i]);
        qsizetype j = i;
        for (;;) {
            const qsizetype from = std::exchange(order[j].at, j);
            if (from == i) {
                people[j] = std::move(held);
                break;
            }
            people[j] = std::move(people[from]);
            j = from;
        }
    }
    return people;
}

struct AttendeeRepository::Reader::Private
{
    std::unique_ptr<SqlStatement> query; // until the last row was read
    QString error;
};

AttendeeRepository::Reader::Reader(std::unique_ptr<Private> d)
    : d(std::move(d))
{ }

AttendeeRepository::Reader::Reader(Reader &&other) noexcept = default;
AttendeeRepository::Reader &
AttendeeRepository::Reader::operator=(Reader &&other) noexcept = default;
AttendeeRepository::Reader::~Reader() = default;

bool AttendeeRepository::Reader::next(Attendee &a)
{
    if (!d->query)
        return false;
    if (d->query->next()) {
        attendees().read(a, *d->query);
        return true;
    }
    d->error = d->query->error();
    d->query.reset();
    return false;
}

const QString &AttendeeRepository::Reader::error() const
{
    return d->error;
}

AttendeeRepository::Reader AttendeeRepository::read(qint64 eventId, qint64 unitId)
{
    auto d = std::make_unique<Reader::Private>();
    // One unit's people are found through the index on (event_id, unit_id) and sorted.
    d->query = unitId > 0 ? attendees().query(m_db,
                                              QStringLiteral("WHERE event_id = ? AND unit_id = ? "
                                                             "ORDER BY name_sort_key, id"),
                                              { eventId, unitId })
                          : attendees().query(m_db, wholeEventInOrder(m_db), { eventId });
    if (!d->query)
        d->error = m_db.lastError();
    return Reader(std::move(d));
}

std::optional<Attendee> AttendeeRepository::get(qint64 id)
{
    return attendees().get(m_db, id);
}

QList<Attendee> AttendeeRepository::get(const QList<qint64> &ids)
{
    QList<Attendee> out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        if (auto a = get(id))
            out << *a;
    return out;
}

int AttendeeRepository::count(qint64 eventId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendees WHERE event_id = ?"));
    sql::run(m_db, q, { eventId });
    return q.next() ? q.value(0).toInt() : 0;
}

int AttendeeRepository::count(qint64 eventId, qint64 unitId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attendees WHERE event_id = ? AND unit_id = ?"));
    sql::run(m_db, q, { eventId, unitId });
    return q.next() ? q.value(0).toInt() : 0;
}

QList<AttendeeRepository::UnitCounts> AttendeeRepository::countsByUnit(qint64 eventId)
{
    QList<UnitCounts> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT coalesce(unit_id, 0), CASE WHEN role = 'delegate' THEN 1 ELSE 0 END, reserve,"
        " count(*),"
        " sum(CASE WHEN invitation_status IN ('declined', 'replaced') THEN 0 ELSE 1 END),"
        " sum(CASE WHEN invitation_status = 'not_invited' THEN 0 ELSE 1 END),"
        " sum(CASE WHEN invitation_status = 'confirmed' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN invitation_status = 'declined' THEN 1 ELSE 0 END),"
        " sum(CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END)"
        " FROM attendees WHERE event_id = ?"
        " GROUP BY coalesce(unit_id, 0), CASE WHEN role = 'delegate' THEN 1 ELSE 0 END, reserve"
        " ORDER BY 1, 2, 3"));
    sql::run(m_db, q, { eventId });
    while (q.next())
        out << UnitCounts { q.value(0).toLongLong(), q.value(1).toInt() != 0,
                            q.value(2).toInt() != 0, q.value(3).toInt(),
                            q.value(4).toInt(),      q.value(5).toInt(),
                            q.value(6).toInt(),      q.value(7).toInt(),
                            q.value(8).toInt() };
    return out;
}

Result<qint64> AttendeeRepository::insert(const Attendee &a)
{
    if (Status s = validate(a); !s)
        return Error(s.error());
    // A row put back by undo (it keeps its id) is restored as it was.
    if (Status s = checkNewEmail(a.email, a.id != 0 ? std::optional(a.email) : std::nullopt); !s)
        return Error(s.error());
    const Result<qint64> id = attendees().insert(m_db, prepare(a));
    if (id)
        m_db.markChanged(Entity::Attendees, *id);
    return id;
}

Result<QList<qint64>> AttendeeRepository::insertMany(const QList<Attendee> &rows)
{
    QList<Prepared> prepared(rows.size());
    parallelChunks(rows.size(), 1024, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            prepared[i] = prepare(rows.at(i));
    });
    return insertPrepared(prepared);
}

Result<QList<qint64>> AttendeeRepository::insertPrepared(const QList<Prepared> &rows)
{
    BulkInsert bulk(*this, rows.size());
    if (Status s = bulk.add(rows.constData(), rows.size()); !s)
        return Error(s.error());
    return bulk.finish();
}

// An import of 100,000 rows: several rows per INSERT (a statement run has a fixed cost:
// cursors, the CHECKs), bound through the table's description like every other write. The
// ids are asked of the store before each statement (SqlDialect::newKeys), so that the ids of
// a many-row statement are known.
struct AttendeeRepository::BulkInsert::Private
{
    static constexpr int kBatch = 32;
    // New keys are asked of the store this many at a time (one query rather than one per
    // statement); with SQLite they are the same numbers, the writer holding the file.
    static constexpr qsizetype kKeyBlock = 4096;
    static constexpr int kBulkCacheKiB = -65536; // negative: KiB, as PRAGMA cache_size takes it

    AttendeeRepository &repo;
    QString failed; // set once something went wrong; nothing more is written
    QList<qint64> ids;
    std::unique_ptr<SqlStatement> full; // kBatch rows
    QStringList rebuild; // the indexes to build again at the end
    QList<Prepared> waiting; // fewer than kBatch rows, until more come or finish()
    std::optional<qint64> cacheBefore; // SQLite's page cache setting, while a larger one is set
    qsizetype expected = 0; // rows that may still come
    QList<qint64> keys; // new keys asked for ahead, taken in order
    qsizetype nextKey = 0; // the first of `keys` not taken yet

    explicit Private(AttendeeRepository &r)
        : repo(r)
    { }
    ~Private() { restoreIndexes(); }

    Database &db() { return repo.m_db; }

    Status fail(const QString &message)
    {
        failed = message;
        db().setLastError(failed);
        return Error(failed);
    }

    bool restoreIndexes()
    {
        bool ok = true;
        for (const QString &sql : std::exchange(rebuild, {}))
            ok = db().exec(sql) && ok;
        if (cacheBefore) // after the indexes: their sort is what needs the room
            db().exec(
                QStringLiteral("PRAGMA cache_size = %1").arg(*std::exchange(cacheBefore, {})));
        return ok;
    }

    std::optional<qint64> number(const QString &sql)
    {
        auto q = db().prepare(sql);
        if (!q || !q->exec() || !q->next())
            return std::nullopt;
        return q->integer(0);
    }

    Status begin(qsizetype expected)
    {
        // A whole list into a (nearly) empty table: the indexes are dropped and built again
        // once the rows are in, which is faster than 100,000 inserts at random places in each.
        // This runs inside the caller's transaction, so a failure rolls the DDL back with the
        // rows.
        if (expected >= 10000 && db().transactionDepth() > 0) {
            const auto existing = number(QStringLiteral("SELECT count(*) FROM attendees"));
            if (!existing)
                return fail(db().lastError());
            if (*existing < expected) {
                auto dropped = db().dialect().dropIndexes(db(), attendees().name());
                if (!dropped)
                    return fail(dropped.error());
                rebuild = *dropped;
                // SQLite sorts an index's keys within the page cache's size and spills the
                // rest to temporary files; the 2 MB it keeps by default would write and read
                // back the rows of every index several times. The setting holds for this
                // connection only and is put back once the indexes are built.
                if (!db().isServer()) {
                    cacheBefore = number(QStringLiteral("PRAGMA cache_size"));
                    if (cacheBefore
                        && !db().exec(QStringLiteral("PRAGMA cache_size = %1").arg(kBulkCacheKiB)))
                        cacheBefore.reset();
                }
            }
        }
        full = db().prepare(attendees().insertSql(db().dialect(), kBatch));
        if (!full)
            return fail(db().lastError());
        return {};
    }

    // Writes `count` rows (at most kBatch) with one statement.
    Status write(const Prepared *rows, int count)
    {
        std::unique_ptr<SqlStatement> partial;
        if (count < kBatch) {
            partial = db().prepare(attendees().insertSql(db().dialect(), count));
            if (!partial)
                return fail(db().lastError());
        }
        int newRows = 0;
        for (int r = 0; r < count; ++r)
            newRows += rows[r].a.id > 0 ? 0 : 1;
        if (newRows > keys.size() - nextKey) {
            // Enough for the rows that may still come, up to a block. Keys left over are
            // dropped: SQLite gives them again (none was written), a server's sequence has
            // moved on.
            const qsizetype want = std::max<qsizetype>(
                newRows, std::min<qsizetype>(kKeyBlock, expected - ids.size()));
            auto chosen = db().dialect().newKeys(db(), attendees().name(), attendees().keyName(),
                                                 int(want));
            if (!chosen)
                return fail(chosen.error());
            keys = std::move(*chosen);
            nextKey = 0;
        }
        SqlStatement &q = partial ? *partial : *full;
        for (int r = 0; r < count; ++r) {
            const qint64 id = rows[r].a.id > 0 ? rows[r].a.id : keys.at(nextKey++);
            ids << id;
            q.bindInteger(id);
            attendees().bindColumns(rows[r], q);
        }
        if (!q.exec())
            return fail(q.error());
        if (newRows < count) { // rows written with their own keys: the next ones come after them
            keys.clear();
            nextKey = 0;
        }
        return {};
    }
};

AttendeeRepository::BulkInsert::BulkInsert(AttendeeRepository &repo, qsizetype expected)
    : d(std::make_unique<Private>(repo))
{
    d->ids.reserve(expected);
    d->expected = expected;
    d->begin(expected);
}

AttendeeRepository::BulkInsert::~BulkInsert() = default;

Status AttendeeRepository::BulkInsert::add(const Prepared *rows, qsizetype count)
{
    if (!d->failed.isEmpty())
        return Error(d->failed);
    for (qsizetype r = 0; r < count; ++r)
        if (Status s = validate(rows[r].a); !s) {
            d->failed = s.error();
            return s;
        }
    // Whole batches straight from the caller's rows; the rest waits for the next ones.
    qsizetype r = 0;
    if (!d->waiting.isEmpty()) {
        while (r < count && d->waiting.size() < Private::kBatch)
            d->waiting << rows[r++];
        if (d->waiting.size() < Private::kBatch)
            return {};
        if (Status s = d->write(d->waiting.constData(), Private::kBatch); !s)
            return s;
        d->waiting.clear();
    }
    for (; count - r >= Private::kBatch; r += Private::kBatch)
        if (Status s = d->write(rows + r, Private::kBatch); !s)
            return s;
    for (; r < count; ++r)
        d->waiting << rows[r];
    return {};
}

Result<QList<qint64>> AttendeeRepository::BulkInsert::finish()
{
    if (!d->failed.isEmpty())
        return Error(d->failed);
    if (!d->waiting.isEmpty()) {
        if (Status s = d->write(d->waiting.constData(), int(d->waiting.size())); !s)
            return Error(s.error());
        d->waiting.clear();
    }
    if (!d->restoreIndexes())
        return Error(d->fail(d->db().lastError()).error());
    d->db().markChanged(Entity::Attendees);
    return std::exchange(d->ids, {});
}

Status AttendeeRepository::update(const Attendee &a, const Attendee *read)
{
    if (Status s = validate(a); !s)
        return s;
    if (!a.email.isEmpty() && !inputrules::isEmailAddress(a.email.trimmed())) {
        const std::optional<Attendee> stored = get(a.id);
        if (Status s = checkNewEmail(a.email, stored ? std::optional(stored->email) : std::nullopt);
            !s)
            return s;
    }
    std::optional<Prepared> readPrepared;
    if (Status s = attendees().update(m_db, prepare(a),
                                      read ? &readPrepared.emplace(prepare(*read)) : nullptr);
        !s)
        return s;
    m_db.markChanged(Entity::Attendees, a.id);
    return {};
}

Status AttendeeRepository::remove(qint64 id)
{
    return removeMany({ id });
}

Status AttendeeRepository::removeMany(const QList<qint64> &ids)
{
    Transaction t(m_db); // the rows named below are announced with the removal, not before
    for (qint64 id : ids) {
        // The rows the database changes on its own (ON DELETE SET NULL) are named too, so that
        // no window keeps a link to a person who is gone.
        m_db.markChanged(
            Entity::Attendees,
            sql::ids(m_db, QStringLiteral("SELECT id FROM attendees WHERE substitute_for_id = ?"),
                     { id }));
        m_db.markChanged(
            Entity::Questions,
            sql::ids(m_db,
                     QStringLiteral("SELECT id FROM questions WHERE submitter_attendee_id = ?"),
                     { id }));
    }
    if (Status s = attendees().remove(m_db, ids); !s)
        return s;
    m_db.markChanged(Entity::Attendees, ids);
    if (!t.commit())
        return Error(m_db.lastError());
    return {};
}

Result<AttendeeRepository::CheckIn> AttendeeRepository::checkIn(qint64 id, const QDateTime &when,
                                                                const QString &desk)
{
    // The condition on checked_in_at decides between desks: on a server the second desk's
    // UPDATE waits for the first one's row lock, then finds the person checked in.
    Transaction t(m_db);
    auto q = sql::execute(
        m_db,
        QStringLiteral("UPDATE attendees SET checked_in_at = ?, checked_in_desk = ?, "
                       "row_version = row_version + 1 "
                       "WHERE id = ? AND checked_in_at IS NULL RETURNING row_version"),
        { sql::dateTime(when), desk, id });
    if (!q)
        return Error(q.error());
    CheckIn result;
    result.done = (*q)->next();
    if (result.done)
        result.rowVersion = (*q)->integer(0);
    q->reset();
    if (result.done) {
        result.at = when;
        result.desk = desk;
        m_db.markChanged(Entity::Attendees, id);
    } else {
        auto first = sql::execute(
            m_db,
            QStringLiteral(
                "SELECT checked_in_at, coalesce(checked_in_desk, '') FROM attendees WHERE id = ?"),
            { id });
        if (!first)
            return Error(first.error());
        SqlStatement &row = **first;
        if (!row.next())
            return Error(row.error().isEmpty()
                             ? QCoreApplication::translate("Storage",
                                                           "This person is no longer in the list "
                                                           "(another desk removed them).")
                             : row.error());
        result.at = QDateTime::fromString(row.text(0), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        result.desk = row.text(1);
    }
    if (!t.commit())
        return Error(m_db.lastError());
    return result;
}

Result<bool> AttendeeRepository::clearCheckIn(qint64 id, const QDateTime &at, const QString &desk,
                                              qint64 *rowVersion)
{
    Transaction t(m_db);
    auto q = sql::execute(
        m_db,
        QStringLiteral("UPDATE attendees SET checked_in_at = NULL, checked_in_desk = '', "
                       "row_version = row_version + 1 WHERE id = ? "
                       "AND checked_in_at = ? AND coalesce(checked_in_desk, '') = ? "
                       "RETURNING row_version"),
        { id, sql::dateTime(at), desk });
    if (!q)
        return Error(q.error());
    const bool cleared = (*q)->next();
    if (cleared && rowVersion)
        *rowVersion = (*q)->integer(0);
    q->reset();
    if (cleared)
        m_db.markChanged(Entity::Attendees, id);
    if (!t.commit())
        return Error(m_db.lastError());
    return cleared;
}

Status AttendeeRepository::claim(const Attendee &row)
{
    return attendees().claim(m_db, prepare(row));
}

} // namespace dd
