#!/usr/bin/env python3
"""Lists, for labelled documents, the sentences where the analyser and the gold
disagree (the labeller's review step, corpus/LABELLING.md): label and source.

  python3 scripts/corpus/review.py [--bin target/release/claimlens] FILE.jsonl...
"""
import argparse
import json
import os
import subprocess
import sys

SCORE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval", "score.py")
sys.path.insert(0, os.path.dirname(os.path.abspath(SCORE)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import best_flags  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/claimlens")
    ap.add_argument("--lang", default="fr")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    import score  # ../shared/eval/score.py

    for f in a.files:
        path = f[: -len(".jsonl")] + ".txt"
        gold = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
        ranges = score.locate(open(path, "rb").read(), gold)
        out = subprocess.run([a.bin, "analyze", "--format", "json", "--lang", a.lang, path],
                             capture_output=True, check=True).stdout
        best = best_flags(json.loads(out)["flags"], ranges, score.RANK)
        for n, (g, b) in enumerate(zip(gold, best), 1):
            p = b["label"] if b else "none"
            src_differs = (p == g["label"] and p in ("quote", "attributed")
                           and not score.source_matches(b.get("source"), g.get("source")))
            if p not in score.accepts(g["label"]) or src_differs:
                print(f"{f}:{n}\tgold {g['label']} ({g.get('source') or ''})\tanalyser {p} "
                      f"({(b or {}).get('source') or ''})\t{g['text'][:100]}")

if __name__ == "__main__":
    main()
