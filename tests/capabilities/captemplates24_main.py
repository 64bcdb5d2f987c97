"""Development capabilities added on main in the twenty-fifth round: a name in close apposition
to a sentence-opening noun is that sentence's subject.

* *"Q1," said A. Her colleague B disagreed. "Q2," he said.*: *colleague*, *classmate*,
  *counterpart* are nouns of a relation the role lexicon does not list; the name after them is
  still the subject, and the newest person in view for the next *he*/*she* (before: A, the
  possessive *Her* read as the sentence's only person).
* The same sentence with a pronoun of the other gender keeps the first speaker.
* *The city's member of the mayoral committee for water, B, ... The MMC said C.*: a post's
  initials spelt across *of* (*MMC*, *DPP*, *IGP*) refer back to its holder, also after a
  capitalised *The*; initials no post has stay a name.
* *Teammate B said C.*, *His cousin B said C.*: a noun of a relation (WordNet's kin,
  associates and friends) before a name is its title, never the name's first word.
* *In a speech on DAY, B is set to warn that C.*: a report in the future after a linking
  verb and *set*, *due*, *poised*, *scheduled*, *slated* is B's (was no quote).
* *B, Harbour Pilots' Guild: "Q."*: a colon credit's body with a possessive in its name is
  B's title (was none).
* *A spokeswoman for the airline, Jetwave, said C.*: a one-word name (no listed first name)
  or a firm's name right after a body noun renames the body: the body speaks, never a person
  *Jetwave* titled *spokeswoman for the airline*; a person's full name there keeps the title.
* *B conducted the orchestra, with D as the soloist. "Q," the conductor said.*: an agent noun
  in *-er*/*-or* refers back to the person named as its verb's subject (*conducted* ->
  *conductor*, *manages* -> *manager*, *founded* -> *founder*).
* *Nigerian B beat D in the final. "Q," the Nigerian said.*: a person's name and a verb
  before another name are no employer's title (was D, titled *Nigerian B beat*).
* *"Q," Harbour Ferries operations director B grumps.*: a plural noun modifier of a role
  before a name is no open-class cue (was the body, cue *operations*).
* An interview's turns labelled with a four-word name in title case (*Tran Thi Hong Nhung:*,
  *Juan Pablo Quispe Mamani:*) are direct quotations of that person (were indirect).
* *The head librarian at Kandy Public Library, Ruvimbo, said C.*: one word after a body's
  name is a person known by one name, never the body's region (was the library, or the
  description); cultural institutions head bodies' names (*Library*, *Orchestra*, *Archive*).
* *Polish A beat Brazilian B in the final. "Q," the Pole said.*: a nationality's noun (*the
  Pole*, *the Swede*, *the Dutchman*) refers to the person the text called by its adjective.
* *Analysts, including economist B, said C.*: the group speaks, and *including* is never part
  of a title (before: B, titled *including economist*).

People and sentences of our own. ``captemplates.py`` adds :data:`ROUND24_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample

#: Persons whose first names no list gives a gender (the pronoun cannot tell them apart).
OPEN_NAMES = ("Robin Adebayo", "Kim Vasquez-Lund", "Morgan Oyelowo", "Jordan Kealoha", "Casey Tremaine")
#: Persons whose listed first names give their gender.
WOMEN = ("Helen Achterberg", "Maria Oyediran", "Grace Lindholm", "Anna Sokolowska", "Sarah Mbatha")
MEN = ("David Quillinan", "Peter Nakamura", "James Okonjo", "Michael Tuivasa", "Thomas Ferreira")
#: Nouns of a relation to another person that no role list holds.
RELATIONS = (
    "colleague",
    "classmate",
    "teammate",
    "counterpart",
    "roommate",
    "neighbour",
    "cousin",
    "successor",
    "mentor",
    "landlord",
    "business partner",
    "longtime friend",
)
#: What the second person does in the sentence that introduces them (no cue).
VERBS = ("disagreed", "was less sure", "shook her head", "had a different view", "was not convinced")
#: The two quotations.
FIRST = "The ward has never been this busy"
SECOND = ("It was worse in the winter", "We have seen busier weeks", "The numbers are not the whole story")
MARKS = (('"', '"'), ("\u201c", "\u201d"), ("'", "'"))


def _text(lead: tuple[str, str, str, str, str], q: str, pro: str, marks: tuple[str, str], brk: bool) -> str:
    """The two-person text: *lead* is (first speaker, determiner, relation, second person, verb)."""
    o, det, rel, s, verb = lead
    op, cl = marks
    sep = "\n\n" if brk else " "
    return f"{op}{FIRST},{cl} said {o}. {det} {rel} {s} {verb}.{sep}{op}{q},{cl} {pro} said."


def relation_subject() -> Iterator[Case]:
    """'"Q1," said O. Her colleague S disagreed. "Q2," he said.' -> S, never O."""
    people = [(o, s) for o, s in itertools.permutations(OPEN_NAMES, 2)]
    combos = itertools.product(
        people, ("Her", "His", "Their", "The"), RELATIONS, VERBS, SECOND, MARKS, (False, True)
    )
    for (o, s), det, rel, act, q, marks, brk in sample(combos, 400, "r24main-relation"):
        pro = "she" if "her" in act else "he"
        shown = act.replace("her", "his") if pro == "he" else act
        text = _text((o, det, rel, s, shown), q, pro, marks, brk)
        op, cl = marks
        quote = f"{op}{q},{cl}"
        yield Case(
            "", "relation", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


def relation_other_gender() -> Iterator[Case]:
    """'"Q1," said O (a woman). Her colleague S (a man) disagreed. "Q2," she said.' -> O."""
    women = [(o, s, "Her", "she") for o, s in itertools.product(WOMEN, MEN)]
    men = [(o, s, "His", "he") for o, s in itertools.product(MEN, WOMEN)]
    combos = itertools.product(women + men, RELATIONS, VERBS[:2] + VERBS[3:], SECOND, MARKS, (False, True))
    for (o, s, det, pro), rel, verb, q, marks, brk in sample(combos, 300, "r24main-other-gender"):
        text = _text((o, det, rel, s, verb), q, pro, marks, brk)
        op, cl = marks
        quote = f"{op}{q},{cl}"
        yield Case(
            "",
            "other_gender",
            text,
            [Expect(quote, "direct", o, title=None)],
            exact=False,
            wrong_speakers=[(quote, s)],
        )


#: Groups that speak, and one member's role before the name.
GROUPS = (
    "Analysts",
    "Some critics",
    "Residents",
    "Several parents",
    "Local traders",
    "Opposition councillors",
)
MEMBER_ROLES = ("economist", "councillor", "teacher", "baker", "nurse", "pharmacist", "deputy mayor")
INCLUDING = ("including", "among them", "such as")
CLAIMS = ("the plan would fail", "the fares were too high", "nobody had asked them")


def group_including_member() -> Iterator[Case]:
    """'Analysts, including economist B, said C.' -> the group, never a title 'including ...'."""
    names = OPEN_NAMES + WOMEN + MEN
    combos = itertools.product(GROUPS, INCLUDING, MEMBER_ROLES, names, CLAIMS)
    for group, incl, role, name, claim in sample(combos, 300, "r24main-including"):
        text = f"{group}, {incl} {role} {name}, said {claim}."
        yield Case("", "including", text, [Expect(claim, "indirect", group, title=None)])


#: Posts whose initials run across *of*, with those initials, and how the post is written
#: before the name (capitalised) and in an apposition.
OF_POSTS = (
    ("Director of Public Prosecutions", "DPP"),
    ("Inspector General of Police", "IGP"),
    ("Member of the Mayoral Committee for Transport", "MMC"),
    ("Chief of Defence Staff", "CDS"),
    ("Member of the Provincial Legislature", "MPL"),
)
POST_CLAIMS = (
    "the case would go to trial in May",
    "no officer had been suspended",
    "the budget had been cut",
)
POST_QUOTES = ("We follow the evidence", "Nobody is above the law", "The review will be public")


def initials_of_post() -> Iterator[Case]:
    """'Director of Public Prosecutions B ... The DPP said C.' -> B (title the post)."""
    names = WOMEN + MEN + OPEN_NAMES
    combos = itertools.product(OF_POSTS, names, range(3), POST_CLAIMS, POST_QUOTES, (False, True))
    for (post, abbr), name, shape, claim, q, brk in sample(combos, 300, "r24main-of-post"):
        intro = (
            f"{post} {name} spoke to reporters on Monday.",
            f"{name}, the {post.lower()}, spoke to reporters on Monday.",
            f"The province's {post.lower()}, {name}, spoke to reporters on Monday.",
        )[shape]
        sep = "\n\n" if brk else " "
        text = f'{intro}{sep}The {abbr} said {claim}. "{q}," the {abbr} added.'
        title = Contains(post.split()[0].lower())
        yield Case(
            "",
            "of_post",
            text,
            [Expect(claim, "indirect", name, title=title), Expect(f'"{q},"', "direct", name, title=title)],
        )


#: Bodies' initials that no person's post spells.
BODY_INITIALS = ("CTU", "NHS", "RNLI", "KMA")


def initials_no_post() -> Iterator[Case]:
    """'Director of Public Prosecutions B spoke ... The CTU said C.' -> CTU, never B."""
    names = WOMEN + MEN
    combos = itertools.product(OF_POSTS, BODY_INITIALS, names, POST_CLAIMS)
    for (post, _abbr), body, name, claim in sample(combos, 200, "r24main-no-post"):
        text = f"{post} {name} spoke to reporters on Monday. The {body} said {claim}."
        yield Case("", "no_post", text, [Expect(claim, "indirect", body)], wrong_speakers=[(claim, name)])


#: Relation nouns before a name, capitalised at the sentence's start or after a determiner.
RELATION_TITLES = (
    "colleague",
    "teammate",
    "classmate",
    "cousin",
    "nephew",
    "counterpart",
    "flatmate",
    "mentor",
)


def relation_before_name() -> Iterator[Case]:
    """'Teammate B said C.' / 'His cousin B said C.' -> B, title the relation noun."""
    names = WOMEN + MEN + OPEN_NAMES
    combos = itertools.product(RELATION_TITLES, names, ("", "Her ", "His ", "Their "), CLAIMS)
    for rel, name, det, claim in sample(combos, 300, "r24main-relation-title"):
        noun = rel if det else rel.capitalize()
        text = f"{det}{noun} {name} said {claim}."
        yield Case("", "relation_title", text, [Expect(claim, "indirect", name, title=Contains(rel))])


#: Future-scheduling predicates before a report's infinitive, and the report verbs.
SCHEDULED = ("is set to", "is due to", "is poised to", "is scheduled to", "is slated to", "was set to")
FUTURE_CUES = ("warn", "announce", "say", "argue", "tell the conference")
OPENERS = ("", "In a speech on Monday, ", "At the launch on Thursday, ", "Later this week, ")


def scheduled_report() -> Iterator[Case]:
    """'In a speech on Monday, B is set to warn that C.' -> B, cue the report verb."""
    names = WOMEN + MEN + OPEN_NAMES
    combos = itertools.product(OPENERS, names, SCHEDULED, FUTURE_CUES, POST_CLAIMS)
    for opener, name, pred, cue, claim in sample(combos, 300, "r24main-scheduled"):
        content = f"that {claim}"
        text = f"{opener}{name} {pred} {cue} {content}."
        yield Case("", "scheduled", text, [Expect(content, "indirect", name)])


def scheduled_no_report() -> Iterator[Case]:
    """'The council is set to approve the plan.' -> no quotation (no report verb)."""
    bodies = ("The council", "The ferry company", "The board", "Parliament", "The orchestra")
    acts = ("approve the plan on Monday", "cut three routes", "meet again in May", "open a new branch")
    for body, pred, act in itertools.product(bodies, SCHEDULED, acts):
        yield Case("", "scheduled_none", f"{body} {pred} {act}.", [])


#: Bodies whose names hold a possessive ending, as colon credits write them.
POSSESSIVE_BODIES = (
    "Harbour Pilots' Guild",
    "Women's Institute",
    "Fishermen's Co-operative",
    "St Brigid's Hospital",
    "Allotment Holders' Association",
)


def colon_credit_possessive_body() -> Iterator[Case]:
    """'B, Harbour Pilots' Guild: "Q."' -> B, title the body."""
    names = WOMEN + MEN + OPEN_NAMES
    combos = itertools.product(names, POSSESSIVE_BODIES, POST_QUOTES, MARKS)
    for name, body, q, (op, cl) in sample(combos, 200, "r24main-colon-possessive"):
        quote = f"{op}{q}.{cl}"
        text = f"We asked people at the harbour what they thought.\n\n{name}, {body}: {quote}"
        yield Case(
            "", "colon_possessive", text, [Expect(quote, "direct", name, title=Contains(body))], exact=False
        )


#: Descriptions ending in a body noun, the bodies' names, and persons' full names.
VOICES = ("A spokeswoman for the airline", "A spokesman for the operator", "A spokesperson for the company")
BODY_NAMES = ("Jetwave", "Northline", "Skelda", "Tavros Logistics", "Brightwater Ferries")
FULL_NAMES = ("Oguzhan Demirtasli", "Ngozika Obiechina", "Peter Nakamura", "Helen Achterberg")


def body_renamed() -> Iterator[Case]:
    """'A spokeswoman for the airline, Jetwave, said C.' -> Jetwave (an organisation)."""
    combos = itertools.product(VOICES, BODY_NAMES, CLAIMS)
    for voice, body, claim in combos:
        text = f"{voice}, {body}, said {claim}."
        yield Case(
            "",
            "body_renamed",
            text,
            [Expect(claim, "indirect", body, title=None, speaker_kind="organization")],
        )


def person_after_body_noun() -> Iterator[Case]:
    """'A spokeswoman for the airline, Oguzhan Demirtasli, said C.' -> the person, titled."""
    for voice, name, claim in itertools.product(VOICES, FULL_NAMES, CLAIMS):
        text = f"{voice}, {name}, said {claim}."
        title = voice.split(" ", 1)[1]
        yield Case("", "person_after_body", text, [Expect(claim, "indirect", name, title=title)])


#: (verb phrase with {o}, agent noun) pairs: the verb's subject is the agent noun's referent.
AGENT_FRAMES = (
    ("conducted the harbour choir on Saturday, with {o} as the soloist", "conductor"),
    ("manages the ferry terminal, where {o} works the night shift", "manager"),
    ("founded the archive in 1998 with a grant that {o} had secured", "founder"),
    ("directed the festival this year, taking over from {o}", "director"),
    ("organised the protest outside the depot, which {o} joined", "organiser"),
    ("owns the bakery on Quay Street, next to the shop {o} runs", "owner"),
)


def agent_noun_referent() -> Iterator[Case]:
    """'B conducted the choir, with D as the soloist. "Q," the conductor said.' -> B."""
    pairs = list(itertools.permutations(WOMEN + MEN + OPEN_NAMES, 2))
    combos = itertools.product(pairs, AGENT_FRAMES, POST_QUOTES, MARKS)
    for (s, o), (frame, noun), q, (op, cl) in sample(combos, 300, "r24main-agent-noun"):
        quote = f"{op}{q},{cl}"
        text = f"{s} {frame.format(o=o)}. {quote} the {noun} said."
        yield Case(
            "", "agent_noun", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


#: Demonyms and irregular verbs of a contest between two named people.
DEMONYMS = ("Nigerian", "Samoan", "Ghanaian", "Kenyan", "Peruvian")
CONTEST_VERBS = ("beat", "hit", "upset", "outran", "overtook")


def verb_between_names() -> Iterator[Case]:
    """'Nigerian B beat D in the final. "Q," the Nigerian said.' -> B; D has no title."""
    pairs = list(itertools.permutations(WOMEN + MEN + OPEN_NAMES, 2))
    combos = itertools.product(pairs, DEMONYMS, CONTEST_VERBS, POST_QUOTES)
    for (s, o), demonym, verb, q in sample(combos, 300, "r24main-contest"):
        quote = f'"{q},"'
        text = f"{demonym} {s} {verb} {o} in the final on Sunday. {quote} the {demonym} said."
        yield Case(
            "", "contest", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


#: Bodies, plural noun modifiers of a role, roles, and verbs no lexicon lists.
CREDIT_BODIES = ("Harbour Ferries", "Saltmarsh Water", "Kestrel Airways", "Tavros Logistics")
PLURAL_MODIFIERS = ("operations", "communications", "sales", "events", "logistics")
MODIFIED_ROLES = ("director", "manager", "chief", "officer")
OPEN_CUES = ("grumps", "bristles", "quips", "sniffs", "muses", "shrugged")


def body_role_name_open_cue() -> Iterator[Case]:
    """'"Q," Harbour Ferries operations director B grumps.' -> B, titled with the whole run."""
    names = WOMEN + MEN + OPEN_NAMES
    combos = itertools.product(CREDIT_BODIES, PLURAL_MODIFIERS, MODIFIED_ROLES, names, OPEN_CUES, POST_QUOTES)
    for body, mod, role, name, cue, q in sample(combos, 300, "r24main-open-credit"):
        quote = f'"{q},"'
        text = f"{quote} {body} {mod} {role} {name} {cue}."
        title = Contains((f"{mod} {role}",))
        yield Case(
            "",
            "open_credit",
            text,
            [Expect(quote, "direct", name, title=title)],
            wrong_speakers=[(quote, body)],
        )


#: Four-word names of naming customs that write them so (Vietnamese, Andean double surnames).
FOUR_WORD_NAMES = (
    "Tran Thi Hong Nhung",
    "Nguyen Van Minh Duc",
    "Juan Pablo Quispe Mamani",
    "Maria Elena Choque Huanca",
)
ANSWERS = (
    "They add a day at most.",
    "Not before the spring, and only if the council pays.",
    "We asked twice.",
)
QUESTIONS = ("Are the checks slowing trade?", "When will the ferry come back?", "Who pays for the repairs?")


def four_word_transcript() -> Iterator[Case]:
    """'Interviewer: Q? / Tran Thi Hong Nhung: A.' -> a direct quotation of the named person."""
    for name, answer, question in itertools.product(FOUR_WORD_NAMES, ANSWERS, QUESTIONS):
        text = (
            f"We put the readers' questions to {name}, chair of the harbour board.\n\n"
            f"Interviewer: {question}\n\n{name}: {answer}"
        )
        yield Case("", "four_word_label", text, [Expect(answer, "direct", name)], exact=False)


#: Descriptions ending in a body's name, and people known by one name.
BODY_DESCRIPTIONS = (
    ("The head librarian at Kandy Public Library", "head librarian"),
    ("The principal conductor of the Recife Philharmonic Orchestra", "principal conductor"),
    ("The chief archivist at the Gdansk Maritime Archive", "chief archivist"),
    ("A lighting technician at the Abbey Theatre", "lighting technician"),
    ("The night manager of the Harbour Street Gallery", "night manager"),
)
MONONYMS = ("Ruvimbo", "Tiquinho", "Suprapti", "Dudinha", "Wayan")


def one_word_name_after_body() -> Iterator[Case]:
    """'The head librarian at Kandy Public Library, Ruvimbo, said C.' -> Ruvimbo, titled."""
    for (desc, role), name, claim in itertools.product(BODY_DESCRIPTIONS, MONONYMS, CLAIMS):
        text = f"{desc}, {name}, said {claim}."
        yield Case("", "mononym_after_body", text, [Expect(claim, "indirect", name, title=Contains(role))])


def region_after_place() -> Iterator[Case]:
    """'A farmer from Hemet, California, said C.' -> the description (a region, no name)."""
    places = (("Hemet", "California"), ("Carthage", "Illinois"), ("Ennis", "Clare"), ("Kisumu", "Kenya"))
    for (town, region), claim in itertools.product(places, CLAIMS):
        text = f"A farmer from {town}, {region}, said {claim}."
        yield Case(
            "",
            "region",
            text,
            [Expect(claim, "indirect", f"farmer from {town}")],
            wrong_speakers=[(claim, region)],
        )


#: Full names whose first names no list holds.
UNLISTED_NAMES = (
    "Przemyslaw Kedzierski",
    "Oguzhan Demirtasli",
    "Fa'afetai Leota",
    "Chidubem Anyanwu",
    "Levente Szollosi",
)


def verb_between_unlisted_names() -> Iterator[Case]:
    """'A beat B in the final. "Q," B-surname said.' with unlisted first names -> B, no title."""
    combos = itertools.product(itertools.permutations(UNLISTED_NAMES, 2), CONTEST_VERBS, POST_QUOTES)
    for (s, o), verb, q in sample(combos, 200, "r24main-contest-unlisted"):
        quote = f'"{q},"'
        text = f"{s} {verb} {o} in the final on Sunday. {quote} {o.split()[-1]} said."
        yield Case("", "contest_unlisted", text, [Expect(quote, "direct", o, title=None)], exact=False)


#: (adjective, noun) of nationalities whose noun for one person differs from the adjective.
DEMONYM_PAIRS = (
    ("Polish", "Pole"),
    ("Swedish", "Swede"),
    ("Danish", "Dane"),
    ("Dutch", "Dutchman"),
    ("Turkish", "Turk"),
)
OTHER_NATIONS = ("Brazilian", "Kenyan", "Canadian")


def demonym_noun_referent() -> Iterator[Case]:
    """'Polish A beat Brazilian B in the final. "Q," the Pole said.' -> A, never B."""
    pairs = list(itertools.permutations(WOMEN + MEN, 2))
    combos = itertools.product(pairs, DEMONYM_PAIRS, OTHER_NATIONS, POST_QUOTES)
    for (s, o), (adj, noun), other, q in sample(combos, 300, "r24main-demonym-noun"):
        quote = f'"{q},"'
        text = f"{adj} {s} beat {other} {o} in the final on Sunday. {quote} the {noun} said."
        yield Case(
            "", "demonym_noun", text, [Expect(quote, "direct", s)], exact=False, wrong_speakers=[(quote, o)]
        )


ROUND24_MAIN: tuple[Capability, ...] = (
    named(
        "salience.close_apposition_relation",
        "4",
        '"Q1," said O. Her colleague S disagreed. "Q2," he said.: S (the name after the noun is the subject)',
        relation_subject,
    ),
    named(
        "salience.close_apposition_other_gender",
        "4",
        '"Q1," said O. Her colleague S (the other gender) disagreed. "Q2," she said.: O',
        relation_other_gender,
    ),
    named(
        "group.including_member",
        "5",
        "Analysts, including economist B, said C.: the group (never the title 'including economist')",
        group_including_member,
    ),
    named(
        "nominal.initials_of_post",
        "4",
        "Director of Public Prosecutions B ... The DPP said C.: B (a post's initials across 'of')",
        initials_of_post,
    ),
    named(
        "nominal.initials_no_post",
        "4",
        "Director of Public Prosecutions B ... The CTU said C.: CTU (initials no post spells stay a name)",
        initials_no_post,
    ),
    named(
        "names.relation_before_name",
        "5",
        "Teammate B said C. / His cousin B said C.: B, titled with the relation (never 'Teammate B')",
        relation_before_name,
    ),
    named(
        "report.scheduled_future",
        "1",
        "In a speech on Monday, B is set to warn that C.: B (a future report after 'is set/due/poised to')",
        scheduled_report,
    ),
    named(
        "report.scheduled_no_report",
        "1",
        "The council is set to approve the plan.: no quotation (the scheduled act is no report)",
        scheduled_no_report,
    ),
    named(
        "credits.colon_possessive_body",
        "3",
        """B, Harbour Pilots' Guild: "Q.": B, titled with the body (a possessive inside its name)""",
        colon_credit_possessive_body,
    ),
    named(
        "org.body_renamed_in_apposition",
        "5",
        "A spokeswoman for the airline, Jetwave, said C.: Jetwave, a body (never a person titled so)",
        body_renamed,
    ),
    named(
        "org.person_after_body_noun",
        "6",
        "A spokeswoman for the airline, NAME, said C.: NAME, titled 'spokeswoman for the airline'",
        person_after_body_noun,
    ),
    named(
        "nominal.agent_noun_of_verb",
        "4",
        'B conducted the choir, with D as the soloist. "Q," the conductor said.: B (the agent of the verb)',
        agent_noun_referent,
    ),
    named(
        "names.verb_between_names",
        "5",
        'Nigerian B beat D in the final. "Q," the Nigerian said.: B (no title "Nigerian B beat" for D)',
        verb_between_names,
    ),
    named(
        "frame.body_role_name_open_cue",
        "1",
        '"Q," Harbour Ferries operations director B grumps.: B (a plural modifier of a role is no cue)',
        body_role_name_open_cue,
    ),
    named(
        "structure.transcript_four_word_name",
        "3",
        "Interviewer: Q? / Tran Thi Hong Nhung: A.: a direct quotation of the four-word name",
        four_word_transcript,
    ),
    named(
        "fronted.one_word_name_after_body",
        "5",
        "The head librarian at Kandy Public Library, Ruvimbo, said C.: Ruvimbo (never the body)",
        one_word_name_after_body,
    ),
    named(
        "fronted.region_after_place",
        "5",
        "A farmer from Hemet, California, said C.: the description (the one word is a region)",
        region_after_place,
    ),
    named(
        "names.verb_between_unlisted_names",
        "5",
        'A beat B in the final. "Q," B said.: B with no title "A beat" (names no list holds)',
        verb_between_unlisted_names,
    ),
    named(
        "nominal.demonym_noun",
        "4",
        'Polish A beat Brazilian B in the final. "Q," the Pole said.: A (the nationality\'s noun)',
        demonym_noun_referent,
    ),
)
