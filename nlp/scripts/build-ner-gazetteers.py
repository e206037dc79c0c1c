#!/usr/bin/env python3
"""Builds the NER gazetteers (nlp/src/main/resources/dev/dateline/nlp/ner/gazetteers.txt.gz) from the PETRARCH2
actor dictionaries and the CAMEO country list (MIT licensed) under ../shared/datasets/event-coding.

Usage: python3 nlp/scripts/build-ner-gazetteers.py ../shared/datasets/event-coding OUT.txt.gz

Lists: place (countries with their aliases, capitals and regions: the country blocks of Phoenix.Countries), person
(entries with a tenure date range: leaders, officials), surname and forename (last and first word of those persons'
main names), org (every other actor entry: governments' institutions, IGOs, NGOs, companies, armed groups).
The output is sorted and gzipped without a timestamp, so the same input gives the same bytes.
"""
import gzip
import io
import re
import sys
from pathlib import Path

TITLES = set("""president prime minister chancellor secretary general secretary-general king queen prince princess sheikh
emir sultan pope cardinal bishop ayatollah mr mrs ms dr gen gen. col col. colonel chairman leader premier governor senator
vice foreign defense defence un u.n. united nations former president-elect commander chief head the of ex deputy
ambassador mayor minister, spokesman spokeswoman archbishop lt lt. maj maj. capt capt. sen sen. rep rep. gov gov.
""".split())

COUNTRY_CODE = re.compile(r"^\[([A-Z]{3}(?:[A-Z]{3})?)\]$")


def words(name):
    """A dictionary name (UNITED_STATES_, CHILDREN'S_FUND_) as CoNLL-style lower-case words, or None to skip it."""
    name = name.strip().rstrip("_").replace("_", " ")
    name = re.sub(r"\([^)]*\)", " ", name)
    if not name or "," in name or "(" in name or ")" in name or re.fullmatch(r"[\d ]+", name):
        return None
    out = []
    for w in name.lower().split():
        if w.endswith("'s") and len(w) > 2:
            out.extend([w[:-2], "'s"])
        else:
            out.append(w)
    return " ".join(out) if out else None


def entries(path):
    """(main name, aliases, codes, same-line code) for each entry of a PETRARCH actor dictionary."""
    current = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if current:
                yield current
                current = None
            continue
        if line.startswith("+"):
            if current:
                current[1].append(line[1:].split("[", 1)[0].strip())
            continue
        if line[0] in " \t[":
            if current:
                current[2].extend(re.findall(r"\[[^\]]*\]", line))
            continue
        if current:
            yield current
        head = line.split("[", 1)
        codes = re.findall(r"\[[^\]]*\]", line)
        current = [head[0].strip(), [], list(codes), codes[0] if codes else None]
    if current:
        yield current


def main(source, out):
    source = Path(source)
    lists = {"place": set(), "person": set(), "surname": set(), "forename": set(), "org": set()}
    dictionaries = source / "petrarch2" / "dictionaries"
    for file in ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]:
        for main_name, aliases, codes, same_line in entries(dictionaries / file):
            person = any(re.search(r"\d", c) for c in codes)
            country = file.startswith("Phoenix.Countries") and same_line is not None and COUNTRY_CODE.match(same_line)
            kind = "person" if person else "place" if country else "org"
            main = words(main_name)
            if main is None:
                continue
            names = [main] + [a for a in (words(x) for x in aliases) if a]
            if kind == "person":
                names = [n for n in names if len(n.split()) <= 4 and not any(w in TITLES for w in n.split())]
                parts = main.split()
                if len(parts) >= 2 and not any(w in TITLES for w in parts):
                    if len(parts[-1]) >= 3:
                        lists["surname"].add(parts[-1])
                    if len(parts[0]) >= 3:
                        lists["forename"].add(parts[0])
            lists[kind].update(names)
    for line in (source / "cameo-codebooks" / "countrynames.txt").read_text(encoding="utf-8").splitlines():
        name = line.split("\t", 1)[0]
        if name and name != "NULL":
            w = words(name.replace(" ", "_"))
            if w:
                lists["place"].add(w)
    buffer = io.StringIO()
    buffer.write("# Built by nlp/scripts/build-ner-gazetteers.py from PETRARCH2 and CAMEO dictionaries (MIT).\n")
    for name in sorted(lists):
        for phrase in sorted(lists[name]):
            buffer.write(f"{name}\t{phrase}\n")
    with open(out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0) as g:
            g.write(buffer.getvalue().encode("utf-8"))
    for name in sorted(lists):
        print(f"{name}: {len(lists[name])}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
