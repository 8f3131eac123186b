"""A role word as who does the work, or as the service asked for (`resource_roles`).

Where the business's names say the role ("Nurul (physio)"), the role word names its
holders however it is said. Where the role is known only from ids ("physio-liam") or from
the titles of several doctors ("Dr Hart", "Dr Mensah"), it names them only as a choice
("any GP"), set against another ("not the nurse", "prefer doctor over nurse"), or with
words that say which ("the cattle vet"); otherwise it is the service asked for ("I need
physio", "GP today?", "see a doctor", "can the doctor see her"), or someone who said
something ("Doctor ne kaha"): no candidate, the words are context. "can someone come out", "need someone today", "koi bhi din", "whatever's open",
"nervy with men" ask for the service, or speak of days or of people at large: no
"anyone" and no woman or man. Each case is a corpus example written for its phrasing
family; the negatives hold the positive they must not be mistaken for beside them.
"""

from __future__ import annotations

import pytest
from slotwise.extractor.resources import find_resources

Cases = list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]]

# roles known only from ids, and from the titles of two doctors
PHYSIOS = [("physio-liam", "Liam"), ("physio-ana", "Ana"), ("massage-tom", "Tom (massage)")]
GP = [("dr-hart", "Dr Hart"), ("dr-mensah", "Dr Mensah"), ("nurse-chloe", "Chloe")]
VETS = [("vet-brennan", "Ms Brennan"), ("vet-okafor", "Mr Okafor"), ("nurse-jo", "Jo")]
NURSES = [("nurse-okoye", "Okoye"), ("nurse-tran", "Tran"), ("phleb-maria", "Maria")]
PESTS = [("insp-dee", "Dee"), ("insp-raj", "Raj")]
STYLISTS = [("mia", "Mia"), ("jonah", "Jonah")]
EQUINE = [("vet-brennan", "Ms Brennan (equine vet)"), ("vet-okafor", "Mr Okafor")]
DOCTORS = [("dr-ayesha", "Dr. Ayesha"), ("dr-imran", "Dr. Imran"), ("lab-desk", "Lab desk")]

NAMED_PHYSIOS = [
    ("physio-tan", "Jason Tan (physio)"),
    ("physio-nur", "Nurul (physio)"),
    ("massage-mei", "Mei Ling (massage)"),
]
BOTH_PHYSIOS = [("physio", "physio-liam"), ("physio", "physio-ana")]
NAMED_BOTH = [("physio", "physio-tan"), ("physio", "physio-nur")]
THE_DOCTOR = [("the doctor", "dr-hart"), ("the doctor", "dr-mensah")]

WHO: Cases = [
    # the role word of the business's names, however said
    ("physio fri morning pls, calf strain", NAMED_PHYSIOS, NAMED_BOTH),
    ("can I see physio on thursday", NAMED_PHYSIOS, NAMED_BOTH),
    ("w/ physio sat if poss", NAMED_PHYSIOS, NAMED_BOTH),
    (
        "the physio on Saturday please",
        NAMED_PHYSIOS,
        [("the physio", "physio-tan"), ("the physio", "physio-nur")],
    ),
    # a role known from ids or titles, set against another
    ("prefer doctor over nurse for this one", GP, [("doctor", "dr-hart"), ("doctor", "dr-mensah")]),
    ("not doctor, nurse is fine", GP, [("doctor", "dr-hart"), ("doctor", "dr-mensah")]),
    ("the doctor please, not the nurse", GP, [*THE_DOCTOR, ("the nurse", "nurse-chloe")]),
    ("the doctor for his cough and not the nurse", GP, [*THE_DOCTOR, ("the nurse", "nurse-chloe")]),
    ("massage, not physio, on monday", PHYSIOS, [("massage", "massage-tom"), *BOTH_PHYSIOS]),
    ("I'd rather physio than massage", PHYSIOS, [*BOTH_PHYSIOS, ("massage", "massage-tom")]),
    (
        "pas le médecin, juste un vaccin",
        GP,
        [("le médecin", "dr-hart"), ("le médecin", "dr-mensah")],
    ),
    ("lieber den Arzt am Dienstag", GP, [("den Arzt", "dr-hart"), ("den Arzt", "dr-mensah")]),
    # ... or said with words that say which
    ("need the cattle vet thursday", VETS, [("vet", "vet-brennan"), ("vet", "vet-okafor")]),
    (
        "your horse vet out Thursday, after milking",
        VETS,
        [("vet", "vet-brennan"), ("vet", "vet-okafor")],
    ),
    (
        "is the duty nurse in on tuesday",
        NURSES,
        [("nurse", "nurse-okoye"), ("nurse", "nurse-tran")],
    ),
    # ... and said as a choice among them, the choice is the engine's
    ("any GP slots weds?", GP, [("any GP", None)]),
    ("either of your physios on sat", PHYSIOS, [("either of your physios", None)]),
]

SERVICE: Cases = [
    # a role known only from ids or the titles of several doctors: the service asked for
    ("I need physio next week for my knee", PHYSIOS, []),
    ("physio asap pls, knee's swollen", PHYSIOS, []),
    ("what've u got for physio next fri", PHYSIOS, []),
    ("does insurance cover physio?", PHYSIOS, []),
    ("45 min physio session on sat?", PHYSIOS, []),
    ("can I see physio on thursday", PHYSIOS, []),
    ("a 45 minute appointment with a physiotherapist", PHYSIOS, []),
    ("the physio on Saturday please", PHYSIOS, []),
    ("GP today? back to back till 6", GP, []),
    ("GP appt pls, pref Tues", GP, []),
    ("need a GP tomorrow morning, nothing before 10", GP, []),
    ("could we get him a GP appointment on the 27th", GP, []),
    ("a doctor for my throat on friday?", GP, []),
    ("Can the doctor see her today? It is urgent", GP, []),
    ("is the GP in on Wednesday evening?", GP, []),
    ("need a vet Thursday before 10, failing that Friday", VETS, []),
    ("book a nurse visit for thursday", NURSES, []),
    ("mom needs a nurse today for her dressing", NURSES, []),
    # one who said something, the customer's own
    ("Doctor ne kaha ab zaroorat nahi", DOCTORS, []),
    ("vet said wait a few weeks before the spay", VETS, []),
    ("my nurse told me to book bloods", NURSES, []),
    ("his GP referred him for a scan", GP, []),
    # someone to come, any day, whatever's open, people at large
    ("Can someone come out tomorrow morning?", PESTS, []),
    ("could someone pop round saturday", PESTS, []),
    ("need someone out asap, wasps", PESTS, []),
    ("I would like someone to spray for ants", PESTS, []),
    ("koi bhi din chalega next week, bas Saturday nahi", STYLISTS, []),
    ("fri or sat, whatever's open", STYLISTS, []),
    ("the mare is nervy with men, thursday if you can", EQUINE, []),
]


@pytest.mark.parametrize(
    ("family", "case"),
    [("who", c) for c in WHO] + [("service", c) for c in SERVICE],
    ids=[f"who: {c[0]}" for c in WHO] + [f"service: {c[0]}" for c in SERVICE],
)
def test_role_as_who_or_service(family: str, case: tuple) -> None:
    message, resources, want = case
    got = [(m.text, m.resource_id) for m in find_resources(message, resources)]
    assert got == want


# "anyone" between two times: a bare comma beside it joins no times (the pipeline would
# read them as a list of choices, either will do); a word that makes a list still does
# ("Thursday, anyone, or Friday", as before).
NOW = "2026-03-02T09:00:00-05:00"
BETWEEN = [
    ("Tuesday morning, whoever is free, after 4", "after 4", False),
    ("mornings, any doc, after 4 on fridays", "after 4 on fridays", False),
    ("Sat 10am, con quien esté libre, 11am también", "11am", False),
    ("thursday, egal wer, ab 14 Uhr", "ab 14 Uhr", False),  # a bound since ground44
]


@pytest.mark.parametrize(("message", "time_text", "want"), BETWEEN, ids=[c[0] for c in BETWEEN])
def test_anyone_between_times_joins_them_only_with_a_list_word(
    message: str, time_text: str, want: bool
) -> None:
    from slotwise.extractor.candidate_finding import find_candidates
    from slotwise.extractor.reader.data import request_for

    cal = {
        "now": NOW,
        "timezone": "America/New_York",
        "duration_minutes": 60,
        "resources": [
            {"id": "dr-ho", "name": "Dr Ho", "open": []},
            {"id": "dr-li", "name": "Dr Li", "open": []},
        ],
    }
    candidates, _, _ = find_candidates(request_for(cal, message))
    said = {c.text: c for c in candidates}
    assert any(c.type == "resource" and c.resource_id is None for c in candidates)
    assert said[time_text].coordinated is want
