"""Development capabilities added on main in the forty-fifth round.

* *A, a ROLE, spoke to B. She told him that C.*: a subject pronoun with an object pronoun of the
  other gender after its verb; B's gender is known and A's is not, so *him* is A and *she* is B
  (before: A, the titled subject, whatever the pronouns said);
* *In a letter to A, ROLE_A, B, ROLE_B, wrote: "C."*, *Speaking alongside A, ROLE_A, B, ROLE_B,
  said*: the apposition between two names is the first name's, the speaker's is the one after
  it (before: the speaker took ROLE_A);
* *the ROLE of BODY, G M S, said*, its given name G in no list and M a listed given name: one
  apposed name, no portfolio cut (before: the speaker *M S*, the title *... BODY, G*);
* *Beside A stood B. "C," SURNAME_A said.*: a preposition that opens the sentence is no part of a
  name (before: the speaker *Beside A*);
* *ROLE to the BODY G S said C* with a given name only the world's name counts hold (*Plamen*,
  *Desislava*): the posting's title and the name (before: the speaker *United Nations G S*);
* *NAME, a ROLE at a BODY of many words, did not mince words. "C."*: a narrative beat whose
  subject has an apposition of up to fourteen tokens, an *and* inside a body's name or a role's
  *with* before its body (before: no speaker);
* *Radka Simeonova*: a surname in *-nova* after a given name in *-a* no list holds is a
  woman's (Bulgarian and Russian custom), so *she* finds her (before: the other person).

People, places and events of our own. ``captemplates.py`` adds :data:`ROUND45_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES
from captemplates44_main import posting_cases, spoke_first_next

#: People whose given names no list holds (no gender known), with an apposition.
UNKNOWN = ("Tavita Leota", "Wayan Sudarma", "Tamati Rewiri", "Chidera Nwosu")
#: People whose given names the census or registration lists hold, by gender.
WOMEN = ("Marisol Quintanilla", "Odalys Ferreira", "Ingrid Solberg")
MEN = ("Teodor Vranjes", "Gunnar Halvorsen", "Anselm Reiter")
#: (role, body) pairs of appositions.
ROLES = (
    ("senior researcher", "the Ostberg Institute for Coastal Studies"),
    ("harbour master", "the Corvell Port Authority"),
    ("chief executive", "Brantholm Ferries"),
    ("head teacher", "Saint Aldric's School"),
)
#: Verbs of a meeting before the pronouns' sentence.
MEETINGS = ("spoke to", "met", "phoned", "sat down with")
#: Verbs of the pronouns' sentence, and an adverb before some.
TELLS = ("told", "assured", "warned", "later told", "reminded")


def _apposition(r: int) -> tuple[str, Contains]:
    role, body = ROLES[r]
    article = "an" if role[0] in "aeiou" else "a"
    return f"{article} {role} at {body}", Contains((role, body.removeprefix("the ")))


def object_pronoun_pairs() -> Iterator[Case]:
    """A, a ROLE, MET B on Monday. She told him that C. -> B (A of no known gender)."""
    combos = itertools.product(range(4), range(3), range(2), range(len(MEETINGS)), range(len(TELLS)))
    for a, b, g, m, t in sample(combos, 240, "r45main-pair"):
        unknown = UNKNOWN[a]
        known, subject, obj = (WOMEN[b], "She", "him") if g == 0 else (MEN[b], "He", "her")
        apposition, _ = _apposition((a + b) % 4)
        clause = CLAUSES[(m + t) % 3]
        text = (
            f"{unknown}, {apposition}, {MEETINGS[m]} {known} on Monday. "
            f"{subject} {TELLS[t]} {obj} that {clause}."
        )
        yield Case(
            "",
            f"{subject}|{TELLS[t]}",
            text,
            [Expect(f"that {clause}", "indirect", known)],
            wrong_speakers=[(clause, unknown)],
        )


#: Phrases that open a sentence with a person as an object, and the cue after the speaker.
OBJECT_OPENERS = (
    ("In a letter to", "wrote"),
    ("In an email to", "wrote"),
    ("Speaking alongside", "said"),
    ("After meeting", "said"),
    ("Standing beside", "said"),
)


def titles_between_names() -> Iterator[Case]:
    """OPENER A, ROLE_A, B, ROLE_B, CUE: "C." -> B with ROLE_B (ROLE_A is A's)."""
    combos = itertools.product(range(3), range(3), range(len(OBJECT_OPENERS)), range(4), range(3))
    for w, m, o, r, kind in sample(combos, 200, "r45main-between"):
        # (the addressee's given name listed, in no list, or only in the world's counts)
        pairs = ((WOMEN[w], MEN[m]), (UNKNOWN[w], MEN[m]), (WORLD_ONLY[w], WOMEN[m]))
        a, b = pairs[kind]
        opener, cue = OBJECT_OPENERS[o]
        first, _ = _apposition(r)
        second, title = _apposition((r + 1) % 4)
        left, right = MARKS[(w + o) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        text = f"{opener} {a}, {first}, {b}, {second}, {cue}: {content}"
        yield Case(
            "", opener, text, [Expect(content, "direct", b, title=title)], wrong_speakers=[(content, a)]
        )


#: Three-word names whose given name no list holds and whose middle word is a listed given name.
APPOSED = ("Thura Min Zaw", "Tavita Sam Leota", "Wayan Ari Sudarma", "Tamati Lin Rewiri")


#: What opens the sentence before *the ROLE of BODY, NAME,* (a place or a time is no person).
APPOSED_LEADS = ("The", "In Ketterby, the", "On Tuesday, the")


def apposed_unlisted_names() -> Iterator[Case]:
    """LEAD ROLE of BODY, NAME, said: "C." / "C," said the ROLE of BODY, NAME. -> the whole name."""
    combos = itertools.product(range(len(APPOSED)), range(4), range(2), range(len(APPOSED_LEADS)))
    for n, r, shape, lead in sample(combos, 96, "r45main-apposed"):
        name = APPOSED[n]
        role, body = ROLES[r]
        title = Contains((role, body.removeprefix("the ")))
        left, right = MARKS[(n + r) % 2]
        if shape == 0:
            content = f"{left}{QUOTES[r % 3]}.{right}"
            text = f"{APPOSED_LEADS[lead]} {role} of {body}, {name}, said: {content}"
        else:
            content = f"{left}{QUOTES[r % 3]},{right}"
            text = f"{content} said the {role} of {body}, {name}."
        yield Case("", f"{shape}|{lead}", text, [Expect(content, "direct", name, title=title)])


#: Prepositions that open a sentence before a name.
OPENING_PREPOSITIONS = ("Beside", "Alongside", "Behind", "Among the guests beside")


def opening_prepositions() -> Iterator[Case]:
    """PREP A stood B, the ROLE. "C," SURNAME_A said. -> A (no *Beside A*)."""
    combos = itertools.product(range(3), range(3), range(len(OPENING_PREPOSITIONS)), range(2))
    for w, m, p, order in sample(combos, 72, "r45main-prep"):
        a, b = (WOMEN[w], MEN[m]) if order == 0 else (MEN[m], WOMEN[w])
        left, right = MARKS[(w + p) % 2]
        content = f"{left}{QUOTES[(m + p) % 3]},{right}"
        text = (
            f"{OPENING_PREPOSITIONS[p]} {a} stood {b}, the mayor of Ketterby.\n\n"
            f"{content} {a.split()[1]} said."
        )
        yield Case(
            "", OPENING_PREPOSITIONS[p], text, [Expect(content, "direct", a)], wrong_speakers=[(content, b)]
        )


#: People whose given names only the world's name counts hold (world_names.py).
WORLD_ONLY = ("Plamen Dragnev", "Desislava Koleva", "Levente Bartos", "Snezhana Petkova", "Botond Keresztes")
POSTS = ("Ambassador", "Special Envoy", "Permanent Representative")
POSTED_TO = ("the United Nations", "the African Union", "the European Union")


def world_given_postings() -> Iterator[Case]:
    """Ruritanian POST to BODY NAME said C. / "C," said ... -> NAME, title POST to BODY."""
    return posting_cases(WORLD_ONLY, POSTS, POSTED_TO, 90, "r45main-world-post")


#: Appositions of many words (ten to thirteen tokens).
LONG_APPOSITIONS = (
    ("a senior researcher at the Ostberg Institute for Coastal and Estuary Studies", "researcher"),
    ("the deputy head of the Corvell Port Authority's marine safety unit", "deputy head"),
    ("a retired professor of geology at the University of Saint Aldric", "professor"),
    ("an organiser with the Brantholm Dock and Harbour Workers Union", "organiser"),
)
BEATS = ("did not mince words", "was blunt", "was unmoved", "shook her head")


def long_apposition_beats() -> Iterator[Case]:
    """NAME, LONG APPOSITION, BEAT. "C." | "C2," said OTHER. -> NAME, then OTHER."""
    combos = itertools.product(range(3), range(3), range(len(LONG_APPOSITIONS)), range(len(BEATS)))
    for w, m, a, b in sample(combos, 96, "r45main-beat"):
        name, other = WOMEN[w], MEN[m]
        apposition, role = LONG_APPOSITIONS[a]
        left, right = MARKS[(w + b) % 2]
        content = f"{left}{QUOTES[(a + b) % 3]}.{right}"
        second = f"{left}{QUOTES[(a + b + 1) % 3]},{right}"
        text = f"{name}, {apposition}, {BEATS[b]}. {content}\n\n{second} said {other}, a ferry pilot."
        expects = [
            Expect(content, "direct", name, title=Contains(role)),
            Expect(second, "direct", other, title=Contains("pilot")),
        ]
        yield Case("", BEATS[b], text, expects, wrong_speakers=[(content, other)])


#: Women whose given names (in *-a*) no list holds, with a surname in *-nova*.
NOVA_WOMEN = ("Radka Simeonova", "Bozhana Iordanova", "Tsvetana Bogdanova", "Velichka Romanova")


def slavic_nova_pronouns() -> Iterator[Case]:
    """A, the ROLE, spoke first. B, the ROLE, spoke next. "C," she/he said. -> that gender's."""
    return spoke_first_next(NOVA_WOMEN, MEN, 48, "r45main-nova")


#: (role, body) pairs with long bodies, for the competing-people templates.
LONG_ROLES = (
    ("deputy director", "the Ostberg Institute for Coastal and Estuary Studies"),
    ("general secretary", "the Brantholm Dock Workers' Union"),
    ("chief executive", "Corvell Harbour Ferries"),
)


def _long(r: int) -> tuple[str, Contains]:
    role, body = LONG_ROLES[r]
    return f"the {role} of {body}", Contains((role, body.removeprefix("the ")))


def _pair(w: int, m: int, order: int) -> tuple[str, str]:
    return (WOMEN[w], MEN[m]) if order == 0 else (MEN[m], WOMEN[w])


#: Ways a person relays another's written words, {a} the relayer and {b} the writer with an apposition.
RELAYS = (
    "{a} read out a statement from {b}:",
    "{a} published the letter {b} had sent her:",
    "{a} shared a text message she had received from {b}:",
    "{a} quoted {b} as having told her:",
    "{a} passed on a message from {b}:",
)


def relayed_documents() -> Iterator[Case]:
    """A RELAYS B, ROLE_B: "C." -> B with ROLE_B (A only relays the words)."""
    combos = itertools.product(range(3), range(3), range(len(RELAYS)), range(3))
    for w, m, k, r in sample(combos, 150, "r45main-relay"):
        relayer, writer = WOMEN[w], MEN[m]
        role, title = _long(r)
        left, right = MARKS[(w + k) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        text = RELAYS[k].format(a=relayer, b=f"{writer}, {role},").replace(",:", ":") + f" {content}"
        yield Case(
            "",
            RELAYS[k][5:17],
            text,
            [Expect(content, "direct", writer, title=title)],
            wrong_speakers=[(content, relayer)],
        )


def received_it_read() -> Iterator[Case]:
    """A said she had received a message from B, ROLE_B, on DAY. "C," it read. -> the report A's,
    the quotation B's."""
    combos = itertools.product(range(3), range(3), range(3), ("message", "letter", "note"))
    for w, m, r, noun in sample(combos, 54, "r45main-itread"):
        receiver, sender = WOMEN[w], MEN[m]
        role, title = _long(r)
        left, right = MARKS[(w + r) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]},{right}"
        report = f"she had received a {noun} from {sender}, {role}, on Friday"
        text = f"{receiver} said {report}. {content} it read."
        expects = [Expect(report, "indirect", receiver), Expect(content, "direct", sender, title=title)]
        yield Case("", noun, text, expects, wrong_speakers=[(content, receiver)])


def negated_rivals() -> Iterator[Case]:
    """It was A, ROLE, not B, who said: "C." / A, not B, said that C. / The warning came from A, ROLE,
    rather than B: "C." -> A (B never speaks)."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(3))
    for w, m, order, shape, r in sample(combos, 120, "r45main-not"):
        a, b = _pair(w, m, order)
        role, title = _long(r)
        left, right = MARKS[(w + m + r) % 2]
        if shape == 1:
            clause = CLAUSES[r]
            text = f"{a}, not {b}, said that {clause}."
            yield Case(
                "", "not", text, [Expect(f"that {clause}", "indirect", a)], wrong_speakers=[(clause, b)]
            )
            continue
        content = f"{left}{QUOTES[r]}.{right}"
        lead = (
            f"It was {a}, {role}, not {b}, who said:"
            if shape == 0
            else (f"The warning came from {a}, {role}, rather than {b}:")
        )
        yield Case(
            "",
            f"{shape}",
            f"{lead} {content}",
            [Expect(content, "direct", a, title=title)],
            wrong_speakers=[(content, b)],
        )


def relative_clause_objects() -> Iterator[Case]:
    """A, ROLE_A, who was appointed by B, ROLE_B, last year, said: "C." / A, a ROLE with X & Y, whose
    deputy B resigned, said: "C." -> A."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(2))
    for w, m, order, r, shape in sample(combos, 96, "r45main-relobj"):
        a, b = _pair(w, m, order)
        left, right = MARKS[(w + r) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        if shape == 0:
            role_a, title = _long(r)
            role_b, _ = _long((r + 1) % 3)
            text = f"{a}, {role_a}, who was appointed by {b}, {role_b}, last year, said: {content}"
        else:
            title = Contains(("solicitor", "Vane & Orrell"))
            text = (
                f"{a}, a solicitor with Vane & Orrell, whose deputy {b} resigned last week, said: {content}"
            )
        yield Case(
            "", f"{shape}", text, [Expect(content, "direct", a, title=title)], wrong_speakers=[(content, b)]
        )


def former_latter() -> Iterator[Case]:
    """A, ROLE_A, and B, ROLE_B, spoke after the vote. The former said C1; the latter said C2. -> A, B."""
    combos = itertools.product(range(3), range(3), range(2), range(3))
    for w, m, order, r in sample(combos, 54, "r45main-former"):
        a, b = _pair(w, m, order)
        role_a, title_a = _long(r)
        role_b, title_b = _long((r + 1) % 3)
        c1, c2 = CLAUSES[r], CLAUSES[(r + 1) % 3]
        lead = f"{a}, {role_a}, and {b}, {role_b}, spoke after the vote."
        text = f"{lead} The former said {c1}; the latter said {c2}."
        expects = [Expect(c1, "indirect", a, title=title_a), Expect(c2, "indirect", b, title=title_b)]
        yield Case("", f"{order}", text, expects, wrong_speakers=[(c1, b), (c2, a)])


def time_clause_colons() -> Iterator[Case]:
    """ "C1," A said, before B, ROLE, cut in: "C2." / A was still speaking when B interjected: "C2." -> B."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(2))
    for w, m, order, r, shape in sample(combos, 96, "r45main-cutin"):
        a, b = _pair(w, m, order)
        left, right = MARKS[(w + r) % 2]
        second = f"{left}{QUOTES[(r + 1) % 3]}.{right}"
        if shape == 0:
            role, title = _long(r)
            first = f"{left}{QUOTES[r]},{right}"
            text = f"{first} {a} said, before {b}, {role}, cut in: {second}"
            expects = [Expect(first, "direct", a), Expect(second, "direct", b, title=title)]
        else:
            text = f"{a} was still speaking when {b} interjected: {second}"
            expects = [Expect(second, "direct", b)]
        yield Case("", f"{shape}", text, expects, wrong_speakers=[(second, a)])


def addressee_appositions() -> Iterator[Case]:
    """A told B, ROLE_B, (in a letter) that C. -> A, content *that C* (not the apposition)."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(2))
    for w, m, order, r, letter in sample(combos, 96, "r45main-toldappos"):
        a, b = _pair(w, m, order)
        role, _ = _long(r)
        clause = CLAUSES[(w + r) % 3]
        text = f"{a} told {b}, {role}, {'in a letter ' if letter else ''}that {clause}."
        yield Case(
            "", f"{letter}", text, [Expect(f"that {clause}", "indirect", a)], wrong_speakers=[(clause, b)]
        )


def coordinated_participles() -> Iterator[Case]:
    """A said C1, and B, ROLE_B (long), agreed, adding: "C2." -> C1 A's, C2 B's."""
    combos = itertools.product(range(3), range(3), range(2), range(3), ("agreed", "disagreed", "objected"))
    for w, m, order, r, verb in sample(combos, 96, "r45main-adding"):
        a, b = _pair(w, m, order)
        role, title = _long(r)
        left, right = MARKS[(m + r) % 2]
        clause = CLAUSES[r]
        content = f"{left}{QUOTES[(w + r) % 3]}.{right}"
        text = f"{a} said {clause}, and {b}, {role}, {verb}, adding: {content}"
        expects = [Expect(clause, "indirect", a), Expect(content, "direct", b, title=title)]
        yield Case("", verb, text, expects, wrong_speakers=[(content, a)])


def succession_titles() -> Iterator[Case]:
    """A, who succeeded B as ROLE at BODY in May, said: "C." / A, B's running mate, said: "C." -> the
    title of A."""
    combos = itertools.product(range(3), range(3), range(2), range(3), ("in May", "last year", "in 2019", ""))
    for w, m, order, r, when in sample(combos, 96, "r45main-succ"):
        a, b = _pair(w, m, order)
        left, right = MARKS[(w + r) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        if when:
            role, body = LONG_ROLES[r]
            text = f"{a}, who succeeded {b} as {role} of {body} {when}, said: {content}"
            title = Contains((role, body.removeprefix("the ")))
        else:
            mate = f"{b.split()[1]}'s running mate"
            text = f"{b} is standing for the leadership.\n\n{a}, {mate}, said: {content}"
            title = Contains("running mate")
        yield Case(
            "",
            when or "mate",
            text,
            [Expect(content, "direct", a, title=title)],
            wrong_speakers=[(content, b)],
        )


def listener_appositions() -> Iterator[Case]:
    """A, ROLE_A, listened as B, ROLE_B, spoke. "C," PRONOUN said. -> B (the pronoun of B's gender; A's
    given name in no list)."""
    combos = itertools.product(range(3), range(3), range(2), range(3))
    for w, m, order, r in sample(combos, 54, "r45main-listen"):
        a, b = UNKNOWN[w], MEN[m] if order == 0 else WOMEN[m]  # (the listener's gender unknown)
        role_a, _ = _long(r)
        role_b, title = _long((r + 1) % 3)
        pronoun = "she" if b in WOMEN else "he"
        left, right = MARKS[(w + m) % 2]
        content = f"{left}{QUOTES[r]},{right}"
        text = f"{a}, {role_a}, listened as {b}, {role_b}, spoke. {content} {pronoun} said."
        yield Case(
            "", pronoun, text, [Expect(content, "direct", b, title=title)], wrong_speakers=[(content, a)]
        )


#: Fronted phrases whose object a name and its apposition end.
FRONTED_OBJECTS = ("Interrupted by", "Of", "Asked about", "Unlike")


def fronted_object_appositions() -> Iterator[Case]:
    """FRONT A, ROLE_A, B, ROLE_B, said/went on: "C." -> B with ROLE_B (ROLE_A is A's)."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(len(FRONTED_OBJECTS)))
    for w, m, order, r, f in sample(combos, 120, "r45main-fronted"):
        a, b = _pair(w, m, order)
        role_a, _ = _long(r)
        role_b, title = _long((r + 1) % 3)
        left, right = MARKS[(w + f) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        cue = "went on" if f == 0 else "said"
        text = f"{FRONTED_OBJECTS[f]} {a}, {role_a}, {b}, {role_b}, {cue}: {content}"
        yield Case(
            "",
            FRONTED_OBJECTS[f],
            text,
            [Expect(content, "direct", b, title=title)],
            wrong_speakers=[(content, a)],
        )


def possessed_replies() -> Iterator[Case]:
    """A and B clashed. A's reply to B: "C." / A's words, as relayed by B, ROLE_B, were blunt: "C." -> A."""
    combos = itertools.product(range(3), range(3), range(2), range(3), range(2))
    for w, m, order, r, shape in sample(combos, 72, "r45main-reply"):
        a, b = _pair(w, m, order)
        sa, sb = a.split()[1], b.split()[1]
        left, right = MARKS[(w + r) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}.{right}"
        if shape == 0:
            text = f"{a} and {b} clashed at the hearing.\n\n{sa}'s reply to {sb}: {content}"
        else:
            role, _ = _long(r)
            text = f"{a} did not attend.\n\n{sa}'s words, as relayed by {b}, {role}, were blunt: {content}"
        yield Case("", f"{shape}", text, [Expect(content, "direct", a)], wrong_speakers=[(content, b)])


def reply_from() -> Iterator[Case]:
    """ "C" was the NOUN from A, ROLE_A(, when B raised it). -> A (B only raised it)."""
    combos = itertools.product(
        range(3), range(3), range(2), range(3), ("reply", "answer", "verdict"), range(2)
    )
    for w, m, order, r, noun, tail in sample(combos, 96, "r45main-replyfrom"):
        a, b = _pair(w, m, order)
        role, title = _long(r)
        left, right = MARKS[(w + r) % 2]
        content = f"{left}{QUOTES[(m + r) % 3]}{right}"
        after = f", when {b} raised the issue." if tail else "."
        text = f"{content} was the {noun} from {a}, {role}{after}"
        yield Case("", noun, text, [Expect(content, "direct", a, title=title)], wrong_speakers=[(content, b)])


ROUND45_MAIN: tuple[Capability, ...] = (
    named("pronoun.object_pairs", "4", "A, a ROLE, met B. She told him that C: B", object_pronoun_pairs),
    named("title.between_names", "6", "In a letter to A, ROLE_A, B, ROLE_B, wrote", titles_between_names),
    named("speaker.apposed_unlisted", "5", "the ROLE of BODY, Thura Min Zaw, said", apposed_unlisted_names),
    named("speaker.opening_prepositions", "5", "Beside A stood B. ... A said", opening_prepositions),
    named(
        "title.world_given_postings", "6", "Ambassador to the UN Plamen Dragnev said", world_given_postings
    ),
    named("speaker.long_apposition_beats", "1", "NAME, LONG APPOSITION, was blunt. Q", long_apposition_beats),
    named("pronoun.slavic_nova", "4", "Radka Simeonova ... she said", slavic_nova_pronouns),
    named("speaker.relayed_documents", "5", "A read out a statement from B, ROLE: Q", relayed_documents),
    named("speaker.received_it_read", "5", "a message from B, ROLE ... 'Q,' it read", received_it_read),
    named("speaker.negated_rivals", "4", "It was A, ROLE, not B, who said: Q", negated_rivals),
    named(
        "speaker.relative_clause_objects",
        "4",
        "A, who was appointed by B, ROLE, said",
        relative_clause_objects,
    ),
    named("speaker.former_latter", "4", "The former said C1; the latter said C2", former_latter),
    named("speaker.time_clause_colons", "3", "A said, before B, ROLE, cut in: Q", time_clause_colons),
    named("content.addressee_appositions", "4", "A told B, ROLE, that C", addressee_appositions),
    named("speaker.coordinated_participles", "3", "and B, ROLE, agreed, adding: Q", coordinated_participles),
    named("title.succession_posts", "6", "A, who succeeded B as ROLE, said", succession_titles),
    named("speaker.listener_appositions", "4", "A, ROLE, listened as B, ROLE, spoke", listener_appositions),
    named(
        "title.fronted_object_appositions", "6", "Of A, ROLE_A, B, ROLE_B, said", fronted_object_appositions
    ),
    named("speaker.possessed_replies", "1", "A's reply to B: Q", possessed_replies),
    named("speaker.reply_from", "3", '"Q" was the reply from A, ROLE', reply_from),
)
