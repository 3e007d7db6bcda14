"""The Linux desktop integration files: .desktop, AppStream metainfo and icons.

The required keys are checked here in any case; when the validators are installed (CI installs
desktop-file-utils and appstream) they are run too.
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from opsassistant import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "dk.opsassistant.OpsAssistant"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_desktop_file_has_the_required_keys():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Ops Assistant" and entry["Name[da]"] == "Driftsassistent"
    assert entry["Comment"] and entry["Comment[da]"]
    assert entry["Exec"].split()[0] == "opsassistant"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Keywords"].endswith(";") and entry["Keywords[da]"].endswith(";")
    for key, value in entry.items():
        assert value == value.strip(), key
        assert key.split("[")[0] in {
            "Type", "Version", "Name", "GenericName", "Comment", "Icon", "Exec", "TryExec", "Terminal",
            "Categories", "Keywords", "StartupNotify"} or key.startswith("X-"), key


def test_desktop_file_passes_desktop_file_validate_when_installed():
    _desktop_entry()  # parses
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        print("desktop-file-validate not installed: only the keys were checked")
        return
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout + result.stderr, result.stdout + result.stderr


def test_desktop_id_matches_the_application():
    app = (ROOT / "opsassistant" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in app


def test_metainfo_has_the_required_elements():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    names = {n.get(XML_LANG): n.text for n in root.findall("name")}
    assert names == {None: "Ops Assistant", "da": "Driftsassistent"}
    summaries = [s for s in root.findall("summary") if s.get(XML_LANG) is None]
    assert summaries and len(summaries[0].text) < 80 and not summaries[0].text.endswith(".")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("provides/binary") == "opsassistant"
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert versions[0] == __version__, "add a <release> for the current version"


def test_metainfo_passes_appstreamcli_when_installed():
    ET.parse(METAINFO)  # well-formed
    tool = shutil.which("appstreamcli")
    if tool is None:
        print("appstreamcli not installed: only the elements were checked")
        return
    result = subprocess.run([tool, "validate", "--pedantic", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == [], output


def test_icons_in_every_size():
    hicolor = LINUX / "icons" / "hicolor"
    for size in PNG_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "opsassistant.svg").read_bytes()


def test_windows_and_macos_icons():
    ico = (ROOT / "packaging" / "windows" / "opsassistant.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6
    icns = (ROOT / "packaging" / "macos" / "opsassistant.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_installer_and_spec_name_the_same_app():
    iss = (ROOT / "packaging" / "windows" / "opsassistant.iss").read_text(encoding="utf-8")
    for needle in ("AppId={{", "opsassistant.exe", "Danish.isl", "PrivilegesRequired=lowest", "SourceDir"):
        assert needle in iss
    spec = (ROOT / "packaging" / "opsassistant.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec and "bundle_identifier=APP_ID" in spec
    assert 'name="opsassistant"' in spec and 'name="opsassistant-cli"' in spec
