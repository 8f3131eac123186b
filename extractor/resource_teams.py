"""Teams and crews named by a member or by another word for a crew: "Keisha's team" or
"Maria's crew" for "Team A (Keisha and Maria)", "Mick's lot" for "Crew A (Mick and Tama)",
"Bruno's crew" for "Bruno's team", "the south guys" for "the south crew", "the two-man
team" for "the two-man crew".

A resource is a team when its name's first or last word is a word for one (`TEAMS`:
"Team A", "the north crew", "Oksana's team"). Its members are the names its brackets list
("(Keisha and Maria)") and the owner of a possessive name ("Oksana's team"); the words
that tell it from the others are the rest of its name ("north", "two-man"). A member's
name with "'s" and a word for a crew (`CREW_WORDS`: team, crew, lot, guys, ...) names the
team, and so do the telling words before a word for a crew; each only while one team
answers to it. A member's name alone is read by `resources` as a name in brackets is
("with Keisha"); "Keisha's" before any other word ("Keisha's car") names no team.
"""

from __future__ import annotations

import re

# The words a business names a team with, and those customers call one by.
TEAMS = frozenset(["team", "crew", "squad", "gang"])
CREW_WORDS = (
    "team",
    "teams",
    "crew",
    "crews",
    "squad",
    "gang",
    "lot",
    "guys",
    "boys",
    "girls",
    "ladies",
    "fellas",
    "mob",
    "folks",
    "people",
)
_CREW = r"(?:" + "|".join(CREW_WORDS) + r")"
_ARTICLES = frozenset(["the", "a", "an"])
_LIST = re.compile(r"\s*(?:,|&|/|\+|\band\b)\s*")


def _team(name: str) -> tuple[list[str], list[str]] | None:
    """(members, telling words) of a team's name, or None for another resource: "Team A
    (Keisha and Maria)" -> (["Keisha", "Maria"], []), "the south crew" -> ([], ["south"]),
    "Oksana's team" -> (["Oksana"], [])."""
    bare = re.sub(r"\([^()]*\)", " ", name).split()
    words = [w for w in bare if w.lower() not in _ARTICLES]
    if not words or not (words[0].lower() in TEAMS or words[-1].lower() in TEAMS):
        return None
    inside = [i.strip() for b in re.findall(r"\(([^()]*)\)", name) for i in _LIST.split(b)]
    members = [i for i in inside if re.fullmatch(r"[A-Z][\w'’-]+", i)]
    telling = []
    for w in words:
        if w.lower() in TEAMS:
            continue
        owner = re.fullmatch(r"([A-Z][\w-]+)['’]s", w)
        if owner:
            members.append(owner.group(1))
        elif len(w) > 1 and re.fullmatch(r"[a-z][\w-]+", w, re.IGNORECASE):
            telling.append(w)
    return members, telling


def find_teams(
    message: str, resources: list[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], str]]:
    """(text, span, id) for each team said by a member or another word for a crew."""
    said_by: dict[str, list[str]] = {}  # pattern -> team ids
    for rid, name in resources:
        team = _team(name or "")
        if team is None:
            continue
        members, telling = team
        for member in members:
            said_by.setdefault(rf"\b{re.escape(member)}['’]?s\s+{_CREW}\b", []).append(rid)
        if telling:
            words = r"[\s-]+".join(map(re.escape, telling))
            said_by.setdefault(rf"\b(?:the\s+)?{words}\s+{_CREW}\b", []).append(rid)
    found = []
    for pattern, rids in said_by.items():
        if len(set(rids)) != 1:
            continue
        for m in re.finditer(pattern, message, re.IGNORECASE):
            found.append((m.group(0), m.span(), rids[0]))
    return found
