"""Development capabilities added on main in the twenty-eighth round: documents credited to a
body whose name a document noun modifies, and kickers that are no credits.

* *According to a report by Acme Rail's audit office, C. The report said D.*: *audit* before
  *office* modifies a body's noun and is no written work, so the later *the report* is the one
  credited to the office, and its speaker is the office (before: the possessor *Acme Rail*, a
  wrong speaker, or the bare *report*).
* Guard: *A review by X's planning office found C. The review said D.* never gives D to the
  possessor X.
* *Explainer: what the new law means for renters*, *Results: how the parties fared*: a label
  before an indirect question is a kicker over a topic, no credited claim (before: an indirect
  quote by *Explainer*). Guard: *Okafor: Night ferries will return in spring* is still a headline
  credit by Okafor.
* *The beekeeper Neema Mushi said C*, *The board interviewed the lighthouse keeper Mikael Lind.
  "Q," Lind said.*: after a plain *the*, a WordNet role noun before a two- or three-word name on
  which the credit closes is the person's title (before: no title; only the lexicon's own job
  nouns, *the economist NAME*, had one). Guard: *said the younger Mr. NAME* gives no title
  *younger*.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND27_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Owners of a body: (as written after 'by', as the speaker's name reads).
OWNERS = (
    ("Acme Rail", "Acme Rail"),
    ("Harlow Council", "Harlow Council"),
    ("the city", "city"),
    ("the county", "county"),
    ("Northgate University", "Northgate University"),
    ("the Kestrel Water Board", "Kestrel Water Board"),
)
#: A document kind that also names what a body does, and the body's noun it modifies.
BODIES = (
    ("audit", "office"),
    ("review", "board"),
    ("survey", "team"),
    ("audit", "committee"),
    ("review", "panel"),
    ("analysis", "unit"),
)
#: Document nouns the later definite phrase takes up.
DOCUMENTS = ("report", "review", "study")
FIRST = ("the project is three months late", "the depot needs a new roof", "fares rose by 9 percent")
SECOND = (
    "the contractor had missed two deadlines",
    "repairs would cost $4 million",
    "staff were not trained",
)
VERBS = ("said", "found", "concluded", "warned")


def document_by_body_modifier() -> Iterator[Case]:
    """'According to a DOC by OWNER's KIND NOUN, C1. The DOC VERB C2.' -> C2 by the body."""
    combos = itertools.product(OWNERS, BODIES, DOCUMENTS, FIRST, SECOND, VERBS)
    for (owner, owner_name), (kind, noun), doc, c1, c2, verb in sample(combos, 500, "r27main-doc-body"):
        if doc == kind:
            continue
        body = f"{owner_name}'s {kind} {noun}"
        text = f"According to a {doc} by {owner}'s {kind} {noun}, {c1}. The {doc} {verb} {c2}."
        yield Case(
            "",
            "indirect",
            text,
            [Expect(c1, "indirect", body), Expect(c2, "indirect", body)],
            wrong_speakers=[(c2, owner_name)],
        )


def document_by_body_guard() -> Iterator[Case]:
    """'A DOC by OWNER's KIND NOUN found C1. The DOC said C2.' -> never the possessor OWNER."""
    combos = itertools.product(OWNERS, BODIES, DOCUMENTS, FIRST, SECOND)
    for (owner, owner_name), (kind, noun), doc, c1, c2 in sample(combos, 200, "r27main-doc-body-guard"):
        if doc == kind:
            continue
        text = f"A {doc} by {owner}'s {kind} {noun} found {c1}. The {doc} said {c2}."
        yield Case("", "guard", text, [], exact=False, wrong_speakers=[(c1, owner_name), (c2, owner_name)])


#: Section labels written before a kicker (newsroom slugs), and indirect questions after them.
LABELS = ("Explainer", "Results", "Analysis", "Timeline", "Panel", "Revealed", "Inside", "Plus", "Factbox")
TOPICS = (
    "what the new law means for renters",
    "how the parties fared in the north",
    "why the ferry fares keep rising",
    "who pays for the bridge repairs",
    "where the night buses will stop",
    "when the canal locks reopen",
    "which schools will close in June",
    "whether the dam can hold another winter",
)


def kicker_topic_guard() -> Iterator[Case]:
    """'LABEL: what the new law means for renters' -> no quotation."""
    combos = itertools.product(LABELS, TOPICS, ("", "."), (False, True))
    for label, topic, stop, capital in sample(combos, 200, "r27main-kicker"):
        body = topic[0].upper() + topic[1:] if capital else topic
        yield Case("", "guard", f"{label}: {body}{stop}", [])


#: Names before a headline credit's colon.
CREDITED = ("Okafor", "Lindqvist", "Mensah", "Haddad", "Dlamini", "Kovač")
CLAIMS = (
    "Night ferries will return in spring",
    "The budget is safe for now",
    "Nobody will lose their job",
    "Tolls must rise to pay for the bridge",
)


def headline_credit_guard() -> Iterator[Case]:
    """'NAME: Night ferries will return in spring' -> an indirect quote by NAME."""
    for name, claim in itertools.product(CREDITED, CLAIMS):
        yield Case("", "guard", f"{name}: {claim}", [Expect(claim, "indirect", name)])


#: Role nouns WordNet lists as persons that the job lexicon does not, with a modifier or none.
WORDNET_ROLES = (
    "beekeeper",
    "archivist",
    "lighthouse keeper",
    "stonemason",
    "glassblower",
    "ferryman",
    "cartographer",
)
ROLE_PEOPLE = (
    ("Neema Mushi", "Mushi"),
    ("Mikael Lind", "Lind"),
    ("Aigerim Nurlanovna", "Nurlanovna"),
    ("Tomas Kalnins", "Kalnins"),
    ("Sione Latu", "Latu"),
    ("Dace Liepa", "Liepa"),
)


def the_role_before_name() -> Iterator[Case]:
    """'The ROLE NAME said C.' / 'We met the ROLE NAME. "Q," SURNAME said.' -> NAME, title ROLE."""
    combos = itertools.product(WORDNET_ROLES, ROLE_PEOPLE, SECOND, range(3))
    for role, (name, surname), claim, shape in sample(combos, 240, "r27main-the-role"):
        if shape == 0:
            text = f"The {role} {name} said {claim}."
            yield Case("", "indirect", text, [Expect(claim, "indirect", name, title=role)])
            continue
        verb = "interviewed" if shape == 1 else "visited"
        quote = f'"{claim[0].upper()}{claim[1:]},"'
        text = f"The board {verb} the {role} {name}. {quote} {surname} said."
        yield Case("", "direct", text, [Expect(quote, "direct", name, title=role)])


def younger_honorific_guard() -> Iterator[Case]:
    """'"Q," said the younger Mr. SURNAME.' -> no title 'younger'."""
    for (name, surname), adjective, claim in itertools.product(ROLE_PEOPLE, ("younger", "elder"), SECOND[:2]):
        quote = f'"{claim[0].upper()}{claim[1:]},"'
        text = f"{name} and his son spoke. {quote} said the {adjective} Mr. {surname}."
        yield Case("", "guard", text, [Expect(quote, "direct", (name, surname), title=None)], exact=False)


ROUND27_MAIN: tuple[Capability, ...] = (
    named(
        "documents.report_by_body_modifier",
        "5",
        "According to a report by X's audit office, C1. The report said C2.: both the office's, never X's",
        document_by_body_modifier,
    ),
    named(
        "documents.report_by_body_modifier_guard",
        "5",
        "A review by X's planning office found C1. The review said C2.: never the possessor X",
        document_by_body_guard,
    ),
    named(
        "headlines.kicker_topic_guard",
        "7",
        "Explainer: what the new law means for renters: no quotation",
        kicker_topic_guard,
    ),
    named(
        "headlines.name_credit_guard",
        "7",
        "Okafor: Night ferries will return in spring: an indirect quote by Okafor",
        headline_credit_guard,
    ),
    named(
        "titles.the_wordnet_role_before_name",
        "6",
        "The beekeeper Neema Mushi said C.: title beekeeper",
        the_role_before_name,
    ),
    named(
        "titles.younger_honorific_guard",
        "6",
        '"Q," said the younger Mr. SURNAME.: no title younger',
        younger_honorific_guard,
    ),
)
