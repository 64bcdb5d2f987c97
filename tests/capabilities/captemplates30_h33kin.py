"""Development capabilities added on branch ``h33kin`` in the thirty-first round: kinship and
other relations between two people.

Feature copy introduces relatives together (*A and her son, B, run the bakery*, *A runs the
forge with his daughter, B*, *B, A's wife, keeps the books*, *A's brother, B, drives the van*)
and later names one of them by the relation alone:

* a possessed kin noun: *"Q," her son said.* -> B (the person introduced as that relative), and
  the inverse, *His mother said C.* after B spoke -> A (son <-> mother, wife <-> husband, ...);
* *the KIN*: *"Q," the father said.* -> the one person the text made a father;
* *the elder/younger SURNAME*: the parent is the elder, the child the younger; an *older
  brother* is the elder; unknown when the relation has no direction (then nobody);
* a pronoun that agrees with one of the two only (the kin word gives the relative's gender,
  the possessive pronoun of the introduction the other's): *"Q," he said.* -> A.

Guards: a kin noun with no relative named stays a description (never A); two sons introduced
-> never one of them for *her son*; *the son of a fisherman* is no relation between two people;
religious forms of address (*Father NAME*, *Sister NAME*) are titles, unchanged; two people of
one family name with no relation stated -> nobody for *the elder SURNAME*.

People, trades and sentences of our own. ``captemplates.py`` adds :data:`ROUND30_H33KIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Families of several cultures: (family name, man, woman, boy, girl).
FAMILIES = (
    ("Kowalczyk", "Tadeusz", "Marta", "Piotr", "Zofia"),
    ("Okafor", "Emeka", "Ngozi", "Chidi", "Adaeze"),
    ("Duarte", "Tomas", "Ines", "Rafael", "Beatriz"),
    ("Haddad", "Karim", "Leila", "Omar", "Nadia"),
    ("Lindqvist", "Anders", "Ingrid", "Erik", "Astrid"),
    ("Nair", "Suresh", "Lakshmi", "Arjun", "Priya"),
    ("Murphy", "Declan", "Siobhan", "Liam", "Aoife"),
    ("Tanaka", "Hiroshi", "Keiko", "Kenji", "Yumi"),
)
#: Relations: (kin word of B, B's sex, kin word of A, A's sex, A older?) - True, False or None.
PAIRS = (
    ("son", "m", "mother", "f", True),
    ("daughter", "f", "father", "m", True),
    ("son", "m", "father", "m", True),
    ("daughter", "f", "mother", "f", True),
    ("wife", "f", "husband", "m", None),
    ("husband", "m", "wife", "f", None),
    ("brother", "m", "sister", "f", None),
    ("sister", "f", "brother", "m", None),
    ("grandson", "m", "grandmother", "f", True),
    ("niece", "f", "uncle", "m", True),
)
#: Trades of the family business.
TRADES = ("the bakery", "the clock shop", "the olive farm", "the ferry", "the print works", "the forge")
#: Quotations (no final mark).
QUOTES = (
    "We start before dawn every day",
    "The rent has doubled since spring",
    "Nobody else in town does this work",
    "We will not sell to the developers",
)
#: Indirect contents.
CONTENTS = ("the rent had doubled", "business was slow this winter", "the family would not sell")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _pos(sex: str) -> str:
    return "her" if sex == "f" else "his"


def _subj(sex: str) -> str:
    return "she" if sex == "f" else "he"


def _names(
    fam: tuple[str, str, str, str, str], pair: tuple[str, str, str, str, bool | None]
) -> tuple[str, str]:
    """(A's given name, B's given name) of *fam* for *pair*: sexes from the pair."""
    _, man, woman, boy, girl = fam
    _, b_sex, _, a_sex, older = pair
    if older:
        return (woman if a_sex == "f" else man), (girl if b_sex == "f" else boy)
    if a_sex == b_sex:
        return man if a_sex == "m" else woman, boy if a_sex == "m" else girl
    return (woman if a_sex == "f" else man), (girl if b_sex == "f" else boy)


def _intro(shape: str, a: str, b: str, b_kin: str, a_sex: str, *, trade: str) -> str:
    """An introduction of A and B, B being A's *b_kin*."""
    if shape == "and":
        return f"{a} and {_pos(a_sex)} {b_kin}, {b}, run {trade}."
    if shape == "with":
        return f"{a} runs {trade} with {_pos(a_sex)} {b_kin}, {b}."
    if shape == "apposed":
        return f"{b}, {a}'s {b_kin}, runs {trade}."
    return f"{a}'s {b_kin}, {b}, runs {trade}."


SHAPES = ("and", "with", "apposed", "fronted")


def _said(subject: str, q: str, mark: tuple[str, str], position: str) -> tuple[str, str, str]:
    """(sentence, content, kind) of *subject* saying *q* in *position*."""
    op, cl = mark
    if position == "after":
        return f"{op}{q},{cl} {subject} said.", f"{op}{q},{cl}", "direct"
    if position == "before":
        head = subject[0].upper() + subject[1:]
        return f"{head} said, {op}{q}.{cl}", f"{op}{q}.{cl}", "direct"
    content = CONTENTS[len(q) % len(CONTENTS)]
    head = subject[0].upper() + subject[1:]
    return f"{head} said {content}.", content, "indirect"


POSITIONS = ("after", "before", "indirect")


def possessed_kin() -> Iterator[Case]:
    """'A and her son, B, run X. "Q," her son said.' -> B (B with or without the family name)."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES, (True, False), TRADES[:3], QUOTES, MARKS, POSITIONS)
    for fam, pair, shape, full, trade, q, mark, pos in sample(combos, 260, "h33-possessed"):
        b_kin, _, _, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", (f"{gb} {fam[0]}" if full else gb)
        if shape in ("apposed", "fronted") and not full:
            continue
        possessor = _pos(a_sex) if shape in ("and", "with") else f"{a}'s"
        said, content, kind = _said(f"{possessor} {b_kin}", q, mark, pos)
        text = f"{_intro(shape, a, b, b_kin, a_sex, trade=trade)} {said}"
        accepted = (b, f"{gb} {fam[0]}")
        yield Case(
            "", f"possessed-{shape}", text, [Expect(content, kind, accepted)], wrong_speakers=[(content, a)]
        )


def inverse_kin() -> Iterator[Case]:
    """'A runs X with her son, B. "Q1," B said. His mother said C.' -> A."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES[:2], QUOTES, MARKS, POSITIONS)
    for fam, pair, shape, q, mark, pos in sample(combos, 200, "h33-inverse"):
        b_kin, b_sex, a_kin, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        op, cl = mark
        first = f"{op}Come in, we are open,{cl} {gb} said."
        said, content, kind = _said(f"{_pos(b_sex)} {a_kin}", q, mark, pos)
        text = f"{_intro(shape, a, b, b_kin, a_sex, trade='the bakery')} {first} {said}"
        yield Case(
            "",
            f"inverse-{a_kin}",
            text,
            [Expect(content, kind, a)],
            exact=False,
            wrong_speakers=[(content, b)],
        )


def the_kin() -> Iterator[Case]:
    """'A runs X with his daughter, B. "Q," the father said.' -> A; '... the daughter said' -> B."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES[:2], ("relative", "inverse"), QUOTES, MARKS)
    for fam, pair, shape, which, q, (op, cl) in sample(combos, 200, "h33-the"):
        b_kin, _, a_kin, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        noun, want, other = (b_kin, b, a) if which == "relative" else (a_kin, a, b)
        text = f"{_intro(shape, a, b, b_kin, a_sex, trade='the forge')} {op}{q},{cl} the {noun} said."
        yield Case(
            "", f"the-{which}", text, [Expect(f"{op}{q},{cl}", "direct", want)], wrong_speakers=[(q, other)]
        )


def elder_younger() -> Iterator[Case]:
    """'A and her son, B SURNAME, ... "Q," the elder SURNAME said.' -> A (the younger -> B);
    siblings with no age stated -> nobody; an *older brother* is the elder."""
    aged = [p for p in PAIRS if p[4]]
    combos = itertools.product(FAMILIES, aged, SHAPES[:2], ("elder", "older", "younger"), QUOTES, MARKS)
    for fam, pair, shape, adj, q, (op, cl) in sample(combos, 160, "h33-elder"):
        b_kin, _, _, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        want, other = (b, a) if adj == "younger" else (a, b)
        intro = _intro(shape, a, b, b_kin, a_sex, trade="the print works")
        text = f"{intro} {op}{q},{cl} the {adj} {fam[0]} said."
        yield Case(
            "", f"elder-{adj}", text, [Expect(f"{op}{q},{cl}", "direct", want)], wrong_speakers=[(q, other)]
        )
    sib = itertools.product(FAMILIES, ("older", "younger"), ("elder", "younger"), QUOTES[:2], MARKS)
    for fam, stated, adj, q, (op, cl) in sample(sib, 60, "h33-sib"):
        a, b = f"{fam[1]} {fam[0]}", f"{fam[3]} {fam[0]}"
        text = f"{a} runs the ferry with his {stated} brother, {b}. {op}{q},{cl} the {adj} {fam[0]} said."
        b_elder = stated == "older"
        want = b if b_elder == (adj == "elder") else a
        other = a if want == b else b
        yield Case(
            "",
            f"sibling-{stated}",
            text,
            [Expect(f"{op}{q},{cl}", "direct", want)],
            wrong_speakers=[(q, other)],
        )


def pronoun_after_intro() -> Iterator[Case]:
    """'Jun Sato runs X with his daughter, Emi. "Q," he said.' -> the one the pronoun agrees
    with (the possessive pronoun of the introduction tells A's sex, the kin word B's)."""
    unisex = ("Yuki", "Tenzin", "Kiran", "Noor", "Ren", "Akira")
    cross = [p for p in PAIRS if p[1] != p[3]]
    combos = itertools.product(unisex, FAMILIES, cross, SHAPES[:2], QUOTES, MARKS, ("a", "b"))
    for ga, fam, pair, shape, q, (op, cl), who in sample(combos, 160, "h33-pronoun"):
        b_kin, b_sex, _, a_sex, _ = pair
        _, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", gb
        sex, want, other = (a_sex, a, b) if who == "a" else (b_sex, (b, f"{b} {fam[0]}"), a)
        text = f"{_intro(shape, a, b, b_kin, a_sex, trade='the clock shop')} {op}{q},{cl} {_subj(sex)} said."
        yield Case(
            "",
            f"pronoun-{who}",
            text,
            [Expect(f"{op}{q},{cl}", "direct", want)],
            wrong_speakers=[(q, other if isinstance(other, str) else other[0])],
        )


def nominal_then_pronoun() -> Iterator[Case]:
    """'A runs X with his daughter, B. His daughter disagreed. "Q," she said.' -> B."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES[:2], QUOTES, MARKS)
    for fam, pair, shape, q, (op, cl) in sample(combos, 100, "h33-nomprn"):
        b_kin, b_sex, _, a_sex, _ = pair
        if b_sex == a_sex:
            continue  # ('her daughter ... she': either of two women)
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", gb
        head = _pos(a_sex).capitalize()
        text = (
            f"{_intro(shape, a, b, b_kin, a_sex, trade='the olive farm')} {head} {b_kin} disagreed. "
            f"{op}{q},{cl} {_subj(b_sex)} said."
        )
        yield Case("", "nominal-pronoun", text, [Expect(f"{op}{q},{cl}", "direct", (b, f"{b} {fam[0]}"))])


def guard_unnamed() -> Iterator[Case]:
    """A kin noun whose relative was never named: a description ("Marta Kowalczyk's son", or
    'his son' as written), never A."""
    combos = itertools.product(FAMILIES, PAIRS, QUOTES, MARKS)
    for fam, pair, q, (op, cl) in sample(combos, 80, "h33-unnamed"):
        b_kin, _, _, a_sex, _ = pair
        a = f"{fam[2] if a_sex == 'f' else fam[1]} {fam[0]}"
        text = f"{a} runs the bakery on Mill Street. {op}{q},{cl} {_pos(a_sex)} {b_kin} said."
        yield Case(
            "",
            "unnamed",
            text,
            [Expect(f"{op}{q},{cl}", "direct", (f"{a}'s {b_kin}", f"{_pos(a_sex)} {b_kin}"))],
            wrong_speakers=[(q, a)],
        )


def guard_two() -> Iterator[Case]:
    """Two relatives of one kind: 'her son' / 'the younger SURNAME' names neither."""
    combos = itertools.product(
        FAMILIES, ("and", "with"), ("her son", "the son", "the younger"), QUOTES, MARKS
    )
    for fam, shape, ref, q, (op, cl) in sample(combos, 60, "h33-two"):
        a, b, c = f"{fam[2]} {fam[0]}", f"{fam[3]} {fam[0]}", f"{fam[1]} {fam[0]}"
        intro = (
            f"{a} and her sons, {b} and {c}, run the ferry."
            if shape == "and"
            else f"{a} runs the ferry with her sons, {b} and {c}."
        )
        subject = f"the younger {fam[0]}" if ref == "the younger" else ref
        text = f"{intro} {op}{q},{cl} {subject} said."
        yield Case("", f"two-{shape}", text, [], exact=False, wrong_speakers=[(q, b), (q, c)])


def guard_son_of() -> Iterator[Case]:
    """'B, the son of a fisherman, runs X. "Q," her father said.' -> never B; 'SURNAME said' -> B."""
    combos = itertools.product(FAMILIES, ("son", "daughter"), QUOTES, MARKS, ("name", "kin"))
    for fam, kin, q, (op, cl), ref in sample(combos, 60, "h33-sonof"):
        b = f"{fam[3] if kin == 'son' else fam[4]} {fam[0]}"
        text = f"{b}, the {kin} of a fisherman, runs the forge. "
        if ref == "name":
            text += f"{op}{q},{cl} {fam[0]} said."
            yield Case("", "son-of-name", text, [Expect(f"{op}{q},{cl}", "direct", b)])
        else:
            text += f"{op}{q},{cl} {'his' if kin == 'son' else 'her'} father said."
            yield Case("", "son-of-kin", text, [], exact=False, wrong_speakers=[(q, b)])


def guard_religious() -> Iterator[Case]:
    """'Father NAME' / 'Sister NAME' are forms of address: 'Father SURNAME said' -> NAME."""
    combos = itertools.product(FAMILIES, ("Father", "Sister", "Brother", "Mother"), QUOTES, MARKS)
    for fam, form, q, (op, cl) in sample(combos, 60, "h33-relig"):
        given = fam[2] if form in ("Sister", "Mother") else fam[1]
        who = f"{given} {fam[0]}"
        text = f"{form} {who} runs the shelter by the station. {op}{q},{cl} {form} {fam[0]} said."
        yield Case("", f"religious-{form}", text, [Expect(f"{op}{q},{cl}", "direct", who)])


def guard_unrelated() -> Iterator[Case]:
    """Two bearers of one family name, no relation stated: 'the elder SURNAME' names nobody;
    a name still names its bearer."""
    combos = itertools.product(FAMILIES, ("elder", "younger", "name"), QUOTES, MARKS)
    for fam, ref, q, (op, cl) in combos:
        a, b = f"{fam[2]} {fam[0]}", f"{fam[3]} {fam[0]}"
        intro = f"{a} runs the bakery. {b} drives the delivery van."
        if ref == "name":
            text = f"{intro} {op}{q},{cl} {fam[3]} said."
            yield Case("", "unrelated-name", text, [Expect(f"{op}{q},{cl}", "direct", b)])
        else:
            text = f"{intro} {op}{q},{cl} the {ref} {fam[0]} said."
            yield Case("", f"unrelated-{ref}", text, [Expect(f"{op}{q},{cl}", "direct", None)])


def guard_named_after_intro() -> Iterator[Case]:
    """After a kin introduction a name still names its bearer ('"Q," B said.' -> B)."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES, QUOTES, MARKS)
    for fam, pair, shape, q, (op, cl) in sample(combos, 80, "h33-named"):
        b_kin, _, _, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        who, name = (a, a) if len(q) % 2 else (b, gb)
        text = f"{_intro(shape, a, b, b_kin, a_sex, trade='the ferry')} {op}{q},{cl} {name} said."
        yield Case("", f"named-{shape}", text, [Expect(f"{op}{q},{cl}", "direct", who)])


#: Other people of the story: (name, sex).
OTHERS = (("Ivo Berg", "m"), ("Ana Roe", "f"), ("Jonas Petersen", "m"), ("Mei Lin Chua", "f"))


def in_context() -> Iterator[Case]:
    """The relation stated, then another person speaks or is described, then the kin noun: a
    possessive that agrees with the related person only, or a new paragraph -> still B."""
    combos = itertools.product(FAMILIES, PAIRS, SHAPES[:2], OTHERS, ("sentence", "paragraph"), QUOTES, MARKS)
    for fam, pair, shape, (other, o_sex), gap, q, (op, cl) in sample(combos, 160, "h33-context"):
        b_kin, _, _, a_sex, _ = pair
        if o_sex == a_sex:
            continue  # ('her son' after another woman: either woman's)
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        intro = _intro(shape, a, b, b_kin, a_sex, trade="the bakery")
        if gap == "sentence":
            middle = f"{other}, a customer, praised the bread."
        else:
            middle = f"{op}It is the best bread in town,{cl} {other}, a customer, said.\n\n"
        said = f"{op}{q},{cl} {_pos(a_sex)} {b_kin} said."
        text = f"{intro} {middle} {said}".replace("\n\n ", "\n\n")
        yield Case(
            "",
            f"context-{gap}",
            text,
            [Expect(f"{op}{q},{cl}", "direct", b)],
            exact=False,
            wrong_speakers=[(q, a), (q, other)],
        )


def guard_other_kin() -> Iterator[Case]:
    """A kin noun of another relation than the one stated ('her daughter' after 'her son, B'):
    neither A nor B."""
    others = {"son": "daughter", "daughter": "son", "wife": "sister", "husband": "brother", "brother": "son"}
    combos = itertools.product(FAMILIES, [p for p in PAIRS if p[0] in others], SHAPES[:2], QUOTES, MARKS)
    for fam, pair, shape, q, (op, cl) in sample(combos, 80, "h33-otherkin"):
        b_kin, _, _, a_sex, _ = pair
        ga, gb = _names(fam, pair)
        a, b = f"{ga} {fam[0]}", f"{gb} {fam[0]}"
        text = (
            f"{_intro(shape, a, b, b_kin, a_sex, trade='the forge')} "
            f"{op}{q},{cl} {_pos(a_sex)} {others[b_kin]} said."
        )
        yield Case("", "other-kin", text, [], exact=False, wrong_speakers=[(q, a), (q, b)])


def month_given_names() -> Iterator[Case]:
    """Given names spelt as months (*Jun*, *Jan*, *May*, *June*, *April*) that open the sentence:
    'Jun Sato and his daughter, Emi Sato, ... the elder Sato said' -> never the daughter; 'the
    younger Sato' -> the daughter."""
    parents = (("Jun", "m"), ("Jan", "m"), ("May", "f"), ("June", "f"), ("April", "f"))
    combos = itertools.product(
        FAMILIES, parents, ("son", "daughter"), ("elder", "younger"), QUOTES[:2], MARKS
    )
    for fam, (given, sex), kin, adj, q, (op, cl) in sample(combos, 120, "h33-month"):
        child = f"{fam[3] if kin == 'son' else fam[4]} {fam[0]}"
        text = (
            f"{given} {fam[0]} and {_pos(sex)} {kin}, {child}, run the clock shop. "
            f"{op}{q},{cl} the {adj} {fam[0]} said."
        )
        if adj == "younger":
            yield Case("", "month-younger", text, [Expect(f"{op}{q},{cl}", "direct", child)])
        else:
            yield Case("", "month-elder", text, [], exact=False, wrong_speakers=[(q, child)])


ROUND30_H33KIN: tuple[Capability, ...] = (
    named("kin.possessed", "5", "A and her son, B, ... 'Q,' her son said. -> B", possessed_kin),
    named("kin.inverse", "5", "A ... with her son, B. 'Q1,' B said. His mother said C. -> A", inverse_kin),
    named("kin.the_kin", "5", "A ... with his daughter, B. 'Q,' the father said. -> A", the_kin),
    named(
        "kin.elder_younger", "5", "A and her son, B SURNAME. 'Q,' the elder SURNAME said. -> A", elder_younger
    ),
    named(
        "kin.pronoun",
        "4",
        "Jun Sato ... with his daughter, Emi. 'Q,' he said. -> Jun Sato",
        pronoun_after_intro,
    ),
    named(
        "kin.nominal_pronoun",
        "4",
        "... his daughter, B. His daughter disagreed. 'Q,' she said. -> B",
        nominal_then_pronoun,
    ),
    named(
        "kin.guard_unnamed", "4", "no relative named: 'her son' stays a description, never A", guard_unnamed
    ),
    named("kin.in_context", "5", "A ... her son, B. OTHER spoke. 'Q,' her son said. -> B", in_context),
    named("kin.guard_other_kin", "4", "'her daughter' after 'her son, B': neither A nor B", guard_other_kin),
    named(
        "kin.month_names",
        "5",
        "Jun Sato and his daughter, Emi Sato: 'the elder Sato' is not Emi",
        month_given_names,
    ),
    named("kin.guard_two", "4", "two sons: 'her son', 'the younger SURNAME' name neither", guard_two),
    named("kin.guard_son_of", "4", "B, the son of a fisherman: no relation between two people", guard_son_of),
    named(
        "kin.guard_religious",
        "4",
        "'Father NAME', 'Sister NAME': forms of address, unchanged",
        guard_religious,
    ),
    named(
        "kin.guard_unrelated",
        "4",
        "one family name, no relation: 'the elder SURNAME' names nobody",
        guard_unrelated,
    ),
    named(
        "kin.guard_named", "4", "after a kin introduction a name names its bearer", guard_named_after_intro
    ),
)
