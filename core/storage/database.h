#pragma once

#include "util/result.h"

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace dd {

// What changed, so that models refresh only what they show. Sent after the outermost
// transaction commits.
enum class Entity : unsigned {
    Events = 1u << 0,
    Plans = 1u << 1,
    Units = 1u << 2,
    Attendees = 1u << 3,
    Questions = 1u << 4,
    Topics = 1u << 5,
    Agenda = 1u << 6,
    Tasks = 1u << 7,
    Documents = 1u << 8,
    All = 0xFFFFu
};

// One SQLite file: opened after checks that leave a foreign, newer or corrupt file untouched,
// migrated in numbered steps (with a copy taken first), WAL, foreign keys, one writer (QLockFile).
class Database : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 4;
    static constexpr qint32 kApplicationId = 0x44446B31; // "DDk1"

    enum class Access { ReadWrite, ReadOnly };
    enum class OpenError { None, InUse, NewerVersion, Foreign, Corrupt, Io };

    struct OpenResult
    {
        std::unique_ptr<Database> database;
        OpenError error = OpenError::None;
        QString message; // translated, for the user
        QString backupPath; // set when a migration copied the file aside
        bool created = false; // the file was new or empty and now holds the schema
    };

    // ":memory:" opens a private in-memory database (tests).
    static OpenResult open(const QString &path, Access access = Access::ReadWrite);

    ~Database() override;

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    QSqlQuery query(const QString &sql);
    // Runs a statement with positional bound values; false and lastError() on failure.
    bool exec(const QString &sql, const QVariantList &values = {});
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &e) { m_lastError = e; }

    // `PRAGMA integrity_check` result: "ok" or the problems SQLite found.
    QString integrityCheck();

    // A consistent copy while the program runs (VACUUM INTO), written beside the target and
    // renamed over it only when complete. Never replaces the open file itself.
    Status saveCopy(const QString &targetPath);

    // Transactions nest: the outermost is BEGIN IMMEDIATE, inner ones are savepoints.
    bool begin();
    bool commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Repositories call this for every write; the signal is sent when the outermost
    // transaction commits (at once when there is none).
    void markChanged(Entity e);

signals:
    void changed(unsigned entities);

private:
    Database() = default;
    Status migrate(int from, OpenResult &result);
    Status configure(bool fresh);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_depth = 0;
    unsigned m_pending = 0;
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
