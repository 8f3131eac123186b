"""The G11a corpus: "before work" at a business that opens early starts at its opening,
lunch said with an article or a possessive ("after the lunch", "before my lunch
break"), "bar" / "barring" as "except", and a numeric date with a part of the day
after "in the" ("12/9 in the morning").

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# "before work" (07:00-09:00) at a gym or a garage that opens between 06:00 and 07:00
# starts at the opening, as "morning" does at one opening before 08:00. Each row: the
# message, the mention's words, the business's opening (minutes of the day), where the
# window starts (HH:MM) on its last day.
BEFORE_WORK_FROM_OPENING: tuple[tuple[str, str, int, str], ...] = (
    ("before work on friday?", "before work on friday", 6 * 60, "06:00"),
    ("pre-work sesh tmrw pls", "pre-work", 6 * 60, "06:00"),
    ("any day before work is fine", "any day before work", 6 * 60, "06:00"),
    ("thursday before work if poss", "thursday before work", 6 * 60 + 30, "06:30"),
    (
        "Could I come in before I go to work on Wednesday?",
        "before I go to work on Wednesday",
        6 * 60,
        "06:00",
    ),
    ("before work tomorrow, cheers", "before work tomorrow", 6 * 60 + 15, "06:15"),
    ("keen for a session before work next week", "before work next week", 6 * 60, "06:00"),
    ("before I head to work, the 2nd?", "before I head to work, the 2nd", 6 * 60, "06:00"),
    ("pre work on the 30th", "pre work on the 30th", 6 * 60 + 45, "06:45"),
    ("I can only do before work sessions", "before work", 6 * 60, "06:00"),
    ("drop the car off before work on monday", "before work on monday", 6 * 60 + 30, "06:30"),
    ("before i leave for work saturday", "before i leave for work saturday", 6 * 60, "06:00"),
    ("something before work, the 1st", "before work, the 1st", 6 * 60, "06:00"),
    ("wed before work??", "wed before work", 6 * 60, "06:00"),
    ("Is there anything pre-work on Tuesday", "pre-work on Tuesday", 6 * 60 + 30, "06:30"),
    ("before work tues would be ideal", "before work tues", 6 * 60, "06:00"),
    # must not change: an opening at or after 07:00 keeps 07:00 ...
    ("before work on friday?", "before work on friday", 7 * 60, "07:00"),
    ("thursday before work if poss", "thursday before work", 8 * 60, "07:00"),
    # ... and so does one before 06:00 (a 05:00 bakery's opening is not its customers' day)
    ("before work tomorrow, cheers", "before work tomorrow", 5 * 60, "07:00"),
    # ... and after work stays 17:00
    ("after work on friday?", "after work on friday", 6 * 60, "17:00"),
)

# Lunch with "the" or whose it is: "after the lunch" is "after lunch" (13:00-17:00);
# "before the lunch" is "before lunch" (a bound before 12:00). Each row: the message,
# the mention's words, the bound ("" for none), the window's start and end (HH:MM) on
# its first day.
LUNCH_SAID_WITH_THE: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Is possible to come Tuesday after the lunch?",
        "Tuesday after the lunch",
        "",
        "13:00",
        "17:00",
    ),
    ("the same day but after the lunch please", "after the lunch", "", "13:00", "17:00"),
    ("Monday 30, after the lunch.", "Monday 30, after the lunch", "", "13:00", "17:00"),
    ("I can come after my lunch on thursday", "after my lunch on thursday", "", "13:00", "17:00"),
    ("after my lunch break tomorrow", "after my lunch break tomorrow", "", "13:00", "17:00"),
    ("any day after the lunch break", "any day after the lunch break", "", "13:00", "17:00"),
    ("Wednesday after lunch break works", "Wednesday after lunch break", "", "13:00", "17:00"),
    ("after our lunch on friday, say", "after our lunch on friday", "", "13:00", "17:00"),
    (
        "the free times after the lunch in the next Wednesday?",
        "after the lunch in the next Wednesday",
        "",
        "13:00",
        "17:00",
    ),
    ("before the lunch on friday", "before the lunch on friday", "before", "00:00", "12:00"),
    (
        "Tuesday before the lunch if is possible",
        "Tuesday before the lunch",
        "before",
        "00:00",
        "12:00",
    ),
    (
        "could you fit me in before my lunch break tomorrow",
        "before my lunch break tomorrow",
        "before",
        "00:00",
        "12:00",
    ),
    (
        "until my lunch break on wednesday",
        "until my lunch break on wednesday",
        "before",
        "00:00",
        "12:00",
    ),
    ("by the lunch on the 2nd please", "by the lunch on the 2nd", "before", "00:00", "12:00"),
    ("before the lunchtime thursday", "before the lunchtime thursday", "before", "00:00", "12:00"),
    ("I'm free before our lunch tmrw", "before our lunch tmrw", "before", "00:00", "12:00"),
)

# ... and "the lunch" said without a bound word is no time.
LUNCH_NOT_A_TIME: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("the lunch was lovely on friday", ("lunch",)),
    ("can I book the lunch for 12 people", ("lunch",)),
    ("my lunch is on me", ("lunch",)),
    ("we had the lunch menu", ("lunch",)),
)

# ... while the bare words keep their reading. Each row as `LUNCH_SAID_WITH_THE`.
LUNCH_BARE_UNCHANGED: tuple[tuple[str, str, str, str, str], ...] = (
    ("tuesday after lunch", "tuesday after lunch", "", "13:00", "17:00"),
    ("before lunch on friday", "before lunch on friday", "before", "00:00", "12:00"),
    ("lunchtime on thursday", "lunchtime on thursday", "", "12:00", "14:00"),
)

# "bar" / "barring" before a day is "except" when a set of times comes before it (or,
# for "barring", by itself). Each row: the message, the negated mention's words.
BAR_EXCEPT: tuple[tuple[str, str], ...] = (
    ("any day this week bar Friday", "bar Friday"),
    ("I'm free any afternoon bar Wednesdays", "bar Wednesdays"),
    ("anything next week bar the 3rd", "bar the 3rd"),
    ("anytime bar tuesday, cheers", "bar tuesday"),
    ("any morning bar monday works", "bar monday"),
    ("every evening bar thursdays", "bar thursdays"),
    ("any weekday bar wed pls", "bar wed"),
    ("Any day next week bar Friday.", "bar Friday"),
    ("all week bar the weekend", "bar the weekend"),
    ("any day bar tomorrow", "bar tomorrow"),
    ("any time next week bar Monday morning", "bar Monday morning"),
    ("barring Monday, any morning works", "barring Monday"),
    ("Barring friday I'm flexible", "Barring friday"),
    ("anything this month bar the 14th", "bar the 14th"),
    ("any arvo bar thurs", "bar thurs"),
    ("any slot bar weekends", "bar weekends"),
)

# ... and no exception elsewhere: the words after "bar" stay plain (or no time). Each
# row: the message, the words that must not be negated.
BAR_NOT_EXCEPT: tuple[tuple[str, str], ...] = (
    ("meet at the bar Friday", "Friday"),
    ("the bar on saturday at 8", "saturday at 8"),
    ("a table near the bar tomorrow", "tomorrow"),
    ("cocktail bar thursday night?", "thursday night"),
)

# A numeric date with a part of the day after "in the": the date's part of the day, not
# the date's last number as an hour ("12/9 in the morning" was 09:00 every day). Each
# row: the message, the mention's words, its first start and end ("MM-DD HH:MM", "HH:MM").
NUMERIC_DATE_IN_THE_POD: tuple[tuple[str, str, str, str], ...] = (
    ("anything on 12/9 in the morning?", "12/9 in the morning", "12-09 08:00", "12:00"),
    ("12/10 in the afternoon works", "12/10 in the afternoon", "12-10 12:00", "17:00"),
    ("can u do 12/4 in the evening", "12/4 in the evening", "12-04 17:00", "21:00"),
    ("Tue 12/8 in the afternoon", "Tue 12/8 in the afternoon", "12-08 12:00", "17:00"),
    ("11/30 in the morning please", "11/30 in the morning", "11-30 08:00", "12:00"),
    (
        "12/14 in the afternoon or 12/15 in the morning",
        "12/14 in the afternoon",
        "12-14 12:00",
        "17:00",
    ),
    (
        "12/14 in the afternoon or 12/15 in the morning",
        "12/15 in the morning",
        "12-15 08:00",
        "12:00",
    ),
    ("on 12/2 in the morning with Dr Lee", "12/2 in the morning", "12-02 08:00", "12:00"),
    ("how about 12/11 in the evening?", "12/11 in the evening", "12-11 17:00", "21:00"),
    ("I'm free 11/27 in the afternoon", "11/27 in the afternoon", "11-27 12:00", "17:00"),
    ("12/3 in the morning, if not 12/4", "12/3 in the morning", "12-03 08:00", "12:00"),
    ("wed 12/9 in the evening", "wed 12/9 in the evening", "12-09 17:00", "21:00"),
    ("1/5 in the morning", "1/5 in the morning", "01-05 08:00", "12:00"),
    ("12/1 in the afternoon for the fitting", "12/1 in the afternoon", "12-01 12:00", "17:00"),
    ("12/7 in the morning would suit", "12/7 in the morning", "12-07 08:00", "12:00"),
    # must not change: the other ways of saying it ...
    ("12/9 morning", "12/9 morning", "12-09 08:00", "12:00"),
    # (9 Dec, the near order, since G19b: 12 Sep is next year's)
    ("on 9/12 at 3", "9/12 at 3", "12-09 15:00", "16:00"),
    ("Dec 9 in the morning", "Dec 9 in the morning", "12-09 08:00", "12:00"),
)

# ... while "in" after a fraction stays inches, and a bare hour with no date stays a clock.
# Each row: the message, and the words that must not be a mention.
NOT_A_DATE: tuple[tuple[str, str], ...] = (
    ("a 3/4 in pipe on friday", "3/4"),
    ("the 1/2 in bolts, tuesday", "1/2"),
)

# A clock restated in another zone in brackets right after a zoned clock is the same
# instant: one mention, the first's value (a restated clock beside a bound was a second
# wish). Each row: the message, the mention's words, its bound ("" for none), the edge
# in New York ("MM-DD HH:MM": the start, or the end of a "before" bound).
ZONE_RESTATED: tuple[tuple[str, str, str, str], ...] = (
    (
        "3pm Berlin time (9am Boston) works for us",
        "3pm Berlin time (9am Boston)",
        "",
        "11-23 09:00",
    ),
    (
        "no later than 4pm London time (11am your time), please",
        "no later than 4pm London time (11am your time)",
        "before",
        "11-23 11:00",
    ),
    (
        "start no earlier than 11am Eastern (8am for her)",
        "no earlier than 11am Eastern (8am for her)",
        "after",
        "11-23 11:00",
    ),
    (
        "Tuesday at 10am Pacific (1pm your time)",
        "Tuesday at 10am Pacific (1pm your time)",
        "",
        "11-24 13:00",
    ),
    (
        "how about 9am London time (4am New York)?",
        "9am London time (4am New York)",
        "",
        "11-24 04:00",
    ),
    ("any day at 5pm GMT (noon Eastern)", "any day at 5pm GMT (noon Eastern)", "", "11-23 12:00"),
    ("wed at 6pm Paris time ( noon NY )", "wed at 6pm Paris time ( noon NY )", "", "11-25 12:00"),
    (
        "after 2pm London time (9am your time) on the 1st",
        "after 2pm London time (9am your time)",
        "after",
        "12-01 09:00",
    ),
    (
        "thursday, 8am Tokyo time (6pm your time)",
        "thursday, 8am Tokyo time (6pm your time)",
        "",
        "11-25 18:00",
    ),
    (
        "the 2nd at 4pm Dublin time (11am your time)",
        "the 2nd at 4pm Dublin time (11am your time)",
        "",
        "12-02 11:00",
    ),
    ("11:30am Central (12:30 your time)", "11:30am Central (12:30 your time)", "", "11-23 12:30"),
    ("noon Pacific (3pm Eastern) on monday", "noon Pacific (3pm Eastern)", "", "11-23 15:00"),
    (
        "Can we do 7am Pacific (10am your time) on Friday?",
        "7am Pacific (10am your time)",
        "",
        "11-27 10:00",
    ),
    (
        "before 5pm London time (noon your time) tomorrow",
        "before 5pm London time (noon your time)",
        "before",
        "11-24 12:00",
    ),
    ("Monday 9am Central (10am Eastern)", "Monday 9am Central (10am Eastern)", "", "11-23 10:00"),
    (
        "9:30am Denver time (11:30am New York) on the 3rd",
        "9:30am Denver time (11:30am New York)",
        "",
        "12-03 11:30",
    ),
)

# ... and a bracket that restates nothing stays its own: a clock with no zone before it
# or in it, a bracket away from the clock. Each row: the message, the words of the
# mentions that stay apart.
ZONE_NOT_RESTATED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Tuesday at 10 (9am)", ("Tuesday at 10", "9am")),
    (
        "Saturday 20th at 1? I'll be on video from Tokyo (10pm for me)",
        ("Saturday 20th at 1", "10pm for me"),
    ),
    ("my son (14) can do Friday at 3pm London time", ("Friday at 3pm London time",)),
)

# "I'm after a week on Thursday": British "to be after" is "to want"; the time after it
# is no bound. Each row: the message, the mention's words, its first day ("MM-DD").
AFTER_AS_WANT: tuple[tuple[str, str, str], ...] = (
    ("I'm after a week on Thursday, Mia", "a week on Thursday", "12-03"),
    ("we're after a fortnight on Friday, ta", "a fortnight on Friday", "12-11"),
    ("Im after a fortnight on monday", "a fortnight on monday", "12-07"),
    ("i am after a weekday evening", "a weekday evening", "11-23"),
    ("just after a weekday morning pls", "a weekday morning", "11-23"),
    (
        "we are after a week on wednesday in the afternoon",
        "a week on wednesday in the afternoon",
        "12-02",
    ),
    ("I was after a weekday evening", "a weekday evening", "11-23"),
    ("I'm after a fortnight on Tuesday", "a fortnight on Tuesday", "12-08"),
    ("We were after a week on Monday, if Jonah's in", "a week on Monday", "11-30"),
    ("we're after a week on saturday for the two of us", "a week on saturday", "12-05"),
    ("hiya, I'm after a weekday afternoon next week", "a weekday afternoon next week", "11-30"),
    ("just after a fortnight on thursday, any time", "a fortnight on thursday", "12-10"),
    ("Im after a week on sunday morning", "a week on sunday morning", "12-06"),
    ("i'm after a weekday lunchtime", "a weekday lunchtime", "11-23"),
    ("I'm after a Saturday week", "Saturday week", "12-05"),
)

# ... while "after" with no one wanting before it, or before a clock, is still a bound.
# Each row: the message, the bound mention's words.
AFTER_STILL_A_BOUND: tuple[tuple[str, str], ...] = (
    ("I'm free after 5", "after 5"),
    ("just after 3 tomorrow", "after 3 tomorrow"),
    ("I'm after 5 on friday", "after 5 on friday"),
    ("any time after a week on friday", "after a week on friday"),
    ("after a fortnight on monday", "after a fortnight on monday"),
    ("it was after a week on friday", "after a week on friday"),
)

# "The next Saturday you've got", "next available Wednesday": the first such weekday
# with room, read as any such weekday (a set the ranking fills from the earliest). Each
# row: the message, the mention's words, the weekday (0 = Monday), its first day ("MM-DD").
NEXT_FREE_WEEKDAY: tuple[tuple[str, str, int, str], ...] = (
    ("what's the next Saturday you've got with Mia?", "next Saturday you've got", 5, "11-28"),
    ("the next Friday Jonah is free", "next Friday Jonah is free", 4, "11-27"),
    ("next available Wednesday, any time", "next available Wednesday", 2, "11-25"),
    ("When's Mr White's next free Saturday?", "next free Saturday", 5, "11-28"),
    ("next free thursday pls", "next free thursday", 3, "11-26"),
    ("next open monday?", "next open monday", 0, "11-23"),
    ("what's the next tuesday you have", "next tuesday you have", 1, "11-24"),
    ("the next wednesday she's got", "next wednesday she's got", 2, "11-25"),
    ("next Sunday u have?", "next Sunday u have", 6, "11-29"),
    ("next thursday you have free after 3", "next thursday you have", 3, "11-26"),
    ("the next friday Dr Kim has", "next friday Dr Kim has", 4, "11-27"),
    ("next Saturday that you have?", "next Saturday that you have", 5, "11-28"),
    ("next monday they have", "next monday they have", 0, "11-23"),
    ("next free wed?", "next free wed", 2, "11-25"),
    ("can I have the next available Tuesday with Sam", "next available Tuesday", 1, "11-24"),
)

# ... while the speaker's own next weekday, and "the soonest Saturday you have" (the
# coming one, as writers mean it), stay one day. Each row: the message, the mention's
# words, its day ("MM-DD").
NEXT_WEEKDAY_STAYS_ONE_DAY: tuple[tuple[str, str, str], ...] = (
    ("next Saturday I'm free", "next Saturday", "12-05"),
    ("next Saturday we have a wedding", "next Saturday", "12-05"),
    ("next saturday it has to be", "next saturday", "12-05"),
    ("next Tuesday she has to work", "next Tuesday", "12-01"),
    ("next monday you have to come in", "next monday", "11-30"),
    ("next saturday please", "next saturday", "12-05"),
    ("whats the soonest saturday you have", "saturday", "11-28"),
)
