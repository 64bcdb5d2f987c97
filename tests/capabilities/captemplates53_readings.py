"""Development capabilities added on main in the fifty-third round: texts read aloud and their
writers, recordings, names of one word, event roles and texts that name a thing.

* *NAME read a line from OTHER's novel "T" at the launch: "Q."*, *NAME read aloud from an email
  OTHER had sent: "Q."*, *NAME read a statement from OTHER: "Q."*: OTHER's words (before: the
  reader's); *read from a letter*: nobody's; *read from her diary*: the reader's own;
* *An email he sent to OTHER a week later said: "Q."*, *The email, sent by NAME on the night of the
  storm, said*, *The letter NAME had written to the council said*: the writer (before: the phrase
  *email he sent to OTHER a week*, or *email*);
* *The advert ends with footage of NAME saying during the debate, "Q."*, *a clip of NAME telling
  reporters*, *The spot concludes with footage of NAME saying*: NAME (before: nobody, or *The
  spot*); *With party elders worried about turnout, NAME is sending a blunt message: "Q."*: NAME,
  and the absolute phrase no report (before: a report of the main clause by *With party elders*);
* one-word names: *WORD confirmed the outage. "Q," the company said.*, *WORD said that C1. It said
  C2*, *Shares in WORD fell. The company said C*: the body so named, once it has spoken or traded
  (before: *company*, nobody); *The cellist WORD said*, *Novelist WORD said*: titled (before: no
  title, or *Novelist WORD* as the name); *Shares in X Games fell. The games studio said*: the
  company;
* *NAME, ROLE, gave evidence to the inquiry. "Q," the witness said.*: NAME (before: *witness*);
  *A cast B after seeing her in a play. "Q," he said.*: A (before: B, titled *A cast*);
* *Documents seen by OUTLET refer to the plan only as "Codename".*: nothing (before: a quotation
  of *Documents*).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND53_READINGS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _marked, _quote  # (the marks and quotations of round 52)

#: (full name, subject pronoun, possessive) of people with listed first names.
PEOPLE = (
    ("Harriet Quenby", "she", "her"),
    ("Oliver Stanway", "he", "his"),
    ("Margaret Dunholm", "she", "her"),
    ("Samuel Tredwell", "he", "his"),
)
#: Texts that are read aloud, with the article they take.
TEXTS = (("a", "letter"), ("an", "email"), ("a", "memo"))
#: Works with a title.
WORKS = (("novel", "The Glass Ferry"), ("poem", "Harbour Lights"), ("memoir", "Salt Years"))
#: One-word company names and their trade nouns.
FIRMS = (("Quillmere", "company"), ("Brightvane", "firm"), ("Tallowick", "company"))
#: One-word stage names.
STAGE = ("Zephyrine", "Orsino", "Calloway")
#: Occupations of the open role list, with an occupation's ending.
OCCUPATIONS = ("cellist", "novelist", "pianist")


def read_texts() -> Iterator[Case]:
    """A text read aloud: its writer's words, nobody's when no writer is named, the reader's own
    diary the reader's."""
    for p, t, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        reader, writer = PEOPLE[p][0], PEOPLE[(p + 1) % 4][0]
        quote = _quote(c, m)
        article, noun = TEXTS[t]
        work, title = WORKS[t]
        shape = (p + t + c) % 5
        if shape == 0:
            marked = _marked(title, (m + 1) % 3)
            text = f"{reader} read a line from {writer}'s {work} {marked} at the launch: {quote}"
            expect, wrong = Expect(quote, "direct", writer), [(quote, reader)]
        elif shape == 1:
            text = f"{reader} read aloud from {article} {noun} {writer} had sent in 2021: {quote}"
            expect, wrong = Expect(quote, "direct", writer), [(quote, reader)]
        elif shape == 2:
            text = f"{reader} read a statement from {writer}: {quote}"
            expect, wrong = Expect(quote, "direct", writer), [(quote, reader)]
        elif shape == 3:
            text = f"{reader} read from {article} {noun}: {quote}"
            expect, wrong = Expect(quote, "direct", None), [(quote, reader)]
        else:
            own = PEOPLE[p][2]
            text = f"{reader} read from {own} diary: {quote}"
            expect, wrong = Expect(quote, "direct", reader), []
        yield Case("", str(shape), text, [expect], exact=False, wrong_speakers=wrong)


def document_writers() -> Iterator[Case]:
    """A text a clause or an aside gives a writer: the writer's words."""
    for p, t, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name, pronoun, _ = PEOPLE[p]
        other = PEOPLE[(p + 2) % 4][0]
        quote = _quote(c, m)
        article, noun = TEXTS[t]
        shape = (p + c) % 3
        if shape == 0:
            text = (
                f"{name} told the inquiry that {CLAUSES[t]}. {article.capitalize()} {noun} {pronoun} sent to "
                f"{other} a week later said: {quote}"
            )
        elif shape == 1:
            text = f"The {noun}, sent by {name} on the night of the storm, said: {quote}"
        else:
            text = f"The {noun} {name} had written to the council said: {quote}"
        wrong = [(quote, other)] if shape == 0 else []
        yield Case("", str(shape), text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=wrong)


def recordings() -> Iterator[Case]:
    """A recording of a person speaking: the person; an absolute phrase opening the sentence: no
    report of its own."""
    for p, r, c, m in itertools.product(range(4), range(3), range(3), range(3)):
        name = PEOPLE[p][0]
        quote = _quote(c, m, ",")
        shape = (p + r + c) % 4
        if shape == 0:
            text = (
                f"The advert ends with footage of {name} saying in the debate, {quote} as the crowd cheers."
            )
        elif shape == 1:
            text = f"Supporters shared a clip of {name} telling reporters, {_quote(c, m)}"
            quote = _quote(c, m)
        elif shape == 2:
            text = f"The spot concludes with a video of {name} saying, {quote} before the music swells."
        else:
            quote = _quote(c, m)
            text = f"With party elders worried about turnout, {name} is sending a blunter message: {quote}"
        wrong = [(quote, "spot"), (quote, "advert"), (quote, "Supporters")]
        yield Case("", str(shape), text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=wrong)


def lone_names() -> Iterator[Case]:
    """Names of one word: a company a later *the company* or *it* refers to (one that spoke, or whose
    shares trade), a stage name titled by an occupation before it."""
    for f, c, m, shape in itertools.product(range(3), range(3), range(3), range(5)):
        quote = _quote(c, m, ",")
        if shape == 0:
            firm, noun = FIRMS[f]
            text = f"{firm} confirmed the outage on Monday. {quote} the {noun} said."
            expect = [Expect(quote, "direct", firm)]
        elif shape == 1:
            firm = FIRMS[f][0]
            text = f"{firm} said on Tuesday that it had paused sales. It said {CLAUSES[c]}."
            expect = [Expect(CLAUSES[c], "indirect", firm)]
        elif shape == 2:
            firm, noun = FIRMS[f]
            text = f"Shares in {firm} fell {c + 4}% on Thursday. The {noun} said {CLAUSES[(c + m) % 3]}."
            expect = [Expect(CLAUSES[(c + m) % 3], "indirect", firm)]
        elif shape == 3:
            stage = STAGE[f]
            occupation = OCCUPATIONS[c]
            text = f"The {occupation} {stage} said: {_quote(c, m)}"
            expect = [Expect(_quote(c, m), "direct", stage, Contains((occupation,)))]
        else:
            stage = STAGE[f]
            occupation = OCCUPATIONS[(c + m) % 3]
            text = f"{occupation.capitalize()} {stage} said that {CLAUSES[c]}."
            expect = [Expect(f"that {CLAUSES[c]}", "indirect", stage, Contains((occupation,)))]
        yield Case("", str(shape), text, expect, exact=False)


def event_roles() -> Iterator[Case]:
    """*the witness* after the person who gave evidence; a pronoun after *A cast B*; a trade noun
    for a company named before."""
    for p, c, m, shape in itertools.product(range(4), range(3), range(3), range(3)):
        name, pronoun, _ = PEOPLE[p]
        other = PEOPLE[(p + 1) % 4][0]
        quote = _quote(c, m, ",")
        if shape == 0:
            text = (
                f"{name}, a senior engineer at Brenmoor Energy, gave evidence to the inquiry on Monday. "
                f"{quote} the witness said."
            )
            expect, wrong = [Expect(quote, "direct", name, Contains(("engineer", "Brenmoor Energy")))], []
        elif shape == 1:
            seen = ("him", "her")[p % 2 == 1]
            text = f"{name} cast {other} after seeing {seen} in a play. {quote} {pronoun} said."
            expect, wrong = [Expect(quote, "direct", name)], [(quote, other)]
        else:
            firm = ("Copperfield Games", "Nimbus Hosting", "Lantern Pixel Labs", "Harrow Cloud")[p]
            noun = ("games studio", "cloud provider", "photo-editing company", "cloud provider")[p]
            text = f"Shares in {firm} fell 6% on Wednesday. The {noun} said {CLAUSES[c]}."
            expect, wrong = [Expect(CLAUSES[c], "indirect", firm)], []
        yield Case("", str(shape), text, expect, exact=False, wrong_speakers=wrong)


def named_by_documents() -> Iterator[Case]:
    """Documents that call a plan by a code name: no quotation."""
    outlets = ("the Harbour Gazette", "the Westmoor Courier", "Capitol Ledger")
    codes = ("Bluefinch", "Copper Gate", "Grey Heron")
    for o, k, m, shape in itertools.product(range(3), range(3), range(3), range(3)):
        code = _marked(codes[k], m)
        subject = ("Documents", "Emails", "Internal memos")[shape]
        text = f"{subject} seen by {outlets[o]} refer to the plan only as {code}."
        yield Case("", str(shape), text, [], exact=True)


ROUND53_READINGS: tuple[Capability, ...] = (
    named(
        "speaker.read_texts",
        "3",
        "NAME read from OTHER's novel / an email OTHER had sent / a letter / her diary: 'Q'",
        read_texts,
    ),
    named(
        "speaker.document_writers",
        "3",
        "An email he sent to OTHER said; The email, sent by NAME on X, said; The letter NAME wrote said",
        document_writers,
    ),
    named(
        "speaker.recordings",
        "4",
        "footage of NAME saying; a clip of NAME telling; With X worried about Y, NAME ...: 'Q'",
        recordings,
    ),
    named(
        "speaker.lone_names",
        "4",
        "WORD confirmed ... the company said; Shares in WORD fell ...; The cellist WORD said",
        lone_names,
    ),
    named(
        "speaker.event_roles",
        "4",
        "NAME gave evidence ... the witness said; A cast B ... he said; the games studio said",
        event_roles,
    ),
    named(
        "control.named_by_documents",
        "8",
        "Documents seen by OUTLET refer to the plan as 'Code'",
        named_by_documents,
    ),
)
