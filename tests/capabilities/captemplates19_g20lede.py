"""Development capabilities added on branch ``g20lede`` in the twentieth round: a title stated
before the person's name reaches that person's quotes.

* A lede that gives a person only by a definite description with a complement or an owner
  (*The chief executive of Harbour Rail has admitted that ...*) and a next paragraph that names
  one person with no title who speaks (*..., Ana Berg said*): the description is that person,
  and it is her title in every later quote.
* A player's position that is also a word of another class (*forward*, *wing*) after a team's
  name is the title of the name after it (*Comets forward NAME*), and *the forward* later is
  that player; an owner's compound role in an apposition (*NAME, the Comets' rookie point
  guard,*) is the title though its modifier is spelt as a verb (*point*).
* A lower-case role with *for* and a place before a name (*senior coroner for Gwent NAME*): the
  whole phrase is the title and the name opens at the first name (was: the place as title).

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_G20LEDE` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses.
CLAUSES = (
    "the new timetable had been launched before enough crews were trained",
    "the board had been warned about the shortfall in March",
    "the company would publish its own review by the end of the year",
    "passengers had been given far too little notice of the cancellations",
)
#: Persons with first names the lists hold, and their pronouns.
PERSONS = (
    ("Martin Greenhalgh", "he"),
    ("Helen Ashcroft", "she"),
    ("Gordon Whitlock", "he"),
    ("Margaret Oyelaran", "she"),
    ("Thomas Brierley", "he"),
)
#: Leaders of bodies, written as a lede's definite description.
DESCRIPTIONS = (
    "chief executive of Harbour Rail",
    "managing director of Kestrel Ferries",
    "chair of the Tarn Valley Trust",
    "head of the Northfield Water Board",
    "director of the Lakeside Museum",
)
#: Lede verbs (present perfect) and the next paragraph's openings before the name.
LEDE_VERBS = ("has admitted", "has conceded", "has insisted")
OPENINGS = (
    "Appearing before the transport committee on Tuesday, ",
    "Giving evidence to MPs, ",
    "In a statement on Monday evening, ",
    "",
)


def cataphoric_lede() -> Iterator[Case]:
    """'The DESCRIPTION has admitted that C1. | (OPENING,) NAME said C2. | "Q," PRONOUN said.' ->
    C1, C2 and Q: NAME with the description as title."""
    combos = itertools.product(DESCRIPTIONS, LEDE_VERBS, OPENINGS, PERSONS, range(len(CLAUSES)))
    for desc, verb, opening, (name, pronoun), k in sample(combos, 160, "g20lede-lede"):
        lede, second = CLAUSES[k], CLAUSES[(k + 1) % len(CLAUSES)]
        quote = '"We got this badly wrong, and I am sorry for it,"'
        text = f"The {desc} {verb} that {lede}.\n\n{opening}{name} said {second}.\n\n{quote} {pronoun} said."
        expects = [
            Expect(f"that {lede}", "indirect", name, desc),
            Expect(second, "indirect", name, desc),
            Expect(quote, "direct", name, desc),
        ]
        yield Case("", "lede", text, expects, exact=False)


def cataphora_other_role() -> Iterator[Case]:
    """'The DESCRIPTION has admitted that C1. | NAME, an analyst at X, said C2.' -> the analyst is
    not the described leader: C1 never goes to NAME."""
    combos = itertools.product(DESCRIPTIONS, PERSONS, range(len(CLAUSES)))
    for desc, (name, _pronoun), k in sample(combos, 40, "g20lede-other"):
        lede, second = CLAUSES[k], CLAUSES[(k + 1) % len(CLAUSES)]
        analyst = f"{name}, an analyst at Brightwater Research,"
        text = f"The {desc} has admitted that {lede}.\n\n{analyst} said {second}."
        expects = [Expect(second, "indirect", name, "analyst at Brightwater Research")]
        yield Case("", "other role", text, expects, exact=False, wrong_speakers=[(lede, name)])


#: Team names, players (first names the lists hold) and positions.
TEAMS = ("Comets", "Harbor", "Rovers", "Falcons", "Thunder")
PLAYERS = (
    ("Grace Okonjo", "she"),
    ("Daniel Whitcombe", "he"),
    ("Laura Fenwick", "she"),
    ("Peter Langridge", "he"),
)
POSITIONS = ("forward", "wing")
GAME_QUOTES = (
    '"We kept believing, even when we were down by 17,"',
    '"That was the hardest game of the season,"',
    '"Nobody in this room gave up,"',
)


def team_position() -> Iterator[Case]:
    """'TEAM POSITION NAME walked in. | "Q," SURNAME said. | "R," the POSITION said.' -> both
    NAME with title 'TEAM POSITION'."""
    combos = itertools.product(TEAMS, POSITIONS, PLAYERS, GAME_QUOTES)
    for team, position, (name, _pronoun), quote in sample(combos, 120, "g20lede-team"):
        surname = name.split()[1]
        text = (
            f"{team} {position} {name} walked into the locker room with ice on both knees.\n\n"
            f"{quote} {surname} said after the game.\n\n"
            f'"It was nothing serious," the {position} said of the injury.'
        )
        title = f"{team} {position}"
        expects = [
            Expect(quote, "direct", name, title),
            Expect('"It was nothing serious,"', "direct", name, title),
        ]
        yield Case("", "team position", text, expects, exact=False)


#: Owners and compound roles of an apposition whose modifier is spelt as a verb.
OWNERS = ("the Comets'", "the Comets’", "the team's", "the club’s")
COMPOUND_ROLES = ("point guard", "rookie point guard", "press officer")


def owner_compound_role() -> Iterator[Case]:
    """'NAME, OWNER (rookie) point guard, finished ... | "Q," PRONOUN said.' -> NAME with the
    apposition's title."""
    combos = itertools.product(PLAYERS, OWNERS, COMPOUND_ROLES, GAME_QUOTES)
    for (name, pronoun), owner, role, quote in sample(combos, 100, "g20lede-owner"):
        text = f"{name}, {owner} {role}, finished with 19 points. {quote} {pronoun} said."
        expects = [Expect(quote, "direct", name, f"{owner[4:]} {role}")]
        yield Case("", "owner compound", text, expects, exact=False)


#: Lower-case posts with a place after *for*, before a name.
PLACE_POSTS = (
    "senior coroner for Gwent",
    "area coroner for Teesside",
    "chief constable for Cumbria",
    "deputy coroner for Powys",
)
CORONERS = ("Helen Bevan-Price", "Margaret Lloyd", "Thomas Hargreaves", "Ruth Pemberton")
INQUEST_QUOTES = (
    "'That is not good enough,'",
    "'Nobody thought about what this would look like at dusk,'",
)


def lower_post_for_place() -> Iterator[Case]:
    """'Recording a conclusion, POST NAME said C. | 'Q,' the NOUN said.' -> NAME with title POST,
    never the place; the later noun is NAME with the same title."""
    combos = itertools.product(PLACE_POSTS, CORONERS, range(len(CLAUSES)), INQUEST_QUOTES)
    for post, name, k, quote in sample(combos, 100, "g20lede-place"):
        noun = post.split(" for ")[0].split()[-1]
        clause = CLAUSES[k]
        text = (
            f"Recording a conclusion at the court on Wednesday, {post} {name} said {clause}.\n\n"
            f"{quote} the {noun} said."
        )
        place = post.split(" for ")[1]
        expects = [Expect(clause, "indirect", name, post), Expect(quote, "direct", name, post)]
        yield Case("", "post for place", text, expects, exact=False, wrong_speakers=[(clause, place)])


ROUND19_G20LEDE: tuple[Capability, ...] = (
    named(
        "cataphora.untitled_named_next",
        "2",
        "The chief executive of X has admitted that C | NAME said C2 | 'Q,' he said: all NAME, titled"
        " 'chief executive of X' (was: the description as speaker, no title later)",
        cataphoric_lede,
    ),
    named(
        "cataphora.other_role_not_named",
        "2",
        "The chief executive of X has admitted that C | NAME, an analyst at Y, said C2: C is never NAME's",
        cataphora_other_role,
    ),
    named(
        "title.team_position_premodifier",
        "2",
        "Comets forward NAME ... | 'Q,' SURNAME said | The forward called it 'R': NAME, titled"
        " 'Comets forward' (was: no title; 'forward' as speaker)",
        team_position,
    ),
    named(
        "title.owner_compound_role",
        "2",
        "NAME, the Comets' rookie point guard, ... | 'Q,' she said: titled with the apposition (was:"
        " no title, 'point' read as a verb)",
        owner_compound_role,
    ),
    named(
        "title.lower_post_for_place",
        "2",
        "senior coroner for Gwent NAME said C | 'Q,' the coroner said: NAME, titled 'senior coroner"
        " for Gwent' (was: the whole phrase as speaker, then 'Gwent' as title)",
        lower_post_for_place,
    ),
)
