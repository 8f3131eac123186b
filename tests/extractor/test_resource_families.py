"""Resources named by what they are or what is done there, through the words of their
calendar name: the role that works in the field a name gives in brackets ("the dentist"
for "Dr. Demir (dental)", "the surgeon" for "Dr Okoro (surgery)", "the PT" and
"physical therapy" for "Farida (PT)"), what a line or a chamber is for ("video call",
"online" for "Video consultation line"; "cryotherapy" for "Cryo chamber"), a place named
in the Romance order ("la sala", "the rehearsal room" for "Sala de ensayo"), and what is
done at the one place of its kind ("bowling" for the one lane).

Each case is a corpus example (`resources.find_resources`), written for the phrasing
family; the last cases hold beside a mention what the words must leave alone: the
service a field names ("teeth cleaning"), a sport where courts are several, "cry" for
the cryo chamber, a role no resource holds.
"""

from __future__ import annotations

import pytest
from slotwise.extractor.resources import find_resources

Case = tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]

DENTAL_TOURISM = [
    ("dr-kaya", "Dr. Kaya"),
    ("dr-ozer", "Dr. Özer (dental)"),
    ("video-line", "Video consultation line"),
]
HOSPITAL = [
    ("dr-reid", "Dr Reid (surgery)"),
    ("dr-hale", "Dr Hale (internal medicine)"),
    ("mri", "MRI suite"),
]
HOME_CARE = [
    ("rn-ade", "Nurse Ade"),
    ("pt-rosa", "Rosa (PT)"),
    ("rn-lee", "Nurse Lee"),
]
RECOVERY = [("ther-iona", "Iona"), ("ther-fraser", "Fraser"), ("cryo", "Cryo chamber")]
MUSIC_SCHOOL = [
    ("prof-ana", "Ana (violín)"),
    ("prof-tomas", "Tomás (batería)"),
    ("rehearsal-1", "Sala de ensayo"),
]
LEISURE = [("room-crypt", "The Crypt room"), ("room-attic", "The Attic room"), ("lane-7", "Lane 7")]
TWO_DENTISTS = [("dr-ng", "Dr Ng (dental)"), ("dr-ong", "Dr Ong (dental)"), ("hyg-may", "May")]
CLINIC_LAB = [
    ("dr-moss", "Dr. Moss"),
    ("np-hart", "Nurse Practitioner Hart"),
    ("lab", "Lab station"),
]
PHYSIO_IDS = [
    ("physio-amy", "Amy"),
    ("physio-ben", "Ben"),
    ("video-line", "Video consultation line"),
]
SALAS = [("room-s", "Sala Pequeña"), ("room-l", "Sala Grande"), ("lane-3", "Lane 3")]
COURT_AND_LANE = [("court-1", "Court 1"), ("court-2", "Court 2"), ("lane-5", "Lane 5")]

FAMILIES: dict[str, list[Case]] = {
    "the role of the field a name gives in brackets": [
        ("Is the dentist in on Saturday morning?", DENTAL_TOURISM, [("the dentist", "dr-ozer")]),
        ("could I see the dentist fri after 2", DENTAL_TOURISM, [("the dentist", "dr-ozer")]),
        (
            "Check-up with the dentist before my flight on the 3rd",
            DENTAL_TOURISM,
            [("the dentist", "dr-ozer")],
        ),
        ("w the dentist tmrw pls", DENTAL_TOURISM, [("the dentist", "dr-ozer")]),
        ("Your dentist, Monday at 10?", DENTAL_TOURISM, [("Your dentist", "dr-ozer")]),
        (
            "I'd like the surgeon to look at my knee next week",
            HOSPITAL,
            [("the surgeon", "dr-reid")],
        ),
        ("Can the surgeon see me Thursday?", HOSPITAL, [("the surgeon", "dr-reid")]),
        ("internal med on the 4th please", HOSPITAL, [("internal med", "dr-hale")]),
        (
            "an appointment with the internist, any morning",
            HOSPITAL,
            [("the internist", "dr-hale")],
        ),
        ("can an internist see me Monday", HOSPITAL, [("an internist", "dr-hale")]),
        ("need the physio to come Tuesday at 4", HOME_CARE, [("the physio", "pt-rosa")]),
        ("Physical therapy for my mother on Sunday", HOME_CARE, [("Physical therapy", "pt-rosa")]),
        (
            "when is the physical therapist free next week?",
            HOME_CARE,
            [("the physical therapist", "pt-rosa")],
        ),
        ("physiotherapy for dad monday 3pm", HOME_CARE, [("physiotherapy", "pt-rosa")]),
        (
            "a dentist on Tuesday, not the hygienist",
            TWO_DENTISTS,
            [("a dentist", "dr-ng"), ("a dentist", "dr-ong"), ("the hygienist", "hyg-may")],
        ),
    ],
    "what a line or a chamber is for": [
        ("Video call on Monday at 6 please", DENTAL_TOURISM, [("Video", "video-line")]),
        ("can we do it by video? any evening", DENTAL_TOURISM, [("video", "video-line")]),
        ("any video slots on the weekend?", DENTAL_TOURISM, [("video", "video-line")]),
        (
            "I'd like an online consultation tomorrow morning",
            DENTAL_TOURISM,
            [("online", "video-line")],
        ),
        ("a virtual appointment on Wednesday", DENTAL_TOURISM, [("virtual", "video-line")]),
        ("Zoom consult at 9 my time?", DENTAL_TOURISM, [("Zoom", "video-line")]),
        ("book a cryotherapy session Friday", RECOVERY, [("cryotherapy", "cryo")]),
        ("Crioterapia el sábado por la mañana", RECOVERY, [("Crioterapia", "cryo")]),
        ("is the chamber free at noon", RECOVERY, [("the chamber", "cryo")]),
    ],
    "a place named in the Romance order": [
        ("queremos la sala el sábado a la tarde", MUSIC_SCHOOL, [("la sala", "rehearsal-1")]),
        ("Sala para mañana de 20 a 22", MUSIC_SCHOOL, [("Sala", "rehearsal-1")]),
        ("necesito sala dos horas el jueves", MUSIC_SCHOOL, [("sala", "rehearsal-1")]),
        (
            "can we get the rehearsal room friday night",
            MUSIC_SCHOOL,
            [("rehearsal", "rehearsal-1")],
        ),
        ("Rehearsal space for 3 hours on Sunday?", MUSIC_SCHOOL, [("Rehearsal", "rehearsal-1")]),
    ],
    "a place noun in other words, before its number; the one place in the plural": [
        ("queremos la cancha 2 el domingo", COURT_AND_LANE, [("cancha 2", "court-2")]),
        ("ct 1 wed 6-8p?", COURT_AND_LANE, [("ct 1", "court-1")]),
        ("Pista 2 for an hour on Friday", COURT_AND_LANE, [("Pista 2", "court-2")]),
        ("not ct. 2 please, tuesday am", COURT_AND_LANE, [("ct. 2", "court-2")]),
        ("book the labs Tuesday morning", CLINIC_LAB, [("the labs", "lab")]),
        ("are your labs open before 8?", CLINIC_LAB, [("your labs", "lab")]),
        ("my labs are due, so the labs at 8", CLINIC_LAB, [("the labs", "lab")]),
    ],
    "what is done at the one place of its kind": [
        ("bowling for six on Saturday at 3", LEISURE, [("bowling", "lane-7")]),
        ("can we do Bowling thurs after 5", LEISURE, [("Bowling", "lane-7")]),
        ("ten-pin then the crypt at 8?", LEISURE, [("ten-pin", "lane-7"), ("crypt", "room-crypt")]),
        ("a tenpin party for the kids sunday", LEISURE, [("tenpin", "lane-7")]),
    ],
    "and what they leave alone beside it": [
        # the service a field names is unlabelled by writers ("teeth", "cleaning")
        ("teeth cleaning with the dentist at 10", DENTAL_TOURISM, [("the dentist", "dr-ozer")]),
        # a sport where courts are several names none of them
        ("tennis Saturday, or bowling if wet", COURT_AND_LANE, [("bowling", "lane-5")]),
        # "cry" is no clipped "cryo"
        ("he'll cry if it's cold, so cryotherapy at 2?", RECOVERY, [("cryotherapy", "cryo")]),
        # no surgeon here: only the dentist is named
        ("not a surgeon, the dentist on Monday", DENTAL_TOURISM, [("the dentist", "dr-ozer")]),
        ("no cirugía, solo dentista el lunes", DENTAL_TOURISM, [("dentista", "dr-ozer")]),
        # the service word of a role known from ids alone names no one
        (
            "I have the week off for physiotherapy, or a video call",
            PHYSIO_IDS,
            [("video", "video-line")],
        ),
        # a Spanish "a" and an article before a place noun make no choice of a kind
        (
            "ya no voy a necesitar la sala grande, solo bowling",
            SALAS,
            [("sala grande", "room-l"), ("bowling", "lane-3")],
        ),
    ],
}
CORPUS = [(family, case) for family, cases in FAMILIES.items() for case in cases]


@pytest.mark.parametrize(("family", "case"), CORPUS, ids=[f"{f}: {c[0][:40]}" for f, c in CORPUS])
def test_resource_families_corpus(family: str, case: Case) -> None:
    message, resources, want = case
    got = [(m.text, m.resource_id) for m in find_resources(message, resources)]
    assert got == want, family
