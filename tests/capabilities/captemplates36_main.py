"""Development capabilities added on main in the thirty-seventh round.

* *The plan — "X," according to NAME — was scrapped.*, *The rules (which NAME said were "X") came
  in.*: a credit inside dashes or brackets keeps its content inside them (before: the content
  ran from the sentence's start, or past the closing bracket);
* *"Q," said the ROLE at BODY who has run it since YEAR, NAME.*: a description's relative clause
  that names a body, then the name (before: the description spoke);
* *Every child in TOWN knows the line "X" by heart.*: a text the subject knows is no report of
  theirs (before: the child's words);
* *NAME had three words for the plan: "X", "Y" and "Z".*: a colon credit takes a list of
  quotations (before: none);
* *head groom NAME said C*, *Chief Soap Boiler NAME said C*: a rank word makes the noun after it
  a job (before: no title, or the name *Groom NAME*);
* *A, ROLE at BODY, and B, ROLE2, said C*, *A and B both said C*, *A and B issued a joint
  statement. "Q," it said.*: the pair speaks (before: B alone, or *both*, or B as a body);
* *"Q," NAME, smiling.*, *"Q," from NAME, ROLE.*: a verbless credit (before: none);
* *Alderwoman NAME*: a council post (before: part of the name); *the Rev. NAME* stays NAME;
* *(This article has been corrected to show that C.)*, *She said "C," not "D."*: editor's notes
  report nothing, and a denied quotation is nobody's (before: the article's report, or one quote
  over both);
* *NAME uses they/them pronouns. "Q," they said.*: singular *they* (before: the body in NAME's
  title);
* *"Q" was how NAME described it.*, *The reply, from NAME, ROLE, was short: "Q."*, *It was NAME,
  ROLE at BODY, who put it most plainly: "Q."*: crediting frames with no verb of saying for the
  quotation (before: none, or the body);
* *NAME BEM said C*, *NAME, PhD, ROLE at BODY, said C*: post-nominal letters and degrees are no
  name (before: *NAME BEM*, or the speaker *PhD*);
* *NAME scored twice. "Q," said the 19-year-old defender.*: the description's role is the title;
* *"Q," said GIVEN GIVEN SUR SUR, ROLE. "Q2," SUR SUR said.*: a double surname names the person with
  a compound given name (before: a new person *SUR SUR*);
* *"Q," NAME, ROLE at BODY, laughed ruefully.*: an open frame verb with a manner adverb after an
  apposition (before: no speaker).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND36_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: (full name, surname, subject pronoun): people of our own.
PEOPLE = (
    ("Marisol Echeverri", "Echeverri", "she"),
    ("Torvald Hegstad", "Hegstad", "he"),
    ("Aigerim Sadykova", "Sadykova", "she"),
    ("Oyelaran Adebisi", "Adebisi", "he"),
    ("Cressida Pennock", "Pennock", "she"),
    ("Lautaro Benavídez", "Benavídez", "he"),
)
#: (role, its head, body): posts at bodies of our own.
POSTS = (
    ("head brewer", "brewer", "the Kittlesby Brewery"),
    ("chief engineer", "engineer", "the Saltmarsh Ferry Company"),
    ("senior keeper", "keeper", "the Ormside Lighthouse Trust"),
)
QUOTES = (
    "We will keep the doors open through the winter",
    "Nobody asked the crews before the fares went up",
    "The kettles have not been this busy in years",
)
CLAUSES = ("the yard would reopen in March", "the fares were set too high", "the roof had been repaired")
FRAGMENTS = ("a disaster", "short-sighted", "long overdue")
#: Quotation marks: straight, curly, British single, guillemets.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u00ab", "\u00bb"))


def _combos() -> Iterator[tuple[tuple[str, str, str], tuple[str, str, str], int, tuple[str, str]]]:
    return itertools.product(PEOPLE, POSTS, range(3), MARKS)


def asides() -> Iterator[Case]:
    """The plan — "X," according to NAME — was scrapped. / The new rules (which NAME said were
    "X") came in on Monday. / The plan ("X," according to NAME) was scrapped. -> NAME, the
    content inside the aside."""
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 120, "r36main-aside"):
        frag = FRAGMENTS[k]
        shape = k % 3
        if shape == 0:
            marked = f"{o}{frag},{c}"
            text = f"The plan — {marked} according to {name} — was scrapped on Friday."
            yield Case("", "dashes", text, [Expect(marked, "direct", name)])
        elif shape == 1:
            marked = f"{o}{frag}{c}"
            text = f"The new rules (which {name} said were {marked}) came in on Monday."
            yield Case("", "brackets", text, [Expect(f"which {name} said were {marked}", "mixed", name)])
        else:
            marked = f"{o}{frag},{c}"
            text = f"The plan ({marked} according to {name}) was scrapped on Friday."
            yield Case("", "bracket_credit", text, [Expect(marked, "direct", name)])


def relative_description() -> Iterator[Case]:
    """ "Q," said the ROLE at BODY who has run it since 1994, NAME. / "Q," says the 47-year-old
    ROLE who has kept BODY going since 2009, NAME. -> NAME, titled ROLE."""
    for (name, _, _), (role, head, body), k, (o, c) in sample(_combos(), 100, "r36main-reldesc"):
        q = f"{o}{QUOTES[k]},{c}"
        if k % 2:
            text = f"{q} said the {role} at {body} who has run it since 1994, {name}."
        else:
            text = f"{q} says the 47-year-old {role} who has kept {body} going since 2009, {name}."
        yield Case("", "relative", text, [Expect(q, "direct", name, Contains(head))])


def known_texts() -> Iterator[Case]:
    """Every child in Ormside knows the line "X" by heart. -> nothing. / NAME recalled the slogan
    "X" from the 1990s. -> never NAME's words."""
    lines = ("Row home, row home, the lamp is lit", "Homes, not hotels", "Bread before bunting")
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 80, "r36main-known"):
        marked = f"{o}{lines[k]}{c}"
        if k % 2:
            text = f"Every child in Ormside knows the line {marked} by heart."
            yield Case("", "known", text, [])
        else:  # (the slogan may come out as marks nobody is given, never as NAME's words)
            text = f"{name} recalled the slogan {marked} from the 1990s."
            yield Case("", "recalled", text, [], exact=False, wrong_speakers=[(marked, name)])


def colon_lists() -> Iterator[Case]:
    """NAME had three words for the plan: "X", "Y", "Z". / ... "X," "Y" and "Z." -> NAME's."""
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 90, "r36main-colonlist"):
        a, b, d = (FRAGMENTS[(k + i) % 3] for i in range(3))
        if k % 2:
            tail = f"{o}{a}{c}, {o}{b}{c}, {o}{d}{c}"
            kind = "direct"
        else:
            tail = f"{o}{a},{c} {o}{b}{c} and {o}{d}{c}"
            kind = "mixed"
        text = f"{name} had three words for the plan: {tail}."
        yield Case("", "colon_list", text, [Expect(tail, kind, name)])


def ranked_jobs() -> Iterator[Case]:
    """Former head groom NAME said C. / Chief Soap Boiler NAME said C. / The works' chief soap
    boiler NAME said C. -> NAME, the job as title."""
    jobs = (
        ("head groom", "groom"),
        ("chief soap boiler", "soap boiler"),
        ("senior net mender", "net mender"),
    )
    for (name, _, _), _post, k, _m in sample(_combos(), 90, "r36main-rank"):
        job, head = jobs[k]
        clause = CLAUSES[k]
        shape = (PEOPLE.index(next(p for p in PEOPLE if p[0] == name)) + k) % 3
        if shape == 0:
            text = f"Former {job} {name} said {clause}."
        elif shape == 1:
            text = f"{job.title()} {name} said {clause}."
        else:
            text = f"The yard's {job} {name} said {clause}."
        yield Case("", f"rank{shape}", text, [Expect(clause, "indirect", name, Contains(head))])


def joint_speakers() -> Iterator[Case]:
    """A, ROLE at BODY, and B, ROLE2, said C. / A and B both said C. / A and B issued a joint
    statement on Friday. "Q," it said. -> the pair."""
    pairs = list(itertools.permutations(PEOPLE, 2))
    for (a, b), k, (o, c) in sample(itertools.product(pairs, range(3), MARKS), 120, "r36main-joint"):
        pair = f"{a[0]}; {b[0]}"
        clause = CLAUSES[k]
        role, _, body = POSTS[k]
        if k == 0:
            text = f"{a[0]}, {role} at {body}, and {b[0]}, a retired pilot, said {clause}."
            yield Case("", "titled_pair", text, [Expect(clause, "indirect", pair)])
        elif k == 1:
            text = f"{a[0]} and {b[0]} both said {clause}."
            yield Case("", "both", text, [Expect(clause, "indirect", pair)])
        else:
            q = f"{o}{QUOTES[k]},{c}"
            text = f"{a[0]} and {b[0]} issued a joint statement on Friday. {q} it said."
            yield Case("", "issued_it", text, [Expect(q, "direct", pair)])


def verbless() -> Iterator[Case]:
    """ "Q," NAME, smiling. / "Q," NAME, ROLE at BODY, with a grin. / "Q," from NAME, ROLE at BODY.
    -> NAME."""
    for (name, _, _), (role, head, body), k, (o, c) in sample(_combos(), 100, "r36main-verbless"):
        q = f"{o}{QUOTES[k]},{c}"
        if k == 0:
            yield Case("", "participle", f"{q} {name}, smiling.", [Expect(q, "direct", name)])
        elif k == 1:
            text = f"{q} {name}, {role} at {body}, with a grin."
            yield Case("", "with", text, [Expect(q, "direct", name, Contains(head))])
        else:
            text = f"{q} from {name}, {role} at {body}."
            yield Case("", "from", text, [Expect(q, "direct", name, Contains(head))])


def clergy_civic() -> Iterator[Case]:
    """The Rev. NAME said C. / Fr. NAME said C. -> NAME (the form of address no part of the name);
    "Q," said Alderwoman NAME. -> NAME, the council post as title."""
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 90, "r36main-clergy"):
        if k == 0:
            text = f"The Rev. {name} said {CLAUSES[0]}."
            yield Case("", "rev", text, [Expect(CLAUSES[0], "indirect", name)])
        elif k == 1:
            text = f"Fr. {name} said {CLAUSES[1]}."
            yield Case("", "fr", text, [Expect(CLAUSES[1], "indirect", name)])
        else:
            q = f"{o}{QUOTES[2]},{c}"
            yield Case(
                "", "alder", f"{q} said Alderwoman {name}.", [Expect(q, "direct", name, Contains("alder"))]
            )


def editor_notes() -> Iterator[Case]:
    """ "Q," NAME said. (This article has been corrected to show that she spoke on Monday.) / An
    earlier version of this article misquoted NAME. PRONOUN said "Q," not "D." -> NAME's quote
    alone."""
    for (name, _, pronoun), _post, k, (o, c) in sample(_combos(), 90, "r36main-editor"):
        q = f"{o}{QUOTES[k]},{c}"
        if k % 2:
            text = f"{q} {name} said. (This article has been corrected to show that the talk was on Monday.)"
            yield Case("", "corrected", text, [Expect(q, "direct", name)])
        else:
            wrong = f"{o}{QUOTES[(k + 1) % 3]}.{c}"
            text = (
                f"An earlier version of this article misquoted {name}. {pronoun.title()} said {q} not {wrong}"
            )
            yield Case("", "denied", text, [Expect(q, "direct", name)], wrong_speakers=[(wrong, name)])


def singular_they() -> Iterator[Case]:
    """NAME uses they/them pronouns. "Q," they said. / NAME, ROLE at BODY, uses they/them
    pronouns. They said C. -> NAME."""
    for (name, _, _), (role, _, body), k, (o, c) in sample(_combos(), 90, "r36main-they"):
        q = f"{o}{QUOTES[k]},{c}"
        if k % 2:
            text = f"{name} uses they/them pronouns. {q} they told the Ormside Courier."
            yield Case("", "they_quote", text, [Expect(q, "direct", name)])
        else:
            text = f"{name}, {role} at {body}, uses they/them pronouns. They said {CLAUSES[k]}."
            yield Case("", "they_report", text, [Expect(CLAUSES[k], "indirect", name)])


def copular_frames() -> Iterator[Case]:
    """ "Q" was how NAME described it. / "Q," was all NAME would say. / The reply, from NAME, ROLE at
    BODY, was short: "Q." / It was NAME, ROLE at BODY, who put it most plainly: "Q." -> NAME."""
    for (name, _, _), (role, head, body), k, (o, c) in sample(_combos(), 120, "r36main-copular"):
        shape = (k + POSTS.index((role, head, body))) % 4
        if shape == 0:
            q = f"{o}{QUOTES[k]}{c}"
            yield Case("", "how", f"{q} was how {name} described it.", [Expect(q, "direct", name)])
        elif shape == 1:
            q = f"{o}{QUOTES[k]},{c}"
            yield Case("", "all", f"{q} was all {name} would say.", [Expect(q, "direct", name)])
        elif shape == 2:
            q = f"{o}{QUOTES[k]}.{c}"
            text = f"The reply, from {name}, {role} at {body}, was short: {q}"
            yield Case("", "from_aside", text, [Expect(q, "direct", name, Contains(head))])
        else:
            q = f"{o}{QUOTES[k]}.{c}"
            text = f"It was {name}, {role} at {body}, who put it most plainly: {q}"
            yield Case("", "cleft", text, [Expect(q, "direct", name, Contains(head))])


def post_nominals() -> Iterator[Case]:
    """NAME BEM said C. / NAME, PhD, ROLE at BODY, said C. / "Q," said NAME, MD, ROLE at BODY. ->
    NAME."""
    for (name, _, _), (role, head, body), k, (o, c) in sample(_combos(), 90, "r36main-postnom"):
        letters = ("BEM", "FRS", "KC")[k]
        if k == 0:
            text = f"{name} {letters} said {CLAUSES[k]}."
            yield Case("", "letters", text, [Expect(CLAUSES[k], "indirect", name)])
        elif k == 1:
            text = f"{name}, PhD, {role} at {body}, said {CLAUSES[k]}."
            yield Case("", "phd", text, [Expect(CLAUSES[k], "indirect", name, Contains(head))])
        else:
            q = f"{o}{QUOTES[k]},{c}"
            text = f"{q} said {name}, MD, {role} at {body}."
            yield Case("", "md", text, [Expect(q, "direct", name, Contains(head))])


def nominal_titles() -> Iterator[Case]:
    """NAME scored twice on Sunday. "Q," said the 19-year-old defender. -> NAME, titled
    defender."""
    roles = ("defender", "goalkeeper", "midfielder")
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 70, "r36main-nominal"):
        q = f"{o}{QUOTES[k]},{c}"
        text = f"{name} scored twice for Ormside Rovers on Sunday. {q} said the 19-year-old {roles[k]}."
        yield Case("", "aged_role", text, [Expect(q, "direct", name, Contains(roles[k]))])


#: (compound given name, double surname, pronoun): people of our own with two given names.
COMPOUND = (
    ("Consuelo Amparo", "Villanueva Ocampo", "she"),
    ("Maria Teresa", "Iriarte Solano", "she"),
    ("Juan Carlos", "Bustamante Leal", "he"),
)


def compound_surnames() -> Iterator[Case]:
    """ "Q," said GIVEN GIVEN SUR SUR, ROLE at BODY. "Q2," SUR SUR said. / ... said Ms SUR SUR. ->
    the full name both times."""
    combos = itertools.product(COMPOUND, POSTS, range(3), MARKS)
    for (given, surname, _), (role, head, body), k, (o, c) in sample(combos, 90, "r36main-compound"):
        full = f"{given} {surname}"
        q1, q2 = f"{o}{QUOTES[k]},{c}", f"{o}{QUOTES[(k + 1) % 3]},{c}"
        later = f"{surname} said" if k != 1 else f"said {surname}"
        text = f"{q1} said {full}, {role} at {body}. {q2} {later}."
        yield Case(
            "",
            "later_surname",
            text,
            [Expect(q1, "direct", full, Contains(head)), Expect(q2, "direct", full)],
        )


def adverb_after_apposition() -> Iterator[Case]:
    """ "Q," NAME, ROLE at BODY, laughed ruefully. -> NAME (an open frame verb, a manner adverb)."""
    for (name, _, _), (role, head, body), k, (o, c) in sample(_combos(), 70, "r36main-advframe"):
        q = f"{o}{QUOTES[k]},{c}"
        verb = ("laughed ruefully", "sighed heavily", "grinned broadly")[k]
        text = f"{q} {name}, {role} at {body}, {verb}."
        yield Case("", "adverb", text, [Expect(q, "direct", name, Contains(head))])


ROUND36_MAIN: tuple[Capability, ...] = (
    named("marks.aside_bounds", "8", 'The plan — "X," according to NAME — was scrapped.: the aside', asides),
    named(
        "inverted.relative_description",
        "6",
        '"Q," said the ROLE at BODY who ..., NAME.: NAME',
        relative_description,
    ),
    named("negative.known_texts", "7", 'Every child in TOWN knows the line "X" by heart.: none', known_texts),
    named("colon.quoted_lists", "3", 'NAME had three words for the plan: "X", "Y", "Z".: NAME', colon_lists),
    named("titles.ranked_jobs", "6", "Former head groom NAME said C.: NAME, head groom", ranked_jobs),
    named("quantified.joint_speakers", "2", "A, ROLE at BODY, and B, ROLE2, said C.: A; B", joint_speakers),
    named("credits.verbless", "1", '"Q," NAME, smiling.: NAME', verbless),
    named("titles.clergy_civic", "6", '"Q," said Alderwoman NAME.: NAME, Alderwoman', clergy_civic),
    named(
        "negative.editor_notes", "7", "(This article has been corrected to show that C.): none", editor_notes
    ),
    named(
        "pronouns.singular_they", "4", 'NAME uses they/them pronouns. "Q," they said.: NAME', singular_they
    ),
    named("credits.copular_frame", "1", '"Q" was how NAME described it.: NAME', copular_frames),
    named("names.post_nominals", "5", "NAME BEM said C. / NAME, PhD, ROLE, said C.: NAME", post_nominals),
    named("nominals.role_title", "4", '"Q," said the 19-year-old defender.: NAME, defender', nominal_titles),
    named(
        "names.compound_surnames",
        "5",
        '"Q," said GIVEN GIVEN SUR SUR, ROLE. "Q2," SUR SUR said.: NAME',
        compound_surnames,
    ),
    named(
        "cue.frame_adverb_after_apposition",
        "1",
        '"Q," NAME, ROLE at BODY, laughed ruefully.: NAME',
        adverb_after_apposition,
    ),
)
