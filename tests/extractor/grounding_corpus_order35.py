"""The order35 corpus: words that are no wish for the soonest slot, and "whichever is
earlier" as the choice among the options its own message lists.

Reference time: none needed; what is set aside (`aside.unread`) does not depend on it.
"""

from __future__ import annotations

# The earliest of the options the message lists, set aside as `earliest_of` (not a
# standing wish). Each row: a message and the words set aside.
EARLIEST_OF: tuple[tuple[str, str], ...] = (
    ("thursday or friday, whichever is earlier", "whichever is earlier"),
    ("bp check thurs or fri whichever's earlier, not before 11", "whichever's earlier"),
    ("can ye see her tomorrow or wednesday after 3:30? whichever's first", "whichever's first"),
    ("aoife on monday or declan on tuesday, whichever is sooner", "whichever is sooner"),
    ("Wed 1pm PT or Thu 9am PT, whichever comes first.", "whichever comes first"),
    ("Thursday or Friday, 7-9 am, whichever earlier", "whichever earlier"),
    ("Tue/Wed/Thu next wk, whichever first, 3pm.", "whichever first"),
    (
        "Whichever is earlier: Wed after 4:30 with Sam, or Thu before 9 with Priya",
        "Whichever is earlier",
    ),
    ("the 21st, 22nd or 23rd? whichever's earliest", "whichever's earliest"),
    ("Dr Wu or Dr Santos, whichever is earlier, for Tofu's shots", "whichever is earlier"),
    ("Thursday or Friday, whichever's free first", "whichever's free first"),
    ("tonight or tomorrow, whichever day comes first", "whichever day comes first"),
    ("el 23 o el 25, lo que esté primero", "lo que esté primero"),
    ("mardi ou jeudi, ce qui vient en premier", "ce qui vient en premier"),
    ("tues after 5 or thurs after 5 with singh whichever is sooner", "whichever is sooner"),
    ("later today or early tomorrow morning, whatever comes first", "whatever comes first"),
    ("tonight or tomorrow, whichever's sooner", "whichever's sooner"),
    ("Mon or Tue, whichever comes first", "whichever comes first"),
    ("Friday or Saturday, whichever is earlier", "whichever is earlier"),
)
# Said with no options of its own, the same words are a standing wish for the earliest
# (`soonest`), and so are the ways of asking for the first opening. Each row: a message
# and the words set aside.
STILL_SOONEST: tuple[tuple[str, str], ...] = (
    ("whichever is soonest", "whichever is soonest"),
    ("asap pls, the kitchen is flooding", "asap"),
    ("earliest you have with Dr Ito", "earliest you have"),
    ("the first available on a Saturday please", "the first available"),
    ("whats your first appointment on monday", "first appointment"),
    ("the next appointment available, any day", "the next appointment available"),
    ("when is she next free?", "when is she next free"),
    ("whenever he's next in after 5", "whenever he's next in"),
)
# Not a wish for the earliest: the customer's own first visit, "next time" said of a
# later booking, a question whether someone is in. Writers mark none of these.
NOT_SOONEST: tuple[str, ...] = (
    "Hallo! First time here, I just moved to the city.",
    "I'm a first home buyer (first time doing any of this!!)",
    "I want to book first appointment on Tuesday the 2nd of March, in afternoon please.",
    "First appointment for my son, Thursday after school",
    "put me in with lena next time please, monday afternoon or tuesday afternoon",
    "next time can I get the window seat",
    "ah ok. when's he next in?",
    "when's priya next in?",
    "First visit, do I need to fill in forms?",
    "Need first consult with Dr Lee Tues 9am",
    "first thing tomorrow",
    "the first time you offered is fine",
)
