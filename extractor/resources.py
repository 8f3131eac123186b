"""Resource mentions: the providers, rooms or people a message names.

A resource is found by its `name` ("Dr. Smith"), by the name without its title
("Smith", "dr smith"), by its id ("dr-smith"), by a title and the surname's initial
("dr s", when no other resource's surname starts so), by its role words when no other
resource shares them ("nurse practitioner" for "Nurse Practitioner Reyes"), by what a
room is for when no other room is for it ("ultrasound" for "Ultrasound room 2", "MRI"
for "MRI suite", "sim" or "the simulator" for "the simulator bay": the word clipped to 3
letters or more, never to a weekday's or month's abbreviation; never a common word such
as "main" or "phone"), by a place noun only
one resource has ("booth", "the booth" for "Phone booth 1"; "the van" for "Van 2", never
"my van", and "the MRI" for "MRI scanner 1": scanners, machines, vans, trucks and boats are
booked as rooms are), by a numbered name without
its number when no other shares it ("phone booth"), or with its number as a word or an
ordinal ("van two", "the 2nd van"), by another word for its role ("the lawyer" for
"Attorney Haddad"), by a role in brackets or its last word after a determiner ("the
groomer" for "Sol (groomer)", "the pro" for "Gordon (club pro)"; letters after a comma
are as in brackets: "Marc Leblanc" or "Mr. Leblanc" for "Marc Leblanc, CPA"), by one of the things a
list in brackets says it does ("guitar", "drum lessons" for "Lachlan (guitar, drums)"), by
a title that is a trade said alone ("the nurse" for "Nurse
Okoro"), by who does the work a role names ("a plumber", "the cleaners" for "the
plumbing team", "the cleaning crew"), by a name typed without its apostrophe
("obrien"), by the everyday name of its kind of place ("the tip" for "the
recycling centre") or what it is for said before its place noun ("the truck lane" for
"lane 2 (trucks)"; both in `resource_other_names.py`), or by a surname one letter off ("lindquist" for Lindqvist, when the name is
long and no other is as close). "Anyone", "whoever is free", "any doc", "any of your
stylists", "any voice teacher", "don't care who" are mentions too, with no resource:
they tell the trace that the choice was left to the engine, as are "anywhere" and
"wherever you can seat us" for tables and rooms, "kahit sino", "con cualquiera",
"cualquiera de ustedes" and "n'importe qui" in the languages customers switch to, and
"either" alone opening a message ("oh ok, either is fine then", "ok no problem, either
one"): the answer to a choice of two providers; said after two days or times ("the 8th
or the 9th, either is fine") or with another noun ("either day", "either way") it is no
provider.
Where a business has rooms in the open air ("patio") and others, "outside" names the
first and "inside" / "indoor seating" the others. A kind of resource said with "a",
"any", "either", "whichever" ("a room", "whichever court is free") names each resource of
that kind, and "room 3 or 4" the second room too (`resource_kinds.py`). A resource that
visits the customer is named by where the visit is ("home", "a home visit":
`resource_home.py`), a team by a member or another word for a crew ("Keisha's team",
"the south guys": `resource_teams.py`).

The word lists are data (the forms of "anyone" in `resource_anyone.py`, the roles in
`resource_roles.py`); `tests/extractor/test_resources.py` and
`tests/extractor/test_resource_roles.py` hold the examples each form must find and the
ones it must leave alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from slotwise.extractor.grounding.lexicon_numbers import NUMBER_WORDS, ORDINAL_WORDS
from slotwise.extractor.grounding.rules_spoken_clock import SOUND_ALIKE_HOURS
from slotwise.extractor.resource_anyone import find_anyone
from slotwise.extractor.resource_gender import find_gendered
from slotwise.extractor.resource_home import find_home
from slotwise.extractor.resource_kinds import find_coordinated_numbers, find_kinds
from slotwise.extractor.resource_other_names import find_other_names
from slotwise.extractor.resource_roles import find_roles, folded, is_role
from slotwise.extractor.resource_same import find_same_or_other
from slotwise.extractor.resource_sizes import find_sizes
from slotwise.extractor.resource_teams import find_teams
from slotwise.extractor.resource_words import (
    ARTICLES,
    COMMON,
    OWNED_PLACES,
    PLACE_USES,
    PLACE_WORDS,
    PLACES,
    PLACES_ABROAD,
    VAGUE_PLACES,
    purpose_said,
    purpose_word,
)

_TITLES = (
    r"(?:dr|dra|dre|doctor|prof|professor|mr|mrs|ms|miss|mx|nurse|dentist|therapist|herr|frau|"
    r"señora|senora|señor|senor|sra|srta|mme|madame|monsieur)\.?"
)
# Rooms or tables in the open air, by a word of their name or id; "outside" names them,
# "inside" names the others. Only a business that has one such room reads either word.
_OUTDOOR = ("patio", "terrace", "garden", "deck", "courtyard", "rooftop", "balcony", "veranda")
_NOT_A_PLACE = r"(?!\s+(?:of|the|my|our|a|an|work|office|school|business|hours|those|\d))"
_OUTSIDE = re.compile(
    rf"\b(?:outside|out\s*doors?|al\s+fresco){_NOT_A_PLACE}(?:\s+(?:seating|table|area))?\b",
    re.IGNORECASE,
)
_INSIDE = re.compile(
    rf"\b(?:inside|in\s*doors?){_NOT_A_PLACE}(?:\s+(?:seating|table|area))?\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_TITLE_BEFORE = re.compile(rf"\b{_TITLES}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class ResourceMention:
    text: str
    span: tuple[int, int]
    resource_id: str | None  # None: "anyone", the choice is left to the engine
    rule: str


def _core(name: str | None) -> tuple[list[str], list[str]]:
    """A name's words, and those that are not titles ("Dr. Anna Smith" -> Anna, Smith); a
    name that is a title word alone is a name ("Dre", the stylist)."""
    words = [w for w in re.split(r"[\s.]+", (name or "").strip()) if w]
    return words, [w for w in words if not re.fullmatch(_TITLES, w, re.IGNORECASE)] or words


def _name_patterns(resource_id: str, name: str | None) -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    if name:
        _, core = _core(name)
        the = ""
        if len(core) > 1 and core[0].lower() == "the":  # "the simulator bay": "simulator bay"
            core, the = core[1:], r"(?:the\s+)?"
        if core:
            full = the + r"[\s.]*".join(_typed(w) for w in core)
            other = PLACE_WORDS.get(core[0].lower(), ()) if len(core) == 2 else ()
            if other and core[1].isdigit():  # "cancha 2", "ct 2" for "Court 2"
                said = "|".join(map(folded, other))
                full = rf"(?:{full}|(?:{said})\.?\s*{re.escape(core[1])})"
            out.append(
                ("resource.name", re.compile(rf"\b(?:{_TITLES}\s*)?{full}\b", re.IGNORECASE))
            )
            owner = _owner(core)
            if owner:  # "Thabo's bay": "Thabo"; "Lucía the PA": "Lucia"
                out.append(("resource.surname", re.compile(rf"\b{owner}\b", re.IGNORECASE)))
            if len(core) > 1 and core[-1].isdigit() and core[-2].isalpha():
                out.append(("resource.number", _numbered(core[-2], int(core[-1]))))
            if owner and "the" in (w.lower() for w in core[1:]) and is_role(core[-1]):
                pass  # "Lucía the PA": the PA is her role (`resource_roles`), no surname
            elif len(core) > 1 and len(core[-1]) == 1 and core[-1].isalpha():
                out.append(("resource.surname", _designator(core[-1])))
            elif len(core) > 1 and not core[-1].isdigit() and core[-1].lower() not in PLACES:
                # "Dr. Anna Smith": "Dr. Smith" (but "Elbe room" is not a Mr. Room)
                last = re.escape(core[-1])
                out.append(
                    ("resource.surname", re.compile(rf"\b(?:{_TITLES}\s*)?{last}\b", re.IGNORECASE))
                )
    rid = re.escape(resource_id).replace(r"\-", r"[\s-]?")
    out.append(("resource.id", re.compile(rf"(?<![\w-]){rid}(?![\w-])", re.IGNORECASE)))
    return out


def _head_noun(word: str) -> bool:
    """The last word of a role of several ("coordinator" of "care coordinator Davis",
    "hygienist" of "dental hygienist Sam"), written as a noun (not a first name: "Dr.
    Anna Smith"), names the one who does it after an article ("the coordinator"), when
    no other resource's role ends in it and it is no place ("Massage room A")."""
    return word.isalpha() and word.islower() and len(word) > 3 and word not in PLACES | COMMON


def _typed(word: str) -> str:
    """A name's word as customers type it: "O'Brien" also "OBrien", "O Brien", "O’Brien";
    "Lucía" also "Lucia"; a possessive with or without its "'s" ("chef's table", "chefs
    table", "chef table")."""
    if re.fullmatch(r"\w+['’]s", word):
        return folded(word[:-2]) + r"(?:['’]?s)?"
    return folded(word).replace(r"['’]?", r"['’\s]?").replace(r"\-", r"[-\s]?")


def _owner(core: list[str]) -> str | None:
    """The person a place or a role is named after, said alone: "Thabo's bay", "Kai's van"
    -> Thabo, Kai (a capitalised possessive first); "Lucía the PA", "Wei Ling the physio"
    -> Lucía, Wei Ling (the words before "the"); "Kim at the office", "Sam from accounts"
    -> Kim, Sam (the words before "at" or "from")."""
    if len(core) > 1 and re.fullmatch(r"[A-Z]\w+['’]s", core[0]):
        return _typed(core[0][:-2]) + r"(?:['’]?s)?"
    lower = [w.lower() for w in core]
    for joint in ("at", "from"):  # "Kim at the office", "Sam from accounts" (G47)
        if joint in lower[1:-1] and all(w[:1].isupper() for w in core[: lower.index(joint)]):
            return r"\s+".join(_typed(w) for w in core[: lower.index(joint)])
    if "the" in lower[1:-1] and all(w[:1].isupper() for w in core[: lower.index("the")]):
        return r"\s+".join(_typed(w) for w in core[: lower.index("the")])
    return None


def _numbered(noun: str, n: int) -> re.Pattern[str]:
    """ "Van 2" said with the number as a word or an ordinal: "van two", "van number 2",
    "the 2nd van", "the second van"; or as a speech-to-text keyboard spells it ("lane won",
    "lane too": the sound-alikes that are no other word there, never "to" or "for")."""
    said = [w for w, v in NUMBER_WORDS.items() if v == n and len(w) > 2]
    said += [w for w, v in SOUND_ALIKE_HOURS.items() if v == n and w not in ("to", "for")]
    cardinal = "|".join(said)
    ordinal = "|".join([f"{n}(?:st|nd|rd|th)", *(w for w, v in ORDINAL_WORDS.items() if v == n)])
    numbered = rf"(?:number|no\.?|\#)\s*{n}"
    after = f"(?:{cardinal}|{numbered})" if cardinal else numbered
    noun = re.escape(noun)
    return re.compile(rf"\b(?:{noun}\s+{after}|(?:the\s+)?(?:{ordinal})\s+{noun})\b", re.IGNORECASE)


# Titles that are a trade as well ("Nurse Okoro"): said alone, "the nurse" names her.
_TRADE_TITLES = frozenset(["nurse", "dentist", "therapist"])


def _agent_nouns(role: str) -> tuple[str, ...]:
    """Who does the work a role names by its activity: "plumbing" (the plumbing team)
    -> "plumber", "cleaning" (the cleaning crew) -> "cleaner"; "s" is added by the
    caller ("the plumbers", "the cleaners")."""
    if " " in role or not role.endswith("ing") or len(role) < 7:
        return ()
    stem = role[:-3]
    return (stem + "er", stem) if stem.endswith("or") else (stem + "er",)


# After "A" or "I" alone, the words that still let it be a room's letter ("A or B"), and
# the days no article goes before ("get A tmrw", "what's open in A this fri"; not "A
# tomorrow slot would do").
_AFTER_LETTER = (
    r"(?:(?:or|and|is|please|pls|if|would|works|for|on|at)\b|"
    r"(?:tmrw|tmr|tomorrow|tomoz|2moro|today|tonight|tonite|this)\b"
    r"(?!\s+(?:slot|appointment|appt|session|booking|time|one)s?\b))"
)


def _designator(letter: str) -> re.Pattern[str]:
    """The letter of "Studio B" said alone: "in B", "(A)", "A or B", written as a capital.
    "A" and "I" are words too, so before another word they are read as the word ("A
    morning next week"), unless that word is one a letter is followed by ("A or B")."""
    up = re.escape(letter.upper())
    if up in ("A", "I"):
        return re.compile(rf"\b{up}\b(?![’'.]\w)(?!\s+(?!{_AFTER_LETTER})[A-Za-z])")
    return re.compile(rf"\b{up}\b(?![’'.]\w)")


def _unique_patterns(
    resources: list[tuple[str, str | None]],
) -> list[tuple[str, str, re.Pattern[str]]]:
    """Patterns that name a resource only while no other resource shares them: a title
    and the surname's initial ("dr l"), role words before a surname ("nurse
    practitioner"), and what a room is for ("ultrasound")."""
    by_key: dict[tuple[str, str], list[str]] = {}
    for rid, name in resources:
        words, core = _core(name)
        purpose = purpose_word(words)
        if purpose:
            by_key.setdefault(("purpose", purpose), []).append(rid)
        # "the booth" (Phone booth), "the studio" (Studio 1 with an engineer)
        for place in {w.lower() for w in words} & PLACES - VAGUE_PLACES:
            by_key.setdefault(("place", place), []).append(rid)
        if len(words) > 2 and words[-1].isdigit():  # "Phone booth 1": "the phone booth"
            by_key.setdefault(("stem", " ".join(w.lower() for w in words[:-1])), []).append(rid)
        if not core or len(words) < 2:
            continue
        surname = core[-1]
        if not surname[0].isalpha() or surname.isdigit():
            continue
        by_key.setdefault(("initial", surname[0].lower()), []).append(rid)
        role = [w for w in words[:-1] if w.lower() not in ARTICLES]  # "the crew": not "the"
        if len(role) == 1 and role[0].lower() in COMMON:
            continue  # "Main room": "main" alone names nothing
        if len(role) >= 2 or (role and not re.fullmatch(_TITLES, role[0], re.IGNORECASE)):
            by_key.setdefault(("role", " ".join(w.lower() for w in role)), []).append(rid)
            head = role[-1]
            # "care coordinator": "the coordinator" (not "Studio 1 with an engineer")
            if len(role) >= 2 and all(w.isalpha() for w in role) and _head_noun(head):
                by_key.setdefault(("head", head), []).append(rid)
        elif len(role) == 1 and role[0].lower().rstrip(".") in _TRADE_TITLES:  # "the nurse"
            by_key.setdefault(("role", role[0].lower().rstrip(".")), []).append(rid)
    out: list[tuple[str, str, re.Pattern[str]]] = []
    for (kind, key), rids in by_key.items():
        if len(set(rids)) != 1:
            continue
        if kind == "initial":
            pat = rf"\b{_TITLES}\s*{re.escape(key)}\b(?!['’.]\w)"
            out.append((rids[0], "resource.initial", re.compile(pat, re.IGNORECASE)))
        elif kind == "place" and key in OWNED_PLACES:  # "the van", not "my van"
            own = r"(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
            pat = rf"{own}\b(?:(?:the|that|this|a|your)\s+)?{re.escape(key)}\b"
            out.append((rids[0], "resource.place", re.compile(pat, re.IGNORECASE)))
        elif kind == "place":
            det = r"the|that|this|a|our|my|your|la|el|le|una|une"  # "la sala", "le salle"
            one = rf"(?:the|that|your|la|el|le)\s+{re.escape(key)}s"  # "the labs", not "my labs"
            abroad = "|".join(map(re.escape, (key, *PLACES_ABROAD.get(key, ()))))  # "la cabina"
            pat = rf"\b(?:{one}|(?:(?:{det})\s+)?(?:{abroad}))\b"
            out.append((rids[0], "resource.place", re.compile(pat, re.IGNORECASE)))
            if key in PLACE_USES:  # "bowling" for the one lane
                uses = "|".join(r"[\s-]+".join(map(re.escape, u.split())) for u in PLACE_USES[key])
                out.append((rids[0], "resource.place", re.compile(rf"\b(?:{uses})\b", re.I)))
        elif kind == "stem":
            pat = r"\b" + r"\s+".join(re.escape(w) for w in key.split()) + r"\b"
            out.append((rids[0], "resource.name", re.compile(pat, re.IGNORECASE)))
        elif kind == "head":
            if ("role", key) in by_key:
                continue  # "coordinator Lee" beside "care coordinator Davis": neither
            pat = rf"\b(?:the|a|an|your|our|my)\s+{re.escape(key)}s?\b"
            out.append((rids[0], "resource.role", re.compile(pat, re.IGNORECASE)))
        elif kind == "purpose":
            pat = rf"(?<![\w/]){purpose_said(key)}s?(?![\w/])"
            out.append((rids[0], "resource.purpose", re.compile(pat, re.IGNORECASE)))
        elif not is_role(key):  # a role of the one table is `resource_roles`' to find
            said = [key]
            pat = r"\b(?:" + "|".join(r"[\s.]+".join(map(re.escape, k.split())) for k in said)
            out.append((rids[0], "resource.role", re.compile(pat + r")\b", re.IGNORECASE)))
            new = [key] if key in _TRADE_TITLES else list(_agent_nouns(key))
            if new:  # "the nurse", "a plumber", "the cleaners": with the article
                pat = r"\b(?:the\s+|an?\s+)?(?:" + "|".join(map(re.escape, new)) + r")s?\b"
                out.append((rids[0], "resource.role", re.compile(pat, re.IGNORECASE)))
    return out


# What a customer calls the one doctor of a business: "the vet", "the doc", "the GP".
_DOCTOR_WORDS = ("doctor", "doc", "vet", "veterinarian", "physician", "gp")
_DOCTOR_TITLE = re.compile(r"(?:dr|doctor)\.?", re.IGNORECASE)


def _aside_patterns(
    resources: list[tuple[str, str | None]],
) -> list[tuple[str, str, re.Pattern[str]]]:
    """Roles a name gives in brackets ("Sol (groomer)": "the groomer"), what a list in
    brackets says it does ("Lachlan (guitar, drums)": "guitar", "drum"), and the words for
    a doctor when only one resource is titled Dr ("the vet" for "Dr. Hale"), each only
    while no other resource shares it."""
    by_key: dict[str, list[str]] = {}
    listed: set[str] = set()  # the items of a list: "drum" for "drums", not "truck" for "trucks"
    for rid, name in resources:
        plain, asides = _plain(name)
        for aside in asides:
            by_key.setdefault(aside, []).append(rid)
            if len(asides) > 1:
                listed.add(aside)
            head = aside.split()[-1]  # "Gordon (club pro)": "the pro", not "pro rata"
            if " " in aside and head.isalpha() and len(head) >= 3 and head not in COMMON:
                by_key.setdefault("\x01" + head, []).append(rid)
        words, _ = _core(plain)
        if words and _DOCTOR_TITLE.fullmatch(words[0]):
            by_key.setdefault("\x00doctor", []).append(rid)
    out = []
    for key, rids in by_key.items():
        if len(set(rids)) != 1 or is_role(key.lstrip("\x01")):
            continue  # shared, or a role of the one table (`resource_roles` finds it)
        if key.startswith("\x01"):  # an aside's head noun, after a determiner
            pat = rf"\b(?:the|your|a|an|our)\s+{re.escape(key[1:])}\b(?!['’]?s\b)"
            out.append((rids[0], "resource.role", re.compile(pat, re.IGNORECASE)))
            continue
        said = _DOCTOR_WORDS if key == "\x00doctor" else (key,)
        if key in listed and key.isalpha() and len(key) >= 4 and not key.endswith("ing"):
            said = (*said, key[:-1] if key.endswith("s") else key + "s")  # "drum lessons"
        alts = "|".join(r"[\s.]+".join(map(re.escape, k.split())) for k in said)
        rule = "resource.doctor" if key == "\x00doctor" else "resource.role"
        out.append((rids[0], rule, re.compile(rf"\b(?:{alts})\b(?!['’]?s\b)", re.IGNORECASE)))
    return out


def _one_letter_off(typed: str, name: str) -> bool:
    """One letter swapped for another, or one letter too many ("lindquist",
    "castellanno"), never one missing: "alright" is a word, not Albright misspelt."""
    if typed[0] != name[0]:
        return False
    if len(typed) == len(name):
        return sum(x != y for x, y in zip(typed, name, strict=True)) == 1
    if len(typed) == len(name) + 1:
        return any(typed[:i] + typed[i + 1 :] == name for i in range(len(typed)))
    return False


def _typos(message: str, resources: list[tuple[str, str | None]]) -> list[ResourceMention]:
    """Surnames of 6 letters or more misspelt by one letter, when only one fits."""
    surnames = []
    for rid, name in resources:
        _, core = _core(name)
        if core and len(core[-1]) >= 6:
            surnames.append((rid, core[-1].lower()))
    if not surnames:
        return []
    found = []
    for m in _WORD.finditer(message):
        w = m.group(0).lower()
        if len(w) < 6 or any(w == s for _, s in surnames):
            continue
        fits = {rid for rid, s in surnames if _one_letter_off(w, s)}
        if len(fits) == 1:
            title = _TITLE_BEFORE.search(message, max(0, m.start() - 12), m.start())
            start = title.start() if title else m.start()
            found.append(
                ResourceMention(
                    message[start : m.end()], (start, m.end()), fits.pop(), "resource.typo"
                )
            )
    return found


def _open_air(message: str, resources: list[tuple[str, str | None]]) -> list[ResourceMention]:
    """ "sit outside", "not outside", "a table indoors", "indoor seating": each room in
    the open air, or each of the others, when the business has both kinds."""
    words = {
        rid: set(re.findall(r"[a-z]+", f"{rid} {name or ''}".lower())) for rid, name in resources
    }
    outdoor = [rid for rid, w in words.items() if w & set(_OUTDOOR)]
    indoor = [rid for rid in words if rid not in outdoor]
    if not outdoor or not indoor:
        return []
    found = []
    for pattern, rids in ((_OUTSIDE, outdoor), (_INSIDE, indoor)):
        for m in pattern.finditer(message):
            for rid in rids:
                found.append(ResourceMention(m.group(0), m.span(), rid, "resource.open_air"))
    return found


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


# Between the items of a list in brackets: "(guitar, drums)", "(cuts & colour)".
_LIST_SEP = re.compile(r"\s*(?:,|&|/|\band\b)\s*")


# Letters after a name and a comma, as the name's brackets: "Marc Leblanc, CPA", "Ana
# Ruiz, DDS, MS", "Dr. Lee, Ph.D.", "Tom Hale, Jr." (capitals, or a degree written so).
_CREDENTIALS = re.compile(
    r"(?:\s*,\s*(?:(?:[A-Z]\.?){2,}|[A-Z][a-z]{0,2}[A-Z]\.?|Ph\.\s?D\.|Esq\.?|Jr\.?|Sr\.?))+\s*$"
)


def _plain(name: str | None) -> tuple[str | None, list[str]]:
    """A name without what it says in brackets, and the words in brackets: "Sol
    (groomer)" -> ("Sol", ["groomer"]); a list in brackets gives each item, what the
    resource does: "Lachlan (guitar, drums)" -> ("Lachlan", ["guitar", "drums"]). Letters
    after a comma are as in brackets: "Marc Leblanc, CPA" -> ("Marc Leblanc", ["cpa"])."""
    letters = _CREDENTIALS.search(name or "")
    if name and letters and letters.start() > 0:
        rest, asides = _plain(name[: letters.start()])
        said = [w.strip().lower() for w in letters.group().split(",") if w.strip()]
        return rest, [*asides, *said]
    if not name or "(" not in name:
        return name, []
    asides = [
        item for a in _ASIDE.findall(name) for item in _LIST_SEP.split(a.strip().lower()) if item
    ]
    return _ASIDE.sub("", name).strip() or name, asides


def _described(
    message: str, given: list[tuple[str, str | None]], named: list[tuple[int, int]]
) -> list[ResourceMention]:
    """Resources said by what they are, where no name is said: a role ("the nurse", "any
    inspector": `resource_roles`), a woman or a man ("the lady optician":
    `resource_gender`), a size ("the 12-seater": `resource_sizes`); not the title of a
    name (`named`: "Nurse Okoro")."""
    said: list[tuple[str, tuple[int, int], list[str] | None, str]] = [
        *find_roles(message, given),
        *((t, s, ids, "resource.gender") for t, s, ids in find_gendered(message, given)),
        *((t, s, [rid], "resource.size") for t, s, rid in find_sizes(message, given)),
    ]
    out: list[ResourceMention] = []
    for text, span, rids, rule in said:
        if any(a < span[1] and span[0] < b for a, b in named):
            continue
        if rule == "resource.gender" and any(0 <= span[0] - b <= 1 for _, b in named):
            continue  # "Bay 2 guy": who works at the place named, not a man by title
        if rids is None:  # every resource holds the role: the choice is the engine's
            out.append(ResourceMention(text, span, None, "resource.anyone"))
        else:
            out.extend(ResourceMention(text, span, rid, rule) for rid in rids)
    return out


def find_resources(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[ResourceMention]:
    """Mentions of the given ``(id, name)`` resources and of "anyone", in text order.

    Overlapping matches keep the longest; a name shared by two resources ("Smith" for
    two Smiths) is kept once per resource, so the ambiguity reaches the interpreter.
    """
    given = list(resources)
    resources = [(rid, _plain(name)[0]) for rid, name in given]
    found: list[ResourceMention] = []
    for rid, rule, pattern in _aside_patterns(given):
        for m in pattern.finditer(message):
            found.append(ResourceMention(m.group(0), (m.start(), m.end()), rid, rule))
    for rid, name in resources:
        for rule, pattern in _name_patterns(rid, name):
            for m in pattern.finditer(message):
                found.append(ResourceMention(m.group(0), (m.start(), m.end()), rid, rule))
    for rid, rule, pattern in [*_unique_patterns(resources), *find_other_names(given)]:
        for m in pattern.finditer(message):
            found.append(ResourceMention(m.group(0), (m.start(), m.end()), rid, rule))
    found.extend(_typos(message, resources))
    for text, span, rid in find_home(message, given):  # "home", "a home visit"
        found.append(ResourceMention(text, span, rid, "resource.home"))
    for text, span, rid in find_teams(message, given):  # "Keisha's team", "the south guys"
        found.append(ResourceMention(text, span, rid, "resource.team"))
    found.extend(_open_air(message, resources))
    found.extend(find_kinds(message, given))
    roles = _described(message, given, [f.span for f in found])
    found.extend(roles)
    found.extend(find_same_or_other(message))
    found.extend(find_coordinated_numbers(message, resources))
    chosen = [r.span for r in roles if r.rule == "resource.kind" and r.resource_id]
    for text, span in find_anyone(message):
        if any(a < span[1] and span[0] < b for a, b in chosen):
            continue  # "any doctor" where a nurse works too: the doctors, not anyone
        found.append(ResourceMention(text, span, None, "resource.anyone"))
    found.sort(key=lambda f: (f.span[0], -(f.span[1] - f.span[0])))
    kept: list[ResourceMention] = []
    for f in found:
        clash = [k for k in kept if k.span[0] < f.span[1] and f.span[0] < k.span[1]]
        if not clash or all(
            k.span == f.span
            and k.resource_id != f.resource_id
            and not (f.resource_id is None and k.rule == "resource.kind")  # "any room": rooms
            for k in clash
        ):
            kept.append(f)
    return kept


# A name of several words whose last is one letter: "Studio A", "room b", "Court C".
_LETTERED = re.compile(r"\w\s+[A-Za-z]$")


def without_numbered_names(message: str, named: Iterable[ResourceMention]) -> str:
    """`message` with the resource names that hold a number ("van 2", "the 2nd van",
    "Room 3") blanked, same length, so that grounding does not read their number as a
    clock time ("van 2 sunday morning"); of a name that ends in a letter ("Studio A") the
    letter alone is blanked, so that grounding does not read it as the article ("studio
    A thurs 8 till 11" is not any Thursday) while the word before still parts the times
    around it ("my 3pm in studio B on the 28th")."""
    for r in named:
        if not r.resource_id or r.rule not in ("resource.name", "resource.number", "resource.id"):
            continue
        a, b = r.span
        if r.rule == "resource.number" or any(ch.isdigit() for ch in r.text):
            message = message[:a] + " " * (b - a) + message[b:]
        elif _LETTERED.search(r.text) is not None:
            message = message[: b - 1] + " " + message[b:]
    return message
