"""Development capabilities added on main in the thirty-ninth round.

* *Voters will be asked: "Q?" NAME, who chairs the campaign, declined to comment.*, *"Q?" NAME
  refused to say.*: a refusal to speak reports no quotation before it (before: NAME's, at 0.98);
* *Chants of "SUR! SUR!" greeted NAME in TOWN.*, *Signs reading "Q" greeted NAME*: a quotation
  after a preposition or determiner is a noun's object, no reported clause (before: NAME's);
* *NAME said C1 and OTHER agreed that C2.*: two reports joined by *and* (before: one content
  running over OTHER's clause, all of it NAME's);
* *Officials in PLACE said C.*, *Officials from PLACE*, *Nurses at PLACE General*: a place or body
  after a common noun opening the phrase (before: PLACE as a person);
* *Data from the BODY released on DAY showed C.*: the participle and its time phrase reduce a
  relative clause (before: the speaker *Data from the BODY released*);
* *"Q," FIRM Ltd. said.*, *FIRM Inc., the KIND, said C.*: a company form's abbreviation ends a
  body's name (before: the first word of the name read as a title);
* *A poll by SUR and SUR2 Associates*, *A spokesman for PLACE Fire and Rescue (Service)*, *The
  Institute for ADJ and ADJ2 Studies*, *The TRADE and KILN Workers' Union*: an *and* inside a
  body's name (before: the last half);
* *Canon NAME has been canon of PLACE Cathedral since YEAR. ... The cathedral said C.*: a
  cathedral, mosque or synagogue is a body, never a person;
* *Polls show that C.*, *Studies suggest that C.*: a document noun's plural opening a sentence is no name
  (before: a person *Polls*).

People, places and bodies of our own. ``captemplates.py`` adds :data:`ROUND38_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (full name, surname, subject pronoun): people of our own.
PEOPLE = (
    ("Ottoline Brackenridge", "Brackenridge", "she"),
    ("Leopold Vandersteen", "Vandersteen", "he"),
    ("Chinwendu Obiora", "Obiora", "she"),
    ("Radomir Kostadinov", "Kostadinov", "he"),
    ("Henrietta Penwarden", "Penwarden", "she"),
    ("Augustin Lefebvre", "Lefebvre", "he"),
)
#: Place names no gazetteer of quotex holds, two words each.
PLACES = ("Santa Morvela", "Port Ardwick", "Vila Serrão", "Glen Tarrow")
QUOTES = (
    "The ferry has run on time every day this month",
    "Nobody asked the growers before the vote",
    "We will open the new wing in the spring",
)
CLAUSES = (
    "the sluice gates would be replaced",
    "the market would move to the quay",
    "the library had lost a third of its budget",
)
QUESTIONS = (
    "Should the council sell the bowling green?",
    "Do you back a four-day school week?",
    "Should the pier be closed in winter?",
)
#: Quotation marks: straight, curly, British single, guillemets.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u00ab", "\u00bb"))
#: Finite verbs of a second report after *and*.
SECOND_VERBS = ("agreed", "added", "insisted", "warned")
DAYS = ("Monday", "Tuesday", "Friday")


def _combos() -> Iterator[tuple[tuple[str, str, str], str, int, tuple[str, str]]]:
    return itertools.product(PEOPLE, PLACES, range(3), MARKS)


def refusals() -> Iterator[Case]:
    """Voters in PLACE will be asked on DAY: "Q?" NAME, who chairs the campaign, declined to
    comment. / "Q?" NAME declined to say. / "Q?" NAME refused to answer. -> the question never
    NAME's."""
    for (name, _, _), place, k, (o, c) in sample(_combos(), 120, "r38main-refusal"):
        q = f"{o}{QUESTIONS[k]}{c}"
        if k == 0:
            text = (
                f"Voters in {place} will be asked on {DAYS[k]}: {q} {name}, who chairs the campaign, "
                "declined to comment."
            )
        elif k == 1:
            text = f"The ballot in {place} asks: {q} {name} declined to say how she would vote."
        else:
            text = f"The leaflet asked: {q} {name}, the organiser, refused to answer."
        yield Case("", f"shape{k}", text, [], exact=False, wrong_speakers=[(q, name)])


def governed_quotations() -> Iterator[Case]:
    """Chants of "SUR! SUR!" greeted NAME in PLACE on DAY. / Signs reading "Q" greeted NAME. /
    Cries of "Q" followed NAME out of the hall. -> nobody's quotation, never NAME's."""
    for (name, surname, _), place, k, (o, c) in sample(_combos(), 120, "r38main-governed"):
        if k == 0:
            q = f"{o}{surname}! {surname}!{c}"
            text = f"Chants of {q} greeted {name} in {place} on {DAYS[k]}."
        elif k == 1:
            q = f"{o}{QUOTES[k]}{c}"
            text = f"Signs reading {q} greeted {name} as she arrived in {place}."
        else:
            q = f"{o}Shame on you!{c}"
            text = f"Cries of {q} followed {name} out of the hall in {place}."
        yield Case("", f"shape{k}", text, [], exact=False, wrong_speakers=[(q, name)])


def coordinated_reports() -> Iterator[Case]:
    """NAME said C1 and OTHER VERBED that C2. -> C1 NAME's, that C2 OTHER's (never NAME's)."""
    for (name, _, _), place, k, _marks in sample(_combos(), 120, "r38main-coordinated"):
        other = PEOPLE[(PEOPLE.index(next(p for p in PEOPLE if p[0] == name)) + 1) % len(PEOPLE)][0]
        verb = SECOND_VERBS[(k + len(place)) % len(SECOND_VERBS)]
        c1, c2 = CLAUSES[k], CLAUSES[(k + 1) % 3]
        text = f"{name} said {c1} and {other} {verb} that {c2}."
        yield Case(
            "",
            verb,
            text,
            [Expect(c1, "indirect", name), Expect(f"that {c2}", "indirect", other)],
            wrong_speakers=[(c2, name)],
        )


def officials_in_place() -> Iterator[Case]:
    """Officials in PLACE said C. / Officials from PLACE said C. / Nurses at PLACE General said C.
    -> the group phrase, never PLACE."""
    for _person, place, k, _marks in sample(_combos(), 100, "r38main-officials"):
        clause = CLAUSES[k]
        group = (f"Officials in {place}", f"Officials from {place}", f"Nurses at {place} General")[k]
        text = f"{group} said {clause}."
        yield Case(
            "", f"shape{k}", text, [Expect(clause, "indirect", group)], wrong_speakers=[(clause, place)]
        )


def released_data() -> Iterator[Case]:
    """Data from the BODY released on DAY showed C. / Figures from the BODY published on DAY showed
    C. -> the body (or the data), never a speaker holding the participle."""
    bodies = ("Tarrow Statistics Office", "Ardwick Port Authority", "Morvela Water Board")
    for _person, _place, k, _marks in sample(_combos(), 90, "r38main-released"):
        body = bodies[k]
        noun, verb = (("Data", "released"), ("Figures", "published"), ("Numbers", "issued"))[k]
        clause = CLAUSES[(k + 1) % 3]
        text = f"{noun} from the {body} {verb} on {DAYS[k]} showed {clause}."
        names = (body, f"the {body}", f"{noun} from the {body}")
        yield Case("", f"shape{k}", text, [Expect(clause, "indirect", names)])


def legal_suffixes() -> Iterator[Case]:
    """ "Q," FIRM Ltd. said in a statement. / FIRM Inc., the KIND, said C. / FIRM Co. said C. -> the
    firm's whole name, the form word with it."""
    firms = (("Sigvard Cable", "Ltd."), ("Brisworth Lifts", "Inc."), ("Torvald Cocoa", "Co."))
    for _person, _place, k, (o, c) in sample(_combos(), 120, "r38main-suffix"):
        firm, form = firms[k]
        full = f"{firm} {form}"
        q = f"{o}{QUOTES[k]},{c}"
        clause = CLAUSES[k]
        shape = (k + len(o)) % 3
        if shape == 0:
            text = f"{q} {full} said in a statement."
            expects = [Expect(q, "direct", full)]
        elif shape == 1:
            text = f"{full}, the {firm.split()[1].lower()} maker, said {clause}."
            expects = [Expect(clause, "indirect", full)]
        else:
            text = f"{full} said {clause}."
            expects = [Expect(clause, "indirect", full)]
        yield Case("", f"shape{shape}", text, expects)


def joined_body_names() -> Iterator[Case]:
    """A poll by SUR and SUR2 Associates found that C. / A spokesman for PLACE Fire and Rescue
    (Service) said C. / The Institute for ADJ and ADJ2 Studies said C. / The TRADE and TRADE2
    Workers' Union said C. -> the whole name (or the spokesman), never its last half."""
    partners = (("Pike", "Orrell"), ("Hasko", "Brindle"), ("Tamm", "Wexcombe"))
    fields = (("Coastal", "Marine"), ("Rural", "Upland"), ("Oriental", "Alpine"))
    trades = (("Foundry", "Kiln"), ("Bakery", "Confectionery"), ("Dairy", "Creamery"))
    for _person, place, k, _marks in sample(_combos(), 120, "r38main-joined"):
        clause = CLAUSES[k]
        shape = (k + len(place)) % 4
        if shape == 0:
            a, b = partners[k]
            body = f"{a} and {b} Associates"
            text = f"A poll by {body} found that {clause}."
            expects = [Expect(f"that {clause}", "indirect", (body, "poll"))]
            half = f"{b} Associates"
        elif shape == 1:
            body = f"{place} Fire and Rescue" + (" Service" if k else "")
            text = f"A spokesman for {body} said {clause}."
            expects = [Expect(clause, "indirect", (body, "spokesman", f"spokesman for {body}"))]
            half = "Rescue"
        elif shape == 2:
            a, b = fields[k]
            body = f"Institute for {a} and {b} Studies"
            text = f"The {body} said on {DAYS[k]} {clause}."
            expects = [Expect(clause, "indirect", body)]
            half = f"{b} Studies"
        else:
            a, b = trades[k]
            body = f"{a} and {b} Workers' Union"
            text = f"The {body} said {clause}."
            expects = [Expect(clause, "indirect", body)]
            half = f"{b} Workers' Union"
        yield Case("", f"shape{shape}", text, expects, wrong_speakers=[(clause, half)])


def places_of_worship() -> Iterator[Case]:
    """Canon NAME has been canon of PLACE Cathedral since YEAR. "Q," Canon SUR said. PRONOUN added
    that C. / PLACE Mosque said in a statement that C. -> NAME, and the body; the building never a
    person."""
    for (name, surname, pronoun), place, k, (o, c) in sample(_combos(), 100, "r38main-worship"):
        clause = CLAUSES[k]
        building = f"{place} " + ("Cathedral", "Mosque", "Synagogue")[k]
        if pronoun == "she" and k == 0:
            q = f"{o}{QUOTES[k]},{c}"
            text = f"Canon {name} has been canon of {building} since 1998.\n\n{q} Canon {surname} said."
            expects, wrong = [Expect(q, "direct", name)], [(q, building)]
        else:
            text = f"{building} said in a statement that {clause}."
            expects = [Expect(f"that {clause}", "indirect", building, speaker_kind="organization")]
            wrong = []
        yield Case("", building.split()[-1].lower(), text, expects, wrong_speakers=wrong)


def document_openers() -> Iterator[Case]:
    """Polls show that C. / Studies suggest that C. / Surveys found that C. -> the document phrase,
    of kind other, never a person named *Polls*."""
    for _person, place, k, _marks in sample(_combos(), 60, "r38main-docopen"):
        noun, verb = (("Polls", "show"), ("Studies", "suggest"), ("Surveys", "found"))[k]
        clause = CLAUSES[(k + len(place)) % 3]
        text = f"{noun} {verb} that {clause}."
        yield Case("", noun.lower(), text, [Expect(f"that {clause}", "indirect", noun, speaker_kind="other")])


ROUND38_MAIN: tuple[Capability, ...] = (
    named("negative.refusal_after_question", "1", '"Q?" NAME declined to comment.: never NAME', refusals),
    named(
        "negative.governed_quotation", "8", 'Chants of "SUR!" greeted NAME.: never NAME', governed_quotations
    ),
    named(
        "coordination.second_report",
        "4",
        "NAME said C1 and OTHER agreed that C2.: C1 NAME, C2 OTHER",
        coordinated_reports,
    ),
    named("groups.officials_in_place", "5", "Officials in PLACE said C.: the group", officials_in_place),
    named("documents.released_data", "5", "Data from BODY released on DAY showed C.: BODY", released_data),
    named("bodies.legal_suffix", "5", '"Q," FIRM Ltd. said.: FIRM Ltd.', legal_suffixes),
    named(
        "bodies.and_in_name", "5", "A poll by A and B Associates found C.: the whole name", joined_body_names
    ),
    named(
        "bodies.places_of_worship", "5", "PLACE Cathedral said C.: a body, never a person", places_of_worship
    ),
    named("documents.sentence_opening_plural", "5", "Polls show that C.: no person", document_openers),
)
