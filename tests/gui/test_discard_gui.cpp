// A form with something typed in it is not lost to a stray Esc, Cancel or ×: the clerk is
// asked, "Keep editing" is the default, and a form left as it opened closes without a word.
#include "support/guisupport.h"

#include "util/language.h"

#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace dd;

namespace {

// Answers the next "discard?" box with the button named `button`; `seen` tells it showed.
void answerDiscardBox(const QString &button, bool *seen, QString *text = nullptr)
{
    testsupport::whenMessageBoxOpens(
        [=](QMessageBox *box) {
            *seen = true;
            if (text)
                *text = box->text();
            CHECK(box->defaultButton()->objectName() == QStringLiteral("keepEditingButton"));
            box->findChild<QPushButton *>(button)->click();
        },
        QStringLiteral("discardChangesBox"));
}

} // namespace

TEST_CASE("A typed question is not lost to Esc: the clerk is asked, and keeps editing by default",
          "[gui][questions]")
{
    installLanguage(QStringLiteral("vi"));
    testsupport::WindowFixture f(QStringLiteral("discard.sqlite"));
    Session *s = f.session();
    f.window.showTab(MainWindow::QuestionsTab);
    const QString typed = QStringLiteral("Đề nghị tỉnh hỗ trợ vốn vay khởi nghiệp cho thanh niên");
    bool checked = false;
    testsupport::whenDialogOpens(QStringLiteral("questionDialog"), [&](QDialog *d) {
        auto *text = d->findChild<QPlainTextEdit *>(QStringLiteral("questionTextEdit"));
        testsupport::typeText(text, typed);

        bool asked = false;
        QString question;
        answerDiscardBox(QStringLiteral("keepEditingButton"), &asked, &question);
        QTest::keyClick(d, Qt::Key_Escape);
        QTest::qWait(20);
        CHECK(asked);
        CHECK(question == QStringLiteral("Đóng biểu mẫu này mà không lưu những gì đã gõ?"));
        CHECK(d->isVisible());
        CHECK(text->toPlainText() == typed);

        // Saved and a next one begun: closing now loses nothing, so nothing is asked.
        d->findChild<QPushButton *>(QStringLiteral("saveAndNewButton"))->click();
        QTest::qWait(20);
        CHECK(s->questions().list(s->eventId()).size() == 1);
        testsupport::typeText(text, QStringLiteral("Kiến nghị thứ hai"));
        asked = false;
        answerDiscardBox(QStringLiteral("discardButton"), &asked);
        QTest::keyClick(d, Qt::Key_Escape);
        QTest::qWait(20);
        CHECK(asked);
        CHECK_FALSE(d->isVisible());
        checked = true;
    });
    f.find<QPushButton>("addQuestionButton")->click();
    QTest::qWait(50);
    CHECK(checked);
    // The first was saved, the second discarded as chosen.
    REQUIRE(s->questions().list(s->eventId()).size() == 1);
    CHECK(s->questions().list(s->eventId()).first().text == typed);

    // A form opened and left as it was closes at once.
    checked = false;
    testsupport::whenDialogOpens(QStringLiteral("questionDialog"), [&](QDialog *d) {
        QTest::keyClick(d, Qt::Key_Escape);
        QTest::qWait(20);
        CHECK_FALSE(d->isVisible());
        checked = true;
    });
    f.find<QPushButton>("addQuestionButton")->click();
    QTest::qWait(50);
    CHECK(checked);

    // The attendee form asks the same way before the ×.
    f.window.showTab(MainWindow::AttendeesTab);
    checked = false;
    testsupport::whenDialogOpens(QStringLiteral("attendeeDialog"), [&](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"));
        REQUIRE(name);
        testsupport::typeText(name, QStringLiteral("Nguyễn Thị Ánh Hồng"));
        bool asked = false;
        answerDiscardBox(QStringLiteral("discardButton"), &asked);
        d->close();
        QTest::qWait(20);
        CHECK(asked);
        CHECK_FALSE(d->isVisible());
        checked = true;
    });
    f.find<QPushButton>("addAttendeeButton")->click();
    QTest::qWait(50);
    CHECK(checked);
    CHECK(s->attendees().count(s->eventId()) == 5);
    installLanguage(defaultLanguage());
}
