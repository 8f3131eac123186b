"""A provider named by another booking of the conversation: "with the same stylist",
"same therapist if that works", "Same doctor please", "con la misma persona"; or named as
not that one: "with the other girl", "but with the other coach", "whoever isn't doing
hers".

A customer who books a second visit (for someone else, or the next step of a course)
often asks for its provider by the first booking's: the same one, or the other one so
that both are seen at once. The words name no resource of the business; they name a
booking. Grounding gives the mention (rule `resource.same` or `resource.other`, no
resource, as "anyone" has none), and the session, which keeps the provider of the slot
picked for each booking (`slotwise.conversation_which.Item.resource`), narrows it to that
provider, or to every other one (`slotwise.conversation_placed.provider_wishes`).

| rule             | said                                                                 |
| ---------------- | -------------------------------------------------------------------- |
| `resource.same`  | "the same stylist", "same therapist", "Same doctor", "the same        |
|                  | teacher", "same coach", "same accountant if you can", "same dude",   |
|                  | "the same carer", "con la misma persona", "con el mismo doctor"      |
| `resource.other` | "the other girl", "with the other lady", "the other coach", "the      |
|                  | other doctor", "whoever isn't doing hers", "la otra chica"            |

Near misses: "same time", "same day", "the same" alone ("my daughter wants the same": a
service), "the other day", "the other one" (an option or a booking, not a provider),
"same room" (a place: not read here), "is it the same guy as last time?" is read (a
question: the reader labels it context).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from slotwise.extractor.resource_roles import ROLES, folded

if TYPE_CHECKING:
    from slotwise.extractor.resources import ResourceMention

SAME_RULE = "resource.same"
OTHER_RULE = "resource.other"

# the nouns for who does the work, in English and in Spanish
_WHO_EN = (
    r"therapists?|stylists?|teachers?|tutors?|techs?|technicians?|mechanics?|dentists?|"
    r"doctors?|docs?|dr|person|guy|girl|lady|ladies|hygienists?|groomers?|barbers?|agents?|"
    r"instructors?|coach|coaches|vets?|nurses?|physios?|trainers?|providers?|practitioners?|"
    r"advis[eo]rs?|accountants?|carers?|caregivers?|dude|bloke|fella|fellow|gal|tailors?|"
    r"photographers?|artists?|engineers?|cleaners?|drivers?|movers?|crew|team|specialists?|"
    r"consultants?|masseuse|masseur|beauticians?|estheticians?|aestheticians?|lawyers?|"
    r"attorneys?|opticians?|optometrists?|pharmacists?|guides?|chefs?"
)
_WHO_ES = (
    r"persona|doctora?|estilista|chica|chico|señora|senora|muchacha|maestr[oa]|profe(?:sora?)?"
)
# ... and the words of every role of the one table of roles ("same braider", "same rev")
_WHO_EN += "|" + "|".join(
    sorted(
        {folded(w) + "s?" for words in ROLES.values() for w in words if not w.isupper()},
        key=len,
        reverse=True,
    )
)
_SAME = re.compile(
    rf"\b(?:(?:with|w|con)\s+)?(?:the\s+)?same\s+(?:{_WHO_EN})\b"
    rf"|\b(?:con\s+)?(?:la|el)\s+mism[oa]\s+(?:{_WHO_ES})\b",
    re.IGNORECASE,
)
_OTHER = re.compile(
    rf"\b(?:(?:with|w)\s+)?the\s+other\s+(?:{_WHO_EN})\b"
    rf"|\b(?:con\s+)?(?:la|el)\s+otr[oa]\s+(?:{_WHO_ES})\b"
    r"|\bwhoever(?:'s|\s+is)?\s+(?:not|isn'?t|isnt)\s+(?:doing|with|seeing|on)\s+"
    r"(?:hers|his|mine|theirs|hers|him|her|me|them)\b",
    re.IGNORECASE,
)


def find_same_or_other(message: str) -> list[ResourceMention]:
    """The words of `message` that name a provider by another booking's: the same one
    (`SAME_RULE`) or another one (`OTHER_RULE`); no resource, which the session gives."""
    from slotwise.extractor.resources import ResourceMention

    found = [
        ResourceMention(m.group(0), m.span(), None, SAME_RULE) for m in _SAME.finditer(message)
    ]
    found += [
        ResourceMention(m.group(0), m.span(), None, OTHER_RULE) for m in _OTHER.finditer(message)
    ]
    return found
