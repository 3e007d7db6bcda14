<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ops Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ops Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the database, its backups and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop program of an executive assistant: contacts, calendar, calls, outings and travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ops Assistant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEdit</name>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment comes from an outing; change it under Outings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment comes from a trip; change it under Travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier calls from this caller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Telephoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned your call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to see you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. Use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Choose incoming, outgoing or missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-back time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call lasts between 0 and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no principal called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged call {id} ({who}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, number or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;returned call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not complete the command: {reason}</source>
        <translation>Kommandoen kunne ikke gennemføres: {reason}</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sikkerhedskopien er gemt i {path}.</translation>
    </message>
    <message>
        <source>Restored {file}. The replaced database was kept as {safety}.</source>
        <translation>{file} er gendannet. Den erstattede database er gemt som {safety}.</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Integritet: {result}</translation>
    </message>
    <message>
        <source>Foreign key problems: {count}</source>
        <translation>Fejl i fremmednøgler: {count}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Skemaversion: {version}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Filen {path} findes ikke.</translation>
    </message>
    <message>
        <source>{kind} cannot be exported as {format}.</source>
        <translation>{kind} kan ikke eksporteres som {format}.</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <source>Could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no END:VCARD line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no name, number or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a vCard file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsService</name>
    <message>
        <source>Give the contact a name, an organisation or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no file {path}.</source>
        <translation>Filen {path} findes ikke.</translation>
    </message>
    <message>
        <source>{path} is not a database file. Nothing was changed.</source>
        <translation>{path} er ikke en databasefil. Intet er ændret.</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of Ops Assistant. Nothing was changed.</source>
        <translation>{path} er en database fra et andet program, ikke fra Driftsassistent. Intet er ændret.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Ops Assistant (schema {found}; this version reads up to {supported}). Please update the program. Nothing was changed.</source>
        <translation>{path} er lavet af en nyere version af Driftsassistent (skema {found}; denne version læser op til {supported}). Opdatér venligst programmet. Intet er ændret.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}. Choose another place for the database.</source>
        <translation>Der kan ikke skrives i mappen {folder}. Vælg et andet sted til databasen.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another Ops Assistant window. Close that one first.</source>
        <translation>Databasen {path} bruges af et andet Driftsassistent-vindue. Luk det først.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database is not empty. The demo only fills an empty database; nothing was changed.</source>
        <translation>Databasen er ikke tom. Demoen fylder kun en tom database; intet er ændret.</translation>
    </message>
    <message>
        <source>Demo office created: {principals} principals, {contacts} contacts, {events} appointments, {calls} calls, {outings} outings and {trips} trips.</source>
        <translation>Demokontoret er oprettet: {principals} ledere og teammedlemmer, {contacts} kontakter, {events} aftaler, {calls} opkald, {outings} arrangementer og {trips} rejser.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong (%n times).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ops Assistant ran into an unexpected error. Everything you saved before is safe. The details below were also written to the log file {file}. If the error comes back, copy the details and send them to whoever helps you with the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops Assistant ran into an unexpected error. Everything you saved before is safe. The details could not be written to a log file: copy them before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalExport</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalImport</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no start (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start or end is not a real date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule (RRULE) or its exceptions are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RECURRENCE-ID is not a real date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a complete iCalendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed occurrence whose series is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{path} is not a vCard, iCalendar or CSV file. Nothing was imported.</source>
        <translation>{path} er ikke en vCard-, iCalendar- eller CSV-fil. Intet er importeret.</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {skipped} skipped</source>
        <translation>{imported} importeret, {updated} opdateret, {skipped} sprunget over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ops Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutingEditorDialog</name>
    <message>
        <source>Outing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Summer outing to Bakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of outing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and address; start typing a contact&apos;s name to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutingLabels</name>
    <message numerus="yes">
        <source>Other</source>
        <comment>kind of outing</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done</source>
        <comment>outing status</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Venue</source>
        <comment>expense category</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other</source>
        <comment>expense category</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outings</name>
    <message>
        <source>Unknown reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what has to be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a contact or team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vegetarian, no nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Principals</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HH:MM, e.g. 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or name (empty: withheld number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact call-back time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;ssed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message slip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Please call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Will call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned your call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to s&amp;ee you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current data is kept as a safety copy, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive and team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes you made in Settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Book the bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call or a phone message (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open call-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open call-backs. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trips in the next 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthdays in the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(turns %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <source>Flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title for the trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trip cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown traveller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown airport code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an airport code or a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where it leaves from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must end after it starts (mind the time zones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment cannot last more than 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
