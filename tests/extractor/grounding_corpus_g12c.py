"""The G12c corpus: providers named by their role ("the nurse" for Nurse Okoro, "a
plumber" for the plumbing team, "the cleaners" for the cleaning crew, "any piano
teacher"), and a shown option picked by its day ("the friday one": Friday, not 1:00).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

SURGERY = (("dr-patel", "Dr. Patel"), ("dr-hughes", "Dr. Hughes"), ("nurse-okoro", "Nurse Okoro"))
TRADES = (
    ("plumb-team", "the plumbing team"),
    ("elec-ruiz", "Ruiz (electrician)"),
    ("clean-crew", "the cleaning crew"),
)
STUDIO = (("t-mei", "Ms. Mei"), ("t-arjun", "Mr. Arjun"))
GARDENS = (("garden-co", "The gardening crew"), ("paint-1", "Painting team"))
CLINIC = (("dent-li", "Dentist Li"), ("dr-ng", "Dr. Ng"))

# A title that is also a trade ("Nurse Okoro"), said alone, names the one resource that
# holds it. Each row: the message, the resources, the words found, the resource id.
TRADE_TITLE: tuple[tuple[str, tuple[tuple[str, str], ...], str, str], ...] = (
    ("can I see the nurse on friday", SURGERY, "the nurse", "nurse-okoro"),
    ("Is there a nurse appointment tomorrow morning?", SURGERY, "a nurse", "nurse-okoro"),
    ("bloods with nurse pls, any morning", SURGERY, "nurse", "nurse-okoro"),
    ("My dad needs his jab done by the Nurse next week", SURGERY, "the Nurse", "nurse-okoro"),
    ("When is the nurse in?", SURGERY, "the nurse", "nurse-okoro"),
    ("NURSE clinic thursday?", SURGERY, "NURSE", "nurse-okoro"),
    ("could the nurses fit me in", SURGERY, "the nurses", "nurse-okoro"),
    ("i'd rather the nurse did it than Dr Patel", SURGERY, "the nurse", "nurse-okoro"),
    ("nurse okoro if poss", SURGERY, "nurse okoro", "nurse-okoro"),
    ("dressing change with the practice nurse", SURGERY, "nurse", "nurse-okoro"),
    ("I want the dentist not the doctor", CLINIC, "the dentist", "dent-li"),
    ("a check with the dentist on the 3rd", CLINIC, "the dentist", "dent-li"),
    ("need a nurse for a smear test", SURGERY, "a nurse", "nurse-okoro"),
    ("the nurse did my last one, same again", SURGERY, "the nurse", "nurse-okoro"),
    ("Does the nurse work Saturdays?", SURGERY, "the nurse", "nurse-okoro"),
)

# A role named by its activity ("the plumbing team") is said by who does it: "a
# plumber", "the plumbers", "the cleaners", "a gardener", "the painters".
AGENT_NOUNS: tuple[tuple[str, tuple[tuple[str, str], ...], str, str], ...] = (
    ("need a plumber TODAY", TRADES, "a plumber", "plumb-team"),
    ("can the plumbers come tuesday", TRADES, "the plumbers", "plumb-team"),
    ("whens the plumber free", TRADES, "the plumber", "plumb-team"),
    ("Plumber needed for a leak, asap", TRADES, "Plumber", "plumb-team"),
    ("I have the cleaners booked thursday", TRADES, "the cleaners", "clean-crew"),
    ("could a cleaner come on the 4th", TRADES, "a cleaner", "clean-crew"),
    ("the plumbing team on monday", TRADES, "the plumbing team", "plumb-team"),
    ("send your cleaners round friday morning", TRADES, "cleaners", "clean-crew"),
    ("is the electrician free", TRADES, "electrician", "elec-ruiz"),
    ("a gardener saturday please", GARDENS, "a gardener", "garden-co"),
    ("the gardeners were great last time", GARDENS, "the gardeners", "garden-co"),
    ("can the painters start monday", GARDENS, "the painters", "paint-1"),
    ("need a painter for a day next week", GARDENS, "a painter", "paint-1"),
    ("plumbers any day but monday", TRADES, "plumbers", "plumb-team"),
    ("my cleaner usually comes wednesdays", TRADES, "cleaner", "clean-crew"),
)

# "any voice teacher", "any female doctor": the choice left to the business (no
# resource), the kind of provider said between "any" and the role.
ANY_KIND: tuple[tuple[str, tuple[tuple[str, str], ...], str], ...] = (
    ("any voice teacher free this week?", STUDIO, "any voice teacher"),
    ("Any piano teacher on saturday", STUDIO, "Any piano teacher"),
    ("any guitar tutor is fine", STUDIO, "any guitar tutor"),
    ("any female doctor please", SURGERY, "any female doctor"),
    ("any lady doctor tuesday", SURGERY, "any lady doctor"),
    ("is any maths tutor around after 4", STUDIO, "any maths tutor"),
    ("any singing teacher, not fussy", STUDIO, "any singing teacher"),
    ("any male nurse?", SURGERY, "any male nurse"),
    ("any violin teacher next week", STUDIO, "any violin teacher"),
    ("any drum teacher friday", STUDIO, "any drum teacher"),
    ("Any senior stylist saturday", STUDIO, "Any senior stylist"),
    ("any junior dentist would do", CLINIC, "any junior dentist"),
    ("any english tutor mornings", STUDIO, "any english tutor"),
    ("any woman doctor on the 2nd", SURGERY, "any woman doctor"),
    ("any guitar teachers free tmrw", STUDIO, "any guitar teachers"),
)

# Near misses: what they name must not change. Each row: the message, the resources,
# the (words, id) found.
NOT_A_ROLE: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], ...] = (
    ("the plumbing in my flat is old", (("p-1", "Plumber Jo"), ("p-2", "Plumber Al")), ()),
    ("the nurse", (("nurse-a", "Nurse Ade"), ("nurse-b", "Nurse Bo")), ()),  # two nurses
    ("a cleaner kitchen would be nice", (("c-1", "Cleaning"),), ()),  # a name of one word
    ("any time tomorrow", STUDIO, ()),
    ("any voice notes?", STUDIO, ()),
    ("ask the doctor", (("n-1", "Nurse Ade"), ("n-2", "Nurse Bo")), ()),
    ("Mr Arjun on friday", STUDIO, (("Mr Arjun", "t-arjun"),)),
    (
        "the running order",
        (("r-1", "the running club"), ("r-2", "the rowing club")),
        (("running", "r-1"),),
    ),
    ("my therapist said so", (("t-1", "Dr. Lee"),), ()),
    ("get cleaning supplies", (("x", "Sam"),), ()),
    ("nurse okoro", (("dr-1", "Dr. Okoro"),), (("nurse okoro", "dr-1"),)),
    ("a doctor", (("dr-1", "Dr. Okoro"), ("dr-2", "Dr. Ada")), ()),
    (
        "planning to come thursday",
        (("p-1", "the planning office"), ("p-2", "Ann")),
        (("planning", "p-1"),),
    ),
    ("any voice", STUDIO, ()),
    ("anything on saturday", STUDIO, ()),
)

# "the friday one", "that thurs one", "the saturday one at the top": a shown option
# picked by its day: the day alone, never 1:00. Each row: the message, the words found.
DAY_PICKS: tuple[tuple[str, str], ...] = (
    ("the friday one", "friday"),
    ("the friday one ig", "friday"),
    ("the thurs one pls", "thurs"),
    ("ok the thursday one", "thursday"),
    ("the saturday one at the top is good", "saturday"),
    ("I'll go with the Monday one", "Monday"),
    ("that tuesday one works", "tuesday"),
    ("the sunday one please!", "sunday"),
    ("hmm the Weds one i think", "Weds"),
    ("this friday one looks best", "this friday"),
    ("the tues one if still free", "tues"),
    ("Take the Saturday one", "Saturday"),
    ("yeah the fri one", "fri"),
    ("the thursday one, thanks", "thursday"),
    ("can I have the wednesday one", "wednesday"),
)

# ... while a day and "one" said as an hour stay a clock. Each row: the message, the
# words found, the start ("MM-DD HH:MM").
STILL_ONE_OCLOCK: tuple[tuple[str, str, str], ...] = (
    ("friday one works", "friday one", "11-27 13:00"),
    ("friday at one", "friday at one", "11-27 13:00"),
    ("the friday one pm slot", "friday one pm", "11-27 13:00"),
    ("see you the friday one thirty", "friday one thirty", "11-27 13:30"),
    ("thursday one o'clock", "thursday one o'clock", "11-26 13:00"),
    ("monday at one please", "monday at one", "11-23 13:00"),
)

# "a 30 min one tmrw", "a quick one friday": "one" after "a" and the kind of visit is the
# visit, not 1:00; the day stays. Each row: the message, the day's words.
DESCRIBED_ONE: tuple[tuple[str, str], ...] = (
    ("ok can i get a 30 min one tmrw", "tmrw"),
    ("a quick one tomorrow?", "tomorrow"),
    ("an hour one friday please", "friday"),
    ("could we do a 45 min one on monday", "monday"),
    ("a half hour one thursday", "thursday"),
    ("an early one tomorrow if poss", "tomorrow"),
    ("need a long one saturday", "saturday"),
    ("a short one wed", "wed"),
    ("a 90 minute one next tuesday", "next tuesday"),
    ("book me a double one sunday", "sunday"),
    ("a later one thursday would suit", "thursday"),
    ("is there a 1 hour one on the 3rd", "on the 3rd"),
    ("a 20min one today", "today"),
    ("Maybe a shorter one on Friday?", "Friday"),
    ("an afternoon one tomorrow", "tomorrow"),
)

# "like 12-1", "just 3-4", "only 9-5": a range of hours after a hedge, said with a dash.
# Each row: the message, the words, the start and end ("HH:MM").
HEDGED_DASH: tuple[tuple[str, str, str, str], ...] = (
    ("on my lunch break like 12-1", "12-1", "12:00", "13:00"),
    ("like 12-1 tmrw", "12-1 tmrw", "12:00", "13:00"),
    ("just 3-4 on friday", "3-4 on friday", "15:00", "16:00"),
    ("only 2-4 thursday", "2-4 thursday", "14:00", "16:00"),
    ("like 10-12 on the 3rd", "10-12 on the 3rd", "10:00", "12:00"),
    ("tmrw like 1-2", "tmrw like 1-2", "13:00", "14:00"),
    ("just 11–1 if you can", "11–1", "11:00", "13:00"),
    ("like 4-5 monday", "4-5 monday", "16:00", "17:00"),
    ("only 12-2 wed", "12-2 wed", "12:00", "14:00"),
    ("free like 9-11 tomorrow", "9-11 tomorrow", "09:00", "11:00"),
    ("like 5-6 today", "5-6 today", "17:00", "18:00"),
    ("just 10-11 saturday", "10-11 saturday", "10:00", "11:00"),
    ("only 1-3 friday", "1-3 friday", "13:00", "15:00"),
    ("like 3-5pm tuesday", "3-5pm tuesday", "15:00", "17:00"),
    ("just 12-1 on my lunch", "12-1", "12:00", "13:00"),
)

# ... while "one" as an hour and counts after a hedge stay as they were. Each row: the
# message, the words found (in order).
STILL_COUNTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("like 2-3 people", ()),
    ("at a quarter past one friday", ("at a quarter past one friday",)),
    ("i'd like half one friday", ("half one friday",)),
    ("just 2-3 of us, 1-2 hours", ("1-2 hours",)),
    ("a table for one friday", ("friday",)),
)
