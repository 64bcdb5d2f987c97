"""Development capabilities added on branch ``f21ttl`` in the twenty-first round: title shapes.

Titles are the role and affiliation as the text writes them, whole, and only where the text
states a role. Templates cross title shapes with names (listed first names and others), cue
verbs, positions and quotation marks:

* a fronted description before a name set off by commas (*A tailor in Surulere, NAME, said*,
  *A nurse who works nights, Mr NAME, 47, said*): the description, less a relative clause, is
  the title and the name speaks;
* a compound job noun before a name (*veteran crane operator NAME*, *said forklift driver NAME*);
* appositions after the name with *of*/*at*/*for*/*with*/*from*, coordinated roles, *former*,
  *acting*, *deputy*, *then*, *who is* relatives, possessive bodies, premodifier titles with
  place, party and body words (guards: most of them held at the base);
* *Its ROLE, NAME,* after a sentence that names the body outside its subject;
* a title stated in an earlier sentence and a later surname-only credit;
* shapes that state no role (*NAME, 52, of Leeds,*, *NAME, who lives nearby,*, *A week later,
  NAME, 52,*): no title.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND20_F21TTL` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Reported clauses of our own.
CLAUSES = (
    "the night buses had been cut without a word to the riders",
    "the repairs to the sea wall would take another two winters",
    "the new meters had doubled the bills on her street",
    "nobody at the depot had been told about the closure",
)
#: Quotations of our own.
QUOTES = (
    "We were never asked.",
    "The roof has leaked since March.",
    "It cost us the whole season.",
    "Nobody answers the phone any more.",
)
#: Full names with their surnames: listed first names and names the lists lack.
NAMES = (
    ("Ruth Okonkwo", "Okonkwo"),
    ("Tariq Haddadi", "Haddadi"),
    ("Kunle Adesanmi", "Adesanmi"),
    ("Siobhan Carrick", "Carrick"),
    ("Oyelaran Bako", "Bako"),
    ("Dariusz Wrona", "Wrona"),
)
#: Cue verbs with a that-clause.
VERBS = ("said", "told reporters", "argued", "added", "wrote")

#: Fronted descriptions: (how the text writes it, the title).
DESCRIPTIONS = (
    ("A tailor in Surulere", "tailor in Surulere"),
    ("A glassblower from Murano", "glassblower from Murano"),
    ("A nurse at the district hospital", "nurse at the district hospital"),
    ("A retired teacher who was walking her dog", "retired teacher"),
    ("A ward sister who works nights", "ward sister"),
    ("A beekeeper who keeps hives on the hill", "beekeeper"),
    ("A veteran crane operator", "veteran crane operator"),
    ("A lecturer in economics at Halden University", "lecturer in economics at Halden University"),
    ("A shopkeeper on Quay Street", "shopkeeper on Quay Street"),
    ("A volunteer with the lifeboat crew", "volunteer with the lifeboat crew"),
)
#: What may stand between the comma and the name, and after the name.
HONORIFICS = ("", "Mr ", "Ms ", "Dr ")
AGES = ("", ", 47")
#: What may open the sentence before the description.
OPENERS = ("", "On Tuesday, ", "At the meeting, ")


def fronted_description() -> Iterator[Case]:
    """'[OPENER] A ROLE [who ...], [HON] NAME[, AGE], VERB that C.' -> NAME, the role."""
    combos = itertools.product(DESCRIPTIONS, HONORIFICS, AGES, OPENERS, NAMES, VERBS, CLAUSES)
    for (written, title), hon, age, opener, (name, _s), verb, clause in sample(combos, 360, "f21ttl-front"):
        lead = written if not opener else written[0].lower() + written[1:]
        text = f"{opener}{lead}, {hon}{name}{age}, {verb} that {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, title=title)]
        yield Case("", "fronted", text, expects, exact=False)


#: Compound job nouns written before a name: (words, title).
JOBS = (
    ("veteran crane operator", "veteran crane operator"),
    ("forklift driver", "forklift driver"),
    ("retired dockyard fitter", "retired dockyard fitter"),
    ("bus driver", "bus driver"),
    ("museum curator", "museum curator"),
    ("school counsellor", "school counsellor"),
    ("harbour pilot", "harbour pilot"),
    ("senior nurse", "senior nurse"),
)
#: Names with a listed first name (a lower-case role before a name reads only before one).
LISTED_NAMES = tuple(n for n in NAMES if n[0].split()[0] in ("Ruth", "Tariq", "Siobhan", "Dariusz"))


def compound_job() -> Iterator[Case]:
    """'"Q," JOB NAME said.' / 'said JOB NAME' / 'On the picket line, JOB NAME said' -> the job."""
    combos = itertools.product(JOBS, LISTED_NAMES, QUOTES, ("quote", "said", "fronted", "start"))
    for (job, title), (name, _s), quote, shape in sample(combos, 240, "f21ttl-job"):
        said_quote = quote[:-1] + ","
        if shape == "quote":
            text, content = f'"{said_quote}" {job} {name} said.', f'"{said_quote}"'
        elif shape == "said":
            text, content = f'"{said_quote}" said {job} {name}.', f'"{said_quote}"'
        elif shape == "fronted":
            text, content = f"On the picket line, {job} {name} said that {quote[:-1].lower()}.", None
        else:
            job_cap = job[0].upper() + job[1:]
            text, content = f"{job_cap} {name} said that {quote[:-1].lower()}.", None
        if content is None:
            content = f"that {quote[:-1].lower()}"
            expects = [Expect(content, "indirect", name, title=title)]
        else:
            expects = [Expect(content, "direct", name, title=title)]
        yield Case("", shape, text, expects, exact=False)


#: Appositions after a name: (written, title); guards for shapes the base reads.
APPOSITIONS = (
    ("a China politics analyst at the Stimson Center", "China politics analyst at the Stimson Center"),
    ("founder and chief executive of Norland Foods", "founder and chief executive of Norland Foods"),
    ("chief financial officer of Norland Foods", "chief financial officer of Norland Foods"),
    ("a former deputy director of the Harbour Trust", "former deputy director of the Harbour Trust"),
    ("acting head of the Quay Residents Alliance", "acting head of the Quay Residents Alliance"),
    ("an analyst with Halden Capital", "analyst with Halden Capital"),
    ("a spokeswoman for the Northern Rail Authority", "spokeswoman for the Northern Rail Authority"),
    ("the bank's chief economist", "bank's chief economist"),
    ("who is chief economist at Norbank", "chief economist at Norbank"),
    ("a glassblower from Murano", "glassblower from Murano"),
)


def apposition_after() -> Iterator[Case]:
    """'NAME, APPOSITION, VERB that C.' / '"Q," said NAME, APPOSITION.' -> the apposition whole."""
    combos = itertools.product(APPOSITIONS, NAMES, VERBS, CLAUSES, ("before", "after"))
    for (written, title), (name, _s), verb, clause, shape in sample(combos, 300, "f21ttl-app"):
        if shape == "before":
            text = f"{name}, {written}, {verb} that {clause}."
            expects = [Expect(f"that {clause}", "indirect", name, title=title)]
        else:
            quote = QUOTES[len(clause) % len(QUOTES)][:-1] + ","
            text = f'"{quote}" said {name}, {written}.'
            expects = [Expect(f'"{quote}"', "direct", name, title=title)]
        yield Case("", shape, text, expects, exact=False)


#: Premodifier titles: (written before the name, title).
PREMODIFIERS = (
    ("Ohio Rep.", "Ohio Rep."),
    ("Kenyan Finance Cabinet Secretary", "Kenyan Finance Cabinet Secretary"),
    ("Russian Foreign Ministry spokeswoman", "Russian Foreign Ministry spokeswoman"),
    ("Norland's chairman", "Norland's chairman"),
    ("Halden University economist", "Halden University economist"),
    ("acting Police Commissioner", "acting Police Commissioner"),
)


def premodifier_title() -> Iterator[Case]:
    """'On Monday, PREMODIFIER NAME VERB that C.' -> the premodifier title whole."""
    combos = itertools.product(PREMODIFIERS, NAMES, VERBS, CLAUSES)
    for (written, title), (name, _s), verb, clause in sample(combos, 160, "f21ttl-pre"):
        text = f"On Monday, {written} {name} {verb} that {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, title=title)]
        yield Case("", "premodifier", text, expects, exact=False)


#: Bodies named outside a sentence's subject, and the posts they own.
BODIES = ("Norland Foods", "the Quay Residents Alliance", "Halden Capital")
BODY_FRAMES = (
    "Among the bidders was {body}, a firm based in Leeds.",
    "The complaint was first lodged by {body} in 2021.",
    "Shares in {body} fell by a third last week.",
)
POSTS = ("chief executive", "chair", "president", "director")


def its_post() -> Iterator[Case]:
    """'FRAME naming BODY. Its POST, NAME, said that C.' -> 'POST of BODY'."""
    combos = itertools.product(BODIES, BODY_FRAMES, POSTS, NAMES, CLAUSES)
    for body, frame, post, (name, _s), clause in sample(combos, 120, "f21ttl-its"):
        text = f"{frame.format(body=body)} Its {post}, {name}, said that {clause}."
        expects = [Expect(f"that {clause}", "indirect", name, title=f"{post} of {body}")]
        yield Case("", "its", text, expects, exact=False)


#: A title stated in an earlier sentence: (sentence with {name}, title).
EARLIER = (
    ("{name}, a tailor in Surulere, opened the shop in 1998.", "tailor in Surulere"),
    ("{name}, the union's regional organiser, led the march.", "union's regional organiser"),
    ("Veteran crane operator {name} handed out coffee on the picket line.", "veteran crane operator"),
    # (round 30: a relative clause stating a post held is a title, mentions.relative_posts; was None)
    ("{name}, who chairs the Harbour Trust, arrived late.", "chair of the Harbour Trust"),
)


def earlier_title() -> Iterator[Case]:
    """'NAME, ROLE, did X.\\n\\n"Q," SURNAME said.' -> the earlier title."""
    combos = itertools.product(EARLIER, LISTED_NAMES, QUOTES)
    for (frame, title), (name, surname), quote in sample(combos, 64, "f21ttl-earlier"):
        said_quote = quote[:-1] + ","
        text = f'{frame.format(name=name)}\n\n"{said_quote}" {surname} said.'
        expects = [Expect(f'"{said_quote}"', "direct", name, title=title)]
        yield Case("", "earlier", text, expects, exact=False)


#: Shapes that state no role: (sentence with {name} and {clause}).
NO_ROLE = (
    "{name}, 52, of Leeds, said that {clause}.",
    "{name}, who lives nearby, said that {clause}.",
    "{name}, who sued the council last year, argued that {clause}.",
    "A week later, {name}, 52, said that {clause}.",
    "After a meeting with the dockers, {name} said that {clause}.",
    "A day after the vote, {name} told reporters that {clause}.",
    "In a letter to the council, {name} wrote that {clause}.",
    "A woman, {name}, said that {clause}.",
    "In Halden, a port town, {name}, 61, said that {clause}.",
)


def no_role() -> Iterator[Case]:
    """Shapes with no stated role -> the name, no title."""
    combos = itertools.product(NO_ROLE, NAMES, CLAUSES)
    for frame, (name, _s), clause in sample(combos, 160, "f21ttl-none"):
        text = frame.format(name=name, clause=clause)
        expects = [Expect(f"that {clause}", "indirect", name, title=None)]
        yield Case("", "no role", text, expects, exact=False)


ROUND20_F21TTL: tuple[Capability, ...] = (
    named(
        "title.fronted_description",
        "2",
        "A tailor in Surulere, [Mr] NAME[, 47], said C / A nurse who works nights, NAME, said C:"
        " NAME speaks, the description less its relative clause is the title (was: no title, or"
        " the description as speaker)",
        fronted_description,
    ),
    named(
        "title.compound_job_before_name",
        "2",
        '"Q," veteran crane operator NAME said / said forklift driver NAME: the compound job (was: none)',
        compound_job,
    ),
    named(
        "title.apposition_shapes",
        "2",
        "NAME, a China politics analyst at the Stimson Center / founder and chief executive of X /"
        " who is chief economist at X, said C: the apposition whole (guard)",
        apposition_after,
    ),
    named(
        "title.premodifier_shapes",
        "2",
        "Ohio Rep. / Kenyan Finance Cabinet Secretary / Norland's chairman NAME said C: the title"
        " whole (guard)",
        premodifier_title,
    ),
    named(
        "title.its_post_named_body",
        "2",
        "Among the bidders was BODY, ... Its chief executive, NAME, said C: 'chief executive of"
        " BODY' (was: the bare post)",
        its_post,
    ),
    named(
        "title.earlier_sentence",
        "2",
        'NAME, a tailor in Surulere, opened the shop. | "Q," SURNAME said: the earlier title',
        earlier_title,
    ),
    named(
        "title.no_role_stated",
        "2",
        "NAME, 52, of Leeds, / NAME, who lives nearby, / A week later, NAME, 52, said C: no title",
        no_role,
    ),
)
