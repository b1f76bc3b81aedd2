// `mail fetch`, `unit set` and `list mail` against the private Dovecot IMAP server and SMTP
// sink that scripts/test starts (issue 16).
#include "support/mailsupport.h"
#include "support/testsupport.h"

#include "io/emailreader.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>

using testsupport::emailFixture;
using testsupport::MailServers;
using testsupport::ProcessResult;
using testsupport::SampleData;

namespace {

// Runs with the password given as scripts give it.
ProcessResult runWithPassword(const SampleData &d, const QStringList &args,
                              const QString &password = MailServers::password())
{
    qputenv("DD_MAIL_PASSWORD", password.toUtf8());
    const ProcessResult r = d.run(args);
    qunsetenv("DD_MAIL_PASSWORD");
    return r;
}

using UnitAddresses = QList<std::pair<QString, QString>>;

// Three host unions, each with an address made unique by `tag`; `refusedSecond`: the second
// at @invalid.example, which the sink refuses (550) as a server refuses an unknown mailbox.
UnitAddresses hostUnions(bool refusedSecond = false)
{
    return {
        { QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("dmc.%1@test.example") },
        { QStringLiteral("Thị đoàn Hòa Thành"),
          refusedSecond ? QStringLiteral("ht.%1@invalid.example")
                        : QStringLiteral("ht.%1@test.example") },
        { QStringLiteral("Thành đoàn thành phố Tây Ninh"), QStringLiteral("tp.%1@test.example") },
    };
}

void setAddresses(const SampleData &d, const UnitAddresses &units, const QString &tag)
{
    for (const auto &[name, address] : units)
        REQUIRE(d.run({ QStringLiteral("unit"), QStringLiteral("set"), name,
                        QStringLiteral("--email"), address.arg(tag) })
                    .exitCode
                == 0);
}

QList<QStringList> rows(const QByteArray &out)
{
    QList<QStringList> list;
    for (const QString &line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        list << line.split(QLatin1Char('\t'));
    return list;
}

} // namespace

TEST_CASE("cli: mail fetch reads the three host units' e-mails once, a second fetch adds "
          "nothing and the mailbox stays unread",
          "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    // A Gmail label with accents, as the plan's mailbox would have: "Đối thoại 2021 – A".
    const QString folder = QStringLiteral("Đối thoại 2021 A");
    const QByteArray utf7 = "&ARAe0Q-i tho&HqE-i 2021 A";
    servers.makeFolder(utf7,
                       { emailFixture("dmc_numbered_qp.eml"),
                         emailFixture("hoathanh_cp1258_outlook.eml"),
                         emailFixture("tayninh_html_only.eml"), emailFixture("cp1258_qp.eml") });

    SampleData d;
    REQUIRE(d.run({ QStringLiteral("unit"), QStringLiteral("set"),
                    QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("--email"),
                    QStringLiteral("huyendoan.dmc@gmail.com") })
                .exitCode
            == 0);
    REQUIRE(d.run({ QStringLiteral("unit"), QStringLiteral("set"),
                    QStringLiteral("Thành đoàn thành phố Tây Ninh"), QStringLiteral("--email"),
                    QStringLiteral("thanhdoan.tayninh@gmail.com") })
                .exitCode
            == 0);
    const QStringList fetch { QStringLiteral("mail"),     QStringLiteral("fetch"),
                              QStringLiteral("--server"), servers.imapUrl(folder),
                              QStringLiteral("--user"),   MailServers::user() };

    const ProcessResult first = runWithPassword(d, fetch);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    // Dương Minh Châu 5, Hòa Thành 1 (matched by its name, no address in the directory),
    // Thành đoàn 4; the Mỹ Phong branch is not in the directory: left in the mailbox.
    CHECK(QString::fromUtf8(first.out)
          == QStringLiteral("4 new message(s) read; imported 10 question(s); 0 message(s) read "
                            "before\n"));
    const QString err = QString::fromUtf8(first.err);
    CHECK(err.contains(QStringLiteral("left in the mailbox: e-mail “Ý kiến đoàn viên công "
                                      "nhân”: No unit has the address "
                                      "chidoan.myphong@yahoo.com")));

    const ProcessResult listed = d.run({ QStringLiteral("list"), QStringLiteral("questions") });
    REQUIRE(listed.exitCode == 0);
    const QList<QStringList> table = rows(listed.out);
    REQUIRE(table.size() == 11);
    const QStringList header = table.first();
    const int text = int(header.indexOf(QStringLiteral("text")));
    const int unit = int(header.indexOf(QStringLiteral("unit")));
    const int submitter = int(header.indexOf(QStringLiteral("submitter")));
    const int kind = int(header.indexOf(QStringLiteral("kind")));
    REQUIRE(text >= 0);
    REQUIRE(unit >= 0);
    REQUIRE(submitter >= 0);
    REQUIRE(kind >= 0);
    // The Hòa Thành recommendation: no greeting, no announcement, no signature; its signer.
    bool found = false;
    for (const QStringList &r : table) {
        if (!r.value(text).startsWith(QStringLiteral("Ấp Long Bình")))
            continue;
        found = true;
        CHECK(r.value(unit) == QStringLiteral("Thị đoàn Hòa Thành"));
        CHECK(r.value(submitter) == QStringLiteral("Nguyễn Thị Ngọc Hân"));
        CHECK(r.value(kind) == QStringLiteral("recommendation"));
        CHECK_FALSE(r.value(text).contains(QStringLiteral("Kính gửi")));
        CHECK_FALSE(r.value(text).contains(QStringLiteral("Trân trọng")));
    }
    CHECK(found);
    int dmc = 0;
    int tp = 0;
    for (const QStringList &r : table) {
        dmc += r.value(unit) == QStringLiteral("Huyện đoàn Dương Minh Châu");
        tp += r.value(unit) == QStringLiteral("Thành đoàn thành phố Tây Ninh");
    }
    CHECK(dmc == 5);
    CHECK(tp == 4);

    const ProcessResult second = runWithPassword(d, fetch);
    REQUIRE(second.exitCode == 0);
    // The unmatched message is offered again; the three others are skipped.
    CHECK(QString::fromUtf8(second.out)
          == QStringLiteral("1 new message(s) read; imported 0 question(s); 3 message(s) read "
                            "before\n"));
    CHECK(rows(d.run({ QStringLiteral("list"), QStringLiteral("questions") }).out).size() == 11);
    // Nothing was marked as read, moved or deleted on the server.
    const QStringList flags = servers.flags(utf7);
    CHECK(flags.size() == 4);
    for (const QString &f : flags)
        CHECK_FALSE(f.contains(QLatin1Char('S')));
}

TEST_CASE("cli: mail fetch errors name the cause and change nothing", "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    servers.makeFolder("Errors", { emailFixture("dmc_numbered_qp.eml") });
    SampleData d;
    const auto fetch = [&](const QString &url, const QString &password) {
        return runWithPassword(d,
                               { QStringLiteral("mail"), QStringLiteral("fetch"),
                                 QStringLiteral("--server"), url, QStringLiteral("--user"),
                                 MailServers::user() },
                               password);
    };
    SECTION("wrong password")
    {
        const ProcessResult r
            = fetch(servers.imapUrl(QStringLiteral("Errors")), QStringLiteral("sai-mat-khau"));
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(
            QStringLiteral("refused the user name or the password of dd")));
    }
    SECTION("a folder that does not exist")
    {
        const ProcessResult r
            = fetch(servers.imapUrl(QStringLiteral("Không có")), MailServers::password());
        CHECK(r.exitCode == 1);
        CHECK(
            QString::fromUtf8(r.err).contains(QStringLiteral("has no folder or label “Không có”")));
    }
    SECTION("a server that does not answer")
    {
        // Port 1 (tcpmux) is served by no one here: the connection is refused.
        const ProcessResult r
            = fetch(QStringLiteral("imap://127.0.0.1:1/INBOX"), MailServers::password());
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("cannot be reached")));
    }
    SECTION("a certificate made out to another host")
    {
        // Trusted, but for "not-this-host.example", not "localhost".
        qputenv("DD_MAIL_CA_FILE", servers.value("DD_TEST_IMAPS_CA").toUtf8());
        const ProcessResult r = fetch(
            QStringLiteral("imaps://localhost:%1/Errors").arg(servers.value("DD_TEST_IMAPS_PORT")),
            MailServers::password());
        qunsetenv("DD_MAIL_CA_FILE");
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("certificate")));
    }
    SECTION("in Vietnamese")
    {
        qputenv("DD_MAIL_PASSWORD", "sai-mat-khau");
        const ProcessResult r = testsupport::runApp(
            { QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--db"), d.path,
              QStringLiteral("mail"), QStringLiteral("fetch"), QStringLiteral("--server"),
              servers.imapUrl(QStringLiteral("Errors")), QStringLiteral("--user"),
              MailServers::user() });
        qunsetenv("DD_MAIL_PASSWORD");
        CHECK(r.exitCode == 1);
        CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("mật khẩu")));
    }
    // Nothing was imported by any of them.
    CHECK(d.list(QStringLiteral("questions")).size() == 1);
}

TEST_CASE("cli: a message over 25 MB is listed and not read, the others are", "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    QByteArray big = "From: Huyen doan Duong Minh Chau <huyendoan.dmc@gmail.com>\r\n"
                     "Subject: Danh sach\r\nMessage-ID: <big-1@gmail.com>\r\nMIME-Version: 1.0\r\n"
                     "Content-Type: text/plain\r\n\r\n1. Cau hoi\r\n";
    const QByteArray line(998, 'x');
    while (big.size() <= 25 * 1024 * 1024)
        big += line + "\r\n";
    servers.makeFolder("Big", { big, emailFixture("dmc_numbered_qp.eml") });
    SampleData d;
    REQUIRE(d.run({ QStringLiteral("unit"), QStringLiteral("set"),
                    QStringLiteral("Huyện đoàn Dương Minh Châu"), QStringLiteral("--email"),
                    QStringLiteral("huyendoan.dmc@gmail.com") })
                .exitCode
            == 0);
    const ProcessResult r = runWithPassword(
        d,
        { QStringLiteral("mail"), QStringLiteral("fetch"), QStringLiteral("--server"),
          servers.imapUrl(QStringLiteral("Big")), QStringLiteral("--user"), MailServers::user() });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.err).contains(QStringLiteral("more than the 25 MB")));
    CHECK(QString::fromUtf8(r.out)
          == QStringLiteral("1 new message(s) read; imported 5 question(s); 0 message(s) read "
                            "before\n"));
}

TEST_CASE("cli: unit set fills the directory", "[cli][mail]")
{
    SampleData d;
    const ProcessResult r = d.run(
        { QStringLiteral("unit"), QStringLiteral("set"), QStringLiteral("thi doan hoa thanh"),
          QStringLiteral("--email"), QStringLiteral("ThiDoan.HoaThanh@tayninh.gov.vn"),
          QStringLiteral("--phone"), QStringLiteral("0276 3841 234"), QStringLiteral("--contact"),
          QStringLiteral("Nguyễn Thị Ngọc Hân") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    bool seen = false;
    const QList<QStringList> table
        = rows(d.run({ QStringLiteral("list"), QStringLiteral("units") }).out);
    const QStringList header = table.first();
    for (const QStringList &row : table) {
        if (row.value(int(header.indexOf(QStringLiteral("name"))))
            != QStringLiteral("Thị đoàn Hòa Thành"))
            continue;
        seen = true;
        // Kept as the clerk wrote it (the window keeps it so too); compared without case.
        CHECK(row.value(int(header.indexOf(QStringLiteral("email"))))
              == QStringLiteral("ThiDoan.HoaThanh@tayninh.gov.vn"));
        CHECK(row.value(int(header.indexOf(QStringLiteral("phone"))))
              == QStringLiteral("02763841234"));
        CHECK(row.value(int(header.indexOf(QStringLiteral("contact_person"))))
              == QStringLiteral("Nguyễn Thị Ngọc Hân"));
    }
    CHECK(seen);
    const ProcessResult bad = d.run(
        { QStringLiteral("unit"), QStringLiteral("set"), QStringLiteral("Thị đoàn Hòa Thành"),
          QStringLiteral("--email"), QStringLiteral("not an address") });
    CHECK(bad.exitCode == 2);
}

TEST_CASE("cli: mail send unit-invitation sends each host union its own letter, logs it and "
          "refuses a second sending without --again",
          "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    SampleData d;
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
    const UnitAddresses units = hostUnions();
    setAddresses(d, units, tag);
    const QStringList send { QStringLiteral("mail"),
                             QStringLiteral("send"),
                             QStringLiteral("unit-invitation"),
                             QStringLiteral("--smtp"),
                             servers.smtpUrl(),
                             QStringLiteral("--from"),
                             QStringLiteral("bantochuctinhdoantayninh@gmail.com") };
    const ProcessResult r = d.run(send);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).endsWith(QStringLiteral("Sent 3 message(s).\n")));
    // The other invited units have no address: listed, skipped.
    CHECK(QString::fromUtf8(r.err).contains(
        QStringLiteral("not sent: Huyện đoàn Bến Cầu: no e-mail address")));

    QList<MailServers::Received> mine;
    for (const MailServers::Received &m : servers.received())
        if (m.to.value(0).contains(tag))
            mine << m;
    REQUIRE(mine.size() == 3);
    QTemporaryDir work;
    for (const auto &[name, address] : units) {
        const QString to = address.arg(tag);
        const MailServers::Received *got = nullptr;
        for (const MailServers::Received &m : mine)
            if (m.to == QStringList { to })
                got = &m;
        REQUIRE(got);
        CHECK(got->from == QStringLiteral("bantochuctinhdoantayninh@gmail.com"));
        const auto mail = dd::io::readEmail(got->message, QStringLiteral("sent.eml"));
        REQUIRE(mail.ok());
        CHECK(mail->subject.startsWith(QStringLiteral("Giấy mời dự ")));
        CHECK(mail->body.startsWith(QStringLiteral("Kính gửi: %1,").arg(name)));
        const auto [file, pdf] = testsupport::attachmentOf(got->message, work.path());
        CHECK(file
              == QStringLiteral("giay-moi-%1.pdf")
                     .arg(name == units.at(0).first ? QStringLiteral("huyen-doan-duong-minh-chau")
                              : name == units.at(1).first
                              ? QStringLiteral("thi-doan-hoa-thanh")
                              : QStringLiteral("thanh-doan-thanh-pho-tay-ninh")));
        QFile out(work.filePath(QStringLiteral("letter.pdf")));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();
        const QString text = testsupport::pdfText(out.fileName()).simplified();
        CHECK(text.contains(QStringLiteral("GIẤY MỜI")));
        CHECK(text.contains(name));
    }
    // The log, one row per unit.
    const QList<QStringList> log
        = rows(d.run({ QStringLiteral("list"), QStringLiteral("mail") }).out);
    REQUIRE(log.size() == 4);
    CHECK(log.at(1).value(4) == QStringLiteral("unit-invitation"));
    CHECK(log.at(1).value(7).startsWith(QStringLiteral("250 2.0.0 Ok: queued as DD")));

    // Twice: refused without --again.
    const ProcessResult again = d.run(send);
    CHECK(QString::fromUtf8(again.out).endsWith(QStringLiteral("Sent 0 message(s).\n")));
    CHECK(QString::fromUtf8(again.err).contains(QStringLiteral("Add --again")));
    CHECK(rows(d.run({ QStringLiteral("list"), QStringLiteral("mail") }).out).size() == 4);

    // --dry-run DIR writes the messages instead.
    QTemporaryDir dry;
    const ProcessResult written
        = d.run({ QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("unit-invitation"),
                  QStringLiteral("--unit"), units.at(1).first, QStringLiteral("--dry-run"),
                  dry.path(), QStringLiteral("--again"), QStringLiteral("--from"),
                  QStringLiteral("bantochuctinhdoantayninh@gmail.com") });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(QFileInfo::exists(dry.filePath(QStringLiteral("giay-moi-thi-doan-hoa-thanh.eml"))));
}

TEST_CASE("cli: mail fetch --save-lists saves a union's attached list under its name, for "
          "import attendees --unit",
          "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    QTemporaryDir work;
    const QByteArray csv
        = "STT,Họ và tên,Năm sinh\r\n1,Trần Văn Bình,1995\r\n2,Lê Thị Cúc,1998\r\n";
    servers.makeFolder(
        "Lists CLI",
        { testsupport::listOnlyMessage(csv, QStringLiteral("danh-sach.csv"), work.path()) });
    SampleData d;
    const QString folder = work.filePath(QStringLiteral("lists"));
    const ProcessResult r = runWithPassword(
        d,
        { QStringLiteral("mail"), QStringLiteral("fetch"), QStringLiteral("--server"),
          servers.imapUrl(QStringLiteral("Lists CLI")), QStringLiteral("--user"),
          MailServers::user(), QStringLiteral("--save-lists"), folder });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString saved = folder + QStringLiteral("/huyen-doan-duong-minh-chau-danh-sach.csv");
    CHECK(QString::fromUtf8(r.out)
          == QStringLiteral("list\tHuyện đoàn Dương Minh Châu\t%1\n"
                            "1 new message(s) read; imported 0 question(s); 0 message(s) read "
                            "before\n")
                 .arg(saved));
    CHECK(testsupport::readFile(saved) == csv);
    // Remembered: the next fetch does not offer it again.
    const ProcessResult again = runWithPassword(d,
                                                { QStringLiteral("mail"), QStringLiteral("fetch"),
                                                  QStringLiteral("--server"),
                                                  servers.imapUrl(QStringLiteral("Lists CLI")),
                                                  QStringLiteral("--user"), MailServers::user() });
    CHECK(QString::fromUtf8(again.out)
          == QStringLiteral("0 new message(s) read; imported 0 question(s); 1 message(s) read "
                            "before\n"));
}

TEST_CASE("cli: mail send logs what did not go, with the reason, and sends it at the next "
          "sending",
          "[cli][mail]")
{
    MailServers servers;
    DD_REQUIRE_MAIL_SERVERS(servers);
    SampleData d;
    // Not a time in ms like the other sending test's tag, which finds its messages by it: a
    // run in parallel must not take these for its own.
    const QString tag = QStringLiteral("f%1").arg(QRandomGenerator::global()->generate());
    // The second union's address is refused by the sink; the other two go.
    const UnitAddresses units = hostUnions(true);
    setAddresses(d, units, tag);
    auto send = [&](const QString &smtp) {
        return d.run({ QStringLiteral("mail"), QStringLiteral("send"),
                       QStringLiteral("unit-invitation"), QStringLiteral("--smtp"), smtp,
                       QStringLiteral("--from"),
                       QStringLiteral("bantochuctinhdoantayninh@gmail.com") });
    };
    // The log as `list mail` prints it: unit, recipient, reply and status per row.
    auto logRows = [&] {
        QList<QStringList> out;
        const QList<QStringList> all
            = rows(d.run({ QStringLiteral("list"), QStringLiteral("mail") }).out);
        REQUIRE(!all.isEmpty());
        CHECK(all.first()
              == QStringList { QStringLiteral("id"), QStringLiteral("sent_at"),
                               QStringLiteral("unit"), QStringLiteral("recipient"),
                               QStringLiteral("paper"), QStringLiteral("attachment"),
                               QStringLiteral("subject"), QStringLiteral("server_reply"),
                               QStringLiteral("status") });
        for (qsizetype i = 1; i < all.size(); ++i)
            out << QStringList { all.at(i).value(2), all.at(i).value(3), all.at(i).value(7),
                                 all.at(i).value(8) };
        return out;
    };

    const ProcessResult refused = send(servers.smtpUrl());
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(QString::fromUtf8(refused.out).endsWith(QStringLiteral("Sent 2 message(s).\n")));
    const QString ht = units.at(1).second.arg(tag);
    CHECK(QString::fromUtf8(refused.err)
              .contains(QStringLiteral("failed: Thị đoàn Hòa Thành: The mail server 127.0.0.1 "
                                       "refused the message: 550 5.1.1 <%1>: Recipient address "
                                       "rejected")
                            .arg(ht)));
    QList<QStringList> log = logRows();
    REQUIRE(log.size() == 3);
    for (const QStringList &row : log) {
        if (row.at(0) == units.at(1).first) {
            CHECK(row.at(1) == ht);
            CHECK(row.at(2).contains(QStringLiteral("550 5.1.1")));
            CHECK(row.at(3) == QStringLiteral("failed"));
        } else {
            CHECK(row.at(2).startsWith(QStringLiteral("250 2.0.0 Ok: queued as DD")));
            CHECK(row.at(3) == QStringLiteral("sent"));
        }
    }

    // The overview's "to do" (list reminders) names the paper that did not go, and why.
    auto reminders = [&] {
        QStringList out;
        for (const QStringList &row :
             rows(d.run({ QStringLiteral("list"), QStringLiteral("reminders") }).out))
            if (row.value(1).contains(QStringLiteral("by e-mail")))
                out << row.join(QLatin1Char('\t'));
        return out;
    };
    QStringList due = reminders();
    REQUIRE(due.size() == 1);
    CHECK(due.first().startsWith(QStringLiteral("overview\tInvitation letter (unit) to Thị đoàn "
                                                "Hòa Thành did not go by e-mail at ")));
    CHECK(due.first().endsWith(
        QStringLiteral(": The mail server 127.0.0.1 refused the message: 550 5.1.1 <%1>: "
                       "Recipient address rejected")
            .arg(ht)));

    // No server on the port: nothing can go. The one still owed is tried, fails and is logged
    // with the reason; the two that went are not sent again.
    const ProcessResult unreachable = send(QStringLiteral("smtp://127.0.0.1:1"));
    INFO(unreachable.err.toStdString());
    CHECK(unreachable.exitCode == 1);
    CHECK(QString::fromUtf8(unreachable.out).endsWith(QStringLiteral("Sent 0 message(s).\n")));
    CHECK(QString::fromUtf8(unreachable.err)
              .contains(QStringLiteral("The mail server 127.0.0.1 (port 1) cannot be reached")));
    log = logRows();
    REQUIRE(log.size() == 4);
    CHECK(log.at(3).at(0) == units.at(1).first);
    CHECK(log.at(3).at(2).contains(QStringLiteral("cannot be reached")));
    CHECK(log.at(3).at(3) == QStringLiteral("failed"));

    // A server that refuses the login (a wrong password): a sink of the test's own that takes
    // only dd / matkhau-thu. Logged with that reason.
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                { QStringLiteral("-c"),
                  QStringLiteral("import socket; s=socket.socket(); s.bind(('127.0.0.1',0)); "
                                 "print(s.getsockname()[1])") });
    REQUIRE(probe.waitForFinished(10000));
    const QString port = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    QTemporaryDir authDir;
    QProcess sink;
    sink.start(QStringLiteral("/usr/bin/python3"),
               { QStringLiteral(DD_FIXTURES_DIR "/../support/smtpsink.py"), port, authDir.path(),
                 QStringLiteral("dd:matkhau-thu") });
    REQUIRE(sink.waitForReadyRead(10000));
    const ProcessResult login = runWithPassword(
        d,
        { QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("unit-invitation"),
          QStringLiteral("--smtp"), QStringLiteral("smtp://127.0.0.1:%1").arg(port),
          QStringLiteral("--user"), QStringLiteral("dd"), QStringLiteral("--from"),
          QStringLiteral("bantochuctinhdoantayninh@gmail.com") },
        QStringLiteral("sai-mat-khau"));
    sink.terminate();
    sink.waitForFinished(5000);
    INFO(login.err.toStdString());
    CHECK(login.exitCode == 1);
    log = logRows();
    REQUIRE(log.size() == 5);
    CHECK(log.at(4).at(0) == units.at(1).first);
    CHECK(log.at(4).at(2)
          == QStringLiteral("The mail server 127.0.0.1 refused the user name or the password of "
                            "dd. For Gmail, use an app password (see the README)."));
    CHECK(log.at(4).at(3) == QStringLiteral("failed"));

    // Once the address is mended, the next sending sends it, and only it.
    const QString mended = QStringLiteral("ht.%1@test.example").arg(tag);
    REQUIRE(d.run({ QStringLiteral("unit"), QStringLiteral("set"), units.at(1).first,
                    QStringLiteral("--email"), mended })
                .exitCode
            == 0);
    const ProcessResult sent = send(servers.smtpUrl());
    INFO(sent.err.toStdString());
    CHECK(sent.exitCode == 0);
    CHECK(QString::fromUtf8(sent.out).endsWith(QStringLiteral("Sent 1 message(s).\n")));
    log = logRows();
    REQUIRE(log.size() == 6);
    CHECK(log.at(5).at(1) == mended);
    CHECK(log.at(5).at(3) == QStringLiteral("sent"));
    CHECK(reminders().isEmpty());
}
