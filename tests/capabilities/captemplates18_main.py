"""Development capabilities added on ``main`` in the nineteenth round.

* ``Governor NAME May ... May said C`` / ``"C," May told MPs.``: a surname the text gave after
  a given name is that person's name wherever it stands alone, though a word list reads it as
  a modal (*May*, *Will*), a time word (*Day*), an adverb (*Long*) or a role noun (*Justice*).
  Before, such a sentence had no speaker or the bare word as speaker.
* ``In May, NAME said C`` in a text about a person named May: the date stays a date.
* ``NAME1 and NAME2 lead the federation. SURNAME2 said C``: a plural verb that is also a title
  modifier (*lead*, *acting*) before a determiner is the verb, so the second name stays a
  mention; before, it was read as the start of a title and the surname had no full name.

* ``the Global Chess Federation (GCF) ... The GCF said C``: a short form defined in brackets
  after a name is that name (`entities._acronym_after`).
* ``Independent TD NAME``, ``Nalgonda MLA NAME``, ``Labour MSP NAME``: the post-nominal letters of
  legislators (MLA, MLC, MSP, MPP, MNA, TD) are role nouns, so they title the name.
* ``Minister for Irrigation and Command Area Development N. NAME said C``: a name that opens
  with an initial ends the post's portfolio.
* ``Rs. 4,200 crore`` inside a content: a currency abbreviation before a number ends no sentence.
* ``NAME KC said C``: post-nominal letters are no part of the name.
* ``Chief NAME of the Tsalkwem First Nation said C``: a listed word (*First*, *New*) inside the
  body's name after the name keeps the affiliation whole.
* ``BODY's vice-president, NAME, testified. The executive said C``: *executive* stands for a
  company officer's title (president, vice-president, CEO, chairman, director).
* ``Pacific Crest Airways ... Pacific Crest said C``: a company's short name without its trade
  word is the company.
* ``Traffic on U.S. 231 ... BODY Cooperative said C. The utility said D``: a country's
  abbreviation is no generic body's referent, and *cooperative* is a body noun.
* ``A Ministry of Defence spokesperson said C. The spokesperson added D``: the description's
  head is its last word, not the word before a preposition inside the body's name.
* ``a ridge that locals know as "X"``, ``the cells that inmates call "X"``: *that* before a
  bare plural is a relative pronoun, not a determiner, so the plural is the naming verb's
  subject (was a phrase from the sentence's start, or none).
* ``According to the museum's own records, C`` / ``FEC records show``: a possessed document is its
  owner's (a definite nominal resolved: the Stadhouder Museum), and a long clause after the
  source's comma is the content, not an apposition of the source.
* ``Sen. NAME, D-New Iberia, pressed X, noting that C``: a party tag whose place has two or
  three words is stepped over like ``D-Ore.`` (was the speaker 'D-New Iberia').
* ``A spokesman for BODY's office in Denton, Texas, said C``: the region closes the description,
  which speaks (was the speaker 'Texas').
* ``The union, Havenbond, represents ... Its chairman, NAME, said C``: a name in apposition
  right after a definite organisation noun is that body, so *Its* names it.
* ``BODY vice-chancellor Professor NAME said C``: an academic form of address after the post is
  no part of the title.
* ``Residents of Leith and Portobello said C``: names coordinated after a noun's preposition
  modify the noun, which speaks (was the last name); a bare name source after *from X and*
  (*Farmers from Ennis and Gort said*) is still read as the names.
* ``The recount left former mayor NAME 14 votes short``: a verb before *former* is no noun
  modifier of the title (was 'left former mayor').
* ``Chief Minister NAME1 ... Minister for Irrigation NAME2 ... the Chief Minister said C``: a
  nominal's modifiers pick the holder whose title has them, not the latest holder of the head.

People, bodies and sentences of their own. ``captemplates.py`` adds :data:`ROUND18_MAIN` to
its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: (given name, surname that a word list also holds as another word).
HOMOGRAPHS = (
    ("Odile", "May"),
    ("Garrett", "Day"),
    ("Nadia", "Long"),
    ("Tobias", "Will"),
    ("Carmen", "Justice"),
    ("Felix", "Chancellor"),
    ("Priya", "Little"),
    ("Soren", "Hope"),
    ("Imelda", "Best"),
    ("Rufus", "Young"),
)
#: (how the first sentence introduces NAME, the title a reader would print).
INTRODUCTIONS = (
    ("Gov. {name} signed the water bill on Thursday.", "Gov."),
    ("Prime Minister {name} met her cabinet on Thursday.", "Prime Minister"),
    ("{name}, the city's budget director, presented the plan on Thursday.", "city's budget director"),
    ("The harbour board's chair, {name}, opened the hearing on Thursday.", "harbour board's chair"),
    ("{name} runs the tenants' federation in Leith.", None),
)
CLAUSES = (
    "the reservoir would be full by spring",
    "nobody had asked the farmers first",
    "the cuts would fall on the smallest schools",
)
QUOTES = ("We will not wait another year", "This is the best deal on the table", "Nobody is above the rules")
#: (template name, the second paragraph with {s} the bare surname; the expected kind).
SHAPES = (
    ("said_clause", "{s} said {clause}.", "indirect"),
    ("said_that", "{s} said that {clause}.", "indirect"),
    ("quote_told", "“{quote},” {s} told reporters.", "direct"),
    ("quote_said", '"{quote}," {s} said.', "direct"),
    ("says_present", "{s} says {clause}.", "indirect"),
    ("later_said", "Later, {s} said {clause}.", "indirect"),
    ("also_said", "{s} also said {clause}.", "indirect"),
)


def homograph_surname() -> Iterator[Case]:
    """'Gov. Odile May ... May said C': the bare surname is the person the text named."""
    combos = itertools.product(HOMOGRAPHS, INTRODUCTIONS, SHAPES)
    for k, ((given, surname), (intro, title), (template, para, kind)) in enumerate(
        sample(combos, 140, "m19_homograph_surname")
    ):
        full = f"{given} {surname}"
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        second = para.format(s=surname, clause=clause, quote=quote)
        text = intro.format(name=full) + "\n\n" + second
        if kind == "direct":
            mark = "“" if "“" in second else '"'
            close = "”" if mark == "“" else '"'
            content = f"{mark}{quote},{close}"
        else:
            content = f"that {clause}" if template == "said_that" else clause
        yield Case("", template, text, [Expect(content, kind, full, title)])


#: People named in a date's sentence, who speak after a month that is another person's surname.
SPEAKERS = ("Ines Calloway", "Dr Ruairi Boyle", "Tamsin Orr-Whitley", "Kwabena Asante")


def month_stays_a_date() -> Iterator[Case]:
    """'Gov. Odile May ... In May, Ines Calloway said C': the month is a date, the named
    person speaks; May never does."""
    combos = itertools.product(SPEAKERS, ("In May, {p} said", "{p} said in May", "Since May, {p} has said"))
    for k, (person, frame) in enumerate(combos):
        clause = CLAUSES[k % len(CLAUSES)]
        text = f"Gov. Odile May signed the water bill on Thursday.\n\n{frame.format(p=person)} {clause}."
        speaker = person.removeprefix("Dr ")
        yield Case(
            "",
            frame.split("{")[0].strip() or "after_name",
            text,
            [Expect(clause, "indirect", speaker)],
            wrong_speakers=((clause, "Odile May"),),
        )


#: Pairs of people who share a post (full names; the surname is the last word).
PAIRS = (
    ("Garrett Dyer", "Nadia Voss"),
    ("Ines Calloway", "Tomasz Brenner"),
    ("Aoife Grennan", "Kwame Osei-Bonsu"),
    ("Bartholomew Ekwueme", "Saskia Lindqvist"),
)
#: Plural verbs of running something, some of which are also title modifiers ('lead negotiator').
SHARED_VERBS = ("lead", "run", "head", "co-chair", "manage", "chair")
BODIES = ("the tenants' federation", "the harbour pilots' union", "a food bank in Govan")


def coordinated_pair() -> Iterator[Case]:
    """'NAME1 and NAME2 lead the federation. SURNAME said C': each full name stays a mention, so
    either surname names its person."""
    combos = itertools.product(PAIRS, SHARED_VERBS, (0, 1), (0, 1))
    for k, ((one, two), verb, who, direct) in enumerate(combos):
        person = (one, two)[who]
        surname = person.split()[-1]
        body = BODIES[k % len(BODIES)]
        lead = f"{one} and {two} {verb} {body}."
        if direct:
            quote = QUOTES[k % len(QUOTES)]
            content = f"“{quote},”"
            text = f"{lead}\n\n{content} {surname} said."
        else:
            content = CLAUSES[k % len(CLAUSES)]
            text = f"{lead}\n\n{surname} said {content}."
        other = (one, two)[1 - who]
        yield Case(
            "",
            f"{verb}_{'direct' if direct else 'said'}",
            text,
            [Expect(content, "direct" if direct else "indirect", person)],
            wrong_speakers=((content, other),),
        )


#: (a body's name, the short form it defines in brackets).
ACRONYM_BODIES = (
    ("the Global Chess Federation", "GCF"),
    ("the Coastal Fisheries Authority", "CFA"),
    ("the Department for Rural Affairs", "DfRA"),
    ("the National Water Safety Board", "NWSB"),
    ("the Association of Harbour Pilots", "AHP"),
)
ACRONYM_SHAPES = (
    ("the_short_said", "The {a} said {clause}."),
    ("short_said_quote", "“{quote},” the {a} said."),
    ("according_to_short", "According to the {a}, {clause}."),
    ("in_a_statement", "In a statement, the {a} said {clause}."),
)


def bracketed_acronym() -> Iterator[Case]:
    """'the Global Chess Federation (GCF) opened an inquiry. The GCF said C': the full name."""
    combos = itertools.product(ACRONYM_BODIES, ACRONYM_SHAPES)
    for k, ((body, short), (template, para)) in enumerate(combos):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        text = f"{body[0].upper()}{body[1:]} ({short}) opened an inquiry on Monday.\n\n"
        text += para.format(a=short, clause=clause, quote=quote)
        content = f"“{quote},”" if "quote" in para else clause
        kind = "direct" if "quote" in para else "indirect"
        yield Case("", template, text, [Expect(content, kind, body.removeprefix("the "))])


#: (legislator's modifier, initialism, name).
LEGISLATORS = (
    ("Independent", "TD", "Marian Coyle"),
    ("Nalgonda", "MLA", "K. Srilatha"),
    ("Labour", "MSP", "Iain Gowrie"),
    ("Ottawa Centre", "MPP", "Lise Aubertin"),
    ("Tory", "MLA", "Gordon Reidy"),
    ("Liberal", "MLC", "Annika Forsythe"),
)
LEGISLATOR_SHAPES = (
    ("before_said", "{t} {n} said {clause}."),
    ("quote_said_title", "“{quote},” said {t} {n}."),
    ("told_reporters", "{t} {n} told reporters that {clause}."),
)


def legislature_initialism() -> Iterator[Case]:
    """'Independent TD Marian Coyle said C': the initialism is the role, not a name word."""
    for k, ((mod, short, name), (template, para)) in enumerate(
        itertools.product(LEGISLATORS, LEGISLATOR_SHAPES)
    ):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        title = f"{mod} {short}"
        text = "The assembly sat late on Tuesday.\n\n" + para.format(
            t=title, n=name, clause=clause, quote=quote
        )
        if "quote" in para:
            content, kind = f"“{quote},”", "direct"
        else:
            content, kind = (f"that {clause}" if "that" in para else clause), "indirect"
        yield Case("", template, text, [Expect(content, kind, name, title)])


#: (a post with its portfolio, a name that opens with an initial).
PORTFOLIO_INITIALS = (
    ("Minister for Irrigation and Command Area Development", "N. Sujatha Rani"),
    ("Minister for Water Resources", "Y. Sivaprasad"),
    ("Minister of Roads and Buildings", "T. Venkatesh"),
    ("Secretary for Housing and Urban Affairs", "M. Adeyemi"),
    ("Minister of Lands and Natural Resources", "B.T. Mwansa"),
)


def initial_after_portfolio() -> Iterator[Case]:
    """'Minister for X and Y N. Sujatha Rani said C': the name opens at the initial."""
    for k, ((post, name), form) in enumerate(itertools.product(PORTFOLIO_INITIALS, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        if form == 0:
            text = f"The canal row reached the House on Monday.\n\n{post} {name} said {clause}."
        else:
            text = f"The canal row reached the House on Monday. {post} {name} said {clause}."
        yield Case("", f"form{form}", text, [Expect(clause, "indirect", name, post)])


CURRENCY_CLAUSES = (
    "the canal would cost Rs. 4,200 crore",
    "the state had set aside Rs. 900 crore for the dam",
    "the fare would rise to KSh. 150 in March",
    "the fund had lost Tk. 30 lakh",
)


def currency_abbreviation() -> Iterator[Case]:
    """'NAME said the canal would cost Rs. 4,200 crore.': the content runs past the abbreviation."""
    speakers = ("Ines Calloway", "Kwabena Asante", "Priya Raghunathan")
    for k, (clause, person) in enumerate(itertools.product(CURRENCY_CLAUSES, speakers)):
        text = f"The budget was tabled on Monday.\n\n{person} said {clause}. The House rose at six."
        yield Case("", f"clause{k % len(CURRENCY_CLAUSES)}", text, [Expect(clause, "indirect", person)])


#: (a name, its post-nominal letters).
POST_NOMINAL_NAMES = (
    ("Fiona Carmody", "SC"),
    ("Alan Pryce-Jones", "KC"),
    ("Ada Quistorp", "OBE"),
    ("Rhodri Vaughan", "QC"),
)


def post_nominal_letters() -> Iterator[Case]:
    """'Fiona Carmody SC said C' and 'Ms Carmody said D': the name without its letters."""
    for k, ((name, letters), form) in enumerate(itertools.product(POST_NOMINAL_NAMES, range(3))):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        surname = name.split()[-1]
        if form == 0:
            text = f"The inquiry resumed on Monday.\n\n{name} {letters} said {clause}."
            content, kind = clause, "indirect"
        elif form == 1:
            text = f"The inquiry resumed on Monday.\n\n“{quote},” said {name} {letters}."
            content, kind = f"“{quote},”", "direct"
        else:
            lead = f"The inquiry resumed on Monday with {name} {letters} for the council."
            text = f"{lead}\n\n{surname} said {clause}."
            content, kind = clause, "indirect"
        yield Case("", f"form{form}", text, [Expect(content, kind, name)])


#: (the post the nominal names, its holder; another post with the same head, its holder).
MODIFIED_POSTS = (
    ("Chief Minister", "P. Ramaswamy Goud", "Minister for Irrigation", "N. Lalitha Devi"),
    ("Foreign Minister", "Ilse Brandvold", "Finance Minister", "Tor Haugland"),
    ("Deputy Mayor", "Conor Flanagan", "Mayor", "Aisling Moran"),
    ("Finance Minister", "Tor Haugland", "Foreign Minister", "Ilse Brandvold"),
)


def modified_nominal() -> Iterator[Case]:
    """'Chief Minister NAME1 ... Minister for Irrigation NAME2 said ... the Chief Minister said C':
    NAME1, though NAME2 holds a minister's post and was named last."""
    for k, ((post, holder, other_post, other), form) in enumerate(
        itertools.product(MODIFIED_POSTS, range(3))
    ):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        lead = (
            f"{post} {holder} opened the debate on Tuesday. {other_post} {other} said the figures were old."
        )
        nominal = f"the {post.lower()}" if form == 1 else f"the {post}"
        if form == 2:
            content, kind, para = f"“{quote},”", "direct", f"“{quote},” {nominal} said."
        else:
            content, kind, para = clause, "indirect", f"{nominal[0].upper()}{nominal[1:]} said {clause}."
        yield Case(
            "",
            f"form{form}",
            f"{lead}\n\n{para}",
            [Expect("the figures were old", "indirect", other), Expect(content, kind, holder)],
            wrong_speakers=((content, other),),
        )


#: (a title before the name, a name, the body after 'of the' holding a listed word inside).
AFFILIATED = (
    ("Chief", "Darlene Kwaskin", "Tsalkwem First Nation"),
    ("Chief", "Walter Ahenakew-Roy", "Red Willow First Nation"),
    ("Mayor", "Tilde Ronningen", "Town of New Hollis"),
    ("Councillor", "Owen Pryce", "Borough of New Marske"),
)


def affiliation_listed_word() -> Iterator[Case]:
    """'Chief NAME of the Tsalkwem First Nation said C': title 'Chief of the Tsalkwem First Nation'."""
    for k, ((title, name, body), form) in enumerate(itertools.product(AFFILIATED, range(3))):
        clause = CLAUSES[k % len(CLAUSES)]
        lead = "The hearing resumed in Kamloops on Tuesday."
        if form == 0:
            para, content = f"{title} {name} of the {body} said {clause}.", clause
        elif form == 1:
            para, content = f"{title} {name} of the {body} told the panel that {clause}.", f"that {clause}"
        else:
            para, content = f"According to {title} {name} of the {body}, {clause}.", clause
        yield Case(
            "",
            f"form{form}",
            f"{lead}\n\n{para}",
            [Expect(content, "indirect", name, f"{title} of the {body}")],
        )


#: (a company officer's title as written, a name).
OFFICERS = (
    ("Westmark's vice-president of regulatory affairs", "Gordon Beaudoin"),
    ("the airline's chief financial officer", "Mirela Costache"),
    ("Harrow Mills' chairman", "Augustin Fell"),
    ("the insurer's chief executive", "Nkechi Obiora"),
)


def executive_hypernym() -> Iterator[Case]:
    """'TITLE, NAME, testified. The executive said C': NAME."""
    for k, ((title, name), form) in enumerate(itertools.product(OFFICERS, range(3))):
        clause = CLAUSES[k % len(CLAUSES)]
        opener = title[0].upper() + title[1:]
        lead = f"{opener}, {name}, testified on Tuesday."
        nominal = (
            "The executive",
            "The 57-year-old executive",
            "The executive, who has run the unit since 2019,",
        )[form]
        text = f"{lead}\n\n{nominal} said {clause}."
        yield Case("", f"form{form}", text, [Expect(clause, "indirect", name)])


#: (a company's full name, its short name without the trade word).
SHORT_NAMED = (
    ("Pacific Crest Airways", "Pacific Crest"),
    ("Halden Ridge Robotics", "Halden Ridge"),
    ("Corrib Valley Foods", "Corrib Valley"),
    ("Northgate Marine Insurance", "Northgate Marine"),
)


def company_short_name() -> Iterator[Case]:
    """'Pacific Crest Airways agreed to the sale. Pacific Crest said C': the company's full name."""
    for k, ((full, short), form) in enumerate(itertools.product(SHORT_NAMED, range(3))):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        lead = f"{full} cut two routes on Thursday."
        if form == 0:
            para, content, kind = f"{short} said in a statement that {clause}.", f"that {clause}", "indirect"
        elif form == 1:
            para, content, kind = f"“{quote},” {short} said.", f"“{quote},”", "direct"
        else:
            para, content, kind = f"According to {short}, {clause}.", clause, "indirect"
        yield Case("", f"form{form}", f"{lead}\n\n{para}", [Expect(content, kind, full)])


#: (a body, the generic noun that refers to it later).
GENERIC_REFERENTS = (
    ("Emerald Coast Electric Cooperative", "utility"),
    ("Prairie Wheat Growers Cooperative", "cooperative"),
    ("Harlow Valley Water Company", "utility"),
    ("Kestrel Ferries", "operator"),
)
COUNTRY_LEADS = (
    "Traffic was backed up for miles on U.S. 231.",
    "Exports to the U.K. fell for a third month.",
    "The storm will reach the U.S. coast by Friday.",
)


def generic_body_not_country() -> Iterator[Case]:
    """'Traffic on U.S. 231 ... BODY said C. The utility said D': the body, never 'U.S.'."""
    for k, ((body, noun), lead) in enumerate(itertools.product(GENERIC_REFERENTS, COUNTRY_LEADS)):
        first, second = CLAUSES[k % len(CLAUSES)], CLAUSES[(k + 1) % len(CLAUSES)]
        text = f"{lead}\n\n{body} said {first}. The {noun} said {second}."
        yield Case("", noun, text, [Expect(first, "indirect", body), Expect(second, "indirect", body)])


#: (a body's name holding a preposition, the role noun after it).
PREMODIFIED_VOICES = (
    ("Ministry of Defence", "spokesperson"),
    ("Department of Transport", "spokeswoman"),
    ("Bank of Ireland", "spokesman"),
    ("University of Dundee", "spokesperson"),
)


def premodified_description_again() -> Iterator[Case]:
    """'A Ministry of Defence spokesperson said C. The spokesperson added D': one speaker."""
    for k, ((body, role), form) in enumerate(itertools.product(PREMODIFIED_VOICES, range(3))):
        first, second = CLAUSES[k % len(CLAUSES)], CLAUSES[(k + 1) % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        speaker = f"{body} {role}"
        if form == 0:
            text = f"A {speaker} said {first}. The {role} added that {second}."
            exp = [Expect(first, "indirect", speaker), Expect(f"that {second}", "indirect", speaker)]
        elif form == 1:
            text = f"A {speaker} said: “{quote}.” The {role} added that {second}."
            exp = [Expect(f"“{quote}.”", "direct", speaker), Expect(f"that {second}", "indirect", speaker)]
        else:
            text = f"A {speaker} said {first}.\n\n“{quote},” the {role} said."
            exp = [Expect(first, "indirect", speaker), Expect(f"“{quote},”", "direct", speaker)]
        yield Case("", f"form{form}", text, exp)


#: (a place noun phrase, a plural group, a naming verb with its particle).
NAMED_PLACES = (
    ("He was held in one of the cells", "inmates", "call"),
    ("The turbines will stand on a ridge", "locals", "know as"),
    ("The match was played at a ground", "supporters", "call"),
    ("The ferry docks at a pier", "fishermen", "refer to as"),
)
NICKNAMES = ("the Fishbowl", "the Deil's Steps", "the Cauldron", "the Long Finger")


def relative_that_subject() -> Iterator[Case]:
    """'... a ridge that locals know as "X."': the naming is the plural group's, never a phrase
    from the sentence's start."""
    for k, ((place, group, verb), mark) in enumerate(itertools.product(NAMED_PLACES, ("“”", '""'))):
        name = NICKNAMES[k % len(NICKNAMES)]
        content = f"{mark[0]}{name}.{mark[1]}"
        text = f"{place} that {group} {verb} {content}"
        yield Case("", verb.replace(" ", "_"), text, [Expect(content, "direct", group)])


#: (a body, the definite noun for it, a document noun its records go by).
RECORD_KEEPERS = (
    ("The Stadhouder Museum", "museum", "own records"),
    ("The Harwick County Council", "council", "records"),
    ("The Corrib Valley Water Board", "board", "annual report"),
    ("The Lindqvist Foundation", "foundation", "audited accounts"),
)
LONG_CLAUSES = (
    "the objects arrived in the Netherlands in 1909 in crates shipped by an army officer, Hendrik Baas, "
    "and were sold in 1923",
    "the land was sold in 1987 to a developer, Ivo Marrak, and the mill went up in 1990",
)


def possessed_records() -> Iterator[Case]:
    """'BODY ... According to the NOUN's own records, C.': BODY, and C whole."""
    for (body, noun, doc), clause in itertools.product(RECORD_KEEPERS, LONG_CLAUSES):
        if doc == "audited accounts":
            continue  # ('accounts' is a count's noun: no author)
        text = f"{body} opened its archive on Monday.\n\nAccording to the {noun}'s {doc}, {clause}."
        yield Case("", noun, text, [Expect(clause, "indirect", body.removeprefix("The "))])


#: (title, name, a party tag whose place has one to three words).
TAGGED = (
    ("Sen.", "Marcus Oubre", "D-New Iberia"),
    ("Rep.", "Ana Ruiz", "R-Baton Rouge"),
    ("Sen.", "Tilde Marchetti", "D-Lafayette"),
    ("Rep.", "Owen Castille", "R-Lake Charles"),
)


def party_tag_place() -> Iterator[Case]:
    """'Sen. NAME, D-New Iberia, pressed X, noting that C' / 'said C': NAME, never the tag."""
    for k, ((title, name, tag), form) in enumerate(itertools.product(TAGGED, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        if form == 0:
            text = f"{title} {name}, {tag}, pressed the commissioner on the rates, noting that {clause}."
            exp = Expect(f"that {clause}", "indirect", name, title)
        else:
            text = f"{title} {name}, {tag}, said {clause}."
            exp = Expect(clause, "indirect", name, title)
        yield Case("", f"form{form}", text, [exp])


#: (an unnamed speaker's description ending in a place, the place's region).
REGIONED = (
    ("A spokesman for the agency's regional office in Denton", "Texas"),
    ("A farmer near Ennis", "Co Clare"),
    ("A nurse at the county hospital in Salem", "Oregon"),
    ("An organiser with the tenants' union in Leith", "Scotland"),
)


def region_closes_description() -> Iterator[Case]:
    """'A spokesman for X in Denton, Texas, said C': the description speaks, never the region."""
    for k, ((desc, region), form) in enumerate(itertools.product(REGIONED, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        speaker = desc.split(" ", 1)[1]
        if form == 0:
            text = f"{desc}, {region}, said {clause}."
            exp = Expect(clause, "indirect", speaker)
        else:
            text = f"“{quote},” {desc[0].lower()}{desc[1:]}, {region}, said."
            exp = Expect(f"“{quote},”", "direct", speaker)
        yield Case("", f"form{form}", text, [exp], wrong_speakers=((exp.content, region),))


#: (a generic body noun, its one-word name, a post in it, the post holder).
APPOSED_BODIES = (
    ("union", "Havenbond", "chairman", "Joost de Bruijn"),
    ("charity", "Kelpwise", "director", "Morag Dunnet"),
    ("company", "Brightwater", "chief executive", "Tomasz Brenner"),
    ("party", "Ruralis", "leader", "Ines Calloway"),
)


def body_named_in_apposition() -> Iterator[Case]:
    """'The union, Havenbond, represents ... Its chairman, NAME, said C': 'chairman of Havenbond'."""
    for k, ((noun, name, post, holder), form) in enumerate(itertools.product(APPOSED_BODIES, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        lead = f"The {noun}, {name}, represents about 6,500 members in the region."
        para = (
            f"Its {post}, {holder}, said {clause}."
            if form == 0
            else f"{lead} Its {post}, {holder}, said {clause}."
        )
        text = f"{lead}\n\n{para}" if form == 0 else para
        yield Case("", f"form{form}", text, [Expect(clause, "indirect", holder, f"{post} of {name}")])


#: (a post before the name, the academic form of address, the name).
ADDRESSED = (
    ("Wardlow University vice-chancellor", "Professor", "Catherine Ormsby"),
    ("Harwick Hospital chief executive", "Dr", "Ana Berg"),
    ("Corrib Institute director", "Prof.", "Ruairi Boyle"),
)


def post_then_address() -> Iterator[Case]:
    """'BODY vice-chancellor Professor NAME said C': the title is the post alone."""
    for k, ((post, address, name), form) in enumerate(itertools.product(ADDRESSED, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        quote = QUOTES[k % len(QUOTES)]
        if form == 0:
            text = f"{post} {address} {name} said {clause}."
            exp = Expect(clause, "indirect", name, post)
        else:
            text = f"“{quote},” said {post} {address} {name}."
            exp = Expect(f"“{quote},”", "direct", name, post)
        yield Case("", f"form{form}", text, [exp])


#: (a plural noun and preposition, two places or persons after it).
MODIFIED_GROUPS = (
    ("Residents of", "Leith", "Portobello"),
    ("The mayors of", "Blackpool", "Morecambe"),
    ("Strategists for", "Ines Calloway", "Tomasz Brenner"),
    ("Farmers from", "Ennis", "Gort"),
    ("Democratic chairs from", "Jefferson", "Arapahoe"),
)


def coordinated_names_modify_noun() -> Iterator[Case]:
    """'Residents of Leith and Portobello said C': the residents, never a place or person named."""
    for k, ((noun, one, two), form) in enumerate(itertools.product(MODIFIED_GROUPS, range(2))):
        clause = CLAUSES[k % len(CLAUSES)]
        phrase = f"{noun} {one} and {two}"
        if form == 0:
            text = f"The vote was held on Tuesday.\n\n{phrase} said {clause}."
        else:
            clause = f"{clause[0].upper()}{clause[1:]}"
            text = f"The vote was held on Tuesday.\n\n{clause}, according to {phrase[0].lower()}{phrase[1:]}."
        speaker = phrase.removeprefix("The ")
        yield Case(
            "",
            f"form{form}",
            text,
            [Expect(clause, "indirect", speaker)],
            wrong_speakers=((clause, two), (clause, one)),
        )


#: Clause openings whose verb stands right before a title with *former*, *acting* ...
VERB_OPENINGS = (
    "The recount left",
    "The ruling cleared",
    "The board named",
    "The vote made",
    "The scandal cost",
)
#: (a title opened by *former*, *acting*, *interim* or *outgoing*, the name).
OPENED_TITLES = (
    ("former mayor", "Bernard Kostelac"),
    ("acting superintendent", "Kwabena Asante"),
    ("interim director", "Ines Calloway"),
    ("outgoing chairman", "Tomasz Brenner"),
    ("former deputy leader", "Tamsin Orr-Whitley"),
)


def verb_before_former() -> Iterator[Case]:
    """'The recount left former mayor NAME 14 votes short. SURNAME said C': title 'former mayor'."""
    for k, (opening, (title, name)) in enumerate(itertools.product(VERB_OPENINGS, OPENED_TITLES)):
        clause = CLAUSES[k % len(CLAUSES)]
        surname = name.split()[-1]
        text = f"{opening} {title} {name} dearly on Friday.\n\n{surname} said {clause}."
        yield Case("", opening.split()[-1], text, [Expect(clause, "indirect", name, title)])


ROUND18_MAIN: tuple[Capability, ...] = (
    named(
        "speaker.homograph_surname",
        "4",
        "Gov. Odile May ... May said C / 'C,' May told reporters: Odile May (the text's surname)",
        homograph_surname,
    ),
    named(
        "speaker.month_stays_a_date",
        "4",
        "Gov. Odile May ... In May, NAME said C: NAME, never May",
        month_stays_a_date,
    ),
    named(
        "speaker.coordinated_pair_surname",
        "4",
        "NAME1 and NAME2 lead the federation. SURNAME2 said C: NAME2 (lead is the verb, no title)",
        coordinated_pair,
    ),
    named(
        "speaker.bracketed_acronym",
        "4",
        "the Global Chess Federation (GCF) ... The GCF said C: Global Chess Federation",
        bracketed_acronym,
    ),
    named(
        "title.legislature_initialism",
        "6",
        "Independent TD NAME said C: NAME, title 'Independent TD'",
        legislature_initialism,
    ),
    named(
        "title.initial_after_portfolio",
        "6",
        "Minister for X and Y N. NAME said C: N. NAME, title 'Minister for X and Y'",
        initial_after_portfolio,
    ),
    named(
        "content.currency_abbreviation",
        "2",
        "NAME said the canal would cost Rs. 4,200 crore.: the whole clause",
        currency_abbreviation,
    ),
    named(
        "speaker.post_nominal_letters",
        "4",
        "Fiona Carmody SC said C: Fiona Carmody",
        post_nominal_letters,
    ),
    named(
        "nominal.modified_post",
        "5",
        "Chief Minister NAME1 ... Minister for X NAME2 said ... The Chief Minister said C: NAME1",
        modified_nominal,
    ),
    named(
        "title.affiliation_listed_word",
        "6",
        "Chief NAME of the Tsalkwem First Nation said C: 'Chief of the Tsalkwem First Nation'",
        affiliation_listed_word,
    ),
    named(
        "nominal.executive_hypernym",
        "5",
        "BODY's vice-president, NAME, testified. The executive said C: NAME",
        executive_hypernym,
    ),
    named(
        "speaker.company_without_trade_word",
        "4",
        "Pacific Crest Airways ... Pacific Crest said C: Pacific Crest Airways",
        company_short_name,
    ),
    named(
        "speaker.generic_body_not_country",
        "5",
        "Traffic on U.S. 231. BODY Cooperative said C. The utility said D: BODY (never U.S.)",
        generic_body_not_country,
    ),
    named(
        "nominal.premodified_description_again",
        "5",
        "A Ministry of Defence spokesperson said C. The spokesperson added D: one speaker",
        premodified_description_again,
    ),
    named(
        "naming.relative_that_subject",
        "3",
        'a ridge that locals know as "X": the naming is the locals\'',
        relative_that_subject,
    ),
    named(
        "document.possessed_records",
        "5",
        "BODY ... According to the museum's own records, C: BODY, C whole",
        possessed_records,
    ),
    named(
        "speaker.party_tag_place",
        "4",
        "Sen. NAME, D-New Iberia, pressed X, noting that C: NAME, never the tag",
        party_tag_place,
    ),
    named(
        "speaker.region_closes_description",
        "4",
        "A spokesman for X in Denton, Texas, said C: the description, never the region",
        region_closes_description,
    ),
    named(
        "title.body_named_in_apposition",
        "6",
        "The union, Havenbond, ... Its chairman, NAME, said C: 'chairman of Havenbond'",
        body_named_in_apposition,
    ),
    named(
        "title.post_then_address",
        "6",
        "BODY vice-chancellor Professor NAME said C: 'BODY vice-chancellor'",
        post_then_address,
    ),
    named(
        "speaker.coordinated_names_modify_noun",
        "4",
        "Residents of Leith and Portobello said C: the residents, never a place named",
        coordinated_names_modify_noun,
    ),
    named(
        "title.verb_before_former",
        "6",
        "The recount left former mayor NAME ... NAME said C: 'former mayor'",
        verb_before_former,
    ),
)
