"""Resources named the way customers name them, beside their calendar names: the one that
visits the customer by where the visit is ("home", "at home", "a home visit" for "Home
collection team"), and a team or crew by one of its members or by another word for a
crew ("Keisha's team", "Mick's lot", "the south guys").

Each case is a corpus example (`resources.find_resources`), written for the phrasing
family; the cases after each family's hold what the words must leave alone: home said of
the customer's own day ("be home by 1", "work from home"), a calendar with no resource
that visits, a member's name said of someone else's things.
"""

from __future__ import annotations

import pytest
from slotwise.extractor.resources import find_resources

Case = tuple[str, list[tuple[str, str | None]], list[tuple[str, str | None]]]

LAB = [("centre", "Jayanagar centre"), ("home-team", "Home collection team")]
GP_HOME = [("dr-rao", "Dr Rao"), ("visits", "Home visits (Dr Rao)")]
NURSES = [("clinic", "Clinic room"), ("calls", "House call nurse")]
SALON = [("chair-1", "Chair 1"), ("chair-2", "Chair 2")]
CLEANERS = [("team-a", "Team A (Shanice and Rosa)"), ("team-b", "Team B (Diego and Ana)")]
MOVERS = [("crew-1", "Crew 1 (Wiremu & Tane)"), ("crew-2", "Crew 2 (Hemi & Josh)")]
FITTERS = [("east", "the east crew"), ("west", "the west crew"), ("amir", "Amir (installer)")]
OWNED = [("t-oksana", "Oksana's team"), ("t-bruno", "Bruno's team"), ("kasia", "Kasia (solo)")]
SIZES = [("two", "the two-man crew"), ("four", "the four-man crew")]

HOME: list[Case] = [
    ("Tuesday 8am home please", LAB, [("home", "home-team")]),
    ("Tomorrow ok? 7 am. Home.", LAB, [("Home", "home-team")]),
    ("Saturday 26th, home, my father, 6am", LAB, [("home", "home-team")]),
    ("fasting test for mum tomorrow at home, 6:30", LAB, [("at home", "home-team")]),
    ("need sample pickup from home on the 1st", LAB, [("from home", "home-team")]),
    ("can you come home on Wednesday early", LAB, [("come home", "home-team")]),
    ("looking for a home visit next week", LAB, [("a home visit", "home-team")]),
    ("need home sample collection, any day", LAB, [("home sample collection", "home-team")]),
    ("a home visit for dad on friday", GP_HOME, [("a home visit", "visits")]),
    (
        "can the nurse do a house call thursday",
        NURSES,
        [("the nurse", "calls"), ("house call", "calls")],
    ),
    ("can someone come to my house monday", NURSES, [("come to my house", "calls")]),
    # the customer's own day, or a business with no resource that visits
    ("I need to be home by 1", LAB, []),
    ("I work from home on fridays", LAB, []),
    ("I get home around 6, after that", LAB, []),
    ("my home address is the same", LAB, []),
    ("at home on monday", SALON, []),
]

TEAMS: list[Case] = [
    ("10am on the 17th with Shanice's team", CLEANERS, [("Shanice's team", "team-a")]),
    ("can Diego's crew do Sat the 14th?", CLEANERS, [("Diego's crew", "team-b")]),
    ("please don't send Ana's lot again", CLEANERS, [("Ana's lot", "team-b")]),
    ("Rosas team if possible", CLEANERS, [("Rosas team", "team-a")]),
    ("Hemi's guys could knock it over thurs", MOVERS, [("Hemi's guys", "crew-2")]),
    ("anyone but Wiremu's crew", MOVERS, [("anyone", None), ("Wiremu's crew", "crew-1")]),
    ("next free slot with the west guys", FITTERS, [("the west guys", "west")]),
    ("NOT the east team, they scratched my floor", FITTERS, [("the east team", "east")]),
    ("Bruno's crew on monday", OWNED, [("Bruno's crew", "t-bruno")]),
    ("the two-man team is enough for a studio", SIZES, [("the two-man team", "two")]),
    # a member's own things, or a word for a crew no team's name tells
    ("Shanice's car was blocking the drive", CLEANERS, []),
    ("the whole team was lovely", CLEANERS, []),
    ("the north guys", FITTERS, []),
]

FAMILIES: dict[str, list[Case]] = {
    "a visit at home names the resource that visits": HOME,
    "a team by a member or another word for a crew": TEAMS,
}
CORPUS = [(family, case) for family, cases in FAMILIES.items() for case in cases]


@pytest.mark.parametrize(
    ("family", "case"), CORPUS, ids=[f"{family}: {case[0]}" for family, case in CORPUS]
)
def test_resource_visits_teams_corpus(family: str, case: Case) -> None:
    message, resources, want = case
    got = [(m.text, m.resource_id) for m in find_resources(message, resources)]
    assert got == want, family
