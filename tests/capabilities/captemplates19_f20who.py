"""Development capabilities added on branch ``f20who`` in the twentieth round: wrong persons.

* *The band's drummer, NAME, went quiet; he told a radio station that C*: a name in apposition
  to a possessive subject is the sentence's subject, and a *he*/*she* after it in the sentence
  is that person, not the subject of the sentence before.
* *A grew up ... because, B explained, he ... PRONOUN says C*: a speaker in a comment clause
  does not take the centre from the sentence's subject.
* *Her husband, who ..., was less forgiving. He said C*: a possessor's noun of the other gender
  is the pronoun's antecedent (the possessor cannot be); *Her daughter ... She said* stays
  with the woman named before.
* *X says she ...* where two persons share the surname X: the one the report's own pronoun
  agrees with.
* *NAME, a ROLE, found C, she wrote*: the person the reported clause introduces.
* *"Q," said one of them, forward NAME.*: the name in apposition to the description speaks.
* *The Norwegian said C* opening a sentence: the person the text called Norwegian, or nobody;
  never a person named *Norwegian*.
* A transcript's ``Q:``/``A:`` turns: the person whose *answers* the introduction names
  answers; the one who *conducted* the interview asks; with nobody named, a question has no
  speaker.

People, places and sentences of our own. ``captemplates.py`` adds :data:`ROUND19_F20WHO` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample
from captemplates18_f19spk import CLAUSES as F19_CLAUSES

#: Reported clauses: the nineteenth round's and one more.
CLAUSES = (*F19_CLAUSES, "the new stand would not be ready before October")
#: (first name, surname, pronoun, object pronoun) of persons whose first names the lists hold.
MEN = (("Tom", "Reyes"), ("Gordon", "Hargreave"), ("Ian", "Colquhoun"), ("Peter", "Okafor"))
WOMEN = (("Helen", "Achterberg"), ("Ruth", "Okonkwo"), ("Margaret", "Villanueva"), ("Susan", "Lindqvist"))
PRONOUN = {"m": "he", "f": "she"}


def _people() -> list[tuple[tuple[str, str], tuple[str, str], str]]:
    """Pairs of different persons of one gender: (first, second, gender)."""
    out = []
    for group, gender in ((MEN, "m"), (WOMEN, "f")):
        out += [(a, b, gender) for a, b in itertools.permutations(group, 2)]
    return out


#: Subjects a name is set off after: a possessor and a role.
FRAMES = (
    "The band's {role}",
    "The club's {role}",
    "{other}'s {role}",
    "Their {role}",
    "The team's senior {role}",
)
ROLES = ("drummer", "guitarist", "captain", "manager")
#: What the framed subject does before the pronoun's report.
AFTERS = (
    (
        "went quiet; {p} declined to be interviewed, though {p} told a radio station last year {c}.",
        "that {c}",
    ),
    ("stayed away, and {p} later told the local paper {c}.", "that {c}"),
    ("was less sure: {p} said {c}.", "{c}"),
)


def possessive_frame() -> Iterator[Case]:
    """'B spoke. | B went back. FRAME, A, AFTER' -> A (two persons of one gender)."""
    combos = itertools.product(_people(), FRAMES, ROLES, AFTERS, CLAUSES)
    for (a, b, gender), frame, role, (after, span), clause in sample(combos, 140, "f20who-frame"):
        p = PRONOUN[gender]
        content = span.format(c=clause)
        first = f"{b[0]} {b[1]}, who has known the band since school, says the tour was hard."
        second = f"{b[1]} went back to work. {frame.format(role=role, other=b[1])}, {a[0]} {a[1]},"
        text = f"{first}\n\n{second} {after.format(p=p, c=content)}"
        expects = [Expect(content, "indirect", f"{a[0]} {a[1]}")]
        yield Case("", "framed", text, expects, exact=False, wrong_speakers=[(content, f"{b[0]} {b[1]}")])


#: Comment clauses, the verb of the commenter.
COMMENT_VERBS = ("explained", "said", "joked", "added")


def comment_clause() -> Iterator[Case]:
    """'"Q," said B. | A grew up ... because, B VERB, PRONOUN ... PRONOUN says C.' -> A."""
    combos = itertools.product(_people(), COMMENT_VERBS, ("says", "said"), CLAUSES)
    for (a, b, gender), verb, says, clause in sample(combos, 100, "f20who-comment"):
        p = PRONOUN[gender]
        text = (
            f'"We were tired," said club captain {b[0]} {b[1]}. "It was a long night."\n\n'
            f'{a[0]} {a[1]} grew up near the old ground and is known to teammates as "Boss," because, '
            f"{b[1]} {verb}, {p} always looks after them. {p.capitalize()} {says} {clause}."
        )
        expects = [Expect(clause, "indirect", f"{a[0]} {a[1]}")]
        yield Case(
            "", "comment clause", text, expects, exact=False, wrong_speakers=[(clause, f"{b[0]} {b[1]}")]
        )


#: (noun, pronoun, possessive) of a relation of the other gender than the possessor.
RELATIONS = (
    ("husband", "He", "Her"),
    ("son", "He", "Her"),
    ("wife", "She", "His"),
    ("daughter", "She", "His"),
)
#: What the relation does before the report.
RELATION_FRAMES = (
    "{Pos} {noun}, who also uses the ferry, was less forgiving.",
    "{Pos} {noun}, a retired welder, was angrier.",
    "{Pos} {noun} was less patient.",
)


def relation_nominal() -> Iterator[Case]:
    """'NAME said ... | POSSESSIVE NOUN (of the other gender) was ... PRONOUN said C.' -> the
    relation (no named person); the same gender ('Her daughter ... She') stays with NAME."""
    persons = [(w, "f") for w in WOMEN] + [(m, "m") for m in MEN]
    combos = itertools.product(persons, RELATIONS, RELATION_FRAMES, CLAUSES)
    for ((first, last), gender), (noun, pron, pos), frame, clause in sample(combos, 120, "f20who-rel"):
        if (pos == "Her") != (gender == "f"):
            continue  # (the possessor is the person named before)
        own = PRONOUN[gender]
        text = (
            f"{first} {last}, 52, a teacher, said {own} would keep using the service.\n\n"
            f"{frame.format(Pos=pos, noun=noun)} {pron} said {clause}."
        )
        expects = [Expect(clause, "indirect", f"{pos.lower()} {noun}")]
        yield Case(
            "", "other gender", text, expects, exact=False, wrong_speakers=[(clause, f"{first} {last}")]
        )
    same = (("daughter", "She", "Her"), ("son", "He", "His"))
    for ((first, last), gender), (noun, pron, pos), clause in itertools.product(persons, same, CLAUSES[:2]):
        if (pos == "Her") != (gender == "f"):
            continue
        text = f"{first} {last} loves the school. {pos} {noun} likes to sing. {pron} said {clause}."
        expects = [Expect(clause, "indirect", f"{first} {last}")]
        yield Case("", "same gender", text, expects, exact=False, wrong_speakers=[(clause, f"{pos} {noun}")])


#: (mother's first name, son's first name) and the shared surnames.
FAMILIES = (("Marisol", "Emilio"), ("Helen", "Thomas"), ("Ruth", "Gordon"), ("Susan", "Peter"))
SURNAMES = ("Quintanar", "Achterberg", "Okonkwo", "Hargreave")
#: How the surname is joined to its cue.
CUE_FRAMES = (
    "{s} says {p} {c}.",
    "{s}, speaking at the harbour on Monday, said {p} {c}.",
    "{s} said that {p} {c}.",
)
FAMILY_CLAUSES = (
    "had read the sign many times",
    "would go back to the cove in the summer",
    "still kept the paddle",
)


def shared_surname() -> Iterator[Case]:
    """'MOTHER S and her son ... SON S says he ... | S says she C.' -> the mother (and the other
    way round for *he*)."""
    combos = itertools.product(FAMILIES, SURNAMES, CUE_FRAMES, FAMILY_CLAUSES, ("f", "m"))
    for (mother, son), surname, frame, clause, who in sample(combos, 120, "f20who-family"):
        intro = f"{mother} {surname}, a nurse, and her son went out in a kayak in August."
        if who == "f":
            middle = f"{son} {surname}, now 13, says he remembers little of the water."
            expected, wrong = f"{mother} {surname}", f"{son} {surname}"
        else:
            middle = f"{mother} {surname} says she remembers little of the water."
            intro = f"{son} {surname}, 13, and his mother went out in a kayak in August."
            expected, wrong = f"{son} {surname}", f"{mother} {surname}"
        report = frame.format(s=surname, p=PRONOUN[who], c=clause)
        lead = " that " if " that " in report else f" {PRONOUN[who]} "
        content = report[report.rindex(lead) + 1 : -1]
        text = f"{intro} {middle}\n\nThe county has put up a sign at the ramp. {report}"
        expects = [Expect(content, "indirect", expected)]
        yield Case("", who, text, expects, exact=False, wrong_speakers=[(content, wrong)])


#: Roles of a newcomer and the verbs of her or his report.
NEW_ROLES = ("security researcher", "retired engineer", "local historian", "graduate student")
NEW_VERBS = ("she wrote in a blog post", "she said in an interview", "she told the newspaper")
FINDINGS = (
    "found the database on Aug. 2 while scanning for open storage",
    "spotted the crack in the beam during a routine walk",
    "traced the letters to a box in the county archive",
)


def reported_newcomer() -> Iterator[Case]:
    """'"Q," B (of that gender), said. | NEW, a ROLE, FOUND X, PRONOUN VERB.' -> NEW."""
    combos = itertools.product(_people(), NEW_ROLES, NEW_VERBS, FINDINGS)
    for (a, b, gender), role, said, finding in sample(combos, 100, "f20who-newcomer"):
        verb = said.replace("she", PRONOUN[gender])
        text = (
            f'"This was a failure of our process," the company\'s chief executive, {b[0]} {b[1]}, said.\n\n'
            f"{a[0]} {a[1]}, a {role}, {finding}, {verb}."
        )
        content = f"{a[0]} {a[1]}, a {role}, {finding}"
        expects = [Expect(content, "indirect", f"{a[0]} {a[1]}", title=role)]
        yield Case("", "newcomer", text, expects, exact=False, wrong_speakers=[(content, f"{b[0]} {b[1]}")])


#: (question, answer) turns.
TURNS = (
    ("Where were you between eleven and one?", "At home. Watching hockey."),
    ("Who else has keys to the back door?", "My cousin. The cleaner."),
    ("Your phone was at the restaurant at midnight.", "Then my phone went out without me."),
)
#: Introductions of the two sides: {asker} (with rank), {answerer}, {reader}.
INTERVIEW_INTROS = (
    "The jury heard parts of the interview, which was conducted by Det. {asker} in March."
    " {reader} read {answerer}'s answers from the transcript. One exchange went:",
    "Jurors watched a recording of the questioning, led by Sgt. {asker}, and heard {answerer}'s"
    " own answers read by {reader}. It went:",
)


def transcript_turns() -> Iterator[Case]:
    """'... conducted by Det. ASKER ... READER read ANSWERER's answers: | Q: ... | A: ...' ->
    the asker's questions, the answerer's answers, never the reader; with no asker named the
    questions have no speaker."""
    trios = [(a, b, c) for a, b, c in itertools.permutations(MEN[:3] + WOMEN[:3], 3)]
    combos = itertools.product(trios, INTERVIEW_INTROS, TURNS)
    for (asker, answerer, reader), intro, (q, ans) in sample(combos, 90, "f20who-turns"):
        names = {
            k: f"{v[0]} {v[1]}" for k, v in (("asker", asker), ("answerer", answerer), ("reader", reader))
        }
        lead = f"The prosecutor, {names['reader']}, opened the case on Monday."
        text = f"{lead}\n\n{intro.format(**names)}\n\nQ: {q}\n\nA: {ans}"
        expects = [Expect(q, "direct", names["asker"]), Expect(ans, "direct", names["answerer"])]
        yield Case("", "both sides", text, expects, exact=False, wrong_speakers=[(ans, names["reader"])])
    for (answerer, reader), (q, ans) in itertools.product(itertools.permutations(WOMEN[:3], 2), TURNS):
        a_name, r_name = f"{answerer[0]} {answerer[1]}", f"{reader[0]} {reader[1]}"
        text = (
            f"The prosecutor, {r_name}, opened the case on Monday.\n\n"
            f"{r_name} read {a_name}'s answers from the transcript of the interview. One exchange went:"
            f"\n\nQ: {q}\n\nA: {ans}"
        )
        expects = [Expect(q, "direct", None), Expect(ans, "direct", a_name)]
        yield Case("", "no asker", text, expects, exact=False)


#: Descriptions a named apposition follows after an inverted cue, and the name's title.
DESCRIPTIONS = ("one of them", "one of his teammates", "another player", "a neighbour")
APPOSITION_TITLES = ("forward", "team captain", "retired teacher", "")
QUOTES = (
    '"He sat in the corner and didn\'t eat a thing,"',
    '"We thought he was ill,"',
    '"Nobody saw it coming,"',
)


def inverted_apposition() -> Iterator[Case]:
    """'"Q," said DESCRIPTION, [TITLE] NAME.' -> NAME with TITLE (was: the description)."""
    persons = [f"{f} {s}" for f, s in MEN + WOMEN]
    combos = itertools.product(persons, DESCRIPTIONS, APPOSITION_TITLES, QUOTES, ("said", "added"))
    for name, desc, title, quote, verb in sample(combos, 120, "f20who-apposition"):
        titled = f"{title} {name}" if title else name
        text = f"Two of the team's players said the coach had barely spoken. {quote} {verb} {desc}, {titled}."
        bare = "player" if desc == "another player" else None  # (the description's role, untitled)
        expects = [Expect(quote, "direct", name, title=title or bare)]
        yield Case("", "inverted", text, expects, exact=False)


#: Peoples' words (capitalised adjectives of nationality) and sports roles.
PEOPLES = ("Norwegian", "Brazilian", "Canadian", "Australian")
COACH_ROLES = ("head coach", "team manager", "captain")


def people_epithet() -> Iterator[Case]:
    """'ROLE NAME said C1. | NAME admitted ... The PEOPLE said C2.' -> never a person called
    PEOPLE: C2 is NAME's, the one person named before it in its paragraph (round 31,
    ``epithets.sole_person_before``; until then no speaker); after 'NAME, a PEOPLE ROLE,' the
    sentence-opening 'The PEOPLE' is NAME."""
    persons = [f"{f} {s}" for f, s in MEN + WOMEN]
    combos = list(itertools.product(persons, PEOPLES, COACH_ROLES, CLAUSES[:3]))
    for name, people, role, clause in sample(combos, 60, "f20who-people"):
        surname = name.split()[-1]
        text = (
            f"Kelham {role} {name} said the team had been slow.\n\n"
            f"{surname} admitted that keeping the squad would be hard. The {people} said {clause}."
        )
        yield Case("", "never used", text, [Expect(clause, "indirect", name)], exact=False)
    for name, people, role, clause in sample(combos, 60, "f20who-people-used"):
        text = f"{name}, a {people} {role}, joined in May. The {people} said {clause}."
        yield Case("", "used of the person", text, [Expect(clause, "indirect", name)], exact=False)


ROUND19_F20WHO: tuple[Capability, ...] = (
    named(
        "pronoun.possessive_framed_subject",
        "2",
        "B spoke | The band's drummer / B's agent, A, went quiet; he told ... that C: A, not the"
        " subject of the sentence before (was: B)",
        possessive_frame,
    ),
    named(
        "pronoun.centre_past_comment_clause",
        "2",
        "A grew up ... because, B explained, he ... He says C: A, the sentence's subject, not the"
        " speaker of its comment clause (was: B)",
        comment_clause,
    ),
    named(
        "nominal.other_gender_relation",
        "2",
        "Her husband / His wife, who ..., was less forgiving. He/She said C: the relation (was: a"
        " person named earlier or a product); Her daughter ... She said: still the woman",
        relation_nominal,
    ),
    named(
        "speaker.shared_surname_pronoun",
        "2",
        "mother and son share a surname; SURNAME says she/he C: the one the pronoun agrees with"
        " (was: the latest named)",
        shared_surname,
    ),
    named(
        "pronoun.reported_newcomer",
        "2",
        "NEW, a ROLE, found X, she wrote: the person the reported clause introduces (was: the"
        " woman who spoke before)",
        reported_newcomer,
    ),
    named(
        "transcripts.turn_owners",
        "2",
        "the interview, conducted by Det. X ... Y read Z's answers | Q: | A:: X asks, Z answers,"
        " never the reader Y; no asker named: no speaker for Q (was: the reader, or none)",
        transcript_turns,
    ),
    named(
        "speaker.inverted_named_apposition",
        "2",
        '"Q," said one of them, forward NAME.: NAME, titled forward (was: the description)',
        inverted_apposition,
    ),
    named(
        "epithet.sentence_initial_people_word",
        "2",
        "... The Norwegian said C (a people's word the text never used of anyone): the one person of"
        " its paragraph (was: a person named 'Norwegian'); NAME, a Norwegian coach, ... The Norwegian"
        " said C: NAME",
        people_epithet,
    ),
)
