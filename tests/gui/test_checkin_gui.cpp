// Check-in on the day, as the person at the door does it: a few letters without accents,
// Enter; a wrong check-in undone with Ctrl+Z; a walk-in added with Ctrl+Enter.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocumentFragment>

#include "edit/commands.h"
#include "models/attendeetablemodel.h"
#include "models/sessiontablemodel.h"
#include "util/language.h"

using namespace dd;

namespace {

std::optional<Attendee> byName(Session *s, const QString &fullName)
{
    for (const Attendee &a : s->attendees().list(s->eventId()))
        if (a.fullName() == fullName)
            return a;
    return std::nullopt;
}

} // namespace

TEST_CASE("Check-in mode: Enter checks the person in, Ctrl+Z undoes, Ctrl+Enter adds a walk-in",
          "[gui]")
{
    testsupport::WindowFixture f(QStringLiteral("checkin.sqlite"));
    Session *s = f.session();
    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    f.find<QCheckBox>("checkInModeCheck")->setChecked(true);
    auto *search = f.find<QLineEdit>("attendeeSearch");
    auto *table = f.find<QTableView>("attendeeTable");

    // "doan hong" without accents finds Đoàn Thị Hồng alone; Enter checks her in.
    QTest::keyClicks(search, QStringLiteral("doan hong"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    auto hong = byName(s, QStringLiteral("Đoàn Thị Hồng"));
    REQUIRE(hong);
    CHECK(hong->checkedInAt.isValid());
    CHECK(search->text().isEmpty()); // ready for the next person
    CHECK(f.find<QLabel>("attendeeCountLabel")->text().contains(QStringLiteral("1")));

    // A wrong check-in is undone with Ctrl+Z.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK_FALSE(byName(s, QStringLiteral("Đoàn Thị Hồng"))->checkedInAt.isValid());

    // A walk-in: type the name, Ctrl+Enter. The person is added, marked as a walk-in and
    // checked in at once.
    const int before = s->attendees().count(s->eventId());
    testsupport::typeText(search, QStringLiteral("Trần Minh Khoa"));
    QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(20);
    CHECK(s->attendees().count(s->eventId()) == before + 1);
    const auto walkIn = byName(s, QStringLiteral("Trần Minh Khoa"));
    REQUIRE(walkIn);
    CHECK(walkIn->walkIn);
    CHECK(walkIn->checkedInAt.isValid());
    CHECK(walkIn->givenName == QStringLiteral("Khoa"));
}

TEST_CASE("Check-in shows the person, scrolls to the row, warns on a second check-in and on "
          "a person who declined",
          "[gui][checkin]")
{
    testsupport::WindowFixture f(QStringLiteral("checkin-shown.sqlite"));
    Session *s = f.session();
    f.window.resize(1024, 600);
    // Enough people that the one checked in lies below the fold once the search is cleared.
    QList<Attendee> people;
    const qint64 unit = s->units().list().first().id;
    for (int i = 0; i < 60; ++i) {
        Attendee a;
        a.eventId = s->eventId();
        a.familyName = QStringLiteral("Nguyễn");
        a.middleName = QStringLiteral("Văn");
        a.givenName = QStringLiteral("An%1").arg(i, 2, 10, QLatin1Char('0'));
        a.unitId = unit;
        people << a;
    }
    Attendee late;
    late.eventId = s->eventId();
    late.familyName = QStringLiteral("Võ");
    late.middleName = QStringLiteral("Thị");
    late.givenName = QStringLiteral("Yến");
    late.unitId = unit;
    Attendee declined = late;
    declined.givenName = QStringLiteral("Xuân");
    declined.status = InvitationStatus::Declined;
    people << late << declined;
    REQUIRE(s->push(commands::addAttendees(s, people)));
    const QString unitName = s->units().get(unit)->name;

    f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
    f.find<QCheckBox>("checkInModeCheck")->setChecked(true);
    auto *search = f.find<QLineEdit>("attendeeSearch");
    auto *table = f.find<QTableView>("attendeeTable");
    auto *banner = f.find<QLabel>("checkInBanner");

    QTest::keyClicks(search, QStringLiteral("vo thi yen"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    CHECK(byName(s, QStringLiteral("Võ Thị Yến"))->checkedInAt.isValid());
    CHECK(banner->isVisible());
    const QString shown = QTextDocumentFragment::fromHtml(banner->text()).toPlainText();
    CHECK(shown.startsWith(QStringLiteral("Checked in")));
    CHECK(shown.contains(QStringLiteral("Võ Thị Yến")));
    CHECK(shown.contains(unitName));
    // The list shows everyone again, with her row current and on screen.
    CHECK(table->model()->rowCount() > 60);
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(SessionTableModel::IdRole).toLongLong()
          == byName(s, QStringLiteral("Võ Thị Yến"))->id);
    CHECK(table->viewport()->rect().contains(table->visualRect(current).center()));

    // The same person again: not checked in twice, and told when she was.
    const int steps = s->undoStack()->count();
    QTest::keyClicks(search, QStringLiteral("vo thi yen"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    CHECK(s->undoStack()->count() == steps);
    CHECK(QTextDocumentFragment::fromHtml(banner->text())
              .toPlainText()
              .contains(byName(s, QStringLiteral("Võ Thị Yến"))
                            ->checkedInAt.toString(QStringLiteral("HH:mm"))));

    // A person who declined: a warning first, and Enter again checks her in.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("vo thi xuan"));
    REQUIRE(table->model()->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    CHECK_FALSE(byName(s, QStringLiteral("Võ Thị Xuân"))->checkedInAt.isValid());
    CHECK(QTextDocumentFragment::fromHtml(banner->text())
              .toPlainText()
              .contains(QStringLiteral("Võ Thị Xuân")));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(20);
    CHECK(byName(s, QStringLiteral("Võ Thị Xuân"))->checkedInAt.isValid());
}

TEST_CASE("Check-in mode: every column of the list is as wide as its bold header", "[gui]")
{
    // Vietnamese first: its "Năm sinh" in a 60 px column is what lost its first letter.
    for (const QString &language : { QStringLiteral("vi"), QStringLiteral("en") }) {
        installLanguage(language);
        testsupport::WindowFixture f(QStringLiteral("checkinheader-%1.sqlite").arg(language));
        f.find<QTabWidget>("tabs")->setCurrentIndex(MainWindow::AttendeesTab);
        f.find<QCheckBox>("checkInModeCheck")->setChecked(true);
        auto *table = f.find<QTableView>("attendeeTable");
        QHeaderView *header = table->horizontalHeader();
        if (language == QLatin1String("vi"))
            REQUIRE(table->model()->headerData(AttendeeTableModel::BirthYearColumn, Qt::Horizontal)
                    == QStringLiteral("Năm sinh"));
        for (const QSize size : { QSize(1366, 768), QSize(1024, 600) }) {
            f.window.resize(size);
            QTest::qWait(20);
            // A selected row (the one the clerk just checked in) makes every header bold.
            table->selectRow(0);
            QFont bold = header->font();
            bold.setBold(true);
            const QFontMetrics metrics(bold);
            const int margins
                = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            // The last column stretches to the edge.
            for (int c = 0; c + 1 < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QString text = table->model()->headerData(c, Qt::Horizontal).toString();
                INFO(language.toStdString() << " " << size.width() << "x" << size.height()
                                            << " column " << text.toStdString());
                CHECK(header->sectionSize(c) >= metrics.horizontalAdvance(text) + margins);
            }
        }
    }
    installLanguage(QStringLiteral("en"));
}
