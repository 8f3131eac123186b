"""Numbers a turn picks by among the options shown when grounding cannot place them alone
(slotwise.conversation_picks.unplaced): a number before "one" is the option's clock ("the
5 one"), and a bare number that starts no option is the option's number ("pick 3")."""

from __future__ import annotations

from typing import Any

import pytest

from slotwise.conversation_picks import unplaced, unplaced_clocks
from tests.session_replay import replayed, span_label
from tests.session_replay import shown_options as _shown
from tests.session_replay import unread_spans as _unread

# Friday 4 December 2026 at 1pm, 4pm and 5pm (1pm too: "one" must not read as it)
AFTERNOON = _shown("2026-12-04T13:00", "2026-12-04T16:00", "2026-12-04T17:00")
# Friday 4 December 2026 at 11:00, 12:00 and 12:30
LATE_MORNING = _shown("2026-12-04T11:00", "2026-12-04T12:00", "2026-12-04T12:30")


@pytest.mark.parametrize(
    ("message", "options", "rank", "said"),
    [
        ("the 5 one", AFTERNOON, 3, "5"),
        ("the 4 one pls", AFTERNOON, 2, "4"),
        ("ok the 5 one then", AFTERNOON, 3, "5"),
        ("4 one's fine", AFTERNOON, 2, "4"),
        ("yeah the 5 one works for me", AFTERNOON, 3, "5"),
        ("I'll go for the 4 one, cheers", AFTERNOON, 2, "4"),
        ("the 12 one then, iphone 14 screen", LATE_MORNING, 2, "12"),
        ("the 11 one please", LATE_MORNING, 1, "11"),
        ("gimme the 12 one", LATE_MORNING, 2, "12"),
        ("lets do the 11 one", LATE_MORNING, 1, "11"),
        ("the 1 one", AFTERNOON, 1, "1"),  # "1 one": one o'clock, said as a number
    ],
)
def test_conversation_picks_a_number_before_one_is_the_options_clock(
    message: str, options: list[dict[str, Any]], rank: int, said: str
) -> None:
    # grounding reads the "one" as one o'clock and leaves the number: the number is meant
    picked = unplaced(_unread(message), options, message)
    assert picked is not None and picked.rank == rank
    assert message[picked.span[0] : picked.span[1]] == said


@pytest.mark.parametrize(
    "message",
    [
        "2 one-hour sessions",  # a count of things
        "is it $5 one way?",  # a price
        "the one at 1 is fine",  # "one" is the option, "1" the clock: no number before it
    ],
)
def test_conversation_picks_a_number_before_one_of_another_kind_names_no_clock(
    message: str,
) -> None:
    picked = unplaced(_unread(message), AFTERNOON, message)
    # no clock before "one": at most the 1 o'clock, never 4 or 5 o'clock
    assert picked is None or not picked.by_time or picked.rank == 1


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("pick 3", 3),
        ("ok 3 then", 3),
        ("go with 2", 2),
        ("3 is good", 3),
        ("lets do 2 pls", 2),
        ("i'll take 3", 3),
        ("2 looks good", 2),
        ("3 thx", 3),
        ("ok 2 it is", 2),
        ("hmm 3 i guess", 3),
    ],
)
def test_conversation_picks_a_number_no_option_starts_at_is_the_options_number(
    message: str, rank: int
) -> None:
    # shown at 8, 9 and 10 o'clock: none starts at 2 or 3, so "3" is the third option
    shown = _shown("2026-12-04T08:00", "2026-12-04T09:00", "2026-12-04T10:00")
    picked = unplaced(_unread(message), shown, message)
    assert picked is not None and picked.rank == rank and not picked.by_time
    assert unplaced_clocks(_unread(message), shown, message) == []  # no clock to search


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("9 works", 2),  # an option starts at 9: the hour, not the ninth
        ("ok 10", 3),
        ("5 pls", None),  # more than were shown, and no option at 5
        ("ok 4 then", None),
    ],
)
def test_conversation_picks_a_number_at_an_options_hour_or_past_the_options_is_no_rank(
    message: str, rank: int | None
) -> None:
    shown = _shown("2026-12-04T08:00", "2026-12-04T09:00", "2026-12-04T10:00")
    picked = unplaced(_unread(message), shown, message)
    assert (picked.rank if picked else None) == rank


# shown after it: Thursday 21 January 2027 at 12:00, 13:00 and 14:00 (Dr. Ames, 8 to 5)
THURSDAY = ("can i come in thursday afternoon", "book", [span_label("thursday afternoon")])


@pytest.mark.parametrize(
    ("message", "labels", "start"),
    [
        ("pick 3", [], "2027-01-21T14:00"),
        ("ok 3 then", [], "2027-01-21T14:00"),
        ("the 12 one", [span_label("12", "context")], "2027-01-21T12:00"),
        ("the 2 one please", [span_label("2", "context")], "2027-01-21T14:00"),
    ],
)
def test_conversation_picks_numbers_in_a_session(
    message: str, labels: list[dict[str, Any]], start: str
) -> None:
    out = replayed([THURSDAY, (message, "book", labels)])
    ref = out[1]["refers_to"]
    assert len(ref) == 1 and str(ref[0]["proposal"]["start"])[:16] == start


@pytest.mark.parametrize(
    ("message", "said", "start"),
    [
        ("actually 3 instead", "3", "2027-01-21T15:00"),
        ("3 not 2, sorry", "3", "2027-01-21T15:00"),
        ("oops I meant 3", "3", "2027-01-21T15:00"),
        ("hmm could we do 3 instead?", "3", "2027-01-21T15:00"),
    ],
)
def test_conversation_picks_a_number_that_corrects_the_clock_is_a_wish_not_an_options_number(
    message: str, said: str, start: str
) -> None:
    # shown 12:00, 13:00 and 14:00: "actually 3 instead" asks for 3pm (grounding's
    # framed_numbers, a correcting frame), not the third option shown
    out = replayed([THURSDAY, (message, "book", [span_label(said)])])
    assert str(out[1]["proposals"][0]["start"])[:16] == start
    assert all(
        r.get("shown_rank") in (None, 1) or r["proposal"]["start"][:16] == start
        for r in out[1]["refers_to"]
    )
