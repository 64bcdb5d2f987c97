"""Development capabilities added on branch ``f23sal`` in the twenty-third round: the gender
evidence that decides which of two persons a *he*/*she* after them refers to, when neither
given name is one the first-name lists know.

* An inalienable possessive in a *who* clause about a person (*A handed the cup to B, who
  lifted it above her head.*, *who shook his head*, *who had hurt her knee*): the clause's
  subject is B, and the possessive gives B's gender; the pronoun after picks B when it agrees,
  and A (whose gender nothing states) when it does not.
* *chairman*, the common-gender *-man* office word, after a woman's name (*Mary Okafor,
  chairman of the board*) leaves her
  a woman, so *she* picks her as the person introduced last.
* A possessor inside the object (*A criticised B's plan.*) is no rival to the subject: *she*
  after it is never B's when A's gender is unknown.
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
#: (Round 44: given names the world name counts list, world_names.py, were replaced by unlisted
#: Bhutanese, Mongolian, Japanese and Tongan ones, so the cases still test a name of no gender.)
UNLISTED = (
    "Pema Oosterhuis",
    "Ngaio Rangihuna",
    "Wiremu Tamihana",
    "Ugyen Dlamini",
    "Aigerim Tulegen",
    "Altan Serik",
    "Tjitske de Boer",
    "Oluwaseun Adebanjo",
    "Teuila Faleolo",
    "Erdene Nazari",
    "Losa Wijnands",
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


#: Women with listed first names or a name word only women bear, and a second woman each.
WOMEN_LISTED = (
    "Helen Carver",
    "Patricia Osei",
    "Harpreet Kaur Gill",
    "Laura Finnegan",
    "Guðrún Sigurðardóttir",
    "Deborah Kwan",
    "Jana Dvořáková",
    "Maureen Adeyemi",
)
#: *chairman* titles (the common-gender *-man* office word) written after a name.
MAN_TITLES = (
    "chairman of the parish council",
    "the club's chairman",
    "chairman of the Lagos chamber of commerce",
    "chairman of the harbour board",
    "chairman of the school governors",
)
#: Sentences with {o} named first, then {p} with the title {t}: {p} is introduced last.
INTRODUCTIONS = (
    "The first to speak was {o}. Next came {p}, {t}.",
    "{o} opened the hearing on Monday. Then {p}, {t}, took the floor.",
    "After {o} had spoken, {p}, {t}, stood up.",
    "{o} was the first witness. The second was {p}, {t}.",
)


def man_titles_of_women() -> Iterator[Case]:
    """'A spoke first. Next came B, chairman of X. "Q," she said.' -> B, a woman by her first
    name: *chairman* is used of women too and does not make B a man."""
    pairs = list(itertools.permutations(WOMEN_LISTED, 2))
    combos = itertools.product(pairs, INTRODUCTIONS, MAN_TITLES, QUOTES, CUES, MARKS)
    for (p, o), scene, t, q, cue, marks in sample(combos, 300, "f23sal-mantitle"):
        k = len(p) + len(o) + len(q) + len(t)
        line, quote = _quote_line("she", cue, q, marks, k % 4 == 2)
        yield Case(
            "",
            "man-title",
            f"{scene.format(o=o, p=p, t=t)} {line}",
            [Expect(quote, "direct", p, title=t.removeprefix("the ").removeprefix("a "))],
            exact=False,
            wrong_speakers=[(quote, o)],
        )


#: Possessed objects and verbs that take them.
POSSESSED = (
    ("criticised", "plan"),
    ("rejected", "proposal"),
    ("praised", "report"),
    ("questioned", "figures"),
    ("welcomed", "budget"),
)


def possessor_no_rival() -> Iterator[Case]:
    """'A criticised B's plan. "Q," she said.' with A of unknown gender and B a listed woman:
    never B (a possessor inside the object is no candidate against the subject); A or no
    speaker."""
    combos = itertools.product(UNLISTED, WOMEN_LISTED, POSSESSED, QUOTES, CUES, MARKS, (True, False))
    for a, b, (verb, noun), q, cue, marks, brk in sample(combos, 240, "f23sal-possessor"):
        k = len(a) + len(b) + len(q)
        line, quote = _quote_line("she", cue, q, marks, k % 4 == 3)
        sep = "\n\n" if brk else " "
        poss = b + ("'" if b.endswith("s") else "'s")
        yield Case(
            "",
            "possessor",
            f"{a} {verb} {poss} {noun} at the meeting on Thursday.{sep}{line}",
            [],
            exact=False,
            wrong_speakers=[(quote, b)],
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
    named(
        "pronoun.man_title_of_woman",
        "4",
        'A spoke first. Next came B, chairman of X. "Q," she said.: B (a -man office word of a woman)',
        man_titles_of_women,
    ),
    named(
        "pronoun.possessor_no_rival",
        "4",
        "A criticised B's plan. \"Q,\" she said.: never B (A's gender unknown; A or no speaker)",
        possessor_no_rival,
    ),
)
