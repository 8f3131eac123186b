"""The words resource names are read with: place nouns, words too common to be a name.

A room is found by what it is for, said before its place noun ("ultrasound" for
"Ultrasound room 2": `purpose_word`), and by that word clipped ("sim" for "the
simulator bay": `clipped`), never by a word in `COMMON` or a clipping in `NOT_CLIPPED`.
What is done at the one place of a kind names it ("bowling" for the one lane:
`PLACE_USES`), and a place noun in other words names a numbered place ("cancha 2" for
"Court 2": `PLACE_WORDS`). `resources.py` builds its patterns from these tables.
"""

from __future__ import annotations

import re

from slotwise.extractor.resource_roles import folded

ARTICLES = ("the", "a", "an")

# Nouns for a place a business books, after what the place is for ("Ultrasound room 2").
PLACES = frozenset(
    [
        "room",
        "rooms",
        "suite",
        "bay",
        "booth",
        "chair",
        "studio",
        "table",
        "area",
        "lane",
        "court",
        "theatre",
        "theater",
        "lab",
        # things a business books as it books a room (G47): "MRI scanner 1" -> "the MRI",
        # "Van 2 (garage doors)" -> "the van", "Laser machine" -> "the laser"
        "scanner",
        "machine",
        "van",
        "truck",
        "boat",
        "pod",
        "cabin",
        # what a line, a chamber or a Spanish "sala" is for names it as a room's does:
        # "video" for "Video consultation line", "cryotherapy" for "Cryo chamber",
        # "the rehearsal room" and "la sala" for "Sala de ensayo"
        "line",
        "chamber",
        "sala",
        "salle",
    ]
)
# Places a customer may own one of: after "my", "our", "his", "her", "their" the noun is
# theirs ("my van is parked outside"), not the business's.
OWNED_PLACES = frozenset(["van", "truck", "boat"])
# Place nouns said of any place ("the room was cold"): never a name on their own.
VAGUE_PLACES = frozenset(["room", "rooms", "area", "table", "line"])
# Words too common to name a room on their own ("Main room", "Phone booth 1").
COMMON = frozenset(
    [
        "main",
        "big",
        "small",
        "large",
        "little",
        "back",
        "front",
        "private",
        "quiet",
        "party",
        "meeting",
        "conference",
        "treatment",
        "consult",
        "consulting",
        "consultation",
        "exam",
        "examination",
        "waiting",
        "phone",
        "call",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "top",
        "bottom",
        "new",
        "old",
        "first",
        "second",
        "third",
        "left",
        "right",
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "one",
        "two",
        "three",
        "open",
        "public",
        "group",
        "family",
    ]
)


# Between a place noun and what it is for, in the languages that name it after the
# place: "Sala de ensayo", "Salle de réunion", "Sala da musica".
_OF = frozenset(["de", "del", "da", "di", "do", "du", "des"])


def purpose_word(words: list[str]) -> str | None:
    """ "Ultrasound room 2" -> "ultrasound", "the simulator bay" -> "simulator": the one
    word before a place noun, or before the common words said with it ("Tejo meeting
    room" -> "tejo", as "the Elbe" for "Elbe room") and at most one other word ("Scalp
    spa room" -> "scalp"); a possessive's apostrophe goes ("Couples' suite" -> "couples").
    Named in the Romance order, the word after the place noun and "de": "Sala de
    ensayo" -> "ensayo"."""
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if len(words) == 3 and words[0].lower() in PLACES and words[1].lower() in _OF:
        after = words[2].lower()
        return after if after.isalpha() and len(after) >= 4 and after not in COMMON else None
    k, others = 1, 0
    while k < len(words) - 1 and words[k].lower() not in PLACES:
        if words[k].lower() not in COMMON:  # "Scalp spa room": "scalp" (G47)
            others += 1
        k += 1
    if len(words) < 2 or words[k].lower() not in PLACES or others > 1:
        return None
    head = re.sub(r"['’]s?$", "", words[0].lower())  # "Couples' suite": "couples"
    return head if head.isalpha() and len(head) >= 3 and head not in COMMON | PLACES else None


# Clipped words that are time words or everyday words: never a clipped room name
# ("sat" is Saturday before it is the Saturn room, "con" is not the conference room).
NOT_CLIPPED = frozenset(
    [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "eve",
        "mor",
        "aft",
        "arv",
        "tom",
        "ton",
        "ext",
        "con",
        "pro",
        "pre",
        "sec",
        "min",
        "max",
        "mid",
        "non",
        "cry",
    ]
)


def clipped(word: str) -> str:
    """A purpose word and its clippings of 3 letters or more, as a regex: "simulator"
    -> sim, simul, simulator ("the sim"); the clippings listed in `NOT_CLIPPED` are
    left out."""
    clips = [word[:k] for k in range(3, len(word)) if word[:k] not in NOT_CLIPPED]
    alts = sorted({word, *clips}, key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, alts)) + ")"


# What a room is for, in the other words and languages customers use for it: "IRM" for
# the MRI suite, "échographie", "u/s" for the ultrasound room. Words in capitals are read
# only in capitals ("US", not "us").
PURPOSE_WORDS: dict[str, tuple[str, ...]] = {
    "ultrasound": (
        "US",
        "USG",
        "u/s",
        "sonogram",
        "sonography",
        "échographie",
        "echographie",
        "écho",
        "ultrason",
        "ecografía",
        "ecografia",
        "ultraschall",
        "ultra-som",
        "ultrassom",
    ),
    "mri": ("IRM", "MRT", "resonancia", "resonância", "risonanza", "mr scan"),
    "x-ray": ("xray", "x ray", "radiographie", "radiografía", "radiografia", "röntgen"),
    "ct": ("CAT scan", "scanner", "TAC", "tomografía", "tomografia"),
    # a line or a room for calls: "online", "a zoom", "video call" (writers label them)
    "video": (
        "online",
        "virtual",
        "videocall",
        "video-call",
        "zoom",
        "facetime",
        "skype",
        "telehealth",
        "teleconsult",
        "teleconsultation",
        "videoconsulta",
        "videollamada",
    ),
    "cryo": ("cryotherapy", "cryo-therapy", "crioterapia", "cryothérapie", "kryotherapie"),
    "ensayo": ("rehearsal", "practice room", "répétition"),
}
# A place noun in the other words customers number it with: "cancha 2" or "ct 2" for
# "Court 2", "sala 3" for "Room 3" (read only before the place's own number).
PLACE_WORDS: dict[str, tuple[str, ...]] = {
    "court": ("cancha", "ct", "crt", "pista", "terrain"),
    "room": ("sala", "salle", "habitación", "habitacion", "zimmer", "raum", "rm"),
    "table": ("mesa", "tisch", "tbl"),
    "lane": ("carril", "ln"),
}


# The one place of a kind said in the languages customers switch to: "la cabina" for
# "Phone booth" (the whole word, after an article or not, as the English noun is read).
PLACES_ABROAD: dict[str, tuple[str, ...]] = {
    "booth": ("cabina", "cabine", "kabine"),
}


# What is done at a kind of place, said for the one place of that kind a business has:
# "bowling" for "Lane 4" beside escape rooms (writers label it; "tennis" for the one
# court would be as well, but where courts are several it names none of them).
PLACE_USES: dict[str, tuple[str, ...]] = {
    "lane": ("bowling", "ten-pin", "tenpin", "ten pin", "skittles"),
}


def purpose_said(word: str) -> str:
    """A purpose word as said, as a regex: its clippings (`clipped`) and its other words
    (`PURPOSE_WORDS`), accents optional."""
    others = [
        rf"(?-i:{re.escape(w)})" if w.isupper() else folded(w)
        for w in PURPOSE_WORDS.get(word.lower(), ())
    ]
    return "(?:" + "|".join([clipped(word), *others]) + ")"
