"""Development capabilities added on branch ``f16d`` in the sixteenth round: who speaks a
direct quotation when the nearest clause is not the sentence's first.

* A participle after a final adverbial clause set off by a comma (*..., when GROUP
  interrupted her speech, shouting "C"*) takes that clause's subject, not the sentence's.
* A verb coordinated after a fronted clause that holds a report (*When I asked M whether he
  would run, he smiled and said, "C"*) shares the subject of its own clause (*he* = M), never
  the asker's.
* A noun of saying heading the subject of a copula that ends on a colon (*W's verdict on the
  plan was short: "C"*) credits its possessor.
* A cleft sentence (*It was in Leith that W made her case, saying "C"*) gives its participle
  the focus clause's subject, never the dummy *it*.
* A contracted copula counts as the first clause's verb (*It's a long shot, but W was in
  Leith, saying "C"*): the clause after *but* speaks.
* A dateline whose region ends in a full stop the tokenizer splits off (*MADISON, Wisc. —*) is
  no subject: the participle is the person's after the dash.
* An East Asian name written family name first (*Li Qiang ... Li said*) takes no gender from its
  first word, which a census list may give a woman (*Li*, *Song*, *Ma*): a later *he* is his.
* A person who is the subject of the sentence before, over a *who* clause (*Zhang, who runs the
  port, was upbeat. He said ...*), is the centre for *he*/*she* though the name shows no gender.

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND15_F16D` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capdata import DOUBLE_MARKS
from capkit import Capability, Case, Expect, named, sample

#: Women and men whose first names the census lists give one gender.
WOMEN = ("Henrietta Vollmoeller", "Corinna Adebayo-Strand", "Lucinda Threlkeld", "Rosamund Okonkwo")
MEN = ("Bartholomew Achebe-Lund", "Crispin Velasquez", "Rupert Tregarthen", "Ambrose Kilbride")
#: Quotations (no final punctuation).
QUOTES = (
    "Keep the cannery open",
    "The tolls will ruin this town",
    "Nobody asked the fishermen",
    "We will be back next week",
)
#: Groups that interrupt: plural subjects of a final adverbial clause.
GROUPS = ("local farmers", "striking dockers", "the protesters", "angry tenants", "union members")
#: Final adverbial clauses with GROUP as subject, set off by a comma.
ADVERBIAL_CLAUSES = (
    "when GROUP interrupted her speech",
    "after GROUP stormed the stage",
    "when GROUP blocked the exits",
)
#: Sentence openings whose subject is no speaker ('The trouble began ...').
OPENINGS = (
    "The trouble began at the rally in Dunmore",
    "The first clash came at a school in Portree",
    "The evening turned sour in the town hall",
)


def final_adverbial_participle() -> Iterator[Case]:
    """'OPENING, when GROUP interrupted her speech, shouting "C"' -> GROUP, never the opening's
    subject."""
    combos = itertools.product(OPENINGS, ADVERBIAL_CLAUSES, GROUPS, range(len(QUOTES)), DOUBLE_MARKS)
    for opening, clause, group, k, marks in sample(combos, 90, "f16d-adverbial"):
        quote = marks.q(QUOTES[k] + "!")
        text = f"{opening}, {clause.replace('GROUP', group)}, shouting {quote}"
        head = opening.split()[1]  # ('trouble', 'first' ...: the opening's subject is no speaker)
        who = group.removeprefix("the ")
        expects = [Expect(quote, "direct", who)]
        yield Case("", clause.split()[0], text, expects, wrong_speakers=[(quote, head)])


#: Fronted clauses holding a report by the asker (ASKER, NAME, PRON).
FRONTED_ASKS = (
    "When ASKER asked NAME whether PRON would run",
    "Last month, when ASKER asked NAME if PRON would ever endorse the mayor",
    "When ASKER pressed NAME on whether PRON had signed the letter",
)
#: Coordinated predicates ending in a speech verb (PRON: the subject pronoun).
COORDINATED = (
    "PRON smiled and said,",
    "PRON looked straight into the camera, shrugged and said,",
    "PRON paused, laughed and replied,",
)


def coordinated_after_fronted_report() -> Iterator[Case]:
    """'When I/W asked M whether he would run, he smiled and said, "C"' -> M, never the asker (an
    asker of the other gender: two women would leave *she* ambiguous)."""
    people = [(m, "he") for m in MEN] + [(w, "she") for w in WOMEN]
    askers = ("I", "ASKW")
    combos = itertools.product(people, FRONTED_ASKS, COORDINATED, askers, range(len(QUOTES)), DOUBLE_MARKS)
    for (name, pron), ask, coord, asker, k, marks in sample(combos, 100, "f16d-coordinated"):
        other = WOMEN[0] if pron == "he" else MEN[0]  # (the other gender: *he*/*she* is unambiguous)
        who_asks = asker if asker == "I" else other
        quote = marks.q(QUOTES[k] + ".")
        fronted = ask.replace("ASKER", who_asks).replace("NAME", name).replace("PRON", pron)
        text = f"{fronted}, {coord.replace('PRON', pron)} {quote}"
        wrong = [(quote, who_asks)]
        expects = [Expect(quote, "direct", name)]
        yield Case("", "i" if asker == "I" else "named", text, expects, exact=False, wrong_speakers=wrong)


#: Copular clauses headed by a noun of saying (POSS: the possessor), ending on a colon.
SAYING_COPULAS = (
    "POSS verdict on the plan was short:",
    "POSS answer was simple:",
    "POSS response to the board was blunt:",
    "POSS reply was:",
)


def saying_noun_copula() -> Iterator[Case]:
    """ "W's verdict on the plan was short: "C"" and 'W chaired the meeting. Her answer was
    simple: "C"' -> W."""
    people = [(m, "His") for m in MEN] + [(w, "Her") for w in WOMEN]
    combos = itertools.product(people, SAYING_COPULAS, (True, False), range(len(QUOTES)), DOUBLE_MARKS)
    for (name, poss), frame, by_name, k, marks in sample(combos, 90, "f16d-saying-copula"):
        quote = marks.q(QUOTES[k] + ".")
        if by_name:
            text = f"The harbour board met on Monday. {frame.replace('POSS', name + chr(39) + 's')} {quote}"
        else:
            text = f"{name} chaired the harbour board on Monday. {frame.replace('POSS', poss)} {quote}"
        yield Case("", "name" if by_name else "pronoun", text, [Expect(quote, "direct", name)])


#: Cleft focus phrases ('It was FOCUS that NAME ...').
FOCUSES = ("in Leith", "at the ferry terminal", "during the second debate", "on Tuesday night")


def cleft_participle() -> Iterator[Case]:
    """'It was in Leith that W made her case, saying "C"' -> W, never a place or *it*."""
    people = [(m, "his") for m in MEN] + [(w, "her") for w in WOMEN]
    combos = itertools.product(people, FOCUSES, range(len(QUOTES)), DOUBLE_MARKS)
    for (name, poss), focus, k, marks in sample(combos, 80, "f16d-cleft"):
        quote = marks.q(QUOTES[k] + ".")
        text = f"The campaign moved north. It was {focus} that {name} made {poss} case, saying {quote}"
        yield Case("", "cleft", text, [Expect(quote, "direct", name)])


#: First clauses with a contracted copula, before *but*.
CONTRACTED_OPENINGS = ("It's a long shot", "That's a big if", "It's late in the race")


def contracted_clause_link() -> Iterator[Case]:
    """ "It's a long shot, but W was in Leith on Tuesday, saying "C"" -> W."""
    combos = itertools.product(WOMEN + MEN, CONTRACTED_OPENINGS, range(len(QUOTES)), DOUBLE_MARKS)
    for name, opening, k, marks in sample(combos, 60, "f16d-contracted"):
        quote = marks.q(QUOTES[k] + ".")
        text = f"{opening}, but {name} was in Leith on Tuesday night, saying {quote}"
        yield Case("", "contracted", text, [Expect(quote, "direct", name)])


#: Datelines whose region is written with a full stop.
DATELINES = ("MADISON, Wisc. —", "EAU CLAIRE, Wisc. —", "GREEN BAY, Wisc. —", "TULARE, Calif. —")


def dateline_region_stop() -> Iterator[Case]:
    """'Headline. / MADISON, Wisc. — W blamed the press, saying "C"' -> W, never the place."""
    combos = itertools.product(WOMEN + MEN, DATELINES, range(len(QUOTES)), DOUBLE_MARKS)
    for name, dateline, k, marks in sample(combos, 60, "f16d-dateline"):
        quote = marks.q(QUOTES[k] + ".")
        surname = name.split()[-1]
        headline = f"{surname} blames press for the row."
        text = f"{headline}\n\n{dateline} {name} blamed the press on Thursday, saying {quote}"
        place = dateline.split(",")[0]
        expects = [Expect(quote, "direct", name)]
        yield Case("", "dateline", text, expects, exact=False, wrong_speakers=[(quote, place)])


#: East Asian names written family name first: (full name, family name); the family names
#: are given names of women in the census lists.
FAMILY_FIRST = (("Li Qiang", "Li"), ("Song Min-ho", "Song"), ("Ma Ying-zhou", "Ma"), ("Lin Hao-wen", "Lin"))


def family_name_first() -> Iterator[Case]:
    """'W met Premier LI QIANG. Li praised the port. / "C," he said.' -> Li Qiang, never W."""
    combos = itertools.product(FAMILY_FIRST, WOMEN, range(len(QUOTES)), DOUBLE_MARKS)
    for (full, family), woman, k, marks in sample(combos, 64, "f16d-family-first"):
        quote = marks.q(QUOTES[k] + ",")
        text = f"{woman} met Premier {full} on Monday. {family} praised the port.\n\n{quote} he said."
        yield Case(
            "", "family", text, [Expect(quote, "direct", full)], exact=False, wrong_speakers=[(quote, woman)]
        )


#: Subjects of no listed gender, and their relative clauses.
UNGENDERED = (("Zhang Wenhui", "Zhang"), ("Oyelaran Adebisi", "Adebisi"), ("Nkemdirim Obi", "Obi"))
WHO_CLAUSES = (
    "who runs the port authority",
    "who chairs the ferry board",
    "who has led the union since 2019",
)


def who_clause_centre() -> Iterator[Case]:
    """'M met X. / X, who runs the port, was upbeat. He said C.' -> X (the centre), never M."""
    combos = itertools.product(UNGENDERED, WHO_CLAUSES, MEN, DOUBLE_MARKS)
    for (name, family), clause, man, marks in sample(combos, 60, "f16d-who-centre"):
        quote = marks.q("The berths will open in May.")
        text = f"{man} met {name} in Leith on Monday.\n\n{family}, {clause}, was upbeat. He said {quote}"
        yield Case(
            "", "who", text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=[(quote, man)]
        )


ROUND15_F16D: tuple[Capability, ...] = (
    named(
        "participle.final_adverbial_clause",
        "2",
        'OPENING, when GROUP interrupted her speech, shouting "C": GROUP, never the opening\'s subject',
        final_adverbial_participle,
    ),
    named(
        "pronoun.coordinated_after_fronted_report",
        "2",
        'When I/W asked M whether he would run, he smiled and said, "C": M, never the asker',
        coordinated_after_fronted_report,
    ),
    named(
        "colon.saying_noun_copula",
        "2",
        'W\'s verdict on the plan was short: "C" / Her answer was simple: "C": W',
        saying_noun_copula,
    ),
    named(
        "participle.cleft_focus",
        "2",
        'It was in Leith that W made her case, saying "C": W',
        cleft_participle,
    ),
    named(
        "participle.contracted_first_clause",
        "2",
        'It\'s a long shot, but W was in Leith on Tuesday night, saying "C": W',
        contracted_clause_link,
    ),
    named(
        "dateline.region_full_stop",
        "2",
        'Headline. / MADISON, Wisc. — W blamed the press, saying "C": W, never the place',
        dateline_region_stop,
    ),
    named(
        "names.family_name_first",
        "2",
        'W met Premier Li Qiang. Li praised the port. / "C," he said.: Li Qiang, never W',
        family_name_first,
    ),
    named(
        "pronoun.centre_over_who_clause",
        "2",
        'M met X. / X, who runs the port, was upbeat. He said "C": X, never M',
        who_clause_centre,
    ),
)
