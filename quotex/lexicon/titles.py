"""Titles: the words that make a noun phrase a role ("spokeswoman", "envoy").

Sources: python-nameparser's ``config/titles.py`` (honorifics and offices),
the AP Stylebook entry "titles" (formal titles capitalised before a name),
the US Office of Personnel Management occupation series headings and the
UK Civil Service grade names (for office words), and the job nouns that
Reuters/AP copy uses in attributions. Inclusion criterion: a noun that names
a *role a person holds* and can stand as the head of an apposition
("Sun, the analyst"). Role nouns that are also common surnames or first names
(``Dean``, ``Major``, ``Judge``, ``Marshal``, ``Bishop``, ``Sheriff``) are listed
again in :data:`AMBIGUOUS_ROLE_NOUNS`: at the head of a capitalised name they
count as a title only when a further name of two words follows
(``Judge Ann Walsh``, not ``Dean Baker``).
"""

from __future__ import annotations

#: Heads of role phrases, singular; plurals are added by :func:`plural`.
ROLE_NOUNS = frozenset(
    [
        "adviser",
        "advisor",
        "advocate",
        "aide",
        "ambassador",
        "analyst",
        "announcer",
        "anchor",
        "architect",
        "assemblyman",
        "assemblywoman",
        "associate",
        "attorney",
        "author",
        "candidate",
        "captain",
        "cardinal",
        "ceo",
        "cfo",
        "chairman",
        "chairperson",
        "chairwoman",
        "chair",
        "champion",
        "chancellor",
        "chief",
        "chieftain",
        "coach",
        "columnist",
        "goalkeeper",
        "midfielder",
        "newcomer",
        "quarterback",
        "striker",
        "winger",
        "defender",
        "substitute",
        "catcher",
        "pitcher",
        "shortstop",
        "outfielder",
        "infielder",
        "linebacker",
        "fullback",
        # (more positions of the laws of the game: football's, rugby's, hockey's, volleyball's,
        # cricket's and American football's, none a common word of another class)
        "halfback",
        "wingback",
        "cornerback",
        "tailback",
        "libero",
        "sweeper",
        "playmaker",
        "netminder",
        "wicketkeeper",
        "goaltender",
        "batsman",
        "guard",  # (basketball's position and the security trade: 'guard Ana Berg', 'a prison guard')
        "surveyor",  # (a trade: 'retired surveyor Ana Berg')
        "backbencher",  # (Westminster: 'Tory backbencher Ana Berg')
        "frontbencher",
        "prop",  # (rugby: 'tighthead prop Ana Berg')
        "flanker",
        "goalie",
        "bowler",
        "jockey",
        "sprinter",
        "cyclist",
        "golfer",
        "boxer",
        "swimmer",
        "wrestler",
        "gymnast",
        "rower",
        "commander",
        "commandant",  # (a unit's, a camp's or a police force's head: 'the NDRF commandant')
        "commentator",
        "commissioner",
        "congressman",
        "constable",
        "corporal",
        "brigadier",
        "commodore",  # (a naval rank between captain and rear admiral)
        "monsignor",
        "congresswoman",
        "consultant",
        "convener",
        "convenor",
        "coo",
        "correspondent",
        "councillor",
        "councilman",
        "councilmember",
        "councilwoman",
        "alderman",  # (a city council member in Chicago and other US and Canadian cities, AP Stylebook)
        "alderwoman",
        "alderperson",
        "counsel",
        "counselor",
        "counsellor",
        "cto",
        "delegate",
        "democrat",
        "deputy",
        "diplomat",
        "director",
        "economist",
        "editor",
        "educator",
        "engineer",
        "envoy",
        "executive",
        "expert",
        "founder",
        "general",
        "governor",
        "head",
        "historian",
        "host",
        "inspector",
        "investigator",
        "journalist",
        "justice",
        "king",
        "lawmaker",
        "lawyer",
        "leader",
        "lieutenant",
        "manager",
        "mayor",
        "member",
        "minister",
        "moderator",
        "negotiator",
        "nominee",
        "officer",
        "official",
        "organizer",
        "owner",
        "partner",
        "pastor",
        "physician",
        "pollster",
        "prefect",  # (the state's representative in a French, Italian or Japanese prefecture)
        "premier",
        "presenter",
        "president",
        "prime",
        "professor",
        "prosecutor",
        "queen",
        "rabbi",
        "rapporteur",
        "representative",
        "republican",
        "researcher",
        "reporter",
        "scholar",
        "scientist",
        "secretary",
        "senator",
        "sergeant",
        "sheikh",
        "specialist",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "strategist",
        "superintendent",
        "surgeon",
        "teacher",
        "treasurer",
        "trustee",
        "veteran",
        "vice-president",
        "whip",
        "writer",
        "activist",
        "campaigner",
        "surrogate",
        "operative",
        "staffer",
        "aide-de-camp",
        "fellow",
        "lecturer",
        "dean",
        "mp",
        "mep",
        # members of other Westminster-style legislatures, by their post-nominal letters: a
        # Legislative Assembly (India, Canada, Australia, Northern Ireland) or Council, the
        # Scottish Parliament, Ontario's and Quebec's assemblies, the Dáil (Teachta Dála)
        "mla",
        "mlc",
        "msp",
        "mpp",
        "mna",
        "td",
        # Ireland's deputy head of government, written before a name as 'Taoiseach' is
        # (Constitution of Ireland, Art. 28.6), with and without its accent
        "tánaiste",
        "tanaiste",
        # a Māori elder who speaks for an iwi or hapū, written before a name in New Zealand copy
        # ('Kaumātua NAME'; Te Aka Māori Dictionary, "kaumātua")
        "kaumātua",
        "kaumatua",
        # a Kenyan county assembly's member, by her post-nominal letters (County Governments Act
        # 2012; Kenyan copy writes 'Sondu ward MCA NAME')
        "mca",
        # a South African provincial cabinet member, by the initials of a Member of the
        # Executive Council (Constitution of South Africa 1996, s. 132; 'the MEC for Health')
        "mec",
        # a junior minister or a department's deputy head ('Undersecretary for Labour Relations',
        # Philippine and US copy; Merriam-Webster, "undersecretary")
        "undersecretary",
        "under-secretary",
        "legislator",
        "politician",
        "governor-general",
        "emir",
        # an Indian village council's elected head (Bihar and Jharkhand 'mukhiya', elsewhere
        # 'sarpanch'; Panchayati Raj Acts) and a paramilitary unit's commander (NDRF, CRPF, BSF)
        "mukhiya",
        "sarpanch",
        "monarch",
        "prince",
        "princess",
        "doctor",
        "nurse",
        "detective",
        "sheriff",
        "judge",
        "marshal",
        "bishop",
        "major",
        "colonel",
        "admiral",
        "ambassador-at-large",
        "administrator",
        "coordinator",
        "supervisor",
        "president-elect",
        "co-founder",
        "cofounder",
        "publisher",
        "producer",
        "investor",
        "banker",
        "trader",
        "broker",
        "regulator",
        "auditor",
        "monitor",
        "observer",
        "pundit",
        "blogger",
        "voter",
        "resident",
        "witness",
        "student",
        "worker",
        "farmer",
        "protester",
        "demonstrator",
        "supporter",
        "opponent",
        "critic",
        "ally",
        "rival",
        "adversary",
        "friend",
        "neighbor",
        "neighbour",
        "relative",
        "spouse",
        "wife",
        "husband",
        "narrator",
        "widow",
        "widower",
        "victim",
        "survivor",
        "mother",
        "father",
        "son",
        "daughter",
        "brother",
        "sister",
        # the rest of the kinship nouns of quotex.lexicon.kinship ('His aunt, NAME, said', 'NAME,
        # the boy's grandfather,'): a relative's relation is the title a local story prints
        "stepmother",
        "stepfather",
        "stepson",
        "stepdaughter",
        "grandmother",
        "grandfather",
        "grandparent",
        "grandson",
        "granddaughter",
        "grandchild",
        "aunt",
        "uncle",
        "sibling",
        "fiance",
        "fiancee",
        # relations the sentence states before a name ('Her colleague Sam Ade', 'Teammate Ana
        # Roe scored'): hyponyms of WordNet 3.0's relative.n.01, associate.n.01 and
        # friend.n.01, which the generated role list leaves out (benchmarks/make_person_roles.py)
        "colleague",
        "classmate",
        "teammate",
        "counterpart",
        "roommate",
        "flatmate",
        "housemate",
        "schoolmate",
        "workmate",
        "coworker",
        "co-worker",
        "cousin",
        "nephew",
        "niece",
        "fiancé",
        "fiancée",
        "girlfriend",
        "boyfriend",
        "mentor",
        "successor",
        "predecessor",
        # a candidate's partner on a ticket and a ship's officer ('Sok's running mate', 'first mate')
        "mate",
        # trades and posts that news copy writes before a name ('harbour master Ivo Sand',
        # 'skipper Tor Lund'); the surname-like ones are in AMBIGUOUS_ROLE_NOUNS too
        "master",
        "harbourmaster",
        "harbormaster",
        "skipper",
        "pilot",
        "warden",
        "ranger",
        "driver",
        "mechanic",
        "clerk",
        "fisherman",
        "fisherwoman",
        "docker",
        "laborer",
        "labourer",
        # courts and schools (AP job nouns; none a common surname)
        "magistrate",
        "coroner",
        "bailiff",
        "registrar",
        "solicitor",
        "barrister",
        "headmaster",
        "headmistress",
        "headteacher",
        "principal",
        # clergy, the arts, health and the professions (AP job nouns a news apposition heads:
        # 'Ana Berg, the parish priest of St Mary's', 'the actress Ana Berg')
        "priest",
        "vicar",
        "chaplain",
        # the Church of England's and the Catholic Church's offices written before a name (AP
        # Stylebook, *religious titles*: 'Canon NAME', 'Archdeacon NAME', 'the rector, NAME')
        "canon",
        "archdeacon",
        "deacon",
        "rector",
        "curate",
        "prebendary",
        "abbot",
        "abbess",
        "imam",
        "pandit",  # (a Hindu priest or scholar: 'Pandit NAME of the X temple')
        "archbishop",
        "actor",
        "actress",
        "singer",
        "musician",
        "artist",
        "designer",
        "curator",
        "chef",
        "pharmacist",
        "dentist",
        "paramedic",
        "medic",  # (a soldier trained in first aid, or any medical worker: 'a former navy medic')
        "midwife",
        "firefighter",
        "referee",
        "umpire",
        "accountant",
        "actuary",
        "planner",
        "agent",
        # an official who collects (the district collector of Indian administration, a tax collector)
        "collector",
        # one who lets property, a trade as an *owner*'s is ('The landlord, Ana Roe, said',
        # 'Brackwater landlord Ivo Berg'); not *tenant* or *taxpayer*, which describe
        "landlord",
        "landlady",
    ]
)

#: Players' positions that are also common words of another class (*forward*, an adverb; *wing*,
#: *lock*, *hooker*, *keeper*, *centre*): a role only right before a person's name after a team's
#: name or a title modifier ('Comets forward Ana Berg', 'veteran lock Ivo Marsh'), never an
#: apposition's head.
#: Source: the position names of the FIBA, IIHF, FIFA and World Rugby laws of the game.
POSITION_NOUNS = frozenset(
    ["forward", "wing", "lock", "hooker", "keeper", "setter", "shooter", "centre", "center"]
)
#: Players' positions written with a hyphen, which the tokenizer splits ('Full-back NAME', 'fly-half
#: NAME', 'centre-forward NAME'): a role before a name, never a hyphenated given name. Source: as
#: :data:`POSITION_NOUNS`.
HYPHENATED_POSITIONS = frozenset(
    """full-back half-back wing-back centre-back center-back left-back right-back fly-half scrum-half
    centre-half center-half centre-forward center-forward half-forward full-forward wing-forward
    goal-keeper wicket-keeper""".split()
)

#: Heads of compound trade nouns that a list cannot hold all of ('piermaster', 'tollkeeper',
#: 'bellringer', 'steelworker', 'boatbuilder'): English compounds take the class of their
#: right-hand head (Bauer 1983, *English Word-formation*, §7.2), so a word ending in one of these
#: after three letters or more names a trade. Written for quotex; *-maker* is left out (an
#: automaker or drugmaker is a company), and so is *-hand* ('beforehand', 'firsthand').
COMPOUND_ROLE_HEADS = (
    "master", "mistress", "keeper", "builder", "smith", "wright", "monger", "herd", "warden",
    "worker", "grower", "breeder", "binder", "ringer",
)  # fmt: skip

#: Role nouns of a posting to a country or a body, which *to* links to it as *for* or *of* link a
#: minister to a portfolio ('Ambassador to the United Nations Nikki Haley', 'Special Envoy to
#: Sudan NAME', 'High Commissioner to Canada NAME'; diplomatic ranks of the Vienna Convention on
#: Diplomatic Relations, 1961, art. 14, and the posts of envoys and delegates). Not *adviser*: an
#: adviser to a person stands before that person's name ('adviser to President Ana Berg').
POSTING_ROLES = frozenset(
    """ambassador envoy emissary representative delegate consul nuncio attaché attache
    chargé commissioner legate""".split()
)

#: Clipped role nouns a second reference uses for a title spelt out before ('Chief Veterinary
#: Officer NAME ... the chief vet said'; 'NAME, the chief executive ... the exec'): the clipping
#: and the title words it stands for. Source: the clippings Merriam-Webster lists as short forms
#: of these nouns (*vet* 1, *exec*, *ref*); *vet* for *veteran* is left out, as *a veteran
#: campaigner* holds no post a *vet* names.
CLIPPED_ROLES: dict[str, tuple[str, ...]] = {
    "vet": ("veterinarian", "veterinary"),
    "exec": ("executive",),
    "ref": ("referee",),
}

#: Role nouns of one who serves a person, which *to* links to that person ('an aide to Ana
#: Berg', 'a senior adviser to the minister'; general English): the *to* phrase is part of the
#: source, whose report follows.
SERVING_ROLES = frozenset(
    """aide aides adviser advisers advisor advisors assistant assistants counsel consultant
    consultants confidant confidante confidants""".split()
)

#: Role nouns that name a relation to a person or a cause, no post a person holds: a second
#: conjunct of an apposition headed by one is a description, not a second title ('X, pastor
#: of Y and a Cruz supporter'; mentions/second_roles.second_role).
RELATION_NOUNS = frozenset(
    """supporter opponent critic ally rival adversary friend neighbor neighbour relative spouse
    wife husband widow widower victim survivor mother father son daughter brother sister fan
    admirer backer donor resident voter colleague classmate teammate counterpart roommate
    flatmate housemate schoolmate workmate coworker co-worker cousin nephew niece fiancé fiancée
    girlfriend boyfriend mentor successor predecessor""".split()
)

#: Role nouns that are initialisms, written in capitals ("CEO", "MPs"; AP Stylebook,
#: "acronyms"): a plural spelt in lower case is a word of its own, not the role's
#: plural ("coos", the verb: '"C," Lena Ruud coos.'; "tds").
INITIALISM_ROLE_NOUNS = frozenset("ceo cfo coo cto mep mp mla mlc msp mpp mna td mca mec".split())

#: Initialisms of a legislator's post that are roles only in capitals, as their lower-case form
#: is an honorific: a Member of the Senedd ('Labour MS NAME'; the Senedd and Elections (Wales)
#: Act 2020; 'Ms NAME' is the honorific).
CAPITALS_ONLY_ROLES = frozenset(["MS", "MSs"])

#: Role nouns that are also common names: a title only in lower case, or
#: before a further capitalised name ("Judge Ann Walsh", not "Dean Smith").
AMBIGUOUS_ROLE_NOUNS = frozenset(
    [
        "dean",
        "major",
        "judge",
        "marshal",
        "bishop",
        "sheriff",
        "general",
        "king",
        "prince",
        "master",
        "warden",
        "ranger",
        "driver",
        "clerk",
        "pilot",
        # (surnames of the US Census 2010 surname list too: 'Gov. Jim Justice ... Justice said')
        "justice",
        "chancellor",
        # (and clergy's offices that are surnames, or a company's name: 'Deacon', 'Abbott', 'Canon')
        "canon",
        "deacon",
        "rector",
        "abbot",
    ]
)

#: Capitalised adjectives that open a title before a name and are never a name's first word
#: ('Democratic Mayoral Hopeful Tom Reyes', 'Republican Presidential Hopeful Ada Quist'):
#: the adjectives of the major parties' names in US, UK and Commonwealth politics (as the AP
#: Stylebook's "party affiliation" entry writes them: *Democratic* for the party, *Republican*,
#: *Labour*, *Conservative*, *Tory*, *Liberal*, *Socialist*, *Libertarian*) and the adjectives of
#: the elected offices (Merriam-Webster's adjective of *president*, *congress*, *governor*,
#: *mayor*, *senator*, *parliament*, *minister*, *legislature*). Surnames are left out (*Green*,
#: *Independent* as a word of a name).
#: The party adjectives among them (a party before a rank is no part of the post: 'Democratic
#: Gov. NAME' holds the rank 'Gov.').
PARTY_ADJECTIVES = frozenset(
    "democratic republican labour conservative tory liberal socialist libertarian".split()
)
TITLE_ADJECTIVES = PARTY_ADJECTIVES | frozenset(
    """
    presidential congressional gubernatorial mayoral senatorial parliamentary ministerial
    legislative
    """.split()
)

#: Honorifics: stand before a name, are not part of it, and are not a title.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "baron",
        "baroness",
        "madam",
        "mme",
        "mlle",
        "herr",
        "rev",
        "fr",
        "sr",
        # West African forms of address, written before the name in Nigerian and Ghanaian copy
        # (the News Agency of Nigeria's 'Alhaji NAME', 'Comrade NAME'): Hausa and Yoruba honorifics
        # of a Muslim man or woman who has made the hajj (Oxford Dictionary of English, "alhaji",
        # "alhaja"; "hajia" in Ghana) and the labour movement's "comrade".
        "alhaji",
        "alhaja",
        "hajia",
        "comrade",
        # Indian forms of address before a name in Indian English copy and official releases
        # (Press Information Bureau style: 'Shri NAME', 'Smt. NAME'): Hindi honorifics of a man and
        # of a married or unmarried woman (Oxford Dictionary of English, "Shri", "Shrimati"; "Sushri";
        # Tamil "Tmt"). Not "Sri" (Sri Lanka) or "Kumari" and "Selvi" (also given names).
        "shri",
        "shrimati",
        "smt",
        "srimati",
        "sushri",
        "tmt",
        # A professional form of address before an engineer's name in Nigerian and Philippine
        # copy ('Engr. NAME', as 'Dr. NAME'; Nigerian Society of Engineers and Philippine
        # Regulation Commission usage).
        "engr",
        # Malaysian forms of address and federal or state titles before a name in Malaysian
        # English copy ('Datuk NAME', 'Datuk Seri NAME', 'Tan Sri NAME'; Malaysian Prime
        # Minister's Department, Istiadat dan Urusetia Persidangan Antarabangsa, "Panduan Gelaran
        # dan Bentuk Sapaan"): Tun, Datuk/Dato' (one token with its apostrophe), Datin (a
        # Datuk's wife) and the Malay "Puan" (Mrs). "Seri" of "Datuk Seri", "Tan" and "Sri" of
        # "Tan Sri" only together (a given name and a place's word: 'Kota Seri Melati'; a Chinese
        # surname; Sri Lanka), in :data:`COMPOUND_HONORIFICS`.
        "tun",
        "datuk",
        "dato",
        "dato'",
        "dato\u2019",
        "datin",
        "puan",
        # East African forms of address before a name in Kenyan and Tanzanian copy (Swahili
        # 'Mama' for an older woman or mother, 'Mzee' for an elder, 'Baba' for a father or elder
        # man; Oxford Dictionary of English, "mzee"; TUKI Kamusi ya Kiswahili-Kiingereza), and the
        # parliamentary 'Hon.' of Commonwealth and Nigerian copy (the Honourable; 'Hon. NAME').
        "mama",
        "mzee",
        "baba",
        "hon",
        # Malay and Indonesian forms of address before a name (Kamus Besar Bahasa Indonesia and
        # Kamus Dewan, "ibu", "ustaz"): 'Ibu' (Mrs, madam) and the religious teacher's 'Ustaz'
        # ('Ustad', 'Ustadz') and 'Ustazah'. Not 'Pak' (also a Korean family name: Pak Pong-ju).
        "ibu",
        "ustaz",
        "ustad",
        "ustadz",
        "ustazah",
        # Spanish, Portuguese, French, German and Italian forms of address in English copy
        # (Oxford Dictionary of English, "doña", "señora", "frau", "signora", "monsieur"). Not
        # 'Don' or 'Dona' (given names), nor 'Madame' (names of bodies: Madame Tussauds).
        "doña",
        "señor",
        "señora",
        "señorita",
        "senhora",
        "frau",
        "signor",
        "signora",
        "monsieur",
        # The Arabic honorific of a woman of a ruling family or of religious learning (Oxford
        # Dictionary of English, "sheikha"), written before her name as 'Sheikha NAME'.
        "sheikha",
    ]
)

#: Two-word forms of address whose words are no honorific alone ('Tan Sri NAME', 'Dato' Sri
#: NAME', 'Puan Sri NAME'; see :data:`HONORIFICS`): (first word, second word), lower case.
COMPOUND_HONORIFICS = frozenset(
    [
        ("tan", "sri"),
        ("dato'", "sri"),
        ("dato\u2019", "sri"),
        ("puan", "sri"),
        ("datuk", "sri"),
        ("dato", "sri"),
        ("datuk", "seri"),
        ("dato'", "seri"),
        ("dato\u2019", "seri"),
        ("dato", "seri"),
    ]
) | frozenset(
    # the styles of clergy and of privy counsellors, written after *the* (Debrett's, *forms of
    # address*; AP Stylebook, *Rev.*): 'the Most Rev. NAME', 'the Rt. Rev. NAME', 'the Very
    # Rev. NAME', 'the Rt. Hon. NAME', 'the Right Honourable NAME'
    (style, address)
    for style in ("most", "right", "rt", "rt.", "very")
    for address in ("rev", "rev.", "revd", "revd.", "reverend", "hon", "hon.", "honourable", "honorable")
)

#: Abbreviated office titles written before names in news copy.
TITLE_ABBREVIATIONS = frozenset(
    [
        "sen",
        "rep",
        "gov",
        "lt",
        "gen",
        "col",
        "maj",
        "capt",
        "sgt",
        "cmdr",
        "adm",
        "pres",
        "supt",
        "atty",
        "insp",
        "prof",
        "det",
        "amb",
        "cpl",
        "brig",
        "pvt",
        "spc",
        "msgr",
        "cllr",
        "const",
        # UK police ranks written in capitals without a full stop (College of Policing usage, as
        # in UK court and inquest reports): detective chief inspector, police community support
        # officer. Not 'PC', 'DC' or 'DS', which also open names of bodies ('PC World', 'PC
        # Gamer', 'DC Comics', 'DS Smith').
        "dci",
        "pcso",
    ]
)

#: Abbreviated ranks and titles written with a full stop before a name ('Sgt. Ana Roe',
#: 'Lt. Col. Mara Bevan') that spaCy's English tokenizer exceptions do not keep whole (they
#: keep 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Prof.', 'Adm.', 'Dr.'). Kept whole by
#: quotex.tokens, their full stop ends no sentence and the name after them stays a name.
#: Sources: the AP Stylebook entry "military titles" (its abbreviations before a name: Gen.,
#: Lt. Gen., Maj. Gen., Brig. Gen., Col., Lt. Col., Maj., Capt., Lt., Sgt., Cpl., Pvt., Spc.,
#: Adm., Cmdr.), its entries "police titles" / "titles" (Det., Insp., Supt., Atty. Gen.,
#: Msgr., Fr. for Father), and UK local and police usage (Cllr., Const., Supt., Insp.). Not
#: 'Sr.' (also the suffix 'John Kell Sr.' that ends sentences), 'Col.' in capitals, nor
#: words that are also common sentence-final abbreviations.
#: Abbreviated Indian forms of address written with a full stop ('Smt. NAME', 'Tmt. NAME'; see
#: :data:`HONORIFICS`), the engineer's 'Engr. NAME', the styles 'Rt.' and 'Revd.' ('the Rt. Rev.
#: NAME', :data:`COMPOUND_HONORIFICS`): one token each, so their full stop ends no
#: sentence, as spaCy keeps 'Mrs.'; and Malaysian 'Dato'' with its apostrophe, no quote mark. Not
#: Nigerian copy's 'Barr.' (a barrister): *Barr* is a surname too, and 'said Barr.' ends sentences.
HONORIFIC_ABBREVIATIONS = ("Smt.", "Tmt.", "Engr.", "Hon.", "Rt.", "Revd.", "Dato'", "Dato\u2019")

RANK_ABBREVIATIONS = (
    "Sgt.",
    "Capt.",
    "Lt.",
    "Col.",
    "Maj.",
    "Cpl.",
    "Pvt.",
    "Spc.",
    "Brig.",
    "Cmdr.",
    "Det.",
    "Insp.",
    "Supt.",
    "Const.",
    "Atty.",
    "Amb.",
    "Msgr.",
    "Fr.",
    "Cllr.",
    "Pres.",
)

#: Ranks and academic titles that say what a person is but not where (a rank or grade written
#: before a name, AP Stylebook "military titles" / "academic titles"): when the text also states
#: a role with its body ('Professor Lena Marsh, an epidemiologist at Halden University'), that
#: role is the title to print (quotex.speakers.printed_titles.printed_title). Office titles ('Senator',
#: 'Mayor') are not listed: an office is printed as written.
BARE_RANKS = frozenset(
    [
        "professor",
        "councillor",
        "sergeant",
        "captain",
        "lieutenant",
        "colonel",
        "general",
        "major",
        "corporal",
        "private",
        "detective",
        "inspector",
        "superintendent",
        "constable",
        "commander",
        "admiral",
        "brigadier",
        "commodore",
        "associate",
        "assistant",
        "chief",
        "battalion",  # (a fire service rank: 'Battalion Chief NAME, a spokesman for the fire department')
        "staff",
        "first",
        "class",
        "emeritus",
        "visiting",
        "father",  # (a priest's form of address, as its abbreviation 'Fr.': 'The parish priest, Father NAME')
        "sister",  # (a nun's: 'Sister NAME, director of the X shelter,' prints the post)
        "pandit",  # (a Hindu priest's or scholar's: 'Pandit NAME, head priest of X,' prints the post)
        # the Arabic style of a ruling family's member, a tribal elder or a religious scholar
        # (Oxford Dictionary of English, "sheikh"): what a person is, not where ('Sheikh NAME,
        # head of the Electoral Commission' prints the head)
        "sheikh",
        # the first words of compound ranks, bare only with a rank after them ('Rear Admiral',
        # 'Vice Admiral', 'Lance Corporal', 'Flight Lieutenant', 'Wing Commander', 'Master
        # Sergeant', 'Field Marshal', 'Air Marshal'; AP Stylebook "military titles")
        "rear",
        "vice",
        "lance",
        "flight",
        "wing",
        "master",
        "field",
        "air",
        "marshal",
    ]
)

#: Bare ranks and forms of address, spelt out or abbreviated ('Councillor', 'Cllr', 'Dr',
#: 'Father', 'Fr.'; AP Stylebook "courtesy titles", "religious titles"), that a role written
#: before them and a comma is printed over ('The opposition group leader, Councillor NAME').
#: Offices ('Senator', 'Sen.', 'Mayor') are printed as written.
FORMS_OF_ADDRESS = BARE_RANKS | frozenset("dr prof cllr fr rev revd".split())

#: Forms of address, no office, that may follow a role before a name ('Council leader Cllr
#: NAME'; not 'presidential candidate Sen.'), Philippine and Nigerian professional forms
#: ('Chairperson Atty. NAME', 'spokesperson Engr. NAME') and police and military ranks as the AP
#: Stylebook abbreviates them before a name ('Police spokeswoman Sgt. NAME', 'Army spokesman Capt.
#: NAME', 'Regiment operations officer Maj. NAME', 'Academy training director Lt. Col. NAME').
ADDRESS_RANKS = frozenset(
    "cllr dr prof mr mrs ms atty engr sgt lt capt cpl det insp supt maj col gen adm brig cmdr cdr".split()
)

#: Ranks that print alone when an affiliation follows the name ('Lt. Gene Sorensen of the
#: Guthrie Fire Department', 'Sen. Ana Roe of Ohio' -> 'Lt.', 'Sen.'): a military, police or
#: legislative rank is the title a fact-checker prints (AP Stylebook "military titles",
#: "police titles", "legislative titles"), and the place after a legislator's rank is the
#: constituency, not a body the rank belongs to. Not academic titles or offices ('Professor
#: Lena Okafor of Halden University', 'Fire Chief X of Y', 'Gov. X of Ohio' keep what follows),
#: nor 'Prof.', 'Pres.'.
RANKS_WITHOUT_AFFILIATION = (TITLE_ABBREVIATIONS - {"prof", "pres", "amb", "atty", "gov"}) | frozenset(
    [
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "sergeant",
        "lieutenant",
        "captain",
        "corporal",
        "private",
        "colonel",
        "major",
        "general",
        "detective",
        "constable",
        "inspector",
        "superintendent",
        "commander",
        "admiral",
        "brigadier",
        "commodore",
        "first",
        "staff",
        "class",
    ]
)

#: The side counsel argues for, written after the lawyer's name in British and Commonwealth court
#: reports ('NAME, prosecuting, told the jury', 'NAME, for the defence, said'; McNae's Essential
#: Law for Journalists), as lower-case word sequences, longest first.
COUNSEL_SIDES: tuple[tuple[str, ...], ...] = (
    ("for", "the", "prosecution"),
    ("for", "the", "defence"),
    ("for", "the", "defense"),
    ("for", "the", "crown"),
    ("prosecuting",),
    ("defending",),
)

#: Words heading an organisation or office ("the Foreign Ministry").
ORGANIZATION_NOUNS = frozenset(
    [
        "administration",
        "agency",
        "army",
        "association",
        "authority",
        "bank",
        "board",
        "bureau",
        "cabinet",
        "campaign",
        "center",
        "centre",
        "chamber",
        "church",
        # (the places of worship that speak as institutions: 'the cathedral said in a statement';
        # not *Temple*, *Chapel*, *Minster*: first names and surnames too)
        "basilica",
        "cathedral",
        "mosque",
        "synagogue",
        "gurdwara",
        "congregation",  # ('Rabbi NAME of the Beth-El Congregation')
        "monastery",
        "convent",
        "seminary",
        "club",
        "co-op",
        "co-operative",
        "cooperative",  # (the AP Stylebook's spelling of 'co-operative')
        "coalition",
        "command",
        "commission",
        "committee",
        "company",
        "congress",
        "corporation",
        "council",
        "court",
        "department",
        "embassy",
        "firm",
        "forum",
        "foundation",
        "fund",
        "government",
        "group",
        "house",
        "institute",
        "league",
        "legislature",
        "ministry",
        # (a body sent abroad or to a talk, which speaks as one: 'the International Mission for
        # Demining said', 'the delegation said'; general English nouns of diplomacy)
        "mission",
        "delegation",
        "navy",
        "office",
        "organization",
        "organisation",
        "panel",
        "parliament",
        "party",
        "police",
        # (a British or Commonwealth police force's name: 'the Calder Moor Constabulary')
        "constabulary",
        "presidency",
        "regime",
        "senate",
        "service",
        "society",
        "guild",
        "team",
        "tribunal",
        # a body's working parts ('the Serious Fraud Unit', 'the Criminal Division', 'the Vice Squad')
        "unit",
        "division",
        "squad",
        "taskforce",
        "trust",  # a charity's or public body's name ('the National Trust', 'an NHS Foundation Trust')
        # bodies formed by agreement of members or firms (WordNet 3.0, *organization* hyponyms:
        # 'the Moss Hagg Peatland Partnership', 'a growers' collective', 'a bidding consortium',
        # 'the Fire Brigade'; not *caucus*, in US news mostly an event: 'the Iowa caucus')
        "partnership",
        "collective",
        "consortium",
        "syndicate",
        "brigade",
        # churches' jurisdictions and assemblies (the Code of Canon Law's particular churches,
        # can. 368-369, and the Eastern churches' eparchies; Protestant synods and presbyteries;
        # not *force*, a verb before a name: 'to force Sen. Sanders')
        "diocese",
        "archdiocese",
        "eparchy",
        "synod",
        "presbytery",
        "union",
        "university",
        "kremlin",
        "pentagon",
        "white-house",
        "secretariat",
        "network",
        "newspaper",
        "daily",
        "times",
        "post",
        "journal",
        # company-form suffixes ('Halden Shipping Co.', 'Fjordline Energy Ltd.'), compared without the period
        # heads of institutions' names ('the Royal College of Nursing', 'St Mary's Hospital',
        # 'the National Academy of Sciences', 'the Federation of Small Businesses')
        "academy",
        "alliance",
        "assembly",
        "clinic",
        "college",
        "federation",
        "hospital",
        "institution",
        "museum",
        # ('Kandy Public Library', 'the Recife Philharmonic Orchestra', 'the Gdansk Maritime
        # Archive', 'the Abbey Theatre': cultural institutions' heads, as 'museum')
        "library",
        "orchestra",
        "archive",
        "archives",
        "theatre",
        "theater",
        "gallery",
        "conservatory",
        "observatory",
        # (bodies that run a site: 'the Tashkent Botanic Garden', 'the Shymbulak Mountain Resort';
        # not *station*, a place in most copy: 'Thornbury Station', 'the station reopened')
        "garden",
        "gardens",
        "resort",
        "school",
        # (businesses and works that head a firm's name, WordNet 3.0 hyponyms of *business* and
        # *workplace*: 'the Aldermoor Sake Brewery', 'the Calder Street Neon Workshop', 'the Kalymra
        # Sponge Exchange'; not *mill*, *press* or *farm*, also surnames or the heads of works'
        # titles: 'John Stuart Mill', 'Animal Farm')
        "bakery",
        "brewery",
        "cooperage",
        "creamery",
        "dairy",
        "distillery",
        "exchange",
        "fishery",
        "foundry",
        "hotel",
        "nursery",
        "restaurant",
        "shipyard",
        "studio",
        "winery",
        "workshop",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
    ]
)

#: Pairs of words that *and* joins inside the names of public services and agencies, whatever
#: comes before them ('Ashlow Vale Fire and Rescue Service', 'Coastal Search and Rescue', 'the
#: Parks and Recreation Department'): the service names of the UK fire and rescue authorities
#: (Fire and Rescue Services Act 2004), the US federal agency list (Fish and Wildlife, Food and
#: Drug, Alcohol Tobacco Firearms and Explosives) and municipal department names.
AND_PAIRS = frozenset(
    [
        ("fire", "rescue"),
        ("search", "rescue"),
        ("parks", "recreation"),
        ("health", "safety"),
        ("fish", "wildlife"),
        ("food", "drug"),
        ("firearms", "explosives"),
        ("customs", "excise"),
        ("trading", "standards"),
        ("planning", "zoning"),
        ("water", "sewer"),
        ("water", "sanitation"),
    ]
)

#: Plural nouns of a field of study or work that close the name of an institute, school or
#: ministry after its *and* ('the Institute for Coastal and Marine Studies', 'the School of
#: Oriental and African Studies', 'the Department of Veterans and Consular Affairs', 'the
#: Council on Foreign and Public Relations'). Written for quotex from the plurals that close the
#: names of research institutes, university schools and ministries after *of* or *for*.
FIELD_HEADS = frozenset("studies sciences affairs relations".split())

#: The name words of football and other sports clubs in British and Irish usage (*United*,
#: *Rovers*, *Rangers*, *Wanderers*, *Athletic*, *Albion*, *Hotspur*: 'Kingsmere United sacked ...
#: the club said'; the Football Association's club list, where they end a club's name after a
#: place). Never a surname, they end a body's name even after a given name ('Corrin Athletic').
TEAM_WORDS = frozenset("united rovers rangers wanderers athletic albion hotspur".split())
#: Words that end a company's name and name its trade or form ('Norland Robotics', 'Meridia
#: Air', 'Halcyon Research', 'Fjord Shipping Holdings'): the last word of a name of two or more
#: words with no first name and no title before it makes the name a body's. Written for quotex
#: from the sector names of the Global Industry Classification Standard (GICS; *health* from
#: Health Care), the common company-form suffixes, the name words of newspapers ('The Harbour
#: Gazette'), the transport operators' *ferries* and *buses* (as *airlines*, *railways*) and the
#: producers' plurals of the food and drink trades (*dairies*, *breweries*, *bakeries*,
#: *distilleries*, as *fisheries*; GICS Food Products and Beverages); words that
#: are also common surnames (Power, Banks, Steel, Marks, Bridges) are left out, and a first
#: name before the word still makes a person. Also the GICS industries *Water* (Water
#: Utilities) and *Services* (Commercial and Professional Services), and the partnership and
#: family-firm forms of English company names (*Partners*, *Associates*, *& Sons*, *&
#: Daughters*, *Brothers*: 'Harlow Freight Partners', 'Trevaskis & Daughters'), the mutual
#: form and the plant words of manufacturers' names (*Mutual*, *Steelworks*, *Ironworks*,
#: *Foundry*, *Mills*; *Rail* beside *Railways*; a port operator's *Terminals*), and the
#: sports clubs' :data:`TEAM_WORDS`.
COMPANY_WORDS = (
    frozenset(
        """aerospace air airlines airways analytics apparel automotive aviation bancorp bancshares
    beverages biosciences biotech brands brewing broadcasting capital chemicals communications
    consulting dynamics electronics energy engineering enterprises entertainment ferries buses fisheries foods
    dairies breweries bakeries distilleries
    freight gmbh health healthcare holdings industries insurance investments laboratories labs logistics
    manufacturing media minerals mining motors networks petroleum pharma pharmaceuticals plastics
    properties publishing rail railways realty research resources robotics securities semiconductors
    shipping software solutions studios systems technologies telecom telecommunications terminals textiles
    therapeutics utilities ventures
    transit project
    water services partners associates sons daughters brothers
    mutual steelworks ironworks foundry mills
    bulletin chronicle courier dispatch examiner gazette herald inquirer sentinel telegraph tribune
    """.split()
    )
    | TEAM_WORDS
)

#: Words that open a body's name and never a person's: region adjectives and the generic
#: modifiers of company and agency names ('Baltic Bridges', 'Pacific Timber', 'United
#: Dairies', 'Consolidated Freight'). A name of two or more words opening with one, with no
#: title, is an organisation's.
BODY_FIRST_WORDS = frozenset(
    """allied american atlantic baltic central consolidated continental eastern federal global
    integrated international mediterranean national nordic northern pacific southern universal
    western""".split()
)

#: Nominal heads that can be sources without a role: "officials", "sources".
GROUP_SOURCE_NOUNS = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "people",
        "person",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "observer",
        "observers",
        "critic",
        "critics",
        "supporter",
        "supporters",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "economist",
        "economists",
        "lawmaker",
        "lawmakers",
        "investor",
        "investors",
        "resident",
        "residents",
        "witness",
        "witnesses",
        "voter",
        "voters",
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "studies",
        "report",
        "reports",
        "data",
        "statement",
        "document",
        "documents",
        "letter",
        "letters",
        "memo",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ]
)


#: Nouns for people who speak on a body's behalf, singular and plural: the body keeps their
#: words ('a spokeswoman for Kestrel Ferries said' -> Kestrel Ferries), while any other noun
#: before a body's name is a speaker of its own ('Critics of Kestrel Ferries said'). Written for
#: quotex from the definitions of *spokesperson* ("a person who speaks on behalf of another or of
#: a group"), *representative* and *official* in Merriam-Webster.
SPOKESPERSON_NOUNS = frozenset(
    """spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople spokespersons
    representative representatives official officials""".split()
)

#: One unnamed spokesperson: 'A spokeswoman for the Department of Education said' is spoken by
#: the spokeswoman (the speaker a fact-checker keys is the noun phrase, 'spokeswoman for the
#: Department of Education'), not by the body, and so is 'a senior official at the Harbour
#: Board'; plural voices ('Officials at Kestrel Ferries') still speak for the body.
SINGLE_SPOKESPERSON_NOUNS = frozenset(["spokesman", "spokeswoman", "spokesperson", "official"])


def plural(noun: str) -> str:
    """Regular English plural: ``plural("envoy")`` -> ``"envoys"``."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("person"):
        return noun[:-6] + "people"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


#: Nouns for a kind of body that news copy uses to refer back to a named one ('Fjord Air ...
#: the airline said'): resolved to the most salient body even when its name does not hold them
#: (round 53 adds the trade nouns of technology copy, in their business senses: studio, provider,
#: marketplace; not *platform*, also a party's programme).
GENERIC_BODIES = frozenset(
    """
    company firm group agency organisation organization business airline carrier bank lender insurer
    retailer manufacturer maker automaker carmaker broker charity utility startup network broadcaster
    newspaper publisher operator developer chain supplier contractor distributor producer exporter importer
    wholesaler drugmaker chipmaker planemaker steelmaker toymaker co-operative cooperative
    studio provider marketplace
""".split()
)

#: Abbreviations of countries and unions of states that news copy writes in capitals ('its UK
#: shops', 'the US market', 'EU rules'): a place or a public body, never what 'the company' or
#: 'the chain' refers to (AP Stylebook, "U.S.", "U.K."; the Guardian style guide, "UK", "US").
PLACE_ABBREVIATIONS = frozenset("UK US USA UAE EU UN GB".split())

#: The word for an English body noun in the languages whose bodies' names English copy keeps
#: untranslated, by the English noun: a party's name holds *dal* (Hindi, Urdu: *Janata Dal*),
#: *partido* (Spanish, Portuguese), *parti* (French, Danish, Norwegian, Turkish *partisi*),
#: *partei* (German), *partij* (Dutch), *partia* (Polish), *partidul* (Romanian), *partiet*
#: (Swedish, Norwegian, Danish definite form), *stranka* (South Slavic). Source: the words in
#: the names of national parties in each language's Wikipedia list of political parties.
#: Compounds end with one (*Volkspartei*, *Landsbygdspartiet*): read as name-word endings of
#: :data:`FOREIGN_NOUN_ENDINGS`.
FOREIGN_BODY_NOUNS: dict[str, frozenset[str]] = {
    "party": frozenset("dal partido parti partisi partei partij partia partidul partiet stranka".split()),
}
#: Endings of compound name words that hold the word for a body noun (*Volkspartei*).
FOREIGN_NOUN_ENDINGS: dict[str, tuple[str, ...]] = {"party": ("partei", "partiet", "partij", "partisi")}

#: Verbs that state a post held in a relative clause after a name, each with the post's noun
#: ('NAME, who chairs the Tarn Valley Trust,' -> 'chair of the Tarn Valley Trust';
#: mentions/relative_posts). Present tense only (a post held now), and *founded*: a founder
#: stays one; *co-* before a verb gives *co-* before its noun. Verbs whose holder has no one
#: noun (*runs*, *oversees*, *represents*) are :data:`VERBATIM_POST_VERBS`. Source: our own
#: list; each noun is the agent noun Merriam-Webster gives for the verb's sense "to be in
#: charge of".
POST_VERBS = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "directs": "director",
    "manages": "manager",
    "edits": "editor",
    "coaches": "coach",
    "captains": "captain",
    "owns": "owner",
    "founded": "founder",
    "cofounded": "co-founder",
}
#: Verbs that state a post in such a clause but have no one agent noun for its holder (*runs*:
#: director, manager, owner?): the title is the clause's verb and body as written ('NAME, who
#: runs the Holmgate Glassworks,' -> 'runs the Holmgate Glassworks'), never an invented noun.
VERBATIM_POST_VERBS = frozenset(["runs", "oversees", "represents"])
