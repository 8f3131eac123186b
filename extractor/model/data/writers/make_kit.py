"""Writes each writer's calendar (cal_<id>.json) and the briefs (briefs.json), reproducibly.

Training writers are w01..; blind writers are b01.. (their calendars go to
benchmarks/data/blind_v2/); conversation writers (training) are c01.. (calendars and
briefs in extractor/model/data/conversations/). Run: python -m slotwise.extractor.model.data.writers.make_kit
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from slotwise.extractor.model.data.writers.kit import make_calendar

HERE = Path(__file__).parent
BLIND = HERE.parents[3] / "benchmarks" / "data" / "blind_v2"


def R(id_: str, name: str, days: str, hours: str) -> dict:
    return {"id": id_, "name": name, "days": days, "hours": hours}


# id, business, now, timezone, minutes, resources, voice, phenomena focus
WRITERS = [
    (
        "w01",
        "family medical clinic",
        "2026-12-01T10:30",
        "America/New_York",
        30,
        [
            R("dr-okafor", "Dr. Okafor", "mon-fri", "8-16"),
            R("dr-lindqvist", "Dr. Lindqvist", "tue,thu,sat", "10-18"),
            R("np-reyes", "Nurse Practitioner Reyes", "mon-thu", "12-20"),
        ],
        "terse SMS, lowercase, abbreviations (tmrw, thurs, aft, pls, b4)",
        "hedges, firm limits, negated bounds ('not after 3', 'nothing before 10'), whoever is free",
    ),
    (
        "w02",
        "dental practice",
        "2027-01-12T16:45",
        "America/Chicago",
        45,
        [
            R("dr-haddad", "Dr. Haddad", "mon-fri", "9-17"),
            R("dr-kim", "Dr. Kim", "wed-sat", "8-14"),
        ],
        "rambling, long run-on messages with asides about their life",
        "corrections and retractions across clauses ('actually scrap that', 'wait no'), distractor times (their own events), exclusions",
    ),
    (
        "w03",
        "hair salon",
        "2026-11-27T09:15",
        "Europe/London",
        60,
        [
            R("mia", "Mia", "tue-sat", "9-18"),
            R("jonah", "Jonah", "wed-sun", "11-20"),
            R("priya", "Priya", "mon-fri", "9-15"),
        ],
        "British, chatty, 'half two', 'fortnight', 'Saturday week', 'cheers'",
        "stylist with and without negation ('not with Jonah'), whoever is free, fallbacks ('if not, then...'), durations ('need about 2 hours for colour')",
    ),
    (
        "w04",
        "car repair garage",
        "2026-12-08T07:50",
        "America/Denver",
        90,
        [R("bay-1", "Bay 1", "mon-fri", "7-17"), R("bay-2", "Bay 2", "mon-sat", "8-13")],
        "blunt, a bit angry, impatient, no punctuation",
        "firm limits ('has to be before noon', 'only Friday'), exclusions and lists of them ('not mon tue or wed'), 'asap'/'first thing', drop-off windows",
    ),
    (
        "w05",
        "veterinary clinic",
        "2027-02-03T13:20",
        "America/Los_Angeles",
        30,
        [
            R("dr-santos", "Dr. Santos", "mon-fri", "9-18"),
            R("dr-wu", "Dr. Wu", "tue,thu,sat", "9-13"),
        ],
        "worried pet owner, emotional, lots of detail about the pet",
        "conditional wishes ('if she's not better by Thursday...'), hedges, 'whichever is earlier', several options in order",
    ),
    (
        "w06",
        "private maths tutoring",
        "2026-12-14T18:05",
        "America/New_York",
        60,
        [
            R("ms-adeyemi", "Ms. Adeyemi", "mon-fri", "15-21"),
            R("mr-brooks", "Mr. Brooks", "sat,sun", "9-17"),
        ],
        "parent writing formally, polite, full sentences",
        "kid's schedule as distractor times (school till 3, soccer Tuesday), exclusions, weekly wishes ('any weekday after 4')",
    ),
    (
        "w07",
        "law office",
        "2027-01-05T11:00",
        "America/New_York",
        60,
        [
            R("ms-albright", "Ms. Albright", "mon-thu", "9-17"),
            R("mr-castellano", "Mr. Castellano", "mon-fri", "10-18"),
        ],
        "formal business email, long, with signature lines",
        "hard deadlines ('must be before the 15th', 'no later than Thursday'), ranges ('between the 8th and the 12th'), time zones ('2pm London time', 'I'm on Pacific time')",
    ),
    (
        "w08",
        "gym with personal trainers",
        "2026-12-02T06:30",
        "Australia/Sydney",
        45,
        [
            R("coach-tane", "Coach Tane", "mon-sat", "6-12"),
            R("coach-bella", "Coach Bella", "mon-fri", "14-21"),
        ],
        "energetic, slangy, emojis, Australian",
        "before/after work windows, 'early morning', negated bounds, 'any day but Friday', 'whoever's free'",
    ),
    (
        "w09",
        "restaurant reservations (resources are seating areas)",
        "2026-12-10T14:00",
        "America/New_York",
        90,
        [
            R("main-room", "main room", "tue-sun", "17-23"),
            R("patio", "patio", "thu-sun", "12-22"),
            R("private-room", "private room", "fri,sat", "18-23"),
        ],
        "casual diners, some short, some chatty",
        "party context, 'around 7ish', 'no earlier than 8', 'Friday or Saturday, whichever has space', corrections",
    ),
    (
        "w10",
        "IT support desk (on-site technician visits)",
        "2026-11-30T15:40",
        "America/Chicago",
        60,
        [R("tech-omar", "Omar", "mon-fri", "8-17"), R("tech-lucy", "Lucy", "mon-fri", "12-20")],
        "office workers, semi-technical, bullet points sometimes",
        "meetings as distractor times ('I have standup at 10', 'all-hands Thursday afternoon'), 'not during lunch', 'after 2 any day this week'",
    ),
    (
        "w11",
        "government office (passport and licence appointments)",
        "2027-01-19T08:10",
        "America/New_York",
        20,
        [
            R("counter-a", "Counter A", "mon-fri", "8.5-16.5"),
            R("counter-b", "Counter B", "tue,thu", "10-19"),
        ],
        "elderly writer, polite, old-fashioned phrasing, some confusion, long-winded",
        "hedges, mistakes they correct ('I mean Wednesday, not Tuesday'), exclusions for other appointments (doctor's on Monday)",
    ),
    (
        "w12",
        "physiotherapy clinic",
        "2026-12-04T12:30",
        "Europe/London",
        45,
        [R("sam", "Sam", "mon-fri", "8-18"), R("aoife", "Aoife", "mon,wed,fri", "7-13")],
        "non-native English writer (grammar slips, direct translations like 'in the morning hours', 'after the lunch')",
        "firm limits, negated bounds, exclusions, resource preference ('I prefer the woman physio')",
    ),
    (
        "w13",
        "barber shop",
        "2026-12-18T17:55",
        "America/Los_Angeles",
        30,
        [R("marco", "Marco", "tue-sat", "10-19"), R("dee", "Dee", "wed-sun", "9-17")],
        "very short texts, typos, no punctuation, gen-z",
        "'whenever', 'asap', 'not sat', 'tmrw or the day after', corrections mid-text",
    ),
    (
        "w14",
        "spa and massage",
        "2027-02-11T10:00",
        "America/New_York",
        60,
        [
            R("room-lotus", "Lotus room", "mon-sun", "10-20"),
            R("room-cedar", "Cedar room", "thu-sun", "9-21"),
        ],
        "relaxed, indulgent, descriptive",
        "durations ('90 minute massage', 'a couple of hours'), hedges ('ideally', 'would love'), fallbacks with explicit first and second choice",
    ),
    (
        "w15",
        "psychotherapy practice",
        "2026-12-07T20:15",
        "America/Chicago",
        50,
        [
            R("dr-nguyen", "Dr. Nguyen", "mon-thu", "10-19"),
            R("dr-feld", "Dr. Feld", "tue-fri", "8-15"),
        ],
        "anxious, apologetic, hedged, private",
        "weekly recurring wishes ('Tuesdays after work'), exclusions, 'any time except mornings', retractions",
    ),
    (
        "w16",
        "plumbing and home repair call-outs",
        "2026-11-26T07:05",
        "America/New_York",
        120,
        [R("crew-1", "the crew", "mon-sat", "7-18")],
        "homeowner in a hurry, practical, sometimes panicked",
        "'someone needs to be home', work schedule as distractor ('I work 9 to 5'), 'any morning but Wednesday', 'before the weekend', 'as soon as possible'",
    ),
    (
        "w17",
        "driving school lessons",
        "2027-01-08T15:30",
        "Europe/London",
        60,
        [
            R("instructor-gary", "Gary", "mon-fri", "8-18"),
            R("instructor-nadia", "Nadia", "tue-sat", "9-19"),
        ],
        "teenager and their parent, mixed voices, British",
        "school and college timetables as distractors, 'not before 4 on weekdays', 'Saturday morning or any day after 5', instructor requests and 'not Gary'",
    ),
    (
        "w18",
        "eye clinic / optician",
        "2026-12-03T11:20",
        "America/New_York",
        30,
        [
            R("dr-ito", "Dr. Ito", "mon-fri", "9-17"),
            R("optom-clarke", "Optometrist Clarke", "tue,wed,sat", "9-15"),
        ],
        "mixed: some voice-to-text run-ons, some careful",
        "reschedules ('move my Tuesday appointment to...'), the old slot vs the new wish, 'the week after next', 'early next month'",
    ),
    (
        "w19",
        "photography studio sessions",
        "2027-03-02T09:45",
        "America/New_York",
        120,
        [
            R("studio-a", "Studio A", "mon-sun", "9-19"),
            R("studio-b", "Studio B", "wed-sat", "12-21"),
        ],
        "enthusiastic clients planning family/engagement shoots",
        "golden hour / late afternoon wishes, weekend preferences, 'any weekend except the 14th', ordinal dates ('the 7th or 8th'), 'whichever is earlier'",
    ),
    (
        "w20",
        "pet grooming salon",
        "2026-12-21T13:10",
        "America/Toronto",
        90,
        [R("groomer-lee", "Lee", "mon-sat", "8-16"), R("groomer-ana", "Ana", "tue-sat", "10-18")],
        "friendly, chatty, lots of exclamation marks, holiday season",
        "holidays ('before Christmas', 'not on Christmas Eve', 'between Christmas and New Year'), hedges, corrections, groomer preferences",
    ),
    (
        "w21",
        "tattoo and piercing studio",
        "2027-01-27T19:40",
        "America/Los_Angeles",
        120,
        [
            R("artist-rhea", "Rhea", "wed-sun", "12-21"),
            R("artist-kofi", "Kofi", "tue-sat", "11-19"),
        ],
        "laid-back, slangy, some all-caps excitement, some nervous first-timers",
        "long sessions ('need like 3 hours'), artist with and without negation, 'any evening but Friday', corrections, deposits and aftercare questions as non-bookings",
    ),
    (
        "w22",
        "accountant and tax preparation office",
        "2027-03-09T10:15",
        "America/New_York",
        60,
        [
            R("cpa-moreno", "Ms. Moreno", "mon-fri", "9-17"),
            R("cpa-white", "Mr. White", "mon-sat", "10-16"),
        ],
        "small-business owners and retirees; formal and rushed mixes",
        "deadlines ('has to be before the 15th', 'no later than Friday'), lunch-hour windows, week ranges ('sometime the week of the 22nd'), fallbacks, exclusions for their own commitments",
    ),
    (
        "w23",
        "real-estate agency (property viewings)",
        "2026-12-12T11:30",
        "Europe/London",
        30,
        [
            R("agent-ollie", "Ollie", "mon-sat", "9-18"),
            R("agent-farah", "Farah", "tue-sun", "10-19"),
        ],
        "British house-hunters, couples coordinating two schedules, brisk",
        "'after work' windows, 'we both need to be there', weekend wishes with exclusions, 'Saturday week', corrections, viewing several times as one booking",
    ),
    (
        "w24",
        "dog training classes and private sessions",
        "2027-02-22T07:45",
        "America/Denver",
        60,
        [R("trainer-jo", "Jo", "mon-fri", "7-15"), R("trainer-pablo", "Pablo", "wed-sun", "9-19")],
        "dog owners, humorous, some frustrated, typos",
        "mornings before work, negated bounds ('not before 8'), 'any day except Tuesday or Thursday', conditional wishes, trainer preferences, whichever is earlier",
    ),
    (
        "w25",
        "home cleaning service",
        "2026-12-29T16:10",
        "America/Chicago",
        180,
        [R("team-a", "Team A", "mon-fri", "8-17"), R("team-b", "Team B", "tue-sat", "9-18")],
        "busy parents and professionals, very short or very detailed",
        "long visits needing a whole morning, 'before the new year', 'not on the 31st', 'after the 2nd', someone needs to be home windows, reschedules",
    ),
    (
        "w26",
        "bicycle repair workshop",
        "2027-04-06T09:05",
        "Australia/Melbourne",
        45,
        [R("mech-sione", "Sione", "mon-fri", "8-17"), R("mech-greta", "Greta", "tue-sat", "9-14")],
        "commuters and weekend riders, Australian, terse",
        "drop-off before work, 'arvo', 'not till after Easter', 'first thing tomorrow', exclusion lists, corrections",
    ),
]

BLIND_WRITERS = [
    (
        "b01",
        "community health clinic",
        "2026-12-09T09:30",
        "America/New_York",
        30,
        [
            R("dr-mensah", "Dr. Mensah", "mon-fri", "8-16"),
            R("dr-parekh", "Dr. Parekh", "tue,thu,sat", "9-17"),
        ],
        "mixed: texts, emails, voice-to-text; varied ages",
        "every phenomenon: hedges, firm limits, negated bounds, exclusion lists, corrections, fallbacks, whichever is earlier, distractor times, resources with/without negation, whoever is free, durations, timezones; and non-bookings",
    ),
    (
        "b02",
        "nail and beauty bar",
        "2027-01-21T14:20",
        "Europe/London",
        45,
        [R("tash", "Tash", "tue-sat", "9-18"), R("kemi", "Kemi", "mon-fri", "12-20")],
        "British texts and chatty messages, typos",
        "every phenomenon, with many conflicts between wishes and a few truly impossible firm requests; and non-bookings",
    ),
    (
        "b03",
        "auto body and tyre shop",
        "2026-12-15T08:00",
        "America/Chicago",
        60,
        [
            R("bay-north", "North bay", "mon-fri", "7-16"),
            R("bay-south", "South bay", "mon-sat", "9-15"),
        ],
        "blunt customers, some angry, some very polite",
        "every phenomenon, especially corrections, retractions and exclusion lists; and non-bookings",
    ),
    (
        "b04",
        "music lessons school",
        "2027-02-16T17:30",
        "America/Los_Angeles",
        45,
        [
            R("ms-olsen", "Ms. Olsen", "mon-thu", "13-21"),
            R("mr-diallo", "Mr. Diallo", "wed-sat", "10-18"),
        ],
        "parents and adult learners, some non-native English",
        "every phenomenon, especially conditional wishes, fallbacks, schedule distractors, recurring wishes; and non-bookings",
    ),
]

# written in a later session: appended after the blind writers so that no earlier
# calendar's seed changes
MORE_WRITERS = [
    (
        "w27",
        "chiropractic clinic",
        "2027-01-26T08:40",
        "America/Toronto",
        30,
        [
            R("dr-bouchard", "Dr. Bouchard", "mon-fri", "7-15"),
            R("dr-singh", "Dr. Singh", "tue,thu,sat", "11-19"),
        ],
        "voice-to-text run-ons, no punctuation, filler words ('um', 'like', 'so yeah')",
        "corrections and retractions across clauses ('no wait', 'scratch that', 'I mean'), reschedules relative to the old slot ('an hour later', 'same time the day after', 'push it back a week'), back-references ('that day', 'the day before'), doctor with and without negation",
    ),
    (
        "w28",
        "private bank advisor appointments",
        "2027-03-09T11:10",
        "Asia/Kolkata",
        45,
        [
            R("adv-mehta", "Mr. Mehta", "mon-fri", "10-18"),
            R("adv-rao", "Ms. Rao", "mon-sat", "9-14"),
        ],
        "Indian English, formal but brisk emails ('kindly', 'do the needful', 'revert'), some very short",
        "deadlines ('before the 20th', 'latest by Friday'), ranges ('between 11 and 1', 'from the 15th to the 18th'), fallbacks ('if not possible then'), 'whichever is earlier', time zones of callers abroad ('10am UK time'), non-bookings about documents, fees and statements that mention dates",
    ),
    (
        "w29",
        "paediatric clinic",
        "2026-12-14T15:25",
        "America/Phoenix",
        20,
        [
            R("dr-alvarez", "Dr. Alvarez", "mon-fri", "8-17"),
            R("dr-osei", "Dr. Osei", "mon,wed,fri,sat", "9-13"),
            R("nurse-lee", "Nurse Lee", "mon-fri", "13-19"),
        ],
        "stressed parents typing on a phone, typos, half sentences, sometimes two kids at once",
        "distractor times (school pickup at 3, nap from 1 to 3, daycare), asap / first available / today if possible, exclusion lists, conditional wishes ('if the fever is still there tomorrow'), 'whoever is free', several appointments in one message",
    ),
    (
        "w30",
        "coworking space meeting rooms",
        "2027-02-22T09:05",
        "Europe/Berlin",
        60,
        [
            R("room-elbe", "Elbe room", "mon-fri", "8-20"),
            R("room-spree", "Spree room", "mon-sat", "9-18"),
            R("booth-1", "Phone booth 1", "mon-sun", "7-22"),
        ],
        "Slack-style, startup jargon, lowercase, emoji, some German-English mixes",
        "durations ('2h', 'half a day', '90 min'), time zones ('3pm London time', '9am ET'), any room / not the booth, 'either tue or wed', 'not before 10 not after 4', corrections, recurring wishes ('every monday at 10')",
    ),
    (
        "w31",
        "language school (trial lessons and placement tests)",
        "2026-12-02T12:30",
        "America/Los_Angeles",
        50,
        [
            R("t-garcia", "Profesora Garcia", "mon-thu", "14-21"),
            R("t-chen", "Teacher Chen", "tue-sat", "9-17"),
        ],
        "non-native English learners (Spanish, Chinese, Korean, Portuguese speakers), grammar slips, literal translations",
        "approximate times ('around 5', '5ish', 'more or less 6'), 'half past', 'quarter to', 'twenty past', negated bounds ('no later than', 'not earlier of 10'), hedges, exclusions, teacher preference",
    ),
    (
        "w32",
        "home appliance repair (technician visits)",
        "2027-04-19T10:50",
        "America/New_York",
        120,
        [
            R("tech-dwayne", "Dwayne", "mon-fri", "8-18"),
            R("tech-rosa", "Rosa", "tue-sat", "9-15"),
        ],
        "elderly and rural customers, long polite messages, some confusion about dates that they fix",
        "'first thing', 'end of the day', 'the week after next', 'Saturday week', 'the day after tomorrow', 'not till after the 28th', 'any day but', the technician's visit window ('someone must be home from 8 to noon'), cancellations and questions that mention dates",
    ),
    (
        "w33",
        "hospital outpatient imaging (X-ray, ultrasound, MRI)",
        "2027-01-05T14:15",
        "Europe/Dublin",
        40,
        [
            R("mri-1", "MRI suite", "mon-fri", "8-20"),
            R("us-2", "Ultrasound room 2", "mon-sat", "9-13"),
        ],
        "anxious patients and carers, formal, some Irish English ('half ten', 'Tuesday week')",
        "preparation limits ('I have to fast so it must be the morning'), the referral's deadline ('within the next fortnight'), distractor times (other appointments, work shifts), exclusions, corrections, asking for the earliest slot, non-bookings about results, parking and referrals that name dates",
    ),
    (
        "w34",
        "yoga and pilates studio (private sessions)",
        "2026-12-21T19:40",
        "America/Los_Angeles",
        55,
        [
            R("coach-luna", "Luna", "mon-fri", "6-14"),
            R("coach-ravi", "Ravi", "wed-sun", "12-21"),
        ],
        "casual, upbeat, emoji, some very long lifestyle asides",
        "recurring wishes ('weekday evenings except Wednesdays', 'every Tuesday'), holidays ('not Christmas Eve', 'between Christmas and New Year'), hedges, instructor with and without negation, 'whoever', fallbacks, durations",
    ),
    (
        "w35",
        "immigration and notary office",
        "2027-03-30T09:20",
        "America/New_York",
        60,
        [
            R("atty-haddad", "Attorney Haddad", "mon-thu", "9-17"),
            R("notary-kim", "Notary Kim", "mon-sat", "10-15"),
        ],
        "non-native English (Arabic, Russian, Spanish, Tagalog speakers), formal, literal translations",
        "deadlines tied to documents ('before my visa ends on the 20th', 'no later than the 12th'), distractor dates (interview dates, flights), negated bounds, conditional wishes, 'first available', corrections of dates ('sorry, I mean the 14th not the 15th'), non-bookings about fees and documents",
    ),
    (
        "w36",
        "mobile car wash and detailing at the customer's home",
        "2027-05-10T07:55",
        "Australia/Brisbane",
        90,
        [
            R("van-1", "Van 1", "mon-sat", "7-17"),
            R("van-2", "Van 2", "tue-sun", "8-14"),
        ],
        "very short SMS, typos, no capitals, Australian slang ('arvo', 'reckon', 'smoko')",
        "windows when someone is home ('home from 9 till 12'), 'any day but', asap / 'today if u can', exclusions lists, 'either van', 'tmrw or thurs whichever', corrections, weather conditions ('if it rains then saturday')",
    ),
    (
        "w37",
        "wedding venue tours and event planning meetings",
        "2027-02-08T12:00",
        "Europe/London",
        60,
        [
            R("planner-sophie", "Sophie", "tue-sat", "10-18"),
            R("planner-marcus", "Marcus", "mon-fri", "9-17"),
        ],
        "couples and parents, long warm emails, several people's schedules at once, some relatives abroad",
        "'the Saturday after next', 'Saturday week', 'either weekend', times in other zones ('2pm New York time' for a video call), several people's constraints ('my fiance can't do mornings'), fallbacks, exclusions, non-bookings about prices and menus that name dates",
    ),
    (
        "w38",
        "university academic advising office hours",
        "2027-04-12T10:05",
        "America/Chicago",
        20,
        [
            R("adv-obrien", "Dr. O'Brien", "mon-thu", "9-16"),
            R("adv-patel", "Ms. Patel", "tue-fri", "12-18"),
        ],
        "students, lowercase, rushed, some very formal first-years, some international students",
        "class timetables as distractors ('after my 2pm lecture', 'between classes 11 to 12'), 'not during finals week', corrections ('wait I have a lab then'), 'whenever works', advisor with and without negation, reschedules ('can we move Thursday's to Friday same time'), non-bookings about forms and deadlines",
    ),
    (
        "w39",
        "dermatology clinic",
        "2027-03-03T11:20",
        "America/Denver",
        20,
        [
            R("dr-castillo", "Dr. Castillo", "mon-thu", "8-15"),
            R("dr-webb", "Dr. Webb", "wed-sat", "10-18"),
            R("pa-nguyen", "PA Nguyen", "mon-fri", "9-17"),
        ],
        "anxious patients, long messages, several non-native English writers (Spanish, Vietnamese, Russian speakers)",
        "exclusions said after the time ('Thursday's no good', 'mornings are out', 'the 12th doesn't work for me'), truly impossible requests (about 1 in 8 should need a clarification), questions whether a time is free, whoever is free, provider with and without negation",
    ),
    (
        "w40",
        "pharmacy vaccination and health-check clinic",
        "2026-12-14T15:40",
        "Europe/Dublin",
        15,
        [
            R("pharmacist-doyle", "Pharmacist Doyle", "mon-sat", "9-18"),
            R("pharmacist-okeke", "Pharmacist Okeke", "tue-sun", "11-19"),
        ],
        "elderly customers and their adult children writing for them, formal and polite, Irish and British English",
        "conditional wishes ('if the weather is bad, then Thursday'), 'whichever is earlier', ordered fallbacks, distractor times (medication times, bus times, other appointments that day), 'not until after Christmas', 'before the 23rd'",
    ),
    (
        "w41",
        "children's swimming lessons",
        "2027-01-06T19:10",
        "Australia/Melbourne",
        30,
        [
            R("coach-bree", "Bree", "mon-fri", "15-20"),
            R("coach-sam", "Sam", "wed-sun", "8-14"),
        ],
        "parents texting between other things, lowercase, Australian spelling and slang",
        "school and sport schedules as the customer's commitments ('school finishes at 3:15', 'footy on saturday mornings'), lists of exclusions ('not mon wed or fri'), 'any day but', corrections mid-message ('tues, no wait, he has cubs tues'), 'the one after', 'the week after that', several children (several appointments)",
    ),
    (
        "w42",
        "computer and phone repair shop (drop-off and collection slots)",
        "2026-11-30T08:55",
        "America/Los_Angeles",
        15,
        [
            R("bench-1", "Bench 1", "mon-sat", "9-18"),
            R("tech-ali", "Ali", "tue-sat", "10-19"),
        ],
        "terse, typos, no punctuation, some ALL CAPS, gamers and office workers",
        "urgency ('asap', 'first available', 'today if possible', 'right now'), 'before the weekend', 'end of the day', 'on my lunch break (12-1)', durations ('needs about 45 min'), whoever, non-bookings about prices, repair status and opening hours that name times",
    ),
    (
        "w43",
        "hearing and audiology clinic",
        "2027-02-15T10:00",
        "Europe/London",
        45,
        [
            R("aud-patel", "Mrs Patel", "mon-thu", "9-17"),
            R("aud-hughes", "Mr Hughes", "tue-fri", "10-18"),
        ],
        "British elderly customers and carers or grown-up children booking for a parent; letter-like emails and short texts",
        "British dates and times ('Saturday week', 'a fortnight on Tuesday', 'half two', 'quarter to eleven'), 'not the week of the 22nd', another person's constraints ('Dad can't do mornings', 'my carer comes at 11'), retractions across sentences, hedged exclusions ('I'd rather not Fridays')",
    ),
    (
        "w44",
        "music recording studio sessions",
        "2027-04-20T13:30",
        "America/New_York",
        120,
        [
            R("studio-a", "Studio A", "mon-sun", "12-23"),
            R("studio-b", "Studio B", "tue-sat", "10-20"),
            R("eng-rosa", "engineer Rosa", "wed-sun", "14-23"),
        ],
        "musicians and producers, slang, emoji-free texting, some managers writing formally",
        "stated lengths ('a 3 hour block', 'half a day', 'four hours'), late evenings, 'no earlier than noon', ranges ('between 2 and 6', 'from 7 till late'), times in other zones for remote collaborators ('8pm London time'), several sessions in one message, corrections, room or engineer with and without negation",
    ),
    (
        "w45",
        "furniture delivery and assembly, appliance installation (delivery and fitting windows at the customer's home)",
        "2027-05-18T09:10",
        "America/Phoenix",
        90,
        [
            R("crew-north", "the north crew", "mon-fri", "7-16"),
            R("crew-south", "the south crew", "tue-sat", "9-18"),
            R("fitter-amir", "Amir (installer)", "mon-thu", "8-14"),
        ],
        "working people texting from a job site or a break room, terse, some Spanish-speaking customers writing English, typos, a few landlords writing for tenants",
        "the customer's own commitments stated as context that rule time out ('I start at 8', 'my shift ends at 6', 'kids get out at 3', 'I'm at work till 5 so someone has to be home'), 'no preference' and 'any time works' about day or crew, ranking words ('the earlier the better', 'as late as you can', 'first thing', 'the very last slot'), a delivery window said as a range ('between 10 and 2'), 'not mon or wed', whoever is free, non-bookings about delivery fees and order status with times in them",
    ),
    (
        "w46",
        "orthodontist (braces adjustments, retainer checks, first consultations for kids and adults)",
        "2027-02-22T15:35",
        "Africa/Johannesburg",
        30,
        [
            R("dr-naidoo", "Dr. Naidoo", "mon-thu", "8-16"),
            R("dr-vanwyk", "Dr. van Wyk", "wed-sat", "9-17"),
        ],
        "parents juggling school runs and work, South African, British and Indian English, some formal emails, some rushed texts ('pls', 'asap', 'tmrw')",
        "rescheduling an existing appointment ('move Thursday's to next week', 'push it back an hour', 'same time but Friday') versus booking a new one versus cancelling, siblings booked in one message ('both boys, back to back'), school hours and exams as distractor times ('he writes maths on the 3rd'), 'after school', 'during the holidays', 'not before 3:30', orthodontist with and without negation, 'whoever is free', questions about costs and medical aid",
    ),
    (
        "w47",
        "golf club (tee times, lessons with the club pro, simulator bays)",
        "2027-06-09T07:25",
        "Europe/London",
        60,
        [
            R("course-old", "the Old Course", "mon-sun", "6-19"),
            R("pro-gordon", "Gordon (club pro)", "tue-sat", "9-17"),
            R("sim-bay", "the simulator bay", "mon-sun", "10-22"),
        ],
        "retired members and business people, formal and jokey, some long emails with signatures, some terse texts, Scottish and English",
        "retractions without a correction word ('on reflection, Saturday is better', 'thinking about it, the morning's too early', 'forget the Tuesday'), conditional wishes ('if it's raining, the simulator instead'), 'whichever is earlier', fallbacks in order, exclusions and lists of them ('not Mon, Wed or Fri'), twilight and 'after lunch', a group of four needing one tee time, non-bookings about green fees, weather, and the bar",
    ),
    (
        "w48",
        "moving company (moving days, packing crews, pre-move surveys)",
        "2027-07-26T08:15",
        "America/New_York",
        240,
        [
            R("crew-a", "crew A", "mon-sat", "7-19"),
            R("crew-b", "crew B", "tue-sun", "8-20"),
            R("surveyor-lena", "Lena (surveyor)", "mon-fri", "9-17"),
        ],
        "stressed people mid-move, long worried messages or very terse texts, some Polish and Brazilian Portuguese speakers writing English, a few property managers writing formally",
        "lease and closing dates as context or as deadlines ('my lease ends the 31st', 'closing is on the 14th so after that'), lengths ('a full day', 'half a day', 'about 6 hours'), 'the week of the 9th', 'any weekday', 'as early as possible', a survey and a move in one message, exclusions ('not the weekend'), corrections ('wait, the 15th not the 16th'), non-bookings about quotes, insurance and boxes",
    ),
    (
        "w49",
        "blood donation centre (whole blood and plasma donation appointments)",
        "2027-01-18T12:05",
        "Australia/Perth",
        45,
        [
            R("chair-1", "chair 1", "mon-sat", "8-18"),
            R("chair-2", "chair 2", "tue-sun", "10-20"),
            R("plasma-bay", "the plasma bay", "mon-fri", "7-15"),
        ],
        "office workers on lunch breaks, nurses and shift workers ('I'm on nights Mon to Wed'), students, concise and friendly, Australian English",
        "shift patterns and lunch breaks as limits ('I've only got 12 to 1', 'I'm on nights Mon-Wed so Thursday arvo'), 'not before the 20th' (eligibility dates said as context), 'every Thursday' for regulars, 'whoever is free', hedges, fallbacks, a friend booking alongside, non-bookings about eligibility, tattoos, travel and iron levels with dates in them",
    ),
    (
        "w50",
        "occupational health clinic (pre-employment medicals, drug tests, hearing and eye screening for companies' staff)",
        "2027-03-15T11:20",
        "America/Denver",
        40,
        [
            R("nurse-kim", "Nurse Kim", "mon-fri", "7-15"),
            R("dr-osei", "Dr. Osei", "tue-thu", "9-17"),
        ],
        "HR admins and site supervisors booking for several employees, formal emails with names and employee numbers, and workers texting for themselves from a site, terse",
        "several employees in one message ('three new starters, any time Tuesday'), shift times as limits or as context ('he's on days 6 to 2', 'she finishes nights Thursday morning'), start dates as deadlines ('must be done before the 22nd'), 'not on a Monday', 'first thing', whoever is free, non-bookings about results, fees and what to bring, with times in them",
    ),
    (
        "w51",
        "vehicle emissions and safety inspection station (inspections, re-tests, fleet bookings)",
        "2027-05-03T14:45",
        "America/Chicago",
        30,
        [
            R("lane-1", "lane 1", "mon-sat", "7-18"),
            R("lane-2", "lane 2 (trucks)", "mon-fri", "8-16"),
        ],
        "messages dictated by voice to text: no punctuation, homophones and misheard words ('for thirty' for 4:30, 'too' for two, 'won' for one), run-on sentences; a few fleet managers writing formally",
        "retractions mid-sentence ('tuesday no wait wednesday'), the customer's work hours as context that rules time out ('I work 7 to 3:30'), deadlines ('my sticker expires the 10th'), 'not the weekend', 'the earlier the better', fallbacks, lane with and without negation, non-bookings about prices, documents and failed-test results",
    ),
    (
        "w52",
        "childcare nursery (visits for parents, settling-in sessions, meetings with the key worker)",
        "2027-01-11T08:50",
        "Asia/Singapore",
        45,
        [
            R("kw-mei", "Ms. Mei", "mon-fri", "8-17"),
            R("kw-ravi", "Mr. Ravi", "mon-thu", "9-18"),
        ],
        "Singaporean, Malaysian and Indian English, parents writing between meetings, some Singlish particles ('can or not', 'lah'), polite and indirect",
        "hedges and indirect wishes ('would it be possible to come maybe after lunch', 'if can, morning better'), nap and feeding times as limits ('she naps 1 to 3'), the other parent's constraints ('my husband can only come after 6 on Thursday'), corrections across sentences, 'any day except Wednesday', conditional wishes ('if Ms Mei is free, otherwise anyone'), non-bookings about fees, waiting lists and public holidays with dates in them",
    ),
    (
        "w53",
        "fertility and prenatal scan clinic (dating scans, growth scans, consultations)",
        "2027-08-09T09:30",
        "Europe/Dublin",
        30,
        [
            R("sono-aoife", "Aoife (sonographer)", "mon-fri", "8-16"),
            R("dr-byrne", "Dr. Byrne", "tue-sat", "10-18"),
        ],
        "expectant parents, emotional and detailed or very brief, Irish and Polish writers, partners writing for both",
        "scan timing by pregnancy week said as context ('I'll be 12 weeks on the 20th so after that'), the partner's limits ('he can only get off after 4'), 'not before' and 'no later than' bounds, a correction of a date ('sorry I meant the 18th not the 8th'), 'whichever is sooner', soft wishes ('ideally a morning'), whoever is free, non-bookings about results, prices and what to drink before, thanks",
    ),
    (
        "w54",
        "council recycling centre and bulky waste collection (drop-off slots at the centre, collection days at home)",
        "2027-04-12T16:05",
        "Europe/London",
        20,
        [
            R("centre-slot", "the recycling centre", "mon-sun", "8-17"),
            R("van-collect", "the collection van", "tue-fri", "7-13"),
        ],
        "residents of all ages, blunt and grumpy or chatty and rambling, British English, some pensioners writing formally, some typos",
        "'any day but', 'not this week', 'the week after next', weekend wishes ('Saturday morning ideally, Sunday at a push'), a van collection and a drop-off in one message, complaints about missed collections with dates in them (not wishes), 'before the bin men come on Thursday', retractions ('scrap that, Friday'), whoever, questions about what is accepted and permits",
    ),
    (
        "w55",
        "private tutoring for university entrance exams (online and in-person lessons, mock exams)",
        "2027-09-27T19:40",
        "Asia/Kolkata",
        60,
        [
            R("tutor-anand", "Anand sir", "mon-sat", "15-21"),
            R("tutor-divya", "Divya ma'am", "tue-sun", "9-13"),
        ],
        "Indian English, students and parents, WhatsApp style with 'pls', 'kindly', 'revert', 'prepone', some long formal parent messages",
        "'prepone' and 'postpone' an existing lesson (reschedule), weekly wishes ('every Sunday if possible'), school and coaching hours as limits ('after 5, school till 4:30'), exam dates as context ('his exam is on 14th'), 'either Tuesday or Thursday whichever is earlier', fallbacks, negated tutor ('not with Anand sir this time'), cancellations, fee questions",
    ),
]


# conversation writers (training data: whole conversations, labelled per turn)
CONV_WRITERS = [
    (
        "c01",
        "dental practice (check-ups, hygienist, whitening; prices and insurance questions)",
        "2026-12-07T09:40",
        "America/New_York",
        30,
        [
            R("dr-alvarez", "Dr. Alvarez", "mon-fri", "8-16"),
            R("hyg-brooks", "hygienist Brooks", "tue-sat", "9-17"),
        ],
        "terse SMS, lowercase, abbreviations, typos",
        "questions first then a booking, picks among shown options ('2nd one', 'the 10:30'), corrections in a later turn ('actually thurs not wed'), cancel that after questions",
    ),
    (
        "c02",
        "hair and beauty salon (cuts, colour, nails; product questions)",
        "2027-01-14T11:20",
        "Europe/London",
        60,
        [
            R("stylist-ella", "Ella", "tue-sat", "9-18"),
            R("stylist-marcus", "Marcus", "wed-sun", "11-20"),
            R("nails-jo", "Jo", "mon-fri", "10-16"),
        ],
        "British, chatty, 'half two', 'Saturday week', 'cheers', emojis spelled as words never",
        "stylist changes between turns ('actually can it be with Marcus'), added limits in later turns ('oh and not before 11'), reschedules of a picked slot, thanks and small talk turns",
    ),
    (
        "c03",
        "physiotherapy clinic (assessments, follow-ups, sports massage)",
        "2026-12-02T15:05",
        "America/Chicago",
        45,
        [
            R("pt-novak", "Dr. Novak", "mon-thu", "7-15"),
            R("pt-osei", "Dr. Osei", "tue-sat", "10-19"),
        ],
        "formal emails and non-native English (Polish, Portuguese, Arabic speakers), polite",
        "availability questions that turn into bookings, exclusions added later ('Tuesday is not possible for me'), insurance and price questions mid-booking, 'the first option', cancel after booking with a reason",
    ),
    (
        "c04",
        "car service garage (MOT/inspection, oil change, tyres; quotes)",
        "2027-02-08T08:10",
        "America/Denver",
        90,
        [R("bay-a", "Bay A", "mon-fri", "7-17"), R("bay-b", "Bay B", "mon-sat", "8-14")],
        "blunt, impatient, no punctuation, some angry",
        "quote questions then 'ok book it', 'cancel that' meaning the first thing asked about, drop-off limits ('need it back by 5'), goal changes from booking to a complaint and back",
    ),
    (
        "c05",
        "tutoring centre (maths and English tutors; parents booking for kids)",
        "2026-12-10T17:30",
        "Australia/Sydney",
        60,
        [
            R("tutor-priya", "Priya", "mon-fri", "15-20"),
            R("tutor-daniel", "Daniel", "sat,sun", "9-15"),
        ],
        "busy parents texting between things, Australian English, lowercase",
        "school schedules as their commitments ('school finishes 3:15'), corrections over turns, 'same time next week', picks by time ('the 4pm'), questions about fees between booking turns",
    ),
    (
        "c06",
        "day spa (massage, facials; gift vouchers)",
        "2027-03-03T13:00",
        "America/Los_Angeles",
        60,
        [
            R("therapist-kai", "Kai", "wed-sun", "10-19"),
            R("therapist-lena", "Lena", "mon-fri", "9-17"),
            R("room-couples", "couples suite", "thu-sun", "11-20"),
        ],
        "rambling, friendly, long messages with asides, some voice-to-text without punctuation",
        "fallbacks ('Friday, otherwise Saturday'), hedges ('ideally'), stated lengths ('90 minute massage'), 'whoever is free', gift voucher questions, cancel that after a comparison of treatments",
    ),
]
CONV_WRITERS += [
    (
        "c07",
        "optometrist and glasses shop (eye tests, contact lens fittings, frame repairs)",
        "2027-01-25T10:15",
        "America/Toronto",
        30,
        [
            R("opt-singh", "Dr. Singh", "mon-fri", "9-17"),
            R("opt-moreau", "Dr. Moreau", "wed-sat", "10-18"),
        ],
        "mixed: terse texts and polite emails, some French-Canadian English",
        "corrections in a later turn said as 'X, not Y' (a wish taken back: retracted) against reasons that rule a day out ('I have hockey Thursday': exclude); questions that name times ('are you open Saturday?', 'is that this week?'); picks; cancel that after a booking",
    ),
    (
        "c08",
        "veterinary practice (check-ups, vaccinations, dental cleaning; medication refills)",
        "2026-12-15T16:20",
        "Europe/Dublin",
        20,
        [
            R("vet-byrne", "Dr. Byrne", "mon-fri", "9-18"),
            R("vet-kowalski", "Dr. Kowalski", "tue-sat", "8-14"),
        ],
        "Irish and British pet owners, chatty, worried, some elderly",
        "turns that only add a limit ('oh and not before 10'), 'the one after', 'the week after', 'same time but Friday', reschedules of a picked slot, 'whoever is free', refill and price questions mid-booking, thanks and small talk",
    ),
    (
        "c09",
        "massage and physio clinic for athletes (sports massage, taping, recovery)",
        "2027-02-22T07:45",
        "America/Phoenix",
        60,
        [
            R("ther-dana", "Dana", "mon-sat", "6-14"),
            R("ther-luis", "Luis", "tue-sun", "12-21"),
        ],
        "athletes and coaches texting fast, lowercase, gym slang",
        "their training and work times as commitments ('practice till 5', 'I lift at 6am'), availability then a pick, hedged wishes in later turns ('ideally Dana'), corrections two turns later, durations ('need 90 today'), cancel that",
    ),
    (
        "c10",
        "legal clinic (consultations in person or by video; document questions)",
        "2027-03-09T11:50",
        "America/New_York",
        45,
        [
            R("atty-cho", "Ms. Cho", "mon-thu", "9-17"),
            R("atty-ruiz", "Mr. Ruiz", "tue-fri", "10-18"),
        ],
        "formal and anxious, long emails, some non-native English (Korean, Spanish speakers)",
        "distractor dates (court dates, deadlines: context), conditional wishes ('if Ms. Cho is not free, then Mr. Ruiz'), fallbacks, exclusions added later, goal changes from a booking to a fee question and back, 'cancel that' meaning the first thing asked about",
    ),
]
CONV_WRITERS += [
    (
        "c11",
        "personal training and fitness studio (PT sessions, small-group classes, body scans; membership questions)",
        "2027-01-18T19:05",
        "America/Chicago",
        45,
        [
            R("pt-jordan", "Jordan", "mon-fri", "6-13"),
            R("pt-sam", "Sam", "mon-sat", "12-21"),
            R("studio-b", "Studio B", "sat,sun", "8-16"),
        ],
        "young adults texting: slang, run-ons, no capitals, 'lol', 'ngl', 'tbh', spelling slips",
        "limits stacked over many turns ('also', 'oh and'), a limit loosened later ('actually any time after 4 is fine', 'forget the morning thing'), trainer changed and changed back, picks by day ('the friday one'), membership questions between booking turns",
    ),
    (
        "c12",
        "family doctor's surgery (GP appointments, nurse clinics, blood tests; repeat prescriptions, test results)",
        "2026-12-21T08:35",
        "Europe/London",
        15,
        [
            R("dr-patel", "Dr. Patel", "mon-fri", "8-13"),
            R("dr-hughes", "Dr. Hughes", "mon,wed,thu,fri", "13-18.5"),
            R("nurse-okoro", "Nurse Okoro", "tue-fri", "8.5-16"),
        ],
        "elderly and polite, long-winded, British and Indian English; some carers booking for a parent",
        "the customer's own commitments stated as context over several turns ('the bus only comes at 10'), corrections of corrections ('no wait, Tuesday was right after all'), a question and a wish in one turn, prescription questions mid-booking, 'cancel that' after a booking and after questions",
    ),
    (
        "c13",
        "home services company (plumber and electrician visits, cleaners; arrival windows, quotes)",
        "2027-02-03T12:25",
        "America/Los_Angeles",
        120,
        [
            R("plumb-team", "the plumbing team", "mon-fri", "8-17"),
            R("elec-ruiz", "Ruiz (electrician)", "mon-sat", "7-15"),
            R("clean-crew", "the cleaning crew", "tue-sun", "9-18"),
        ],
        "busy homeowners and tenants, terse, typos, voice-to-text slips, a few angry about a leak",
        "arrival windows ('between 8 and 12'), several days ruled out one turn at a time, 'any day but Monday', rescheduling a booked visit, 'whoever is free', lengths ('it'll take about 3 hours'), a quote question then back to booking, 'never mind' meaning the first job asked about",
    ),
    (
        "c14",
        "music school (piano, guitar and voice lessons; trial lessons, instrument rental questions)",
        "2027-03-15T16:50",
        "Asia/Singapore",
        30,
        [
            R("t-mei", "Ms. Mei", "mon-fri", "14-21"),
            R("t-arjun", "Mr. Arjun", "wed-sun", "10-18"),
        ],
        "non-native English (Mandarin, Hindi, Spanish and Malay speakers), mixed casual and formal, parents and adult learners",
        "availability questions that become bookings, relative references ('the week after', 'the day after that', 'same time but Saturday'), fallbacks across turns ('if not Thursday then Friday'), a limit taken back ('the before-noon thing doesn't matter anymore'), picks by time, cancel that after a question about another lesson",
    ),
]
CONV_WRITERS += [
    (
        "c15",
        "driving school (lessons, mock tests, test-day car hire; package questions)",
        "2027-04-06T13:40",
        "Europe/London",
        60,
        [
            R("instr-fraser", "Fraser", "mon-fri", "7-15"),
            R("instr-aileen", "Aileen", "tue-sat", "10-19"),
        ],
        "Scottish and Northern English learners and their parents, chatty, dialect words, 'the morra', 'half 3', some teenagers texting",
        "lessons around school, work and shifts ('I finish at half 3', 'on lates Thursday'), a wish made firmer or softer in a later turn, a second lesson in the same conversation, availability questions that become bookings, picks, 'cancel that' after a question about test fees",
    ),
    (
        "c16",
        "tax and bookkeeping office (tax return appointments, payroll questions, document drop-offs)",
        "2027-03-29T10:10",
        "America/New_York",
        60,
        [
            R("cpa-nguyen", "Ms. Nguyen", "mon-fri", "9-17"),
            R("cpa-obi", "Mr. Obi", "mon-thu", "12-20"),
            R("front-desk", "the front desk", "mon-sat", "9-13"),
        ],
        "small-business owners and retirees, formal and informal mixed, Nigerian and Vietnamese English, some stressed about deadlines",
        "deadline dates that are context not wishes ('it's due the 15th'), 'before the 15th' as a limit, several limits over turns, a person changed ('actually Mr. Obi is fine'), questions with times in them ('are you open Saturday?'), reschedules, 'never mind' after a question",
    ),
    (
        "c17",
        "pet grooming and dog daycare (baths, full grooms, nail trims; daycare questions)",
        "2027-05-10T08:05",
        "Australia/Melbourne",
        90,
        [
            R("groom-tash", "Tash", "mon-fri", "8-16"),
            R("groom-ben", "Ben", "wed-sun", "9-17"),
        ],
        "dog owners texting, Australian English, emojis written as words, very casual, some long stories about their dog",
        "drop-off and pick-up times ('can drop him at 8, need him back by 2'), two dogs in one booking, days ruled out one at a time, 'whoever is free', loosening a limit later, picks by time ('the 9:30'), thanks and small talk, 'cancel that' after a booking",
    ),
]
CONV_WRITERS += [
    (
        "c18",
        "phone and laptop repair shop (screen and battery repairs, data recovery, diagnostics drop-offs)",
        "2027-02-15T11:25",
        "America/Chicago",
        45,
        [
            R("tech-dana", "Dana", "mon-fri", "9-17"),
            R("tech-luis", "Luis", "tue-sat", "11-19"),
        ],
        "busy customers texting in lowercase, terse, typos and abbreviations ('tmrw', 'wed', 'thx', 'pls'), a few retirees who write long polite messages",
        "'same time next week', 'later that week', 'the day after', abbreviated weekdays, drop-off before work or after a shift, picks by time and by order ('the 2nd one'), a reschedule of a booking made earlier in the conversation, price questions in the middle, 'cancel that' after a question about another repair",
    ),
    (
        "c19",
        "counselling and psychotherapy practice (first consultations, weekly sessions, couples sessions)",
        "2027-06-07T09:50",
        "Europe/London",
        50,
        [
            R("dr-hale", "Dr. Hale", "mon-thu", "8-18"),
            R("ms-okafor", "Ms. Okafor", "tue-sat", "10-20"),
        ],
        "British clients, formal or anxious, some long apologetic messages, some very short, a few written by a partner for both",
        "limits from work and childcare that pile up over turns, a day corrected two turns later, 'actually the earlier one', fallbacks ('if not, Thursday'), 'no preference' about the counsellor, a preference turned into a firm limit later, questions about fees and online sessions, thanks, 'never mind' after a question",
    ),
    (
        "c20",
        "children's swimming lessons at a leisure centre (trial lessons, private lessons, term questions)",
        "2027-09-13T16:15",
        "Europe/Dublin",
        30,
        [
            R("coach-niamh", "Niamh", "mon-fri", "14-20"),
            R("coach-sean", "Sean", "wed-sun", "9-17"),
        ],
        "Irish parents texting, warm and chatty, Hiberno-English ('would you have anything', 'grand'), some in a rush between school runs",
        "times around school pick-up ('after half 3'), 'any day but Wednesday', two children in one conversation, an availability question that becomes a booking, picks ('that one', 'the later one'), a goal shift to a question and back, 'cancel that' after a booking, a limit loosened later",
    ),
]
CONV_WRITERS += [
    (
        "c21",
        "kitchen and bathroom design showroom (design consultations in the showroom or at home, measuring visits; quotes and samples)",
        "2027-03-08T12:40",
        "America/Los_Angeles",
        60,
        [
            R("des-carla", "Carla", "mon-fri", "9-17"),
            R("des-tom", "Tom", "wed-sun", "10-18"),
            R("measure-team", "the measuring team", "mon-sat", "8-14"),
        ],
        "homeowners and couples, chatty American English, some long emails, one partner sometimes writing for both, a few contractors writing tersely",
        "a consultation booked and then moved later in the same conversation ('can we push that to Thursday'), the customer's own commitments as context ('I'm in the office till 5', 'I start at 8'), 'no preference' about the designer, a measuring visit as a second booking, questions about samples and prices between turns, picks ('the 10am', 'the second one'), 'cancel that' meaning an earlier item, a limit loosened later",
    ),
    (
        "c22",
        "university IT help desk (laptop drop-offs for repair, account and Wi-Fi help appointments, software installs)",
        "2027-10-04T10:20",
        "Australia/Sydney",
        30,
        [
            R("it-front", "the front counter", "mon-fri", "8-18"),
            R("tech-priya", "Priya", "mon-thu", "10-16"),
            R("tech-kofi", "Kofi", "wed-sat", "9-15"),
        ],
        "students and staff: lowercase rushed texts, international students writing careful non-native English, a few formal staff emails",
        "drop-off bookings ('can i drop my laptop in before my 11am lecture', 'leave it with you thursday morning'), class and lab times as distractors or as limits ('after my 2pm tute'), 'no preference' and 'whoever is free', how long a job takes ('it'll need about an hour'), availability questions that become bookings, corrections a turn later, small talk and thanks, 'never mind' after a question",
    ),
]
CONV_WRITERS += [
    (
        "c23",
        "escape rooms and bowling lanes (group bookings, birthday parties, corporate team outings)",
        "2027-08-16T14:30",
        "America/Chicago",
        60,
        [
            R("room-vault", "the Vault room", "wed-sun", "12-23"),
            R("room-lab", "the Lab room", "mon-sun", "14-22"),
            R("lanes", "the bowling lanes", "mon-sun", "10-23"),
        ],
        "teenagers, party-planning parents and office admins: emoji words, all caps excitement, terse texts, a few formal work emails",
        "group sizes and ages that are numbers not times ('for 8 people', 'party of 12', 'she's turning 10'), birthdays and events as context ('his birthday is the 14th'), 'after 7 but not too late', a room changed and changed back, two bookings in one conversation (a room then lanes), picks ('the 6:30', 'the first one'), a booking moved later in the conversation, price and age questions between turns, 'cancel that' after a question",
    ),
    (
        "c24",
        "children's speech and occupational therapy clinic (assessments, weekly therapy sessions, parent consultations)",
        "2027-09-20T09:05",
        "America/Toronto",
        45,
        [
            R("slp-martin", "Ms. Martin (speech)", "mon-thu", "8-16"),
            R("ot-gagnon", "Mr. Gagnon (OT)", "tue-fri", "11-19"),
        ],
        "Canadian parents, some French speakers writing English, careful and detailed or rushed between work and school, a few grandparents",
        "sessions around school hours and daycare pick-up ('after 3:15', 'not during nap time 1 to 3'), weekly recurring wishes ('every Tuesday if possible'), an assessment then a first session, a therapist asked for then 'no preference', a day corrected a turn later, a firm limit softened later ('mornings could work if nothing else'), questions about insurance receipts, thanks, 'never mind' after a question",
    ),
]
CONV_WRITERS += [  # held out from r14: the check of how the reader reads unseen conversations
    (
        "c25",
        "hospital outpatient physiotherapy and hydrotherapy (first assessments, follow-ups, pool sessions)",
        "2027-11-08T13:10",
        "Europe/London",
        45,
        [
            R("physio-grant", "Mr. Grant", "mon-fri", "8-16"),
            R("physio-osei", "Ms. Osei", "tue-sat", "10-18"),
            R("hydro-pool", "the hydrotherapy pool", "mon-thu", "9-15"),
        ],
        "older patients and carers, polite and long-winded, some Welsh and Nigerian English, a few terse texts from younger patients after sports injuries",
        "the patient's own hospital appointments and transport as context or limits ('the hospital bus gets in at 10:15', 'I have dialysis Tuesdays'), a pool session and a physio session in one conversation, a therapist changed and 'no preference', corrections a turn later, a picked slot moved later, questions about parking and what to wear, thanks, 'cancel that' after a question",
    ),
    (
        "c26",
        "bike and e-scooter repair shop (services, puncture repairs, e-bike diagnostics, drop-offs and collections)",
        "2027-04-26T16:40",
        "Europe/Amsterdam",
        60,
        [
            R("mech-joost", "Joost", "mon-fri", "8-17"),
            R("mech-lina", "Lina", "wed-sat", "10-18"),
        ],
        "Dutch, German and English speakers writing English, commuters texting tersely, students, a few long emails",
        "drop-off before work and collection after ('drop at 8, pick up by 6'), 'any day but Wednesday', a firm limit loosened later, picks by time and order, two bikes in one conversation, price questions in the middle, 'never mind' after a question, reschedules of a booking made earlier in the conversation",
    ),
    (
        "c27",
        "notary and document-certification office (signings, certified copies, apostille appointments)",
        "2027-06-21T10:50",
        "America/New_York",
        30,
        [
            R("notary-reyes", "Ms. Reyes", "mon-fri", "9-17"),
            R("notary-cohen", "Mr. Cohen", "mon,wed,fri", "12-20"),
        ],
        "home buyers, small-business owners and immigrants, formal and anxious, Spanish and Haitian Creole speakers writing English, some lawyers' assistants writing for clients",
        "deadlines as context or as limits ('closing is Thursday so before then'), several people who must all attend ('my wife and I both need to sign'), a notary asked for then 'whoever is free', corrections of a day a turn later, availability questions that become bookings, picks, 'cancel that' after a booking, questions about ID and fees",
    ),
]
CONV_WRITERS += [
    (
        "c28",
        "car dealership service department (servicing, warranty repairs, courtesy cars, tyre fitting)",
        "2027-02-01T08:35",
        "Australia/Melbourne",
        60,
        [
            R("adv-jess", "Jess (service advisor)", "mon-fri", "7-17"),
            R("adv-marco", "Marco (service advisor)", "tue-sat", "8-16"),
        ],
        "Australian drivers, tradies texting tersely, retirees writing politely, some fleet admins",
        "a booking made, then a second car booked later in the same conversation, a booked slot moved ('can we push that back a day'), the customer's commitments as limits that pile up ('I start work at 9 so drop-off before 8:30'), a preference later made firm, a day ruled out a turn after a pick ('actually Tuesday won't work after all'), picks by order and time, questions about loan cars and costs between turns, 'cancel that' meaning an earlier item",
    ),
    (
        "c29",
        "beauty and nail salon (manicures, lashes, brows, waxing; group bookings for weddings)",
        "2027-06-14T13:15",
        "America/Los_Angeles",
        45,
        [
            R("tech-lily", "Lily", "tue-sat", "10-19"),
            R("tech-ana", "Ana", "wed-sun", "9-17"),
        ],
        "young clients texting with slang and emoji words, brides-to-be planning carefully, a few mothers booking for daughters, some Vietnamese and Spanish speakers writing English",
        "soft wishes that are not requirements ('saturday ideally', 'every other friday if possible'), an availability question that becomes a booking, a booking then a question then 'actually make it an hour later', a group of bookings for one day, a technician asked for then 'whoever', corrections of a day in the next turn, small talk, thanks, 'never mind' after a question, 'cancel that' after a booking",
    ),
]
CONV = HERE.parents[0] / "conversations"


def _kit(rows: list, seed0: int, folder_of: Callable[[str], Path]) -> dict[str, dict]:
    """Each writer's calendar written to its folder; their briefs, by writer id."""
    briefs = {}
    for seed, (wid, business, now, tz, minutes, res, voice, focus) in enumerate(rows, start=seed0):
        spec = {
            "business": business,
            "now": now,
            "timezone": tz,
            "duration_minutes": minutes,
            "resources": res,
        }
        folder = folder_of(wid)
        folder.mkdir(parents=True, exist_ok=True)
        cal = folder / f"cal_{wid}.json"
        cal.write_text(json.dumps(make_calendar(spec, seed), indent=1) + "\n")
        briefs[wid] = {
            "business": business,
            "voice": voice,
            "phenomena": focus,
            "calendar": str(cal.relative_to(HERE.parents[3])),
            "group": "blind" if wid.startswith("b") else "train",
        }
    return briefs


def main() -> None:
    briefs = _kit(
        WRITERS + BLIND_WRITERS + MORE_WRITERS,
        101,
        lambda wid: BLIND if wid.startswith("b") else HERE,
    )
    (HERE / "briefs.json").write_text(json.dumps(briefs, indent=1) + "\n")
    conv_briefs = _kit(CONV_WRITERS, 301, lambda wid: CONV)
    (CONV / "briefs.json").write_text(json.dumps(conv_briefs, indent=1) + "\n")


if __name__ == "__main__":
    main()
