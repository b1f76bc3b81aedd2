// A clerk of another province (Long An) in the real window: a new event from the welcome page,
// its units, one of its unions' lists (tests/fixtures/lists/make_lists_qa4clerk.py: the motto
// block in merged cells, "TT", dates as dates and as text, phones that lost their 0) through the
// import dialog, and the Outlook e-mail whose own numbered questions come with an attached list.
// What is stored is compared with tables written by hand from the script.
#include "support/guisupport.h"
#include "support/importwindow.h"
#include "support/testsupport.h"

#include "dialogs/importdialog.h"
#include "edit/commands.h"
#include "mainwindow.h"
#include "pages/attendeespage.h"
#include "pages/questionspage.h"
#include "session/session.h"

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using testsupport::whenDialogOpens;

namespace {

const QString kCg = QStringLiteral("Huyện đoàn Cần Giuộc");

} // namespace

TEST_CASE("Long An's clerk: a new event from the welcome page, a union's list with the motto "
          "block and an Outlook e-mail with an attached list, stored field by field",
          "[gui][clerk][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    REQUIRE(window.openFile(dir.filePath(QStringLiteral("longan.sqlite"))));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QString title = QStringLiteral("Hội nghị đối thoại với thanh niên công nhân năm 2027");
    whenDialogOpens(QStringLiteral("eventDialog"), [&](QDialog *d) {
        auto *edit = d->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        REQUIRE(edit);
        testsupport::typeText(edit, title);
        auto *organiser = d->findChild<QLineEdit *>(QStringLiteral("organiserEdit"));
        testsupport::typeText(organiser, QStringLiteral("Ban Thường vụ Tỉnh đoàn Long An"));
        d->accept();
    });
    auto *create = window.findChild<QPushButton *>(QStringLiteral("newEventButton"));
    REQUIRE(create);
    create->click();
    QTRY_VERIFY(window.session()->event().has_value());
    Session *s = window.session();
    CHECK(s->event()->title == title);
    CHECK(s->units().list().isEmpty()); // nothing of the sample

    // The host unit with its address and quota, as the Units dialog adds it (one command).
    Unit cg;
    cg.name = kCg;
    cg.kind = UnitKind::District;
    cg.email = QStringLiteral("huyendoancangiuoc@gmail.com");
    EventUnit part;
    part.eventId = s->eventId();
    part.role = UnitRole::Host;
    part.quota = 20;
    REQUIRE(s->push(commands::addUnit(s, cg, part)));
    const auto unit = s->units().findByName(kCg);
    REQUIRE(unit);

    // The list, through the attendee import dialog: the union found in "BCH HUYỆN ĐOÀN CẦN
    // GIUỘC", five people.
    // The event's pages replace the welcome page once it is made.
    QTRY_VERIFY(window.findChild<AttendeesPage *>(QStringLiteral("attendeesPage")));
    window.showTab(MainWindow::AttendeesTab);
    ImportDialog *dialog = testsupport::openImportDialog(
        window, testsupport::fixture(QStringLiteral("lists/la_cangiuoc_quochieu.xlsx")));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    REQUIRE(button->isEnabled());
    CHECK(button->text().contains(QStringLiteral("5")));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());

    // By hand from make_lists_qa4clerk.py: family, middle, given, gender, year, position,
    // workplace, phone, e-mail, note; all sent by Huyện đoàn Cần Giuộc.
    QList<QStringList> expected = {
        { "Nguyễn", "Thị Thu", "Hà", "female", "1998", "Bí thư Chi đoàn",
          "Chi đoàn Công ty CP Dược phẩm Cần Giuộc", "0912345678", "thuha.cg@gmail.com", "" },
        { "Trần", "Văn", "Phúc", "male", "1998", "Phó Bí thư Chi đoàn",
          "Chi đoàn Công ty TNHH Giày da Phước Lâm", "0987654321", "",
          "Số điện thoại khác: 0912 000 111" },
        { "Lê", "Hoàng", "Minh", "male", "2000", "Ủy viên BCH Chi đoàn",
          "Chi hội thanh niên công nhân ấp Long Thới", "0909123456", "Minh.LeHoang@yahoo.com.vn",
          "" },
        { "Võ", "Thị Ngọc", "Trâm", "female", "1999", "Bí thư Chi đoàn",
          "Chi đoàn Khu công nghiệp Tân Kim", "0367888999", "", "Đi thay" },
        { "Huỳnh", "Tấn", "Lộc", "male", "1996", "Ủy viên BCH Huyện đoàn",
          "Công ty TNHH Thực phẩm Cầu Tràm", "02838745566", "", "" },
    };
    QList<QStringList> stored;
    for (const Attendee &a : s->attendees().list(s->eventId())) {
        CHECK(a.unitId == unit->id);
        stored << QStringList { a.familyName,
                                a.middleName,
                                a.givenName,
                                genderKey(a.gender),
                                QString::number(a.birthYear),
                                a.position,
                                a.workplace,
                                a.phone,
                                a.email,
                                a.note };
    }
    std::sort(expected.begin(), expected.end());
    std::sort(stored.begin(), stored.end());
    CHECK(stored == expected);

    // The Outlook message: three numbered questions of its own and two in the attached list.
    window.showTab(MainWindow::QuestionsTab);
    auto *questions = window.findChild<QuestionsPage *>(QStringLiteral("questionsPage"));
    REQUIRE(questions);
    int previewed = 0;
    whenDialogOpens(QStringLiteral("questionImportDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableView *>(QStringLiteral("questionPreviewTable"));
        REQUIRE(table);
        previewed = table->model()->rowCount();
        auto *import = d->findChild<QPushButton *>(QStringLiteral("questionImportButton"));
        CHECK(import->text() == QStringLiteral("Import 5 question(s)"));
        import->click();
    });
    questions->importFiles(
        { testsupport::fixture(QStringLiteral("email/la_outlook_cangiuoc.eml")) });
    QTest::qWait(50);
    CHECK(previewed == 5);
    QList<QStringList> askedExpected = {
        { "Phan Thị Bích Ngọc",
          "Đề nghị Tỉnh đoàn phối hợp Ban Quản lý các Khu kinh tế tổ chức ngày hội việc làm cho "
          "thanh niên công nhân tại Cần Giuộc." },
        { "Phan Thị Bích Ngọc", "Công nhân làm ca đêm có được hỗ trợ chi phí gửi trẻ không?" },
        { "Phan Thị Bích Ngọc",
          "Sáng kiến: lập \"Tủ sách công nhân\" tại các khu nhà trọ ấp Long Thới." },
        { "Võ Thị Ngọc Trâm",
          "Đề nghị tỉnh có chính sách hỗ trợ nhà ở xã hội cho công nhân Khu công nghiệp Tân Kim." },
        { "Nguyễn Thị Thu Hà",
          "Kiến nghị mở thêm lớp học ngoại ngữ buổi tối cho thanh niên công nhân." },
    };
    QList<QStringList> asked;
    for (const Question &q : s->questions().list(s->eventId())) {
        CHECK(q.unitId == unit->id);
        CHECK(q.receivedOn == QDate(2026, 11, 24));
        CHECK(q.channel == QuestionChannel::Email);
        asked << QStringList { q.submitter, q.text };
    }
    std::sort(askedExpected.begin(), askedExpected.end());
    std::sort(asked.begin(), asked.end());
    CHECK(asked == askedExpected);
}
