// Erasing personal data after an event (issue 15, point 7; Decree 13/2023/NĐ-CP): phones,
// e-mails and birth years go, from the rows, the search text, the undo history and the file's
// bytes; names, units, roles and counts stay; a backup first, and a record in the event.
#include "support/testsupport.h"

#include "services/personaldataerasure.h"
#include "services/sampleevent.h"
#include "session/session.h"
#include "storage/attendeerepository.h"
#include "storage/sqlitebackupstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dd;

namespace {

Status addSample(Database &db)
{
    const auto id = createSampleEvent(db);
    return id ? Status() : Status(Error(id.error()));
}

QByteArray bytesOf(const QString &path)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal" }) {
        QFile f(path + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

struct Person
{
    const char *family;
    const char *middle;
    const char *given;
    const char *phone;
    const char *email;
    int birthYear;
};

// Three delegates with everything the decree calls personal data, written by hand.
constexpr Person kPeople[] = {
    { "Nguyễn", "Văn", "An", "0912 345 671", "an.nguyen@tayninh.gov.vn", 1995 },
    { "Trần", "Thị Bích", "Ngọc", "0987 654 322", "ngoc.tran@gmail.com", 1998 },
    { "Lê", "Hoàng", "Phúc", "", "phuc.le@doanthanhnien.vn", 0 },
};

} // namespace

TEST_CASE("erasing personal data keeps names and counts, and leaves no trace of the rest",
          "[personal-data]")
{
    QTemporaryDir dir;
    QTemporaryDir appData;
    const QString path = dir.filePath(QStringLiteral("2021.sqlite"));
    auto opened = Database::open(path, Database::Access::ReadWrite, addSample);
    REQUIRE(opened.database);
    Session s(std::move(opened.database));
    const qint64 eventId = s.events().list().first().id;
    s.setEventId(eventId);
    for (const Person &p : kPeople) {
        Attendee a;
        a.eventId = eventId;
        a.familyName = QString::fromUtf8(p.family);
        a.middleName = QString::fromUtf8(p.middle);
        a.givenName = QString::fromUtf8(p.given);
        a.phone = QString::fromUtf8(p.phone);
        a.email = QString::fromUtf8(p.email);
        a.birthYear = p.birthYear;
        REQUIRE(s.attendees().insert(a));
    }
    s.undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    REQUIRE(s.attendees().list(eventId).size() == 8);
    REQUIRE(bytesOf(path).contains("ngoc.tran@gmail.com"));

    SqliteBackupStore backups(s.database(), appData.path());
    const QDateTime when = QDateTime(QDate(2021, 11, 2), QTime(16, 30));
    const auto done = erasePersonalDataWithBackup(s, backups, when);
    REQUIRE(done);
    // The three above and Đoàn Thị Hồng of the sample, who has the office's phone.
    CHECK(done->people == 4);
    CHECK(done->backupsDeleted == 0);
    CHECK(QFileInfo(done->backupPath).absolutePath() == dir.filePath("DialogueDesk-backups"));
    CHECK(bytesOf(done->backupPath).contains("ngoc.tran@gmail.com")); // the backup keeps them

    const QList<Attendee> after = s.attendees().list(eventId);
    REQUIRE(after.size() == 8);
    QStringList names;
    for (const Attendee &a : after) {
        CHECK(a.phone.isEmpty());
        CHECK(a.email.isEmpty());
        CHECK(a.birthYear == 0);
        if (!a.fullName().isEmpty())
            names << a.fullName();
    }
    names.sort();
    CHECK(names
          == QStringList { QStringLiteral("Lê Hoàng Phúc"), QStringLiteral("Nguyễn Văn An"),
                           QStringLiteral("Trần Thị Bích Ngọc"), QStringLiteral("Đoàn Thị Hồng") });
    CHECK(s.event()->personalDataErasedAt == when);
    // Nothing to undo: the history held the old values.
    CHECK(s.undoStack()->count() == 0);
    // A phone or e-mail no longer finds anyone.
    QSqlQuery search(s.database().connection());
    REQUIRE(search.exec(QStringLiteral("SELECT search_folded FROM attendees")));
    int searched = 0;
    while (search.next()) {
        ++searched;
        const QString text = search.value(0).toString();
        CHECK_FALSE(text.contains(QStringLiteral("0987654322")));
        CHECK_FALSE(text.contains(QStringLiteral("gmail")));
        CHECK_FALSE(text.contains(QStringLiteral("0938428213")));
    }
    CHECK(searched == 8);
    // And the file itself no longer holds them anywhere, not in free pages nor in its log.
    const QByteArray bytes = bytesOf(path);
    for (const char *gone : { "ngoc.tran@gmail.com", "an.nguyen@tayninh.gov.vn",
                              "phuc.le@doanthanhnien.vn", "0987 654 322", "0912 345 671" })
        CHECK_FALSE(bytes.contains(gone));
    CHECK(bytes.contains("Thị Bích")); // names stay
}
