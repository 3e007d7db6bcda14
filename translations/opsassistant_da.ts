<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Ops Assistant</source>
        <translation>Om Driftsassistent</translation>
    </message>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Open the folder with the database, its backups and logs</source>
        <translation>Åbn mappen med databasen, dens sikkerhedskopier og logfiler</translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation>Fri software under MIT-licensen.</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Ikoner</translation>
    </message>
    <message>
        <source>The program icon was drawn for Ops Assistant and is shared under the same MIT licence. All other icons come from your desktop theme.</source>
        <translation>Programikonet er tegnet til Driftsassistent og deles under samme MIT-licens. Alle andre ikoner kommer fra dit skrivebordstema.</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Skrifttyper</translation>
    </message>
    <message>
        <source>Reports are printed with the bundled DejaVu Sans fonts (Bitstream Vera licence, DejaVu changes in the public domain), and names in Chinese, Japanese or Korean with Droid Sans Fallback (Apache License 2.0). The licences are reproduced below in English, as they were published.</source>
        <translation>Rapporterne udskrives med de medfølgende DejaVu Sans-skrifttyper (Bitstream Vera-licens, DejaVus ændringer er i public domain), og navne på kinesisk, japansk eller koreansk med Droid Sans Fallback (Apache License 2.0). Licenserne er gengivet nedenfor på engelsk, som de blev udgivet.</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <source>The desktop program of an executive assistant: contacts, calendar, calls, outings and travel.</source>
        <translation>Skrivebordsprogrammet til direktionsassistenten: kontakter, kalender, opkald, arrangementer og rejser.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Bygget med:</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Bygget med</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licenser:</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street</source>
        <translation>Vej og nr.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>AgendaReport</name>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation>Helligdag: %1</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Ingen aftaler.</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Fødselsdage</translation>
    </message>
    <message>
        <source>No birthdays today.</source>
        <translation>Ingen fødselsdage i dag.</translation>
    </message>
    <message>
        <source>Open call-backs</source>
        <translation>Åbne tilbagekald</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Ring tilbage senest</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Hurtigst muligt</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>No open call-backs.</source>
        <translation>Ingen åbne tilbagekald.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>Outings</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Rejser</translation>
    </message>
</context>
<context>
    <name>BudgetSummary</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Spent:</source>
        <translation>Brugt:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Tilbage:</translation>
    </message>
    <message>
        <source>VAT in total:</source>
        <translation>Moms i alt:</translation>
    </message>
    <message>
        <source>Per participant:</source>
        <translation>Pr. deltager:</translation>
    </message>
    <message>
        <source>Per participant (%1 accepted):</source>
        <translation>Pr. deltager (%1 deltager):</translation>
    </message>
    <message>
        <source>%p % of the budget spent</source>
        <translation>%p % af budgettet er brugt</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>Intet budget fastsat</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>Moms pr. sats</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 af %3</translation>
    </message>
    <message>
        <source>Reimbursements owed</source>
        <translation>Udlæg til refusion</translation>
    </message>
</context>
<context>
    <name>CalendarConflicts</name>
    <message>
        <source>%1 already has “%2” %3–%4</source>
        <translation>%1 har allerede “%2” %3–%4</translation>
    </message>
</context>
<context>
    <name>CalendarEdit</name>
    <message>
        <source>Enter a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Ukendt tidszone.</translation>
    </message>
    <message>
        <source>Enter a start and an end date.</source>
        <translation>Angiv en start- og en slutdato.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Slut skal ligge efter start.</translation>
    </message>
    <message>
        <source>Enter a start and an end time.</source>
        <translation>Angiv et start- og et sluttidspunkt.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Ukendt status.</translation>
    </message>
    <message>
        <source>The repeat rule is not valid.</source>
        <translation>Gentagelsesreglen er ikke gyldig.</translation>
    </message>
    <message>
        <source>This appointment comes from an outing; change it under Outings.</source>
        <translation>Aftalen kommer fra et arrangement; ret den under Arrangementer.</translation>
    </message>
    <message>
        <source>This appointment comes from a trip; change it under Travel.</source>
        <translation>Aftalen kommer fra en rejse; ret den under Rejser.</translation>
    </message>
    <message>
        <source>This appointment cannot be changed here.</source>
        <translation>Aftalen kan ikke ændres her.</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Foreløbig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påmindelse</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 minutter før</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>10 minutter før</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 minutter før</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 minutter før</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 time før</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 timer før</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dag før</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Gentages ikke</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagligt</translation>
    </message>
    <message>
        <source>Weekly on chosen days</source>
        <translation>Ugentligt på valgte dage</translation>
    </message>
    <message>
        <source>Monthly on the same date</source>
        <translation>Månedligt på samme dato</translation>
    </message>
    <message>
        <source>Monthly on the same weekday</source>
        <translation>Månedligt på samme ugedag</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Årligt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>På en dato</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Efter et antal gange</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>You are changing only this occurrence of a repeating appointment.</source>
        <translation>Du ændrer kun denne forekomst af en gentaget aftale.</translation>
    </message>
    <message>
        <source>All day, no time zone.</source>
        <translation>Hele dagen, ingen tidszone.</translation>
    </message>
    <message>
        <source>The same as above (%1).</source>
        <translation>Samme som ovenfor (%1).</translation>
    </message>
    <message>
        <source>%1 – %2 home time (%3)</source>
        <translation>%1 – %2 hjemmetid (%3)</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Overlap:</translation>
    </message>
    <message>
        <source>Discard the changes to this appointment?</source>
        <translation>Vil du kassere ændringerne i aftalen?</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Move “%1”</source>
        <translation>Flyt “%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet “%1”</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå til i dag</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Work week</source>
        <translation>Arbejdsuge</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Vis %1</translation>
    </message>
    <message>
        <source>Find a time…</source>
        <translation>Find et tidspunkt…</translation>
    </message>
    <message>
        <source>Find the first free time for the chosen principals</source>
        <translation>Find den første ledige tid for de valgte personer</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>&amp;Kalendere</translation>
    </message>
    <message>
        <source>Calendars shown</source>
        <translation>Viste kalendere</translation>
    </message>
    <message>
        <source>Tick a principal to show their appointments</source>
        <translation>Sæt flueben ved en person for at vise personens aftaler</translation>
    </message>
    <message>
        <source>Month navigator</source>
        <translation>Månedsoversigt</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>No principal</source>
        <translation>Ingen person</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 mere</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>Ingen aftaler de næste to uger.</translation>
    </message>
    <message>
        <source>No appointments in this period. Double-click a time or press Ctrl+N to add one.</source>
        <translation>Ingen aftaler i perioden. Dobbeltklik på et tidspunkt eller tryk Ctrl+N for at oprette en.</translation>
    </message>
    <message>
        <source>Repeating appointment</source>
        <translation>Gentaget aftale</translation>
    </message>
    <message>
        <source>Delete only this occurrence or the whole series?</source>
        <translation>Vil du slette kun denne forekomst eller hele serien?</translation>
    </message>
    <message>
        <source>Open only this occurrence or the whole series?</source>
        <translation>Vil du åbne kun denne forekomst eller hele serien?</translation>
    </message>
    <message>
        <source>This &amp;occurrence</source>
        <translation>Denne &amp;forekomst</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Hele &amp;serien</translation>
    </message>
    <message>
        <source>Agenda for the shown day</source>
        <translation>Dagsorden for den viste dag</translation>
    </message>
    <message>
        <source>Week overview</source>
        <translation>Ugeoversigt</translation>
    </message>
</context>
<context>
    <name>CalendarReport</name>
    <message>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-04-02.</source>
        <translation>Angiv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-04-02.</translation>
    </message>
    <message>
        <source>No principal is called “%1”.</source>
        <translation>Der er ingen person, der hedder “%1”.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>foreløbig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>Tidligere opkald</translation>
    </message>
    <message>
        <source>Earlier calls from this caller</source>
        <translation>Tidligere opkald fra denne opkalder</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Telephoned</source>
        <translation>Har ringet</translation>
    </message>
    <message>
        <source>Please call back</source>
        <translation>Ring venligst tilbage</translation>
    </message>
    <message>
        <source>Will call again</source>
        <translation>Ringer igen</translation>
    </message>
    <message>
        <source>Returned your call</source>
        <translation>Har ringet tilbage</translation>
    </message>
    <message>
        <source>Came to see you</source>
        <translation>Var her for at tale med dig</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>No call selected</source>
        <translation>Intet opkald valgt</translation>
    </message>
    <message>
        <source>Choose a call in the log to see the message, the caller and their earlier calls.</source>
        <translation>Vælg et opkald i loggen for at se beskeden, opkalderen og tidligere opkald.</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>hurtigst muligt</translation>
    </message>
    <message>
        <source>Call back by %1</source>
        <translation>Ring tilbage senest %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>Call-back done %1</source>
        <translation>Tilbageringning klaret %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Varighed: %1</translation>
    </message>
    <message>
        <source>Returns the call of %1</source>
        <translation>Svar på opkaldet %1</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>Ingen besked.</translation>
    </message>
    <message>
        <source>Not in your contacts. Use “Create contact…” to add the caller.</source>
        <translation>Ikke blandt dine kontakter. Brug “Opret kontakt…” for at tilføje opkalderen.</translation>
    </message>
    <message>
        <source>No earlier calls.</source>
        <translation>Ingen tidligere opkald.</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ubesvaret</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaret</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Hurtigst muligt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Opkalder</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Ring tilbage senest</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Telephoned</source>
        <translation>Har ringet</translation>
    </message>
    <message>
        <source>Please call back</source>
        <translation>Ring venligst tilbage</translation>
    </message>
    <message>
        <source>Will call again</source>
        <translation>Ringer igen</translation>
    </message>
    <message>
        <source>Returned your call</source>
        <translation>Har ringet tilbage</translation>
    </message>
    <message>
        <source>Came to see you</source>
        <translation>Var her for at tale med dig</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ubesvaret</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Use YYYY-MM-DD.</source>
        <translation>“{text}” er ikke en dato. Skriv ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>There is no principal called “{name}”.</source>
        <translation>Der er ingen leder eller teammedlem ved navn “{name}”.</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Opkaldsliste</translation>
    </message>
    <message>
        <source>No principals yet.</source>
        <translation>Der er endnu ingen leder eller teammedlemmer.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Open messages</source>
        <translation>Åbne beskeder</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Ring tilbage senest</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Hurtigst muligt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>No open messages.</source>
        <translation>Ingen åbne beskeder.</translation>
    </message>
    <message>
        <source>Calls on {date}</source>
        <translation>Opkald {date}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Opkalder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaret</translation>
    </message>
    <message>
        <source>No calls.</source>
        <translation>Ingen opkald.</translation>
    </message>
</context>
<context>
    <name>CallbackNotifier</name>
    <message>
        <source>Call back %1 now (due %2).</source>
        <translation>Ring tilbage til %1 nu (senest %2).</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Tid til at ringe tilbage</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <source>In an hour</source>
        <translation>Om en time</translation>
    </message>
    <message>
        <source>Before lunch</source>
        <translation>Før frokost</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Inden fyraften</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>I morgen tidlig</translation>
    </message>
    <message>
        <source>“{text}” is not a possible time. Use YYYY-MM-DD HH:MM, e.g. 2026-03-02 14:30.</source>
        <translation>“{text}” er ikke et muligt tidspunkt. Skriv ÅÅÅÅ-MM-DD TT:MM, f.eks. 2026-03-02 14:30.</translation>
    </message>
    <message>
        <source>“{text}” does not exist in {zone}: the clocks go forward then.</source>
        <translation>“{text}” findes ikke i {zone}: uret stilles frem på det tidspunkt.</translation>
    </message>
</context>
<context>
    <name>Calls</name>
    <message>
        <source>Choose incoming, outgoing or missed.</source>
        <translation>Vælg indgående, udgående eller ubesvaret.</translation>
    </message>
    <message>
        <source>The call-back time needs a time zone.</source>
        <translation>Tidspunktet for tilbageringning skal have en tidszone.</translation>
    </message>
    <message>
        <source>A call lasts between 0 and 24 hours.</source>
        <translation>Et opkald varer mellem 0 og 24 timer.</translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation>Et telefonnummer skal indeholde cifre.</translation>
    </message>
    <message>
        <source>The message is too long.</source>
        <translation>Beskeden er for lang.</translation>
    </message>
    <message>
        <source>There is no principal called “{name}”.</source>
        <translation>Der er ingen leder eller teammedlem ved navn “{name}”.</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>skjult nummer</translation>
    </message>
    <message>
        <source>Logged call {id} ({who}).</source>
        <translation>Opkald {id} registreret ({who}).</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Name, number or message</source>
        <translation>Navn, nummer eller besked</translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation>Søg i opkald</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation>Hvilke opkald der vises</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Til hvem</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Registrér &amp;opkald…</translation>
    </message>
    <message>
        <source>Call-back &amp;done</source>
        <translation>Tilbageringning &amp;klaret</translation>
    </message>
    <message>
        <source>Log &amp;returned call…</source>
        <translation>Registrér tilbageringni&amp;ng…</translation>
    </message>
    <message>
        <source>Create &amp;contact…</source>
        <translation>Opret kont&amp;akt…</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Opkaldslog</translation>
    </message>
    <message>
        <source>Log a call (Ctrl+L)</source>
        <translation>Registrér et opkald (Ctrl+L)</translation>
    </message>
    <message>
        <source>Mark the call-back done (Ctrl+D)</source>
        <translation>Markér tilbageringningen som klaret (Ctrl+D)</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle opkald</translation>
    </message>
    <message>
        <source>Open call-backs</source>
        <translation>Åbne tilbageringninger</translation>
    </message>
    <message>
        <source>Overdue call-backs</source>
        <translation>Overskredne tilbageringninger</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>Alle retninger</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaret</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ubesvaret</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n opkald</numerusform>
            <numerusform>%n opkald</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Ingen opkald passer til filtrene.</translation>
    </message>
    <message>
        <source>No calls logged yet. Press Ctrl+L to log one.</source>
        <translation>Ingen opkald registreret endnu. Tryk Ctrl+L for at registrere et.</translation>
    </message>
    <message>
        <source>Call sheet…</source>
        <translation>Opkaldsliste…</translation>
    </message>
    <message>
        <source>Save the call sheet</source>
        <translation>Gem opkaldslisten</translation>
    </message>
    <message>
        <source>call-sheet.pdf</source>
        <translation>opkaldsliste.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Returned call</source>
        <translation>Tilbageringning</translation>
    </message>
    <message>
        <source>What was said (optional):</source>
        <translation>Hvad blev der sagt (valgfrit):</translation>
    </message>
    <message>
        <source>Create contact</source>
        <translation>Opret kontakt</translation>
    </message>
    <message>
        <source>Name of the caller (number %1):</source>
        <translation>Opkalderens navn (nummer %1):</translation>
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
    <message>
        <source>Export finished: {count} written to {path}.</source>
        <translation>Eksporten er færdig: {count} gemt i {path}.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Give the contact a name, an organisation or an e-mail.</source>
        <translation>Giv kontakten et navn, en organisation eller en e-mailadresse.</translation>
    </message>
    <message>
        <source>Not an e-mail address</source>
        <translation>Ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>This looks like a contact you already have:</source>
        <translation>Det ligner en kontakt, du allerede har:</translation>
    </message>
    <message>
        <source>Press Save again to save it anyway, or cancel and merge the two.</source>
        <translation>Tryk på Gem igen for at gemme alligevel, eller annuller og flet de to.</translation>
    </message>
    <message>
        <source>same number %1</source>
        <translation>samme nummer %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>samme e-mail %1</translation>
    </message>
    <message>
        <source>similar name at the same organisation</source>
        <translation>lignende navn i samme organisation</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>Save the changes to this contact?</source>
        <translation>Vil du gemme ændringerne af kontakten?</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigér kontakt</translation>
    </message>
</context>
<context>
    <name>ContactEditorForm</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Fø&amp;dselsdag:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Kendt</translation>
    </message>
    <message>
        <source>Birthday known</source>
        <translation>Fødselsdag kendt</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Grupper:</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Adskilt med komma</translation>
    </message>
    <message>
        <source>F&amp;avourite</source>
        <translation>F&amp;avorit</translation>
    </message>
    <message>
        <source>&amp;VIP</source>
        <translation>&amp;VIP</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnumre</translation>
    </message>
    <message>
        <source>Add &amp;number</source>
        <translation>Tilføj &amp;nummer</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailadresser</translation>
    </message>
    <message>
        <source>Add e-&amp;mail</source>
        <translation>Tilføj e-&amp;mail</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresser</translation>
    </message>
    <message>
        <source>Add add&amp;ress</source>
        <translation>Tilføj adr&amp;esse</translation>
    </message>
</context>
<context>
    <name>ContactImportForm</name>
    <message>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
    <message>
        <source>Check what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>Tjek, hvad hver kolonne i filen indeholder. Kolonner sat til “Importér ikke” udelades.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Kolonnetilknytning</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Sprunget over</translation>
    </message>
</context>
<context>
    <name>ContactMergeForm</name>
    <message>
        <source>Merge contacts</source>
        <translation>Flet kontakter</translation>
    </message>
    <message>
        <source>Choose, field by field, what the merged contact keeps. Numbers, e-mails, addresses and groups of both are kept. The other contact goes to the trash, and its calls and appointments move to the merged one.</source>
        <translation>Vælg felt for felt, hvad den flettede kontakt skal beholde. Numre, e-mails, adresser og grupper fra begge beholdes. Den anden kontakt lægges i papirkurven, og dens opkald og aftaler flyttes til den flettede.</translation>
    </message>
    <message>
        <source>Fields to merge</source>
        <translation>Felter, der flettes</translation>
    </message>
</context>
<context>
    <name>ContactsImport</name>
    <message>
        <source>Could not be saved: {error}</source>
        <translation>Kunne ikke gemmes: {error}</translation>
    </message>
    <message>
        <source>The record has no END:VCARD line.</source>
        <translation>Posten mangler linjen END:VCARD.</translation>
    </message>
    <message>
        <source>The record has no name, number or e-mail.</source>
        <translation>Posten har hverken navn, nummer eller e-mail.</translation>
    </message>
    <message>
        <source>The row has no name, number or e-mail.</source>
        <translation>Rækken har hverken navn, nummer eller e-mail.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>linje {line}</translation>
    </message>
    <message>
        <source>The columns of this CSV file were not recognised as contacts; nothing was imported. Map the columns in the import dialog.</source>
        <translation>Kolonnerne i CSV-filen blev ikke genkendt som kontakter; intet blev importeret. Tilknyt kolonnerne i importvinduet.</translation>
    </message>
    <message>
        <source>The record could not be read: {error}</source>
        <translation>Posten kunne ikke læses: {error}</translation>
    </message>
    <message>
        <source>This is not a vCard file; nothing was imported.</source>
        <translation>Filen er ikke en vCard-fil; intet blev importeret.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <source>Phone list…</source>
        <translation>Telefonliste…</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Ingen kontakter matcher “%1”.</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Ingen kontakter matcher filtrene.</translation>
    </message>
    <message>
        <source>No contacts yet — press Ctrl+N to add one, or import a vCard or CSV file.</source>
        <translation>Ingen kontakter endnu — tryk Ctrl+N for at oprette en, eller importér en vCard- eller CSV-fil.</translation>
    </message>
    <message>
        <source>Select a contact to see it here.</source>
        <translation>Vælg en kontakt for at se den her.</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>In the trash since %1</source>
        <translation>I papirkurven siden %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>ikke genkendt</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Seneste opkald</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Slet permanent</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Vil du slette %n kontakt permanent? Det kan ikke fortrydes.</numerusform>
            <numerusform>Vil du slette %n kontakter permanent? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.csv);;All files (*)</source>
        <translation>Kontakter (*.vcf *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksportér alt om personen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Slet person helt</translation>
    </message>
    <message>
        <source>Erase %1 completely? The contact is deleted for good and their calls are kept without name or number. This cannot be undone.</source>
        <translation>Vil du slette %1 helt? Kontakten slettes for altid, og opkaldene beholdes uden navn og nummer. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Telefonliste</translation>
    </message>
    <message>
        <source>phone-list.pdf</source>
        <translation>telefonliste.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Delete &amp;permanently…</source>
        <translation>Slet &amp;permanent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Flet…</translation>
    </message>
    <message>
        <source>E&amp;xport everything about this person…</source>
        <translation>E&amp;ksportér alt om personen…</translation>
    </message>
    <message>
        <source>E&amp;rase this person completely…</source>
        <translation>Slet personen &amp;helt…</translation>
    </message>
</context>
<context>
    <name>ContactsPanelForm</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Søg i kontakter</translation>
    </message>
    <message>
        <source>Name, organisation, e-mail or any number</source>
        <translation>Navn, organisation, e-mail eller nummer</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>&amp;Favourites</source>
        <translation>&amp;Favoritter</translation>
    </message>
    <message>
        <source>&amp;VIP</source>
        <translation>&amp;VIP</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Papirkurv</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Ny kontakt</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Ring op</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>C&amp;opy number</source>
        <translation>K&amp;opiér nummer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Flet…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
</context>
<context>
    <name>ContactsService</name>
    <message>
        <source>Give the contact a name, an organisation or an e-mail.</source>
        <translation>Giv kontakten et navn, en organisation eller en e-mailadresse.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>“{address}” er ikke en e-mailadresse.</translation>
    </message>
</context>
<context>
    <name>ContactsUndo</name>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Redigér kontakt</translation>
    </message>
    <message>
        <source>Restore contacts</source>
        <translation>Gendan kontakter</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Slet kontakter</translation>
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
    <name>EmailRow</name>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>navn@eksempel.dk</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fejldetaljer</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiér detaljer</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Åbn &amp;logmappen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong (%n times).</source>
        <translation>
            <numerusform>Noget gik galt (%n gang).</numerusform>
            <numerusform>Noget gik galt (%n gange).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ops Assistant ran into an unexpected error. Everything you saved before is safe. The details below were also written to the log file {file}. If the error comes back, copy the details and send them to whoever helps you with the program.</source>
        <translation>Driftsassistent stødte på en uventet fejl. Alt, hvad du har gemt, er i sikkerhed. Detaljerne herunder er også skrevet i logfilen {file}. Hvis fejlen kommer igen, så kopiér detaljerne og send dem til den, der hjælper dig med programmet.</translation>
    </message>
    <message>
        <source>Ops Assistant ran into an unexpected error. Everything you saved before is safe. The details could not be written to a log file: copy them before you close this window.</source>
        <translation>Driftsassistent stødte på en uventet fejl. Alt, hvad du har gemt, er i sikkerhed. Detaljerne kunne ikke skrives i en logfil: kopiér dem, før du lukker vinduet.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Aftale</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>All &amp;day:</source>
        <translation>Hele &amp;dagen:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>Start time zone</source>
        <translation>Tidszone ved start</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Sluttidspunkt</translation>
    </message>
    <message>
        <source>End time zone</source>
        <translation>Tidszone ved slut</translation>
    </message>
    <message>
        <source>Home time:</source>
        <translation>Hjemmetid:</translation>
    </message>
    <message>
        <source>&amp;Principals:</source>
        <translation>&amp;Personer:</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>Delta&amp;gere:</translation>
    </message>
    <message>
        <source>Type a name from your contacts…</source>
        <translation>Skriv et navn fra dine kontakter…</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Fje&amp;rn</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>På&amp;mindelse:</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>Re&amp;peats</source>
        <translation>&amp;Gentagelse</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Gentages:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Gentages</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>H&amp;ver:</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>På:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>S&amp;lutter:</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Slutdato for gentagelse</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Antal gange</translation>
    </message>
    <message>
        <source>E&amp;xceptions:</source>
        <translation>&amp;Undtagelser:</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Undtagelser</translation>
    </message>
    <message>
        <source>Exception date</source>
        <translation>Dato for undtagelse</translation>
    </message>
    <message>
        <source>Add e&amp;xception</source>
        <translation>Tilføj &amp;undtagelse</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Fjern undtagelse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>color: #b35c00;</source>
        <translation>color: #b35c00;</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
</context>
<context>
    <name>ExpenseEditorDialog</name>
    <message>
        <source>Expense</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>e.g. Lunch at the venue</source>
        <translation>f.eks. Frokost på stedet</translation>
    </message>
    <message>
        <source>&amp;Amount incl. VAT:</source>
        <translation>Beløb &amp;inkl. moms:</translation>
    </message>
    <message>
        <source>Amount including VAT</source>
        <translation>Beløb inklusive moms</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Tilbagebetaling</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Tilbagebetaling</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>Vek&amp;selkurs:</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Vekselkurs</translation>
    </message>
    <message>
        <source>&amp;VAT rate:</source>
        <translation>&amp;Momssats:</translation>
    </message>
    <message>
        <source>VAT rate in percent</source>
        <translation>Momssats i procent</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverandør:</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>Betalt &amp;af:</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betalt af</translation>
    </message>
    <message>
        <source>&amp;Who is owed:</source>
        <translation>&amp;Udlagt af:</translation>
    </message>
    <message>
        <source>Who paid and is owed the money</source>
        <translation>Hvem der har lagt ud og skal have pengene tilbage</translation>
    </message>
    <message>
        <source>&amp;Receipt:</source>
        <translation>Kvitt&amp;ering:</translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation>Kvitteringens reference</translation>
    </message>
    <message>
        <source>Reference, e.g. invoice number</source>
        <translation>Reference, f.eks. fakturanummer</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Vedhæft &amp;fil…</translation>
    </message>
    <message>
        <source>In the outing&apos;s currency:</source>
        <translation>I arrangementets valuta:</translation>
    </message>
    <message>
        <source>Amount in the outing&apos;s currency</source>
        <translation>Beløb i arrangementets valuta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>&amp;What to export:</source>
        <translation>&amp;Hvad skal eksporteres:</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hvad skal eksporteres</translation>
    </message>
</context>
<context>
    <name>FindTimeDialog</name>
    <message>
        <source>Find a time</source>
        <translation>Find et tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Principals:</source>
        <translation>&amp;Personer:</translation>
    </message>
    <message>
        <source>Principals</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>Look &amp;ahead:</source>
        <translation>Se &amp;frem:</translation>
    </message>
    <message>
        <source>Days to look ahead</source>
        <translation>Antal dage frem</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Ledige tider</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <source>&amp;Book this time</source>
        <translation>&amp;Book dette tidspunkt</translation>
    </message>
    <message>
        <source>Choose principals and a duration, then press Search.</source>
        <translation>Vælg personer og en varighed, og tryk så på Søg.</translation>
    </message>
    <message>
        <source>The first free times inside everyone&apos;s working hours:</source>
        <translation>De første ledige tider inden for alles arbejdstid:</translation>
    </message>
    <message>
        <source>No free time found in the period. Try a shorter duration or more days.</source>
        <translation>Ingen ledig tid i perioden. Prøv en kortere varighed eller flere dage.</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Team member %1: name</source>
        <translation>Teammedlem %1: navn</translation>
    </message>
    <message>
        <source>Team member %1: title</source>
        <translation>Teammedlem %1: stilling</translation>
    </message>
    <message>
        <source>Team member %1: home time zone</source>
        <translation>Teammedlem %1: hjemmetidszone</translation>
    </message>
    <message>
        <source>Team member %1: working day starts</source>
        <translation>Teammedlem %1: arbejdsdagen begynder</translation>
    </message>
    <message>
        <source>Team member %1: working day ends</source>
        <translation>Teammedlem %1: arbejdsdagen slutter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>e.g. Head of operations</source>
        <translation>fx driftschef</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Ret venligst felterne markeret ovenfor.</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Demokontor</translation>
    </message>
    <message>
        <source>Welcome to Ops Assistant</source>
        <translation>Velkommen til Driftsassistent</translation>
    </message>
    <message>
        <source>Tell the program whose days you look after: the executive and the team. Then bring in their calendar and contacts, or look around the demo office first. Everything can be changed later in Settings (Ctrl+,), and this page opens again from Help ▸ Getting started.</source>
        <translation>Fortæl programmet, hvis dage du holder styr på: lederen og teamet. Hent derefter deres kalender og kontakter, eller se dig først omkring i demokontoret. Alt kan ændres senere under Indstillinger (Ctrl+,), og siden åbnes igen fra Hjælp ▸ Kom godt i gang.</translation>
    </message>
    <message>
        <source>The executive</source>
        <translation>Lederen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Arbejdstid:</translation>
    </message>
    <message>
        <source>&amp;Home time zone:</source>
        <translation>&amp;Hjemmetidszone:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>e.g. Karen Holm</source>
        <translation>fx Karen Holm</translation>
    </message>
    <message>
        <source>e.g. Managing director</source>
        <translation>fx administrerende direktør</translation>
    </message>
    <message>
        <source>The executive&apos;s name</source>
        <translation>Lederens navn</translation>
    </message>
    <message>
        <source>The executive&apos;s title</source>
        <translation>Lederens stilling</translation>
    </message>
    <message>
        <source>The executive&apos;s home time zone</source>
        <translation>Lederens hjemmetidszone</translation>
    </message>
    <message>
        <source>The executive&apos;s working day starts</source>
        <translation>Lederens arbejdsdag begynder</translation>
    </message>
    <message>
        <source>The executive&apos;s working day ends</source>
        <translation>Lederens arbejdsdag slutter</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Hjemmetidszone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;Add a team member</source>
        <translation>&amp;Tilføj et teammedlem</translation>
    </message>
    <message>
        <source>Their calendar and contacts</source>
        <translation>Deres kalender og kontakter</translation>
    </message>
    <message>
        <source>Import a calendar (.ics), contacts (.vcf) or a spreadsheet of contacts (.csv), exported from Outlook, Google, Apple or a phone.</source>
        <translation>Importér en kalender (.ics), kontakter (.vcf) eller et regneark med kontakter (.csv), eksporteret fra Outlook, Google, Apple eller en telefon.</translation>
    </message>
    <message>
        <source>&amp;Import calendar and contacts…</source>
        <translation>&amp;Importér kalender og kontakter…</translation>
    </message>
    <message>
        <source>Or try the demo office</source>
        <translation>Eller prøv demokontoret</translation>
    </message>
    <message>
        <source>Open the &amp;demo office</source>
        <translation>Åbn &amp;demokontoret</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Spring &amp;over indtil videre</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Gem og begynd</translation>
    </message>
    <message>
        <source>The demo only fills an empty database, and this one already holds data.</source>
        <translation>Demoen fylder kun en tom database, og denne indeholder allerede data.</translation>
    </message>
    <message>
        <source>A made-up Danish office: an executive, three team members, 80 contacts, three weeks of appointments, calls, outings and two trips. Start a new database to begin for real.</source>
        <translation>Et opdigtet dansk kontor: en leder, tre teammedlemmer, 80 kontakter, tre ugers aftaler, opkald, arrangementer og to rejser. Start en ny database, når du vil begynde for alvor.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Week %1</source>
        <translation>Uge %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ICalExport</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>ICalImport</name>
    <message>
        <source>(no title)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>The event has no start (DTSTART).</source>
        <translation>Aftalen har ingen start (DTSTART).</translation>
    </message>
    <message>
        <source>The start or end is not a real date or time.</source>
        <translation>Start eller slut er ikke en gyldig dato eller tid.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Aftalen slutter, før den begynder.</translation>
    </message>
    <message>
        <source>The repeat rule (RRULE) or its exceptions are not valid.</source>
        <translation>Gentagelsesreglen (RRULE) eller dens undtagelser er ikke gyldige.</translation>
    </message>
    <message>
        <source>The RECURRENCE-ID is not a real date or time.</source>
        <translation>RECURRENCE-ID er ikke en gyldig dato eller tid.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>linje %1 (%2)</translation>
    </message>
    <message>
        <source>The file is not a complete iCalendar file.</source>
        <translation>Filen er ikke en komplet iCalendar-fil.</translation>
    </message>
    <message>
        <source>A changed occurrence whose series is not in the file.</source>
        <translation>En ændret forekomst, hvis serie ikke er i filen.</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Do not import</source>
        <translation>Importér ikke</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Mellemnavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobil)</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (arbejde)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (privat)</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefon (andet)</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-mail (arbejde)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-mail (privat)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-mail (andet)</translation>
    </message>
    <message>
        <source>Work address: street</source>
        <translation>Arbejdsadresse: vej</translation>
    </message>
    <message>
        <source>Work address: postcode</source>
        <translation>Arbejdsadresse: postnr.</translation>
    </message>
    <message>
        <source>Work address: city</source>
        <translation>Arbejdsadresse: by</translation>
    </message>
    <message>
        <source>Work address: country</source>
        <translation>Arbejdsadresse: land</translation>
    </message>
    <message>
        <source>Home address: street</source>
        <translation>Privatadresse: vej</translation>
    </message>
    <message>
        <source>Home address: postcode</source>
        <translation>Privatadresse: postnr.</translation>
    </message>
    <message>
        <source>Home address: city</source>
        <translation>Privatadresse: by</translation>
    </message>
    <message>
        <source>Home address: country</source>
        <translation>Privatadresse: land</translation>
    </message>
    <message>
        <source>Unique id (UID)</source>
        <translation>Entydigt id (UID)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importér som</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importér kolonnen %1 som</translation>
    </message>
    <message>
        <source>Kind of phone %1</source>
        <translation>Type af telefon %1</translation>
    </message>
    <message>
        <source>Kind of e-mail %1</source>
        <translation>Type af e-mail %1</translation>
    </message>
    <message>
        <source>Kind of address %1</source>
        <translation>Type af adresse %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>Address %1: %2</source>
        <translation>Adresse %1: %2</translation>
    </message>
    <message>
        <source>Choose at least one column with a name, a number or an e-mail.</source>
        <translation>Vælg mindst én kolonne med navn, nummer eller e-mail.</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 skipped.</source>
        <translation>%1 importeret, %2 opdateret, %3 sprunget over.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Importen er færdig</translation>
    </message>
    <message>
        <source>&amp;Skipped records:</source>
        <translation>&amp;Poster sprunget over:</translation>
    </message>
    <message>
        <source>Skipped records</source>
        <translation>Poster sprunget over</translation>
    </message>
</context>
<context>
    <name>Itinerary</name>
    <message>
        <source>No trip with ID %1.</source>
        <translation>Der er ingen rejse med ID %1.</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Rejseplan</translation>
    </message>
    <message>
        <source>none set up (Travel ▸ Emergency contacts)</source>
        <translation>ingen oprettet (Rejser ▸ Nødkontakter)</translation>
    </message>
    <message>
        <source>Emergency contacts:</source>
        <translation>Nødkontakter:</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Rejsende</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinationer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Time difference to home</source>
        <translation>Tidsforskel til hjemme</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hjemmetid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Booking references</source>
        <translation>Bookingnumre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Bookingnummer</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Sæde %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>Booking reference:</source>
        <translation>Bookingnummer:</translation>
    </message>
    <message>
        <source>Layover in %1</source>
        <translation>Mellemlanding i %1</translation>
    </message>
    <message>
        <source>Check-out: %1</source>
        <translation>Udtjekning: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Indtjekning: %1</translation>
    </message>
    <message>
        <source>No segments planned yet.</source>
        <translation>Der er endnu ikke planlagt noget på rejsen.</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Tag &amp;sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>Restore &amp;backup…</source>
        <translation>&amp;Gendan sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;øg</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Registrér et &amp;opkald…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Ops Assistant</source>
        <translation>&amp;Om Driftsassistent</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Kom godt i gang…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Sikkerhedskopien kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sikkerhedskopi gemt i %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnavn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>The merged contact gets %1 number(s), %2 e-mail(s), %3 address(es) and the groups: %4.</source>
        <translation>Den flettede kontakt får %1 nummer/numre, %2 e-mail(s), %3 adresse(r) og grupperne: %4.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Contact 1</source>
        <translation>Kontakt 1</translation>
    </message>
    <message>
        <source>Contact 2</source>
        <translation>Kontakt 2</translation>
    </message>
</context>
<context>
    <name>OutingEditorDialog</name>
    <message>
        <source>Outing</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Summer outing to Bakken</source>
        <translation>f.eks. Sommerudflugt til Bakken</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Kind of outing</source>
        <translation>Type arrangement</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Tids&amp;zone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tidszone</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Ste&amp;d:</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Name and address; start typing a contact&apos;s name to link it</source>
        <translation>Navn og adresse; skriv starten af en kontakts navn for at knytte den til</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangør:</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Currency of the budget</source>
        <translation>Budgettets valuta</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eskrivelse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Tilføj pu&amp;nkt</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Fjern punkt</translation>
    </message>
</context>
<context>
    <name>OutingLabels</name>
    <message>
        <source>Department meeting</source>
        <translation>Afdelingsmøde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Team outing</source>
        <translation>Personaleudflugt</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of outing</comment>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Under planlægning</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>outing status</comment>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Deltager ikke</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Venue</source>
        <comment>expense category</comment>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Mad</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gaver</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>expense category</comment>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Company card</source>
        <translation>Firmakort</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Eget udlæg</translation>
    </message>
</context>
<context>
    <name>OutingMoney</name>
    <message>
        <source>The exchange rate must be greater than 0.</source>
        <translation>Vekselkursen skal være større end 0.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Momssatsen skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <source>Unknown currency “{code}”. Use an ISO code such as DKK, EUR or SEK.</source>
        <translation>Ukendt valuta “{code}”. Brug en ISO-kode som DKK, EUR eller SEK.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Skriv et beløb.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” er ikke et tal.</translation>
    </message>
    <message>
        <source>{currency} has at most {digits} decimals.</source>
        <translation>{currency} har højst {digits} decimaler.</translation>
    </message>
    <message>
        <source>Enter the exchange rate, e.g. 7,4603.</source>
        <translation>Skriv vekselkursen, f.eks. 7,4603.</translation>
    </message>
    <message>
        <source>Enter the VAT rate in percent, e.g. 25.</source>
        <translation>Skriv momssatsen i procent, f.eks. 25.</translation>
    </message>
</context>
<context>
    <name>OutingReport</name>
    <message>
        <source>Give the number of the outing, e.g. “report outing 12”.</source>
        <translation>Angiv arrangementets nummer, f.eks. “report outing 12”.</translation>
    </message>
    <message>
        <source>There is no outing number {id}.</source>
        <translation>Der er intet arrangement med nummer {id}.</translation>
    </message>
    <message>
        <source>Outing: %1</source>
        <translation>Arrangement: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>No programme yet.</source>
        <translation>Intet program endnu.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthensyn</translation>
    </message>
    <message>
        <source>No participants yet.</source>
        <translation>Ingen deltagere endnu.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Ingen opgaver.</translation>
    </message>
    <message>
        <source>Expense statement</source>
        <translation>Udgiftsopgørelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betalt af</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Receipt: %1</source>
        <translation>Kvittering: %1</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Tilbagebetaling: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>Moms pr. sats</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Beløb inkl. moms</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Beløb ekskl. moms</translation>
    </message>
    <message>
        <source>No expenses yet.</source>
        <translation>Ingen udgifter endnu.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Per participant ({n} accepted)</source>
        <translation>Pr. deltager ({n} deltager)</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>VAT in total</source>
        <translation>Moms i alt</translation>
    </message>
    <message>
        <source>Reimbursements owed</source>
        <translation>Udlæg til refusion</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Nobody is owed anything.</source>
        <translation>Ingen har udlæg til gode.</translation>
    </message>
</context>
<context>
    <name>Outings</name>
    <message>
        <source>Enter a name or choose a contact.</source>
        <translation>Skriv et navn, eller vælg en kontakt.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Det er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Unknown reply.</source>
        <translation>Ukendt svar.</translation>
    </message>
    <message>
        <source>{total} participants: {accepted} accepted, {declined} declined, {no_reply} no reply</source>
        <translation>{total} deltagere: {accepted} deltager, {declined} deltager ikke, {no_reply} intet svar</translation>
    </message>
    <message>
        <source>Enter what has to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <source>Unknown kind of outing.</source>
        <translation>Ukendt type arrangement.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Ukendt status.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Ukendt tidszone.</translation>
    </message>
    <message>
        <source>The start and end need a time zone.</source>
        <translation>Start og slut skal have en tidszone.</translation>
    </message>
    <message>
        <source>The outing must end after it starts.</source>
        <translation>Arrangementet skal slutte efter, det er begyndt.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Budgettet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Every programme item needs a title.</source>
        <translation>Hvert programpunkt skal have en titel.</translation>
    </message>
    <message>
        <source>Programme times need a time zone.</source>
        <translation>Programmets tidspunkter skal have en tidszone.</translation>
    </message>
    <message>
        <source>Enter what the money was spent on.</source>
        <translation>Skriv, hvad pengene blev brugt til.</translation>
    </message>
    <message>
        <source>A negative amount is only possible as a refund: tick “Refund” and enter the amount without a minus.</source>
        <translation>Et negativt beløb er kun muligt som tilbagebetaling: sæt flueben ved “Tilbagebetaling”, og skriv beløbet uden minus.</translation>
    </message>
    <message>
        <source>Enter an amount greater than 0.</source>
        <translation>Skriv et beløb større end 0.</translation>
    </message>
    <message>
        <source>The rate is 1 when the expense is in the outing&apos;s own currency.</source>
        <translation>Kursen er 1, når udgiften er i arrangementets egen valuta.</translation>
    </message>
    <message>
        <source>Unknown category.</source>
        <translation>Ukendt kategori.</translation>
    </message>
    <message>
        <source>Unknown way of paying.</source>
        <translation>Ukendt betalingsmåde.</translation>
    </message>
    <message>
        <source>Enter who paid, so the statement shows who is owed.</source>
        <translation>Skriv, hvem der har lagt ud, så opgørelsen viser, hvem der skal have pengene tilbage.</translation>
    </message>
    <message>
        <source>The receipt file cannot be found.</source>
        <translation>Kvitteringsfilen findes ikke.</translation>
    </message>
</context>
<context>
    <name>OutingsGui</name>
    <message>
        <source>Attach receipt</source>
        <translation>Vedhæft kvittering</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg *.heic);;All files (*)</source>
        <translation>Kvitteringer (*.pdf *.png *.jpg *.jpeg *.heic);;Alle filer (*)</translation>
    </message>
    <message>
        <source>File to attach: {name}</source>
        <translation>Fil, der vedhæftes: {name}</translation>
    </message>
    <message>
        <source>Attached file: {name}</source>
        <translation>Vedhæftet fil: {name}</translation>
    </message>
    <message>
        <source>{outing} for 1 {currency}</source>
        <translation>{outing} for 1 {currency}</translation>
    </message>
    <message>
        <source>{amount}, of which VAT {vat}</source>
        <translation>{amount}, heraf moms {vat}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>New outing</source>
        <translation>Nyt arrangement</translation>
    </message>
    <message>
        <source>Change outing</source>
        <translation>Ret arrangement</translation>
    </message>
    <message>
        <source>Write programme times as 14:30 (or 13-06-2026 14:30).</source>
        <translation>Skriv programmets tidspunkter som 14:30 (eller 13-06-2026 14:30).</translation>
    </message>
    <message>
        <source>Unknown time zone. Use a name such as Europe/Copenhagen.</source>
        <translation>Ukendt tidszone. Brug et navn som Europe/Copenhagen.</translation>
    </message>
    <message>
        <source>Team member: {name}</source>
        <translation>Teammedlem: {name}</translation>
    </message>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <source>Discard the changes you made?</source>
        <translation>Vil du kassere dine ændringer?</translation>
    </message>
</context>
<context>
    <name>OutingsPanel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Delete outing “%1”</source>
        <translation>Slet arrangementet “%1”</translation>
    </message>
    <message>
        <source>Outing report (PDF)…</source>
        <translation>Rapport over arrangement (PDF)…</translation>
    </message>
    <message>
        <source>Outing report</source>
        <translation>Rapport over arrangement</translation>
    </message>
    <message>
        <source>Choose an outing first.</source>
        <translation>Vælg først et arrangement.</translation>
    </message>
    <message>
        <source>Save outing report</source>
        <translation>Gem rapport over arrangement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an outing above, or add one with “New outing”.</source>
        <translation>Vælg et arrangement ovenfor, eller opret et med “Nyt arrangement”.</translation>
    </message>
    <message>
        <source>No outings yet. Press “New outing” to plan a meeting, an event or a team outing.</source>
        <translation>Ingen arrangementer endnu. Tryk på “Nyt arrangement” for at planlægge et møde, et arrangement eller en personaleudflugt.</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Arrangør:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tidszone:</translation>
    </message>
    <message>
        <source>No participants yet. Add people from your contacts or the team.</source>
        <translation>Ingen deltagere endnu. Tilføj personer fra kontakterne eller teamet.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>No tasks yet. Add what has to be done, with a due date.</source>
        <translation>Ingen opgaver endnu. Tilføj, hvad der skal gøres, med en frist.</translation>
    </message>
    <message>
        <source>Refund: %1</source>
        <translation>Tilbagebetaling: %1</translation>
    </message>
    <message>
        <source>Remove %1 from the participants?</source>
        <translation>Fjern %1 fra deltagerne?</translation>
    </message>
    <message>
        <source>E-mail participants</source>
        <translation>Mail til deltagerne</translation>
    </message>
    <message>
        <source>No participant has an e-mail address.</source>
        <translation>Ingen af deltagerne har en e-mailadresse.</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Eksportér deltagere</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Delete the expense “%1”?</source>
        <translation>Slet udgiften “%1”?</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Bekræft venligst</translation>
    </message>
</context>
<context>
    <name>OutingsPanelForm</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Search outings</source>
        <translation>Søg i arrangementer</translation>
    </message>
    <message>
        <source>Title, venue or description</source>
        <translation>Titel, sted eller beskrivelse</translation>
    </message>
    <message>
        <source>Only &amp;planned and confirmed</source>
        <translation>Kun &amp;planlagte og bekræftede</translation>
    </message>
    <message>
        <source>&amp;New outing</source>
        <translation>&amp;Nyt arrangement</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;edigér</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>R&amp;apport (PDF)…</translation>
    </message>
    <message>
        <source>Outings</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthensyn</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Tilføj deltager…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>E-&amp;mail all…</source>
        <translation>&amp;Mail til alle…</translation>
    </message>
    <message>
        <source>Export list (CSV)…</source>
        <translation>Eksportér liste (CSV)…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>Tilføj &amp;opgave…</translation>
    </message>
    <message>
        <source>Budget and expenses</source>
        <translation>Budget og udgifter</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Udgifter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Betalt af</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Add e&amp;xpense…</source>
        <translation>Tilføj &amp;udgift…</translation>
    </message>
    <message>
        <source>Open receipt</source>
        <translation>Åbn kvittering</translation>
    </message>
    <message>
        <source>Choose an outing above, or add one with “New outing”.</source>
        <translation>Vælg et arrangement ovenfor, eller opret et med “Nyt arrangement”.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type to find a contact or team member</source>
        <translation>Skriv for at finde en kontakt eller et teammedlem</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>&amp;Kosthensyn:</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kosthensyn</translation>
    </message>
    <message>
        <source>e.g. vegetarian, no nuts</source>
        <translation>f.eks. vegetar, ingen nødder</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bemærkninger:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbejde</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Without organisation</source>
        <translation>Uden organisation</translation>
    </message>
    <message>
        <source>Group the phone list by “letter” or “organisation”.</source>
        <translation>Gruppér telefonlisten efter “letter” (forbogstav) eller “organisation”.</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Telefonliste</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Efter organisation</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Efter navn</translation>
    </message>
    <message>
        <source>There are no contacts yet.</source>
        <translation>Der er ingen kontakter endnu.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>⚠ Not recognised</source>
        <translation>⚠ Ikke genkendt</translation>
    </message>
    <message>
        <source>The number is kept exactly as typed.</source>
        <translation>Nummeret gemmes præcis, som det er skrevet.</translation>
    </message>
</context>
<context>
    <name>PrincipalCard</name>
    <message>
        <source>On the way to %1, lands %2 local time</source>
        <translation>På vej til %1, lander %2 lokal tid</translation>
    </message>
    <message>
        <source>Travelling — %1, local time %2</source>
        <translation>På rejse — %1, lokal tid %2</translation>
    </message>
    <message>
        <source>In a meeting until %1</source>
        <translation>I møde til %1</translation>
    </message>
    <message>
        <source>Away: %1 until %2</source>
        <translation>Væk: %1 indtil %2</translation>
    </message>
    <message>
        <source>Away: %1, through %2</source>
        <translation>Væk: %1, til og med %2</translation>
    </message>
    <message>
        <source>Away today: %1</source>
        <translation>Væk i dag: %1</translation>
    </message>
    <message>
        <source>Outside working hours (%1–%2)</source>
        <translation>Uden for arbejdstid (%1–%2)</translation>
    </message>
    <message>
        <source>In the office</source>
        <translation>På kontoret</translation>
    </message>
    <message>
        <source>Nothing booked in the next two weeks.</source>
        <translation>Intet aftalt de næste to uger.</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>i morgen %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Næste: %1 %2</translation>
    </message>
    <message>
        <source>%1 more due this week</source>
        <translation>%1 mere med frist i denne uge</translation>
    </message>
    <message>
        <source>Call back %1 by %2</source>
        <translation>Ring tilbage til %1 senest %2</translation>
    </message>
    <message>
        <source>%1 (%2) due %3</source>
        <translation>%1 (%2) senest %3</translation>
    </message>
    <message>
        <source>Overdue:</source>
        <translation>Overskredet:</translation>
    </message>
</context>
<context>
    <name>Principals</name>
    <message>
        <source>Enter a name.</source>
        <translation>Skriv et navn.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Ukendt tidszone.</translation>
    </message>
    <message>
        <source>Use HH:MM, e.g. 08:30.</source>
        <translation>Skriv TT:MM, f.eks. 08:30.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Arbejdsdagen skal slutte, efter den begynder.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Ukendt rolle.</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Registrér opkald</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Opkalder:</translation>
    </message>
    <message>
        <source>Number or name (empty: withheld number)</source>
        <translation>Nummer eller navn (tomt: skjult nummer)</translation>
    </message>
    <message>
        <source>Caller&apos;s number or name</source>
        <translation>Opkalderens nummer eller navn</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Kontakter der passer</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Besked:</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Enter gemmer; Shift+Enter giver ny linje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Call &amp;back by:</source>
        <translation>Ring &amp;tilbage senest:</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Ring tilbage senest</translation>
    </message>
    <message>
        <source>Exact call-back time</source>
        <translation>Præcist tidspunkt for tilbageringning</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>Ti&amp;l:</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Til hvem</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <source>&amp;Incoming</source>
        <translation>&amp;Indgående</translation>
    </message>
    <message>
        <source>&amp;Outgoing</source>
        <translation>&amp;Udgående</translation>
    </message>
    <message>
        <source>Mi&amp;ssed</source>
        <translation>Ubes&amp;varet</translation>
    </message>
    <message>
        <source>Message slip:</source>
        <translation>Telefonbesked:</translation>
    </message>
    <message>
        <source>&amp;Telephoned</source>
        <translation>Har ri&amp;nget</translation>
    </message>
    <message>
        <source>&amp;Please call back</source>
        <translation>&amp;Ring venligst tilbage</translation>
    </message>
    <message>
        <source>&amp;Will call again</source>
        <translation>Ring&amp;er igen</translation>
    </message>
    <message>
        <source>&amp;Returned your call</source>
        <translation>Har ringet tilb&amp;age</translation>
    </message>
    <message>
        <source>Came to s&amp;ee you</source>
        <translation>Var her for at tale &amp;med dig</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Haster</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Varighe&amp;d:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighed i minutter</translation>
    </message>
    <message>
        <source>No call-back</source>
        <translation>Ingen tilbageringning</translation>
    </message>
    <message>
        <source>Exact time…</source>
        <translation>Præcist tidspunkt…</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Ingen bestemt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>Pick a contact with ↓ and Enter, or go on typing.</source>
        <translation>Vælg en kontakt med ↓ og Enter, eller skriv videre.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukendt opkalder</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Det tidspunkt er allerede passeret.</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>Kassér dette opkald?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Det du har skrevet, er ikke gemt. Vil du kassere det?</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <source>S&amp;nooze for:</source>
        <translation>&amp;Udsæt i:</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Udsæt i</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Ud&amp;sæt</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Begynder %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Agenda for a day</source>
        <translation>Dagsorden for en dag</translation>
    </message>
    <message>
        <source>Week overview</source>
        <translation>Ugeoversigt</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Opkaldsliste</translation>
    </message>
    <message>
        <source>Phone list</source>
        <translation>Telefonliste</translation>
    </message>
    <message>
        <source>Outing: plan and expense statement</source>
        <translation>Arrangement: plan og udgiftsopgørelse</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Rejseplan</translation>
    </message>
    <message>
        <source>The day&apos;s appointments, hour by hour, for everyone or one person.</source>
        <translation>Dagens aftaler time for time, for alle eller for én person.</translation>
    </message>
    <message>
        <source>The whole week that contains the date, day by day.</source>
        <translation>Hele ugen med den valgte dato, dag for dag.</translation>
    </message>
    <message>
        <source>Open phone messages and the day&apos;s calls, per person.</source>
        <translation>Åbne telefonbeskeder og dagens opkald, pr. person.</translation>
    </message>
    <message>
        <source>Every contact with their phone numbers, for the desk or the wall.</source>
        <translation>Alle kontakter med deres telefonnumre – til skrivebordet eller opslagstavlen.</translation>
    </message>
    <message>
        <source>Programme, participants, tasks and the expense statement of one outing.</source>
        <translation>Program, deltagere, opgaver og udgiftsopgørelse for ét arrangement.</translation>
    </message>
    <message>
        <source>Every flight, hotel and meeting of a trip, in local time and home time.</source>
        <translation>Alle fly, hoteller og møder på en rejse, i lokal tid og hjemmetid.</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alfabetisk</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Efter firma</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>There are no outings yet. Create one under Outings first.</source>
        <translation>Der er endnu ingen arrangementer. Opret først et under Arrangementer.</translation>
    </message>
    <message>
        <source>There are no trips yet. Plan one under Travel first.</source>
        <translation>Der er endnu ingen rejser. Planlæg først en under Rejser.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>This report is not available in this version.</source>
        <translation>Denne rapport findes ikke i denne version.</translation>
    </message>
    <message>
        <source>The report could not be made: {reason}</source>
        <translation>Rapporten kunne ikke laves: {reason}</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Gem rapport som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation>Rapporten er gemt som {path}.</translation>
    </message>
    <message>
        <source>Print preview – {title}</source>
        <translation>Vis udskrift – {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>&amp;Outing:</source>
        <translation>&amp;Arrangement:</translation>
    </message>
    <message>
        <source>Outing</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>&amp;Trip:</source>
        <translation>Re&amp;jse:</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppering:</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Gruppering</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;sprog:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportens sprog</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vis udskrift</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <source>Safety copy before a restore</source>
        <translation>Sikkerhedskopi fra før en gendannelse</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Fra før en programopdatering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>A backup is a copy of all your data – contacts, calendar, calls, outings and travel – that you can go back to if something goes wrong.</source>
        <translation>En sikkerhedskopi er en kopi af alle dine data – kontakter, kalender, opkald, arrangementer og rejser – som du kan vende tilbage til, hvis noget går galt.</translation>
    </message>
    <message>
        <source>Ops Assistant takes one automatically the first time it starts each day and keeps it in this folder:</source>
        <translation>Driftsassistent tager automatisk en, første gang programmet startes hver dag, og gemmer den i denne mappe:</translation>
    </message>
    <message>
        <source>To take one now, choose %1.</source>
        <translation>Vælg %1 for at tage en nu.</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Ingen sikkerhedskopier endnu</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>Vil du gendanne sikkerhedskopien fra %1?</translation>
    </message>
    <message>
        <source>Everything entered since then will be replaced by the backup. The current data is first kept as a safety copy in the backup folder, so you can go back to it.</source>
        <translation>Alt, hvad der er indtastet siden, erstattes af sikkerhedskopien. De nuværende data gemmes først som en sikkerhedskopi i mappen med sikkerhedskopier, så du kan vende tilbage til dem.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1 The current data was not changed.</source>
        <translation>Sikkerhedskopien kunne ikke gendannes: %1 De nuværende data er ikke ændret.</translation>
    </message>
    <message>
        <source>The backup from %1 was restored. The data it replaced was kept as %2.</source>
        <translation>Sikkerhedskopien fra %1 er gendannet. De data, den erstattede, er gemt som %2.</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current data is kept as a safety copy, so a restore can itself be undone.</source>
        <translation>Vælg den sikkerhedskopi, du vil vende tilbage til. De nuværende data gemmes som en sikkerhedskopi, så en gendannelse selv kan fortrydes.</translation>
    </message>
    <message>
        <source>&amp;Backups:</source>
        <translation>&amp;Sikkerhedskopier:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Open backup &amp;folder</source>
        <translation>Åbn &amp;mappen med sikkerhedskopier</translation>
    </message>
</context>
<context>
    <name>SegmentEditorDialog</name>
    <message>
        <source>Segment</source>
        <translation>Rejsepunkt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Kind of segment</source>
        <translation>Type rejsepunkt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Meeting with the distributor</source>
        <translation>fx møde med forhandleren</translation>
    </message>
    <message>
        <source>&amp;From airport:</source>
        <translation>&amp;Fra lufthavn:</translation>
    </message>
    <message>
        <source>From airport</source>
        <translation>Fra lufthavn</translation>
    </message>
    <message>
        <source>IATA code or city, e.g. CPH</source>
        <translation>IATA-kode eller by, fx CPH</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fr&amp;a:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>T&amp;o airport:</source>
        <translation>T&amp;il lufthavn:</translation>
    </message>
    <message>
        <source>To airport</source>
        <translation>Til lufthavn</translation>
    </message>
    <message>
        <source>IATA code or city, e.g. NRT</source>
        <translation>IATA-kode eller by, fx NRT</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Afgang:</translation>
    </message>
    <message>
        <source>Departure, local time</source>
        <translation>Afgang, lokal tid</translation>
    </message>
    <message>
        <source>Time zone of the departure</source>
        <translation>Tidszone for afgangen</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>A&amp;nkomst:</translation>
    </message>
    <message>
        <source>Arrival, local time</source>
        <translation>Ankomst, lokal tid</translation>
    </message>
    <message>
        <source>Time zone of the arrival</source>
        <translation>Tidszone for ankomsten</translation>
    </message>
    <message>
        <source>Air&amp;line:</source>
        <translation>F&amp;lyselskab:</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Flyselskab</translation>
    </message>
    <message>
        <source>Flight &amp;number:</source>
        <translation>Fly&amp;nummer:</translation>
    </message>
    <message>
        <source>Flight number</source>
        <translation>Flynummer</translation>
    </message>
    <message>
        <source>Ter&amp;minal:</source>
        <translation>Ter&amp;minal:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>S&amp;eat:</source>
        <translation>S&amp;æde:</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sæde</translation>
    </message>
    <message>
        <source>&amp;Booking reference:</source>
        <translation>&amp;Bookingnummer:</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Bookingnummer</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Appo&amp;intment:</source>
        <translation>Afta&amp;le:</translation>
    </message>
    <message>
        <source>Calendar appointment shown for this meeting</source>
        <translation>Kalenderaftale, der vises for dette møde</translation>
    </message>
    <message>
        <source>Atten&amp;dees:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Tilføj en deltager</translation>
    </message>
    <message>
        <source>Type a contact&apos;s name and press Enter</source>
        <translation>Skriv en kontakts navn, og tryk på Enter</translation>
    </message>
    <message>
        <source>Attendees (Delete removes one)</source>
        <translation>Deltagere (Delete fjerner en)</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;ter:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>New appointment, made from this segment</source>
        <translation>Ny aftale, oprettet ud fra dette punkt</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Varighed: %1</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>&amp;Indtjekning:</translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation>&amp;Udtjekning:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>S&amp;lut:</translation>
    </message>
    <message>
        <source>From &amp;city:</source>
        <translation>Fra &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>&amp;Hotel:</translation>
    </message>
    <message>
        <source>Fro&amp;m station:</source>
        <translation>Fra st&amp;ation:</translation>
    </message>
    <message>
        <source>&amp;Restaurant:</source>
        <translation>&amp;Restaurant:</translation>
    </message>
    <message>
        <source>Pick-&amp;up:</source>
        <translation>&amp;Afhentning:</translation>
    </message>
    <message>
        <source>Nights: %1</source>
        <translation>Nætter: %1</translation>
    </message>
    <message>
        <source>arrives %1 (local date)</source>
        <translation>ankommer %1 (lokal dato)</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>To city:</source>
        <translation>Til by:</translation>
    </message>
    <message>
        <source>To station:</source>
        <translation>Til station:</translation>
    </message>
    <message>
        <source>Drop-off:</source>
        <translation>Aflevering:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Togselskab:</translation>
    </message>
    <message>
        <source>Compan&amp;y:</source>
        <translation>Fi&amp;rma:</translation>
    </message>
    <message>
        <source>Train &amp;number:</source>
        <translation>Tog&amp;nummer:</translation>
    </message>
    <message>
        <source>Refere&amp;nce:</source>
        <translation>Refere&amp;nce:</translation>
    </message>
    <message>
        <source>Platfor&amp;m:</source>
        <translation>S&amp;por:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nyt rejsepunkt</translation>
    </message>
    <message>
        <source>Edit segment</source>
        <translation>Redigér rejsepunkt</translation>
    </message>
    <message>
        <source>Discard the changes to this segment?</source>
        <translation>Vil du kassere ændringerne i dette rejsepunkt?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Executive and team</source>
        <translation>Leder og team</translation>
    </message>
    <message>
        <source>Executive and team members</source>
        <translation>Leder og teammedlemmer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>S&amp;tilling:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Farve:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Discard the changes you made in Settings?</source>
        <translation>Vil du kassere de ændringer, du har lavet i Indstillinger?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Home &amp;time zone:</source>
        <translation>&amp;Hjemmetidszone:</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Hjemmetidszone</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>&amp;Arbejdstid:</translation>
    </message>
    <message>
        <source>Working day starts</source>
        <translation>Arbejdsdagen begynder</translation>
    </message>
    <message>
        <source>Working day ends</source>
        <translation>Arbejdsdagen slutter</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbejdsdage:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
    <message>
        <source>Save in a dialog</source>
        <translation>Gem i en dialogboks</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Cancel a dialog</source>
        <translation>Annuller en dialogboks</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
    <message>
        <source>{path} is already open in Ops Assistant; that window was brought to the front.</source>
        <translation>{path} er allerede åben i Driftsassistent; det vindue er hentet frem.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <source>e.g. Book the bus</source>
        <translation>f.eks. Bestil bussen</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Har en frist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Udført</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Log a call…</source>
        <translation>Registrér et opkald…</translation>
    </message>
    <message>
        <source>Log a call or a phone message (Ctrl+L)</source>
        <translation>Registrér et opkald eller en telefonbesked (Ctrl+L)</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Dagens aftaler</translation>
    </message>
    <message>
        <source>Open call-backs</source>
        <translation>Åbne tilbageringninger</translation>
    </message>
    <message>
        <source>Task deadlines</source>
        <translation>Opgavefrister</translation>
    </message>
    <message>
        <source>Upcoming trips</source>
        <translation>Kommende rejser</translation>
    </message>
    <message>
        <source>Birthdays this week</source>
        <translation>Fødselsdage den næste uge</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Ingen aftaler i dag.</translation>
    </message>
    <message>
        <source>%1 more in the call log…</source>
        <translation>%1 mere i opkaldsloggen…</translation>
    </message>
    <message>
        <source>No open call-backs. Well done.</source>
        <translation>Ingen åbne tilbageringninger. Godt klaret.</translation>
    </message>
    <message>
        <source>No tasks due in the coming week.</source>
        <translation>Ingen opgaver med frist den kommende uge.</translation>
    </message>
    <message>
        <source>No trips in the next 30 days.</source>
        <translation>Ingen rejser de næste 30 dage.</translation>
    </message>
    <message>
        <source>No birthdays in the coming week.</source>
        <translation>Ingen fødselsdage den kommende uge.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukendt opkalder</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>call back by %1</source>
        <translation>ring tilbage senest %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <source>(turns %1)</source>
        <translation>(fylder %1)</translation>
    </message>
</context>
<context>
    <name>TransferDialogs</name>
    <message>
        <source>{path} could not be read: {reason}. Nothing was imported from it.</source>
        <translation>{path} kunne ikke læses: {reason}. Intet er importeret fra den.</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {skipped} skipped</source>
        <translation>{imported} importeret, {updated} opdateret, {skipped} sprunget over</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Hvorfor den blev sprunget over</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen er færdig</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.vcf *.ics *.csv);;All files (*)</source>
        <translation>Kontakter og kalendere (*.vcf *.ics *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Contacts as vCard (.vcf)</source>
        <translation>Kontakter som vCard (.vcf)</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0 (.vcf)</source>
        <translation>Kontakter som vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <source>Contacts as a spreadsheet (.csv)</source>
        <translation>Kontakter som regneark (.csv)</translation>
    </message>
    <message>
        <source>Calendar as iCalendar (.ics)</source>
        <translation>Kalender som iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Call log as a spreadsheet (.csv)</source>
        <translation>Opkaldslog som regneark (.csv)</translation>
    </message>
    <message>
        <source>Outing expenses as a spreadsheet (.csv)</source>
        <translation>Udgifter til arrangementer som regneark (.csv)</translation>
    </message>
    <message>
        <source>For phones, Outlook, Google and Apple Contacts.</source>
        <translation>Til telefoner, Outlook, Google og Apple Kontakter.</translation>
    </message>
    <message>
        <source>The newer vCard version, for Google and recent Apple Contacts.</source>
        <translation>Den nyere vCard-version, til Google og nyere udgaver af Apple Kontakter.</translation>
    </message>
    <message>
        <source>One row per contact, for Excel or LibreOffice.</source>
        <translation>Én række pr. kontakt, til Excel eller LibreOffice.</translation>
    </message>
    <message>
        <source>Every appointment, with repeats and time zones, for any calendar program.</source>
        <translation>Alle aftaler med gentagelser og tidszoner, til ethvert kalenderprogram.</translation>
    </message>
    <message>
        <source>Every call and message, for Excel or LibreOffice.</source>
        <translation>Alle opkald og beskeder, til Excel eller LibreOffice.</translation>
    </message>
    <message>
        <source>Every expense line of every outing, for the bookkeeping.</source>
        <translation>Alle udgiftslinjer for alle arrangementer, til bogholderiet.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>The export could not be written: {reason}. Nothing was saved.</source>
        <translation>Eksporten kunne ikke skrives: {reason}. Intet er gemt.</translation>
    </message>
    <message>
        <source>Export finished: {count} written to {path}.</source>
        <translation>Eksporten er færdig: {count} gemt i {path}.</translation>
    </message>
</context>
<context>
    <name>Travel</name>
    <message>
        <source>Flight</source>
        <translation>Fly</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tog</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enter a title for the trip.</source>
        <translation>Skriv en titel på rejsen.</translation>
    </message>
    <message>
        <source>The trip cannot end before it starts.</source>
        <translation>Rejsen kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>Unknown traveller.</source>
        <translation>Ukendt rejsende.</translation>
    </message>
    <message>
        <source>Unknown kind of segment.</source>
        <translation>Ukendt type rejsepunkt.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Ukendt tidszone.</translation>
    </message>
    <message>
        <source>Unknown airport code.</source>
        <translation>Ukendt lufthavnskode.</translation>
    </message>
    <message>
        <source>Enter an airport code or a city.</source>
        <translation>Skriv en lufthavnskode eller en by.</translation>
    </message>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>Skriv hotellets navn.</translation>
    </message>
    <message>
        <source>Enter where it leaves from.</source>
        <translation>Skriv, hvor der køres fra.</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Skriv noten.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <source>It must end after it starts (mind the time zones).</source>
        <translation>Det skal slutte, efter det begynder (husk tidszonerne).</translation>
    </message>
    <message>
        <source>A segment cannot last more than 60 days.</source>
        <translation>Et rejsepunkt kan højst vare 60 dage.</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Aftalen findes ikke længere.</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Bookingnummer: %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>Seat: %1</source>
        <translation>Sæde: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Indtjekning</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Udtjekning</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>%1 overlaps %2.</source>
        <translation>%1 overlapper %2.</translation>
    </message>
    <message>
        <source>No hotel for the night after %1.</source>
        <translation>Intet hotel natten efter %1.</translation>
    </message>
</context>
<context>
    <name>TravelPanel</name>
    <message>
        <source>Move trip “%1” to the trash</source>
        <translation>Flyt rejsen “%1” til papirkurven</translation>
    </message>
    <message>
        <source>New trip (Ctrl+N)</source>
        <translation>Ny rejse (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a flight, train, hotel, meeting… (Ctrl+Shift+N)</source>
        <translation>Tilføj fly, tog, hotel, møde osv. (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save the itinerary as PDF to print or take along</source>
        <translation>Gem rejseplanen som PDF til udskrift eller til at have med</translation>
    </message>
    <message>
        <source>Itinerary…</source>
        <translation>Rejseplan…</translation>
    </message>
    <message>
        <source>No trip chosen</source>
        <translation>Ingen rejse valgt</translation>
    </message>
    <message>
        <source>Choose a trip on the left, or make a new one with Ctrl+N. Then add its flights, trains, hotels and meetings; each keeps its own time zone.</source>
        <translation>Vælg en rejse til venstre, eller opret en ny med Ctrl+N. Tilføj derefter fly, tog, hoteller og møder; hvert punkt beholder sin egen tidszone.</translation>
    </message>
    <message>
        <source>no traveller chosen</source>
        <translation>ingen rejsende valgt</translation>
    </message>
    <message>
        <source>Home time: %1</source>
        <translation>Hjemmetid: %1</translation>
    </message>
    <message>
        <source>No segments yet — add the first flight, train or hotel with Ctrl+Shift+N.</source>
        <translation>Intet planlagt endnu – tilføj det første fly, tog eller hotel med Ctrl+Shift+N.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Slet rejsepunkt</translation>
    </message>
    <message>
        <source>Save itinerary</source>
        <translation>Gem rejseplan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Rejseplan</translation>
    </message>
    <message>
        <source>Could not save the itinerary: %1</source>
        <translation>Rejseplanen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Export trip to calendar</source>
        <translation>Eksportér rejsen til kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Layover in %1</source>
        <translation>Mellemlanding i %1</translation>
    </message>
    <message>
        <source>Check-out: %1</source>
        <translation>Udtjekning: %1</translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Indtjekning: %1</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Bookingnummer: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Ops Assistant</source>
        <translation>Driftsassistent</translation>
    </message>
    <message>
        <source>&amp;Show Ops Assistant</source>
        <translation>&amp;Vis Driftsassistent</translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation>Næste aftaler</translation>
    </message>
    <message>
        <source>No appointments in the next 7 days</source>
        <translation>Ingen aftaler de næste 7 dage</translation>
    </message>
    <message>
        <source>Open call-backs</source>
        <translation>Åbne tilbageringninger</translation>
    </message>
    <message>
        <source>No open call-backs</source>
        <translation>Ingen åbne tilbageringninger</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>&amp;Registrér et opkald…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, hele dagen</translation>
    </message>
    <message>
        <source>Withheld number</source>
        <translation>Skjult nummer</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (senest %2)</translation>
    </message>
</context>
<context>
    <name>TripEditorDialog</name>
    <message>
        <source>Trip</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Sales visit to Tokyo</source>
        <translation>fx salgsbesøg i Tokyo</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Tra&amp;vellers:</source>
        <translation>&amp;Rejsende:</translation>
    </message>
    <message>
        <source>Travellers (Space ticks)</source>
        <translation>Rejsende (mellemrum sætter flueben)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>First day of the trip</source>
        <translation>Rejsens første dag</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>Last day of the trip</source>
        <translation>Rejsens sidste dag</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Ny rejse</translation>
    </message>
    <message>
        <source>Edit trip</source>
        <translation>Redigér rejse</translation>
    </message>
    <message>
        <source>Discard the changes to this trip?</source>
        <translation>Vil du kassere ændringerne i denne rejse?</translation>
    </message>
</context>
<context>
    <name>TripEmergencyDialog</name>
    <message>
        <source>Emergency contacts</source>
        <translation>Nødkontakter</translation>
    </message>
    <message>
        <source>&amp;Assistant:</source>
        <translation>&amp;Assistent:</translation>
    </message>
    <message>
        <source>Assistant&apos;s name</source>
        <translation>Assistentens navn</translation>
    </message>
    <message>
        <source>Assistant&apos;s &amp;phone:</source>
        <translation>Assistentens &amp;telefon:</translation>
    </message>
    <message>
        <source>Assistant&apos;s phone</source>
        <translation>Assistentens telefon</translation>
    </message>
    <message>
        <source>Assistant&apos;s &amp;e-mail:</source>
        <translation>Assistentens &amp;e-mail:</translation>
    </message>
    <message>
        <source>Assistant&apos;s e-mail</source>
        <translation>Assistentens e-mail</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kontor:</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Kontorets navn</translation>
    </message>
    <message>
        <source>e.g. Nordlys A/S</source>
        <translation>fx Nordlys A/S</translation>
    </message>
    <message>
        <source>Office p&amp;hone:</source>
        <translation>Kontorets tele&amp;fon:</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Kontorets telefon</translation>
    </message>
    <message>
        <source>Printed on every page of the itinerary, with the executive and team members who are not travelling.</source>
        <translation>Udskrives på hver side af rejseplanen sammen med lederen og de teammedlemmer, der ikke er med på rejsen.</translation>
    </message>
</context>
<context>
    <name>TripPanel</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>Search trips</source>
        <translation>Søg i rejser</translation>
    </message>
    <message>
        <source>Title, destination or traveller</source>
        <translation>Titel, destination eller rejsende</translation>
    </message>
    <message>
        <source>Show &amp;past trips</source>
        <translation>Vis t&amp;idligere rejser</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Travellers</source>
        <translation>Rejsende</translation>
    </message>
    <message>
        <source>&amp;New trip…</source>
        <translation>&amp;Ny rejse…</translation>
    </message>
    <message>
        <source>&amp;Edit trip…</source>
        <translation>&amp;Redigér rejse…</translation>
    </message>
    <message>
        <source>E&amp;mergency contacts…</source>
        <translation>Nød&amp;kontakter…</translation>
    </message>
    <message>
        <source>Timeline of the trip</source>
        <translation>Rejsens tidslinje</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Lokal tid</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hjemmetid</translation>
    </message>
    <message>
        <source>&amp;Add segment…</source>
        <translation>&amp;Tilføj rejsepunkt…</translation>
    </message>
    <message>
        <source>Edi&amp;t segment…</source>
        <translation>R&amp;edigér rejsepunkt…</translation>
    </message>
    <message>
        <source>&amp;Delete segment</source>
        <translation>S&amp;let rejsepunkt</translation>
    </message>
    <message>
        <source>Export to &amp;phone (.ics)…</source>
        <translation>Eksportér til tele&amp;fon (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Itinerary PDF…</source>
        <translation>Rejse&amp;plan som PDF…</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
</context>
<context>
    <name>WeekReport</name>
    <message>
        <source>Week overview</source>
        <translation>Ugeoversigt</translation>
    </message>
    <message>
        <source>There are no principals yet.</source>
        <translation>Der er endnu ingen personer.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Nothing booked</source>
        <translation>Intet planlagt</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
</TS>
