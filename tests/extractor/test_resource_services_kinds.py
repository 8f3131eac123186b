"""The kind of thing a resource works on, as its name says in brackets ("Mr Lin
(scooters)", "Bay 1 (cars)", "Dr Hale (cats)"), said alone in the singular names the
service: the resources that work on it (`resource_services.kinds_of`,
`implied_resources`). The plural as written is `resources`' own mention, which the
reader labels."""

from __future__ import annotations

import pytest
from slotwise.extractor.resource_services import implied_resources, kinds_of
from slotwise.extractor.resources import find_resources

GARAGE = [("bay-1", "Bay 1 (cars)"), ("bay-2", "Bay 2 (cars)"), ("lin", "Mr Lin (scooters)")]
VETS = [("hale", "Dr Hale (cats)"), ("ito", "Dr Ito (dogs)"), ("nurse", "Nurse Kim")]
BIKES = [("ana", "Ana (bikes)"), ("ben", "Ben (e-scooters)"), ("desk", "Front desk")]
TUNERS = [("oscar", "Oscar (pianos)"), ("lena", "Lena (organs)"), ("shop", "Shop")]

# message, resources, the ids its service names
SAID: tuple[tuple[str, list[tuple[str, str]], list[str]], ...] = (
    ("houtian shangwu got slot for scooter?", GARAGE, ["lin"]),
    ("這週六 scooter 保養, 早上 better", GARAGE, ["lin"]),
    ("my car needs a service on Friday", GARAGE, ["bay-1", "bay-2"]),
    ("the scooter guy, Monday", GARAGE, ["lin"]),
    ("oil change for the scooter tomorrow", GARAGE, ["lin"]),
    ("Car inspection next week pls", GARAGE, ["bay-1", "bay-2"]),
    ("my cat has been sneezing, anything Tuesday?", VETS, ["hale"]),
    ("the kitten's first cat vaccination", VETS, ["hale"]),
    ("the dog needs a nail trim", VETS, ["ito"]),
    ("my dog, one appointment after 3", VETS, ["ito"]),
    ("bike service sat morning", BIKES, ["ana"]),
    ("my bike has a puncture, asap", BIKES, ["ana"]),
    ("can someone tune our piano next Thursday", TUNERS, ["oscar"]),
    ("the church organ is out of tune", TUNERS, ["lena"]),
    ("organ service, any day but Monday", TUNERS, ["lena"]),
)
# No kind said, or one every resource works on, or a role in brackets (no kind).
NOT_SAID: tuple[tuple[str, list[tuple[str, str]]], ...] = (
    ("Tuesday at 3 please", GARAGE),
    ("can I book for next week", VETS),
    ("front desk question about prices", BIKES),
    ("groomer on Friday", [("sol", "Sol (groomer)"), ("hale", "Dr Hale")]),
    ("any car", [("a", "Bay 1 (cars)"), ("b", "Bay 2 (cars)")]),
    ("pass me the salt", [("a", "Optician (glasses)"), ("b", "Dr Roe")]),
    # how the customer travels, or what they are: not what they bring
    ("im a truck driver, only home on weekends", [("l1", "lane 1"), ("l2", "lane 2 (trucks)")]),
    ("we'll come by car on Friday", GARAGE),
    ("I'll be in my car outside, text me", GARAGE),
    ("is there car parking nearby?", GARAGE),
    # the plural as written, or the items of a list: the resource's own mention
    ("oil change for 2 scooters tomorrow", GARAGE),
    ("drum lesson thursday", [("l", "Lachlan (guitar, drums)"), ("m", "Mei (piano)")]),
)


@pytest.mark.parametrize("case", SAID, ids=[t for t, _, _ in SAID])
def test_resource_services_kind_said_alone_names_its_resources(
    case: tuple[str, list[tuple[str, str]], list[str]],
) -> None:
    message, resources, ids = case
    implied = implied_resources(message, resources)
    assert implied is not None and implied[0] == ids


@pytest.mark.parametrize("case", NOT_SAID, ids=[t for t, _ in NOT_SAID])
def test_resource_services_no_kind_said(case: tuple[str, list[tuple[str, str]]]) -> None:
    message, resources = case
    assert implied_resources(message, resources) is None


def test_resource_services_kinds_are_the_plural_noun_in_brackets() -> None:
    assert kinds_of("Mr Lin (scooters)") == {"scooter"}
    assert kinds_of("Dr Hale (cats, rabbits)") == set()  # a list: `resources` reads it
    assert kinds_of("Sol (groomer)") == set()
    assert kinds_of("Optician (glasses)") == {"glass"}
    assert kinds_of("Sam (batteries)") == {"battery"}
    assert kinds_of("Ross (chess)") == set()  # no plural
    assert kinds_of("Dr Okafor") == set()


def test_resource_services_the_plural_as_written_is_the_resources_own_mention() -> None:
    found = find_resources("oil change for 2 scooters tomorrow", GARAGE)
    assert [(m.text, m.resource_id) for m in found] == [("scooters", "lin")]
