"""Development capabilities added on main in the thirty-eighth round.

* *"Q," said GIVEN GIVEN SUR SUR, ROLE at BODY. "Q2," SUR SUR said.* with given names no list
  holds (*Eulalio Teodomiro*): the double surname names the person with the compound given name
  (before: a new person *SUR SUR*);
* *A and her children, B and C, run X. ... Their mother was firmer: "Q."*, *B and C took over X
  from their mother, A, ... "Q," said their mother.*: *their KIN* is the one person holding that
  relation to both (before: the bare description *Their mother*);
* *"Q1," said the brother. "Q2," said the younger one.*: *the ADJ one* is a source (before: the
  two quotations merged into one, the brother's);
* *According to figures compiled by NAME for BODY, C.*: the author, never the body the work was
  done for (before: the body);
* *Senior cartographer NAME's reply was blunt: "Q."*, *Head perry maker NAME's reply ...*: the
  titled possessor (before: *Senior*, *Head*);
* *Canon NAME*, *Archdeacon NAME*, *Father NAME ... the priest said*: clergy's offices as titles
  and their nominals (before: *Canon NAME* as a name; *the priest* bare);
* *NAME, parish priest of St X's, TOWN, told ...*: the town is the church's place (before: the town
  spoke, with NAME's title);
* *"Q," said the ROLE of BODY and chair of its trustees, NAME.*: two posts, one holder (before:
  the first post spoke);
* *Pupil NAME, 11, said C*: a role of the open list opening a sentence is a title (before: part of
  the name);
* *NAME said C. ... The hall was designed by OTHER. "Q," she went on.*: a speaker who goes on keeps
  the floor over a person the narrative named in between (before: OTHER, at 0.96);
* *NAME and colleagues at BODY found that C.*, *A study by NAME and colleagues ...*, *NAME and other
  residents said C*: NAME's report (before: *colleagues at BODY*, *other residents*);
* *OTHER, who was standing next to NAME, heard her say: "Q."*: the one heard speaks (before: OTHER);
* *"Q," in TOWN on DAY, NAME said.*: the adjunct is the credit's (before: a mixed quotation over it);
* *NAME laughed when the parrot squawked: "Q."*: the clause's subject speaks, never NAME;
* *NAME was more cautious. „Q.“ OTHER, however, said C.*: a German closing mark ends the sentence
  (before: Q was OTHER's and C lost);
* *In a letter to the ROLE of BODY, NAME wrote that C.*: the role is the preposition's object's,
  never NAME's title (before: NAME titled ROLE);
* *NAME's solicitor, OTHER, read a statement on her behalf: "Q."*: the client's words (before:
  the reader's);
* *NAME leads OTHER by nine points. "Q," the front-runner said.*, *NAME, ROLE, is challenging OTHER.
  "Q," the challenger said.*: the role the verb gives (before: the bare nominal).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND37_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: (full name, surname, subject pronoun): people of our own.
PEOPLE = (
    ("Wilhelmina Osterhout", "Osterhout", "she"),
    ("Casimir Dragomirescu", "Dragomirescu", "he"),
    ("Nkemdirim Okolie", "Okolie", "he"),
    ("Rosalind Tregarthen", "Tregarthen", "she"),
    ("Ferdinand Lauwerys", "Lauwerys", "he"),
    ("Oksana Hrytsenko", "Hrytsenko", "she"),
)
#: (role, its head, body): posts at bodies of our own.
POSTS = (
    ("head glazier", "glazier", "the Wendlebury Glassworks"),
    ("chief ropemaker", "ropemaker", "the Saltholme Ropery"),
    ("senior warden", "warden", "the Ferncastle Nature Reserve"),
)
QUOTES = (
    "Every pane in the chapel was blown by hand",
    "The river has never been this low in August",
    "We sold out of tickets before the doors opened",
)
CLAUSES = (
    "the reserve would close for the nesting season",
    "the ropery had taken on two apprentices",
    "the kiln had cracked in the frost",
)
#: Quotation marks: straight, curly, British single, guillemets.
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u00ab", "\u00bb"))
#: (compound given name, double surname): given names no list of ours holds.
COMPOUND = (
    ("Eulalio Teodomiro", "Quiroga Vidaurre"),
    ("Ildefonso Ulises", "Carvajal Otárola"),
    ("Anacleta Remedios", "Arrieta Sanjinés"),
)
#: (parent, parent's sex word, child one, child two, family name): families of our own.
FAMILIES = (
    ("Grainne", "her", "mother", "Aoibhe", "Tadhgan", "Ruairc"),
    ("Bartholomeus", "his", "father", "Femke", "Joost", "Verhoeckx"),
    ("Marjatta", "her", "mother", "Kaisu", "Ilmari", "Kettunen"),
)


def _combos() -> Iterator[tuple[tuple[str, str, str], tuple[str, str, str], int, tuple[str, str]]]:
    return itertools.product(PEOPLE, POSTS, range(3), MARKS)


def compound_given_names() -> Iterator[Case]:
    """ "Q," said GIVEN GIVEN SUR SUR, ROLE at BODY. / "Q2," SUR SUR said. (or said Ms/Mr SUR SUR;
    or SUR SUR said later that C) -> the full name each time."""
    combos = itertools.product(COMPOUND, POSTS, range(3), MARKS)
    for (given, surname), (role, head, body), k, (o, c) in sample(combos, 100, "r37main-compound"):
        full = f"{given} {surname}"
        q1, q2 = f"{o}{QUOTES[k]},{c}", f"{o}{QUOTES[(k + 1) % 3]},{c}"
        first = Expect(q1, "direct", full, Contains(head))
        if k == 0:
            text = f"{q1} said {full}, {role} at {body}.\n\n{q2} {surname} said."
            yield Case("", "paragraph", text, [first, Expect(q2, "direct", full)])
        elif k == 1:
            honorific = "Ms" if full.startswith("Anacleta") else "Mr"
            text = f"{q1} said {full}, {role} at {body}. {q2} said {honorific} {surname}."
            yield Case("", "honorific", text, [first, Expect(q2, "direct", full)])
        else:
            clause = CLAUSES[k]
            text = f"{q1} said {full}, {role} at {body}. {surname} said later that {clause}."
            yield Case("", "indirect", text, [first, Expect(f"that {clause}", "indirect", full)])


def their_kin() -> Iterator[Case]:
    """A and her children, B and C, run BODY. "Q1," B said. "Q2," said C. Their mother was firmer:
    "Q3." -> A / B SUR and C SUR took over BODY from their mother, A SUR, in 2004. "Q," said their
    mother. -> A SUR / A runs BODY with her son, B. The twins D and E sell tickets there. "Q," said
    their mother. -> never A."""
    combos = itertools.product(FAMILIES, POSTS, range(3), MARKS)
    for (parent, owner, kin, one, two, family), (_, _, body), k, (o, c) in sample(
        combos, 110, "r37main-theirkin"
    ):
        qs = [f"{o}{QUOTES[(k + i) % 3]},{c}" for i in range(3)]
        if k == 0:
            q3 = f"{o}{QUOTES[(k + 2) % 3]}.{c}"
            text = (
                f"{parent} {family} and {owner} children, {one} and {two}, run {body}. {qs[0]} {one} said."
                f" {qs[1]} said {two}. Their {kin} was firmer: {q3}"
            )
            expect = [
                Expect(qs[0], "direct", one),
                Expect(qs[1], "direct", two),
                Expect(q3, "direct", f"{parent} {family}"),
            ]
            yield Case("", "children", text, expect)
        elif k == 1:
            text = (
                f"{one} {family} and {two} {family} took over {body} from their {kin}, {parent} {family},"
                f" in 2004. {qs[0]} said their {kin}."
            )
            yield Case("", "took_over", text, [Expect(qs[0], "direct", f"{parent} {family}")])
        else:  # (her son alone is the parent's child: the twins' mother is someone else)
            text = (
                f"{parent} {family} runs {body} with {owner} son, {one}. The twins Maren and Ottilie Sand"
                f" sell tickets there. {qs[0]} said their mother."
            )
            yield Case(
                "", "other_children", text, [], exact=False, wrong_speakers=[(qs[0], f"{parent} {family}")]
            )


def adjective_one() -> Iterator[Case]:
    """NAME's two sons run BODY. "Q1," said the elder one. "Q2," said the younger one. -> two
    quotations, the second never the first's speaker."""
    for (name, _, _), (_, _, body), k, (o, c) in sample(_combos(), 80, "r37main-adjone"):
        q1, q2 = f"{o}{QUOTES[k]},{c}", f"{o}{QUOTES[(k + 1) % 3]},{c}"
        adjective = ("younger", "quieter", "taller")[k]
        text = f"{name}'s two sons run {body}. {q1} said the elder one. {q2} said the {adjective} one."
        expect = [Expect(q1, "direct", "elder one"), Expect(q2, "direct", f"{adjective} one")]
        yield Case("", adjective, text, expect)


def author_for_body() -> Iterator[Case]:
    """According to figures compiled by NAME for BODY, C. / According to a study written by NAME
    for BODY, C. / C, according to a report by NAME for BODY. -> NAME, never the body."""
    for (name, _, _), (_, _, body), k, _m in sample(_combos(), 90, "r37main-authorfor"):
        clause = CLAUSES[k]
        if k == 0:
            text = f"According to figures compiled by {name} for {body}, {clause}."
        elif k == 1:
            text = f"According to a study written by {name} for {body}, {clause}."
        else:
            text = f"{clause[0].upper()}{clause[1:]}, according to a report by {name} for {body}."
            clause = f"{clause[0].upper()}{clause[1:]}"
        yield Case("", f"shape{k}", text, [Expect(clause, "indirect", name)])


def titled_possessor() -> Iterator[Case]:
    """Senior cartographer NAME's reply was blunt: "Q." / Head perry maker NAME's reply to the
    critics was a single line: "Q." / Tower keeper NAME's answer came at once: "Q." -> NAME."""
    titles = ("Senior cartographer", "Head perry maker", "Tower keeper")
    frames = ("reply was blunt", "reply to the critics was a single line", "answer came at once")
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 90, "r37main-titledposs"):
        q = f"{o}{QUOTES[k]}.{c}"
        title = titles[(k + len(name)) % 3]
        text = f"{title} {name}'s {frames[k]}: {q}"
        yield Case("", f"frame{k}", text, [Expect(q, "direct", name)])


def clergy_offices() -> Iterator[Case]:
    """ "Q," said Canon NAME. / Archdeacon NAME said C. / Canon NAME led a blessing. "Q," the canon
    said. / Father NAME led a blessing. "Q," the priest said. / Canon NAME has been canon of X since
    2003. "Q," Canon SUR said. -> NAME."""
    for (name, surname, _), (_, _, body), k, (o, c) in sample(
        itertools.product(PEOPLE, POSTS, range(5), MARKS), 120, "r37main-clergy"
    ):
        q = f"{o}{QUOTES[k % 3]},{c}"
        if k == 0:
            yield Case("", "canon", f"{q} said Canon {name}.", [Expect(q, "direct", name, Contains("canon"))])
        elif k == 1:
            clause = CLAUSES[0]
            text = f"Archdeacon {name} said {clause}."
            yield Case("", "archdeacon", text, [Expect(clause, "indirect", name, Contains("archdeacon"))])
        elif k == 2:
            text = f"Canon {name} led a blessing at {body} on Sunday. {q} the canon said."
            yield Case("", "the_canon", text, [Expect(q, "direct", name)])
        elif k == 3:
            text = f"Father {name} led a blessing at {body} on Sunday. {q} the priest said."
            yield Case("", "the_priest", text, [Expect(q, "direct", name)])
        else:
            text = (
                f"Canon {name} has been canon of Wendlebury Minster since 2003.\n\n{q} Canon {surname} said."
            )
            yield Case("", "canon_surname", text, [Expect(q, "direct", name)])


def church_places() -> Iterator[Case]:
    """NAME, parish priest of St Aldhelm's, Saltholme, told the congregation: "Q." / NAME, head teacher
    of St Oswin's, Ferncastle, said C. -> NAME, never the town."""
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 90, "r37main-churchplace"):
        if k % 2 == 0:
            q = f"{o}{QUOTES[k]}.{c}"
            text = f"{name}, parish priest of St Aldhelm's, Saltholme, told the congregation on Sunday: {q}"
            yield Case(
                "",
                "priest",
                text,
                [Expect(q, "direct", name, Contains("priest"))],
                wrong_speakers=[(q, "Saltholme")],
            )
        else:
            clause = CLAUSES[k]
            text = f"{name}, head teacher of St Oswin's, Ferncastle, said {clause}."
            yield Case("", "teacher", text, [Expect(clause, "indirect", name, Contains("head teacher"))])


def second_post() -> Iterator[Case]:
    """ "Q," said the ROLE of BODY and chair of its trustees, NAME. / "Q," said the founder and
    chair of its trustees, NAME. -> NAME."""
    for (name, _, _), (role, _, body), k, (o, c) in sample(_combos(), 90, "r37main-secondpost"):
        q = f"{o}{QUOTES[k]},{c}"
        if k < 2:
            text = f"{q} said the {role} of {body} and chair of its trustees, {name}."
        else:
            text = f"{q} said the founder and chair of its trustees, {name}."
        yield Case("", f"shape{k}", text, [Expect(q, "direct", name)])


def open_role_opening() -> Iterator[Case]:
    """Pupil NAME, 11, said C. / Chorister NAME said C. / Volunteer NAME said C. -> NAME, titled."""
    roles = ("Pupil", "Chorister", "Volunteer")
    for (name, _, _), _post, k, _m in sample(_combos(), 80, "r37main-openrole"):
        clause = CLAUSES[k]
        role = roles[(k + len(name)) % 3]
        age = ", 11," if role == "Pupil" else ""
        text = f"{role} {name}{age} said {clause}."
        yield Case("", role.lower(), text, [Expect(clause, "indirect", name, Contains(role.lower()))])


def goes_on() -> Iterator[Case]:
    """NAME, ROLE at BODY, said C. / BODY has stood there since 1741. / The hall was designed by OTHER
    in 1844. / "Q," she went on (she added, she continued). -> NAME, never OTHER."""
    others = ("Thaddeus Wrenfield", "Perpetua Ashdown", "Corentin Maelbrancke")
    verbs = ("went on", "added", "continued")
    for (name, _, pronoun), (role, _, body), k, (o, c) in sample(_combos(), 90, "r37main-goeson"):
        q = f"{o}{QUOTES[k]},{c}"
        other = others[(k + len(name)) % 3]
        text = (
            f"{name}, {role} at {body}, said {CLAUSES[k]}.\n\n{body[4:]} has stood on the same street"
            f" since 1741.\n\nThe present hall was designed by {other} in 1844.\n\n{q} {pronoun} {verbs[k]}."
        )
        expect = [Expect(CLAUSES[k], "indirect", name), Expect(q, "direct", name)]
        yield Case("", verbs[k].replace(" ", "_"), text, expect, wrong_speakers=[(q, other)])


def associates() -> Iterator[Case]:
    """NAME and colleagues at BODY found that C. / A study by NAME and colleagues at BODY suggests
    that C. / NAME and co-authors wrote that C. / NAME and other residents said that C. -> NAME."""
    for (name, _, _), (_, _, body), k, _m in sample(_combos(), 90, "r37main-associates"):
        clause = f"that {CLAUSES[k]}"
        if k == 0:
            text = f"{name} and colleagues at {body} found {clause}."
        elif k == 1:
            text = f"A study by {name} and colleagues at {body} suggests {clause}."
        elif len(name) % 2:
            text = f"{name} and co-authors wrote {clause}."
        else:
            text = f"{name} and other residents said {clause}."
        yield Case("", f"shape{k}", text, [Expect(clause, "indirect", name)])


def heard_say() -> Iterator[Case]:
    """OTHER, who was standing next to NAME, heard her say: "Q." -> NAME, never OTHER (the one
    heard speaks)."""
    listeners = ("Bertrand Okonkwo", "Lucius Farrant", "Dmitri Ostrowski")
    for (name, _, pronoun), _post, k, (o, c) in sample(_combos(), 80, "r37main-heardsay"):
        if pronoun != "she":
            continue
        q = f"{o}{QUOTES[k]}.{c}"
        other = listeners[k]
        text = f"{other}, who was standing next to {name}, heard her say: {q}"
        yield Case("", "heard", text, [Expect(q, "direct", name)], wrong_speakers=[(q, other)])


def credit_adjuncts() -> Iterator[Case]:
    """ "Q," in TOWN on DAY, NAME said. / "Q," on a wet morning at BODY, said NAME. -> the quotation
    alone, NAME's."""
    for (name, _, _), (_, _, body), k, (o, c) in sample(_combos(), 90, "r37main-adjunct"):
        q = f"{o}{QUOTES[k]},{c}"
        if k == 0:
            text = f"{q} in Saltholme on Tuesday, {name} said."
        elif k == 1:
            text = f"{q} on a wet morning at {body}, said {name}."
        else:
            text = f"{q} at a meeting of traders in Ferncastle on Monday evening, {name} said."
        yield Case("", f"shape{k}", text, [Expect(q, "direct", name)])


def sounding_clause() -> Iterator[Case]:
    """NAME laughed when the parrot squawked: "Q." "Q2," she said. -> the first quotation nobody's
    (or the parrot's), never NAME's; the second NAME's."""
    for (name, _, pronoun), _post, k, (o, c) in sample(_combos(), 80, "r37main-sounding"):
        animal = ("parrot squawked", "robot beeped", "kettle whistled")[k]
        first = f"{o}Pieces of eight.{c}"
        q2 = f"{o}{QUOTES[k]},{c}"
        text = f"{name} laughed when the {animal}: {first} {q2} {pronoun} said."
        yield Case(
            "",
            animal.split()[0],
            text,
            [Expect(q2, "direct", name)],
            exact=False,
            wrong_speakers=[(first, name)],
        )


def german_marks_sentences() -> Iterator[Case]:
    """NAME was more cautious. „Q.“ OTHER, however, said C. -> Q never OTHER's, C OTHER's (the
    German closing mark ends the quotation's sentence)."""
    others = ("Bertrand Okonkwo", "Lucius Farrant", "Dmitri Ostrowski")
    for (name, _, _), _post, k, _m in sample(_combos(), 60, "r37main-german"):
        q = f"\u201e{QUOTES[k]}.\u201c"
        other = others[k]
        text = f"{name} was more cautious. {q} {other}, however, said {CLAUSES[k]}."
        yield Case(
            "",
            "german",
            text,
            [Expect(CLAUSES[k], "indirect", other)],
            exact=False,
            wrong_speakers=[(q, other)],
        )


def fronted_object_roles() -> Iterator[Case]:
    """In a letter to the ROLE of BODY, NAME wrote that C. / In a statement read by his solicitor,
    NAME said C. -> NAME, never titled with the preposition's object's role."""
    for (name, _, pronoun), (role, _head, body), k, _m in sample(_combos(), 90, "r37main-frontedobj"):
        clause = CLAUSES[k]
        possessive = "his" if pronoun == "he" else "her"
        if k % 2 == 0:
            text = f"In a letter to the {role} of {body}, {name} wrote that {clause}."
            yield Case("", "letter_to", text, [Expect(f"that {clause}", "indirect", name, None)])
        else:
            text = f"In a statement read outside the court by {possessive} solicitor, {name} said {clause}."
            yield Case("", "read_by", text, [Expect(clause, "indirect", name, None)])


def on_behalf() -> Iterator[Case]:
    """NAME's solicitor, OTHER, read a statement on her behalf: "Q." / OTHER read a statement on
    behalf of NAME: "Q." / OTHER read a statement on NAME's behalf: "Q." -> NAME, never OTHER."""
    readers = ("Bertrand Okonkwo", "Lucius Farrant", "Dmitri Ostrowski")
    for (name, _, pronoun), _post, k, (o, c) in sample(_combos(), 90, "r37main-behalf"):
        q = f"{o}{QUOTES[k]}.{c}"
        other = readers[k]
        possessive = "his" if pronoun == "he" else "her"
        if k == 0:
            text = f"{name}'s solicitor, {other}, read a statement on {possessive} behalf: {q}"
        elif k == 1:
            text = f"{other} read a statement on behalf of {name}: {q}"
        else:
            text = f"{other} read a statement on {name}'s behalf: {q}"
        yield Case("", f"shape{k}", text, [Expect(q, "direct", name)], wrong_speakers=[(q, other)])


def race_roles() -> Iterator[Case]:
    """NAME leads OTHER by nine points in the primary. "Q," the front-runner said. / NAME, a
    Democratic rancher, is challenging OTHER. "Q," the challenger said. -> NAME (the role the verb
    gives the person), never OTHER."""
    rivals = ("Bertrand Okonkwo", "Lucius Farrant", "Dmitri Ostrowski")
    for (name, _, _), _post, k, (o, c) in sample(_combos(), 90, "r37main-raceroles"):
        q = f"{o}{QUOTES[k]},{c}"
        other = rivals[k]
        if k % 2 == 0:
            text = f"{name} leads {other} by nine points in the primary. {q} the front-runner told reporters."
        else:
            text = (
                f"{name}, a Democratic rancher, is challenging {other} for the seat. {q} the challenger said."
            )
        yield Case(
            "",
            "front_runner" if k % 2 == 0 else "challenger",
            text,
            [Expect(q, "direct", name)],
            exact=False,
            wrong_speakers=[(q, other)],
        )


ROUND37_MAIN: tuple[Capability, ...] = (
    named(
        "names.compound_given_unlisted",
        "5",
        '"Q," said GIVEN GIVEN SUR SUR, ROLE. "Q2," SUR SUR said.: the full name',
        compound_given_names,
    ),
    named(
        "kinship.their_kin", "4", 'B and C ... from their mother, A. "Q," said their mother.: A', their_kin
    ),
    named(
        "inverted.adjective_one", "2", '"Q1," said the elder one. "Q2," said the younger one.', adjective_one
    ),
    named(
        "documents.author_for_body",
        "7",
        "According to figures compiled by NAME for BODY, C.: NAME",
        author_for_body,
    ),
    named(
        "colon.titled_possessor",
        "3",
        'Senior cartographer NAME\'s reply was blunt: "Q.": NAME',
        titled_possessor,
    ),
    named("titles.clergy_offices", "6", '"Q," said Canon NAME. / the priest said: NAME', clergy_offices),
    named(
        "appositions.church_place", "6", "NAME, parish priest of St X's, TOWN, told ...: NAME", church_places
    ),
    named(
        "inverted.second_post",
        "6",
        '"Q," said the ROLE of BODY and chair of its trustees, NAME.',
        second_post,
    ),
    named("titles.open_role_opening", "6", "Pupil NAME, 11, said C.: NAME, Pupil", open_role_opening),
    named("pronouns.goes_on", "4", 'NAME said C. ... designed by OTHER. "Q," she went on.: NAME', goes_on),
    named("groups.associates", "2", "NAME and colleagues at BODY found that C.: NAME", associates),
    named("perception.heard_say", "3", 'OTHER, who stood next to NAME, heard her say: "Q.": NAME', heard_say),
    named(
        "credits.adjunct_before_credit",
        "1",
        '"Q," in TOWN on DAY, NAME said.: the quotation alone',
        credit_adjuncts,
    ),
    named(
        "negative.sounding_clause",
        "7",
        'NAME laughed when the parrot squawked: "Q.": never NAME',
        sounding_clause,
    ),
    named(
        "marks.german_sentence_end",
        "8",
        "NAME was more cautious. „Q.“ OTHER, however, said C.",
        german_marks_sentences,
    ),
    named(
        "titles.fronted_object_role",
        "6",
        "In a letter to the ROLE of BODY, NAME wrote that C.: no title",
        fronted_object_roles,
    ),
    named(
        "credits.on_behalf",
        "1",
        'NAME\'s solicitor, OTHER, read a statement on her behalf: "Q.": NAME',
        on_behalf,
    ),
    named(
        "nominals.race_roles",
        "4",
        'NAME leads OTHER by nine points. "Q," the front-runner said.: NAME',
        race_roles,
    ),
)
