"""Contacts benchmarks: ``seed(count)`` fills the open database fast; ``measure(workdir, scale)`` times the
contacts rows of DESIGN.md's budget table. Never a test: nothing here asserts a time."""

from __future__ import annotations

import os
import random
import tempfile
import uuid
from pathlib import Path

from opsassistant.devtools.benchlib import BenchRow, median_ms

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


def seed(count: int, rng: random.Random | None = None) -> int:
    """Bulk-insert ``count`` synthetic contacts (phones, e-mails, FTS rows) into the open database."""
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


def _fresh(path: Path, count: int) -> None:
    from opsassistant.db.database import close_database, open_database

    close_database()
    path.unlink(missing_ok=True)
    open_database(path)
    seed(count)


def measure(workdir: Path, scale: float) -> list[BenchRow]:
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.contacts import matching
    from opsassistant.services.contacts.search import ContactFilters, ContactSource

    workdir = Path(workdir)
    rows: list[BenchRow] = []
    big = max(1, round(100_000 * scale))
    path = workdir / "bench_contacts.db"
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

        per_key = median_ms(keystrokes, repeat=5) / len(typed)
        rows.append(BenchRow("contact search, per keystroke", f"{big // 1000}k contacts", "≤ 16 ms",
                             round(per_key, 2), note=f"mean over {len(typed)} keystrokes, median of 5 runs"))
        rows.append(BenchRow("open the contacts panel", f"{big // 1000}k contacts", "≤ 100 ms", _open_panel_ms()))
        numbers = ["2", "23", "234", "+45 2345", "0045 23 45 6", "23 45 67"]
        ms = median_ms(lambda: [matching.match_number(n) for n in numbers], repeat=7) / len(numbers)
        rows.append(BenchRow("match a number", f"{big // 1000}k contacts", "≤ 5 ms", round(ms, 2)))
        close_database()

        medium = max(1, round(10_000 * scale))
        vcf = workdir / "bench_contacts.vcf"
        _fresh(path, medium)
        from opsassistant.interop import vcard

        vcard.export_file(vcf)
        target = workdir / "bench_contacts_import.db"

        def import_vcf():
            close_database()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            open_database(target)
            vcard.import_file(vcf)

        rows.append(BenchRow("import a .vcf", f"{medium // 1000}k contacts", "≤ 2 s",
                             median_ms(import_vcf, repeat=3, warmup=0)))
        # The same file again into the database the last run filled: every record matches (all updates).
        rows.append(BenchRow("re-import the same .vcf", f"{medium // 1000}k contacts, all updates", "≤ 2 s",
                             median_ms(lambda: vcard.import_file(vcf), repeat=3, warmup=0),
                             note="no budget row of its own; held to the import budget"))
        small = max(1, round(5_000 * scale))
        _fresh(path, small)
        from opsassistant.reports import phone_list

        with tempfile.TemporaryDirectory() as tmp:
            ms = median_ms(lambda: phone_list.build(None, Path(tmp) / "phonelist.pdf", lang="da"), repeat=3)
        rows.append(BenchRow("phone list PDF", f"{small // 1000}k contacts", "≤ 3 s", ms))
    finally:
        close_database()
    return rows


def _open_panel_ms() -> float | None:
    """Build the contacts panel and let it paint its first page (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from opsassistant.gui.contacts.panel import ContactsPanel
    except Exception:  # noqa: BLE001 - no GUI available: leave the row unmeasured
        return None

    def open_panel():
        panel = ContactsPanel()
        panel.resize(1000, 700)
        panel.show()
        app.processEvents()
        panel.grab()
        panel.close()
        panel.deleteLater()
        app.processEvents()

    return median_ms(open_panel, repeat=5)
