"""Helpers shared by the corpus loaders: a first cut of a text into sentences
(the labeller may merge or split them; gold sentences are exact substrings of
the text, in order) and the tune/check split of documents.

Standard library only, deterministic: the same mirror gives the same files.
"""
import argparse
import hashlib
import json
import os
import re

# Abbreviations whose period does not end a French or English sentence.
ABBREV = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms", "jr", "sr",
    "prof", "gen", "gén", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "vs", "cf", "p",
    "pp", "env", "art", "av", "no", "n°", "inc", "ltd", "corp", "co", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "janv", "févr", "déc", "etc", "ex", "min", "max", "vol", "éd", "ed", "nb",
}
OPEN_CLOSE = {"«": "»", "“": "”"}


def sentences(para):
    """(start, end) spans of the sentences of one paragraph: a cut after . ! ? …
    (and the closing marks after it) when white space and a capital, a digit or
    an opening mark follow, outside « » and “ ” and not after an abbreviation
    or an initial. Straight quotes " toggle by parity."""
    spans, start, depth, straight, i, n = [], 0, 0, False, 0, len(para)
    while i < n:
        c = para[i]
        if c in OPEN_CLOSE:
            depth += 1
        elif c in OPEN_CLOSE.values():
            depth = max(0, depth - 1)
        elif c == '"':
            straight = not straight
        elif c in ".!?…":
            j = i + 1
            while j < n and para[j] in ".!?…»”\"')]":
                if para[j] in "»”":
                    depth = max(0, depth - 1)
                elif para[j] == '"':
                    straight = not straight
                j += 1
            word = re.search(r"[\w°.-]*$", para[start:i]).group()
            abbrev = c == "." and (word.lower().strip(".") in ABBREV or re.fullmatch(r"[A-ZÉ]|([A-ZÉ]\.-?)+[A-ZÉ]?", word or "-"))
            nxt = re.match(r"\s+(\S)", para[j:])
            quoted = depth > 0 or straight
            if not abbrev and not quoted and nxt and (nxt[1].isupper() or nxt[1].isdigit() or nxt[1] in "«“\"—–-"):
                spans.append((start, j))
                start = j + len(nxt[0]) - 1
            i = j
            continue
        i += 1
    spans.append((start, n))
    return [(a, b) for a, b in spans if para[a:b].strip()]


def skeleton(text):
    """One {"text", "label": "TODO"} object per first-cut sentence of `text`."""
    out = []
    for line in text.split("\n"):
        for a, b in sentences(line):
            out.append({"text": line[a:b].strip(), "label": "TODO"})
    return out


def split_of(corpus, doc_id):
    """'check' for about a third of the documents, 'tune' for the rest, by a
    hash of the corpus name and the document id (stable, not by position)."""
    h = int(hashlib.sha256(f"{corpus}/{doc_id}".encode()).hexdigest(), 16)
    return "check" if h % 3 == 0 else "tune"


class Quota:
    """Takes documents for tune and check until each has its share of `count`
    (a third for check), so the split stays about a third whatever the hash."""

    def __init__(self, count):
        self.left = {"check": round(count / 3), "tune": count - round(count / 3)}

    def done(self):
        return not any(self.left.values())

    def take(self, corpus, doc_id):
        split = split_of(corpus, doc_id)
        if self.left[split] <= 0:
            return None
        self.left[split] -= 1
        return split


def write_doc(outdir, split, doc_id, text, force=False):
    """Writes SPLIT/ID.txt and, unless a labelled one exists, SPLIT/ID.jsonl (the skeleton)."""
    d = os.path.join(outdir, split)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{doc_id}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    gold = os.path.join(d, f"{doc_id}.jsonl")
    if force or not os.path.exists(gold):
        with open(gold, "w", encoding="utf-8") as f:
            for s in skeleton(text):
                f.write(json.dumps(s, ensure_ascii=False) + "\n")


def loader_args(doc, mirror, count, corpus):
    """The loaders' command line: --mirror (a bare git mirror, under $MIRRORS
    by default), --count documents, --out folder; fails when the mirror is
    missing, saying which repository to fetch (`mirror` is "owner+name")."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default=os.path.join(os.environ.get("MIRRORS", ""), mirror, "repo"))
    ap.add_argument("--count", type=int, default=count)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "corpus", corpus))
    a = ap.parse_args()
    if not os.path.isdir(a.mirror):
        repo = mirror.replace("+", "/", 1)
        raise SystemExit(f"no mirror at {a.mirror} (fetch github:{repo}, set MIRRORS)")
    return a


def best_flags(flags, ranges, rank):
    """For each gold sentence (its byte range), the flag that overlaps it
    most, the strongest label first where several do: how score.py pairs an
    analysis with its gold (`rank` is score.RANK)."""
    best = [None] * len(ranges)
    for f in flags:
        if f.get("label") not in rank:
            continue
        overlaps = [(min(f["end"], e) - max(f["start"], s), i) for i, (s, e) in enumerate(ranges)]
        o, i = max(overlaps) if overlaps else (0, -1)
        if o > 0 and (best[i] is None or rank[f["label"]] < rank[best[i]["label"]]):
            best[i] = f
    return best
