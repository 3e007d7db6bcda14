"""Sync benchmark against a real Radicale on 127.0.0.1 (DESIGN.md: first sync of 10k events ≤ 20 s, an
incremental sync with one change ≤ 300 ms). Radicale is started here, in the bench folder, on a free port,
filled by one PUT of the whole calendar, and stopped afterwards. Benchmarks are never tests."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from opsassistant.devtools.benchlib import BenchRow

EVENTS = 10_000


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _radicale(folder: Path) -> tuple[subprocess.Popen, str]:
    port = _port()
    (folder / "users").write_text("bench:bench\n")
    config = folder / "radicale.conf"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
                      f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
                      f"[storage]\nfilesystem_folder = {folder / 'radicale'}\n[logging]\nlevel = error\n")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(400):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"http://127.0.0.1:{port}/"


def _event(n: int, start: datetime) -> str:
    rule = "RRULE:FREQ=WEEKLY;COUNT=20\r\n" if n % 5 == 0 else ""
    return (f"BEGIN:VEVENT\r\nUID:bench-{n}\r\nDTSTAMP:20261101T000000Z\r\n"
            f"DTSTART;TZID=Europe/Copenhagen:{start:%Y%m%dT%H%M%S}\r\n"
            f"DTEND;TZID=Europe/Copenhagen:{start + timedelta(minutes=45):%Y%m%dT%H%M%S}\r\n"
            f"SUMMARY:Møde {n}\r\nLOCATION:Lokale {n % 12}\r\n{rule}X-BENCH-KEEP:{n}\r\nEND:VEVENT\r\n")


def measure(folder: Path, scale: float) -> list[BenchRow]:
    import caldav

    from opsassistant.db.database import close_database, open_database
    from opsassistant.services import principals
    from opsassistant.services.sync import accounts
    from opsassistant.sync import engine

    count = max(100, round(EVENTS * min(scale, 1)))
    process, url = _radicale(folder)
    try:
        client = caldav.DAVClient(url=url, username="bench", password="bench", require_tls=False)
        calendar = client.principal().make_calendar(name="Bench", cal_id="bench")
        first = datetime(2026, 1, 5, 8)
        body = "".join(_event(n, first + timedelta(hours=(n * 7) % 2000)) for n in range(count))
        calendar_text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + body + "END:VCALENDAR\r\n"
        client.request(str(calendar.url), "PUT", calendar_text, {"Content-Type": "text/calendar"})

        import keyring
        from keyring.backend import KeyringBackend

        class BenchKeyring(KeyringBackend):
            priority = 1
            secrets: dict = {}

            def set_password(self, service, username, password):
                self.secrets[(service, username)] = password

            def get_password(self, service, username):
                return self.secrets.get((service, username))

            def delete_password(self, service, username):
                self.secrets.pop((service, username), None)

        keyring.set_keyring(BenchKeyring())
        close_database()
        open_database(folder / "sync-bench.db")
        principals.save(principals.PrincipalData(name="Karen Holm", role="executive"))
        accounts.add("bench", url, "bench", "bench")
        started = time.perf_counter()
        report = engine.sync_account("bench")
        first_ms = (time.perf_counter() - started) * 1000
        samples_remote, samples_local = [], []
        objects = {str(o.url): o for o in calendar.objects_by_sync_token(load_objects=False)}
        from opsassistant.db.models import Event

        for round_ in range(5):
            obj = calendar.event_by_uid(f"bench-{round_ + 1}")
            obj.data = obj.data.replace(f"SUMMARY:Møde {round_ + 1}", f"SUMMARY:Møde {round_ + 1} flyttet")
            obj.save()
            started = time.perf_counter()
            engine.sync_account("bench")
            samples_remote.append((time.perf_counter() - started) * 1000)
            Event.update(location=f"Kantinen {round_}").where(Event.uid == f"bench-{round_ + 20}").execute()
            started = time.perf_counter()
            engine.sync_account("bench")
            samples_local.append((time.perf_counter() - started) * 1000)
        frame_ms = _frame_time_while_syncing(calendar, count)
        close_database()
    finally:
        process.kill()
        process.wait(10)
    data = f"{count // 1000}k events ({len(objects)} objects, 20 % weekly series)"
    return [
        BenchRow("first sync from a local CalDAV server", data, "≤ 20 s", round(first_ms, 1),
                 note=f"received {report.received}"),
        BenchRow("incremental sync, one change", data, "≤ 300 ms", round(statistics.median(samples_remote), 1),
                 note="one object changed on the server"),
        BenchRow("incremental sync, one local change", data, "≤ 300 ms", round(statistics.median(samples_local), 1),
                 note="one event changed here, sent with If-Match"),
        BenchRow("GUI frame time while a sync runs", data, "≤ 50 ms", frame_ms,
                 note="longest gap between 10 ms timer ticks on the GUI thread (95th percentile in brackets)"),
    ]


def _frame_time_while_syncing(calendar, count: int) -> float:
    """Change a tenth of the objects on the server, then sync them on the worker thread the window uses while
    the GUI thread's event loop ticks every 10 ms; the longest gap between ticks is the frame time."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from opsassistant.gui.sync.worker import SyncThread

    app = QApplication.instance() or QApplication([])
    for obj in list(calendar.objects_by_sync_token(load_objects=False))[: max(1, count // 10)]:
        obj.load()
        obj.data = obj.data.replace("LOCATION:Lokale", "LOCATION:Nyt lokale")
        obj.save()
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    thread = SyncThread(["bench"])
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    timer.start()
    thread.start()
    loop.exec()
    timer.stop()
    app.processEvents()
    gaps.sort()
    return round(gaps[-1], 1) if gaps else 0.0
