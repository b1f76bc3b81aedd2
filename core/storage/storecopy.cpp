#include "storage/storecopy.h"

#include "storage/database.h"
#include "storage/sqldialect.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace dd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::StoreCopy", text);
}

// A value as read, for writing into the other engine: NULL stays NULL, and an empty text or
// byte string stays empty (the drivers would otherwise bind a null QString as NULL).
QVariant portable(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return QVariant();
    const QVariant v = q.value(column);
    if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
        return QVariant(QStringLiteral(""));
    if (v.typeId() == QMetaType::QByteArray && v.toByteArray().isEmpty())
        return QVariant(QByteArray("", 0));
    return v;
}
} // namespace

QStringList StoreCopy::dataTables(Database &db)
{
    QStringList tables;
    const QStringList all = db.connection().tables(QSql::Tables);
    for (const QString &t : all) {
        // SQLite's full-text index ("questions_fts" and its shadow tables) is rebuilt by the
        // target's triggers as rows arrive.
        if (t == QLatin1String("meta") || t.startsWith(QLatin1String("sqlite_"))
            || t.contains(QLatin1String("_fts")))
            continue;
        tables << t;
    }
    tables.sort();
    return tables;
}

Result<bool> StoreCopy::isEmpty(Database &db)
{
    for (const QString &t : dataTables(db)) {
        QSqlQuery q = db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(t));
        if (!q.next())
            return Error(db.lastError());
        if (q.value(0).toBool())
            return false;
    }
    return true;
}

Result<QList<StoreCopy::TableCount>> StoreCopy::copy(Database &source, Database &target)
{
    if (source.schemaVersion() != target.schemaVersion())
        return Error(tr("The two stores hold different data versions (%1 and %2); open both "
                        "with this program first.")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion()));
    const auto empty = isEmpty(target);
    if (!empty)
        return Error(empty.error());
    if (!*empty)
        return Error(tr("The target %1 already holds data; it was not changed. Copy into a new "
                        "file or an empty database.")
                         .arg(target.path()));
    const QStringList tables = dataTables(source);
    const QStringList targetTables = dataTables(target);
    for (const QString &t : tables)
        if (!targetTables.contains(t))
            return Error(tr("The target has no table %1; nothing was copied.").arg(t));

    // The source is read in one transaction too, so that the copy is of one moment even while
    // other desks write.
    Transaction reading(source);
    Transaction writing(target);
    if (!reading.ok() || !writing.ok() || !target.deferForeignKeys())
        return Error(target.lastError().isEmpty() ? source.lastError() : target.lastError());
    QList<TableCount> counts;
    for (const QString &table : tables) {
        const QSqlRecord sourceColumns = source.connection().record(table);
        const QSqlRecord targetColumns = target.connection().record(table);
        QStringList columns;
        for (int i = 0; i < sourceColumns.count(); ++i)
            if (targetColumns.contains(sourceColumns.fieldName(i)))
                columns << sourceColumns.fieldName(i);
        QSqlQuery read(source.connection());
        read.setForwardOnly(true);
        const QString select
            = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table);
        if (!read.exec(select)) {
            source.recordError(select, read.lastError());
            return Error(source.lastError());
        }
        QSqlQuery write(target.connection());
        const QString insert
            = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                  .arg(table, columns.join(QStringLiteral(", ")),
                       QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        if (!write.prepare(insert)) {
            target.recordError(insert, write.lastError());
            return Error(target.lastError());
        }
        qint64 rows = 0;
        while (read.next()) {
            for (int c = 0; c < int(columns.size()); ++c)
                write.bindValue(c, portable(read, c));
            if (!write.exec()) {
                target.recordError(insert, write.lastError());
                return Error(tr("Row %1 of the table %2 could not be copied: %3")
                                 .arg(rows + 1)
                                 .arg(table, target.lastError()));
            }
            ++rows;
        }
        if (read.lastError().isValid()) {
            source.recordError(select, read.lastError());
            return Error(source.lastError());
        }
        if (columns.contains(QLatin1String("id"))) {
            const QString sync = target.dialect().keysGivenSql(table, QStringLiteral("id"));
            if (!sync.isEmpty() && !target.exec(sync))
                return Error(target.lastError());
        }
        counts << TableCount { table, rows };
    }
    target.markChanged(Entity::All);
    if (!writing.commit())
        return Error(target.lastError());
    qCInfo(lcStorage) << "copied" << source.path() << "to" << target.path();
    return counts;
}

} // namespace dd
