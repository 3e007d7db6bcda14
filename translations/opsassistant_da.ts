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
        <source>Reports are printed with the bundled DejaVu Sans fonts (Bitstream Vera licence, DejaVu changes in the public domain), which also draw Arabic and Hebrew, and names in Chinese, Japanese or Korean with Droid Sans Fallback (Apache License 2.0). The licences are reproduced below in English, as they were published.</source>
        <translation>Rapporterne udskrives med de medfølgende DejaVu Sans-skrifttyper (Bitstream Vera-licens, DejaVus ændringer er i public domain), som også tegner arabisk og hebraisk, og navne på kinesisk, japansk eller koreansk med Droid Sans Fallback (Apache License 2.0). Licenserne er gengivet nedenfor på engelsk, som de blev udgivet.</translation>
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
    <name>AccountsDialog</name>
    <message>
        <source>Calendar accounts</source>
        <translation>Kalenderkonti</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronisér nu</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalendere</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Hvis</translation>
    </message>
    <message>
        <source>Attendee&apos;s e-mail (free/busy)</source>
        <translation>Deltagers e-mail (ledig/optaget)</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synkroniseringslog</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikter (%1)…</translation>
    </message>
    <message>
        <source>No calendar account yet. Add the executive&apos;s calendar server (Nextcloud, iCloud, Fastmail, Radicale …) to see and book in the real calendar.</source>
        <translation>Ingen kalenderkonto endnu. Tilføj lederens kalenderserver (Nextcloud, iCloud, Fastmail, Radicale …) for at se og booke i den rigtige kalender.</translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>Seneste synkronisering mislykkedes: %1</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Senest synkroniseret %1.</translation>
    </message>
    <message>
        <source>Not synced yet: press Sync now to list the account&apos;s calendars.</source>
        <translation>Ikke synkroniseret endnu: tryk på Synkronisér nu for at se kontoens kalendere.</translation>
    </message>
    <message>
        <source>Whose calendar: %1</source>
        <translation>Hvis kalender: %1</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Synkroniseres ikke</translation>
    </message>
    <message>
        <source>Attendee&apos;s e-mail for free/busy: %1</source>
        <translation>Deltagers e-mail til ledig/optaget: %1</translation>
    </message>
    <message>
        <source>Whose busy times this calendar holds, for Find a time (an attendee who is not a principal).</source>
        <translation>Hvis optagede tider kalenderen rummer, til Find et tidspunkt (en deltager, der ikke er en af dine personer).</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Its appointments stay here; nothing is deleted on the server.</source>
        <translation>Fjern kontoen “%1”? Dens aftaler bliver her, og intet slettes på serveren.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a calendar account</source>
        <translation>Tilføj en kalenderkonto</translation>
    </message>
    <message>
        <source>https://cloud.example.dk/remote.php/dav, or your e-mail address</source>
        <translation>https://cloud.example.dk/remote.php/dav eller din e-mailadresse</translation>
    </message>
    <message>
        <source>With an e-mail address the server is looked up in the domain&apos;s DNS (SRV records) and at its /.well-known/caldav.</source>
        <translation>Med en e-mailadresse slås serveren op i domænets DNS (SRV-poster) og på dets /.well-known/caldav.</translation>
    </message>
    <message>
        <source>The server has a self-signed certificate and I trust it</source>
        <translation>Serveren har et selvsigneret certifikat, og jeg stoler på det</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Serverens &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Give the server&apos;s URL and your user name.</source>
        <translation>Angiv serverens URL og dit brugernavn.</translation>
    </message>
    <message>
        <source>Looking for the calendar server of %1…</source>
        <translation>Leder efter kalenderserveren for %1 …</translation>
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
    <name>Allowances</name>
    <message>
        <source>Give the number of the trip, e.g. “report claim 3”.</source>
        <translation>Angiv rejsens nummer, fx “report claim 3”.</translation>
    </message>
    <message>
        <source>There is no trip number {id}.</source>
        <translation>Der er ingen rejse med nummer {id}.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Fortæring</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>An expense must have an amount above 0.</source>
        <translation>En udgift skal have et beløb over 0.</translation>
    </message>
    <message>
        <source>Unknown expense category.</source>
        <translation>Ukendt udgiftskategori.</translation>
    </message>
    <message>
        <source>“{text}” is not a distance in km.</source>
        <translation>“{text}” er ikke en afstand i km.</translation>
    </message>
    <message>
        <source>The distance must be more than 0 km.</source>
        <translation>Afstanden skal være mere end 0 km.</translation>
    </message>
    <message>
        <source>Choose who drove.</source>
        <translation>Vælg, hvem der kørte.</translation>
    </message>
    <message>
        <source>There is no mileage rate for {year} yet.</source>
        <translation>Der er endnu ingen sats for kørselsgodtgørelse for {year}.</translation>
    </message>
    <message>
        <source>There is no per diem rate for {year} yet.</source>
        <translation>Der er endnu ingen diætsats for {year}.</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <source>The answer “{status}” is not one Ops Assistant records.</source>
        <translation>Svaret “{status}” kan Driftsassistent ikke registrere.</translation>
    </message>
    <message>
        <source>The answer is to an appointment that is not in the calendar.</source>
        <translation>Svaret gælder en aftale, som ikke er i kalenderen.</translation>
    </message>
    <message>
        <source>{address} is not an attendee of “{title}”.</source>
        <translation>{address} er ikke deltager i “{title}”.</translation>
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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter mangler: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>kræver én værdi</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>kræver mindst én værdi</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>tager højst én værdi</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerede argumentet %r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>kan ikke bruges sammen med %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Give the day as YYYY-MM-DD, e.g. “report badges 2026-12-03”.</source>
        <translation>Angiv dagen som ÅÅÅÅ-MM-DD, fx “report badges 2026-12-03”.</translation>
    </message>
    <message>
        <source>GUEST</source>
        <translation>GÆST</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Vært: %1</translation>
    </message>
    <message>
        <source>No visitors are expected on that day.</source>
        <translation>Der er ingen gæster ventet den dag.</translation>
    </message>
    <message>
        <source>Name badges %1</source>
        <translation>Navneskilte %1</translation>
    </message>
</context>
<context>
    <name>BookkeepingDialog</name>
    <message>
        <source>Bookkeeping: %1</source>
        <translation>Bogføring: %1</translation>
    </message>
    <message>
        <source>&amp;Driving log</source>
        <translation>&amp;Kørebog</translation>
    </message>
    <message>
        <source>&amp;Per diem</source>
        <translation>&amp;Diæter</translation>
    </message>
    <message>
        <source>E&amp;xpenses</source>
        <translation>&amp;Udgifter</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>Kø&amp;rt af:</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Kørt af</translation>
    </message>
    <message>
        <source>&amp;Add drive</source>
        <translation>&amp;Tilføj kørsel</translation>
    </message>
    <message>
        <source>Remove drive</source>
        <translation>Fjern kørsel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
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
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Driving log</source>
        <translation>Kørebog</translation>
    </message>
    <message>
        <source>Tick the meals the traveller got free; each reduces the day&apos;s meal rate (breakfast 15 %, lunch 30 %, dinner 30 %); a night the company paid the hotel for takes off the lodging allowance.</source>
        <translation>Sæt kryds ved de måltider, den rejsende fik gratis; hvert måltid nedsætter dagens kostsats (morgenmad 15 %, frokost 30 %, aftensmad 30 %). En nat, hvor firmaet betalte hotellet, giver ingen logigodtgørelse.</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Morgenmad</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Aftensmad</translation>
    </message>
    <message>
        <source>Lodging paid (night after)</source>
        <translation>Logi betalt (natten efter)</translation>
    </message>
    <message>
        <source>Meals provided</source>
        <translation>Fri kost</translation>
    </message>
    <message>
        <source>Lodging paid</source>
        <translation>Logi betalt</translation>
    </message>
    <message>
        <source>Add e&amp;xpense</source>
        <translation>Tilføj ud&amp;gift</translation>
    </message>
    <message>
        <source>Remove expense</source>
        <translation>Fjern udgift</translation>
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
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Rate to DKK</source>
        <translation>Kurs til DKK</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Moms %</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Repræsentation</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Udgifter</translation>
    </message>
    <message>
        <source>Choose who drove.</source>
        <translation>Vælg, hvem der kørte.</translation>
    </message>
    <message>
        <source>Drive %1: %2</source>
        <translation>Kørsel %1: %2</translation>
    </message>
    <message>
        <source>Expense %1: %2</source>
        <translation>Udgift %1: %2</translation>
    </message>
    <message>
        <source>Expense %1: enter an amount above 0.</source>
        <translation>Udgift %1: skriv et beløb over 0.</translation>
    </message>
    <message>
        <source>Add the trip&apos;s segments to work out the per diem.</source>
        <translation>Tilføj rejsens rejseled for at beregne diæterne.</translation>
    </message>
    <message>
        <source>No per diem: the trip lasts less than 24 hours.</source>
        <translation>Ingen diæter: rejsen varer under 24 timer.</translation>
    </message>
    <message>
        <source>Per diem: %1 (meals %2, lodging %3) for %4 full days and %5 started hours.</source>
        <translation>Diæter: %1 (kost %2, logi %3) for %4 hele døgn og %5 påbegyndte timer.</translation>
    </message>
    <message>
        <source>In all: %1 km</source>
        <translation>I alt: %1 km</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Vil du kassere ændringerne?</translation>
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
        <translation>Pr. deltager (%1):</translation>
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
        <source>An added or removed date of the series is not valid.</source>
        <translation>En tilføjet eller fjernet dato i serien er ikke gyldig.</translation>
    </message>
    <message>
        <source>The repeat rule is not valid.</source>
        <translation>Gentagelsesreglen er ikke gyldig.</translation>
    </message>
    <message>
        <source>The repeat rule makes more than %1 appointments.</source>
        <translation>Gentagelsesreglen giver mere end %1 aftaler.</translation>
    </message>
    <message>
        <source>The repeat rule never happens.</source>
        <translation>Gentagelsesreglen rammer aldrig en dato.</translation>
    </message>
    <message>
        <source>A rule that repeats every hour, minute or second needs an end.</source>
        <translation>En regel, der gentages hver time, hvert minut eller hvert sekund, skal have en slutning.</translation>
    </message>
    <message>
        <source>The repeat rule repeats too often for too long (at most %1 repetitions).</source>
        <translation>Gentagelsesreglen gentages for tit i for lang tid (højst %1 gentagelser).</translation>
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
        <source>Custom rule (kept as it is)</source>
        <translation>Særlig regel (bevares som den er)</translation>
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
        <translation>Liste</translation>
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
        <source>Search appointments</source>
        <translation>Søg i aftaler</translation>
    </message>
    <message>
        <source>Show only the appointments whose title, place or notes contain these words</source>
        <translation>Vis kun de aftaler, hvor titel, sted eller noter indeholder disse ord</translation>
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
        <source>No appointment in this period matches the search.</source>
        <translation>Ingen aftaler i perioden passer til søgningen.</translation>
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
        <translation>Liste over den viste dag</translation>
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
        <translation>Angiv datoen som ÅÅÅÅ-MM-DD, fx 2026-04-02.</translation>
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
        <translation>Var forbi</translation>
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
        <translation>Tilbageringning udført %1</translation>
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
        <translation>Udført</translation>
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
        <translation>Var forbi</translation>
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
        <translation>Udført</translation>
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
        <translation>“{text}” er ikke et muligt tidspunkt. Skriv ÅÅÅÅ-MM-DD TT:MM, fx 2026-03-02 14:30.</translation>
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
        <translation>&amp;Udført</translation>
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
        <translation>Markér tilbageringningen som udført (Ctrl+D)</translation>
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
        <translation>Udført</translation>
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
    <name>Claim</name>
    <message>
        <source>Travel-expense claim: %1</source>
        <translation>Rejseafregning: %1</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>Rejsende</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Afrejse</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Hjemkomst</translation>
    </message>
    <message>
        <source>Driving log</source>
        <translation>Kørebog</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Fra – til</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Sats</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>No drives logged for this trip.</source>
        <translation>Der er ingen kørsel i kørebogen for denne rejse.</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>Diæter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Logi</translation>
    </message>
    <message>
        <source>Day %1: %2 – %3</source>
        <translation>Døgn %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 started hours × 1/24: %2 – %3</source>
        <translation>%1 påbegyndte timer × 1/24: %2 – %3</translation>
    </message>
    <message>
        <source>Lodging provided the night after %1</source>
        <translation>Frit logi natten efter %1</translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation>morgenmad</translation>
    </message>
    <message>
        <source>lunch</source>
        <translation>frokost</translation>
    </message>
    <message>
        <source>dinner</source>
        <translation>aftensmad</translation>
    </message>
    <message>
        <source>Meals provided %1: %2</source>
        <translation>Fri kost %1: %2</translation>
    </message>
    <message>
        <source>Full rate per day of 24 hours from departure, then 1/24 of the meal rate for each started hour; meals provided reduce the meal rate by 15 % (breakfast), 30 % (lunch) and 30 % (dinner).</source>
        <translation>Fuld sats pr. døgn regnet fra afrejsen, derefter 1/24 af kostsatsen for hver påbegyndt time; fri kost nedsætter kostsatsen med 15 % (morgenmad), 30 % (frokost) og 30 % (aftensmad).</translation>
    </message>
    <message>
        <source>No per diem: the trip lasts less than 24 hours or has no segments.</source>
        <translation>Ingen diæter: rejsen varer under 24 timer eller har ingen rejseled.</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Udgifter</translation>
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
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <source>No expenses on this trip.</source>
        <translation>Ingen udgifter på denne rejse.</translation>
    </message>
    <message>
        <source>Entertainment (for the bookkeeper)</source>
        <translation>Repræsentation (til bogholderiet)</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>VAT not deductible</source>
        <translation>Moms uden fradrag</translation>
    </message>
    <message>
        <source>Deductible (25 %)</source>
        <translation>Fradrag (25 %)</translation>
    </message>
    <message>
        <source>Not deductible</source>
        <translation>Uden fradrag</translation>
    </message>
    <message>
        <source>Only 25 % of entertainment is deductible (LL § 8, stk. 4); VAT on entertainment cannot be deducted, except 25 % of the VAT on restaurant meals (ML § 42).</source>
        <translation>Kun 25 % af repræsentationsudgifter kan fratrækkes (LL § 8, stk. 4); momsen af repræsentation kan ikke fradrages, bortset fra 25 % af momsen af restaurationsydelser (ML § 42).</translation>
    </message>
    <message>
        <source>To be paid out</source>
        <translation>Til udbetaling</translation>
    </message>
    <message>
        <source>Mileage allowance</source>
        <translation>Kørselsgodtgørelse</translation>
    </message>
    <message>
        <source>Mileage %1: %2 kr./km up to 20,000 km, %3 kr./km above (%4).</source>
        <translation>Kørselsgodtgørelse %1: %2 kr./km op til 20.000 km, %3 kr./km derover (%4).</translation>
    </message>
    <message>
        <source>Per diem %1: meals %2 kr., lodging %3 kr. per day of 24 hours (%4).</source>
        <translation>Diæter %1: kost %2 kr., logi %3 kr. pr. døgn (%4).</translation>
    </message>
    <message>
        <source>Date and traveller&apos;s signature</source>
        <translation>Dato og den rejsendes underskrift</translation>
    </message>
    <message>
        <source>Date and approval</source>
        <translation>Dato og godkendelse</translation>
    </message>
</context>
<context>
    <name>ClaimCsv</name>
    <message>
        <source>Mileage %1 km: %2</source>
        <translation>Kørsel %1 km: %2</translation>
    </message>
    <message>
        <source>Per diem %1: %2 days of 24 hours and %3 hours</source>
        <translation>Diæter %1: %2 døgn og %3 timer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Momskode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>the database file (default: $OPSASSISTANT_DATABASE, else the program&apos;s data folder)</source>
        <translation>databasefilen (standard: $OPSASSISTANT_DATABASE, ellers programmets datamappe)</translation>
    </message>
    <message>
        <source>language of messages, help and reports: da (Danish) or en (English); default: the language chosen in the program, else the system&apos;s</source>
        <translation>sprog for beskeder, hjælp og rapporter: da (dansk) eller en (engelsk); standard: sproget valgt i programmet, ellers systemets</translation>
    </message>
    <message>
        <source>Ops Assistant (Driftsassistent): contacts, calendar, calls, outings and travel for an executive assistant. Without a command the desktop program starts.</source>
        <translation>Driftsassistent (Ops Assistant): kontakter, kalender, opkald, arrangementer og rejser for en direktionsassistent. Uden en kommando starter programmet med vinduer.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 failed (the reason on stderr, nothing written); 2 wrong usage; 3 an import finished but skipped records.
Help for one command: opsassistant COMMAND --help</source>
        <translation>Slutkoder: 0 udført; 1 mislykkedes (årsagen på stderr, intet skrevet); 2 forkert brug; 3 en import blev færdig, men sprang poster over.
Hjælp til en kommando: opsassistant KOMMANDO --help</translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>vis programmets version og afslut</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>kommandoer</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>fill an empty database with a realistic Danish office</source>
        <translation>fyld en tom database med et realistisk dansk kontor</translation>
    </message>
    <message>
        <source>Refuses a database that already has data.</source>
        <translation>Afviser en database, der allerede har data.</translation>
    </message>
    <message>
        <source>import contacts, appointments or calls from files</source>
        <translation>importér kontakter, aftaler eller opkald fra filer</translation>
    </message>
    <message>
        <source>The format of each file is told from its content: vCard (.vcf), iCalendar (.ics) or CSV. Records that cannot be read are reported with their place and reason (exit 3); the others are imported.</source>
        <translation>Hver fils format genkendes på indholdet: vCard (.vcf), iCalendar (.ics) eller CSV. Poster, der ikke kan læses, meldes med sted og årsag (slutkode 3); resten importeres.</translation>
    </message>
    <message>
        <source>one or more .vcf, .ics or .csv files</source>
        <translation>en eller flere .vcf-, .ics- eller .csv-filer</translation>
    </message>
    <message>
        <source>export contacts, calendar, calls, expenses or a trip&apos;s claim to a file</source>
        <translation>eksportér kontakter, kalender, opkald, udgifter eller en rejses afregning til en fil</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>hvad der skal eksporteres</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>claim: the trip&apos;s ID (see: opsassistant list trips)</source>
        <translation>afregning: rejsens ID (se: opsassistant list trips)</translation>
    </message>
    <message>
        <source>the file to write (replaced if it exists)</source>
        <translation>filen, der skrives (erstattes, hvis den findes)</translation>
    </message>
    <message>
        <source>vcf: vCard 3.0, vcf4: vCard 4.0 (contacts); ics: iCalendar (calendar); csv: a spreadsheet (contacts, calls, expenses); default: vcf for contacts, ics for the calendar, csv for the rest</source>
        <translation>vcf: vCard 3.0, vcf4: vCard 4.0 (kontakter); ics: iCalendar (kalender); csv: et regneark (kontakter, opkald, udgifter); standard: vcf for kontakter, ics for kalenderen, csv for resten</translation>
    </message>
    <message>
        <source>list records, as text or JSON</source>
        <translation>vis poster som tekst eller JSON</translation>
    </message>
    <message>
        <source>Text: one record a line, the fields separated by tabs. JSON: one array of objects (see the design document).</source>
        <translation>Tekst: én post pr. linje, felterne adskilt af tabulatorer. JSON: ét array af objekter (se designdokumentet).</translation>
    </message>
    <message>
        <source>what to list</source>
        <translation>hvad der skal vises</translation>
    </message>
    <message>
        <source>only records that contain TEXT</source>
        <translation>kun poster, der indeholder TEKST</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATO</translation>
    </message>
    <message>
        <source>only from this day on, as YYYY-MM-DD (e.g. 2026-04-02)</source>
        <translation>kun fra og med denne dag, som ÅÅÅÅ-MM-DD (fx 2026-04-02)</translation>
    </message>
    <message>
        <source>only up to and including this day, as YYYY-MM-DD</source>
        <translation>kun til og med denne dag, som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>only open items (calls still to be returned)</source>
        <translation>kun åbne poster (opkald, der endnu skal ringes tilbage på)</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>skriv JSON i stedet for tekst</translation>
    </message>
    <message>
        <source>print a report to a PDF file</source>
        <translation>udskriv en rapport til en PDF-fil</translation>
    </message>
    <message>
        <source>agenda, week and calls take a DATE (YYYY-MM-DD, default today); outing and itinerary the ID of the outing or trip (see: opsassistant list outings|trips); phonelist optionally &quot;letter&quot; or &quot;organisation&quot; (how it is grouped).
Example: opsassistant report agenda 2026-04-02 -o agenda.pdf --lang da</source>
        <translation>agenda, week og calls tager en DATO (ÅÅÅÅ-MM-DD, standard i dag); outing og itinerary arrangementets eller rejsens ID (se: opsassistant list outings|trips); phonelist eventuelt &quot;letter&quot; eller &quot;organisation&quot; (hvordan listen grupperes).
Eksempel: opsassistant report agenda 2026-04-02 -o agenda.pdf --lang da</translation>
    </message>
    <message>
        <source>which report</source>
        <translation>hvilken rapport</translation>
    </message>
    <message>
        <source>ID|DATE</source>
        <translation>ID|DATO</translation>
    </message>
    <message>
        <source>the outing&apos;s or trip&apos;s ID, or the day as YYYY-MM-DD</source>
        <translation>arrangementets eller rejsens ID eller dagen som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FIL.pdf</translation>
    </message>
    <message>
        <source>the PDF file to write (replaced if it exists)</source>
        <translation>PDF-filen, der skrives (erstattes, hvis den findes)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAVN</translation>
    </message>
    <message>
        <source>only this principal, by name (agenda, week, calls); default: the executive for the agenda, everyone otherwise</source>
        <translation>kun denne person, efter navn (agenda, week, calls); standard: lederen for agendaen, ellers alle</translation>
    </message>
    <message>
        <source>record a call (for softphones and scripts)</source>
        <translation>registrér et opkald (til softphones og scripts)</translation>
    </message>
    <message>
        <source>The running program shows the call at once.</source>
        <translation>Det kørende program viser opkaldet med det samme.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>the caller&apos;s number as dialled or shown, e.g. +45 33 12 34 56; &quot;withheld&quot; for a hidden number</source>
        <translation>den opkaldendes nummer, som det er tastet eller vist, fx +45 33 12 34 56; &quot;skjult&quot; for et skjult nummer</translation>
    </message>
    <message>
        <source>the caller&apos;s name</source>
        <translation>den opkaldendes navn</translation>
    </message>
    <message>
        <source>PRINCIPAL</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>whom the call was for, by name</source>
        <translation>hvem opkaldet var til, efter navn</translation>
    </message>
    <message>
        <source>in (default), out or missed</source>
        <translation>in (indgående, standard), out (udgående) eller missed (ubesvaret)</translation>
    </message>
    <message>
        <source>the message taken</source>
        <translation>beskeden</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>TIDSPUNKT</translation>
    </message>
    <message>
        <source>call back by this time, as YYYY-MM-DD HH:MM or HH:MM (today), in the principal&apos;s time zone</source>
        <translation>ring tilbage senest på dette tidspunkt, som ÅÅÅÅ-MM-DD TT:MM eller TT:MM (i dag), i personens tidszone</translation>
    </message>
    <message>
        <source>mark the call as urgent</source>
        <translation>markér opkaldet som hastende</translation>
    </message>
    <message>
        <source>write a backup of the database</source>
        <translation>skriv en sikkerhedskopi af databasen</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder beside the database)</source>
        <translation>hvor den skrives (standard: mappen backups ved siden af databasen)</translation>
    </message>
    <message>
        <source>replace the database with a backup</source>
        <translation>erstat databasen med en sikkerhedskopi</translation>
    </message>
    <message>
        <source>The replaced database is kept as a safety copy beside it.</source>
        <translation>Den erstattede database gemmes som en ekstra kopi ved siden af.</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>sikkerhedskopien, der skal gendannes</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>kontrollér databasens integritet</translation>
    </message>
    <message>
        <source>calendar server accounts (CalDAV): add, list, remove, map</source>
        <translation>konti på kalenderservere (CalDAV): tilføj, vis, fjern, tildel</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>hvad der skal gøres</translation>
    </message>
    <message>
        <source>the account&apos;s name (add, remove, map)</source>
        <translation>kontoens navn (add, remove, map)</translation>
    </message>
    <message>
        <source>CALENDAR</source>
        <translation>KALENDER</translation>
    </message>
    <message>
        <source>map: the calendar&apos;s name or URL</source>
        <translation>map: kalenderens navn eller URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the server&apos;s address, e.g. https://cloud.example.dk/remote.php/dav</source>
        <translation>serverens adresse, fx https://cloud.example.dk/remote.php/dav</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BRUGER</translation>
    </message>
    <message>
        <source>the user name on the server</source>
        <translation>brugernavnet på serveren</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>læs adgangskoden fra første linje af standardinput</translation>
    </message>
    <message>
        <source>accept the server&apos;s self-signed certificate</source>
        <translation>godkend serverens selvsignerede certifikat</translation>
    </message>
    <message>
        <source>map: whose calendar it is</source>
        <translation>map: hvis kalender det er</translation>
    </message>
    <message>
        <source>map: stop syncing this calendar</source>
        <translation>map: stop synkroniseringen af denne kalender</translation>
    </message>
    <message>
        <source>map: the calendar is this attendee&apos;s, for free/busy (&quot;&quot; forgets it)</source>
        <translation>map: kalenderen er denne deltagers, til ledig/optaget (&quot;&quot; glemmer det)</translation>
    </message>
    <message>
        <source>two-way sync with the calendar servers</source>
        <translation>tovejssynkronisering med kalenderserverne</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 4 done with conflicts left for you to choose (see --conflicts and --resolve).</source>
        <translation>Slutkoder: 0 udført, 1 mislykkedes, 4 udført, men med konflikter, du skal vælge i (se --conflicts og --resolve).</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>only this account (default: every account)</source>
        <translation>kun denne konto (standard: alle konti)</translation>
    </message>
    <message>
        <source>list the conflicts waiting for a choice, as JSON</source>
        <translation>vis konflikterne, der venter på et valg, som JSON</translation>
    </message>
    <message>
        <source>resolve the conflict with this ID (with --keep)</source>
        <translation>løs konflikten med dette ID (med --keep)</translation>
    </message>
    <message>
        <source>mine: this computer&apos;s version, theirs: the server&apos;s, both: keep both</source>
        <translation>mine: denne computers udgave, theirs: serverens, both: behold begge</translation>
    </message>
    <message>
        <source>write an appointment&apos;s invitation (iTIP REQUEST or CANCEL) as .ics</source>
        <translation>skriv en aftales mødeindkaldelse (iTIP REQUEST eller CANCEL) som .ics</translation>
    </message>
    <message>
        <source>The executive is the organizer and the assistant the sender (SENT-BY).</source>
        <translation>Lederen er mødeindkalder, og assistenten er afsender (SENT-BY).</translation>
    </message>
    <message>
        <source>EVENT_ID</source>
        <translation>AFTALE_ID</translation>
    </message>
    <message>
        <source>the appointment&apos;s ID (see: opsassistant list events)</source>
        <translation>aftalens ID (se: opsassistant list events)</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FIL.ics</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>.ics-filen, der skal skrives</translation>
    </message>
    <message>
        <source>request (default): invite or update; cancel: call it off</source>
        <translation>request (standard): indkald eller opdatér; cancel: aflys</translation>
    </message>
    <message>
        <source>an e-mail from a template, as an .eml draft or sent by SMTP</source>
        <translation>en e-mail ud fra en skabelon, som .eml-kladde eller sendt via SMTP</translation>
    </message>
    <message>
        <source>Templates: message (a call&apos;s ID), invitation (an appointment&apos;s ID), itinerary (a trip&apos;s ID), outing (an outing&apos;s ID), briefing (a day as YYYY-MM-DD, default today), guest (a checked-in visitor&apos;s ID: your guest has arrived, to the host).</source>
        <translation>Skabeloner: message (et opkalds ID), invitation (en aftales ID), itinerary (en rejses ID), outing (et arrangements ID), briefing (en dag som ÅÅÅÅ-MM-DD, standard i dag), guest (en ankommet gæsts ID: din gæst er ankommet, til værten).</translation>
    </message>
    <message>
        <source>call, appointment, trip, outing or visitor ID; a date for briefing</source>
        <translation>ID på opkald, aftale, rejse, arrangement eller gæst; en dato for briefing</translation>
    </message>
    <message>
        <source>which template</source>
        <translation>hvilken skabelon</translation>
    </message>
    <message>
        <source>add NAME --url URL --user USER [--password-stdin]: the password goes to the system&apos;s keyring (without --password-stdin it is asked for); --email ADDRESS (or an address as --url) finds the server by RFC 6764 discovery. map NAME CALENDAR --principal NAME: whose calendar it is (a new account&apos;s calendars belong to the executive); map NAME CALENDAR --attendee EMAIL: Find a time reads that attendee&apos;s free/busy there.</source>
        <translation>add NAVN --url URL --user BRUGER [--password-stdin]: adgangskoden gemmes i systemets nøglering (uden --password-stdin bliver du spurgt); --email ADRESSE (eller en adresse som --url) finder serveren med RFC 6764-opslag. map NAVN KALENDER --principal NAVN: hvis kalender det er (en ny kontos kalendere tilhører direktøren); map NAVN KALENDER --attendee E-MAIL: Find et tidspunkt læser deltagerens ledig/optaget dér.</translation>
    </message>
    <message>
        <source>add: find the server from this e-mail address (DNS SRV/TXT, .well-known; $OPSASSISTANT_DNS_SERVER names another DNS server)</source>
        <translation>add: find serveren ud fra denne e-mailadresse (DNS SRV/TXT, .well-known; $OPSASSISTANT_DNS_SERVER angiver en anden DNS-server)</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>recipient&apos;s e-mail address (repeat for more)</source>
        <translation>modtagerens e-mailadresse (gentag for flere)</translation>
    </message>
    <message>
        <source>FILE.eml</source>
        <translation>FIL.eml</translation>
    </message>
    <message>
        <source>write a draft for the mail client</source>
        <translation>skriv en kladde til mailprogrammet</translation>
    </message>
    <message>
        <source>send by SMTP as set up under Settings</source>
        <translation>send via SMTP som sat op under Indstillinger</translation>
    </message>
    <message>
        <source>invitation: what to send</source>
        <translation>invitation: hvad der skal sendes</translation>
    </message>
    <message>
        <source>not a date: %1 (give it as YYYY-MM-DD, e.g. 2026-04-02)</source>
        <translation>ikke en dato: %1 (angiv den som ÅÅÅÅ-MM-DD, fx 2026-04-02)</translation>
    </message>
    <message>
        <source>report outing needs the ID of the outing, e.g. &quot;report outing 12 -o outing.pdf&quot; (see: opsassistant list outings)</source>
        <translation>report outing skal have arrangementets ID, fx &quot;report outing 12 -o arrangement.pdf&quot; (se: opsassistant list outings)</translation>
    </message>
    <message>
        <source>report itinerary needs the ID of the trip, e.g. &quot;report itinerary 3 -o trip.pdf&quot; (see: opsassistant list trips)</source>
        <translation>report itinerary skal have rejsens ID, fx &quot;report itinerary 3 -o rejseplan.pdf&quot; (se: opsassistant list trips)</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>These appointments were changed both here and on the server since the last sync. Choose which version to keep; nothing is overwritten until you do.</source>
        <translation>Disse aftaler er ændret både her og på serveren siden sidste synkronisering. Vælg, hvilken udgave der skal beholdes; intet overskrives, før du har valgt.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Serveren</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Behold &amp;serverens</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Behold &amp;begge</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>Ingen konflikter: begge sider er enige.</translation>
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
        <source>“{value}” is not an e-mail address: it was left out, the rest of the contact was imported.</source>
        <translation>“{value}” er ikke en e-mailadresse: den er udeladt, resten af kontakten er importeret.</translation>
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
        <source>%1+ contacts</source>
        <translation>%1+ kontakter</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
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
        <source>Number of contacts</source>
        <translation>Antal kontakter</translation>
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
        <source>The database {path} is on a read-only disk: it can be read but not changed. Nothing was saved.</source>
        <translation>Databasen {path} ligger på en skrivebeskyttet disk: den kan læses, men ikke ændres. Intet blev gemt.</translation>
    </message>
    <message>
        <source>The database {path} may be read but not changed (its permissions allow no writing). Nothing was saved.</source>
        <translation>Databasen {path} må læses, men ikke ændres (dens rettigheder tillader ikke skrivning). Intet blev gemt.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}. Choose another place for the database.</source>
        <translation>Der kan ikke skrives i mappen {folder}. Vælg et andet sted til databasen.</translation>
    </message>
    <message>
        <source>You may not read the database {path}. Nothing was changed; check who owns the file and its permissions.</source>
        <translation>Du har ikke lov til at læse databasen {path}. Intet blev ændret; kontrollér, hvem der ejer filen, og dens rettigheder.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another Ops Assistant window. Close that one first.</source>
        <translation>Databasen {path} bruges af et andet Driftsassistent-vindue. Luk det først.</translation>
    </message>
    <message>
        <source>There is no database {path}. Check the name, or start the program once to create it.</source>
        <translation>Der findes ingen database {path}. Kontrollér navnet, eller start programmet én gang for at oprette den.</translation>
    </message>
    <message>
        <source>The database is busy with another program&apos;s change and did not become free in time. Nothing was saved; please try again.</source>
        <translation>Databasen er optaget af en ændring fra et andet program og blev ikke ledig i tide. Intet blev gemt; prøv igen.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Nothing was changed; restore a backup (opsassistant restore FILE, or File ▸ Restore backup).</source>
        <translation>Databasen {path} er beskadiget. Intet blev ændret; gendan en sikkerhedskopi (opsassistant restore FIL, eller Filer ▸ Gendan sikkerhedskopi).</translation>
    </message>
    <message>
        <source>The database&apos;s change log {path} is damaged and cannot be applied. Nothing was changed and the file was kept; restore a backup or ask for help.</source>
        <translation>Databasens ændringslog {path} er beskadiget og kan ikke indlæses. Intet blev ændret, og filen er bevaret; gendan en sikkerhedskopi, eller bed om hjælp.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and was not restored. The current data was not changed; choose another backup.</source>
        <translation>Sikkerhedskopien {path} er beskadiget og blev ikke gendannet. De nuværende data er uændrede; vælg en anden sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The database {path} is open in another program (an import, a call being logged or another window). Nothing was restored; try again when it has finished.</source>
        <translation>Databasen {path} er åben i et andet program (en import, et opkald, der registreres, eller et andet vindue). Intet blev gendannet; prøv igen, når det er færdigt.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld. Intet blev gemt; frigør noget plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The database could not be read or written ({detail}). Nothing was changed.</source>
        <translation>Databasen kunne ikke læses eller skrives ({detail}). Intet blev ændret.</translation>
    </message>
    <message>
        <source>The file {path} would become larger than this disk or account allows. Nothing was saved.</source>
        <translation>Filen {path} ville blive større, end disken eller kontoen tillader. Intet blev gemt.</translation>
    </message>
    <message>
        <source>You may not write to {path}. Nothing was saved; choose another place.</source>
        <translation>Du har ikke tilladelse til at skrive til {path}. Intet blev gemt; vælg et andet sted.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk. Nothing was saved; choose another place.</source>
        <translation>{path} ligger på en skrivebeskyttet disk. Intet blev gemt; vælg et andet sted.</translation>
    </message>
    <message>
        <source>Could not read or write {path}: {reason}. Nothing was saved.</source>
        <translation>Kunne ikke læse eller skrive {path}: {reason}. Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>The date must be on or after %1.</source>
        <translation>Datoen skal være %1 eller senere.</translation>
    </message>
    <message>
        <source>The date must be on or before %1.</source>
        <translation>Datoen skal være %1 eller tidligere.</translation>
    </message>
    <message>
        <source>Enter a time, e.g. 9.30.</source>
        <translation>Skriv et klokkeslæt, fx 9.30.</translation>
    </message>
    <message>
        <source>Enter a date, e.g. 3.12.2026.</source>
        <translation>Skriv en dato, fx 3.12.2026.</translation>
    </message>
    <message>
        <source>Enter a date and time, e.g. 3.12.2026 9.30.</source>
        <translation>Skriv en dato og et klokkeslæt, fx 3.12.2026 9.30.</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Vælg i en kalender (Alt+Ned)</translation>
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
    <name>EntertainmentReport</name>
    <message>
        <source>Expense</source>
        <translation>Udgift</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>VAT not deductible</source>
        <translation>Moms uden fradrag</translation>
    </message>
    <message>
        <source>Deductible (25 %)</source>
        <translation>Fradrag (25 %)</translation>
    </message>
    <message>
        <source>Not deductible</source>
        <translation>Uden fradrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Only 25 % of entertainment is deductible (LL § 8, stk. 4); VAT on entertainment cannot be deducted, except 25 % of the VAT on restaurant meals (ML § 42).</source>
        <translation>Kun 25 % af repræsentationsudgifter kan fratrækkes (LL § 8, stk. 4); momsen af repræsentation kan ikke fradrages, bortset fra 25 % af momsen af restaurationsydelser (ML § 42).</translation>
    </message>
    <message>
        <source>Entertainment (for the bookkeeper)</source>
        <translation>Repræsentation (til bogholderiet)</translation>
    </message>
</context>
<context>
    <name>EntertainmentToggle</name>
    <message>
        <source>&amp;Entertainment (all)</source>
        <translation>&amp;Repræsentation (alt)</translation>
    </message>
    <message>
        <source>All the outing&apos;s expenses are entertainment of business relations: 25 % deductible, VAT only partly (restaurant) or not at all</source>
        <translation>Alle arrangementets udgifter er repræsentation over for forretningsforbindelser: 25 % kan fratrækkes, momsen kun delvis (restaurant) eller slet ikke</translation>
    </message>
    <message>
        <source>Entertainment (this one)</source>
        <translation>Repræsentation (denne)</translation>
    </message>
    <message>
        <source>Mark the selected expense as entertainment</source>
        <translation>Markér den valgte udgift som repræsentation</translation>
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
        <source>Repeat rule</source>
        <translation>Gentagelsesregel</translation>
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
        <translation>fx Frokost på stedet</translation>
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
        <translation>Reference, fx fakturanummer</translation>
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
    <name>Files</name>
    <message>
        <source>{path} is the database or one of its backups; choose another file name. Nothing was written.</source>
        <translation>{path} er databasen eller en af dens sikkerhedskopier; vælg et andet filnavn. Intet blev skrevet.</translation>
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
        <source>&amp;Other attendees:</source>
        <translation>&amp;Andre deltagere:</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Andre deltagere</translation>
    </message>
    <message>
        <source>Contacts or e-mail addresses, separated by commas</source>
        <translation>Kontakter eller e-mailadresser, adskilt med komma</translation>
    </message>
    <message>
        <source>Their free/busy is read from the calendar accounts where the server offers it.</source>
        <translation>Deres ledig/optaget læses fra kalenderkontiene, hvor serveren tilbyder det.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>Free/busy of the other attendees</source>
        <translation>De andre deltageres ledig/optaget</translation>
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
        <source>Reading the other attendees&apos; free/busy…</source>
        <translation>Læser de andre deltageres ledig/optaget …</translation>
    </message>
    <message>
        <source>%1: no e-mail address, so no free/busy</source>
        <translation>%1: ingen e-mailadresse, så ingen ledig/optaget-oplysninger</translation>
    </message>
    <message>
        <source>Free/busy read for %1.</source>
        <translation>Ledig/optaget læst for %1.</translation>
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
    <name>FreeBusy</name>
    <message>
        <source>{name}: no calendar account is set up to read free/busy from</source>
        <translation>{name}: der er ingen kalenderkonto at læse ledig/optaget fra</translation>
    </message>
    <message>
        <source>{name}: the server offers no free/busy</source>
        <translation>{name}: serveren tilbyder ikke ledig/optaget</translation>
    </message>
    <message>
        <source>{name}: the calendar server could not be reached</source>
        <translation>{name}: kalenderserveren kunne ikke nås</translation>
    </message>
    <message>
        <source>{name}: free/busy could not be read ({reason})</source>
        <translation>{name}: ledig/optaget kunne ikke læses ({reason})</translation>
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
        <source>The time zone “%1” follows rules no known zone has; its times were read with the file&apos;s own rules and are kept in %2.</source>
        <translation>Tidszonen “%1” følger regler, som ingen kendt tidszone har; tidspunkterne er læst efter filens egne regler og gemt i %2.</translation>
    </message>
    <message>
        <source>The time zone “%1” is not known; its times were read as %2.</source>
        <translation>Tidszonen “%1” er ukendt; tidspunkterne er læst som %2.</translation>
    </message>
    <message>
        <source>The value “%1” of %2 is not a date or time a calendar can hold; that value was left out.</source>
        <translation>Værdien “%1” i %2 er ikke en dato eller et tidspunkt, kalenderen kan rumme; den værdi er udeladt.</translation>
    </message>
    <message>
        <source>The reminder time (TRIGGER) “%1” is not a duration or a time; that reminder was left out.</source>
        <translation>Påmindelsestidspunktet (TRIGGER) “%1” er hverken en varighed eller et tidspunkt; den påmindelse blev udeladt.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>The event has no start (DTSTART).</source>
        <translation>Aftalen har ingen start (DTSTART).</translation>
    </message>
    <message>
        <source>The event has more than one start (DTSTART); only the first, “%1”, is used.</source>
        <translation>Aftalen har mere end ét starttidspunkt (DTSTART); kun det første, “%1”, bruges.</translation>
    </message>
    <message>
        <source>The year %1 lies outside the years %2–%3 the calendar holds.</source>
        <translation>Året %1 ligger uden for årene %2–%3, som kalenderen rummer.</translation>
    </message>
    <message>
        <source>The length (DURATION) is longer than any calendar holds.</source>
        <translation>Varigheden (DURATION) er længere, end nogen kalender kan rumme.</translation>
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
        <source>The event has more than one repeat rule (RRULE); only the first is used.</source>
        <translation>Aftalen har mere end én gentagelsesregel (RRULE); kun den første bruges.</translation>
    </message>
    <message>
        <source>The repeat rule (RRULE) is not valid.</source>
        <translation>Gentagelsesreglen (RRULE) er ugyldig.</translation>
    </message>
    <message>
        <source>The RECURRENCE-ID is not a real date or time.</source>
        <translation>RECURRENCE-ID er ikke en gyldig dato eller tid.</translation>
    </message>
    <message>
        <source>A task (VTODO) is not a calendar event; it was not imported.</source>
        <translation>En opgave (VTODO) er ikke en kalenderaftale; den er ikke importeret.</translation>
    </message>
    <message>
        <source>A journal entry (VJOURNAL) is not a calendar event; it was not imported.</source>
        <translation>En journalnote (VJOURNAL) er ikke en kalenderaftale; den er ikke importeret.</translation>
    </message>
    <message>
        <source>Free/busy information (VFREEBUSY) is not a calendar event; it was not imported.</source>
        <translation>Ledig/optaget-oplysninger (VFREEBUSY) er ikke en kalenderaftale; de er ikke importeret.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>linje %1 (%2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linje %1</translation>
    </message>
    <message>
        <source>The event stands outside the file&apos;s calendars (not between BEGIN:VCALENDAR and END:VCALENDAR); it was not imported.</source>
        <translation>Aftalen står uden for filens kalendere (ikke mellem BEGIN:VCALENDAR og END:VCALENDAR); den er ikke importeret.</translation>
    </message>
    <message>
        <source>Some characters of this line could not be read and were replaced by �.</source>
        <translation>Nogle tegn på denne linje kunne ikke læses og er erstattet af �.</translation>
    </message>
    <message>
        <source>Another event in the file (line %1) has the same UID, SEQUENCE and time stamp; the one written later was kept and this one left out.</source>
        <translation>En anden aftale i filen (linje %1) har samme UID, SEQUENCE og tidsstempel; den, der står senere i filen, er beholdt, og denne er udeladt.</translation>
    </message>
    <message>
        <source>The file holds no calendar (BEGIN:VCALENDAR).</source>
        <translation>Filen indeholder ingen kalender (BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>The event is cut off: its END:VEVENT line never comes.</source>
        <translation>Aftalen er afkortet: linjen END:VEVENT kommer aldrig.</translation>
    </message>
    <message>
        <source>This changed occurrence lies after the end of its series, which was revised later; it was left out.</source>
        <translation>Denne ændrede forekomst ligger efter slutningen af sin serie, som er blevet rettet senere; den er udeladt.</translation>
    </message>
    <message>
        <source>The calendar already has a newer revision (SEQUENCE) of this event; it was kept.</source>
        <translation>Kalenderen har allerede en nyere udgave (SEQUENCE) af denne aftale; den er beholdt.</translation>
    </message>
    <message>
        <source>The repeat rule would make more than %1 occurrences (%2); the event was not imported.</source>
        <translation>Gentagelsesreglen ville give mere end %1 forekomster (%2); aftalen er ikke importeret.</translation>
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
    <message>
        <source>, {count} values read with a fallback or left out</source>
        <translation>, {count} værdier læst med en nødløsning eller udeladt</translation>
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
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 contacts…</source>
        <translation>Importerer: %1 af %2 kontakter …</translation>
    </message>
    <message>
        <source>The import stopped: %1 What was imported before is kept.</source>
        <translation>Importen stoppede: %1 Det, der blev importeret før, er gemt.</translation>
    </message>
    <message>
        <source>Stopping after the contacts being saved now…</source>
        <translation>Stopper, når de kontakter, der gemmes nu, er gemt …</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 skipped.</source>
        <translation>%1 importeret, %2 opdateret, %3 sprunget over.</translation>
    </message>
    <message>
        <source>Stopped: %1 What was imported before stopping is kept; importing the file again completes it.</source>
        <translation>Stoppet: %1 Det, der blev importeret, før importen blev stoppet, er gemt; importér filen igen for at gøre den færdig.</translation>
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
    <name>Invitations</name>
    <message>
        <source>accepted</source>
        <translation>kommer</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>kommer ikke</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>kommer måske</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>ingen e-mailadresse</translation>
    </message>
    <message>
        <source>Save and send &amp;invitations…</source>
        <translation>Gem og send &amp;invitationer…</translation>
    </message>
    <message>
        <source>Cancellation sent %1.</source>
        <translation>Aflysning sendt %1.</translation>
    </message>
    <message>
        <source>Invitations sent %1 to %2 attendees (version %3).</source>
        <translation>Invitationer sendt %1 til %2 deltagere (version %3).</translation>
    </message>
    <message>
        <source>Tell the invited attendees that it is cancelled? %1</source>
        <translation>Skal de inviterede deltagere have besked om, at aftalen er aflyst? %1</translation>
    </message>
    <message>
        <source>Send a cancellation</source>
        <translation>Send en aflysning</translation>
    </message>
    <message>
        <source>Nobody needs this message.</source>
        <translation>Ingen har brug for denne besked.</translation>
    </message>
    <message>
        <source>The file is not a complete iCalendar file.</source>
        <translation>Filen er ikke en komplet iCalendar-fil.</translation>
    </message>
    <message>
        <source>The answer names no attendee.</source>
        <translation>Svaret nævner ingen deltager.</translation>
    </message>
    <message>
        <source>The counter-proposal names no attendee to answer.</source>
        <translation>Modforslaget nævner ingen deltager, der kan svares.</translation>
    </message>
    <message>
        <source>An attendee&apos;s answer has no e-mail address.</source>
        <translation>En deltagers svar har ingen e-mailadresse.</translation>
    </message>
    <message>
        <source>{path} is not an invitation (its METHOD is not REQUEST).</source>
        <translation>{path} er ikke en invitation (dens METHOD er ikke REQUEST).</translation>
    </message>
    <message>
        <source>The invitation names no organizer to answer.</source>
        <translation>Invitationen nævner ingen arrangør at svare.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address; add it under Settings ▸ Executive and team.</source>
        <translation>{name} har ingen e-mailadresse; tilføj den under Indstillinger ▸ Leder og team.</translation>
    </message>
    <message>
        <source>The invitation is not addressed to {name} &lt;{email}&gt;.</source>
        <translation>Invitationen er ikke sendt til {name} &lt;{email}&gt;.</translation>
    </message>
    <message>
        <source>Answer with accepted, tentative or declined.</source>
        <translation>Svar med accepted, tentative eller declined.</translation>
    </message>
    <message>
        <source>Enter your own e-mail address under Settings ▸ E-mail: answers are sent on the executive&apos;s behalf.</source>
        <translation>Skriv din egen e-mailadresse under Indstillinger ▸ E-mail: svar sendes på lederens vegne.</translation>
    </message>
    <message>
        <source>Add the executive under Settings: invitations are sent on their behalf.</source>
        <translation>Tilføj lederen under Indstillinger: invitationer sendes på lederens vegne.</translation>
    </message>
    <message>
        <source>There is no appointment with ID {id}.</source>
        <translation>Der er ingen aftale med ID {id}.</translation>
    </message>
    <message>
        <source>“{title}” is in the trash; send a cancellation instead.</source>
        <translation>“{title}” ligger i papirkurven; send en aflysning i stedet.</translation>
    </message>
    <message>
        <source>“{title}” has no attendees to invite.</source>
        <translation>“{title}” har ingen deltagere at invitere.</translation>
    </message>
    <message>
        <source>No attendee of “{title}” has an e-mail address: {names}.</source>
        <translation>Ingen af deltagerne i “{title}” har en e-mailadresse: {names}.</translation>
    </message>
    <message>
        <source>Nobody was invited to “{title}”, so there is nobody to tell it is cancelled.</source>
        <translation>Ingen er inviteret til “{title}”, så der er ingen at fortælle, at den er aflyst.</translation>
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
    <name>Mail</name>
    <message>
        <source>Enter your own name and e-mail address under Settings ▸ E-mail first.</source>
        <translation>Skriv først dit eget navn og din e-mailadresse under Indstillinger ▸ E-mail.</translation>
    </message>
    <message>
        <source>{method} for “{title}” (SEQUENCE {sequence}) written to {path}.</source>
        <translation>{method} for “{title}” (SEQUENCE {sequence}) er skrevet til {path}.</translation>
    </message>
    <message>
        <source>Not invited: {name} has no e-mail address.</source>
        <translation>Ikke inviteret: {name} har ingen e-mailadresse.</translation>
    </message>
    <message>
        <source>The mail is open in your mail client; the draft is also kept at {path}.</source>
        <translation>Mailen er åbnet i dit mailprogram; kladden er også gemt i {path}.</translation>
    </message>
    <message>
        <source>The draft is open in your mail program.</source>
        <translation>Kladden er åbnet i dit mailprogram.</translation>
    </message>
    <message>
        <source>The draft {path} is open in your mail program.</source>
        <translation>Kladden {path} er åbnet i dit mailprogram.</translation>
    </message>
    <message>
        <source>No mail client was found; the draft is kept at {path}.</source>
        <translation>Der blev ikke fundet noget mailprogram; kladden er gemt i {path}.</translation>
    </message>
    <message>
        <source>The mail has no recipient.</source>
        <translation>Mailen har ingen modtager.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>“{address}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Draft written to {path}.</source>
        <translation>Kladden er skrevet til {path}.</translation>
    </message>
    <message>
        <source>no MAPI mail program is installed</source>
        <translation>der er ikke installeret noget MAPI-mailprogram</translation>
    </message>
    <message>
        <source>The mail program could not take the mail by MAPI ({reason}), so the draft {path} is opened instead.</source>
        <translation>Mailprogrammet kunne ikke modtage mailen via MAPI ({reason}), så kladden {path} er åbnet i stedet.</translation>
    </message>
    <message>
        <source>The mail program could not take the mail by MAPI ({reason}) and no other mail client was found; the draft is kept at {path}.</source>
        <translation>Mailprogrammet kunne ikke modtage mailen via MAPI ({reason}), og der blev ikke fundet noget andet mailprogram; kladden er gemt i {path}.</translation>
    </message>
    <message>
        <source>The mail was closed in your mail program without sending; the draft is kept at {path}.</source>
        <translation>Mailen blev lukket i dit mailprogram uden at blive sendt; kladden er gemt i {path}.</translation>
    </message>
    <message>
        <source>The mail is in your mail program with its attachments; the draft is also kept at {path}.</source>
        <translation>Mailen er åbnet i dit mailprogram med vedhæftede filer; kladden er også gemt i {path}.</translation>
    </message>
    <message>
        <source>{reason} The mail is kept as a draft: {path}.</source>
        <translation>{reason} Mailen er gemt som kladde: {path}.</translation>
    </message>
    <message>
        <source>The server refused some recipients ({said}); the others got the mail, and it is kept as a draft: {path}.</source>
        <translation>Serveren afviste nogle modtagere ({said}); de andre fik mailen, og den er gemt som kladde: {path}.</translation>
    </message>
    <message>
        <source>Sent to {recipients}.</source>
        <translation>Sendt til {recipients}.</translation>
    </message>
    <message>
        <source>{who} has no e-mail address; give one with the mail.</source>
        <translation>{who} har ingen e-mailadresse; angiv en til mailen.</translation>
    </message>
    <message>
        <source>Give the {what} as its ID (a number).</source>
        <translation>Angiv {what} med dets ID (et tal).</translation>
    </message>
    <message>
        <source>There is no call with ID {id}.</source>
        <translation>Der er intet opkald med ID {id}.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Opkaldet</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Ukendt opkalder</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>HASTER</translation>
    </message>
    <message>
        <source>Enter the text message address under Settings ▸ E-mail first.</source>
        <translation>Angiv SMS-adressen under Indstillinger ▸ E-mail først.</translation>
    </message>
    <message>
        <source>{who} has no mobile number to text.</source>
        <translation>{who} har intet mobilnummer at sende SMS til.</translation>
    </message>
    <message>
        <source>Call from {caller}, {when}.</source>
        <translation>Opkald fra {caller}, {when}.</translation>
    </message>
    <message>
        <source>Call back by {time}.</source>
        <translation>Ring tilbage senest {time}.</translation>
    </message>
    <message>
        <source>Message from {caller}</source>
        <translation>Besked fra {caller}</translation>
    </message>
    <message>
        <source>{address} is not an attendee of “{title}”.</source>
        <translation>{address} er ikke deltager i “{title}”.</translation>
    </message>
    <message>
        <source>Everyone has been invited to “{title}” already, and nothing has changed since.</source>
        <translation>Alle er allerede inviteret til “{title}”, og intet er ændret siden.</translation>
    </message>
    <message>
        <source>Cancelled: {title}</source>
        <translation>Aflyst: {title}</translation>
    </message>
    <message>
        <source>“{title}” ({when}) is cancelled.</source>
        <translation>“{title}” ({when}) er aflyst.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>Venlig hilsen</translation>
    </message>
    <message>
        <source>Updated: {subject}</source>
        <translation>Ændret: {subject}</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>rejseplan</translation>
    </message>
    <message>
        <source>There is no trip with ID {id}.</source>
        <translation>Der er ingen rejse med ID {id}.</translation>
    </message>
    <message>
        <source>There is no outing with ID {id}.</source>
        <translation>Der er intet arrangement med ID {id}.</translation>
    </message>
    <message>
        <source>No participant of “{title}” has an e-mail address.</source>
        <translation>Ingen af deltagerne i “{title}” har en e-mailadresse.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>{count} more in the calendar</source>
        <translation>{count} mere i kalenderen</translation>
    </message>
    <message>
        <source>call back by {when}</source>
        <translation>ring tilbage senest {when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The executive</source>
        <translation>Lederen</translation>
    </message>
    <message>
        <source>{name} has not arrived yet; check the guest in first.</source>
        <translation>{name} er ikke ankommet endnu; registrér først gæstens ankomst.</translation>
    </message>
    <message>
        <source>{name} has no host; give the address to tell with the mail.</source>
        <translation>{name} har ingen vært; angiv adressen på den, der skal have besked.</translation>
    </message>
    <message>
        <source>Accepted: {title}</source>
        <translation>Accepteret: {title}</translation>
    </message>
    <message>
        <source>Tentative: {title}</source>
        <translation>Foreløbig accepteret: {title}</translation>
    </message>
    <message>
        <source>Declined: {title}</source>
        <translation>Afslået: {title}</translation>
    </message>
    <message>
        <source>{name} accepts the invitation to “{title}”.</source>
        <translation>{name} siger ja tak til invitationen til “{title}”.</translation>
    </message>
    <message>
        <source>{name} accepts the invitation to “{title}” tentatively.</source>
        <translation>{name} siger foreløbig ja til invitationen til “{title}”.</translation>
    </message>
    <message>
        <source>{name} declines the invitation to “{title}”.</source>
        <translation>{name} må desværre melde afbud til “{title}”.</translation>
    </message>
    <message>
        <source>Proposal declined: {title}</source>
        <translation>Forslag afvist: {title}</translation>
    </message>
    <message>
        <source>Thank you for the proposal; “{title}” stays as it was.</source>
        <translation>Tak for forslaget; “{title}” forbliver som planlagt.</translation>
    </message>
    <message>
        <source>Give the day of the briefing as YYYY-MM-DD.</source>
        <translation>Angiv dagen for overblikket som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>opkaldet</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>aftalen</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>rejsen</translation>
    </message>
    <message>
        <source>outing</source>
        <translation>arrangementet</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>gæst</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the SMTP password in; install one (e.g. GNOME Keyring or KWallet) or hand mails to the mail client.</source>
        <translation>Denne computer har ingen nøglering til SMTP-adgangskoden; installér en (fx GNOME Keyring eller KWallet), eller lad mailprogrammet sende mails.</translation>
    </message>
    <message>
        <source>The keyring refused to keep the SMTP password.</source>
        <translation>Nøgleringen ville ikke gemme SMTP-adgangskoden.</translation>
    </message>
    <message>
        <source>The keyring could not be read; it may be locked.</source>
        <translation>Nøgleringen kunne ikke læses; den er måske låst.</translation>
    </message>
    <message>
        <source>The keyring refused to remove the SMTP password.</source>
        <translation>Nøgleringen ville ikke fjerne SMTP-adgangskoden.</translation>
    </message>
    <message>
        <source>Enter the SMTP server under Settings ▸ E-mail first.</source>
        <translation>Skriv først SMTP-serveren under Indstillinger ▸ E-mail.</translation>
    </message>
    <message>
        <source>The SMTP server {host} offers no STARTTLS, so the mail was not sent unencrypted.</source>
        <translation>SMTP-serveren {host} tilbyder ikke STARTTLS, så mailen blev ikke sendt ukrypteret.</translation>
    </message>
    <message>
        <source>No SMTP password is stored for {user}; enter it under Settings ▸ E-mail.</source>
        <translation>Der er ingen SMTP-adgangskode gemt for {user}; skriv den under Indstillinger ▸ E-mail.</translation>
    </message>
    <message>
        <source>The SMTP server {host} did not accept the user name and password.</source>
        <translation>SMTP-serveren {host} godtog ikke brugernavn og adgangskode.</translation>
    </message>
    <message>
        <source>The SMTP server refused the recipients ({said}); the mail was not sent.</source>
        <translation>SMTP-serveren afviste modtagerne ({said}); mailen blev ikke sendt.</translation>
    </message>
    <message>
        <source>The SMTP server {host} refused the mail: {said}.</source>
        <translation>SMTP-serveren {host} afviste mailen: {said}.</translation>
    </message>
    <message>
        <source>The encrypted connection to {host} failed: {reason}.</source>
        <translation>Den krypterede forbindelse til {host} mislykkedes: {reason}.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>intet svar i tide</translation>
    </message>
    <message>
        <source>Could not reach the SMTP server {host}:{port} ({reason}).</source>
        <translation>Kunne ikke få forbindelse til SMTP-serveren {host}:{port} ({reason}).</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>Your e-mail address is not an e-mail address.</source>
        <translation>Din e-mailadresse er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>Enter the SMTP server to send from here.</source>
        <translation>Skriv SMTP-serveren for at sende herfra.</translation>
    </message>
    <message>
        <source>The text message address is an e-mail address with {number} in it, e.g. {number}@sms.example.dk.</source>
        <translation>SMS-adressen er en e-mailadresse med {number} i, fx {number}@sms.example.dk.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Porten er et tal fra 1 til 65535.</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>as drafts in my mail program</source>
        <translation>som kladder i mit mailprogram</translation>
    </message>
    <message>
        <source>by SMTP from here</source>
        <translation>med SMTP herfra</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Ingen (kun lokal relay)</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in the database. Leave it empty to keep the password already stored.</source>
        <translation>Gemmes i systemets nøglering, aldrig i databasen. Lad feltet stå tomt for at beholde den gemte adgangskode.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Din &amp;e-mail:</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Din e-mailadresse</translation>
    </message>
    <message>
        <source>Invitations go out with the executive as organizer and you as the sender (&quot;on behalf of&quot;).</source>
        <translation>Invitationer sendes med lederen som arrangør og dig som afsender (&quot;på vegne af&quot;).</translation>
    </message>
    <message>
        <source>&amp;Hand mails over:</source>
        <translation>&amp;Send mails:</translation>
    </message>
    <message>
        <source>How mails are handed over</source>
        <translation>Hvordan mails sendes</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;server:</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <source>e.g. smtp.office365.com</source>
        <translation>fx smtp.office365.com</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Kr&amp;yptering:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-brugernavn</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-adgangskode</translation>
    </message>
    <message>
        <source>Te&amp;xt messages via:</source>
        <translation>S&amp;MS via:</translation>
    </message>
    <message>
        <source>E-mail-to-SMS gateway address</source>
        <translation>Adresse til e-mail-til-SMS-tjenesten</translation>
    </message>
    <message>
        <source>Your SMS gateway&apos;s address; {number} becomes the principal&apos;s mobile number with country code, digits only (e.g. 4520304050). Leave it empty to pass messages on by e-mail only.</source>
        <translation>Adressen på jeres SMS-tjeneste; {number} bliver til mobilnummeret med landekode, kun cifre (fx 4520304050). Lad feltet stå tomt for kun at sende beskeder videre pr. e-mail.</translation>
    </message>
    <message>
        <source>Mail &amp;templates…</source>
        <translation>Mailska&amp;beloner…</translation>
    </message>
</context>
<context>
    <name>MailTemplates</name>
    <message>
        <source>There is no template “{key}”; the templates are: {keys}.</source>
        <translation>Der er ingen skabelon “{key}”; skabelonerne er: {keys}.</translation>
    </message>
    <message>
        <source>Phone message (While you were out)</source>
        <translation>Telefonbesked (Mens du var væk)</translation>
    </message>
    <message>
        <source>Meeting invitation</source>
        <translation>Mødeindkaldelse</translation>
    </message>
    <message>
        <source>Itinerary to the traveller</source>
        <translation>Rejseplan til den rejsende</translation>
    </message>
    <message>
        <source>Outing invitation</source>
        <translation>Invitation til arrangement</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Dagens overblik</translation>
    </message>
    <message>
        <source>Your guest has arrived (to the host)</source>
        <translation>Din gæst er ankommet (til værten)</translation>
    </message>
    <message>
        <source>Templates are in Danish (da) or English (en).</source>
        <translation>Skabeloner findes på dansk (da) og engelsk (en).</translation>
    </message>
    <message>
        <source>A brace is not closed: write merge fields as {field}, and a brace itself as {{ or }}.</source>
        <translation>En klamme er ikke lukket: skriv flettefelter som {field} og selve klammen som {{ eller }}.</translation>
    </message>
    <message>
        <source>{fields} is not a merge field of this template; the fields are: {known}.</source>
        <translation>{fields} er ikke et flettefelt i denne skabelon; felterne er: {known}.</translation>
    </message>
    <message>
        <source>The subject must not be empty.</source>
        <translation>Emnet må ikke være tomt.</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be filled in; correct it under Mail templates.</source>
        <translation>Skabelonen “{name}” kan ikke udfyldes; ret den under Mailskabeloner.</translation>
    </message>
</context>
<context>
    <name>MailTemplatesDialog</name>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Kassér ændringerne i denne skabelon?</translation>
    </message>
    <message>
        <source>Merge fields: %1</source>
        <translation>Flettefelter: %1</translation>
    </message>
    <message>
        <source>Mail templates</source>
        <translation>Mailskabeloner</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Skabelonens sprog</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Text of the template</source>
        <translation>Skabelonens tekst</translation>
    </message>
    <message>
        <source>&amp;Restore the original wording</source>
        <translation>&amp;Gendan den oprindelige tekst</translation>
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
        <source>&amp;Switch language</source>
        <translation>&amp;Skift sprog</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
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
        <translation>fx Sommerudflugt til Bakken</translation>
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
        <translation>Kommer</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Kommer ikke</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Har ikke svaret</translation>
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
        <translation>Skriv vekselkursen, fx 7,4603.</translation>
    </message>
    <message>
        <source>Enter the VAT rate in percent, e.g. 25.</source>
        <translation>Skriv momssatsen i procent, fx 25.</translation>
    </message>
</context>
<context>
    <name>OutingReport</name>
    <message>
        <source>Give the number of the outing, e.g. “report outing 12”.</source>
        <translation>Angiv arrangementets nummer, fx “report outing 12”.</translation>
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
        <translation>Pr. deltager ({n})</translation>
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
        <translation>{total} deltagere: {accepted} kommer, {declined} kommer ikke, {no_reply} har ikke svaret</translation>
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
        <source>{outing} for 1 {currency} (required)</source>
        <translation>{outing} for 1 {currency} (skal udfyldes)</translation>
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
        <translation>Kommer</translation>
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
        <translation>fx vegetar, ingen nødder</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bemærkninger:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Add se&amp;veral:</source>
        <translation>Tilføj &amp;flere:</translation>
    </message>
    <message>
        <source>People found (Space ticks; every ticked person is added)</source>
        <translation>Fundne personer (mellemrum sætter flueben; alle med flueben tilføjes)</translation>
    </message>
    <message>
        <source>Type a name above, tick everyone who comes, then Save.</source>
        <translation>Skriv et navn ovenfor, sæt flueben ved alle, der kommer, og tryk Gem.</translation>
    </message>
</context>
<context>
    <name>PassOn</name>
    <message>
        <source>Send to %1…</source>
        <translation>Send til %1…</translation>
    </message>
    <message>
        <source>Send the message…</source>
        <translation>Send beskeden…</translation>
    </message>
    <message>
        <source>Passed on %1</source>
        <translation>Givet videre %1</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-mail til %1</translation>
    </message>
    <message>
        <source>Text message to %1</source>
        <translation>SMS til %1</translation>
    </message>
    <message>
        <source>Mail the message slip (%1)</source>
        <translation>Send telefonbeskeden som mail (%1)</translation>
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
        <translation>Skriv TT:MM, fx 08:30.</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
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
        <translation>Var &amp;forbi</translation>
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
    <name>Reception</name>
    <message>
        <source>Keep the visitor log for 1 to 365 days, not {days}.</source>
        <translation>Gæstelisten kan gemmes i 1 til 365 dage, ikke {days}.</translation>
    </message>
    <message>
        <source>Visitor log: visits past the retention of {days} days to purge: {count}</source>
        <translation>Gæsteliste: besøg ældre end opbevaringsperioden på {days} dage, der skal slettes: {count}</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation>Skriv gæstens navn.</translation>
    </message>
    <message>
        <source>Unknown host.</source>
        <translation>Ukendt vært.</translation>
    </message>
    <message>
        <source>Choose Danish or English for the badge.</source>
        <translation>Vælg dansk eller engelsk til navneskiltet.</translation>
    </message>
    <message>
        <source>There is no visitor number {id}.</source>
        <translation>Der er ingen gæst med nummer {id}.</translation>
    </message>
    <message>
        <source>{name} has not arrived yet.</source>
        <translation>{name} er ikke kommet endnu.</translation>
    </message>
</context>
<context>
    <name>ReceptionSection</name>
    <message>
        <source>Left %1</source>
        <translation>Gået %1</translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <translation>Ankommet %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Guests today</source>
        <translation>Dagens gæster</translation>
    </message>
    <message>
        <source>New &amp;guest…</source>
        <translation>Ny &amp;gæst…</translation>
    </message>
    <message>
        <source>Expect a new guest (Ctrl+Shift+G)</source>
        <translation>Registrér en ny ventet gæst (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Registrér &amp;ankomst</translation>
    </message>
    <message>
        <source>Register the guest&apos;s arrival and tell the host (F6)</source>
        <translation>Registrér gæstens ankomst og giv værten besked (F6)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Tjek ud</translation>
    </message>
    <message>
        <source>Register that the guest has left (Shift+F6)</source>
        <translation>Registrér, at gæsten er gået (Shift+F6)</translation>
    </message>
    <message>
        <source>Tell the host by &amp;e-mail…</source>
        <translation>Giv værten besked pr. &amp;e-mail…</translation>
    </message>
    <message>
        <source>Mail the host that the guest has arrived (%1)</source>
        <translation>Send en e-mail til værten om, at gæsten er ankommet (%1)</translation>
    </message>
    <message>
        <source>Tell the host by e-mail…</source>
        <translation>Giv værten besked pr. e-mail…</translation>
    </message>
    <message>
        <source>From the &amp;calendar</source>
        <translation>Fra &amp;kalenderen</translation>
    </message>
    <message>
        <source>Expect the external attendees of today&apos;s appointments</source>
        <translation>Registrér de eksterne deltagere i dagens aftaler som ventede gæster</translation>
    </message>
    <message>
        <source>Name &amp;badges…</source>
        <translation>&amp;Navneskilte…</translation>
    </message>
    <message>
        <source>&amp;Roll call…</source>
        <translation>&amp;Mandtalsliste…</translation>
    </message>
    <message>
        <source>Fire drill: print who is in the building now</source>
        <translation>Brandøvelse: udskriv, hvem der er i bygningen lige nu</translation>
    </message>
    <message>
        <source>Reception: %1 of %2 guests arrived</source>
        <translation>Reception: %1 af %2 gæster er kommet</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Remove %1 from the visitor log?</source>
        <translation>Vil du fjerne %1 fra gæstelisten?</translation>
    </message>
    <message>
        <source>Your guest has arrived</source>
        <translation>Din gæst er kommet</translation>
    </message>
    <message>
        <source>%1: %2 is at the reception.</source>
        <translation>%1: %2 venter i receptionen.</translation>
    </message>
    <message>
        <source>%1 is at the reception.</source>
        <translation>%1 venter i receptionen.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save name badges</source>
        <translation>Gem navneskilte</translation>
    </message>
    <message>
        <source>badges.pdf</source>
        <translation>navneskilte.pdf</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilte</translation>
    </message>
    <message>
        <source>Save roll call</source>
        <translation>Gem mandtalsliste</translation>
    </message>
    <message>
        <source>roll-call.pdf</source>
        <translation>mandtalsliste.pdf</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Mandtalsliste</translation>
    </message>
</context>
<context>
    <name>ReceptionSettingsPage</name>
    <message>
        <source>&amp;Keep the visitor log for:</source>
        <translation>&amp;Gem gæstelisten i:</translation>
    </message>
    <message>
        <source>days (1–365)</source>
        <translation>dage (1–365)</translation>
    </message>
    <message>
        <source>Days the visitor log keeps a visit</source>
        <translation>Antal dage, gæstelisten gemmer et besøg</translation>
    </message>
    <message>
        <source>Each visit is deleted for good this many days after its last moment (expected, arrived or left): personal data is kept no longer than necessary (GDPR art. 5(1)(e)). The purge runs when the program starts; “opsassistant check” shows what it would delete.</source>
        <translation>Hvert besøg slettes endeligt så mange dage efter sit seneste tidspunkt (ventet, ankommet eller gået): personoplysninger gemmes ikke længere end nødvendigt (GDPR art. 5, stk. 1, litra e). Sletningen sker, når programmet starter; “opsassistant check” viser, hvad der ville blive slettet.</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
</context>
<context>
    <name>RecurrenceText</name>
    <message>
        <source>every second</source>
        <translation>hvert sekund</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>hvert minut</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>hver time</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>hver dag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>hver uge</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>hvert år</translation>
    </message>
    <message>
        <source>every %1 seconds</source>
        <translation>hvert %1. sekund</translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>hvert %1. minut</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>hver %1. time</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>hver %1. dag</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>hver %1. uge</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>hver %1. måned</translation>
    </message>
    <message>
        <source>every %1 years</source>
        <translation>hvert %1. år</translation>
    </message>
    <message>
        <source>the first %1</source>
        <translation>den første %1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <translation>den anden %1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <translation>den tredje %1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <translation>den fjerde %1</translation>
    </message>
    <message>
        <source>the fifth %1</source>
        <translation>den femte %1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <translation>den sidste %1</translation>
    </message>
    <message>
        <source>the second-to-last %1</source>
        <translation>den næstsidste %1</translation>
    </message>
    <message>
        <source>%1 number %2</source>
        <translation>%1 nummer %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>i %1</translation>
    </message>
    <message>
        <source>in week %1</source>
        <translation>i uge %1</translation>
    </message>
    <message>
        <source>on day %1 of the year</source>
        <translation>på dag %1 i året</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>den sidste</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>på dag %1 i måneden</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>only the last of these</source>
        <translation>kun den sidste af dem</translation>
    </message>
    <message>
        <source>only the first of these</source>
        <translation>kun den første af dem</translation>
    </message>
    <message>
        <source>only number %1 of these</source>
        <translation>kun nummer %1 af dem</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 gange</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til og med %1</translation>
    </message>
    <message>
        <source>Custom rule: %1</source>
        <translation>Særlig regel: %1</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mere</translation>
    </message>
    <message>
        <source>Also on %1</source>
        <translation>Også %1</translation>
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
        <source>Travel-expense claim</source>
        <translation>Rejseafregning</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Navneskilte</translation>
    </message>
    <message>
        <source>Fire drill: roll call</source>
        <translation>Brandøvelse: mandtalsliste</translation>
    </message>
    <message>
        <source>The day&apos;s appointments, hour by hour, for everyone or one person.</source>
        <translation>Dagens aftaler time for time, for alle eller for én person.</translation>
    </message>
    <message>
        <source>The whole week that contains the date: a row per person, a column per day.</source>
        <translation>Hele ugen med den valgte dato: en række pr. person, en kolonne pr. dag.</translation>
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
        <source>A trip&apos;s driving log, per diem by day, expenses and receipts, to be signed.</source>
        <translation>En rejses kørebog, diæter dag for dag, udgifter og bilag, til underskrift.</translation>
    </message>
    <message>
        <source>A name badge for each guest expected on the date, 2 × 4 on an A4 label sheet.</source>
        <translation>Et navneskilt til hver gæst, der ventes på datoen, 2 × 4 på et A4-etiketark.</translation>
    </message>
    <message>
        <source>Every visitor checked in and not yet out, to tick off at the assembly point.</source>
        <translation>Alle gæster, der er ankommet og ikke gået igen, til afkrydsning på samlingsstedet.</translation>
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
        <source>The report could not be printed: {reason}</source>
        <translation>Rapporten kunne ikke udskrives: {reason}</translation>
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
        <source>The restore was stopped. The current data was not changed.</source>
        <translation>Gendannelsen blev stoppet. De nuværende data er ikke ændret.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1 The current data was not changed.</source>
        <translation>Sikkerhedskopien kunne ikke gendannes: %1 De nuværende data er ikke ændret.</translation>
    </message>
    <message>
        <source>Restoring the backup from %1…</source>
        <translation>Gendanner sikkerhedskopien fra %1 …</translation>
    </message>
    <message>
        <source>Stopping the restore…</source>
        <translation>Stopper gendannelsen …</translation>
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
    <name>RollCall</name>
    <message>
        <source>Fire drill: visitors in the building</source>
        <translation>Brandøvelse: gæster i bygningen</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Pr. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <source>Visitors in the building: %1</source>
        <translation>Gæster i bygningen: %1</translation>
    </message>
    <message>
        <source>No visitors are checked in.</source>
        <translation>Ingen gæster er registreret som ankommet.</translation>
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
    <name>SendMailDialog</name>
    <message>
        <source>Send as</source>
        <translation>Send som</translation>
    </message>
    <message>
        <source>Send &amp;as:</source>
        <translation>Send s&amp;om:</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>sendt af %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>A cancellation goes to %1, who is no longer invited.</source>
        <translation>%1 er ikke længere inviteret og får en aflysning.</translation>
    </message>
    <message>
        <source>%1 has no e-mail address and is not invited.</source>
        <translation>%1 har ingen e-mailadresse og bliver ikke inviteret.</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>Op&amp;en in mail program</source>
        <translation>Åbn i &amp;mailprogram</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Sender via %1…</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>Send e-mail</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Bcc:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Language of the mail</source>
        <translation>Mailens sprog</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Vedhæftet:</translation>
    </message>
    <message>
        <source>Text of the mail</source>
        <translation>Mailens tekst</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Åbn i &amp;mailprogram</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SentMail</name>
    <message>
        <source>Sent by SMTP</source>
        <translation>Sendt via SMTP</translation>
    </message>
    <message>
        <source>Draft for the mail program</source>
        <translation>Kladde til mailprogrammet</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Sent mail</source>
        <translation>Sendte mails</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 mere</translation>
    </message>
    <message>
        <source>Sent mail (%1)…</source>
        <translation>Sendte mails (%1)…</translation>
    </message>
</context>
<context>
    <name>SentMailDialog</name>
    <message>
        <source>Sent mail</source>
        <translation>Sendte mails</translation>
    </message>
    <message>
        <source>Mail about %1</source>
        <translation>Mails om %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hvordan</translation>
    </message>
    <message>
        <source>No mail has been sent about this yet.</source>
        <translation>Der er endnu ikke sendt nogen mails om dette.</translation>
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
    <name>Sync</name>
    <message>
        <source>Name the account.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <source>account add needs --url (or --email) and --user.</source>
        <translation>account add kræver --url (eller --email) og --user.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Adgangskode for {user}: </translation>
    </message>
    <message>
        <source>Found the calendar server: {url}</source>
        <translation>Fandt kalenderserveren: {url}</translation>
    </message>
    <message>
        <source>Added the account “{name}”.</source>
        <translation>Kontoen “{name}” er tilføjet.</translation>
    </message>
    <message>
        <source>Removed the account “{name}”.</source>
        <translation>Kontoen “{name}” er fjernet.</translation>
    </message>
    <message>
        <source>account map needs the calendar&apos;s name.</source>
        <translation>account map kræver kalenderens navn.</translation>
    </message>
    <message>
        <source>account map needs --principal NAME, --none or --attendee EMAIL.</source>
        <translation>account map kræver --principal NAVN, --none eller --attendee E-MAIL.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved; it is sent at the next sync.</source>
        <translation>Konflikt {id} er løst; den sendes ved næste synkronisering.</translation>
    </message>
    <message>
        <source>There is no account to sync; add one with “opsassistant account add”.</source>
        <translation>Der er ingen konto at synkronisere; tilføj en med “opsassistant account add”.</translation>
    </message>
    <message>
        <source>This system has no keyring to keep the password in; install one (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Systemet har ingen nøglering at gemme adgangskoden i; installér en (fx GNOME Keyring eller KWallet), og prøv igen.</translation>
    </message>
    <message>
        <source>The password of the account “{name}” is not in the keyring; add the account again.</source>
        <translation>Adgangskoden til kontoen “{name}” findes ikke i nøgleringen; tilføj kontoen igen.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation>Der er ingen konto, der hedder “{name}”.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <source>An account called “{name}” exists already.</source>
        <translation>Der findes allerede en konto, der hedder “{name}”.</translation>
    </message>
    <message>
        <source>The account “{account}” has no calendar “{calendar}”; run sync once to list its calendars.</source>
        <translation>Kontoen “{account}” har ingen kalender “{calendar}”; synkronisér én gang for at se dens kalendere.</translation>
    </message>
    <message>
        <source>There is no principal called “{name}”.</source>
        <translation>Der er ingen person, der hedder “{name}”.</translation>
    </message>
    <message>
        <source>There is no conflict with the number {id}.</source>
        <translation>Der er ingen konflikt med nummer {id}.</translation>
    </message>
    <message>
        <source>Choose mine, theirs or both.</source>
        <translation>Vælg mine, theirs eller both.</translation>
    </message>
    <message>
        <source>One side deleted it: keep mine or keep theirs.</source>
        <translation>Den ene side har slettet den: behold min eller serverens udgave.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (it may be self-signed). If you trust this server, add the account again and say so (“I trust it”, or --insecure).</source>
        <translation>Serverens certifikat er ikke godkendt (det er måske selvsigneret). Stoler du på serveren, så tilføj kontoen igen og sig det (“jeg stoler på det” eller --insecure).</translation>
    </message>
    <message>
        <source>The calendar server could not be reached: {reason}</source>
        <translation>Kalenderserveren kunne ikke nås: {reason}</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Serveren afviste brugernavnet eller adgangskoden.</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>Navn: {value}</translation>
    </message>
    <message>
        <source>Organisation: {value}</source>
        <translation>Organisation: {value}</translation>
    </message>
    <message>
        <source>Job title: {value}</source>
        <translation>Stilling: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-mail: {value}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Changed occurrence of {when}</source>
        <translation>Ændret forekomst den {when}</translation>
    </message>
    <message>
        <source>Title: {value}</source>
        <translation>Titel: {value}</translation>
    </message>
    <message>
        <source>Starts: {value}</source>
        <translation>Starter: {value}</translation>
    </message>
    <message>
        <source>Ends: {value}</source>
        <translation>Slutter: {value}</translation>
    </message>
    <message>
        <source>Place: {value}</source>
        <translation>Sted: {value}</translation>
    </message>
    <message>
        <source>Repeats: {value}</source>
        <translation>Gentages: {value}</translation>
    </message>
    <message>
        <source>{account}: {received} received, {sent} sent, {deleted} deleted, {conflicts} conflicts</source>
        <translation>{account}: {received} modtaget, {sent} sendt, {deleted} slettet, {conflicts} konflikter</translation>
    </message>
    <message>
        <source>Syncing {calendar}…</source>
        <translation>Synkroniserer {calendar}…</translation>
    </message>
    <message>
        <source>Syncing {calendar}: {done} of {total}…</source>
        <translation>Synkroniserer {calendar}: {done} af {total}…</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>“{address}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>No calendar server was found for {address}: {domain} names none in DNS (SRV records) and none answers at its /.well-known/caldav; give the server&apos;s URL instead.</source>
        <translation>Der blev ikke fundet nogen kalenderserver til {address}: {domain} angiver ingen i DNS (SRV-poster), og ingen svarer på dens /.well-known/caldav; angiv i stedet serverens URL.</translation>
    </message>
    <message>
        <source>The scheduling inbox could not be read: {reason}</source>
        <translation>Serverens indbakke til mødeindkaldelser kunne ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{account}: this server has no scheduling inbox; answers to invitations come by e-mail.</source>
        <translation>{account}: serveren har ingen indbakke til mødeindkaldelser; svar på invitationer kommer pr. mail.</translation>
    </message>
    <message>
        <source>Scheduling inbox: {name} was left there: {reason}</source>
        <translation>Indbakke til mødeindkaldelser: {name} blev liggende: {reason}</translation>
    </message>
    <message>
        <source>answers received: {count}</source>
        <translation>svar modtaget: {count}</translation>
    </message>
    <message>
        <source>Scheduling inbox: {items}</source>
        <translation>Indbakke til mødeindkaldelser: {items}</translation>
    </message>
    <message>
        <source>it holds no appointment.</source>
        <translation>den indeholder ingen aftale.</translation>
    </message>
    <message>
        <source>a counter-proposal from {who}</source>
        <translation>et modforslag fra {who}</translation>
    </message>
    <message>
        <source>{who} asks for the current invitation</source>
        <translation>{who} beder om den aktuelle invitation</translation>
    </message>
    <message>
        <source>“{title}” was cancelled by {who}</source>
        <translation>“{title}” er aflyst af {who}</translation>
    </message>
    <message>
        <source>its METHOD {method} is not handled here.</source>
        <translation>dens METHOD {method} håndteres ikke her.</translation>
    </message>
    <message>
        <source>it names no attendee.</source>
        <translation>den nævner ingen deltager.</translation>
    </message>
    <message>
        <source>no calendar of this account belongs to anyone here.</source>
        <translation>ingen af kontoens kalendere tilhører nogen her.</translation>
    </message>
    <message>
        <source>an invitation to “{title}” from {who}</source>
        <translation>en invitation til “{title}” fra {who}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkronisér nu</translation>
    </message>
    <message>
        <source>Calendar &amp;accounts…</source>
        <translation>Kalender&amp;konti…</translation>
    </message>
    <message>
        <source>No calendar account yet: add one under File ▸ Calendar accounts…</source>
        <translation>Ingen kalenderkonto endnu: tilføj en under Filer ▸ Kalenderkonti…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synkroniseringen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Sync done. Conflicts waiting for your choice: %1</source>
        <translation>Synkroniseret. Konflikter, der venter på dit valg: %1</translation>
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
        <translation>fx Bestil bussen</translation>
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
    <name>TodayAnswers</name>
    <message>
        <source>%1 has accepted “%2”</source>
        <translation>%1 kommer til “%2”</translation>
    </message>
    <message>
        <source>%1 has declined “%2”</source>
        <translation>%1 har meldt afbud til “%2”</translation>
    </message>
    <message>
        <source>%1 has answered maybe to “%2”</source>
        <translation>%1 kommer måske til “%2”</translation>
    </message>
    <message>
        <source>%1 has not answered “%2” yet</source>
        <translation>%1 har ikke svaret på “%2” endnu</translation>
    </message>
    <message>
        <source>Answers to invitations</source>
        <translation>Svar på invitationer</translation>
    </message>
    <message>
        <source>&amp;Answer an invitation…</source>
        <translation>&amp;Besvar en invitation…</translation>
    </message>
    <message>
        <source>%1 proposes a change to “%2”</source>
        <translation>%1 foreslår en ændring af “%2”</translation>
    </message>
    <message>
        <source>%1 asks for the current invitation to “%2”</source>
        <translation>%1 beder om den aktuelle invitation til “%2”</translation>
    </message>
    <message>
        <source>Invitation from %1: “%2” — waiting for an answer</source>
        <translation>Invitation fra %1: “%2” — venter på svar</translation>
    </message>
    <message>
        <source>No answers in the last week.</source>
        <translation>Ingen svar den seneste uge.</translation>
    </message>
    <message>
        <source>Answer an invitation</source>
        <translation>Besvar en invitation</translation>
    </message>
    <message>
        <source>Invitations (*.ics)</source>
        <translation>Invitationer (*.ics)</translation>
    </message>
    <message>
        <source>Counter-proposal</source>
        <translation>Modforslag</translation>
    </message>
    <message>
        <source>%1 proposes a change to “%2” (new start: %3). Nothing has been changed; change the appointment and send the update if you agree.</source>
        <translation>%1 foreslår en ændring af “%2” (nyt starttidspunkt: %3). Intet er ændret; ret aftalen og send opdateringen, hvis I er enige.</translation>
    </message>
    <message>
        <source>&amp;Seen</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <source>&amp;Decline the proposal…</source>
        <translation>A&amp;fvis forslaget…</translation>
    </message>
    <message>
        <source>The appointment is no longer in the calendar.</source>
        <translation>Aftalen er ikke længere i kalenderen.</translation>
    </message>
    <message>
        <source>Add the executive under Settings first.</source>
        <translation>Tilføj først lederen under Indstillinger.</translation>
    </message>
    <message>
        <source>“%1” from %2. What does %3 answer?</source>
        <translation>“%1” fra %2. Hvad svarer %3?</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Ja tak</translation>
    </message>
    <message>
        <source>&amp;Maybe</source>
        <translation>&amp;Måske</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Nej tak</translation>
    </message>
    <message>
        <source>Send the message to the person it is for…</source>
        <translation>Send beskeden til den, den er til…</translation>
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
        <source>%1 more in the calendar…</source>
        <translation>%1 mere i kalenderen…</translation>
    </message>
    <message>
        <source>%1 more in the contacts…</source>
        <translation>%1 mere i kontakterne…</translation>
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
        <source>stopped: {counts}. What was imported before stopping is kept; importing the file again completes it.</source>
        <translation>stoppet: {counts}. Det, der blev importeret, før importen blev stoppet, er gemt; importér filen igen for at gøre den færdig.</translation>
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
        <source>Stopping after the records being saved now…</source>
        <translation>Stopper, når de poster, der gemmes nu, er gemt …</translation>
    </message>
    <message>
        <source>Importing {file}: {done} of {total} records…</source>
        <translation>Importerer {file}: {done} af {total} poster …</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importerer {file} …</translation>
    </message>
    <message>
        <source>The import stopped: {reason} What was imported before is kept.</source>
        <translation>Importen stoppede: {reason} Det, der blev importeret før, er gemt.</translation>
    </message>
    <message>
        <source>Import stopped: {imported} imported, {updated} updated, {skipped} skipped before stopping.</source>
        <translation>Importen blev stoppet: {imported} importeret, {updated} opdateret og {skipped} sprunget over, før den blev stoppet.</translation>
    </message>
    <message>
        <source>Import finished: {imported} imported, {updated} updated, {skipped} skipped.</source>
        <translation>Importen er færdig: {imported} importeret, {updated} opdateret og {skipped} sprunget over.</translation>
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
    <name>TravelClaim</name>
    <message>
        <source>&amp;Bookkeeping…</source>
        <translation>&amp;Bogføring…</translation>
    </message>
    <message>
        <source>Driving log, meals provided (per diem) and expenses of the trip (Ctrl+Shift+K)</source>
        <translation>Rejsens kørebog, fri kost (diæter) og udgifter (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Travel-expense claim…</source>
        <translation>Rejseafregning…</translation>
    </message>
    <message>
        <source>Save travel-expense claim</source>
        <translation>Gem rejseafregning</translation>
    </message>
    <message>
        <source>claim.pdf</source>
        <translation>rejseafregning.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Travel-expense claim</source>
        <translation>Rejseafregning</translation>
    </message>
    <message>
        <source>Could not save the claim: %1</source>
        <translation>Rejseafregningen kunne ikke gemmes: %1</translation>
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
        <source>not set (e.g. 3.12.2026)</source>
        <translation>ikke angivet (fx 3.12.2026)</translation>
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
    <name>TypedDates</name>
    <message>
        <source>“%1” is not a date. Type it as 3.12.2026, 3.12. or 2026-12-03.</source>
        <translation>“%1” er ikke en dato. Skriv den som 3.12.2026, 3.12. eller 2026-12-03.</translation>
    </message>
    <message>
        <source>“%1” is not a day in the calendar.</source>
        <translation>“%1” er ikke en dag i kalenderen.</translation>
    </message>
    <message>
        <source>“%1” is not a time. Type it as 9.30 or 14.00.</source>
        <translation>“%1” er ikke et klokkeslæt. Skriv det som 9.30 eller 14.00.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Type it as 3.12.2026 9.30.</source>
        <translation>“%1” er ikke en dato og et klokkeslæt. Skriv det som 3.12.2026 9.30.</translation>
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
    <name>VisitorDialog</name>
    <message>
        <source>New guest</source>
        <translation>Ny gæst</translation>
    </message>
    <message>
        <source>Edit guest</source>
        <translation>Redigér gæst</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Vært:</translation>
    </message>
    <message>
        <source>E&amp;xpected:</source>
        <translation>Ven&amp;tet:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;ormål:</translation>
    </message>
    <message>
        <source>&amp;Badge language:</source>
        <translation>Sprog på navne&amp;skilt:</translation>
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
        <source>Discard the changes?</source>
        <translation>Vil du kassere ændringerne?</translation>
    </message>
</context>
<context>
    <name>WeekReport</name>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Week overview</source>
        <translation>Ugeoversigt</translation>
    </message>
    <message>
        <source>Nothing is booked this week and there are no principals yet.</source>
        <translation>Intet er planlagt i denne uge, og der er endnu ingen personer.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
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
