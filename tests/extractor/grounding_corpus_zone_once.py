"""Corpus: a zone said once is the zone of the message's other clocks (`speaker_zone.zone_said_once`).

"Wednesday at 5pm Saudi time, can you move it to Thursday 5pm?": Thursday 5pm is Saudi time
too. Each row: the message, a clock mention's words, the zone it is read in. The request's
zone in these tests is New York (`tests.extractor.grounding_corpus.NY`).
"""

from __future__ import annotations

ZONE_CARRIED: tuple[tuple[str, str, str], ...] = (
    (
        "My son's lesson on Wednesday at 5pm Saudi time, can you move it to Thursday 5pm?",
        "Thursday 5pm",
        "Asia/Riyadh",
    ),
    ("Can I book Friday 6pm? Sorry forgot to say, Brazil time.", "Friday 6pm", "America/Sao_Paulo"),
    ("Lesson Thursday 10am please. Ah sorry, that's Japan time", "Thursday 10am", "Asia/Tokyo"),
    ("tomorrow at 9am London time, or if not then 11am", "11am", "Europe/London"),
    ("7pm Sydney time on monday works, tuesday 8pm even better", "tuesday 8pm", "Australia/Sydney"),
    ("I'm free 2pm-ish UK time on thurs. friday at 4 also fine", "friday at 4", "Europe/London"),
    ("friday at 3pm Dubai time. thursday at 3:30 would do too", "thursday at 3:30", "Asia/Dubai"),
    (
        "Can we do the call at 10am Berlin time wednesday? If that's taken, 11:30 same day",
        "11:30 same day",
        "Europe/Berlin",
    ),
    ("all times Pacific time: monday 9am or tuesday 10am", "tuesday 10am", "America/Los_Angeles"),
    ("wed 8pm india time... or thurs 7pm", "thurs 7pm", "Asia/Kolkata"),
    (
        "Please note I'm on Central time. Friday at 2pm would be ideal",
        "Friday at 2pm",
        "America/Chicago",
    ),
    (
        "2pm Jamaica time on tuesday, otherwise wednesday at 1pm",
        "wednesday at 1pm",
        "America/Jamaica",
    ),
)

# ... but a clock said for the business's side, or contrasted with the zoned one, or a
# message naming two zones, keeps the request's zone. Each row: the message, a clock
# mention's words (read in New York time).
ZONE_NOT_CARRIED: tuple[tuple[str, str], ...] = (
    ("Could we meet at 7am Hawaii time on Wednesday? That should be noon for you.", "noon"),
    ("9am ET on friday for an hour? (that's 3pm yours I think)", "3pm"),
    ("Can we do 8:30pm Sydney time - so 9:30am for you - on Friday?", "9:30am"),
    ("our 2pm today -> can it be 2pm London time instead?", "2pm today"),
    ("tomorrow 3pm, or 3pm London time if that's easier for her", "tomorrow 3pm"),
    ("9am here is 5pm in Perth, so tuesday at 9 please", "tuesday at 9"),
    ("10am London time or 2pm Berlin time, and friday at 4 is a fallback", "friday at 4"),
    ("keen for a PT sesh tmrw, gotta be outta there by 8 tho", "by 8"),
    ("Est-ce que je peux venir lundi à 10am?", "10am"),
    ("monday at 9, my brother calls from Brazil at noon", "monday at 9"),
)
