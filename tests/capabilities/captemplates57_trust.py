"""Development capabilities added on main in the fifty-seventh round: given names whose second
syllable is a past form, roles a second reference clips or hyphenates, bodies that speak as bodies,
bodies' names before a title, nicknames and elided words, and documents named by their issuer's
genitive.

* *said Jae-won Seo, ROLE*, *Bank of X Deputy Governor Jae-won Seo said*, *C, Jae-won Seo said*:
  the full name (before: *Seo*, a body's name of all the words, or nothing);
* *Chief Veterinary Officer NAME ... the chief vet said*, *NAME, the director-general of X ... said
  the director-general*: NAME (before: *chief vet*, *director-general*);
* *NAME, a ROLE, said C. | Bodyword said in a statement that D. | "Q," he added.*: NAME, not the
  body that spoke through a statement (a stage name that speaks goes on: *she added*);
  *BODY, which owns the block, said in a statement: "Q." | "R," she said.*: the person (before:
  the body, read as a person's name);
* *NAME, an official at the Ministry of Land and Food, and OTHER, president of X*: two persons
  (before: *Ministry of Land and Food, and OTHER*); *The Farmers Against Fracking said C*: the
  group (before: *Against Fracking*, titled *Farmers*);
* *The measure, quickly dubbed the "X", will ...*: no quotation (before: the measure's mixed
  report); *'Employers want ...,' NAME said, 'but ...'*: a quotation of NAME's (before: none, the
  mark read as the elision *'em*);
* *The landlord, NAME, said C*, *Brackwater landlord NAME said C*: titled (was no title);
* *BODY's hygiene audit, which runs to 48 pages, described X as "F"*, *BODY's quarterly outlook,
  published on DAY, forecast that C*, *An alert issued by BODY on 3 April warned that C*, *BODY's
  annual audit of OTHER was published on DAY. It found that C*: BODY (before: nothing, *April*,
  the audited body); *BODY recommended that X be kept indoors until the spring*: the whole clause.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND57_TRUST` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named
from captemplates38_main import CLAUSES
from captemplates52_tributes import _quote  # (the marks and quotations of round 52)
from captemplates53_readings import PEOPLE

#: Given names whose second syllable is an English past form, with their pronouns.
SYLLABLE_NAMES = (
    ("Jae-won Seo", "he"),
    ("Hye-ran Lim", "she"),
    ("Ji-won Park", "she"),
    ("Tae-won Kang", "he"),
)
#: (the post a name is introduced with, the clipped or hyphenated second reference).
SECOND_REFERENCES = (
    ("Chief Veterinary Officer {name}", "the chief vet"),
    ("{name}, the director-general of the Grain Board,", "the director-general"),
    ("{name}, the auditor-general,", "the auditor general"),
    ("{name}, the chief executive of Larkmoor Foods,", "the chief exec"),
)
#: One-word bodies that speak through a statement, with the medium.
BODY_VOICES = (("Agrivoice", "said in a statement that"), ("Tenantwise", "said on its website that"))
#: Unlisted given names with a title that shows a person, and their pronouns.
TITLED_PEOPLE = (
    ("Kariuki Githinji", "a potato grower from Kelmoor", "he"),
    ("Thandeka Mkhize", "a dairy farmer from Tollbridge", "she"),
)
#: Bodies named with *of* before a title and a person's name of an unlisted given name.
BODY_POSTS = ("Bank of Calvera Governor", "Bank of Calvera Deputy Governor", "Office of Fair Rents Director")
#: Given names no list of quotex holds, with a family name.
UNLISTED = ("Friederike Oltmanns", "Arindam Basu-Mallik", "Jae-won Seo")
#: Things a writer names with a quoted nickname.
NICKNAMES = ("Robin Hood rate", "pasty tax", "granny levy")


def past_syllable_names() -> Iterator[Case]:
    """A given name whose second syllable is a past form (*won*, *ran*) is one name with its family
    name, wherever the credit stands."""
    for n, c, shape in itertools.product(range(4), range(3), range(4)):
        name, _ = SYLLABLE_NAMES[n]
        clause = CLAUSES[c]
        quote = _quote(c, n % 3, ",")
        if shape == 0:
            text = f"{quote} said {name}, chief economist at the Bank of Calvera."
            expect = Expect(quote, "direct", name, Contains("chief economist"))
        elif shape == 1:
            text = f"Bank of Calvera Deputy Governor {name} said on Wednesday that {clause}."
            expect = Expect(f"that {clause}", "indirect", name, Contains("Deputy Governor"))
        elif shape == 2:
            text = f"{clause[0].upper()}{clause[1:]}, {name} said."
            expect = Expect(clause[0].upper() + clause[1:], "indirect", name)
        else:
            text = f"Professor {name}, an economist, said {clause}. {quote} Professor {name.split()[1]} said."
            expect = Expect(quote, "direct", name)
        wrong = [(expect.content, name.split()[1])]
        yield Case("", str(shape), text, [expect], exact=False, wrong_speakers=wrong)


def clipped_roles() -> Iterator[Case]:
    """A second reference that clips a role (*vet*, *exec*) or writes its hyphen otherwise names
    the holder."""
    for p, r, c in itertools.product(range(4), range(4), range(3)):
        name = PEOPLE[p][0]
        intro, later = SECOND_REFERENCES[r][0].format(name=name), SECOND_REFERENCES[r][1]
        quote = _quote(c, p % 3, ",")
        text = f"{intro} visited the market at Ashby on Monday. {quote} {later} said."
        role = later.split()[-1]
        yield Case(
            "", str(r), text, [Expect(quote, "direct", name)], exact=False, wrong_speakers=[(quote, role)]
        )


def body_voices() -> Iterator[Case]:
    """A one-word body that speaks through a statement or its website is no *he* or *she* while a
    titled person is in view; a stage name that speaks goes on."""
    for b, t, c, shape in itertools.product(range(2), range(2), range(3), range(2)):
        body, medium = BODY_VOICES[b]
        person, role, pronoun = TITLED_PEOPLE[t]
        clause, quote = CLAUSES[c], _quote(c, t, ",")
        if shape == 0:
            text = (
                f"{person}, {role}, said the frost had wiped out the blossom.\n\n"
                f"{body} {medium} {clause}.\n\n{quote} {pronoun} added."
            )
            yield Case(
                "",
                "body",
                text,
                [Expect(quote, "direct", person)],
                exact=False,
                wrong_speakers=[(quote, body)],
            )
        else:
            text = (
                f"{person}, {role}, said the frost had wiped out the blossom.\n\n"
                f"Marisol said {pronoun} was tired after the show.\n\n{quote} {pronoun} added."
            )
            yield Case("", "stage", text, [Expect(quote, "direct", "Marisol")], exact=False)


def which_bodies() -> Iterator[Case]:
    """A name that *which* takes up is a body's: a later *she* or *he* is the person before it."""
    owners = ("Greystone Homes", "Larch Vale Lettings")
    for p, o, c in itertools.product(range(4), range(2), range(3)):
        name, pronoun, _ = PEOPLE[p]
        quote, statement = _quote(c, p % 3, ","), _quote((c + 1) % 3, p % 3)
        text = (
            f"{name} and her two children were evicted from Marlow Court on Thursday.\n\n"
            if pronoun == "she"
            else f"{name} and his two children were evicted from Marlow Court on Thursday.\n\n"
        )
        text += f"{owners[o]}, which owns the property, said in a statement: {statement}\n\n"
        text += f"{quote} {pronoun} said."
        yield Case(
            "",
            str(o),
            text,
            [Expect(quote, "direct", name)],
            exact=False,
            wrong_speakers=[(quote, owners[o])],
        )


def bodies_before_titles() -> Iterator[Case]:
    """A body's name with *of* before a title and a person's name: the person speaks, titled with
    the body's post; two persons joined after a portfolio's *and* stay two; a plural role after
    *the* opens a group's name, no title."""
    for n, b, c in itertools.product(range(3), range(3), range(3)):
        name, post, clause = UNLISTED[n], BODY_POSTS[b], CLAUSES[c]
        text = f"{post} {name} said on Monday that {clause}."
        expect = Expect(f"that {clause}", "indirect", name, Contains(post))
        yield Case("", str(b), text, [expect], exact=False, wrong_speakers=[(clause, f"{post} {name}")])
    for p, c in itertools.product(range(4), range(3)):
        first, second = PEOPLE[p][0], UNLISTED[p % 2]
        clause = CLAUSES[c]
        text = (
            f"{first}, a senior official at the Ministry of Land and Food, and {second}, president "
            f"of the Growers' Federation, were at the county show on Friday. The federation "
            f"president said {clause}."
        )
        yield Case(
            "",
            "pair",
            text,
            [Expect(clause, "indirect", second)],
            exact=False,
            wrong_speakers=[(clause, f"Ministry of Land and Food, and {second}")],
        )
    for g, c in itertools.product(range(2), range(3)):
        group, clause = ("Farmers Against Fracking", "Growers Against Pylons")[g], CLAUSES[c]
        text = f"The {group} said on Friday that {clause}."
        yield Case("", "group", text, [Expect(f"that {clause}", "indirect", group)], exact=False)


def nicknames_and_elisions() -> Iterator[Case]:
    """A nickname after *dubbed* set off by commas is no quotation; an opening mark before a word
    that starts like an elided one (*Em-*, *Til-*) opens a quotation."""
    for k, m in itertools.product(range(3), range(3)):
        nick = _quote_marks(NICKNAMES[k], m)
        text = f"The measure, quickly dubbed {nick}, will raise 2 billion crowns a year."
        yield Case("", "dubbed", text, [], exact=True)
    openings = ("Employers want to invest", "Tillers need the subsidy", "Causes of the slump are many")
    for p, k in itertools.product(range(4), range(3)):
        name = PEOPLE[p][0]
        first, rest = f"‘{openings[k]},’", "‘but this budget makes it harder.’"
        text = f"{first} {name} said, {rest}"
        yield Case(
            "", "elision", text, [Expect(text[: text.index(rest) + len(rest)], "direct", name)], exact=False
        )


def _quote_marks(phrase: str, m: int) -> str:
    """*phrase* in the marks of style *m*: double, curly double, curly single."""
    return (f'the "{phrase}"', f"the “{phrase}”", f"the ‘{phrase}’")[m]


def status_roles() -> Iterator[Case]:
    """A landlord, a landlady or a letting agent named in apposition or before the name is titled
    so (a trade, as an owner's is; a tenant is described, not titled)."""
    shapes = (
        "The {role}, {name}, said in a statement that {clause}.",
        "Brackwater {role} {name} said {clause}.",
    )
    for p, r, c, s in itertools.product(range(4), range(3), range(3), range(2)):
        name, clause = PEOPLE[p][0], CLAUSES[c]
        role = ("landlord", "landlady", "letting agent")[r]
        text = shapes[s].format(role=role, name=name, clause=clause)
        content = f"that {clause}" if s == 0 else clause
        yield Case("", str(s), text, [Expect(content, "indirect", name, Contains(role))], exact=False)


def issued_documents() -> Iterator[Case]:
    """A document that its issuer's genitive or *by* phrase names speaks for the issuer, a date
    after it no name; a passive *was published* hands *it* to the issuer; a mandative *that*
    clause keeps its time phrase."""
    bodies = ("the Food Integrity Agency", "Caldermont Capital", "the Animal Health Directorate")
    for b, c, shape in itertools.product(range(3), range(3), range(5)):
        body, clause = bodies[b], CLAUSES[c]
        owner = body[0].upper() + body[1:]
        speakers = (body.removeprefix("the "),)
        if shape == 0:
            text = f"{owner}'s hygiene audit, which runs to 48 pages, described the plan as "
            text += '"entirely avoidable".'
            expect = Expect('the plan as "entirely avoidable"', "mixed", speakers)
        elif shape == 1:
            text = f"{owner}'s quarterly outlook, published on 17 September, forecast that {clause}."
            expect = Expect(f"that {clause}", "indirect", (*speakers, f"{owner}'s quarterly outlook"))
        elif shape == 2:
            text = f"An alert issued by {body} on 3 April warned that {clause}."
            expect = Expect(f"that {clause}", "indirect", (*speakers, "alert"))
        elif shape == 3:
            text = f"{owner}'s annual audit of the Finance Ministry was published on 14 March. "
            text += f"It found that {clause}."
            expect = Expect(f"that {clause}", "indirect", speakers)
        else:
            text = f"{owner} recommended that poultry in the county be kept indoors until the spring."
            expect = Expect(
                "that poultry in the county be kept indoors until the spring", "indirect", speakers
            )
        wrong = [(expect.content, "April"), (expect.content, "Finance Ministry")]
        yield Case("", str(shape), text, [expect], exact=False, wrong_speakers=wrong)


ROUND57_TRUST: tuple[Capability, ...] = (
    named(
        "names.past_syllable_names",
        "1",
        "said Jae-won Seo, ROLE; BODY Deputy Governor Jae-won Seo said; C, Jae-won Seo said",
        past_syllable_names,
    ),
    named(
        "coref.clipped_roles",
        "7",
        "Chief Veterinary Officer NAME ... the chief vet said; the director-general ... the director-general",
        clipped_roles,
    ),
    named(
        "coref.body_voices",
        "7",
        "NAME, ROLE, said C. | Body said in a statement that D. | 'Q,' he added.",
        body_voices,
    ),
    named(
        "coref.which_bodies",
        "7",
        "BODY, which owns the property, said in a statement: 'Q.' | 'R,' she said.",
        which_bodies,
    ),
    named(
        "names.bodies_before_titles",
        "1",
        "Bank of X Governor NAME said; NAME, an official at the Ministry of A and B, and OTHER, ...",
        bodies_before_titles,
    ),
    named(
        "marks.nicknames_and_elisions",
        "2",
        "The measure, quickly dubbed the 'X', will ...; 'Employers want ...,' NAME said, 'but ...'",
        nicknames_and_elisions,
    ),
    named(
        "title.status_roles",
        "6",
        "The landlord, NAME, said C; Brackwater landlady NAME said C",
        status_roles,
    ),
    named(
        "source.genitive_documents",
        "3",
        "BODY's audit, which ..., described X as 'F'; an alert issued by BODY on 3 April warned; It found",
        issued_documents,
    ),
)
