"""Development capabilities added on branch ``h30named`` in the twenty-eighth round: people
introduced by a naming phrase.

News copy often gives a description first and the name after a naming phrase: *named*,
*called*, *known as*, *identified (only / by police) as*, *who gave his name as*, *who goes by*,
*by the name of*. The person so named is the speaker, with the description's role as title:

* *"Q," said one of the rescuers, a volunteer named NAME.* -> Q by NAME (title volunteer);
* *One resident, a pensioner named NAME, said C* (commas, dashes, brackets) -> NAME;
* *A volunteer named NAME said C* / *"Q," said a farmer called NAME* -> NAME, title the role;
* *The driver, identified only as Mr Rakoto, said C* -> *Rakoto* (a form of address and a
  family name print as the family name, as *The driver, Mr Rakoto, said* does), title driver;
* *According to a nurse named NAME, C* -> NAME;
* a later *he* / *she* and *the ROLE* refer back to NAME;
* *A man identified by police as NAME said C* -> NAME with no title (*man* is no capacity);
* *Her son, a soldier named NAME, said C* -> NAME;
* *The depot's night supervisor — a 30-year veteran named NAME — said C* -> NAME, title the
  role written first.

Guards: a name inside another person's phrase (*The mother of a boy named NAME said C*: the
mother speaks), *named* / *called* as finite verbs (*The mayor named NAME as her deputy*: NAME is no
mayor; *The coach called NAME a liar, the spokesman said*), a thing so named (*a storm named
Freya*, *a ship called Polar Star*, *known as the Iron Bridge*), *He was named coach in 2019,
NAME said*, *She named her dog Biscuit*, *NAME, the church's pastor, called NAME2 "Y."* (the
verb of the name before an apposition), a nickname after a name (*NAME, known as NICK, said*).
People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND27_H30NAMED` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, TitleSpec, named, sample

#: Persons of several cultures and name shapes (hyphens, particles, initials): (name, gender).
PEOPLE = (
    ("Tomaž Kranjc", "m"),
    ("Ilze Ozola", "f"),
    ("Lusia Taufa", "f"),
    ("Ndumiso Zulu", "m"),
    ("Sovann Kim", "m"),
    ("Arben Krasniqi", "m"),
    ("Mele Fonua", "f"),
    ("Anna-Lena Vogt", "f"),
    ("Rui de Almeida", "m"),
    ("Thandeka Mokoena", "f"),
    ("Nguyen Van Long", "m"),
    ("Aroha Ngata", "f"),
    ("Oğuz Demirtaş", "m"),
    ("Siobhán Ní Bhriain", "f"),
    ("A. J. Mensah", "m"),
)
#: Names written family name first.
FAMILY_FIRST = frozenset(["Nguyen Van Long"])
#: A form of address and a family name: (as written, canonical speaker, gender).
ADDRESSED = (
    ("Mr Rakoto", "Rakoto", "m"),
    ("Mrs Fonoti", "Fonoti", "f"),
    ("Ms Aydin", "Aydin", "f"),
    ("Mr. Haddad", "Haddad", "m"),
    ("Mr Okonkwo", "Okonkwo", "m"),
)
#: Role descriptions (as written after an article) and the word the title must hold.
ROLES = (
    ("volunteer", "volunteer"),
    ("pensioner", "pensioner"),
    ("shopkeeper", "shopkeeper"),
    ("farmer", "farmer"),
    ("nurse", "nurse"),
    ("taxi driver", "taxi driver"),
    ("retired miner", "miner"),
    ("market trader", "trader"),
    ("fisherman", "fisherman"),
    ("night porter", "porter"),
    ("schoolteacher", "schoolteacher"),
)
#: Counted or partitive descriptions before an apposition (subject form).
COUNTED = (
    "One resident",
    "One of the rescuers",
    "Another neighbour",
    "One of the passengers",
    "A third witness",
)
#: Naming phrases before a name: a template with {pos} (possessive pronoun).
NAMINGS = (
    "named",
    "called",
    "known as",
    "identified only as",
    "identified by police as",
    "who gave {pos} name as",
    "who gave {pos} name only as",
    "who goes by",
    "by the name of",
)
#: The participle naming phrases, which may stand right after a description without a comma.
CLOSE_NAMINGS = ("named", "called", "known as", "identified as", "who gave {pos} name as")
#: Reported clauses.
CLAUSES = (
    "the water had reached the second floor",
    "nobody from the council had come",
    "the bridge had been shaking for weeks",
    "the last bus left at nine",
    "the clinic ran out of insulin in March",
)
#: Direct quotations (no final mark).
QUOTES = (
    "It's over",
    "Nobody came to help us",
    "We had no warning at all",
    "I have driven this road for twenty years",
)
#: Marks: (open, close).
MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: Cue verbs before a reported clause.
CUES = ("said", "says", "told reporters", "recalled")


def _pron(gender: str) -> tuple[str, str]:
    """(possessive, subject) pronouns of *gender*."""
    return ("her", "she") if gender == "f" else ("his", "he")


def _art(word: str) -> str:
    """The indefinite article before *word*."""
    return "an" if word[0] in "aeiou" else "a"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _lower(text: str) -> str:
    """A description as written inside a sentence ('one of the rescuers')."""
    return text[0].lower() + text[1:]


def apposed_after_cue() -> Iterator[Case]:
    """'"Q," said one of the rescuers, a volunteer named NAME.' -> Q by NAME (title the role)."""
    combos = itertools.product(COUNTED, ROLES, NAMINGS, PEOPLE, QUOTES, MARKS)
    for counted, (role, head), naming, (name, g), quote, (op, cl) in sample(combos, 220, "h30named-after"):
        direct = f"{op}{quote},{cl}"
        phrase = naming.format(pos=_pron(g)[0])
        text = f"{direct} said {_lower(counted)}, {_art(role)} {role} {phrase} {name}."
        yield Case("", "after", text, [Expect(direct, "direct", name, Contains(head))], exact=True)


def apposed_subject() -> Iterator[Case]:
    """'One resident, a pensioner named NAME, said: "Q."' (commas, dashes, brackets) -> NAME."""
    seps = ((", ", ","), (" \u2014 ", " \u2014"), (" (", ")"))
    combos = itertools.product(COUNTED, ROLES, NAMINGS, PEOPLE, seps, QUOTES, CLAUSES, (True, False))
    for counted, (role, head), naming, (name, g), (op, cl), quote, clause, direct_quote in sample(
        combos, 260, "h30named-subj"
    ):
        phrase = naming.format(pos=_pron(g)[0])
        subject = f"{counted}{op}{_art(role)} {role} {phrase} {name}{cl}"
        if direct_quote:
            content = f'"{quote}."'
            text = f"{subject} said: {content}"
            yield Case("", "subj", text, [Expect(content, "direct", name, Contains(head))], exact=True)
        else:
            text = f"{subject} said {clause}."
            yield Case("", "subj", text, [Expect(clause, "indirect", name, Contains(head))], exact=True)


def described_subject() -> Iterator[Case]:
    """'A volunteer named NAME said C.' / '"Q," said a farmer called NAME.' -> NAME, title the role."""
    combos = itertools.product(ROLES, CLOSE_NAMINGS, PEOPLE, CUES, CLAUSES, QUOTES, (True, False))
    for (role, head), naming, (name, g), cue, clause, quote, before in sample(combos, 220, "h30named-desc"):
        phrase = naming.format(pos=_pron(g)[0])
        if before:
            text = f"{_cap(_art(role))} {role} {phrase} {name} {cue} {clause}."
            yield Case("", "desc", text, [Expect(clause, "indirect", name, Contains(head))], exact=True)
        else:
            direct = f'"{quote},"'
            text = f"{direct} said {_art(role)} {role} {phrase} {name}."
            yield Case("", "desc", text, [Expect(direct, "direct", name, Contains(head))], exact=True)


#: Identifying phrases set off after a definite description.
IDENTIFIED = ("identified only as", "identified by police as", "identified as", "known as", "named")


def identified_apposition() -> Iterator[Case]:
    """'The driver, identified only as Mr Rakoto, said C.' (commas, brackets, dashes) -> the family
    name (or the full name), title the role."""
    shapes = ((", ", ","), (" (", ")"), (" \u2014 ", " \u2014"))
    people = [(w, w, g) for w, g in PEOPLE[:8]] + list(ADDRESSED)
    combos = itertools.product(ROLES, IDENTIFIED, people, shapes, CLAUSES)
    for (role, head), phrase, (written, canon, _), (op, cl), clause in sample(combos, 200, "h30named-ident"):
        text = f"The {role}{op}{phrase} {written}{cl} said {clause}."
        yield Case("", "ident", text, [Expect(clause, "indirect", canon, Contains(head))], exact=True)


def according_to() -> Iterator[Case]:
    """'According to a nurse named NAME, C.' -> C by NAME (title the role)."""
    combos = itertools.product(ROLES, CLOSE_NAMINGS, PEOPLE, CLAUSES)
    for (role, head), naming, (name, g), clause in sample(combos, 80, "h30named-acc"):
        phrase = naming.format(pos=_pron(g)[0])
        text = f"According to {_art(role)} {role} {phrase} {name}, {clause}."
        yield Case("", "acc", text, [Expect(clause, "indirect", name, Contains(head))], exact=True)


def follow_up() -> Iterator[Case]:
    """'A volunteer named NAME said C1. He said C2. The volunteer added that C3.' -> all by NAME."""
    combos = itertools.product(ROLES, CLOSE_NAMINGS, PEOPLE, CLAUSES, CLAUSES, CLAUSES)
    items = [c for c in combos if len({c[3], c[4], c[5]}) == 3]
    for (role, _), naming, (name, g), c1, c2, c3 in sample(items, 120, "h30named-follow"):
        pos, subj = _pron(g)
        text = (
            f"{_cap(_art(role))} {role} {naming.format(pos=pos)} {name} said {c1}. "
            f"{_cap(subj)} said {c2}. The {role} added that {c3}."
        )
        expected = [
            Expect(c1, "indirect", name),
            Expect(c2, "indirect", name),
            Expect(f"that {c3}", "indirect", name),
        ]
        yield Case("", "follow", text, expected, exact=True)


def person_noun() -> Iterator[Case]:
    """'A man identified by police as NAME said C.' / 'A man in a red jersey, who gave his name as
    NAME, said C.' -> NAME with no title (*man* is no capacity, modified or not)."""
    nouns = (("man", "m"), ("woman", "f"), ("teenager", "m"))
    namings = ("identified by police as", "named", "who gave {pos} name as", "called")
    combos = itertools.product(nouns, namings, PEOPLE, CLAUSES)
    items = [c for c in combos if c[0][1] == c[2][1]]
    for (noun, g), naming, (name, _), clause in sample(items, 80, "h30named-man"):
        phrase = naming.format(pos=_pron(g)[0])
        text = f"{_cap(_art(noun))} {noun} {phrase} {name} said {clause}."
        title: TitleSpec = Contains("teenager") if noun == "teenager" else None
        yield Case("", "man", text, [Expect(clause, "indirect", name, title)], exact=True)
    jerseys = itertools.product((("man", "m"), ("woman", "f")), PEOPLE, CLAUSES)
    for (noun, g), (name, _), clause in sample(
        [c for c in jerseys if c[0][1] == c[1][1]], 30, "h30named-jersey"
    ):
        text = f"A {noun} in a red jersey, who gave {_pron(g)[0]} name as {name}, said {clause}."
        yield Case("", "man", text, [Expect(clause, "indirect", name, None)], exact=True)


def owned_description() -> Iterator[Case]:
    """ "The depot's night supervisor — a 30-year veteran named NAME — said C." -> NAME, with the
    role written first as title."""
    posts = (
        ("bus depot's night supervisor", "night supervisor"),
        ("hospital's chief porter", "chief porter"),
        ("ferry company's senior engineer", "senior engineer"),
        ("mill's shift manager", "shift manager"),
    )
    combos = itertools.product(
        posts, ("30", "12", "25"), PEOPLE, CLAUSES, ((" \u2014 ", " \u2014"), (", ", ","))
    )
    for (post, head), years, (name, _), clause, (op, cl) in sample(combos, 80, "h30named-owned"):
        text = f"The {post}{op}a {years}-year veteran named {name}{cl} said {clause}."
        yield Case("", "owned", text, [Expect(clause, "indirect", name, Contains(head))], exact=True)


def guard_finite_naming() -> Iterator[Case]:
    """'The mayor named NAME as her deputy on Monday. SURNAME said C.' / 'The coach called NAME on
    Monday. SURNAME said C.' -> NAME speaks: *named* / *called* is the verb, no description
    that names NAME. With no title, except the post a verb of appointment gives (*named NAME as
    her deputy*: 'deputy', since branch h35appoint, thirty-second round)."""
    frames = (
        ("The mayor named {name} as her deputy on Monday.", Contains("deputy")),
        ("The coach called {name} on Monday.", None),
        ("The club named {name} as its new captain on Monday.", Contains("captain")),
        ("The minister called {name} a hero.", None),
    )
    combos = itertools.product(frames, PEOPLE, CLAUSES)
    for (frame, title), (name, _), clause in sample(combos, 80, "h30named-gfin"):
        family = name.split()[0] if name in FAMILY_FIRST else name.split()[-1]
        text = f"{frame.format(name=name)} {family} said {clause}."
        yield Case("", "gfin", text, [Expect(clause, "indirect", name, title)], exact=True)


def guard_things() -> Iterator[Case]:
    """'A storm named Freya hit the coast, NAME said.' / 'The bridge, known as the Iron Bridge,
    will close, NAME said.' / 'He was named coach in 2019, NAME said.' -> C by NAME."""
    things = (
        "A storm named Freya hit the coast overnight",
        "A ship called Polar Star docked on Monday",
        "The bridge, known as the Iron Bridge, will close in May",
        "He was named coach in 2019",
        "A report called Dry Rivers was published in June",
        "The ward, known locally as Ward Nine, was closed",
    )
    combos = itertools.product(things, PEOPLE)
    for thing, (name, _) in sample(combos, 80, "h30named-gthing"):
        text = f"{thing}, {name} said."
        yield Case("", "gthing", text, [Expect(thing, "indirect", name)], exact=True)


def guard_no_quote() -> Iterator[Case]:
    """'She named her dog Biscuit.' / 'A volunteer named NAME lives above the shop.' -> no quote;
    'The mayor called the plan "a disgrace".' -> *the plan* speaks not."""
    combos = itertools.product(ROLES, PEOPLE)
    for (role, _), (name, _) in sample(combos, 40, "h30named-gno"):
        yield Case("", "gno", f"{_cap(_art(role))} {role} named {name} lives above the shop.", [], exact=True)
    for pet in ("Biscuit", "Rolo", "Mango"):
        yield Case("", "gno", f"She named her dog {pet}.", [], exact=True)
    for noun in ("plan", "budget", "deal"):
        text = f'The mayor called the {noun} "a disgrace".'
        yield Case("", "gno", text, [], exact=False, wrong_speakers=[("a disgrace", noun)])


def guard_nickname() -> Iterator[Case]:
    """'NAME, known as NICK, said C.' -> the full name speaks, never the nickname alone;
    'The coach called NAME a liar, the spokesman said.' -> NAME is no speaker."""
    nicks = ("Sassa", "Big Tom", "Doc")
    combos = itertools.product(PEOPLE, nicks, CLAUSES)
    for (name, _), nick, clause in sample(combos, 60, "h30named-gnick"):
        text = f"{name}, known as {nick}, said {clause}."
        yield Case("", "gnick", text, [Expect(clause, "indirect", name)], exact=True)
    combos2 = itertools.product(PEOPLE, ("a liar", "a hero"))
    for (name, _), what in sample(combos2, 30, "h30named-gcalled"):
        content = f"The coach called {name} {what}"
        text = f"{content}, the spokesman said."
        yield Case("", "gcalled", text, [], exact=False, wrong_speakers=[(content, name)])


def possessed_apposition() -> Iterator[Case]:
    """'Her son, a soldier named NAME, said C.' / "The ferry company's captain — a man called
    NAME — said C." -> C by NAME."""
    owners = ("Her son", "His daughter", "Their neighbour", "Her brother", "The ferry company's captain")
    seps = ((", ", ","), (" \u2014 ", " \u2014"))
    combos = itertools.product(owners, ROLES, CLOSE_NAMINGS, PEOPLE, seps, CLAUSES)
    for owner, (role, _), naming, (name, g), (op, cl), clause in sample(combos, 100, "h30named-owner"):
        phrase = naming.format(pos=_pron(g)[0])
        text = f"{owner}{op}{_art(role)} {role} {phrase} {name}{cl} said {clause}."
        yield Case("", "owner", text, [Expect(clause, "indirect", name)], exact=True)


def guard_named_inside() -> Iterator[Case]:
    """'The mother of a boy named NAME said C.' / '"Q," said a friend of a woman known as NAME.' /
    'According to the brother of a man identified as NAME, C.' -> NAME is the named one's, never
    the speaker."""
    holders = (
        "mother of a boy",
        "friend of a woman",
        "brother of a man",
        "lawyer for a farmer",
        "teacher of a girl",
    )
    namings = ("named", "called", "known as", "identified as")
    combos = itertools.product(holders, namings, PEOPLE, CLAUSES, QUOTES, ("subject", "after", "according"))
    for holder, naming, (name, _), clause, quote, shape in sample(combos, 120, "h30named-ginside"):
        if shape == "subject":
            text = f"The {holder} {naming} {name} said {clause}."
            content = clause
        elif shape == "after":
            content = f'"{quote},"'
            text = f"{content} said the {holder} {naming} {name}."
        else:
            text = f"According to the {holder} {naming} {name}, {clause}."
            content = clause
        yield Case("", "ginside", text, [], exact=False, wrong_speakers=[(content, name)])


def guard_apposition_verb() -> Iterator[Case]:
    """'NAME, the church's pastor, called NAME2 "the voice of the town."' -> the marked words are
    never NAME2's: *called* is the verb of the name before the apposition, no naming phrase
    (whether they make a direct or a mixed quotation is not checked here)."""
    posts = ("the church's pastor", "the club's coach", "the school's head teacher", "a local councillor")
    words = ("the voice of this town", "a true friend of the harbour", "the heart of the team")
    pairs = [(a, b) for (a, _), (b, _) in itertools.product(PEOPLE, PEOPLE) if a != b]
    for (name, other), post, said in sample(
        list(itertools.product(pairs, posts, words)), 60, "h30named-gappo"
    ):
        quote = f'"{said}."'
        text = f"{name}, {post}, called {other} {quote}"
        yield Case("", "gappo", text, [], exact=False, wrong_speakers=[(said, other)])


#: Modifiers after a role ('a nurse | at the district hospital | named NAME').
MODIFIERS = (
    "at the district hospital",
    "from the next village",
    "of the lifeboat crew",
    "with the relief agency",
)


def modified_description() -> Iterator[Case]:
    """'A nurse at the district hospital named NAME said C.' / 'A spokeswoman for the council,
    named as NAME, said C.' -> NAME, title the role with its modifier: a person's name goes to
    the person noun, not to the place or body of the modifier."""
    combos = itertools.product(
        ROLES, MODIFIERS, ("named", "called", "known as"), PEOPLE, CLAUSES, (True, False)
    )
    for (role, head), mod, naming, (name, _), clause, comma in sample(combos, 120, "h30named-mod"):
        phrase = f", {naming} {name}," if comma else f" {naming} {name}"
        text = f"{_cap(_art(role))} {role} {mod}{phrase} said {clause}."
        yield Case("", "mod", text, [Expect(clause, "indirect", name, Contains(head))], exact=True)


def guard_named_body() -> Iterator[Case]:
    """'A spokesman for a charity called Open Doors said C.' -> the body's name is no person's:
    it takes no role of the spokesman's as title (whoever speaks: the body, or the description)."""
    bodies = (("charity", "Open Doors"), ("company", "Kestrel Ferries"), ("group", "River Watch"))
    roles = ("spokesman", "spokeswoman", "volunteer", "lawyer")
    combos = itertools.product(bodies, roles, ("called", "named", "known as"), CLAUSES)
    for (kind, body), role, naming, clause in sample(combos, 60, "h30named-gbody"):
        text = f"{_cap(_art(role))} {role} for a {kind} {naming} {body} said {clause}."
        accepted = (body, f"{role} for a {kind}", f"{role} for a {kind} {naming} {body}")
        yield Case("", "gbody", text, [Expect(clause, "indirect", accepted, None)], exact=True)


ROUND27_H30NAMED: tuple[Capability, ...] = (
    named(
        "named.apposed_after_cue",
        "2",
        "'Q,' said one of the rescuers, a volunteer named NAME -> NAME (volunteer)",
        apposed_after_cue,
    ),
    named(
        "named.apposed_subject",
        "2",
        "One resident, a pensioner named NAME, said C (commas, dashes, brackets) -> NAME",
        apposed_subject,
    ),
    named(
        "named.described_subject",
        "2",
        "A volunteer named NAME said C / 'Q,' said a farmer called NAME -> NAME, title the role",
        described_subject,
    ),
    named(
        "named.identified_apposition",
        "2",
        "The driver, identified only as Mr Rakoto, said C -> Rakoto (driver)",
        identified_apposition,
    ),
    named("named.according_to", "2", "According to a nurse named NAME, C -> NAME (nurse)", according_to),
    named(
        "named.follow_up", "2", "A ROLE named NAME said C1. He said C2. The ROLE added C3 -> NAME", follow_up
    ),
    named(
        "named.person_noun", "2", "A man identified by police as NAME said C -> NAME, no title", person_noun
    ),
    named(
        "named.owned_description",
        "2",
        "The depot's night supervisor — a 30-year veteran named NAME — said C -> NAME (night supervisor)",
        owned_description,
    ),
    named(
        "named.guard_finite_naming",
        "2",
        "The mayor named NAME as her deputy. SURNAME said C -> NAME, no title",
        guard_finite_naming,
    ),
    named("named.guard_things", "2", "A storm named Freya hit the coast, NAME said -> NAME", guard_things),
    named(
        "named.possessed_apposition",
        "2",
        "Her son, a soldier named NAME, said C -> NAME",
        possessed_apposition,
    ),
    named(
        "named.guard_named_inside",
        "2",
        "The mother of a boy named NAME said C: NAME is the boy, never the speaker",
        guard_named_inside,
    ),
    named(
        "named.modified_description",
        "2",
        "A nurse at the district hospital named NAME said C -> NAME (nurse at the district hospital)",
        modified_description,
    ),
    named(
        "named.guard_named_body",
        "2",
        "A spokesman for a charity called Open Doors said C: the body takes no title of the spokesman's",
        guard_named_body,
    ),
    named(
        "named.guard_apposition_verb",
        "2",
        "NAME, the church's pastor, called NAME2 'Y' -> Y by NAME: called is NAME's verb",
        guard_apposition_verb,
    ),
    named("named.guard_no_quote", "2", "She named her dog Biscuit: no quotation", guard_no_quote),
    named(
        "named.guard_nickname",
        "2",
        "NAME, known as NICK, said C -> NAME; 'called NAME a liar'",
        guard_nickname,
    ),
)
