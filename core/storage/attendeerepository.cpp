#include "storage/attendeerepository.h"

#include "domain/inputrules.h"
#include "text/vietnamese.h"

#include "util/logging.h"
#include "util/parallel.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <memory>

namespace dd {

namespace {

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

} // namespace

AttendeeRepository::AttendeeRepository(Database &db)
    : m_db(db)
    , m_table(QStringLiteral("attendees"),
              { QStringLiteral("event_id"),
                QStringLiteral("family_name"),
                QStringLiteral("middle_name"),
                QStringLiteral("given_name"),
                QStringLiteral("name_folded"),
                QStringLiteral("name_sort_key"),
                QStringLiteral("search_folded"),
                QStringLiteral("gender"),
                QStringLiteral("birth_year"),
                QStringLiteral("position"),
                QStringLiteral("unit_id"),
                QStringLiteral("phone"),
                QStringLiteral("email"),
                QStringLiteral("role"),
                QStringLiteral("invitation_status"),
                QStringLiteral("invited_on"),
                QStringLiteral("responded_on"),
                QStringLiteral("substitute_for_id"),
                QStringLiteral("checked_in_at"),
                QStringLiteral("walk_in"),
                QStringLiteral("note"),
                QStringLiteral("workplace") })
{ }

QString AttendeeRepository::searchText(const Attendee &a)
{
    // fold(x + ' ' + y) == fold(x) + ' ' + fold(y) when both fold to something, so the parts
    // are folded one by one and joined (the name is folded once more below otherwise).
    return searchTextOf(text::fold(a.fullName()), a);
}

QString AttendeeRepository::searchTextOf(const QString &foldedName, const Attendee &a)
{
    const QString position = text::fold(a.position);
    const QString workplace = text::fold(a.workplace);
    const QString email = text::fold(a.email);
    const QString phone = text::normalizePhone(a.phone);
    QString s;
    s.reserve(foldedName.size() + position.size() + workplace.size() + email.size() + phone.size()
              + 4);
    s += foldedName;
    for (const QString *f : { &position, &workplace, &email }) {
        if (f->isEmpty())
            continue;
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += *f;
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
    Prepared v { std::move(in), {}, {}, {} };
    Attendee &a = v.a;
    a.familyName = text::clean(a.familyName);
    a.middleName = text::clean(a.middleName);
    a.givenName = text::clean(a.givenName);
    a.position = text::clean(a.position);
    a.workplace = text::clean(a.workplace);
    a.email = a.email.trimmed();
    a.phone = a.phone.trimmed();
    a.note = text::cleanBlock(a.note);
    v.foldedName = text::fold(a.fullName());
    v.sortKey = text::nameSortKey(a.familyName, a.middleName, a.givenName);
    v.search = searchTextOf(v.foldedName, a);
    return v;
}

QVariantList AttendeeRepository::values(const Prepared &v)
{
    const Attendee &a = v.a;
    return { a.eventId,
             a.familyName,
             a.middleName,
             a.givenName,
             v.foldedName,
             v.sortKey,
             v.search,
             genderKey(a.gender),
             a.birthYear,
             a.position,
             sql::id(a.unitId),
             a.phone,
             a.email,
             attendeeRoleKey(a.role),
             invitationStatusKey(a.status),
             sql::date(a.invitedOn),
             sql::date(a.respondedOn),
             sql::id(a.substituteForId),
             sql::dateTime(a.checkedInAt),
             a.walkIn ? 1 : 0,
             a.note,
             a.workplace };
}

Attendee AttendeeRepository::fromQuery(const QSqlQuery &q)
{
    Attendee a;
    a.id = q.value(0).toLongLong();
    a.eventId = q.value(1).toLongLong();
    a.familyName = q.value(2).toString();
    a.middleName = q.value(3).toString();
    a.givenName = q.value(4).toString();
    a.nameSortKey = q.value(6).toByteArray();
    a.gender = genderFromKey(q.value(8).toString());
    a.birthYear = q.value(9).toInt();
    a.position = q.value(10).toString();
    a.unitId = q.value(11).toLongLong();
    a.phone = q.value(12).toString();
    a.email = q.value(13).toString();
    a.role = attendeeRoleFromKey(q.value(14).toString());
    a.status = invitationStatusFromKey(q.value(15).toString());
    a.invitedOn = sql::toDate(q.value(16));
    a.respondedOn = sql::toDate(q.value(17));
    a.substituteForId = q.value(18).toLongLong();
    a.checkedInAt = sql::toDateTime(q.value(19));
    a.walkIn = q.value(20).toInt() != 0;
    a.note = q.value(21).toString();
    a.workplace = q.value(22).toString();
    return a;
}

QList<Attendee> AttendeeRepository::list(qint64 eventId)
{
    QList<Attendee> out;
    QSqlQuery q = m_table.select(
        m_db, QStringLiteral("WHERE event_id = ? ORDER BY name_sort_key, id"), { eventId });
    while (q.next())
        out << fromQuery(q);
    return out;
}

namespace {

// The enum columns hold a few distinct keys: each is converted once per reader.
template<typename T>
class KeyCache
{
public:
    T value(const char *key, int size, T (*fromKey)(const QString &))
    {
        const QByteArrayView k(key, size);
        for (const auto &[seen, v] : m_seen)
            if (seen == k)
                return v;
        const T v = fromKey(QString::fromUtf8(k));
        if (m_seen.size() < 32)
            m_seen.append({ k.toByteArray(), v });
        return v;
    }

private:
    QVarLengthArray<std::pair<QByteArray, T>, 8> m_seen;
};

} // namespace

struct AttendeeRepository::Reader::Private
{
    // SQLite (the real database): the statement is stepped directly, the text converted once
    // from its UTF-8, no QVariant per column.
    sqlite3_stmt *statement = nullptr;
    std::optional<QSqlQuery> query; // another driver (not used by the application)
    QString error;
    KeyCache<Gender> genders;
    KeyCache<AttendeeRole> roles;
    KeyCache<InvitationStatus> statuses;

    ~Private() { sqlite3_finalize(statement); }

    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column));
    }
    template<typename T>
    T key(KeyCache<T> &cache, int column, T (*fromKey)(const QString &)) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return cache.value(p ? p : "", sqlite3_column_bytes(statement, column), fromKey);
    }
    // As fromQuery(): the columns of SqlTable::selectSql().
    void fill(Attendee &a)
    {
        const auto isNull = [this](int column) {
            return sqlite3_column_type(statement, column) == SQLITE_NULL;
        };
        a.id = sqlite3_column_int64(statement, 0);
        a.eventId = sqlite3_column_int64(statement, 1);
        a.familyName = text(2);
        a.middleName = text(3);
        a.givenName = text(4);
        a.nameSortKey = QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, 6)),
                                   sqlite3_column_bytes(statement, 6));
        a.gender = key(genders, 8, genderFromKey);
        a.birthYear = sqlite3_column_int(statement, 9);
        a.position = text(10);
        a.unitId = sqlite3_column_int64(statement, 11);
        a.phone = text(12);
        a.email = text(13);
        a.role = key(roles, 14, attendeeRoleFromKey);
        a.status = key(statuses, 15, invitationStatusFromKey);
        a.invitedOn = isNull(16) ? QDate() : sql::toDate(text(16));
        a.respondedOn = isNull(17) ? QDate() : sql::toDate(text(17));
        a.substituteForId = sqlite3_column_int64(statement, 18);
        a.checkedInAt = isNull(19) ? QDateTime() : sql::toDateTime(text(19));
        a.walkIn = sqlite3_column_int(statement, 20) != 0;
        a.note = text(21);
        a.workplace = text(22);
    }
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
    if (!d->error.isEmpty())
        return false;
    if (d->query) {
        if (d->query->next()) {
            a = fromQuery(*d->query);
            return true;
        }
        if (d->query->lastError().isValid())
            d->error = d->query->lastError().text();
        return false;
    }
    if (!d->statement)
        return false;
    const int rc = sqlite3_step(d->statement);
    if (rc == SQLITE_ROW) {
        d->fill(a);
        return true;
    }
    if (rc != SQLITE_DONE) {
        d->error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(d->statement)));
        qCWarning(lcStorage) << "reading attendees failed:" << d->error;
    }
    sqlite3_finalize(d->statement);
    d->statement = nullptr;
    return false;
}

const QString &AttendeeRepository::Reader::error() const
{
    return d->error;
}

AttendeeRepository::Reader AttendeeRepository::read(qint64 eventId, qint64 unitId)
{
    auto d = std::make_unique<Reader::Private>();
    // The index on (event_id, name_sort_key) gives the order without a sort.
    const QString where = unitId > 0
        ? QStringLiteral("WHERE event_id = ? AND unit_id = ? ORDER BY name_sort_key, id")
        : QStringLiteral("WHERE event_id = ? ORDER BY name_sort_key, id");
    sqlite3 *handle = sqliteHandle(m_db.connection());
    if (!handle) {
        QVariantList binds { eventId };
        if (unitId > 0)
            binds << unitId;
        d->query = m_table.select(m_db, where, binds);
        if (d->query->lastError().isValid())
            d->error = d->query->lastError().text();
        return Reader(std::move(d));
    }
    const QByteArray sql = (m_table.selectSql() + QLatin1Char(' ') + where).toUtf8();
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &d->statement, nullptr)
            != SQLITE_OK
        || sqlite3_bind_int64(d->statement, 1, eventId) != SQLITE_OK
        || (unitId > 0 && sqlite3_bind_int64(d->statement, 2, unitId) != SQLITE_OK)) {
        d->error = QString::fromUtf8(sqlite3_errmsg(handle));
        m_db.setLastError(d->error);
        qCWarning(lcStorage) << "reading attendees failed:" << d->error;
        sqlite3_finalize(d->statement);
        d->statement = nullptr;
    }
    return Reader(std::move(d));
}

std::optional<Attendee> AttendeeRepository::get(qint64 id)
{
    QSqlQuery q = m_table.select(m_db, QStringLiteral("WHERE id = ?"), { id });
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
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

Result<qint64> AttendeeRepository::insert(const Attendee &a)
{
    if (Status s = validate(a); !s)
        return Error(s.error());
    const qint64 id = m_table.insert(m_db, a.id, values(prepare(a)));
    if (id == 0)
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
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

// An import of 100,000 rows. Several rows per INSERT (a statement run has a fixed cost:
// cursors, the CHECKs), bound straight from the strings, no QVariant. The values are those of
// values(), column by column. The ids are chosen here as SQLite would (after the largest
// one), so that the ids of a many-row statement are known.
struct AttendeeRepository::BulkInsert::Private
{
    static constexpr int kColumns = 23; // id + the 22 of values()
    static constexpr int kBatch = 32;
    using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

    AttendeeRepository &repo;
    sqlite3 *handle = nullptr;
    QString failed; // set once something went wrong; nothing more is written
    QList<qint64> ids;
    qint64 nextId = 0;
    QString single; // the one-row INSERT
    qsizetype valuesAt = 0;
    Statement full { nullptr, &sqlite3_finalize }; // kBatch rows
    QList<QByteArray> dropped; // the indexes to build again at the end
    QList<Prepared> waiting; // fewer than kBatch rows, until more come or finish()

    // The text of a batch goes into one reused buffer as UTF-8 (the database's encoding:
    // binding UTF-16 would make SQLite allocate and convert every value), bound SQLITE_STATIC
    // once the batch is complete.
    QStringEncoder utf8 { QStringEncoder::Utf8 };
    QByteArray buffer;
    enum class Kind { Text, Blob, Null, Int };
    struct Value
    {
        Kind kind;
        qint64 offset; // into buffer, or the integer
        qsizetype size;
    };
    QVarLengthArray<Value, kColumns * kBatch> bound;
    QHash<int, QString> keys; // the enum keys, converted once

    explicit Private(AttendeeRepository &r)
        : repo(r)
    { }
    ~Private() { restoreIndexes(); }

    Status fail(const QString &what)
    {
        failed = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : repo.m_db.lastError();
        repo.m_db.setLastError(failed);
        qCWarning(lcStorage) << what << "failed:" << failed;
        return Error(failed);
    }

    bool restoreIndexes()
    {
        bool ok = true;
        for (const QByteArray &sql : std::exchange(dropped, {}))
            ok = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
                && ok;
        return ok;
    }

    Statement prepare(int count)
    {
        QString text = single.left(valuesAt + 8);
        const QStringView tuple = QStringView(single).mid(valuesAt + 8);
        for (int i = 0; i < count; ++i) {
            if (i)
                text += QLatin1String(", ");
            text += tuple;
        }
        const QByteArray sql = text.toUtf8();
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &q, nullptr)
            != SQLITE_OK) {
            sqlite3_finalize(q);
            return Statement(nullptr, &sqlite3_finalize);
        }
        return Statement(q, &sqlite3_finalize);
    }

    Status begin(qsizetype expected)
    {
        // A whole list into a (nearly) empty table: the indexes are dropped and built again
        // once the rows are in, which is faster than 100,000 inserts at random places in each.
        // This runs inside the caller's transaction, so a failure rolls the DDL back with the
        // rows.
        if (expected >= 10000 && repo.m_db.transactionDepth() > 0) {
            sqlite3_stmt *q = nullptr;
            qint64 existing = 0;
            if (sqlite3_prepare_v2(handle, "SELECT count(*) FROM attendees", -1, &q, nullptr)
                    == SQLITE_OK
                && sqlite3_step(q) == SQLITE_ROW)
                existing = sqlite3_column_int64(q, 0);
            sqlite3_finalize(q);
            if (existing < expected
                && sqlite3_prepare_v2(handle,
                                      "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = 'attendees' AND sql IS NOT NULL",
                                      -1, &q, nullptr)
                    == SQLITE_OK) {
                QList<QByteArray> names;
                while (sqlite3_step(q) == SQLITE_ROW) {
                    names << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
                    dropped << QByteArray(
                        reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
                }
                sqlite3_finalize(q);
                for (const QByteArray &name : names) {
                    const QByteArray drop = "DROP INDEX \"" + name + "\"";
                    if (sqlite3_exec(handle, drop.constData(), nullptr, nullptr, nullptr)
                        != SQLITE_OK)
                        return fail(QStringLiteral("DROP INDEX"));
                }
            }
        }
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT max(id) FROM attendees", -1, &q, nullptr)
                != SQLITE_OK
            || sqlite3_step(q) != SQLITE_ROW) {
            sqlite3_finalize(q);
            return fail(QStringLiteral("SELECT max(id)"));
        }
        nextId = sqlite3_column_int64(q, 0) + 1;
        sqlite3_finalize(q);
        single = repo.m_table.insertSql();
        valuesAt = single.indexOf(QLatin1String(" VALUES "));
        full = prepare(kBatch);
        if (!full)
            return fail(QStringLiteral("prepare INSERT"));
        return {};
    }

    void text(const QString &s)
    {
        // Text columns hold '' for "empty", never NULL.
        const qsizetype offset = buffer.size();
        buffer.resize(offset + utf8.requiredSpace(s.size()));
        char *end = utf8.appendToBuffer(buffer.data() + offset, s);
        buffer.resize(end - buffer.constData());
        bound.append({ Kind::Text, offset, buffer.size() - offset });
    }
    void textOrNull(const QString &s)
    {
        if (s.isEmpty())
            bound.append({ Kind::Null, 0, 0 });
        else
            text(s);
    }
    void integer(qint64 i) { bound.append({ Kind::Int, i, 0 }); }
    void idOrNull(qint64 id)
    {
        if (id > 0)
            integer(id);
        else
            bound.append({ Kind::Null, 0, 0 });
    }
    template<typename ToKey>
    const QString &key(int kind, int value, ToKey toKey)
    {
        auto it = keys.find(kind * 256 + value);
        if (it == keys.end())
            it = keys.insert(kind * 256 + value, toKey());
        return *it;
    }

    // Writes `count` rows (at most kBatch) with one statement.
    Status write(const Prepared *rows, int count)
    {
        Statement partial(nullptr, &sqlite3_finalize);
        if (count < kBatch) {
            partial = prepare(count);
            if (!partial)
                return fail(QStringLiteral("prepare INSERT"));
        }
        sqlite3_stmt *q = partial ? partial.get() : full.get();
        buffer.resize(0); // keeps the capacity
        bound.clear();
        for (int r = 0; r < count; ++r) {
            const Prepared &v = rows[r];
            const Attendee &in = v.a;
            const qint64 id = in.id > 0 ? in.id : nextId++;
            ids << id;
            integer(id);
            integer(in.eventId);
            text(in.familyName);
            text(in.middleName);
            text(in.givenName);
            text(v.foldedName);
            bound.append({ Kind::Blob, buffer.size(), v.sortKey.size() });
            buffer.append(v.sortKey);
            text(v.search);
            text(key(0, int(in.gender), [&] { return genderKey(in.gender); }));
            integer(in.birthYear);
            text(in.position);
            idOrNull(in.unitId);
            text(in.phone);
            text(in.email);
            text(key(1, int(in.role), [&] { return attendeeRoleKey(in.role); }));
            text(key(2, int(in.status), [&] { return invitationStatusKey(in.status); }));
            // As sql::date() and sql::dateTime() write them; empty binds NULL.
            textOrNull(in.invitedOn.isValid() ? in.invitedOn.toString(Qt::ISODate) : QString());
            textOrNull(in.respondedOn.isValid() ? in.respondedOn.toString(Qt::ISODate) : QString());
            idOrNull(in.substituteForId);
            textOrNull(in.checkedInAt.isValid()
                           ? in.checkedInAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                           : QString());
            integer(in.walkIn ? 1 : 0);
            text(in.note);
            text(in.workplace);
        }
        Q_ASSERT(bound.size() == qsizetype(count) * kColumns);
        int rc = SQLITE_OK;
        for (int i = 0; i < bound.size() && rc == SQLITE_OK; ++i) {
            const Value &v = bound.at(i);
            switch (v.kind) {
            case Kind::Text:
                rc = sqlite3_bind_text(q, i + 1, buffer.constData() + v.offset, int(v.size),
                                       SQLITE_STATIC);
                break;
            case Kind::Blob:
                rc = sqlite3_bind_blob(q, i + 1, buffer.constData() + v.offset, int(v.size),
                                       SQLITE_STATIC);
                break;
            case Kind::Null:
                rc = sqlite3_bind_null(q, i + 1);
                break;
            case Kind::Int:
                rc = sqlite3_bind_int64(q, i + 1, v.offset);
                break;
            }
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(q);
        if (rc != SQLITE_DONE) {
            const Status e = fail(QStringLiteral("INSERT INTO attendees"));
            sqlite3_reset(q);
            return e;
        }
        sqlite3_reset(q);
        return {};
    }

    // Not SQLite: the portable, slower way, one row at a time.
    Status writeEach(const Prepared *rows, qsizetype count)
    {
        QSqlQuery q(repo.m_db.connection());
        q.prepare(repo.m_table.insertSql());
        for (qsizetype r = 0; r < count; ++r) {
            QVariantList v { sql::id(rows[r].a.id) };
            v += AttendeeRepository::values(rows[r]);
            if (!sql::run(repo.m_db, q, v))
                return fail(QStringLiteral("INSERT INTO attendees"));
            ids << q.lastInsertId().toLongLong();
        }
        return {};
    }
};

AttendeeRepository::BulkInsert::BulkInsert(AttendeeRepository &repo, qsizetype expected)
    : d(std::make_unique<Private>(repo))
{
    d->handle = sqliteHandle(repo.m_db.connection());
    d->ids.reserve(expected);
    if (d->handle)
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
    if (!d->handle)
        return d->writeEach(rows, count);
    // Rows without an id come after every id given (redo of an import gives them all).
    for (qsizetype r = 0; r < count; ++r)
        d->nextId = qMax(d->nextId, rows[r].a.id + 1);
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
    if (d->handle && !d->waiting.isEmpty()) {
        if (Status s = d->write(d->waiting.constData(), int(d->waiting.size())); !s)
            return Error(s.error());
        d->waiting.clear();
    }
    if (d->handle && !d->restoreIndexes())
        return Error(d->fail(QStringLiteral("CREATE INDEX")).error());
    d->repo.m_db.markChanged(Entity::Attendees);
    return std::exchange(d->ids, {});
}

Status AttendeeRepository::update(const Attendee &a)
{
    if (Status s = validate(a); !s)
        return s;
    if (!m_table.update(m_db, a.id, values(prepare(a))))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return {};
}

Status AttendeeRepository::remove(qint64 id)
{
    if (!m_table.remove(m_db, id))
        return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return {};
}

Status AttendeeRepository::removeMany(const QList<qint64> &ids)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_table.deleteSql());
    for (qint64 id : ids)
        if (!sql::run(m_db, q, { id }))
            return Error(m_db.lastError());
    m_db.markChanged(Entity::Attendees);
    return {};
}

} // namespace dd
