// Issue 14.2: the session names the rows a change touched, and the models move, insert, remove
// or repaint just those rows, so that a view keeps its selection, current cell and scroll.
#include "support/sessionsupport.h"
#include "support/testsupport.h"

#include "edit/attendeeactions.h"
#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "models/questiontablemodel.h"
#include "models/rowdiff.h"
#include "models/simplemodels.h"
#include "session/session.h"
#include "storage/changeset.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSqlQuery>

using namespace dd;
using testsupport::sampleSession;

namespace {

// Counts what a model sends, to tell a reset from row-wise steps.
struct Signals
{
    int resets = 0, inserted = 0, removed = 0, layouts = 0, changed = 0;
    QList<int> changedRows;
    explicit Signals(QAbstractItemModel *m)
    {
        QObject::connect(m, &QAbstractItemModel::modelReset, [this] { ++resets; });
        QObject::connect(m, &QAbstractItemModel::rowsInserted, [this] { ++inserted; });
        QObject::connect(m, &QAbstractItemModel::rowsRemoved, [this] { ++removed; });
        QObject::connect(m, &QAbstractItemModel::layoutChanged, [this] { ++layouts; });
        QObject::connect(m, &QAbstractItemModel::dataChanged,
                         [this](const QModelIndex &a, const QModelIndex &b) {
                             ++changed;
                             for (int r = a.row(); r <= b.row(); ++r)
                                 changedRows << r;
                         });
    }
};

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, AttendeeTableModel::NameColumn).data().toString();
    return out;
}

qint64 idOf(const AttendeeTableModel &m, const QString &name)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.attendee(r).fullName() == name)
            return m.idAt(r);
    FAIL("nobody called " << name.toStdString());
    return 0;
}

} // namespace

TEST_CASE("A change set names tables and rows, and reads back what another desk sends",
          "[models][changes]")
{
    ChangeSet c;
    c.add(Entity::Attendees, 15);
    c.add(Entity::Attendees, QList<qint64> { 12, 15 });
    c.addAll(Entity::Units);
    CHECK(c.toText() == QStringLiteral("units:*;attendees:12,15"));
    CHECK(c.touches(Entity::Attendees));
    CHECK_FALSE(c.touches(Entity::Questions));
    CHECK(c.allRows(Entity::Units));
    CHECK(c.ids(Entity::Attendees) == QSet<qint64> { 12, 15 });

    // Read back; a table this desk does not know is skipped, one without rows means all.
    const ChangeSet r
        = ChangeSet::fromText(QStringLiteral("attendees:7,9;ballots:1;questions:;tasks:x"));
    CHECK(r.toText() == QStringLiteral("attendees:7,9;questions:*;tasks:*"));
    CHECK(ChangeSet::fromText(QString()).isEmpty());

    ChangeSet m = ChangeSet::fromText(QStringLiteral("attendees:1"));
    m.merge(r);
    CHECK(m.toText() == QStringLiteral("attendees:1,7,9;questions:*;tasks:*"));
}

TEST_CASE("Row differences are removals, one reordering and insertions", "[models][changes]")
{
    using P = std::pair<int, int>;
    struct Case
    {
        QList<qint64> from, to;
        QList<P> removals;
        bool reordered;
        QList<P> insertions;
    };
    // Worked out by hand.
    const Case cases[] = {
        { { 1, 2, 3 }, { 1, 2, 3 }, {}, false, {} },
        { { 1, 2, 3, 4, 5 }, { 1, 4, 5 }, { { 1, 2 } }, false, {} },
        { { 1, 2, 3, 4, 5 }, { 2, 4 }, { { 4, 4 }, { 2, 2 }, { 0, 0 } }, false, {} },
        { { 1, 2 }, { 7, 1, 8, 9, 2, 6 }, {}, false, { { 0, 0 }, { 2, 3 }, { 5, 5 } } },
        { { 1, 2, 3 }, { 3, 1, 2 }, {}, true, {} },
        { { 1, 2, 3, 4 }, { 5, 4, 2 }, { { 2, 2 }, { 0, 0 } }, true, { { 0, 0 } } },
        { {}, { 1 }, {}, false, { { 0, 0 } } },
        { { 1 }, {}, { { 0, 0 } }, false, {} },
    };
    for (const Case &c : cases) {
        const RowDiff d = diffRows(c.from, c.to);
        INFO(c.from.size() << " → " << c.to.size());
        CHECK(d.removals == c.removals);
        CHECK(d.reordered == c.reordered);
        CHECK(d.insertions == c.insertions);
    }
}

TEST_CASE("A check-in repaints one row, a renamed person's row moves, and nothing resets",
          "[models][changes]")
{
    auto s = sampleSession();
    AttendeeTableModel model(s.get());
    AttendeeFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(AttendeeTableModel::NameColumn);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::Fatal;
    QAbstractItemModelTester t1(&model, mode), t2(&filter, mode);

    const qint64 unit = s->units().list().first().id;
    QList<Attendee> people;
    for (const char *name : { "Nguyễn Văn Bình", "Lê Thị Cúc", "Trần Văn Dũng", "Phạm Thị Hoa" }) {
        Attendee a = testsupport::person(*s, QString::fromUtf8(name));
        a.unitId = unit;
        people << a;
    }
    REQUIRE(s->push(commands::addAttendees(s.get(), people)));
    const int total = model.rowCount();
    REQUIRE(total == 9); // the sample's five and these four

    Signals source(&model), shown(&filter);
    const qint64 cuc = idOf(model, QStringLiteral("Lê Thị Cúc"));
    const int row = filter.mapFromSource(model.index(model.rowOf(cuc), 0)).row();
    const QPersistentModelIndex kept = filter.index(row, AttendeeTableModel::PhoneColumn);

    REQUIRE(s->push(attendeeactions::checkIn(s.get(), { cuc }, QDateTime::currentDateTime())));
    CHECK(source.resets == 0);
    CHECK(source.inserted + source.removed + source.layouts == 0);
    CHECK(source.changedRows == QList<int> { model.rowOf(cuc) }); // that row, nothing else
    CHECK(shown.resets == 0);
    CHECK(kept.isValid());
    CHECK(kept.row() == row);
    CHECK(kept.column() == AttendeeTableModel::PhoneColumn);
    CHECK(filter.index(row, AttendeeTableModel::CheckedInColumn).data().toString() != QString());

    // Renamed "Lê Thị Yến": the list is sorted by given name, so her row moves down, and the
    // cell the view held moves with it.
    Attendee a = *s->attendees().get(cuc);
    a.givenName = QStringLiteral("Yến");
    REQUIRE(s->push(commands::editAttendees(s.get(), { a })));
    CHECK(source.resets == 0);
    CHECK(shown.resets == 0);
    CHECK(kept.isValid());
    CHECK(kept.row() > row);
    CHECK(filter.index(kept.row(), AttendeeTableModel::NameColumn).data().toString()
          == QStringLiteral("Lê Thị Yến"));
    CHECK(kept.column() == AttendeeTableModel::PhoneColumn);

    // Undone twice: back to her name and not checked in, still without a reset.
    s->undoStack()->undo();
    s->undoStack()->undo();
    CHECK(filter.index(kept.row(), AttendeeTableModel::NameColumn).data().toString()
          == QStringLiteral("Lê Thị Cúc"));
    CHECK(filter.index(kept.row(), AttendeeTableModel::CheckedInColumn).data().toString()
          == QString());
    CHECK(source.resets == 0);
    CHECK(shown.resets == 0);

    // A person removed goes with one removal; the others stay where they were.
    const QStringList before = names(filter);
    const qint64 dung = idOf(model, QStringLiteral("Trần Văn Dũng"));
    REQUIRE(s->push(commands::removeAttendees(s.get(), { dung })));
    QStringList expected = before;
    expected.removeOne(QStringLiteral("Trần Văn Dũng"));
    CHECK(names(filter) == expected);
    CHECK(source.removed == 1);
    CHECK(source.resets == 0);
    s->undoStack()->undo();
    CHECK(names(filter) == before);
    CHECK(source.resets == 0);
}

TEST_CASE("A change announced from elsewhere reaches the models by the same path",
          "[models][changes]")
{
    auto s = sampleSession();
    QuestionTableModel questions(s.get());
    QAbstractItemModelTester t(&questions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Question q;
    q.eventId = s->eventId();
    q.text = QStringLiteral("Câu hỏi về việc làm");
    REQUIRE(s->push(commands::addQuestions(s.get(), { q })));
    REQUIRE(questions.rowCount() == 1);
    const qint64 id = questions.idAt(0);
    Signals seen(&questions);

    // Another desk wrote the row; its NOTIFY payload is the change set's text.
    QSqlQuery sql(s->database().connection());
    REQUIRE(sql.exec(
        QStringLiteral("UPDATE questions SET text = 'Câu hỏi về nhà ở' WHERE id = %1").arg(id)));
    CHECK(questions.index(0, QuestionTableModel::TextColumn).data().toString()
          == QStringLiteral("Câu hỏi về việc làm"));
    s->announce(ChangeSet::fromText(QStringLiteral("questions:%1").arg(id)));
    CHECK(questions.index(0, QuestionTableModel::TextColumn).data().toString()
          == QStringLiteral("Câu hỏi về nhà ở"));
    CHECK(seen.resets == 0);
    CHECK(seen.changed >= 1);
}
