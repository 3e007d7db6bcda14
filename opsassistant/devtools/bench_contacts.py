"""Contacts benchmarks: ``seed(count)`` fills the open database fast; ``measure(workdir, scale)`` times the
contacts rows of DESIGN.md's budget table. Never a test: nothing here asserts a time."""

from __future__ import annotations

import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from opsassistant.devtools.benchlib import (
    JOB,
    BenchRow,
    ProcessRun,
    Timing,
    bench_copy,
    bulk_writes,
    cached_database,
    data_mb,
    median_ms,
    open_path,
    run_process,
    scaling_row,
    slope_scale,
    timed,
    without_indexes,
)

FIRST = ("Anne", "Mette", "Hanne", "Susanne", "Lene", "Marianne", "Camilla", "Louise", "Pia", "Karen", "Søren",
         "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Niels", "Anders", "Rasmus", "Mads", "Jørgen",
         "Bjørn", "Åse", "Ida", "Freja", "Emil", "Frederik", "Sofie", "Kasper")
LAST = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Østergaard", "Bæk", "Kjær", "Lund", "Holm", "Schmidt", "Dahl", "Friis")
ORGS = ("Ærø Rederi A/S", "Nordisk Logistik ApS", "Københavns Kommune", "Dansk Byggeri", "Mærsk", "Novo Nordisk",
        "Aarhus Universitet", "Region Hovedstaden", "Carlsberg", "Vestas", "Danske Bank", "Østjysk Revision",
        "Bæk & Søn", "Kantinen", "")
TITLES = ("Direktør", "Sekretær", "Indkøbschef", "Konsulent", "Projektleder", "Økonomichef", "")
CHUNK = 5000


TEMPLATE = 50_000  # contacts made in Python; more are SQL copies of them (see copy_contacts)


def seed(count: int, rng: random.Random | None = None) -> int:
    """Bulk-insert ``count`` synthetic contacts (phones, e-mails, FTS rows) into the open database: up to
    :data:`TEMPLATE` made one by one, the rest copied from those in SQL (see :func:`copy_contacts`)."""
    from opsassistant.db.models import database

    first_id = (database.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] or 0) + 1
    made = _make(min(count, TEMPLATE), rng)
    if count > made:
        copy_contacts(first_id, made, count - made)
    from opsassistant.services.contacts import ranking

    ranked = database.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'contact_rank_pending'").fetchone()
    if ranked:  # raw-SQL rows are only pending for the list-ordered index: place them, as an app write does
        with database.atomic():
            ranking.catch_up()
    return count


def _make(count: int, rng: random.Random | None = None) -> int:
    from opsassistant.db.models import database
    from opsassistant.db.models.base import utcnow
    from opsassistant.services.contacts import indexing

    rng = rng or random.Random(42)
    start = (database.execute_sql("SELECT coalesce(max(id), 0) FROM contact").fetchone()[0] or 0) + 1
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S")
    with database.atomic():
        for chunk_start in range(0, count, CHUNK):
            contacts, phones, emails, fts = [], [], [], []
            for i in range(chunk_start, min(count, chunk_start + CHUNK)):
                cid = start + i
                first, last = rng.choice(FIRST), rng.choice(LAST)
                org, title = rng.choice(ORGS), rng.choice(TITLES)
                name = f"{first} {last}"
                national = f"{rng.randint(2, 9)}{rng.randint(0, 9_999_999):07d}"
                e164 = f"+45{national}"
                email = f"{indexing.fold(first)}.{indexing.fold(last)}{cid}@example.dk".replace(" ", "")
                birthday = f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" \
                    if i % 5 == 0 else None
                contacts.append((cid, str(uuid.UUID(int=rng.getrandbits(128))), first, last, name,
                                 indexing.sort_key(first, last, name), org, title, "", birthday, "",
                                 int(i % 50 == 0), int(i % 200 == 0), e164, email, now, now))
                phones.append((cid, "mobile", "", f"{national[:2]} {national[2:4]} {national[4:6]} {national[6:]}",
                               e164, national, 0))
                emails.append((cid, "work", email, 0))
                fts.append(indexing.fts_row(cid, name=name, organisation=org, title=title, emails=[email],
                                            phones=[(e164, national)]))
            database.execute_sql("SELECT 1")  # keep the connection open inside the transaction
            cursor = database.cursor()
            cursor.executemany(
                "INSERT INTO contact (id, uid, first_name, last_name, display_name, sort_name, organisation, title, "
                "department, birthday, notes, favourite, vip, primary_phone, primary_email, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts)
            cursor.executemany("INSERT INTO contact_phone (contact_id, kind, label, typed, e164, digits, position) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)", phones)
            cursor.executemany("INSERT INTO contact_email (contact_id, kind, address, position) VALUES (?, ?, ?, ?)",
                               emails)
            cursor.executemany(indexing.INSERT_SQL, fts)
    return count


# A copy's number: national digits from a multiplicative hash of its new id (distinct, spread over 2…9xxxxxxx).
_NATIONAL = "printf('%d%07d', 2 + ((id * 2654435761) % 4294967296) % 8, ((id * 2654435761) % 4294967296) / 8 % 10000000)"


def copy_contacts(first_id: int, size: int, count: int) -> None:
    """Add ``count`` contacts copied in SQL from the ``size`` made from ``first_id`` on: the same names and
    organisations (drawn from short lists anyway), a new UID, phone number and e-mail address for each, their
    search rows written as the app writes them (``indexing``'s columns)."""
    from opsassistant.db.models import database

    done, copy = 0, 0
    database.execute_sql("PRAGMA synchronous = OFF")  # the bench file only
    try:
        with database.atomic(), without_indexes(
                database, ("contact", "contact_phone", "contact_email"),
                keep=("contact_phone_contact_id", "contact_email_contact_id")):
            while done < count:
                copy += 1
                offset, take = copy * size, min(size, count - done)
                window = (offset, first_id, first_id + take - 1)
                database.execute_sql(
                    "CREATE TEMP TABLE IF NOT EXISTS bench_number (id INTEGER PRIMARY KEY, national TEXT)")
                database.execute_sql("DELETE FROM temp.bench_number")
                database.execute_sql(f"INSERT INTO temp.bench_number SELECT id + ?1, {_NATIONAL.replace('id', '(id + ?1)')} "
                                     "FROM contact WHERE id BETWEEN ?2 AND ?3", window)
                database.execute_sql(
                    "INSERT INTO contact (id, uid, first_name, last_name, display_name, sort_name, organisation, title, "
                    "department, birthday, notes, favourite, vip, primary_phone, primary_email, created_at, updated_at, "
                    "change_count) SELECT c.id + ?1, substr(c.uid, 1, 24) || printf('%012x', c.id + ?1), first_name, "
                    "last_name, display_name, sort_name, organisation, title, department, birthday, notes, favourite, "
                    "vip, '+45' || n.national, replace(primary_email, c.id || '@', (c.id + ?1) || '@'), created_at, "
                    "updated_at, 1 FROM contact c JOIN temp.bench_number n ON n.id = c.id + ?1 "
                    "WHERE c.id BETWEEN ?2 AND ?3", window)
                database.execute_sql(
                    "INSERT INTO contact_phone (contact_id, kind, label, typed, e164, digits, position) "
                    "SELECT n.id, kind, label, substr(n.national, 1, 2) || ' ' || substr(n.national, 3, 2) || ' ' || "
                    "substr(n.national, 5, 2) || ' ' || substr(n.national, 7), '+45' || n.national, n.national, "
                    "position FROM contact_phone p JOIN temp.bench_number n ON n.id = p.contact_id + ?1 "
                    "WHERE p.contact_id BETWEEN ?2 AND ?3", window)
                database.execute_sql(
                    "INSERT INTO contact_email (contact_id, kind, address, position) SELECT contact_id + ?1, kind, "
                    "replace(address, contact_id || '@', (contact_id + ?1) || '@'), position FROM contact_email "
                    "WHERE contact_id BETWEEN ?2 AND ?3", window)
                database.execute_sql(
                    "INSERT INTO contact_fts (rowid, name, organisation, title, emails, phones, folded) "
                    "SELECT f.rowid + ?1, name, organisation, title, replace(emails, f.rowid || '@', "
                    "(f.rowid + ?1) || '@'), n.national || ' 45' || n.national, folded FROM contact_fts f "
                    "JOIN temp.bench_number n ON n.id = f.rowid + ?1 WHERE f.rowid BETWEEN ?2 AND ?3", window)
                done += take
    finally:
        database.execute_sql("PRAGMA synchronous = NORMAL")


def _count(number: int) -> str:
    """100000 → "100k"; small bench scales keep the exact number."""
    return f"{number // 1000}k" if number >= 1000 and number % 1000 == 0 else str(number)


def _fresh(path: Path, count: int, rng: random.Random | None = None) -> None:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import database

    close_database()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path)
    with bulk_writes(database):
        seed(count, rng)


def _fill(path: Path, count: int) -> None:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import database

    close_database()
    open_database(path)
    try:
        with bulk_writes(database):
            seed(count)
    finally:
        close_database()


JOB_VCF = 10_000  # DESIGN's .vcf import at every scale
JOB_PHONE_LIST = 5_000  # DESIGN's phone list at every scale


def measure(workdir: Path, scale: float) -> list[BenchRow]:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import Contact
    from opsassistant.services.contacts import matching
    from opsassistant.services.contacts.search import ContactFilters, ContactSource

    workdir = Path(workdir)
    rows: list[BenchRow] = []
    bench = open_path()  # the seeded bench database: the job rows run against (a copy of) it
    bench_contacts = Contact.select().count() if bench else 0
    big = max(1, round(100_000 * scale))
    path = workdir / "bench_contacts.db"
    cached = cached_database("contacts", scale, lambda target: _fill(target, big))
    if cached:  # the rows up to "match a number" only read: the cached file itself
        close_database()
        open_database(cached)
    else:
        _fresh(path, big)
    try:
        source = ContactSource()
        typed = ["h", "ha", "han", "hans", "hanse", "hansen", "hansen m", "hansen me", "ø", "øs", "ost", "33 4",
                 "+45 2", "2345"]

        def keystrokes():
            for text in typed:
                filters = ContactFilters(search=text)
                source.count(filters)
                source.fetch(filters, None, False, 0, 200)

        keyed = _typed_into_panel(TYPED, None if scale <= 1 else LARGE_KEY_ROUNDS)
        if keyed is not None:
            painted, settled, cpu = keyed
            rows.append(BenchRow.of("contact search, per keystroke", f"{_count(big)} contacts", "≤ 16 ms", painted,
                                    f"a key typed into the real panel until its rows are painted (the window's "
                                    f"repaint done); {painted.samples} keystrokes typing {len(TYPED)} names and "
                                    f"numbers letter by letter ({painted.samples // _keys(TYPED)} round(s) after a "
                                    f"warm-up round); GUI-thread CPU per key median {cpu.median_ms} ms, "
                                    f"{cpu.min_ms}–{cpu.max_ms}"))
            rows.append(BenchRow.of("contact search, key to detail pane", f"{_count(big)} contacts", "—", settled,
                                    "the same keys until every event is handled: the detail pane (built after "
                                    "the rows are painted) included; the exact count is on another thread"))
        # Above scale 1 no warm-up: the panel has just run these queries' kind on the same file.
        sql = timed(keystrokes, repeat=5 if scale <= 1 else 3, warmup=1 if scale <= 1 else 0)
        rows.append(BenchRow("contact search, SQL only", f"{_count(big)} contacts", "—",
                             round(sql.median_ms / len(typed), 2), sql.peak_mb,
                             f"count + first page per keystroke, mean of {len(typed)}; median of {sql.samples} runs"
                             f"{'' if scale <= 1 else ' (no warm-up: after the panel rows on the same file)'}",
                             round(sql.min_ms / len(typed), 2), round(sql.max_ms / len(typed), 2)))
        rows.append(BenchRow.of("open the contacts panel", f"{_count(big)} contacts", "≤ 100 ms", _open_panel()))
        numbers = ["2", "23", "234", "+45 2345", "0045 23 45 6", "23 45 67"]
        ms = median_ms(lambda: [matching.match_number(n) for n in numbers], repeat=7) / len(numbers)
        rows.append(BenchRow("match a number", f"{_count(big)} contacts", "≤ 5 ms", round(ms, 2)))
        close_database()

        medium = JOB_VCF
        vcf = workdir / "bench_contacts.vcf"
        _fresh(path, medium, random.Random(4242))  # UIDs of their own: new to the bench database
        from opsassistant.interop import vcard

        vcard.export_file(vcf)
        # Above scale 1 (one run) into the bench database itself, not a 2.4 GB copy of it: no later row reads
        # its contacts (the start-up row has run; the calendar, travel and calls rows read other tables).
        in_place = bench is not None and scale > 1
        target = bench if in_place else workdir / "bench_contacts_import.db"
        whose = "the bench database itself" if in_place else "a copy of the bench database"
        into = f"into {whose} ({_count(bench_contacts)} contacts)" if bench else "into an empty database"

        def import_vcf() -> float:
            close_database()
            if in_place:
                pass
            elif bench:
                bench_copy(bench, target)
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
            open_database(target)
            started = time.perf_counter()
            vcard.import_file(vcf)
            return (time.perf_counter() - started) * 1000

        runs = 3 if scale <= 1 else 1  # above scale 1 one run (a fresh copy of a large database each)
        first = Timing.of([import_vcf() for _ in range(runs)])
        rows.append(BenchRow.of("import a .vcf", f"{_count(medium)} contacts {into}", "≤ 2 s", first,
                                f"vcard.import_file; {runs} run(s)"
                                f"{'' if in_place else ', each into a fresh copy'}", kind=JOB))
        # The same file again into the database the last run filled: every record matches (all updates).
        again = 3 if scale <= 1 else 1  # not a budget row of its own: one run at large scales
        rows.append(BenchRow("re-import the same .vcf", f"{_count(medium)} contacts, all updates, {into}", "≤ 2 s",
                             median_ms(lambda: vcard.import_file(vcf), repeat=again, warmup=0),
                             note=f"no budget row of its own; held to the import budget; {again} run(s)", kind=JOB))
        close_database()
        if not in_place:
            target.unlink(missing_ok=True)
        small = JOB_PHONE_LIST
        _fresh(path, small)
        from opsassistant.reports import phone_list

        with tempfile.TemporaryDirectory() as tmp:
            runs, warm = 3, 1
            ms = median_ms(lambda: phone_list.build(None, Path(tmp) / "phonelist.pdf", lang="da"), repeat=runs,
                           warmup=warm)
        rows.append(BenchRow("phone list PDF", f"{_count(small)} contacts", "≤ 3 s", ms,
                             note=f"{runs} run(s), {warm} warm-up; the list holds every contact of its database, so "
                             "that database is the job's 5k at every scale", kind=JOB))
        close_database()
        rows += export_rows(workdir, scale)
    finally:
        close_database()
    return rows


EXPORT_SIZES = (10_000, 20_000)  # contacts at scale 1 (× scale): two sizes give the memory's slope


def _cli(workdir: Path, database: Path, *arguments: str) -> ProcessRun:
    """``opsassistant --database FILE ARGUMENTS…`` as a user starts it: a new process, its own peak RSS."""
    import sys

    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(workdir / "config")  # never the developer's settings
    env["XDG_DATA_HOME"] = str(workdir / "data")
    return run_process([sys.executable, "-m", "opsassistant", "--database", str(database), *arguments], env)


def export_rows(workdir: Path, scale: float) -> list[BenchRow]:
    """Exports, the phone list and a cold vCard import, each in a fresh process per size (honest peak RSS),
    at two sizes, with the memory extrapolated to a million rows."""
    from opsassistant.db.database import close_database, open_database

    workdir = Path(workdir)
    first = max(100, round(EXPORT_SIZES[0] * slope_scale(scale)))
    sizes = [first, first * EXPORT_SIZES[1] // EXPORT_SIZES[0]]
    databases = {}
    from opsassistant.db.models import database

    for size in sizes:
        path = workdir / f"bench_export_{size}.db"
        if not path.exists():
            smaller = databases.get(sizes[0])
            if smaller is not None and size > sizes[0]:  # the smaller file and SQL copies of its contacts
                bench_copy(smaller, path)
            open_database(path)
            with bulk_writes(database):
                if smaller is not None and size > sizes[0]:
                    copy_contacts(1, sizes[0], size - sizes[0])
                else:
                    seed(size)
            close_database()
        databases[size] = path

    def export(kind: str, suffix: str):
        def run_at(size: int) -> ProcessRun:
            out = workdir / f"export_{size}{suffix}"
            done = _cli(workdir, databases[size], *kind.split(), "-o", str(out))
            out.unlink(missing_ok=True)
            return done
        return run_at

    def cold_import(size: int) -> ProcessRun:
        vcf = workdir / f"import_{size}.vcf"
        if not vcf.exists():
            _cli(workdir, databases[size], "export", "contacts", "-o", str(vcf))
        target = workdir / f"import_{size}.db"
        done = _cli(workdir, target, "import", str(vcf))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return done

    read = {size: data_mb(path, CONTACT_TABLES) for size, path in databases.items()}  # what each run goes through
    return [
        scaling_row("export contacts as vCard (cold process)", "contacts", "≤ 150 MB at 1M", sizes,
                    export("export contacts", ".vcf"), footprint=read.get),
        scaling_row("export contacts as CSV (cold process)", "contacts", "≤ 150 MB at 1M", sizes,
                    export("export contacts --format csv", ".csv"), footprint=read.get),
        scaling_row("phone list PDF, every contact (cold process)", "contacts", "≤ 150 MB at 1M", sizes,
                    export("report phonelist", ".pdf"), footprint=read.get),
        scaling_row("import a .vcf (cold process)", "contacts", "memory flat in the file size", sizes, cold_import,
                    footprint=read.get),
    ]


# The tables an export, the phone list or an import of every contact go through (not the search index).
CONTACT_TABLES = ("contact", "contact_phone", "contact_email", "contact_address", "contact_group_member",
                  "contact_vcard_line")


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _open_panel() -> Timing:
    """Build the contacts panel and let it paint its first page (offscreen)."""
    app = _app()
    from opsassistant.gui.contacts.panel import ContactsPanel

    def open_panel():
        panel = ContactsPanel()
        panel.resize(1000, 700)
        panel.show()
        app.processEvents()
        panel.grab()
        panel.close()
        panel.deleteLater()
        app.processEvents()

    return timed(open_panel, repeat=5)


KEY_ROUNDS = 3
LARGE_KEY_ROUNDS = 1  # above scale 1: one timed round (every key of TYPED, ~80 keystrokes) after the warm-up round


def _keys(typed: list[str]) -> int:
    return sum(len(text) for text in typed)
# What a user types into the search field, letter by letter from an empty field: names (with and without the
# Danish letters), an organisation, and numbers in the ways people write them.
TYPED = ["hansen", "mette j", "ostergaard", "søren k", "novo", "bæk", "+45 2", "33 12 34", "2345 67", "lund",
         "kasper holm", "20 30"]


def _typed_into_panel(typed: list[str], runs: int | None = None) -> tuple[Timing, Timing, Timing] | None:
    """What a user feels per keystroke, in the real panel (offscreen).

    Each key is a QKeyEvent delivered to the search field (``QTest.keyClicks``); its time runs until the end of
    the first repaint of the window in which the list (the table's viewport, or the "no match" label) was painted
    for that text: the window's UpdateRequest, which paints every dirty widget, has returned. A second time runs
    until every event the key caused has been handled (the detail pane built and painted). A key that changes
    nothing in the list ("+45" → "+45 ") is done when its events are handled. The exact count runs
    on its own thread once typing pauses for 250 ms; the keys here follow at once, as a fast typist's do, so
    it is not in these figures. Also returned: the GUI thread's CPU time per key until painted (the wall time
    on a machine shared with other work is longer)."""
    import time

    app = _app()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtTest import QTest

    from opsassistant.gui.contacts.panel import ContactsPanel

    class Watch(QObject):
        """Sees the list painted (an event filter) and notes when that repaint of the window has ended."""

        def __init__(self):
            super().__init__()
            self.list_painted = False
            self.done_at: float | None = None
            self.cpu_at = 0.0  # this thread's CPU time then: on a loaded machine it shows what the key cost

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.list_painted = True
            return False

    watch = Watch()

    class TimedPanel(ContactsPanel):
        def event(self, event) -> bool:
            handled = super().event(event)
            if event.type() == QEvent.Type.UpdateRequest and watch.list_painted and watch.done_at is None:
                watch.done_at, watch.cpu_at = time.perf_counter(), time.thread_time()
            return handled

    panel = TimedPanel()
    panel.resize(1100, 700)
    panel.show()
    app.processEvents()
    panel.ui.contactTable.viewport().installEventFilter(watch)
    panel.ui.emptyLabel.installEventFilter(watch)
    field = panel.ui.searchEdit
    field.setFocus()
    painted: list[float] = []
    settled: list[float] = []
    cpu: list[float] = []
    from opsassistant.devtools.benchlib import PeakMemory

    with PeakMemory() as memory:
        for run in range((runs or KEY_ROUNDS) + 1):  # the first round warms up
            for text in typed:
                field.clear()
                app.processEvents()
                for char in text:
                    watch.list_painted, watch.done_at = False, None
                    started, cpu_started = time.perf_counter(), time.thread_time()
                    QTest.keyClicks(field, char)
                    app.processEvents()  # the repaint the key asked for (and the events posted after it)
                    handled, cpu_handled = time.perf_counter(), time.thread_time()
                    app.processEvents()
                    if run:  # a key that changed nothing in the list ("+45" → "+45 "): done when handled
                        painted.append(((watch.done_at or handled) - started) * 1000)
                        cpu.append(((watch.cpu_at if watch.done_at else cpu_handled) - cpu_started) * 1000)
                        settled.append((time.perf_counter() - started) * 1000)
    panel.model.stop_counting()
    panel.close()
    panel.deleteLater()
    app.processEvents()
    if not painted:
        return None
    return Timing.of(painted, memory.mb), Timing.of(settled, memory.mb), Timing.of(cpu)
