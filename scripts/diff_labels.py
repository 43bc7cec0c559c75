#!/usr/bin/env python3
"""What a rule change does on news nobody labelled: runs two builds of the
analyser over a folder of texts and prints every sentence whose label or
source differs, with both answers, so that a change can be judged on text it
was not written from (then kept or dropped by the tune/check figures).

  python3 scripts/diff_labels.py --old OLD_BIN --new target/release/claimlens DIR [--lang fr]

DIR is searched for *.txt (for example a pool built by
`scripts/corpus/orangesum.py --out /tmp/pool --count 700`, minus the
articles of corpus/: never a held-out one). Prints one block per change and
a count per kind of change ("unsourced -> attributed: 12").
"""
import argparse
import collections
import json
import os
import subprocess


def flags(binary, path, lang):
    out = subprocess.run([binary, "analyze", "--format", "json", "--lang", lang, path],
                         capture_output=True, check=True)
    return {f["start"]: f for f in json.loads(out.stdout)["flags"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--lang", default="auto")
    ap.add_argument("dir")
    a = ap.parse_args()
    kinds = collections.Counter()
    paths = sorted(os.path.join(r, f) for r, _, fs in os.walk(a.dir) for f in fs if f.endswith(".txt"))
    for path in paths:
        text = open(path, "rb").read()
        old, new = flags(a.old, path, a.lang), flags(a.new, path, a.lang)
        for start in sorted(set(old) | set(new)):
            o, n = old.get(start, {}), new.get(start, {})
            ol, nl = o.get("label", "none"), n.get("label", "none")
            if (ol, o.get("source")) == (nl, n.get("source")):
                continue
            kinds[f"{ol} -> {nl}"] += 1
            f = n or o
            sentence = text[f["start"]:f["end"]].decode("utf-8", "replace").replace("\n", " ")
            print(f"{os.path.basename(path)}@{start}: {ol} [{o.get('source') or ''}] -> "
                  f"{nl} [{n.get('source') or ''}] ({n.get('cue') or o.get('cue') or ''})\n  {sentence[:240]}")
    print()
    for k, c in kinds.most_common():
        print(f"{k}: {c}")


if __name__ == "__main__":
    main()
