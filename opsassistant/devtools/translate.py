"""Fill Danish translations into ``translations/opsassistant_da.ts`` from a JSON file, and list what is missing.

    python -m opsassistant.devtools.translate todo [en]             # unfinished messages as JSON to fill in
    python -m opsassistant.devtools.translate apply FILE.json [en]  # {"Context": {"English source": "Dansk"}}

With ``en`` they work on ``opsassistant_en.ts``, which holds only the English plural forms.

Plural messages take a list of forms: ``{"Ctx": {"%n call(s)": ["%n opkald", "%n opkald"]}}``.
Run ``python -m opsassistant.devtools build`` afterwards to compile the .qm files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from opsassistant.devtools.build import ROOT, _lock

TS_FILES = {lang: ROOT / "translations" / f"opsassistant_{lang}.ts" for lang in ("da", "en")}


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def todo(lang: str = "da") -> dict[str, dict[str, str]]:
    tree = ET.parse(TS_FILES[lang])
    missing: dict[str, dict[str, str]] = {}
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            missing.setdefault(context, {})[message.findtext("source") or ""] = ""
    return missing


def apply(mapping: dict[str, dict[str, str | list[str]]], lang: str = "da") -> int:
    with _lock():
        tree = ET.parse(TS_FILES[lang])
        filled = 0
        for context, message in _messages(tree):
            wanted = mapping.get(context, {}).get(message.findtext("source") or "")
            if not wanted:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, list) else [wanted, wanted]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted if isinstance(wanted, str) else wanted[0]
            translation.attrib.pop("type", None)
            filled += 1
        _write(tree, TS_FILES[lang])
    return filled


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["todo"] and len(argv) <= 2:
        json.dump(todo(*argv[1:]), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) in (2, 3) and argv[0] == "apply":
        count = apply(json.loads(Path(argv[1]).read_text(encoding="utf-8")), *argv[2:])
        print(f"filled {count} message(s); now run: python -m opsassistant.devtools build")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
