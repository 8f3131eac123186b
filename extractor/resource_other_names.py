"""Places called by another name than the one the business gives them.

Two ways, each only while no other resource of the business answers to it:

- The everyday name of a kind of place (`OTHER_NAMES`): the British "the tip" or "the
  dump" for "the recycling centre", "a tip slot", "tip run". The table is keyed by the
  words of the business's name (article dropped); a new kind of place is a new row.
- What a place is for, said in brackets after its name, put before its place noun: "the
  truck lane", "the trucks lane" for "lane 2 (trucks)"; "the kids' pool" is not read
  (the bracket must hold one word, and the name a place noun from `PLACE_NOUNS`).

`find_other_names` gives `(resource id, rule, pattern)` rows like the other pattern
makers of `resources.py`, which runs them with the rest.
"""

from __future__ import annotations

import re

# A kind of place -> what people call it too. Keys are a name's words, lower case, without
# an article ("The Recycling Centre" -> "recycling centre"); the names are whole words.
OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "recycling centre": ("tip", "dump", "recycling center"),
    "recycling center": ("dump", "recycling centre", "transfer station"),
    "household waste recycling centre": ("tip", "dump", "recycling centre"),
    "waste transfer station": ("dump", "tip"),
    # a vessel or vehicle of a kind said in brackets ("the Vila (speedboat)"), by the
    # words for its kind in the languages of the people who hire it
    "speedboat": (
        "speed boat",
        "motorboat",
        "motor boat",
        "powerboat",
        "power boat",
        "speedboot",
        "motorboot",
        "lancha",
        "gliser",
        "fast boat",
    ),
    "sailing yacht": (
        "sailboat",
        "sail boat",
        "sailing boat",
        "yacht",
        "sailing one",
        "segelboot",
        "segelyacht",
        "velero",
        "voilier",
        "jedrilica",
    ),
    "sailboat": ("sail boat", "sailing boat", "sailing yacht", "segelboot", "velero", "voilier"),
    "minibus": ("mini bus", "minivan", "people carrier"),
}
# Said right after the other name, still the place: "a tip slot", "a tip run".
_BOOKING_WORDS = r"(?:\s+(?:slot|run|trip|visit|booking|appointment|appt))?"

# Place nouns, and vehicles, that take what they are for before them: "truck lane",
# "kids pool", "wheelchair van".
PLACE_NOUNS = frozenset(
    ["lane", "bay", "court", "room", "studio", "booth", "table", "pool", "van", "bus", "boat"]
)
# Words in brackets that say nothing of what a place is for: "(6 seats)", "(and glass)".
_NOT_A_PURPOSE = frozenset(["and", "with", "for", "the", "seats", "seat", "people", "max"])

_ARTICLES = ("the", "a", "an")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_WORDS = re.compile(r"[A-Za-z]+")


def _key(name: str) -> str:
    """ "The Recycling Centre" -> "recycling centre"; what brackets hold is left out."""
    words = [w.lower() for w in _WORDS.findall(_BRACKETED.sub(" ", name))]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _purpose_forms(name: str) -> list[str]:
    """ "lane 2 (trucks)" -> ["truck lane", "trucks lane"]: the bracket's words, as they are
    and without a plural "s", before the name's place noun; of two words each alone and
    both ("van 1 (wheelchair lift)" -> "wheelchair van", "lift van", "wheelchair lift
    van")."""
    inside = _BRACKETED.findall(name)
    if len(inside) != 1 or not re.fullmatch(r"\s*[A-Za-z]{3,}(?:\s+[A-Za-z]{3,})?\s*", inside[0]):
        return []
    words = inside[0].lower().split()
    nouns = [w for w in _key(name).split() if w in PLACE_NOUNS]
    if len(nouns) != 1 or set(words) & _NOT_A_PURPOSE:
        return []
    forms = {" ".join(words), *(words if len(words) > 1 else [])}
    forms |= {f[:-1] for f in forms if f.endswith("s") and not f.endswith("ss")}
    return [f"{f} {nouns[0]}" for f in sorted(forms)]


def find_other_names(
    resources: list[tuple[str, str | None]],
) -> list[tuple[str, str, re.Pattern[str]]]:
    """Patterns for the other names of `(id, name)` resources, each kept only when it
    belongs to one resource of the business."""
    said_by: dict[tuple[str, str], list[str]] = {}  # (rule, words) -> resource ids
    for rid, name in resources:
        if not name:
            continue
        kinds = [_key(name), *(b.strip().lower() for b in _BRACKETED.findall(name))]
        for said in (said for kind in kinds for said in OTHER_NAMES.get(kind, ())):
            said_by.setdefault(("resource.other_name", said), []).append(rid)
        for said in _purpose_forms(name):
            said_by.setdefault(("resource.purpose", said), []).append(rid)
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for (rule, said), rids in said_by.items():
        if len(set(rids)) != 1:
            continue
        words = r"\s+".join(map(re.escape, said.split()))
        tail = _BOOKING_WORDS if rule == "resource.other_name" else ""
        pat = rf"\b(?:(?:the|a|an|your|our)\s+)?{words}{tail}\b(?!['’]?s\b)"
        out.append((rids[0], rule, re.compile(pat, re.IGNORECASE)))
    return out
