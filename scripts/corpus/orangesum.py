#!/usr/bin/env python3
"""Builds corpus/fr-orangesum/ from a fetched mirror of github:Tixierae/OrangeSum.

Reads only articles whose id is below 30000: ids 30000 and above are held out
for the project's independent measurement, and this script never opens them
(it filters the file names before reading any file).

Which articles: the ids below 30000 ordered by a hash of their id (a fixed,
spread-out sample across the decade and the sections), keeping those with a
title, a standfirst and a body of 120 to 650 words, until N are taken.

Each article becomes SPLIT/ID.txt: the title, the standfirst ("heading") and
the body, one paragraph a line with a blank line between. The scrape glued
paragraphs together ("inconnues.Lorsque"): a break is restored wherever a
sentence end (. ! ? … and closing marks) is followed directly by a capital
letter or an opening quotation mark, unless the period follows a capital
initial ("J.F.") or stands in a web address; a straight " there closes or
opens by parity (restore_paragraphs). SPLIT is tune or check
(common.split_of). A labelled SPLIT/ID.jsonl is never overwritten; a missing
one is written as a skeleton to label.

  MIRRORS=/path/to/mirrors python3 scripts/corpus/orangesum.py [--count N] [--out DIR]
"""
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Quota, loader_args, write_doc  # noqa: E402

HELD_OUT_FROM = 30000
CORPUS = "fr-orangesum"

CLOSERS = ")]»”"
UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def restore_paragraphs(body):
    """The body cut where a sentence end touches the next paragraph's first
    letter or opening mark ("inconnues.Lorsque", "vous.\"Je"). A straight
    quotation mark there closes or opens by parity: an open one closes and
    stays with its sentence, else it opens the next paragraph. No cut after a
    capital initial ("J.F."), in a web address, or where no capital follows."""
    paras, start, straight, i, n = [], 0, False, 0, len(body)
    while i < n:
        c = body[i]
        if c == '"':
            straight = not straight
        if c not in ".!?…":
            i += 1
            continue
        j = i + 1
        while j < n and (body[j] in CLOSERS or body[j] == '"' and straight):
            if body[j] == '"':
                straight = False
            j += 1
        nxt = body[j:j + 2]
        initial = i >= 2 and body[i - 2] in "ABCDEFGHIJKLMNOPQRSTUVWXYZ." and body[i - 1].isalnum()
        opens = nxt[:1] in ("«", "“") or nxt[:1] == '"' and not straight and bool(UPPER.match(nxt[1:2]))
        if (UPPER.match(nxt[:1]) or opens) and not initial and body[max(0, i - 3):i] != "www":
            paras.append(body[start:j])
            start = j
            straight = False
        i = j
    paras.append(body[start:])
    return [p.strip() for p in paras if p.strip()]


def git(mirror, *args):
    r = subprocess.run(["git", "--git-dir", mirror, *args], capture_output=True)
    if r.returncode:
        raise SystemExit(f"git {' '.join(args)} failed: {r.stderr.decode()[:300]}")
    return r.stdout


def words(s):
    return len(s.split())


def main():
    a = loader_args(__doc__, "Tixierae+OrangeSum", 126, CORPUS)
    names = git(a.mirror, "ls-tree", "--name-only", "HEAD", "data/docs/parsed/").decode().split()
    ids = []
    for n in names:
        stem = os.path.basename(n).removesuffix(".json")
        if stem.isdigit() and int(stem) < HELD_OUT_FROM:  # held-out ids are never read
            ids.append(int(stem))
    ids.sort(key=lambda i: hashlib.sha256(f"claimlens/{CORPUS}/{i}".encode()).hexdigest())
    quota, taken = Quota(a.count), {"tune": 0, "check": 0}
    for i in ids:
        if quota.done():
            break
        assert i < HELD_OUT_FROM
        doc = json.loads(git(a.mirror, "show", f"HEAD:data/docs/parsed/{i}.json"))
        title, head, body = (doc.get(k, "").strip() for k in ("title", "heading", "article"))
        if not title or not head or not (120 <= words(body) <= 650):
            continue
        split = quota.take(CORPUS, i)
        if split:
            text = "\n\n".join([title, head, *restore_paragraphs(body)]) + "\n"
            write_doc(a.out, split, i, text)
            taken[split] += 1
    print(f"{CORPUS}: {taken['tune']} tune, {taken['check']} check articles in {os.path.normpath(a.out)}")


if __name__ == "__main__":
    main()
