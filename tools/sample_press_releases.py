#!/usr/bin/env python3
"""Writes examples/press-releases-2022.jsonl, the demo's bundled sample: 42 English press releases of the President
of Russia (kremlin.ru) and the President of Ukraine (president.gov.ua), 24 Feb - 30 Jun 2022, both CC BY 4.0.

Picks releases of 700-3,200 characters with at least three conflict words (attack, shelling, sanctions, talks...),
spread evenly over the period: 18 from the Kremlin, 24 from Kyiv. Texts are unchanged.

usage: tools/sample_press_releases.py CORPUS_DIR   (the folder holding putin.csv and zelenskyy.csv)
"""
import csv
import json
import re
import sys

csv.field_size_limit(10**8)
WORDS = re.compile(r"\b(shell\w*|attack\w*|strike\w*|missile\w*|troops|killed|sanction\w*|negotiat\w*|talks|ceasefire|"
                   r"humanitarian|invasion|occupi\w*|evacuat\w*|drone\w*|bomb\w*|denied|accus\w*|weapons)", re.I)
SOURCES = [("putin.csv", "kremlin", "President of Russia (kremlin.ru)", 18),
           ("zelenskyy.csv", "president-ua", "President of Ukraine (president.gov.ua)", 24)]


def main(corpus):
    out = []
    for name, prefix, source, n in SOURCES:
        with open(f"{corpus}/{name}", newline="", encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f) if "2022-02-24" <= r["date"][:10] <= "2022-06-30"
                    and 700 < len(r["body"]) < 3200 and len(WORDS.findall(r["body"])) >= 3]
        rows.sort(key=lambda r: r["date"])
        for i in range(n):
            r = rows[int(i * len(rows) / n)]
            number = r["link"].rstrip("/").split("-")[-1].split("/")[-1]
            out.append({"id": f"{prefix}-{number}", "published": r["date"][:10], "title": r["headline"],
                        "source": source, "url": r["link"], "lang": "en", "text": r["body"]})
    out.sort(key=lambda o: (o["published"], o["id"]))
    with open("examples/press-releases-2022.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} press releases written")


if __name__ == "__main__":
    main(sys.argv[1])
