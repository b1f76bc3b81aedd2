#include "cli/manpage.h"

#include "cli/clicontext.h"
#include "cli/commandtable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace dd::cli {

namespace {

// Every text below is marked with QT_TRANSLATE_NOOP("ManPage", …) for lupdate.
QString translated(const char *text)
{
    return QCoreApplication::translate("ManPage", text);
}

// Text as roff reads it: a backslash is printed with \e, a minus sign (options, "in-person")
// with \- so that it can be copied into a terminal, and a line never starts with a control
// character.
QString escaped(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    s.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    return lines.join(QLatin1Char('\n'));
}

// A synopsis with what is typed as is in bold and the placeholders (FILE, NAME|ID) in italics.
QString formattedSynopsis(const QString &synopsis)
{
    static const QRegularExpression token(
        QStringLiteral("(--?[a-z][a-z-]*|[a-z][a-z-]*)|([A-Z]{2,}(?:\\.[a-z]+)?)|(.)"));
    QString out;
    for (auto it = token.globalMatch(synopsis); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.hasCaptured(1))
            out += QStringLiteral("\\fB") + escaped(m.captured(1)) + QStringLiteral("\\fR");
        else if (m.hasCaptured(2))
            out += QStringLiteral("\\fI") + escaped(m.captured(2)) + QStringLiteral("\\fR");
        else
            out += escaped(m.captured(3));
    }
    return out;
}

QString section(const char *title)
{
    return QStringLiteral(".SH ") + escaped(translated(title).toUpper()) + QLatin1Char('\n');
}

QString entry(const QString &formattedTerm, const QString &text)
{
    return QStringLiteral(".TP\n") + formattedTerm + QLatin1Char('\n') + escaped(text)
        + QLatin1Char('\n');
}

} // namespace

QString manPage(const QString &version, const QString &date)
{
    // Where QStandardPaths puts the data on Linux, written for a reader, not built as a path.
    const QString dataFile = QStringLiteral("$XDG_DATA_HOME/DialogueDesk/DialogueDesk/"
                                            "dialoguedesk.sqlite");
    QString page
        = QStringLiteral(".\\\" -*- coding: UTF-8 -*-\n"
                         ".\\\" Generated from the command table in app/cli; do not edit.\n");
    page += QStringLiteral(".TH DIALOGUEDESK 1 \"%1\" \"DialogueDesk %2\" \"%3\"\n")
                .arg(date, version, translated(QT_TRANSLATE_NOOP("ManPage", "User Commands")));
    page += QStringLiteral(".nh\n"); // paths and option names are not hyphenated

    page += section(QT_TRANSLATE_NOOP("ManPage", "Name"));
    page += QStringLiteral("dialoguedesk \\- ")
        + escaped(translated(
            QT_TRANSLATE_NOOP("ManPage", "prepare a Youth Union leaders' dialogue conference")))
        + QLatin1Char('\n');

    page += section(QT_TRANSLATE_NOOP("ManPage", "Synopsis"));
    // The window, then a command; one line each.
    const auto italic = [](const char *word) {
        return QStringLiteral("\\fI") + escaped(translated(word)) + QStringLiteral("\\fR");
    };
    page += QStringLiteral(".B dialoguedesk\n")
        + formattedSynopsis(QStringLiteral("[--db FILE] [--event ID] [--sample] [--lang vi|en]"))
        + QStringLiteral("\n.br\n.B dialoguedesk\n[")
        + italic(QT_TRANSLATE_NOOP("ManPage", "options")) + QStringLiteral("] ")
        + italic(QT_TRANSLATE_NOOP("ManPage", "command")) + QStringLiteral(" [")
        + italic(QT_TRANSLATE_NOOP("ManPage", "arguments")) + QStringLiteral("]\n");

    page += section(QT_TRANSLATE_NOOP("ManPage", "Description"));
    page += escaped(translated(QT_TRANSLATE_NOOP(
                "ManPage",
                "DialogueDesk prepares a meeting and dialogue between the leaders of a "
                "provincial Youth Union and the executive committees of young workers' "
                "union branches: the delegates and seat quotas, the questions sent in "
                "beforehand, the programme, the in-person or online plan, and the "
                "printed papers in the official format.")))
        + QStringLiteral("\n.PP\n")
        + escaped(translated(QT_TRANSLATE_NOOP(
            "ManPage",
            "Without a command it opens its window. With a command it works without "
            "a window, for batch work: results go to standard output as UTF-8 "
            "(tables tab-separated with a header row), errors to standard error as "
            "one line.")))
        + QLatin1Char('\n');

    page += section(QT_TRANSLATE_NOOP("ManPage", "Commands"));
    for (const CommandSpec &c : commandTable())
        page += entry(formattedSynopsis(synopsis(c)), description(c));

    page += section(QT_TRANSLATE_NOOP("ManPage", "Options"));
    for (const OptionSpec &o : optionTable()) {
        QString d = description(o);
        if (qstrcmp(o.name, opt::db) == 0)
            d = d.arg(translated(QT_TRANSLATE_NOOP("ManPage", "see FILES")));
        page += entry(formattedSynopsis(synopsis(o)), d);
    }

    page += section(QT_TRANSLATE_NOOP("ManPage", "Exit status"));
    page += entry(QStringLiteral("\\fB0\\fR"), translated(QT_TRANSLATE_NOOP("ManPage", "done")));
    page += entry(
        QStringLiteral("\\fB1\\fR"),
        translated(QT_TRANSLATE_NOOP("ManPage", "the command failed; nothing was changed")));
    page += entry(QStringLiteral("\\fB2\\fR"),
                  translated(QT_TRANSLATE_NOOP(
                      "ManPage",
                      "the command line is wrong: an unknown command or option, or an argument "
                      "missing")));

    page += section(QT_TRANSLATE_NOOP("ManPage", "Files"));
    page += entry(QStringLiteral("\\fI") + escaped(dataFile) + QStringLiteral("\\fR"),
                  translated(QT_TRANSLATE_NOOP(
                      "ManPage",
                      "the data file when --db names none; XDG_DATA_HOME is ~/.local/share "
                      "when it is not set. Before the file is upgraded to a newer data version "
                      "a copy is kept beside it. Removing the program leaves it in place.")));

    page += section(QT_TRANSLATE_NOOP("ManPage", "Examples"));
    const std::pair<const char *, const char *> examples[] = {
        { "dialoguedesk --sample check",
          QT_TRANSLATE_NOOP("ManPage",
                            "creates the 2021 sample event in the data file and checks the "
                            "file") },
        { "dialoguedesk list attendees --filter hong",
          QT_TRANSLATE_NOOP("ManPage",
                            "the attendees whose row holds “hong”: Hồng, Hông… (accents "
                            "and case ignored)") },
        { "dialoguedesk import attendees ds.xlsx --unit \"Thị đoàn Hòa Thành\" --dry-run",
          QT_TRANSLATE_NOOP("ManPage",
                            "checks a list sent by a union and prints its problems without "
                            "importing it") },
        { "dialoguedesk print plan --out ke-hoach.pdf",
          QT_TRANSLATE_NOOP("ManPage", "the plan of the event as a PDF") },
    };
    for (const auto &[command, text] : examples)
        page += entry(QStringLiteral("\\fB") + escaped(QString::fromUtf8(command))
                          + QStringLiteral("\\fR"),
                      translated(text));

    return page;
}

} // namespace dd::cli
