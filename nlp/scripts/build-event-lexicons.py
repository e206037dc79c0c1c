#!/usr/bin/env python3
"""Builds the event coder's lexicons (nlp/src/main/resources/dev/dateline/nlp/events/) from the PETRARCH2 CAMEO
dictionaries and the PLOVER CAMEO-to-PLOVER table (both MIT / CC BY-SA, derived files may ship) under
../shared/datasets/event-coding.

Usage: python3 nlp/scripts/build-event-lexicons.py ../shared/datasets/event-coding nlp/src/main/resources/dev/dateline/nlp/events

Writes (sorted, gzipped without a timestamp, so the same input gives the same bytes):
  cameo-verbs.tsv.gz   'verb LEMMA PARTICLE BLOCK CODE': each verb of a verb block with its code (the block's default
                       or the verb's own); 'pattern BLOCK BEFORE AFTER CODE': each pattern of a block, which applies to
                       all of the block's verbs (words before the verb, words after it). Pattern words are lower case; one slot is alternatives separated by '|'
                       (a synonym set), a multi-word alternative joined by '_'; a word ending in '_' must match whole,
                       others match as a prefix (TABARI's convention). PETRARCH's role markers (+ $ % ^) are dropped:
                       the Java side finds actors and targets by its own syntax. '-' stands for an empty column;
                       code '---' means "not an event" (the pattern suppresses the verb).
  cameo-plover.tsv     CAMEO code, PLOVER type, PLOVER mode ('-' for none), from CAMEO2PLOVER-2021.txt.
  actors.tsv.gz        actor phrase (lower-case words), CAMEO actor code: every main name and '+' synonym of the
                       Phoenix country, international and non-state actor dictionaries; for a person with dated
                       roles the last code listed (their latest role).
  agents.tsv.gz        agent phrase (lower-case words), sector code (GOV, MIL, ...), from Phoenix.agents.txt.
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


def read_synsets(lines):
    """&NAME_ followed by +WORD lines until a blank line."""
    sets, name = {}, None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            name = line[1:].rstrip("_").upper()
            sets[name] = []
        elif name and line.startswith("+"):
            sets[name].append(line[1:].strip().lower())
        elif not line:
            name = None
    return sets


def slot(word, synsets):
    """One pattern element as written in the output, or None for a role marker."""
    word = word.strip()
    if word in ("+", "$", "%", "^", "") or word.startswith("{"):
        return None
    if word.startswith("&"):
        alts = synsets.get(word[1:].rstrip("_").upper())
        if not alts:
            return None
        return "|".join(sorted(set(a.strip("+") for a in alts if a.strip("+"))))
    word = word.lstrip("+$%^").lower()
    return word or None


def pattern_side(text, synsets):
    out = []
    for w in text.split():
        s = slot(w, synsets)
        if s:
            out.append(s)
    return " ".join(out) if out else "-"


def verb_entry(line):
    """'MEET {MEETS MET} [036]' or '+MEET_WITH {...}' -> (lemma, particle, code or None)."""
    line = re.sub(r"\{[^}]*\}", " ", strip_comment(line)).strip()
    code = None
    m = re.search(r"\[([^\]]*)\]", line)
    if m:
        code = m.group(1).split(":")[0].strip()
        line = line[: m.start()].strip()
    if not line:
        return None
    words = [w for w in line.lstrip("+").lower().split("_") if w]
    if not words or not re.match(r"^[a-z][a-z'\-]*$", words[0]):
        return None
    return words[0], " ".join(words[1:]) or "-", code


def build_verbs(path):
    """Lines 'verb LEMMA PARTICLE BLOCK CODE' and 'pattern BLOCK BEFORE AFTER CODE' (a block's patterns apply to all
    of its verbs)."""
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    synsets = read_synsets(lines[:start])
    verbs, patterns = set(), set()
    block, block_code, number = None, None, 0
    for raw in lines[start + 1:]:
        line = raw.rstrip()
        m = re.match(r"^---\s*(\S+)\s*(?:\[([^\]]*)\])?", line)
        if m:
            # a block without a code ("--- SEND ###") has no default: its verbs and patterns carry their own
            number += 1
            block = f"{number:04d}-{m.group(1).lower()}"
            block_code = (m.group(2) or "---").split(":")[0].strip() or "---"
            continue
        if block is None or not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            body = strip_comment(line[2:])
            cm = re.search(r"\[([^\]]*)\]", body)
            if not cm or "*" not in body[: cm.start()]:
                continue
            code = cm.group(1).split(":")[0].strip()
            before, after = body[: cm.start()].split("*", 1)
            b, a = pattern_side(before.replace("_", " "), synsets), pattern_side(after.replace("_", " "), synsets)
            if b != "-" or a != "-":
                patterns.add(("pattern", block, b, a, code))
            continue
        entry = verb_entry(line)
        if entry:
            lemma, particle, code = entry
            verbs.add(("verb", lemma, particle, block, code or block_code))
    return ["\t".join(r) for r in sorted(verbs) + sorted(patterns)]


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


def dated(code_text):
    """'ISRGOV >090401' -> (code, end date as YYYYMMDD; open-ended roles end at 99999999)."""
    parts = code_text.split()
    if len(parts) < 2:
        return parts[0], "99999999"
    span = parts[1]
    if span.startswith(">"):
        return parts[0], "99999999"
    if span.startswith("<"):
        return parts[0], day(span[1:])
    if "-" in span:
        end = span.split("-", 1)[1]
        return parts[0], day(end) if end else "99999999"
    return parts[0], "99999999"


def build_actors(paths):
    """Each name's current code: of its entry's dated roles the one ending last (open-ended first); a name in several
    entries keeps the entry whose role ends last."""
    table = {}
    for path in paths:
        names, codes = [], []

        def flush():
            if names and codes:
                code, end = max(codes, key=lambda c: c[1])
                for n in names:
                    if n not in table or table[n][1] < end:
                        table[n] = (code, end)

        for raw in path.read_text(encoding="latin-1").splitlines():
            line = strip_comment(raw).rstrip()
            if not line.strip():
                continue
            found = [dated(c) for c in re.findall(r"\[([^\]]*)\]", line) if c.strip()]
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
            flush()
            p = phrase(text)
            names = [p] if p else []
            codes = list(found)
        flush()
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
    gz_write(dst / "cameo-verbs.tsv.gz", build_verbs(d / "CAMEO.verbpatterns.150430.txt"))
    plover = build_plover(src / "plover" / "CAMEO2PLOVER-2021.txt")
    (dst / "cameo-plover.tsv").write_text(
        "# CAMEO code, PLOVER type, PLOVER mode; built by nlp/scripts/build-event-lexicons.py from CAMEO2PLOVER-2021.txt\n"
        + "".join(line + "\n" for line in plover), encoding="utf-8")
    gz_write(dst / "actors.tsv.gz", build_actors([d / "Phoenix.Countries.actors.txt", d / "Phoenix.International.actors.txt",
                                                  d / "Phoenix.MilNonState.actors.txt"]))
    gz_write(dst / "agents.tsv.gz", build_agents(d / "Phoenix.agents.txt"))


if __name__ == "__main__":
    main()
