#!/usr/bin/env python3
"""Derives sitrep-core/src/main/resources/sitrep/attribution/cues_polnear.tsv from cue statistics of PolNeAR's train split.

Step 1 (counts; CoreNLP lemmas and tags, as the stage sees them):
  ./sitrep eval attribution --polnear DIR --split train --limit 450 --cue-stats /tmp/cue_stats.tsv
Step 2:
  python3 tools/derive_polnear_cues.py /tmp/cue_stats.tsv > sitrep-core/src/main/resources/sitrep/attribution/cues_polnear.tsv

Only lemmas and counts are kept, no corpus text. Selection: verbs inside a gold cue at least MIN_IN_CUE times and in
at least MIN_RATIO of their occurrences; those below OPEN_RATIO (and the belief and wish verbs) only count with a
clausal or infinitive complement ("clause"), the rest may take an object or the rest of the sentence ("any").
Lemmas already in cues.tsv, auxiliaries and idiom parts (see SKIP) are left out.
"""
import sys

MIN_IN_CUE, MIN_RATIO, OPEN_RATIO = 5, 0.35, 0.5
BELIEF = {"think", "know", "want", "see", "feel", "believe", "hope", "expect", "fear", "worry", "wonder", "plan", "seek", "intend"}
SKIP = {"be", "have", "do", "anger", "devote", "project", "renew", "list", "accord", "point", "focus", "draw", "cast", "hit", "fire", "shoot", "lay", "name", "title", "identify"}
STANCE = {
    "criticize": ["mock", "slam", "blast", "attack", "rail", "deride", "rebuke", "assail", "lament", "complain", "challenge", "oppose", "question"],
    "praise": ["endorse", "applaud", "hail", "tout", "congratulate", "thank", "boast", "brag", "celebrate", "defend", "support", "back", "recommend", "advocate"],
    "reject": ["decline", "refuse", "balk", "disavow", "disagree", "dismiss"],
    "intend": ["want", "hope", "plan", "seek", "intend", "aim", "propose", "push", "prefer"],
    "question": ["wonder", "doubt"],
    "warn": ["fear", "worry"],
    "demand": ["press", "encourage", "persuade", "plead"],
    "confirm": ["concede", "agree", "disclose", "reveal"],
}
stance_of = {lemma: stance for stance, lemmas in STANCE.items() for lemma in lemmas}

def main(path):
    existing = set()
    for line in open("sitrep-core/src/main/resources/sitrep/attribution/cues.tsv", encoding="utf-8"):
        if not line.startswith("#"):
            existing.add(line.split("\t")[0])
    rows = []
    for line in list(open(path, encoding="utf-8"))[1:]:
        lemma, tag, in_cue, total = line.rstrip("\n").split("\t")
        in_cue, total = int(in_cue), int(total)
        if tag != "V" or lemma in existing or lemma in SKIP or not lemma.isalpha():
            continue
        ratio = in_cue / total
        if in_cue >= MIN_IN_CUE and (ratio >= MIN_RATIO or lemma in BELIEF and in_cue >= 10):
            complement = "clause" if ratio < OPEN_RATIO or lemma in BELIEF else "any"
            rows.append((lemma, "verb", stance_of.get(lemma, "assert"), complement, in_cue, total))
    print("# Reporting cues derived from PolNeAR's train split: verbs that PolNeAR annotators marked as attribution cues.")
    print("# source: PolNeAR (Newell, Margolin, Ruths: 'An Attribution Relations Corpus for Political News', LREC 2018),")
    print("#   train split, first 450 articles; only lemma counts are kept, no text. Derived by tools/derive_polnear_cues.py")
    print("#   (selection rule and commands there) from './sitrep eval attribution --split train --limit 450 --cue-stats'.")
    print("# licence: counts derived from research data; this list: Sitrep, GPL-3.0-or-later")
    print("# changes: stances assigned by hand (tools/derive_polnear_cues.py, STANCE); lemmas in cues.tsv left out.")
    print("# format: TSV with header. lemma, kind, stance as in cues.tsv; complement = any (object, clause, quote or rest")
    print("#   of the sentence is what was said) | clause (only a clausal or infinitive complement or a quote: 'thinks that',")
    print("#   'wants to'); in_cue, total = train tokens of the lemma inside a gold cue, and in all.")
    print("lemma\tkind\tstance\tcomplement\tin_cue\ttotal")
    for r in sorted(rows):
        print("\t".join(map(str, r)))

main(sys.argv[1])
