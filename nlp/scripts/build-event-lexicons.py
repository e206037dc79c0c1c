#!/usr/bin/env python3
"""Builds the event coder's lexicons (nlp/src/main/resources/dev/dateline/nlp/events/) from the PETRARCH2 CAMEO
dictionaries and the PLOVER CAMEO-to-PLOVER table (both MIT / CC BY-SA, derived files may ship) under
../shared/datasets/event-coding.

Usage: python3 nlp/scripts/build-event-lexicons.py ../shared/datasets/event-coding nlp/src/main/resources/dev/dateline/nlp/events

The CAMEO verb dictionary itself ships as it is (CAMEO.verbpatterns.150430.txt.gz, gzip -n of the MIT-licensed
file, whose header carries the licence) and is read by the Java side (PetrarchVerbs).

Writes (sorted, gzipped without a timestamp, so the same input gives the same bytes):
  cameo-plover.tsv     CAMEO code, PLOVER type, PLOVER mode ('-' for none), from CAMEO2PLOVER-2021.txt.
  actors.tsv.gz        actor phrase (lower-case words), CAMEO actor code: every main name and '+' synonym of the
                       Phoenix country, international and non-state actor dictionaries; for a person with dated
                       roles the last code listed (their latest role).
  agents.tsv.gz        agent phrase (lower-case words), sector code (GOV, MIL, ...), from Phoenix.agents.txt.
  actor-roles.tsv.gz   actor phrase, code, first day, last day (YYYYMMDD): the dated roles of the names whose entry
                       lists more than one code ("ehud barak  ISRGOV  19990706  20010307"), so that a story is coded
                       with the role its actor held on its date.
"""
import gzip
import io
import re
import sys
from pathlib import Path


def gz_write(path, lines):
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(("".join(line + "\n" for line in lines)).encode("utf-8"))
    path.write_bytes(raw.getvalue())


def strip_comment(line):
    i = line.find("#")
    return line if i < 0 else line[:i]


def build_plover(path):
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = strip_comment(raw).strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        ptype = fields[0]
        mode = fields[1] if len(fields) > 1 and fields[1] else "-"
        if ptype:
            out.append(f"{m.group(1)}\t{ptype}\t{mode}")
    return out


def phrase(name):
    name = re.sub(r"\([^)]*\)", " ", name.strip().rstrip("_").replace("_", " ")).lower()
    name = " ".join(name.split())
    return name if re.match(r"^[a-z0-9][a-z0-9 .'\-&]*$", name) else None


def day(text):
    """A dictionary date (YYMMDD or YYYYMMDD) as YYYYMMDD."""
    if len(text) == 6:
        return ("19" if int(text[:2]) > 30 else "20") + text
    return text


def role(code_text):
    """'ISRGOV 990706-010307' -> (code, first day, last day) as YYYYMMDD; open ends 00000000 / 99999999."""
    parts = code_text.split()
    if len(parts) < 2:
        return parts[0], "00000000", "99999999"
    span = parts[1]
    if span.startswith(">"):
        return parts[0], day(span[1:]), "99999999"
    if span.startswith("<"):
        return parts[0], "00000000", day(span[1:])
    if "-" in span:
        begin, end = span.split("-", 1)
        return parts[0], day(begin) if begin else "00000000", day(end) if end else "99999999"
    return parts[0], "00000000", "99999999"


def entries(path):
    """The entries of a Phoenix actor dictionary: (names, roles) per main name with its '+' synonyms, the roles as
    role() reads the bracketed codes of the name's lines and of the indented code lines under it."""
    names, codes = [], []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = strip_comment(raw).rstrip()
        if not line.strip():
            continue
        found = [role(c) for c in re.findall(r"\[([^\]]*)\]", line) if c.strip()]
        text = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if raw[:1] in (" ", "\t") and not text:
            codes.extend(found)
            continue
        if text.startswith("+"):
            p = phrase(text[1:])
            if p:
                names.append(p)
            codes.extend(found)
            continue
        yield names, codes
        p = phrase(text)
        names = [p] if p else []
        codes = list(found)
    yield names, codes


def build_roles(paths):
    """Every dated role of the names whose entry has more than one distinct code."""
    out = set()
    for path in paths:
        for names, codes in entries(path):
            if names and len({c[0] for c in codes}) > 1:
                for n in names:
                    for c in codes:
                        if re.match(r"^[A-Z]{3,}$", c[0]) and re.match(r"^\d{8}$", c[1]) and re.match(r"^\d{8}$", c[2]):
                            out.add(f"{n}\t{c[0]}\t{c[1]}\t{c[2]}")
    return sorted(out)


def build_actors(paths):
    """Each name's current code: of its entry's dated roles the one ending last (open-ended first); a name in several
    entries keeps the entry whose role ends last."""
    table = {}
    for path in paths:
        for names, codes in entries(path):
            if names and codes:
                code, _, end = max(codes, key=lambda c: c[2])
                for n in names:
                    if n not in table or table[n][1] < end:
                        table[n] = (code, end)
    return [f"{n}\t{c}" for n, (c, _) in sorted(table.items()) if re.match(r"^[A-Z]{3,}$", c)]


def build_agents(path):
    macros, out = {}, {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = strip_comment(raw).strip()
        m = re.match(r"^(!\w+!)\s*=\s*(.*)$", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)~?\]", line)
        if not m:
            continue
        forms = [m.group(1)]
        for mac, words in macros.items():
            forms = [f.replace(mac, w + " ", 1) if mac in f else f for f in forms for w in (words if mac in f else [None])]
        for f in forms:
            p = phrase(f)
            if p:
                out.setdefault(p, m.group(3))
    return [f"{n}\t{c}" for n, c in sorted(out.items())]


def main():
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    d = src / "petrarch2" / "dictionaries"
    plover = build_plover(src / "plover" / "CAMEO2PLOVER-2021.txt")
    (dst / "cameo-plover.tsv").write_text(
        "# CAMEO code, PLOVER type, PLOVER mode; built by nlp/scripts/build-event-lexicons.py from CAMEO2PLOVER-2021.txt\n"
        + "".join(line + "\n" for line in plover), encoding="utf-8")
    gz_write(dst / "actors.tsv.gz", build_actors([d / "Phoenix.Countries.actors.txt", d / "Phoenix.International.actors.txt",
                                                  d / "Phoenix.MilNonState.actors.txt"]))
    gz_write(dst / "agents.tsv.gz", build_agents(d / "Phoenix.agents.txt"))
    gz_write(dst / "actor-roles.tsv.gz", build_roles([d / "Phoenix.Countries.actors.txt"]))


if __name__ == "__main__":
    main()
