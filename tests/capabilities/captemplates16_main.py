"""Development capabilities added on ``main`` in the seventeenth round: a described speaker who
names himself or herself in a relative clause.

* ``"C," said the woman, who gave only her first name, NAME.``: the clause names the
  description, so NAME speaks, even when another woman (a judge, a mayor) was named before
  and *the woman* alone would refer back to her.
* ``"C," a spokesman for BODY said. "D," he added.`` after a man named before: the description
  goes on speaking; a name inside it (*Norland Ports*, *Sheffield* in *One supporter, who had
  driven down from Sheffield,*) is part of it, no rival antecedent. *One of them* and *one of
  the nurses* are one person of a group, so their *she said* goes on too.
* ``NAME, research director for BODY, a consulting company, said C`` and ``NAME, a developer
  and spokeswoman for BODY, which ..., said C``: a role with a modifier before it, or two nouns
  joined by *and*, is an apposition of NAME even with a second apposition or a relative clause
  after it; NAME speaks, with that title.
* ``..., according to a staff report. ... The report said C.``: a written work with no author
  speaks as itself, and *the report* takes up the description it was given (*staff report*).
* ``..., after the agency's general manager told members that C.`` then, opening the next
  paragraph, ``General Manager NAME said C2.``: a definite description with an owner is
  cataphoric like an indefinite one; a title that does not hold its role noun names nobody.
* ``Ward 14 Councilwoman NAME said C`` / ``tighthead prop NAME is its memory. "C," SURNAME
  says``: a numbered seat before a role stays in the title, and a player's position (*prop*,
  *scrum-half*, *golfer*) is a role.
* ``NAME was quoted by the state news agency on Tuesday as saying that C``: the passive's
  subject speaks, with the agent and a time phrase between *quoted* and *as*.
* ``A hand-painted sign on a boundary fence reads 'PRAY FOR RAIN'`` / ``Locals have taken to
  calling the dry 'the Big Empty'``: a sign's words (its noun before a place phrase) and a
  name a thing is given after a catenative verb are no quotation.
* ``NAME, a climatologist at the X University's Y School of A and B and deputy director of
  its Centre for C D E, said C``: a title of two roles with long bodies is kept whole.
* ``C, according to a timeline the company published on Friday``: the subject of a clause
  that issued the work (*published*, *released*, *sent*) is its issuer, here the company named
  before.
* ``CLUB will start as favourites. They beat RIVAL twice. Their head coach, NAME, said C``:
  *their* goes back to the body that opens a sentence (the subject), not the object named
  after it; so does *its*.
* ``Prime Minister Le Minh Tuan has ordered C, his office said``: the one person of the
  sentence owns *his office* though no gender is known for the name; a three-word name that
  opens with a Vietnamese family name (*Le*, *Tran*) takes no gender from a first-name list.
* ``The Gulls were formed in 2014. NAME was one of the first eleven. She ... says C``: one
  plural word after *the* is a team's or a group's name, never a *he*/*she*.
* ``"C," said Battalion Chief NAME, a spokesman for the county fire department.``: a fire
  service's rank before the name yields to the post stated with its body.
* ``Agriculture and Livestock Development Cabinet Secretary Dr NAME said C``: a portfolio
  joined by *and* before the post stays in the title.
* ``The Tyne Lantern Festival, whose director, NAME, says C``: the clause's own verb is the
  cue, NAME speaks (not the body), titled *director of the Tyne Lantern Festival* (*the* as
  the text writes it before the body's name; *whose* is the body just before it).
* ``NAME, 41, a roofing contractor, said C`` / ``Tory backbencher NAME said C``: a gerund
  before a one-noun head is a compound occupation; *backbencher* is a role.
* ``..., according to a leaked Treasury memo. / The memo, seen by this newspaper, warns that
  C``: the participle aside (*seen by*) after a document is stepped over, and *the memo* is
  the named author's, as is each later *the memo* the chain reaches.
* ``... studied at the Kelvinside Institute of Technology ... (paragraphs) ... the institute
  said C``: the one body named with that organisation noun, however far back.
* ``She laughs. "C."`` / ``Okafor shrugged. "C."``: a sentence that ends on a gesture
  introduces the quotation that opens the next one, as ``X agreed. "C."`` does.
* ``Agriculture Cabinet Secretary Dr NAME said C. / "C2," the CS told journalists.``: a title
  abbreviated by the initials of its last capitalised words names its holder.
* ``OWNER's daughter, NAME, said C. ... His daughter said C2``: *his daughter* is the person
  introduced as the owner's daughter, not a new description.
* ``HEADLINE-TITLE NAME wins the count`` (a headline: no full stop) then ``NAME, the BODY-TITLE,
  won ...``: the title the story's own sentences give is printed, not the headline's.
* ``NAME, a 79-year-old retired schoolteacher from Prescott, said C``: the age is the person's,
  not the title's; ``NAME, a 59-year-old from Leeds,`` has no title; *the 79-year-old* still
  names NAME.
* ``KFAL Chairman and Managing Director NAME said C``: two capitalised posts joined by *and*
  before a name are one title, with the body before them.
* ``The town's mayor, Councillor NAME, said C``: a bare rank yields to a post its owner names
  by a common noun (*town's mayor*, *institute's principal*).
* ``A NOUN who ... said C.`` then, opening the next paragraph, ``"C2," said the NOUN, who
  gave only his first name, NAME.``: the indefinite description and the definite one that
  names itself are one person, so both quotations are NAME's. A different noun in the next
  paragraph (*the nurse* after *a woman*) names nobody earlier.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND16_MAIN` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (a named person mentioned first, the pronoun of both, a description's noun, a given name).
SETTINGS = (
    ("Judge Marisol Okonkwo-Reyes", "her", "woman", "Irina"),
    ("Mayor Tobiah Vantongeren", "his", "man", "Kofi"),
    ("Councillor Henrike Szabo-Lund", "her", "shopkeeper", "Priya"),
    ("Superintendent Aurelio Castagna", "his", "driver", "Mateus"),
    ("Dr Philippa Ransome-Adeyemi", "her", "nurse", "Aiyana"),
    ("Coach Dariusz Wolniak", "his", "fan", "Yusuf"),
)
#: What the named person did first (no report of speech).
FIRST_ACTS = (
    "{who} opened the inquiry on Monday.",
    "{who} visited the market after the flood.",
    "{who} arrived shortly before noon.",
)
#: Where the described person lives or stands (a relative clause or a phrase).
PLACES = (
    "who lives above a bakery on Quarry Lane",
    "in a faded yellow raincoat",
    "who has run a stall there since 2004",
)
#: The naming clause after the definite description.
NAMINGS = (
    "who gave only {pos} first name, {name}",
    "who gave {pos} name only as {name}",
    "who asked to be identified only by {pos} first name, {name}",
    "who identified {self} only as {name}",
)
QUOTES = (
    "Half the lane has not slept since the water came in",
    "Nobody from the council has knocked on a single door",
    "We were told the pumps would be here by Friday",
)
CLAUSES = (
    "the lane had flooded twice in a month",
    "nobody had warned the tenants",
    "the pumps arrived two days late",
)


def _naming(pos: str, name: str, k: int) -> str:
    self_word = "herself" if pos == "her" else "himself"
    return NAMINGS[k % len(NAMINGS)].format(pos=pos, name=name, self=self_word)


def self_named_description() -> Iterator[Case]:
    """A named person of the same gender, then '"C," said the NOUN, who gave only her first
    name, NAME.' (or a naming clause on a subject: 'The NOUN, who identified herself only as
    NAME, said C'): NAME speaks, never the person named first."""
    combos = itertools.product(SETTINGS, FIRST_ACTS, QUOTES, range(2))
    for k, ((who, pos, noun, name), act, quote, shape) in enumerate(sample(combos, 60, "m17_self_named")):
        lead = act.format(who=who)
        naming = _naming(pos, name, k)
        person = who.split(maxsplit=1)[1]
        if shape == 0:
            q = f"“{quote},”"
            text = f"{lead} {q} said the {noun}, {naming}."
            yield Case("", "inverted", text, [Expect(q, "direct", name)], wrong_speakers=((q, person),))
        else:
            clause = CLAUSES[k % len(CLAUSES)]
            text = f"{lead} The {noun}, {naming}, said {clause}."
            yield Case(
                "", "subject", text, [Expect(clause, "indirect", name)], wrong_speakers=((clause, person),)
            )


def named_in_next_paragraph() -> Iterator[Case]:
    """'A NOUN PLACE said C.' then '"C2," said the NOUN, who gave only his first name, NAME.'
    in the next paragraph: both are NAME's. With another noun there ('the nurse' after 'a
    woman' ... ) the first stays the description."""
    combos = itertools.product(SETTINGS, PLACES, QUOTES, range(3))
    for k, ((who, pos, noun, name), place, quote, shape) in enumerate(sample(combos, 54, "m17_named_next")):
        lead = FIRST_ACTS[k % len(FIRST_ACTS)].format(who=who)
        clause = CLAUSES[k % len(CLAUSES)]
        q = f"“{quote},”"
        person = who.split(maxsplit=1)[1]
        first = f"{lead} A {noun} {place} said {clause}."
        if shape < 2:
            text = f"{first}\n\n{q} said the {noun}, {_naming(pos, name, k)}."
            expected = [Expect(clause, "indirect", name), Expect(q, "direct", name)]
            yield Case("", "same_noun", text, expected, wrong_speakers=((clause, person), (q, person)))
        else:
            other = "volunteer" if noun != "volunteer" else "resident"
            text = f"{first}\n\n{q} said a {other}, {_naming(pos, name, k)}."
            described = (noun, f"{noun} {place}")  # (the noun phrase, with a phrase after it or not)
            expected = [Expect(clause, "indirect", described), Expect(q, "direct", name)]
            yield Case("", "other_noun", text, expected, wrong_speakers=((clause, name), (clause, person)))


#: (a man or woman named first, what they did, their pronoun).
NAMED_FIRST = (
    ("Anselm Vukovic-Hart", "he"),
    ("Grete Oyelaran", "she"),
    ("Casimir Ndour", "he"),
    ("Wilhelmina Strand-Achebe", "she"),
)
BODIES = ("Norland Ports", "the Tarrow Valley Trust", "Quayside Freight Ltd", "the Harwick Sailing Club")
TOWNS = ("Sheffield", "Tromso", "Galway", "Durban")


def description_goes_on() -> Iterator[Case]:
    """A person named first, then a description speaking with a name inside it (a body, a
    town in its relative clause), then '"D," he added.': the description, never the person."""
    combos = itertools.product(NAMED_FIRST, BODIES, QUOTES, range(3))
    for k, ((who, pron), body, quote, shape) in enumerate(sample(combos, 72, "m17_description_on")):
        lead = f"{who} runs the yard at Harwick Quay."
        role = "spokeswoman" if pron == "she" else "spokesman"
        second = f"“{CLAUSES[k % len(CLAUSES)].capitalize()},”"
        if shape == 0:
            q = f"“{quote},”"
            text = f"{lead} {q} a {role} for {body} said. {second} {pron} added."
            expected = [
                Expect(q, "direct", f"{role} for {body}"),
                Expect(second, "direct", f"{role} for {body}"),
            ]
        elif shape == 1:
            town = TOWNS[k % len(TOWNS)]
            clause = f"{pron} had queued since dawn"
            opener = f"One supporter, who had driven down from {town},"
            text = f"{lead}\n\n{opener} said {clause}.\n\n{second} {pron} said."
            expected = [
                Expect(clause, "indirect", "One supporter"),
                Expect(second, "direct", "One supporter"),
            ]
        else:
            clause = f"{pron} had laughed at the plan"
            text = (
                f"{lead} Two former employees testified that {who.split()[-1]} had asked about the alarm. "
                f"One of them, a line cook, told the court {clause}.\n\n{second} {pron} said."
            )
            expected = [Expect(second, "direct", ("one of them", "line cook"))]
        yield Case(
            "",
            ("inverted", "relative", "one_of_them")[shape],
            text,
            expected,
            exact=False,
            wrong_speakers=((second, who),),
        )


#: (a role with a modifier before it, or two nouns joined by 'and'; its preposition).
APPOSED_ROLES = (
    ("research director", "for"),
    ("senior policy adviser", "at"),
    ("chief operating officer", "of"),
    ("a developer and spokeswoman", "for"),
    ("a Leith-based surveyor and board member", "of"),
    ("a nurse and union representative", "at"),
)
SECOND_APPOSITIONS = (
    ", a consulting company,",
    ", which is made up of investors and landlords,",
    ", which runs four depots,",
)


def apposed_role_then_aside() -> Iterator[Case]:
    """'NAME, ROLE PREP BODY, a consulting company, said C' / '..., which ..., said C': NAME,
    titled 'ROLE PREP BODY' (without the article)."""
    combos = itertools.product(NAMED_FIRST, APPOSED_ROLES, BODIES, SECOND_APPOSITIONS)
    for k, ((who, _), (role, prep), body, aside) in enumerate(sample(combos, 72, "m17_apposed_role")):
        clause = CLAUSES[k % len(CLAUSES)]
        text = f"{who}, {role} {prep} {body}{aside} said {clause}."
        title = f"{role.removeprefix('a ')} {prep} {body}"
        yield Case("", "apposition", text, [Expect(clause, "indirect", who, title)])


#: (modifier, written work) for a document described once and taken up by 'the NOUN'.
DOCUMENTS = (
    ("staff", "report"),
    ("internal", "memo"),
    ("draft", "report"),
    ("confidential", "memo"),
    ("independent", "review"),
    ("unpublished", "analysis"),
)
DOCUMENT_CLAUSES = (
    "the depot had lost 40 drivers since spring",
    "the pumps had failed twice before the flood",
    "the tender rules were broken",
)


def described_document() -> Iterator[Case]:
    """'C1, according to a MOD NOUN. SENTENCE. The NOUN said C2.' (or 'A MOD NOUN found that
    C1'): both are the 'MOD NOUN''s, never a person named between."""
    combos = itertools.product(DOCUMENTS, NAMED_FIRST, range(2), range(3))
    for (mod, noun), (who, _), shape, c in sample(combos, 48, "m17_described_document"):
        first, second = DOCUMENT_CLAUSES[c], DOCUMENT_CLAUSES[(c + 1) % 3]
        between = f"{who} chairs the transport board."
        if shape == 0:
            text = f"{first.capitalize()}, according to a {mod} {noun}. {between} The {noun} said {second}."
            expected = [
                Expect(first.capitalize(), "indirect", f"{mod} {noun}"),
                Expect(second, "indirect", f"{mod} {noun}"),
            ]
        else:
            text = f"A {mod} {noun} found that {first}. {between} The {noun} said {second}."
            expected = [Expect(second, "indirect", f"{mod} {noun}")]
        yield Case(
            "",
            ("according_to", "found_that")[shape],
            text,
            expected,
            exact=False,
            wrong_speakers=((second, who),),
        )


#: (owner, role in the description, the title before the name in the next paragraph).
OWNED_ROLES = (
    ("agency", "general manager", "General Manager"),
    ("council", "finance director", "Finance Director"),
    ("district", "chief engineer", "Chief Engineer"),
    ("hospital", "medical director", "Medical Director"),
)
LEDE_CLAUSES = (
    "a shortage of drivers had left it unable to run one trip in ten",
    "the reserve would run dry by April",
    "the pumps had been left unrepaired for a decade",
)


def owned_description_lede() -> Iterator[Case]:
    """'DATELINE — The board voted on Tuesday, after the OWNER's ROLE told members that C.'
    then 'TITLE NAME said C2.': both NAME's; with another title next ('Treasurer NAME') the
    description stays the speaker."""
    combos = itertools.product(OWNED_ROLES, NAMED_FIRST, LEDE_CLAUSES, range(3))
    for (owner, role, title), (who, _), clause, shape in sample(combos, 48, "m17_owned_lede"):
        vote = "LEITH — The board voted 7-2 on Tuesday to raise the levy"
        lede = f"{vote}, after the {owner}'s {role} told members that {clause}."
        named = title if shape < 2 else "Treasurer"
        second = "the increase would raise about $6 million a year"
        text = f"{lede}\n\n{named} {who} said {second}."
        first = f"that {clause}"
        if shape < 2:
            expected = [Expect(first, "indirect", who), Expect(second, "indirect", who)]
            yield Case("", "same_role", text, expected)
        else:
            expected = [Expect(first, "indirect", f"{owner}'s {role}"), Expect(second, "indirect", who)]
            yield Case("", "other_role", text, expected, wrong_speakers=((first, who),))


#: Titles before a name: a numbered seat and a role, or a sport's position.
PREFIX_TITLES = (
    "Ward 14 Councilwoman",
    "District 3 Supervisor",
    "Precinct 2 Constable",
    "tighthead prop",
    "loosehead prop",
    "veteran golfer",
    "Olympic sprinter",
    "flanker",
    "retired surveyor",
)


def seat_and_position_titles() -> Iterator[Case]:
    """'TITLE NAME told the board that C.' / 'If X is the engine, TITLE NAME is its memory.
    "C," SURNAME says.': NAME, titled TITLE as written."""
    combos = itertools.product(PREFIX_TITLES, NAMED_FIRST, QUOTES, range(2))
    for k, (title, (who, _), quote, shape) in enumerate(sample(combos, 64, "m17_prefix_titles")):
        if shape == 0:
            clause = f"that {CLAUSES[k % len(CLAUSES)]}"
            opener = title[0].upper() + title[1:]
            text = f"{opener} {who} told the board {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", who, opener)])
        else:
            q = f"“{quote},”"
            text = (
                f"If Haworth is the side's engine, {title} {who} is its memory. {q} {who.split()[-1]} says."
            )
            yield Case("", "later_surname", text, [Expect(q, "direct", who, title)])


#: Agents between 'quoted' and 'as saying' (with or without a time phrase).
AGENTS = (
    "by the state news agency",
    "by the Harbour Gazette",
    "by Radio Kelso on Tuesday",
    "by the broadcaster's website late on Monday",
)


def quoted_by_agent() -> Iterator[Case]:
    """'[TITLE] NAME was quoted by AGENT as saying (that) C.': NAME."""
    combos = itertools.product(NAMED_FIRST, AGENTS, CLAUSES, range(2))
    for (who, _), agent, clause, that in sample(combos, 48, "m17_quoted_by"):
        content = f"that {clause}" if that else clause
        text = f"Defence Minister {who} was quoted {agent} as saying {content}."
        yield Case(
            "", "that" if that else "bare", text, [Expect(content, "indirect", who, "Defence Minister")]
        )


SIGNS = (
    ("A hand-painted sign on a boundary fence", "reads", "PRAY FOR RAIN"),
    ("A banner over the depot gate", "read", "NO MORE CUTS"),
    ("A placard outside the town hall", "says", "SAVE OUR BUSES"),
    ("A poster in the cafe window", "said", "WE STAND WITH THE CREWS"),
)
NAMINGS_OF_THINGS = (
    ("Locals have taken to calling the dry", "the Big Empty"),
    ("Drivers have started calling the bypass", "the Snake"),
    ("Fans have long been calling the stand", "the Shed"),
)


def signs_and_names() -> Iterator[Case]:
    """A sign's words after a place phrase, and a name given after a catenative verb, in
    single or double marks, after a quotation of a named person: no quotation."""
    combos = itertools.product(NAMED_FIRST, SIGNS + NAMINGS_OF_THINGS, range(2))
    for (who, _), item, double in sample(combos, 56, "m17_signs_names"):
        opening, closing = ("“", "”") if double else ("‘", "’")
        lead = f"{opening}We are still here,{closing} {who} said."
        if item in SIGNS:
            holder, verb, words = item
            marked = f"{opening}{words}{closing}"
            text = f"{lead} {holder} {verb} {marked}."
        else:
            clause, name = item
            marked = f"{opening}{name}{closing}"
            text = f"{lead} {clause} {marked}."
        yield Case("", "sign" if item in SIGNS else "naming", text, [], exact=False, forbidden=(marked,))


LONG_FIRST_ROLES = (
    "a climatologist at the Tasman National University's Fenner School of Environment and Society",
    "a senior lecturer at the Marlowe University's School of Law and Economics",
    "an epidemiologist at the Royal Marlowe Hospital's Centre for Infection Control and Prevention",
)
LONG_SECOND_ROLES = (
    "deputy director of its Centre for Dryland Climate Risk",
    "chair of the Harbour Board's Working Group on Coastal Flood Defences",
    "director of its Unit for Rural Health Research",
)


def long_two_role_title() -> Iterator[Case]:
    """'NAME, FIRST ROLE AT BODY and SECOND ROLE OF BODY2, said C': the whole title."""
    combos = itertools.product(NAMED_FIRST, LONG_FIRST_ROLES, LONG_SECOND_ROLES)
    for k, ((who, _), first, second) in enumerate(sample(combos, 36, "m17_long_title")):
        clause = CLAUSES[k % len(CLAUSES)]
        text = f"{who}, {first} and {second}, said {clause}."
        title = f"{first.split(' ', 1)[1]} and {second}"
        yield Case("", "apposition", text, [Expect(clause, "indirect", who, title)])


#: (body, its noun, a work, a verb of issuing).
ISSUERS = (
    ("Kestrelpoint Software", "company", "timeline", "published"),
    ("the Tarrow Valley Trust", "trust", "summary", "released"),
    ("Quayside Freight Ltd", "firm", "letter", "sent"),
    ("the Harwick Port Authority", "authority", "notice", "posted"),
)


def issuer_in_clause() -> Iterator[Case]:
    """'BODY sells tools. C, according to a WORK [that] the NOUN VERBED on Friday.': BODY."""
    combos = itertools.product(ISSUERS, CLAUSES, range(2))
    for (body, noun, work, verb), clause, that in sample(combos, 32, "m17_issuer_clause"):
        opener = body[0].upper() + body[1:]
        rel = "that " if that else ""
        content = clause[0].upper() + clause[1:]
        lead = f"{opener} sells booking tools to clinics."
        text = f"{lead} {content}, according to a {work} {rel}the {noun} {verb} on Friday."
        yield Case(
            "", "that" if that else "contact", text, [Expect(content, "indirect", body.removeprefix("the "))]
        )


#: (the subject body, the body named after it as an object).
RIVALS = (
    ("Ashdown Park", "Whitby Harbour"),
    ("Norland Air", "Fjord Air"),
    ("Kelham Rovers", "Tynemouth Athletic"),
    ("Quayside Freight", "Harwick Haulage"),
)
OWNED_ROLES_AFTER = ("head coach", "chief executive", "president", "chairwoman")


def possessive_owner_subject() -> Iterator[Case]:
    """'SUBJ will start as favourites. They beat OBJ twice. Their ROLE, NAME, said C' (or 'Its'
    after 'SUBJ bought OBJ'): NAME, titled 'ROLE of SUBJ'."""
    combos = itertools.product(RIVALS, OWNED_ROLES_AFTER, NAMED_FIRST, range(2))
    for k, ((subj, obj), role, (who, _), its) in enumerate(sample(combos, 48, "m17_possessive_owner")):
        clause = CLAUSES[k % len(CLAUSES)]
        if its:
            text = f"{subj} has bought {obj} for $40 million. Its {role}, {who}, said {clause}."
        else:
            lead = f"{subj} will start as favourites. They beat {obj} twice this season."
            text = f"{lead} Their {role}, {who}, said {clause}."
        yield Case(
            "", "its" if its else "their", text, [Expect(clause, "indirect", who, f"{role} of {subj}")]
        )


#: Names whose first word gives no gender: Vietnamese family-name-first names and given names no
#: list holds.
UNGENDERED_NAMES = (
    "Le Minh Tuan",
    "Tran Van Hai",
    "Nguyen Thi Lan",
    "Kalani Okonjo-Baptiste",
    "Temitope Adeyemi-Ruiz",
)
OFFICE_ACTS = (
    "has ordered the coast guard to release the trawler",
    "will travel to Jakarta next week for talks",
    "has asked the ministry to review the quota",
)


def office_of_content_subject() -> Iterator[Case]:
    """'TITLE NAME ACT, his|her office said.': 'NAME's office', a gender-less name included."""
    combos = itertools.product(UNGENDERED_NAMES, OFFICE_ACTS, ("his", "her"), ("Prime Minister", "Governor"))
    for name, act, pos, title in sample(combos, 48, "m17_office"):
        content = f"{title} {name} {act}"
        text = f"{content}, {pos} office said on Wednesday."
        yield Case("", pos, text, [Expect(content, "indirect", f"{name}'s office")])


TEAMS = ("Gulls", "Harriers", "Kestrels", "Rovers")
#: Given names that the first-name lists do not hold (no gender known), and one they hold.
GENDERED = (
    ("Margaret Oduya", "She", "she"),
    ("Elizabeth Strand", "She", "she"),
    ("Thomas Achebe", "He", "he"),
)


def team_never_a_pronoun() -> Iterator[Case]:
    """'The TEAM were formed in 2014. NAME was one of the first eleven. She was working nights
    and says C.': NAME, never the team (or no speaker)."""
    combos = itertools.product(TEAMS, GENDERED, CLAUSES, range(3))
    for team, (who, cap, pron), clause, shape in sample(combos, 60, "m17_team_pronoun"):
        lead = f"The {team} were formed in 2014."
        if shape == 2:  # a given name the lists hold for the other gender ('Jess'): the team never
            text = (
                f"{lead} Jess Haworth was one of the first eleven. She was working nights and says {clause}."
            )
            yield Case("", "mismatched_name", text, [], exact=False, wrong_speakers=((clause, team),))
        elif shape == 0:
            text = f"{lead} {who} was one of the first eleven. {cap} was working nights and says {clause}."
            yield Case(
                "", "subject", text, [Expect(clause, "indirect", who)], wrong_speakers=((clause, team),)
            )
        else:
            q = "“We trained in the car park,”"
            text = f"{lead} {who} joined in the first week.\n\n{q} {pron} said."
            yield Case("", "inverted", text, [Expect(q, "direct", who)], wrong_speakers=((q, team),))


RANKED_POSTS = (
    (
        "Battalion Chief",
        "a spokesman for the county fire department",
        "spokesman for the county fire department",
    ),
    (
        "Battalion Chief",
        "an investigator with the Tarrow Valley fire service",
        "investigator with the Tarrow Valley fire service",
    ),
    ("Sgt.", "a spokeswoman for the Harwick police", "spokeswoman for the Harwick police"),
)


def rank_then_post() -> Iterator[Case]:
    """'"C," said RANK NAME, a POST for BODY.' / 'RANK NAME, a POST for BODY, said C': the post."""
    combos = itertools.product(RANKED_POSTS, NAMED_FIRST, QUOTES, range(2))
    for k, ((rank, post, title), (who, _), quote, shape) in enumerate(sample(combos, 48, "m17_rank_post")):
        if shape == 0:
            q = f"“{quote},”"
            text = f"{q} said {rank} {who}, {post}."
            yield Case("", "inverted", text, [Expect(q, "direct", who, title)])
        else:
            clause = CLAUSES[k % len(CLAUSES)]
            text = f"{rank} {who}, {post}, said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", who, title)])


PORTFOLIO_POSTS = (
    "Agriculture and Livestock Development Cabinet Secretary",
    "Health and Social Care Secretary",
    "Energy and Petroleum Cabinet Secretary",
    "Education and Skills Minister",
)


def portfolio_with_and() -> Iterator[Case]:
    """'POST [Dr] NAME said C.' / 'C, POST NAME has said.': the whole post."""
    combos = itertools.product(PORTFOLIO_POSTS, NAMED_FIRST, range(2), range(2))
    for k, (post, (who, _), doctor, shape) in enumerate(sample(combos, 48, "m17_portfolio_and")):
        clause = CLAUSES[k % len(CLAUSES)]
        named = f"{post} {'Dr ' if doctor else ''}{who}"
        if shape == 0:
            text = f"{named} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", who, post)])
        else:
            content = clause[0].upper() + clause[1:]
            text = f"{content}, {named} has said."
            yield Case("", "trailing", text, [Expect(content, "indirect", who, post)])


WHOSE_BODIES = (
    ("The Tyne Lantern Festival", "the Tyne Lantern Festival"),
    ("Norland Robotics", "Norland Robotics"),
    ("The Kilimo Haki Forum", "the Kilimo Haki Forum"),
)
WHOSE_ROLES = ("director", "chief executive", "executive director")


def whose_post() -> Iterator[Case]:
    """'BODY, whose ROLE, NAME, says C.': NAME, titled 'ROLE of BODY'; 'X sold its stake in
    BODY, whose ROLE, NAME, said C': the body just before *whose*."""
    combos = itertools.product(WHOSE_BODIES, WHOSE_ROLES, NAMED_FIRST, range(2))
    for k, ((body, in_title), role, (who, _), shape) in enumerate(sample(combos, 48, "m17_whose")):
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"{body}, whose {role}, {who}, says {clause}."
        else:
            text = f"Fjord Holdings sold its stake in {in_title}, whose {role}, {who}, said {clause}."
        yield Case(
            "",
            ("says", "after_object")[shape],
            text,
            [Expect(clause, "indirect", who, f"{role} of {in_title}")],
        )


GERUND_ROLES = ("roofing contractor", "mining engineer", "catering manager", "marketing consultant")


def gerund_compound() -> Iterator[Case]:
    """'NAME, AGE, a GERUND NOUN, said C' / 'Tory backbencher NAME said C': the title."""
    combos = itertools.product((*GERUND_ROLES, "Tory backbencher"), NAMED_FIRST, range(2))
    for k, (role, (who, _), aged) in enumerate(sample(combos, 40, "m17_gerund")):
        clause = CLAUSES[k % len(CLAUSES)]
        if role.startswith("Tory"):
            text = f"{role} {who} said {clause}."
        else:
            text = f"{who}, {'41, ' if aged else ''}a {role}, said {clause}."
        yield Case(
            "",
            "prefix" if role.startswith("Tory") else "apposition",
            text,
            [Expect(clause, "indirect", who, role)],
        )


DOC_AUTHORS = ("Treasury", "Home Office", "Harwick Council", "Norland Robotics")
DOC_NOUNS = ("memo", "letter", "email")
DOC_ASIDES = ("seen by this newspaper", "seen by the Guardian", "shown to reporters", "obtained by the BBC")


def document_aside_chain() -> Iterator[Case]:
    """'C1, according to a leaked AUTHOR NOUN. / The NOUN, ASIDE, warns that C2.': AUTHOR."""
    combos = itertools.product(DOC_AUTHORS, DOC_NOUNS, DOC_ASIDES)
    for k, (author, noun, aside) in enumerate(sample(combos, 48, "m17_doc_aside")):
        first, second = DOCUMENT_CLAUSES[k % 3], DOCUMENT_CLAUSES[(k + 1) % 3]
        content = first[0].upper() + first[1:]
        text = (
            f"{content}, according to a leaked {author} {noun}.\n\nThe {noun}, {aside}, warns that {second}."
        )
        expected = [Expect(content, "indirect", author), Expect(f"that {second}", "indirect", author)]
        yield Case("", "aside", text, expected)


FAR_BODIES = (
    ("the Kelvinside Institute of Technology", "institute"),
    ("the Harwick Maritime Museum", "museum"),
    ("the Tarrow Valley Foundation", "foundation"),
    ("the Lindqvist Trust for Rivers", "trust"),
)
FILLER_PARAGRAPHS = (
    "He married in 1962 and moved to a cottage near the harbour.",
    "The gates took eleven years to build and cost twice the estimate.",
    "In retirement he sailed, badly, and wrote letters to the local paper.",
    "Colleagues remember his habit of sketching on napkins.",
)


def far_named_body() -> Iterator[Case]:
    """'NAME studied at BODY ... (N paragraphs) ... In a statement, the NOUN said C': BODY."""
    combos = itertools.product(FAR_BODIES, NAMED_FIRST, range(1, 5))
    for k, ((body, noun), (who, _), gap) in enumerate(sample(combos, 48, "m17_far_body")):
        clause = CLAUSES[k % len(CLAUSES)]
        fillers = "\n\n".join(FILLER_PARAGRAPHS[:gap])
        text = (
            f"{who} studied at {body} in the 1950s.\n\n{fillers}\n\nIn a statement, the {noun} said {clause}."
        )
        yield Case("", f"gap{gap}", text, [Expect(clause, "indirect", body.removeprefix("the "))])


GESTURES = ("laughs", "shrugged", "smiles", "grinned", "paused", "nods")


def gesture_then_quote() -> Iterator[Case]:
    """'NAME was asked about X. She laughs. "C."' / 'SURNAME shrugged. "C."': NAME."""
    combos = itertools.product(NAMED_FIRST, GESTURES, QUOTES, range(2))
    for (who, pron), gesture, quote, shape in sample(combos, 48, "m17_gesture"):
        q = f"“{quote}.”"
        if shape == 0:
            text = f"{who} was asked about the rehearsals. {pron.capitalize()} {gesture}. {q}"
        else:
            text = f"{who} heard the verdict on Monday. {who.split()[-1]} {gesture}. {q}"
        yield Case("", ("pronoun", "surname")[shape], text, [Expect(q, "direct", who)])


INITIALLED_TITLES = (
    ("Agriculture Cabinet Secretary", "CS"),
    ("Chief Minister", "CM"),
    ("District Commissioner", "DC"),
    ("Interior Cabinet Secretary", "CS"),
)


def title_initials() -> Iterator[Case]:
    """'TITLE [Dr] NAME said C. / "C2," the INITIALS told journalists.' (or 'According to the
    INITIALS, C2'): NAME."""
    combos = itertools.product(INITIALLED_TITLES, NAMED_FIRST, QUOTES, range(2))
    for k, ((title, initials), (who, _), quote, shape) in enumerate(sample(combos, 48, "m17_initials")):
        clause = CLAUSES[k % len(CLAUSES)]
        lead = f"{title} Dr {who} said {clause}."
        if shape == 0:
            q = f"“{quote},”"
            text = f"{lead}\n\n{q} the {initials} told journalists."
            yield Case("", "told", text, [Expect(clause, "indirect", who), Expect(q, "direct", who)])
        else:
            content = "some 340,000 farmers have registered for the subsidy"
            text = f"{lead}\n\nAccording to the {initials}, {content}."
            yield Case(
                "", "according_to", text, [Expect(clause, "indirect", who), Expect(content, "indirect", who)]
            )


RELATIONS = ("daughter", "son", "campaign manager", "lawyer")
RELATIVES_NAMED = ("Fiona Calder-Wylie", "Tomasz Rennie", "Priya Okafor-Lund")


def owned_relation_named() -> Iterator[Case]:
    """'Ruaridh Calder died on Sunday. [Ruaridh] Calder's RELATION, NAME, said C1. / Calder
    retired in 2004. / His RELATION said C2.': both NAME's."""
    combos = itertools.product(RELATIONS, RELATIVES_NAMED, range(2))
    for k, (relation, who, full) in enumerate(sample(combos, 24, "m17_owned_relation")):
        first, second = CLAUSES[k % 3], CLAUSES[(k + 1) % 3]
        possessor = "Ruaridh Calder's" if full else "Calder's"
        text = (
            f"Ruaridh Calder, who designed the tidal gates, died on Sunday. {possessor} {relation}, {who},"
            f" said {first}.\n\nCalder retired in 2004.\n\nHis {relation} said {second}."
        )
        expected = [Expect(first, "indirect", who), Expect(second, "indirect", who)]
        yield Case("", "full" if full else "surname", text, expected)


HEADLINE_TITLES = (
    ("Green candidate", "the Green Party candidate", "Green Party candidate"),
    ("Engineer behind the gates", "a civil engineer", "civil engineer"),
    ("Striker", "the club's top scorer", "club's top scorer"),
)


def headline_title_yields() -> Iterator[Case]:
    """'HEADLINE-TITLE NAME wins/dies ...' (no stop) / 'NAME, BODY-TITLE, said C.': BODY-TITLE."""
    combos = itertools.product(HEADLINE_TITLES, NAMED_FIRST, QUOTES)
    for k, ((head_title, body_title, printed), (who, _), quote) in enumerate(
        sample(combos, 36, "m17_headline")
    ):
        clause = CLAUSES[k % len(CLAUSES)]
        q = f"“{quote},”"
        text = (
            f"{head_title} {who} makes history in Severnside\n\nBy Ana Ruud\n\n{who}, {body_title},"
            f" said {clause}.\n\n{q} {who.split()[-1]} said."
        )
        yield Case(
            "",
            "headline",
            text,
            [Expect(clause, "indirect", who, printed), Expect(q, "direct", who, printed)],
        )


AGED_ROLES = ("retired schoolteacher from Prescott", "nurse", "benefits manager from Derry", "from Leeds")


def age_not_in_title() -> Iterator[Case]:
    """'NAME, a 79-year-old ROLE, said C. "Q," the 79-year-old said.': NAME, titled ROLE (none
    for a bare place)."""
    combos = itertools.product(AGED_ROLES, NAMED_FIRST, QUOTES, (37, 79))
    for k, (role, (who, _), quote, age) in enumerate(sample(combos, 48, "m17_age_title")):
        clause = CLAUSES[k % len(CLAUSES)]
        q = f"“{quote},”"
        aged = f"{age}-year-old"
        text = f"Ana Ruud met the board. {who}, a {aged} {role}, said {clause}. {q} the {aged} said."
        title = None if role.startswith("from") else role
        yield Case(
            "",
            "place" if title is None else "role",
            text,
            [Expect(clause, "indirect", who, title), Expect(q, "direct", who, title)],
        )


JOINED_POSTS = (
    "KFAL Chairman and Managing Director",
    "Fox News Vice President and Washington Managing Editor",
    "Harwick Rail President and Chief Executive",
)


def joined_posts() -> Iterator[Case]:
    """'POST and POST NAME said C.': the whole title. (A trailing credit with such a title, 'C,
    POST and POST NAME said.', is not read yet: left out.)"""
    combos = itertools.product(JOINED_POSTS, NAMED_FIRST, CLAUSES)
    for post, (who, _), clause in sample(combos, 24, "m17_joined_posts"):
        text = f"{post} {who} said {clause}."
        yield Case("", "subject", text, [Expect(clause, "indirect", who, post)])


OWNED_POSTS = (
    ("town's mayor", "Councillor"),
    ("institute's principal", "Professor"),
    ("council's leader", "Cllr"),
)


def owned_post_over_rank() -> Iterator[Case]:
    """'The OWNER's POST, RANK NAME, said C.': the post."""
    combos = itertools.product(OWNED_POSTS, NAMED_FIRST, CLAUSES)
    for (post, rank), (who, _), clause in sample(combos, 36, "m17_owned_post"):
        text = f"The {post}, {rank} {who}, said {clause}."
        yield Case("", rank, text, [Expect(clause, "indirect", who, post)])


ROUND16_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.self_named_description",
        "4",
        '"C," said the woman, who gave only her first name, NAME: NAME, not an earlier woman',
        self_named_description,
    ),
    named(
        "speaker.self_named_next_paragraph",
        "4",
        'A woman ... said C. / "C2," said the woman, who gave only her first name, NAME: both NAME\'s',
        named_in_next_paragraph,
    ),
    named(
        "pronoun.description_goes_on",
        "4",
        '"C," a spokesman for BODY said. "D," he added / One supporter, who ..., said: the description',
        description_goes_on,
    ),
    named(
        "title.apposition_then_aside",
        "5",
        "NAME, research director for BODY, a firm, said C / NAME, a developer and spokeswoman ..., which",
        apposed_role_then_aside,
    ),
    named(
        "document.described_then_definite",
        "5",
        "C, according to a staff report. ... The report said C2: 'staff report', never a person between",
        described_document,
    ),
    named(
        "cataphora.owned_description",
        "4",
        "..., after the agency's general manager told members that C. / General Manager NAME said: NAME",
        owned_description_lede,
    ),
    named(
        "title.seat_and_position",
        "6",
        "Ward 14 Councilwoman NAME said C / tighthead prop NAME ... SURNAME says: the title as written",
        seat_and_position_titles,
    ),
    named(
        "frame.quoted_by_agent_as_saying",
        "1",
        "NAME was quoted by the state news agency on Tuesday as saying that C: NAME",
        quoted_by_agent,
    ),
    named(
        "notquote.sign_phrase_and_naming",
        "7",
        "A sign on a fence reads 'C' / Locals have taken to calling X 'the Big Empty': no quotation",
        signs_and_names,
    ),
    named(
        "title.long_two_roles",
        "6",
        "NAME, a ROLE at the X University's Y School of A and B and deputy director of its Centre for C:",
        long_two_role_title,
    ),
    named(
        "document.issuer_in_relative_clause",
        "5",
        "C, according to a timeline the company published: the company named before",
        issuer_in_clause,
    ),
    named(
        "title.possessive_owner_subject",
        "6",
        "CLUB will start as favourites. They beat RIVAL. Their head coach, NAME, said: head coach of CLUB",
        possessive_owner_subject,
    ),
    named(
        "speaker.office_of_content_subject",
        "4",
        "Prime Minister Le Minh Tuan has ordered C, his office said: Le Minh Tuan's office",
        office_of_content_subject,
    ),
    named(
        "pronoun.team_name_not_person",
        "4",
        "The Gulls were formed ... NAME ... She says C: NAME, never the team",
        team_never_a_pronoun,
    ),
    named(
        "title.rank_then_post",
        "6",
        '"C," said Battalion Chief NAME, a spokesman for the county fire department: the post',
        rank_then_post,
    ),
    named(
        "title.portfolio_joined_by_and",
        "6",
        "Agriculture and Livestock Development Cabinet Secretary Dr NAME said C: the whole post",
        portfolio_with_and,
    ),
    named(
        "title.whose_post",
        "6",
        "BODY, whose director, NAME, says C: NAME, director of the BODY",
        whose_post,
    ),
    named(
        "title.gerund_compound",
        "6",
        "NAME, 41, a roofing contractor, said C / Tory backbencher NAME said C: the title",
        gerund_compound,
    ),
    named(
        "document.aside_then_author",
        "5",
        "..., according to a leaked Treasury memo. / The memo, seen by this paper, warns that C: Treasury",
        document_aside_chain,
    ),
    named(
        "nominal.far_named_body",
        "4",
        "... studied at the Kelvinside Institute ... (paragraphs) ... the institute said C: the institute",
        far_named_body,
    ),
    named(
        "direct.gesture_then_quote",
        "1",
        'She laughs. "C." / SURNAME shrugged. "C.": the one who laughed or shrugged',
        gesture_then_quote,
    ),
    named(
        "nominal.title_initials",
        "4",
        'TITLE NAME said C. / "C2," the CS told journalists: NAME',
        title_initials,
    ),
    named(
        "possessive.named_relation",
        "4",
        "Calder's daughter, NAME, said C. ... His daughter said C2: NAME",
        owned_relation_named,
    ),
    named(
        "title.headline_yields",
        "6",
        "Green candidate NAME wins ... / NAME, the Green Party candidate, said C: the story's title",
        headline_title_yields,
    ),
    named(
        "title.age_not_in_title",
        "6",
        "NAME, a 79-year-old retired schoolteacher from Prescott, said C: the role without the age",
        age_not_in_title,
    ),
    named(
        "title.joined_posts",
        "6",
        "KFAL Chairman and Managing Director NAME said C: the whole title",
        joined_posts,
    ),
    named(
        "title.owned_post_over_rank",
        "6",
        "The town's mayor, Councillor NAME, said C: town's mayor",
        owned_post_over_rank,
    ),
)
