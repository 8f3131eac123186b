"""A service that says which resource does it: "a CV review", "careers advice", "the
careers call" are the careers adviser's, where the message names no resource.

A business that books different kinds of resource (study rooms and a careers adviser; a
room and a therapist) is asked for a service more often than for a resource: "cv review
pls!! thurs or fri". Writers do not mark the service as a resource (it is what the
visit is for), yet they expect it done by the one resource that does it. So, apart from
the interpreter's labels (as "asap" is):

- the field a resource's name gives it, the words of its role before the agent noun
  ("careers" of "careers adviser Jansen"), said before a noun of service ("careers
  advice", "a careers appointment", "the careers call", "careers team");
- or a service from `SERVICES`, which names the field it belongs to ("CV", "cover
  letter", "mock interview" are the careers field's);
- or the kind of thing a resource works on, as its name says in brackets ("Mr Lin
  (scooters)", "Bay 1 (cars)"), said alone: "houtian shangwu got slot for scooter?" is
  Mr Lin's, "my car needs a service" the bays';

name the resources of that field, when they are some of the business's resources but not
all. The pipeline then requires one of them (`pipeline.read_message`) unless the message
names a resource itself ("room 3 tonight and Jansen on Wednesday for my CV": the named
ones say it).

A new service is a new row of `SERVICES`; a new field needs no row (it comes from the
resource's own name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slotwise.extractor.resource_words import ARTICLES, COMMON, PLACES, purpose_word
from slotwise.extractor.resources import _plain

# A service -> the fields (words of a resource's role) that do it.
SERVICES: dict[str, tuple[str, ...]] = {
    "cv": ("careers", "career"),
    "c.v.": ("careers", "career"),
    "résumé": ("careers", "career"),
    "resume review": ("careers", "career"),
    "resume check": ("careers", "career"),
    "resume help": ("careers", "career"),
    "cover letter": ("careers", "career"),
    "motivation letter": ("careers", "career"),
    "personal statement": ("careers", "career"),
    "mock interview": ("careers", "career"),
    # a sleep clinic's study is said without "sleep": "the overnight", "my study"
    "overnight": ("sleep",),
    "study": ("sleep",),
    "polysomnography": ("sleep",),
    "job application": ("careers", "career"),
    "job hunt": ("careers", "career"),
    "job search": ("careers", "career"),
    "linkedin": ("careers", "career"),
}
# Nouns said after a field word when it names a service: "careers advice", "a careers
# appointment", "the careers guy" (not "careers fair": no booking of the resource).
SERVICE_NOUNS: tuple[str, ...] = (
    "advice",
    "appointment",
    "appt",
    "call",
    "session",
    "meeting",
    "chat",
    "consultation",
    "consult",
    "guidance",
    "help",
    "check",
    "review",
    "study",
    "studies",
    "test",
    "tests",
    "service",
    "team",
    "centre",
    "center",
    "office",
    "guy",
    "person",
    "lady",
    "people",
)
_PLACE_OR_COMMON = COMMON | PLACES | set(ARTICLES)


def fields_of(name: str) -> set[str]:
    """The fields a resource's name gives it: the words of its role before the agent
    noun and the surname ("careers adviser Jansen" -> {"careers"}), or what a place is
    for ("the sleep lab" -> {"sleep"}, "study room 3" -> {"study"}); none for a plain
    title ("Dr Okafor")."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\d+", name)]
    purpose = purpose_word(words)
    if purpose:
        return {purpose}
    if len(words) < 3 or not words[-1][:1].isupper() or words[-1].isdigit():
        return set()
    role = [w.lower() for w in words[:-2]]  # before the agent noun and the surname
    return {w for w in role if w.isalpha() and len(w) >= 4 and w not in _PLACE_OR_COMMON}


def kinds_of(name: str) -> set[str]:
    """The kind of thing a resource works on, as its name says in brackets with one
    plural noun ("Mr Lin (scooters)" -> {"scooter"}, "Bay 1 (cars)" -> {"car"}): said
    alone in the singular ("my scooter", "for scooter?") the thing names the service.
    The plural as written, and the items of a list in brackets ("Lachlan (guitar,
    drums)"), are `resources`' own mentions, which the reader labels; a role in brackets
    ("Sol (groomer)") is no kind."""
    _, asides = _plain(name)
    if len(asides) != 1:
        return set()
    a = asides[0]
    if a.isalpha() and a.endswith("s") and not a.endswith("ss") and len(a) >= 4:
        return {_singular(a)}
    return set()


def _singular(noun: str) -> str:
    """ "scooters" -> "scooter", "glasses" -> "glass", "batteries" -> "battery"."""
    if noun.endswith(("sses", "ches", "shes", "xes")):
        return noun[:-2]
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1]


# A kind said of how the customer travels or of what they are, not of what they bring:
# "we'll come by car", "in my car", "on the scooter"; "a truck driver", "car insurance".
_NOT_TRAVEL_BEFORE = (
    r"(?<!\bby\s)(?<!\bby\sa\s)(?<!\bin\smy\s)(?<!\bin\sour\s)(?<!\bin\sthe\s)"
    r"(?<!\bin\sa\s)(?<!\bon\smy\s)(?<!\bon\sthe\s)(?<!\bon\sa\s)"
)
_NOT_ITS_PERSON_AFTER = (
    r"(?!\s+(?:drivers?|driving|licen[cs]es?|insurance|park|parking|seats?|rental|hire|loan)\b)"
)


def _field_said(field: str) -> str:
    """A field as said, its "s" left out too: "career advice" for "careers adviser"."""
    return re.escape(field[:-1]) + "s?" if field.endswith("s") else re.escape(field)


def _said(message: str, fields: Iterable[str], kinds: Iterable[str] = ()) -> re.Match[str] | None:
    """The first words of `message` that name a service of one of `fields`, or one of
    the `kinds` of thing a resource works on said alone."""
    fields = sorted(set(fields))
    if not fields:
        return None
    service = [k for k, fs in SERVICES.items() if set(fs) & set(fields)]
    alts = [
        r"\b(?:"
        + "|".join(map(_field_said, fields))
        + r")\s+(?:"
        + "|".join(SERVICE_NOUNS)
        + r")s?\b",
    ]
    if kinds:  # the singular: the plural as written is a resource's own mention
        alts.append(
            _NOT_TRAVEL_BEFORE
            + r"\b(?:"
            + "|".join(map(re.escape, sorted(set(kinds))))
            + r")\b"
            + _NOT_ITS_PERSON_AFTER
        )
    if service:
        alts.append(
            r"(?<![\w.])(?:"
            + "|".join(r"\s+".join(map(re.escape, k.split())) for k in service)
            + r")s?(?![\w])"
        )
    return re.search("|".join(alts), message, re.IGNORECASE)


def implied_resources(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> tuple[list[str], str, tuple[int, int]] | None:
    """The resources the service said in `message` names (ids, the words, their span),
    or None: no service said, or it names none or all of `resources` (id, name)."""
    pairs = list(resources)
    by_field: dict[str, list[str]] = {}
    kinds: set[str] = set()
    for rid, name in pairs:
        for f in fields_of(name or ""):
            by_field.setdefault(f, []).append(rid)
        for k in kinds_of(name or ""):
            by_field.setdefault(k, []).append(rid)
            kinds.add(k)
    m = _said(message, by_field, kinds)
    if m is None:
        return None
    said = " ".join(m.group(0).lower().split())
    fields = {f for f in by_field if re.search(rf"\b{_field_said(f)}s?\b", said)}
    fields |= {
        f
        for k, fs in SERVICES.items()
        if re.fullmatch(rf"{re.escape(k)}s?", said)
        for f in fs
        if f in by_field
    }
    ids = sorted({rid for f in fields for rid in by_field[f]})
    if not ids or len(ids) >= len(pairs):
        return None
    return ids, m.group(0), (m.start(), m.end())
