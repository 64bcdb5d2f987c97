"""Development capabilities added on main in the forty-ninth round: documents, filings and firms.

* *A BODY memo obtained by OUTLET says that C*, *According to a draft plan from BODY seen by
  OUTLET, C*, *OUTLET quoted the report by BODY as saying that C*: the document's body, never the
  outlet that obtained or saw it (before: the outlet, or a walk that ended at *draft*);
* *According to the complaint, filed by BODY against BODY2 in COURT, C* and *NAME is suing BODY.
  The complaint alleges that C*: the one who filed or sued (before: *complaint*, and a content
  that began inside the aside);
* *BODY1 and BODY2 said in a joint statement that C*, the two names bare: both bodies, one speaker
  (before: the last body alone);
* *FIRM (TICK.N) cut its forecast. "Q," the company said*: the firm, never its ticker;
  *Shares in FIRM rose after the company said C*: the firm (before: the ticker; *company*);
* *NAME is FIRM's ROLE. "Q," she said.*: the post a possessive owns is the title (before: none);
* *The BODY fined FIRM. "Q," the regulator said.*: a board or an office that fines is the
  regulator (before: *regulator*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND49_DOCS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample, unique_texts
from captemplates38_main import CLAUSES, QUOTES

#: Bodies with a body's word in their names, and firms whose names look like anything.
BODIES = ("Ministry of Inland Transport", "Fenwick Valley Water Board", "Tallow Bay Housing Trust")
FIRMS = ("Korvell Systems", "Clear Meadow", "Blue Acre", "Harlow Vale Rail")
OUTLETS = ("the Harbour Gazette", "Baltic Press Agency")
DOCUMENTS = ("memo", "report", "document", "letter")
RECEIVED = ("obtained", "seen", "reviewed")
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: (name, gender pronoun) of executives.
EXECUTIVES = (("Margit Szalonna", "she"), ("Tobias Renwick", "he"), ("Jun-ho Paekdal", "he"))
ROLES = ("chief technology officer", "chief executive", "finance director")


def received_documents() -> Iterator[Case]:
    """'A BODY memo obtained by OUTLET says that C.', 'According to a draft plan from BODY seen by
    OUTLET, C.', 'OUTLET quoted the report by BODY as saying that C.': the body's report."""
    combos = itertools.product(range(3), range(4), range(3), range(2), range(3), range(3))
    for b, d, r, o, c, shape in sample(combos, 180, "r49docs-received"):
        body, outlet = BODIES[b], OUTLETS[o]
        clause = f"that {CLAUSES[c]}"
        if shape == 0:
            text = f"A {body} {DOCUMENTS[d]} {RECEIVED[r]} by {outlet} says {clause}."
        elif shape == 1:
            clause = CLAUSES[c]
            text = f"According to a draft plan from the {body} {RECEIVED[r]} by {outlet}, {clause}."
        else:
            text = f"{outlet[:1].upper()}{outlet[1:]} quoted the report by the {body} as saying {clause}."
        wrong = [(clause, outlet.removeprefix("the "))]
        yield Case("", f"{shape}", text, [Expect(clause, "indirect", body)], wrong_speakers=wrong)


#: People who sue, and courts.
PLAINTIFFS = ("Daniyar Seitkali", "Renata Albuquerque", "Toomas Laanemets")
COURTS = ("Dunmere County Court", "Tarnby Court of Appeal")


def filed_and_sued() -> Iterator[Case]:
    """'According to the complaint, filed by BODY against FIRM in the COURT, C.' and 'NAME is suing
    FIRM. The complaint alleges that C.': the one who filed or sued."""
    combos = itertools.product(range(3), range(4), range(2), range(3), range(2))
    for b, f, k, c, shape in sample(combos, 140, "r49docs-filed"):
        firm = FIRMS[f]
        if shape == 0:
            filer, clause = BODIES[b], CLAUSES[c]
            aside = f"filed by the {filer} against {firm} in the {COURTS[k]}"
            text = f"According to the complaint, {aside}, {clause}."
        else:
            filer, clause = PLAINTIFFS[b], f"that {CLAUSES[c]}"
            text = f"{filer} is suing {firm}. The complaint alleges {clause}."
        yield Case("", f"{shape}", text, [Expect(clause, "indirect", filer)], wrong_speakers=[(clause, firm)])


def joint_bare_names() -> Iterator[Case]:
    """'FIRM1 and FIRM2 said in a joint statement that C.' (no article, no body noun) and
    'In a joint statement, FIRM1 and FIRM2 said: "Q."': both firms speak."""
    combos = itertools.product(range(4), range(4), range(3), range(2), range(2))
    for a, b, c, m, shape in sample(combos, 120, "r49docs-joint"):
        if a == b:
            continue
        one, two = FIRMS[a], FIRMS[b]
        left, right = MARKS[m]
        if shape == 0:
            content = f"that {CLAUSES[c]}"
            text = f"{one} and {two} said in a joint statement {content}."
            expect = Expect(content, "indirect", f"{one}; {two}")
        else:
            content = f"{left}{QUOTES[c]}.{right}"
            text = f"In a joint statement, {one} and {two} said: {content}"
            expect = Expect(content, "direct", f"{one}; {two}")
        wrong = [(content, one), (content, two)]
        yield Case("", f"{shape}", text, [expect], wrong_speakers=wrong)


def listed_firms() -> Iterator[Case]:
    """'FIRM (TICK.N) cut its forecast on Monday. "Q," the company said.' and 'Shares in FIRM
    rose 5% after the company said C.': the firm."""
    tickers = ("KRVL.N", "CLMW.L", "BLAC.O", "HVRL.AX")
    combos = itertools.product(range(4), range(3), range(2), range(2))
    for f, c, m, shape in sample(combos, 48, "r49docs-listed"):
        firm = FIRMS[f]
        left, right = MARKS[m]
        if shape == 0:
            content = f"{left}{QUOTES[c]},{right}"
            text = f"{firm} ({tickers[f]}) cut its annual forecast on Monday. {content} the company said."
            expect = Expect(content, "direct", firm)
        else:
            content = CLAUSES[c]
            text = f"Shares in {firm} rose 5% after the company said {content}."
            expect = Expect(content, "indirect", firm)
        yield Case("", f"{shape}", text, [expect], wrong_speakers=[(content, tickers[f])])


def owned_posts() -> Iterator[Case]:
    """'NAME is FIRM's ROLE. "Q," PRONOUN said.': the post is the title, the firm its affiliation."""
    combos = itertools.product(range(3), range(4), range(3), range(3), range(2))
    for p, f, r, c, m in sample(combos, 90, "r49docs-owned"):
        name, pronoun = EXECUTIVES[p]
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]},{right}"
        text = f"{name} is {FIRMS[f]}'s {ROLES[r]}. {quote} {pronoun} said."
        yield Case("", f"{m}", text, [Expect(quote, "direct", name, title=Contains((ROLES[r], FIRMS[f])))])


#: Regulators whose names end in a board's or an office's noun.
REGULATORS = ("Kesland Financial Conduct Board", "Vardenian Telecoms Office", "Orrin Food Standards Agency")


def board_regulators() -> Iterator[Case]:
    """'The REGULATOR fined FIRM $12 million on Tuesday. "Q," the regulator said.': the board."""
    combos = itertools.product(range(3), range(4), range(3), range(2))
    for g, f, c, m in sample(combos, 60, "r49docs-regulator"):
        left, right = MARKS[m]
        quote = f"{left}{QUOTES[c]},{right}"
        text = f"The {REGULATORS[g]} fined {FIRMS[f]} $12 million on Tuesday. {quote} the regulator said."
        yield Case(
            "", f"{m}", text, [Expect(quote, "direct", REGULATORS[g])], wrong_speakers=[(quote, FIRMS[f])]
        )


ROUND49_DOCS: tuple[Capability, ...] = (
    named("speaker.received_documents", "5", "A BODY memo obtained by OUTLET says", received_documents),
    named("speaker.filed_and_sued", "5", "the complaint, filed by BODY against FIRM", filed_and_sued),
    named("speaker.joint_bare_names", "2", "FIRM1 and FIRM2 said in a joint statement", joint_bare_names),
    named("speaker.listed_firms", "5", "FIRM (TICK.N) ... the company said", unique_texts(listed_firms)),
    named("title.owned_posts", "4", "NAME is FIRM's ROLE", owned_posts),
    named("speaker.board_regulators", "5", "The BOARD fined FIRM ... the regulator said", board_regulators),
)
