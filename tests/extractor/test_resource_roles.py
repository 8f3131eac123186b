"""Providers and rooms named by what they are rather than by name: a role in any language
("the nurse", "l'infirmière", "a dentista"), a choice among a role ("any inspector",
"qualquer médico"), a woman or a man ("the lady optician"), a size ("the 12-seater"), a
room's purpose in another language ("IRM"), a vessel's kind ("the sailing boat"); names
said in part ("Thabo" for "Thabo's bay", "Lucia" for "Lucía the PA", "Herr Weber"); and
"whoever is free" in the languages customers switch to.

Each case is a corpus example (`resources.find_resources`), written for the phrasing
family, not copied from a writer; a case that holds a negative (the customer's own nurse,
a doctor's note) holds the positive it must not be mistaken for beside it.
"""

from __future__ import annotations

import pytest
from slotwise.extractor.resources import find_resources

Cases = list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]]

KIDS_CLINIC = [
    ("dre-roy", "Dre Roy"),
    ("dr-lam", "Dr Lam"),
    ("inf-roux", "Infirmière Roux (vaccins)"),
]
FARM_VETS = [
    ("vet-kaur", "Dr Kaur"),
    ("vet-obrien", "Dr O'Brien (large animals)"),
    ("nurse-tayla", "Tayla (vet nurse)"),
]
NOTARY = [
    ("notar-weber", "Dr. Weber (notary)"),
    ("ra-yilmaz", "Frau Yilmaz (immigration lawyer)"),
    ("desk-cert", "Certification desk"),
]
SMILES = [
    ("dr-souza", "Dr Souza"),
    ("dr-pereira", "Dra Pereira (dentist)"),
    ("hyg-ana", "Ana (hygienist)"),
]
EYES = [
    ("optom-quinn", "Mrs Quinn (optometrist)"),
    ("optom-byrne", "Mr Byrne (optometrist)"),
    ("dr-mc", "Dr McAllister (ophthalmologist)"),
]
CHAPEL = [
    ("desk", "Licence desk"),
    ("chapel", "Rose chapel"),
    ("officiant-ray", "Reverend Ray (officiant)"),
]
PESTS = [("insp-dee", "Dee"), ("insp-raj", "Raj")]
SCANS = [("sono-ivy", "Ivy"), ("sono-kat", "Kat"), ("dr-pham", "Dr Pham")]
LIBRARY = [
    ("room-a", "Study room A (6 seats)"),
    ("room-b", "Study room B (12 seats)"),
    ("lib-sharma", "Dr Sharma (research librarian)"),
]
ROOFERS = [("est-nolan", "Nolan (estimator)"), ("crew-1", "Crew 1"), ("crew-2", "Crew 2")]
GP = [("dr-otto", "Dr Otto"), ("dr-ruiz", "Dr Ruiz"), ("np-cole", "NP Cole")]
FEET = [("pod-nguyen", "Dr Nguyen"), ("pod-harris", "Ms Harris")]
TUNERS = [("tuner-mei", "Mei"), ("tuner-oscar", "Oscar")]
PILOTS = [("pilot-mac", "Mackenzie"), ("pilot-tom", "Tom"), ("heli-desk", "Booking desk")]
GARAGE = [("bay-thabo", "Thabo's bay"), ("bay-annelie", "Annelie's bay")]
DETAILING = [("van-kai", "Kai's van (detailing)"), ("van-leilani", "Leilani's van (glass)")]
DINING = [("main", "the main dining room"), ("chefs", "the chef's table")]
CLINIC_PA = [("dr-morales", "Dr Morales"), ("pa-lucia", "Lucía the PA")]
THERAPY = [("physio-wei", "Wei Ling the physio"), ("tcm-tan", "Physician Tan")]
LANGUAGES = [("t-garcia", "Profesora Garcia"), ("t-chen", "Teacher Chen")]
PHYSIO = [("physio-gemma", "Gemma"), ("tcm-tan", "Physician Tan")]
ADVOCATES = [("advocate-w", "Advocate Wanjiru"), ("advocate-o", "Mr Otieno")]
PRACTICE = [("dr-evans", "Dr Evans"), ("nurse-bethan", "Bethan")]
LAW = [("adv-ms", "Ms. Albright"), ("adv-mr", "Mr. Castellano")]
IMAGING = [("mri-1", "MRI suite"), ("us-2", "ultrasound room 2")]
TRANSPORT = [("van-1", "van 1 (wheelchair lift)"), ("van-2", "van 2")]
BOATS = [("boat-vila", "the Vila (speedboat)"), ("boat-mare", "the Mare (sailing yacht)")]
STYLISTS = [("mia", "Mia"), ("jonah", "Jonah")]
LANES = [("lane-1", "lane 1"), ("lane-2", "lane 2 (trucks)")]
VISITING = [("rn-ade", "Nurse Ade"), ("pt-nuru", "Nurul (physio)"), ("rn-kim", "Nurse Kim")]
SPEECH = [("slp-megan", "Megan (speech therapist)"), ("ot-carlos", "Carlos (OT)"), ("gym", "Gym")]
SPA = [("anna", "Anna (massage therapist)"), ("sauna", "Sauna")]
AIRPORT = [
    ("counter", "Airport counter"),
    ("drv-kerwin", "Kerwin (driver)"),
    ("drv-anisa", "Anisa (driver)"),
]
FAMILY_LAW = [
    ("hollis", "Ms. Hollis"),
    ("chen", "Mr. Chen (mediator)"),
    ("conf", "Conference room"),
]
HOUSING_LAW = [
    ("gomez", "Ms. Gomez (housing)"),
    ("pierre", "Mr. Pierre (immigration)"),
    ("kim", "Kim (paralegal)"),
]
SMILE_BAR = [
    ("dr-ng", "Dr Ng"),
    ("dr-yeo", "Dr Yeo"),
    ("hyg-sue", "Sue (hygienist)"),
    ("desk", "Front desk"),
]
COWORK = [("sala-s", "Sala Pequeña (4 people)"), ("sala-g", "Sala Grande (12 people)")]
BOOTHS = [("booth", "Phone booth"), ("room-1", "Meeting room 1"), ("room-2", "Meeting room 2")]
# people named without a title: their given names say who is a woman or a man
PHYSIOS = [("p-niamh", "Niamh"), ("p-tomas", "Tomás")]
GP_TWO = [("dr-amina", "Dr. Amina"), ("dr-yusuf", "Dr. Yusuf"), ("desk", "Lab desk")]
DENTAL = [("dr-lim", "Dr. Lim"), ("dr-siti", "Dr. Siti Aishah"), ("dr-raj", "Dr. Rao")]
COUNSEL = [("c-beatriz", "Beatriz"), ("c-owen", "Owen (couples)")]
HOMECARE = [("rn-peter", "Nurse Peter"), ("ot-lucy", "Lucy (OT)"), ("rn-grace", "Nurse Grace")]
PHYSIO_TITLES = [("ph-osei", "Mr. Osei"), ("ph-abena", "Madam Abena"), ("gym", "Rehab gym")]
SCANNING = [("mri", "MRI scanner 1"), ("son-julia", "Julia (sonographer)")]
UNISEX = [("sam", "Sam"), ("kim", "Kim")]
FIXERS = [("tech-colin", "Colin"), ("tech-gemma", "Gemma")]

ROLES_SAID: Cases = [
    # a role one resource holds, in the customer's language, typed with or without accents
    ("can the nurse do Léo's jabs on tuesday", KIDS_CLINIC, [("the nurse", "inf-roux")]),
    ("jeudi avec linfirmiere si possible", KIDS_CLINIC, [("linfirmiere", "inf-roux")]),
    ("nurse pls, friday before 10", KIDS_CLINIC, [("nurse", "inf-roux")]),
    ("is the vet nurse in on saturday", FARM_VETS, [("the vet nurse", "nurse-tayla")]),
    ("need the notary on friday", NOTARY, [("the notary", "notar-weber")]),
    ("mit dem Notar am Montag", NOTARY, [("dem Notar", "notar-weber")]),
    ("un avocat pour mon visa", NOTARY, [("un avocat", "ra-yilmaz")]),
    ("quero a dentista na sexta", SMILES, [("a dentista", "dr-pereira")]),
    ("the consultant on thursday", EYES, [("the consultant", "dr-mc")]),
    ("chapel + rev at 4", CHAPEL, [("chapel", "chapel"), ("rev", "officiant-ray")]),
    ("with the officiant if he's around", CHAPEL, [("the officiant", "officiant-ray")]),
    ("la bibliothécaire mardi", LIBRARY, [("la bibliothécaire", "lib-sharma")]),
    ("the estimator for a quote on monday", ROOFERS, [("the estimator", "est-nolan")]),
    ("the PA pls, tomorrow at 10", CLINIC_PA, [("the PA", "pa-lucia")]),
    (
        "no con la asistente, con el médico",
        CLINIC_PA,
        [("la asistente", "pa-lucia"), ("el médico", "dr-morales")],
    ),
    ("the physio on monday", THERAPY, [("the physio", "physio-wei")]),
    (
        "con la asistente médica Lucía, el sábado",
        CLINIC_PA,
        [("la asistente médica", "pa-lucia"), ("Lucía", "pa-lucia")],
    ),
    (
        "the doctor for her ear, not the nurse",
        GP,
        [("the doctor", "dr-otto"), ("the doctor", "dr-ruiz"), ("the nurse", "np-cole")],
    ),
    # "my physio" is the visit, unless the customer's own said something
    # ... but a role known only from ids ("physio-gemma", "nurse-bethan"), said with no
    # choice, no contrast and no word that says which, is the service (no mention)
    ("can i move my physio to sat", PHYSIO, []),
    ("my physio said to rest, so the physio again on monday", PHYSIO, []),
    ("is the nurse's room downstairs? tuesday", PRACTICE, []),
    # the very word of one name, where the role is everyone's
    ("the advocate on friday", ADVOCATES, [("the advocate", "advocate-w")]),
    # a word said before the role that one holder's name has
    ("the large-animal vet for the cows", FARM_VETS, [("vet", "vet-obrien")]),
    # a role some resources hold: each of them, the engine picks
    (
        "the cow vet for thursday",
        FARM_VETS,
        [("vet", "vet-kaur"), ("vet", "vet-obrien")],
    ),
    ("sinon un médecin", KIDS_CLINIC, []),  # doctors by title alone: the service
    # the customer's own, or the customer being one, beside the business's
    (
        "my nurse told me to book, so the nurse on monday",
        KIDS_CLINIC,
        [("the nurse", "inf-roux")],
    ),
    (
        "I'm a nurse myself, so the nurse early please",
        KIDS_CLINIC,
        [("the nurse", "inf-roux")],
    ),
    ("mon médecin dit que l'infirmière peut le faire", KIDS_CLINIC, [("l'infirmière", "inf-roux")]),
    (
        "the doctor's note is fine, but the vet for Bella",
        FARM_VETS,
        [("the vet", "vet-kaur"), ("the vet", "vet-obrien")],
    ),
]

CHOICES: Cases = [
    ("any inspector, tuesday", PESTS, [("any inspector", None)]),
    (
        "either sonographer is fine",
        SCANS,
        [("either sonographer", None)],
    ),
    (
        "any sonographer, but not Dr Pham",
        SCANS,
        [("any sonographer", None), ("Dr Pham", "dr-pham")],
    ),
    ("koi bhi librarian, kal 10 baje", LIBRARY, [("koi bhi librarian", "lib-sharma")]),
    (
        "n'importe quel médecin demain",
        KIDS_CLINIC,
        [("n'importe quel médecin", None)],
    ),
    (
        "qualquer médico serve",
        SMILES,
        [("qualquer médico", None)],
    ),
    (
        "any optician, saturday morning",
        EYES,
        [("any optician", "optom-quinn"), ("any optician", "optom-byrne")],
    ),
    ("either of your podiatrists on the 18th", FEET, [("either of your podiatrists", None)]),
    ("Any tuner. The 15th", TUNERS, [("Any tuner", None)]),
    ("either tuner, mornings", TUNERS, [("either tuner", None)]),
    ("any pilot, sunset flight", PILOTS, [("any pilot", None)]),
    (
        "whichever pilot on friday",
        PILOTS,
        [("whichever pilot", None)],
    ),
    # a role known from ids or several doctors' titles alone: the choice is the engine's
    ("a doctor on wednesday", GP, []),  # ... and "a doctor" the service
    (
        "one of your doctors, thursday",
        GP,
        [("one of your doctors", None)],
    ),
    ("same rev as last time please", CHAPEL, [("same rev", None)]),
    ("same tuner, same time", TUNERS, [("same tuner", None)]),
]

NAMES: Cases = [
    # the owner of "Thabo's bay", typed with or without the possessive
    (
        "Thabo or Annelie, don't mind which",
        GARAGE,
        [("Thabo", "bay-thabo"), ("Annelie", "bay-annelie")],
    ),
    ("is thabo in on friday", GARAGE, [("thabo", "bay-thabo")]),
    ("can Kai come saturday", DETAILING, [("Kai", "van-kai")]),
    ("dont want kai tho, leilani", DETAILING, [("kai", "van-kai"), ("leilani", "van-leilani")]),
    (
        "kai or leilani, whoever's first",
        DETAILING,
        [("kai", "van-kai"), ("leilani", "van-leilani"), ("whoever's first", None)],
    ),
    ("chef table on friday", DINING, [("chef table", "chefs")]),
    ("we'd love the chef table", DINING, [("the chef table", "chefs")]),
    # the person of "Lucía the PA", accents or none
    ("Lucia available sat?", CLINIC_PA, [("Lucia", "pa-lucia")]),
    ("with lucia on thursday", CLINIC_PA, [("lucia", "pa-lucia")]),
    ("Annelie please, sunday", GARAGE, [("Annelie", "bay-annelie")]),
    # honorifics in the customer's language
    ("Herr Weber am Dienstag", NOTARY, [("Herr Weber", "notar-weber")]),
    ("señora pereira el martes", SMILES, [("señora pereira", "dr-pereira")]),
    ("Madame Roux mardi", KIDS_CLINIC, [("Madame Roux", "inf-roux")]),
    ("con la Sra. Pereira", SMILES, [("Sra. Pereira", "dr-pereira")]),
    ("Monsieur Lam jeudi", KIDS_CLINIC, [("Monsieur Lam", "dr-lam")]),
]

ANYONE_ABROAD: Cases = [
    ("hoy, con quien esté libre primero", STYLISTS, [("con quien esté libre primero", None)]),
    ("el viernes, quien sea", STYLISTS, [("quien sea", None)]),
    ("qualquer um dos dois que tiver vaga", STYLISTS, [("qualquer um dos dois", None)]),
    ("com quem estiver livre", STYLISTS, [("com quem estiver livre", None)]),
    ("Celui ou celle qui est libre.", STYLISTS, [("Celui ou celle qui est libre", None)]),
    ("demain avec qui est dispo", STYLISTS, [("qui est dispo", None)]),
    ("nimporte qui, merci", STYLISTS, [("nimporte qui", None)]),
    ("egal wer, Hauptsache früh", STYLISTS, [("egal wer", None)]),
    ("wer gerade frei ist", STYLISTS, [("wer gerade frei ist", None)]),
    ("kal subah, koi bhi chalega", STYLISTS, [("koi bhi chalega", None)]),
    ("jo bhi free ho", STYLISTS, [("jo bhi free ho", None)]),
    ("thursday, not fussy who", STYLISTS, [("not fussy who", None)]),
    ("a trial tomorrow, no matter which teacher", LANGUAGES, [("no matter which teacher", None)]),
    ("no wukkas on the pilot", PILOTS, [("no wukkas on the pilot", None)]),
    ("not fussed about where", STYLISTS, [("not fussed about where", None)]),
    # someone asked to come or to do the work
]

GENDER: Cases = [
    ("the lady optician please", EYES, [("the lady optician", "optom-quinn")]),
    ("not the man, the lady", EYES, [("the man", "optom-byrne"), ("the lady", "optom-quinn")]),
    ("a woman please, no exceptions", EYES, [("a woman", "optom-quinn")]),
    ("Lady optician ideally", EYES, [("Lady optician", "optom-quinn")]),
    ("not the gentleman optometrist", EYES, [("the gentleman optometrist", "optom-byrne")]),
    ("anyone but the fella", EYES, [("anyone", None), ("the fella", "optom-byrne")]),
    ("the female lawyer on friday", LAW, [("the female lawyer", "adv-ms")]),
    ("a male lawyer please", LAW, [("a male lawyer", "adv-mr")]),
    ("the lady for my feet", FEET, [("the lady", "pod-harris")]),
    ("mum wants the lady, gran doesn't care", EYES, [("the lady", "optom-quinn")]),
    # the customer's own people, or a man at the desk: not asked for
    ("my wife wants the lady", EYES, [("the lady", "optom-quinn")]),
    ("the man at the desk was kind; the lady on friday", EYES, [("the lady", "optom-quinn")]),
    (
        "NEXT friday, bay 2 guy if he's in, else the scooter guy",
        [("bay-1", "Bay 1"), ("bay-2", "Bay 2"), ("scooter-lin", "Mr Lin (scooters)")],
        [("bay 2", "bay-2"), ("guy", "scooter-lin")],
    ),
    # a title that says a woman in other words
    ("prefer the lady please", PHYSIO_TITLES, [("the lady", "ph-abena")]),
    ("a female physio if poss", PHYSIO_TITLES, [("a female physio", "ph-abena")]),
]

OTHER_WORDS: Cases = [
    # a role said by another word than the calendar's: "therapist", "PT" for a physio
    ("the therapist is supposed to come saturday", VISITING, [("the therapist", "pt-nuru")]),
    ("can the PT come monday at 10", VISITING, [("the PT", "pt-nuru")]),
    ("physical therapist on friday", VISITING, [("physical therapist", "pt-nuru")]),
    ("a therapist visit for dad, tuesday", VISITING, [("a therapist", "pt-nuru")]),
    (
        "either therapist has time on the 3rd?",
        SPEECH,
        [("either therapist", "ot-carlos"), ("either therapist", "slp-megan")],
    ),
    ("the therapist on monday", SPA, [("the therapist", "anna")]),
    # a role no name gives, beside the roles names give: the people whose names give none
    ("can i get in w the lawyer thurs morning?", FAMILY_LAW, [("the lawyer", "hollis")]),
    ("he needs to sit with a lawyer about visitation", FAMILY_LAW, [("a lawyer", "hollis")]),
    (
        "either the attorney or the mediator is fine",
        FAMILY_LAW,
        [("the attorney", "hollis"), ("the mediator", "chen")],
    ),
    (
        "need to talk to a lawyer asap",
        HOUSING_LAW,
        [("a lawyer", "gomez"), ("a lawyer", "pierre")],
    ),
    ("the dentist on friday", SMILE_BAR, [("the dentist", "dr-ng"), ("the dentist", "dr-yeo")]),
    ("my lawyer said to come in", FAMILY_LAW, []),
    ("the dentist on friday", FAMILY_LAW, []),
    # drivers by their role
    (
        "any driver except Kerwin, thursday",
        AIRPORT,
        [("any driver", "drv-kerwin"), ("any driver", "drv-anisa"), ("Kerwin", "drv-kerwin")],
    ),
    (
        "could a driver fetch us at 5:45?",
        AIRPORT,
        [("a driver", "drv-kerwin"), ("a driver", "drv-anisa")],
    ),
    # the customer's own, said in words no name has
    (
        "my therapist said to rest, so the nurse on monday",
        VISITING,
        [("the nurse", "rn-ade"), ("the nurse", "rn-kim")],
    ),
    ("I'm a PT myself", VISITING, []),
    # another role's phrase, or ids alone with words before it: not the generic word's
    (
        "a first evaluation with your speech therapist",
        [("slp-meg", "Ms Meg"), ("ot-carl", "Mr Carl")],
        [],
    ),
    ("pt is coming at 3", VISITING, []),
]

GIVEN_NAMES: Cases = [
    # the given names say it, past a title that says neither ("Dr.", "Nurse")
    ("I prefer the woman physio, monday am", PHYSIOS, [("the woman physio", "p-niamh")]),
    ("female therapist please, after 5", PHYSIOS, [("female therapist", "p-niamh")]),
    ("the male physio on the 14th", PHYSIOS, [("the male physio", "p-tomas")]),
    ("Lady doctor chahiye, kal subah", GP_TWO, [("Lady doctor", "dr-amina")]),
    ("any slots with a female doctor on Dec 22?", GP_TWO, [("a female doctor", "dr-amina")]),
    ("a lady doctor only, the kids are shy", GP_TWO, [("a lady doctor", "dr-amina")]),
    ("Nak doktor perempuan, Ahad pagi", DENTAL, [("doktor perempuan", "dr-siti")]),
    ("my wife prefers a lady dentist", DENTAL, [("a lady dentist", "dr-siti")]),
    ("woman counsellor is better for me", COUNSEL, [("woman counsellor", "c-beatriz")]),
    ("not comfortable talking to a man about this", COUNSEL, [("a man", "c-owen")]),
    ("a woman nurse monday", HOMECARE, [("a woman nurse", "rn-grace")]),
    ("a woman please for her scan", SCANNING, [("a woman", "son-julia")]),
    ("with the young lady again", FIXERS, [("the young lady", "tech-gemma")]),
    # one side known: the people whose names say nothing are the other
    ("the man is also ok", [("sam", "Sam"), ("aoife", "Aoife")], [("the man", "sam")]),
    (
        "not a male dentist please",
        DENTAL,
        [("a male dentist", "dr-lim"), ("a male dentist", "dr-raj")],
    ),
    # names borne by both say nothing: no one is named
    ("a female physio please", UNISEX, []),
    ("the man on friday", UNISEX, []),
    # someone else, the customer, or not a wish, where only names say it
    ("the boiler man is coming tuesday", FIXERS, []),
    ("your guy left a scratch", FIXERS, []),
    ("the girl said it takes 2 hours", FIXERS, []),
    ("I'm an older lady, mornings are best", FIXERS, []),
    ("I had a fellow out in 2024", FIXERS, []),
    ("is colin a bloke or a lady?", FIXERS, [("colin", "tech-colin")]),
    ("how much to desex a female kelpie", FIXERS, []),
    ("she's a good girl, mornings", FIXERS, []),
    ("a gentleman's cut on friday", FIXERS, []),
]

PLACES: Cases = [
    # by size, when the rooms give theirs
    ("give the big one", LIBRARY, [("the big one", "room-b")]),
    ("maybe the bigger one is safer", LIBRARY, [("the bigger one", "room-b")]),
    ("the small room pls", LIBRARY, [("the small room", "room-a")]),
    ("not the tiny one", LIBRARY, [("the tiny one", "room-a")]),
    (
        "8 of us, whichever is bigger",
        LIBRARY,
        [("8 of us", "room-b"), ("whichever is bigger", "room-b")],
    ),
    ("the 12-seater on tuesday", LIBRARY, [("the 12-seater", "room-b")]),
    ("bada room chahiye sunday", LIBRARY, [("bada room", "room-b")]),
    ("puedo reservar la sala chica hoy a las 3", COWORK, [("sala chica", "sala-s")]),
    ("sala chica el domingo 16", COWORK, [("sala chica", "sala-s")]),
    ("la sala chiquita mañana", COWORK, [("sala chiquita", "sala-s")]),
    # how many are coming: the rooms that seat them, where some are too small
    ("a room free tomorrow for 6 people?", COWORK, [("6 people", "sala-g")]),
    ("Somos 6, ocupamos sala el jueves", COWORK, [("Somos 6", "sala-g")]),
    ("something for a 5-person workshop, half day", COWORK, [("5-person", "sala-g")]),
    ("what's free on may 11 for a group of 7?", COWORK, [("group of 7", "sala-g")]),
    ("un espacio para 10 personas el viernes", COWORK, [("10 personas", "sala-g")]),
    ("we are 8 ppl, 25th afternoon", LIBRARY, [("we are 8", "room-b")]),
    ("for 8 of us on 1st March", LIBRARY, [("8 of us", "room-b")]),
    # ... every room seats them, none does, or the number is a time
    ("hey what's open tomorrow for 4 ppl?", COWORK, []),
    ("need somewhere for 30 people", COWORK, []),
    ("we are 5 at 6pm", LIBRARY, []),
    ("we'll be there at 7 tomorrow", LIBRARY, []),
    # the one place of a kind in the customer's language
    ("me das la cabina a las 10?", BOOTHS, [("la cabina", "booth")]),
    ("Cabina telefónica el jueves a las 6am", BOOTHS, [("Cabina", "booth")]),
    ("réserver la cabine demain", BOOTHS, [("la cabine", "booth")]),
    # a number as a speech-to-text keyboard spells it; never "to" or "for"
    ("lane won tomorrow", LANES, [("lane won", "lane-1")]),
    ("the truck in lane too at 9", LANES, [("lane too", "lane-2")]),
    ("lane for trucks, or lane won", LANES, [("trucks", "lane-2"), ("lane won", "lane-1")]),
    # what a room is for, in the customer's words or language
    ("mon IRM vendredi", IMAGING, [("IRM", "mri-1")]),
    ("une échographie de la thyroïde", IMAGING, [("échographie", "us-2")]),
    ("pelvic u/s thursday", IMAGING, [("u/s", "us-2")]),
    ("US tmrw 3pm?", IMAGING, [("US", "us-2")]),
    # a vehicle or vessel by its kind
    ("lift van plz, 6am", TRANSPORT, [("lift van", "van-1")]),
    ("the wheelchair van at 4", TRANSPORT, [("the wheelchair van", "van-1")]),
    ("not the sailing boat", BOATS, [("the sailing boat", "boat-mare")]),
    ("das Segelboot am Samstag", BOATS, [("Segelboot", "boat-mare")]),
    ("the motorboat tomorrow", BOATS, [("the motorboat", "boat-vila")]),
    (
        "The sailing one is a no, speed boat then",
        BOATS,
        [("The sailing one", "boat-mare"), ("speed boat", "boat-vila")],
    ),
    # "us" is the customer, "a big group" no room
    ("can you fit us in? a big group, the big room", LIBRARY, [("the big room", "room-b")]),
]


FAMILIES = {
    "a role names who holds it": ROLES_SAID,
    "a choice among a role": CHOICES,
    "a name said in part": NAMES,
    "whoever is free in other words": ANYONE_ABROAD,
    "a woman or a man by title": GENDER,
    "a woman or a man by given name": GIVEN_NAMES,
    "a role in other words": OTHER_WORDS,
    "a place by size, purpose or kind": PLACES,
}
CORPUS = [(family, case) for family, cases in FAMILIES.items() for case in cases]


@pytest.mark.parametrize(
    ("family", "case"), CORPUS, ids=[f"{family}: {case[0]}" for family, case in CORPUS]
)
def test_resource_roles_corpus(family: str, case: tuple) -> None:
    message, resources, want = case
    got = [(m.text, m.resource_id) for m in find_resources(message, resources)]
    assert got == want, family
