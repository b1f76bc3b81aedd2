// What the package installs, checked the way a distribution checks it: the menu entry and the
// AppStream data with their validators, the manual pages through man, and an installation
// into a folder that then runs on its own.
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        FAIL(("cannot start " + program).toStdString());
    p.waitForFinished(300000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

// The manual page as man shows it, on a wide terminal so that no synopsis is broken.
Run renderManPage(const QString &path)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"MANWIDTH"_s, u"250"_s);
    return run(u"man"_s, { u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, path }, env);
}

// The commands and options of this version, written by hand: the manual page and --help must
// name each of them.
const QStringList kCommandSynopses = {
    u"check"_s,
    u"list events|units|attendees|quotas|questions|agenda|tasks|budget|reminders|mail"_s,
    u"event show"_s,
    u"event set [--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer "
    u"NAME|none]"_s,
    u"agenda set N [--minutes M] [--presenter TEXT] [--title TEXT]"_s,
    u"plan show"_s,
    u"plan switch in-person|online --reason TEXT"_s,
    u"plan set in-person|online [--venue TEXT|none] [--livestream URL|none]"_s,
    u"agenda add --title TEXT [--minutes M] [--presenter TEXT]"_s,
    u"import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] "
    u"[--dry-run] [--encoding NAME]"_s,
    u"import questions FILE..."_s,
    u"question forward ID... --agency NAME [--date YYYY-MM-DD]"_s,
    u"question answer ID --text TEXT [--by WHO]"_s,
    u"question note ID --text TEXT"_s,
    u"export attendees FILE.csv|FILE.xlsx [--unit NAME]"_s,
    u"export questions FILE [--agency NAME]"_s,
    u"print PAPER --out FILE.pdf|FILE.odt [--date YYYY-MM-DD] [--unit NAME]"_s,
    u"budget add SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both]"_s,
    u"budget set ID [--qty N] [--price P] [--measure U] [--plan P] [--actual AMOUNT|none]"_s,
    u"budget remove ID"_s,
    u"report set [--assessment TEXT] [--proposals TEXT]"_s,
    u"attendee add --name NAME [--unit NAME|ID] [--position TEXT] [--workplace TEXT] [--phone "
    u"NUMBER] [--email ADDRESS] [--gender male|female] [--birth-year YYYY] [--role KEY] "
    u"[--reserve yes|no]"_s,
    u"attendee remove ID..."_s,
    u"task add TEXT [--owner TEXT] [--due YYYY-MM-DD]"_s,
    u"task set N [--text TEXT] [--owner TEXT|none] [--due YYYY-MM-DD|none] [--done yes|no]"_s,
    u"task remove N"_s,
    u"question add --text TEXT [--unit NAME|ID] [--submitter NAME] [--kind KIND] [--date "
    u"YYYY-MM-DD]"_s,
};
const QStringList kOptionSynopses = {
    u"--db FILE"_s,
    u"--event ID"_s,
    u"--sample"_s,
    u"--lang vi|en"_s,
    u"--filter TEXT"_s,
    u"--status KEY"_s,
    u"--unit NAME|ID"_s,
    u"--agency NAME|ID"_s,
    u"--reason TEXT"_s,
    u"--dry-run"_s,
    u"--create-units"_s,
    u"--include-hidden-rows"_s,
    u"--sheet NAME"_s,
    u"--out FILE"_s,
    u"--by KEY"_s,
    u"--take-number"_s,
    u"-h, --help"_s,
    u"-v, --version"_s,
    u"--date YYYY-MM-DD"_s,
    u"--answer-by YYYY-MM-DD"_s,
    u"--start HH:MM"_s,
    u"--title TEXT"_s,
    u"--online-title TEXT"_s,
    u"--preparer NAME"_s,
    u"--signer NAME|none"_s,
    u"--signer-title TEXT"_s,
    u"--on-behalf TEXT|none"_s,
    u"--place TEXT"_s,
    u"--issuing-body TEXT"_s,
    u"--venue TEXT|none"_s,
    u"--livestream URL|none"_s,
    u"--plan-text FILE"_s,
    u"--minutes M"_s,
    u"--presenter TEXT"_s,
    u"--text TEXT"_s,
    u"--measure U"_s,
    u"--qty N"_s,
    u"--price P"_s,
    u"--plan in-person|online|both"_s,
    u"--note TEXT"_s,
    u"--role KEY"_s,
    u"--assessment TEXT"_s,
    u"--proposals TEXT"_s,
    u"--actual AMOUNT|none"_s,
    u"--position TEXT"_s,
    u"--workplace TEXT"_s,
    u"--gender male|female"_s,
    u"--birth-year YYYY"_s,
    u"--owner TEXT|none"_s,
    u"--due YYYY-MM-DD|none"_s,
    u"--done yes|no"_s,
    u"--submitter NAME"_s,
};

// The synopses of a man page or a help text: a line that starts with two to seven spaces,
// then a command word or an option, up to two spaces (where a short synopsis's description
// follows on the same line).
QStringList entryLines(const QString &text)
{
    QStringList lines;
    static const QRegularExpression entry(u"^ {2,7}([a-z-].*?)(?:  .*)?$"_s);
    for (const QString &line : text.split(u'\n')) {
        const auto m = entry.match(line);
        if (m.hasMatch())
            lines << m.captured(1);
    }
    return lines;
}

} // namespace

TEST_CASE("the menu entry passes desktop-file-validate and speaks Vietnamese and English")
{
    const QString path = QStringLiteral(DD_SOURCE_DIR "/resources/dialoguedesk.desktop");
    const Run v = run(u"desktop-file-validate"_s, { path });
    CHECK(v.exitCode == 0);
    CHECK(v.out.trimmed() == QString());
    const QString text = QString::fromUtf8(testsupport::readFile(path));
    for (
        const QString &line :
        { u"Type=Application"_s, u"Name=DialogueDesk"_s, u"Name[vi]=DialogueDesk"_s,
          u"GenericName=Dialogue conference preparation"_s,
          u"GenericName[vi]=Chuẩn bị hội nghị gặp gỡ, đối thoại"_s,
          u"Comment=Attendees, questions, programme, plans and papers for a Youth Union dialogue"_s,
          u"Comment[vi]=Đại biểu, ý kiến, chương trình, phương án và giấy tờ cho hội nghị đối thoại"_s,
          u"Exec=dialoguedesk"_s, u"Icon=dialoguedesk"_s, u"Categories=Office;"_s })
        CHECK(text.split(u'\n').contains(line));
}

TEST_CASE("the AppStream metainfo passes appstreamcli validate with this version")
{
    const QString path
        = QStringLiteral(DD_BUILD_DIR "/packaging/vn.dialoguedesk.DialogueDesk.metainfo.xml");
    const Run v = run(u"appstreamcli"_s, { u"validate"_s, u"--no-net"_s, path });
    INFO(v.out.toStdString());
    CHECK(v.exitCode == 0);
    const QString xml = QString::fromUtf8(testsupport::readFile(path));
    CHECK(xml.contains(u"<release version=\"" DD_VERSION "\""_s));
    CHECK(xml.contains(u"<launchable type=\"desktop-id\">dialoguedesk.desktop</launchable>"_s));
    CHECK(xml.contains(u"<p xml:lang=\"vi\">"_s));
    CHECK(xml.contains(u"/docs/mainwindow.png</image>"_s));
}

TEST_CASE("the manual pages render without warnings and list every command and option")
{
    struct Page
    {
        const char *file;
        QStringList sections;
        QString checkText; // the description of `check` in that language
    };
    const Page pages[] = {
        { "en/dialoguedesk.1",
          { u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"COMMANDS"_s, u"OPTIONS"_s,
            u"EXIT STATUS"_s, u"FILES"_s, u"EXAMPLES"_s },
          u"check the data file without changing it"_s },
        { "vi/dialoguedesk.1",
          { u"TÊN"_s, u"CÚ PHÁP"_s, u"MÔ TẢ"_s, u"LỆNH"_s, u"TÙY CHỌN"_s, u"TRẠNG THÁI THOÁT"_s,
            u"TỆP"_s, u"VÍ DỤ"_s },
          u"kiểm tra tệp dữ liệu mà không thay đổi tệp"_s },
    };
    for (const Page &page : pages) {
        INFO(page.file);
        const Run man = renderManPage(QStringLiteral(DD_BUILD_DIR "/packaging/man/")
                                      + QLatin1String(page.file));
        CHECK(man.exitCode == 0);
        CHECK(man.err == QString());
        const QStringList lines = man.out.split(u'\n');
        for (const QString &section : page.sections)
            CHECK(lines.contains(section));
        const QStringList entries = entryLines(man.out);
        for (const QString &synopsis : kCommandSynopses + kOptionSynopses)
            CHECK(entries.contains(synopsis));
        CHECK(man.out.simplified().contains(page.checkText));
        CHECK(man.out.contains(u"DialogueDesk " DD_VERSION ""_s));
    }
}

TEST_CASE("--help in both languages lists the same commands and options as the manual page")
{
    for (const char *lang : { "en", "vi" }) {
        INFO(lang);
        const testsupport::ProcessResult help
            = testsupport::runApp({ u"--lang"_s, QLatin1String(lang), u"--help"_s });
        REQUIRE(help.exitCode == 0);
        const Run man
            = renderManPage(QStringLiteral(DD_BUILD_DIR "/packaging/man/%1/dialoguedesk.1")
                                .arg(QLatin1String(lang)));
        const QStringList helpEntries = entryLines(QString::fromUtf8(help.out));
        for (const QString &synopsis : kCommandSynopses + kOptionSynopses)
            CHECK(helpEntries.contains(synopsis));
        // Whatever is added later appears in both: every entry of --help is in the page.
        const QStringList manEntries = entryLines(man.out);
        for (const QString &synopsis : helpEntries) {
            INFO(synopsis.toStdString());
            CHECK(manEntries.contains(synopsis));
        }
    }
}

TEST_CASE("an installation holds the program, menu entry, icons, AppStream data and manual pages")
{
    QTemporaryDir prefix;
    const Run install = run(
        u"cmake"_s, { u"--install"_s, QStringLiteral(DD_BUILD_DIR), u"--prefix"_s, prefix.path() });
    INFO(install.err.toStdString());
    REQUIRE(install.exitCode == 0);
    for (const QString &file :
         { u"bin/dialoguedesk"_s, u"share/applications/dialoguedesk.desktop"_s,
           u"share/metainfo/vn.dialoguedesk.DialogueDesk.metainfo.xml"_s,
           u"share/icons/hicolor/scalable/apps/dialoguedesk.svg"_s,
           u"share/man/man1/dialoguedesk.1.gz"_s, u"share/man/vi/man1/dialoguedesk.1.gz"_s,
           u"share/doc/dialoguedesk/copyright"_s }) {
        INFO(file.toStdString());
        CHECK(QFile::exists(prefix.filePath(file)));
    }
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        const QImage icon(prefix.filePath(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/dialoguedesk.png").arg(size)));
        INFO(size);
        CHECK(icon.size() == QSize(size, size));
        // The red and blue speech bubbles of the SVG, not an empty square.
        CHECK(icon.pixelColor(size * 3 / 16, size * 5 / 16).red() > 150);
        CHECK(icon.pixelColor(size * 13 / 16, size * 9 / 16).blue() > 150);
    }
    const QString copyright = QString::fromUtf8(
        testsupport::readFile(prefix.filePath(u"share/doc/dialoguedesk/copyright"_s)));
    CHECK(copyright.contains(u"Files: resources/fonts/*\n"_s));
    CHECK(copyright.contains(u"SIL OPEN FONT LICENSE Version 1.1"_s));

    // The installed program needs nothing from the build or source tree.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.remove(u"XDG_DATA_HOME"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString exe = prefix.filePath(u"bin/dialoguedesk"_s);
    const Run version = run(exe, { u"--version"_s }, env);
    CHECK(version.out == u"dialoguedesk " DD_VERSION "\n"_s);
    const Run check = run(exe, { u"--lang"_s, u"en"_s, u"--sample"_s, u"check"_s }, env);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"integrity: ok"_s));
    CHECK(QFile::exists(
        home.filePath(u".local/share/DialogueDesk/DialogueDesk/dialoguedesk.sqlite"_s)));
}
