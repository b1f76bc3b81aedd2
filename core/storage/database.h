#pragma once

#include "storage/changeset.h"
#include "util/result.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QSqlError;

namespace dd {

class SqlDialect;
class SqlStatement;

// One store: a SQLite file (opened after checks that leave a foreign, newer or corrupt file
// untouched, migrated in numbered steps with a copy taken first, WAL, foreign keys, one writer
// through QLockFile) or a database on a PostgreSQL server shared by several desks (a
// postgresql:// URI; the same numbered steps, each one transaction; see databaseserver.cpp).
class Database : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 15;
    static constexpr qint32 kApplicationId = 0x44446B31; // "DDk1"

    enum class Access { ReadWrite, ReadOnly };
    enum class OpenError {
        None,
        InUse, // open in another DialogueDesk (the lock beside it)
        ReadOnly, // may be read but not written (the file or its folder is write-protected)
        Locked, // another program is writing to it
        NewerVersion,
        Foreign,
        Corrupt,
        Io, // missing, not a file, a full disk, a disk that cannot be read
    };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        QString backupPath; // set when a migration copied the file aside
        bool created = false; // the file was new or empty and now holds the schema
    };

    // What a new data file is given before anyone sees it (the sample event).
    using Initialiser = std::function<Status(Database &)>;

    // A postgresql:// URI opens a database on a server (ServerAddress): an empty database is
    // given the schema, a newer or foreign one is refused untouched.
    // ":memory:" opens a private in-memory database (tests). A missing or empty file is
    // created whole or not at all: the schema and what `initialise` writes are made in a file
    // beside it, which takes its name only when complete, so that a full disk or a failure
    // leaves nothing behind.
    static OpenResult open(const QString &path, Access access = Access::ReadWrite,
                           const Initialiser &initialise = {});

    ~Database() override;

    QSqlDatabase &connection() { return m_db; }
    // What differs between SQL engines; statements of described tables are made through it.
    SqlDialect &dialect() { return *m_dialect; }
    // A prepared statement, or nullptr after lastError() was set.
    std::unique_ptr<SqlStatement> prepare(const QString &sql);
    QString path() const { return m_path; }
    // A database on a server, shared with other desks (path() is its URI without password).
    bool isServer() const { return m_server; }
    // The name this desk shows the others on a server (Preferences ▸ Desk name); nothing on a
    // file, which one desk has to itself.
    void setDeskName(const QString &name);
    // The names of the other desks connected to the same server database now (empty on a file).
    QStringList otherDesks();
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    QSqlQuery query(const QString &sql);
    // Runs a statement with positional bound values; false and lastError() on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    // The last failure, in the user's words (the engine's own text goes to the log).
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &e) { m_lastError = e; }
    // The user's words for an engine error code on this file.
    QString describeError(int code) const;
    QString describeError(int code, const QString &path) const; // on another file
    // Logs a failed query and keeps the user's words for it in lastError().
    void recordError(const QString &sql, const QSqlError &error);
    // References are checked when the running transaction commits (rows that point at each
    // other can then be written back in any order).
    bool deferForeignKeys();

    // `PRAGMA integrity_check` result: "ok" or the problems SQLite found.
    QString integrityCheck();

    // A consistent copy while the program runs (VACUUM INTO), written beside the target and
    // renamed over it only when complete. Never replaces the open file itself.
    Status saveCopy(const QString &targetPath);
    // Replaces everything the open file holds by the content of the DialogueDesk file at
    // `sourcePath` (same data version), in one step on the open connection: another reader
    // sees the old content or the new, never a mix. Sends changed(All).
    Status replaceContentWith(const QString &sourcePath);
    // Rewrites the file without the old copies of changed or deleted rows that SQLite keeps in
    // free pages and in its write-ahead log (after personal data was erased).
    Status eraseFreedSpace();

    // Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Repositories call these for every write, naming the rows written (or, without ids,
    // every row of the table); the signal is sent when the outermost transaction commits (at
    // once when there is none).
    void markChanged(Entity table);
    void markChanged(Entity table, qint64 id);
    void markChanged(Entity table, const QList<qint64> &ids);

    // The channel of the NOTIFY each committed change sends on a server.
    static constexpr char kChangeChannel[] = "dialoguedesk_changes";

signals:
    // What a write committed here, or (on a server) what another desk committed: the tables
    // and rows, as the payload of its NOTIFY.
    void changed(const dd::ChangeSet &changes);

private:
    Database() = default;
    static Status create(const QString &path, const Initialiser &initialise);
    static OpenResult openServer(const QString &uri, Access access, const Initialiser &initialise);
    Status connectServer(const QString &uri);
    Status migrateServer(int from, const Initialiser &initialise);
    int serverSchemaVersion();
    Status connect(const QString &file, bool immutable);
    Status migrate(int from);
    Status configure(bool fresh);
    void undoTransaction(int depth);

    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_server = false;
    int m_depth = 0;
    ChangeSet m_pending;
    void announce();
    // Server: tells the other desks what was committed (NOTIFY), and listens for theirs.
    void notifyOtherDesks(const ChangeSet &changes);
    void listenToOtherDesks();
    QString m_lastError;
    std::unique_ptr<QLockFile> m_lock;
};

// Rolls back unless committed: every user action runs inside one of these.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace dd
