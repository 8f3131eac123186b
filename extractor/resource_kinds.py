"""A kind of resource said with "a", "any", "either", "whichever": the resources of that
kind, when the business books more than one kind.

A kind is a noun two resources or more hold in their names or ids (`KIND_NOUNS`: "room" of
"study room 3" and "study room 4", "court" of "court 1" and "court 2"). "a room",
"any room", "a study room", "whichever court is free", "both courts", "any of your
rooms" then name each resource of that kind, one mention apiece with the same span (as a
surname two resources share), so that a careers adviser is never offered for "can I
book a room". Where every resource is of that kind ("either room is fine" for two
meeting rooms) the words leave the choice to the engine: one mention with no resource,
as "anyone". "the room", "same room", "room for 6" are not read here: with "the" the
words lean on a room said before, and with no determiner they name no kind.

`find_kinds` gives `ResourceMention`s; `resources.find_resources` keeps them with the
rest (the longest wins: "a study room" does not hide "study room 3", which is longer
only when the number is said, and then it is the name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slotwise.extractor.resource_words import PLACES

if TYPE_CHECKING:
    from slotwise.extractor.resources import ResourceMention

# Nouns a business's resources may share as their kind: the place nouns, and the other
# things booked by name ("counter A", "van 2", "dock A"); not the teams or crews of people,
# whose "any team" leaves the choice to the engine as "anyone" does.
KIND_NOUNS = PLACES | frozenset(
    ["counter", "van", "dock", "desk", "pool", "bench", "pitch", "pod", "bay"]
)
# The words that make a kind a choice of any one of it (not "the", not "same").
_CHOICE = (
    r"(?:an?|any|either|whichever|whatever|which\s*ever|both|another|one\s+of\s+(?:the|your)"
    r"|any\s+of\s+(?:the|your))"
)
# Up to two words that say which of the kind ("a quiet study room", "any padel courts"),
# never a preposition or an article ("a chat about rooms", "a necesitar la sala" name none).
_BETWEEN = (
    r"(?:(?!(?:in|on|at|for|about|with|to|of|from|the|a|an|my|your|our|and|or|but|"
    r"la|el|le|les|los|las|de|en|un|una)\b)"
    r"[a-z]+\s+){0,2}?"
)
# After the kind, words that keep it a choice: "whichever court is free".
_FREE = r"(?:(?:\s+(?:is|that['’]?s|that\s+is)|['’]s)\s+(?:free|open|available))?"


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in KIND_NOUNS else word


def _kinds(resources: Iterable[tuple[str, str | None]]) -> dict[str, list[str]]:
    """Kind noun -> the ids of the resources whose name or id holds it (two or more)."""
    members: dict[str, list[str]] = {}
    for rid, name in resources:
        for kind in sorted(_words(rid, name) & KIND_NOUNS):
            members.setdefault(kind, []).append(rid)
    return {k: rids for k, rids in members.items() if len(rids) >= 2}


def _words(rid: str, name: str | None) -> set[str]:
    return {_singular(w) for w in re.findall(r"[a-z]+", f"{rid} {name or ''}".lower())}


def _stems(text: str) -> set[str]:
    """Words without a plural "s", to compare what is said with a name ("truck", "trucks")."""
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", text)}


def _pattern(kind: str) -> re.Pattern[str]:
    plural = "es" if kind.endswith(("ch", "sh", "s")) else "s"
    return re.compile(
        rf"\b{_CHOICE}\s+(?P<which>{_BETWEEN}){re.escape(kind)}(?:{plural})?\b{_FREE}(?![\s-]*\d+\b)",
        re.IGNORECASE,
    )


def find_kinds(message: str, resources: Iterable[tuple[str, str | None]]) -> list[ResourceMention]:
    """ "a room", "any courts", "whichever counter is free": each resource of the kind."""
    from slotwise.extractor.resources import ResourceMention

    given = list(resources)
    words = {rid: _stems(f"{rid} {name or ''}".lower()) for rid, name in given}
    found: list[ResourceMention] = []
    for kind, rids in _kinds(given).items():
        every = len(rids) == len(given)
        for m in _pattern(kind).finditer(message):
            which = _stems(m.group("which").lower())
            if any(0 < sum(w in words[r] for r in rids) < len(rids) for w in which):
                continue  # "a truck lane" for "lane 2 (trucks)": a name, not the kind
            span = (m.start(), m.end())
            if every:
                found.append(ResourceMention(m.group(0), span, None, "resource.anyone"))
                continue
            found.extend(ResourceMention(m.group(0), span, rid, "resource.kind") for rid in rids)
    return found


# "room 3 or 4", "court 2 and 1": a number said right after a numbered name, with "or" /
# "and" / "/" between, is the same noun's number when a resource is so named; never a
# clock or a count ("room 3 or 4pm", "room 3 for 4 people" has no "or").
_NOT_A_NAME = (
    r"(?![:.]\d)(?!\s*(?:am|pm|a\.m|p\.m|o['’]?clock|ish|people|ppl|of\s+us|hours?|hrs?|mins?)\b)"
)


def find_coordinated_numbers(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[ResourceMention]:
    """ "study room 3 or 4", "court 2 or 1": the second number's resource."""
    from slotwise.extractor.resources import ResourceMention

    numbered: dict[tuple[str, str], str] = {}
    for rid, name in resources:
        words = re.findall(r"[a-z]+|\d+", (name or "").lower())
        if len(words) >= 2 and words[-1].isdigit() and words[-2].isalpha():
            numbered[(words[-2], words[-1])] = rid
    found: list[ResourceMention] = []
    for noun in {n for n, _ in numbered}:
        pattern = re.compile(
            rf"\b{re.escape(noun)}s?\s+\d+\s*(?:or|and|/|&)\s*(?P<n>\d+)\b{_NOT_A_NAME}",
            re.IGNORECASE,
        )
        for m in pattern.finditer(message):
            second = numbered.get((noun, m.group("n")))
            if second is not None:
                found.append(ResourceMention(m.group("n"), m.span("n"), second, "resource.number"))
    return found
