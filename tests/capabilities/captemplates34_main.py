"""Development capabilities added on main in the thirty-fifth round.

* *FIRST1 and FIRST2 SURNAME, RELATION, run BODY.* then *"Q," FIRST1 said.* or *"Q," Ms./Mr.
  SURNAME said.*: a first name coordinated with a full name shares its surname (before: the
  first name alone, and *Mr. SURNAME* a new person when the relation's first noun gave the
  man a woman's gender); a coordinated source names both (*"Q," said FIRST1 and FIRST2 SURNAME*);
  a first name that is a place after *of*, or somebody's surname named before, stays apart;
* *A SURNAME founded BODY. B SURNAME joined later. A SURNAME said C. "Q," SURNAME added.*: a
  bare surname two sure names hold goes to the one named last, not the one first named last
  (before: B; a headline's run such as *Bush Hits NAME* never wins it);
* *"Q," I was told by NAME, ROLE.*, *"Q," residents were told by NAME on Friday.*: the agent of a
  passive verb of speech credits the quotation before its subject (before: no speaker);
* *A, ROLE, said C.* / *"P1.* / *"P2," said B, ROLE2.*: a quotation run over paragraphs takes the
  credit written at its last part, not the speaker carried over to its first (before: A);
* *'Q' - NAME on the decision* and *'Q': ROLE on a hard season* (a headline, single marks in a
  story that quotes with double ones): a dash, or a headline's colon, and a name or a role with
  its topic after *on* credit the quotation (before: no quotation);
* *Raymond St. Clair spoke.* then *"Q," St. Clair said.*: a surname that opens with an
  abbreviation (*St.*) names the person named in full before (before: a new person
  *St. Clair*);
* *NAME, JOB, who ..., told X that C.*: a bare job compound (*orchard manager*) is an apposition
  the relative clause's subject steps over (before: the speaker *orchard manager*);
* *"Q." Those were NAME's words.* and *NAME's words were: "Q."*: the possessor of a noun of
  saying in a crediting frame, after *be* in the plural too (before: no speaker);
* *"Q," NAME began.* / *swore* / *wept*: an irregular past that ends the frame's clause is its
  verb (before: no speaker);
* *A woman selling kelp at the pier shrugged: "Q."*: a participle after a noun ends the
  description's head (before: no speaker);
* *A, who learned the trade as a girl, met B, who has spent his whole career at the mill. "Q,"
  he said.*: a depictive *as a boy/girl* and *his/her* before a noun of one's own life in a *who*
  clause state its subject's gender (before: A, the sentence's subject);
* *A showed B, who lives above her workshop, round BODY.*: a tour past a relative clause is no
  report (before: a report *B, who ..., round BODY* credited to A);
* *Neither A nor B would say whether C.*, *Nobody would say when C.*: a negative subject leaves
  the question unanswered, as *would not say* does (before: a report credited to the phrase);
* *For NAME, ROLE, the answer is simple: "Q."*: the name of a fronted *For NAME,* before *the* and
  a noun of saying is the speaker (before: no speaker); *NAME, chief repairer, who ...*: a title
  modifier before a role noun is a bare job too;
* *The BODY's ROLE arrives at six. Her name is NAME. "Q," she said.*: the description opening
  the sentence before a naming sentence is the name's title (before: no title); with another
  person in that sentence (*The mayor met a ROLE.*) no title is taken.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND34_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: (her first name, his first name, surname): couples and siblings of our own; the first names
#: clear in gender, some only in registrations (*Dayana*, *Lorne*).
FAMILIES = (
    ("Rosalind", "Tobias", "Varnhagen"),
    ("Dayana", "Efrain", "Quispetupa"),
    ("Ingrid", "Lorne", "Achterberg"),
    ("Wanjiru", "Kamau", "Ndegwa-Lind"),
    ("Malia", "Sione", "Tupouniua"),
)
#: (relation, the order it names them in: "fm" her first)
RELATIONS = (
    ("husband and wife", "mf"),
    ("wife and husband", "fm"),
    ("brother and sister", "mf"),
    ("sister and brother", "fm"),
    ("a married couple", ""),
    ("siblings", ""),
)
BODIES = ("the Harrowgate Seed Library", "the Coldwater Ferry Café", "the Pennock Clock Repair Shop")
QUOTES = (
    "We open at seven and close when the last customer leaves.",
    "Nobody told us the rent would double.",
    "The winter was the hardest we have known.",
)
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _family_lead(her: str, him: str, surname: str, relation: tuple[str, str], body: str) -> str:
    """The sentence naming the pair, her first or his first as the relation has it."""
    first, second = (him, her) if relation[1] == "mf" else (her, him)
    return f"{first} and {second} {surname}, {relation[0]}, run {body}."


def shared_surname() -> Iterator[Case]:
    """FIRST1 and FIRST2 SURNAME, RELATION, run BODY. "Q," FIRST said. / Ms./Mr. SURNAME said. /
    "Q," said FIRST1 and FIRST2 SURNAME. -> the full names."""
    shapes = ("given", "honorific", "both_given", "joint")
    combos = itertools.product(FAMILIES, RELATIONS, BODIES, shapes, range(len(QUOTES)), MARKS)
    for (her, him, surname), relation, body, shape, k, (mark, close) in sample(combos, 420, "r34main-shared"):
        lead = _family_lead(her, him, surname, relation, body)
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        q2 = f"{mark}{QUOTES[(k + 1) % len(QUOTES)][:-1]},{close}"
        she, he = f"{her} {surname}", f"{him} {surname}"
        if shape == "given":
            text = f"{lead} {q} {her} said."
            yield Case("", shape, text, [Expect(q, "direct", she)], wrong_speakers=[(q, he)])
        elif shape == "honorific":
            text = f"{lead} {q} Mr. {surname} said."
            yield Case("", shape, text, [Expect(q, "direct", he)], wrong_speakers=[(q, she)])
        elif shape == "both_given":
            text = f"{lead} {q} {him} said. {q2} {her} said."
            yield Case("", shape, text, [Expect(q, "direct", he), Expect(q2, "direct", she)])
        else:
            text = f"{q} said {her} and {him} {surname}, who run {body}."
            yield Case("", shape, text, [Expect(q, "direct", f"{she}; {he}", None)])


#: (a name a place or an earlier surname holds, the sentence with its quotation's marks as
#: ``{o}`` and ``{c}``, the quotation's words, its speaker)
APART = (
    (
        "Sen. Tomas Egede of Georgia and Ruth Halvorsen of Kestrel said they would vote against it. "
        "{o}It is a bad bill,{c} Halvorsen said.",
        "It is a bad bill,",
        "Ruth Halvorsen",
    ),
    (
        "Ivo Carter runs the depot. Carter and Ana Lindgren met on Monday. "
        "{o}We agreed on nothing,{c} Carter said.",
        "We agreed on nothing,",
        "Ivo Carter",
    ),
)


def shared_surname_apart() -> Iterator[Case]:
    """A first name after *of* (a place) or held as a surname before keeps apart: PLACE and NAME2
    ... / NAME1 ... SURNAME1 and NAME2 -> each their own."""
    for (text, words, speaker), (mark, close) in itertools.product(APART, MARKS):
        q = f"{mark}{words}{close}"
        yield Case("", "apart", text.format(o=mark, c=close), [Expect(q, "direct", speaker)], exact=False)


#: (description's owner, role, what they do) for a person described before being named.
DESCRIBED = (
    ("The seed library's", "head archivist", "sorts the envelopes by hand"),
    ("The ferry café's", "night baker", "lights the ovens before dawn"),
    ("The clock shop's", "senior repairer", "winds every clock on Mondays"),
    ("The observatory's", "chief technician", "opens the dome at dusk"),
)
PEOPLE = (("Oyelaran Adebisi", "His", "he"), ("Saoirse Ní Dhubhghaill", "Her", "she"))


def described_then_named() -> Iterator[Case]:
    """The BODY's ROLE ACT. Her name is NAME. "Q," she said. -> NAME, ROLE; The mayor met a
    ROLE. His name is NAME. -> NAME, no title from that sentence."""
    combos = itertools.product(DESCRIBED, PEOPLE, ("is", "was"), ("lead", "met"), range(len(QUOTES)), MARKS)
    for (owner, role, act), (name, owner_word, pronoun), cop, shape, k, (mark, close) in sample(
        combos, 300, "r34main-described"
    ):
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        naming = f"{owner_word} name {cop} {name}."
        if shape == "lead":
            text = f"{owner} {role} {act}. {naming} {q} {pronoun} said."
            yield Case("", shape, text, [Expect(q, "direct", name, Contains(role))], exact=False)
        else:
            text = f"The mayor met a {role} on Monday. {naming} {q} {pronoun} said."
            yield Case("", shape, text, [Expect(q, "direct", name, None)], exact=False)


#: (a full name, the other of the same surname, the surname)
SURNAME_PAIRS = (
    ("Halldora Vikstrom", "Einar Vikstrom", "Vikstrom"),
    ("Tendai Moyo-Banda", "Rufaro Moyo-Banda", "Moyo-Banda"),
    ("Ifeoma Okonkwo", "Chidi Okonkwo", "Okonkwo"),
)


def surname_latest_named() -> Iterator[Case]:
    """A SURNAME founded BODY; B SURNAME joined later. A SURNAME said C. "Q," SURNAME added. -> A
    (the one named last, though B's entity is newer); and the same with B named last -> B."""
    combos = itertools.product(SURNAME_PAIRS, BODIES, ("first", "second"), range(len(QUOTES)), MARKS)
    for (one, two, surname), body, who, k, (mark, close) in sample(combos, 180, "r34main-surname-latest"):
        speaker, other = (one, two) if who == "first" else (two, one)
        clause = "the shop would stay open through the winter"
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        text = (
            f"{one} founded {body} in 1994. {two} joined in 2001.\n\n"
            f"{speaker} said {clause}. {q} {surname} added."
        )
        yield Case(
            "",
            who,
            text,
            [Expect(clause, "indirect", speaker), Expect(q, "direct", speaker)],
            wrong_speakers=[(q, other)],
        )


#: (the passive's subject, the time after the agent)
PASSIVE_SUBJECTS = ("I was", "we were", "residents were", "the crew was")
AGENTS = (("Halldora Vikstrom", "the ferry's skipper"), ("Chidi Okonkwo", "a warden at the Pennock reserve"))


def told_by_after_quotation() -> Iterator[Case]:
    """ "Q," I was / residents were told by NAME[, ROLE][ on Friday]. -> NAME (the passive's agent)."""
    shapes = ("bare", "role", "time")
    combos = itertools.product(PASSIVE_SUBJECTS, AGENTS, shapes, ("told", "asked"), range(len(QUOTES)), MARKS)
    for subject, (name, role), shape, verb, k, (mark, close) in sample(combos, 240, "r34main-told-by"):
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        tail = {"bare": "", "role": f", {role}", "time": " on Friday"}[shape]
        text = f"{q} {subject} {verb} by {name}{tail}."
        title = Contains(role.split()[1]) if shape == "role" else None
        yield Case("", shape, text, [Expect(q, "direct", name, title)])


#: Two paragraphs of one quotation, the first left open.
RUN_ON = (
    ("We started with two boats and a borrowed shed.", "Now we have a waiting list"),
    ("Nobody believed the winter would be this long.", "We ran out of feed in February"),
    ("The first year we sold nothing at all.", "The second year we sold everything"),
)
#: The speaker of the report before the quotation, with a title.
OTHERS = (("Rufaro Moyo-Banda", "the harbour master"), ("Einar Vikstrom", "a councillor for Pennock"))


def run_on_credited_at_end() -> Iterator[Case]:
    """A, ROLE, said C. | "P1. | "P2," said B, ROLE2. -> one quotation over both paragraphs, B's
    (a credit written at the last part outranks the speaker carried over)."""
    combos = itertools.product(AGENTS, OTHERS, RUN_ON, ("said B", "B said"), MARKS)
    for (name, role), (other, other_role), (p1, p2), order, (mark, close) in sample(
        combos, 108, "r34main-run-on"
    ):
        clause = "the pier would reopen in May"
        credit = f"said {name}, {role}" if order == "said B" else f"{name}, {role}, said"
        quoted = f"{mark}{p1}\n\n{mark}{p2},{close}"
        text = f"{other}, {other_role}, said {clause}.\n\n{quoted} {credit}."
        yield Case(
            "",
            order,
            text,
            [Expect(clause, "indirect", other), Expect(quoted, "direct", name, Contains(role.split()[1]))],
            wrong_speakers=[(quoted, other)],
        )


#: (headline's topic, the story's sentence) of a headline quotation credited after a dash or a colon.
TOPICS = ("the decision", "a hard season", "the new timetable")
HEAD_PEOPLE = (
    ("Halldora Vikstrom", "lamplighter"),
    ("Chidi Okonkwo", "curator"),
    ("Tendai Moyo-Banda", "harbour master"),
)
#: A headline's single marks.
SINGLE_MARKS = (("'", "'"), ("\u2018", "\u2019"))


def headline_credit_topic() -> Iterator[Case]:
    """'Q' - NAME on TOPIC | NAME, ROLE at BODY, said C. / 'Q': ROLE on TOPIC | ... -> NAME's (the
    name), the role's as written (the role); the headline's single marks though the story
    quotes with double ones."""
    shapes = ("dash_name", "colon_name", "colon_role")
    combos = itertools.product(HEAD_PEOPLE, TOPICS, shapes, range(len(QUOTES)), SINGLE_MARKS)
    for (name, role), topic, shape, k, (mark, close) in sample(combos, 240, "r34main-headline-topic"):
        hq = f"{mark}{QUOTES[k][:-1]}{close}"
        credit = role if shape == "colon_role" else name
        link = " -" if shape == "dash_name" else ":"
        clause = "the winter had been the busiest yet"
        q = '"We will manage,"'
        body = f"{name}, {role} at the Pennock Trust, said {clause}. {q} {name.split()[-1]} said."
        text = f"{hq}{link} {credit} on {topic}\n\n{body}"
        speaker = (role, name) if shape == "colon_role" else name
        expected = [
            Expect(hq, "direct", speaker),
            Expect(clause, "indirect", name),
            Expect(q, "direct", name),
        ]
        yield Case("", shape, text, expected)


#: People whose surname opens with an abbreviated *Saint*.
SAINT_NAMES = (
    ("Raymond St. Clair", "St. Clair"),
    ("Mairead St. Leger", "St. Leger"),
    ("Colm St. John", "St. John"),
)


def abbreviated_surname() -> Iterator[Case]:
    """NAME St. SURNAME ROLE-ACT. | "Q," St. SURNAME said. -> the full name (an abbreviated first
    word of a surname is no first name)."""
    combos = itertools.product(SAINT_NAMES, ("after", "before"), range(len(QUOTES)), MARKS)
    for (full, short), order, k, (mark, close) in sample(combos, 72, "r34main-saint"):
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        credit = f"{q} {short} said." if order == "after" else f"{short} said: {mark}{QUOTES[k]}{close}"
        content = q if order == "after" else f"{mark}{QUOTES[k]}{close}"
        text = f"{full} spoke for twenty minutes at the public meeting.\n\n{credit}"
        yield Case("", order, text, [Expect(content, "direct", full)])


#: (name, a bare job compound) for a relative clause after a bare apposition.
JOBS = (
    ("Halldora Vikstrom", "orchard manager"),
    ("Chidi Okonkwo", "lock keeper"),
    ("Ifeoma Okonkwo", "kiln supervisor"),
    ("Tendai Moyo-Banda", "chief repairer"),
)
RELATIVES = (
    "who has run the site since 1998",
    "who trained most of the people who work there",
    "who came to the mill as a volunteer in 2006 and never left",
)


def bare_role_relative() -> Iterator[Case]:
    """NAME, JOB, who ..., told the Gazette that C. -> NAME, titled (a bare job compound is an
    apposition the relative clause's subject steps over)."""
    combos = itertools.product(JOBS, RELATIVES, ("told the Pennock Gazette", "said"), range(3))
    for (name, job), rel, cue, k in sample(combos, 72, "r34main-bare-relative"):
        clause = ("the gates would be replaced in spring", "the budget had been cut", "nobody had been hurt")[
            k
        ]
        text = f"{name}, {job}, {rel}, {cue} that {clause}."
        yield Case("", cue.split()[0], text, [Expect(f"that {clause}", "indirect", name, Contains(job))])


def possessed_words() -> Iterator[Case]:
    """ "Q." Those were NAME's words on DAY. / NAME's words were: "Q." -> NAME (the possessor of
    the noun of saying)."""
    shapes = ("after", "after_day", "before")
    combos = itertools.product(AGENTS, shapes, ("words", "remarks"), range(len(QUOTES)), MARKS)
    for (name, _role), shape, noun, k, (mark, close) in sample(combos, 216, "r34main-possessed"):
        q = f"{mark}{QUOTES[k]}{close}"
        if shape == "before":
            text = f"{name}'s {noun} were: {q}"
        else:
            when = " on Saturday" if shape == "after_day" else ""
            text = f"{q} Those were {name}'s {noun}{when}."
        yield Case("", shape, text, [Expect(q, "direct", name)])


def irregular_past_frame() -> Iterator[Case]:
    """ "Q," NAME began / swore / wept[, before the phone rang]. -> NAME (an irregular past that
    ends the frame's clause); "Q" NAME broke down the figures ... -> no speaker from *broke*."""
    combos = itertools.product(AGENTS, ("began", "swore", "wept"), ("", ", before the phone rang"), MARKS)
    for (name, _role), verb, tail, (mark, close) in combos:
        q = f"{mark}{QUOTES[0][:-1]},{close}"
        yield Case("", verb, f"{q} {name} {verb}{tail}.", [Expect(q, "direct", name)])


#: (description with a participle and its object, a place) of a person never named.
DESCRIBED_ONLY = (
    ("a woman selling dried kelp", "at the pier"),
    ("a man mending nets", "near the harbour wall"),
)


def participle_description() -> Iterator[Case]:
    """A woman selling kelp at the pier shrugged: "Q." / C, a man mending nets by the wall said. ->
    the whole description (its head before the participle)."""
    combos = itertools.product(DESCRIBED_ONLY, ("shrugged", "said"), ("", "Asked about the closure, "), MARKS)
    for (desc, place), verb, lead, (mark, close) in combos:
        q = f"{mark}{QUOTES[1]}{close}"
        who = f"{desc} {place}"
        opening = f"{lead}{who}" if lead else who[:1].upper() + who[1:]
        text = f"{opening} {verb}: {q}"
        yield Case("", verb, text, [Expect(q, "direct", (who, who.split(" ", 1)[1]))])


#: (a woman's name, a man's name): first names no list gives a gender.
UNLISTED_PAIRS = (("Sumbang Ngelai", "Jenang Kuleh"), ("Tupaq Wanka", "Kelechi Obiora"))
#: Relative clauses that state the subject's gender, by gender.
GENDERED_RELATIVES = {
    "f": ("who learned the trade as a girl", "who has spent her whole career at the mill"),
    "m": ("who learned the trade as a boy", "who has spent his whole career at the mill"),
}


def relative_clause_gender() -> Iterator[Case]:
    """A, who learned the trade as a girl, met B, who has spent his whole career at the mill. "Q,"
    he said. -> B (a depictive *as a boy*, and *his* before a noun of one's own life, in a *who*
    clause state its subject's gender)."""
    combos = itertools.product(UNLISTED_PAIRS, range(2), range(2), ("he", "she"), range(len(QUOTES)), MARKS)
    for (one, two), r1, r2, pronoun, k, (mark, close) in sample(combos, 192, "r34main-relative-gender"):
        she, he = (one, two) if pronoun == "he" else (two, one)  # (the speaker is named second)
        first, second = (she, he) if pronoun == "he" else (he, she)
        g1, g2 = ("f", "m") if pronoun == "he" else ("m", "f")
        q = f"{mark}{QUOTES[k][:-1]},{close}"
        text = (
            f"{first}, {GENDERED_RELATIVES[g1][r1]}, met {second}, {GENDERED_RELATIVES[g2][r2]}, on Friday. "
            f"{q} {pronoun} said."
        )
        yield Case("", pronoun, text, [Expect(q, "direct", second)], wrong_speakers=[(q, first)])


def shown_round_relative() -> Iterator[Case]:
    """A showed B, who lives above her workshop, round BODY on Monday. She said C. -> only C, B's
    (a tour is no report, past a relative clause after the person shown)."""
    combos = itertools.product(UNLISTED_PAIRS, BODIES, ("round", "around"))
    for (one, two), body, particle in combos:
        clause = "the shop would stay open through the winter"
        shown = f"{one}, who lives above her workshop,"
        text = f"{two} showed {shown} {particle} {body} on Monday. She said {clause}."
        yield Case("", particle, text, [Expect(clause, "indirect", one)])


def negative_subject_withheld() -> Iterator[Case]:
    """Neither A nor B would say whether C. / Nobody would say when C. -> nothing (a question a
    negative subject leaves unanswered)."""
    for (one, two), clause in itertools.product(
        UNLISTED_PAIRS, ("the shop would close", "the rent would rise")
    ):
        for subject in (f"Neither {one} nor {two}", "Nobody at the mill", "No one at the council"):
            yield Case("", subject.split()[0].lower(), f"{subject} would say whether {clause}.", [])


#: Nouns of saying a perspective's *the* may head ('the answer is simple:').
VIEW_NOUNS = ("answer", "verdict", "message")


def perspective_holder() -> Iterator[Case]:
    """For NAME[, ROLE], the answer is simple: "Q." -> NAME (the person whose view is given)."""
    combos = itertools.product(AGENTS, ("", ", lock keeper", ", chief repairer"), VIEW_NOUNS, MARKS)
    for (name, _role), appos, noun, (mark, close) in combos:
        q = f"{mark}{QUOTES[2]}{close}"
        text = f"For {name}{appos}, the {noun} is simple: {q}"
        yield Case("", noun, text, [Expect(q, "direct", name)])


ROUND34_MAIN: tuple[Capability, ...] = (
    named(
        "names.shared_surname",
        "5",
        'FIRST1 and FIRST2 SURNAME, RELATION, run BODY. "Q," FIRST1 said.: FIRST1 SURNAME',
        shared_surname,
    ),
    named(
        "names.shared_surname_apart",
        "5",
        "NAME of Georgia and NAME2 ...; Carter (a surname before) and NAME2: apart",
        shared_surname_apart,
    ),
    named(
        "names.surname_latest_named",
        "5",
        'A SURNAME ... B SURNAME ... A SURNAME said C. "Q," SURNAME added.: A',
        surname_latest_named,
    ),
    named(
        "cue.told_by_after_quotation",
        "1",
        '"Q," I was told by NAME, ROLE.: NAME',
        told_by_after_quotation,
    ),
    named(
        "marks.run_on_credited_at_end",
        "8",
        'A said C. | "P1. | "P2," said B.: B',
        run_on_credited_at_end,
    ),
    named(
        "marks.headline_credit_topic",
        "3",
        "'Q' - NAME on TOPIC / 'Q': ROLE on TOPIC (a headline): NAME / ROLE",
        headline_credit_topic,
    ),
    named(
        "names.abbreviated_surname",
        "5",
        'NAME St. SURNAME ... "Q," St. SURNAME said.: the full name',
        abbreviated_surname,
    ),
    named(
        "sources.bare_role_relative",
        "2",
        "NAME, JOB, who ..., told X that C.: NAME, JOB",
        bare_role_relative,
    ),
    named(
        "credits.possessed_words",
        "3",
        '"Q." Those were NAME\'s words. / NAME\'s words were: "Q.": NAME',
        possessed_words,
    ),
    named(
        "cue.irregular_past_frame",
        "1",
        '"Q," NAME began, before the phone rang.: NAME',
        irregular_past_frame,
    ),
    named(
        "sources.participle_description",
        "2",
        'A woman selling kelp at the pier shrugged: "Q.": the description',
        participle_description,
    ),
    named(
        "gender.relative_clause_gender",
        "4",
        'A, who learned the trade as a girl, met B, who ... his .... "Q," he said.: B',
        relative_clause_gender,
    ),
    named(
        "notquotes.shown_round_relative",
        "9",
        "A showed B, who lives above her workshop, round BODY.: nothing",
        shown_round_relative,
    ),
    named(
        "notquotes.negative_subject_withheld",
        "9",
        "Neither A nor B would say whether C.: nothing",
        negative_subject_withheld,
    ),
    named(
        "colon.perspective_holder",
        "3",
        'For NAME, ROLE, the answer is simple: "Q.": NAME',
        perspective_holder,
    ),
    named(
        "titles.described_then_named",
        "6",
        'The BODY\'s ROLE ACT. Her name is NAME. "Q," she said.: NAME, ROLE',
        described_then_named,
    ),
)
