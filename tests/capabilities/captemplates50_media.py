"""Development capabilities added on main in the fiftieth round, second half: local government,
broadcast and analysis news.

* *NAME rang PROGRAMME to say that C*, *wrote to the council to say*: the caller's report (before:
  none);
* *Interviewing NAME on PROGRAMME, HOST pressed her. She replied: "Q."*: NAME, without the
  participle (before: *Interviewing NAME*);
* *NAME, who has been X's head of news since 2019,*, *head of network planning of the X*, *a teaching
  assistant from X*: the title (before: none);
* *told the inquiry into the X collapse that C*, *put it to NAME, the director of X, that C*, *asked
  NAME, ROLE, whether C*, *asked reporters whether C*, *told X's PROGRAMME programme: "Q."*: the report
  opens at *that*, *whether* or the quotation (before: none, or the addressee inside it);
* *NAME argued that C, a view OTHER, ROLE, has rejected*: the report ends at its comma; *Port
  operators, however, say C*: the group's report;
* controls: *Analysis: HEADLINE*, *The treaty left the hard questions for later.*, *Whether C remains
  unclear.*, *made the remarks on PROGRAMME, a podcast*, *Asked whether C, NAME would not comment.*,
  *cost £1.8m. "Q," she added.*: no report, or none given to the wrong one.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND50_MEDIA` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES, QUOTES

#: (full name, object pronoun, subject pronoun) of guests and hosts with listed first names.
PEOPLE = (
    ("Harriet Quenby", "her", "She"),
    ("Oliver Stanway", "him", "He"),
    ("Margaret Dunholm", "her", "She"),
    ("Samuel Tredwell", "him", "He"),
)
PROGRAMMES = ("Noon Desk", "Politics at Seven", "The Late Review")
STATIONS = ("Tidewater Radio", "Marrowby FM", "Coast One")
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _quote(c: int, m: int, end: str = ".") -> str:
    left, right = MARKS[m]
    return f"{left}{QUOTES[c]}{end}{right}"


def callers_and_guests() -> Iterator[Case]:
    """'NAME rang PROG to say that C.', 'NAME wrote to the council to say that C.', 'Interviewing
    NAME on PROG, HOST pressed PRONOUN on the figures. PRONOUN replied: "Q."'."""
    for p, c, g, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name, host = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        clause = f"that {CLAUSES[c]}"
        if shape == 0:
            text = f"{name}, a retired teacher from Marrowby, rang {PROGRAMMES[g]} to say {clause}."
            yield Case(
                "", "0", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, PROGRAMMES[g])]
            )
        elif shape == 1:
            text = f"{name} wrote to the council to say {clause}."
            yield Case("", "1", text, [Expect(clause, "indirect", name)])
        else:
            quote = _quote(c, g)
            text = (
                f"Interviewing {name} on {PROGRAMMES[g]}, {host} pressed {PEOPLE[p][1]} on the figures. "
                f"{PEOPLE[p][2]} replied: {quote}"
            )
            yield Case(
                "", "2", text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=[(quote, host)]
            )


def posts_stated() -> Iterator[Case]:
    """'NAME, who has been STATION's head of news since 2019, said C.', 'NAME, head of network
    planning of the X Transport Executive, said: "Q."', 'NAME, 55, a teaching assistant from X,
    said that C.' -> the title."""
    for p, c, s, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        if shape == 0:
            text = f"{name}, who has been {STATIONS[s]}'s head of news since 2019, said {CLAUSES[c]}."
            yield Case(
                "", "0", text, [Expect(CLAUSES[c], "indirect", name, title=Contains(("head of news",)))]
            )
        elif shape == 1:
            body = f"{('Saltmere', 'Ashby', 'Coldwater')[s]} Passenger Transport Executive"
            quote = _quote(c, s)
            text = f"{name}, head of network planning of the {body}, said: {quote}"
            yield Case(
                "", "1", text, [Expect(quote, "direct", name, title=Contains(("network planning", body)))]
            )
        else:
            town = ("Marrowby", "Stennet", "Ashby")[s]
            text = f"{name}, 55, a teaching assistant from {town}, said that {CLAUSES[c]}."
            title = Contains(("teaching assistant",))
            yield Case("", "2", text, [Expect(f"that {CLAUSES[c]}", "indirect", name, title=title)])


def reports_after_addressees() -> Iterator[Case]:
    """'told the inquiry into the X collapse that C', 'put it to NAME, the director of X, that C',
    'asked NAME, ROLE, whether C', 'asked reporters whether C', 'told STATION's PROG programme: "Q."'."""
    for p, c, g, shape in itertools.product(range(4), range(3), range(3), range(5)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        clause = f"that {CLAUSES[c]}"
        question = f"whether {CLAUSES[c]}"
        if shape == 0:
            place = ("Ferrowby", "Ashby", "Stennet")[g]
            text = f"{name} told the inquiry into the {place} bridge collapse {clause}."
            yield Case("", "0", text, [Expect(clause, "indirect", name)])
        elif shape == 1:
            text = f"{name} put it to {other}, the director of the Marrowby Food Bank, {clause}."
            yield Case("", "1", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, other)])
        elif shape == 2:
            text = f"{name} asked {other}, the harbour master, {question}."
            yield Case(
                "", "2", text, [Expect(question, "indirect", name)], wrong_speakers=[(question, other)]
            )
        elif shape == 3:
            text = f"{name}, mayor of Marrowby, asked reporters {question}."
            yield Case("", "3", text, [Expect(question, "indirect", name)])
        else:
            quote = _quote(c, g)
            text = f"{name} told {STATIONS[g]}'s {PROGRAMMES[g]} programme: {quote}"
            yield Case("", "4", text, [Expect(quote, "direct", name)])


def report_bounds() -> Iterator[Case]:
    """'NAME argued that C, a view OTHER, ROLE, has rejected.' -> the report ends at its comma;
    'Port operators, however, say C.' -> the group's report."""
    for p, c, n, shape in itertools.product(range(4), range(3), range(3), range(2)):
        name, other = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        clause = f"that {CLAUSES[c]}"
        if shape == 0:
            noun = ("view", "claim", "assessment")[n]
            text = f"{name} argued {clause}, a {noun} {other}, the harbour master, has rejected."
            yield Case("", "0", text, [Expect(clause, "indirect", name)], wrong_speakers=[(clause, other)])
        else:
            group = ("Port operators", "Ferry crews", "Harbour pilots")[n]
            text = f"{group}, however, say {CLAUSES[c]}."
            yield Case("", "1", text, [Expect(CLAUSES[c], "indirect", group)])


def media_controls() -> Iterator[Case]:
    """Controls: a section kicker, a cue word as an object's noun, a *whether* clause as subject, a
    programme after *made the remarks on*, a question no one answered, an amount's unit before a
    quotation."""
    kickers = ("Analysis", "Explainer", "Opinion")
    for p, c, k, shape in itertools.product(range(4), range(3), range(3), range(6)):
        name = PEOPLE[p][0]
        if shape == 0:
            text = f"{kickers[k]}: the port levy in five questions\n\nThe levy has divided the coast."
            yield Case("", "0", text, [], wrong_speakers=[("the port levy in five questions", kickers[k])])
        elif shape == 1:
            text = f"The treaty left the {('hard', 'hardest', 'thorny')[k]} questions for later."
            yield Case("", "1", text, [])
        elif shape == 2:
            text = f"Whether {CLAUSES[c]} remains unclear."
            yield Case("", "2", text, [])
        elif shape == 3:
            quote = _quote(c, k, ",")
            text = (
                f"{name} made the remarks on {PROGRAMMES[k]}, a podcast. {quote} {PEOPLE[p][2].lower()} said."
            )
            yield Case("", "3", text, [Expect(quote, "direct", name)], wrong_speakers=[(PROGRAMMES[k], name)])
        elif shape == 4:
            text = f"Asked whether {CLAUSES[c]}, {name}, mayor of Marrowby, would not comment."
            yield Case("", "4", text, [], exact=False, wrong_speakers=[(CLAUSES[c], name)])
        else:
            quote = _quote(c, k, ",")
            text = f"{name} said the closure would cost £1.8m. {quote} {PEOPLE[p][2].lower()} added."
            yield Case("", "5", text, [Expect(quote, "direct", name)], exact=False)


ROUND50_MEDIA: tuple[Capability, ...] = (
    named(
        "speaker.callers_and_guests",
        "1",
        "rang PROG to say that C; Interviewing NAME on PROG",
        callers_and_guests,
    ),
    named("title.posts_stated", "6", "who has been X's head of news; a teaching assistant", posts_stated),
    named(
        "indirect.after_addressees",
        "3",
        "told the inquiry into X that; asked X, ROLE, whether",
        reports_after_addressees,
    ),
    named("indirect.report_bounds", "3", "C, a view OTHER has rejected; X, however, say", report_bounds),
    named(
        "control.media_controls",
        "8",
        "Analysis:; the hard questions; Whether C remains unclear",
        media_controls,
    ),
)
