"""Development capabilities added on main in the thirty-first round: short quotations credited
by a dash, and a bare role noun that closes a credit.

* *"The hives are empty" — NAME*: a quotation too short to pass for a sentence (two to four
  words, no closing punctuation) is somebody's words when a dash credits it to a name, on a
  line of its own in a round-up or after a lead (before: no quotation at all); a quotation in
  title case before a dash and a name stays a work's title (*"Night Ferry" — NAME*: no quote).
* *"Q," said NAME, beekeeper.*, *— NAME, glassblower*: a bare role noun (no article; WordNet's
  people nouns included) that closes the sentence or the credit line after a name is the
  speaker's title, as before a credit's colon (before: no title).
* *NAME, who runs the Holmgate Glassworks, said: "Q."*: a post stated by a verb with no one
  agent noun (*runs*, *oversees*, *represents*) is the title as written, *runs the Holmgate
  Glassworks* (before: none; *chairs* gave *chair of*); *NAME (Holmgate Glassworks): "Q."*: a
  bracketed body ending in a facility's word or an organisation noun (*Glassworks*,
  *Partnership*, *Apiary*, *Collective*) is the title (before: none).
* *A told B that C. "Q," she replied.*: the *she* of a reply is the person the sentence before
  spoke to, when both are women (before: A, a wrong speaker at .97); *she added* goes on with A.
* *The skipper, 58-year-old NAME, said C.*: an age written before a set-off name is the
  person's, and the name is the speaker (before: *skipper*, *One*, *Another resident*).
* *NAME questioned the port director, Tom Vance.*, *questioned two men on Sunday*: a described
  person as the object of a verb of questioning is whom the questions went to, no content
  (before: an indirect quotation); *questioned the figures* keeps its stance.
* *United's coach, NAME, was less impressed. "Q," the Dane said.*: a people's noun that no
  mention stated is the one person named before it in its paragraph (before: no speaker); with
  two persons there it names neither.
* *Jun Sato said C.*, *"Q," said Jan Kowalski.*: a month's three-letter abbreviation before a
  name word opens a given name (a month's abbreviation takes a number: *On Jan 5 NAME said*
  keeps NAME alone; before: *Sato*, *Kowalski*).
* *Co-Founder NAME of BODY said C.*: the prefix *co-* of a person's role is no company's *Co*
  (before: one organisation named *NAME of BODY*); *the Leith Co-op of the Northern Isles* stays
  one body.

People, roles and sentences of our own. ``captemplates.py`` adds :data:`ROUND30_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Expect, TitleSpec, named, sample

#: People of our own, of several cultures.
NAMES = (
    "Tsering Yangzom",
    "Mamadou Faye",
    "Lowanna Pryor",
    "Gwenaël Le Bihan",
    "Hine Rāwiri",
    "Ostap Hrytsenko",
    "Nomvula Dlamini",
    "Ilse Verhoeven",
)
#: Short quotations: two to four words, no closing punctuation inside the marks.
SHORT = (
    "The hives are empty",
    "We will rebuild",
    "Nobody came",
    "Too little, too late",
    "Not again",
    "We stay open",
)
#: Bare role nouns and compounds (listed and WordNet-only).
ROLES = ("beekeeper", "glassblower", "ferry pilot", "bell founder", "retired lock keeper", "harbour master")
DASHES = ("\u2014", "\u2013")
MARKS = (('"', '"'), ("\u201c", "\u201d"))
LEADS = ("Reactions came quickly.", "Readers wrote in the day the ferry stopped.")


def short_dash_quote() -> Iterator[Case]:
    """A round-up of lines '"SHORT" — NAME[, ROLE][.]' -> each a direct quotation of NAME (title
    ROLE when given)."""
    combos = itertools.product(NAMES, SHORT, DASHES, MARKS, ("role", "none"), ("stop", "bare"), LEADS)
    for name, quote, dash, (op, cl), role_shape, stop, lead in sample(combos, 420, "r30main-short-dash"):
        other = NAMES[(NAMES.index(name) + 3) % len(NAMES)]
        second = SHORT[(SHORT.index(quote) + 1) % len(SHORT)]
        role = ROLES[(len(name) + len(quote)) % len(ROLES)] if role_shape == "role" else None
        end = "." if stop == "stop" else ""
        credit = f"{name}, {role}" if role else name
        first, later = f"{op}{quote}{cl}", f"{op}{second}{cl}"
        text = f"{lead}\n\n{first} {dash} {credit}{end}\n\n{later} {dash} {other}{end}"
        yield Case(
            "",
            "roundup",
            text,
            [Expect(first, "direct", name, role), Expect(later, "direct", other)],
        )


#: Works' titles in title case.
WORKS = ("Night Ferry", "Salt and Iron", "The Long Winter", "Rain on Tin")


def short_dash_title_guard() -> Iterator[Case]:
    """'Now showing: "Night Ferry" — NAME.' -> no quotation (a work and its maker)."""
    combos = itertools.product(NAMES, WORKS, DASHES, MARKS)
    for name, work, dash, (op, cl) in sample(combos, 96, "r30main-short-dash-guard"):
        text = f"Now showing at the Lyric:\n\n{op}{work}{cl} {dash} {name}."
        yield Case("", "guard", text, [])


CLAIMS = ("Nobody asked the village", "We kept the lamps lit all winter")


def bare_role_closes() -> Iterator[Case]:
    """'"Q," said NAME, ROLE.' and '"Q." — NAME, ROLE' -> title ROLE (the role closes the
    sentence or the credit line)."""
    combos = itertools.product(NAMES, ROLES, CLAIMS, MARKS, ("said", "dash"))
    for name, role, claim, (op, cl), shape in sample(combos, 300, "r30main-bare-role"):
        if shape == "said":
            quote = f"{op}{claim},{cl}"
            text = f"{quote} said {name}, {role}."
        else:
            quote = f"{op}{claim}.{cl}"
            text = f"Voices from the valley\n\n{quote} \u2014 {name}, {role}"
        yield Case("", shape, text, [Expect(quote, "direct", name, role)])


#: Named bodies of our own, several led by a facility's or an organisation's word.
BODIES = (
    "the Holmgate Glassworks",
    "the Moss Hagg Peatland Partnership",
    "Corrie Brae Apiary",
    "the Saltmarsh Growers Collective",
    "the Tarn Valley Trust",
)
VERBATIM_VERBS = ("runs", "oversees", "now runs")
QUOTES = ("Blue glass is the hardest colour to hold", "A wet bog is a working bog")


def verbatim_post() -> Iterator[Case]:
    """'NAME, who runs BODY, said: "Q."' -> the title 'runs BODY' (a post with no one agent
    noun, kept as written)."""
    combos = itertools.product(NAMES, VERBATIM_VERBS, BODIES, QUOTES, MARKS)
    for name, verb, body, quote, (op, cl) in sample(combos, 240, "r30main-verbatim-post"):
        content = f"{op}{quote}.{cl}"
        text = f"{name}, who {verb} {body}, said: {content}"
        yield Case("", "said", text, [Expect(content, "direct", name, f"{verb.split()[-1]} {body}")])


def bracketed_body() -> Iterator[Case]:
    """A round-up credit 'NAME (BODY): "Q."' where BODY ends in a facility's or an organisation's
    word (*Glassworks*, *Partnership*, *Apiary*, *Collective*) -> the title BODY."""
    combos = itertools.product(NAMES, BODIES, QUOTES, MARKS)
    for name, body, quote, (op, cl) in sample(combos, 160, "r30main-bracketed-body"):
        content = f"{op}{quote}.{cl}"
        bare = body.removeprefix("the ")
        text = f"Voices from the valley\n\n{name} ({bare}): {content}"
        yield Case("", "roundup", text, [Expect(content, "direct", name, bare)])


#: Pairs of people of one gender, each with the pronoun: (speaker of the report, addressee, pronoun).
SAME_GENDER_PAIRS = (
    ("Ana Berg", "Maria Lopez", "she"),
    ("Ingrid Holm", "Fatima Diallo", "she"),
    ("Tomas Rivas", "Kwame Asante", "he"),
    ("Callum Reid", "Kenji Sato", "he"),
)
ADDRESS_VERBS = (
    ("told", "that the bridge was closed"),
    ("asked", "whether the bridge was closed"),
    ("warned", "that the bridge was closing"),
    ("assured", "that the bridge would open"),
)
REPLIES = ("replied", "answered", "retorted", "shot back", "responded")
REPLY_QUOTES = ("Then we swim", "Nobody told us")


def reply_to_addressee() -> Iterator[Case]:
    """'A told B that C. "Q," she replied.' (A and B of one gender) -> B: nobody replies to
    their own words (before: A, a wrong speaker at .97)."""
    combos = itertools.product(SAME_GENDER_PAIRS, ADDRESS_VERBS, REPLIES, REPLY_QUOTES, MARKS)
    for (a, b, pron), (verb, clause), reply, quote, (op, cl) in sample(combos, 300, "r30main-reply"):
        content = f"{op}{quote},{cl}"
        text = f"{a} {verb} {b} {clause}. {content} {pron} {reply}."
        yield Case("", verb, text, [Expect(content, "direct", b)], exact=False, wrong_speakers=[(content, a)])


def reply_guard() -> Iterator[Case]:
    """'A told B that C. "Q," she added.' -> A goes on (no reply); 'A told reporters that C. "Q,"
    she replied.' -> A (nobody named was spoken to)."""
    combos = itertools.product(SAME_GENDER_PAIRS, ADDRESS_VERBS, REPLY_QUOTES, ("added", "reporters"))
    for (a, b, pron), (verb, clause), quote, shape in sample(combos, 96, "r30main-reply-guard"):
        content = f"\u201c{quote},\u201d"
        if shape == "added":
            text = f"{a} {verb} {b} {clause}. {content} {pron} added."
        else:
            text = f"{a} {verb} reporters {clause}. {content} {pron} replied."
        yield Case("", shape, text, [Expect(content, "direct", a)], exact=False)


#: Descriptions before a set-off name: (as written, the title expected or ANY).
AGED_DESCRIPTIONS: tuple[tuple[str, TitleSpec], ...] = (
    ("The skipper", "skipper"),
    ("A ferry pilot", "ferry pilot"),
    ("The harbour master", "harbour master"),
    ("One", ANY),
    ("Another resident", ANY),
    ("Her neighbour", ANY),
)
AGED_CLAIMS = ("the farms had brought jobs to the island", "the pier would not survive another winter")


def aged_set_off_name() -> Iterator[Case]:
    """'DESCRIPTION, 58-year-old NAME, said C.' -> NAME (before: the description, an age before the
    set-off name hid it)."""
    combos = itertools.product(NAMES, AGED_DESCRIPTIONS, (34, 58, 71), AGED_CLAIMS)
    for name, (desc, title), age, claim in sample(combos, 240, "r30main-aged-name"):
        text = f"Islanders were divided. {desc}, {age}-year-old {name}, said {claim}."
        yield Case("", "said", text, [Expect(claim, "indirect", name, title)], exact=False)


#: People a verb of questioning may take as its object, described.
QUESTIONED_PEOPLE = (
    "the port director, Tom Vance",
    "two men",
    "the two witnesses",
    "a ferry mechanic",
    "the harbour master",
    "three suspects",
)
QUESTIONING_VERBS = ("questioned", "interviewed")
TIMES = ("", " for two hours", " on Sunday")
#: Things questioned: a stance's content, kept.
QUESTIONED_THINGS = ("the figures", "the wisdom of the plan", "the need for a second vote")


def questioned_people() -> Iterator[Case]:
    """'NAME questioned the port director, Tom Vance, on Sunday.' -> no quotation: whom the
    questions went to is no content (before: an indirect quotation 'the port director, ...')."""
    combos = itertools.product(NAMES, QUESTIONING_VERBS, QUESTIONED_PEOPLE, TIMES)
    for name, verb, people, time in sample(combos, 200, "r30main-questioned"):
        sep = "," if "," in people and time else ""
        text = f"Detectives arrived at noon. {name} {verb} {people}{sep}{time}."
        yield Case("", verb, text, [])


def questioned_things() -> Iterator[Case]:
    """'NAME questioned the figures.' -> a stance quotation 'the figures' (a guard)."""
    combos = itertools.product(NAMES, QUESTIONED_THINGS)
    for name, thing in combos:
        text = f"At the hearing, {name} questioned {thing}."
        yield Case("", "guard", text, [Expect(thing, "indirect", name)], exact=False)


#: People's nouns for a second reference the text never stated before.
PEOPLE_NOUNS = ("the Dane", "the Norwegian", "the Swede", "the Welshman", "the Kenyan", "the Chilean")
INTRO_SENTENCES = (
    "{role}, {name}, was less impressed with the defence.",
    "{name}, the {low}, did not hide her disappointment.",
)
INTRO_ROLES = ("Wexford United's coach", "The visitors' captain", "Their goalkeeper")


def new_info_epithet() -> Iterator[Case]:
    """'United's coach, NAME, was less impressed. "Q," the Dane said.' -> NAME: a people's noun
    no mention stated is the one person named before it in its paragraph (before: no speaker)."""
    combos = itertools.product(NAMES, PEOPLE_NOUNS, INTRO_SENTENCES, INTRO_ROLES, REPLY_QUOTES)
    for name, noun, intro, role, quote in sample(combos, 240, "r30main-new-epithet"):
        lead = intro.format(role=role, name=name, low=role.split()[-1].lower())
        content = f"\u201c{quote},\u201d"
        text = f"Hallbridge won 3-1.\n\n{lead} {content} {noun} said."
        yield Case("", "one", text, [Expect(content, "direct", name)], exact=False)


def new_info_epithet_guard() -> Iterator[Case]:
    """Two persons before the people's noun: nobody can tell which one it names -> neither."""
    combos = itertools.product(NAMES, PEOPLE_NOUNS, REPLY_QUOTES)
    for name, noun, quote in sample(combos, 96, "r30main-new-epithet-guard"):
        other = NAMES[(NAMES.index(name) + 2) % len(NAMES)]
        content = f"\u201c{quote},\u201d"
        text = f"{name} and {other} left the ground together. {content} {noun} said."
        yield Case(
            "",
            "two",
            text,
            [Expect(content, "direct", None)],
            exact=False,
            wrong_speakers=[(content, name), (content, other)],
        )


#: Given names spelt as a month's abbreviation.
MONTH_NAMED = ("Jun Sato", "Jan Kowalski", "Jun Takeda", "Jan Novak", "Jan de Vries")
MONTH_CLAIMS = ("the clock would be repaired by spring", "the mine would close")


def month_given_names() -> Iterator[Case]:
    """'Jun Sato said C.', '"Q," said Jan Kowalski.', 'Jan de Vries, the foreman, said C.' -> the
    full name (before: the name without its given name, read as a month)."""
    combos = itertools.product(MONTH_NAMED, MONTH_CLAIMS, ("before", "after", "apposed"))
    for name, claim, shape in combos:
        if shape == "before":
            text = f"The shop opened in 1952. {name} said {claim}."
            yield Case("", shape, text, [Expect(claim, "indirect", name)], exact=False)
        elif shape == "apposed":
            text = f"{name}, the foreman, said {claim}."
            yield Case("", shape, text, [Expect(claim, "indirect", name, "foreman")], exact=False)
        else:
            content = f"\u201c{claim.capitalize()},\u201d"
            yield Case("", shape, f"{content} said {name}.", [Expect(content, "direct", name)], exact=False)


def month_dates_guard() -> Iterator[Case]:
    """'On Jan 5 NAME said C.' and 'Jun 30 was the deadline, NAME said.' -> NAME alone."""
    for name, claim in itertools.product(NAMES, MONTH_CLAIMS):
        yield Case("", "on", f"On Jan 5 {name} said {claim}.", [Expect(claim, "indirect", name)], exact=False)
        content = "Jun 30 was the deadline"
        yield Case("", "date", f"{content}, {name} said.", [Expect(content, "indirect", name)], exact=False)


CO_ROLES = ("Co-Founder", "Co-founder", "Co-Chair", "Co-chair", "Co-Owner")
CO_BODIES = ("the Corrie Brae Honey Cooperative", "the Tarn Valley Trust", "the Saltmarsh Bay Oyster Company")


def co_prefixed_role() -> Iterator[Case]:
    """'Co-Founder NAME of BODY said C.' / '"Q," said Co-Founder NAME of BODY.' -> NAME, titled
    'Co-Founder of BODY' (before: one organisation named 'NAME of BODY')."""
    combos = itertools.product(NAMES, CO_ROLES, CO_BODIES, MONTH_CLAIMS, ("before", "after"))
    for name, role, body, claim, shape in sample(combos, 240, "r30main-co-role"):
        title = f"{role} of {body}"
        if shape == "before":
            text = f"{role} {name} of {body} said {claim}."
            yield Case("", shape, text, [Expect(claim, "indirect", name, title)], exact=False)
        else:
            content = f"\u201c{claim.capitalize()},\u201d"
            text = f"{content} said {role} {name} of {body}."
            yield Case("", shape, text, [Expect(content, "direct", name, title)], exact=False)


def co_op_guard() -> Iterator[Case]:
    """'The Leith Co-op of the Northern Isles said C.' -> the body, its whole name."""
    for body, claim in itertools.product(
        ("The Leith Co-op", "The Marrowgate Housing Co-operative"), MONTH_CLAIMS
    ):
        text = f"{body} of the Northern Isles said {claim}."
        name = body.removeprefix("The ") + " of the Northern Isles"
        yield Case("", "guard", text, [Expect(claim, "indirect", name)], exact=False)


ROUND30_MAIN: tuple[Capability, ...] = (
    named(
        "credits.short_dash_quote",
        "3",
        '"The hives are empty" — NAME, beekeeper: a short quotation credited by a dash is NAME\'s',
        short_dash_quote,
    ),
    named(
        "credits.short_dash_title_guard",
        "3",
        'Now showing: "Night Ferry" — NAME.: a work in title case, no quotation',
        short_dash_title_guard,
    ),
    named(
        "titles.bare_role_closes",
        "6",
        '"Q," said NAME, beekeeper. / "Q." — NAME, glassblower: the bare role is the title',
        bare_role_closes,
    ),
    named(
        "titles.verbatim_post",
        "6",
        'NAME, who runs / oversees BODY, said: "Q.": the title "runs BODY", as written',
        verbatim_post,
    ),
    named(
        "titles.bracketed_facility_body",
        "6",
        'NAME (Holmgate Glassworks): "Q.": the bracketed body is the title',
        bracketed_body,
    ),
    named(
        "pronoun.reply_to_addressee",
        "4",
        'A told B that C. "Q," she replied.: B (nobody replies to their own words)',
        reply_to_addressee,
    ),
    named(
        "pronoun.reply_guard",
        "4",
        'A told B that C. "Q," she added. / A told reporters that C. "Q," she replied.: A',
        reply_guard,
    ),
    named(
        "apposition.aged_set_off_name",
        "5",
        "The skipper, 58-year-old NAME, said C.: NAME (the age before the set-off name)",
        aged_set_off_name,
    ),
    named(
        "nonreports.questioned_people",
        "7",
        "NAME questioned the port director, Tom Vance. / two men: no quotation",
        questioned_people,
    ),
    named(
        "nonreports.questioned_things_guard",
        "7",
        "NAME questioned the figures.: a stance quotation 'the figures'",
        questioned_things,
    ),
    named(
        "nominal.new_info_epithet",
        "4",
        'United\'s coach, NAME, was less impressed. "Q," the Dane said.: NAME',
        new_info_epithet,
    ),
    named(
        "nominal.new_info_epithet_guard",
        "4",
        'A and B left together. "Q," the Dane said.: neither',
        new_info_epithet_guard,
    ),
    named(
        "nameforms.month_given_names",
        "5",
        'Jun Sato said C. / "Q," said Jan Kowalski.: the full name, no month',
        month_given_names,
    ),
    named(
        "nameforms.month_dates_guard",
        "5",
        "On Jan 5 NAME said C. / Jun 30 was the deadline, NAME said.: NAME",
        month_dates_guard,
    ),
    named(
        "titles.co_prefixed_role",
        "6",
        "Co-Founder NAME of BODY said C.: NAME, titled Co-Founder of BODY",
        co_prefixed_role,
    ),
    named(
        "titles.co_op_guard",
        "6",
        "The Leith Co-op of the Northern Isles said C.: the body",
        co_op_guard,
    ),
)
