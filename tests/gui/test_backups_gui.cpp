// File ▸ Backups and File ▸ Erase personal data (issue 15, points 6 and 7), clicked as a
// person would, and the automatic backups of the window.
#include "support/guisupport.h"
#include "support/testsupport.h"

#include "edit/commands.h"
#include "mainwindow.h"
#include "services/sampleevent.h"
#include "session/session.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace dd;
using testsupport::whenDialogOpens;

namespace {

QStringList backupsIn(const QString &dir)
{
    return QDir(dir + QStringLiteral("/DialogueDesk-backups"))
        .entryList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
}

QStringList row(QTableWidget *table, int r)
{
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << table->item(r, c)->text();
    return cells;
}

void retitle(Session *s, const QString &title)
{
    Event e = *s->event();
    e.title = title;
    REQUIRE(s->push(commands::editEvent(s, e)));
}

} // namespace

TEST_CASE("File ▸ Backups lists the backups and restores one after keeping the current state",
          "[gui][backup]")
{
    testsupport::WindowFixture f;
    CHECK(backupsIn(f.dir.path()).isEmpty()); // a file just made is not backed up
    const QString original = f.session()->event()->title;

    bool listed = false;
    whenDialogOpens(QStringLiteral("backupsDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("backupsTable"));
        REQUIRE(table);
        CHECK(table->rowCount() == 0);
        d->findChild<QPushButton *>(QStringLiteral("backupNowButton"))->click();
        REQUIRE(table->rowCount() == 1);
        const QStringList cells = row(table, 0);
        // Taken today; the 2021 plan: one event, its five people, no question yet.
        CHECK(cells.at(0).startsWith(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
        CHECK(cells.mid(2)
              == QStringList { QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("0") });
        testsupport::shoot(d, QStringLiteral("backups"));
        listed = true;
        d->accept();
    });
    f.find<QAction>("backupsAction")->trigger();
    QTest::qWait(20);
    REQUIRE(listed);
    REQUIRE(backupsIn(f.dir.path()).size() == 1);

    retitle(f.session(), QStringLiteral("Đối thoại đã sửa"));
    CHECK(f.find<QLabel>("eventTitleLabel")->text().contains(QStringLiteral("Đối thoại đã sửa")));

    bool asked = false;
    whenDialogOpens(QStringLiteral("backupsDialog"), [&](QDialog *d) {
        auto *table = d->findChild<QTableWidget *>(QStringLiteral("backupsTable"));
        REQUIRE(table->rowCount() == 1);
        table->selectRow(0);
        whenDialogOpens(QStringLiteral("restoreBackupQuestion"), [&](QDialog *q) {
            asked = true;
            auto *box = qobject_cast<QMessageBox *>(q);
            REQUIRE(box);
            CHECK(box->text().contains(QStringLiteral("1 events, 5 people, 0 questions")));
            box->button(QMessageBox::Yes)->click();
        });
        d->findChild<QPushButton *>(QStringLiteral("restoreBackupButton"))->click();
    });
    f.find<QAction>("backupsAction")->trigger();
    QTest::qWait(50);
    REQUIRE(asked);
    // The window shows the file as the backup held it; the edited state was kept.
    CHECK(f.session()->event()->title == original);
    CHECK(f.find<QLabel>("eventTitleLabel")->text().contains(QStringLiteral("Tây Ninh năm 2021")));
    CHECK(backupsIn(f.dir.path()).size() == 2);
    CHECK(f.find<QAction>("undoAction")->isEnabled() == false);
}

TEST_CASE("The window backs up a changed file when it opens it, and each hour it changes",
          "[gui][backup]")
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2021.sqlite"));
    {
        auto r = Database::open(path, Database::Access::ReadWrite, [](Database &db) -> Status {
            const auto id = createSampleEvent(db);
            return id ? Status() : Status(Error(id.error()));
        });
        REQUIRE(r.database);
    }
    {
        MainWindow w;
        REQUIRE(w.openFile(path));
        CHECK(backupsIn(dir.path()).size() == 1); // never backed up before
    }
    {
        MainWindow w;
        REQUIRE(w.openFile(path));
        CHECK(backupsIn(dir.path()).size() == 1); // unchanged since
        auto *timer = w.findChild<QTimer *>(QStringLiteral("backupTimer"));
        REQUIRE(timer);
        CHECK(timer->isActive());
        CHECK(timer->interval() == 60 * 60 * 1000);
        timer->setInterval(100); // an hour, shortened
        QTest::qWait(300);
        CHECK(backupsIn(dir.path()).size() == 1); // nothing changed in that hour
        QTest::qWait(1100); // backups are named by the second
        retitle(w.session(), QStringLiteral("Đối thoại 2022"));
        QTest::qWait(300);
        CHECK(backupsIn(dir.path()).size() == 2);
    }
}

TEST_CASE("File ▸ Erase personal data asks, then erases and records it in the event",
          "[gui][personal-data]")
{
    testsupport::WindowFixture f;
    auto phones = [&f] {
        QStringList list;
        for (const Attendee &a : f.session()->attendees().list(f.session()->eventId()))
            if (!a.phone.isEmpty())
                list << a.phone;
        return list;
    };
    REQUIRE(phones().size() == 1); // Đoàn Thị Hồng, at the office's number

    // Cancel changes nothing.
    whenDialogOpens(QStringLiteral("erasePersonalDataQuestion"), [](QDialog *q) {
        qobject_cast<QMessageBox *>(q)->button(QMessageBox::Cancel)->click();
    });
    f.find<QAction>("erasePersonalDataAction")->trigger();
    QTest::qWait(20);
    CHECK(phones().size() == 1);
    CHECK(backupsIn(f.dir.path()).isEmpty());

    bool asked = false;
    whenDialogOpens(QStringLiteral("erasePersonalDataQuestion"), [&](QDialog *q) {
        asked = true;
        auto *box = qobject_cast<QMessageBox *>(q);
        CHECK(box->text().contains(QStringLiteral("(Decree 13/2023/NĐ-CP)")));
        testsupport::shoot(q, QStringLiteral("erase-personal-data"));
        box->button(QMessageBox::Yes)->click();
    });
    f.find<QAction>("erasePersonalDataAction")->trigger();
    QTest::qWait(50);
    REQUIRE(asked);
    CHECK(phones().isEmpty());
    CHECK(f.session()->attendees().list(f.session()->eventId()).size() == 5);
    CHECK(backupsIn(f.dir.path()).size() == 1);
    CHECK(f.find<QLabel>("eventFactsLabel")
              ->text()
              .contains(QStringLiteral("Personal data (phones, e-mails, birth years) erased on ")
                        + QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
    CHECK_FALSE(f.find<QAction>("undoAction")->isEnabled());
}
