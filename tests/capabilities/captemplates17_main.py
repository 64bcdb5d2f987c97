"""Development capabilities added on ``main`` in the eighteenth round.

* ``Mr NAME's family said C`` / ``NAME's ally described him as "C"``: a noun in *-ly* that is
  no adverb (*family*, *ally*) ends the subject before the cue; before, the cue's verb group
  took it for an adverb (*quietly said*) and the sentence had no source.
* ``"C," said Lt. Gen. NAME, commander of the 3rd Infantry Division.``: a bare rank yields to
  the stated post with its body even when the post's own role noun is a rank word
  (*commander*) and the body opens with an ordinal (*the 82nd Airborne Division*).

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND17_MAIN` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (the person, the possessive form the text gives, a pronoun).
OWNERS = (
    ("Mr Dunmore", "Mr Dunmore's", "him"),
    ("Ines Calloway", "Ines Calloway's", "her"),
    ("Dr Okafor", "Dr Okafor's", "him"),
    ("Marta Veselka", "Marta Veselka's", "her"),
    ("the Rev. Hollis Teague", "The Rev. Hollis Teague's", "him"),
)
#: Nouns in *-ly* that head a subject (a group or a person related to the owner).
LY_NOUNS = ("family", "ally", "closest ally", "extended family")
CLAUSES = (
    "the inquiry had taken far too long",
    "nobody from the trust had called back",
    "the settlement would be given to the hospice",
)
SUBJECT_FORMS = {"him": "he", "her": "she"}
PHRASES = (
    "a gentle giant who lit up every room",
    "the kindest neighbour on the street",
    "a stubborn optimist",
)


def ly_noun_subject() -> Iterator[Case]:
    """'NAME's family said C' and 'NAME's family described him as "C"' (a death notice, a
    tribute): the subject is the whole possessive phrase; the named owner never speaks."""
    combos = itertools.product(OWNERS, LY_NOUNS, range(4))
    for k, ((owner, possessive, pron), noun, shape) in enumerate(sample(combos, 60, "m18_ly_noun")):
        lead = "A crash on the coast road closed both lanes for six hours on Sunday."
        source = f"{possessive} {noun}"
        person = owner.split()[-1]
        phrase = PHRASES[k % len(PHRASES)]
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            template, content, kind = "said", clause, "indirect"
            text = f"{lead}\n\n{source} said {clause}."
        elif shape == 1:
            template, content, kind = "described_as", f"{pron} as “{phrase}”", "mixed"
            text = f"{lead}\n\n{source} described {content}."
        elif shape == 2:
            template, content, kind = "in_a_statement", f"{SUBJECT_FORMS[pron]} was “{phrase}.”", "mixed"
            text = f"{lead}\n\nIn a statement, {source} said {content}"
        else:
            template, content, kind = "has_said", clause, "indirect"
            text = f"{lead}\n\n{source} has said {clause}."
        # (a minister's title before the owner may open the phrase or be left to the owner, round 37)
        names = (source, source.removeprefix("The Rev. ")) if source.startswith("The Rev. ") else source
        yield Case("", template, text, [Expect(content, kind, names)], wrong_speakers=((content, person),))


#: (a rank written before the name, the name, a post with its body, the pronoun).
RANKED = (
    ("Lt. Gen.", "Paulina Merrow", "commander of the 3rd Infantry Division"),
    ("Maj. Gen.", "Osric Vandermolen", "commander of the 82nd Airborne Division"),
    ("Col.", "Teodora Halvik", "the commander of the Third Army"),
    ("Brig. Gen.", "Amadou Sy-Lindqvist", "commander of the 1st Armored Brigade"),
    ("Capt.", "Reuben Ostrowski", "commander of the 4th Fleet's patrol squadron"),
    ("Cmdr.", "Lisbet Aamodt", "the commanding officer of the 2nd Mine Countermeasures Squadron"),
)
QUOTES = (
    "The unit is ready to deploy within a week",
    "We have not been told where we are going",
    "Every vehicle has been checked twice",
)


def rank_then_numbered_post() -> Iterator[Case]:
    """'"C," said RANK NAME, commander of the 3rd Infantry Division.' (and the subject form):
    the printed title is the post with its body, not the bare rank."""
    combos = itertools.product(RANKED, QUOTES, range(2))
    for k, ((rank, name, post), quote, shape) in enumerate(sample(combos, 36, "m18_rank_post")):
        title = post.removeprefix("the ")
        if shape == 0:
            q = f"“{quote},”"
            text = f"Troops began loading trucks at dawn. {q} said {rank} {name}, {post}."
            yield Case("", "inverted", text, [Expect(q, "direct", name, title)])
        else:
            clause = CLAUSES[k % len(CLAUSES)]
            text = f"Troops began loading trucks at dawn. {rank} {name}, {post}, said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", name, title)])


#: Role nouns the lexicon does not list, written in lower case before a name (AP style).
LOWER_ROLES = ("hydrologist", "glassblower", "frontman", "lifeguard", "stonemason", "beekeeper", "ferryman")
#: Person names (first names of the census lists; surnames of several shapes).
PEOPLE = ("Theo Vandermeer", "Tamsin Reid", "Joey Carrick", "Ingrid Solheim-Baptiste", "Duncan Morgan")
SAYINGS = (
    "The water has never been this low in August",
    "We will open again when the council says it is safe",
    "Nobody asked us before the rules changed",
)


def unlisted_lower_role() -> Iterator[Case]:
    """'"C," hydrologist NAME said.' / '"C," said lifeguard NAME.' / 'C, frontman NAME said.' /
    'On Monday, beekeeper NAME said C.': the lower-case word is NAME's title though the
    lexicon does not list it."""
    combos = itertools.product(LOWER_ROLES, PEOPLE, range(4))
    for k, (role, name, shape) in enumerate(sample(combos, 84, "m18_lower_role")):
        saying = SAYINGS[k % len(SAYINGS)]
        if shape == 0:
            content, kind = f"“{saying},”", "direct"
            text = f"Crowds gathered on the quay. {content} {role} {name} said."
        elif shape == 1:
            content, kind = f"“{saying},”", "direct"
            text = f"Crowds gathered on the quay. {content} said {role} {name}."
        elif shape == 2:
            content, kind = saying, "indirect"
            text = f"Crowds gathered on the quay. {saying}, {role} {name} said."
        else:
            content, kind = saying[0].lower() + saying[1:], "indirect"
            text = f"Crowds gathered on the quay. On Monday, {role} {name} said {content}."
        yield Case("", f"shape{shape}", text, [Expect(content, kind, name, role)])


#: (a person answering, the pronoun, the one who asks).
ANSWERERS = (
    ("Naomi Gaskarth", "she", "Chief Executive"),
    ("Gordon Vaillancourt", "he", "Energy Secretary"),
    ("Priya Okonjo-Banks", "she", "Mayor"),
    ("Anselm Roux", "he", "Finance Minister"),
)
ASKERS = ("one analyst", "a reporter", "a council member", "an interviewer", "one shareholder")
ASKED = ("Asked", "Pressed", "Questioned")


def asker_is_not_answerer() -> Iterator[Case]:
    """'TITLE NAME spoke first. Asked by one analyst whether C, she said D.' and '... the
    62-year-old bristled. "D," he said.': the one asked answers; the asker is never the *she*."""
    combos = itertools.product(ANSWERERS, ASKERS, ASKED, range(2))
    for k, ((name, pron, title), asker, asked, shape) in enumerate(sample(combos, 72, "m18_asker")):
        lead = f"{title} {name} told the meeting on Thursday that the plan was on schedule."
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"{lead} {asked} by {asker} whether it would slip, {pron} said {clause}."
            yield Case(
                "",
                "same_sentence",
                text,
                [Expect(clause, "indirect", name)],
                exact=False,
                wrong_speakers=((clause, asker),),
            )
        else:
            q = f"“{QUOTES[k % len(QUOTES)]},”"
            text = (
                f"{lead} {asked} by {asker} whether it would slip, the 62-year-old bristled. {q} {pron} said."
            )
            yield Case(
                "",
                "next_sentence",
                text,
                [Expect(q, "direct", name)],
                exact=False,
                wrong_speakers=((q, asker),),
            )


#: Firms whose names join two names by an ampersand.
FIRMS = ("Scholey & Fane", "Harrow & Blint", "Okafor & Lund Partners", "Pritchard & Sons", "Vell & Quarry")


def ampersand_firm() -> Iterator[Case]:
    """'FIRM said C' / '"C," said a spokesman for FIRM.' / 'FIRM ... its UK shops, the company
    said.' / 'Its chief executive, NAME, said C': the whole name, as a body; a country's
    abbreviation inside the content is no company."""
    combos = itertools.product(FIRMS, range(4))
    for k, (firm, shape) in enumerate(sample(combos, 40, "m18_ampersand")):
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"Shares fell sharply on Friday. {firm} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", firm)])
        elif shape == 1:
            q = f"“{QUOTES[k % len(QUOTES)]},”"
            text = f"Shares fell sharply on Friday. {q} said a spokesman for {firm}."
            yield Case("", "spokesman_for", text, [Expect(q, "direct", f"spokesman for {firm}")])
        elif shape == 2:
            content = f"{firm} will close 60 of its UK shops by March"
            text = f"Shares fell sharply on Friday. {content}, the company said."
            yield Case(
                "",
                "the_company",
                text,
                [Expect(content, "indirect", firm)],
                wrong_speakers=((content, "UK"),),
            )
        else:
            text = f"{firm} will close 60 shops. Its chief executive, Ruth Ellery, said {clause}."
            yield Case(
                "",
                "its_officer",
                text,
                [Expect(clause, "indirect", "Ruth Ellery", f"chief executive of {firm}")],
            )


#: (a band or body, a listed first role, an unlisted second role in *-ist*/*-er*/*-or*).
SECOND_ROLES = (
    ("Marrow Lane", "singer", "lyricist"),
    ("the Kestrel Ensemble", "founder", "percussionist"),
    ("Harbour Radio", "presenter", "scriptwriter"),
    ("the Tarn Quartet", "cellist", "arranger"),
)
PEOPLE2 = ("Ines Calloway", "Tobias Ferrand", "Adaeze Lindqvist", "Ruairi Benbow")


def unlisted_second_role() -> Iterator[Case]:
    """'NAME, BODY's singer and lyricist, says C' / 'NAME, singer and lyricist of BODY, said C':
    a second role joined by *and* is kept though the lexicon does not list it."""
    combos = itertools.product(SECOND_ROLES, PEOPLE2, range(2))
    for k, ((body, role, second), name, shape) in enumerate(sample(combos, 32, "m18_second_role")):
        clause = CLAUSES[k % len(CLAUSES)]
        bare = body.removeprefix("the ")
        if shape == 0:
            owner = f"{bare}'s" if body == bare else f"the {bare}'s"
            title = f"{bare}'s {role} and {second}"
            text = f"The tour was cancelled in May. {name}, {owner} {role} and {second}, says {clause}."
        else:
            title = f"{role} and {second} of {body}"
            text = f"The tour was cancelled in May. {name}, {title}, said {clause}."
        yield Case("", f"shape{shape}", text, [Expect(clause, "indirect", name, title)])


#: Bodies whose names join a plural's possessive and *and* ('Shop and Counter Workers' Union').
JOINED_BODIES = (
    "Shop and Counter Workers' Union",
    "Dock and Harbour Pilots' Association",
    "Bus and Tram Drivers' Federation",
    "Farm and Forestry Workers’ Union",
)
ASIDES = ("founded in 1958", "formed after the 1984 strike", "based in Leicester", "set up by nurses in 2003")
NOUN_SUBJECTS = ("company", "union", "agency", "charity", "chain")


def joined_body_name() -> Iterator[Case]:
    """'The Shop and Counter Workers' Union said C': the whole name, with a plural's possessive."""
    for k, body in enumerate(JOINED_BODIES):
        for shape in range(3):
            clause = CLAUSES[(k + shape) % len(CLAUSES)]
            if shape == 0:
                text = f"Staff learned of the closures on Friday. The {body} said {clause}."
            elif shape == 1:
                text = f"Staff learned of the closures on Friday. The {body} posted on X that {clause}."
                clause = f"that {clause}"
            else:
                text = f"Staff learned of the closures on Friday. {clause.capitalize()}, the {body} said."
                clause = clause.capitalize()
            yield Case("", f"shape{shape}", text, [Expect(clause, "indirect", body)])


def participle_aside_subject() -> Iterator[Case]:
    """'The company, founded in 1958, said C': a past participle's aside after a noun subject
    is stepped over; the noun speaks."""
    combos = itertools.product(NOUN_SUBJECTS, ASIDES, range(2))
    for k, (noun, aside, shape) in enumerate(sample(combos, 40, "m18_participle_aside")):
        clause = CLAUSES[k % len(CLAUSES)]
        verb = "said" if shape == 0 else "warned"
        text = f"Talks broke down on Monday. The {noun}, {aside}, {verb} {clause}."
        yield Case("", verb, text, [Expect(clause, "indirect", noun)])


def its_after_generic_subject() -> Iterator[Case]:
    """'The retailer FIRM is to close 64 shops across the UK. / The chain, founded in 1958,
    said C. / Its chief executive, NAME, said D': *its* is the firm the generic subject took
    up, never the country."""
    firms = ("Scholey & Fane", "Brackwell Home", "Oxley Hardware", "Penhallow Stores")
    nouns = ("chain", "company", "retailer", "group")
    combos = itertools.product(firms, nouns, PEOPLE2)
    for k, (firm, noun, name) in enumerate(sample(combos, 32, "m18_its_generic")):
        clause = CLAUSES[k % len(CLAUSES)]
        second = CLAUSES[(k + 1) % len(CLAUSES)]
        text = (
            f"The homeware retailer {firm} is to close 64 of its shops across the UK.\n\n"
            f"The {noun}, founded in Leicester in 1958, said {clause}.\n\n"
            f"Its chief executive, {name}, said {second}."
        )
        yield Case(
            "", noun, text, [Expect(second, "indirect", name, f"chief executive of {firm}")], exact=False
        )


#: Bodies named 'Office of ...' whose name holds role words.
OFFICES = (
    "Office of Inspector General",
    "Office for Civil Rights",
    "Office of Budget and Management",
    "Office of Rail Regulation",
)


def office_of_body() -> Iterator[Case]:
    """'according to a report released Monday by the state Office of Inspector General' / 'The
    Office of Inspector General said C': the whole name is the body; no title splits off."""
    for k, office in enumerate(OFFICES):
        for shape in range(3):
            clause = CLAUSES[(k + shape) % len(CLAUSES)]
            if shape == 0:
                text = f"Auditors finished in May. The {office} said {clause}."
                yield Case("", "subject", text, [Expect(clause, "indirect", office)])
            elif shape == 1:
                content = clause[0].upper() + clause[1:]
                text = f"Auditors finished in May. {content}, according to a report by the {office}."
                yield Case("", "according_to", text, [Expect(content, "indirect", office)], exact=False)
            else:
                q = f"“{QUOTES[k % len(QUOTES)]},”"
                text = f"Auditors finished in May. {q} the {office} said in a statement."
                yield Case("", "statement", text, [Expect(q, "direct", office)])


def numbered_seat_affiliation() -> Iterator[Case]:
    """'"C," said Councilman NAME of Ward 5.': a numbered seat after the name is a constituency,
    no body: the title is the office as written."""
    offices = ("Councilman", "Councilwoman", "Alderman", "Supervisor")
    seats = ("Ward 5", "District 3", "Precinct 12")
    combos = itertools.product(offices, seats, PEOPLE2, range(2))
    for k, (office, seat, name, shape) in enumerate(sample(combos, 48, "m18_seat")):
        if shape == 0:
            q = f"“{QUOTES[k % len(QUOTES)]},”"
            text = f"The vote was 5-4. {q} said {office} {name} of {seat}."
            yield Case("", "inverted", text, [Expect(q, "direct", name, office)])
        else:
            clause = CLAUSES[k % len(CLAUSES)]
            text = f"The vote was 5-4. {office} {name} of {seat} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", name, office)])


def modified_lower_role() -> Iterator[Case]:
    """'In Texas County, retired schoolteacher NAME said C' / '"C," said veteran lifeguard NAME':
    a title modifier before an unlisted lower-case role is part of the title."""
    roles = ("schoolteacher", "lifeguard", "glassblower", "beekeeper")
    modifiers = ("retired", "veteran", "former")
    combos = itertools.product(roles, modifiers, PEOPLE, range(2))
    for k, (role, modifier, name, shape) in enumerate(sample(combos, 48, "m18_modified_role")):
        title = f"{modifier} {role}"
        if shape == 0:
            clause = CLAUSES[k % len(CLAUSES)]
            text = f"The library closed in March. In Texas County, {title} {name} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", name, title)])
        else:
            q = f"“{QUOTES[k % len(QUOTES)]},”"
            text = f"The library closed in March. {q} said {title} {name}."
            yield Case("", "inverted", text, [Expect(q, "direct", name, title)])


def surname_office_canonical() -> Iterator[Case]:
    """'Gov. NAME toured the damage. SURNAME's office said C': the office is named by the
    owner's canonical full name; with two people of that surname, as written."""
    people = (("Gov.", "Adrienne Colquitt"), ("Mayor", "Harold Dean"), ("Sen.", "Ines Okafor-Lund"))
    heads = ("office", "campaign", "spokesman", "lawyer")
    combos = itertools.product(people, heads, range(2))
    for k, ((rank, name), head, shape) in enumerate(sample(combos, 24, "m18_surname_office")):
        surname = name.split()[-1]
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"{rank} {name} toured the damage on Friday. {surname}'s {head} said {clause}."
            yield Case("", "one_bearer", text, [Expect(clause, "indirect", f"{name}'s {head}")])
        else:
            other = "Tobias " + surname
            text = (
                f"{rank} {name} and her brother, {other}, toured the damage on Friday. "
                f"{surname}'s {head} said {clause}."
            )
            yield Case("", "two_bearers", text, [Expect(clause, "indirect", f"{surname}'s {head}")])


def question_topic_not_answerer() -> Iterator[Case]:
    """'Head coach NAME was gracious. / "C," said SURNAME. / Asked whether she had considered
    recalling the leg-spinner OTHER, the 44-year-old said D': a name inside the fronted question
    is its topic; the answer is the one who spoke before."""
    answerers = (("Rosalind Tembo", "she"), ("Anselm Roux", "he"), ("Priya Okonjo-Banks", "she"))
    topics = ("the leg-spinner Mia Castellano", "the striker Tomas Varga", "the veteran Ines Okafor")
    openers = ("Asked whether {p} had considered recalling {t}", "Pressed on why {p} had dropped {t}")
    combos = itertools.product(answerers, topics, openers, range(2))
    for k, (
        (
            name,
            p,
        ),
        topic,
        opener,
        shape,
    ) in enumerate(sample(combos, 36, "m18_question_topic")):
        clause = CLAUSES[k % len(CLAUSES)]
        subject = "the 44-year-old" if shape == 0 else p
        q = f"“{QUOTES[k % len(QUOTES)]},”"
        text = (
            f"Head coach {name} was gracious in defeat.\n\n{q} said {name.split()[-1]}.\n\n"
            f"{opener.format(p=p, t=topic)}, {subject} said {clause}."
        )
        other = topic.split()[-1]
        yield Case(
            "",
            "epithet" if shape == 0 else "pronoun",
            text,
            [Expect(clause, "indirect", name)],
            exact=False,
            wrong_speakers=((clause, other),),
        )


def title_opens_with_place() -> Iterator[Case]:
    """'Greene County emergency management director NAME said C. ... The director said D': a
    place's name that opens the title is its body, so NAME holds the role *the director* names."""
    places = ("Greene County", "Lake Harbour", "Tarrow Valley", "North Kestrel")
    roles = (
        ("emergency management director", "director"),
        ("public works manager", "manager"),
        ("health services coordinator", "coordinator"),
    )
    combos = itertools.product(places, roles, PEOPLE2)
    for k, (place, (role, head), name) in enumerate(sample(combos, 36, "m18_place_title")):
        clause = CLAUSES[k % len(CLAUSES)]
        second = CLAUSES[(k + 1) % len(CLAUSES)]
        q = f"“{QUOTES[k % len(QUOTES)]},”"
        surname = name.split()[-1]
        text = f"{place} {role} {name} said {clause}.\n\n{q} {surname} said.\n\nThe {head} said {second}."
        yield Case("", head, text, [Expect(second, "indirect", name, f"{place} {role}")], exact=False)


def modified_description_again() -> Iterator[Case]:
    """'A former senior official in the office, who ..., said C. / "D," the former official
    said.': a definite nominal whose modifiers the description holds names it again."""
    descriptions = (
        ("former senior official in the office", "former official"),
        ("senior police officer in the county", "senior officer"),
        ("retired senior nurse at the hospital", "retired nurse"),
    )
    asides = ("who spoke on condition of anonymity", "who asked not to be named", "who still works there")
    combos = itertools.product(descriptions, asides, range(2))
    for k, ((full, short), aside, shape) in enumerate(sample(combos, 18, "m18_modified_description")):
        clause = CLAUSES[k % len(CLAUSES)]
        q = f"“{QUOTES[k % len(QUOTES)]},”"
        text = f"A {full}, {aside}, said {clause}.\n\n{q} the {short} said."
        if shape:
            text = f"Staff were told nothing. {text}"
        yield Case("", f"shape{shape}", text, [Expect(clause, "indirect", full), Expect(q, "direct", full)])


def new_place_opens_sentence() -> Iterator[Case]:
    """'New Brunswick Premier NAME said C' / 'New York Gov. NAME said C' opening a sentence:
    *New* is the place's first word, kept in the title."""
    places = ("New Brunswick", "New York", "New Zealand", "New Mexico", "New South Wales")
    posts = ("Premier", "Gov.", "Health Minister", "Attorney General")
    combos = itertools.product(places, posts, PEOPLE2, range(2))
    for k, (place, post, name, shape) in enumerate(sample(combos, 48, "m18_new_place")):
        clause = CLAUSES[k % len(CLAUSES)]
        title = f"{place} {post}"
        if shape == 0:
            text = f"Hospitals closed overnight. {title} {name} said {clause}."
        else:
            text = f"{title} {name} said {clause}."
        yield Case("", f"shape{shape}", text, [Expect(clause, "indirect", name, title)])


def title_before_honorific() -> Iterator[Case]:
    """'Khanyisa chief executive Mr NAME said C' / 'Minister of Mineral Resources and Energy Dr
    NAME said C': the honorific is no title; the post before it is, with its portfolio, and the
    name opens after the honorific though no first-name list holds it."""
    names = ("Nomvula Sithebe", "Sizwe Ndlovu", "Thandeka Mokoena", "Lindiwe Khumalo")
    posts = (
        ("Khanyisa chief executive", "Mr"),
        ("Minister of Mineral Resources and Energy", "Dr"),
        ("Minister for Water and Sanitation", "Ms"),
        ("Tarrow Holdings finance director", "Mrs"),
    )
    combos = itertools.product(names, posts, range(2))
    for k, (name, (post, honorific), shape) in enumerate(sample(combos, 32, "m18_before_honorific")):
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"The plant will open late. {post} {honorific} {name} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", name, post)])
        else:
            q = f"‘{QUOTES[k % len(QUOTES)]},’"
            text = f"The plant will open late. {q} said {post} {honorific} {name}."
            yield Case("", "inverted", text, [Expect(q, "direct", name, post)])


def hyphenated_compound_title() -> Iterator[Case]:
    """'NAME, the search-and-rescue mission coordinator at BODY, said C' (and as the object of
    a verb, then '"D," the coordinator says'): a word inside a hyphenated compound (*and*,
    *or*) opens no clause, so the title is whole and *the coordinator* names NAME."""
    roles = (
        ("search-and-rescue mission coordinator", "coordinator"),
        ("hit-and-run investigator", "investigator"),
        ("day-to-day manager", "manager"),
        ("stop-and-search officer", "officer"),
    )
    bodies = ("Coast Guard Sector North Bend", "the Tarrow Valley Police", "Harwick Quay Marina")
    combos = itertools.product(roles, bodies, PEOPLE2, range(2))
    for k, ((role, head), body, name, shape) in enumerate(sample(combos, 40, "m18_hyphen_title")):
        clause = CLAUSES[k % len(CLAUSES)]
        title = f"{role} at {body}"
        if shape == 0:
            text = f"The search ended at dawn. {name}, the {title}, said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", name, title)])
        else:
            q = f"“{QUOTES[k % len(QUOTES)]},”"
            text = f"The call reached {name}, the {title}.\n\n{q} the {head} says."
            yield Case("", "nominal", text, [Expect(q, "direct", name, title)])


def its_after_definite_body() -> Iterator[Case]:
    """'The BODY said C. According to the NOUN, D. Its executive vice president, NAME, said E':
    *the alliance* is the body named before whose name holds the noun, so *its* is that body."""
    bodies = (
        ("Western Stockgrowers Alliance", "alliance"),
        ("Tarrow Valley Growers Association", "association"),
        ("Harwick Dock Workers Union", "union"),
        ("Norland Rail Passengers Council", "council"),
    )
    roles = ("executive vice president", "general secretary", "policy director")
    combos = itertools.product(bodies, roles, PEOPLE2)
    for k, ((body, noun), role, name) in enumerate(sample(combos, 32, "m18_its_definite")):
        clause = CLAUSES[k % len(CLAUSES)]
        text = (
            f"The {body} said it remained deeply concerned. According to the {noun}, a third of its "
            f"members hold a permit. Its {role}, {name}, said {clause}."
        )
        yield Case("", noun, text, [Expect(clause, "indirect", name, f"{role} of the {body}")], exact=False)


def body_on_topic() -> Iterator[Case]:
    """'The International Panel on Delta Soils said C' / 'NAME, president of the Council on
    Fiscal Rules, said C': *on* right after a body noun goes on with the body's name (not a
    day: 'The Council on Monday said')."""
    bodies = (
        "International Panel on Delta Soils",
        "Council on Fiscal Rules",
        "Commission on Coastal Erosion",
        "Select Committee on Rail Safety",
    )
    combos = itertools.product(bodies, PEOPLE2, range(3))
    for k, (body, name, shape) in enumerate(sample(combos, 36, "m18_body_on")):
        clause = CLAUSES[k % len(CLAUSES)]
        if shape == 0:
            text = f"The figures were published on Tuesday. The {body} said {clause}."
            yield Case("", "subject", text, [Expect(clause, "indirect", body)])
        elif shape == 1:
            text = f"The figures were published on Tuesday. {name}, president of the {body}, said {clause}."
            yield Case(
                "", "affiliation", text, [Expect(clause, "indirect", name, f"president of the {body}")]
            )
        else:
            text = (
                f"The figures were published on Tuesday. The {body.split(' on ')[0]} on Monday said {clause}."
            )
            yield Case("", "day", text, [Expect(clause, "indirect", body.split(" on ")[0])])


def court_paper_described() -> Iterator[Case]:
    """'According to the criminal complaint, C. The complaint says D.': a court paper or an
    assessment is a document; *the complaint* takes up the description it was given."""
    papers = (
        ("criminal complaint", "complaint"),
        ("sworn affidavit", "affidavit"),
        ("federal indictment", "indictment"),
        ("independent assessment", "assessment"),
    )
    verbs = ("says", "states", "alleges")
    combos = itertools.product(papers, verbs, range(2))
    for k, ((full, noun), verb, shape) in enumerate(sample(combos, 24, "m18_court_paper")):
        first = CLAUSES[k % len(CLAUSES)]
        second = CLAUSES[(k + 1) % len(CLAUSES)]
        lead = (
            f"According to the {full}, {first}."
            if shape == 0
            else f"The {full}, unsealed on Friday, says {first}."
        )
        text = f"{lead} The {noun} {verb} {second}."
        yield Case("", noun, text, [Expect(second, "indirect", full)], exact=False)


def named_family_again() -> Iterator[Case]:
    """'The Sandhu family did not attend. ... the family said C': *the family* takes up the
    family a name was given (not the person of that name)."""
    names = ("Sandhu", "Okafor", "Lindqvist", "Marchetti")
    leads = ("did not attend the hearing", "asked for privacy", "thanked the rescuers")
    combos = itertools.product(names, leads, range(2))
    for k, (name, lead, shape) in enumerate(sample(combos, 24, "m18_family_again")):
        clause = CLAUSES[k % len(CLAUSES)]
        middle = "" if shape == 0 else " In a statement read by the family's lawyer, Ruth Ellery,"
        text = f"The {name} family {lead}.{middle} {'T' if shape == 0 else 't'}he family said {clause}."
        yield Case(
            "",
            f"shape{shape}",
            text,
            [Expect(clause, "indirect", f"{name} family")],
            exact=False,
            wrong_speakers=((clause, name),),
        )


def page_time_stamp() -> Iterator[Case]:
    """'Published: Dec. 1, 2026 at 6:14 PM CST' under a web page's headline: a time stamp, no
    quotation by 'Published'; the story's own credit is still found."""
    labels = ("Published", "Posted", "Updated", "Modified")
    stamps = ("Dec. 1, 2026 at 6:14 PM CST", "3 March 2026, 09:12 GMT", "Nov. 30, 2026 11:02 a.m. ET")
    for k, (label, stamp) in enumerate(itertools.product(labels, stamps)):
        clause = CLAUSES[k % len(CLAUSES)]
        text = f"Clerk's killer charged\n{label}: {stamp}\n\nROCKFORD, Ill. - Police said {clause}."
        yield Case("", label.lower(), text, [Expect(clause, "indirect", "Police")], forbidden=(stamp,))


def owned_post_before_rank() -> Iterator[Case]:
    """'The BODY said C. / Its president, Captain NAME, went further. He said D': the owned post
    before the rank is named with its owner and printed over the bare rank."""
    bodies = ("Airline Pilots' Guild", "Harbour Masters' Association", "Norland Police Federation")
    ranks = ("Captain", "Sgt.", "Professor", "Councillor")
    posts = ("president", "chair", "general secretary")
    combos = itertools.product(bodies, ranks, posts, range(2))
    for k, (body, rank, post, shape) in enumerate(sample(combos, 36, "m18_owned_before_rank")):
        name = PEOPLE2[k % len(PEOPLE2)]
        clause = CLAUSES[k % len(CLAUSES)]
        lead = f"The {body} said the report was fair."
        pron = "He" if name in ("Tobias Ferrand", "Ruairi Benbow") else "She"
        if shape == 0:
            text = f"{lead}\n\nIts {post}, {rank} {name}, went further. {pron} said {clause}."
        else:
            text = f"{lead} Its {post}, {rank} {name}, said {clause}."
        expected = [Expect(clause, "indirect", name, f"{post} of the {body}")]
        yield Case("", f"shape{shape}", text, expected, exact=False)


ROUND17_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.ly_noun_subject",
        "2",
        "Mr NAME's family said C / NAME's ally described him as 'C': the possessive phrase speaks",
        ly_noun_subject,
    ),
    named(
        "title.rank_then_numbered_post",
        "6",
        '"C," said Lt. Gen. NAME, commander of the 3rd Infantry Division: the post, not the rank',
        rank_then_numbered_post,
    ),
    named(
        "title.unlisted_lower_role",
        "6",
        '"C," hydrologist NAME said / said lifeguard NAME: the lower-case role is the title',
        unlisted_lower_role,
    ),
    named(
        "pronoun.asker_is_not_answerer",
        "4",
        "Asked by one analyst whether ..., she said C: the one asked, not the asker",
        asker_is_not_answerer,
    ),
    named(
        "speaker.ampersand_firm",
        "5",
        "Procter & Gamble said C / a spokesman for Marks & Spencer: the whole firm's name",
        ampersand_firm,
    ),
    named(
        "title.unlisted_second_role",
        "6",
        "NAME, BODY's singer and lyricist, says C: both roles",
        unlisted_second_role,
    ),
    named(
        "speaker.joined_body_name",
        "5",
        "The Shop and Counter Workers' Union said C: the whole name",
        joined_body_name,
    ),
    named(
        "speaker.participle_aside_subject",
        "2",
        "The company, founded in 1958, said C: the noun speaks",
        participle_aside_subject,
    ),
    named(
        "title.its_after_generic_subject",
        "6",
        "FIRM ... across the UK. / The chain said C. / Its chief executive, NAME: of FIRM",
        its_after_generic_subject,
    ),
    named(
        "speaker.office_of_body",
        "5",
        "The Office of Inspector General said C: the whole name, no title",
        office_of_body,
    ),
    named(
        "title.numbered_seat_affiliation",
        "6",
        '"C," said Councilman NAME of Ward 5: Councilman',
        numbered_seat_affiliation,
    ),
    named(
        "title.modified_lower_role",
        "6",
        "retired schoolteacher NAME said C: retired schoolteacher",
        modified_lower_role,
    ),
    named(
        "speaker.surname_office_canonical",
        "5",
        "SURNAME's office said C: the owner's full name (as written when two share it)",
        surname_office_canonical,
    ),
    named(
        "pronoun.question_topic_not_answerer",
        "4",
        "Asked whether she would recall OTHER, the 44-year-old said C: not OTHER",
        question_topic_not_answerer,
    ),
    named(
        "nominal.title_opens_with_place",
        "4",
        "Greene County emergency management director NAME ... The director said C: NAME",
        title_opens_with_place,
    ),
    named(
        "nominal.modified_description_again",
        "4",
        "A former senior official ... said C. / the former official said D: the description",
        modified_description_again,
    ),
    named(
        "title.new_place_opens_sentence",
        "6",
        "New Brunswick Premier NAME said C: New Brunswick Premier",
        new_place_opens_sentence,
    ),
    named(
        "title.before_honorific",
        "6",
        "Khanyisa chief executive Mr NAME said C: Khanyisa chief executive",
        title_before_honorific,
    ),
    named(
        "title.hyphenated_compound",
        "6",
        "NAME, the search-and-rescue mission coordinator at BODY, said C: the whole title",
        hyphenated_compound_title,
    ),
    named(
        "title.its_after_definite_body",
        "6",
        "The BODY said C. According to the alliance, D. Its vice president, NAME: of the BODY",
        its_after_definite_body,
    ),
    named(
        "speaker.body_on_topic",
        "5",
        "The International Panel on Delta Soils said C: the whole name (not 'on Monday')",
        body_on_topic,
    ),
    named(
        "document.court_paper_described",
        "5",
        "According to the criminal complaint, C. The complaint says D: criminal complaint",
        court_paper_described,
    ),
    named(
        "nominal.named_family_again",
        "4",
        "The Sandhu family did not attend. The family said C: Sandhu family",
        named_family_again,
    ),
    named(
        "notquote.page_time_stamp",
        "7",
        "Published: Dec. 1, 2026 at 6:14 PM CST: no quotation",
        page_time_stamp,
    ),
    named(
        "title.owned_post_before_rank",
        "6",
        "Its president, Captain NAME: president of the BODY",
        owned_post_before_rank,
    ),
)
