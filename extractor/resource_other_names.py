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
}
# Said right after the other name, still the place: "a tip slot", "a tip run".
_BOOKING_WORDS = r"(?:\s+(?:slot|run|trip|visit|booking|appointment|appt))?"

# Place nouns that take what the place is for before them: "truck lane", "kids pool".
PLACE_NOUNS = frozenset(["lane", "bay", "court", "room", "studio", "booth", "table", "pool"])

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
    """ "lane 2 (trucks)" -> ["truck lane", "trucks lane"]: the bracket's one word, as it is
    and without its plural "s", before the name's place noun."""
    inside = _BRACKETED.findall(name)
    if len(inside) != 1 or not re.fullmatch(r"\s*[A-Za-z]{3,}\s*", inside[0]):
        return []
    purpose = inside[0].strip().lower()
    nouns = [w for w in _key(name).split() if w in PLACE_NOUNS]
    if len(nouns) != 1:
        return []
    forms = {purpose}
    if purpose.endswith("s") and not purpose.endswith("ss"):
        forms.add(purpose[:-1])
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
        for said in OTHER_NAMES.get(_key(name), ()):
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
