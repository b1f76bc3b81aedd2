#pragma once

#include "cli/commandline.h"
#include "io/csvreader.h"
#include "session/session.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <optional>

#include <memory>

// What every command of the command line works with: the parsed options, its own arguments,
// the output streams and the data file. Internal to app/cli.
namespace dd::cli {

// The option names, shared by the parser and the commands.
namespace opt {
inline constexpr char db[] = "db";
inline constexpr char event[] = "event";
inline constexpr char sample[] = "sample";
inline constexpr char lang[] = "lang";
inline constexpr char filter[] = "filter";
inline constexpr char status[] = "status";
inline constexpr char agency[] = "agency";
inline constexpr char unit[] = "unit";
inline constexpr char dryRun[] = "dry-run";
inline constexpr char createUnits[] = "create-units";
inline constexpr char includeHiddenRows[] = "include-hidden-rows";
inline constexpr char sheet[] = "sheet";
inline constexpr char encoding[] = "encoding";
inline constexpr char out[] = "out";
inline constexpr char by[] = "by";
inline constexpr char reason[] = "reason";
inline constexpr char takeNumber[] = "take-number";
inline constexpr char date[] = "date";
inline constexpr char start[] = "start";
inline constexpr char title[] = "title";
inline constexpr char onlineTitle[] = "online-title";
inline constexpr char minutes[] = "minutes";
inline constexpr char presenter[] = "presenter";
inline constexpr char text[] = "text";
inline constexpr char answerBy[] = "answer-by";
inline constexpr char planText[] = "plan-text";
inline constexpr char measure[] = "measure";
inline constexpr char qty[] = "qty";
inline constexpr char price[] = "price";
inline constexpr char plan[] = "plan";
inline constexpr char note[] = "note";
inline constexpr char actual[] = "actual";
inline constexpr char role[] = "role";
inline constexpr char assessment[] = "assessment";
inline constexpr char proposals[] = "proposals";
inline constexpr char server[] = "server";
inline constexpr char user[] = "user";
inline constexpr char smtp[] = "smtp";
inline constexpr char from[] = "from";
inline constexpr char again[] = "again";
inline constexpr char saveLists[] = "save-lists";
inline constexpr char email[] = "email";
inline constexpr char phone[] = "phone";
inline constexpr char contact[] = "contact";
inline constexpr char quota[] = "quota";
inline constexpr char preparer[] = "preparer";
inline constexpr char signer[] = "signer";
inline constexpr char signerTitle[] = "signer-title";
inline constexpr char onBehalf[] = "on-behalf";
inline constexpr char place[] = "place";
inline constexpr char issuingBody[] = "issuing-body";
inline constexpr char venue[] = "venue";
inline constexpr char livestream[] = "livestream";
inline constexpr char desk[] = "desk";
inline constexpr char undo[] = "undo";
inline constexpr char checkedIn[] = "checked-in";
inline constexpr char overwrite[] = "overwrite";
inline constexpr char codes[] = "codes";
inline constexpr char reserve[] = "reserve";
inline constexpr char kind[] = "kind";
inline constexpr char part[] = "part";
inline constexpr char organiser[] = "organiser";
inline constexpr char topic[] = "topic";
inline constexpr char name[] = "name";
inline constexpr char submitter[] = "submitter";
inline constexpr char owner[] = "owner";
inline constexpr char due[] = "due";
inline constexpr char done[] = "done";
inline constexpr char position[] = "position";
inline constexpr char workplace[] = "workplace";
inline constexpr char gender[] = "gender";
inline constexpr char birthYear[] = "birth-year";
inline constexpr char help[] = "help";
inline constexpr char version[] = "version";
} // namespace opt

class Context
{
public:
    Context(const QCommandLineParser &parser, QString command, QStringList args, QTextStream &out,
            QTextStream &err);

    const QCommandLineParser &parser;
    const QString command; // "list", "plan", ...
    const QStringList args; // the positional arguments after the command name
    QTextStream &out;
    QTextStream &err;

    // --db, or the default data file in the application data folder.
    QString databasePath() const;
    // Set by --sample before the command runs: the event it created, the default event.
    qint64 sampleEventId = 0;

    // Writes `message` as one line on stderr and returns `code` (for `return ctx.fail(...)`).
    int fail(const QString &message, int code = Failure);

    // Opens the data file (read-only: never created nor migrated); a new file is given what
    // `initialise` writes as it is made. Returns nullptr after writing the error; the exit code
    // is then `failureCode()`.
    std::unique_ptr<Database> openDatabase(Database::Access access,
                                           const Database::Initialiser &initialise = {});
    // Opens the data file and chooses the event (--event, the sample, or the first).
    // Returns nullptr after writing the error; the exit code is then `failureCode()`.
    Session *openSession(Database::Access access);
    int failureCode() const { return m_failureCode; }
    // Fails (and returns false) when the file holds no event.
    bool requireEvent();
    // openSession() for the commands that work on an event: also nullptr, after writing the
    // error, when the file holds none.
    Session *openEventSession(Database::Access access);
    // openEventSession() read-only for a dry run (it cannot write anything, whatever happens),
    // read-write otherwise.
    Session *openEventSession(bool dryRun)
    {
        return openEventSession(dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    }
    // --unit / --agency: a unit's id or its name (accents and case ignored); 0 when the option
    // is not given; nullopt after writing the error when no unit matches.
    std::optional<qint64> unitOption(Session &s, const char *option);
    // A date option: YYYY-MM-DD, or "none" for no date (a null QDate). `value` stays
    // std::nullopt when the option is not given. False after writing the error when the value
    // is not a date.
    bool dateOption(const char *option, std::optional<QDate> *value);
    // --encoding utf-8|utf-16|windows-1258|tcvn3 as the CSV reader takes it (detection when
    // it is not given); nothing after writing the error for another name.
    std::optional<io::CsvOptions> csvOptions();
    Session *session() { return m_session.get(); }

    // One row of a tab-separated table; tabs and line breaks inside cells become spaces.
    void writeRow(const QStringList &cells);

    // The message of a failed Database::open, with what to do on the command line.
    static QString openErrorMessage(const Database::OpenResult &result);
    // False, after writing the message, when `path` names a data file that is not there.
    bool requireExistingFile(const QString &path);

private:
    std::unique_ptr<Session> m_session;
    int m_failureCode = Failure;
};

// Whether an option was given, and its value with the surrounding spaces taken off.
bool isSet(const Context &ctx, const char *option);
QString value(const Context &ctx, const char *option);
// A yes|no option into `value` (left empty when the option is not given); false after writing
// the error for another word.
bool yesNoOption(Context &ctx, const char *option, std::optional<bool> *value);
// The ids of the rows in `after` that are not in `before`: what an add made, in list order.
template<typename Row>
QList<qint64> addedIds(const QList<Row> &before, const QList<Row> &after)
{
    QList<qint64> ids;
    for (const Row &row : after)
        if (std::none_of(before.begin(), before.end(),
                         [&](const Row &old) { return old.id == row.id; }))
            ids << row.id;
    return ids;
}

// The commands, each listed in commandtable.cpp; each returns the exit code.
int runCheck(Context &ctx);
int runList(Context &ctx);
// `plan show` and `plan switch` (plancommand.cpp).
int runPlanShow(Context &ctx);
int runPlanSwitch(Context &ctx);
int runPlanSet(Context &ctx);
// `import attendees FILE` and `export attendees FILE` (attendeecommands.cpp).
int runImportAttendees(Context &ctx);
int runExportAttendees(Context &ctx);
// `import questions FILE…` and `export questions FILE` (questioncommands.cpp).
int runImportQuestions(Context &ctx);
int runExportQuestions(Context &ctx);
int runPrint(Context &ctx); // printcommand.cpp
// `event show`, `event set` and `agenda set` (eventcommands.cpp).
int runEventShow(Context &ctx);
int runEventSet(Context &ctx);
int runEventNew(Context &ctx);
int runAgendaSet(Context &ctx);
int runAgendaAdd(Context &ctx);
// `question forward` and `question answer` (questioncommands.cpp).
int runQuestionForward(Context &ctx);
int runQuestionAnswer(Context &ctx);
int runQuestionNote(Context &ctx);
int runQuestionClassify(Context &ctx);
int runTopicAdd(Context &ctx);
// `backup list|now|restore` and `event erase-personal-data` (backupcommands.cpp).
int runBackupList(Context &ctx);
int runBackupNow(Context &ctx);
int runCopyTo(Context &ctx);
int runBackupRestore(Context &ctx);
int runEventErasePersonalData(Context &ctx);
// `budget add|set|remove` (budgetcommands.cpp).
int runBudgetAdd(Context &ctx);
int runBudgetSet(Context &ctx);
int runBudgetRemove(Context &ctx);
int runReportSet(Context &ctx); // reportcommand.cpp
int runCheckIn(Context &ctx); // checkincommand.cpp
int runAttendeeSet(Context &ctx); // attendeesetcommand.cpp
int runAttendeeSubstitute(Context &ctx); // attendeesetcommand.cpp
int runAttendeeAdd(Context &ctx); // attendeesetcommand.cpp
int runAttendeeRemove(Context &ctx); // attendeesetcommand.cpp
// `task add`, `task set N`, `task remove N` (taskcommands.cpp).
int runTaskAdd(Context &ctx);
int runQuestionAdd(Context &ctx); // questioncommands.cpp
int runTaskSet(Context &ctx);
int runTaskRemove(Context &ctx);

int runMailFetch(Context &ctx); // mailcommands.cpp
int runMailSend(Context &ctx);
int runUnitSet(Context &ctx);
int runUnitAdd(Context &ctx);

// The CLI words for the two plans: "in-person" and "online".
QString planWord(PlanKind kind);
std::optional<PlanKind> planFromWord(const QString &word);

} // namespace dd::cli
