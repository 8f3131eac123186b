"""Resource mentions: each form with the examples it must find, and the texts it must
leave alone (a corpus, as for grounding)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from slotwise.extractor.grounding import ground
from slotwise.extractor.resources import find_resources, without_numbered_names

NY = "America/New_York"
REF = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo(NY))

CLINIC = [
    ("dr-okafor", "Dr. Okafor"),
    ("dr-lindqvist", "Dr. Lindqvist"),
    ("np-reyes", "Nurse Practitioner Reyes"),
]
LAW = [("ms-albright", "Ms. Albright"), ("mr-castellano", "Mr. Castellano")]
GARAGE = [("bay-1", "Bay 1"), ("bay-2", "Bay 2")]
SALON = [("mia", "Mia"), ("jonah", "Jonah"), ("priya", "Priya")]
IMAGING = [("mri-1", "MRI suite"), ("us-2", "Ultrasound room 2"), ("room-main", "Main room")]
COWORK = [("elbe", "Elbe room"), ("booth-1", "Phone booth 1"), ("sauna", "Sauna")]
VANS = [("van-1", "Van 1"), ("van-2", "Van 2")]
ADVISING = [("adv-obrien", "Dr. O'Brien"), ("adv-patel", "Ms. Patel")]
IMMIGRATION = [("atty-haddad", "Attorney Haddad"), ("notary-kim", "Notary Kim")]
TWO_DRS = [("dr-kim", "Dr. Kim"), ("dr-king", "Dr. King"), ("dr-haddad", "Dr. Haddad")]
VET = [("dr-hale", "Dr. Hale"), ("groomer-sol", "Sol (groomer)")]
TWO_GROOMERS = [("sol", "Sol (groomer)"), ("ana", "Ana (groomer)"), ("dr-hale", "Dr. Hale")]
GOLF = [("old", "the Old Course"), ("gordon", "Gordon (club pro)"), ("sim", "the simulator bay")]
SPA = [("flot-suite", "the flotation suite"), ("sauna", "Sauna room"), ("saturn", "Saturn room")]
TWO_PROS = [("gordon", "Gordon (club pro)"), ("isla", "Isla (teaching pro)")]
MUSIC = [("lachlan", "Lachlan (guitar, drums)"), ("mei", "Mei (piano, singing)")]
BARBERS = [("kwame", "Kwame"), ("leah", "Leah (brows, braids)")]
TWO_PIANOS = [("mei", "Mei (piano, singing)"), ("tom", "Tom (piano & organ)")]
PEDIATRIC = [
    ("dr-tremblay", "Dre Tremblay"),
    ("dr-nguyen", "Dr Nguyen"),
    ("inf-gagnon", "Infirmière Gagnon (vaccines)"),
]
GROOMING = [("vet-aroha", "Dr Aroha"), ("groomer-sam", "Sam the groomer")]
# letters after a comma, as a name's brackets: "Marc Leblanc, CPA"
LETTERED = [
    ("cpa-singh", "Priya Singh, CPA"),
    ("cpa-leblanc", "Marc Leblanc, CPA"),
    ("dds-ruiz", "Ana Ruiz, DDS, MS"),
    ("dr-obi", "Dr. Ngozi Obi, Ph.D."),
    ("hale", "Tom Hale, Jr."),
]
SPANISH_CLINIC = [("dra-lopez", "Dra. López"), ("enf-ruiz", "Enfermera Ruiz")]
CHAPEL = [("chapel-rose", "Rose chapel"), ("officiant-ray", "Reverend Ray (officiant)")]
CLINIC_NO_NURSE = [("dr-lopez", "Dr. López"), ("dr-tan", "Dr. Tan")]
LIBRARY = [
    ("room-3", "study room 3"),
    ("room-4", "study room 4"),
    ("adv", "careers adviser Jansen"),
]
CLUB = [("court-1", "court 1"), ("court-2", "court 2"), ("coach", "coach Ines")]
HOME_CARE = [("nurse-amelie", "nurse Amélie"), ("coord-davis", "care coordinator Davis")]
DENTAL = [("dr-lee", "Dr. Lee"), ("hyg-sam", "dental hygienist Sam")]
EVENTS = [("plan-jo", "wedding planner Jo"), ("florist-ray", "Ray (florist)")]
TWO_STYLISTS = [("amy", "junior stylist Amy"), ("jo", "senior stylist Jo")]
MEETING = [("tejo", "Tejo meeting room"), ("douro", "Douro meeting room")]
ROOMS = [("room-3", None), ("room-4", None)]
REHEARSAL = [("room-a", "Room A"), ("studio-1", "Studio 1 with an engineer")]
SCANS = [
    ("mri-1", "MRI scanner 1"),
    ("us-2", "Ultrasound room 2"),
    ("sono-h", "Helen (sonographer)"),
]
DOORS = [("tech-ray", "Ray"), ("van-2", "Van 2 (garage doors)")]
SCALP = [("dsn-jiwoo", "Jiwoo (designer)"), ("room-scalp", "Scalp spa room")]
THAI_SPA = [("ther-nok", "Khun Nok"), ("room-couple", "Couples' suite")]
LASERS = [("laser-1", "Laser machine"), ("dr-ito", "Dr. Ito")]
MOVERS = [("crew-a", "Crew A (Mick and Tama)"), ("office-kim", "Kim at the office")]
TWO_STUDIOS = [("studio-a", "Studio A"), ("studio-b", "Studio B"), ("eng", "engineer Dave")]
ONE_COURT = [("court-1", "Court 1"), ("coach", "coach Ines")]

# (message, resources, [(mention text, resource id or None for "anyone")])
CASES: list[tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]] = [
    # names, surnames, ids
    ("dr okafor pls", CLINIC, [("dr okafor", "dr-okafor")]),
    ("reyes, wed, after 6", CLINIC, [("reyes", "np-reyes")]),
    ("Nurse Practitioner Reyes please", CLINIC, [("Nurse Practitioner Reyes", "np-reyes")]),
    ("can i get bay 2", GARAGE, [("bay 2", "bay-2")]),
    # a title and the surname's initial, when only one surname starts so
    ("dr l on tues", CLINIC, [("dr l", "dr-lindqvist")]),
    ("dr o asap", CLINIC, [("dr o", "dr-okafor")]),
    ("Dr. O pls tmrw", CLINIC, [("Dr. O", "dr-okafor")]),
    ("end of the day fri, dr o", CLINIC, [("dr o", "dr-okafor")]),
    ("I'd like Mr C on Monday", LAW, [("Mr C", "mr-castellano")]),
    ("ms a if she's free", LAW, [("ms a", "ms-albright")]),
    ("dr k please", TWO_DRS, []),  # Kim or King: not said
    ("dr h please", TWO_DRS, [("dr h", "dr-haddad")]),
    # role words that only one resource has
    ("nurse practitioner is fine", CLINIC, [("nurse practitioner", "np-reyes")]),
    ("can the Nurse Practitioner see me", CLINIC, [("the Nurse Practitioner", "np-reyes")]),
    # what a room is for, when no other room is for it; never a common word
    ("need an ultrasound on friday", IMAGING, [("ultrasound", "us-2")]),
    ("is the MRI free tmrw", IMAGING, [("MRI", "mri-1")]),
    ("the main thing is it has to be early", IMAGING, []),
    ("ultrasounds are on which days?", IMAGING, [("ultrasounds", "us-2")]),
    ("can I phone you back about the Elbe", COWORK, [("Elbe", "elbe")]),
    ("any slot on the phone", COWORK, []),
    ("not the booth pls, elbe or whatever", COWORK, [("the booth", "booth-1"), ("elbe", "elbe")]),
    ("can i get the suite at 9", IMAGING, [("the suite", "mri-1")]),
    # a place noun first in the name, when no other resource is one
    ("can we get the studio sunday? need to track vocals", REHEARSAL, [("the studio", "studio-1")]),
    ("any chance of 4 hrs in the studio tmrw after 7", REHEARSAL, [("the studio", "studio-1")]),
    (
        "not the studio this time, room a",
        REHEARSAL,
        [("the studio", "studio-1"), ("room a", "room-a")],
    ),
    ("the studio on friday", TWO_STUDIOS, []),  # A or B: not said
    ("is the court free sat morning", ONE_COURT, [("the court", "court-1")]),
    ("room for 6 people", COWORK, []),  # every room is a room
    # a surname one letter off
    ("dec 10 w dr lindquist", CLINIC, [("dr lindquist", "dr-lindqvist")]),
    ("lindqvst", CLINIC, []),  # a letter missing is not read (alright / Albright)
    ("castellanno on friday", LAW, [("castellanno", "mr-castellano")]),
    ("okafur tomorrow", CLINIC, [("okafur", "dr-okafor")]),
    ("alright, can I book for Monday", LAW, []),
    ("thursday with Ms Allbright", LAW, [("Ms Allbright", "ms-albright")]),
    # the choice left to the engine
    # a doctor where a nurse practitioner works too: the doctors (`resource_roles.py`)
    ("sun is the only day i can do, any doc", CLINIC, [("any doc", None)]),
    ("any dr thurs aft", CLINIC, [("any dr", None)]),
    ("do any of the docs have fri", CLINIC, [("any of the docs", None)]),
    ("any of your stylists is fine", SALON, [("any of your stylists", None)]),
    ("any of the lads or lasses", SALON, [("any of the lads or lasses", None)]),
    ("any tutor", [], [("any tutor", None)]),
    ("either counsellor is fine, thursday if poss", SALON, [("either counsellor", None)]),
    ("whichever nurse, not fussed", SALON, [("whichever nurse", None)]),
    ("any pharmacist is fine x", SALON, [("any pharmacist", None)]),
    ("whichever engineer. as long as its the morning", SALON, [("whichever engineer", None)]),
    ("the engineer said he needs a part", SALON, []),
    ("whichever day suits", SALON, []),
    ("Either attorney is fine.", LAW, [("Either attorney", None)]),
    ("any bay any time monday", GARAGE, [("any bay", None)]),
    ("whoevers free next tues", CLINIC, [("whoevers free", None)]),
    ("any1 free rn", CLINIC, [("any1 free", None)]),
    ("flu shot, dont care who", CLINIC, [("dont care who", None)]),
    ("I don't mind who", SALON, [("I don't mind who", None)]),
    ("Not fussed who with", SALON, [("Not fussed who with", None)]),
    ("dont care which bay", GARAGE, [("dont care which bay", None)]),
    ("whichever stylist has the earliest", SALON, [("whichever stylist", None)]),
    ("could i see someone tmrw", CLINIC, [("see someone", None)]),
    ("could someone see me mon", CLINIC, [("someone", None)]),
    ("would any of you be free", SALON, [("any of you", None)]),
    # "either" alone opening a message: the answer to a choice of two providers
    ("oh ok, either is fine then", CLINIC, [("either", None)]),
    ("actually either is fine", SALON, [("either", None)]),
    ("Honestly either is fine, I just need to get in", CLINIC, [("either", None)]),
    ("Either would be acceptable for the consultation.", LAW, [("Either", None)]),
    ("ok no problem, either one", CLINIC, [("either one", None)]),
    ("either's fine tbh", SALON, [("either", None)]),
    ("Yes, either works. Thursday morning?", VET, [("either", None)]),
    ("fine either one", LAW, [("either one", None)]),
    # ... not after two days or times, and not with a noun that is no provider
    ("the 8th or the 9th, either is fine", CLINIC, []),
    ("Tuesday afternoon or Wednesday afternoon, either is fine", SALON, []),
    ("darkroom on the 22nd: 10am? 11am? either is fine", SALON, []),
    ("either day works for me", CLINIC, []),
    ("either way, thanks", SALON, []),
    ("Either morning or afternoon", CLINIC, []),
    ("any time tomorrow", CLINIC, []),
    ("so either before or after", CLINIC, []),
    ("whichever vet's on", VET, [("whichever vet's on", None)]),
    ("Either preparer is fine with us.", LAW, [("Either preparer", None)]),
    ("next wed, btwn 10 and 2. either designer", SALON, [("either designer", None)]),
    ("Hannah straight after, with whichever tailor is free.", SALON, [("whichever tailor", None)]),
    # the same in Tagalog, Spanish and French
    ("Pwede po ba bukas ng hapon? Kahit sino po.", CLINIC, [("Kahit sino po", None)]),
    ("sige kahit sino na lang po", CLINIC, [("kahit sino", None)]),
    ("tapos ako din po pala, pero Thursday umaga, kahit sino", SALON, [("kahit sino", None)]),
    ("cualquiera de ustedes esta bien", LAW, [("cualquiera de ustedes", None)]),
    ("y mi wife a las 5, con cualquiera", SALON, [("con cualquiera", None)]),
    ("con cualquier doctor, el martes", CLINIC, [("con cualquier doctor", None)]),
    ("el lunes o el martes, cualquiera", CLINIC, []),  # either day
    ("cualquier día de la semana", CLINIC, []),
    ("Dr Cohen ou n'importe qui.", CLINIC, [("n'importe qui", None)]),
    ("peu importe qui, mardi matin", SALON, [("peu importe qui", None)]),
    ("n'importe quel jour sauf lundi", CLINIC, []),
    # a place noun only one resource has, with or without "the"; a numbered name
    # without its number, when only one resource is so named
    ("booth 2h tmrw", COWORK, [("booth", "booth-1")]),
    ("we booked booth for fri", COWORK, [("booth", "booth-1")]),
    ("can our booth slot move", COWORK, [("our booth", "booth-1")]),
    ("Need the phone booth ASAP", COWORK, [("phone booth", "booth-1")]),
    ("any bay", GARAGE, [("any bay", None)]),
    ("the bay is fine", GARAGE, []),  # two bays: "the bay" names neither
    # a numbered name said with a number word or an ordinal
    ("van one pls, 12th", VANS, [("van one", "van-1")]),
    ("the 2nd van", VANS, [("the 2nd van", "van-2")]),
    ("second van if poss", VANS, [("second van", "van-2")]),
    ("van number 2 on sat", VANS, [("van number 2", "van-2")]),
    ("bay two, tuesday", GARAGE, [("bay two", "bay-2")]),
    ("the first bay", GARAGE, [("the first bay", "bay-1")]),
    ("either van is fine", VANS, [("either van", None)]),
    ("any planner", [], [("any planner", None)]),
    # a name typed without its apostrophe or hyphen
    ("thursday. 9. obrien.", ADVISING, [("obrien", "adv-obrien")]),
    ("dr o brien thurs", ADVISING, [("dr o brien", "adv-obrien")]),
    ("Dr. O’Brien pls", ADVISING, [("Dr. O’Brien", "adv-obrien")]),
    # another word for the role a name holds
    ("I need to see the lawyer", IMMIGRATION, [("the lawyer", "atty-haddad")]),
    ("a solicitor please", IMMIGRATION, [("a solicitor", "atty-haddad")]),
    ("any lawyer", LAW, [("any lawyer", None)]),
    # the English word for a role a name gives in the business's language, and a title's
    # clipping
    # "X the groomer": a word after "the" that is no role of the table is said alone
    (
        "it has to be the vet not the groomer",
        GROOMING,
        [("vet", "vet-aroha"), ("groomer", "groomer-sam")],
    ),
    ("a full groom with your groomer", GROOMING, [("groomer", "groomer-sam")]),
    ("flu shots with the nurse on Wednesday", PEDIATRIC, [("the nurse", "inf-gagnon")]),
    ("the vaccine nurse please", PEDIATRIC, [("nurse", "inf-gagnon")]),
    ("Mornings, nurse if she's in", PEDIATRIC, [("nurse", "inf-gagnon")]),
    ("pas avec l'infirmière svp", PEDIATRIC, [("l'infirmière", "inf-gagnon")]),
    ("can the nurse do both kids", SPANISH_CLINIC, [("the nurse", "enf-ruiz")]),
    ("la enfermera por favor", SPANISH_CLINIC, [("la enfermera", "enf-ruiz")]),
    ("chapel + rev pls", CHAPEL, [("chapel", "chapel-rose"), ("rev", "officiant-ray")]),
    ("We'd love the rev. at 6", CHAPEL, [("the rev", "officiant-ray")]),
    ("not the nurse, a doctor please", CLINIC_NO_NURSE, []),
    # a role the name gives in brackets, and the one doctor by what customers call one
    ("Anything free with the groomer this Friday?", VET, [("groomer", "groomer-sol")]),
    ("can sol do a bath n brush", VET, [("sol", "groomer-sol")]),
    ("w the vet", VET, [("vet", "dr-hale")]),
    ("Need the doc to look at her ear", VET, [("doc", "dr-hale")]),
    ("is the GP in on monday", VET, [("GP", "dr-hale")]),
    ("any vet is fine", VET, [("any vet", None)]),
    ("the groomer please", TWO_GROOMERS, []),
    # a name with letters after a comma, said without them, or its surname alone
    ("He prefers Marc Leblanc, if possible.", LETTERED, [("Marc Leblanc", "cpa-leblanc")]),
    ("with Priya Singh on the 15th", LETTERED, [("Priya Singh", "cpa-singh")]),
    ("Mr. Leblanc please", LETTERED, [("Mr. Leblanc", "cpa-leblanc")]),
    ("is dr ruiz in on friday", LETTERED, [("dr ruiz", "dds-ruiz")]),
    ("Dr Obi if she's free", LETTERED, [("Dr Obi", "dr-obi")]),
    ("hale would be great", LETTERED, [("hale", "hale")]),
    ("Ana please", TWO_GROOMERS, [("Ana", "ana")]),
    ("the vet please", TWO_DRS, []),
    # a name said without its article; what a room is for after "the", and clipped
    ("simulator bay fri", GOLF, [("simulator bay", "sim")]),
    ("the simulator bay fri", GOLF, [("the simulator bay", "sim")]),
    ("old course sat am", GOLF, [("old course", "old")]),
    ("sim sunday 8am?", GOLF, [("sim", "sim")]),
    ("if it rains we'll take the sim instead", GOLF, [("sim", "sim")]),
    ("any sims free tonight", GOLF, [("sims", "sim")]),
    ("the simulator at 7", GOLF, [("simulator", "sim")]),
    ("the flotation tank, or a float if that's cheaper", SPA, [("flotation", "flot-suite")]),
    ("sat morning, the saturn if poss", SPA, [("saturn", "saturn")]),
    ("a simple question about fees", GOLF, []),
    ("similar time to last week", GOLF, []),
    ("same again sat", SPA, []),
    # the head noun of a role in brackets, after a determiner
    ("can the pro see me tues", GOLF, [("the pro", "gordon")]),
    ("a lesson with your pro on friday", GOLF, [("your pro", "gordon")]),
    ("lesson with the club pro", GOLF, [("club pro", "gordon")]),
    ("pro rata fees for juniors?", GOLF, []),
    ("the pros and cons of a lesson", GOLF, []),
    ("the pro please", TWO_PROS, []),
    ("the teaching pro please", TWO_PROS, [("teaching pro", "isla")]),
    # what a list in brackets says a resource does, and its singular or plural
    ("looking to get my son started on guitar", MUSIC, [("guitar", "lachlan")]),
    ("ok sick. drums thursday after 5 then?", MUSIC, [("drums", "lachlan")]),
    ("can he try a drum lesson fri", MUSIC, [("drum", "lachlan")]),
    ("Piano for Olivia on Tuesday please", MUSIC, [("Piano", "mei")]),
    ("and his sister straight after for singing pls", MUSIC, [("singing", "mei")]),
    ("brows sat morning?", BARBERS, [("brows", "leah")]),
    ("can i get a brow tint after", BARBERS, [("brow", "leah")]),
    ("braids next week", BARBERS, [("braids", "leah")]),
    ("organ lessons weds", TWO_PIANOS, [("organ", "tom")]),
    ("piano pls", TWO_PIANOS, []),
    ("the guitar's strings are old", MUSIC, []),
    ("she sings in a choir", MUSIC, []),
    ("a drummer friend", MUSIC, []),
    # a provider named by another booking's: the same one, or the other one (no resource:
    # the session gives it, `extractor/resource_same.py`)
    (
        "And then my daughter straight after me, with the same stylist please",
        SALON,
        [("with the same stylist", None)],
    ),
    (
        "and then my partner straight after, same therapist if that works",
        SALON,
        [("same therapist", None)],
    ),
    ("Same doctor please, afternoon time", CLINIC, [("Same doctor", None)]),
    (
        "His sister would also like a lesson with the same teacher",
        MUSIC,
        [("with the same teacher", None)],
    ),
    ("oh ya can book her right after me? same coach", CLUB, [("same coach", None)]),
    (
        "and then her right after mine, same accountant if you can",
        SALON,
        [("same accountant", None)],
    ),
    ("sweet, and the pup straight after, same dude", SALON, [("same dude", None)]),
    ("Dad next, if the same carer can go on", CLINIC, [("the same carer", None)]),
    ("my brother too, with the same photographer", SALON, [("with the same photographer", None)]),
    ("same bloke as last time pls", GARAGE, [("same bloke", None)]),
    ("y yo a la 1:30, con la misma persona", SALON, [("con la misma persona", None)]),
    ("could she go at the same time with the other girl?", SALON, [("with the other girl", None)]),
    (
        "can she come in at the same time with the other lady?",
        SALON,
        [("with the other lady", None)],
    ),
    ("can book her same time but with the other coach?", CLUB, [("with the other coach", None)]),
    (
        "a gel manicure at the same time as her please? whoever isn't doing hers",
        SALON,
        [("whoever isn't doing hers", None)],
    ),
    ("Then the other doctor is fine.", CLINIC, [("the other doctor", None)]),
    ("same time same day pls", SALON, []),
    ("my daughter wants the same", SALON, []),
    ("I saw her the other day", SALON, []),
    ("the other one works", SALON, []),
    # a kind of resource with "a", "any", "either", "whichever", "both": each resource of
    # the kind where the business books others too, else the choice left to the engine
    ("can I get a room thursday arvo", LIBRARY, [("a room", "room-3"), ("a room", "room-4")]),
    (
        "is there a quiet study room free tonight",
        LIBRARY,
        [("a quiet study room", "room-3"), ("a quiet study room", "room-4")],
    ),
    (
        "whichever court's free, sat 9am",
        CLUB,
        [("whichever court's free", "court-1"), ("whichever court's free", "court-2")],
    ),
    ("any courts left for tonight?", CLUB, [("any courts", "court-1"), ("any courts", "court-2")]),
    (
        "could we have both courts for the tournament",
        CLUB,
        [("both courts", "court-1"), ("both courts", "court-2")],
    ),
    ("either room is fine", MEETING, [("either room", None)]),
    ("any room free sunday night?", LIBRARY, [("any room", "room-3"), ("any room", "room-4")]),
    ("the room was cold last time", LIBRARY, []),
    ("a chat about rooms", LIBRARY, []),
    ("book a room 3 slot", LIBRARY, [("room 3", "room-3")]),
    ("a room please", ROOMS, [("a room", None)]),
    # a number said after a numbered name with "or" / "and": the same noun's number
    ("room 3 or 4 tmrw from 6", LIBRARY, [("room 3", "room-3"), ("4", "room-4")]),
    ("Court 1 and 2 for the morning", CLUB, [("Court 1", "court-1"), ("2", "court-2")]),
    ("room 3 or 4pm", LIBRARY, [("room 3", "room-3")]),
    ("court 2 for 1 hour", CLUB, [("court 2", "court-2")]),
    # a name's own word before the common words and the place noun
    ("Tejo tmrw at 9?", MEETING, [("Tejo", "tejo")]),
    ("is douro free at 2", MEETING, [("douro", "douro")]),
    ("the meeting room please", MEETING, []),
    # the last word of a role of several, after an article ("care coordinator Davis":
    # "the coordinator"), when no other resource's role ends in it
    (
        "we need the coordinator to come do his assessment",
        HOME_CARE,
        [("the coordinator", "coord-davis")],
    ),
    ("can the coordinator call me wed after 2", HOME_CARE, [("the coordinator", "coord-davis")]),
    (
        "Will the Coordinator need his medication list?",
        HOME_CARE,
        [("the Coordinator", "coord-davis")],
    ),
    ("book a coordinator visit thurs", HOME_CARE, [("a coordinator", "coord-davis")]),
    ("the care coordinator please", HOME_CARE, [("care coordinator", "coord-davis")]),
    (
        "it has to be a nurse, not the coordinator",
        HOME_CARE,
        [("a nurse", "nurse-amelie"), ("the coordinator", "coord-davis")],
    ),
    ("can I see the hygienist thursday", DENTAL, [("the hygienist", "hyg-sam")]),
    ("our hygienist is great", DENTAL, [("our hygienist", "hyg-sam")]),
    ("is the adviser in on friday", LIBRARY, [("the adviser", "adv")]),
    ("with the planner on the 3rd", EVENTS, [("the planner", "plan-jo")]),
    # ... not a word of the role said bare, nor a first name, nor a role two resources
    # end in
    ("coordination of his care is tricky", HOME_CARE, []),
    ("coordinator", HOME_CARE, []),
    ("the stylist i had last time", TWO_STYLISTS, []),
    ("the anna one", [("dr-a", "Dr. Anna Smith"), ("dr-b", "Dr. Bob Jones")], []),
    (
        "coming with my son, the with ok?",
        [("a", "Room A"), ("s1", "Studio 1 with an engineer")],
        [],
    ),
    # things a business books as a room (G47): a scanner, a van, a machine; what a room is
    # for said before two words ("Scalp spa room") or with a possessive ("Couples' suite")
    ("I need an MRI of my lumbar spine, Thursday", SCANS, [("MRI", "mri-1")]),
    ("booked for a USG of the abdomen", SCANS, [("USG", "us-2")]),
    ("can the scanner do 8am?", SCANS, [("the scanner", "mri-1")]),
    ("need the van today if at all possible", DOORS, [("the van", "van-2")]),
    ("Van needs to come Thu or Fri", DOORS, [("Van", "van-2")]),
    ("my van is parked in the drive, Ray can come after 2", DOORS, [("Ray", "tech-ray")]),
    ("in the scalp room please", SCALP, [("scalp", "room-scalp")]),
    ("a massage for two in the couples room tomorrow", THAI_SPA, [("couples", "room-couple")]),
    ("is the laser free on monday", LASERS, [("laser", "laser-1")]),
    ("Has to be Kim, has to be Saturday the 28th", MOVERS, [("Kim", "office-kim")]),
    # ... and not
    ("the vets were lovely last time", VET, []),
    ("can someone call me back", CLINIC, []),
    ("someone else please, not Mia", SALON, [("Mia", "mia")]),
    ("been waiting 2 weeks for a callback", GARAGE, []),
    ("before 11 or after 2", GARAGE, []),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_resources_corpus(
    case: tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]],
) -> None:
    message, resources, want = case
    got = [(m.text, m.resource_id) for m in find_resources(message, resources)]
    assert got == want


def test_resources_every_mention_names_its_rule() -> None:
    for message, resources, _ in CASES:
        for m in find_resources(message, resources):
            assert m.rule.startswith("resource.")
            assert message[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize(
    ("message", "resources", "times"),
    [
        ("van 2 sunday morning pls", VANS, ["sunday morning"]),
        ("is van 2 around on sundays", VANS, ["sundays"]),
        ("the 2nd van, tues at 9", VANS, ["tues at 9"]),
        ("bay 1 at 2 tomorrow", GARAGE, ["at 2 tomorrow"]),
        ("room 3 or 4 tmrw from 6pm", LIBRARY, ["tmrw from 6pm"]),
    ],
)
def test_resources_numbered_name_is_not_read_as_a_time(
    message: str, resources: list[tuple[str, str | None]], times: list[str]
) -> None:
    named = find_resources(message, resources)
    masked = without_numbered_names(message, named)
    assert len(masked) == len(message)
    assert [m.text for m in ground(masked, REF, NY)] == times
