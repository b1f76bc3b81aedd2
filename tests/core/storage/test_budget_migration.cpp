// The step that gives budget quantities their decimals: a file of the version before it, with
// whole quantities (3 chai, 1 buổi), opens with the same quantities as thousandths (3000,
// 1000), a copy of the file as it was beside it, and the amounts unchanged.
#include "support/testsupport.h"

#include "services/sampleevent.h"
#include "session/session.h"
#include "storage/budgetrepository.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace dd;

namespace {

// Runs statements on the file with a connection of its own, outside the program.
void raw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("Budget quantities of an older file become thousandths, amounts unchanged",
          "[database][migrate]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("budget.sqlite"));
    qint64 eventId = 0;
    {
        auto r = Database::open(path);
        REQUIRE(r.database);
        auto id = createSampleEvent(*r.database);
        REQUIRE(id);
        eventId = *id;
        BudgetRepository budget(*r.database);
        for (const auto &[content, price] :
             { std::pair { "Nước suối", 5000 }, std::pair { "Thuê hội trường", 5000000 } }) {
            BudgetItem b;
            b.eventId = eventId;
            b.content = QString::fromUtf8(content);
            b.unitPrice = price;
            REQUIRE(budget.insert(b));
        }
    }
    // The file as version 11 wrote it, before step 12: whole quantities in "quantity", and
    // without the columns of the later steps, which run again after it. (A step number, not
    // the current version.)
    raw(path,
        { QStringLiteral("ALTER TABLE budget_items RENAME COLUMN quantity_milli TO quantity"),
          QStringLiteral("UPDATE budget_items SET quantity = 300 WHERE unit_price = 5000"),
          QStringLiteral("UPDATE budget_items SET quantity = 1 WHERE unit_price = 5000000"),
          QStringLiteral("ALTER TABLE plans DROP COLUMN row_version"), // step 13
          QStringLiteral("ALTER TABLE event_units DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE document_settings DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE document_numbers DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE mail_log DROP COLUMN failed"), // step 14
          QStringLiteral("ALTER TABLE document_settings DROP COLUMN preparer_name"),
          QStringLiteral("ALTER TABLE questions DROP COLUMN note"), // step 16
          QStringLiteral("ALTER TABLE attendees DROP COLUMN reserve"), // step 15
          QStringLiteral("PRAGMA user_version = 11") });

    auto r = Database::open(path);
    REQUIRE(r.database);
    CHECK(r.database->schemaVersion() == Database::kSchemaVersion);
    CHECK_FALSE(r.backupPath.isEmpty());
    CHECK(QFileInfo::exists(r.backupPath));
    const QList<BudgetItem> items = BudgetRepository(*r.database).list(eventId);
    REQUIRE(items.size() == 2);
    CHECK(items[0].content == QStringLiteral("Nước suối"));
    CHECK(items[0].quantityMilli == 300000);
    CHECK(items[0].amount() == 1500000); // 300 × 5.000
    CHECK(items[1].quantityMilli == 1000);
    CHECK(items[1].amount() == 5000000);
}
