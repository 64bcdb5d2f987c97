"""Development capabilities added on main in the forty-third round.

* *A of Oregon and B of New Mexico shared a stage. "C," the Oregon Democrat said.*, *Ohio's A met
  B of Maine. The Ohio lawmaker said C.*: a description that names a place the text ties to one
  person (*NAME of PLACE*, *PLACE's NAME*) is that person's, whatever its head noun (before: the
  bare description as the speaker's name);
* *B is challenging A, the incumbent Democrat. "C," said the incumbent.*, *A, a rookie officer,
  ... the rookie said*: a description whose every word is a word of one person's title, though
  not its head, is that person's (before: the bare noun); when both persons' titles hold the
  word, neither is guessed;
* *"C," state schools superintendent NAME said.*: a plural noun between a title's modifier and its
  role is part of the title, and *state* no cue (before: the speaker *schools superintendent NAME
  said*);
* *NAME told Wessex Radio's Daybreak programme: "C."*, *told Channel Nine's Sunday Briefing that C*,
  *told the Albion Broadcasting Corporation's World at Six: "C."*: a broadcaster's programme is the
  addressee of *told* (before: *programme:* or *Nine's Sunday Briefing* inside the content);
* *said Aoife 'the Professor' Kinsella* in single marks, *said Seo-yeon "the Fixer" Kang*: a
  nickname inside the name (before: no quotation, or the speaker *Seo-yeon*);
* *disputed by a person briefed on the investigation, who said C*: the anonymous source's whole
  phrase (before: the speaker *investigation*);
* *NAME, who chairs the public accounts committee, said C*: a post over a body named in lower
  case (before: no title);
* *Full-back NAME said C*, *NAME, the scrum-half, said C*, *the club's fly-half, NAME,*: a
  player's position written with a hyphen is a title (before: the speaker *Full-back NAME*, or
  no title);
* *A told the board that C. B was not at the meeting. | "D," she added.*: a subject said not
  to act takes no turn, so *she added* goes on with A (before: B);
* *After the vote, NAME, master ropemaker, was brief: "C."*: a name set off before its
  apposition heads a colon frame's subject (before: unattributed);
* *NAME did not say that C, as an earlier version of this article reported.*, *NAME never
  claimed "C"*: a negated verb of asserting denies the report (before: NAME "said" C);
* *... a dish NAME added in 1998*, *the plan that the mayor announced on Monday*: a verb of
  saying in an object relative with a time adjunct reports nothing (before: a mixed quote of the
  sentence before given to NAME).

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND42_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

#: (name, gender) pairs: two of each gender, so every case can hold two of one gender.
WOMEN = ("Margaret Holloway", "Oskana Bredvik", "Delphine Arkwright")
MEN = ("Gerald Ashcombe", "Tiriel Vasquenne", "Bastian Okonkwo")
#: Places a text ties a person to, each with a second place of the same kind.
PLACES = (
    ("Oregon", "New Mexico"),
    ("Vermont", "Ohio"),
    ("Manitoba", "Nova Scotia"),
    ("Wales", "Scotland"),
    ("Tasmania", "Queensland"),
)
#: Head nouns of a place epithet: party nouns, a role noun the text never gives, a gender noun.
HEADS = ("Democrat", "Republican", "lawmaker", "senator", "farmer", "woman|man")
#: How a sentence ties two people to their places.
TIES = (
    "{a} of {pa} and {b} of {pb} shared a stage in Carrow on Tuesday.",
    "{pa}'s {a} and {pb}'s {b} met in Carrow on Tuesday.",
    "{b} of {pb} spoke first, and {a} of {pa} followed.",
)


def _pair(i: int) -> tuple[str, str, str]:
    """Two people of one gender, and the gender's noun."""
    group, noun = (WOMEN, "woman") if i % 2 == 0 else (MEN, "man")
    k = i // 2
    return group[k % 3], group[(k + 1) % 3], noun


def place_epithets() -> Iterator[Case]:
    """TIE. "Q," the PLACE HEAD said. / The PLACE HEAD said C. -> the person tied to PLACE."""
    combos = itertools.product(range(6), range(len(PLACES)), range(len(HEADS)), range(len(TIES)), range(3))
    for i, p, h, t, shape in sample(combos, 300, "r42main-place"):
        a, b, gender_noun = _pair(i)
        pa, pb = PLACES[p]
        head = gender_noun if HEADS[h] == "woman|man" else HEADS[h]
        tie = TIES[t].format(a=a, b=b, pa=pa, pb=pb)
        left, right = MARKS[(i + p) % len(MARKS)]
        quote, clause = QUOTES[(h + t) % len(QUOTES)], CLAUSES[(p + shape) % len(CLAUSES)]
        if shape == 0:
            content = f"{left}{quote},{right}"
            text, expect = f"{tie} {content} the {pa} {head} said.", Expect(content, "direct", a)
        elif shape == 1:
            content = f"{left}{quote},{right}"
            text, expect = f"{tie} {content} said the {pa} {head}.", Expect(content, "direct", a)
        else:
            content = clause
            text, expect = f"{tie} The {pa} {head} said {clause}.", Expect(content, "indirect", a)
        yield Case("", f"{head}|{t}|{shape}", text, [expect], wrong_speakers=[(content, b)])


#: (title written after the name, the epithet a later sentence uses), the epithet a word of
#: the title that is not its head.
TITLE_WORDS = (
    ("the incumbent Democrat", "the incumbent"),
    ("the incumbent mayor", "the incumbent"),
    ("a rookie officer with the county police", "the rookie"),
    ("a volunteer firefighter with the Carrow brigade", "the volunteer"),
    ("the caretaker manager of Carrow Rovers", "the caretaker"),
    ("a trainee solicitor at Marsh and Fenn", "the trainee"),
)
#: Titles of the other person, which hold none of the epithets.
OTHER_TITLES = ("a retired teacher", "the county treasurer", "a professor at Brackley University")


def title_word_epithets() -> Iterator[Case]:
    """A, TITLE, and B, OTHER, ... "Q," said the EPITHET. -> A; with both titled so: nobody."""
    combos = itertools.product(range(6), range(len(TITLE_WORDS)), range(len(OTHER_TITLES)), range(4))
    for i, t, o, shape in sample(combos, 240, "r42main-title"):
        a, b, _ = _pair(i)
        title, epithet = TITLE_WORDS[t]
        left, right = MARKS[(i + t) % len(MARKS)]
        content = f"{left}{QUOTES[(t + o) % len(QUOTES)]},{right}"
        if shape == 0:
            text = f"{a}, {title}, faces {b}, {OTHER_TITLES[o]}, in November. {content} said {epithet}."
        elif shape == 1:
            text = f"{b}, {OTHER_TITLES[o]}, spoke after {a}, {title}. {content} {epithet} said."
        elif shape == 2:
            text = f"{a}, {title}, and {b}, {OTHER_TITLES[o]}, met on Tuesday.\n\n{content} {epithet} said."
        else:  # (both titles hold the epithet's word: nothing tells them apart)
            text = f"{a}, {title}, faces {b}, {title}, in November. {content} said {epithet}."
            wrong = [(content, a), (content, b)]
            yield Case("", f"both|{epithet}", text, [], exact=False, wrong_speakers=wrong)
            continue
        expect = Expect(content, "direct", a)
        yield Case("", f"{epithet}|{shape}", text, [expect], wrong_speakers=[(content, b)])


#: Plural nouns of a job title between its modifier and its role, and the role.
PLURAL_TITLES = (
    ("state schools superintendent", "schools superintendent"),
    ("county roads engineer", "roads engineer"),
    ("city libraries director", "libraries director"),
    ("state prisons commissioner", "prisons commissioner"),
    ("county elections supervisor", "elections supervisor"),
)


def plural_modifiers() -> Iterator[Case]:
    """ "Q," TITLE NAME said. / TITLE NAME said C. / said TITLE NAME. -> NAME, the title whole."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(PLURAL_TITLES)), range(3), range(len(MARKS)))
    for n, t, shape, m in sample(combos, 200, "r42main-plural"):
        name, (title, core) = names[n], PLURAL_TITLES[t]
        left, right = MARKS[m]
        content = f"{left}{QUOTES[(n + t) % len(QUOTES)]},{right}"
        if shape == 0:
            text, expect = (
                f"{content} {title} {name} said.",
                Expect(content, "direct", name, title=Contains(core)),
            )
        elif shape == 1:
            content = CLAUSES[(n + t) % len(CLAUSES)]
            text = f"{title[0].upper()}{title[1:]} {name} said {content}."
            expect = Expect(content, "indirect", name, title=Contains(core))
        else:
            text, expect = (
                f"{content} said {title} {name}.",
                Expect(content, "direct", name, title=Contains(core)),
            )
        yield Case("", f"{core}|{shape}", text, [expect])


#: Broadcasters and their programmes, as a British paper writes them after *told*.
PROGRAMMES = (
    "Wessex Radio's Daybreak programme",
    "Channel Nine's Sunday Briefing",
    "the Albion Broadcasting Corporation's World at Six",
    "Tidemark FM's Breakfast show",
    "Radio Four's Westminster Hour",
)


def programme_addressees() -> Iterator[Case]:
    """NAME told PROGRAMME: "Q." / NAME told PROGRAMME that C. / "Q," NAME told PROGRAMME. -> NAME."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(PROGRAMMES)), range(3), range(len(MARKS)))
    for n, p, shape, m in sample(combos, 200, "r42main-programme"):
        name, programme = names[n], PROGRAMMES[p]
        left, right = MARKS[m]
        if shape == 0:
            content = f"{left}{QUOTES[(n + p) % len(QUOTES)]}.{right}"
            text, kind = f"{name} told {programme}: {content}", "direct"
        elif shape == 1:
            content = f"that {CLAUSES[(n + p) % len(CLAUSES)]}"
            text, kind = f"{name} told {programme} {content}.", "indirect"
        else:
            content = f"{left}{QUOTES[(n + p) % len(QUOTES)]},{right}"
            text, kind = f"{content} {name} told {programme}.", "direct"
        yield Case("", f"{p}|{shape}", text, [Expect(content, kind, name)])


#: Names with a given name the chain must join past a nickname, and the nickname.
NICKNAMED = (
    ("Aoife", "Kinsella", "the Professor"),
    ("Seo-yeon", "Kang", "the Fixer"),
    ("Ji-woo", "Park", "Tank"),
    ("Marguerite", "Aldana", "the Anchor"),
)


def nicknames_inside() -> Iterator[Case]:
    """'Q', said GIVEN 'NICK' SURNAME, ROLE. (single marks throughout) / "Q," said GIVEN "NICK"
    SURNAME. -> GIVEN SURNAME, the role."""
    combos = itertools.product(range(len(NICKNAMED)), range(2), range(3))
    for k, single, q in sample(combos, 24, "r42main-nick"):
        given, surname, nick = NICKNAMED[k]
        mark = "'" if single else '"'
        content = f"{mark}{QUOTES[q]}{mark}," if single else f"{mark}{QUOTES[q]},{mark}"
        text = f"{content} said {given} {mark}{nick}{mark} {surname}, the shadow health secretary."
        expect = Expect(
            content.rstrip(","), "direct", f"{given} {surname}", title=Contains("health secretary")
        )
        yield Case("", f"{'single' if single else 'double'}", text, [expect])


#: Anonymous sources' participles and adjectives with their prepositions.
ANONYMOUS = (
    "a person briefed on the investigation",
    "an official knowledgeable about the talks",
    "a person familiar with the matter",
    "a source close to the minister",
)


def anonymous_relatives() -> Iterator[Case]:
    """The account was disputed by ANON, who said C. -> the anonymous source's whole phrase."""
    combos = itertools.product(range(len(ANONYMOUS)), range(len(CLAUSES)), range(2))
    for a, c, shape in sample(combos, 24, "r42main-anon"):
        anon, clause = ANONYMOUS[a], CLAUSES[c]
        lead = "The account was disputed by" if shape == 0 else "The figures were questioned by"
        text = f"{lead} {anon}, who said that {clause}."
        yield Case("", f"{a}|{shape}", text, [Expect(f"that {clause}", "indirect", anon.split(" ", 1)[1])])


#: Committees named in lower case, and the verbs of their posts.
COMMITTEES = ("the public accounts committee", "the planning committee", "the licensing board")
POSTS = (("chairs", "chair"), ("heads", "head"), ("leads", "leader"))


def lower_case_committees() -> Iterator[Case]:
    """NAME, who VERB COMMITTEE, said C. -> NAME, the post and the committee."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(COMMITTEES)), range(len(POSTS)))
    for n, c, p in sample(combos, 60, "r42main-committee"):
        name, committee, (verb, noun) = names[n], COMMITTEES[c], POSTS[p]
        clause = CLAUSES[(n + c) % len(CLAUSES)]
        text = f"{name}, who {verb} {committee}, said {clause}."
        title = Contains((noun, committee.removeprefix("the ")))
        yield Case("", f"{verb}|{c}", text, [Expect(clause, "indirect", name, title=title)])


#: Players' positions written with a hyphen, and the sports clubs they play for.
POSITIONS = ("full-back", "scrum-half", "fly-half", "centre-forward", "wing-back", "half-forward")
CLUBS = ("Carrow Rovers", "the Tarrow Comets", "Kelby Athletic")


def hyphen_positions() -> Iterator[Case]:
    """Position NAME said C. / NAME, the position, said C. / CLUB's position, NAME, said C. ->
    NAME, the position as title."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(POSITIONS)), range(len(CLUBS)), range(3))
    for n, p, c, shape in sample(combos, 180, "r42main-position"):
        name, position, club = names[n], POSITIONS[p], CLUBS[c]
        clause = CLAUSES[(n + p) % len(CLAUSES)]
        if shape == 0:
            text = f"{position[0].upper()}{position[1:]} {name} said {clause}."
        elif shape == 1:
            text = f"{name}, the {position}, said {clause}."
        else:
            owner = club[0].upper() + club[1:]
            text = f"{owner}'s {position}, {name}, said {clause}."
        yield Case(
            "", f"{position}|{shape}", text, [Expect(clause, "indirect", name, title=Contains(position))]
        )


#: Predicates that say a person did not act.
ABSENT = ("was not at the meeting", "did not attend", "has never visited the site", "was not asked")


def absent_subjects() -> Iterator[Case]:
    """A told the board that C. B ABSENT. | "D," she added. -> A, never B."""
    combos = itertools.product(range(6), range(len(ABSENT)), range(len(MARKS)))
    for i, k, m in sample(combos, 72, "r42main-absent"):
        a, b, _ = _pair(i)
        left, right = MARKS[m]
        pronoun = "she" if i % 2 == 0 else "he"
        clause = CLAUSES[(i + k) % len(CLAUSES)]
        content = f"{left}{QUOTES[(i + m) % len(QUOTES)]},{right}"
        text = f"{a} told the board on Monday that {clause}. {b} {ABSENT[k]}.\n\n{content} {pronoun} added."
        yield Case(
            "", f"{k}", text, [Expect(content, "direct", a)], exact=False, wrong_speakers=[(content, b)]
        )


#: Fronted phrases before a colon frame's subject, and the frames' adjectives.
FRONTED = ("Back at the works,", "After the vote,", "On Friday,")
FRAME_ADJECTIVES = ("brief", "blunt", "direct")


def apposed_colon_subjects() -> Iterator[Case]:
    """FRONTED NAME, ROLE, was ADJ: "Q." -> NAME, the role."""
    names = WOMEN + MEN
    roles = ("master ropemaker", "head winemaker", "resident astronomer")
    combos = itertools.product(range(len(names)), range(len(FRONTED)), range(len(FRAME_ADJECTIVES)), range(3))
    for n, f, a, r in sample(combos, 90, "r42main-colon"):
        content = f'"{QUOTES[(n + f) % len(QUOTES)]}."'
        text = f"{FRONTED[f]} {names[n]}, {roles[r]}, was {FRAME_ADJECTIVES[a]}: {content}"
        yield Case("", f"{f}|{a}", text, [Expect(content, "direct", names[n], title=Contains(roles[r]))])


#: Negated verb groups of asserting, and what follows the verb.
NEGATED = ("did not say that", "never said that", "has not claimed that", "did not tell reporters that")


def negated_assertions() -> Iterator[Case]:
    """NAME NEGATED C, as an earlier version of this article reported. PRONOUN said D. -> only D, NAME's."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(NEGATED)), range(len(CLAUSES)))
    for n, k, c in sample(combos, 72, "r42main-negated"):
        name = names[n]
        pronoun = "She" if n < len(WOMEN) else "He"
        denied, said = CLAUSES[c], CLAUSES[(c + 1) % len(CLAUSES)]
        correction = "as an earlier version of this article reported"
        text = f"{name} {NEGATED[k]} {denied}, {correction}. {pronoun} said {said}."
        yield Case("", f"{k}", text, [Expect(said, "indirect", name)], wrong_speakers=[(denied, name)])


#: Things a person made or named, that a later clause says the person added or announced.
THINGS = (
    ("a dish", "added", "in 1998"),
    ("a rule", "announced", "on Monday"),
    ("a fee", "proposed", "last year"),
)


def contact_relatives() -> Iterator[Case]:
    """The menu lists a "X" for six pounds, THING [that] NAME VERB TIME. -> no quotation, never NAME's."""
    names = WOMEN + MEN
    combos = itertools.product(range(len(names)), range(len(THINGS)), range(2), range(len(MARKS)))
    for n, t, that, m in sample(combos, 72, "r42main-contact"):
        noun, verb, when = THINGS[t]
        left, right = MARKS[m]
        relative = f"{noun} that" if that else noun
        levy = f"{left}Harbour Levy{right}"
        text = f"The notice lists a {levy} of six pounds, {relative} {names[n]} {verb} {when}."
        yield Case("", f"{verb}|{that}", text, [], wrong_speakers=[("Harbour Levy", names[n])])


ROUND42_MAIN: tuple[Capability, ...] = (
    named(
        "nominal.place_epithets",
        "4",
        "NAME of PLACE ... the PLACE Democrat/lawmaker/woman said: NAME",
        place_epithets,
    ),
    named(
        "nominal.title_word_epithets",
        "4",
        "NAME, the incumbent Democrat, ... said the incumbent: NAME; both so titled: nobody",
        title_word_epithets,
    ),
    named(
        "title.plural_modifiers",
        "6",
        '"C," state schools superintendent NAME said: the title whole',
        plural_modifiers,
    ),
    named(
        "source.programme_addressees",
        "3",
        'NAME told Wessex Radio\'s Daybreak programme: "C."',
        programme_addressees,
    ),
    named(
        "name.nicknames_inside", "5", "said Aoife 'the Professor' Kinsella: the full name", nicknames_inside
    ),
    named(
        "source.anonymous_relatives",
        "2",
        "disputed by a person briefed on X, who said C: the phrase",
        anonymous_relatives,
    ),
    named(
        "title.lower_case_committees",
        "6",
        "NAME, who chairs the public accounts committee,",
        lower_case_committees,
    ),
    named("title.hyphen_positions", "6", "Full-back NAME said C: the position as title", hyphen_positions),
    named(
        "pronoun.absent_subjects",
        "4",
        "B was not at the meeting. ... she added: the last speaker",
        absent_subjects,
    ),
    named(
        "frame.apposed_colon_subjects", "3", "FRONTED, NAME, ROLE, was brief: NAME", apposed_colon_subjects
    ),
    named(
        "cue.negated_assertions",
        "1",
        "NAME did not say that C, as an earlier version reported: none",
        negated_assertions,
    ),
    named(
        "cue.contact_relatives",
        "8",
        "a dish NAME added in 1998: no quotation, never NAME's",
        contact_relatives,
    ),
)
