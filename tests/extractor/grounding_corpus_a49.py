"""The A49 corpus: times counted from events and from days said before (issue 13, A49).

1. A count of days or weeks and "before" / "after" that ends its clause leans on the day
   said last before it ("bts concert is july 3 at 7pm, perm maybe 2 days before?", "I fly
   on 11 May, it must be at least 2 weeks before"): the day moved by the count, a bound
   with "at least"; the day is its antecedent (`count_from_day`).
2. "the week / weekend before / after" an event dated elsewhere in the message ("the week
   before the wedding, wedding is Saturday 19th December", "the weekend before her exam.
   exam is on the 15th"): the week leading up to it / the week after its week; the
   Saturday and Sunday before / after it (`event_count`).
3. An event said as what someone does ("at least 10 days before we go", "the day after I
   arrive", "the Tuesday after I land", "the week prior to her return"): its date is the
   one said with a verb of its kind ("we fly 3rd may", "arrive on the 2nd", "get in the
   30th", "returns from leave on the 6th") (`event_count`).
4. "the week after" / "the weekend before" a day said right after ("the week after
   Paddy's Day", "in week after Saint Patrick", "the week after july 4th"): a week or
   weekend beside the day, not the day a week on (`rules_offset`).
5. Holidays the writers name that grounding did not know: "Paddy's Day", "Heritage Day",
   "Carnival Monday" / "Tuesday" / "Friday", "Ash Wednesday", "Pancake Day", "Chinese
   New Year" / "Lunar New Year" / "CNY" (`lexicon.HOLIDAYS`, `LUNAR_NEW_YEAR`).

Reference time: Monday 2026-11-23 09:00 America/New_York (`grounding_corpus.REF`).
"""

from __future__ import annotations

# 1. Each row: the message, the count's words, the day it reads (ISO date), the words of
# the day it leans on (its antecedent).
COUNTS_FROM_DAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "ok so bts concert is dec 12 at 7pm, i want perm maybe 2 days before? 2 hr",
        "2 days before",
        "2026-12-10",
        "dec 12 at 7pm",
    ),
    (
        "Sangeet is on December 30th. I want the trial either a week before or two weeks before",
        "two weeks before",
        "2026-12-16",
        "December 30th",
    ),
    (
        "we leave for Peru on the 20th, yellow fever 10 days before, so any morning",
        "10 days before",
        "2026-12-10",
        "on the 20th",
    ),
    (
        "I booked for the 4th but Rhea said I should come back 2 weeks after for touch up",
        "2 weeks after",
        "2026-12-18",
        "the 4th",
    ),
    (
        "Our open day is Saturday December 12th. Could the deep clean be 3 days before please",
        "3 days before",
        "2026-12-09",
        "Saturday December 12th",
    ),
    (
        "his cast comes off on Dec 3, physio said start 4 days after, mornings if poss",
        "4 days after",
        "2026-12-07",
        "Dec 3",
    ),
    (
        "moving out on the 15th!! need the end of tenancy clean a couple of days before",
        "a couple of days before",
        "2026-12-13",
        "on the 15th",
    ),
    (
        "the gala is friday 18th dec so a spray tan 2 days prior pls",
        "2 days prior",
        "2026-12-16",
        "friday 18th dec",
    ),
    (
        "christening is Sunday the 20th. Can we do the cake tasting a fortnight before?",
        "a fortnight before",
        "2026-12-06",
        "Sunday the 20th",
    ),
    (
        "first dose was on the 1st, second due three weeks after, any afternoon",
        "three weeks after",
        "2026-12-22",
        "on the 1st",
    ),
    (
        "Exam's on 14 December. Tutor session 5 days b4 would be ideal",
        "5 days b4",
        "2026-12-09",
        "14 December.",
    ),
)

# "at least" a count before the day: a bound taking in the day the count lands on ("at
# least 2 weeks before the 11th": the 27th too; "more than": not), by its words: the
# message, the words, the bound, the end of its last interval (ISO date, exclusive).
COUNT_BOUNDS: tuple[tuple[str, str, str, str], ...] = (
    (
        "I fly to Delhi on 11 December. I'd like my typhoid as late as possible but it must be at least 2 weeks before",
        "at least 2 weeks before",
        "before",
        "2026-11-28",
    ),
    (
        "Surgery's on Dec 27th, they want the scan at least a week before, mornings best",
        "at least a week before",
        "before",
        "2026-12-21",
    ),
    (
        "My sister is getting married the 19th so we both need botox at least 10 days before.",
        "at least 10 days before",
        "before",
        "2026-12-10",
    ),
    (
        "closing is Dec 18 and the lender needs the inspection no less than 5 days before",
        "no less than 5 days before",
        "before",
        "2026-12-14",
    ),
    (
        "we leave for Peru on the 11th, yellow fever must be 10 days before, so tomorrow?",
        "10 days before",
        "before",
        "2026-12-02",
    ),
    (
        "flying to Accra Dec 20 and the malaria tabs have to be started 7 days before",
        "7 days before",
        "before",
        "2026-12-14",
    ),
    (
        "the op is on the 18th, bloods need to be done 3 days before. Mornings",
        "3 days before",
        "before",
        "2026-12-16",
    ),
    (
        "hysterectomy on Dec 14 and the surgeon needs a pelvic MRI more than 3 days before.",
        "more than 3 days before",
        "before",
        "2026-12-11",
    ),
)

# Not a count from a day said before.
NOT_COUNTS_FROM_DAY: tuple[str, ...] = (
    "she was sluggish for two days after",  # a length
    "is it ok to work out 2 days after?",  # no day said before
    "the pain lasted 3 days after",
    "it took two weeks after",
    "2 days before please",
)

# Not an event said as what someone does: a day's routine ("before i go to work").
NOT_EVENTS_DONE: tuple[str, ...] = (
    "can u do half 7 in the morning before i go to work thurs",
    "the morning before I go to school on friday",
    "2 hours before we go to bed",
    "the day before I go to the gym again, monday",
    "an hour before she goes to class",
)

# "a week before" said alone stays the week leading up to the day (`anaphora`).
A_WEEK_BEFORE_KEPT: tuple[tuple[str, str, str, str], ...] = (
    (
        "party on dec 12. can we do a trial a week before?",
        "a week before",
        "2026-12-07",
        "2026-12-11",
    ),
)

# 2. Each row: the message, the words, the first and last day read (ISO), the event's
# date (its antecedent).
EVENT_WEEKS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "the week before the wedding please, wedding is Saturday 19th December",
        "the week before the wedding",
        "2026-12-14",
        "2026-12-18",
        "Saturday 19th December",
    ),
    (
        "can we do the weekend before her exam? exam is on the 15th",
        "the weekend before her exam",
        "2026-12-12",
        "2026-12-13",
        "on the 15th",
    ),
    (
        "the week after the move is best - we move on the 5th",
        "the week after the move",
        "2026-12-07",
        "2026-12-13",
        "on the 5th",
    ),
    (
        "Mum's op is Wednesday 9th December, so the week after my mums op for her follow up",
        "the week after my mums op",
        "2026-12-14",
        "2026-12-20",
        "Wednesday 9th December",
    ),
    (
        "the weekend after the recital if you can. recital is Thursday the 10th",
        "the weekend after the recital",
        "2026-12-12",
        "2026-12-13",
        "Thursday the 10th",
    ),
    (
        "graduation's on the 18th, a blow dry the week before the graduation?",
        "the week before the graduation",
        "2026-12-07",
        "2026-12-13",
        "on the 18th",
    ),
    (
        "our housewarming is sat 5th dec, clean the wknd before the housewarming",
        "the wknd before the housewarming",
        "2026-11-28",
        "2026-11-29",
        "sat 5th dec",
    ),
)

# 3. Each row: the message, the words, the first day read (ISO), the event's date.
DOER_EVENTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "we arrive on 2 December. We need the moving the day after we arrive please",
        "the day after we arrive",
        "2026-12-03",
        "2 December.",
    ),
    (
        "We drive down on the 29th and get in the 30th. Could I get an appointment the week after we arrive",
        "the week after we arrive",
        "2026-12-07",
        "the 30th",
    ),
    (
        "Flying back from Dubai on the 15th. Travel jabs any time the Tuesday after I land, afternoons",
        "the Tuesday after I land",
        "2026-12-22",
        "on the 15th",
    ),
    (
        "she returns from leave on 14 December. The assessment should be the week prior to her return",
        "the week prior to her return",
        "2026-12-07",
        "14 December.",
    ),
    (
        "I land on Friday the 11th and need a massage the day after I land",
        "the day after I land",
        "2026-12-12",
        "Friday the 11th",
    ),
    (
        "we fly out on the 20th. can the dog have her checkup 3 days before we leave",
        "3 days before we leave",
        "2026-12-17",
        "on the 20th",
    ),
)

# ... "at least" a count before the doer's event: a bound (its last day).
DOER_BOUNDS: tuple[tuple[str, str, str], ...] = (
    (
        "we fly 23rd dec, need rabies course started at least 10 days before we go. mornings",
        "at least 10 days before we go",
        "2026-12-14",
    ),
    (
        "I need a yellow fever jab. We travel on 20 December. Needs to be at least 10 days before we go",
        "at least 10 days before we go",
        "2026-12-11",
    ),
)

# 4. Each row: the message, the words, the first and last day read (ISO).
WEEKS_FROM_A_DAY: tuple[tuple[str, str, str, str], ...] = (
    (
        "Sometime the week after Paddy's Day, no Fridays",
        "week after Paddy's Day",
        "2027-03-22",
        "2027-03-28",
    ),
    (
        "Oksana team have time in week after Saint Patrick?",
        "week after Saint Patrick",
        "2027-03-22",
        "2027-03-28",
    ),
    ("any weekday the week after july 4th", "week after july 4th", "2027-07-05", "2027-07-11"),
    ("the week after Christmas works for us", "week after Christmas", "2026-12-28", "2027-01-03"),
    (
        "the weekend before Christmas please",
        "the weekend before Christmas",
        "2026-12-19",
        "2026-12-20",
    ),
    ("the weekend after the 10th", "the weekend after the 10th", "2026-12-12", "2026-12-13"),
    ("week after the 14th is good", "week after the 14th", "2026-12-21", "2026-12-27"),
    (
        "maybe the week after Chinese New Year",
        "week after Chinese New Year",
        "2027-02-08",
        "2027-02-14",
    ),
)

# ... and what stays as it was: a week then a bound, a count of weeks.
WEEKS_KEPT: tuple[tuple[str, str], ...] = (
    ("next week after 3pm", "next week after 3pm"),
    ("anytime next wk after 5 works", "next wk after 5"),
    ("2 weeks before Christmas", "2 weeks before Christmas"),
    ("the day before Christmas", "the day before Christmas"),
)

# 5. Each row: the message, the words, the day read (ISO).
HOLIDAYS: tuple[tuple[str, str, str], ...] = (
    ("Do you have anything free on Paddy's Day itself?", "Paddy's Day", "2027-03-17"),
    ("not Paddy's Day, the street is mobbed", "not Paddy's Day", "2027-03-17"),
    ("I forgot it's Patrick's Day and I'm marching", "Patrick's Day", "2027-03-17"),
    ("we're off on Heritage Day so could we bring Rocky then", "Heritage Day", "2027-09-24"),
    ("Allyuh open on Carnival Monday?", "Carnival Monday", "2027-02-08"),
    ("I fly out Carnival Tuesday", "Carnival Tuesday", "2027-02-09"),
    ("Carnival Friday I need to pick up the car", "Carnival Friday", "2027-02-05"),
    ("Heading back to NYC on Ash Wednesday", "Ash Wednesday", "2027-02-10"),
    ("pancake day? a table for 6 please", "pancake day", "2027-02-09"),
    ("are you closed on Chinese New Year?", "Chinese New Year", "2027-02-06"),
    ("during Lunar New Year we visit family", "Lunar New Year", "2027-02-06"),
    ("closed for CNY?", "CNY", "2027-02-06"),
)

# 6. "the Saturday after this one": the weekday a week after the coming one. Each row:
# the message, the words, the day read (ISO).
WEEKDAY_AFTER_THIS_ONE: tuple[tuple[str, str, str], ...] = (
    (
        "Can Kai come the Saturday after this one? we're away this weekend",
        "the Saturday after this one",
        "2026-12-05",
    ),
    (
        "Can I get the Saturday after this one? morning, with Dr Menon",
        "the Saturday after this one",
        "2026-12-05",
    ),
    (
        "Lakshmi ma'am, Saturday mornings, from the Saturday after this one.",
        "from the Saturday after this one",
        "2026-12-05",
    ),
    ("the friday after this coming one works", "the friday after this coming one", "2026-12-04"),
    ("not this sunday, the sunday after this", "the sunday after this", "2026-12-06"),
    (
        "could we do the Wednesday after this one instead",
        "the Wednesday after this one",
        "2026-12-02",
    ),
)

# 7. A move by days with no day said before leans on the day said soon after. Each row:
# the message, the words, the day read (ISO), the day moved (its antecedent).
MOVED_FROM_THE_DAY_AFTER: tuple[tuple[str, str, str, str], ...] = (
    (
        "can we push our move back a week? it's currently Wed the 2nd",
        "back a week",
        "2026-12-09",
        "Wed the 2nd",
    ),
    (
        "push mine back a week pls - Dr Olsen Tues 1st 11am.",
        "back a week",
        "2026-12-08",
        "Tues 1st 11am",
    ),
    (
        "could you bring it forward a day? it's on Friday the 4th",
        "forward a day",
        "2026-12-03",
        "Friday the 4th",
    ),
    (
        "need to push back by two days, booked for Thursday 3rd",
        "back by two days",
        "2026-12-05",
        "Thursday 3rd",
    ),
    (
        "can we move it back a week. I have Monday 30th at 2",
        "back a week",
        "2026-12-07",
        "Monday 30th at 2",
    ),
)

# 8. "week after" with no article where a sentence or a list opens it: the week after the
# week said before. Each row: the message, the words, the first and last day read (ISO).
BARE_WEEK_AFTER: tuple[tuple[str, str, str, str], ...] = (
    (
        "Next week is no good, week after any day but Wednesday",
        "week after",
        "2026-12-07",
        "2026-12-13",
    ),
    (
        "grandbabies here all next week. Week after is wide open, mornings preferred",
        "Week after",
        "2026-12-07",
        "2026-12-13",
    ),
    ("next week or week after is fine", "week after", "2026-12-07", "2026-12-13"),
    (
        "can't do the week of the 7th. Week after then, Tuesday?",
        "Week after",
        "2026-12-14",
        "2026-12-20",
    ),
    ("not next wk. wk after if poss", "wk after", "2026-12-07", "2026-12-13"),
)

# 9. "right before", "just before" ending a clause: before the time said before it, on its
# day, as "straight after" is after it. Each row: the message, the words, the day (ISO),
# the clock the bound ends at ("HH:MM").
RIGHT_BEFORE: tuple[tuple[str, str, str, str], ...] = (
    (
        "I have my driving test on Thursday 3 December at 11:20. I wish to take a lesson just before, one hour",
        "just before",
        "2026-12-03",
        "11:20",
    ),
    (
        "My test is at 3.30 on Friday 4th. Can I book the test-day lesson, an hour, right before, ideally with Ravi",
        "right before",
        "2026-12-04",
        "15:30",
    ),
    (
        "my daughter's in at 10 on Thursday, can I come in just before",
        "just before",
        "2026-11-26",
        "10:00",
    ),
    (
        "interview's 2pm tomorrow so a blow dry right before please",
        "right before",
        "2026-11-24",
        "14:00",
    ),
    (
        "Kids have swimming Saturday at 11:30. Could we do haircuts immediately before?",
        "immediately before",
        "2026-11-28",
        "11:30",
    ),
)

# 10. An event's date tied by "is booked", "is scheduled for", "is due on"; and "the day
# b4" as "the day before". Each row: the message, the words, the day read (ISO), the day
# it leans on.
DATES_BOOKED_AND_B4: tuple[tuple[str, str, str, str], ...] = (
    (
        "Dr Evans wants to see me two weeks after my bloods. Bloods are booked Tuesday 1st",
        "two weeks after my bloods",
        "2026-12-15",
        "Tuesday 1st",
    ),
    (
        "the day before the recital please, recital is scheduled for Friday 11th",
        "the day before the recital",
        "2026-12-10",
        "Friday 11th",
    ),
    (
        "a week after my scan - the scan is due on the 2nd",
        "a week after my scan",
        "2026-12-09",
        "on the 2nd",
    ),
    (
        "3 days before the move, the move is set for the 19th",
        "3 days before the move",
        "2026-12-16",
        "the 19th",
    ),
    (
        "eid's on the 16th so need a fresh cut the day b4, sorted?",
        "the day b4",
        "2026-12-15",
        "on the 16th",
    ),
    (
        "party is sat 12th dec, nails the day b4 pls",
        "the day b4",
        "2026-12-11",
        "sat 12th dec",
    ),
)

# ... and "the week after same day same time" stays that day a week on (w27-275's reading).
WEEK_AFTER_SAME_DAY: tuple[tuple[str, str, str], ...] = (
    (
        "I have an appointment friday at 11 and I'd like another one for the week after same day same time",
        "week after same day same time",
        "2026-12-04",
    ),
    (
        "booked Tuesday 1st at 2, can I get the week after same day too",
        "week after same day",
        "2026-12-08",
    ),
)
