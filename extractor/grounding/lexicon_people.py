"""People as tables: relatives and friends ("my daughter", "his sister", "su hermana"),
whom each names (she, he, someone), and the pronouns that name a person ("hers", "him",
"mine", "la de él"). Re-exported by `lexicon`.

Read by the modules that find a person in words: whom a booking is for and whom a cancel
names (`slotwise.conversation_which`), a visit placed against another's ("right after
his sister": `placed_against`), and the speaker in a list of people ("me and my bf, back
to back": `back_to_back`).
"""

from __future__ import annotations

# Whom words name: the one writing, a woman or girl, a man or boy, someone else.
ME, SHE, HE, SOMEONE = "me", "she", "he", "someone"

# One relative, partner or friend, and whom they are (word -> whom), in English ("my
# daughter", "her husband", "the missus", "my bf", "his sis", "my mate").
RELATIVES_EN: dict[str, str] = {
    **dict.fromkeys(
        (
            "daughter", "wife", "wifey", "missus", "mother", "mom", "mum", "mam", "mama",
            "sister", "sis", "girl", "girlfriend", "gf", "grandma", "granny", "gran", "nan",
            "nana", "aunt", "auntie", "niece", "fiancee", "fiancée", "stepdaughter",
            "granddaughter", "grandaughter",
        ),
        SHE,
    ),
    **dict.fromkeys(
        (
            "son", "husband", "hubby", "father", "dad", "daddy", "papa", "brother", "bro",
            "boy", "boyfriend", "bf", "grandpa", "grandad", "granddad", "uncle", "nephew",
            "fiance", "fiancé", "stepson", "grandson",
        ),
        HE,
    ),
    **dict.fromkeys(
        (
            "partner", "friend", "mate", "colleague", "flatmate", "roommate", "cousin", "twin",
            "kid", "child", "baby",
        ),
        SOMEONE,
    ),
}  # fmt: skip
# The same in Spanish ("su hermana", "mi hijo", "antes de mamá"), accents as typed or not.
RELATIVES_ES: dict[str, str] = {
    **dict.fromkeys(
        (
            "hermana", "hija", "mamá", "mama", "madre", "esposa", "mujer", "abuela", "prima",
            "tía", "tia", "sobrina", "novia", "amiga", "nieta", "niña",
        ),
        SHE,
    ),
    **dict.fromkeys(
        (
            "hermano", "hijo", "papá", "papa", "padre", "esposo", "marido", "abuelo", "primo",
            "tío", "tio", "sobrino", "novio", "amigo", "nieto", "niño",
        ),
        HE,
    ),
}  # fmt: skip
# Several of them in one word, and how many the word says (0: not said): "my 2 kids",
# "me + 3 grandkids", "my parents", "the twins", "sus hijos".
RELATIVES_MANY_EN: dict[str, int] = {
    **dict.fromkeys(
        (
            "kids", "children", "sons", "daughters", "boys", "girls", "grandchildren",
            "grandkids", "mates", "friends", "colleagues", "flatmates", "roommates", "brothers",
            "sisters", "family",
        ),
        0,
    ),
    **dict.fromkeys(("parents", "twins"), 2),
}  # fmt: skip
RELATIVES_MANY_ES: dict[str, int] = dict.fromkeys(("hermanos", "hermanas", "hijos", "hijas"), 0)

RELATIVES: dict[str, str] = RELATIVES_EN | RELATIVES_ES
RELATIVES_MANY: dict[str, int] = RELATIVES_MANY_EN | RELATIVES_MANY_ES

# Whom an English pronoun names ("cancel hers", "mine can stay", "right after him").
PRONOUNS: dict[str, str] = {
    **dict.fromkeys(("me", "mine", "myself", "my own"), ME),
    **dict.fromkeys(("she", "her", "hers", "herself"), SHE),
    **dict.fromkeys(("he", "him", "his", "himself"), HE),
}
# The subject forms: they start a clause ("she'd like a consult"), so they name whom a
# request is for, and are no booking after "after" ("after she finishes").
SUBJECT_PRONOUNS = frozenset({"she", "he"})
# Pronouns of several people: they name a booking ("right after them") but no one person.
PRONOUNS_MANY = ("them", "theirs", "ours", "us")
# Spanish pronouns that name a person after a preposition ("después de él", "antes de
# mí", "la de ella"); unaccented "el" and "mi" are as typed. Not read where every word
# is looked up, since "el" and "mi" are also "the" and "my".
PRONOUNS_ES = ("él", "el", "ella", "mí", "mi", "ellos", "ellas")
