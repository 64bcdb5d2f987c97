"""Development capabilities added on branch ``f18sp`` in the eighteenth round: wrong speakers.

* A reported clause ends before a new report with a subject of its own (*In a year when NAME1
  was talking about X, NAME2 said C*; *X claimed Y but police officials have said C*; *..., Mr.
  NAME said: "Q"*): C and Q are NAME2's, never the first source's; a time phrase before a fronted
  participle (*One month after announcing X, NAME believes C*) speaks for nobody.
* A relative *that* after a document or noun of saying makes it the speaker (*over remarks that
  compared X to "Q"*), never the sentence's subject.
* A cue word that heads a noun phrase reports nothing (*her housing plan*, *their phone call*,
  *the vain hope*, *his stern warning*): its 'subject' (*her housing*) is no speaker; a plural,
  a collective (*the staff say*), a past form (*the editorial read*) and a bare infinitive
  (*heard the mayor say*) still report.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND17_F18SP` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Speakers whose names read as persons.
NAMES = ("Odalys Fenwick", "Torvald Achebe", "Marisol Hargreave", "Cormac Villanueva", "Ingrid Okonkwo")
#: Second speakers (a different person in each text).
OTHERS = ("Rufus Delacroix", "Anneke Mbeki", "Priya Lindqvist", "Hamish Oyelaran")
#: Fronted clauses holding a first cue; {name} is its subject.
FRONTED = (
    "In a year when {name} was talking about closing the pier",
    "At a time when {name} was calling for new taxes",
    "Appearing aware of how {name} views the budget",
    "In a week when {name} had argued for lower fares",
)
#: Reported clauses of the second speaker.
CLAUSES = (
    "the harbour board was right to wait",
    "the ferry would run on Sundays again",
    "the inspectors had missed the cracks",
    "the council had never read the report",
)
#: Verbs of the second speaker.
VERBS = ("said", "told reporters", "argued", "insisted", "added")


def new_report() -> Iterator[Case]:
    """'FRONTED(NAME1 cue X), NAME2 VERB C.' -> C is NAME2's; 'X claimed Y but NAME2 has said C'."""
    combos = itertools.product(FRONTED, NAMES, OTHERS, VERBS, CLAUSES)
    for fronted, first, second, verb, clause in sample(combos, 120, "f18sp-fronted"):
        text = f"{fronted.format(name=first)}, {second} {verb} {clause}."
        yield Case(
            "",
            "fronted",
            text,
            [Expect(clause, "indirect", second)],
            exact=False,
            wrong_speakers=[(clause, first)],
        )
    groups = ("The rebels", "The Harbour Trust", "The ferry union")
    combos2 = itertools.product(groups, OTHERS, ("has said", "had said", "said", "has insisted"), CLAUSES)
    for group, second, verb, clause in sample(combos2, 60, "f18sp-but"):
        text = f"{group} claimed credit for the protest but {second} {verb} {clause}."
        yield Case(
            "",
            "but",
            text,
            [Expect(clause, "indirect", second)],
            exact=False,
            wrong_speakers=[(clause, group[4:])],
        )
    periods = ("One month", "Two weeks", "A year")
    combos4 = itertools.product(
        periods, ("announcing", "saying"), NAMES, ("believes", "says", "argued"), CLAUSES
    )
    for period, participle, name, verb, clause in sample(combos4, 40, "f18sp-time-phrase"):
        # a time phrase before a fronted participle speaks for nobody: the main clause reports
        text = f"{period} after {participle} his support for the levy, {name} {verb} {clause}."
        yield Case(
            "", "time phrase", text, [Expect(clause, "indirect", name)], exact=False, forbidden=[period]
        )
    quotes = ("I hope not.", "That is simply wrong.", "We will see.")
    combos3 = itertools.product(("Mr.", "Ms."), ("Delacroix", "Mbeki", "Lindqvist"), quotes)
    for honorific, surname, quote in combos3:
        text = f'Friends say the long strike hurt his business, {honorific} {surname} said: "{quote}"'
        yield Case("", "colon", text, [Expect(f'"{quote}"', "direct", surname)], exact=False)


#: (noun phrase whose head is also a cue verb, what follows it, the content of the participle).
NOUN_PHRASES = (
    "her housing plan",
    "their phone call",
    "his campaign promise",
    "the vain hope",
    "his stern warning",
    "her budget plan",
    "the powerful showing",
)
#: How quotex may name the plural subjects below.
PLURAL_NAMES = (
    "staff",
    "dockers",
    "aides",
    "Her aides",
    "two pilots",
    "police",
    "The staff",
    "The dockers",
    "The two pilots",
    "The police",
)
#: Participles of saying after the noun phrase.
PARTICIPLES = ("noting", "saying", "adding", "arguing")


def noun_head() -> Iterator[Case]:
    """'NAME pitched NP as X, PARTICIPLE that C.' -> 'that C' is NAME's, and NP's opening words
    speak nowhere; plural and collective subjects, past forms and bare infinitives still report."""
    combos = itertools.product(NAMES, NOUN_PHRASES, PARTICIPLES, CLAUSES)
    for name, np, participle, clause in sample(combos, 120, "f18sp-noun-head"):
        text = f"{name} pitched {np} as a fix for the harbour, {participle} that {clause}."
        junk = " ".join(np.split()[:-1])
        yield Case("", "participle", text, [Expect(f"that {clause}", "indirect", name)], forbidden=[junk])
    subjects = ("The staff", "The dockers", "Her aides", "The two pilots", "The police")
    for subject, clause in sample(itertools.product(subjects, CLAUSES), 20, "f18sp-plural"):
        text = f"{subject} say {clause}."
        yield Case("", "plural", text, [Expect(clause, "indirect", PLURAL_NAMES)])
    for doc, quote in itertools.product(
        ("statement", "editorial", "notice"), ("We regret the delay.", "Fares rise today.")
    ):
        text = f'"{quote}" the {doc} read.'
        yield Case("", "past", text, [Expect(f'"{quote}"', "direct", doc)])
    for name, clause in sample(itertools.product(NAMES, CLAUSES), 20, "f18sp-bare"):
        text = f"The council heard {name} say {clause}."
        yield Case("", "bare infinitive", text, [Expect(clause, "indirect", name)], exact=False)


#: Documents and nouns of saying that a relative *that* clause makes the speaker of.
DOCUMENTS = ("comments", "a leaflet", "the memo", "a statement", "remarks", "an email")
#: Verbs of naming and stance with a quotation.
DOCUMENT_VERBS = ("called the plan", "described the ferry as", "compared the harbour to")


def document_relative() -> Iterator[Case]:
    """'NAME was fired over DOC that called the plan "Q."' -> the document speaks, never nobody."""
    combos = itertools.product(NAMES, DOCUMENTS, DOCUMENT_VERBS, ("a swamp", "a fraud", "a disgrace"))
    for name, doc, verb, quote in sample(combos, 80, "f18sp-document-relative"):
        text = f'{name} was criticised over {doc} that {verb} "{quote}."'
        head = doc.split()[-1]
        content = f'{verb.split(" ", 1)[1]} "{quote}."' if verb.startswith("called") else None
        expects = [Expect(content, "mixed", head)] if content else []
        yield Case("", "document", text, expects, exact=False, wrong_speakers=[(f'"{quote}."', name)])


ROUND17_F18SP: tuple[Capability, ...] = (
    named(
        "speaker.new_report_ends_clause",
        "2",
        "In a year when NAME1 was talking about X, NAME2 said C / X claimed Y but NAME2 has said C: C is"
        " NAME2's (was: NAME1's reported clause ran on over it)",
        new_report,
    ),
    named(
        "speaker.cue_word_heads_noun_phrase",
        "2",
        "NAME pitched her housing plan as X, noting that C: NAME's, never 'her housing'; the staff say C,"
        " the editorial read, heard NAME say C still report",
        noun_head,
    ),
    named(
        "speaker.document_relative_that",
        "2",
        'NAME was criticised over comments that called the plan "Q": the comments speak (was: the bare'
        " pronoun 'that', no speaker)",
        document_relative,
    ),
)
