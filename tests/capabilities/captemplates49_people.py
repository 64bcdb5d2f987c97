"""Development capabilities added on main in the forty-ninth round: people in sport, features and
wrapped text.

* *"Q," said world champion NAME*, *TEAM full-back NAME ... "Q," the full-back said*, *TEAM
  supporters' trust chair NAME said*: the role noun that is also a verb, the hyphenated position
  and the team before a plural possessive (before: no speaker, *full-back* or the team, a title
  without the team);
* *said Jun-ho NAME*: a given name whose first syllable is a month's abbreviation (before: the
  surname alone);
* *NAME2 shook his head. "Q."* after *NAME1 NAME2 and ...*: a beat by given name (before: none);
* a feature's *"Q," she says* after two men were quoted: the woman quoted before them (before: the
  last man, or none);
* *COACH defended him: "Q."*: the quotation, direct (before: a mixed quotation from *him*);
* *"Q," said NAME\\nSURNAME, ROLE* and *said the plan was\\n"a fragment"*: a wrapped name or
  fragment reads across the line break (before: the given name; no fragment);
* controls: *The scheme was first proposed eleven years ago.*, *asked NAME about her new series,
  "T".*: no quotation.

People, teams and sentences of our own. ``captemplates.py`` adds :data:`ROUND49_PEOPLE` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample, unique_texts
from captemplates38_main import CLAUSES, QUOTES

TEAMS = ("Kelbrook Falcons", "Saltmarsh Harriers", "Dunmore Wanderers")
#: (name, pronoun) of players and coaches.
PLAYERS = (("Adaeze Okonkwo", "she"), ("Jarrah Whitcombe", "he"), ("Ingrid Solbakken", "she"))
COACHES = (("Hamish Carrick", "him"), ("Yolanda Pikesley", "her"))
POSITIONS = ("full-back", "wing-back", "centre-back")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def sport_roles() -> Iterator[Case]:
    """'"Q," said world champion NAME.', 'TEAM POSITION NAME scored twice. "Q," the POSITION
    said.', "TEAM supporters' trust chair NAME said that C.": the person, titled."""
    combos = itertools.product(range(3), range(3), range(3), range(3), range(2))
    for t, p, k, c, shape in sample(combos, 120, "r49people-sport"):
        name = PLAYERS[p][0]
        team = TEAMS[t]
        if shape == 0:
            quote = f'"{QUOTES[c]},"'
            champion = ("world champion", "reigning champion", "Olympic champion")[k]
            yield Case(
                "",
                "0",
                f"{quote} said {champion} {name}.",
                [Expect(quote, "direct", name, title=Contains(("champion",)))],
            )
        elif shape == 1:
            quote = f'"{QUOTES[c]},"'
            text = f"{team} {POSITIONS[k]} {name} scored twice in the win. {quote} the {POSITIONS[k]} said."
            yield Case(
                "",
                "1",
                text,
                [Expect(quote, "direct", name, title=Contains((POSITIONS[k],)))],
                wrong_speakers=[(quote, team)],
            )
        else:
            clause = f"that {CLAUSES[c]}"
            text = f"{team.split()[0]} supporters' trust chair {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=Contains(("chair", team.split()[0])))
            yield Case("", "2", text, [expect])


def month_given_names() -> Iterator[Case]:
    """'"Q," said Jun-ho NAME, an analyst at FIRM.' and 'According to Jun-ho NAME, C.': the whole name."""
    surnames = ("Paekdal", "Seobin", "Hwangbo")
    combos = itertools.product(range(3), range(3), range(2))
    for s, c, shape in combos:
        name = f"Jun-ho {surnames[s]}"
        if shape == 0:
            quote = f'"{QUOTES[c]},"'
            text = f"{quote} said {name}, an analyst at Tollmere Securities."
            yield Case(
                "", "0", text, [Expect(quote, "direct", name, title=Contains(("analyst", "Tollmere")))]
            )
        else:
            text = f"According to {name}, {CLAUSES[c]}."
            yield Case("", "1", text, [Expect(CLAUSES[c], "indirect", name)])


#: Siblings who share a surname: (given names, surname, pronoun of the second).
FAMILIES = (("Harriet", "George", "Ashcombe", "his"), ("Tomas", "Petra", "Moravec", "her"))


def given_name_beats() -> Iterator[Case]:
    """'G1 S and G2 S are siblings. ... G2 shook PRONOUN head. "Q."': G2 S's quotation."""
    combos = itertools.product(range(2), range(3), range(2))
    for f, c, m in combos:
        first, second, surname, pronoun = FAMILIES[f]
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]}.{right}"
        text = (
            f"{first} {surname} and {second} {surname} grew up on the quay.\n\n"
            f"{second} shook {pronoun} head. {quote}"
        )
        yield Case("", f"{f}", text, [Expect(quote, "direct", f"{second} {surname}")], exact=False)


def feature_pronouns() -> Iterator[Case]:
    """A feature quoting a woman, then two men, then '"Q," she says.': the woman."""
    combos = itertools.product(range(3), range(3), range(2))
    for c, d, m in combos:
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]},{right}"
        text = (
            "The tide was out when the first lorries reached the quay.\n\n"
            f"Helen Marrick, a historian at Ousefield University, says {CLAUSES[c]}.\n\n"
            "The market hall has been empty since the spring.\n\n"
            f'Rahul Desikan, a climate scientist, says: "{QUOTES[d]}."\n\n'
            f"Carlos Arbeloa, a senator for the Westmarch district, says {CLAUSES[d]}.\n\n"
            f"{quote} she says."
        )
        wrong = [(quote, "Rahul Desikan"), (quote, "Carlos Arbeloa")]
        yield Case(
            "", f"{m}", text, [Expect(quote, "direct", "Helen Marrick")], exact=False, wrong_speakers=wrong
        )


def colon_after_object() -> Iterator[Case]:
    """'PLAYER missed a penalty. COACH defended OBJECT: "Q."': the quotation alone, direct."""
    combos = itertools.product(range(3), range(2), range(3), range(2))
    for p, k, c, m in combos:
        player, pronoun = PLAYERS[p]
        coach = COACHES[k][0]
        obj = "her" if pronoun == "she" else "him"
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]}.{right}"
        text = f"{player} missed a penalty in the shootout. {coach} defended {obj}: {quote}"
        yield Case("", f"{m}", text, [Expect(quote, "direct", coach)], wrong_speakers=[(quote, player)])


def wrapped_lines() -> Iterator[Case]:
    """'"Q," said GIVEN\\nSURNAME, ROLE.' (a name across a line break, LF or CRLF) and 'NAME,
    ROLE, said the plan was\\n"a fragment".': read across the break."""
    breaks = ("\n", "\r\n", " \n")
    combos = itertools.product(range(3), range(3), range(3), range(2))
    for p, b, c, shape in combos:
        given, surname = PLAYERS[p][0].split()
        if shape == 0:
            quote = f'"{QUOTES[c]},"'
            text = f"{quote} said {given}{breaks[b]}{surname}, the captain of the {TEAMS[c]}."
            yield Case(
                "", "0", text, [Expect(quote, "direct", f"{given} {surname}", title=Contains(("captain",)))]
            )
        else:
            fragment = ("a tax by another name", "frankly alarming", "a step too far")[c]
            content = f'the levy was{breaks[b]}"{fragment}"'
            text = f"{given} {surname}, the captain of the {TEAMS[c]}, said {content}."
            yield Case("", "1", text, [Expect(content, "mixed", f"{given} {surname}")])


def not_quotations() -> Iterator[Case]:
    """Controls: a passive with an adverb ('was first proposed eleven years ago') and a work's title
    set off after its noun ('about her new series, "T".'): no quotation."""
    titles = ("The Marrow Road", "Winter at Pell Cross", "Two Lamps Burning")
    nouns = ("series", "film", "album")
    combos = itertools.product(range(3), range(3), range(2))
    for t, n, shape in combos:
        if shape == 0:
            thing = ("scheme", "bypass", "pier")[t]
            text = f"The {thing} was first proposed eleven years ago and has been redrawn since."
        else:
            text = f'Harbour Weekly asked {PLAYERS[n][0]} about the new {nouns[n]}, "{titles[t]}".'
        yield Case("", f"{shape}", text, [])


ROUND49_PEOPLE: tuple[Capability, ...] = (
    named("title.sport_roles", "4", "said world champion NAME; the full-back said", sport_roles),
    named("speaker.month_given_names", "5", "said Jun-ho NAME", month_given_names),
    named("speaker.given_name_beats", "5", 'G2 shook his head. "Q."', given_name_beats),
    named("speaker.feature_pronouns", "5", '"Q," she says after two men', feature_pronouns),
    named("direct.colon_after_object", "3", 'COACH defended him: "Q."', colon_after_object),
    named("speaker.wrapped_lines", "5", "said GIVEN\\nSURNAME", unique_texts(wrapped_lines)),
    named("control.not_quotations", "1", 'was first proposed; her new series, "T"', not_quotations),
)
