#pragma once

// The private IMAP server and SMTP sink that scripts/test starts (scripts/mailservers.sh),
// found through its DD_TEST_* variables.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

namespace testsupport {

struct MailServers
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString value(const char *name) const { return env.value(QLatin1String(name)); }
    bool available() const
    {
        return !value("DD_TEST_IMAP_PORT").isEmpty() && !value("DD_TEST_SMTP_PORT").isEmpty();
    }
    // The user and password of the test mailbox (scripts/mailservers.sh).
    static QString user() { return QStringLiteral("dd"); }
    static QString password() { return QStringLiteral("matkhau-thu"); }

    // imap://127.0.0.1:PORT/FOLDER, the folder percent-encoded.
    QString imapUrl(const QString &folder) const
    {
        return QStringLiteral("imap://127.0.0.1:%1/%2")
            .arg(value("DD_TEST_IMAP_PORT"), QString::fromLatin1(QUrl::toPercentEncoding(folder)));
    }
    QString smtpUrl() const
    {
        return QStringLiteral("smtp://127.0.0.1:%1").arg(value("DD_TEST_SMTP_PORT"));
    }
    // The Maildir folder of an IMAP folder name as Dovecot's Maildir++ stores it: "." then
    // the name in modified UTF-7 (the tests give names without "/" or ".").
    QString folderPath(const QByteArray &utf7Name) const
    {
        return value("DD_TEST_MAILDIR") + QStringLiteral("/.") + QString::fromLatin1(utf7Name);
    }
    // A new folder holding these messages, unread, as a mail server delivers them.
    void makeFolder(const QByteArray &utf7Name, const QList<QByteArray> &messages) const
    {
        const QString path = folderPath(utf7Name);
        for (const char *sub : { "cur", "new", "tmp" }) {
            REQUIRE(QDir().mkpath(path + QLatin1Char('/') + QLatin1String(sub)));
            // The server reads and writes there as its own user.
            QFile::setPermissions(path + QLatin1Char('/') + QLatin1String(sub),
                                  QFileDevice::Permissions(0x7777));
        }
        QFile::setPermissions(path, QFileDevice::Permissions(0x7777));
        int n = 0;
        for (const QByteArray &m : messages) {
            QFile f(QStringLiteral("%1/new/16000000%2.M1P1.dd")
                        .arg(path)
                        .arg(++n, 2, 10, QLatin1Char('0')));
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(m);
            f.close();
            f.setPermissions(QFileDevice::Permissions(0x6666));
        }
    }
    // The flags of the folder's messages as Dovecot keeps them in the file names (":2,S" when
    // read); messages still in new/ have none.
    QStringList flags(const QByteArray &utf7Name) const
    {
        QStringList out;
        const QString path = folderPath(utf7Name);
        for (const char *sub : { "new", "cur" })
            for (const QString &name :
                 QDir(path + QLatin1Char('/') + QLatin1String(sub)).entryList(QDir::Files))
                out << name.section(QStringLiteral(":2,"), 1, 1);
        return out;
    }
    // What the sink received: each message and its envelope, in order.
    struct Received
    {
        QString from;
        QStringList to;
        QByteArray message;
    };
    QList<Received> received() const
    {
        QList<Received> out;
        const QDir dir(value("DD_TEST_SMTP_DIR"));
        for (const QString &name :
             dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
            Received r;
            r.message = readFile(dir.filePath(name));
            const QString envelope = QString::fromUtf8(readFile(
                dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".envelope"))));
            for (const QString &line : envelope.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (line.startsWith(QLatin1String("from ")))
                    r.from = line.mid(5);
                else if (line.startsWith(QLatin1String("to ")))
                    r.to << line.mid(3);
            }
            out << r;
        }
        return out;
    }
};

// Writes `input` to `inPath`, then runs Debian's Python on `script` with `args`; its output.
inline QByteArray runPython(const QByteArray &input, const QString &inPath, const QString &script,
                            const QStringList &args)
{
    QFile f(inPath);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList { QStringLiteral("-c"), script } + args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

// A fixture of tests/fixtures/email.
inline QByteArray emailFixture(const char *name)
{
    return readFile(fixture(QStringLiteral("email/") + QLatin1String(name)));
}

// The attachment of a received message, taken out by Python's own e-mail parser (another
// reader than the program's), as its file name and bytes (`folder` holds the work files).
inline std::pair<QString, QByteArray> attachmentOf(const QByteArray &message, const QString &folder)
{
    const QString in = folder + QStringLiteral("/in.eml");
    const QByteArray name = runPython(
        message, in,
        QStringLiteral("import email,sys\n"
                       "m=email.message_from_binary_file(open(sys.argv[1],'rb'))\n"
                       "for part in m.walk():\n"
                       "  if part.get_filename():\n"
                       "    open(sys.argv[2],'wb').write(part.get_payload(decode=True))\n"
                       "    print(part.get_filename())\n"),
        { in, folder + QStringLiteral("/out.pdf") });
    return { QString::fromUtf8(name).trimmed(),
             testsupport::readFile(folder + QStringLiteral("/out.pdf")) };
}

// A message holding only an attached attendee list, as Python's e-mail module writes it (the
// way a union sends its list with no text): from "Huyện đoàn Dương Minh Châu".
inline QByteArray listOnlyMessage(const QByteArray &csv, const QString &fileName,
                                  const QString &folder)
{
    const QString in = folder + QStringLiteral("/list.csv");
    const QString out = folder + QStringLiteral("/list.eml");
    runPython(csv, in,
              QStringLiteral("import sys\n"
                             "from email.message import EmailMessage\n"
                             "m=EmailMessage()\n"
                             "m['From']='Huyện đoàn Dương Minh Châu <huyendoan.dmc@gmail.com>'\n"
                             "m['To']='bantochuctinhdoantayninh@gmail.com'\n"
                             "m['Subject']='Danh sách đại biểu'\n"
                             "m['Message-ID']='<danh-sach.dmc@test.example>'\n"
                             "m.add_attachment(open(sys.argv[1],'rb').read(),maintype='text',"
                             "subtype='csv',filename=sys.argv[3])\n"
                             "open(sys.argv[2],'wb').write(bytes(m))\n"),
              { in, out, fileName });
    return readFile(out);
}

} // namespace testsupport

// Outside scripts/test there is no server: the case says so and stops (it must run in CI,
// which runs scripts/test).
#define DD_REQUIRE_MAIL_SERVERS(servers)                                                           \
    do {                                                                                           \
        if (!(servers).available()) {                                                              \
            WARN("Skipped: no test mail servers. Run scripts/test, which starts a private "        \
                 "Dovecot IMAP server and an SMTP sink (scripts/mailservers.sh).");                \
            return;                                                                                \
        }                                                                                          \
    } while (false)
