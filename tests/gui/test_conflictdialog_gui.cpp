// The conflict dialog as a clerk sees it (issue 18): a real refusal in Vietnamese — a quota of a
// unit with a long name, then a long question's text — on a 1366×768 and a 1024×600 screen.
// Everything the dialog says is readable: the headline names the unit and the field, the three
// values wrap instead of widening the dialog past the screen, and the dialog fits. With
// DD_SHOT_DIR set, the window with the dialog over it is saved there as PNGs to look at.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "mainwindow.h"
#include "util/language.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>

using namespace dd;

namespace {

QDialog *openConflictDialog(MainWindow &w)
{
    for (auto *d : w.findChildren<QDialog *>(QStringLiteral("conflictDialog")))
        if (d->isVisible())
            return d;
    return nullptr;
}

QLabel *label(QDialog &d, const char *name)
{
    auto *l = d.findChild<QLabel *>(QLatin1String(name));
    REQUIRE(l);
    return l;
}

// The dialog over the window on a screen of `size`: it fits, its words are not cut, and (with
// DD_SHOT_DIR) the picture is saved as `name`-WIDTHxHEIGHT.png.
void look(MainWindow &w, QDialog &d, const QSize &size, const QString &name)
{
    w.resize(size);
    QTest::qWait(10);
    const QSize usable(size.width(), size.height() - 40); // less the taskbar
    const QSize min = d.minimumSizeHint().expandedTo(d.minimumSize());
    CHECK(min.width() <= usable.width());
    CHECK(min.height() <= usable.height());
    d.resize(d.size().boundedTo(usable));
    d.move(w.geometry().center() - d.rect().center());
    QTest::qWait(10);
    CHECK(d.width() <= usable.width());
    CHECK(d.height() <= usable.height());
    // The headline is shown whole; the values whole or in their scroll area.
    QLabel *headline = label(d, "conflictMessage");
    CHECK(headline->heightForWidth(headline->width()) <= headline->height());
    auto *values = d.findChild<QScrollArea *>(QStringLiteral("conflictValues"));
    REQUIRE(values);
    for (const char *n : { "readValueLabel", "theirValueLabel", "yourValueLabel" }) {
        QLabel *l = label(d, n);
        CHECK(l->wordWrap());
        CHECK(l->width() <= values->viewport()->width());
        CHECK(l->heightForWidth(l->width()) <= l->height());
    }
    for (auto *b : d.findChildren<QPushButton *>())
        CHECK(b->sizeHint().width() <= b->width());

    const QString dir = qEnvironmentVariable("DD_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QPixmap screen = w.grab();
    QPainter p(&screen);
    p.drawPixmap(d.geometry().topLeft() - w.geometry().topLeft(), d.grab());
    p.end();
    REQUIRE(screen.save(QDir(dir).filePath(
        QStringLiteral("%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()))));
}

} // namespace

TEST_CASE("The conflict dialog shows a long unit name and a long question whole on 1366x768 and "
          "1024x600 screens, in Vietnamese",
          "[gui][conflict]")
{
    installLanguage(QStringLiteral("vi"));
    testsupport::WindowFixture f(QStringLiteral("conflict-dialog.sqlite"));
    Session *office = f.session();
    // The other desk's writes are made here through the window's own store (the refusal is the
    // same: the row's version moved after the edit read it).
    Session &other = *office;
    // The quota of a unit with a long name, changed at the other desk after the office read it.
    Unit unit = *other.units().findByName(QStringLiteral("Huyện đoàn Dương Minh Châu"));
    unit.name = QStringLiteral(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh Khối các Cơ quan và Doanh nghiệp tỉnh Tây Ninh");
    REQUIRE(other.push(commands::editUnit(&other, unit)));
    const EventUnit read = *office->units().eventUnit(office->eventId(), unit.id);
    REQUIRE(other.push(commands::setQuota(&other, unit.id, 25)));
    for (auto *box : f.window.findChildren<QMessageBox *>(QStringLiteral("planTextReminder")))
        box->accept(); // this store's own quota edit reminds of the plan's text
    CHECK_FALSE(office->push(commands::setQuotaFrom(office, read, 30)));
    QDialog *quota = openConflictDialog(f.window);
    REQUIRE(quota);
    CHECK(label(*quota, "conflictMessage")->text()
          == QStringLiteral("Bàn khác đã sửa chỉ tiêu của Đoàn Thanh niên Cộng sản Hồ Chí Minh "
                            "Khối các Cơ quan và Doanh nghiệp tỉnh Tây Ninh sau khi bạn đọc; chưa "
                            "có gì của bạn được ghi."));
    CHECK(label(*quota, "readValueLabel")->text() == QStringLiteral("Bạn đã đọc: “22”"));
    CHECK(label(*quota, "theirValueLabel")->text() == QStringLiteral("Giá trị của họ: “25”"));
    CHECK(label(*quota, "yourValueLabel")->text() == QStringLiteral("Giá trị của bạn: “30”"));
    look(f.window, *quota, QSize(1366, 768), QStringLiteral("conflict-quota"));
    look(f.window, *quota, QSize(1024, 600), QStringLiteral("conflict-quota"));
    quota->reject();

    // A long question's text, changed at both desks.
    Question q;
    q.eventId = office->eventId();
    q.unitId = unit.id;
    q.text = QStringLiteral(
        "Đề nghị Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội tỉnh tăng nguồn vốn vay ưu "
        "đãi cho thanh niên khởi nghiệp ở nông thôn, đơn giản hóa thủ tục hồ sơ vay, kéo dài "
        "thời hạn cho vay đối với các dự án chăn nuôi và trồng trọt công nghệ cao, đồng thời tổ "
        "chức các lớp tập huấn kỹ năng lập phương án sản xuất, kinh doanh cho đoàn viên trước "
        "khi giải ngân.");
    REQUIRE(office->push(commands::addQuestions(office, { q })));
    Question asked;
    for (const Question &x : office->questions().list(office->eventId()))
        if (x.text == q.text)
            asked = x;
    REQUIRE(asked.id > 0);
    Question theirs = *other.questions().get(asked.id);
    theirs.text = q.text + QStringLiteral(" (Ban Tuyên giáo đã rút gọn ý 2.)");
    REQUIRE(other.push(commands::editQuestions(&other, { theirs })));
    Question mine = asked;
    mine.text = q.text + QStringLiteral(" Kính đề nghị trả lời trước ngày 15/7/2021.");
    CHECK_FALSE(office->push(commands::editQuestionsFrom(office, { asked }, { mine })));
    QDialog *text = openConflictDialog(f.window);
    REQUIRE(text);
    CHECK(label(*text, "conflictMessage")->text()
          == QStringLiteral("Bàn khác đã sửa nội dung của ý kiến này (dòng %1) sau khi bạn đọc; "
                            "chưa có gì của bạn được ghi.")
                 .arg(asked.id));
    CHECK(label(*text, "theirValueLabel")->text()
          == QStringLiteral("Giá trị của họ: “%1”").arg(theirs.text));
    CHECK(label(*text, "yourValueLabel")->text()
          == QStringLiteral("Giá trị của bạn: “%1”").arg(mine.text));
    look(f.window, *text, QSize(1366, 768), QStringLiteral("conflict-question"));
    look(f.window, *text, QSize(1024, 600), QStringLiteral("conflict-question"));
    text->reject();
    installLanguage(QStringLiteral("en"));
}
