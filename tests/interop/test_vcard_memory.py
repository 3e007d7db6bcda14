"""A .vcf import holds one batch in memory, never the file: also its cache of parsed numbers."""

from __future__ import annotations


def test_the_number_cache_does_not_grow_with_the_file(db, tmp_path, monkeypatch):
    from opsassistant.interop import vcard
    from opsassistant.services.contacts import editing, importing

    monkeypatch.setattr(importing, "BATCH", 50)
    monkeypatch.setattr(importing, "PAUSE", 0)
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:mem-{i}\r\nN:Hansen{i};Jens;;;\r\nFN:Jens Hansen{i}\r\n"
                    f"TEL;TYPE=CELL:+45 3{i:07d}\r\nEND:VCARD\r\n" for i in range(300))
    path = tmp_path / "cards.vcf"
    path.write_text(cards, encoding="utf-8")
    sizes: list[int] = []
    result = vcard.import_file(path, progress=lambda done, total: sizes.append(
        editing.parse_number.cache_info().currsize))
    assert result.imported == 300
    assert max(sizes) < 100  # 300 numbers parsed, at most one batch's kept at a time
