<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendeeActions</name>
    <message numerus="yes">
        <source>mark %n attendee(s) %1</source>
        <translation>
            <numerusform>mark %n attendee %1</numerusform>
            <numerusform>mark %n attendees %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n people as invited</source>
        <translation>
            <numerusform>mark %n person as invited</numerusform>
            <numerusform>mark %n people as invited</numerusform>
        </translation>
    </message>
    <message>
        <source>substitute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>check in %n attendee(s)</source>
        <translation>
            <numerusform>check in %n attendee</numerusform>
            <numerusform>check in %n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo the check-in of %n attendee(s)</source>
        <translation>
            <numerusform>undo the check-in of %n attendee</numerusform>
            <numerusform>undo the check-in of %n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>add walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in of %1 was changed at another desk since; it was left as that desk made it.</source>
        <translation>The check-in of %1 was changed at another desk since; it was left as that desk made it.</translation>
    </message>
    <message numerus="yes">
        <source>make %n attendee(s) reserve delegates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>make %n reserve delegate(s) delegates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>No one of this event has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one of this event has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a code, a number or a full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is not right: a digit was mistyped or misread. Scan it again or type the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 belongs to another event: “%2”.</source>
        <translation>The code %1 belongs to another event: “%2”.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one of this event is called “%1”.</source>
        <translation>No one of this event is called “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called “%1” (numbers %2): check in by number or code.</source>
        <translation>
            <numerusform>%n people are called “%1” (numbers %2): check in by number or code.</numerusform>
            <numerusform>%n people are called “%1” (numbers %2): check in by number or code.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has already checked in at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already checked in at %2 at the desk “%3”.</source>
        <translation>%1 has already checked in at %2 at the desk “%3”.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” has integrity problems. Open a copy saved earlier, or save what can be read with File ▸ Save a copy.</source>
        <translation>The file “%1” has integrity problems. Open a copy saved earlier, or save what can be read with File ▸ Save a copy.</translation>
    </message>
    <message>
        <source>It is probably open in the DialogueDesk window: close it there, then run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder for the data file; choose one with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event id “%1” is not a number.</source>
        <translation>The event id “%1” is not a number.</translation>
    </message>
    <message>
        <source>There is no event %1 in the file “%2”. “dialoguedesk list events” shows the events.</source>
        <translation>There is no event %1 in the file “%2”. “dialoguedesk list events” shows the events.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Unknown language “%1”: use vi or en.</translation>
    </message>
    <message>
        <source>See dialoguedesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. The commands are: %2. See dialoguedesk --help.</source>
        <translation>Unknown command “%1”. The commands are: %2. See dialoguedesk --help.</translation>
    </message>
    <message>
        <source>Created the sample event %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See dialoguedesk --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit is called “%1”. “dialoguedesk list units” shows the units.</source>
        <translation>No unit is called “%1”. “dialoguedesk list units” shows the units.</translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list “%1”; the lists are: %2.</source>
        <translation>Cannot list “%1”; the lists are: %2.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “list %2”.</source>
        <translation>The option --%1 does not apply to “list %2”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Unknown status “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Say which plan: plan switch in-person|online --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan “%1”: use in-person or online.</source>
        <translation>Unknown plan “%1”: use in-person or online.</translation>
    </message>
    <message>
        <source>Say why the plan changes with --reason TEXT; it is kept in the log of switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of “%1” holds the names (“Họ và tên” or “Tên”).</source>
        <translation>No column of “%1” holds the names (“Họ và tên” or “Tên”).</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n would be added</source>
        <translation>
            <numerusform>%n would be added</numerusform>
            <numerusform>%n would be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be updated</source>
        <translation>
            <numerusform>%n would be updated</numerusform>
            <numerusform>%n would be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors not imported</source>
        <translation>
            <numerusform>%n row with errors not imported</numerusform>
            <numerusform>%n rows with errors not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written (--dry-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in “%1” can be imported.</source>
        <translation>Nothing in “%1” can be imported.</translation>
    </message>
    <message>
        <source>Usage: export attendees FILE.csv|FILE.xlsx [--unit NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) written to %1</source>
        <translation>
            <numerusform>%n attendee written to %1</numerusform>
            <numerusform>%n attendees written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file “%1” does not exist. Choose one with --db FILE, or add --sample to create it with the 2021 sample event.</source>
        <translation>The data file “%1” does not exist. Choose one with --db FILE, or add --sample to create it with the 2021 sample event.</translation>
    </message>
    <message>
        <source>%1 is already the active plan; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which paper to print: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paper called “%1”; the papers are: %2.</source>
        <translation>There is no paper called “%1”; the papers are: %2.</translation>
    </message>
    <message>
        <source>--by takes topic or agency for the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes unit or role for the lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --by does not apply to “print %1”.</source>
        <translation>The option --by does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>The option --unit does not apply to “print %1”.</source>
        <translation>The option --unit does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>The option --status does not apply to “print %1”.</source>
        <translation>The option --status does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Unknown status “%1”.</translation>
    </message>
    <message>
        <source>Nobody has the status “%1”, so there is no letter to print.</source>
        <translation>Nobody has the status “%1”, so there is no letter to print.</translation>
    </message>
    <message>
        <source>Say which files to import: import questions FILE… (CSV, XLSX, ODS, XLS or .eml; a folder gives its files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>not imported: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add --unit NAME to import it for that unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) would be imported (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n question would be imported (dry run: nothing was changed).</numerusform>
            <numerusform>%n questions would be imported (dry run: nothing was changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s).</source>
        <translation>
            <numerusform>Imported %n question.</numerusform>
            <numerusform>Imported %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write: export questions FILE.xlsx|FILE.csv [--agency NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n question to %1.</numerusform>
            <numerusform>Wrote %n questions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n question(s) as forwarded today.</source>
        <translation>
            <numerusform>Recorded %n question as forwarded today.</numerusform>
            <numerusform>Recorded %n questions as forwarded today.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Usage: dialoguedesk [options] &lt;command&gt; [arguments]
Without a command, DialogueDesk opens its window.
</source>
        <translation>Usage: dialoguedesk [options] &lt;command&gt; [arguments]
Without a command, DialogueDesk opens its window.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 wrong command line.</source>
        <translation>Exit status: 0 done, 1 failed, 2 wrong command line.</translation>
    </message>
    <message>
        <source>Incomplete command “%1”: use %2.</source>
        <translation>Incomplete command “%1”: use %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use %2.</source>
        <translation>Unknown command “%1”: use %2.</translation>
    </message>
    <message>
        <source>check the data file without changing it: integrity, schema version, number of events</source>
        <translation>check the data file without changing it: integrity, schema version, number of events</translation>
    </message>
    <message>
        <source>the active plan, both plans and the log of switches</source>
        <translation>the active plan, both plans and the log of switches</translation>
    </message>
    <message>
        <source>make the other plan the active one and record why</source>
        <translation>make the other plan the active one and record why</translation>
    </message>
    <message>
        <source>the attendees in Vietnamese name order, ready for Excel; with --unit, those that unit sends</source>
        <translation>the attendees in Vietnamese name order, ready for Excel; with --unit, those that unit sends</translation>
    </message>
    <message>
        <source>XLSX (or .csv) of the questions; with --agency, those for that agency, and their forwarding is recorded</source>
        <translation>XLSX (or .csv) of the questions; with --agency, those for that agency, and their forwarding is recorded</translation>
    </message>
    <message>
        <source>the data file (default: %1)</source>
        <translation>the data file (default: %1)</translation>
    </message>
    <message>
        <source>the event to work on (default: the first one)</source>
        <translation>the event to work on (default: the first one)</translation>
    </message>
    <message>
        <source>first create the 2021 sample event; the command then works on it (without a command, the window opens it)</source>
        <translation>first create the 2021 sample event; the command then works on it (without a command, the window opens it)</translation>
    </message>
    <message>
        <source>the language of messages</source>
        <translation>the language of messages</translation>
    </message>
    <message>
        <source>list attendees|questions: rows holding every word (accents and case ignored; “0912 345” finds a phone)</source>
        <translation>list attendees|questions: rows holding every word (accents and case ignored; “0912 345” finds a phone)</translation>
    </message>
    <message>
        <source>list attendees|questions: only this status (e.g. invited, confirmed; received, answered)</source>
        <translation>list attendees|questions: only this status (e.g. invited, confirmed; received, answered)</translation>
    </message>
    <message>
        <source>plan switch: why the plan changes (required)</source>
        <translation>plan switch: why the plan changes (required)</translation>
    </message>
    <message>
        <source>print: give the paper the next number of its kind</source>
        <translation>print: give the paper the next number of its kind</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>this help</translation>
    </message>
    <message>
        <source>the program version</source>
        <translation>the program version</translation>
    </message>
    <message>
        <source>--unit</source>
        <translation>--unit</translation>
    </message>
    <message>
        <source>remembered for the title line “%1”</source>
        <translation>remembered for the title line “%1”</translation>
    </message>
    <message>
        <source>the title line “%1”</source>
        <translation>the title line “%1”</translation>
    </message>
    <message>
        <source>Sent by %1 (from %2).</source>
        <translation>Sent by %1 (from %2).</translation>
    </message>
    <message>
        <source>left out: “%1” is not a unit of the directory (--create-units creates it, --unit NAME puts the row under that unit).</source>
        <translation>left out: “%1” is not a unit of the directory (--create-units creates it, --unit NAME puts the row under that unit).</translation>
    </message>
    <message>
        <source>left out: the row names no unit (--unit NAME gives one).</source>
        <translation>left out: the row names no unit (--unit NAME gives one).</translation>
    </message>
    <message numerus="yes">
        <source>%n already there or repeated, skipped</source>
        <translation>
            <numerusform>%n already there or repeated, skipped</numerusform>
            <numerusform>%n already there or repeated, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly the same as another person, imported as new (see the warnings)</source>
        <translation>
            <numerusform>%n possibly the same as another person, imported as new (see the warnings)</numerusform>
            <numerusform>%n possibly the same as another person, imported as new (see the warnings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without a unit</source>
        <translation>
            <numerusform>%n left out without a unit</numerusform>
            <numerusform>%n left out without a unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) would be created</source>
        <translation>
            <numerusform>%n unit(s) would be created</numerusform>
            <numerusform>%n unit(s) would be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) created</source>
        <translation>
            <numerusform>%n unit(s) created</numerusform>
            <numerusform>%n unit(s) created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the directory, not created: their people go to %1</source>
        <translation>
            <numerusform>%n unit(s) not in the directory, not created: their people go to %1</numerusform>
            <numerusform>%n unit(s) not in the directory, not created: their people go to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the directory, not created</source>
        <translation>
            <numerusform>%n unit(s) not in the directory, not created</numerusform>
            <numerusform>%n unit(s) not in the directory, not created</numerusform>
        </translation>
    </message>
    <message>
        <source>import attendees: create the units a unit column names that are not in the directory</source>
        <translation>import attendees: create the units a unit column names that are not in the directory</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8, utf-16, windows-1258 or tcvn3.</source>
        <translation>Unknown encoding “%1”: use utf-8, utf-16, windows-1258 or tcvn3.</translation>
    </message>
    <message>
        <source>import: read a CSV in this encoding (utf-8, utf-16, windows-1258, tcvn3) instead of recognising it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup: backup restore FILE (see backup list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic backups of the data file, newest first: when, size in bytes, events, people, questions, file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a backup of the data file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup back (a name from backup list, or a path); the current state is backed up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase the phones, e-mails and birth years of the event&apos;s people (Decree 13/2023), after a backup; names, units and counts stay</source>
        <translation>erase the phones, e-mails and birth years of the event&apos;s people (Decree 13/2023), after a backup; names, units and counts stay</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD (for example 2021-10-15), or none: “%2” is not one.</source>
        <translation>--%1 takes a date as YYYY-MM-DD (for example 2021-10-15), or none: “%2” is not one.</translation>
    </message>
    <message>
        <source>the event: its date, start times, question intake, the signing date of each paper and the plan&apos;s text</source>
        <translation>the event: its date, start times, question intake, the signing date of each paper and the plan&apos;s text</translation>
    </message>
    <message>
        <source>change programme item N (its position in list agenda): duration, presenter, title, and with --online-title its title under the online plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign questions to the agency that answers them; with --date, record them as sent that day (print forward records it otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the answer to a question (an empty text removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list questions: only those forwarded to this agency; question forward, print forward: the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the file to write, .pdf or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: how a list or the questions are grouped; question answer: who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print forward: the day the agency is asked to answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event set: the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event set: the event&apos;s title; agenda set: the item&apos;s title</source>
        <translation>event set: the event&apos;s title; agenda set: the item&apos;s title</translation>
    </message>
    <message>
        <source>event set: the plan&apos;s text from a UTF-8 file, one paragraph per line, **bold**, *italic* (event show prints it)</source>
        <translation>event set: the plan&apos;s text from a UTF-8 file, one paragraph per line, **bold**, *italic* (event show prints it)</translation>
    </message>
    <message>
        <source>agenda set: the item&apos;s title under the online plan</source>
        <translation>agenda set: the item&apos;s title under the online plan</translation>
    </message>
    <message>
        <source>agenda set: the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda set: who presents the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text with the plan&apos;s paragraphs.</source>
        <translation>%1 is not a UTF-8 text with the plan&apos;s paragraphs.</translation>
    </message>
    <message>
        <source>--start takes a time as HH:MM (for example 07:30), or none: “%1” is not one.</source>
        <translation>--start takes a time as HH:MM (for example 07:30), or none: “%1” is not one.</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which item: agenda set N [--minutes M] [--presenter TEXT] [--title TEXT] [--online-title TEXT]; N is its position in “list agenda”.</source>
        <translation>Say which item: agenda set N [--minutes M] [--presenter TEXT] [--title TEXT] [--online-title TEXT]; N is its position in “list agenda”.</translation>
    </message>
    <message>
        <source>The item number “%1” is not a position (1, 2, …).</source>
        <translation>The item number “%1” is not a position (1, 2, …).</translation>
    </message>
    <message>
        <source>Say what to set: --minutes M, --presenter TEXT, --title TEXT or --online-title TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes takes a number of minutes from 0 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The programme has %n item(s); there is no item %1.</source>
        <translation>
            <numerusform>The programme has %n item; there is no item %1.</numerusform>
            <numerusform>The programme has %n items; there is no item %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write the paper: --out FILE.pdf (or FILE.odt for a document to edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which agency the letter goes to: --agency NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --agency does not apply to “print %1”.</source>
        <translation>The option --agency does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>The option --answer-by does not apply to “print %1”.</source>
        <translation>The option --answer-by does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question %1 in this event. “dialoguedesk list questions” shows their ids.</source>
        <translation>There is no question %1 in this event. “dialoguedesk list questions” shows their ids.</translation>
    </message>
    <message>
        <source>Say which questions and where: question forward ID… --agency NAME [--date YYYY-MM-DD].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forwarded %n question(s) to %1 on %2.</source>
        <translation>
            <numerusform>Forwarded %n question to %1 on %2.</numerusform>
            <numerusform>Forwarded %n questions to %1 on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n question(s) to %1; “print forward --agency” writes the covering letter and records the day they are sent.</source>
        <translation>
            <numerusform>Assigned %n question to %1; “print forward --agency” writes the covering letter and records the day it is sent.</numerusform>
            <numerusform>Assigned %n questions to %1; “print forward --agency” writes the covering letter and records the day they are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which question and the answer: question answer ID --text TEXT [--by WHO].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who: checkin ID|CODE|NAME (a number from list attendees, the code on the letter or badge, or the full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--desk does not apply to checkin --undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in taken back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check people in at the door: a number from list attendees, the code on their letter or badge, or a full name; someone already checked in is said with the time and desk and not changed; --undo takes the check-in back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkin: the name of this desk, recorded with each check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkin: take the check-in of these people back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list attendees: only those checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list attendees: add a last column with each person&apos;s check-in code</source>
        <translation>list attendees: add a last column with each person&apos;s check-in code</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of zero or more, such as 12500000 or 12.500.000; “%2” is not one.</source>
        <translation>--%1 takes a whole number of zero or more, such as 12500000 or 12.500.000; “%2” is not one.</translation>
    </message>
    <message>
        <source>Unknown plan “%1”: use in-person, online or both.</source>
        <translation>Unknown plan “%1”: use in-person, online or both.</translation>
    </message>
    <message>
        <source>There is no budget line %1. “dialoguedesk list budget” shows them.</source>
        <translation>There is no budget line %1. “dialoguedesk list budget” shows them.</translation>
    </message>
    <message>
        <source>Say the section and the content: budget add SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both].</source>
        <translation>Say the section and the content: budget add SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both].</translation>
    </message>
    <message>
        <source>The amount spent is entered afterwards: budget set ID --actual AMOUNT.</source>
        <translation>The amount spent is entered afterwards: budget set ID --actual AMOUNT.</translation>
    </message>
    <message>
        <source>Say which line: budget set ID [--qty N] [--price P] [--measure U] [--plan P] [--note TEXT] [--actual AMOUNT|none].</source>
        <translation>Say which line: budget set ID [--qty N] [--price P] [--measure U] [--plan P] [--note TEXT] [--actual AMOUNT|none].</translation>
    </message>
    <message>
        <source>Say which line: budget remove ID.</source>
        <translation>Say which line: budget remove ID.</translation>
    </message>
    <message>
        <source>a paper as an A4 PDF, or as OpenDocument text (.odt) to edit before signing. PAPER: invitation, unit-invitation, delegates, sign-in, programme, questions, forward, notice, plan, budget, badges, place-cards, labels, report. --date: the signing date, remembered for the paper (none: blank, to fill in by hand); --by unit|role for the lists, topic|agency for the questions; forward --agency NAME [--answer-by YYYY-MM-DD]: the covering letter sending the agency its questions, which are recorded as forwarded; --take-number gives it the next number of its kind; invitation --status KEY: letters to the people of that status</source>
        <translation>a paper as an A4 PDF, or as OpenDocument text (.odt) to edit before signing. PAPER: invitation, unit-invitation, delegates, sign-in, programme, questions, forward, notice, plan, budget, badges, place-cards, labels, report. --date: the signing date, remembered for the paper (none: blank, to fill in by hand); --by unit|role for the lists, topic|agency for the questions; forward --agency NAME [--answer-by YYYY-MM-DD]: the covering letter sending the agency its questions, which are recorded as forwarded; --take-number gives it the next number of its kind; invitation --status KEY: letters to the people of that status</translation>
    </message>
    <message>
        <source>add a line to the budget estimate: its section (e.g. “Hội trường”), what is paid for, the unit of measure, quantity and unit price in đồng (12.500.000 or 12500000); --plan: the plan it belongs to (default both); --note TEXT</source>
        <translation>add a line to the budget estimate: its section (e.g. “Hội trường”), what is paid for, the unit of measure, quantity and unit price in đồng (12.500.000 or 12500000); --plan: the plan it belongs to (default both); --note TEXT</translation>
    </message>
    <message>
        <source>change a line of the budget (its id from list budget); --actual: the amount spent, for the results report</source>
        <translation>change a line of the budget (its id from list budget); --actual: the amount spent, for the results report</translation>
    </message>
    <message>
        <source>delete a line of the budget</source>
        <translation>delete a line of the budget</translation>
    </message>
    <message>
        <source>the clerk&apos;s assessment and proposals in the results report after the day (print report); \n or a line break starts a paragraph</source>
        <translation>the clerk&apos;s assessment and proposals in the results report after the day (print report); \n or a line break starts a paragraph</translation>
    </message>
    <message>
        <source>budget add|set: the unit of measure (ĐVT), e.g. buổi, bộ, chai</source>
        <translation>budget add|set: the unit of measure (ĐVT), e.g. buổi, bộ, chai</translation>
    </message>
    <message>
        <source>budget add|set: the unit price in đồng</source>
        <translation>budget add|set: the unit price in đồng</translation>
    </message>
    <message>
        <source>budget add|set: the plan a line belongs to</source>
        <translation>budget add|set: the plan a line belongs to</translation>
    </message>
    <message>
        <source>budget add|set: the line&apos;s note</source>
        <translation>budget add|set: the line&apos;s note</translation>
    </message>
    <message>
        <source>report set: the assessment (đánh giá)</source>
        <translation>report set: the assessment (đánh giá)</translation>
    </message>
    <message>
        <source>report set: the proposals (đề xuất, kiến nghị)</source>
        <translation>report set: the proposals (đề xuất, kiến nghị)</translation>
    </message>
    <message>
        <source>budget set: the amount actually spent (none: not known)</source>
        <translation>budget set: the amount actually spent (none: not known)</translation>
    </message>
    <message>
        <source>The option --role does not apply to “print %1”.</source>
        <translation>The option --role does not apply to “print %1”.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Unknown role “%1”.</translation>
    </message>
    <message>
        <source>Say what to write: report set [--assessment TEXT] [--proposals TEXT]; a line break starts a new paragraph.</source>
        <translation>Say what to write: report set [--assessment TEXT] [--proposals TEXT]; a line break starts a new paragraph.</translation>
    </message>
    <message>
        <source>import, mail fetch: check and list the problems, write nothing; mail send --dry-run DIR: write the messages as .eml files into DIR, send nothing</source>
        <translation>import, mail fetch: check and list the problems, write nothing; mail send --dry-run DIR: write the messages as .eml files into DIR, send nothing</translation>
    </message>
    <message>
        <source>mail fetch: the mailbox, imap://HOST:PORT/FOLDER (STARTTLS) or imaps://HOST:PORT/FOLDER</source>
        <translation>mail fetch: the mailbox, imap://HOST:PORT/FOLDER (STARTTLS) or imaps://HOST:PORT/FOLDER</translation>
    </message>
    <message>
        <source>mail fetch, mail send: the login</source>
        <translation>mail fetch, mail send: the login</translation>
    </message>
    <message>
        <source>mail send: the sending server, smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT</source>
        <translation>mail send: the sending server, smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT</translation>
    </message>
    <message>
        <source>mail send: the event&apos;s address the papers are sent from</source>
        <translation>mail send: the event&apos;s address the papers are sent from</translation>
    </message>
    <message>
        <source>mail send: send again to units that already received the paper</source>
        <translation>mail send: send again to units that already received the paper</translation>
    </message>
    <message>
        <source>not read: </source>
        <translation>not read: </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s); %1 question(s) would be imported (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n new message(s); %1 question(s) would be imported (dry run: nothing was changed).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>left in the mailbox: </source>
        <translation>left in the mailbox: </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) read</source>
        <translation>
            <numerusform>%n new message(s) read</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n question(s)</source>
        <translation>
            <numerusform>imported %n question(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read before</source>
        <translation>
            <numerusform>%n message(s) read before</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>Unit %1: e-mail %2, phone %3, contact %4.</source>
        <translation>Unit %1: e-mail %2, phone %3, contact %4.</translation>
    </message>
    <message>
        <source>Say which paper: mail send unit-invitation|forward|notice [--unit NAME] [--smtp URL] [--from ADDRESS] [--dry-run DIR] [--again].</source>
        <translation>Say which paper: mail send unit-invitation|forward|notice [--unit NAME] [--smtp URL] [--from ADDRESS] [--dry-run DIR] [--again].</translation>
    </message>
    <message>
        <source>“%1” cannot be sent by e-mail: the papers sent are unit-invitation, forward and notice.</source>
        <translation>“%1” cannot be sent by e-mail: the papers sent are unit-invitation, forward and notice.</translation>
    </message>
    <message>
        <source>not sent: </source>
        <translation>not sent: </translation>
    </message>
    <message>
        <source>Add --again to send the paper again to the units that received it.</source>
        <translation>Add --again to send the paper again to the units that received it.</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>failed: </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) (dry run: nothing was sent).</source>
        <translation>
            <numerusform>Wrote %n message(s) (dry run: nothing was sent).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Sent %n message(s).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to: copy-to FILE or copy-to postgresql://SERVER/DATABASE.</source>
        <translation>Say where to: copy-to FILE or copy-to postgresql://SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>The target is the store itself.</source>
        <translation>The target is the store itself.</translation>
    </message>
    <message>
        <source>copy everything the store holds (every event, unit and setting) into a new file or an empty server database, in one step, and print the rows copied per table; a target that holds data is refused</source>
        <translation>copy everything the store holds (every event, unit and setting) into a new file or an empty server database, in one step, and print the rows copied per table; a target that holds data is refused</translation>
    </message>
    <message>
        <source>budget add|set: the quantity, with decimals if need be (1,5 or 1.5)</source>
        <translation>budget add|set: the quantity, with decimals if need be (1,5 or 1.5)</translation>
    </message>
    <message>
        <source>read the new messages of the event&apos;s mailbox (--server) and import their questions like .eml files; messages read before are skipped, nothing on the server changes; the password comes from the keychain or DD_MAIL_PASSWORD; --unit NAME for senders not in the directory; --dry-run only checks; --save-lists DIR saves the attached spreadsheets (attendee lists) there, one line each: list, sending unit, file, for import attendees FILE --unit NAME</source>
        <translation>read the new messages of the event&apos;s mailbox (--server) and import their questions like .eml files; messages read before are skipped, nothing on the server changes; the password comes from the keychain or DD_MAIL_PASSWORD; --unit NAME for senders not in the directory; --dry-run only checks; --save-lists DIR saves the attached spreadsheets (attendee lists) there, one line each: list, sending unit, file, for import attendees FILE --unit NAME</translation>
    </message>
    <message>
        <source>mail fetch: save the attendee lists attached to the messages in this folder</source>
        <translation>mail fetch: save the attendee lists attached to the messages in this folder</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>%1 from %2 matches no unit: import it with --unit NAME once you know which union sent it.</source>
        <translation>%1 from %2 matches no unit: import it with --unit NAME once you know which union sent it.</translation>
    </message>
    <message>
        <source>an edit of a row another desk changed meanwhile writes over theirs instead of failing</source>
        <translation>an edit of a row another desk changed meanwhile writes over theirs instead of failing</translation>
    </message>
    <message>
        <source>the file name “%1”</source>
        <translation>the file name “%1”</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2”</source>
        <translation>The sheet “%1” of “%2”</translation>
    </message>
    <message>
        <source>%1 does not say which union sends these people: no column names units of the directory, and no title line names one (such as “Đơn vị: Huyện đoàn …”). Give it with --unit NAME; nothing was written.</source>
        <translation>%1 does not say which union sends these people: no column names units of the directory, and no title line names one (such as “Đơn vị: Huyện đoàn …”). Give it with --unit NAME; nothing was written.</translation>
    </message>
    <message>
        <source>Sheet “%1”:</source>
        <translation>Sheet “%1”:</translation>
    </message>
    <message>
        <source>the signature line “%1”</source>
        <translation>the signature line “%1”</translation>
    </message>
    <message>
        <source>print a table: tab-separated UTF-8 with a header row; agenda with the clock times of the active plan; mail: the papers sent by e-mail and those that failed (status sent or failed)</source>
        <translation>print a table: tab-separated UTF-8 with a header row; agenda with the clock times of the active plan; mail: the papers sent by e-mail and those that failed (status sent or failed)</translation>
    </message>
    <message>
        <source>send the paper to each unit it is for, with the unit&apos;s own PDF attached, from the event&apos;s address; units without an address are listed and skipped; a unit that received the paper before is skipped unless --again is given; every message is logged (list mail), one that failed with the reason; --dry-run DIR writes the messages as .eml files instead</source>
        <translation>send the paper to each unit it is for, with the unit&apos;s own PDF attached, from the event&apos;s address; units without an address are listed and skipped; a unit that received the paper before is skipped unless --again is given; every message is logged (list mail), one that failed with the reason; --dry-run DIR writes the messages as .eml files instead</translation>
    </message>
    <message>
        <source>event set: who prepares the papers (người lập), printed under the budget&apos;s first signature; none: left blank to sign by hand</source>
        <translation>event set: who prepares the papers (người lập), printed under the budget&apos;s first signature; none: left blank to sign by hand</translation>
    </message>
    <message>
        <source>The failed messages are in the log (list mail, status failed); send again to send them.</source>
        <translation>The failed messages are in the log (list mail, status failed); send again to send them.</translation>
    </message>
    <message>
        <source>fill in a unit&apos;s e-mail address, phone and contact person, and its seat quota in the event</source>
        <translation>fill in a unit&apos;s e-mail address, phone and contact person, and its seat quota in the event</translation>
    </message>
    <message>
        <source>Say which unit: unit set NAME [--email ADDRESS] [--phone NUMBER] [--contact NAME] [--quota SEATS].</source>
        <translation>Say which unit: unit set NAME [--email ADDRESS] [--phone NUMBER] [--contact NAME] [--quota SEATS].</translation>
    </message>
    <message>
        <source>“%1” is not a quota: a number of seats, for example 22, or none.</source>
        <translation>“%1” is not a quota: a number of seats, for example 22, or none.</translation>
    </message>
    <message>
        <source>Unit %1: quota %2.</source>
        <translation>Unit %1: quota %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: %n question(s).</source>
        <translation>
            <numerusform>Sheet “%1”: %n question.</numerusform>
            <numerusform>Sheet “%1”: %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>write the secretariat&apos;s note on a question, never printed (an empty text removes it)</source>
        <translation>write the secretariat&apos;s note on a question, never printed (an empty text removes it)</translation>
    </message>
    <message>
        <source>Say which question and the note: question note ID --text TEXT.</source>
        <translation>Say which question and the note: question note ID --text TEXT.</translation>
    </message>
    <message>
        <source>The note is already that.</source>
        <translation>The note is already that.</translation>
    </message>
    <message>
        <source>Question %1: note removed.</source>
        <translation>Question %1: note removed.</translation>
    </message>
    <message>
        <source>Question %1: note saved.</source>
        <translation>Question %1: note saved.</translation>
    </message>
    <message>
        <source>No attendee has the number “%1” (see list attendees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who: attendee set ID... (the numbers from list attendees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: attendee set ID... --reserve yes|no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve delegate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a reserve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reserve delegate of the same unit as %2 (list attendees shows reserve yes); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaces %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make people reserve delegates (đại biểu dự khuyết: they count against no quota and are not invited with the delegates), or delegates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” holds no event yet. Create one with event new TITLE or in the window, or add --sample to create the 2021 sample event.</source>
        <translation>The file “%1” holds no event yet. Create one with event new TITLE or in the window, or add --sample to create the 2021 sample event.</translation>
    </message>
    <message>
        <source>create an empty event (and the data file when it does not exist) and print its id, for --event ID; its units are added with unit add</source>
        <translation>create an empty event (and the data file when it does not exist) and print its id, for --event ID; its units are added with unit add</translation>
    </message>
    <message>
        <source>add a unit to the directory and to the event, with its part in the event and its seat quota</source>
        <translation>add a unit to the directory and to the event, with its part in the event and its seat quota</translation>
    </message>
    <message>
        <source>unit add: the unit&apos;s part in the event: organiser, host, guest, participant (default) or press</source>
        <translation>unit add: the unit&apos;s part in the event: organiser, host, guest, participant (default) or press</translation>
    </message>
    <message>
        <source>event new: the organiser (Ban Thường vụ Tỉnh đoàn …)</source>
        <translation>event new: the organiser (Ban Thường vụ Tỉnh đoàn …)</translation>
    </message>
    <message>
        <source>Give the event a title: event new TITLE [--organiser TEXT].</source>
        <translation>Give the event a title: event new TITLE [--organiser TEXT].</translation>
    </message>
    <message>
        <source>Created the event %1: %2.</source>
        <translation>Created the event %1: %2.</translation>
    </message>
    <message>
        <source>Say the unit&apos;s name: unit add NAME [--kind KIND] [--part PART] [--quota SEATS] [--email ADDRESS] [--phone NUMBER] [--contact NAME].</source>
        <translation>Say the unit&apos;s name: unit add NAME [--kind KIND] [--part PART] [--quota SEATS] [--email ADDRESS] [--phone NUMBER] [--contact NAME].</translation>
    </message>
    <message>
        <source>Unknown kind of unit “%1”; use one of: %2.</source>
        <translation>Unknown kind of unit “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>Unknown part in the event “%1”; use one of: %2.</source>
        <translation>Unknown part in the event “%1”; use one of: %2.</translation>
    </message>
    <message>
        <source>The directory already has the unit “%1” (%2); change it with unit set.</source>
        <translation>The directory already has the unit “%1” (%2); change it with unit set.</translation>
    </message>
    <message>
        <source>Added unit %1: %2, %3 in the event.</source>
        <translation>Added unit %1: %2, %3 in the event.</translation>
    </message>
    <message>
        <source>add a topic of the questions to the event (numbered after the last one, as list questions shows them)</source>
        <translation>add a topic of the questions to the event (numbered after the last one, as list questions shows them)</translation>
    </message>
    <message>
        <source>put questions under topic N (its number in list questions); a received question becomes classified</source>
        <translation>put questions under topic N (its number in list questions); a received question becomes classified</translation>
    </message>
    <message>
        <source>question classify: the topic&apos;s number</source>
        <translation>question classify: the topic&apos;s number</translation>
    </message>
    <message>
        <source>Give the topic: topic add TITLE.</source>
        <translation>Give the topic: topic add TITLE.</translation>
    </message>
    <message>
        <source>Topic %1: %2.</source>
        <translation>Topic %1: %2.</translation>
    </message>
    <message>
        <source>Say which questions and the topic: question classify ID… --topic N.</source>
        <translation>Say which questions and the topic: question classify ID… --topic N.</translation>
    </message>
    <message>
        <source>The event has no topic %1; add one with topic add TITLE.</source>
        <translation>The event has no topic %1; add one with topic add TITLE.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message numerus="yes">
        <source>Classified %n question(s) under topic %1.</source>
        <translation>
            <numerusform>Classified %n question under topic %1.</numerusform>
            <numerusform>Classified %n questions under topic %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is replaced and by whom: attendee substitute ID RESERVE (the numbers from list attendees), or attendee substitute ID --name “FULL NAME” [--phone NUMBER] for a new person.</source>
        <translation>Say who is replaced and by whom: attendee substitute ID RESERVE (the numbers from list attendees), or attendee substitute ID --name “FULL NAME” [--phone NUMBER] for a new person.</translation>
    </message>
    <message>
        <source>put a reserve delegate of the same unit, or a new person arriving (--name), in the place of person ID, who becomes replaced; the substitute is invited if ID had been</source>
        <translation>put a reserve delegate of the same unit, or a new person arriving (--name), in the place of person ID, who becomes replaced; the substitute is invited if ID had been</translation>
    </message>
    <message>
        <source>unit set, unit add: the contact person</source>
        <translation>unit set, unit add: the contact person</translation>
    </message>
    <message>
        <source>unit set, unit add: the unit&apos;s seat quota in the event (none: no quota)</source>
        <translation>unit set, unit add: the unit&apos;s seat quota in the event (none: no quota)</translation>
    </message>
    <message>
        <source>set the day of the meeting, its start time (both plans), its title or who prepares its papers, or with --plan-text FILE the plan&apos;s own words; the papers&apos; signature (--on-behalf, --signer-title, --signer), place before the date and issuing body; a fact the plan&apos;s text states too is noted on stderr</source>
        <translation>set the day of the meeting, its start time (both plans), its title or who prepares its papers, or with --plan-text FILE the plan&apos;s own words; the papers&apos; signature (--on-behalf, --signer-title, --signer), place before the date and issuing body; a fact the plan&apos;s text states too is noted on stderr</translation>
    </message>
    <message>
        <source>event set: who signs the papers, printed under the signature; none: left blank</source>
        <translation>event set: who signs the papers, printed under the signature; none: left blank</translation>
    </message>
    <message>
        <source>event set: the signer&apos;s title above the signature, e.g. PHÓ BÍ THƯ</source>
        <translation>event set: the signer&apos;s title above the signature, e.g. PHÓ BÍ THƯ</translation>
    </message>
    <message>
        <source>event set: the line above the signer&apos;s title, e.g. “TM. BAN THƯỜNG VỤ TỈNH ĐOÀN” or “KT. BÍ THƯ”; none: no such line</source>
        <translation>event set: the line above the signer&apos;s title, e.g. “TM. BAN THƯỜNG VỤ TỈNH ĐOÀN” or “KT. BÍ THƯ”; none: no such line</translation>
    </message>
    <message>
        <source>Say what to set: event set [--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer NAME|none] [--signer NAME|none] [--signer-title TEXT] [--on-behalf TEXT|none] [--place TEXT] [--issuing-body TEXT] [--plan-text FILE].</source>
        <translation>Say what to set: event set [--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer NAME|none] [--signer NAME|none] [--signer-title TEXT] [--on-behalf TEXT|none] [--place TEXT] [--issuing-body TEXT] [--plan-text FILE].</translation>
    </message>
    <message>
        <source>--%1 needs a text.</source>
        <translation>--%1 needs a text.</translation>
    </message>
    <message>
        <source>event set: the place before the papers&apos; date, e.g. Biên Hòa</source>
        <translation>event set: the place before the papers&apos; date, e.g. Biên Hòa</translation>
    </message>
    <message>
        <source>event set: the issuing body at the papers&apos; top left, e.g. BCH ĐOÀN TỈNH ĐỒNG NAI</source>
        <translation>event set: the issuing body at the papers&apos; top left, e.g. BCH ĐOÀN TỈNH ĐỒNG NAI</translation>
    </message>
    <message>
        <source>add an item at the end of the programme (both plans), with its duration and who presents it</source>
        <translation>add an item at the end of the programme (both plans), with its duration and who presents it</translation>
    </message>
    <message>
        <source>set where a plan is held and, online, the address of the livestream its papers give</source>
        <translation>set where a plan is held and, online, the address of the livestream its papers give</translation>
    </message>
    <message>
        <source>plan set: where the meeting is held under that plan</source>
        <translation>plan set: where the meeting is held under that plan</translation>
    </message>
    <message>
        <source>plan set: the page the online meeting is streamed on</source>
        <translation>plan set: the page the online meeting is streamed on</translation>
    </message>
    <message>
        <source>Say what the item is: agenda add --title TEXT.</source>
        <translation>Say what the item is: agenda add --title TEXT.</translation>
    </message>
    <message>
        <source>Say which plan: plan set in-person|online [--venue TEXT|none] [--livestream URL|none].</source>
        <translation>Say which plan: plan set in-person|online [--venue TEXT|none] [--livestream URL|none].</translation>
    </message>
    <message>
        <source>Say what to set: --venue TEXT|none or --livestream URL|none.</source>
        <translation>Say what to set: --venue TEXT|none or --livestream URL|none.</translation>
    </message>
    <message>
        <source>The event has no %1 plan.</source>
        <translation>The event has no %1 plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) left out</source>
        <translation>
            <numerusform>%n hidden row left out</numerusform>
            <numerusform>%n hidden rows left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] [--dry-run] [--encoding NAME]</source>
        <translation>Usage: import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] [--dry-run] [--encoding NAME]</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are %3.</source>
        <translation>“%1” has no sheet “%2”; its sheets are %3.</translation>
    </message>
    <message>
        <source>The sheet “%1” is hidden in the file and was not read (--sheet “%1” reads it).</source>
        <translation>The sheet “%1” is hidden in the file and was not read (--sheet “%1” reads it).</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” has no header row (a row with “Họ và tên”, “Đơn vị”, …).</source>
        <translation>The sheet “%1” of “%2” has no header row (a row with “Họ và tên”, “Đơn vị”, …).</translation>
    </message>
    <message>
        <source>No visible sheet of “%1” has a header row (a row with “Họ và tên”, “Đơn vị”, …).</source>
        <translation>No visible sheet of “%1” has a header row (a row with “Họ và tên”, “Đơn vị”, …).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file left out (row(s) %1); --include-hidden-rows imports them.</source>
        <translation>
            <numerusform>%n row hidden in the file left out (row %1); --include-hidden-rows imports it.</numerusform>
            <numerusform>%n rows hidden in the file left out (rows %1); --include-hidden-rows imports them.</numerusform>
        </translation>
    </message>
    <message>
        <source>people from a list sent by a union (CSV in any of the usual encodings, XLSX, ODS, XLS): every problem is printed with its row, and the people are added in one step; the sending union is --unit NAME, or the one the list&apos;s title or a unit column names; --create-units adds the units a unit column names that are not in the directory; every visible sheet holding a list is read, or only --sheet NAME; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</source>
        <translation>people from a list sent by a union (CSV in any of the usual encodings, XLSX, ODS, XLS): every problem is printed with its row, and the people are added in one step; the sending union is --unit NAME, or the one the list&apos;s title or a unit column names; --create-units adds the units a unit column names that are not in the directory; every visible sheet holding a list is read, or only --sheet NAME; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</translation>
    </message>
    <message>
        <source>questions from CSV/XLSX/ODS/XLS or .eml files (or a folder of them); problems are listed; --unit NAME for senders not in the directory; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</source>
        <translation>questions from CSV/XLSX/ODS/XLS or .eml files (or a folder of them); problems are listed; --unit NAME for senders not in the directory; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</translation>
    </message>
    <message>
        <source>import: also read the rows the file hides (hidden, filtered out by an AutoFilter, in a collapsed group), which are left out otherwise</source>
        <translation>import: also read the rows the file hides (hidden, filtered out by an AutoFilter, in a collapsed group), which are left out otherwise</translation>
    </message>
    <message>
        <source>import attendees: read only this sheet of the workbook, even a hidden one (without it every visible sheet holding a list is read)</source>
        <translation>import attendees: read only this sheet of the workbook, even a hidden one (without it every visible sheet holding a list is read)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file left out; --include-hidden-rows imports them.</source>
        <translation>
            <numerusform>%n row hidden in the file left out; --include-hidden-rows imports it.</numerusform>
            <numerusform>%n rows hidden in the file left out; --include-hidden-rows imports them.</numerusform>
        </translation>
    </message>
    <message>
        <source>attendee add takes no number: attendee add --name “FULL NAME” [--unit NAME] [--position TEXT] …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gender takes male or female, not “%1”; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes chair, co_chair, guest, delegate, press or staff, not “%1”; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-year “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who: attendee remove ID... (the numbers from list attendees).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one person, as the Add… button of the attendees tab does (the full name is split into family, middle and given names); prints the new person&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove people (the numbers from list attendees), as one step; a substitute&apos;s link and a question&apos;s submitter come back with undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list attendees|questions|tasks: only this unit; import attendees, attendee add: the union that sends the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print badges|place-cards|labels: only people of this role (chair, co_chair, guest, delegate, press, staff; chair and co_chair both take the CHỦ TRÌ band); attendee add: the person&apos;s role (default delegate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit set, unit add, attendee add: the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit set, unit add, attendee add, attendee substitute: the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee add: the person&apos;s full name; attendee substitute: the full name of the person arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee add: the position (chức vụ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee add: where the person works (company, branch, chi hội)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee add: the person&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee add: the year of birth (two digits are read as 19xx or 20xx, as in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee set, attendee add: a reserve delegate (yes) or not (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a task to the overview&apos;s list, after the last one, with who does it (Phụ trách: a unit&apos;s name as the directory writes it, or any words) and when it is due; prints its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change task N (its position in list tasks): its text, who does it, when it is due, whether it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove task N (its position in list tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add|set: who does the task (a unit&apos;s name as the directory writes it, or any words; none: nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task add|set: the day the task is due (none: no day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task set: done (yes) or not (no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task number “%1” is not a position (1, 2, …) of list tasks; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task has the number %1 (see list tasks); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done, in quotes: task add “TEXT” [--owner TEXT] [--due YYYY-MM-DD].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which task: task set N [--text TEXT] [--owner TEXT|none] [--due YYYY-MM-DD|none] [--done yes|no]; N is its position in list tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to set: --text TEXT, --owner TEXT|none, --due YYYY-MM-DD|none or --done yes|no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a text (task remove N takes it away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which task: task remove N (its position in list tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a question by hand, as the Add… button of the questions tab does: received on --date (today when not given), from the unit and the person who sent it; prints its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the signing date (none: blank); event set: the day of the meeting; question forward: the day the questions are sent; question add: the day the question was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question answer: the answer; question note: the note; task set: what is to be done; question add: the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit add: provincial, district, affiliated, branch, guest_agency, press or other (default); question add: question (default), recommendation, proposal or initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question add: who sent the question (an attendee&apos;s full name links it to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question add takes its text with --text: question add --text TEXT [--unit NAME] [--submitter NAME] [--kind KIND] [--date YYYY-MM-DD].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes question, recommendation, proposal or initiative, not “%1”; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question is received on a day: --date YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>add %n attendee(s)</source>
        <translation>
            <numerusform>add %n attendee</numerusform>
            <numerusform>add %n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>edit %n attendee(s)</source>
        <translation>
            <numerusform>edit %n attendee</numerusform>
            <numerusform>edit %n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n attendee(s)</source>
        <translation>
            <numerusform>delete %n attendee</numerusform>
            <numerusform>delete %n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n question(s)</source>
        <translation>
            <numerusform>add %n question</numerusform>
            <numerusform>add %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit %n question(s)</source>
        <translation>
            <numerusform>edit %n question</numerusform>
            <numerusform>edit %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n question(s)</source>
        <translation>
            <numerusform>delete %n question</numerusform>
            <numerusform>delete %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>add programme item “%1”</source>
        <translation>add programme item “%1”</translation>
    </message>
    <message>
        <source>edit programme item “%1”</source>
        <translation>edit programme item “%1”</translation>
    </message>
    <message numerus="yes">
        <source>delete %n programme item(s)</source>
        <translation>
            <numerusform>delete %n programme item</numerusform>
            <numerusform>delete %n programme items</numerusform>
        </translation>
    </message>
    <message>
        <source>add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n task(s)</source>
        <translation>
            <numerusform>delete %n task</numerusform>
            <numerusform>delete %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>add a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still used by people, questions, tasks, other units or other events. Move or delete those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the quota of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to the online plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to the in-person plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the paper settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the online plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the in-person plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>erase the personal data of %n people</source>
        <translation>
            <numerusform>erase the personal data of %n person</numerusform>
            <numerusform>erase the personal data of %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>date the paper “%1”</source>
        <translation>date the paper “%1”</translation>
    </message>
    <message>
        <source>print the covering letter to the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a budget line</source>
        <translation>add a budget line</translation>
    </message>
    <message>
        <source>There is no budget line %1.</source>
        <translation>There is no budget line %1.</translation>
    </message>
    <message>
        <source>edit a budget line</source>
        <translation>edit a budget line</translation>
    </message>
    <message numerus="yes">
        <source>delete %n budget line(s)</source>
        <translation>
            <numerusform>delete %n budget line</numerusform>
            <numerusform>delete %n budget lines</numerusform>
        </translation>
    </message>
    <message>
        <source>edit the report&apos;s assessment</source>
        <translation>edit the report&apos;s assessment</translation>
    </message>
    <message>
        <source>edit the report&apos;s proposals</source>
        <translation>edit the report&apos;s proposals</translation>
    </message>
    <message>
        <source>edit the report&apos;s assessment and proposals</source>
        <translation>edit the report&apos;s assessment and proposals</translation>
    </message>
    <message numerus="yes">
        <source>import %n question(s) from the mailbox</source>
        <translation>
            <numerusform>import %n question(s) from the mailbox</numerusform>
            <numerusform>import %n question(s) from the mailbox</numerusform>
        </translation>
    </message>
    <message>
        <source>move a topic</source>
        <translation>move a topic</translation>
    </message>
    <message>
        <source>set the event</source>
        <translation>set the event</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The event has no online plan, so there is no notice to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper could not be finished on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody to write a personal letter to: letters go to named co-chairs, guests, delegates and press who have not declined, outside the organiser&apos;s own units. Add their names or choose other persons; units are invited with the unit letters.</source>
        <translation>There is nobody to write a personal letter to: letters go to named co-chairs, guests, delegates and press who have not declined, outside the organiser&apos;s own units. Add their names or choose other persons; units are invited with the unit letters.</translation>
    </message>
    <message>
        <source>No unit takes part in this event besides the organiser. Give the units their part (Edit ▸ Units) or choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency the covering letter goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open question is forwarded to %1. Forward questions to it on the Questions tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget estimate has no line yet. Enter its lines on the Budget tab.</source>
        <translation>The budget estimate has no line yet. Enter its lines on the Budget tab.</translation>
    </message>
    <message>
        <source>Nobody to print for: badges, place cards and labels are for named people who have not declined (of the unit and role chosen).</source>
        <translation>Nobody to print for: badges, place cards and labels are for named people who have not declined (of the unit and role chosen).</translation>
    </message>
    <message>
        <source>Nobody is on the delegate list yet: add the people (import the lists the unions send) or choose another unit.</source>
        <translation>Nobody is on the delegate list yet: add the people (import the lists the unions send) or choose another unit.</translation>
    </message>
    <message>
        <source>Nobody would sign this sheet: no one is on the list and no unit takes part besides the organiser. Add the people or give the units their part.</source>
        <translation>Nobody would sign this sheet: no one is on the list and no unit takes part besides the organiser. Add the people or give the units their part.</translation>
    </message>
    <message>
        <source>The programme has no item for the plan in use yet. Enter its items on the Programme tab.</source>
        <translation>The programme has no item for the plan in use yet. Enter its items on the Programme tab.</translation>
    </message>
    <message>
        <source>There is no question to summarise yet (of the unit chosen). Import or enter the questions on the Questions tab.</source>
        <translation>There is no question to summarise yet (of the unit chosen). Import or enter the questions on the Questions tab.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Plan 1: in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan 2: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District/town/city union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly affiliated union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livestream comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In person only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter (person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation letter (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering letter to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan 1 only</source>
        <translation>Plan 1 only</translation>
    </message>
    <message>
        <source>Plan 2 only</source>
        <translation>Plan 2 only</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Budget estimate</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Place cards</translation>
    </message>
    <message>
        <source>Envelope labels</source>
        <translation>Envelope labels</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Results report</translation>
    </message>
    <message>
        <source> (reserve)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the workbook “%1”. Check that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder “%2” cannot be written. Choose another folder, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the workbook “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: it is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1. Check that the disk is not full and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table “%1” has more rows than Excel allows (%2). Export it as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table “%1” has more columns than Excel allows (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save “%1”: a folder has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file is open in another program (such as Excel) or is read-only. Close it and export again, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file is open in Excel. Close it and export again, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace “%1”: %2. Close any program that has the file open and export again, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook: it is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the list of attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Outlook .msg file, not an e-mail saved as .eml. In Outlook, open the message and use File › Save As with the type “Outlook Message Format – Unicode” changed to .eml, or forward it to a Gmail or Thunderbird account and save it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail: it does not start with mail headers (From, Subject, Date). Save the message from your mail program as an .eml file and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail that can be read: its structure is damaged. Save the message again from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sender address (From), so the sending unit cannot be recognised. Ask the unit to send it again, or copy its text and add the questions by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text, only attached files (%2). The questions are probably in the attachment: save it and import it, or copy its text into a new question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text to read as questions. Check that the right message was saved, or ask the unit to send the questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a spreadsheet that DialogueDesk can read (it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or LibreOffice and save it as XLSX or CSV.</source>
        <translation>The file “%1” is not a spreadsheet that DialogueDesk can read (it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or LibreOffice and save it as XLSX or CSV.</translation>
    </message>
    <message>
        <source>Could not write a temporary file to read the Excel workbook (%1). Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is empty. Check that you chose the right file and that it was saved completely.</source>
        <translation>The file “%1” is empty. Check that you chose the right file and that it was saved completely.</translation>
    </message>
    <message>
        <source>The file “%1” is a web page or XML document, not a spreadsheet, although its name says so. Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation>The file “%1” is a web page or XML document, not a spreadsheet, although its name says so. Open it in Excel or LibreOffice, save it as XLSX and import that file.</translation>
    </message>
    <message>
        <source>the end of the zip archive is missing (the file was cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part “%1” is missing.</source>
        <translation>the part “%1” is missing.</translation>
    </message>
    <message>
        <source>the part “%1” is broken.</source>
        <translation>the part “%1” is broken.</translation>
    </message>
    <message>
        <source>the part “%1” is compressed with an unknown method.</source>
        <translation>the part “%1” is compressed with an unknown method.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. (STT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male (year or X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female (year or X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing: the row is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender “%1” is not understood (Nam or Nữ).</source>
        <translation>The gender “%1” is not understood (Nam or Nữ).</translation>
    </message>
    <message>
        <source>The birth year “%1” is not understood.</source>
        <translation>The birth year “%1” is not understood.</translation>
    </message>
    <message>
        <source>The birth year %1 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “%1” is not in the directory.</source>
        <translation>The unit “%1” is not in the directory.</translation>
    </message>
    <message>
        <source>The phone number “%1” does not have 10 digits.</source>
        <translation>The phone number “%1” does not have 10 digits.</translation>
    </message>
    <message>
        <source>The role “%1” is not understood; the person is a delegate.</source>
        <translation>The role “%1” is not understood; the person is a delegate.</translation>
    </message>
    <message>
        <source>%1 is already in the event with the same details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the event (same name and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>The same person as row %1 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %n attendee(s)</source>
        <translation>
            <numerusform>import %n attendee</numerusform>
            <numerusform>import %n attendees</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace (company, branch)</source>
        <translation>Workplace (company, branch)</translation>
    </message>
    <message>
        <source>birth year %1/%2</source>
        <translation>birth year %1/%2</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>Already in the list of %1.</source>
        <translation>Already in the list of %1.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1, already in the event (%2 differs); imported as another person.</source>
        <translation>Possibly the same person as %1, already in the event (%2 differs); imported as another person.</translation>
    </message>
    <message>
        <source>Possibly the same person as row %1 of the file (%2 differs); imported as another person.</source>
        <translation>Possibly the same person as row %1 of the file (%2 differs); imported as another person.</translation>
    </message>
    <message>
        <source>Move to this unit</source>
        <translation>Move to this unit</translation>
    </message>
    <message>
        <source>“%1” holds %L2 characters, more than the %L3 it may have: the row is not imported.</source>
        <translation>“%1” holds %L2 characters, more than the %L3 it may have: the row is not imported.</translation>
    </message>
    <message>
        <source>The name “%1” begins with %2, as a formula does: the row is not imported.</source>
        <translation>The name “%1” begins with %2, as a formula does: the row is not imported.</translation>
    </message>
    <message>
        <source>The name “%1” holds characters that are not text (control characters or characters that could not be read): the row is not imported.</source>
        <translation>The name “%1” holds characters that are not text (control characters or characters that could not be read): the row is not imported.</translation>
    </message>
    <message>
        <source>The name “%1” holds digits: the row is not imported.</source>
        <translation>The name “%1” holds digits: the row is not imported.</translation>
    </message>
    <message>
        <source>The name “%1” holds no letter: the row is not imported.</source>
        <translation>The name “%1” holds no letter: the row is not imported.</translation>
    </message>
    <message>
        <source>%1 is not readable as %2: %3. If you know which encoding it was saved in, choose it (--encoding utf-8|utf-16|windows-1258|tcvn3 on the command line, the Encoding list in the import window).</source>
        <translation>%1 is not readable as %2: %3. If you know which encoding it was saved in, choose it (--encoding utf-8|utf-16|windows-1258|tcvn3 on the command line, the Encoding list in the import window).</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file: it contains binary data. If it is a spreadsheet, save it as XLSX, ODS or CSV and import that file.</source>
        <translation>%1 is not a text (CSV) file: it contains binary data. If it is a spreadsheet, save it as XLSX, ODS or CSV and import that file.</translation>
    </message>
    <message>
        <source>its length is an odd number of bytes (one is missing, or it is not UTF-16 at all)</source>
        <translation>its length is an odd number of bytes (one is missing, or it is not UTF-16 at all)</translation>
    </message>
    <message>
        <source>line %1 holds a character that is not text (U+%2)</source>
        <translation>line %1 holds a character that is not text (U+%2)</translation>
    </message>
    <message>
        <source>%1, row %2: a quotation mark opens a field that is never closed, so the rest of the file would be one cell. Add the missing quotation mark (&quot;) or remove the stray one, and try again.</source>
        <translation>%1, row %2: a quotation mark opens a field that is never closed, so the rest of the file would be one cell. Add the missing quotation mark (&quot;) or remove the stray one, and try again.</translation>
    </message>
    <message>
        <source>%1, row %2: a quotation mark opens a field that runs over more than %3 lines; its closing quotation mark is surely missing. Add it (&quot;) or remove the stray one, and try again.</source>
        <translation>%1, row %2: a quotation mark opens a field that runs over more than %3 lines; its closing quotation mark is surely missing. Add it (&quot;) or remove the stray one, and try again.</translation>
    </message>
    <message>
        <source>%1 is built of more parts than an e-mail holds (over %2, or nested more than %3 deep), and was not read. Forward the questions in a plain message, or copy their text into new questions.</source>
        <translation>%1 is built of more parts than an e-mail holds (over %2, or nested more than %3 deep), and was not read. Forward the questions in a plain message, or copy their text into new questions.</translation>
    </message>
    <message>
        <source>the part “%1” is not valid XML (%2, line %3).</source>
        <translation>the part “%1” is not valid XML (%2, line %3).</translation>
    </message>
    <message>
        <source>it has no content.xml, so it is not a complete ODS spreadsheet.</source>
        <translation>it has no content.xml, so it is not a complete ODS spreadsheet.</translation>
    </message>
    <message>
        <source>%1 cannot read it (%2).</source>
        <translation>%1 cannot read it (%2).</translation>
    </message>
    <message>
        <source>The sheet “%2” of the file “%1”</source>
        <translation>The sheet “%2” of the file “%1”</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the file inside it.</source>
        <translation>“%1” is a folder, not a file. Choose the file inside it.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a device, a pipe or a socket) and was not read. Choose a file saved on the disk.</source>
        <translation>“%1” is not an ordinary file (it is a device, a pipe or a socket) and was not read. Choose a file saved on the disk.</translation>
    </message>
    <message>
        <source>The file “%1” is larger than %2 MB, far larger than a list of delegates or questions. Check that you chose the right file.</source>
        <translation>The file “%1” is larger than %2 MB, far larger than a list of delegates or questions. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>Could not read the file “%1”: %2.</source>
        <translation>Could not read the file “%1”: %2.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation>%1 is damaged: %2 Open it in Excel or LibreOffice, save it again and import the new file.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell lies in column %L3 (%4), beyond the %L5 columns a list can have. Delete the columns that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1, row %2: a cell lies in column %L3 (%4), beyond the %L5 columns a list can have. Delete the columns that are not part of the list, or copy the list into a new file, and try again.</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, more than a spreadsheet can hold. Delete the rows that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1 has more than %L2 rows, more than a spreadsheet can hold. Delete the rows that are not part of the list, or copy the list into a new file, and try again.</translation>
    </message>
    <message>
        <source>%1 holds more than %L2 cells, far more than a list of delegates or questions. Delete the rows and columns that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1 holds more than %L2 cells, far more than a list of delegates or questions. Delete the rows and columns that are not part of the list, or copy the list into a new file, and try again.</translation>
    </message>
    <message>
        <source>cell %1 of the sheet “%2” refers to text number %3, but the file holds %L4.</source>
        <translation>cell %1 of the sheet “%2” refers to text number %3, but the file holds %L4.</translation>
    </message>
    <message>
        <source>cell %1 of the sheet “%2” has style number %3, but the file defines %L4.</source>
        <translation>cell %1 of the sheet “%2” has style number %3, but the file defines %L4.</translation>
    </message>
    <message>
        <source>%1 holds no sheet with data. Check that you chose the right file.</source>
        <translation>%1 holds no sheet with data. Check that you chose the right file.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel, save a copy without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) and import that copy.</source>
        <translation>%1 is protected with a password. Open it in Excel, save a copy without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) and import that copy.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as an Excel 97-2003 workbook: %2. Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation>The file “%1” cannot be read as an Excel 97-2003 workbook: %2. Open it in Excel or LibreOffice, save it as XLSX and import that file.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office document but holds no Excel workbook. Check that you chose the right file, or save it from Excel as XLSX.</source>
        <translation>The file “%1” is an Office document but holds no Excel workbook. Check that you chose the right file, or save it from Excel as XLSX.</translation>
    </message>
    <message>
        <source>it declares sheets far larger than a list</source>
        <translation>it declares sheets far larger than a list</translation>
    </message>
    <message>
        <source>it is damaged (error %1)</source>
        <translation>it is damaged (error %1)</translation>
    </message>
    <message>
        <source>it is damaged (the reader stopped on it)</source>
        <translation>it is damaged (the reader stopped on it)</translation>
    </message>
    <message>
        <source>The file “%1” is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</source>
        <translation>The file “%1” is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</translation>
    </message>
    <message>
        <source>reading it took more than %1 seconds</source>
        <translation>reading it took more than %1 seconds</translation>
    </message>
    <message>
        <source>the program that reads such files (%1) could not be started; it belongs beside DialogueDesk</source>
        <translation>the program that reads such files (%1) could not be started; it belongs beside DialogueDesk</translation>
    </message>
    <message>
        <source>the sheet “%1” names a cell “%2”, which does not exist.</source>
        <translation>the sheet “%1” names a cell “%2”, which does not exist.</translation>
    </message>
    <message>
        <source>it has no package relationships (_rels/.rels), so it is not a complete XLSX workbook.</source>
        <translation>it has no package relationships (_rels/.rels), so it is not a complete XLSX workbook.</translation>
    </message>
    <message>
        <source>the workbook part is missing.</source>
        <translation>the workbook part is missing.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</source>
        <translation>%1 is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</translation>
    </message>
    <message>
        <source>it is one part of a zip archive split in several.</source>
        <translation>it is one part of a zip archive split in several.</translation>
    </message>
    <message>
        <source>it holds %L1 parts, far more than any spreadsheet.</source>
        <translation>it holds %L1 parts, far more than any spreadsheet.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than can be read safely; it was not imported. If it is a list you exported, export it as CSV (or one unit at a time) and import that; otherwise split it into smaller files, or save it as CSV in Excel or LibreOffice and import the CSV.</source>
        <translation>%1 unpacks to more than %2 MB, more than can be read safely; it was not imported. If it is a list you exported, export it as CSV (or one unit at a time) and import that; otherwise split it into smaller files, or save it as CSV in Excel or LibreOffice and import the CSV.</translation>
    </message>
    <message>
        <source>Warning: %1 unpacks to %2 MB, more than the %3 MB an import reads, so importing it into an event will be refused. To move this list to another event, export it as CSV (or one unit at a time) instead.</source>
        <translation>Warning: %1 unpacks to %2 MB, more than the %3 MB an import reads, so importing it into an event will be refused. To move this list to another event, export it as CSV (or one unit at a time) instead.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” does not look right; it is kept in the note.</source>
        <translation>The e-mail address “%1” does not look right; it is kept in the note.</translation>
    </message>
    <message>
        <source>Replaces %1 of %2, who is still in the list: set their invitation to “Replaced” so that the union&apos;s quota does not count them twice.</source>
        <translation>Replaces %1 of %2, who is still in the list: set their invitation to “Replaced” so that the union&apos;s quota does not count them twice.</translation>
    </message>
    <message numerus="yes">
        <source>import %n question(s)</source>
        <translation>
            <numerusform>import %n question</numerusform>
            <numerusform>import %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>DialogueDesk cannot see which rows an Excel 97–2003 file (.xls) hides: every row is read. If the list hides rows (people struck off, an earlier version), open it in Excel and save it as .xlsx, then import that file.</source>
        <translation>DialogueDesk cannot see which rows an Excel 97–2003 file (.xls) hides: every row is read. If the list hides rows (people struck off, an earlier version), open it in Excel and save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is hidden in the file and was not read: column %3 is read as %4.</source>
        <translation>Column %1 (“%2”) is hidden in the file and was not read: column %3 is read as %4.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is hidden in the file and was not read.</source>
        <translation>Column %1 (“%2”) is hidden in the file and was not read.</translation>
    </message>
    <message>
        <source>Row hidden in the file</source>
        <translation>Row hidden in the file</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>A birth year has four digits, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two digits do not tell the century here: type four, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a quantity: %2</source>
        <translation>“%1” is not a quantity: %2</translation>
    </message>
    <message>
        <source>type a number such as 2 or 1,5.</source>
        <translation>type a number such as 2 or 1,5.</translation>
    </message>
    <message>
        <source>a quantity cannot be negative.</source>
        <translation>a quantity cannot be negative.</translation>
    </message>
    <message>
        <source>it has more than one decimal comma (write one and a half as 1,5).</source>
        <translation>it has more than one decimal comma (write one and a half as 1,5).</translation>
    </message>
    <message>
        <source>only digits and one decimal comma, such as 2 or 1,5.</source>
        <translation>only digits and one decimal comma, such as 2 or 1,5.</translation>
    </message>
    <message>
        <source>dots only go between groups of three digits, as in 1.500,5.</source>
        <translation>dots only go between groups of three digits, as in 1.500,5.</translation>
    </message>
    <message>
        <source>at most three decimals (thousandths of the unit) are kept.</source>
        <translation>at most three decimals (thousandths of the unit) are kept.</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>it is too large.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>The password could not be kept in the system keychain: %1</translation>
    </message>
    <message>
        <source>The mail server %1 (port %2) cannot be reached: check the address, the port and the connection.</source>
        <translation>The mail server %1 (port %2) cannot be reached: check the address, the port and the connection.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or the password of %2. For Gmail, use an app password (see the README).</source>
        <translation>The mail server %1 refused the user name or the password of %2. For Gmail, use an app password (see the README).</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not valid or belongs to another server, so nothing was sent or read (%2).</source>
        <translation>The certificate of the mail server %1 is not valid or belongs to another server, so nothing was sent or read (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent or read.</source>
        <translation>The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent or read.</translation>
    </message>
    <message>
        <source>The message is larger than 25 MB.</source>
        <translation>The message is larger than 25 MB.</translation>
    </message>
    <message>
        <source>The mail server %1 answered: %2</source>
        <translation>The mail server %1 answered: %2</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>The mail library could not start.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2</source>
        <translation>The mail server %1 refused the message: %2</translation>
    </message>
    <message>
        <source>The mailbox %1 on %2 has no folder or label “%3”.</source>
        <translation>The mailbox %1 on %2 has no folder or label “%3”.</translation>
    </message>
    <message>
        <source>The mail server %1 did not say which messages the folder “%2” holds.</source>
        <translation>The mail server %1 did not say which messages the folder “%2” holds.</translation>
    </message>
    <message>
        <source>The message is %1 MB, more than the 25 MB a message may have; it was not read.</source>
        <translation>The message is %1 MB, more than the 25 MB a message may have; it was not read.</translation>
    </message>
    <message>
        <source>The message is more than the 25 MB a message may have; it was not read.</source>
        <translation>The message is more than the 25 MB a message may have; it was not read.</translation>
    </message>
    <message>
        <source>“%1” is not a mail server address: write %2://HOST:PORT or %3://HOST:PORT.</source>
        <translation>“%1” is not a mail server address: write %2://HOST:PORT or %3://HOST:PORT.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>“%1” names no server.</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <translation>message %1 of %2</translation>
    </message>
    <message>
        <source>e-mail “%1”</source>
        <translation>e-mail “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>%n question(s) added</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <source>Only the unit invitations, the forwarding letters and the online notice are sent by e-mail.</source>
        <translation>Only the unit invitations, the forwarding letters and the online notice are sent by e-mail.</translation>
    </message>
    <message>
        <source>No event is open.</source>
        <translation>No event is open.</translation>
    </message>
    <message>
        <source>The paper is not for %1.</source>
        <translation>The paper is not for %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>No temporary folder for the PDFs.</source>
        <translation>No temporary folder for the PDFs.</translation>
    </message>
    <message>
        <source>%1: no e-mail address</source>
        <translation>%1: no e-mail address</translation>
    </message>
    <message>
        <source>%1: already sent on %2 to %3</source>
        <translation>%1: already sent on %2 to %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>No mail server is set: fill Edit ▸ Preferences ▸ E-mail, or give --server imaps://HOST/FOLDER --user NAME.</source>
        <translation>No mail server is set: fill Edit ▸ Preferences ▸ E-mail, or give --server imaps://HOST/FOLDER --user NAME.</translation>
    </message>
    <message>
        <source>No sending server is set: fill Edit ▸ Preferences ▸ E-mail, or give --smtp smtps://HOST --user NAME.</source>
        <translation>No sending server is set: fill Edit ▸ Preferences ▸ E-mail, or give --smtp smtps://HOST --user NAME.</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>The fetch was cancelled.</translation>
    </message>
    <message>
        <source>attendee list offered</source>
        <translation>attendee list offered</translation>
    </message>
    <message>
        <source>The event has no e-mail address to send from: set it in the event or in Edit ▸ Preferences ▸ E-mail, or give --from ADDRESS.</source>
        <translation>The event has no e-mail address to send from: set it in the event or in Edit ▸ Preferences ▸ E-mail, or give --from ADDRESS.</translation>
    </message>
</context>
<context>
    <name>MailWorker</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prepares a Youth Union leaders&apos; dialogue conference.</source>
        <translation>Prepares a Youth Union leaders&apos; dialogue conference.</translation>
    </message>
    <message>
        <source>The data file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the 2021 sample event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tab to open on: overview, attendees, questions, programme, plans or budget.</source>
        <translation>The tab to open on: overview, attendees, questions, programme, plans or budget.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>prepare a Youth Union leaders&apos; dialogue conference</source>
        <translation>prepare a Youth Union leaders&apos; dialogue conference</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Synopsis</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>DialogueDesk prepares a meeting and dialogue between the leaders of a provincial Youth Union and the executive committees of young workers&apos; union branches: the delegates and seat quotas, the questions sent in beforehand, the programme, the in-person or online plan, and the printed papers in the official format.</source>
        <translation>DialogueDesk prepares a meeting and dialogue between the leaders of a provincial Youth Union and the executive committees of young workers&apos; union branches: the delegates and seat quotas, the questions sent in beforehand, the programme, the in-person or online plan, and the printed papers in the official format.</translation>
    </message>
    <message>
        <source>Without a command it opens its window. With a command it works without a window, for batch work: results go to standard output as UTF-8 (tables tab-separated with a header row), errors to standard error as one line.</source>
        <translation>Without a command it opens its window. With a command it works without a window, for batch work: results go to standard output as UTF-8 (tables tab-separated with a header row), errors to standard error as one line.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Exit status</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>the command failed; nothing was changed</source>
        <translation>the command failed; nothing was changed</translation>
    </message>
    <message>
        <source>the command line is wrong: an unknown command or option, or an argument missing</source>
        <translation>the command line is wrong: an unknown command or option, or an argument missing</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>the data file when --db names none; XDG_DATA_HOME is ~/.local/share when it is not set. Before the file is upgraded to a newer data version a copy is kept beside it. Removing the program leaves it in place.</source>
        <translation>the data file when --db names none; XDG_DATA_HOME is ~/.local/share when it is not set. Before the file is upgraded to a newer data version a copy is kept beside it. Removing the program leaves it in place.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>creates the 2021 sample event in the data file and checks the file</source>
        <translation>creates the 2021 sample event in the data file and checks the file</translation>
    </message>
    <message>
        <source>the attendees whose row holds “hong”: Hồng, Hông… (accents and case ignored)</source>
        <translation>the attendees whose row holds “hong”: Hồng, Hông… (accents and case ignored)</translation>
    </message>
    <message>
        <source>checks a list sent by a union and prints its problems without importing it</source>
        <translation>checks a list sent by a union and prints its problems without importing it</translation>
    </message>
    <message>
        <source>the plan of the event as a PDF</source>
        <translation>the plan of the event as a PDF</translation>
    </message>
    <message>
        <source>see FILES</source>
        <translation>see FILES</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event is open. Choose or create an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invitation letters can be written one file per unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no date yet: the paper says “Thời gian: %1”. Set the date of the event before sending it.</source>
        <translation>The event has no date yet: the paper says “Thời gian: %1”. Set the date of the event before sending it.</translation>
    </message>
    <message>
        <source>None of the people or units chosen gets a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper is signed on %1, after the deadline for questions (%2): it asks for questions before a day that has already passed. Move the deadline (event setup) or the signing date.</source>
        <translation>The paper is signed on %1, after the deadline for questions (%2): it asks for questions before a day that has already passed. Move the deadline (event setup) or the signing date.</translation>
    </message>
    <message>
        <source>Badges, place cards and labels are printed from a PDF: choose a .pdf file.</source>
        <translation>Badges, place cards and labels are printed from a PDF: choose a .pdf file.</translation>
    </message>
    <message>
        <source>The paper is signed on %1, after the day of the meeting (%2). Check the signing date.</source>
        <translation>The paper is signed on %1, after the day of the meeting (%2). Check the signing date.</translation>
    </message>
    <message>
        <source>The results report is signed on %1, before the day of the meeting (%2). Check the signing date.</source>
        <translation>The results report is signed on %1, before the day of the meeting (%2). Check the signing date.</translation>
    </message>
    <message>
        <source>The online notice belongs to the online plan (%1), but the event follows the in-person plan (%2): the notice says the meeting is held online. Send it only after switching to the online plan.</source>
        <translation>The online notice belongs to the online plan (%1), but the event follows the in-person plan (%2): the notice says the meeting is held online. Send it only after switching to the online plan.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The file is open read-only; personal data cannot be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event whose personal data could be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased, because no backup could be taken first. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>The plan&apos;s text still gives the %1 as it was: “%2”. Edit the plan&apos;s text (Overview ▸ Edit event…) so that the plan says the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum of questions per host unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact for questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue of the in-person plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting room of the online plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>livestream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message numerus="yes">
        <source>classify %n question(s)</source>
        <translation>
            <numerusform>classify %n question</numerusform>
            <numerusform>classify %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward %n question(s)</source>
        <translation>
            <numerusform>forward %n question</numerusform>
            <numerusform>forward %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n question(s) to an agency</source>
        <translation>
            <numerusform>assign %n question to an agency</numerusform>
            <numerusform>assign %n questions to an agency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merge %n question(s)</source>
        <translation>
            <numerusform>merge %n question</numerusform>
            <numerusform>merge %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>withdraw %n question(s)</source>
        <translation>
            <numerusform>withdraw %n question</numerusform>
            <numerusform>withdraw %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reorder %n question(s)</source>
        <translation>
            <numerusform>reorder %n question</numerusform>
            <numerusform>reorder %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>record an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>record %n question(s) as forwarded</source>
        <translation>
            <numerusform>record %n question as forwarded</numerusform>
            <numerusform>record %n questions as forwarded</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row naming the question text (Nội dung, Câu hỏi, Ý kiến or Text) and another column (Đơn vị, Người hỏi, Loại, Chủ đề, Ngày, Kênh) was found in the first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no question text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit “%1”: choose the unit.</source>
        <translation>Unknown unit “%1”: choose the unit.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; taken as a question.</source>
        <translation>Unknown kind “%1”; taken as a question.</translation>
    </message>
    <message>
        <source>Unreadable date “%1” (use dd/mm/yyyy).</source>
        <translation>Unreadable date “%1” (use dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has the address %1: choose the unit that sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail holds no question text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded (question %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same text as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>edit question</source>
        <translation>edit question</translation>
    </message>
    <message>
        <source>add question</source>
        <translation>add question</translation>
    </message>
    <message>
        <source>Unknown channel “%1”; taken as %2.</source>
        <translation>Unknown channel “%1”; taken as %2.</translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation>edit a note</translation>
    </message>
    <message>
        <source>“%1” fits several units (%2): choose the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names none of the event&apos;s topics: left unclassified, kept in the question&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is hidden in the file and was not read.</source>
        <translation>The sheet “%1” of %2 is hidden in the file and was not read.</translation>
    </message>
</context>
<context>
    <name>RowConflict</name>
    <message>
        <source>Overwrite: %1</source>
        <translation>Overwrite: %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>budget item</source>
        <translation>budget item</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>Another desk removed this %1 (row %2) since you read it; nothing was changed.</source>
        <translation>Another desk removed this %1 (row %2) since you read it; nothing was changed.</translation>
    </message>
    <message>
        <source>Another desk changed this %1 (row %2) since you read it; nothing was changed. Field %3 — you read “%4”; their value: “%5” / your value: “%6”. A row changed at another desk is a conflict even when they changed a different field.</source>
        <translation>Another desk changed this %1 (row %2) since you read it; nothing was changed. Field %3 — you read “%4”; their value: “%5” / your value: “%6”. A row changed at another desk is a conflict even when they changed a different field.</translation>
    </message>
    <message>
        <source>the symbol of %1</source>
        <translation>the symbol of %1</translation>
    </message>
    <message>
        <source>the signing date of %1</source>
        <translation>the signing date of %1</translation>
    </message>
    <message>
        <source>the answer deadline of %1</source>
        <translation>the answer deadline of %1</translation>
    </message>
    <message>
        <source>the next number of %1</source>
        <translation>the next number of %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>unit&apos;s part</source>
        <translation>unit&apos;s part</translation>
    </message>
    <message>
        <source>paper settings</source>
        <translation>paper settings</translation>
    </message>
    <message>
        <source>paper numbering</source>
        <translation>paper numbering</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>middle name</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>short name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>start time</translation>
    </message>
    <message>
        <source>active plan</source>
        <translation>active plan</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>signer</translation>
    </message>
    <message>
        <source>this %1 (row %2)</source>
        <translation>this %1 (row %2)</translation>
    </message>
    <message>
        <source>the %1 of this %2 (row %3)</source>
        <translation>the %1 of this %2 (row %3)</translation>
    </message>
    <message>
        <source>Another desk removed %1 since you read it; nothing was changed.</source>
        <translation>Another desk removed %1 since you read it; nothing was changed.</translation>
    </message>
    <message>
        <source>Another desk changed %1 since you read it; nothing was changed. You read “%2”; their value: “%3” / your value: “%4”.</source>
        <translation>Another desk changed %1 since you read it; nothing was changed. You read “%2”; their value: “%3” / your value: “%4”.</translation>
    </message>
    <message>
        <source>Another desk changed this %1 (row %2) since you read it; nothing was changed.</source>
        <translation>Another desk changed this %1 (row %2) since you read it; nothing was changed.</translation>
    </message>
    <message>
        <source>the part of %1 in the event</source>
        <translation>the part of %1 in the event</translation>
    </message>
    <message>
        <source>the role of %1</source>
        <translation>the role of %1</translation>
    </message>
    <message>
        <source>the quota note of %1</source>
        <translation>the quota note of %1</translation>
    </message>
    <message>
        <source>the quota of %1</source>
        <translation>the quota of %1</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>The sample event is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 people for a quota of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 of the %3 questions required by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people are expected for a capacity of %2 in the hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme ends at %1, after the latest end time %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has sent %2 of the %3 people of its quota.</source>
        <translation>%1 has sent %2 of the %3 people of its quota.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has sent %2 of the %3 questions required by %4: %n day(s) left.</source>
        <translation>
            <numerusform>%1 has sent %2 of the %3 questions required by %4: %n day left.</numerusform>
            <numerusform>%1 has sent %2 of the %3 questions required by %4: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered %n forwarded question(s), due by %2.</source>
        <translation>
            <numerusform>%1 has not answered %n forwarded question, due by %2.</numerusform>
            <numerusform>%1 has not answered %n forwarded questions, due by %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 did not go by e-mail at %3: %4</source>
        <translation>%1 to %2 did not go by e-mail at %3: %4</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>A programme item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year %1 is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot replace themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is already the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paper number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder “%1” could not be made.</source>
        <translation>The backup folder “%1” could not be made.</translation>
    </message>
    <message>
        <source>No backup could be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These old backups could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be copied to be restored.</source>
        <translation>The backup “%1” could not be copied to be restored.</translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation>There is no backup “%1”.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room was found to prepare the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” cannot be restored, and nothing was changed: %2</source>
        <translation>The backup “%1” cannot be restored, and nothing was changed: %2</translation>
    </message>
    <message>
        <source>The current state could not be backed up, so the backup was not restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored, and nothing was changed: %2</source>
        <translation>The backup “%1” could not be restored, and nothing was changed: %2</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full, so nothing more could be written to it; what the file held before is unchanged. Free some space on that disk (or move the file to another one), then try again.</source>
        <translation>The disk that holds “%1” is full, so nothing more could be written to it; what the file held before is unchanged. Free some space on that disk (or move the file to another one), then try again.</translation>
    </message>
    <message>
        <source>The file “%1” is read-only (write-protected), so it can be looked at but not changed. To change it, remove the write protection in the file&apos;s properties, or save a copy elsewhere and open that.</source>
        <translation>The file “%1” is read-only (write-protected), so it can be looked at but not changed. To change it, remove the write protection in the file&apos;s properties, or save a copy elsewhere and open that.</translation>
    </message>
    <message>
        <source>The folder “%2” is read-only, so “%1” can be looked at but not changed: the program must write its working files beside it. To change it, copy the file into a folder you may write to (such as Documents) and open the copy.</source>
        <translation>The folder “%2” is read-only, so “%1” can be looked at but not changed: the program must write its working files beside it. To change it, copy the file into a folder you may write to (such as Documents) and open the copy.</translation>
    </message>
    <message>
        <source>The file “%1” is locked by another program that is writing to it. Nothing was changed. Close that program (or wait for it to finish), then try again.</source>
        <translation>The file “%1” is locked by another program that is writing to it. Nothing was changed. Close that program (or wait for it to finish), then try again.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” could not be read or written (was a USB drive or network folder disconnected?). Nothing more was saved. Check the drive, then open the file again.</source>
        <translation>The disk that holds “%1” could not be read or written (was a USB drive or network folder disconnected?). Nothing more was saved. Check the drive, then open the file again.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be used safely. It was not changed. Open one of its backups (in the DialogueDesk-backups folder beside it) with File ▸ Open, or a copy saved earlier.</source>
        <translation>The file “%1” is damaged and cannot be used safely. It was not changed. Open one of its backups (in the DialogueDesk-backups folder beside it) with File ▸ Open, or a copy saved earlier.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened. Check that it exists, that you may open it and that it is not on a disconnected drive.</source>
        <translation>The file “%1” cannot be opened. Check that it exists, that you may open it and that it is not on a disconnected drive.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold DialogueDesk data. Choose a data file (.sqlite).</source>
        <translation>“%1” is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold DialogueDesk data. Choose a data file (.sqlite).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a data file. Choose a data file (.sqlite) inside it, or give the name of a new file.</source>
        <translation>“%1” is a folder, not a data file. Choose a data file (.sqlite) inside it, or give the name of a new file.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes): it holds no data yet. Open it in the window, or add --sample, to make it a data file.</source>
        <translation>The file “%1” is empty (0 bytes): it holds no data yet. Open it in the window, or add --sample, to make it a data file.</translation>
    </message>
    <message>
        <source>The change was refused because it would break a rule of the data file (a value out of range, or a link to something that no longer exists). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is too large to be stored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory. Nothing was changed; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file reported an unexpected problem (code %1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid: it needs one “@” and a domain with a dot, such as bantochuc@tinhdoan.vn.</source>
        <translation>The e-mail address “%1” is not valid: it needs one “@” and a domain with a dot, such as bantochuc@tinhdoan.vn.</translation>
    </message>
    <message>
        <source>A budget line needs a content.</source>
        <translation>A budget line needs a content.</translation>
    </message>
    <message>
        <source>Quantities and amounts cannot be negative.</source>
        <translation>Quantities and amounts cannot be negative.</translation>
    </message>
    <message>
        <source>The amount of a budget line is too large.</source>
        <translation>The amount of a budget line is too large.</translation>
    </message>
    <message>
        <source>This person is no longer in the list (another desk removed them).</source>
        <translation>This person is no longer in the list (another desk removed them).</translation>
    </message>
    <message>
        <source>Another desk is taking paper numbers at the same time; try again.</source>
        <translation>Another desk is taking paper numbers at the same time; try again.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished">Unicode (UTF-16) {8)?}</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese Windows (Windows-1258)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese TCVN3 (ABC, .VnTime fonts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
</context>
<context>
    <name>dd::AgendaPage</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs past %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations are in minutes; clock times follow the start time of the active plan (set it on the Plans tab). An item may be called differently under the online plan. Drag rows or press Alt+Up/Down to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme item yet. Add item… adds one; set the start time on the Plans tab and the clock times follow the durations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of the active plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(other plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration is a number of minutes, for example 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (online plan)</source>
        <translation>Item (online plan)</translation>
    </message>
</context>
<context>
    <name>dd::AttendeeDialog</name>
    <message>
        <source>Edit attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Ánh Hồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family, middle, given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (or at least a position, for a seat still to be named).</source>
        <translation>Enter the person&apos;s name (or at least a position, for a seat still to be named).</translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation>The phone number “%1” is too short.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>e.g. Chi đoàn Công ty TNHH Giày Da Phước Minh</source>
        <translation>e.g. Chi đoàn Công ty TNHH Giày Da Phước Minh</translation>
    </message>
    <message>
        <source>Where the person works or lives: their company, branch or chi hội. The unit above is the union that sends them.</source>
        <translation>Where the person works or lives: their company, branch or chi hội. The unit above is the union that sends them.</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>Reserve delegate: comes only if a delegate cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reserve counts against no quota and is not invited with the delegates; Substitute… puts them in a delegate&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::AttendeeTableModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>dd::AttendeesPage</name>
    <message>
        <source>Search name, unit, position, phone, e-mail (accents not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day: type a few letters of a name, press Enter to check the person in; Ctrl+Enter adds a walk-in with the typed name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Mark &amp;invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substitute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template for a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats per unit&lt;/b&gt; (double-click a quota to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online plan: the hall capacity does not apply; %1 people are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall capacity %1 · expected %2 · present %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity is exceeded by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over its quota (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the one person who is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add units, change their e-mail, part and quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, then Enter (Ctrl+Enter: walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the invitation: press Enter again to check in anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a substitute: press Enter again to check in anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code of a letter or badge (or type it), then Enter</source>
        <translation>Scan the code of a letter or badge (or type it), then Enter</translation>
    </message>
    <message>
        <source>Not a check-in code</source>
        <translation>Not a check-in code</translation>
    </message>
    <message>
        <source>“%1” is not the code of a letter or badge; find a name with the search field instead.</source>
        <translation>“%1” is not the code of a letter or badge; find a name with the search field instead.</translation>
    </message>
    <message>
        <source>No one on the list yet. Import the lists the district unions sent (Import from file…, or drop the files here), or add a person by hand (Add…).</source>
        <translation>No one on the list yet. Import the lists the district unions sent (Import from file…, or drop the files here), or add a person by hand (Add…).</translation>
    </message>
    <message>
        <source>No one matches the search or the filters above.</source>
        <translation>No one matches the search or the filters above.</translation>
    </message>
    <message>
        <source>Reserve delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n reserve delegate(s). Who takes the place?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::AutoBackup</name>
    <message>
        <source>A backup was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken when the file is opened (if it changed since the last one) and every hour while it is open. The last 10 are kept, and one a day for 30 days, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>A backup was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the backup of %1 (%2 events, %3 people, %4 questions)? Everything in the file is replaced by it. The current state is backed up first, so this can itself be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>dd::BirthYearEdit</name>
    <message>
        <source>not given, e.g. 1995</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BudgetPage</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Amounts are in đồng (12.500.000 or 12500000); a quantity may have decimals (1,5). Tick Plan 1, Plan 2 or both for each line; the amount spent is entered after the day for the results report.</source>
        <translation>Amounts are in đồng (12.500.000 or 12500000); a quantity may have decimals (1,5). Tick Plan 1, Plan 2 or both for each line; the amount spent is entered after the day for the results report.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2 ₫&lt;/b&gt; (%3)</source>
        <translation>%1: &lt;b&gt;%2 ₫&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source> · spent %1 ₫</source>
        <translation> · spent %1 ₫</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>No budget line yet. Add line adds one to type over; the estimate and the results report are printed from these lines (Print…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::BudgetTableModel</name>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price (₫)</source>
        <translation>Unit price (₫)</translation>
    </message>
    <message>
        <source>Plan 1 (₫)</source>
        <translation>Plan 1 (₫)</translation>
    </message>
    <message>
        <source>Plan 2 (₫)</source>
        <translation>Plan 2 (₫)</translation>
    </message>
    <message>
        <source>Spent (₫)</source>
        <translation>Spent (₫)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tick to count this line in the plan&apos;s estimate</source>
        <translation>Tick to count this line in the plan&apos;s estimate</translation>
    </message>
    <message>
        <source>A line belongs to at least one plan; delete it if neither needs it.</source>
        <translation>A line belongs to at least one plan; delete it if neither needs it.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a whole number, such as 12500000 or 12.500.000.</source>
        <translation>“%1” is not an amount: type a whole number, such as 12500000 or 12.500.000.</translation>
    </message>
</context>
<context>
    <name>dd::CardFilter</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Chair and co-chairs (CHỦ TRÌ)</source>
        <translation>Chair and co-chairs (CHỦ TRÌ)</translation>
    </message>
    <message>
        <source>Guests (KHÁCH MỜI)</source>
        <translation>Guests (KHÁCH MỜI)</translation>
    </message>
    <message>
        <source>Delegates (ĐẠI BIỂU)</source>
        <translation>Delegates (ĐẠI BIỂU)</translation>
    </message>
    <message>
        <source>Press (PHÓNG VIÊN)</source>
        <translation>Press (PHÓNG VIÊN)</translation>
    </message>
    <message>
        <source>Organisers (BAN TỔ CHỨC)</source>
        <translation>Organisers (BAN TỔ CHỨC)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n A4 sheet(s), eight to a sheet.</source>
        <translation>
            <numerusform>on %n A4 sheet, eight to a sheet.</numerusform>
            <numerusform>on %n A4 sheets, eight to a sheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place card(s), one A4 sheet each.</source>
        <translation>
            <numerusform>%n place card, one A4 sheet each.</numerusform>
            <numerusform>%n place cards, one A4 sheet each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n label sheet(s) of 14.</source>
        <translation>
            <numerusform>on %n label sheet of 14.</numerusform>
            <numerusform>on %n label sheets of 14.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ClockTimeEdit</name>
    <message>
        <source>not set, e.g. 7h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time of day: type for example 8, 8:30, 8h30 or 14g.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::ConflictDialog</name>
    <message>
        <source>Another desk changed this row</source>
        <translation>Another desk changed this row</translation>
    </message>
    <message>
        <source>Their value: “%1”</source>
        <translation>Their value: “%1”</translation>
    </message>
    <message>
        <source>Your value: “%1”</source>
        <translation>Your value: “%1”</translation>
    </message>
    <message>
        <source>Take their value</source>
        <translation>Take their value</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Writes your value over theirs, as a new edit you can undo.</source>
        <translation>Writes your value over theirs, as a new edit you can undo.</translation>
    </message>
    <message>
        <source>Another desk removed %1 after you read it; nothing of yours was written.</source>
        <translation>Another desk removed %1 after you read it; nothing of yours was written.</translation>
    </message>
    <message>
        <source>Another desk changed %1 after you read it; nothing of yours was written.</source>
        <translation>Another desk changed %1 after you read it; nothing of yours was written.</translation>
    </message>
    <message>
        <source>You read: “%1”</source>
        <translation>You read: “%1”</translation>
    </message>
    <message>
        <source>A row another desk changed since you read it counts as a conflict even when they changed a different field.</source>
        <translation>A row another desk changed since you read it counts as a conflict even when they changed a different field.</translation>
    </message>
</context>
<context>
    <name>dd::ConnectServerDialog</name>
    <message>
        <source>e.g. 192.168.1.10 or vanphong-server</source>
        <translation>e.g. 192.168.1.10 or vanphong-server</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>&amp;Remember the password in this computer&apos;s keychain</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>The password is never written in the settings. Ask the secretariat&apos;s administrator for these details.</source>
        <translation>The password is never written in the settings. Ask the secretariat&apos;s administrator for these details.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Give the server and the database.</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read. Check that you may open it and that it is not on a disconnected drive.</source>
        <translation>The file “%1” cannot be read. Check that you may open it and that it is not on a disconnected drive.</translation>
    </message>
    <message>
        <source>The file “%1” is not a DialogueDesk data file. It was not changed. Choose another file, or create a new one with File ▸ New.</source>
        <translation>The file “%1” is not a DialogueDesk data file. It was not changed. Choose another file, or create a new one with File ▸ New.</translation>
    </message>
    <message>
        <source>The file “%1” was saved by a newer version of DialogueDesk (data version %2; this program reads up to version %3). It was not changed. Please install the newer version to open it.</source>
        <translation>The file “%1” was saved by a newer version of DialogueDesk (data version %2; this program reads up to version %3). It was not changed. Please install the newer version to open it.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a DialogueDesk data file. It was not changed.</source>
        <translation>The file “%1” is a database of another program, not a DialogueDesk data file. It was not changed.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in DialogueDesk (process %2 on %3). You can open it read-only to look at it.</source>
        <translation>The file “%1” is already open in DialogueDesk (process %2 on %3). You can open it read-only to look at it.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade step %1 of the data file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the file that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2</source>
        <translation>The copy could not be written to “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced (is it open in another program?).</source>
        <translation>“%1” exists and cannot be replaced (is it open in another program?).</translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”.</source>
        <translation>The copy could not be saved as “%1”.</translation>
    </message>
    <message>
        <source>links from the table %1 no longer lead anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed, so the file was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is still being written; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” needs an upgrade, and the copy kept before an upgrade could not be written, so it was not changed. %2</source>
        <translation>The file “%1” needs an upgrade, and the copy kept before an upgrade could not be written, so it was not changed. %2</translation>
    </message>
    <message>
        <source>A copy is not put back onto a server from this desk: copy it into a new empty database with copy-to, or restore the server&apos;s own backup (pg_restore).</source>
        <translation>A copy is not put back onto a server from this desk: copy it into a new empty database with copy-to, or restore the server&apos;s own backup (pg_restore).</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not DialogueDesk&apos;s; it was not changed. Give DialogueDesk an empty database of its own.</source>
        <translation>The database %1 holds tables that are not DialogueDesk&apos;s; it was not changed. Give DialogueDesk an empty database of its own.</translation>
    </message>
    <message>
        <source>The database %1 was last used by a newer DialogueDesk (data version %2; this program knows up to %3). It was not changed: install the newer version on this desk.</source>
        <translation>The database %1 was last used by a newer DialogueDesk (data version %2; this program knows up to %3). It was not changed: install the newer version on this desk.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, which a read-only connection cannot do.</source>
        <translation>The database %1 needs an upgrade, which a read-only connection cannot do.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed on this computer (Debian: libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver of Qt is not installed on this computer (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>The server %1 refused the user name or password.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>The database %1 does not exist on the server.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address, the network and that the server runs.</source>
        <translation>The server %1 cannot be reached. Check the address, the network and that the server runs.</translation>
    </message>
    <message>
        <source>Another desk changed the database while it was being opened; open it again.</source>
        <translation>Another desk changed the database while it was being opened; open it again.</translation>
    </message>
</context>
<context>
    <name>dd::DateField</name>
    <message>
        <source>not set, dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: type day/month/year, for example 15/08/2021.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DiscardGuard</name>
    <message>
        <source>Close this form without saving what was typed in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::DocumentSettingsDialog</name>
    <message>
        <source>Paper settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Union line (right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place (before the date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On behalf of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to b&amp;ring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (“Nơi nhận”), one per line</source>
        <translation>Recipients (“Nơi nhận”), one per line</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing body and the union line head every paper: fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: left blank, signed by hand</source>
        <translation>empty: left blank, signed by hand</translation>
    </message>
    <message>
        <source>Printed under “Người lập” on the budget estimate</source>
        <translation>Printed under “Người lập” on the budget estimate</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Budget estimate</translation>
    </message>
    <message>
        <source>Prepar&amp;ed by:</source>
        <translation>Prepar&amp;ed by:</translation>
    </message>
</context>
<context>
    <name>dd::EventDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(start empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;month / year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions per host unit (minimum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest &amp;end time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit, e.g. 11h30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestions due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan paper prints this text word for word, from the opening paragraph to the closing one: one paragraph per line, **bold**, *italic*. When a date, venue, quota or contact changes, change it here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the folder of the user guide: vi in the Vietnamese translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>dd::HiddenRowsCheck</name>
    <message>
        <source>Include the &amp;hidden rows</source>
        <translation>Include the &amp;hidden rows</translation>
    </message>
    <message>
        <source>Rows the file hides (hidden, filtered out by an AutoFilter, or in a collapsed group) are usually people struck off the list or an earlier version. They are left out unless you include them all here, or one by one in “Decision”.</source>
        <translation>Rows the file hides (hidden, filtered out by an AutoFilter, or in a collapsed group) are usually people struck off the list or an earlier version. They are left out unless you include them all here, or one by one in “Decision”.</translation>
    </message>
</context>
<context>
    <name>dd::ImportDialog</name>
    <message>
        <source>Import attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file, or drop it here: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CSV files: the text encoding. Change it when the names look garbled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file and what it is read as; correct it when a column is read wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns of the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the only sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in this sheet (a row with “Họ và tên”, “Đơn vị”, …). Check that it is the list of people, or choose another sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is read as the name: choose “Full name” (or “Given name”) for the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported</source>
        <translation>
            <numerusform>%n will be imported</numerusform>
            <numerusform>%n will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n with warnings</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n new unit</numerusform>
            <numerusform>%n new units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>&amp;Import %n</numerusform>
            <numerusform>&amp;Import %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The union that sent the list: its people count against its quota, and the column mapping is remembered for it.</source>
        <translation>The union that sent the list: its people count against its quota, and the column mapping is remembered for it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units not in the directory&lt;/b&gt;: create each, or say which unit it is.</source>
        <translation>&lt;b&gt;Units not in the directory&lt;/b&gt;: create each, or say which unit it is.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>People whose unit is neither created nor chosen go to the union that sent the list, with the unit&apos;s name in their note; without one they are left out.</source>
        <translation>People whose unit is neither created nor chosen go to the union that sent the list, with the unit&apos;s name in their note; without one they are left out.</translation>
    </message>
    <message>
        <source>Sent by %1: remembered for the title line “%2”.</source>
        <translation>Sent by %1: remembered for the title line “%2”.</translation>
    </message>
    <message>
        <source>Sent by %1, as the file&apos;s title line “%2” says.</source>
        <translation>Sent by %1, as the file&apos;s title line “%2” says.</translation>
    </message>
    <message>
        <source>The file does not say which union sent it, and no column names units of the directory: choose the union in “Sent by”.</source>
        <translation>The file does not say which union sent it, and no column names units of the directory: choose the union in “Sent by”.</translation>
    </message>
    <message>
        <source>%1 (the sender)</source>
        <translation>%1 (the sender)</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(left out)</translation>
    </message>
    <message>
        <source>Create this unit</source>
        <translation>Create this unit</translation>
    </message>
    <message numerus="yes">
        <source>%n possibly the same</source>
        <translation>
            <numerusform>%n possibly the same</numerusform>
            <numerusform>%n possibly the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a unit</source>
        <translation>
            <numerusform>%n without a unit</numerusform>
            <numerusform>%n without a unit</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, as the file&apos;s name “%2” says (nothing inside the file says it).</source>
        <translation>Sent by %1, as the file&apos;s name “%2” says (nothing inside the file says it).</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n lists, one per sheet: import them one after another, choosing each in “Sheet”.</source>
        <translation>
            <numerusform>This file holds %n list, one per sheet: import them one after another, choosing each in “Sheet”.</numerusform>
            <numerusform>This file holds %n lists, one per sheet: import them one after another, choosing each in “Sheet”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, as the signature under the list “%2” says.</source>
        <translation>Sent by %1, as the signature under the list “%2” says.</translation>
    </message>
    <message>
        <source>%1 (hidden in the file)</source>
        <translation>%1 (hidden in the file)</translation>
    </message>
    <message>
        <source>The sheet “%1” is hidden in the file.</source>
        <translation>The sheet “%1” is hidden in the file.</translation>
    </message>
    <message numerus="yes">
        <source>The file also holds a list on the hidden sheet(s) %1, not read: choose it in “Sheet” to read it.</source>
        <translation>
            <numerusform>The file also holds a list on the hidden sheet %1, not read: choose it in “Sheet” to read it.</numerusform>
            <numerusform>The file also holds lists on the hidden sheets %1, not read: choose one in “Sheet” to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file are imported like the others.</source>
        <translation>
            <numerusform>%n row hidden in the file is imported like the others.</numerusform>
            <numerusform>%n rows hidden in the file are imported like the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file (hidden, filtered out or in a collapsed group) are shown greyed and left out: usually people struck off the list or an earlier version.</source>
        <translation>
            <numerusform>%n row hidden in the file (hidden, filtered out or in a collapsed group) is shown greyed and left out: usually someone struck off the list or an earlier version.</numerusform>
            <numerusform>%n rows hidden in the file (hidden, filtered out or in a collapsed group) are shown greyed and left out: usually people struck off the list or an earlier version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden, left out</source>
        <translation>
            <numerusform>%n hidden, left out</numerusform>
            <numerusform>%n hidden, left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Possibly the same: imported</source>
        <translation>Possibly the same: imported</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Waits for a unit</source>
        <translation>Waits for a unit</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Topic %1</translation>
    </message>
</context>
<context>
    <name>dd::LiveQuestionsWindow</name>
    <message>
        <source>Live: questions at the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected question as the one being answered (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the running order (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the running order (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current question in large type on a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer as it is given (saved when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Being answered&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Running order&lt;/b&gt; (drag, or Alt+Up/Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question from the room or a livestream comment — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question is marked as current. Select one and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a question from the floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::MailFetchDialog</name>
    <message>
        <source>Questions from the mailbox</source>
        <translation>Questions from the mailbox</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s); %1 read by an earlier fetch. Nothing is deleted or moved on the server.</source>
        <translation>
            <numerusform>%n new message(s); %1 read by an earlier fetch. Nothing is deleted or moved on the server.</numerusform>
            <numerusform>%n new message(s); %1 read by an earlier fetch. Nothing is deleted or moved on the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>Attendee list — %1 — %2</source>
        <translation>Attendee list — %1 — %2</translation>
    </message>
    <message>
        <source>unit unknown (%1)</source>
        <translation>unit unknown (%1)</translation>
    </message>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Import the &amp;list…</translation>
    </message>
    <message>
        <source>Opens the attendee import on the file, with the union that sent it as the sending unit</source>
        <translation>Opens the attendee import on the file, with the union that sent it as the sending unit</translation>
    </message>
    <message>
        <source>Set the mailbox first in Edit ▸ Preferences ▸ E-mail.</source>
        <translation>Set the mailbox first in Edit ▸ Preferences ▸ E-mail.</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Message %1 of %2…</source>
        <translation>Message %1 of %2…</translation>
    </message>
    <message numerus="yes">
        <source>No new message in %1 (%n read by an earlier fetch).</source>
        <translation>
            <numerusform>No new message in %1 (%n read by an earlier fetch).</numerusform>
            <numerusform>No new message in %1 (%n read by an earlier fetch).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left in the mailbox, offered again at the next fetch: %1</source>
        <translation>Left in the mailbox, offered again at the next fetch: %1</translation>
    </message>
</context>
<context>
    <name>dd::MailSendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Send by &amp;e-mail…</translation>
    </message>
    <message>
        <source>Each unit its own PDF, to its address in the unit directory</source>
        <translation>Each unit its own PDF, to its address in the unit directory</translation>
    </message>
    <message>
        <source>No e-mail address: skipped (fill it in Edit ▸ Units)</source>
        <translation>No e-mail address: skipped (fill it in Edit ▸ Units)</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Sent at %1</translation>
    </message>
    <message>
        <source>Sent at %1 to %2</source>
        <translation>Sent at %1 to %2</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Will be sent</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an address</source>
        <translation>
            <numerusform>%n unit(s) have an address</numerusform>
            <numerusform>%n unit(s) have an address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be skipped (no address)</source>
        <translation>
            <numerusform>%n will be skipped (no address)</numerusform>
            <numerusform>%n will be skipped (no address)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received it before</source>
        <translation>
            <numerusform>%n received it before</numerusform>
            <numerusform>%n received it before</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent at %1 — send again?</source>
        <translation>Sent at %1 — send again?</translation>
    </message>
    <message>
        <source>Already received by: %1.</source>
        <translation>Already received by: %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Only the others</source>
        <translation>Only the others</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Message %1 of %2…</source>
        <translation>Message %1 of %2…</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>Sent to %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message(s) sent.</numerusform>
            <numerusform>%n message(s) sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed at %1 (%2): will be sent again</source>
        <translation>Failed at %1 (%2): will be sent again</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed (kept in the log).</source>
        <translation>
            <numerusform>%n message(s) failed (kept in the log).</numerusform>
            <numerusform>%n message(s) failed (kept in the log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::MailSettingsPage</name>
    <message>
        <source>TLS from the start</source>
        <translation>TLS from the start</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (a test server on this computer only)</source>
        <translation>None (a test server on this computer only)</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>unchanged when left empty</translation>
    </message>
    <message>
        <source>The folder or Gmail label read, e.g. INBOX or “Đối thoại 2021”.</source>
        <translation>The folder or Gmail label read, e.g. INBOX or “Đối thoại 2021”.</translation>
    </message>
    <message>
        <source>Left empty: the mailbox password is used for sending too.</source>
        <translation>Left empty: the mailbox password is used for sending too.</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s address for questions.</source>
        <translation>Empty: the event&apos;s address for questions.</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s organiser.</source>
        <translation>Empty: the event&apos;s organiser.</translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Mailbox (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Security:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Folder or label:</source>
        <translation>Folder or label:</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Sending (SMTP)</translation>
    </message>
    <message>
        <source>Sending address:</source>
        <translation>Sending address:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Test the connection</translation>
    </message>
    <message>
        <source>The passwords are kept in the system keychain, never in the settings or the data file. For Gmail, use an app password.</source>
        <translation>The passwords are kept in the system keychain, never in the settings or the data file. For Gmail, use an app password.</translation>
    </message>
    <message>
        <source>Fill in a server first.</source>
        <translation>Fill in a server first.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>IMAP: logged in, folder “%1” found.</source>
        <translation>IMAP: logged in, folder “%1” found.</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>SMTP: connected and logged in.</source>
        <translation>SMTP: connected and logged in.</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DialogueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was upgraded; the old version was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialogueDesk data (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. It is opened as it is; nothing is overwritten.</source>
        <translation>“%1” already exists. It is opened as it is; nothing is overwritten.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialogueDesk data (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DialogueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;DialogueDesk %1&lt;/h3&gt;&lt;p&gt;Prepares a meeting and dialogue between the provincial Youth Union leaders and the executive committees of young workers&apos; union branches: attendees, questions, programme, the in-person or online plan, and the papers.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DialogueDesk %1&lt;/h3&gt;&lt;p&gt;Prepares a meeting and dialogue between the provincial Youth Union leaders and the executive committees of young workers&apos; union branches: attendees, questions, programme, the in-person or online plan, and the papers.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit invitation letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogramme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compiled questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the state before it was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase the phone numbers, e-mail addresses and birth years of the %n people of “%1” who have any (Decree 13/2023/NĐ-CP)? Names, units, roles, invitations, check-ins and every count stay. A backup is taken first; the erasure cannot be undone with Edit ▸ Undo, and older backups that are no longer kept are deleted.</source>
        <translation>
            <numerusform>Erase the phone numbers, e-mail addresses and birth years of the %n person of “%1” who has any (Decree 13/2023/NĐ-CP)? Names, units, roles, invitations, check-ins and every count stay. A backup is taken first; the erasure cannot be undone with Edit ▸ Undo, and older backups that are no longer kept are deleted.</numerusform>
            <numerusform>Erase the phone numbers, e-mail addresses and birth years of the %n people of “%1” who have any (Decree 13/2023/NĐ-CP)? Names, units, roles, invitations, check-ins and every count stay. A backup is taken first; the erasure cannot be undone with Edit ▸ Undo, and older backups that are no longer kept are deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n people was erased; the backup taken before is %1</source>
        <translation>
            <numerusform>The personal data of %n person was erased; the backup taken before is %1</numerusform>
            <numerusform>The personal data of %n people was erased; the backup taken before is %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;questions (e-mails)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export q&amp;uestions for an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Sample] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the Plans tab was changed and not yet applied. Save the change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering letter to an &amp;agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s text</source>
        <translation>The plan&apos;s text</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Budget estimate…</source>
        <translation>&amp;Budget estimate…</translation>
    </message>
    <message>
        <source>Bad&amp;ges…</source>
        <translation>Bad&amp;ges…</translation>
    </message>
    <message>
        <source>&amp;Place cards…</source>
        <translation>&amp;Place cards…</translation>
    </message>
    <message>
        <source>&amp;Envelope labels…</source>
        <translation>&amp;Envelope labels…</translation>
    </message>
    <message>
        <source>Results report after t&amp;he day…</source>
        <translation>Results report after t&amp;he day…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>Cop&amp;y to server…</source>
        <translation>Cop&amp;y to server…</translation>
    </message>
    <message>
        <source>Questions from the &amp;mailbox…</source>
        <translation>Questions from the &amp;mailbox…</translation>
    </message>
</context>
<context>
    <name>dd::OverviewPage</name>
    <message>
        <source>Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats per unit (counted / quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions per host unit (received / minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event yet: create one with File ▸ New event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1/%2 (no date set yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active plan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the tab where this is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (phones, e-mails, birth years) erased on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers per unit online (joined / expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Invitations sent by e-mail: %1/%n unit(s)</source>
        <translation>
            <numerusform>Invitations sent by e-mail: %1/%n unit(s)</numerusform>
            <numerusform>Invitations sent by e-mail: %1/%n unit(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n without an e-mail address</numerusform>
            <numerusform>%n without an e-mail address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to send</source>
        <translation>
            <numerusform>%n failed to send</numerusform>
            <numerusform>%n failed to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::PaperDialog</name>
    <message>
        <source>Print a paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone of one u&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is open read-only, so no number can be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per unit into a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Agency the questions are forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next number (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n people selected on the Attendees tab</source>
        <translation>
            <numerusform>The %n person selected on the Attendees tab</numerusform>
            <numerusform>The %n people selected on the Attendees tab</numerusform>
        </translation>
    </message>
    <message>
        <source>The people selected on the Attendees tab (nobody is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everyone not yet invited (%n)</source>
        <translation>
            <numerusform>Everyone not yet invited (%n)</numerusform>
            <numerusform>Everyone not yet invited (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), one page each.</source>
        <translation>
            <numerusform>%n letter, one page.</numerusform>
            <numerusform>%n letters, one page each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), one to each unit.</source>
        <translation>
            <numerusform>%n letter, to one unit.</numerusform>
            <numerusform>%n letters, one to each unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people on the list.</source>
        <translation>
            <numerusform>%n person on the list.</numerusform>
            <numerusform>%n people on the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nobody to write an invitation to with this choice. Select people on the Attendees tab or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for one PDF per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n people as invited?</source>
        <translation>
            <numerusform>Mark %n person as invited?</numerusform>
            <numerusform>Mark these %n people as invited?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status becomes “invited” with today&apos;s date. Edit ▸ Undo reverts it.</source>
        <translation>Their status becomes “invited” with today&apos;s date. Edit ▸ Undo reverts it.</translation>
    </message>
    <message>
        <source>Start a new sheet for each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list those who declined or were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenDocument text to make a last change in LibreOffice or Word before signing; the PDF stays the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every unit taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All district and directly affiliated unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everyone who gets a letter (%n)</source>
        <translation>
            <numerusform>Everyone who gets a letter (%n)</numerusform>
            <numerusform>Everyone who gets a letter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected get no personal letter: without a name, of the organiser&apos;s own units, declined, or the signer.</source>
        <translation>
            <numerusform>%n of the people selected gets no personal letter: without a name, of the organiser&apos;s own units, declined, or the signer.</numerusform>
            <numerusform>%n of the people selected get no personal letter: without a name, of the organiser&apos;s own units, declined, or the signer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) go with the letter; they are recorded as forwarded on the signing date (today when the letter is not dated).</source>
        <translation>
            <numerusform>%n question goes with the letter; it is recorded as forwarded on the signing date (today when the letter is not dated).</numerusform>
            <numerusform>%n questions go with the letter; they are recorded as forwarded on the signing date (today when the letter is not dated).</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Rol&amp;e:</translation>
    </message>
    <message>
        <source>Your words:</source>
        <translation>Your words:</translation>
    </message>
</context>
<context>
    <name>dd::PasswordKeychain</name>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain (%1); it will be asked for again.</source>
        <translation>The password could not be kept in this computer&apos;s keychain (%1); it will be asked for again.</translation>
    </message>
</context>
<context>
    <name>dd::PgDialect</name>
    <message>
        <source>Another desk was changing the same rows at that moment; nothing was changed. Try again.</source>
        <translation>Another desk was changing the same rows at that moment; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>The server %1 refused the user name or password.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>The database %1 does not exist on the server.</translation>
    </message>
    <message>
        <source>The user may not change this data on the server %1 (ask the server&apos;s administrator for write access).</source>
        <translation>The user may not change this data on the server %1 (ask the server&apos;s administrator for write access).</translation>
    </message>
    <message>
        <source>The server %1 has no disk space left; nothing was changed.</source>
        <translation>The server %1 has no disk space left; nothing was changed.</translation>
    </message>
    <message>
        <source>The connection to the server %1 failed or was lost; nothing was changed. Check the network and that the server runs, then open it again.</source>
        <translation>The connection to the server %1 failed or was lost; nothing was changed. Check the network and that the server runs, then open it again.</translation>
    </message>
    <message>
        <source>The server %1 refused the change (error %2); nothing was changed.</source>
        <translation>The server %1 refused the change (error %2); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>dd::PlanSwitchModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::PlansPage</name>
    <message>
        <source>&lt;b&gt;Switches&lt;/b&gt; (Edit ▸ Undo reverts the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livestream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendees: %1 of %2 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers: invitation letters with the hall address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat quota does not apply; branches watch the livestream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers: the notice with the livestream address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Programme: %n item(s), %1 minutes</source>
        <translation>
            <numerusform>Programme: %n item, %1 minutes</numerusform>
            <numerusform>Programme: %n items, %1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Active plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the province applies Directive 15/CT-TTg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the epidemic situation is stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted: the other plan keeps all its data and you can switch back at any time.
Why is the plan switched?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation letter(s) to the hall were already numbered and printed: send the online notice to their addressees.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already invited to the hall: they follow the livestream instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The seat quotas and the hall capacity no longer apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n online notice(s) were already numbered and printed: send the invitation letters to the hall.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The seat quotas and the hall capacity apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the switch changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results report…</source>
        <translation>Results report…</translation>
    </message>
</context>
<context>
    <name>dd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed papers are always in Vietnamese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the other desks on a shared server, and recorded with each check-in made here (e.g. “Bàn 1”, “Cửa chính”).</source>
        <translation>Shown to the other desks on a shared server, and recorded with each check-in made here (e.g. “Bàn 1”, “Cửa chính”).</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>&amp;Desk name:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>dd::ProjectorWindow</name>
    <message>
        <source>Current question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, or choose an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, reorder or delete the event&apos;s topics</source>
        <translation>Add, rename, reorder or delete the event&apos;s topics</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forwarded to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Save, then enter the next question from the same unit, channel and date (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text of the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency the question is forwarded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) saved. Enter the next one.</source>
        <translation>
            <numerusform>%n question saved. Enter the next one.</numerusform>
            <numerusform>%n questions saved. Enter the next one.</numerusform>
        </translation>
    </message>
    <message>
        <source>A unit, or type a new agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and add anoth&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the secretariat only; not printed</source>
        <translation>For the secretariat only; not printed</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>dd::QuestionImportDialog</name>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods *.xls);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>(choose the unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be imported.</source>
        <translation>
            <numerusform>%n question will be imported.</numerusform>
            <numerusform>%n questions will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (see Problems).</source>
        <translation>
            <numerusform>%n row cannot be imported (see Problems).</numerusform>
            <numerusform>%n rows cannot be imported (see Problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for a unit to be chosen.</source>
        <translation>
            <numerusform>%n row waits for a unit to be chosen.</numerusform>
            <numerusform>%n rows wait for a unit to be chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already recorded or repeated.</source>
        <translation>
            <numerusform>%n row is already recorded or repeated.</numerusform>
            <numerusform>%n rows are already recorded or repeated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Import %n question</numerusform>
            <numerusform>Import %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Check the questions before they are added. Rows with a problem are skipped; choose the unit of an unknown sender to import its questions, and Import or Skip in the Decision column to keep or leave out a row.</source>
        <translation>Check the questions before they are added. Rows with a problem are skipped; choose the unit of an unknown sender to import its questions, and Import or Skip in the Decision column to keep or leave out a row.</translation>
    </message>
    <message>
        <source>All sheets</source>
        <translation>All sheets</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file are left out.</source>
        <translation>
            <numerusform>%n row hidden in the file is left out.</numerusform>
            <numerusform>%n rows hidden in the file are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::QuestionTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>%1 (also from: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>dd::QuestionsPage</name>
    <message>
        <source>Search the questions (accents not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the topic of the selected questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the selected questions to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected questions into one of them; both texts and units are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions with the same or nearly the same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import e-mails (.eml) or a spreadsheet; files can also be dropped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions in running order on the day of the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic / agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions were due by %1 (at least %2 per host unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions due by %1 (at least %2 per host unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from the host units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing forwarded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Topic of the %n selected question(s):</source>
        <translation>
            <numerusform>Topic of the %n selected question:</numerusform>
            <numerusform>Topic of the %n selected questions:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent now (otherwise only assigned, and sent with “Export for agency”)</source>
        <translation>Sent now (otherwise only assigned, and sent with “Export for agency”)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forward %n question(s)</source>
        <translation>
            <numerusform>Forward %n question</numerusform>
            <numerusform>Forward %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this question; the others are marked as merged into it (their texts and units are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>These questions use the same or nearly the same words. Merging keeps both texts and both units; the second is marked as merged into the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods *.xls);;E-mails (*.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n question)</numerusform>
            <numerusform>%1 (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also the questions assigned to it but not yet forwarded (recorded as forwarded today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to %1</source>
        <translation>
            <numerusform>%n question written to %1</numerusform>
            <numerusform>%n questions written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the mail&amp;box…</source>
        <translation>From the mail&amp;box…</translation>
    </message>
    <message>
        <source>Read the new e-mails of the event&apos;s mailbox (Edit ▸ Preferences ▸ E-mail)</source>
        <translation>Read the new e-mails of the event&apos;s mailbox (Edit ▸ Preferences ▸ E-mail)</translation>
    </message>
    <message>
        <source>No questions yet. Import the lists and e-mails the units sent (Import…, or drop the files here), fetch them from the mailbox, or add one by hand (Add…).</source>
        <translation>No questions yet. Import the lists and e-mails the units sent (Import…, or drop the files here), fetch them from the mailbox, or add one by hand (Add…).</translation>
    </message>
    <message>
        <source>No question matches the search or the filters above.</source>
        <translation>No question matches the search or the filters above.</translation>
    </message>
</context>
<context>
    <name>dd::ReportTextDialog</name>
    <message>
        <source>Results report: assessment and proposals</source>
        <translation>Results report: assessment and proposals</translation>
    </message>
    <message>
        <source>What you write here is printed in the results report after the day (Papers ▸ Results report), under II and III. Each line is a paragraph. Empty parts print as dotted lines to fill in by hand.</source>
        <translation>What you write here is printed in the results report after the day (Papers ▸ Results report), under II and III. Each line is a paragraph. Empty parts print as dotted lines to fill in by hand.</translation>
    </message>
    <message>
        <source>How the meeting went: attendance, the questions, the answers, what worked and what did not.</source>
        <translation>How the meeting went: attendance, the questions, the answers, what worked and what did not.</translation>
    </message>
    <message>
        <source>What the secretariat proposes to the province: answers still owed, what to do differently next time.</source>
        <translation>What the secretariat proposes to the province: answers still owed, what to do differently next time.</translation>
    </message>
    <message>
        <source>II. &amp;Assessment (đánh giá):</source>
        <translation>II. &amp;Assessment (đánh giá):</translation>
    </message>
    <message>
        <source>III. &amp;Proposals (đề xuất, kiến nghị):</source>
        <translation>III. &amp;Proposals (đề xuất, kiến nghị):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Results report: assessment and proposals…</source>
        <translation>Results report: assessment and proposals…</translation>
    </message>
</context>
<context>
    <name>dd::ServerAddress</name>
    <message>
        <source>“%1” is not a server address (postgresql://…).</source>
        <translation>“%1” is not a server address (postgresql://…).</translation>
    </message>
    <message>
        <source>The server address “%1” is not valid: %2</source>
        <translation>The server address “%1” is not valid: %2</translation>
    </message>
    <message>
        <source>The port “%1” of the server address is not a number from 1 to 65535.</source>
        <translation>The port “%1” of the server address is not a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>The server address “%1” names no database: write it after the host, as in postgresql://server/dialoguedesk.</source>
        <translation>The server address “%1” names no database: write it after the host, as in postgresql://server/dialoguedesk.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
</context>
<context>
    <name>dd::ServerDesk</name>
    <message>
        <source>No other desk connected</source>
        <translation>No other desk connected</translation>
    </message>
    <message>
        <source>Also connected: %1</source>
        <translation>Also connected: %1</translation>
    </message>
    <message>
        <source>Copy to server</source>
        <translation>Copy to server</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was copied to %1:</source>
        <translation>Everything was copied to %1:</translation>
    </message>
</context>
<context>
    <name>dd::Session</name>
    <message>
        <source>The file is open read-only; changes are not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::StoreCopy</name>
    <message>
        <source>The two stores hold different data versions (%1 and %2); open both with this program first.</source>
        <translation>The two stores hold different data versions (%1 and %2); open both with this program first.</translation>
    </message>
    <message>
        <source>The target %1 already holds data; it was not changed. Copy into a new file or an empty database.</source>
        <translation>The target %1 already holds data; it was not changed. Copy into a new file or an empty database.</translation>
    </message>
    <message>
        <source>The target has no table %1; nothing was copied.</source>
        <translation>The target has no table %1; nothing was copied.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>Row %1 of the table %2 could not be copied: %3</translation>
    </message>
</context>
<context>
    <name>dd::TaskTableModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day/month/year, for example 30/8/2021.</source>
        <translation>“%1” is not a date; write it as day/month/year, for example 30/8/2021.</translation>
    </message>
</context>
<context>
    <name>dd::TopicsDialog</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions are classified by these topics. Each change can be undone with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete topic %1? Its questions become unclassified (undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>dd::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Huyện đoàn Tân Châu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions sent from this address are matched to the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not part of this event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part in this event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota (seats):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Enter the unit&apos;s name.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A unit called “%1” is already in the directory.</source>
        <translation>A unit called “%1” is already in the directory.</translation>
    </message>
    <message>
        <source>e.g. Đồng chí Bí thư hoặc Phó Bí thư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the unit sends, as the letters say it; or why the unit is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>dd::UnitDirectoryModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Part in this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent by e-mail</source>
        <translation>Last sent by e-mail</translation>
    </message>
    <message>
        <source>%1 to %2
Server&apos;s answer: %3</source>
        <translation>%1 to %2
Server&apos;s answer: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 to %2
Not sent: %3</source>
        <translation>%1 to %2
Not sent: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · not sent: %3</source>
        <translation>%1 · %2 · not sent: %3</translation>
    </message>
</context>
<context>
    <name>dd::UnitQuotaModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished">Unit</translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the quota by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota is a number of seats, for example 22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UnitsDialog</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <source>Units are shared by all events; the part and quota are those of the current event. Edit ▸ Undo reverts each change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::WelcomePage</name>
    <message>
        <source>Welcome to DialogueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file holds no event yet. Look around in the sample (the 2021 dialogue of the Tây Ninh Youth Union, which you may change or delete), create your own event, or open another data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the 2021 sample event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished example: people, questions, programme and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty event, or one with the settings of another event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .sqlite file kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty data file; the sample event is offered in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a data file kept elsewhere, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file holds no event yet, and it is open read-only, so none can be created in it. Open another data file, or create a new one with File ▸ New data file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
