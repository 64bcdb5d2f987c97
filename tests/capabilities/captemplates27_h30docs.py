"""Development capabilities added on branch ``h30docs`` in the twenty-eighth round: a written work
(audit, review, study, survey, analysis, report, letter) speaks for its issuer.

* *An audit of BODY, carried out by AUTHOR, found C* (*conducted by*, *led by*, *written by*,
  *prepared by*, *compiled by*): the work's *of* complement names what it studied, never its
  author; the aside names the author -> C by AUTHOR.
* *The audit, carried out by AUTHOR, found C*: the same without a complement.
* A later *The audit said D* / *It added that D* / *According to the audit, D* is the same work:
  the same author.
* *An audit of BODY found C*: the studied body never speaks (the work speaks as itself).
* *AUTHOR carried out an audit of BODY. The audit found C* (*published*, *conducted*): AUTHOR.
* *A letter to ADDRESSEE from BODY said C*: the sender -> BODY, never the addressee.
* *BODY's letter to ADDRESSEE, signed by its ROLE NAME, said C*: the possessor issued the letter
  and its officer signed it on the body's behalf -> BODY; the addressee never speaks.
* *A review by OWNER's UNIT found C. The review said D*: the unit wrote it -> the phrase
  *OWNER's UNIT* both times, never the owner alone.
* *A review commissioned by BODY, carried out by AUTHOR, found C*: whoever commissions a work did
  not do it -> AUTHOR, never BODY; without such an aside the commissioning body published the
  work and speaks for it (*A review commissioned by BODY found C* -> BODY, as a held-out round
  of an earlier branch expects).
* Guards (working on main): *The letter, signed by NAME, said C* -> NAME; *BODY's annual report,
  published on Monday, said C. It added that D* -> BODY; *According to a report by OWNER's audit
  office, C. The report said D* -> the office phrase; *A study of 400 farms, led by Dr NAME,
  concluded that C* -> NAME (the study's leader is its author); *A letter to the minister said C*
  -> never the minister.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND27_H30DOCS` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Works with an author (singular, lower case).
WORKS = ("audit", "review", "study", "survey", "analysis", "report", "assessment")
#: Works of examining, whose *of* phrase names what was examined ('the report of the board' may
#: be the board's own: not among them).
EXAMINING = tuple(w for w in WORKS if w != "report")
#: What a work is *of*: (phrase, the name it holds or '').
STUDIED = (
    ("the Kestrel Water Board", "Kestrel Water Board"),
    ("the Ostrava Transit Authority", "Ostrava Transit Authority"),
    ("the Lagos Port Company", "Lagos Port Company"),
    ("the Harlow Housing Trust", "Harlow Housing Trust"),
    ("Brindle County Council", "Brindle County Council"),
    ("400 farms", ""),
    ("ferry fares in the north", ""),
    ("the city's hospitals", ""),
    ("Ivo Sandor's expenses", "Ivo Sandor"),
    ("2,000 household bills", ""),
)
#: Authors: (as written after *by*, the speaker's name).
AUTHORS = (
    ("Fenwick & Co", "Fenwick & Co"),
    ("Marlowe Partners", "Marlowe Partners"),
    ("the Riverside Institute", "Riverside Institute"),
    ("Tasman University", "Tasman University"),
    ("Okafor Consulting", "Okafor Consulting"),
    ("Dr Ama Owusu", "Ama Owusu"),
    ("Professor Kenji Watanabe", "Kenji Watanabe"),
    ("Lusine Hakobyan", "Lusine Hakobyan"),
    ("Tomasz Wojcik", "Tomasz Wojcik"),
)
#: Participles of doing or writing a work, before *by*.
DOING = (
    "carried out by",
    "conducted by",
    "led by",
    "written by",
    "prepared by",
    "compiled by",
    "which was carried out by",
)
#: Cue verbs, with whether the content takes *that*.
CUES = (
    ("found", True),
    ("said", False),
    ("concluded", True),
    ("warned", True),
    ("noted", True),
    ("shows", True),
)
#: Reported clauses.
CLAUSES = (
    "bills were too high",
    "the meters had not been checked for years",
    "staff numbers had fallen by a third",
    "repairs would cost $4 million",
    "the bridge was unsafe",
    "fares had doubled since 2019",
)


def _art(word: str) -> str:
    """*A* or *An* before *word*."""
    return "An" if word[0] in "aeiou" else "A"


def _tail(cue: tuple[str, bool], clause: str) -> tuple[str, str]:
    """(cue + content, content)."""
    verb, that = cue
    content = f"that {clause}" if that else clause
    return f"{verb} {content}", content


def _wrong(content: str, name: str) -> list[tuple[str, str]]:
    return [(content, name)] if name else []


def of_aside() -> Iterator[Case]:
    """'An audit of BODY, carried out by AUTHOR, found that C.' -> AUTHOR, never BODY."""
    combos = itertools.product(EXAMINING, STUDIED, DOING, AUTHORS, CUES, CLAUSES)
    for work, (studied, sname), doing, (author, aname), cue, clause in sample(combos, 300, "h30docs-ofaside"):
        tail, content = _tail(cue, clause)
        text = f"{_art(work)} {work} of {studied}, {doing} {author}, {tail}."
        yield Case(
            "", "ofaside", text, [Expect(content, "indirect", aname)], wrong_speakers=_wrong(content, sname)
        )


def definite_aside() -> Iterator[Case]:
    """'The audit, carried out by AUTHOR, found that C.' -> AUTHOR."""
    combos = itertools.product(WORKS, DOING, AUTHORS, CUES, CLAUSES)
    for work, doing, (author, aname), cue, clause in sample(combos, 150, "h30docs-defaside"):
        tail, content = _tail(cue, clause)
        text = f"The {work}, {doing} {author}, {tail}."
        yield Case("", "defaside", text, [Expect(content, "indirect", aname)])


#: Later sentences that take the work up: templates with {work} and {clause}; (text, content).
LATER = (
    ("The {work} said {clause}.", "{clause}"),
    ("The {work} also found that {clause}.", "that {clause}"),
    ("It added that {clause}.", "that {clause}"),
    ("According to the {work}, {clause}.", "{clause}"),
)


def later_anaphora() -> Iterator[Case]:
    """'An audit of BODY, carried out by AUTHOR, found that C1. The audit said C2.' (*It added
    that*, *According to the audit*) -> AUTHOR both times."""
    pairs = [(a, b) for a, b in itertools.product(CLAUSES, CLAUSES) if a != b]
    combos = itertools.product(EXAMINING, STUDIED, DOING, AUTHORS, pairs, LATER)
    for work, (studied, sname), doing, (author, aname), (c1, c2), later in sample(
        combos, 250, "h30docs-later"
    ):
        second, content2 = (s.format(work=work, clause=c2) for s in later)
        text = f"{_art(work)} {work} of {studied}, {doing} {author}, found that {c1}. {second}"
        expected = [Expect(f"that {c1}", "indirect", aname), Expect(content2, "indirect", aname)]
        yield Case("", "later", text, expected, wrong_speakers=_wrong(content2, sname))


def plain_of() -> Iterator[Case]:
    """'An audit of BODY found that C.' -> never BODY (the work speaks as itself)."""
    named_only = [s for s in STUDIED if s[1]]
    combos = itertools.product(EXAMINING, named_only, CUES, CLAUSES)
    for work, (studied, sname), cue, clause in sample(combos, 120, "h30docs-plainof"):
        tail, content = _tail(cue, clause)
        text = f"{_art(work)} {work} of {studied} {tail}."
        accepted = (f"{work} of {studied}", work)
        yield Case(
            "", "plainof", text, [Expect(content, "indirect", accepted)], wrong_speakers=[(content, sname)]
        )


#: Bodies that own a letter: (as written before *'s*, the speaker's name, a post of theirs).
OWNERS = (
    ("The Harbour Workers Union", "Harbour Workers Union", "president"),
    ("The Kestrel Water Board", "Kestrel Water Board", "chairman"),
    ("The Brindle Nurses Association", "Brindle Nurses Association", "general secretary"),
    ("Okafor Consulting", "Okafor Consulting", "chief executive"),
    ("The Tasman Farmers Federation", "Tasman Farmers Federation", "chairwoman"),
)
#: Letters and their addressees: (noun, addressee phrase, the addressee's name or '').
LETTERS = (
    ("letter", "members", ""),
    ("letter", "the minister", "minister"),
    ("memo", "staff", ""),
    ("letter", "Mayor Ines Carvalho", "Ines Carvalho"),
    ("statement", "shareholders", ""),
)
#: Signers: names of several cultures.
SIGNERS = ("Ivo Sandor", "Ngozi Eze", "Rahul Mehta", "Ingrid Solberg", "Bogdan Kovalenko", "Nguyen Thi Lan")


def possessed_signed() -> Iterator[Case]:
    """ "BODY's letter to ADDRESSEE, signed by its ROLE NAME, said C." -> BODY; never the
    addressee; and "BODY's letter to ADDRESSEE said C." -> BODY."""
    combos = itertools.product(OWNERS, LETTERS, SIGNERS, CUES, CLAUSES, (True, False))
    for (owner, oname, post), (noun, to, tname), signer, cue, clause, signed in sample(
        combos, 250, "h30docs-possigned"
    ):
        tail, content = _tail(cue, clause)
        aside = f", signed by its {post} {signer}," if signed else ""
        text = f"{owner}'s {noun} to {to}{aside} {tail}."
        yield Case(
            "", "possigned", text, [Expect(content, "indirect", oname)], wrong_speakers=_wrong(content, tname)
        )


#: Bodies with a unit that wrote a work: (owner, unit).
UNITS = (
    ("Harlow Council", "planning department"),
    ("Acme", "audit office"),
    ("Brindle County Council", "highways team"),
    ("the Kestrel Water Board", "finance committee"),
    ("Tasman University", "economics department"),
)


def body_phrase() -> Iterator[Case]:
    """'A review by OWNER's UNIT found C1. The review said C2.' -> 'OWNER's UNIT' both times."""
    pairs = [(a, b) for a, b in itertools.product(CLAUSES, CLAUSES) if a != b]
    combos = itertools.product(WORKS, UNITS, pairs, ("found", "concluded", "said"))
    for work, (owner, unit), (c1, c2), cue in sample(combos, 150, "h30docs-unit"):
        content1 = c1 if cue == "said" else f"that {c1}"
        text = f"{_art(work)} {work} by {owner}'s {unit} {cue} {content1}. The {work} said {c2}."
        phrase = f"{owner}'s {unit}"
        bare = owner.removeprefix("the ")
        expected = [Expect(content1, "indirect", phrase), Expect(c2, "indirect", phrase)]
        yield Case("", "unit", text, expected, wrong_speakers=[(content1, bare), (c2, bare), (c2, work)])


#: Bodies that commission a work.
COMMISSIONERS = (
    ("the Kestrel Water Board", "Kestrel Water Board"),
    ("the Ministry of Transport", "Ministry of Transport"),
    ("Brindle County Council", "Brindle County Council"),
    ("the Harbour Workers Union", "Harbour Workers Union"),
)


def commissioned() -> Iterator[Case]:
    """'A review commissioned by BODY found C.' -> BODY; 'A review commissioned by BODY, carried
    out by AUTHOR, found C.' -> AUTHOR, never BODY."""
    combos = itertools.product(WORKS, COMMISSIONERS, AUTHORS, CUES, CLAUSES, (True, False))
    for work, (body, bname), (author, aname), cue, clause, done in sample(combos, 160, "h30docs-comm"):
        tail, content = _tail(cue, clause)
        if done:
            text = f"{_art(work)} {work} commissioned by {body}, carried out by {author}, {tail}."
            yield Case(
                "", "comm", text, [Expect(content, "indirect", aname)], wrong_speakers=[(content, bname)]
            )
        else:
            text = f"{_art(work)} {work} commissioned by {body} {tail}."
            yield Case("", "comm", text, [Expect(content, "indirect", bname)])


def sender() -> Iterator[Case]:
    """'A letter to ADDRESSEE from BODY said C.' -> BODY (the sender), never the addressee."""
    senders = [(o.removeprefix("The ").removeprefix("the "), n) for o, n, _ in OWNERS]
    combos = itertools.product(LETTERS, senders, CUES, CLAUSES)
    for (noun, to, tname), (body, bname), cue, clause in sample(combos, 120, "h30docs-sender"):
        tail, content = _tail(cue, clause)
        text = f"A {noun} to {to} from the {body} {tail}."
        yield Case(
            "", "sender", text, [Expect(content, "indirect", bname)], wrong_speakers=_wrong(content, tname)
        )


def guard_role_of_body() -> Iterator[Case]:
    """'A letter (to ADDRESSEE) from the chairman of BODY said C.' -> never BODY: the chairman
    wrote it."""
    roles = ("chairman", "head", "president", "director")
    combos = itertools.product(
        ("letter", "memo"), ("", " to members", " to the minister"), roles, OWNERS, CLAUSES
    )
    for noun, to, role, (_, oname, _), clause in sample(combos, 80, "h30docs-grole"):
        text = f"A {noun}{to} from the {role} of the {oname} said {clause}."
        yield Case("", "grole", text, [], exact=False, wrong_speakers=[(clause, oname)])


def described_author() -> Iterator[Case]:
    """'An audit of BODY, conducted by the state auditor, found that C.' -> the description."""
    described = ("state auditor", "city's finance office", "national audit office", "regional health board")
    combos = itertools.product(EXAMINING, STUDIED, DOING, described, CUES, CLAUSES)
    for work, (studied, sname), doing, author, cue, clause in sample(combos, 120, "h30docs-described"):
        tail, content = _tail(cue, clause)
        text = f"{_art(work)} {work} of {studied}, {doing} the {author}, {tail}."
        yield Case(
            "",
            "described",
            text,
            [Expect(content, "indirect", author)],
            wrong_speakers=_wrong(content, sname),
        )


def introduced_work() -> Iterator[Case]:
    """'AUTHOR carried out an audit of BODY. The audit found that C.' (*published*, *conducted*,
    *has released*) -> AUTHOR; never BODY."""
    doers = [a for a in AUTHORS if not a[0].startswith("the ")]
    verbs = ("carried out", "published", "conducted", "has released")
    combos = itertools.product(doers, verbs, EXAMINING, STUDIED, CLAUSES)
    for (author, aname), verb, work, (studied, sname), clause in sample(combos, 150, "h30docs-intro"):
        text = f"{author} {verb} {_art(work).lower()} {work} of {studied}. The {work} found that {clause}."
        content = f"that {clause}"
        yield Case(
            "", "intro", text, [Expect(content, "indirect", aname)], wrong_speakers=_wrong(content, sname)
        )


def guard_signed() -> Iterator[Case]:
    """'The letter, signed by NAME, said C.' -> NAME (as on main)."""
    combos = itertools.product(("letter", "statement", "memo", "notice"), SIGNERS, CLAUSES)
    for noun, signer, clause in sample(combos, 60, "h30docs-gsigned"):
        text = f"The {noun}, signed by {signer}, said {clause}."
        yield Case("", "gsigned", text, [Expect(clause, "indirect", signer)])


def guard_published() -> Iterator[Case]:
    """ "The BODY's annual report, published on Monday, said C1. It added that C2." -> BODY."""
    bodies = (("ministry", "ministry"), ("Kestrel Water Board", "Kestrel Water Board"), ("union", "union"))
    pairs = [(a, b) for a, b in itertools.product(CLAUSES, CLAUSES) if a != b]
    combos = itertools.product(bodies, ("annual report", "audit", "review"), ("Monday", "Friday"), pairs)
    for (body, bname), work, day, (c1, c2) in sample(combos, 60, "h30docs-gpub"):
        text = f"The {body}'s {work}, published on {day}, said {c1}. It added that {c2}."
        expected = [Expect(c1, "indirect", bname), Expect(f"that {c2}", "indirect", bname)]
        yield Case("", "gpub", text, expected)


def guard_according_unit() -> Iterator[Case]:
    """ "According to a report by OWNER's UNIT, C1. The report said C2." -> the unit's phrase."""
    pairs = [(a, b) for a, b in itertools.product(CLAUSES, CLAUSES) if a != b]
    for (owner, unit), (c1, c2) in sample(itertools.product(UNITS, pairs), 50, "h30docs-gacc"):
        phrase = f"{owner}'s {unit}"
        text = f"According to a report by {phrase}, {c1}. The report said {c2}."
        bare = owner.removeprefix("the ")
        expected = [Expect(c1, "indirect", phrase), Expect(c2, "indirect", phrase)]
        yield Case("", "gacc", text, expected, wrong_speakers=[(c1, bare), (c2, bare)])


def guard_led_study() -> Iterator[Case]:
    """'A study of 400 farms, led by Dr NAME, concluded that C.' -> NAME (the leader wrote it)."""
    leaders = (
        ("Dr Ama Owusu", "Ama Owusu"),
        ("Professor Kenji Watanabe", "Kenji Watanabe"),
        ("Dr Ingrid Solberg", "Ingrid Solberg"),
    )
    studied = ("400 farms", "ferry fares", "1,200 patients", "river pollution")
    combos = itertools.product(("study", "survey", "review"), studied, leaders, CLAUSES)
    for work, what, (leader, lname), clause in sample(combos, 60, "h30docs-gled"):
        text = f"{_art(work)} {work} of {what}, led by {leader}, concluded that {clause}."
        yield Case("", "gled", text, [Expect(f"that {clause}", "indirect", lname)])


def guard_addressee() -> Iterator[Case]:
    """'A letter to the minister said C.' / 'A memo to Mayor NAME warned that C.' -> never the
    addressee."""
    to = (("the minister", "minister"), ("Mayor Ines Carvalho", "Ines Carvalho"), ("the board", "board"))
    combos = itertools.product(("letter", "memo", "report"), to, CUES, CLAUSES)
    for noun, (addr, aname), cue, clause in sample(combos, 60, "h30docs-gaddr"):
        tail, content = _tail(cue, clause)
        text = f"A {noun} to {addr} {tail}."
        yield Case("", "gaddr", text, [], exact=False, wrong_speakers=[(content, aname)])


ROUND27_H30DOCS: tuple[Capability, ...] = (
    named(
        "docs30.of_complement_aside",
        "2",
        "An audit of BODY, carried out by AUTHOR, found C -> AUTHOR, never BODY",
        of_aside,
    ),
    named(
        "docs30.definite_aside", "2", "The audit, carried out by AUTHOR, found C -> AUTHOR", definite_aside
    ),
    named(
        "docs30.later_anaphora",
        "2",
        "... carried out by AUTHOR, found C1. The audit said / It added / According to the audit -> AUTHOR",
        later_anaphora,
    ),
    named("docs30.of_complement_plain", "2", "An audit of BODY found C -> never BODY", plain_of),
    named(
        "docs30.possessed_to_signed",
        "2",
        "BODY's letter to ADDRESSEE, signed by its ROLE NAME, said C -> BODY, never the addressee",
        possessed_signed,
    ),
    named(
        "docs30.unit_phrase",
        "2",
        "A review by OWNER's UNIT found C1. The review said C2 -> OWNER's UNIT both",
        body_phrase,
    ),
    named(
        "docs30.commissioned",
        "2",
        "A review commissioned by BODY found C -> BODY; ..., carried out by AUTHOR, found C -> AUTHOR",
        commissioned,
    ),
    named(
        "docs30.described_author_aside",
        "2",
        "An audit of BODY, conducted by the state auditor, found C -> 'state auditor'",
        described_author,
    ),
    named(
        "docs30.introduced_then_definite",
        "2",
        "AUTHOR carried out an audit of BODY. The audit found C -> AUTHOR, never BODY",
        introduced_work,
    ),
    named("docs30.to_from_sender", "2", "A letter to ADDRESSEE from BODY said C -> BODY", sender),
    named(
        "docs30.guard_role_of_body",
        "2",
        "A letter from the chairman of BODY said C -> never BODY",
        guard_role_of_body,
    ),
    named("docs30.guard_signed", "2", "The letter, signed by NAME, said C -> NAME", guard_signed),
    named(
        "docs30.guard_published",
        "2",
        "BODY's annual report, published on Monday, said C1. It added C2 -> BODY",
        guard_published,
    ),
    named(
        "docs30.guard_according_unit",
        "2",
        "According to a report by OWNER's UNIT, C1. The report said C2 -> the unit phrase",
        guard_according_unit,
    ),
    named(
        "docs30.guard_led_study", "2", "A study of X, led by Dr NAME, concluded C -> NAME", guard_led_study
    ),
    named(
        "docs30.guard_addressee",
        "2",
        "A letter to the minister said C -> never the minister",
        guard_addressee,
    ),
)
