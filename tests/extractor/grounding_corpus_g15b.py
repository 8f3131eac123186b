"""The G15b corpus: a range of bare hours read in the business's open hours ("8 till 11"
at a studio open till 23:00), a room named by a letter ("studio A thurs"), a weak part
of the day after a list of days ("sunday or monday night"), "a Friday one", "late-ish
morning", and a shift someone works ("I work nights, so 11 or so").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# Minutes of the day a business keeps open (first opening, last closing).
STUDIO = (12 * 60, 23 * 60)  # a recording studio, 12:00-23:00
BAR = (16 * 60, 24 * 60 - 1)  # a bar with rooms for hire, 16:00-23:59
LATE_ROOMS = (10 * 60, 23 * 60)  # rooms open 10:00-23:00 (the studio and a rehearsal room)
GARAGE = (7 * 60, 17 * 60)  # a garage, 07:00-17:00
OFFICE = (8 * 60, 18 * 60)  # an office, 08:00-18:00

# "thurs 8 till 11" at a studio open 12:00-23:00 is 20:00-23:00: a range of bare hours
# takes the half of the day the business is open. Each row: the message, its open
# hours, the mention's words, its first start ("MM-DD HH:MM") and end ("HH:MM").
OPEN_HOURS_RANGES: tuple[tuple[str, tuple[int, int], str, str, str], ...] = (
    (
        "yo can i grab the studio thurs 8 till 11?",
        STUDIO,
        "thurs 8 till 11",
        "11-26 20:00",
        "23:00",
    ),
    ("friday 7 to 10 for the band pls", STUDIO, "friday 7 to 10", "11-27 19:00", "22:00"),
    ("tmrw night? like 8 till 11", LATE_ROOMS, "like 8 till 11", "11-24 20:00", "23:00"),
    ("could we have it saturday 9-11", BAR, "saturday 9-11", "11-28 21:00", "23:00"),
    ("is wednesday from 6 to 9 free?", STUDIO, "wednesday from 6 to 9", "11-25 18:00", "21:00"),
    (
        "need a room between 7 and 10 on thursday",
        LATE_ROOMS,
        "between 7 and 10 on thursday",
        "11-26 19:00",
        "22:00",
    ),
    ("tomorrow 8-10 works for us", BAR, "tomorrow 8-10", "11-24 20:00", "22:00"),
    ("sat 9 to 11 for rehearsal", STUDIO, "sat 9 to 11", "11-28 21:00", "23:00"),
    ("Can I book 8 till 10 on the 1st?", STUDIO, "8 till 10 on the 1st", "12-01 20:00", "22:00"),
    ("any chance of friday 7-9", BAR, "friday 7-9", "11-27 19:00", "21:00"),
    (
        "we'd like sunday 9 til 11 for a mix session",
        LATE_ROOMS,
        "sunday 9 til 11",
        "11-29 21:00",
        "23:00",
    ),
    ("tues 6-8 please", STUDIO, "tues 6-8", "11-24 18:00", "20:00"),
    ("Thursday 7 till 9, whoever's on", BAR, "Thursday 7 till 9", "11-26 19:00", "21:00"),
    ("wed from 8 to 11 if poss", STUDIO, "wed from 8 to 11", "11-25 20:00", "23:00"),
    ("monday 9-11?", BAR, "monday 9-11", "11-23 21:00", "23:00"),
    ("can we do 10 to 11 friday", STUDIO, "10 to 11 friday", "11-27 22:00", "23:00"),
)

# ... and where the first reading is the open one, or no hours are known, nothing moves.
# Each row as above.
RANGES_KEPT: tuple[tuple[str, tuple[int, int] | None, str, str, str], ...] = (
    ("thurs 8 till 11 for the brakes", GARAGE, "thurs 8 till 11", "11-26 08:00", "11:00"),
    ("thurs 8 till 11", None, "thurs 8 till 11", "11-26 08:00", "11:00"),
    ("I'm free 9 to 5 on friday", OFFICE, "9 to 5 on friday", "11-27 09:00", "17:00"),
    ("sunday 2-6 for drums", STUDIO, "sunday 2-6", "11-29 14:00", "18:00"),
    ("saturday 10-4", GARAGE, "saturday 10-4", "11-28 10:00", "16:00"),
    ("thurs 8pm till 11", STUDIO, "thurs 8pm till 11", "11-26 20:00", "23:00"),
    ("friday 12-2", OFFICE, "friday 12-2", "11-27 12:00", "14:00"),
)

# Resources named by a letter ("Studio A", "room b", "Court C"): the letter is the name,
# not the article, so the day after it is that day, not any such day. Each row: the
# resources (id, name), the message, the day mention's words and its symbolic form.
LETTERED_ROOMS: tuple[tuple[tuple[tuple[str, str], ...], str, str, str], ...] = (
    (
        (("studio-a", "Studio A"),),
        "yo can i grab studio A thurs 8 till 11?",
        "thurs 8 till 11",
        "weekday=thu",
    ),
    ((("studio-a", "Studio A"),), "Studio A sunday for drums", "sunday", "weekday=sun"),
    ((("room-b", "Room B"),), "room B friday at 3 please", "friday at 3", "weekday=fri"),
    (
        (("court-c", "Court C"),),
        "can we get court C saturday morning",
        "saturday morning",
        "weekday=sat",
    ),
    ((("bay-a", "Bay A"),), "bay a tuesday 10am", "tuesday 10am", "weekday=tue"),
    (
        (("room-a", "Room A"), ("room-b", "Room B")),
        "Room A wednesday, or room b thursday",
        "wednesday",
        "weekday=wed",
    ),
    (
        (("hall-b", "Hall B"),),
        "hall B monday evening for the choir",
        "monday evening",
        "weekday=mon",
    ),
    ((("studio-b", "Studio B"),), "tryna get studio b fri night", "fri night", "weekday=fri"),
    ((("lab-a", "Lab A"),), "Lab A Thursday after 2?", "Thursday after 2", "after weekday=thu"),
    ((("pod-c", "Pod C"),), "pod c saturday pls", "saturday", "weekday=sat"),
    (
        (("studio-a", "Studio A"),),
        "need studio A sunday may 9 from noon",
        "sunday may 9 from noon",
        "after(incl) date=05-09 weekday=sun",
    ),
    ((("room-d", "Room D"),), "room d wed 9-11", "wed 9-11", "weekday=wed"),
    ((("studio-a", "Studio A"),), "STUDIO A FRIDAY 8PM", "FRIDAY 8PM", "weekday=fri"),
    ((("rink-b", "Rink B"),), "rink B tuesday 6am for practice", "tuesday 6am", "weekday=tue"),
    ((("suite-a", "Suite A"),), "suite a thurs morning", "thurs morning", "weekday=thu"),
)

# ... while "a" before a day with no lettered room before it is still any such day.
# Each row: resources, message, the mention's words, its symbolic form.
ARTICLE_KEPT: tuple[tuple[tuple[tuple[str, str], ...], str, str, str], ...] = (
    ((("studio-a", "Studio A"),), "book a thurs in studio A", "thurs", "every=thu"),
    ((), "a friday would be great", "friday", "every=fri"),
    ((("room-b", "Room B"),), "any chance of a monday, room B?", "monday", "every=mon"),
)

# "sunday or monday night": a weak part of the day ("night", "eve", "lunch", "pm") said
# straight after a list of days is that list's part of the day (it was dropped). Each
# row: the message, the part's words, its first start and end ("MM-DD HH:MM", "HH:MM"),
# and how many days it is read on.
LIST_PODS: tuple[tuple[str, str, str, str, int], ...] = (
    ("I need sunday or monday night after 7", "night", "11-23 17:00", "23:00", 2),
    ("sat or sun eve", "eve", "11-28 17:00", "21:00", 2),
    ("mon or tue lunch?", "lunch", "11-23 12:00", "14:00", 2),
    ("tue or wed pm", "pm", "11-24 12:00", "17:00", 2),
    ("thurs or fri night", "night", "11-26 17:00", "23:00", 2),
    ("mon, wed or fri night works", "night", "11-23 17:00", "23:00", 3),
    ("could do tues or thurs eve", "eve", "11-24 17:00", "21:00", 2),
    ("friday or saturday night for 4 people", "night", "11-27 17:00", "23:00", 2),
    ("wed/thu lunch", "lunch", "11-25 12:00", "14:00", 2),
    ("Monday or Tuesday night, whoever's free", "night", "11-23 17:00", "23:00", 2),
    ("sat & sun eve only", "eve", "11-28 17:00", "21:00", 2),
    ("either tues or wed night pls", "night", "11-24 17:00", "23:00", 2),
    ("mon or wed pm would suit", "pm", "11-23 12:00", "17:00", 2),
    ("thurs, fri or sat nite", "nite", "11-26 17:00", "23:00", 3),
    ("tuesday or thursday lunch if poss", "lunch", "11-24 12:00", "14:00", 2),
)

# ... a comma after the list, or a weak word said alone, stays no time; a strong part
# of the day after a list, and one day with its part, read as before. Each row: the
# message and the words that must not be a mention. (With a hedge of its own after it,
# "sat or sun, night is best", the part is a wish said of the list: G17b.)
LIST_PODS_DROPPED: tuple[tuple[str, str], ...] = (
    ("sat or sun, night", "night"),
    ("good night", "night"),
    ("thanks, have a good night", "night"),
)
LIST_PODS_KEPT: tuple[tuple[str, str, str], ...] = (
    ("sat or sun morning", "morning", "11-28 08:00"),
    ("monday night after 7", "monday night", "11-23 17:00"),
    ("fri night or sat night", "fri night", "11-27 17:00"),
)

# "add a Friday one": "one" after "a"/"another" and a day is one more visit on that day,
# not 1:00. Each row: the message and the day mention's words (read with no clock).
A_DAY_ONE: tuple[tuple[str, str], ...] = (
    ("I'd love to add a Friday one", "Friday"),
    ("can I get another monday one at 4", "monday"),
    ("a friday one works", "friday"),
    ("could we book a Tuesday one as well?", "Tuesday"),
    ("need another thursday one next week", "thursday"),
    ("a saturday one would be ideal", "saturday"),
    ("please add a Wednesday one too", "Wednesday"),
    ("is there a sunday one?", "sunday"),
    ("we'd take a Wednesday one if you have it", "Wednesday"),
    ("any chance of another Friday one", "Friday"),
    ("i want a monday one every week", "monday"),
    ("book me a thurs one", "thurs"),
    ("also a Tuesday one, same as last time", "Tuesday"),
    ("another saturday one please", "saturday"),
    ("can you do a fri one", "fri"),
)

# ... while "at one", "one pm" after the day are still 13:00. Each row: the message,
# the mention's words, its first start.
A_DAY_AT_ONE: tuple[tuple[str, str, str], ...] = (
    ("a friday at one", "friday at one", "11-27 13:00"),
    ("friday one pm", "friday one pm", "11-27 13:00"),
    ("monday at 1", "monday at 1", "11-23 13:00"),
)

# "late-ish morning", "earlyish evening": the edge said loosely is the edge. Each row:
# the message, the mention's words, its first start and end.
LOOSE_EDGES: tuple[tuple[str, str, str, str], ...] = (
    ("could do the 5th or 6th, late-ish morning", "late-ish morning", "12-05 10:00", "12:00"),
    ("earlyish evening on friday", "earlyish evening on friday", "11-27 17:00", "19:00"),
    ("lateish arvo tmrw", "lateish arvo tmrw", "11-24 15:00", "17:00"),
    ("early-ish eve is best", "early-ish eve", "11-23 17:00", "19:00"),
    ("late-ish afternoon thursday", "late-ish afternoon thursday", "11-26 15:00", "17:00"),
    ("tuesday, early-ish morning", "tuesday, early-ish morning", "11-24 06:00", "09:00"),
    ("lateish evening tomorrow", "lateish evening tomorrow", "11-24 19:00", "22:00"),
    ("earlyish afternoon on wed", "earlyish afternoon on wed", "11-25 12:00", "14:00"),
    ("late-ish morning on the 1st", "late-ish morning on the 1st", "12-01 10:00", "12:00"),
    ("saturday lateish morning", "saturday lateish morning", "11-28 10:00", "12:00"),
    ("an early-ish evening next monday", "early-ish evening next monday", "11-30 17:00", "19:00"),
    ("lateish aft on friday", "lateish aft on friday", "11-27 15:00", "17:00"),
    ("Early-ish afternoon tmrw?", "Early-ish afternoon tmrw", "11-24 12:00", "14:00"),
    ("sunday late-ish arvo", "sunday late-ish arvo", "11-29 15:00", "17:00"),
    ("earlyish morning thurs", "earlyish morning thurs", "11-26 06:00", "09:00"),
)

# "I work nights, so 11 or so": a part of the day someone works is a reason; a bare hour
# after it does not take its half. Each row: the message, the hour's words, and its
# clock ("HH:MM": the first start, or the edge of a "before" bound).
WORKED_SHIFTS: tuple[tuple[str, str, str], ...] = (
    ("I work nights so a late morning would be ideal — 11 or so.", "11 or so", "10:30"),
    (
        "Friday morning please. My fiancée works nights, so no earlier than 11.",
        "no earlier than 11",
        "11:00",
    ),
    ("I work nights, so nothing before 11", "nothing before 11", "11:00"),
    ("he works nights so after 10 is best", "after 10", "10:00"),
    ("she's on nights this month, anything after 11 please", "after 11", "11:00"),
    ("I'm on evenings at the hospital, can we do at 9?", "at 9", "09:00"),
    ("my husband works evenings so it has to be before 8", "before 8", "08:00"),
    ("we're on nights, so from 10 ideally", "from 10", "10:00"),
    ("I work nights. How about 11?", "about 11", "11:00"),
    ("working nights all week so after 9 please", "after 9", "09:00"),
    ("He is on nights so at 10 earliest", "at 10 earliest", "10:00"),  # a bound (G28)
    ("I work evenings, so around 10?", "around 10", "09:30"),
    ("works nights, not before 11", "not before 11", "11:00"),
    ("I'm on nights at the moment so from 11 works", "from 11", "11:00"),
    ("my wife works nights, any time after 10", "after 10", "10:00"),
)

# ... while a part of the day wished for still gives its half. Each row as above.
HALF_KEPT: tuple[tuple[str, str, str], ...] = (
    ("evenings are good, after 7", "after 7", "19:00"),
    ("tonight? like 7.30", "like 7.30", "19:00"),
    ("do evenings work? after 7", "after 7", "19:00"),
)
