"""Development capabilities of helper spk9's round (issue 11, speakers a fact-checker can
trust): one generator per mechanism, with people, bodies and sentences of their own (none from
the held-out files or a corpus).

Each capability is a generator of :class:`~capkit.Case` objects; ``captemplates.py`` adds
:data:`ROUND8_SPK9` to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS, Person
from capkit import Capability, Case, Expect, named, sample


def _p(full: str, surname: str, gender: str, shape: str) -> Person:
    return Person(full, surname, gender, shape)


#: People of this file: plain names, a role-word surname, a hyphenated one, particles.
PEOPLE8 = (
    _p("Marisol Quenby", "Quenby", "f", "plain"),
    _p("Tobias Harrowell", "Harrowell", "m", "plain"),
    _p("Annika Vestergaard", "Vestergaard", "f", "non-Anglo"),
    _p("Kwame Asante-Boateng", "Asante-Boateng", "m", "hyphenated"),
    _p("Rosalind Dean", "Dean", "f", "role surname"),
    _p("Emeric van der Poel", "van der Poel", "m", "particles"),
    _p("Fenella Cruikshank", "Cruikshank", "f", "plain"),
    _p("Ignatius Mbeki", "Mbeki", "m", "non-Anglo"),
)

#: Clauses reported in this file (our own).
CLAUSES8 = (
    "the night ferry would be cut in January",
    "the toll bridge would close for repairs",
    "the harbour fund had run dry",
    "the new pier would open before the summer",
)

#: Titles written before a name: (title words, the title quotex should print).
TITLES8 = (("", None), ("Mayor ", "Mayor"), ("Councillor ", "Councillor"), ("Sen. ", "Sen."))


# -- a date before a name ---------------------------------------------------------------------

#: Dates with no comma before the subject.
DATES8 = ("On Sunday", "On Friday", "Late on Tuesday", "On Monday night", "In March", "Since January")


def date_before_name() -> Iterator[Case]:
    """`On Sunday NAME said C.` / `In March TITLE NAME said C.`: a day or month after *on*,
    *in* or *since* is a date, never the first word of the name after it; the subject after a
    date with no comma is the source."""
    combos = itertools.product(PEOPLE8, DATES8, TITLES8, range(len(CLAUSES8)))
    for p, date, (title, printed), k in sample(combos, 240, "spk9-date"):
        clause = CLAUSES8[k]
        month = date.split()[-1] in ("March", "January")
        if month and not title and " " not in p.full.replace(" van der ", "_"):
            continue  # (a month before one word may be a given name: 'in August Wilson's plays')
        text = f"{date} {title}{p.full} said {clause}."
        yield Case("", "spk9-date", text, [Expect(clause, "indirect", p.full, printed, "person")])
    for date, k in sample(itertools.product(DATES8, range(len(CLAUSES8))), 24, "spk9-date-nominal"):
        clause = CLAUSES8[k]
        text = f"{date} the harbour master said {clause}."
        yield Case("", "spk9-date-nominal", text, [Expect(clause, "indirect", "harbour master")])


# -- a body named for the people in it -------------------------------------------------------

#: Bodies named with a plural role noun before their body noun.
GUILDS8 = ("the Writers Guild", "the Nurses Union", "the Teachers Association", "the Dockers Union")


def plural_role_body() -> Iterator[Case]:
    """`"C," said the Writers Guild.` / `the Nurses Union said C`: a plural role noun before a
    body noun is part of the body's name, never a title of one person."""
    for body, k, m in sample(
        itertools.product(GUILDS8, range(len(CLAUSES8)), DOUBLE_MARKS), 48, "spk9-guild"
    ):
        name = body.removeprefix("the ")
        clause = CLAUSES8[k]
        quote = m.q("We will not accept this offer,")
        yield Case("", "spk9-guild-after", f"{quote} said {body}.", [Expect(quote, "direct", name, None)])
        text = f"{body[:1].upper()}{body[1:]} said {clause}."
        yield Case("", "spk9-guild-before", text, [Expect(clause, "indirect", name, None)])


# -- with NAME, ASIDE, now saying -----------------------------------------------------------

#: Short asides after a name: a party and state, an age, an apposition.
ASIDES8 = (", R-S.C.,", ", D-Ore.,", ", 54,", ", a senator,", ", the party's whip,")
#: Adverbs before the participle.
ADVERBS8 = ("now ", "already ", "")


def absolute_with_aside() -> Iterator[Case]:
    """`The party is split, with NAME, R-S.C., now saying C.`: the phrase after *with* speaks
    across a short aside and an adverb, not the subject of the main clause."""
    combos = itertools.product(PEOPLE8, ASIDES8, ADVERBS8, TITLES8, range(len(CLAUSES8)))
    for p, aside, adv, (title, _), k in sample(combos, 200, "spk9-absolute"):
        clause = CLAUSES8[k]
        text = f"The council is split on the budget, with {title}{p.full}{aside} {adv}saying {clause}."
        yield Case(
            "",
            "spk9-absolute",
            text,
            [Expect(clause, "indirect", p.full)],
            exact=False,
            wrong_speakers=[(clause, "council")],
        )


# -- a document and its issuer --------------------------------------------------------------

#: Bodies of this file.
BODIES8 = ("Brackwater Ferries", "the Elmsdale Port Authority", "Tollcross Dairies")
#: Sentences that link a document to the subject who issued it: {n} the issuer, {d} the noun.
ISSUED8 = (
    "{n} wrote to residents on Friday.",
    "{n} sent a {d} to every household.",
    "{n} put out a short {d} on Monday.",
    "{n} said in a {d} that talks had stalled.",
    "In a {d} to staff, {n} said talks had stalled.",
)
#: Sentences that name someone with no link to any document.
UNLINKED8 = (
    "{n} came home late on Friday.",
    "{n} received a {d} on Monday.",
    "{n} was at the harbour all week.",
    "Reporters found a {d} in {n}'s office.",
)
#: Document nouns and the reading cues after them.
DOCUMENTS8 = (("letter", "said"), ("statement", "added"), ("notice", "warned"), ("memo", "said"))


def document_link() -> Iterator[Case]:
    """`NAME wrote to residents. The letter said C.` credits NAME; `NAME came home late. The
    letter said C.` does not: a document speaks for its issuer only when the text links them
    (the subject of *wrote*, *sent*, *issued*, a document introduced as a verb's object, or
    *said in a statement*), never for someone merely named before it."""
    names = [p.full for p in PEOPLE8] + list(BODIES8)
    combos = itertools.product(names, ISSUED8, DOCUMENTS8, range(len(CLAUSES8)))
    for n, frame, (noun, cue), k in sample(combos, 200, "spk9-document-linked"):
        clause = CLAUSES8[k]
        lead = frame.format(n=n, d=noun)
        lead = lead[:1].upper() + lead[1:]
        if "{d}" not in frame and noun != "letter":
            continue  # ('wrote to residents' issues a letter, no statement or notice)
        text = f"{lead} The {noun} {cue} {clause}."
        yield Case(
            "",
            "spk9-document-linked",
            text,
            [Expect(clause, "indirect", n.removeprefix("the "))],
            exact=False,
        )
    combos = itertools.product(names, UNLINKED8, DOCUMENTS8, range(len(CLAUSES8)))
    for n, frame, (noun, cue), k in sample(combos, 160, "spk9-document-unlinked"):
        clause = CLAUSES8[k]
        lead = frame.format(n=n, d=noun)
        text = f"{lead[:1].upper()}{lead[1:]} The {noun} {cue} {clause}."
        yield Case(
            "",
            "spk9-document-unlinked",
            text,
            [Expect(clause, "indirect", noun)],
            exact=False,
            wrong_speakers=[(clause, n.removeprefix("the "))],
        )


# -- a post in a body, through 'its' ---------------------------------------------------------

#: Unnamed and named bodies, with a sentence they are the subject of.
BODY_LEADS8 = (
    ("The nurses union", "nurses union"),
    ("The ferry company", "ferry company"),
    ("Brackwater Ferries", "Brackwater Ferries"),
    ("Tollcross Dairies", "Tollcross Dairies"),
)
#: Posts in a body.
POSTS8 = ("leader", "chief executive", "president", "general secretary")


def its_post() -> Iterator[Case]:
    """`The union rejected the offer. Its leader said C.`: the post belongs to the body that was
    the subject of the sentence before; the speaker is described with the body ("nurses
    union's leader"), never as the bare "Its leader" nor as the body itself."""
    for (lead, body), post, k in sample(
        itertools.product(BODY_LEADS8, POSTS8, range(len(CLAUSES8))), 64, "spk9-its"
    ):
        clause = CLAUSES8[k]
        mark = "'" if body.endswith("s") else "'s"
        text = f"{lead} rejected the offer on Monday. Its {post} said {clause}."
        yield Case("", "spk9-its", text, [Expect(clause, "indirect", f"{body}{mark} {post}")], exact=False)


# -- words that open a sentence before a name -----------------------------------------------

#: Sentence adverbs formed on an adjective or participle.
OPENERS8 = ("Interestingly", "Fortunately", "Reportedly", "Ironically", "Curiously")


def sentence_opener() -> Iterator[Case]:
    """`Interestingly NAME, a ROLE, said C.` / `Like NAME, she said C.` / `(See NAME's notes
    below.) "C," NAME said.`: a sentence adverb, *like* or an imperative opening the sentence is
    no part of the name after it."""
    for p, adv, k in sample(
        itertools.product(PEOPLE8, OPENERS8, range(len(CLAUSES8))), 80, "spk9-opener-adv"
    ):
        clause = CLAUSES8[k]
        text = f"{adv} {p.full}, a harbour pilot, said {clause}."
        yield Case("", "spk9-opener-adv", text, [Expect(clause, "indirect", p.full)])
    for p, k in sample(itertools.product(PEOPLE8, range(len(CLAUSES8))), 32, "spk9-opener-like"):
        clause = CLAUSES8[k]
        text = f"{p.full} sat on the ferry board. Like {p.surname}, the mayor said {clause}."
        yield Case("", "spk9-opener-like", text, [Expect(clause, "indirect", "mayor")], exact=False)
    for p, m in sample(itertools.product(PEOPLE8, DOUBLE_MARKS), 16, "spk9-opener-see"):
        quote = m.q("We will sail on Monday,")
        text = f"{p.full} spoke at the pier. (See {p.surname}'s notes below.)\n\n{quote} {p.surname} said."
        yield Case("", "spk9-opener-see", text, [Expect(quote, "direct", p.full)], exact=False)


# -- the interviewee of a Q/A transcript ------------------------------------------------------

#: Answers of an interview (our own).
ANSWERS8 = ("We kept the ferry running all winter.", "The islanders deserve a fixed link.")


def interviewee_subject() -> Iterator[Case]:
    """`NAME wrote a book about X. She sat down with us. She touched on the race and OTHER.` then
    `Q:`/`A:` turns: the answers are the interviewee's, the introduction's subject, not the
    person it mentions last."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE8, 2)]
    for (a, b), (ql, al) in sample(
        itertools.product(pairs, (("Q", "A"), ("Question", "Answer"))), 60, "spk9-qa"
    ):
        pron = "She" if a.gender == "f" else "He"
        intro = (
            f"{a.full} wrote a book about the island ferries. {pron} sat down with us this week to talk "
            f"about the winter. {pron} touched briefly on the council race and {b.full}."
        )
        turns = f"{ql}: Why the ferries?\n\n{al}: {ANSWERS8[0]}\n\n{ql}: And now?\n\n{al}: {ANSWERS8[1]}"
        text = f"{intro}\n\n{turns}"
        yield Case("", "spk9-qa", text, [Expect(x, "direct", a.full) for x in ANSWERS8], exact=False)


ROUND8_SPK9: tuple[Capability, ...] = (
    named(
        "names.date_before_name", "6", "On Sunday NAME said C / In March TITLE NAME said C", date_before_name
    ),
    named(
        "names.plural_role_body",
        "6",
        '"C," said the Writers Guild / the Nurses Union said C',
        plural_role_body,
    ),
    named(
        "speaker.absolute_with_aside",
        "-",
        "..., with NAME, R-S.C., now saying C (the phrase after with speaks)",
        absolute_with_aside,
    ),
    named(
        "source.document_link",
        "5",
        "NAME wrote ... The letter said C (linked) / NAME came home ... The letter said C (not NAME's)",
        document_link,
    ),
    named(
        "names.sentence_opener",
        "6",
        "Interestingly NAME, ... said C / Like NAME, ... / (See NAME's ...)",
        sentence_opener,
    ),
    named(
        "structure.interviewee_subject",
        "3",
        "intro: NAME ... She touched on X and OTHER. Q: / A:",
        interviewee_subject,
    ),
    named("speaker.its_post", "4", "The union rejected X. Its leader said C (the union's leader)", its_post),
)

__all__ = ["ROUND8_SPK9"]
