"""Picks said in Spanish, French, Portuguese and Tagalog, by a bare hour after a determiner
("la de las diez", "yung 10 po") and by the customer's short replies ("10 is fine", "ooh 9
is great") among the options shown (slotwise.conversation_picks: the ordinals and the
clock determiners tables). The corpus examples are the training conversation writers'
(c48, c63, c64, c71, c76, c78) and others written the way other people write them."""

from __future__ import annotations

import pytest
from slotwise.schemas import Constraint

from slotwise import conversation as conv
from slotwise.conversation_picks import unplaced
from tests.session_replay import replayed, span_label
from tests.session_replay import shown_options as _shown
from tests.session_replay import unread_spans as _unread

# Friday 4 December 2026 at 9:00, 10:00, 11:00 and 15:30
FRIDAY = _shown("2026-12-04T09:00", "2026-12-04T10:00", "2026-12-04T11:00", "2026-12-04T15:30")

ORDINALS = [
    ("la segunda", 2),  # c76
    ("la tercera", 3),  # c76
    ("el primero porfa", 1),  # c64
    ("La primera, por favor.", 1),  # c76
    ("ok dame la primera", 1),  # c76
    ("la segunda está bien", 2),
    ("la última porfa", 4),
    ("el segundo, gracias", 2),
    ("Le 2e choix svp", 2),  # c48
    ("2e option svp", 2),  # c63
    ("parfait, le premier", 1),  # c48
    ("la troisième svp", 3),
    ("la dernière option", 4),
    ("a primeira, obrigada", 1),
    ("pode ser a terceira", 3),
    ("pangatlo", 3),  # c71
    ("ok po. yung pangalawa", 2),  # c71
    ("the last of those", 4),  # c64
]


@pytest.mark.parametrize(("message", "rank"), ORDINALS)
def test_conversation_picks_ordinals_in_other_languages(message: str, rank: int) -> None:
    picked = conv.pick(message, [], FRIDAY)
    assert picked is not None and picked.rank == rank and not picked.by_time


@pytest.mark.parametrize(
    "message",
    [
        "espera un segundo",  # a moment
        "wait a second, let me ask",
        "we need a second-hand uniform",
        "pode ser na segunda?",  # Portuguese Monday
        "segunda-feira de manhã",
        "primero tengo que preguntarle a mi esposo",  # "first" of two steps
        "es mi primera cita aquí",  # my first appointment
        "la primera vez que fui",  # the first time
        "la última vez me cobraron de más",  # the last time
        "c'est mon premier rendez-vous",
        "it's on the 3rd floor",
    ],
)
def test_conversation_picks_ordinals_of_something_else_pick_nothing(message: str) -> None:
    assert conv.pick(message, [], FRIDAY) is None


@pytest.mark.parametrize(
    ("message", "start"),
    [
        ("La de las diez está bien.", "10:00"),  # c76
        ("la de las 9 porfa", "09:00"),  # c76
        ("el de las 3:30 está bien", "15:30"),
        ("la de las 11 con el doctor", "11:00"),
        ("el de las once, gracias", "11:00"),
        ("yung 10 po", "10:00"),
        ("sige po yung 11", "11:00"),
        ("celle de 15h30 svp", "15:30"),
        ("o das dez, obrigado", "10:00"),
    ],
)
def test_conversation_picks_a_bare_hour_after_a_determiner(message: str, start: str) -> None:
    picked = conv.pick(message, [], FRIDAY)
    assert picked is not None and picked.by_time
    assert picked.proposal["start"][11:16] == start


@pytest.mark.parametrize(
    "message",
    [
        "la de las 7 porfa",  # no option at 7: the open slot is searched for instead
        "yung 2 anak ko po",  # my 2 children
        "el de las 10 personas",
    ],
)
def test_conversation_picks_a_number_after_a_determiner_of_no_options_hour(message: str) -> None:
    assert conv.pick(message, [], FRIDAY) is None


def test_conversation_picks_a_determined_hour_with_a_provider_named() -> None:
    # shown: 10:00 with Dr. Reyes, then 10:00 with Dra. Santos: her 10:00 is meant
    shown = _shown("2026-12-04T10:00", resource="dr-reyes") + _shown(
        "2026-12-04T10:00", resource="dra-santos"
    )
    shown[1]["rank"] = 2
    santos = Constraint(
        id="m0",
        text="Dra. Santos",
        span=(4, 15),
        kind="require",
        strength="hard",
        resources=["dra-santos"],
    )
    picked = conv.pick("kay Dra. Santos po yung 10", [santos], shown, mentioned=[santos])
    assert picked is not None and picked.proposal["resource"] == "dra-santos"


@pytest.mark.parametrize(
    ("message", "rank"),
    [
        ("11 it is", 3),  # a bare hour that starts a shown option: that option
        ("10 is fine", 2),
        ("ooh 9 is great, I'll take that", 1),
        ("2", 2),  # no option starts at 2: the second option
    ],
)
def test_conversation_picks_a_bare_hour_is_a_pick_by_start(message: str, rank: int) -> None:
    picked = unplaced(_unread(message), FRIDAY, message)
    assert picked is not None and picked.rank == rank


@pytest.mark.parametrize("message", ["10 people", "for 2", "15 minutes late", "3rd floor"])
def test_conversation_picks_counts_and_floors_are_no_picks(message: str) -> None:
    assert conv.pick(message, [], FRIDAY) is None
    assert unplaced(_unread(message), FRIDAY, message) is None


# shown after it: Thursday 21 January 2027 at 12:00, 13:00 and 14:00 (Dr. Ames, 8 to 5)
THURSDAY = ("can i come in thursday afternoon", "book", [span_label("thursday afternoon")])


@pytest.mark.parametrize(
    ("message", "rank"), [("la segunda", 2), ("la tercera porfa", 3), ("pangatlo po", 3)]
)
def test_conversation_picks_ordinals_in_other_languages_in_a_session(
    message: str, rank: int
) -> None:
    out = replayed([THURSDAY, (message, "book", [])])
    assert [r.get("shown_rank") for r in out[1]["refers_to"]] == [rank]


@pytest.mark.parametrize(
    ("message", "said", "start"),
    [
        # the 2:00 one, shown third: not the second
        ("2 on the dot, perfect", "2 on the dot", "2027-01-21T14:00"),
        ("ooh 1 is great, I'll take that", "1", "2027-01-21T13:00"),
        ("12 is fine", "12", "2027-01-21T12:00"),
    ],
)
def test_conversation_picks_a_bare_hour_in_a_session_is_a_pick_by_start(
    message: str, said: str, start: str
) -> None:
    out = replayed([THURSDAY, (message, "book", [span_label(said, "context")])])
    assert [r["proposal"]["start"][:16] for r in out[1]["refers_to"]] == [start]
