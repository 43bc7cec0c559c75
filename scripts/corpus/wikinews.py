#!/usr/bin/env python3
"""Builds corpus/fr-wikinews/ from a fetched mirror of
github:boudinfl/wikinews-2013-pre: 100 French Wikinews articles of May to
December 2012, as HTML pages (src/WikinewsKeyphraseCorpus-master.zip, the
corpus of Bougouin, Boudin and Daille 2013, "TopicRank", IJCNLP).

Wikinews is another kind of French news than OrangeSum's wire copy: written by
volunteers, with a dateline ("9 novembre 2012. - "), section headings, lists
and « » quotations. Each page becomes SPLIT/ID.txt: its heading (h1), then
each h2, p and li as a line, blank lines between blocks, the text as a reader
sees it (entities decoded, white space collapsed). The articles are taken in
the order of a hash of their id until N are taken.

  MIRRORS=/path/to/mirrors python3 scripts/corpus/wikinews.py [--count N] [--out DIR]
"""
import hashlib
import html.parser
import io
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Quota, loader_args, write_doc  # noqa: E402

CORPUS = "fr-wikinews"
BLOCKS = {"h1", "h2", "h3", "p", "li"}


class Blocks(html.parser.HTMLParser):
    """The text of each block element, in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur = [], None

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.cur = []

    def handle_endtag(self, tag):
        if tag in BLOCKS and self.cur is not None:
            text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
            if text:
                self.blocks.append(text)
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


def main():
    a = loader_args(__doc__, "boudinfl+wikinews-2013-pre", 33, CORPUS)
    blob = subprocess.run(["git", "--git-dir", a.mirror, "show", "HEAD:src/WikinewsKeyphraseCorpus-master.zip"],
                          capture_output=True, check=True).stdout
    z = zipfile.ZipFile(io.BytesIO(blob))
    pages = {os.path.basename(n)[:-5]: n for n in z.namelist() if re.search(r"/documents/\d+\.html$", n)}
    order = sorted(pages, key=lambda i: hashlib.sha256(f"claimlens/{CORPUS}/{i}".encode()).hexdigest())
    quota, taken = Quota(a.count), {"tune": 0, "check": 0}
    for i in order:
        split = quota.take(CORPUS, i)
        if not split:
            continue
        p = Blocks()
        p.feed(z.read(pages[i]).decode("utf-8"))
        write_doc(a.out, split, i, "\n\n".join(p.blocks) + "\n")
        taken[split] += 1
    print(f"{CORPUS}: {taken['tune']} tune, {taken['check']} check articles in {os.path.normpath(a.out)}")


if __name__ == "__main__":
    main()
