"""The G11c corpus: a deadline named by what happens then ("before my visa ends on the
20th", "before I fly on the 14th"), a list ruled out with "nor" ("not today nor
tomorrow", "neither Monday nor Tuesday"), a day said once for the windows after it
("tomorrow, morning or afternoon", "tmrw b4 9 or after 3"), an em dash between two
weekdays that breaks the sentence rather than joining a range ("not Wednesday —
Thursday?"), a short day name after "ideally" / "preferably" ("ideally wed but im
flexible"), a school grade that is no day ("he is in 9th grade"), and, for resources, a room's letter said alone before a day ("get A tmrw").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "before my visa ends on the 20th": the day the event is on is the deadline, left out as
# in "before the 20th". Each row: the message, the mention's words, the first day no
# longer allowed ("MM-DD").
EVENT_DEADLINES: tuple[tuple[str, str, str], ...] = (
    (
        "I need the paperwork signed before my visa ends on the 20th",
        "before my visa ends on the 20th",
        "12-20",
    ),
    ("can you squeeze me in before I fly on the 14th?", "before I fly on the 14th", "12-14"),
    (
        "we want it done before we leave for Boston on Dec 10",
        "before we leave for Boston on Dec 10",
        "12-10",
    ),
    (
        "has to be before my passport expires on December 18",
        "before my passport expires on December 18",
        "12-18",
    ),
    ("need a trim before the wedding on the 12th", "before the wedding on the 12th", "12-12"),
    ("Any chance before my surgery on Friday?", "before my surgery on Friday", "11-27"),
    ("prior to my move on the 15th please", "prior to my move on the 15th", "12-15"),
    (
        "ahead of my interview on the 9th, ideally mornings",
        "ahead of my interview on the 9th",
        "12-09",
    ),
    ("b4 my trip on the 5th pls", "b4 my trip on the 5th", "12-05"),
    (
        "Hoping for a slot before my daughter's recital on the 19th",
        "before my daughter's recital on the 19th",
        "12-19",
    ),
    (
        "I'd like it sorted before my lease runs out on Dec 31",
        "before my lease runs out on Dec 31",
        "12-31",
    ),
    (
        "before she goes back to college on the 6th",
        "before she goes back to college on the 6th",
        "12-06",
    ),
    (
        "it must be before my work permit expires on 12/15",
        "before my work permit expires on 12/15",
        "12-15",
    ),
    (
        "Could Dr Lee see him before the school trip on Thursday?",
        "before the school trip on Thursday",
        "11-26",
    ),
    (
        "before my tourist visa runs out on the 30th if you can",
        "before my tourist visa runs out on the 30th",
        "11-30",
    ),
    ("pls fit me in before my mum arrives on the 8th", "before my mum arrives on the 8th", "12-08"),
)

# ... but not a day counted back from the event, a routine of the same day, "after" an
# event (one with its clock, said before its name or after it, "before my 10am lecture",
# "b4 my shift at 1", is a bound at that clock: `grounding_corpus_g46.EVENT_BOUNDS`,
# `grounding_corpus_g47.EVENT_THEN_CLOCK`). Each row: the message and the mentions'
# words, in order (none of them a bound unless it says "before the 20th"; a day counted
# from the event is read from its date since A48: `grounding_corpus_a48.EVENT_COUNTS`).
EVENT_NOT_A_DEADLINE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the day before my surgery on the 21st", ("the day before my surgery", "on the 21st")),
    ("before my class on Friday", ("Friday",)),
    ("two days before my flight on the 14th", ("two days before my flight", "on the 14th")),
    ("the night before my exam on the 9th", ("the night before my exam", "on the 9th")),
    ("before my lesson starts on Tuesday", ("Tuesday",)),
    ("after my surgery on the 21st", ("on the 21st",)),
    ("I've been before, on the 3rd", ("on the 3rd",)),
    ("before my 2 kids get home", ()),
    ("before the end of the day on friday", ("end of the day on friday",)),
)

# "not today nor tomorrow", "neither Monday nor Tuesday": every item of the list is
# ruled out. Each row: the message and the words of the list's last item.
NOR_LISTS: tuple[tuple[str, str], ...] = (
    ("I cannot come today nor tomorrow", "tomorrow"),
    ("not Monday nor Tuesday please", "Tuesday"),
    ("neither the 3rd nor the 4th works", "the 4th"),
    ("can't do mornings nor evenings", "evenings"),
    ("Neither Friday nor Saturday, sorry", "Saturday"),
    ("we can't make wed nor thurs", "thurs"),
    ("neither tuesday nor thursday is good for me", "thursday"),
    ("I'm not free on the 5th nor the 6th", "the 6th"),
    ("not tmrw nor fri", "fri"),
    ("Not the weekend nor Monday", "Monday"),
    ("neither 2pm nor 3pm work", "3pm"),
    ("not sat nor sun pls", "sun"),
    ("no mornings nor lunchtimes", "lunchtimes"),
    ("not at 9 nor at 10", "at 10"),
    ("Neither Monday, Tuesday nor Wednesday", "Wednesday"),
)

# ... and the first item too when "neither" opens the list.
NEITHER_FIRST: tuple[tuple[str, str], ...] = (
    ("neither tuesday nor thursday is good for me", "neither tuesday"),
    ("Neither Friday nor Saturday, sorry", "Neither Friday"),
    ("neither the 3rd nor the 4th works", "neither the 3rd"),
)

# "neither" with no list after it rules nothing out; a plain list stays wanted. Each row:
# the message and the words of a mention that stays wanted.
NOR_NOT_NEGATED: tuple[tuple[str, str], ...] = (
    ("neither of those work, friday?", "friday"),
    ("neither works for me. how about thursday", "thursday"),
    ("not monday, tuesday works", "tuesday"),
    ("either Monday or Tuesday", "Tuesday"),
)

# "not Wednesday — Thursday?", "Tuesday — Monday I'm out": a spaced em dash between two
# weekdays written out, the second the next day or back round the week, breaks the
# sentence. Each row: the message and the mentions' words, in order.
DASH_BREAKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("not Wednesday — Thursday? afternoon-ish", ("not Wednesday", "Thursday", "afternoon")),
    (
        "Monday, no wait, Tuesday — Monday I have the dentist",
        ("Monday", "Tuesday", "Monday"),
    ),
    ("Friday — Saturday would be better actually", ("Friday", "Saturday")),
    ("Thursday — Friday's no good", ("Thursday", "Friday's no good")),
    ("next Tuesday — Wednesday?", ("next Tuesday", "Wednesday")),
    ("Saturday — Sunday if Saturday's full", ("Saturday", "Sunday", "Saturday")),
    ("Friday — Monday works too", ("Friday", "Monday")),
    ("Sunday — Monday, either is fine", ("Sunday", "Monday")),
    ("not Tuesday — Wednesday is my day off", ("not Tuesday", "Wednesday")),
    ("Thursday — Tuesday, sorry, I misread", ("Thursday", "Tuesday")),
    ("ok Wednesday — Thursday maybe", ("Wednesday", "Thursday")),
    ("Monday — Monday next week I mean", ("Monday", "Monday next week")),
    ("Saturday — Friday if you're closed then", ("Saturday", "Friday")),
    ("tuesday — wednesday? whichever", ("tuesday", "wednesday")),
    ("Friday — Thursday would suit better", ("Friday", "Thursday")),
)

# ... while a dash in order over three days or more, a short name or no spaces still
# joins a range. Each row: the message and the range's words.
DASH_RANGES: tuple[tuple[str, str], ...] = (
    ("Monday — Friday I'm at work", "Monday — Friday"),
    ("Friday — Sunday we're away", "Friday — Sunday"),
    ("Mon — Fri", "Mon — Fri"),
    ("Mon—Fri", "Mon—Fri"),
    ("Mon-Fri", "Mon-Fri"),
    ("monday – friday", "monday – friday"),
    ("Tuesday-Wednesday", "Tuesday-Wednesday"),
    ("Monday to Tuesday I'm out", "Monday to Tuesday"),
)

# "tomorrow, morning or afternoon", "thursday the 3rd between 10 and 11 or between 1 and
# 2": the windows after "or" are on the first one's day, dated windows of their own.
# Each row: the message, the later window's words, its start ("MM-DD HH:MM") and end
# ("HH:MM", "00:00" for the end of the day).
SHARED_DAY: tuple[tuple[str, str, str, str], ...] = (
    ("tomorrow, morning or afternoon, no problem", "afternoon", "11-24 12:00", "17:00"),
    ("this Friday, morning or afternoon", "afternoon", "11-27 12:00", "17:00"),
    (
        "thursday the 3rd between 10 and 11 or between 1 and 2?",
        "between 1 and 2",
        "12-03 13:00",
        "14:00",
    ),
    ("tmrw 11 to 12 and then again 2 to 3, either works", "2 to 3", "11-24 14:00", "15:00"),
    ("thurs 26th early morning or late arvo", "late arvo", "11-26 15:00", "17:00"),
    ("Wednesday morning or maybe afternoon", "afternoon", "11-25 12:00", "17:00"),
    ("on the 1st, 9 to 11 or 2 to 4", "2 to 4", "12-01 14:00", "16:00"),
    ("Saturday lunchtime or evening?", "evening", "11-28 17:00", "21:00"),
    ("Tuesday 10-12 or else 3-5", "3-5", "11-24 15:00", "17:00"),
    ("dec 2 in the morning or in the evening", "evening", "12-02 17:00", "21:00"),
    ("the 30th, 8 to 10 then 4 to 6", "4 to 6", "11-30 16:00", "18:00"),
    ("Sunday the 29th, morning or evening", "evening", "11-29 17:00", "21:00"),
    ("tomorrow 9-11 or 1-3", "1-3", "11-24 13:00", "15:00"),
    ("wed between 9 and 10 or between 12 and 1", "between 12 and 1", "11-25 12:00", "13:00"),
    ("tmrw b4 9 or after 3, in between im out", "after 3", "11-24 15:00", "00:00"),
    ("friday before 10 or after 4 pls", "after 4", "11-27 16:00", "00:00"),
)

# ... not a window with a day of its own, one beside a bound, after a comma alone, a
# clock (a start of that day already) or a negated list. Each row: the message, the
# later mention's words, its type and the index of the mention it narrows (as before).
SHARED_DAY_UNCHANGED: tuple[tuple[str, str, str, int | None], ...] = (
    ("Friday morning or Monday afternoon", "Monday afternoon", "datetimerange", None),
    ("tomorrow morning or after 3", "after 3", "bound", 0),
    # the bare "no" ending the message rules the afternoon out, in its mention (G49)
    ("Friday morning, afternoon no", "afternoon no", "timerange", 0),
    ("tomorrow 8:30 or 9", "9", "time", 0),
    ("before 10 or after 4", "after 4", "bound", None),
    ("not tomorrow morning or afternoon", "afternoon", "timerange", 0),
    ("tonight or tomorrow evening", "tomorrow evening", "datetimerange", None),
    ("morning or afternoon on Friday", "afternoon on Friday", "datetimerange", None),
)

# "ideally wed but im flexible", "preferably sat, we work weekdays": a short day name that
# is also a word ("wed", "sat", "sun", "mon", "may", "march") is a day after a wish for
# it. Each row: the message and the day's words.
WISHED_WEAK_DAYS: tuple[tuple[str, str], ...] = (
    ("ideally wed but im flexible", "wed"),
    ("Preferably sun, if not sat", "sun"),
    ("ideally mon, else tue", "mon"),
    ("ideally sun but sat is fine", "sun"),
    ("preferably sat, we work weekdays", "sat"),
    ("ideally wed tbh", "wed"),
    ("ideally march", "march"),
    ("preferably may", "may"),
    ("preferably sun as we're out sat", "sun"),
    ("ideally mon since the kids are off", "mon"),
    ("preferably sat cause of work", "sat"),
    ("ideally wed or whatever suits", "wed"),
    ("Ideally sun, my only day off", "sun"),
    ("preferably sat, if ur open", "sat"),
    ("ideally may for the renewal", "may"),
    ("preferably march, after tax season", "march"),
    ("preferably wed, thx", "wed"),
    ("ideally sat!! kids have school otherwise", "sat"),
    ("hmm ideally mon as I'm off", "mon"),
)

# ... the word itself is still no time, nor a number after the wish.
WISHED_NOT_A_DAY: tuple[str, ...] = (
    "ideally we sat down first",
    "preferably 3 of us",
    "ideally a quick one",
    "ideally 5",
    "we sat down, ideally",
)

# "he is in 9th grade", "my 4th graders": an ordinal before "grade" counts school years,
# it is no day of the month (the day said after it still is). Each row: the message and
# the mentions' words, in order.
SCHOOL_GRADES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("my son is in 9th grade, saturday works", ("saturday",)),
    ("she's in 3rd grade", ()),
    ("in the 10th grade, needs help with algebra", ()),
    ("a 7th grade maths tutor on tuesday", ("tuesday",)),
    ("he just started 6th grade", ()),
    ("twins in 2nd grade, after school on thursday", ("after school on thursday",)),
    ("my 4th graders love it", ()),
    ("8th grade science, wednesday at 4", ("wednesday at 4",)),
    ("she's in 11th grade and free after 3", ("after 3",)),
    ("1st grade reading help", ()),
    ("12th grade, final year", ()),
    ("my daughter (5th grade) next monday", ("next monday",)),
    ("is in 2nd grade, fri pls", ("fri",)),
    ("tutor for 10th grade chem on the 12th", ("on the 12th",)),
    ("in 5th grade", ()),
    ("the 3rd grade teacher said thursday", ("thursday",)),
    ("going into 4th grade, mornings pls", ("mornings",)),
    # must not change: a day of the month beside the word "grade"
    ("on the 9th, grade 3 lesson", ("on the 9th",)),
    ("the 9th or 10th", ("the 9th", "10th")),
)

# Resources: a room's letter said alone ("Studio A" as "A") before a day no article goes
# before ("lemme get A tmrw", "what's open in A this fri"). The rooms: `STUDIOS`. Each
# row: the message and the ids named, in order.
STUDIOS: tuple[tuple[str, str], ...] = (("studio-a", "Studio A"), ("studio-b", "Studio B"))
ROOM_LETTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ayo lemme get A tmrw 10 to 11pm", ("studio-a",)),
    ("what's open in A this fri?", ("studio-a",)),
    ("need A tmrw night, not before 9", ("studio-a",)),
    ("can we have A tomorrow morning", ("studio-a",)),
    ("book A today pls", ("studio-a",)),
    ("is A tonight free?", ("studio-a",)),
    ("could I get A this weekend", ("studio-a",)),
    ("B is taken so A tomorrow", ("studio-b", "studio-a")),
    ("put us in A tmr at 6", ("studio-a",)),
    ("grab A 2moro arvo", ("studio-a",)),
    ("Any chance of A tonite", ("studio-a",)),
    ("we want A this saturday", ("studio-a",)),
    ("A today or B tomorrow", ("studio-a", "studio-b")),
    ("Is there room in A today", ("studio-a",)),
    ("need B tmrw, or A tmrw", ("studio-b", "studio-a")),
)

# ... while "A" before other words stays the article.
ROOM_LETTER_ARTICLE: tuple[str, ...] = (
    "A morning next week",
    "A Friday slot would be great",
    "A lot tomorrow",
    "A quick one today",
    "A tomorrow slot would do",
    "A today appointment?",
)
