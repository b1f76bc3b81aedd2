// The two tables with a key of two columns (issue 11 point 4): a unit's part in an event
// (event_units: event + unit) and the numbering of each paper (document_numbers: event + kind of
// paper) are described once in their repositories like the other tables. A row written through
// the repository is looked at column by column with a plain query, read back field by field, and
// its version moves with each write; a part keeps its place in the list when it is edited.
#include "support/storesupport.h"
#include "support/testsupport.h"

#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/unitrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace dd;

namespace {

// The row of `table` where `condition` (with `values`), by column name ("NULL" for NULL).
QMap<QString, QString> storedRow(Database &db, const QString &table, const QString &condition,
                                 const QVariantList &values)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, condition)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QMap<QString, QString> row;
    for (int c = 0; c < q.record().count(); ++c)
        row.insert(q.record().fieldName(c),
                   q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
    CHECK_FALSE(q.next());
    return row;
}

} // namespace

TEST_CASE("event units and paper numbering: the stored columns by name, read back and versioned",
          "[stores][repo][table]")
{
    auto opened = Database::open(testsupport::newStore());
    REQUIRE(opened.database);
    Database &db = *opened.database;
    EventRepository events(db);
    UnitRepository units(db);
    Event e;
    e.title = QStringLiteral("Đối thoại năm 2021");
    const auto eventId = events.insert(e);
    REQUIRE(eventId);
    Unit u;
    u.name = QStringLiteral("Huyện đoàn Dương Minh Châu");
    u.kind = UnitKind::District;
    const auto dmc = units.insert(u);
    u.name = QStringLiteral("Thị đoàn Hòa Thành");
    const auto ht = units.insert(u);
    REQUIRE(dmc);
    REQUIRE(ht);

    // Two parts: the second goes after the first.
    REQUIRE(units.saveEventUnit(EventUnit { *eventId, *dmc, UnitRole::Host, 22,
                                            QStringLiteral(" đồng chí  trong Ban Chấp hành ") }));
    REQUIRE(units.saveEventUnit(EventUnit { *eventId, *ht, UnitRole::Guest, -1, {} }));
    const QString partWhere = QStringLiteral("event_id = ? AND unit_id = ?");
    QMap<QString, QString> part
        = storedRow(db, QStringLiteral("event_units"), partWhere, { *eventId, *dmc });
    CHECK(part
          == QMap<QString, QString> {
              { QStringLiteral("event_id"), QString::number(*eventId) },
              { QStringLiteral("unit_id"), QString::number(*dmc) },
              { QStringLiteral("role"), QStringLiteral("host") },
              { QStringLiteral("quota"), QStringLiteral("22") },
              { QStringLiteral("quota_note"), QStringLiteral("đồng chí trong Ban Chấp hành") },
              { QStringLiteral("position"), QStringLiteral("1") },
              { QStringLiteral("row_version"), QStringLiteral("1") },
          });
    CHECK(storedRow(db, QStringLiteral("event_units"), partWhere, { *eventId, *ht })
          == QMap<QString, QString> {
              { QStringLiteral("event_id"), QString::number(*eventId) },
              { QStringLiteral("unit_id"), QString::number(*ht) },
              { QStringLiteral("role"), QStringLiteral("guest") },
              { QStringLiteral("quota"), QStringLiteral("-1") },
              { QStringLiteral("quota_note"), QString() },
              { QStringLiteral("position"), QStringLiteral("2") },
              { QStringLiteral("row_version"), QStringLiteral("1") },
          });

    // Read back field by field, in the event's order.
    const QList<EventUnit> parts = units.eventUnits(*eventId);
    REQUIRE(parts.size() == 2);
    const EventUnit &first = parts.at(0);
    CHECK(first.eventId == *eventId);
    CHECK(first.unitId == *dmc);
    CHECK(first.role == UnitRole::Host);
    CHECK(first.quota == 22);
    CHECK(first.quotaNote == QStringLiteral("đồng chí trong Ban Chấp hành"));
    CHECK(first.position == 1);
    CHECK(first.rowVersion == 1);
    CHECK(parts.at(1).unitId == *ht);

    // An edit over the version read keeps the place and moves the version; a second edit from
    // the same read is refused and writes nothing.
    EventUnit edited = first;
    edited.quota = 25;
    REQUIRE(units.saveEventUnit(edited, first));
    part = storedRow(db, QStringLiteral("event_units"), partWhere, { *eventId, *dmc });
    CHECK(part.value(QStringLiteral("quota")) == QStringLiteral("25"));
    CHECK(part.value(QStringLiteral("position")) == QStringLiteral("1"));
    CHECK(part.value(QStringLiteral("row_version")) == QStringLiteral("2"));
    EventUnit stale = first;
    stale.quota = 30;
    const Status refused = units.saveEventUnit(stale, first);
    REQUIRE_FALSE(refused);
    REQUIRE(refused.conflict());
    CHECK(refused.conflict()->table == QStringLiteral("event_units"));
    CHECK(refused.conflict()->row == *dmc);
    CHECK(refused.conflict()->field == QStringLiteral("quota"));
    CHECK(refused.conflict()->theirValue == QStringLiteral("25"));
    CHECK(refused.conflict()->subject == QStringLiteral("the quota of Huyện đoàn Dương Minh Châu"));
    CHECK(units.eventUnit(*eventId, *dmc)->quota == 25);
    // A removal claims the part at the version read.
    CHECK_FALSE(units.removeEventUnit(first));
    REQUIRE(units.removeEventUnit(*units.eventUnit(*eventId, *dmc)));
    CHECK_FALSE(units.eventUnit(*eventId, *dmc));

    // A paper's numbering, through the settings of the event.
    DocumentSettings s = events.documentSettings(*eventId);
    s.numbering.insert(PaperKind::UnitInvitation,
                       PaperNumbering { QStringLiteral(" GM/TĐTN-BTC "), 7, QDate(2021, 7, 1),
                                        QDate(2021, 7, 20) });
    REQUIRE(events.saveDocumentSettings(s));
    const QString numberWhere = QStringLiteral("event_id = ? AND paper_kind = ?");
    CHECK(storedRow(db, QStringLiteral("document_numbers"), numberWhere,
                    { *eventId, QStringLiteral("unit-invitation") })
          == QMap<QString, QString> {
              { QStringLiteral("event_id"), QString::number(*eventId) },
              { QStringLiteral("paper_kind"), QStringLiteral("unit-invitation") },
              { QStringLiteral("symbol"), QStringLiteral("GM/TĐTN-BTC") },
              { QStringLiteral("next_number"), QStringLiteral("7") },
              { QStringLiteral("signed_on"), QStringLiteral("2021-07-01") },
              { QStringLiteral("answer_by"), QStringLiteral("2021-07-20") },
              { QStringLiteral("row_version"), QStringLiteral("1") },
          });
    const PaperNumbering n
        = events.documentSettings(*eventId).numbering.value(PaperKind::UnitInvitation);
    CHECK(n.symbol == QStringLiteral("GM/TĐTN-BTC"));
    CHECK(n.nextNumber == 7);
    CHECK(n.signedOn == QDate(2021, 7, 1));
    CHECK(n.answerBy == QDate(2021, 7, 20));
    CHECK(n.rowVersion == 1);
    // Taking a number moves it and the version.
    CHECK(events.takeNextNumber(*eventId, PaperKind::UnitInvitation).value() == 7);
    CHECK(events.takeNextNumber(*eventId, PaperKind::Programme).value() == 1);
    const QMap<QString, QString> taken
        = storedRow(db, QStringLiteral("document_numbers"), numberWhere,
                    { *eventId, QStringLiteral("unit-invitation") });
    CHECK(taken.value(QStringLiteral("next_number")) == QStringLiteral("8"));
    CHECK(taken.value(QStringLiteral("row_version")) == QStringLiteral("2"));
    CHECK(storedRow(db, QStringLiteral("document_numbers"), numberWhere,
                    { *eventId, QStringLiteral("programme") })
              .value(QStringLiteral("next_number"))
          == QStringLiteral("2"));
}
