"""Slot fillers of the fifth held-out round (``heldout5.py``): people, bodies, quotations and
clauses that no development template, earlier held-out round or rule test uses.

Every name, body and sentence here was written for this round; the people and bodies are
invented.
"""

from __future__ import annotations

from capdata import Org, Person


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


PEOPLE5 = (
    _p("Eilidh Strachan", "Strachan", "f", "-an"),
    _p("Cormac Lenihan", "Lenihan", "m", "-an"),
    _p("Ciaran O'Gorman", "O'Gorman", "m", "Mc/O'"),
    _p("Morag McCallum", "McCallum", "f", "Mc/O'"),
    _p("Annika Lund-Pedersen", "Lund-Pedersen", "f", "hyphenated"),
    _p("Marc-André Lefebvre", "Lefebvre", "m", "hyphenated"),
    _p("Willem de Vries", "de Vries", "m", "multi-part"),
    _p("Leonor dos Reis", "dos Reis", "f", "multi-part"),
    _p("Cyrus T. Pendleby", "Pendleby", "m", "initial"),
    _p("Yaw Boateng", "Boateng", "m", "non-Anglo"),
    _p("Svetlana Kuznetsova", "Kuznetsova", "f", "non-Anglo"),
    _p("Fatoumata Diarra", "Diarra", "f", "non-Anglo"),
    _p("Kenji Watanabe", "Watanabe", "m", "non-Anglo"),
    _p("Gillian Keenan", "Keenan", "f", "-an"),
    _p("Edwin Marsh", "Marsh", "m", "word surname"),
    _p("Hazel Rook", "Rook", "f", "word surname"),
    _p("Agnieszka Wróbel", "Wróbel", "f", "non-Anglo"),
    _p("E. J. Thornbury", "Thornbury", "m", "initials"),
)
#: Names whose first name does not show a gender: (full name, surname).
UNISEX5 = (
    ("Robin Tully", "Tully"),
    ("Sasha Brandt", "Brandt"),
    ("Jody Farrant", "Farrant"),
    ("Alexis Mwangi", "Mwangi"),
    ("Rowan Sykes", "Sykes"),
    ("Frankie Dale", "Dale"),
)

#: Bodies, most with no organisation word in the name.
ORGS5 = (
    Org("Quarrymoor Cider", "Quarrymoor Cider", "the cidermaker"),
    Org("Kilbride Ferries", "Kilbride Ferries", "the operator"),
    Org("Oxley Mills", "Oxley Mills", "the mill"),
    Org("the Dunmore Harbour Commission", "Dunmore Harbour Commission", "the commission"),
    Org("the Ravensfell Mountain Rescue Team", "Ravensfell Mountain Rescue Team", "the team"),
    Org("Brightling Foods", "Brightling Foods", "the firm"),
)
#: Bodies whose names read without an article.
BARE5 = ("Quarrymoor Cider", "Kilbride Ferries", "Oxley Mills", "Brightling Foods")

QUOTES5 = (
    "The orchard will not survive another dry summer",
    "We were told the ferry was safe",
    "Nobody reads the small print",
    "The mill has stood here since 1820",
    "I have never seen the river this high",
    "Our volunteers walked eleven miles last night",
    "The contract was signed in a hurry",
    "We want the winter timetable published",
)
#: Second sentences of a quotation that goes on after its credit.
SECONDS5 = ("That is the long and short of it.", "Ask anyone on the quay.", "We have heard it all before.")
CLAUSES5 = (
    "the cider harvest had failed for a second year",
    "the winter sailings would be cut to two a day",
    "the mill would shed forty jobs",
    "the rescue team had been called out nine times in a week",
    "the harbour dues would double in April",
    "the firm had missed its own safety deadline",
)
