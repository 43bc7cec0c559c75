#!/usr/bin/env python3
"""Lists, for labelled documents, the sentences where the analyser and the gold
disagree (the labeller's review step, corpus/LABELLING.md): label and source.

  python3 scripts/corpus/review.py [--bin target/release/claimlens] FILE.jsonl...
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

SCORE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval", "score.py")
sys.path.insert(0, os.path.dirname(os.path.abspath(SCORE)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/claimlens")
    ap.add_argument("--lang", default="fr")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    import score  # ../shared/eval/score.py

    with tempfile.TemporaryDirectory() as d:
        for f in a.files:
            stem = os.path.basename(f)[: -len(".jsonl")]
            shutil.copy(f, os.path.join(d, stem + ".jsonl"))
            shutil.copy(f[: -len(".jsonl")] + ".txt", os.path.join(d, stem + ".txt"))
        for f in a.files:
            stem = os.path.basename(f)[: -len(".jsonl")]
            path = os.path.join(d, stem + ".txt")
            text = open(path, "rb").read()
            gold = [json.loads(l) for l in open(f, encoding="utf-8") if l.strip()]
            ranges = score.locate(text, gold)
            out = subprocess.run([a.bin, "analyze", "--format", "json", "--lang", a.lang, path],
                                 capture_output=True, check=True).stdout
            best = [None] * len(gold)
            for fl in json.loads(out)["flags"]:
                ov = [(min(fl["end"], e) - max(fl["start"], s), i) for i, (s, e) in enumerate(ranges)]
                o, i = max(ov) if ov else (0, -1)
                if o > 0 and (best[i] is None or score.RANK[fl["label"]] < score.RANK[best[i]["label"]]):
                    best[i] = fl
            for n, (g, b) in enumerate(zip(gold, best), 1):
                p = b["label"] if b else "none"
                src_differs = (p == g["label"] and p in ("quote", "attributed")
                               and not score.source_matches(b.get("source"), g.get("source")))
                if p not in score.accepts(g["label"]) or src_differs:
                    print(f"{f}:{n}\tgold {g['label']} ({g.get('source') or ''})\tanalyser {p} "
                          f"({(b or {}).get('source') or ''})\t{g['text'][:100]}")


if __name__ == "__main__":
    main()
