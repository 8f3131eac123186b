"""Providers asked for as a woman or a man: "the lady", "a female physio", "the lady
optician", "not the man", "the gentleman optometrist", "la doctora".

A business rarely says who is a woman, but its titles do: "Mrs Quinn", "Ms. Albright",
"Frau Yilmaz", "Dra Pereira", "Dre Tremblay" are women, "Mr Byrne", "Herr Weber", "Sr.
Ruiz" men (`FEMALE_TITLES`, `MALE_TITLES`). The words of each (`FEMALE`, `MALE`) name the
resources whose title says so, when some but not all resources do; said before a role
("the lady optician", "a male instructor"), only those who hold the role too
(`resource_roles.roles_of`). Names without a title say nothing ("Sam", "Aoife"): no
guess is made from a first name.

The customer's own people are left alone: "my wife", "his mum", "a man came round".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.resource_roles import ROLES, folded, roles_of

# Titles that say a woman or a man, in the languages businesses name their people in.
FEMALE_TITLES = frozenset(
    [
        "ms",
        "mrs",
        "miss",
        "frau",
        "señora",
        "senora",
        "sra",
        "srta",
        "mme",
        "madame",
        "dra",
        "dre",
        "doutora",
        "doctora",
        "lady",
    ]
)
MALE_TITLES = frozenset(["mr", "herr", "señor", "senor", "sr", "monsieur", "mister", "sir"])
# The words customers ask for one with.
FEMALE = ("lady", "ladies", "woman", "women", "female", "girl", "gal", "señora", "mujer", "femme")
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
# Said alone, the plurals are people at large ("nervy with men"), not a provider.
_MANY = frozenset(["ladies", "women", "men", "gents", "guys", "fellas", "chaps", "blokes"])
# ... and said alone, one asked for has an article, or one word between ("the scooter guy")
_ONE = re.compile(r"\b(?:the|a|an|your|la|el|une?)\s+(?:[\w-]+\s+)?\w+$", re.IGNORECASE)
# "the man at the desk", "a man came": not asked for
_NOT_ASKED = r"(?!\s+(?:at|from|who|that|came|was|on\s+the\s+phone|in\s+the)\b)"


def _gender(name: str | None) -> str | None:
    first = re.split(r"[\s.]+", (name or "").strip().lower(), maxsplit=1)[0]
    if first in FEMALE_TITLES:
        return "f"
    if first in MALE_TITLES:
        return "m"
    return None


def find_gendered(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], list[str]]]:
    """(text, span, ids) for each woman or man asked for in `message`."""
    given = list(resources)
    by = {g: [rid for rid, name in given if _gender(name) == g] for g in ("f", "m")}
    if not by["f"] and not by["m"]:
        return []
    roles = {rid: roles_of(rid, name) for rid, name in given}
    role_words = {
        folded(w): role for role, words in ROLES.items() for w in words if not w.isupper()
    }
    role_alt = "|".join(sorted(role_words, key=len, reverse=True))
    found = []
    for g, words in (("f", FEMALE), ("m", MALE)):
        if not by[g] or len(by[g]) == len(given):
            continue
        pattern = re.compile(
            rf"\b(?:(?:the|a|an|your|la|el|une?)\s+)?(?:{'|'.join(words)})"
            rf"(?:\s+(?P<role>(?:{role_alt})s?))?\b{_NOT_ASKED}",
            re.IGNORECASE,
        )
        for m in pattern.finditer(message):
            if re.search(r"\b(?:my|his|her|their|our)\s+$", message[: m.start()], re.IGNORECASE):
                continue
            ids = by[g]
            word = m.group(0).split()[-1].lower()
            if not m.group("role") and (word in _MANY or not _ONE.search(message[: m.end()])):
                continue  # "girl", "the mare is nervy with men": no one asked for
            if m.group("role"):
                said = next(
                    (
                        role
                        for w, role in role_words.items()
                        if re.fullmatch(w + "s?", m.group("role"), re.IGNORECASE)
                    ),
                    None,
                )
                if said is not None and any(said in held for held in roles.values()):
                    ids = [r for r in ids if said in roles[r]]  # "the lady optician"
            if ids:
                found.append((m.group(0), m.span(), ids))
    return found
