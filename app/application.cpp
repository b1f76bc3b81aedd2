#include "application.h"

#include "cli/commandline.h"
#include "mainwindow.h"
#include "util/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace dd {

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DialogueDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("DialogueDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALOGUEDESK_VERSION));
    // The installed menu entry (dialoguedesk.desktop): the window's icon and name on Wayland.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QStringLiteral("dialoguedesk"));
}

// `--lang`, else the window's preference, or (for the command line, whose output scripts read)
// always Vietnamese: neither the system's region nor the window's choice changes it.
QString languageFrom(const QStringList &args, bool commandLine)
{
    const int i = int(args.indexOf(QStringLiteral("--lang")));
    if (i >= 0 && i + 1 < args.size())
        return args.at(i + 1);
    if (commandLine)
        return defaultLanguage();
    return QSettings().value(QStringLiteral("language"), defaultLanguage()).toString();
}

} // namespace

int runApplication(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (cli::isCommand(args)) {
        // Headless: painting papers needs a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        cli::quietDiagnostics(); // stderr carries only the one-line message
        std::unique_ptr<QCoreApplication> app;
        if (cli::paintsNothing(args))
            app = std::make_unique<QCoreApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
        setIdentity();
        installLanguage(languageFrom(args, true));
        QTextStream out(stdout);
        QTextStream err(stderr);
        out.setEncoding(QStringConverter::Utf8);
        err.setEncoding(QStringConverter::Utf8);
        const int code = cli::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dialoguedesk.svg")));
    installLanguage(languageFrom(args, false));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Main", "Prepares a Youth Union leaders' dialogue conference."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("Main", "The data file to open."),
                                      QStringLiteral("file"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("Main", "Create the 2021 sample event."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("Main", "Language: vi or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption eventOption(QStringLiteral("event"),
                                         QCoreApplication::translate("Main", "The event to show."),
                                         QStringLiteral("id"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate("Main",
                                    "The tab to open on: overview, attendees, questions, "
                                    "programme, plans or budget."),
        QStringLiteral("tab"));
    parser.addOptions({ dbOption, sampleOption, langOption, eventOption, tabOption });
    parser.process(app);

    MainWindow window;
    window.show();
    window.openInitial(parser.value(dbOption), parser.isSet(sampleOption),
                       parser.value(eventOption).toLongLong());
    const QStringList tabs
        = { QStringLiteral("overview"),  QStringLiteral("attendees"), QStringLiteral("questions"),
            QStringLiteral("programme"), QStringLiteral("plans"),     QStringLiteral("budget") };
    if (const int tab = int(tabs.indexOf(parser.value(tabOption))); tab >= 0)
        window.showTab(MainWindow::Tab(tab));
    return QApplication::exec();
}

} // namespace dd
