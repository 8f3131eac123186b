"""Ways of leaving the choice of provider or room to the engine: "anyone", "whoever is
free", "any of your stylists", "doesn't matter who", "anywhere", "first available", "can someone
see him", and the same in the languages customers switch to ("kahit sino", "con
quien esté libre", "qualquer um dos dois", "n'importe qui", "egal wer", "jo bhi free ho"). "can
someone come out" asks for the service, not for anyone of the business (`find_anyone`
leaves it, as it leaves "koi bhi" alone, most often said of days, and "whatever's open").

Each is a `resources.ResourceMention` with no resource (rule `resource.anyone`): the
trace and the session see the customer's words, and no slot changes. "either" alone
opening a message answers a choice of two providers (`_EITHER_FIRST`). A choice among
some of the business's resources ("any doctor" where a nurse works too) is
`resource_roles`' to find, and wins over these.
"""

from __future__ import annotations

import re

from slotwise.extractor.resource_roles import ROLES, folded

# Nouns for the people or places a business books: "any doc", "either attorney".
_ROLES = (
    "doc",
    "doctor",
    "doctors",
    "dr",
    "drs",
    "provider",
    "providers",
    "dentist",
    "dentists",
    "hygienist",
    "hygienists",
    "therapist",
    "therapists",
    "stylist",
    "stylists",
    "hairdresser",
    "hairdressers",
    "barber",
    "barbers",
    "tutor",
    "tutors",
    "teacher",
    "teachers",
    "attorney",
    "attorneys",
    "lawyer",
    "lawyers",
    "solicitor",
    "solicitors",
    "vet",
    "vets",
    "mechanic",
    "mechanics",
    "tech",
    "techs",
    "technician",
    "technicians",
    "nurse",
    "nurses",
    "counsellor",
    "counsellors",
    "counselor",
    "counselors",
    "pharmacist",
    "pharmacists",
    "engineer",
    "engineers",
    "consultant",
    "consultants",
    "bay",
    "bays",
    "room",
    "rooms",
    "chair",
    "chairs",
    "of them",
    "of the docs",
    "of you",
    "of you guys",
    "of the lads or lasses",
    "of the lads",
    "of the girls",
    "of the team",
    "person",
    "instructor",
    "instructors",
    "trainer",
    "trainers",
    "coach",
    "coaches",
    "artist",
    "artists",
    "groomer",
    "groomers",
    "team",
    "teams",
    "crew",
    "crews",
    "physio",
    "physios",
    "physiotherapist",
    "physiotherapists",
    "accountant",
    "accountants",
    "agent",
    "agents",
    "advisor",
    "advisors",
    "optometrist",
    "optometrists",
    "photographer",
    "photographers",
    "studio",
    "studios",
    "counter",
    "counters",
    "table",
    "van",
    "vans",
    "truck",
    "trucks",
    "planner",
    "planners",
    "adviser",
    "advisers",
    "notary",
    "notaries",
    "preparer",
    "preparers",
    "designer",
    "designers",
    "tailor",
    "tailors",
)
# ... and every word of the one table of roles (`resource_roles.ROLES`), in each language
_ROLE_WORDS = sorted(
    {*(re.escape(r).replace(r"\ ", r"\s+") for r in _ROLES)}
    | {folded(w) + "s?" for words in ROLES.values() for w in words if not w.isupper()},
    key=len,
    reverse=True,
)
_ROLE = "(?:" + "|".join(_ROLE_WORDS) + ")"
# Ways of leaving the choice to the engine. `{role}` stands for any of `_ROLES`.
_ANYONE_FORMS = (
    r"any(?:one|body|1)(?:\s+(?:who(?:'s| is)?\s+)?(?:free|available))?",
    r"(?:see|with)\s+some(?:one|body)(?!\s+else)",
    r"(?<=see\s)an?\s+{role}",
    r"some(?:one|body)(?=\s+(?:to\s+|(?:who\s+)?(?:can|could)\s+)?"
    r"(?:see|look|do|check|fit|take|have\s+a\s+look))",
    r"who(?:ever|mever)(?:['’]?s|\s+is)?(?:\s+(?:free|available|first|around|has\s+it))?",
    r"(?:it\s+)?does(?:n['’]?t| not)\s+matter\s+who",
    r"no\s+matter\s+(?:who|which\s+{role})",
    r"any\s+(?:of\s+(?:the|your|you(?:r)?)\s+)?{role}",
    r"any\s+(?:piano|guitar|voice|singing|drum|violin|maths?|english|female|male|lady|"
    r"woman|man|senior|junior)\s+{role}",
    r"any\s+of\s+(?:you|them)(?:\s+guys)?",
    r"either\s+{role}",
    r"(?:(?:it\s+)?does(?:n['’]?t|nt| not)\s+matter|(?:it['’]?s\s+)?not\s+important)"
    r"\s+(?:who|which\s+{role})",
    r"(?:the\s+|which\s+)?{role}\s+(?:(?:is\s+|are\s+)?not\s+important"
    r"|does(?:n['’]?t|nt| not)\s+matter|(?:is\s+|are\s+)?(?:up\s+to\s+you|irrelevant))",
    r"which(?:ever)?\s+{role}(?=\s+(?:is|has|can))",
    r"whichever\s+{role}(?=\s*(?:[,.!]|$))",  # "whichever nurse, not fussed"
    r"whichever\s+{role}['’]s\s+(?:on|in|free|around|available|working)",  # "whichever vet's on"
    # the same in the languages customers switch to: Tagalog, Spanish, French
    r"kahit\s+sino(?:\s+po)?",
    r"(?:con\s+)?cualquiera\s+de\s+(?:ustedes|ellos|ellas|los\s+dos|las\s+dos|vosotros)",
    r"con\s+cualquiera",
    r"(?:con\s+)?cualquier(?:a)?\s+(?:doctora?|persona|estilista|{role})",
    r"(?:avec\s+)?n['’]?\s?importe\s+(?:qui|lequel\s+des\s+deux|laquelle\s+des\s+deux)",
    r"peu\s+importe\s+(?:qui|avec\s+qui)",
    # Spanish "quien sea", "con quien esté libre", Portuguese "qualquer um (dos dois)",
    # "quem estiver livre", French "celui ou celle qui est libre", "qui est dispo",
    # German "egal wer", "wer gerade frei ist", Hindi/Urdu "koi bhi", "jo bhi free ho"
    r"(?:con\s+)?quien(?:quiera)?\s+(?:sea|est[eé](?:\s+(?:libre|disponible))?(?:\s+primero)?"
    r"|haya|pueda|tenga\s+(?:lugar|hueco|espacio|tiempo))",
    r"(?:com\s+)?qualquer\s+um(?:a)?(?:\s+d[oa]s\s+d(?:ois|uas))?",
    r"(?:com\s+)?quem\s+(?:estiver|tiver)(?:\s+(?:livre|vaga|dispon[ií]vel))?",
    r"tanto\s+faz(?:\s+(?:quem|com\s+quem))?",
    r"(?:avec\s+)?(?:celui\s+ou\s+celle|celle\s+ou\s+celui|quiconque)\s+qui\s+est\s+"
    r"(?:libre|dispo(?:nible)?)",
    r"(?<=avec\s)qui\s+est\s+(?:libre|dispo(?:nible)?)",
    r"egal\s+(?:wer|bei\s+wem|mit\s+wem|welche[rnms]?)",
    r"wer\s+(?:auch\s+immer|gerade)(?:\s+(?:frei|da|verf[uü]gbar)(?:\s+ist)?)?",
    r"irgend(?:wer|jemand(?:en)?)",
    r"koi\s+bhi\s+chalega",  # "koi bhi din chalega" is any day
    r"jo\s+bhi\s+(?:free|khali|available)(?:\s+(?:ho|hai))?",
    r"kisi\s+(?:ke\s+)?bhi\s+(?:saath|se)",
    r"(?:no\s+(?:wukkas|worries|stress|preference)|not\s+(?:too\s+|really\s+|that\s+)?"
    r"(?:fussy|fussed|picky|particular|bothered))\s+(?:about|on|re|with|over|as\s+to)\s+"
    r"(?:who(?:\s+\w+s)?|where|which(?:\s+{role})?|the\s+{role})",
    r"(?:i\s+)?(?:do(?:n['’]?t|nt| not)|not)\s+(?:really\s+)?(?:care|mind|fussed|bothered)"
    r"\s+(?:who|which\s+{role})(?:\s+with)?",
    r"(?:i['’]?m\s+|i\s+am\s+)?not\s+(?:too\s+|really\s+)?(?:fussy|fussed|picky|particular)"
    r"\s+(?:who|where)",
    r"(?:i['’]?m\s+|i\s+am\s+)?not\s+(?:too\s+|really\s+)?(?:fussy|picky|particular)"
    r"\s+(?:about|on|re)\s+(?:who|which\s+{role})",
    # "anywhere", "wherever you can seat us": a table or room left to the business
    r"any\s*where(?!\s+(?:between|from|after|before|around|up\s+to|within|in\s+the))",
    r"wher(?:e\s+)?ever(?:\s+you\s+(?:can|have)\s+(?:seat|fit|put)\s+us)?",
    r"no\s+preference(?:\s+(?:on|for)\s+(?:who|the\s+doctor|provider))?",
    r"first\s+available",
)
_ANYONE = re.compile(
    r"\b(?:" + "|".join(f.replace("{role}", _ROLE) for f in _ANYONE_FORMS) + r")\b",
    re.IGNORECASE,
)
# "either" on its own as the first word of a message, after a filler or two ("oh ok,
# either is fine then", "actually either is fine", "ok no problem, either one", "Either
# would be acceptable"): the answer to a choice of two providers. Said later, after two
# days or times ("the 8th or the 9th, either is fine"), or with a noun ("either day",
# "either way"), it is no provider.
_FILLER = (
    r"(?:oh|ok|okay|ah|actually|honestly|tbh|so|then|yeah|yes|sure|hmm|um|fine|alright|"
    r"right|no\s+problem|no\s+worries)"
)
_EITHER_FIRST = re.compile(
    rf"^\W*(?:{_FILLER}\W+){{0,4}}(?P<either>either(?:\s+one)?)"
    r"(?=\s*$|\s*[,.!]|\s+(?:is|works|would|will|'?s|is\s+fine)\b|['’]s\b)",
    re.IGNORECASE,
)


def find_anyone(message: str) -> list[tuple[str, tuple[int, int]]]:
    """(text, span) of each way `message` leaves the choice to the engine."""
    found = [(m.group(0), m.span()) for m in _ANYONE.finditer(message)]
    first = _EITHER_FIRST.match(message)
    if first is not None:
        found.append((first.group("either"), first.span("either")))
    return found
