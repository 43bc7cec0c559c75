#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from texts: the development articles, the
samples and the handmade seeds of fuzz/seeds/. Each text goes in plain (for
`analyze`) and turned into an HTML page (for `html`), behind the header that
fuzz/src/input.rs reads. Idempotent: seeds are named by their content.

    python3 fuzz/seed.py OUT_DIR TEXT_OR_DIR...
"""

import hashlib
import html
import pathlib
import struct
import sys

# fuzz/src/input.rs: language (0 detect, 1 fr, 2 en), labels bitmask, flags
# (bits 0-2 links, bit 3 lossy UTF-8, bit 4 analyse twice).
PLAIN = bytes([0, 0b1111, 0])
TWICE_EN_SOME = bytes([2, 0b0101, 0b1_1000])


def link(start, end, kind=0):
    """One link of the analyze header: start, end (u16 LE), kind byte."""
    return struct.pack("<HHB", start & 0xFFFF, end & 0xFFFF, kind)


def analyze_seeds(text):
    data = text.encode("utf-8")
    yield PLAIN + data
    yield TWICE_EN_SOME + data
    # French forced, twice, with links: over the first line (a real href), a
    # mid-character one with a blank href, and one far past the end.
    first = data.find(b"\n")
    first = len(data) if first < 0 else first
    links = link(0, first) + link(1, 7, 0b1001) + link(60000, 60010, 0b0100)
    yield bytes([1, 0b1111, 0b1_0011]) + links + data


def page(text, n):
    """An article page around the text's lines, with what a real page has:
    a head, scripts, hidden blocks, links, entities, nested quotations."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return "<p></p>"
    body = [f"<h1>{html.escape(lines[0])}</h1>"]
    for i, line in enumerate(lines[1:], 1):
        esc = html.escape(line, quote=False)
        words = esc.split(" ")
        kind = (i + n) % 6
        if kind == 0 and len(words) > 4:
            words[1] = f'<a href="https://example.org/{i}">{words[1]} {words[2]}</a>'
            del words[2]
            body.append(f"<p>{' '.join(words)}</p>")
        elif kind == 1:
            body.append(f"<blockquote><p>{esc}</p></blockquote>")
        elif kind == 2:
            body.append(f'<p>{esc}<span hidden> caché</span><a href="#top">↑</a></p>')
        elif kind == 3:
            body.append(f"<div><p>{esc.replace('« ', '&laquo;&nbsp;').replace(' »', '&nbsp;&raquo;')}</p></div>")
        elif kind == 4:
            body.append(f"<ul><li>{esc}</li></ul><!-- commentaire -->")
        else:
            body.append(f"<p><em>{esc}</em><br>&#8217;&amp;</p>")
    return (
        "<!doctype html><html lang=fr><head><title>Page</title>"
        "<style>p{margin:0}</style><script>var x = '<p>';</script></head>"
        "<body><nav><a href='/'>Accueil</a></nav><article>"
        + "\n".join(body)
        + '</article><aside style="display:none">Publicité</aside>'
        "<pre>ligne un\nligne deux</pre></body></html>"
    )


def html_seeds(text, n, is_html):
    if is_html:
        yield PLAIN + text.encode("utf-8")
        return
    yield PLAIN + page(text, n).encode("utf-8")
    yield TWICE_EN_SOME + page(text, n + 3).encode("utf-8")


def texts(paths):
    for p in paths:
        p = pathlib.Path(p)
        files = sorted(p.glob("*.txt")) + sorted(p.glob("*.html")) if p.is_dir() else [p]
        for f in files:
            yield f, f.read_text(encoding="utf-8")


def write(folder, data):
    folder.mkdir(parents=True, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
    (folder / name).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1])
    count = 0
    for n, (f, text) in enumerate(texts(sys.argv[2:])):
        is_html = f.suffix == ".html"
        if not is_html:
            for data in analyze_seeds(text):
                write(out / "analyze", data)
                count += 1
        for data in html_seeds(text, n, is_html):
            write(out / "html", data)
            count += 1
    print(f"seeded {count} inputs into {out}/analyze and {out}/html")


if __name__ == "__main__":
    main()
