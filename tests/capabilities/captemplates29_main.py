"""Development capabilities added on main in the thirtieth round: a post stated by a relative
clause after a name.

* *NAME, who chairs the Tarn Valley Trust, said C*, *"Q," said NAME, who heads sales at the
  Kestrel Cider Press.*: a relative clause right after the name whose verb states a post held
  (*chairs*, *heads*, *leads*, *directs*, *manages*, *edits*, *coaches*, *captains*, *owns*,
  *founded*) and whose object is a named body (or a lower-case object, *at*/*for*/*of* and a
  named body) gives the title *chair of the Tarn Valley Trust* (before: no title).
* *"Q0," NAME said. Twenty people work there. One, a pan man who asked not to be named, said C.
  "Q," he said.*: a bare *One* or *Another* that speaks is one person of a group, so a later
  *he*/*she* is that person's (before: NAME, a wrong speaker at .97).
* *NAME smiled. "We'll see."*: a quotation of two words, one a contraction, is as long as *"We
  will see."* and is somebody's words (before: no quotation at all).
* *A, a former chairman of the parish council, and B, a former chairwoman of the parish council,
  spoke. "Q," the former chairman of the parish council said.*: a definite nominal too long for
  the head-noun rules names the one person whose stated title it repeats word for word (before:
  the description itself); a title nobody was given names nobody.
* *NAME, survey lead at the Skarvbre Ice Watch, said C*: an unlisted role before its employer
  is a title when *the* opens the employer's name, and after *the* as after *a* (before: none);
  *NAME, the grading manager at the Tarrow Fell Wool Cooperative, said C*: a capitalised word
  spelt as a past verb inside a name (*Fell*, *Saw*) is no verb of a clause (before: no
  quotation at all); *In Oslo, the survey lead at BODY, NAME, said C*: the subject ends on its
  set-off name (before: no quotation).
* *A, a Ghanaian, and B, a Swede, shared a table. "Q," the Swede said.*: a people's or party's
  word that an apposition gave a person (one word or two: *a Cook Islander*) is an epithet for
  that person (before: no speaker, or a person named *Swede*).
* *A, a keen amateur astronomer, and B, a former sprinter, run the stall. "Q," the amateur
  astronomer said.*: a definite nominal whose words a person's apposition holds, in order and
  ending on its head, is that person, when only one was so described (before: the description;
  and *The 61-year-old grandmother said C* had no quotation at all: the age's compound hid the
  determiner).
* *NAME, the Carn Dubh Observatory's kiln foreman, said: "Q."*: a body's capitalised name may
  be the possessor of an unlisted role in an apposition (before: only a lower-case possessor);
  *The shift lead of the Skarvbre Ice Watch, NAME, told reporters that C*: *of the* and a body's
  name link an unlisted role as *at* does (before: the description was the speaker).
* *NAME (Quillon Street Bindery): "Q."*: workshops of a trade and events a body runs (*bindery*,
  *pottery*, *festival*, *trials*, *regatta*) head a body's name as facilities do (before: no
  title in brackets).
* *"Q," Eoin Mac an Bhreithiúin said.*, *Jógvan á Lakjuni said C*: the Gaelic article *an* after
  *Mac*/*Nic* and the Faroese toponymic particles *í*, *á*, *við* stay inside the name (before:
  *Bhreithiúin*, *Jógvan*).
* Guard: a relative clause with no named body (*who leads the party*), a verb of motion (*who
  heads home to Lima*, *who runs home to Lima*; round 31 reads *who runs BODY* as written) or a
  clause that goes on past the body (*who chairs the Tarn Valley Trust's meetings*) states no
  title.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND29_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: People of our own, of several cultures.
NAMES = (
    "Tavita Leiataua",
    "Siranush Melkonyan",
    "Oluwaseun Adeyemi",
    "Aino Virtanen",
    "Rahim Salleh",
    "Keala Kahananui",
    "Dilan Aydin",
    "Maret Tamm",
)
#: Named bodies of our own, each written as it follows the verb.
BODIES = (
    "the Millbrook Tram Depot",
    "Lowther Bridge Mills",
    "the Tarn Valley Trust",
    "the Kestrel Point Observatory",
    "the Harbour Kite Festival",
    "Saltmarsh Wool Cooperative",
)
#: (verb as written, the post's noun).
POSTS = (
    ("chairs", "chair"),
    ("heads", "head"),
    ("leads", "leader"),
    ("directs", "director"),
    ("manages", "manager"),
    ("now chairs", "chair"),
    ("founded", "founder"),
    ("co-founded", "co-founder"),
    ("co-chairs", "co-chair"),
)
#: Lower-case objects before the body: (object, preposition).
OBJECTS = (("sales", "at"), ("the research team", "at"), ("fundraising", "for"), ("the archive", "of"))
CLAIMS = ("the winter timetable had been a mistake", "the grant would run out in March")
QUOTES = ("We cannot keep the doors open", "Nobody asked the members")


def relative_post() -> Iterator[Case]:
    """'NAME, who chairs BODY, said C.' and '"Q," said NAME, who heads OBJECT at BODY.' -> the
    title 'chair of BODY' / 'head of OBJECT at BODY'."""
    combos = itertools.product(NAMES, POSTS, BODIES, ("before", "after", "object"), range(2))
    for name, (verb, noun), body, shape, n in sample(combos, 420, "r29main-relative-post"):
        if shape == "object" and noun not in ("head", "leader", "director", "manager"):
            continue  # (an object before the body only where the post is over a part of it)
        if shape == "object":
            obj, prep = OBJECTS[(len(name) + n) % len(OBJECTS)]
            clause, title = f"{verb} {obj} {prep} {body}", f"{noun} of {obj} {prep} {body}"
        else:
            clause, title = f"{verb} {body}", f"{noun} of {body}"
        if shape == "before":
            claim = CLAIMS[n]
            text = f"{name}, who {clause}, said {claim}."
            yield Case("", "indirect", text, [Expect(claim, "indirect", name, title)], exact=False)
        else:
            quote = f"\u201c{QUOTES[n]},\u201d"
            text = f"{quote} said {name}, who {clause}."
            yield Case("", "direct", text, [Expect(quote, "direct", name, title)], exact=False)


#: Relative clauses that state no post with a named body.
NO_POSTS = (
    "leads the party",
    "heads home to Lima on Monday",
    "runs home to Lima on Fridays",
    "chairs the Tarn Valley Trust's meetings",
    "heads south for the winter",
    "manages to keep the Millbrook Tram Depot open",
)


def relative_post_guard() -> Iterator[Case]:
    """'NAME, who leads the party, said C.' -> NAME with no title."""
    combos = itertools.product(NAMES, NO_POSTS, CLAIMS)
    for name, clause, claim in sample(combos, 96, "r29main-relative-post-guard"):
        text = f"{name}, who {clause}, said {claim}."
        yield Case("", "guard", text, [Expect(claim, "indirect", name, None)], exact=False)


#: Named people of our own with a clear gender, and a pronoun: (name, pronoun).
GENDERED = (
    ("Anders Holm", "he"),
    ("Morag Lindsay", "she"),
    ("Callum Reid", "he"),
    ("Eilidh Fraser", "she"),
    ("Tomasz Wojcik", "he"),
    ("Ngozi Okafor", "she"),
)
#: Appositions after a bare *One* / *Another* (a person of a group named before).
ONE_APPOSITIONS = (
    ", a pan man who asked not to be named,",
    ", a night-shift worker,",
    ", who asked not to be named,",
    ", a driver with 20 years at the depot,",
    "",
)
GROUPS = ("Twenty-three people work at the site.", "Several workers waited outside the gates.")
LATE_QUOTES = ("I read it on my phone in the pub", "Nobody from the company called us")


def bare_one_pronoun() -> Iterator[Case]:
    """'"Q0," NAME said. GROUP. One, a pan man, said C. "Q," he said.' -> the pronoun is One's,
    never NAME's (before: NAME at .97, a wrong speaker)."""
    combos = itertools.product(GENDERED, GROUPS, ("One", "Another"), ONE_APPOSITIONS, LATE_QUOTES)
    for (name, pronoun), group, count, appos, quote in sample(combos, 240, "r29main-bare-one"):
        if count == "Another" and not appos:
            continue  # ('Another said' with no one before it: the count needs a first)
        content = f"\u201c{quote},\u201d"
        text = (
            f"\u201cThe fires will go out,\u201d {name} said. {group} {count}{appos} said "
            f"{pronoun} had learned of it from a neighbour. {content} {pronoun} said."
        )
        yield Case(
            "",
            "pronoun",
            text,
            [Expect(content, "direct", (count,))],
            exact=False,
            wrong_speakers=[(content, name)],
        )


#: Short quotations of two words, one of them a contraction.
SHORT_QUOTES = (
    "We'll see.",
    "I can't.",
    "It's over.",
    "They're wrong.",
    "I'm done.",
    "We'd go again.",
    "You've seen it.",
)
#: Gestures that credit the quotation after them (verbs the lexicon knows as beats).
BEATS = ("smiled", "shrugged", "laughed", "nodded")
MARK_PAIRS = (('"', '"'), ("\u201c", "\u201d"))


def short_contracted_quote() -> Iterator[Case]:
    """'NAME smiled. "We'll see."' and '"Q0," NAME said.<paragraph>"We'll see."' -> NAME's
    (before: no quotation at all, a contraction being counted as one word)."""
    combos = itertools.product(GENDERED, SHORT_QUOTES, BEATS, MARK_PAIRS, ("beat", "carryover"))
    for (name, _p), quote, beat, (op, cl), shape in sample(combos, 240, "r29main-short-contracted"):
        content = f"{op}{quote}{cl}"
        if shape == "beat":
            text = f"{name} {beat}. {content}"
        else:
            text = f"{op}The rope is frayed,{cl} {name} said on Monday.\n\n{content}"
        yield Case("", "direct", text, [Expect(content, "direct", name)], exact=False)


#: Titles with a body after *of*/*at*/*for*, in pairs that share their head's words.
LONG_TITLES = (
    ("former chairman of the parish council", "former chairwoman of the parish council"),
    ("head keeper at the Scarholm Lighthouse Trust", "deputy keeper at the Scarholm Lighthouse Trust"),
    ("senior archivist for the county record office", "junior archivist for the county record office"),
    ("chief engineer of the Tarn Valley cable car", "chief engineer of the Kestrel Point ferry"),
)


def stated_title_nominal() -> Iterator[Case]:
    """'A, a former chairman of the parish council, and B, a former chairwoman of the parish
    council, spoke. "Q," the former chairman of the parish council said.' -> A (before: the
    description itself: a nominal of more than five words was never resolved). Guard: a title
    nobody was given ('the treasurer of the parish council') names nobody of the two."""
    people = [p for p, _g in GENDERED]
    combos = itertools.product(itertools.permutations(people, 2), LONG_TITLES, (0, 1, 2), LATE_QUOTES)
    for (a, b), titles, which, quote in sample(combos, 240, "r29main-stated-title"):
        content = f"\u201c{quote},\u201d"
        intro = f"{a}, a {titles[0]}, and {b}, a {titles[1]}, both spoke at the inquiry on Sunday."
        if which < 2:
            text = f"{intro} {content} the {titles[which]} said."
            yield Case("", "nominal", text, [Expect(content, "direct", (a, b)[which])], exact=False)
        else:
            text = f"{intro} {content} the treasurer of the parish council said."
            yield Case("", "guard", text, [], exact=False, wrong_speakers=[(content, a), (content, b)])


#: Role nouns no list holds, compounds of two lower-case words.
UNLISTED_ROLES = (
    "survey lead",
    "shift lead",
    "kiln foreman",
    "head voicer",
    "night astronomer",
    "rope splicer",
)
#: Bodies whose names hold a capitalised word spelt as a past verb (*Fell*, *Saw*, *Rose*,
#: *Bore*, *Wound*) or a body no list knows.
PAST_WORD_BODIES = (
    "the Tarrow Fell Wool Cooperative",
    "the Old Saw Mill Trust",
    "the Rose Hill Observatory",
    "the Skarvbre Ice Watch",
    "the Wound Valley Pipe Band",
    "the Bore Head Lifeboat Trust",
)


def employer_after_the() -> Iterator[Case]:
    """'NAME, survey lead at the Skarvbre Ice Watch, said C.' (with *a*, *the* or no article), a
    dash credit with it, and 'In Oslo, the survey lead at BODY, NAME, said C.' -> NAME, with the
    role and its body as the title where it follows the name (before: no title when *the* opened
    the body's name, and no quotation at all when the body's name held *Fell* or *Saw*)."""
    combos = itertools.product(NAMES, UNLISTED_ROLES, PAST_WORD_BODIES, ("", "a ", "the ", "dash", "fronted"))
    for (
        name,
        role,
        body,
        shape,
    ) in sample(combos, 360, "r29main-employer-the"):
        claim = CLAIMS[len(name) % 2]
        title = f"{role} at {body}"
        if shape == "dash":
            quote = f"\u201c{QUOTES[len(role) % 2]}.\u201d"
            text = f"Reactions came in.\n\n{quote} \u2014 {name}, {title}\n\nThe vote is on Friday."
            yield Case("", "direct", text, [Expect(quote, "direct", name, title)], exact=False)
        elif shape == "fronted":
            text = f"In Tromsø, the {title}, {name}, said {claim}."
            yield Case("", "indirect", text, [Expect(claim, "indirect", name)], exact=False)
        else:
            text = f"{name}, {shape}{title}, said {claim}."
            yield Case("", "indirect", text, [Expect(claim, "indirect", name, title)], exact=False)


#: Predicates after a pair of names set off by a comma: a verb's object and a body after *for*/*at*.
PAIR_PREDICATES = (
    "train dogs for the Lammerside trials",
    "run tours at the Old Saw Mill every summer",
    "ring bells for the Rose Hill Guild",
    "keep bees with the Harbour Beekeepers",
)


def employer_guard() -> Iterator[Case]:
    """'Sanna Korhonen and her husband, Jari Korhonen, train dogs for the Lammerside trials. "Q,"
    Ms Korhonen said.' -> Sanna Korhonen, no title (the predicate is no apposition; before the
    guard, the husband took it as his title and Ms Korhonen's quotation)."""
    combos = itertools.product(PAIR_PREDICATES, ("husband", "brother"), LATE_QUOTES, MARK_PAIRS)
    for predicate, kin, quote, (op, cl) in sample(combos, 64, "r29main-employer-guard"):
        content = f"{op}{quote},{cl}"
        text = f"Sanna Korhonen and her {kin}, Jari Korhonen, {predicate}. {content} Ms Korhonen said."
        yield Case(
            "",
            "guard",
            text,
            [Expect(content, "direct", "Sanna Korhonen", None)],
            exact=False,
            wrong_speakers=[(content, "Jari Korhonen")],
        )


#: Words for a people or a party that an apposition may give a person, one or two words.
APPOSED_WORDS = (
    "Ghanaian",
    "Scot",
    "Swede",
    "Dane",
    "Catalan",
    "Tory",
    "Cook Islander",
    "New Zealander",
    "Sierra Leonean",
)


def apposed_people_word() -> Iterator[Case]:
    """'A, a Ghanaian, and B, a Swede, shared a table. "Q," the Swede said.' -> B (before: no
    speaker, or a person named *Swede*: an apposition's people word was no epithet)."""
    people = [p for p, _g in GENDERED]
    pairs = [(x, y) for x in APPOSED_WORDS for y in APPOSED_WORDS if x != y]
    combos = itertools.product(itertools.permutations(people, 2), pairs, (0, 1), LATE_QUOTES)
    for (a, b), (wa, wb), which, quote in sample(combos, 300, "r29main-apposed-people"):
        content = f"\u201c{quote},\u201d"
        article_a = "an" if wa[0] in "AEIOU" else "a"
        article_b = "an" if wb[0] in "AEIOU" else "a"
        text = (
            f"{a}, {article_a} {wa}, and {b}, {article_b} {wb}, shared a table at the inquiry. "
            f"{content} the {(wa, wb)[which]} said."
        )
        yield Case("", "nominal", text, [Expect(content, "direct", (a, b)[which])], exact=False)


#: Descriptions no role list holds, given in an apposition: (apposition, nominal).
DESCRIPTIONS = (
    ("a keen amateur astronomer", "the amateur astronomer"),
    ("a lifelong birdwatcher", "the birdwatcher"),
    ("a 61-year-old grandmother", "the 61-year-old grandmother"),
    ("a retired schoolteacher", "the retired schoolteacher"),
    ("a part-time beekeeper", "the beekeeper"),
    ("a former sprinter", "the former sprinter"),
)


def apposed_description() -> Iterator[Case]:
    """'A, a keen amateur astronomer, and B, a former sprinter, run the stall. "Q," the amateur
    astronomer said.' -> A (before: the description; and no quotation at all after *The
    61-year-old grandmother said*). Guard: two people given the same description -> neither."""
    people = [p for p, _g in GENDERED]
    pairs = [(x, y) for x in DESCRIPTIONS for y in DESCRIPTIONS if x[0] != y[0]]
    combos = itertools.product(itertools.permutations(people, 2), pairs, ("direct", "indirect", "same"))
    for (a, b), (da, db), shape in sample(combos, 300, "r29main-apposed-description"):
        intro = f"{a}, {da[0]}, and {b}, {db[0] if shape != 'same' else da[0]}, run the kite stall together."
        if shape == "indirect":
            claim = CLAIMS[len(a) % 2]
            text = f"{intro} {da[1].capitalize()} said {claim}."
            yield Case("", "nominal", text, [Expect(claim, "indirect", a)], exact=False)
            continue
        content = f"\u201c{LATE_QUOTES[len(b) % 2]},\u201d"
        text = f"{intro} {content} {da[1]} said."
        if shape == "same":
            yield Case("", "guard", text, [], exact=False, wrong_speakers=[(content, a), (content, b)])
        else:
            yield Case("", "nominal", text, [Expect(content, "direct", a)], exact=False)


#: Bodies with a capitalised name, for *the BODY's ROLE* (with the possessive as written).
POSSESSING_BODIES = ("the Carn Dubh Observatory's", "the Hollowcombe Cider Press'", "the Tarn Valley Trust's")


def body_possessed_role() -> Iterator[Case]:
    """'NAME, the Carn Dubh Observatory's kiln foreman, said: "Q."', 'The shift lead of the
    Skarvbre Ice Watch, NAME, told reporters that C.' and a credit line ending '... — NAME, shift
    lead of the Tarn Valley Trust' -> NAME with the role and body in the title
    (before: no title for an unlisted role after a capitalised possessor, and the description as
    the speaker before *of the BODY, NAME,*)."""
    combos = itertools.product(NAMES, UNLISTED_ROLES, POSSESSING_BODIES, ("possessed", "of", "credit_line"))
    for name, role, owner, shape in sample(combos, 260, "r29main-body-possessed"):
        body = owner.removesuffix("'s").removesuffix("'")
        if shape == "possessed":
            quote = f"\u201c{QUOTES[len(name) % 2]}.\u201d"
            text = f"{name}, {owner} {role}, said: {quote}"
            yield Case(
                "", "direct", text, [Expect(quote, "direct", name, Contains((role, body[4:])))], exact=False
            )
        elif shape == "credit_line":  # (no article, and the text ends on the employer's name)
            quote = f"\u201c{QUOTES[len(name) % 2]}.\u201d"
            text = f"{quote} \u2014 {name}, {role} of {body}"
            yield Case(
                "", "direct", text, [Expect(quote, "direct", name, Contains((role, body[4:])))], exact=False
            )
        else:
            claim = CLAIMS[len(role) % 2]
            text = f"The {role} of {body}, {name}, told reporters that {claim}."
            yield Case(
                "",
                "indirect",
                text,
                [Expect(f"that {claim}", "indirect", name, Contains((role, body[4:])))],
                exact=False,
            )


#: Workshops of a trade and events a body runs, named as bodies are.
WORKSHOPS_EVENTS = (
    "Quillon Street Bindery",
    "Harbour Row Pottery",
    "Kellsand Kite Festival",
    "Lammerside Sheepdog Trials",
    "Tarn Valley Regatta",
    "Old Mill Tannery",
)


def workshop_event_credit() -> Iterator[Case]:
    """'NAME (Quillon Street Bindery): "Q."' in a round-up and 'NAME, director of the Tarn Valley
    Regatta, said C' -> the workshop or event as the affiliation (before: no title in brackets)."""
    combos = itertools.product(NAMES, WORKSHOPS_EVENTS, ("bracket", "director"))
    for name, body, shape in sample(combos, 96, "r29main-workshop-event"):
        if shape == "bracket":
            quote = f"\u201c{QUOTES[len(name) % 2]}.\u201d"
            text = f"Voices from the valley.\n\n{name} ({body}): {quote}"
            yield Case("", "direct", text, [Expect(quote, "direct", name, Contains(body))], exact=False)
        else:
            claim = CLAIMS[len(body) % 2]
            text = f"{name}, director of the {body}, said {claim}."
            yield Case("", "indirect", text, [Expect(claim, "indirect", name, Contains(body))], exact=False)


#: Irish names with the article after *Mac*/*Nic* and Faroese toponymic surnames: (full name,
#: honorific and surname, pronoun).
PARTICLE_NAMES = (
    ("Eoin Mac an Bhreithiúin", "Mr Mac an Bhreithiúin", "he"),
    ("Caoimhe Nic an Bhaird", "Ms Nic an Bhaird", "she"),
    ("Seosamh Mac an Ghoill", "Mr Mac an Ghoill", "he"),
    ("Jógvan á Lakjuni", "Mr á Lakjuni", "he"),
    ("Sigrid í Dali", "Ms í Dali", "she"),
    ("Bárður við Neyst", "Mr við Neyst", "he"),
)


def article_particle_names() -> Iterator[Case]:
    """'"Q," Eoin Mac an Bhreithiúin said.', 'Jógvan á Lakjuni said C.', and a second reference
    'Mr á Lakjuni said C.' -> the full name (before: the last word only, *Bhreithiúin*, or the
    first, *Jógvan*)."""
    combos = itertools.product(PARTICLE_NAMES, ("after", "before", "second", "pronoun"), MARK_PAIRS)
    for (name, honorific, pronoun), shape, (op, cl) in sample(combos, 96, "r29main-article-particles"):
        quote = f"{op}{QUOTES[len(name) % 2]},{cl}"
        claim = CLAIMS[len(name) % 2]
        if shape == "after":
            yield Case("", "direct", f"{quote} {name} said.", [Expect(quote, "direct", name)], exact=False)
        elif shape == "before":
            yield Case(
                "", "indirect", f"{name} said {claim}.", [Expect(claim, "indirect", name)], exact=False
            )
        else:
            who = honorific if shape == "second" else pronoun
            text = f"{name} spoke for an hour at the hall. {quote} {who} said."
            yield Case("", "direct", text, [Expect(quote, "direct", name)], exact=False)


ROUND29_MAIN: tuple[Capability, ...] = (
    named(
        "titles.relative_post",
        "6",
        "NAME, who chairs BODY, said C: the title 'chair of BODY'",
        relative_post,
    ),
    named(
        "titles.relative_post_guard",
        "6",
        "NAME, who leads the party / heads home / runs home, said C: no title",
        relative_post_guard,
    ),
    named(
        "pronouns.bare_one_speaker",
        "2",
        '"Q0," NAME said. One, a pan man, said C. "Q," he said.: One (never NAME)',
        bare_one_pronoun,
    ),
    named(
        "quotes.short_contracted",
        "1",
        'NAME smiled. "We\'ll see.": NAME (a contraction counts two words)',
        short_contracted_quote,
    ),
    named(
        "nominal.stated_title_phrase",
        "4",
        "A, a former chairman of the parish council, and B ... the former chairman of the parish council"
        " said: A",
        stated_title_nominal,
    ),
    named(
        "titles.employer_after_the",
        "6",
        "NAME, survey lead at the Skarvbre Ice Watch, said C / In Oslo, the survey lead at BODY, NAME,"
        " said C: NAME, title with the body",
        employer_after_the,
    ),
    named(
        "titles.employer_guard",
        "6",
        'A and her husband, B, train dogs for the Lammerside trials. "Q," Ms SURNAME said.: A, no title',
        employer_guard,
    ),
    named(
        "nominal.apposed_people_word",
        "4",
        'A, a Ghanaian, and B, a Swede, shared a table. "Q," the Swede said.: B',
        apposed_people_word,
    ),
    named(
        "nominal.described_in_apposition",
        "4",
        'A, a keen amateur astronomer, and B, a former sprinter, ... "Q," the amateur astronomer said.: A',
        apposed_description,
    ),
    named(
        "titles.body_possessed_role",
        "6",
        "NAME, the Carn Dubh Observatory's kiln foreman, said / The shift lead of the X Trust, NAME,"
        " told: title",
        body_possessed_role,
    ),
    named(
        "titles.workshop_event_credit",
        "3",
        'NAME (Quillon Street Bindery): "Q." / NAME, director of the Tarn Valley Regatta, said C: the body',
        workshop_event_credit,
    ),
    named(
        "nameforms.article_particles",
        "5",
        '"Q," Eoin Mac an Bhreithiúin said. / Jógvan á Lakjuni said C. / Mr á Lakjuni said: the full name',
        article_particle_names,
    ),
)
