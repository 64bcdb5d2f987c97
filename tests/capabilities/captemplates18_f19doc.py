"""Development capabilities added on branch ``f19doc`` in the nineteenth round: a document
credited to its issuer, again and again.

* ``BODY said in the 30-page NOUN that C1. / The NOUN found that C2. / According to the NOUN,
  C3.``: the subject of a verb of saying *in* a document issued it, and each later *the NOUN*
  is the same document, so BODY speaks all three.
* ``The OWNER's NOUN recommended approval. The NOUN states that C.``: the possessor (a name or
  an unnamed *the planning officer*) issued the document.
* ``NAME tabled a 40-page NOUN titled "T," which was prepared by BODY last year. / The NOUN
  found that C.``: the issuing participle after the title names the issuer.
* ``The NOUN states that C1. / It adds that C2.`` and ``The NOUN warns that C1, and it concedes
  that C2``: *it* takes up the document that spoke last (the next sentence with a verb of going
  on, or the document's own second conjunct), so its issuer speaks.
* ``C1, according to a leaked BODY memo. ... (paragraphs where *the memo* is talked about)
  ... The memo also warns that C2.``: a plain *the memo* far on is still BODY's.
* ``C1, according to a preliminary NOUN released on Thursday. / BODY said in the NOUN that
  C2.``: a lede's document is the one the next paragraph's subject said things in.
* ``C1, according to a NOUN the BODY released in May. / According to the WORD NOUN, C2.``: a
  word of the issuer's name before the noun names the same document.

Bodies, people and sentences of our own. ``captemplates.py`` adds :data:`ROUND18_F19DOC` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Bodies that issue documents (invented).
BODIES = (
    "Harbourside Transit Authority",
    "Northvale Water Board",
    "Kestrel Valley Health Trust",
    "Coastal Freight Review Panel",
    "Ardmore Schools Commission",
)
#: Document nouns a body issues.
NOUNS = ("report", "review", "memo", "study", "audit")
#: Reported clauses (no quotation marks).
CLAUSES = (
    "the pumps at the north station had failed twice in March",
    "the ferry timetable could not be kept without new crews",
    "most of the overnight patients could have waited until morning",
    "the old depot would need a new roof within five years",
    "the budget gap would widen to nine million pounds next year",
    "staff had not been told of the change until the night before",
)
#: Cues a document takes before *that*.
DOC_CUES = ("found", "concluded", "states", "warns", "notes")


def _three(seed: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(body, noun, c1, c2, c3) combinations, three different clauses."""
    combos = itertools.product(BODIES, NOUNS, itertools.permutations(CLAUSES, 3))
    for body, noun, (c1, c2, c3) in sample(combos, 90, seed):
        yield body, noun, c1, c2, c3


def said_in_then_definite() -> Iterator[Case]:
    """'BODY said in the 30-page NOUN that C1. / The NOUN found that C2. / According to the NOUN, C3.'."""
    for n, (body, noun, c1, c2, c3) in enumerate(_three("f19doc-said-in")):
        cue = DOC_CUES[n % len(DOC_CUES)]
        text = (
            f"The {body} said in the 30-page {noun} that {c1}.\n\n"
            f"The {noun} {cue} that {c2}.\n\nAccording to the {noun}, {c3}."
        )
        yield Case(
            "",
            "said in",
            text,
            [Expect(f"that {c2}", "indirect", body), Expect(c3, "indirect", body)],
            exact=False,
        )


#: Owners of a document: (the phrase as written, the speaker it names).
OWNERS = (
    ("The planning officer's", "planning officer"),
    ("The Northvale Water Board's", "Northvale Water Board"),
    ("The Harbourside Transit Authority's", "Harbourside Transit Authority"),
    ("The county surveyor's", "county surveyor"),
)


def possessive_issuer() -> Iterator[Case]:
    """ "The OWNER's NOUN recommended approval. The NOUN states that C." -> OWNER."""
    combos = itertools.product(OWNERS, NOUNS, CLAUSES, DOC_CUES)
    for (owner, speaker), noun, clause, cue in sample(combos, 80, "f19doc-possessive"):
        text = f"{owner} {noun} recommended approval on Monday. The {noun} {cue} that {clause}."
        yield Case("", "possessive", text, [Expect(f"that {clause}", "indirect", speaker)], exact=False)


#: People who table a document (no speakers of their own).
PEOPLE = ("Minister Odile Marchetti-Boyd", "Councillor Ewan Tregarthen", "Senator Priya Oduya-Lamb")


def prepared_by() -> Iterator[Case]:
    """'NAME tabled a NOUN titled "T," which was prepared by BODY. / The NOUN found that C.'."""
    combos = itertools.product(PEOPLE, BODIES, NOUNS, CLAUSES, ("prepared", "written", "compiled"))
    for person, body, noun, clause, verb in sample(combos, 80, "f19doc-prepared"):
        text = (
            f'{person} tabled a 40-page {noun} titled "Safer Harbours," which was {verb} by the {body} '
            f"last year.\n\nThe {noun} found that {clause}."
        )
        yield Case("", "prepared by", text, [Expect(f"that {clause}", "indirect", body)], exact=False)


def it_goes_on() -> Iterator[Case]:
    """'The NOUN states that C1. / It adds that C2.' and 'The NOUN warns that C1, and it concedes that C2'."""
    for n, (body, noun, c1, c2, _) in enumerate(_three("f19doc-it")):
        lead = f"The {body} published its {noun} on Monday. "
        if n % 2:
            text = f"{lead}The {noun} states that {c1}.\n\nIt adds that {c2}."
            where = "next sentence"
        else:
            text = f"{lead}The {noun} also warns that {c1}, and it concedes that {c2}."
            where = "conjunct"
        yield Case(
            "",
            where,
            text,
            [Expect(f"that {c1}", "indirect", body), Expect(f"that {c2}", "indirect", body)],
            exact=False,
        )


#: Sentences that talk of the memo without reporting it.
FILLERS = (
    "Opposition members called for the memo to be published in full.",
    "The minister said she had not read the memo before it was leaked.",
    "Union leaders met officials on Tuesday to discuss the pay offer.",
    "One backbencher said the memo had been written months ago.",
)


def long_chain() -> Iterator[Case]:
    """'C1, according to a leaked BODY memo. ... (five paragraphs) ... The memo also warns that C2.'."""
    combos = itertools.product(BODIES, itertools.permutations(CLAUSES, 2), range(3))
    for body, (c1, c2), shift in sample(combos, 60, "f19doc-chain"):
        fillers = "\n\n".join(FILLERS[shift:] + FILLERS[:shift])
        text = (
            f"Ministers plan to delay the pay rise, according to a leaked {body} memo.\n\n"
            f"The memo, seen by this newspaper, warns that {c1}.\n\n{fillers}\n\n"
            f"The memo also warns that {c2}."
        )
        yield Case("", "far", text, [Expect(f"that {c2}", "indirect", body)], exact=False)


def lede_issuer_next() -> Iterator[Case]:
    """'C1, according to a preliminary NOUN released on Thursday. / BODY said in the NOUN that C2.'."""
    combos = itertools.product(BODIES, ("report", "review", "audit"), itertools.permutations(CLAUSES, 2))
    for body, noun, (c1, c2) in sample(combos, 60, "f19doc-lede"):
        text = (
            f"LEEDS - {c1[0].upper()}{c1[1:]}, according to a preliminary {noun} released on Thursday.\n\n"
            f"The {body} said in the {noun} that {c2}."
        )
        yield Case("", "lede", text, [Expect(f"{c1[0].upper()}{c1[1:]}", "indirect", body)], exact=False)


def named_modifier_again() -> Iterator[Case]:
    """'C1, according to a NOUN the BODY released in May. / According to the WORD NOUN, C2.'."""
    combos = itertools.product(BODIES, NOUNS, itertools.permutations(CLAUSES, 2), ("the ", ""))
    for body, noun, (c1, c2), article in sample(combos, 60, "f19doc-modifier"):
        word = body.split()[-1].lower()
        text = (
            f"{c1[0].upper()}{c1[1:]}, according to a {noun} {article}{body} released in May.\n\n"
            f"According to the {word} {noun}, {c2}."
        )
        yield Case("", "name word", text, [Expect(c2, "indirect", body)], exact=False)


ROUND18_F19DOC: tuple[Capability, ...] = (
    named(
        "document.said_in_then_definite",
        "2",
        "BODY said in the 30-page NOUN that C1. The NOUN found that C2. According to the NOUN, C3: all BODY's"
        " (was: 'report', the document itself)",
        said_in_then_definite,
    ),
    named(
        "document.possessive_issuer",
        "2",
        "The OWNER's NOUN recommended approval. The NOUN states that C: the owner's (was: the document)",
        possessive_issuer,
    ),
    named(
        "document.prepared_by_after_title",
        "2",
        'a NOUN titled "T," which was prepared by BODY ... The NOUN found that C: BODY\'s (was: the'
        " document)",
        prepared_by,
    ),
    named(
        "document.it_goes_on",
        "2",
        "The NOUN states that C1. It adds that C2 / ..., and it concedes that C2: the document's issuer"
        " (was: another body named before, or nobody)",
        it_goes_on,
    ),
    named(
        "document.long_chain",
        "2",
        "according to a leaked BODY memo ... five paragraphs on, The memo also warns that C: BODY's (was:"
        " 'memo')",
        long_chain,
    ),
    named(
        "document.lede_issuer_next",
        "2",
        "C1, according to a preliminary NOUN released on Thursday. / BODY said in the NOUN that C2: C1 is"
        " BODY's (was: 'preliminary report')",
        lede_issuer_next,
    ),
    named(
        "document.named_modifier_again",
        "2",
        "C1, according to a NOUN the BODY released in May. / According to the WORD NOUN, C2: BODY's (was:"
        " 'WORD NOUN', the document)",
        named_modifier_again,
    ),
)
