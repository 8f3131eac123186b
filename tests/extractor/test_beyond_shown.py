"""Words that ask for options past those shown ("anything later?"): the examples each side
must find, and the near misses it must leave alone."""

from __future__ import annotations

import pytest
from slotwise.extractor.beyond_shown import beyond_shown

CASES = [
    ("anything later? saturday mornings are my one sleep in lol", "later", "anything later"),
    ("anything later? I work til 4", "later", "anything later"),
    ("hmm got anything later", "later", "anything later"),
    ("any later ones?", "later", "any later ones"),
    ("something later pls, I finish work at 5", "later", "something later"),
    ("¿algo más tarde?", "later", "algo más tarde"),
    ("iets later?", "later", "iets later"),
    ("nothing earlier? I'm free from 3", "earlier", "nothing earlier"),
    ("hmm anything earlier?", "earlier", "anything earlier"),
    ("any earlier slots", "earlier", "any earlier slots"),
    ("rien de plus tôt ?", "earlier", "rien de plus tôt"),
    ("niks eerder?", "earlier", "niks eerder"),
    ("anything sooner? even this week", "sooner", "anything sooner"),
    ("later?", "later", "later"),
    ("earlier?? its bad", "earlier", "earlier"),
    ("hmm any later?", "later", "any later"),
    ("oof, a bit earlier? my shift starts at noon", "earlier", "a bit earlier"),
    ("later got or not", "later", "later"),
    ("Sooner possible? the pain is getting worse", "sooner", "Sooner"),
    # typed as said, a slot asked for by its side, the visit asked to be on a side
    ("hmm nothin later? mornings are rough", "later", "nothin later"),
    ("anythin earlier? I start at 9", "earlier", "anythin earlier"),
    ("is there a later one? traffic is bad", "later", "is there a later one"),
    ("Is there earlier time?", "earlier", "Is there earlier time"),
    ("any chance of an earlier slot? work called", "earlier", "an earlier slot"),
    ("could we go a bit later? kids won't be ready", "later", "could we go a bit later"),
    ("Could it be any later? the rehearsal runs long", "later", "Could it be any later"),
    ("ooh can you go earlier", "earlier", "can you go earlier"),
    ("could u do it a little earlier pls", "earlier", "could u do it a little earlier"),
    # ... and in the languages customers switch to; one side said twice is one ask
    ("tem algo mais tarde?", "later", "algo mais tarde"),
    ("alguma coisa um pouco mais cedo?", "earlier", "alguma coisa um pouco mais cedo"),
    ("haben Sie etwas später?", "later", "etwas später"),
    ("nichts früher?", "earlier", "nichts früher"),
    ("c'è qualcosa di più tardi?", "later", "qualcosa di più tardi"),
    ("hmm ada yang lebih awal ga kak?", "earlier", "ada yang lebih awal"),
    ("yg lebih lambat ada?", "later", "yg lebih lambat"),
    ("kalau lebih awal? anything earlier kak", "earlier", "anything earlier"),
]
NEAR_MISSES = [
    "anything later in the day?",  # grounding reads it
    "anything later than 5?",  # a bound grounding reads
    "something later that week",
    "anything later on thursday?",
    "anything a bit earlier than that?",
    "Book it, but they need it after 11, not any earlier",  # the bound said before
    "see you later",
    "I called earlier today",
    "the later one please",  # a pick
    "I can't get there any earlier than half 3",
    "and is there anything earlier, like before 6?",  # the example is the time asked for
    "anything a bit later? like 6",
    "later that day?",
    "ok later",
    "later got? he needs to eat first. like 4 onwards",  # the example is the time asked for
    "earlier today I called, any news?",
    "could we go half an hour later?",  # an amount grounding reads
    "can you come an hour earlier? got a delivery",
    "could it be later that day",
    "is there a later one on friday",  # a day of its own
    "I can't get there any earlier",
    "can't do earlier than 10",
    "lebih pagi lebih baik",  # the earlier the better: an order, no ask past the options
]


@pytest.mark.parametrize(("message", "side", "text"), CASES)
def test_beyond_shown_finds_the_side_asked_for(message: str, side: str, text: str) -> None:
    found = beyond_shown(message)
    assert [(b.side, b.text) for b in found] == [(side, text)]
    assert message[found[0].span[0] : found[0].span[1]] == text


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_beyond_shown_leaves_near_misses_alone(message: str) -> None:
    assert beyond_shown(message) == []
