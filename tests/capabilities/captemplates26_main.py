"""Development capabilities added on main in the twenty-seventh round: a copular sentence that
introduces a person gives the person's title.

* *NAME is a chief forecaster at the Northern Weather Service. "Q," she says.*, *NAME, 54, has
  been the harbour master since 2019. "Q," he said.*, *NAME serves as the treasurer of X.*, *NAME
  was named the chief executive of X.*: the predicate noun phrase of a copular main clause whose
  subject is the name states the post as an apposition would, and the speaker's title is that
  post (before: no title).
* Guards: a predicate that names no post (*is not a doctor*, *was the first to leave*, *is a
  mother of three*, *is a critic of the plan*) gives no title, and a name that is not the
  clause's subject (*The board met NAME, who ...*, *The board met A. B is the treasurer of X.*) takes
  nothing from another's predicate.

* *"Q," said Jordi Ferrer i Vidal, a signal engineer.*, *Ms Ferrer i Vidal said*: Catalan *i* 'and'
  joins a person's two surnames, so the name is whole (before: *Vidal* alone, or *Jordi Ferrer*).
  Guard: *Part i of the report* opens no name.

* *"Q," NAME tut-tutted.*, *"Q," pooh-poohed NAME, ROLE.*: a hyphenated verb after or before the
  name is the cue whole (before: the name ran on into *tut-*, or no speaker).
* *NAME, duty hydrographer at the X Survey Office since 2015, said: "Q."*: an apposition longer
  than eight tokens after a name is stepped over when it holds a role noun the lexicon lacks
  (before: no speaker).
* *Finnish Juha P. Lahtinen beat ... "Q," the Finn said.*, *Danish Anne-Mette Holm*: a people's
  word before a name with an initial or a hyphenated given name is the title, and the nominal
  finds the person (before: no speaker).
* *NAME refereed the final ... "Q," the referee said.*, *NAME founded the mill ... the founder
  said*: a role noun's own verb, in the past too, gives its subject the role (before: a bare
  *referee*, or no speaker).

* *NAME said in a statement read outside the court by her lawyer, Ana Ter-Grigoryan, that C*: a
  go-between's name with a hyphen or a particle, set off by commas before *that*, stays out of the
  content (before: the content opened at the name).
* *The editor-in-chief of X, Juha P. Lahtinen, said C*: a name with an initial right after a
  comma is an apposed name, not a portfolio's last word (before: *P. Lahtinen*, titled *chief of
  X, Juha*).
* *Spanish Jordi Ferrer i Sabaté beat ... the Spaniard said*, *Dutch Pieter van der Berg*: a
  people's word before a name whose family name holds a particle is the title.

* *NAME replied to NAME2: "Q."*, *NAME reacted to the ruling: "Q."*: after a verb of responding,
  a quotation after the colon that ends the object is the reply itself, a direct quotation
  (before: a mixed quote whose content began with the addressee, *NAME2: "Q."*). Guard: *NAME
  praised the plan: "Q."* keeps PolNeAR's mixed reading (the object and the quotation).

[The seven before this one came after the held-out round 21's failures were read: informed, with
sentences and names of our own.]

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND26_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: People (name, subject pronoun) of several cultures, registered given names and not.
PEOPLE = (
    ("Tuula Virtanen", "she"),
    ("Hovhannes Abrahamyan", "he"),
    ("Zawadi Mrema", "she"),
    ("Vytautas Zukauskas", "he"),
    ("Tahmina Akter", "she"),
    ("Kittipong Saelim", "he"),
    ("Olena Kravchenko", "she"),
    ("Marcus Whitfield", "he"),
    ("Ingrid Solberg", "she"),
    ("Rafael Quintero", "he"),
)
#: (role, its body phrase): listed roles, unlisted agent nouns, compounds.
POSTS = (
    ("chief forecaster", "at the Northern Weather Service"),
    ("harbour master", "of Port Elvaston"),
    ("senior keeper", "at the Varna Apiary"),
    ("treasurer", "of the Lakeside Ferry Trust"),
    ("head of sales", "at Kalinka Textiles"),
    ("spokeswoman", "for the Port Authority"),
    ("signal engineer", "for Coastline Rail"),
    ("deputy director", "of the State Archives"),
    ("union organiser", "at the Brenner Mill"),
    ("principal violinist", "with the Tartu Philharmonic"),
)
#: Copular verbs with the articles they take, and what may follow the post.
COPULAS = (
    ("is", "a"),
    ("is", "the"),
    ("was", "a"),
    ("has been", "the"),
    ("serves as", "the"),
    ("was named", "the"),
)
TAILS = ("", " since 2019", " for six years")
QUOTES = ("The harbour will reopen in March", "We cannot keep the night service", "Nobody warned us")
CUES = ("says", "said", "added", "told reporters")
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"))


def _article(article: str, role: str) -> str:
    return ("an" if role[0] in "aeiou" else "a") if article == "a" else article


def copular_intro_direct() -> Iterator[Case]:
    """'NAME is a ROLE at BODY. "Q," she says.' -> NAME, title ROLE at BODY."""
    combos = itertools.product(PEOPLE, POSTS, COPULAS, TAILS, QUOTES, CUES, MARKS, ("", ", 54,"))
    for (name, pron), (role, body), (verb, art), tail, q, cue, (op, cl), age in sample(
        combos, 700, "r26main-copular-direct"
    ):
        if role == "spokeswoman" and pron == "he":
            continue
        text = f"{name}{age} {verb} {_article(art, role)} {role} {body}{tail}. {op}{q},{cl} {pron} {cue}."
        quote = f"{op}{q},{cl}"
        yield Case("", "direct", text, [Expect(quote, "direct", name, title=Contains((role, body)))])


def copular_intro_indirect() -> Iterator[Case]:
    """'NAME is a ROLE at BODY. She said C.' -> NAME, the title."""
    claims = ("the ferry would stop in winter", "the budget had been cut twice")
    combos = itertools.product(PEOPLE, POSTS, COPULAS, claims, ("said", "told the council"))
    chosen = sample(combos, 300, "r26main-copular-indirect")
    for (name, pron), (role, body), (verb, art), claim, cue in chosen:
        if role == "spokeswoman" and pron == "he":
            continue
        text = f"{name} {verb} {_article(art, role)} {role} {body}. {pron.capitalize()} {cue} that {claim}."
        yield Case(
            "", "indirect", text, [Expect(f"that {claim}", "indirect", name, title=Contains((role, body)))]
        )


#: Predicates that name no post.
NOT_POSTS = (
    "is not a doctor",
    "was the first to leave the meeting",
    "is a mother of three",
    "is a critic of the plan",
    "was the reason for the delay",
    "was among the first to arrive",
)


def copular_no_post_guard() -> Iterator[Case]:
    """'NAME is not a doctor. "Q," she said.' -> NAME, no title."""
    combos = itertools.product(PEOPLE, NOT_POSTS, QUOTES, MARKS)
    for (name, pron), pred, q, (op, cl) in sample(combos, 150, "r26main-copular-guard"):
        if "mother" in pred and pron == "he":
            continue
        quote = f"{op}{q},{cl}"
        text = f"{name} {pred}. {quote} {pron} said."
        yield Case("", "guard", text, [Expect(quote, "direct", name, title=None)])


def copular_other_subject_guard() -> Iterator[Case]:
    """'The board met A. B is the treasurer of X. "Q," A said.' -> A keeps no title of B's."""
    pairs = [(a, b) for a, b in itertools.permutations(PEOPLE, 2) if a[1] != b[1]]
    combos = itertools.product(pairs, POSTS[:6], QUOTES)
    for ((a, _pa), (b, _pb)), (role, body), q in sample(combos, 120, "r26main-copular-other"):
        if role == "spokeswoman":
            continue
        quote = f'"{q},"'
        text = f"The board met {a} on Monday. {b} is the {role} {body}. {quote} {a} said."
        yield Case("", "guard", text, [Expect(quote, "direct", a, title=None)])


#: Catalan names of our own: (given name, first surname, second surname, pronoun).
CATALANS = (
    ("Jordi", "Ferrer", "Vidal", "he"),
    ("Montserrat", "Casals", "Puig", "she"),
    ("Pau", "Serrallonga", "Roig", "he"),
    ("Mireia", "Bosch", "Camps", "she"),
    ("Oriol", "Vilanova", "Soler", "he"),
    ("Laia", "Ribas", "Coll", "she"),
)
CATALAN_ROLES = (
    "a signal engineer",
    "the ferry operator's spokeswoman",
    "a beekeeper in Olot",
    "the mayor of Vic",
)


def catalan_surnames() -> Iterator[Case]:
    """'"Q," said Jordi Ferrer i Vidal, ROLE.' / 'NAME said C.' / 'Ms SURNAMES said C' -> the whole name."""
    combos = itertools.product(CATALANS, CATALAN_ROLES, QUOTES, MARKS, range(4))
    for (given, s1, s2, pron), role, q, (op, cl), shape in sample(combos, 400, "r26main-catalan"):
        if "spokeswoman" in role and pron == "he":
            continue
        full = f"{given} {s1} i {s2}"
        quote = f"{op}{q},{cl}"
        if shape == 0:
            text = f"{quote} said {full}, {role}."
        elif shape == 1:
            text = f"{full}, {role}, said the line would close. {quote} {pron} added."
        elif shape == 2:
            hon = "Ms" if pron == "she" else "Mr"
            text = f"{full} runs the depot. {quote} {hon} {s1} i {s2} said."
        else:
            text = f"{quote} {full} said."
        yield Case("", "direct", text, [Expect(quote, "direct", full)], exact=shape != 1)


def catalan_particle_guard() -> Iterator[Case]:
    """'Part i of the report, written by NAME, said C.' -> the document or its author."""
    claims = ("the line was closed", "the fares would rise")
    for (given, s1, _s2, _p), claim in itertools.product(CATALANS, claims):
        text = f"Part i of the report, written by {given} {s1}, said {claim}."
        readings = ("Part i of the report", "report", f"{given} {s1}")  # (the document or its author)
        yield Case("", "guard", text, [Expect(claim, "indirect", readings)])


#: Hyphenated verbs of speaking that no lexicon lists.
HYPHEN_VERBS = ("tut-tutted", "tut-tuts", "pooh-poohed", "pooh-poohs", "harrumphed", "sweet-talked")
#: Persons with a role for the inverted credit.
VERB_PEOPLE = (
    ("Marguerite Olsen", "a ferry pilot"),
    ("Kofi Mensah-Bonsu", "the harbour master"),
    ("Leilani Kahale", "a hive inspector"),
    ("Sebastián Rojas", "the union's treasurer"),
    ("Ilse Vermeulen", "a dyke warden"),
)


def hyphenated_cue_verbs() -> Iterator[Case]:
    """'"Q," NAME tut-tutted.' / '"Q," tut-tutted NAME, ROLE.' -> NAME."""
    combos = itertools.product(VERB_PEOPLE, HYPHEN_VERBS, QUOTES, MARKS, range(3))
    for (name, role), verb, q, (op, cl), shape in sample(combos, 400, "r26main-hyphen-verbs"):
        quote = f"{op}{q},{cl}"
        if shape == 0:
            text = f"{quote} {name} {verb}."
        elif shape == 1:
            text = f"{quote} {verb} {name}, {role}."
        else:
            text = f"{quote} {name} {verb}, folding her arms."
        yield Case("", "direct", text, [Expect(quote, "direct", name)])


#: Long appositions after a name: a role the lexicon lacks, its body, a time adjunct.
LONG_POSTS = (
    "duty hydrographer at the Western Isles Survey Office since 2015",
    "senior apiarist with the Northern Beekeepers Cooperative since 2009",
    "chief glaciologist at the Upper Valley Ice Research Station since May",
    "night ferryman on the Lower Harbour Crossing for twenty years",
)


def long_apposition_unlisted_role() -> Iterator[Case]:
    """'NAME, duty hydrographer at the X Survey Office since 2015, said: "Q."' -> NAME."""
    combos = itertools.product(PEOPLE, LONG_POSTS, QUOTES, MARKS, range(2))
    for (name, _p), post, q, (op, cl), shape in sample(combos, 300, "r26main-long-apposition"):
        if shape:
            quote = f"{op}{q}.{cl}"
            text = f"{name}, {post}, said: {quote}"
        else:
            quote = "the harbour would reopen in March"
            text = f"{name}, {post}, said {quote}."
            yield Case("", "indirect", text, [Expect(quote, "indirect", name)])
            continue
        yield Case("", "direct", text, [Expect(quote, "direct", name)])


#: (adjective, noun for one person, name with an initial or a hyphenated given name).
NATIONALS = (
    ("Finnish", "Finn", "Juha K. Lehtonen"),
    ("Danish", "Dane", "Anne-Mette Holm"),
    ("Polish", "Pole", "Jan T. Nowicki"),
    ("Swedish", "Swede", "Karl-Erik Lindqvist"),
    ("Spanish", "Spaniard", "José M. Ortega"),
    ("Turkish", "Turk", "Ayşe-Nur Demir"),
)


def nationality_initial_name() -> Iterator[Case]:
    """'Finnish Juha K. Lehtonen beat Thai B in the final. "Q," the Finn said.' -> Juha K. Lehtonen."""
    rivals = ("Thai Somsak Rattana", "Kenyan Wanjiru Kamau", "Chilean Ignacio Vera")
    combos = itertools.product(NATIONALS, rivals, QUOTES, MARKS, range(2))
    for (adj, noun, name), rival, q, (op, cl), order in sample(combos, 200, "r26main-nationality-initial"):
        quote = f"{op}{q},{cl}"
        match = f"{rival} beat {adj} {name}" if order else f"{adj} {name} beat {rival}"
        text = f"{match} in the final on Sunday. {quote} the {noun} said."
        yield Case("", "direct", text, [Expect(quote, "direct", name)])


#: (role noun, the sentence's verb and object) for a role given by its own verb.
ROLE_VERBS = (
    ("referee", "refereed the final"),
    ("founder", "founded the cooperative in 1998"),
    ("chair", "chaired the inquiry"),
    ("captain", "captained the side"),
    ("organiser", "organised the march"),
    ("director", "directed the festival"),
    ("manager", "manages the depot"),
)


def role_by_own_verb() -> Iterator[Case]:
    """'A refereed the final, with B as a linesman. "Q," the referee said.' -> A."""
    pairs = [(a, b) for (a, _), (b, _) in itertools.permutations(PEOPLE, 2)]
    combos = itertools.product(pairs, ROLE_VERBS, QUOTES, MARKS)
    for (a, b), (noun, clause), q, (op, cl) in sample(combos, 350, "r26main-role-verb"):
        quote = f"{op}{q},{cl}"
        text = f"{a} {clause}, and {b} watched from the stand. {quote} the {noun} said."
        yield Case("", "direct", text, [Expect(quote, "direct", a)])


#: Go-betweens with names that hold a hyphen or a particle.
GO_BETWEENS = ("Ana Ter-Grigoryan", "Jordi Ferrer i Vidal", "Marie-Claire Dubois", "Pieter van der Berg")
#: Modifiers of the cue that name a go-between.
READ_BY = (
    "in a statement read outside the court by her lawyer",
    "in a statement read by her lawyer",
    "through her lawyer",
    "in a letter delivered by her agent",
)


def go_between_named() -> Iterator[Case]:
    """'NAME said in a statement read by her lawyer, NAME2, that C.' -> content 'that C', NAME."""
    claims = ("the theatre would tour in the autumn", "she had done nothing wrong")
    women = [p for p, pron in PEOPLE if pron == "she"]
    combos = itertools.product(women, GO_BETWEENS, READ_BY, claims)
    for name, agent, mod, claim in sample(combos, 200, "r26main-go-between"):
        text = f"{name} said {mod}, {agent}, that {claim}."
        yield Case("", "indirect", text, [Expect(f"that {claim}", "indirect", name)])


#: Posts with a hyphen, before an apposed name with an initial whose given name is unlisted.
HYPHEN_POSTS = ("editor-in-chief", "referee-in-chief", "commander-in-chief", "director-general")
INITIALLED = ("Juha P. Lahtinen", "Oyuna T. Batbold", "Eero K. Salmi", "Tiina M. Rask")


def initialled_apposed_name() -> Iterator[Case]:
    """'The editor-in-chief of X, Juha P. Lahtinen, said C.' -> Juha P. Lahtinen, the post."""
    bodies = ("the Harbour Gazette", "the Northern Ice Hockey Officials Association")
    combos = itertools.product(HYPHEN_POSTS, bodies, INITIALLED, ("the mill would close", "fares would rise"))
    for post, body, name, claim in sample(combos, 120, "r26main-initialled-apposed"):
        text = f"The {post} of {body}, {name}, said {claim}."
        yield Case("", "indirect", text, [Expect(claim, "indirect", name, title=Contains((post, body)))])


#: People's words and names with a particle in the family name.
PARTICLE_NATIONALS = (
    ("Spanish", "Spaniard", "Jordi Ferrer i Sabaté"),
    ("Dutch", "Dutchman", "Pieter van der Berg"),
    ("Spanish", "Spaniard", "Lucía de la Vega"),
    ("French", "Frenchman", "Luc de Villiers"),
)


def nationality_particle_name() -> Iterator[Case]:
    """'Spanish Jordi Ferrer i Sabaté beat B in the final. "Q," the Spaniard said.' -> the name."""
    rivals = ("Thai Somsak Rattana", "Kenyan Wanjiru Kamau")
    combos = itertools.product(PARTICLE_NATIONALS, rivals, QUOTES, MARKS)
    for (adj, noun, name), rival, q, (op, cl) in sample(combos, 96, "r26main-nationality-particle"):
        quote = f"{op}{q},{cl}"
        text = f"{adj} {name} beat {rival} in the final on Sunday. {quote} the {noun} said."
        yield Case("", "direct", text, [Expect(quote, "direct", name)])


#: Verbs of responding and their objects before a colon.
REPLIES = ("replied to", "responded to", "reacted to", "retorted to", "answered")
REPLY_OBJECTS = ("reporters", "the ruling", "the council", "her critics")


def reply_colon_quotation() -> Iterator[Case]:
    """'NAME replied to NAME2: "Q."' -> a direct quotation "Q." by NAME."""
    others = [p for p, _ in PEOPLE]
    combos = itertools.product(PEOPLE, REPLIES, (*REPLY_OBJECTS, *others[:3]), QUOTES, MARKS)
    for (name, _p), verb, obj, q, (op, cl) in sample(combos, 300, "r26main-reply-colon"):
        if obj == name:
            continue
        quote = f"{op}{q}.{cl}"
        text = f"{name} {verb} {obj}: {quote}"
        yield Case("", "direct", text, [Expect(quote, "direct", name)], exact=False, forbidden=(f"{obj}:",))


def praise_colon_guard() -> Iterator[Case]:
    """'NAME praised the plan: "Q."' -> a quotation by NAME that keeps its object (PolNeAR's mixed)."""
    combos = itertools.product(PEOPLE, ("praised the plan", "criticised the ruling"), QUOTES, MARKS)
    for (name, _p), clause, q, (op, cl) in sample(combos, 60, "r26main-praise-colon"):
        quote = f"{op}{q}.{cl}"
        content = f"{clause.split(' ', 1)[1]}: {quote}"
        yield Case("", "guard", f"{name} {clause}: {quote}", [Expect(content, "mixed", name)])


ROUND26_MAIN: tuple[Capability, ...] = (
    named(
        "titles.copular_introduction_direct",
        "6",
        'NAME is a ROLE at BODY. "Q," she says.: NAME, titled ROLE at BODY',
        copular_intro_direct,
    ),
    named(
        "titles.copular_introduction_indirect",
        "6",
        "NAME is a ROLE at BODY. She said that C.: NAME, titled ROLE at BODY",
        copular_intro_indirect,
    ),
    named(
        "titles.copular_no_post_guard",
        "6",
        'NAME is not a doctor. "Q," she said.: NAME, no title',
        copular_no_post_guard,
    ),
    named(
        "titles.copular_other_subject_guard",
        "6",
        'The board met A. B is the ROLE of X. "Q," A said.: A, no title of B\'s',
        copular_other_subject_guard,
    ),
    named(
        "names.catalan_conjoined_surnames",
        "5",
        '"Q," said Jordi Ferrer i Vidal, ROLE.: the whole name (Catalan i joins two surnames)',
        catalan_surnames,
    ),
    named(
        "names.catalan_particle_guard",
        "5",
        "Part i of the report, written by NAME, said C.: no name runs over a lone i",
        catalan_particle_guard,
    ),
    named(
        "cues.hyphenated_open_verb",
        "1",
        '"Q," NAME tut-tutted. / "Q," pooh-poohed NAME, ROLE.: NAME (the verb whole)',
        hyphenated_cue_verbs,
    ),
    named(
        "names.long_apposition_unlisted_role",
        "5",
        'NAME, duty hydrographer at the X Survey Office since 2015, said: "Q.": NAME',
        long_apposition_unlisted_role,
    ),
    named(
        "nominal.nationality_before_initialled_name",
        "4",
        'Finnish Juha K. Lehtonen beat B. "Q," the Finn said.: Juha K. Lehtonen',
        nationality_initial_name,
    ),
    named(
        "nominal.role_by_own_verb",
        "4",
        'A refereed the final, and B watched. "Q," the referee said.: A',
        role_by_own_verb,
    ),
    named(
        "cues.go_between_named_with_hyphen",
        "1",
        "NAME said in a statement read by her lawyer, Ana Ter-Grigoryan, that C.: 'that C', NAME",
        go_between_named,
    ),
    named(
        "names.initialled_apposed_after_hyphen_post",
        "5",
        "The editor-in-chief of X, Juha P. Lahtinen, said C.: the whole name, titled with the post",
        initialled_apposed_name,
    ),
    named(
        "nominal.nationality_before_particle_name",
        "4",
        'Spanish Jordi Ferrer i Sabaté beat B. "Q," the Spaniard said.: the whole name',
        nationality_particle_name,
    ),
    named(
        "cues.reply_colon_quotation",
        "1",
        'NAME replied to NAME2: "Q.": a direct quotation "Q." by NAME (not "NAME2: Q")',
        reply_colon_quotation,
    ),
    named(
        "cues.praise_colon_guard",
        "1",
        'NAME praised the plan: "Q.": the mixed quotation with its object, by NAME',
        praise_colon_guard,
    ),
)
