"""Words that place a visit against another booking of the conversation
(`extractor/placed_against.py`), from the conversation writers' corpus, and beside them
the near misses that must not fire: times and events after "after" or "before", an
amount of time before them, a pronoun that owns a noun."""

from __future__ import annotations

import pytest
from slotwise.extractor.placed_against import placed_against

# (message, relation, touching, the words that name the other booking, their sort)
SAID = [
    ("then Leo right after Ava", "after", True, "Ava", "person"),
    ("and Mia after Leo please", "after", False, "Leo", "person"),
    ("great. her brother Noah too, same day right after her", "after", True, "her", "person"),
    ("and my other cat Pepper needs hers too, can she go right after Miso?", "after", True, "Miso", "person"),
    ("and Luna in the slot after his", "after", False, "his", "person"),
    ("and my girlfriend wants one right after mine", "after", True, "mine", "person"),
    ("Next, Hannah straight after Priya please, with whichever tailor is free.", "after", True, "Priya", "person"),
    ("And for my wife, directly after mine, if you please.", "after", True, "mine", "person"),
    ("And Mateo as well, the same morning, straight after his sister if it can be done.", "after", True, "his sister", "person"),
    ("could his sister Ruby get a checkup right before him? saves me a trip", "before", True, "him", "person"),
    ("Y Tomás después de su hermana", "after", False, "su hermana", "person"),
    ("Y ahora la mía, el mismo día justo después de la de él", "after", True, "la de él", "person"),
    ("ahora yo, cleaning, ese mismo día después de Lucía", "after", False, "Lucía", "person"),
    (
        "If it could be arranged on the same day as Margaret's, so that we might make a single trip",
        "same_day", False, "Margaret's", "person",
    ),
    ("Same day as dad would be ideal so I only drive once", "same_day", False, "dad", "person"),
    ("and could I get a gel manicure at the same time as her please?", "same_time", False, "her", "person"),
    ("Can we also get the measure done the same day, after the consult?", "after", False, "the consult", "thing"),
    ("¿Puede ser ese mismo día después de la limpieza?", "after", False, "la limpieza", "thing"),
    ("Can I add a brow tint straight after?", "after", True, None, None),
    ("and unit B right after that one, same tech", "after", True, None, None),
    ("2nd bike straight after this one pls", "after", True, None, None),
    ("and my brother Kev right after, hes one of the groomsmen", "after", True, None, None),
    ("Y mi hija también, a la misma hora si hay dos sillas, si no justo después", "after", True, None, None),
    # "behind", "following", "back to back with" say after too
    ("and his twin, can you slot him in right behind her?", "after", True, "her", "person"),
    ("Could my husband have the appointment directly following mine?", "after", True, "mine", "person"),
    ("then Biscuit following Mango, whoever is free", "after", False, "Mango", "person"),
    ("my sister wants hers back to back with me, same stylist", "after", True, "me", "person"),
    ("Rosie and Finn back-to-back w them if poss", "after", True, "them", "person"),
    # a pronoun that owns no noun, whatever follows it
    ("my dad wants one too, right after mine ok?", "after", True, "mine", "person"),
    ("y mi novio, justo after me porfa", "after", True, "me", "person"),
    ("can she go straight after him since she's only 4", "after", True, "him", "person"),
    # a thing said with a capital: a car, a clinic's service
    ("and the Corolla straight after the Civic please", "after", True, "the Civic", "thing"),
    ("could the hygienist see me right after the GP?", "after", True, "the GP", "thing"),
]  # fmt: skip


@pytest.mark.parametrize(("message", "relation", "right", "named", "sort"), SAID)
def test_placed_against_reads_the_relation_and_what_it_names(
    message: str, relation: str, right: bool, named: str | None, sort: str | None
) -> None:
    found = placed_against(message)
    assert len(found) == 1, found
    fact = found[0]
    assert (fact.relation, fact.right, fact.named, fact.named_sort) == (
        relation,
        right,
        named,
        sort,
    )
    assert message[fact.span[0] : fact.span[1]] == fact.text


NOT_SAID = [
    "after 11 tho i have summer class til 10:50",
    "ah ok, entonces el martes después de las 3, salgo del trabajo a las 2:30",
    "right after work please",
    "after Monday works",
    "can we do it before Christmas",
    "anything after lunch",
    "after the 15th",
    "not before 10 please",
    "después del trabajo",
    "antes de las 9",
    "after school, she gets out at 3",
    "after half 5",
    "will the written report be ready before her IEP meeting on May 10th?",
    "and can I see Mr Hughes a week after the scan for the results?",
    "y la de una semana después de la cirugía también, a las 9 si se puede",
    "the one after the first one so",
    "ok go with one after the other then, but not too late",
    "will rebook after the hols",
    "same time next week?",
    "right after that I have a meeting, so before 2",
]


@pytest.mark.parametrize("message", NOT_SAID)
def test_placed_against_near_misses_place_nothing(message: str) -> None:
    assert placed_against(message) == []


# A thing after "after" or "before" names a booking only where one was asked for in
# those words (the session decides): "my shift" and "the call" are no booking of ours.
THINGS = [
    ("Hang on, he says he'd rather just cancel it and rebook after his exams.", "his exams"),
    ("I can come right after my shift", "my shift"),
    ("and do I need to send the documents before the call?", "the call"),
]


@pytest.mark.parametrize(("message", "named"), THINGS)
def test_placed_against_a_thing_is_left_to_the_bookings_made(message: str, named: str) -> None:
    (fact,) = placed_against(message)
    assert (fact.named, fact.named_sort) == (named, "thing")


@pytest.mark.parametrize(
    ("placed", "not_placed"),
    [
        ("put Jalen in right behind her", "sorry im running behind schedule"),
        ("the slot following mine please", "the following Monday works"),
        ("ok the Prado right after the Venza", "will it be done before her MOT expires?"),
        ("back to back with him if you can", "we have back to back meetings"),
    ],
)
def test_placed_against_new_words_place_and_their_near_misses_do_not(
    placed: str, not_placed: str
) -> None:
    assert len(placed_against(placed)) == 1
    assert placed_against(not_placed) == []
