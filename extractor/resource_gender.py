"""Providers asked for as a woman or a man: "the lady", "a female physio", "the lady
optician", "not the man", "the gentleman optometrist", "a lady doctor", "female
therapist", "doktor perempuan".

A business rarely says who is a woman, but its titles do: "Mrs Quinn", "Ms. Albright",
"Madam Adjoa", "Frau Yilmaz", "Dra Pereira", "Dre Tremblay" are women, "Mr Byrne", "Herr
Weber", "Sr. Ruiz" men (`FEMALE_TITLES`, `MALE_TITLES`); and so do given names that are
one or the other wherever the business is ("Aoife", "Dr. Ayesha", "Inês"; "David",
"Nurse Joseph": `resource_given_names`). A title that says no gender ("Dr", "Nurse",
"Khun") is passed over for the name after it. The words of each (`FEMALE`, `MALE`) name
the resources whose title or name says so, when some but not all resources do; said
before a role or a word for who does the work ("the lady optician", "a male instructor",
"female therapist"), only those who hold the role too (`resource_roles.roles_of`). Where
the names settle one side only ("Aoife" beside "Sam"), the people whose names say
nothing are the other side: "the man" is Sam there.

Where no name settles it ("Sam" and "Kim", "Dr Tan" and "Dr Lee") nothing is named: a
wish for a woman or a man is no constraint the engine could keep, and guessing from a
name borne by both would book the wrong person as often as the right one.

The customer's own people are left alone: "my wife", "his mum", "a man came round".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from slotwise.extractor.resource_given_names import FEMALE_NAMES, MALE_NAMES
from slotwise.extractor.resource_roles import ROLES, folded, is_role, plain, roles_of
from slotwise.extractor.resource_words import COMMON, PLACES

# Titles that say a woman or a man, in the languages businesses name their people in.
FEMALE_TITLES = frozenset(
    [
        "ms",
        "mrs",
        "miss",
        "madam",
        "frau",
        "señora",
        "senora",
        "sra",
        "srta",
        "mme",
        "madame",
        "signora",
        "mevrouw",
        "pani",
        "dra",
        "dre",
        "doutora",
        "doctora",
        "profesora",
        "lady",
        "aunty",
        "auntie",
    ]
)
MALE_TITLES = frozenset(
    ["mr", "herr", "señor", "senor", "sr", "monsieur", "mister", "sir", "signor", "meneer", "pan"]
)
# Titles that say no gender: the name after them does ("Dr. Ayesha", "Nurse Joseph").
_NEUTRAL_TITLES = frozenset(["dr", "doctor", "prof", "professor", "khun", "coach", "mx"])
# The words customers ask for one with.
FEMALE = (
    "lady",
    "ladies",
    "woman",
    "women",
    "female",
    "girl",
    "gal",
    "señora",
    "mujer",
    "femme",
    "mahila",
)
MALE = (
    "man",
    "men",
    "male",
    "gentleman",
    "gent",
    "fella",
    "fellow",
    "bloke",
    "chap",
    "guy",
    "hombre",
    "homme",
)
# Said after the role, in Malay, Indonesian and Tagalog: "doktor perempuan", "doktor
# wanita", "dentista na babae".
FEMALE_AFTER = ("perempuan", "wanita", "babae")
MALE_AFTER = ("lelaki", "laki-laki", "laki", "pria", "lalaki")
# Words for who does the work that are no role of the table: "female therapist", "a male
# instructor", "woman counsellor", "lady staff".
PROVIDERS = (
    "therapist",
    "counsellor",
    "counselor",
    "instructor",
    "practitioner",
    "clinician",
    "stylist",
    "barber",
    "groomer",
    "masseuse",
    "masseur",
    "driver",
    "carer",
    "caregiver",
    "staff",
    "provider",
    "doktor",
)
# Said alone, the plurals are people at large ("nervy with men"), not a provider.
_MANY = frozenset(["ladies", "women", "men", "gents", "guys", "fellas", "chaps", "blokes"])
# ... and said alone, one asked for has an article, or one word between ("the scooter guy")
_ONE = re.compile(r"\b(?:the|a|an|your|la|el|une?)\s+(?:[\w-]+\s+)?\w+$", re.IGNORECASE)
# "the man at the desk", "a man came": not asked for
_NOT_ASKED = r"(?!\s+(?:at|from|who|that|came|was|on\s+the\s+phone|in\s+the)\b)"
# Between the article and the word: "the young lady", "a younger man".
_AGE = r"(?:(?:young|younger)\s+)?"
# Where only given names say who is a woman or a man, a word is read more narrowly than
# after titles: right after its article ("the lady", "a woman", "the young man") or before
# a role ("female therapist"), and not where it is someone else ("the termite man", "your
# guy", "the girl said", "I'm an older lady", "a female kelpie", "la señora Pilar").
_NOT_ONE_ASKED = re.compile(
    r"\s*(?:['’]s\b|,?\s+(?:said|says|told|tells|did|does|named|called|left|fixed|treated|"
    r"gave|who|that|was|were|has|had|or\s+(?:a|an|the)\b))",
    re.IGNORECASE,
)
_SOMEONE_ELSE_BEFORE = re.compile(
    r"(?:\b(?:am|i['’]?m|is|she['’]?s|he['’]?s|was|as|for|had|met|saw|(?:spoke|talked)\s+"
    r"(?:to|with))\s+(?:(?:an?|the)\s+)?$|\b(?:or|your|ur)\s+$)",
    re.IGNORECASE,
)
# After "female" / "male" with no role, the words that end the wish ("a female please",
# "a male if possible"); another word is what is female ("a female kelpie").
_ADJECTIVE_END = re.compile(
    r"\s*(?:[^\w\s]|$|(?:please|pls|plz|if|only|preferred|ideally|for|on|at|and|but|so|"
    r"this|next|instead|would|is)\b)",
    re.IGNORECASE,
)


def _words(name: str | None) -> list[str]:
    """A name's words before any brackets: "Dr. Ayesha (GP)" -> ["dr", "ayesha"]."""
    bare = re.sub(r"\(.*", "", name or "")
    return [plain(w) for w in re.split(r"[\s.,]+", bare.strip()) if w]


@functools.lru_cache(maxsize=4096)
def _gender(name: str | None) -> str | None:
    """ "f", "m" or None, by the name's title or, past a title that says neither, its
    given name: "Mrs Quinn", "Madam Adjoa", "Aoife", "Dr. Ayesha" -> "f"; "Nurse Joseph"
    -> "m"; "Sam", "Dr. Tan", "Khun Nok" -> None."""
    words = _words(name)
    if not words:
        return None
    if words[0] in FEMALE_TITLES:
        return "f"
    if words[0] in MALE_TITLES:
        return "m"
    rest = (
        words[1:]
        if len(words) > 1 and (words[0] in _NEUTRAL_TITLES or is_role(words[0]))
        else words
    )
    if rest[0] in FEMALE_NAMES:
        return "f"
    if rest[0] in MALE_NAMES:
        return "m"
    return None


@functools.lru_cache(maxsize=4096)
def _person(name: str | None) -> bool:
    """Whether a name is a person's alone, a title and one word or one word ("Sam", "Dr.
    Tan", "Khun Nok"), not a place or a team ("Rehab gym", "Team A", "Room 2")."""
    words = _words(name)
    if len(words) > 1 and (words[0] in _NEUTRAL_TITLES or is_role(words[0])):
        words = words[1:]
    return (
        len(words) == 1
        and words[0].isalpha()
        and len(words[0]) > 1
        and words[0] not in PLACES | COMMON
    )


def _titled(name: str | None) -> bool:
    words = _words(name)
    return bool(words) and words[0] in FEMALE_TITLES | MALE_TITLES


def _sides(given: list[tuple[str, str | None]]) -> dict[str, list[str]]:
    """The women and the men of the business, by title or name; where only one side is
    known, the people whose names say nothing are the other."""
    by = {g: [rid for rid, name in given if _gender(name) == g] for g in ("f", "m")}
    unknown = [rid for rid, name in given if _gender(name) is None and _person(name)]
    for g, other in (("f", "m"), ("m", "f")):
        if by[g] and not by[other]:
            by[other] = unknown
    return by


@functools.cache
def _role_words() -> tuple[dict[str, str], str]:
    """The table's role words as patterns (-> role), and all of them with `PROVIDERS` as
    one alternation, longest first."""
    role_words = {
        folded(w): role for role, words in ROLES.items() for w in words if not w.isupper()
    }
    return role_words, "|".join(sorted([*role_words, *PROVIDERS], key=len, reverse=True))


def _narrowly(message: str, m: re.Match[str], said_role: str | None, word: str) -> bool:
    """Whether a word for a woman or a man is one asked for, read narrowly (`_NOT_ONE_ASKED`):
    right after its article or before a role, not someone else's act or the customer."""
    if said_role:
        return not _SOMEONE_ELSE_BEFORE.search(message[: m.start()])
    article = re.match(rf"(?:the|a|an|la|el|une?)\s+{_AGE}\S+$", m.group(0), re.IGNORECASE)
    if article is None or _SOMEONE_ELSE_BEFORE.search(message[: m.start()]):
        return False
    if _NOT_ONE_ASKED.match(message, m.end()):
        return False
    if word in ("señora", "senora") and re.match(r"\s+[A-Z]", message[m.end() :]):
        return False  # "la señora Pilar": a title before a name, someone else's
    return word not in ("female", "male") or bool(_ADJECTIVE_END.match(message, m.end()))


def find_gendered(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], list[str]]]:
    """(text, span, ids) for each woman or man asked for in `message`."""
    given = list(resources)
    by = _sides(given)
    if not by["f"] and not by["m"]:
        return []
    roles = {rid: roles_of(rid, name) for rid, name in given}
    role_words, role_alt = _role_words()
    titled = {rid for rid, name in given if _titled(name)}
    found = []
    for g, words, after in (("f", FEMALE, FEMALE_AFTER), ("m", MALE, MALE_AFTER)):
        if not by[g] or len(by[g]) == len(given):
            continue
        pattern = re.compile(
            rf"\b(?:(?:the|a|an|your|la|el|une?)\s+{_AGE})?(?:{'|'.join(words)})"
            rf"(?:\s+(?P<role>(?:{role_alt})s?))?\b{_NOT_ASKED}"
            rf"|\b(?P<role_before>(?:{role_alt}))\s+(?:{'|'.join(after)})\b",
            re.IGNORECASE,
        )
        for m in pattern.finditer(message):
            if re.search(r"\b(?:my|his|her|their|our)\s+$", message[: m.start()], re.IGNORECASE):
                continue
            ids = by[g]
            said_role = m.group("role") or m.group("role_before")
            word = m.group(0).split()[-1].lower()
            if not said_role and (word in _MANY or not _ONE.search(message[: m.end()])):
                continue  # "girl", "the mare is nervy with men": no one asked for
            if not set(ids) <= titled and not _narrowly(message, m, said_role, word):
                continue  # "the termite man", "your guy": names alone say too little
            if said_role:
                said = next(
                    (
                        role
                        for w, role in role_words.items()
                        if re.fullmatch(w + "s?", said_role, re.IGNORECASE)
                    ),
                    None,
                )
                if said is not None and any(said in held for held in roles.values()):
                    ids = [r for r in ids if said in roles[r]]  # "the lady optician"
            if ids:
                found.append((m.group(0), m.span(), ids))
    return found
