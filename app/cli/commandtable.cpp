#include "cli/commandtable.h"

#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QStringList>

namespace dd::cli {

namespace {

// One row per line of `--help`, in the order a user meets them.
constexpr CommandSpec kCommands[] = {
    { "check", "",
      QT_TRANSLATE_NOOP("Cli",
                        "check the data file without changing it: integrity, schema "
                        "version, number of events"),
      &runCheck },
    { "list", "events|units|attendees|quotas|questions|agenda|tasks|budget|reminders|mail",
      QT_TRANSLATE_NOOP("Cli",
                        "print a table: tab-separated UTF-8 with a header row; agenda "
                        "with the clock times of the active plan; mail: the papers sent "
                        "by e-mail and those that failed (status sent or failed)"),
      &runList },
    { "event show", "",
      QT_TRANSLATE_NOOP("Cli",
                        "the event: its date, start times, question intake, the signing date "
                        "of each paper and the plan's text"),
      &runEventShow },
    { "event set",
      "[--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer NAME|none]",
      QT_TRANSLATE_NOOP("Cli",
                        "set the day of the meeting, its start time (both plans), its title or "
                        "who prepares its papers, or with --plan-text FILE the plan's own "
                        "words; the papers' signature (--on-behalf, --signer-title, --signer), "
                        "place before the date and issuing body; a fact the plan's text states "
                        "too is noted on stderr"),
      &runEventSet },
    { "event new", "TITLE [--organiser TEXT]",
      QT_TRANSLATE_NOOP("Cli",
                        "create an empty event (and the data file when it does not exist) and "
                        "print its id, for --event ID; its units are added with unit add"),
      &runEventNew },
    { "agenda set", "N [--minutes M] [--presenter TEXT] [--title TEXT]",
      QT_TRANSLATE_NOOP("Cli",
                        "change programme item N (its position in list agenda): duration, "
                        "presenter, title, and with --online-title its title under the "
                        "online plan"),
      &runAgendaSet },
    { "agenda add", "--title TEXT [--minutes M] [--presenter TEXT]",
      QT_TRANSLATE_NOOP("Cli",
                        "add an item at the end of the programme (both plans), with its duration "
                        "and who presents it"),
      &runAgendaAdd },
    { "plan show", "",
      QT_TRANSLATE_NOOP("Cli", "the active plan, both plans and the log of switches"),
      &runPlanShow },
    { "plan switch", "in-person|online --reason TEXT",
      QT_TRANSLATE_NOOP("Cli", "make the other plan the active one and record why"),
      &runPlanSwitch },
    { "plan set", "in-person|online [--venue TEXT|none] [--livestream URL|none]",
      QT_TRANSLATE_NOOP("Cli",
                        "set where a plan is held and, online, the address of the livestream "
                        "its papers give"),
      &runPlanSet },
    { "import attendees",
      "FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] [--dry-run] "
      "[--encoding NAME]",
      QT_TRANSLATE_NOOP("Cli",
                        "people from a list sent by a union (CSV in any of the usual "
                        "encodings, XLSX, ODS, XLS): every problem is printed with its "
                        "row, and the people are added in one step; the sending union is "
                        "--unit NAME, or the one the list's title or a unit column names; "
                        "--create-units adds the units a unit column names that are not "
                        "in the directory; every visible sheet holding a list is read, or "
                        "only --sheet NAME; rows the file hides are left out unless "
                        "--include-hidden-rows; --dry-run only checks"),
      &runImportAttendees },
    { "import questions", "FILE...",
      QT_TRANSLATE_NOOP("Cli",
                        "questions from CSV/XLSX/ODS/XLS or .eml files (or a folder of "
                        "them); problems are listed; --unit NAME for senders not in the "
                        "directory; rows the file hides are left out unless "
                        "--include-hidden-rows; --dry-run only checks"),
      &runImportQuestions },
    { "mail fetch", "[--server imap://HOST:PORT/FOLDER|imaps://…] [--user U] [--save-lists DIR]",
      QT_TRANSLATE_NOOP("Cli",
                        "read the new messages of the event's mailbox (--server) and import their "
                        "questions like .eml files; "
                        "messages read before are skipped, nothing on the server changes; the "
                        "password comes from the keychain or DD_MAIL_PASSWORD; --unit NAME "
                        "for senders not in the directory; --dry-run only checks; --save-lists DIR "
                        "saves the attached spreadsheets (attendee lists) there, one line each: "
                        "list, sending unit, file, for import attendees FILE --unit NAME"),
      &runMailFetch },
    { "mail send",
      "unit-invitation|forward|notice [--unit NAME] [--smtp smtp://HOST:PORT|smtps://…] "
      "[--from ADDRESS] [--dry-run DIR] [--again]",
      QT_TRANSLATE_NOOP("Cli",
                        "send the paper to each unit it is for, with the unit's own PDF "
                        "attached, from the event's address; units without an address are "
                        "listed and skipped; a unit that received the paper before is skipped "
                        "unless --again is given; every message is logged (list mail), one "
                        "that failed with the reason; "
                        "--dry-run DIR writes the messages as .eml files instead"),
      &runMailSend },
    { "unit set", "NAME [--email ADDRESS] [--phone NUMBER] [--contact NAME] [--quota SEATS]",
      QT_TRANSLATE_NOOP("Cli",
                        "fill in a unit's e-mail address, phone and contact person, and its "
                        "seat quota in the event"),
      &runUnitSet },
    { "unit add",
      "NAME [--kind KIND] [--part PART] [--quota SEATS] [--email ADDRESS] [--phone NUMBER] "
      "[--contact NAME]",
      QT_TRANSLATE_NOOP("Cli",
                        "add a unit to the directory and to the event, with its part in the "
                        "event and its seat quota"),
      &runUnitAdd },
    { "topic add", "TITLE",
      QT_TRANSLATE_NOOP("Cli",
                        "add a topic of the questions to the event (numbered after the last "
                        "one, as list questions shows them)"),
      &runTopicAdd },
    { "question add",
      "--text TEXT [--unit NAME|ID] [--submitter NAME] [--kind KIND] [--date YYYY-MM-DD]",
      QT_TRANSLATE_NOOP("Cli",
                        "add a question by hand, as the Add… button of the questions tab does: "
                        "received on --date (today when not given), from the unit and the "
                        "person who sent it; prints its number"),
      &runQuestionAdd },
    { "question classify", "ID... --topic N",
      QT_TRANSLATE_NOOP("Cli",
                        "put questions under topic N (its number in list questions); a received "
                        "question becomes classified"),
      &runQuestionClassify },
    { "question forward", "ID... --agency NAME [--date YYYY-MM-DD]",
      QT_TRANSLATE_NOOP("Cli",
                        "assign questions to the agency that answers them; with --date, record "
                        "them as sent that day (print forward records it otherwise)"),
      &runQuestionForward },
    { "question answer", "ID --text TEXT [--by WHO]",
      QT_TRANSLATE_NOOP("Cli", "record the answer to a question (an empty text removes it)"),
      &runQuestionAnswer },
    { "question note", "ID --text TEXT",
      QT_TRANSLATE_NOOP("Cli",
                        "write the secretariat's note on a question, never printed (an empty "
                        "text removes it)"),
      &runQuestionNote },
    { "export attendees", "FILE.csv|FILE.xlsx [--unit NAME]",
      QT_TRANSLATE_NOOP("Cli",
                        "the attendees in Vietnamese name order, ready for Excel; with "
                        "--unit, those that unit sends"),
      &runExportAttendees },
    { "export questions", "FILE [--agency NAME]",
      QT_TRANSLATE_NOOP("Cli",
                        "XLSX (or .csv) of the questions; with --agency, those for that "
                        "agency, and their forwarding is recorded"),
      &runExportQuestions },
    { "print", "PAPER --out FILE.pdf|FILE.odt [--date YYYY-MM-DD] [--unit NAME]",
      QT_TRANSLATE_NOOP("Cli",
                        "a paper as an A4 PDF, or as OpenDocument text (.odt) to edit before "
                        "signing. PAPER: invitation, unit-invitation, delegates, sign-in, "
                        "programme, questions, forward, notice, plan, budget, badges, place-cards, "
                        "labels, report. --date: the signing date, "
                        "remembered for the paper (none: blank, to fill in by hand); --by "
                        "unit|role for the lists, topic|agency for the questions; forward "
                        "--agency NAME [--answer-by YYYY-MM-DD]: the covering letter sending the "
                        "agency its questions, which are recorded as forwarded; --take-number "
                        "gives it the next number of its kind; invitation --status KEY: letters "
                        "to the people of that status"),
      &runPrint },
    { "budget add", "SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both]",
      QT_TRANSLATE_NOOP("Cli",
                        "add a line to the budget estimate: its section (e.g. “Hội trường”), "
                        "what is paid for, the unit of measure, quantity and unit price in đồng "
                        "(12.500.000 or 12500000); --plan: the plan it belongs to (default "
                        "both); --note TEXT"),
      &runBudgetAdd },
    { "budget set", "ID [--qty N] [--price P] [--measure U] [--plan P] [--actual AMOUNT|none]",
      QT_TRANSLATE_NOOP("Cli",
                        "change a line of the budget (its id from list budget); --actual: the "
                        "amount spent, for the results report"),
      &runBudgetSet },
    { "budget remove", "ID", QT_TRANSLATE_NOOP("Cli", "delete a line of the budget"),
      &runBudgetRemove },
    { "report set", "[--assessment TEXT] [--proposals TEXT]",
      QT_TRANSLATE_NOOP("Cli",
                        "the clerk's assessment and proposals in the results report after the "
                        "day (print report); \\n or a line break starts a paragraph"),
      &runReportSet },
    { "attendee set", "ID... --reserve yes|no",
      QT_TRANSLATE_NOOP("Cli",
                        "make people reserve delegates (đại biểu dự khuyết: they count against "
                        "no quota and are not invited with the delegates), or delegates again"),
      &runAttendeeSet },
    { "attendee substitute", "ID RESERVE|ID --name NAME [--phone NUMBER]",
      QT_TRANSLATE_NOOP("Cli",
                        "put a reserve delegate of the same unit, or a new person arriving "
                        "(--name), in the place of person ID, who becomes replaced; the "
                        "substitute is invited if ID had been"),
      &runAttendeeSubstitute },
    { "attendee add",
      "--name NAME [--unit NAME|ID] [--position TEXT] [--workplace TEXT] [--phone NUMBER] "
      "[--email ADDRESS] [--gender male|female] [--birth-year YYYY] [--role KEY] "
      "[--reserve yes|no]",
      QT_TRANSLATE_NOOP("Cli",
                        "add one person, as the Add… button of the attendees tab does (the "
                        "full name is split into family, middle and given names); prints the "
                        "new person's number"),
      &runAttendeeAdd },
    { "attendee remove", "ID...",
      QT_TRANSLATE_NOOP("Cli",
                        "remove people (the numbers from list attendees), as one step; a "
                        "substitute's link and a question's submitter come back with undo"),
      &runAttendeeRemove },
    { "task add", "TEXT [--owner TEXT] [--due YYYY-MM-DD]",
      QT_TRANSLATE_NOOP("Cli",
                        "add a task to the overview's list, after the last one, with who does "
                        "it (Phụ trách: a unit's name as the directory writes it, or any words) "
                        "and when it is due; prints its number"),
      &runTaskAdd },
    { "task set", "N [--text TEXT] [--owner TEXT|none] [--due YYYY-MM-DD|none] [--done yes|no]",
      QT_TRANSLATE_NOOP("Cli",
                        "change task N (its position in list tasks): its text, who does it, "
                        "when it is due, whether it is done"),
      &runTaskSet },
    { "task remove", "N", QT_TRANSLATE_NOOP("Cli", "remove task N (its position in list tasks)"),
      &runTaskRemove },
    { "checkin", "ID|CODE|NAME... [--desk NAME] [--undo]",
      QT_TRANSLATE_NOOP("Cli",
                        "check people in at the door: a number from list attendees, the code "
                        "on their letter or badge, or a full name; someone already checked in "
                        "is said with the time and desk and not changed; --undo takes the "
                        "check-in back"),
      &runCheckIn },
    { "backup list", "",
      QT_TRANSLATE_NOOP("Cli",
                        "the automatic backups of the data file, newest first: when, size "
                        "in bytes, events, people, questions, file"),
      &runBackupList },
    { "backup now", "", QT_TRANSLATE_NOOP("Cli", "take a backup of the data file now"),
      &runBackupNow },
    { "backup restore", "FILE",
      QT_TRANSLATE_NOOP("Cli",
                        "put a backup back (a name from backup list, or a path); the "
                        "current state is backed up first"),
      &runBackupRestore },
    { "copy-to", "FILE|postgresql://…",
      QT_TRANSLATE_NOOP("Cli",
                        "copy everything the store holds (every event, unit and setting) into "
                        "a new file or an empty server database, in one step, and print the "
                        "rows copied per table; a target that holds data is refused"),
      &runCopyTo },
    { "event erase-personal-data", "",
      QT_TRANSLATE_NOOP("Cli",
                        "erase the phones, e-mails and birth years of the event's people "
                        "(Decree 13/2023), after a backup; names, units and counts stay"),
      &runEventErasePersonalData },
};

constexpr OptionSpec kOptions[] = {
    { nullptr, opt::db, "FILE", QT_TRANSLATE_NOOP("Cli", "the data file (default: %1)") },
    { nullptr, opt::event, "ID",
      QT_TRANSLATE_NOOP("Cli", "the event to work on (default: the first one)") },
    { nullptr, opt::sample, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "first create the 2021 sample event; the command then works on "
                        "it (without a command, the window opens it)") },
    { nullptr, opt::lang, "vi|en", QT_TRANSLATE_NOOP("Cli", "the language of messages") },
    { nullptr, opt::filter, "TEXT",
      QT_TRANSLATE_NOOP("Cli",
                        "list attendees|questions: rows holding every word (accents and "
                        "case ignored; “0912 345” finds a phone)") },
    { nullptr, opt::status, "KEY",
      QT_TRANSLATE_NOOP("Cli",
                        "list attendees|questions: only this status (e.g. invited, "
                        "confirmed; received, answered)") },
    { nullptr, opt::unit, "NAME|ID",
      QT_TRANSLATE_NOOP("Cli",
                        "list attendees|questions|tasks: only this unit; import attendees, "
                        "attendee add: the union that sends the people") },
    { nullptr, opt::agency, "NAME|ID",
      QT_TRANSLATE_NOOP("Cli",
                        "list questions: only those forwarded to this agency; question "
                        "forward, print forward: the agency") },
    { nullptr, opt::reason, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "plan switch: why the plan changes (required)") },
    { nullptr, opt::dryRun, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "import, mail fetch: check and list the problems, write nothing; mail "
                        "send --dry-run DIR: write the messages as .eml files into DIR, send "
                        "nothing") },
    { nullptr, opt::createUnits, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "import attendees: create the units a unit column names that are "
                        "not in the directory") },
    { nullptr, opt::includeHiddenRows, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "import: also read the rows the file hides (hidden, filtered out by "
                        "an AutoFilter, in a collapsed group), which are left out otherwise") },
    { nullptr, opt::sheet, "NAME",
      QT_TRANSLATE_NOOP("Cli",
                        "import attendees: read only this sheet of the workbook, even a "
                        "hidden one (without it every visible sheet holding a list is read)") },
    { nullptr, opt::encoding, "NAME",
      QT_TRANSLATE_NOOP("Cli",
                        "import: read a CSV in this encoding (utf-8, utf-16, windows-1258, "
                        "tcvn3) instead of recognising it") },
    { nullptr, opt::out, "FILE",
      QT_TRANSLATE_NOOP("Cli", "print: the file to write, .pdf or .odt") },
    { nullptr, opt::by, "KEY",
      QT_TRANSLATE_NOOP("Cli",
                        "print: how a list or the questions are grouped; question answer: who "
                        "answered") },
    { nullptr, opt::date, "YYYY-MM-DD",
      QT_TRANSLATE_NOOP("Cli",
                        "print: the signing date (none: blank); event set: the day of the "
                        "meeting; question forward: the day the questions are sent; question "
                        "add: the day the question was received") },
    { nullptr, opt::answerBy, "YYYY-MM-DD",
      QT_TRANSLATE_NOOP("Cli", "print forward: the day the agency is asked to answer by") },
    { nullptr, opt::start, "HH:MM", QT_TRANSLATE_NOOP("Cli", "event set: the start time") },
    { nullptr, opt::title, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "event set: the event's title; agenda set: the item's title") },
    { nullptr, opt::preparer, "NAME",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: who prepares the papers (người lập), printed under the "
                        "budget's first signature; none: left blank to sign by hand") },
    { nullptr, opt::signer, "NAME|none",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: who signs the papers, printed under the signature; none: "
                        "left blank") },
    { nullptr, opt::signerTitle, "TEXT",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: the signer's title above the signature, e.g. PHÓ BÍ THƯ") },
    { nullptr, opt::onBehalf, "TEXT|none",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: the line above the signer's title, e.g. “TM. BAN THƯỜNG VỤ "
                        "TỈNH ĐOÀN” or “KT. BÍ THƯ”; none: no such line") },
    { nullptr, opt::place, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "event set: the place before the papers' date, e.g. Biên Hòa") },
    { nullptr, opt::issuingBody, "TEXT",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: the issuing body at the papers' top left, e.g. BCH ĐOÀN TỈNH "
                        "ĐỒNG NAI") },
    { nullptr, opt::venue, "TEXT|none",
      QT_TRANSLATE_NOOP("Cli", "plan set: where the meeting is held under that plan") },
    { nullptr, opt::livestream, "URL|none",
      QT_TRANSLATE_NOOP("Cli", "plan set: the page the online meeting is streamed on") },
    { nullptr, opt::planText, "FILE",
      QT_TRANSLATE_NOOP("Cli",
                        "event set: the plan's text from a UTF-8 file, one paragraph per line, "
                        "**bold**, *italic* (event show prints it)") },
    { nullptr, opt::onlineTitle, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "agenda set: the item's title under the online plan") },
    { nullptr, opt::minutes, "M", QT_TRANSLATE_NOOP("Cli", "agenda set: the duration") },
    { nullptr, opt::presenter, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "agenda set: who presents the item") },
    { nullptr, opt::text, "TEXT",
      QT_TRANSLATE_NOOP("Cli",
                        "question answer: the answer; question note: the note; task set: what "
                        "is to be done; question add: the question") },
    { nullptr, opt::takeNumber, nullptr,
      QT_TRANSLATE_NOOP("Cli", "print: give the paper the next number of its kind") },
    { nullptr, opt::measure, "U",
      QT_TRANSLATE_NOOP("Cli", "budget add|set: the unit of measure (ĐVT), e.g. buổi, bộ, chai") },
    { nullptr, opt::qty, "N",
      QT_TRANSLATE_NOOP("Cli",
                        "budget add|set: the quantity, with decimals if need be (1,5 or 1.5)") },
    { nullptr, opt::price, "P",
      QT_TRANSLATE_NOOP("Cli", "budget add|set: the unit price in đồng") },
    { nullptr, opt::plan, "in-person|online|both",
      QT_TRANSLATE_NOOP("Cli", "budget add|set: the plan a line belongs to") },
    { nullptr, opt::note, "TEXT", QT_TRANSLATE_NOOP("Cli", "budget add|set: the line's note") },
    { nullptr, opt::role, "KEY",
      QT_TRANSLATE_NOOP("Cli",
                        "print badges|place-cards|labels: only people of this role (chair, "
                        "co_chair, guest, delegate, press, staff; chair and co_chair both "
                        "take the CHỦ TRÌ band); attendee add: the person's role (default "
                        "delegate)") },
    { nullptr, opt::assessment, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "report set: the assessment (đánh giá)") },
    { nullptr, opt::proposals, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "report set: the proposals (đề xuất, kiến nghị)") },
    { nullptr, opt::actual, "AMOUNT|none",
      QT_TRANSLATE_NOOP("Cli", "budget set: the amount actually spent (none: not known)") },
    { nullptr, opt::server, "URL",
      QT_TRANSLATE_NOOP("Cli",
                        "mail fetch: the mailbox, imap://HOST:PORT/FOLDER (STARTTLS) or "
                        "imaps://HOST:PORT/FOLDER") },
    { nullptr, opt::user, "NAME", QT_TRANSLATE_NOOP("Cli", "mail fetch, mail send: the login") },
    { nullptr, opt::smtp, "URL",
      QT_TRANSLATE_NOOP("Cli",
                        "mail send: the sending server, smtp://HOST:PORT (STARTTLS) or "
                        "smtps://HOST:PORT") },
    { nullptr, opt::from, "ADDRESS",
      QT_TRANSLATE_NOOP("Cli", "mail send: the event's address the papers are sent from") },
    { nullptr, opt::again, nullptr,
      QT_TRANSLATE_NOOP("Cli", "mail send: send again to units that already received the paper") },
    { nullptr, opt::saveLists, "DIR",
      QT_TRANSLATE_NOOP("Cli",
                        "mail fetch: save the attendee lists attached to the messages in "
                        "this folder") },
    { nullptr, opt::email, "ADDRESS",
      QT_TRANSLATE_NOOP("Cli", "unit set, unit add, attendee add: the e-mail address") },
    { nullptr, opt::phone, "NUMBER",
      QT_TRANSLATE_NOOP("Cli",
                        "unit set, unit add, attendee add, attendee substitute: the phone "
                        "number") },
    { nullptr, opt::contact, "NAME",
      QT_TRANSLATE_NOOP("Cli", "unit set, unit add: the contact person") },
    { nullptr, opt::quota, "SEATS",
      QT_TRANSLATE_NOOP(
          "Cli", "unit set, unit add: the unit's seat quota in the event (none: no quota)") },
    { nullptr, opt::kind, "KIND",
      QT_TRANSLATE_NOOP("Cli",
                        "unit add: provincial, district, affiliated, branch, guest_agency, press "
                        "or other (default); question add: question (default), recommendation, "
                        "proposal or initiative") },
    { nullptr, opt::part, "PART",
      QT_TRANSLATE_NOOP("Cli",
                        "unit add: the unit's part in the event: organiser, host, guest, "
                        "participant (default) or press") },
    { nullptr, opt::organiser, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "event new: the organiser (Ban Thường vụ Tỉnh đoàn …)") },
    { nullptr, opt::name, "NAME",
      QT_TRANSLATE_NOOP("Cli",
                        "attendee add: the person's full name; attendee substitute: the full "
                        "name of the person arriving") },
    { nullptr, opt::owner, "TEXT|none",
      QT_TRANSLATE_NOOP("Cli",
                        "task add|set: who does the task (a unit's name as the directory writes "
                        "it, or any words; none: nobody named)") },
    { nullptr, opt::due, "YYYY-MM-DD|none",
      QT_TRANSLATE_NOOP("Cli", "task add|set: the day the task is due (none: no day)") },
    { nullptr, opt::done, "yes|no", QT_TRANSLATE_NOOP("Cli", "task set: done (yes) or not (no)") },
    { nullptr, opt::submitter, "NAME",
      QT_TRANSLATE_NOOP("Cli",
                        "question add: who sent the question (an attendee's full name links it "
                        "to them)") },
    { nullptr, opt::position, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "attendee add: the position (chức vụ)") },
    { nullptr, opt::workplace, "TEXT",
      QT_TRANSLATE_NOOP("Cli", "attendee add: where the person works (company, branch, chi hội)") },
    { nullptr, opt::gender, "male|female",
      QT_TRANSLATE_NOOP("Cli", "attendee add: the person's gender") },
    { nullptr, opt::birthYear, "YYYY",
      QT_TRANSLATE_NOOP("Cli",
                        "attendee add: the year of birth (two digits are read as 19xx or "
                        "20xx, as in the window)") },
    { nullptr, opt::topic, "N", QT_TRANSLATE_NOOP("Cli", "question classify: the topic's number") },
    { nullptr, opt::desk, "NAME",
      QT_TRANSLATE_NOOP("Cli", "checkin: the name of this desk, recorded with each check-in") },
    { nullptr, opt::undo, nullptr,
      QT_TRANSLATE_NOOP("Cli", "checkin: take the check-in of these people back") },
    { nullptr, opt::overwrite, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "an edit of a row another desk changed meanwhile writes over theirs "
                        "instead of failing") },
    { nullptr, opt::checkedIn, nullptr,
      QT_TRANSLATE_NOOP("Cli", "list attendees: only those checked in") },
    { nullptr, opt::reserve, "yes|no",
      QT_TRANSLATE_NOOP("Cli",
                        "attendee set, attendee add: a reserve delegate (yes) or not (no)") },
    { nullptr, opt::codes, nullptr,
      QT_TRANSLATE_NOOP("Cli",
                        "list attendees: add a last column with each person's check-in code") },
    { "h", opt::help, nullptr, QT_TRANSLATE_NOOP("Cli", "this help") },
    { "v", opt::version, nullptr, QT_TRANSLATE_NOOP("Cli", "the program version") },
};

} // namespace

std::span<const CommandSpec> commandTable()
{
    return kCommands;
}

std::span<const OptionSpec> optionTable()
{
    return kOptions;
}

QString synopsis(const CommandSpec &command)
{
    // The synopses are UTF-8 source text ("imaps://…"), not Latin-1.
    QString s = QString::fromUtf8(command.words);
    if (*command.arguments)
        s += QLatin1Char(' ') + QString::fromUtf8(command.arguments);
    return s;
}

QString synopsis(const OptionSpec &option)
{
    QString s;
    if (option.shortName)
        s = QLatin1Char('-') + QLatin1String(option.shortName) + QStringLiteral(", ");
    s += QStringLiteral("--") + QLatin1String(option.name);
    if (option.valueName)
        s += QLatin1Char(' ') + QString::fromUtf8(option.valueName);
    return s;
}

QString description(const CommandSpec &command)
{
    return QCoreApplication::translate("Cli", command.description);
}

QString description(const OptionSpec &option)
{
    return QCoreApplication::translate("Cli", option.description);
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &c : kCommands) {
        const QString first = QString::fromLatin1(c.words).section(QLatin1Char(' '), 0, 0);
        if (!names.contains(first))
            names << first;
    }
    return names;
}

} // namespace dd::cli
