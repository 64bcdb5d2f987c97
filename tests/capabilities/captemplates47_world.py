"""Development capabilities added on main in the forty-seventh round: English news from around the world.

* *NAME, ROLE of BODY (ACR), said*: a bracketed short form ending the apposition (before: the
  body's name as the speaker, *Jan Morcha*);
* *NAME, Chairman, House Committee on Works, said*: a comma-style post and its body, after an
  opening phrase, an honorific, *according to* and *signed by* too (before: the speaker
  *Chairman*);
* *"C," said she.*: a personal pronoun after an inverted cue (before: no speaker, or the quotation
  merged with the next one);
* *The Union Minister of State for Railways, NAME, said*: a role before the name whose words hold
  another name (before: the role, or *Health*, as the speaker);
* *NAME told ABC radio: "C."*: a broadcaster's medium after its name (before: a mixed quotation
  from *radio*);
* *the MEC for Health*, *Undersecretary for X*, *Tánaiste NAME*, *Kaumatua NAME*, *averred*,
  *Alhaji NAME*: role words, a verb and an honorific of the world's English-language press;
* *Jose Maria dela Paz Jr.* then *dela Paz said*: a surname with a particle after a name with a
  suffix (before: a new person *dela Paz*);
* *Superintendent of Police (SP) of Raghavpur district*: a title that goes on past its role's short
  form.

People, places and bodies of our own. ``captemplates.py`` adds :data:`ROUND47_WORLD` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, QUOTES

#: People with given names the registration lists hold, and their pronouns.
PEOPLE = (
    ("Kavitha Ilangovan", "she"),
    ("Sadia Memon", "she"),
    ("Ngozi Eze", "she"),
    ("Maria Santos", "she"),
    ("Rahul Verma", "he"),
    ("Emeka Nwosu", "he"),
    ("David Mensah", "he"),
    ("Joseph Kamau", "he"),
)
#: Roles of a body whose short form follows in brackets: (role, body, short form).
ACRONYM_BODIES = (
    ("spokesperson", "the Lok Seva Party", "LSP"),
    ("Director-General", "the National Roads Agency", "NRA"),
    ("President", "the Union of Market Traders", "UMT"),
    ("chairman", "the Cane Growers Federation", "CGF"),
    ("Commissioner", "the Greater Northfield Municipal Corporation", "GNMC"),
    ("Executive Secretary", "the Cocoa Farmers Council", "CFC"),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _person(k: int) -> tuple[str, str]:
    return PEOPLE[k % len(PEOPLE)]


def acronym_appositions() -> Iterator[Case]:
    """NAME, ROLE of BODY (ACR), said C / said: "Q" / "Q," NAME, ROLE of BODY (ACR), said."""
    combos = itertools.product(range(8), range(6), range(3), range(2))
    for p, b, shape, m in sample(combos, 220, "r47world-acronym"):
        name, _ = _person(p)
        role, body, short = ACRONYM_BODIES[b]
        left, right = MARKS[m]
        title = Contains((role, body.removeprefix("the ")))
        apposed = f"{name}, {role} of {body} ({short}),"
        if shape == 0:
            text = f"{apposed} said {CLAUSES[b % 3]}."
            expect = Expect(CLAUSES[b % 3], "indirect", name, title=title, speaker_kind="person")
        elif shape == 1:
            content = f"{left}{QUOTES[p % 3]}.{right}"
            text = f"{apposed} said: {content}"
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        else:
            content = f"{left}{QUOTES[p % 3]},{right}"
            text = f"{content} {apposed} said."
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        yield Case(
            "", f"{shape}", text, [expect], wrong_speakers=[(expect.content, body.removeprefix("the "))]
        )


#: Comma-style posts: a capitalised role, then its body.
COMMA_POSTS = (
    ("Chairman", "House Committee on Works"),
    ("Chairman", "Senate Committee on Aviation"),
    ("Director", "Federal Roads Agency"),
    ("President", "Traders Association of Onitsha"),
    ("Secretary", "Kaduna Farmers Union"),
)
#: Openings before the name.
OPENERS = ("", "In a statement on Friday, ", "Engr. ", "Hon. ", "Alhaji ")


def comma_style_posts() -> Iterator[Case]:
    """(OPENING) NAME, ROLE, BODY, said C / noted: "Q" / According to NAME, ROLE, BODY, C / C,
    according to NAME, ROLE, BODY. / The statement, signed by NAME, ROLE, BODY, read: "Q"."""
    combos = itertools.product(range(8), range(5), range(5), range(5), range(2))
    for p, c, o, shape, m in sample(combos, 300, "r47world-comma"):
        name, _ = _person(p)
        role, body = COMMA_POSTS[c]
        left, right = MARKS[m]
        title = Contains((role, body))
        clause = CLAUSES[(p + c) % 3]
        post = f"{name}, {role}, {body},"
        if shape == 0:
            text = f"{OPENERS[o]}{post} said {clause}."
            expect = Expect(clause, "indirect", name, title=title, speaker_kind="person")
        elif shape == 1:
            content = f"{left}{QUOTES[c % 3]}.{right}"
            text = f"{OPENERS[o]}{post} noted: {content}"
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        elif shape == 2:
            text = f"According to {post} {clause}."
            expect = Expect(clause, "indirect", name, title=title, speaker_kind="person")
        elif shape == 3:
            text = f"{clause[:1].upper()}{clause[1:]}, according to {name}, {role}, {body}."
            content = text[: len(clause)]
            expect = Expect(content, "indirect", name, title=title, speaker_kind="person")
        else:
            content = f"{left}{QUOTES[c % 3]}.{right}"
            text = f"The statement, signed by {post} read: {content}"
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        yield Case("", f"{shape}", text, [expect], wrong_speakers=[(expect.content, role)])


#: What the person did before the quotation.
BEATS = ("spoke next", "opened the session on Monday", "inspected the site")


def inverted_pronoun_credits() -> Iterator[Case]:
    """OTHER, ROLE, spoke first. NAME, ROLE2, BEAT. "Q," said PRONOUN(, adding that C). -> NAME."""
    combos = itertools.product(range(8), range(3), range(3), range(2), range(2))
    for p, b, q, adding, m in sample(combos, 200, "r47world-saidhe"):
        name, pronoun = _person(p)
        other, _ = _person(p + 4)  # (the other gender)
        left, right = MARKS[m]
        content = f"{left}{QUOTES[q]},{right}"
        tail = f", adding that {CLAUSES[q]}." if adding else "."
        text = (
            f"{other}, the district collector, chaired the meeting. {name}, the port's director, "
            f"{BEATS[b]}. {content} said {pronoun}{tail}"
        )
        expects = [Expect(content, "direct", name, title=Contains("director"), speaker_kind="person")]
        if adding:
            expects.append(Expect(f"that {CLAUSES[q]}", "indirect", name, speaker_kind="person"))
        yield Case("", f"{adding}", text, expects, wrong_speakers=[(content, other)])


#: Roles before a name whose words hold another name.
NAMED_ROLES = (
    "The Union Minister of State for Railways",
    "The Commissioner for Health in Okeji State",
    "The Provincial Minister for Irrigation of Mehranabad",
    "The Deputy Governor of Lagos State",
    "The Minister of State for Trade in Ontario",
)
HONORIFICS = ("", "Shri ", "Smt. ", "Engr. ", "Dr. ")


def roles_holding_names() -> Iterator[Case]:
    """ROLE-with-names, (HONORIFIC) NAME, said C. -> NAME with the role as title."""
    combos = itertools.product(range(8), range(5), range(5), range(3))
    for p, r, h, c in sample(combos, 220, "r47world-named-roles"):
        name, _ = _person(p)
        role = NAMED_ROLES[r]
        text = f"{role}, {HONORIFICS[h]}{name}, said {CLAUSES[c]}."
        title = Contains(role.removeprefix("The "))
        yield Case(
            "", f"{r}", text, [Expect(CLAUSES[c], "indirect", name, title=title, speaker_kind="person")]
        )


#: Broadcasters and their media.
BROADCASTS = ("ABC radio", "BBC television", "RTE radio", "SABC TV", "NHK television")


def broadcaster_media() -> Iterator[Case]:
    """NAME, ROLE, told BROADCASTER MEDIUM: "Q." / that C. -> only NAME's quotation."""
    combos = itertools.product(range(8), range(5), range(2), range(2))
    for p, bc, shape, m in sample(combos, 160, "r47world-broadcast"):
        name, _ = _person(p)
        left, right = MARKS[m]
        if shape == 0:
            content = f"{left}{QUOTES[bc % 3]}.{right}"
            text = f"{name}, the state premier, told {BROADCASTS[bc]}: {content}"
            expect = Expect(content, "direct", name, title=Contains("premier"), speaker_kind="person")
        else:
            content = f"that {CLAUSES[bc % 3]}"
            text = f"{name}, the state premier, told {BROADCASTS[bc]} {content}."
            expect = Expect(content, "indirect", name, title=Contains("premier"), speaker_kind="person")
        yield Case("", f"{shape}", text, [expect])


#: Roles, pre-name titles, verbs and honorifics of the world's press: (text before the name,
#: text after it, verb, the title's words or None).
WORLD_FORMS = (
    ("", ", the MEC for Health in the Western Cape,", "said", ("MEC for Health", "Western Cape")),
    ("", ", Undersecretary for Labour Relations,", "said", ("Undersecretary for Labour Relations",)),
    ("Tánaiste ", "", "said", ("Tánaiste",)),
    ("Kaumatua ", "", "said", ("Kaumatua",)),
    ("", ", Vice-Chancellor of Northfield University,", "averred", ("Vice-Chancellor",)),
    ("Alhaji ", ", the union's lawyer,", "said", ("lawyer",)),
)


def world_role_words() -> Iterator[Case]:
    """PRE NAME POST VERB that C / "Q," said PRE NAME. -> NAME (without the pre-name word), with the
    title."""
    combos = itertools.product(range(8), range(6), range(2), range(3))
    for p, f, shape, c in sample(combos, 200, "r47world-forms"):
        name, _ = _person(p)
        pre, post, verb, parts = WORLD_FORMS[f]
        title = Contains(parts)
        if shape == 0:
            content = f"that {CLAUSES[c]}"
            text = f"{pre}{name}{post} {verb} {content}."
            kind = "indirect"
        else:
            content = f'"{QUOTES[c]},"'
            text = f"{content} said {pre}{name}{post.rstrip(',')}."
            kind = "direct"
        yield Case(
            "", f"{f}-{shape}", text, [Expect(content, kind, name, title=title, speaker_kind="person")]
        )


#: Names with a particle before the surname and a suffix after it, and their later short forms.
SUFFIXED = (
    ("Jose Maria dela Paz Jr.", "dela Paz"),
    ("Pieter van der Merwe III", "Van der Merwe"),
    ("Ana Lucia de los Santos Jr.", "de los Santos"),
    ("Hendrik de Vries Sr.", "De Vries"),
)


def suffixed_particle_surnames() -> Iterator[Case]:
    """FULL, the mayor, said C. | "Q," (Mr) SHORT said. -> FULL for both."""
    combos = itertools.product(range(4), range(3), range(2), range(2))
    for n, c, mr, m in sample(combos, 48, "r47world-suffixed"):
        full, short = SUFFIXED[n]
        left, right = MARKS[m]
        content = f"{left}{QUOTES[c]},{right}"
        later = f"Mr {short}" if mr and short[:1].islower() else short
        text = f"{full}, the mayor, said {CLAUSES[c]}.\n\n{content} {later} said."
        expects = [
            Expect(CLAUSES[c], "indirect", full, title=Contains("mayor"), speaker_kind="person"),
            Expect(content, "direct", full, title=Contains("mayor"), speaker_kind="person"),
        ]
        yield Case("", f"{n}", text, expects)


#: Titles with their role's short form in brackets, then the place they serve.
BRACKETED_POSTS = (
    ("Superintendent of Police", "SP", "of Raghavpur district", "Raghavpur"),
    ("Deputy Commissioner", "DC", "of Sonegaon", "Sonegaon"),
    ("Block Development Officer", "BDO", "of Kalyani block", "Kalyani"),
    ("Station House Officer", "SHO", "of Kotwali police station", "Kotwali"),
)


def bracketed_role_titles() -> Iterator[Case]:
    """NAME, (the) ROLE (SHORT) of PLACE, said C / said: "Q". -> the title holds the place."""
    combos = itertools.product(range(8), range(4), range(2), range(2))
    for p, b, article, shape in sample(combos, 120, "r47world-bracketed"):
        name, _ = _person(p)
        role, short, rest, place = BRACKETED_POSTS[b]
        the = "the " if article else ""
        title = Contains((role, place))
        if shape == 0:
            text = f"{name}, {the}{role} ({short}) {rest}, said {CLAUSES[b % 3]}."
            expect = Expect(CLAUSES[b % 3], "indirect", name, title=title, speaker_kind="person")
        else:
            content = f'"{QUOTES[b % 3]}."'
            text = f"{name}, {the}{role} ({short}) {rest}, said: {content}"
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        yield Case("", f"{shape}", text, [expect])


ROUND47_WORLD: tuple[Capability, ...] = (
    named("title.acronym_appositions", "5", "NAME, ROLE of BODY (ACR), said", acronym_appositions),
    named(
        "title.comma_style_posts", "6", "NAME, Chairman, House Committee on Works, said", comma_style_posts
    ),
    named("speaker.inverted_pronoun_credits", "4", '"C," said she.', inverted_pronoun_credits),
    named(
        "speaker.roles_holding_names",
        "5",
        "The Commissioner for Health in X State, NAME, said",
        roles_holding_names,
    ),
    named("direct.broadcaster_media", "3", 'NAME told ABC radio: "C."', broadcaster_media),
    named("title.world_role_words", "6", "the MEC for Health, Tanaiste NAME, averred", world_role_words),
    named(
        "speaker.suffixed_particle_surnames",
        "4",
        "NAME dela Paz Jr. ... dela Paz said",
        suffixed_particle_surnames,
    ),
    named(
        "title.bracketed_role_titles",
        "6",
        "NAME, Superintendent of Police (SP) of X, said",
        bracketed_role_titles,
    ),
)
