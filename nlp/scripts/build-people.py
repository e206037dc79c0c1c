#!/usr/bin/env python3
"""Builds the well-known people list of the entities stage (nlp/src/main/resources/dev/dateline/nlp/entities/
people.tsv) from the PETRARCH2/Phoenix actor dictionaries (MIT licensed) under ../shared/datasets/event-coding.

Usage: python3 nlp/scripts/build-people.py ../shared/datasets/event-coding OUT.tsv

A person is an actor entry with a tenure date range (as build-ner-gazetteers.py reads them); its main name, of two to
four words and no title word, gives a surname (the last word) and the words before it. A surname that two different
people share is left out, so the list only completes a surname that names one person. Sorted, no timestamp: the same
input gives the same bytes.
"""
import importlib.util
import re
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("gazetteers", Path(__file__).with_name("build-ner-gazetteers.py"))
gazetteers = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gazetteers)

PARTICLES = {"bin", "bint", "ibn", "al", "el", "abu", "van", "von", "der", "den", "de", "du", "da", "dos", "das", "del",
             "della", "di", "la", "le", "ter", "zu"}


def cased(word):
    if word in PARTICLES:
        return word
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def main(source, out):
    dictionaries = Path(source) / "petrarch2" / "dictionaries"
    people = {}
    for file in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]:
        for main_name, _aliases, codes, _same_line in gazetteers.entries(dictionaries / file):
            if not any(re.search(r"\d", c) for c in codes):
                continue
            name = gazetteers.words(main_name)
            if name is None:
                continue
            parts = name.split()
            if not 2 <= len(parts) <= 4 or any(w in gazetteers.TITLES or w == "'s" for w in parts):
                continue
            if not all(re.fullmatch(r"[a-z][a-z'.-]*", w) for w in parts) or len(parts[-1]) < 3 or parts[-1] in PARTICLES:
                continue
            people.setdefault(parts[-1], set()).add(" ".join(cased(w) for w in parts[:-1]))
    lines = ["# Well-known people by surname, built by nlp/scripts/build-people.py from the PETRARCH2/Phoenix actor",
             "# dictionaries (MIT). Columns (tab-separated): the surname in lower case, the words before it in the",
             "# person's name. Only surnames that name one person in the dictionaries are listed."]
    for surname in sorted(people):
        if len(people[surname]) == 1:
            lines.append(f"{surname}\t{next(iter(people[surname]))}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} surnames", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
