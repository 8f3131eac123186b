"""Providers named by their role, in the customer's language: "the nurse", "l'infirmière",
"a dentista", "the rev", "any inspector", "either sonographer", "koi bhi librarian".

One table (`ROLES`) gives each role the words customers use for it, in every language
they write in (English first, then French, Spanish, Portuguese, German, Hindi/Urdu
transliterated); accents and the apostrophe of an elided article are optional as typed
("linfirmiere", "medecin"). A resource holds a role when its name says it (a title:
"Infirmière Gagnon", "Reverend Ray"; a word in brackets: "Tayla (vet nurse)", "Dr Sharma
(research librarian)"; after "the": "Lucía the PA"; a field in brackets, `FIELDS`: "Dr.
Demir (dental)" is the dentist), or when its id starts with the role
or a short form of it (`ID_FORMS`: "hyg-grace", "insp-garcia", "sono-amira"). A title Dr,
Dre or Dra makes a doctor; some roles are another too (`ALSO`: an ophthalmologist is the
specialist, a vet nurse a nurse).

A role said names (`find_roles`):

- where the business's names say the role ("Nurul (physio)", "Notary Kim", the one doctor
  by title), however it is said ("need notary", "the physio", "a dentista", "any
  physio"): the resources that hold it (a choice among them has rule `resource.kind`, as
  "any room" for rooms), when some of the business's resources do but not all (all: it
  tells nothing, or, said as a choice, leaves the choice to the engine);
- where only ids ("physio-liam") or the titles of several doctors ("Dr Hart", "Dr
  Mensah") give the role: the resources that hold it only when words before it say
  which ("the cattle vet") or it is set against another ("not the nurse", "prefer
  doctor over nurse"); said as a choice ("any GP", "any of the doctors") it leaves the
  choice to the engine, and said otherwise ("I need physio", "GP today?", "see a doctor",
  "can the doctor see her") it is the service asked for: no mention. Through the shipped
  reader those words read as a provider cost conversations (res41), and their writers
  hold no provider for them.

A role of the customer's own is no provider: "my nurse told me", "his GP referred him",
"mon médecin dit", "I'm a nurse myself" are left alone; "a doctor" where every resource
is one says no choice. The words are data: a new role, or a new language of one, is a
row or a word of `ROLES`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from slotwise.extractor.grounding.lexicon_cues import NEGATION_WORDS
from slotwise.extractor.resource_given_names import FEMALE_NAMES, MALE_NAMES

# role -> the words for it (singular; plurals are added). Multi-word forms are phrases.
ROLES: dict[str, tuple[str, ...]] = {
    "doctor": (
        "doctor",
        "doc",
        "physician",
        "gp",
        "médico",
        "médica",
        "médecin",
        "docteur",
        "doctora",
        "doutor",
        "doutora",
        "arzt",
        "ärztin",
        "daktar",
    ),
    "nurse": (
        "nurse",
        "infirmière",
        "infirmier",
        "enfermera",
        "enfermero",
        "enfermeira",
        "enfermeiro",
        "infermiera",
        "infermiere",
        "verpleegkundige",
        "krankenschwester",
        "pflegerin",
        "pfleger",
        "vet nurse",
        "veterinary nurse",
    ),
    "nurse practitioner": ("nurse practitioner", "NP"),
    "assistant": (
        "PA",
        "physician assistant",
        "physician's assistant",
        "medical assistant",
        "asistente",
        "asistente médica",
        "asistente médico",
        "assistente médica",
        "assistant",
    ),
    "dentist": ("dentist", "dentista", "dentiste", "zahnarzt", "zahnärztin", "tooth doctor"),
    "hygienist": ("hygienist", "dental hygienist", "hygiéniste", "higienista", "hygieniker"),
    "orthodontist": ("orthodontist", "ortho", "braces doctor", "ortodoncista", "orthodontiste"),
    "physio": (
        "physio",
        "physiotherapist",
        "physical therapist",
        "physiotherapy",
        "physical therapy",
        "fisio",
        "fisioterapeuta",
        "kiné",
        "kinésithérapeute",
        "physiotherapeut",
        "physiotherapeutin",
    ),
    "vet": (
        "vet",
        "veterinarian",
        "veterinary",
        "vétérinaire",
        "veterinario",
        "veterinaria",
        "tierarzt",
        "tierärztin",
        "animal doctor",
    ),
    "lawyer": (
        "lawyer",
        "attorney",
        "solicitor",
        "advocate",
        "abogado",
        "abogada",
        "avocat",
        "avocate",
        "anwalt",
        "anwältin",
        "rechtsanwalt",
        "rechtsanwältin",
        "advogado",
        "advogada",
        "vakil",
        "wakeel",
    ),
    "notary": ("notary", "notary public", "notario", "notaria", "notaire", "notar", "notarin"),
    "officiant": (
        "officiant",
        "celebrant",
        "reverend",
        "rev",
        "minister",
        "pastor",
        "priest",
        "vicar",
        "chaplain",
    ),
    "librarian": ("librarian", "bibliothécaire", "bibliotecario", "bibliotecaria", "bibliothekar"),
    "podiatrist": ("podiatrist", "chiropodist", "foot doctor", "podólogo", "podologue", "podologe"),
    "optometrist": (
        "optometrist",
        "optician",
        "optom",
        "eye doctor",
        "óptico",
        "opticien",
        "optiker",
    ),
    "surgeon": ("surgeon", "cirujano", "cirujana", "chirurgien", "chirurgienne", "chirurg"),
    "internist": ("internist", "internal medicine", "internal med", "internista", "interniste"),
    "ophthalmologist": ("ophthalmologist", "eye surgeon", "ophtalmologiste", "oftalmólogo"),
    "specialist": ("specialist", "consultant", "eye specialist", "eye consultant"),
    "sonographer": ("sonographer", "ultrasound tech", "scan tech", "échographiste", "ecografista"),
    "inspector": ("inspector", "inspecteur", "inspektor"),
    "technician": ("technician", "tech", "technicien", "técnico", "techniker"),
    "estimator": ("estimator", "assessor"),
    "planner": ("planner", "event planner", "events planner", "wedding planner"),
    "chef": ("chef", "cocinero", "cuisinier"),
    "pilot": ("pilot", "piloto", "pilote"),
    "tuner": ("tuner", "piano tuner"),
    "braider": ("braider",),
    "walker": ("walker", "dog walker"),
    "mechanic": ("mechanic", "mecánico", "mécanicien", "mechaniker"),
    "surveyor": ("surveyor",),
    "installer": ("installer", "fitter"),
    "piercer": ("piercer",),
    "pharmacist": ("pharmacist", "chemist", "farmacéutico", "pharmacien", "apotheker"),
    "phlebotomist": ("phlebotomist", "sample collector"),
    "speech therapist": ("speech therapist", "speech pathologist", "SLP", "speechie"),
    "occupational therapist": ("occupational therapist", "OT"),
    "teacher": (
        "teacher",
        "tutor",
        "professor",
        "prof",
        "profesor",
        "profesora",
        "professeur",
        "lehrer",
        "lehrerin",
    ),
    "coach": ("coach", "trainer", "entrenador", "entraîneur"),
    "driver": ("driver", "chauffeur", "chofer", "chófer"),
    "mediator": ("mediator", "mediador", "mediadora", "médiateur", "médiatrice"),
    "paralegal": ("paralegal", "legal assistant"),
}
# The roles that work beside another in one business: where a business's names give the
# roles beside ("Mr. Chen (mediator)") and not the role itself, the people whose names
# give no role hold it ("Ms. Hollis" is the lawyer beside the mediator; `_beside`).
BESIDE: dict[str, tuple[str, ...]] = {
    "lawyer": ("mediator", "paralegal", "notary"),
    "dentist": ("hygienist",),
}
# Titles and given names that make a name a person's (`_beside`): "Ms. Hollis", "Aoife".
_PERSON_TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "madam", "dr", "dra", "herr", "frau", "sr", "sra", "mme"]
)
# Other words customers name a role's holders by that are no word of a name: "the
# therapist" or "the PT" for "Farida (PT)" or "Nurul (physio)", "the therapist" for a
# speech or occupational therapist too. They are said, never read in names ("Anna
# (massage therapist)" is no physio).
SAID_ALSO: dict[str, tuple[str, ...]] = {
    "physio": ("therapist", "PT", "physical therapist"),
    "speech therapist": ("therapist",),
    "occupational therapist": ("therapist",),
}
# Words of a role that name its service rather than who does it: they name a resource
# only where the business's names say the role ("Farida (PT)": "physical therapy"), never
# from ids alone or with words before them ("the period for physiotherapy").
SERVICE_FORMS = frozenset(
    ["physiotherapy", "physical therapy", "internal medicine", "internal med"]
)
# Roles that are another as well: a vet nurse is a nurse, an ophthalmologist the
# specialist, an orthodontist's and an ophthalmologist's patients see a specialist.
ALSO: dict[str, tuple[str, ...]] = {
    "ophthalmologist": ("specialist",),
    "orthodontist": ("specialist",),
    "nurse practitioner": ("nurse",),
}
# The field a name says in its description, for the role that works in it: "Dr. Demir
# (dental)" is the dentist, "Dr Okoro (surgery)" the surgeon. A field said by the
# customer is the service asked for ("a dental check-up", "after my surgery"), which
# writers leave unlabelled; the role's own words name the resource ("the dentist").
FIELDS: dict[str, str] = {
    "dental": "dentist",
    "dentistry": "dentist",
    "odontología": "dentist",
    "dentaire": "dentist",
    "pt": "physio",  # "Farida (PT)"; said, "PT" is the name's own word (`resources`)
    "surgery": "surgeon",
    "surgical": "surgeon",
    "cirugía": "surgeon",
    "chirurgie": "surgeon",
    "orthodontics": "orthodontist",
    "podiatry": "podiatrist",
    "optometry": "optometrist",
    "ophthalmology": "ophthalmologist",
    "pharmacy": "pharmacist",
    "phlebotomy": "phlebotomist",
}
# Short forms of a role at the start of a resource's id ("hyg-grace", "insp-garcia"); an
# id that starts with a word of the table ("physio-gemma", "tuner-mei") needs no row.
ID_FORMS: dict[str, str] = {
    "dr": "doctor",
    "dre": "doctor",
    "dra": "doctor",
    "inf": "nurse",
    "hyg": "hygienist",
    "atty": "lawyer",
    "ra": "lawyer",
    "lib": "librarian",
    "pod": "podiatrist",
    "sono": "sonographer",
    "insp": "inspector",
    "mech": "mechanic",
    "pharm": "pharmacist",
}
# Titles that make a doctor, in the languages of the names businesses give.
_DOCTOR_TITLES = frozenset(
    ["dr", "dre", "dra", "doctor", "doctora", "docteur", "doutor", "doutora"]
)

# Said before a role when it is one provider: the articles of each language.
_ONE = r"(?:(?:the|your|ur|yr|that|l['’]?|la|le|el|lo|al|del|o|os|as|das|der|die|den|dem)\s*)?"
_DET_ONE = re.compile(r"(?<![\w'’])" + _ONE + r"$", re.IGNORECASE)
# Said before a role when any one of them will do: "any", "either", "a", in each language.
_CHOICE = (
    r"(?:any(?:\s+(?:one\s+)?of\s+(?:the|your|ur|you(?:r)?)(?:\s+two)?)?|either(?:\s+of\s+"
    r"(?:the|your|ur)(?:\s+two)?)?|whichever|whatever|w/e|which\s*ever|one\s+of\s+(?:the|your|ur)|"
    r"both(?:\s+(?:of\s+)?(?:the|your))?|koi\s+bhi|koi|kahit\s+(?:sinong|anong)|"
    r"cualquier(?:a)?(?:\s+de\s+(?:los|las))?|qualquer(?:\s+um\s+dos)?|n['’]?\s?importe\s+quel(?:le)?|"
    r"irgendeine[nmr]?|egal\s+welche[rnms]?|peu\s+importe\s+(?:le|la|quel(?:le)?)|"
    r"an?|un|une|una|um|uma|ein|eine|einen|einem|einer)\s+"
)
_INDEFINITE = re.compile(r"an?|un|une|una|um|uma|ein|eine|einen|einem|einer", re.IGNORECASE)
_CHOICE_BEFORE = re.compile(r"(?<![\w'’])" + _CHOICE + "$", re.IGNORECASE)
# The customer being one, or the customer's own: "I'm a nurse myself", "my GP said".
_BEING_ONE = re.compile(
    r"\b(?:am|i['’]?m|she['’]?s|he['’]?s|was|as|are|we['’]?re)\s+an?\s+$", re.IGNORECASE
)
_POSSESSIVE = re.compile(
    r"\b(?:my|his|her|their|our|mum['’]s|mom['’]s|mon|ma|mes|mi|mis|meu|minha|mein|meine|"
    r"meinem|meinen|seine?|ihre?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# ... and the customer's own is one who said or did something: "my nurse told me", "his GP
# referred him", "mon médecin dit"; "my physio on Thursday" is a visit to the business's.
_REPORTED = re.compile(
    r"['’]?s?\s+(?:\w+\s+)?(?:said|says|told|tells|referred|recommended|suggested|wants|"
    r"wanted|asked|asks|thinks|thought|prescribed|sent|gave|advised|reckons|dit|m['’]a|a\s+dit|"
    r"disse|dijo|me\s+dijo|sagt|meinte|hat)\b",
    re.IGNORECASE,
)
# A role set against another choice: "not (with) the nurse", "prefer doctor", "rather
# the physio", "doctor over nurse", "the doctor, not the nurse", in each language.
_CONTRAST_BEFORE = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(NEGATION_WORDS)
    + r"|rather|prefer|preferably|than|instead\s+of|except|but|sino|"
    r"pas|plutôt|plutot|nicht|lieber|não|nao|mas)\s+(?:(?:with|w/|see|con|avec|mit|com)\s*)?"
    r"(?:(?:the|a|an|your|l['’]?|la|le|el|o|der|die|den)\s*)?$",
    re.IGNORECASE,
)
_CONTRAST_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,4}\s*,?\s*(?:(?:and\s+|but\s+)?not\s+(?:with\s+)?(?:the|a|an|your)\s+\w+|over\s+(?:the\s+|a\s+)?\w+|"
    r"rather\s+than|instead\s+of|y\s+no\b|et\s+pas\b|nicht\s+(?:der|die|den)\b)",
    re.IGNORECASE,
)
# "the" and a word or two that say which: "the cattle vet", "the lady doctor".
_QUALIFIED = re.compile(
    r"(?<![\w'’])(?:the|your|ur)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s+$", re.IGNORECASE
)
# A doctor's title at the start of a name ("Dr Hart"; not "Dre" alone, a name).
_DR_TITLE = re.compile(r"^\W*(?:dr|dra|dre)\b\.?(?=\s*\w)", re.IGNORECASE)
_NOT_AFTER = re.compile(
    r"['’]?s?\s+(?:notes?|letters?|referrals?|surgery|bills?|fees?|station|practice|office|"
    r"school|support|issues?|problems?|stuff|questions?|records?|licen[cs]e)\b",
    re.IGNORECASE,
)


def plain(text: str) -> str:
    """Lower case, without accents: "Infirmière" -> "infirmiere"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(word: str) -> str:
    """A word as a regex that matches it typed with or without its accents ("médecin",
    "medecin") and its apostrophes ("physician's", "physicians")."""
    out = []
    for ch in word:
        base = plain(ch)
        if ch == "'" or ch == "’":
            out.append(r"['’]?")
        elif ch == " ":
            out.append(r"[\s-]+")
        elif base != ch.lower():
            out.append(f"[{re.escape(ch.lower())}{re.escape(ch.upper())}{re.escape(base)}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _plural(word: str) -> str:
    """A table word and its plural; one written in capitals ("PA", "OT") only so typed,
    as the lower-case word is another ("pa'" is Spanish for "para")."""
    if word.isupper():
        return rf"(?-i:{re.escape(word)}s?)"
    if word == "doc":
        return "doc"  # "docs" are documents as often as doctors
    elided = r"(?:[ld]['’]?)?" if plain(word)[0] in "aeiou" else ""  # "linfirmiere"
    return elided + folded(word) + (r"(?:es)?" if word.endswith(("s", "ch", "sh")) else r"s?")


# The words of `SAID_ALSO` that are no word of the role's own row, by role.
_SAID_ONLY: dict[str, frozenset[str]] = {
    role: frozenset(plain(w) for w in words) - {plain(w) for w in ROLES[role]}
    for role, words in SAID_ALSO.items()
}
_BY_WORD: dict[str, str] = {plain(w): role for role, words in ROLES.items() for w in words}
_BY_NAME_WORD: dict[str, str] = {**_BY_WORD, **{plain(w): role for w, role in FIELDS.items()}}
_LONGEST_FIRST = sorted(_BY_NAME_WORD, key=lambda w: -len(w.split()))


def is_role(words: str) -> bool:
    """Whether `words` are a word of the table ("nurse", "Infirmière", "vet nurse")."""
    return plain(words) in _BY_WORD


@functools.lru_cache(maxsize=4096)  # a business's names are read for every message
def roles_of(rid: str, name: str | None) -> frozenset[str]:
    """The roles a resource holds by its name and its id: "Infirmière Gagnon (vaccines)"
    -> {"nurse"}, "Tayla (vet nurse)" -> {"nurse"}, ("sono-amira", "Amira") ->
    {"sonographer"}."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", plain(name or ""))
    found: set[str] = set()
    i = 0
    while i < len(words):
        for phrase in _LONGEST_FIRST:
            n = len(phrase.split())
            if " ".join(words[i : i + n]) == phrase:
                found.add(_BY_NAME_WORD[phrase])
                i += n
                break
        else:
            i += 1
    if len(words) > 1 and words[0] in _DOCTOR_TITLES:  # "Dre" alone is a name
        found.add("doctor")
    head = plain(rid).split("-")[0]
    if head in ID_FORMS or head in _BY_WORD:
        found.add(ID_FORMS.get(head) or _BY_WORD[head])
    for role in list(found):
        found.update(ALSO.get(role, ()))
    return frozenset(found)


def _person(name: str | None) -> bool:
    """A person's name by its title or given name: "Ms. Hollis", "Aoife"; not "Conference
    room", "Team A"."""
    words = re.findall(r"[^\W\d_]+", plain(re.sub(r"\(.*", "", name or "")))
    return bool(words) and (words[0] in _PERSON_TITLES or words[0] in FEMALE_NAMES | MALE_NAMES)


def _beside(given: list[tuple[str, str | None]]) -> dict[str, list[str]]:
    """The roles no name gives held by the people whose names give no role, where names
    give the roles that work beside them (`BESIDE`): "the lawyer" for "Ms. Hollis" beside
    "Mr. Chen (mediator)" and "Conference room" (an id, "atty-hollis", may say it too)."""
    by_name = {rid: roles_of("", name) for rid, name in given}
    said = {role for roles in by_name.values() for role in roles}
    # a doctor by title alone ("Dr Ng" beside "Sue (hygienist)") is the dentist there
    plain = [rid for rid, name in given if by_name[rid] <= {"doctor"} and _person(name)]
    return {
        role: plain
        for role, others in BESIDE.items()
        if role not in said - {"doctor"} and plain and said & set(others)
    }


def role_patterns(
    resources: Iterable[tuple[str, str | None]],
) -> list[tuple[str, list[str], re.Pattern[str]]]:
    """(role, the ids that hold it, the pattern of its words) for each role some of the
    business's resources hold, by their names or beside others' (`_beside`)."""
    given = list(resources)
    holders: dict[str, list[str]] = {}
    for rid, name in given:
        for role in roles_of(rid, name):
            holders.setdefault(role, []).append(rid)
    for role, rids in _beside(given).items():  # "the lawyer" beside the mediator
        holders[role] = list(dict.fromkeys([*holders.get(role, []), *rids]))
    out = []
    for role, rids in sorted(holders.items()):
        words = sorted({*ROLES[role], *SAID_ALSO.get(role, ())}, key=len, reverse=True)
        alts = "|".join(_plural(w) for w in words)
        pattern = rf"(?<![\w'’-])(?:{alts})(?=['’]s\b|[^\w'’-]|$)"  # "the nurse's in"
        out.append((role, rids, re.compile(pattern, re.IGNORECASE)))
    return out


def _stems(text: str) -> set[str]:
    return {w[:-1] if w.endswith("s") else w for w in re.findall(r"[a-z]{3,}", plain(text))}


def _named_so(
    rids: list[str], said: str, before: str, given: list[tuple[str, str | None]]
) -> list[str]:
    """Of the holders of a role, those whose name holds the very word said ("Profesora"
    for "Profesora Garcia" beside "Teacher Chen", "advocate" for "Advocate Wanjiru" beside
    "Mr Otieno"), or a word said just before it ("the large-animal vet" for "Dr O'Brien
    (large animals)" beside "Dr Kaur"), when some but not all do."""
    names = {rid: _stems(name or "") for rid, name in given}
    word = _stems(re.sub(r"^[ld]['’]", "", said.lower()))
    qualifiers = _stems(" ".join(re.split(r"[\s-]+", before.strip())[-2:])) - _NOT_QUALIFIERS
    for words in (word, qualifiers):
        named = [r for r in rids if words & names[r]]
        if 0 < len(named) < len(rids):
            return named
    return rids


# Words said before a role that say nothing of which one: "the", "your", "with".
_NOT_QUALIFIERS = frozenset(
    ["the", "your", "with", "and", "for", "see", "want", "need", "book", "get", "can", "pls"]
)


def _in_names(role: str, given: list[tuple[str, str | None]]) -> bool:
    """Whether a resource's name says `role` in words ("Jason Tan (physio)", "Nurse
    Okoye", "Attorney Haddad" for "lawyer"), or it is the one doctor by title ("Dr Rajan"
    beside a physio), not only its id ("physio-liam") or the titles of several doctors
    ("Dr Hart", "Dr Mensah")."""
    by_title = [name for _, name in given if _DR_TITLE.match(name or "")]
    if role == "doctor" and len(by_title) == 1:
        return True
    return any(role in roles_of("", _DR_TITLE.sub("", name or "")) for _, name in given)


def _contrasted(message: str, start: int, end: int) -> bool:
    """Whether a role is said against another choice: "not the nurse", "prefer doctor",
    "rather the physio than", "the doctor, not the nurse", "doctor over nurse"."""
    before = message[max(0, start - 40) : start]
    return bool(_CONTRAST_BEFORE.search(before) or _CONTRAST_AFTER.match(message, end))


def find_roles(
    message: str, resources: Iterable[tuple[str, str | None]]
) -> list[tuple[str, tuple[int, int], list[str] | None, str]]:
    """(text, span, ids or None for "any of them", rule) for each role said in `message`.

    A role the business's names say (`_in_names`: "Notary Kim", "Nurul (physio)", the one
    doctor by title) names its holders however it is said ("need notary", "the physio",
    "a nurse", "any physio"). A role known only from ids ("physio-liam") or from the
    titles of several doctors ("Dr Hart", "Dr Mensah") said as a choice ("any GP", "any
    of the doctors") leaves the choice to the engine, as "anyone" does; said otherwise,
    it names its holders only with words before it that say which ("the cattle vet") or
    set against another ("not the nurse", "prefer doctor", "the doctor, not the nurse").
    Otherwise it is the service asked for ("I need physio", "GP today?", "see a doctor",
    "can the doctor see her"), not a choice of provider: no mention."""
    given = list(resources)
    every = {rid for rid, _ in given}
    found: list[tuple[str, tuple[int, int], list[str] | None, str]] = []
    beside = _beside(given)
    for role, rids, pattern in role_patterns(given):
        named = _in_names(role, given) or role in beside
        for m in pattern.finditer(message):
            before = message[max(0, m.start() - 60) : m.start()]
            if _BEING_ONE.search(before) or _NOT_AFTER.match(message, m.end()):
                continue
            if _POSSESSIVE.search(before) and _REPORTED.match(message, m.end()):
                continue
            choice = _CHOICE_BEFORE.search(before)
            indefinite = choice is not None and _INDEFINITE.fullmatch(choice.group(0).strip())
            if choice is not None and not indefinite:
                span = (m.start() - len(choice.group(0)), m.end())
                ids = None if set(rids) == every or not named else rids
                found.append((message[span[0] : span[1]], span, ids, "resource.kind"))
                continue
            said_plain = " ".join(plain(m.group(0)).split())
            if said_plain.rstrip("s") in _SAID_ONLY.get(role, ()) and not (
                named or (choice is not None and not indefinite)
            ):
                continue  # "your speech therapist" where ids alone say who: not the OT
            before_word = re.search(r"([^\W\d_]+)\s+$", before)
            if before_word and _BY_WORD.get(
                f"{plain(before_word.group(1))} {said_plain.rstrip('s')}", role
            ) not in (role, None):
                continue  # "speech therapist" said: that role's, not the physio's
            if not named and " ".join(plain(m.group(0)).split()) in SERVICE_FORMS:
                continue  # "the period for physiotherapy": the service, ids alone say who
            ids = _named_so(rids, m.group(0), before, given)
            if set(ids) == every:
                continue  # "the doctor" where all are doctors: says nothing of which
            if not (
                named
                or len(ids) < len(rids)
                or (choice is None and _QUALIFIED.search(before))
                or _contrasted(message, m.start(), m.end())
            ):
                continue  # "I need physio", "GP today?": the service, not who does it
            if choice is not None:  # "a doctor on wednesday", "un avocat": any of them
                span = (m.start() - len(choice.group(0)), m.end())
                found.append((message[span[0] : span[1]], span, ids, "resource.kind"))
                continue
            one = _DET_ONE.search(before)
            start = m.start() - len(one.group(0)) if one is not None else m.start()
            found.append((message[start : m.end()], (start, m.end()), ids, "resource.role"))
    return found
