<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaPage</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
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
        <source>Durations are in minutes; clock times follow the start time of the active plan (set it on the Plans tab). Drag rows or press Alt+Up/Down to reorder.</source>
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
</context>
<context>
    <name>AttendeeDialog</name>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (or at least a position, for a seat still to be named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
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
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
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
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>mark %n attendee(s) %1</source>
        <translation>
            <numerusform>mark %n attendee %1</numerusform>
            <numerusform>mark %n attendees %1</numerusform>
        </translation>
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
        <source>Type a name and press Enter to check in; Ctrl+Enter adds a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add walk-in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has integrity problems. Open a copy saved earlier, or save what can be read with File ▸ Save a copy.</source>
        <translation type="unfinished"></translation>
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
        <source>The event id &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1 in the file &quot;%2&quot;. &quot;dialoguedesk list events&quot; shows the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds no event yet. Create one in the window, or add --sample to create the 2021 sample event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dialoguedesk [options] &lt;command&gt; [arguments]
Without a command, DialogueDesk opens its window.

Commands:
  check                  check the data file without changing it: integrity,
                         schema version, number of events
  list events|units|attendees|questions|agenda|tasks
                         print a table: tab-separated UTF-8 with a header row
  plan show              the active plan, both plans and the log of switches
  plan switch in-person|online --reason TEXT
                         make the other plan the active one and record why
  import, export, print  not part of this version yet

Options:
  --db FILE              the data file (default: %1)
  --event ID             the event to work on (default: the first one)
  --sample               first create the 2021 sample event; without a command,
                         print its id (with a command, the command uses it)
  --lang vi|en           the language of messages
  --filter TEXT          list attendees|questions: rows holding every word
                         (accents and case ignored; &quot;0912 345&quot; finds a phone)
  --status KEY           list attendees|questions: only this status
                         (e.g. invited, confirmed; received, answered)
  --unit NAME|ID         list attendees|questions|tasks: only this unit
  --agency NAME|ID       list questions: only those forwarded to this agency
  --reason TEXT          plan switch: why the plan changes (required)
  --dry-run, --out FILE, --by KEY
                         for import, export and print (later versions)
  -h, --help             this help
  -v, --version          the program version

Exit status: 0 done, 1 failed, 2 wrong command line or command not available.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See dialoguedesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. The commands are: %2. See dialoguedesk --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not part of this version yet.</source>
        <translation type="unfinished"></translation>
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
        <source>No unit is called &quot;%1&quot;. &quot;dialoguedesk list units&quot; shows the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list &quot;%1&quot;; the lists are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;list %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which plan: plan switch in-person|online --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan &quot;%1&quot;: use in-person or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the plan changes with --reason TEXT; it is kept in the log of switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plan is already the active plan; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the plans: plan show, or plan switch in-person|online --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plan command &quot;%1&quot;: use show or switch.</source>
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
        <source>add programme item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit programme item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Documents</name>
    <message>
        <source>There is nobody to write an invitation to. Add invitees or choose other persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has a seat quota for this event. Set the quotas of the host units or choose a unit.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>EventDialog</name>
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
        <source>(no limit)</source>
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
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements:</source>
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
        <source>Questions &amp;due by:</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a title.</source>
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
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is not a text (CSV) file: it contains binary data. If it is a spreadsheet, save it as XLSX, ODS or CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Cannot open the file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: its content is not valid XML (%1, line %2). Open it in LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it has no content.xml, so it is not a complete ODS spreadsheet. Open it in LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds far more cells than a list of delegates (over %L1). Delete the unused rows and columns, or copy the list into a new file, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1 cannot read it (%2). Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a spreadsheet that DialogueDesk can read (it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or LibreOffice and save it as XLSX or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no sheet with data. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a temporary file to read the Excel workbook (%1). Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is larger than 100 MB, far larger than a list of delegates. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty. Check that you chose the right file and that it was saved completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected with a password. Open it in Excel, save a copy without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a web page or XML document, not a spreadsheet, although its name says so. Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an Office document but holds no Excel workbook. Check that you chose the right file, or save it from Excel as XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be read as an Excel 97-2003 workbook (error %1). Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is far too large for a list of delegates (%2 rows). Delete the unused rows and columns and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: the part &quot;%1&quot; is not valid XML (%2, line %3). Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: it has no package relationships (_rels/.rels), so it is not a complete XLSX workbook. Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: the workbook part is missing. Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: %1 Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short to be a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the zip archive is missing (the file was cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses the ZIP64 format, which is not expected for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory points outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; cannot be found in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file unpacks to more than %1 MB, far more than a list of delegates needs. It may be damaged or made to harm; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is compressed with an unknown method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prepares a Youth Union leaders&apos; dialogue conference.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>OverviewPage</name>
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
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&lt;b&gt;Switches&lt;/b&gt; (Edit ▸ Undo reverts the last one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted: the other plan keeps all its data and you can switch back at any time.
Why is the plan switched?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
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
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of DialogueDesk.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
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
        <source>(not forwarded)</source>
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
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the text of the question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Search the questions (accents not needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
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
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>&quot;%1&quot; is a folder, not a data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read. Check that you may open it and that it is not on a disconnected drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a DialogueDesk data file. It was not changed. Choose another file, or create a new one with File ▸ New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; was saved by a newer version of DialogueDesk (data version %2; this program reads up to version %3). It was not changed. Please install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not make a copy before upgrading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is a database of another program, not a DialogueDesk data file. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is damaged and cannot be opened safely (%2). It was not changed. Open a copy saved earlier with File ▸ Save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is already open in DialogueDesk (process %2 on %3). You can open it read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file cannot be prepared: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Upgrading the data file to version %1 failed: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot replace the file that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists and cannot be replaced (is it open in another program?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <source>No data file is open. Use File ▸ Open or File ▸ New.</source>
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
        <source>&quot;%1&quot; already exists. It is opened as it is; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
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
    <name>dd::QuestionTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>&quot;%1&quot; is not a date; write it as day/month/year, for example 30/8/2021.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dd::UnitQuotaModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
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
</context>
</TS>
