"""A weekday said with "that" in a later turn is the weekday of the week the
conversation set: of the slot booked, else of the days asked for (`session_context`,
`candidate_finding.leans_back`), not the coming one."""

from __future__ import annotations

from tests.session_replay import replayed, span_label


def test_conversation_that_weekday_after_the_days_asked_for() -> None:
    # Monday 18 January: next Tuesday is the 26th, so "that friday" is the 29th, not the 22nd
    out = replayed(
        [
            ("can I come in next Tuesday morning?", "book", [span_label("next Tuesday morning")]),
            (
                "sorry can we move it to that friday morning instead",
                "book",
                [span_label("that friday morning")],
            ),
        ]
    )
    assert out[-1]["proposals"][0]["start"].startswith("2027-01-29T08")


def test_conversation_that_weekday_after_the_slot_booked() -> None:
    # booked Tuesday 26th at 10; "that Thursday" is the 28th, not the coming 21st
    out = replayed(
        [
            ("Tuesday 26th at 10 please", "book", [span_label("Tuesday 26th at 10")]),
            ("first one please", "book", []),
            (
                "oh no, I'm at a wedding that Tuesday. can we do that Thursday instead?",
                "reschedule",
                [span_label("that Thursday")],
            ),
        ]
    )
    assert out[-1]["proposals"][0]["start"].startswith("2027-01-28")


def test_conversation_that_weekday_alone_is_the_coming_one() -> None:
    # nothing set before: the coming Wednesday
    out = replayed(
        [("can we do that Wednesday at 9?", "book", [span_label("that Wednesday at 9")])]
    )
    assert out[-1]["proposals"][0]["start"].startswith("2027-01-20T09")


def test_conversation_that_weekday_after_a_bare_weekday_is_in_the_week_chosen() -> None:
    # Monday 18 January: "next week" is the 25th to the 31st; "thurs" was read in it, so
    # "that friday morning" is Friday the 29th, not the coming 22nd, and next week holds
    out = replayed(
        [
            ("ok can i get them next week sometime", "book", [span_label("next week")]),
            ("thurs is best", "book", [span_label("thurs", kind="prefer", strength="soft")]),
            (
                "actually that friday morning is better if u have it",
                "book",
                [span_label("that friday morning", kind="prefer", strength="soft")],
            ),
        ]
    )
    assert out[-1]["proposals"][0]["start"].startswith("2027-01-29T")
    assert "next week" not in {d["text"] for d in out[-1]["dropped"]}
