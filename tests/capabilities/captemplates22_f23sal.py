"""Development capabilities added on branch ``f23sal`` in the twenty-third round: the gender
evidence that decides which of two persons a *he*/*she* after them refers to, when neither
given name is one the first-name lists know.

* An inalienable possessive in a *who* clause about a person (*A handed the cup to B, who
  lifted it above her head.*, *who shook his head*, *who had hurt her knee*): the clause's
  subject is B, and the possessive gives B's gender; the pronoun after picks B when it agrees,
  and A (whose gender nothing states) when it does not.
* A hyphenated given name whose elements are listed first names of one gender (*Marie-Claire*,
  *Karl-Heinz*, *Anne-Sophie*, *Hans-Peter*): that gender, so that the subject who bears it keeps
  the pronoun against a listed name of the same gender later in the sentence, and a pronoun
  of the other gender passes to the other person.

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND22_F23SAL` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Persons whose given names no first-name list of quotex holds (gender unknown to it).
UNLISTED = (
    "Margriet Oosterhuis",
    "Ngaio Rangihuna",
    "Wiremu Tamihana",
    "Sipho Dlamini",
    "Aigerim Bekova",
    "Nurlan Abenov",
    "Tjitske de Boer",
    "Oluwaseun Adebanjo",
    "Teuila Faleolo",
    "Rustam Nazarov",
    "Femke Wijnands",
    "Bongani Mthembu",
)
#: Clauses after *who* with {poss} the possessive: a kinship or body-part noun after it.
OWN_CLAUSES = (
    "lifted it above {poss} head",
    "shook {poss} head",
    "raised {poss} right hand",
    "had hurt {poss} knee in the first half",
    "was there with {poss} two daughters",
    "held it against {poss} chest",
    "wiped {poss} eyes",
    "had injured {poss} shoulder in training",
    "folded {poss} arms",
)
#: Sentences that name {a} and then {b} with a *who* clause {rel} about {b}.
SCENES = (
    "{a} handed the trophy to {b}, who {rel}.",
    "{a} gave the award to {b}, who {rel}, on Saturday.",
    "On Friday {a} presented the cheque to {b}, who {rel}.",
    "{a} sat next to {b}, who {rel}.",
    "{a} introduced {b}, who {rel}.",
    "The prize was handed over by {a} to {b}, who {rel}.",
)
#: Quotations (without closing punctuation) and the cue verbs after them.
QUOTES = (
    "It has been a long road for all of us",
    "Nobody expected us to get this far",
    "The volunteers deserve every bit of the credit",
    "We will be back next year, stronger",
    "I never thought I would see this day",
)
CUES = ("said", "says", "told reporters", "recalled", "explained")
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _quote_line(pro: str, cue: str, q: str, marks: tuple[str, str], lead: bool) -> tuple[str, str]:
    """(the sentence that quotes, the quotation as it will be matched): the quotation first and
    the pronoun and cue after it, or the pronoun and cue first with a colon."""
    op, cl = marks
    if lead:
        quote = f"{op}{q}.{cl}"
        return f"{pro.capitalize()} {cue}: {quote}", quote
    quote = f"{op}{q},{cl}"
    return f"{quote} {pro} {cue}.", quote


def inalienable_possessive() -> Iterator[Case]:
    """'A handed the cup to B, who lifted it above her head. "Q," she said.' -> B; with *he*
    -> A (B is a woman, A's gender is unknown)."""
    pairs = list(itertools.permutations(UNLISTED, 2))
    combos = itertools.product(pairs, SCENES, OWN_CLAUSES, ("f", "m"), (True, False), QUOTES, CUES, MARKS)
    for (a, b), scene, clause, gender, same, q, cue, marks in sample(combos, 360, "f23sal-own"):
        k = len(a) + len(b) + len(q) + len(cue)
        poss = "her" if gender == "f" else "his"
        pro = ("she" if gender == "f" else "he") if same else ("he" if gender == "f" else "she")
        lead = scene.format(a=a, b=b, rel=clause.format(poss=poss))
        line, quote = _quote_line(pro, cue, q, marks, k % 4 == 0)
        sep = "\n\n" if k % 3 == 0 else " "
        who, other = (b, a) if same else (a, b)
        yield Case(
            "",
            "own-same" if same else "own-other",
            f"{lead}{sep}{line}",
            [Expect(quote, "direct", who, title=None)],
            exact=False,
            wrong_speakers=[(quote, other)],
        )


#: Hyphenated given names of one gender ((name, gender)), and listed persons of each gender.
COMPOUNDS = (
    ("Marie-Claire Dufresne", "f"),
    ("Anne-Sophie Lemaire", "f"),
    ("Marie-Hélène Gagnon", "f"),
    ("Anne-Laure Perrin", "f"),
    ("Karl-Heinz Brandt", "m"),
    ("Hans-Peter Vogt", "m"),
    ("Pierre-Yves Le Goff", "m"),
    ("Marc-André Lavoie", "m"),
    ("Mary-Kate Brennan", "f"),
    ("Sarah-Jane Whitlock", "f"),
)
LISTED = {
    "f": ("Helen Carver", "Patricia Osei", "Laura Finnegan", "Deborah Kwan"),
    "m": ("Robert Ashdown", "Thomas Mwangi", "Gary Pollard", "Steven Ruiz"),
}
#: Sentences with {s} the subject and {o} a person named after the verb.
PAIR_SCENES = (
    "{s} rang {o} on Thursday to complain about the delays.",
    "{s} met {o} at the depot on Monday.",
    "{s} wrote to {o} last week.",
    "{s} thanked {o} at the end of the meeting.",
    "On Tuesday {s} challenged {o} over the figures.",
)


def compound_given_names() -> Iterator[Case]:
    """'Marie-Claire D. rang Helen C. to complain. "Q," she said.' -> the subject (both women,
    the subject's gender from her compound given name); 'Karl-Heinz B. thanked Helen C. ...
    "Q," he said.' -> Karl-Heinz B. (the only man), also with the man named second."""
    combos = itertools.product(COMPOUNDS, PAIR_SCENES, (0, 1, 2, 3), (0, 1), QUOTES, CUES, MARKS)
    for (c, g), scene, pick, other_gender, q, cue, marks in sample(combos, 300, "f23sal-compound"):
        k = len(c) + len(scene) + len(q)
        pro = "she" if g == "f" else "he"
        o = LISTED[g if not other_gender else ("m" if g == "f" else "f")][pick]
        first, second = (c, o) if not other_gender or k % 2 == 0 else (o, c)
        lead = scene.format(s=first, o=second)
        line, quote = _quote_line(pro, cue, q, marks, k % 4 == 1)
        sep = "\n\n" if k % 3 == 1 else " "
        yield Case(
            "",
            "compound-other" if other_gender else "compound-same",
            f"{lead}{sep}{line}",
            [Expect(quote, "direct", c, title=None)],
            exact=False,
            wrong_speakers=[(quote, o)],
        )


ROUND22_F23SAL: tuple[Capability, ...] = (
    named(
        "pronoun.inalienable_possessive",
        "4",
        'A handed the cup to B, who lifted it above her head. "Q," she said.: B (and A for *he*)',
        inalienable_possessive,
    ),
    named(
        "pronoun.compound_given_name",
        "4",
        'Marie-Claire D. rang Helen C. "Q," she said.: the subject (gender of a compound given name)',
        compound_given_names,
    ),
)
