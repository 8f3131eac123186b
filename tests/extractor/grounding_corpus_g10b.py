"""The G10b corpus: "post" for "after", what someone's day rules out ("we both finish at
6"), list joiners "&" and spoken fillers, holidays without apostrophes and holidays just
past ("after Easter" said the week after), "any weekend", "the later in the day the
better", spoken clock times ("5 30"), weekdays ruled out before the week asked for, and
"one" listed before its day.

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`) unless
a row gives its own.
"""

from __future__ import annotations

# "post" is "after" before a time (Indian English): "post 3 pm", "tomorrow post 3",
# "post lunch". Rows: the message, the mention holding "post", the start of its first
# interval (the reading begins at the time said).
POST: tuple[tuple[str, str, str], ...] = (
    ("Tomorrow post 3 or Thursday any time.", "Tomorrow post 3", "11-24 15:00"),
    ("Need slot on friday post 2 pm", "friday post 2 pm", "11-27 14:00"),
    ("kindly schedule post 4pm on wednesday", "post 4pm on wednesday", "11-25 16:00"),
    ("Tuesday post lunch is best for me", "Tuesday post lunch", "11-24 13:00"),
    ("post-lunch on friday please", "post-lunch on friday", "11-27 13:00"),
    ("Can Mr Rao meet me tomorrow post 5?", "tomorrow post 5", "11-24 17:00"),
    ("any day this week post 3.30 pm", "any day this week post 3.30 pm", "11-23 15:30"),
    ("Sir, post 11 am on 26th please", "post 11 am on 26th", "11-26 11:00"),
    ("post noon tomorrow works", "post noon tomorrow", "11-24 12:00"),
    ("I am free thursday post 6pm only", "thursday post 6pm", "11-26 18:00"),
    ("Wednesday, post 2 pm", "post 2 pm", "11-25 14:00"),
    ("Kindly book 27th post lunch", "27th post lunch", "11-27 13:00"),
    ("Saturday post 10 am, ma'am", "Saturday post 10 am", "11-28 10:00"),
    ("tmrw post 4 pm pls", "tmrw post 4 pm", "11-24 16:00"),
    ("post 1 pm on the 30th", "post 1 pm on the 30th", "11-30 13:00"),
)
# ... not the verb or the mail: these keep their mentions as they were.
POST_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I'll post 3 letters tomorrow", ("tomorrow",)),
    ("the post office at 3 is closed", ("at 3",)),
    ("did you post 2 parcels on Monday", ("Monday",)),
    ("saw your post 2 days ago", ("2 days ago",)),
)

# What someone's day rules out, said with who and what ends or starts: the bound the words
# leave free (after the end, before the start). Rows: message, the mention, its bound,
# the clock it bounds ("HH:MM").
ROUTINE: tuple[tuple[str, str, str, str], ...] = (
    ("We both finish at 6 so after work please", "We both finish at 6", "after", "18:00"),
    ("me and my boyfriend both finish uni at 3", "both finish uni at 3", "after", "15:00"),
    ("we both get off at 5.45", "we both get off at 5.45", "after", "17:45"),
    ("I knock off at 4 on fridays", "I knock off at 4 on fridays", "after", "16:00"),
    (
        "I start a late shift at 6 so earlier is better",
        "I start a late shift at 6",
        "before",
        "18:00",
    ),
    ("my wife gets home at 6:30", "my wife gets home at 6:30", "after", "18:30"),
    ("she finishes school at 3:15", "she finishes school at 3:15", "after", "15:15"),
    ("the kids are home at 3", "the kids are home at 3", "after", "15:00"),
    ("he gets out of work... no wait he gets off at 5", "he gets off at 5", "after", "17:00"),
    ("They both clock off at 4:30", "They both clock off at 4:30", "after", "16:30"),
    ("we're done at 5 most days", "we're done at 5", "after", "17:00"),
    ("my husband leaves for work at 8", "my husband leaves for work at 8", "before", "08:00"),
    ("I begin my shift at 2", "I begin my shift at 2", "before", "14:00"),
    ("we start at 9 on weekdays", "we start at 9 on weekdays", "before", "09:00"),
    ("our son finishes college at 4", "our son finishes college at 4", "after", "16:00"),
    ("both of us finish work at 5:30", "both of us finish work at 5:30", "after", "17:30"),
)
# ... not a question about the booking's own start or end, nor a want.
ROUTINE_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("can we finish at 4?", ("can we finish at 4",)),  # the visit's end (G22): before 4
    ("could she start at 9 tomorrow", ("at 9 tomorrow",)),
    ("we'd like to start at 10", ("at 10",)),
    ("I need to finish by 5", ("by 5",)),
)

# "&" joins a list as "and" does, and a spoken filler may stand beside "or": the items
# are coordinated (`coordination.coordinated`). Rows: message, the two items.
JOINED: tuple[tuple[str, str, str], ...] = (
    ("I'm off Tuesdays & Wednesdays only", "Tuesdays", "Wednesdays"),
    ("mon & thu work for me", "mon", "thu"),
    ("the 3rd & the 4th", "the 3rd", "the 4th"),
    ("tues after 5 um or thurs after 5", "tues after 5", "thurs after 5"),
    ("monday uh or tuesday", "monday", "tuesday"),
    ("friday er, or saturday", "friday", "saturday"),
    ("2pm on the 28th erm or 3pm", "2pm on the 28th", "3pm"),
    ("Sat & Sun mornings", "Sat", "Sun mornings"),
    ("wednesday, um, or thursday", "wednesday", "thursday"),
    ("next tue & wed", "next tue", "wed"),
    ("10am & 2pm both fine", "10am", "2pm"),
    ("thursday uhh or friday", "thursday", "friday"),
    ("the 9th & 10th", "the 9th", "10th"),
    ("Mon & Wed all day", "Mon", "Wed"),
    ("friday umm and saturday", "friday", "saturday"),
)
JOINED_NOT: tuple[tuple[str, str, str], ...] = (
    ("monday um I think tuesday", "monday", "tuesday"),
    ("monday. tuesday", "monday", "tuesday"),
)

# A named day written without its apostrophe is that day, not Christmas. Rows: message,
# the mention, its first day ("YY-MM-DD"), said on 2027-01-27 (Los Angeles).
HOLIDAY_REF = ("2027-01-27T19:40", "America/Los_Angeles")
HOLIDAY_BARE: tuple[tuple[str, str, str], ...] = (
    ("i want the first slot after valentines", "after valentines", "27-02-15"),
    ("on valentines please", "valentines", "27-02-14"),
    ("valentines day at 7", "valentines day at 7", "27-02-14"),
    ("mothers day brunch", "mothers day brunch", "27-05-09"),
    ("st patricks day", "st patricks day", "27-03-17"),
    ("on fathers day", "fathers day", "27-06-20"),
    ("new years eve", "new years eve", "27-12-31"),
    ("the day after valentines", "the day after valentines", "27-02-15"),
    ("before valentines if poss", "before valentines", "27-01-27"),
    ("presidents day", "presidents day", "27-02-15"),
    ("around valentines", "valentines", "27-02-14"),
    ("veterans day", "veterans day", "27-11-11"),
    ("halloween", "halloween", "27-10-31"),
    ("independence day", "independence day", "27-07-04"),
    ("Valentines!", "Valentines", "27-02-14"),
)

# "after Easter", "between Christmas and New Year" said within a month after the named
# day: the one just past, so the days named are still ahead. Rows: reference (ISO local
# time, zone), message, the mention, its first day and the day its last interval ends
# ("YY-MM-DD").
JUST_PAST: tuple[tuple[tuple[str, str], str, str, str], ...] = (
    (
        ("2026-12-29T16:10", "America/Chicago"),
        "any openings between christmas and new years?",
        "between christmas and new years",
        "26-12-26",
    ),
    (
        ("2026-12-28T10:00", "America/New_York"),
        "between Xmas and New Year's please",
        "between Xmas and New Year's",
        "26-12-26",
    ),
    (
        ("2026-12-27T10:00", "Europe/London"),
        "anything between christmas and new year?",
        "between christmas and new year",
        "26-12-26",
    ),
    (
        ("2027-04-06T09:05", "Australia/Sydney"),
        "Any time between Easter and Anzac Day",
        "between Easter and Anzac Day",
        "27-03-29",
    ),
    (
        ("2027-04-06T09:05", "Australia/Sydney"),
        "need a spot after easter",
        "after easter",
        "27-03-29",
    ),
    (
        ("2027-04-06T09:05", "Australia/Sydney"),
        "Not till after the Easter hols though",
        "after the Easter",
        "27-03-29",
    ),
    (
        ("2027-04-06T09:05", "Australia/Sydney"),
        "since easter it's been squeaking",
        "since easter",
        "27-03-28",
    ),
    (
        ("2026-12-28T09:00", "America/New_York"),
        "sometime after christmas",
        "after christmas",
        "26-12-26",
    ),
    (
        ("2026-12-01T09:00", "America/New_York"),
        "after thanksgiving works",
        "after thanksgiving",
        "26-11-27",
    ),
    (
        ("2027-01-10T09:00", "America/New_York"),
        "any day after new year",
        "after new year",
        "27-01-02",
    ),
    (("2027-01-03T09:00", "America/New_York"), "from new years on", "from new years", "27-01-01"),
    (
        ("2027-07-10T09:00", "America/New_York"),
        "after independence day",
        "after independence day",
        "27-07-05",
    ),
    (
        ("2027-04-02T09:00", "Europe/London"),
        "after Easter Monday",
        "after Easter Monday",
        "27-03-30",
    ),
    (("2027-11-05T09:00", "America/New_York"), "after halloween", "after halloween", "27-11-01"),
    (("2027-02-20T09:00", "America/New_York"), "after valentines", "after valentines", "27-02-15"),
)
# ... a named day further back, or said alone, is the next one.
JUST_PAST_NOT: tuple[tuple[tuple[str, str], str, str, str], ...] = (
    (("2027-04-06T09:05", "Australia/Sydney"), "Easter", "Easter", "28-04-16"),
    (("2027-06-10T09:00", "Australia/Sydney"), "after easter", "after easter", "28-04-17"),
    (("2026-12-29T16:10", "America/Chicago"), "christmas", "christmas", "27-12-25"),
    (("2026-12-29T16:10", "America/Chicago"), "last christmas", "last christmas", "26-12-25"),
)

# "any weekend", "a weekend", "one weekend", "a different weekend": any Saturday or
# Sunday (a set), as "weekends" is. Rows: message, the mention, how many days it holds
# at least (this weekend alone holds two).
ANY_WEEKEND: tuple[tuple[str, str], ...] = (
    ("Any weekend except the 14th", "Any weekend"),
    ("any weekend works for us", "any weekend"),
    ("would prefer a weekend", "a weekend"),
    ("on a weekend if poss", "a weekend"),
    ("one weekend in january", "one weekend"),
    ("move it to a different weekend?", "a different weekend"),
    ("another weekend then", "another weekend"),
    ("any wknd", "any wknd"),
    ("some weekend soon", "some weekend"),
    ("any other weekend is fine", "any other weekend"),
    ("a weekend morning slot", "a weekend morning"),
    ("any weekend afternoon in March", "any weekend afternoon"),
    ("Is any weekend free?", "any weekend"),
    ("a wkend would be best", "a wkend"),
    ("ANY WEEKEND", "ANY WEEKEND"),
)
# ... "this weekend", "the weekend", "next weekend", "the weekend of the 13th" stay one.
ONE_WEEKEND: tuple[tuple[str, str], ...] = (
    ("can you do the weekend", "the weekend"),
    ("this weekend", "this weekend"),
    ("next weekend", "next weekend"),
    ("weekend", "weekend"),
    ("a weekend of the 12th", "weekend of the 12th"),
)

# "the later in the day the better" asks for the latest time, "the earlier in the day the
# better" for the earliest: no mention (set aside as `latest` / `soonest`).
DAY_EDGE_WISH: tuple[tuple[str, str], ...] = (
    ("Any weekend except the 14th, the later in the day the better", "latest"),
    ("the later in the day the better", "latest"),
    ("later in the day is better", "latest"),
    ("sat, the later in the afternoon the better", "latest"),
    ("friday - the later in the evening the better", "latest"),
    ("the earlier in the day the better", "soonest"),
    ("earlier in the day is better for me", "soonest"),
    ("tues, the earlier in the morning the better", "soonest"),
    ("The Later In The Day The Better!", "latest"),
    ("any day, the earlier in the day the better", "soonest"),
    ("thurs? later in the day the better", "latest"),
    ("monday, earlier in the day the better", "soonest"),
    ("the 9th, the later in the day the better", "latest"),
    ("weekend, the earlier in the day the better", "soonest"),
    ("tomorrow, later in the evening the better", "latest"),
)
# ... "later in the day" alone still leans on the day said before.
DAY_EDGE_NOT: tuple[tuple[str, str], ...] = (
    ("Monday morning is out, later in the day works", "later in the day"),
    ("can I come in later in the day?", "later in the day"),
)

# Spoken clock times as transcripts write them: the hour and the minutes apart. Rows:
# message, the mention, the start of its first interval ("HH:MM").
SPOKEN_CLOCK: tuple[tuple[str, str, str], ...] = (
    ("thurs around 5 30 with whoever's on", "thurs around 5 30", "17:00"),
    ("tues feb 16 at like 7 15 am with bouchard", "tues feb 16 at like 7 15 am", "07:15"),
    ("scratch that 11 is too early make it 12 30", "12 30", "12:30"),
    ("wednesday at 7 30 am or 8 am either", "wednesday at 7 30 am", "07:30"),
    ("the 16th at 6 30 pm with singh", "the 16th at 6 30 pm", "18:30"),
    ("tomorrow 4 30", "tomorrow 4 30", "16:30"),
    ("at 4 45 on friday", "at 4 45 on friday", "16:45"),
    ("um so around 10 15 tuesday", "around 10 15 tuesday", "09:45"),
    ("can i do 9 30 am", "9 30 am", "09:30"),
    ("at 2 15 if she's free", "at 2 15", "14:15"),
    ("friday at 11 45", "friday at 11 45", "11:45"),
    ("say 3 30 then", "say 3 30", "15:30"),
    ("monday 8 15 am", "monday 8 15 am", "08:15"),
    ("at 1 30 tomorrow", "at 1 30 tomorrow", "13:30"),
    ("thursday about 6 30 pm", "thursday about 6 30 pm", "18:00"),
)
# ... counts and numbers stay what they were.
SPOKEN_NOT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I need 2 30 minute sessions", ("30 minute",)),
    ("book 3 45 min slots", ("45 min",)),
    ("my kids are 7 10 and 12", ()),
    ("call 555 1234", ()),
    ("room 4 15", ()),
    ("we're 3 15 year olds", ()),
)

# Weekdays ruled out just before the week asked for, in the next clause, are that week's.
# Rows: message, the weekday's words, its day ("MM-DD").
RULED_OUT_BEFORE_WEEK: tuple[tuple[str, str, str], ...] = (
    ("Can't do Monday, Wednesday, or Friday. Need it replaced next week", "Friday", "12-04"),
    (
        "Can't do Monday, Wednesday, or Friday. Need it replaced next week",
        "Can't do Monday",
        "11-30",
    ),
    ("not Monday, not Tuesday, not Saturday. Next week.", "not Tuesday", "12-01"),
    ("not Monday, not Tuesday, not Saturday. Next week.", "not Saturday", "12-05"),
    ("No Thursday please. Sometime the week after next", "No Thursday", "12-10"),
    ("not wed. next week pls", "not wed. next week", "12-02"),
    ("can't do tues or thurs. next week?", "thurs.", "12-03"),
    ("NOT Monday!! next week", "NOT Monday", "11-30"),
    ("except Tuesday. Next week is good", "except Tuesday", "12-01"),
    ("not friday, I'm away. how about next week", "not friday", "12-04"),
    ("not monday!! next week then", "not monday", "11-30"),
    ("not Wednesday. the week after next", "not Wednesday", "12-09"),
    ("Tuesday is out. Next week please", "Tuesday is out", "12-01"),
    ("but not Thursday. Need it next week", "but not Thursday", "12-03"),
)
# ... a weekday that is wanted, or one a date comes between, keeps its nearest reading.
RULED_OUT_NOT: tuple[tuple[str, str, str], ...] = (
    ("Monday's no good. How about tomorrow or next week?", "Monday's no good", "11-23"),
    ("Thursday isn't good, tomorrow is. Or next week", "Thursday isn't good", "11-26"),
    ("Thursday. Or next week", "Thursday", "11-26"),
)

# "one" listed before the day it is on is a booking ("2 lessons, one next Monday"), not
# 1:00. Rows: message, the mentions found.
ONE_LISTED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "2 lessons for my son, one next Monday and one next Wednesday",
        ("next Monday", "next Wednesday"),
    ),
    ("Can I swap my booking today to one next week?", ("today", "next week")),
    ("two cleans, one this friday and one next friday", ("this friday", "next friday")),
    ("3 sessions: one on Monday, one on Wednesday", ("Monday", "Wednesday")),
    ("could we do one next tuesday", ("next tuesday",)),
    ("I'd like 2 - one this week, one next week", ("this week", "next week")),
    ("then one every friday", ("every friday",)),
    ("plus one on the 3rd", ("on the 3rd",)),
    ("a trim and one next month", ("next month",)),
    ("two visits, one on tue and one on thu", ("tue", "thu")),
    ("book Ben, one next Thursday", ("next Thursday",)),
    ("and one this Saturday", ("this Saturday",)),
    ("two bookings; one on the 9th, one on the 16th", ("on the 9th", "on the 16th")),
    ("then one next wed", ("next wed",)),
    ("do one on friday?", ("friday",)),
)
# ... "at one", a clock said with its hour, stays a time.
ONE_CLOCK: tuple[tuple[str, str], ...] = (
    ("meet at one on friday", "at one on friday"),
    ("lunch at one next monday", "lunch at one next monday"),
    ("tuesday, one on the dot", "tuesday, one on the dot"),
)

# A length the words say of something else is no duration mention: a zone's offset ("3
# hrs behind you"), a kind of shift ("twelve hour shifts"), the length being replaced
# ("2 hours instead of 90 min"). Rows: message, the durations still found.
NOT_A_LENGTH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I am in Nairobi (3 hrs behind you roughly)", ()),
    ("I work twelve hour shifts so only friday", ()),
    ("can we make it 2 hours instead of 90 min?", ("2 hours",)),
    ("we're 5 hours ahead of you", ()),
    ("I do 12-hour shifts at the hospital", ()),
    ("an hour rather than 30 minutes please", ("an hour",)),
    ("London is 8 hours ahead", ()),
    ("she's on 10 hour shifts this week", ()),
    ("45 mins instead of an hour", ("45 mins",)),
    ("I'm 2 hours behind, in Denver", ()),
    ("I work 8 hour shift on weekdays", ()),
    ("90 minutes rather than 2 hours", ("90 minutes",)),
    ("we are 6 hrs ahead of NY", ()),
    ("doing 24 hour shifts lol", ()),
    ("3 hours instead of 2 hours", ("3 hours",)),
)
# ... a length said for the booking stays one.
A_LENGTH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("I need 3 hours please", ("3 hours",)),
    ("book a 2 hour slot", ("2 hour",)),
    ("an hour and a half, friday", ("an hour and a half",)),
)

# A named day's weekend: that week's Saturday and Sunday, and a Monday holiday's the one
# before it. Rows: reference (ISO local time, zone), message, the mention, its first day.
HOLIDAY_WEEKEND: tuple[tuple[str, str, str], ...] = (
    ("but NOT New Year's weekend", "but NOT New Year's weekend", "27-01-02"),
    ("easter weekend", "easter weekend", "27-03-27"),
    ("Labor Day weekend", "Labor Day weekend", "27-09-04"),
    ("memorial day weekend?", "memorial day weekend", "27-05-29"),
    ("over thanksgiving weekend", "thanksgiving weekend", "27-11-27"),
    ("not the xmas weekend", "not the xmas weekend", "26-12-26"),
    ("presidents day weekend", "presidents day weekend", "27-02-13"),
    ("4th of july weekend", "4th of july weekend", "27-07-03"),
    ("halloween weekend party", "halloween weekend", "27-10-30"),
    ("MLK day weekend", "MLK day weekend", "27-01-16"),
    ("the new years weekend", "the new years weekend", "27-01-02"),
    ("valentines weekend", "valentines weekend", "27-02-13"),
    ("mothers day weekend", "mothers day weekend", "27-05-08"),
    ("columbus day weekend", "columbus day weekend", "27-10-09"),
    ("Easter Monday weekend", "Easter Monday weekend", "27-03-27"),
)
HOLIDAY_WEEKEND_REF = ("2026-12-21T19:40", "America/Los_Angeles")

# A period of days and a set of days inside it, joined by a comma, are one wish: the set
# narrows the period ("in the next two weeks, weekends only"), it is not the other
# choice. Rows: message, the period's words, the set's words.
PERIOD_NARROWED: tuple[tuple[str, str, str], ...] = (
    ("sometime in the next two weeks, weekends only", "in the next two weeks", "weekends"),
    ("the week of the 7th, any weekday afternoon", "the week of the 7th", "any weekday afternoon"),
    ("the week of the 30th, weekdays only", "the week of the 30th", "weekdays"),
    ("the next 3 weeks, mornings", "the next 3 weeks", "mornings"),
    ("sometime in December, weekends", "December", "weekends"),
    ("the next 10 days, evenings", "the next 10 days", "evenings"),
    ("the week of dec 14, any morning", "the week of dec 14", "any morning"),
    ("in january, saturdays", "january", "saturdays"),
    ("the first week of december, afternoons", "the first week of december", "afternoons"),
    ("this month, weekday mornings", "this month", "weekday mornings"),
    ("over the next 2 weeks, any weekday", "over the next 2 weeks", "any weekday"),
    ("early december, weekends", "early december", "weekends"),
    ("the week of the 14th, weekday evenings", "the week of the 14th", "weekday evenings"),
    ("within the next 2 weeks, afternoons", "within the next 2 weeks", "afternoons"),
    ("next month, tuesdays", "next month", "tuesdays"),
)
# ... two days, or two periods, stay either choice.
PERIOD_EITHER: tuple[tuple[str, str, str], ...] = (
    ("Thursday or Friday", "Thursday", "Friday"),
    ("this weekend or next weekend", "this weekend", "next weekend"),
    ("next week, or the week after", "next week", "the week after"),
    ("Friday the 27th, or any time that week", "Friday the 27th", "that week"),
    ("in december, or weekends in january", "december", "weekends"),
)

# "that day" after "X instead of Y" leans on X, the day wished, not on Y, the day being
# moved from. Rows: message, the back-reference, the day it reads ("MM-DD").
NOT_THE_REPLACED: tuple[tuple[str, str, str], ...] = (
    ("Could we make it the 17th instead of the 10th? Any time that day", "that day", "12-17"),
    ("move me to the 20th rather than the 13th, later that day is fine", "later that day", "12-20"),
    ("the 4th instead of the 2nd pls, any time that day", "that day", "12-04"),
    ("can we do Friday instead of Thursday, any time that day", "that day", "11-27"),
    ("Dec 9 instead of Dec 7? any slot that day", "that day", "12-09"),
    ("switch to the 30th rather than the 28th - anytime that day", "that day", "11-30"),
    ("the 15th instead of the 14th. same time that day?", "that day", "12-15"),
    ("tomorrow instead of today, any time that day", "that day", "11-24"),
    ("Wednesday rather than Tuesday - later that day if possible", "later that day", "11-25"),
    ("the 11th instead of the 10th, whatever's free that day", "that day", "12-11"),
    ("make it the 3rd instead of the 1st. any time that day works", "that day", "12-03"),
    ("the 8th rather than the 7th and any time that day", "that day", "12-08"),
    ("Monday the 30th instead of Friday the 27th, any time that day", "that day", "11-30"),
    ("the 22nd instead of the 21st, later that day", "later that day", "12-22"),
    ("Thursday instead of Wednesday? any time that day", "that day", "11-26"),
)
# ... with no other day said, "that day" is the one named.
THE_REPLACED_ALONE: tuple[tuple[str, str, str], ...] = (
    ("instead of the 10th, any time that day", "that day", "12-10"),
    ("the 10th, any time that day", "that day", "12-10"),
)

# "not a minute after 2:30" is "by 2:30 at the latest": a bound before, not a one-minute
# length. Rows: message, the mention, the clock it ends at ("HH:MM").
NOT_A_MINUTE_AFTER: tuple[tuple[str, str, str], ...] = (
    ("not a minute after 2 30 cause of pickup", "not a minute after 2 30", "14:30"),
    ("not a minute after 5pm please", "not a minute after 5pm", "17:00"),
    ("the 2nd and not a minute later than 4:15", "not a minute later than 4:15", "16:15"),
    ("friday, not a minute past 3", "not a minute past 3", "15:00"),
    ("done by noon, not one minute after 12", "not one minute after 12", "12:00"),
    ("Not a minute after 6:30!", "Not a minute after 6:30", "18:30"),
    ("tmrw but not a minute after 11am", "not a minute after 11am", "11:00"),
    ("not a minute after 4 on thursday", "not a minute after 4 on thursday", "16:00"),
    ("wed, not a minute later than 1pm", "not a minute later than 1pm", "13:00"),
    ("we must finish, not a minute after 7pm", "not a minute after 7pm", "19:00"),
    ("not a minute past 9:45 pls", "not a minute past 9:45", "09:45"),
    ("saturday... not a minute after 2", "not a minute after 2", "14:00"),
    ("not a minute later than 3:30 on the 4th", "not a minute later than 3:30 on the 4th", "15:30"),
    ("NOT A MINUTE AFTER 5", "NOT A MINUTE AFTER 5", "17:00"),
    ("not one minute after 8pm", "not one minute after 8pm", "20:00"),
)
