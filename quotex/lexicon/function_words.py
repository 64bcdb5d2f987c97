"""Closed-class words the rules need to recognise without a tagger.

Sources: the closed classes of the Penn Treebank tagging guidelines
(Santorini 1990: DT, PRP, PRP$, IN, CC, MD, WDT/WP) and spaCy's English
stop-word list (``spacy/lang/en/stop_words.py``), cut down to the words that
matter for finding noun-phrase edges. Inclusion criterion: a word that can
never be the head of a speaker's noun phrase.
"""

from __future__ import annotations

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "several",
        "many",
        "few",
        "both",
        "all",
        "most",
        "no",
        "another",
        "other",
        "such",
    ]
)

NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "dozen",
    ]
)

PRONOUNS = {
    "he": ("m", "singular"),
    "she": ("f", "singular"),
    "they": (None, "plural"),
    "it": (None, "thing"),
    "i": (None, "singular"),
    "we": (None, "plural"),
    "you": (None, "singular"),
}

OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "it", "you"])
#: Of those, a third person's (not *it*): the one heard or shown speaking ('heard her say',
#: 'a video showed him saying'; not 'had seen it, adding').
PERSON_OBJECTS = frozenset(["him", "her", "them"])

#: Words that stop a noun phrase when met walking outwards from its head.
STOP_WORDS = frozenset(
    [
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "because",
        "although",
        "though",
        "while",
        "whereas",
        "if",
        "unless",
        "when",
        "whenever",
        "where",
        "wherever",
        "after",
        "before",
        "since",
        "until",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "also",
        "only",
        "just",
        "even",
        "still",
        "already",
        "never",
        "ever",
        "again",
        "then",
        "now",
        "there",
        "here",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "upon",
        "about",
        "against",
        "between",
        "among",
        "through",
        "during",
        "without",
        "within",
        "under",
        "over",
        "above",
        "below",
        "across",
        "behind",
        "beyond",
        "toward",
        "towards",
        "around",
        "near",
        "off",
        "out",
        "up",
        "down",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "telling",
        "saying",
    ]
)

#: Capitalised words at a sentence start that are not names.
NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "for",
        "nor",
        "neither",
        "either",
        "about",
        "against",
        "into",
        "over",
        "under",
        "in",
        "on",
        "at",
        "by",
        "to",
        "of",
        "with",
        "from",
        "as",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "because",
        "although",
        "though",
        # (subordinators: *Once Ana Roe had signed, ...* opens no name; round 26)
        "once",
        "unless",
        "whereas",
        "whenever",
        "despite",
        "during",
        "without",
        "within",
        "however",
        "meanwhile",
        "moreover",
        "still",
        "also",
        "even",
        "then",
        "now",
        "there",
        "here",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "yes",
        "no",
        "not",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "both",
        "all",
        "some",
        "many",
        "most",
        "several",
        "each",
        "every",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "asked",
        "according",
        "earlier",
        "later",
        "last",
        "next",
        "first",
        "second",
        "new",
        "other",
        "another",
        "such",
        "more",
        "less",
        "speaking",
        "writing",
        "reporting",
        "additional",
        "editing",
        "contributing",
        # a preposition, an inverted auxiliary and an imperative that open a sentence before a
        # name ('Like Sanders, he ...', 'Had I known ...', '(See Marr's timeline below.)')
        "like",
        "unlike",
        # ('Beside Marek Hudec, ...', 'Amid the protests, ...': prepositions of place and
        # company; not *Outside*, *Inside* or *Beyond*, which open bodies' names)
        *"behind beside besides alongside among amongst amid amidst across through toward towards".split(),
        "upon",
        "had",
        "see",
        "having",  # the perfect participle's auxiliary: 'Having called the plan "reckless," ...'
        # sentence adverbs, which open a sentence before its subject ('Recently Lena Okafor
        # announced ...'): general English adverbs of time, frequency and stance (none is in
        # the census first-name list of first_names.py)
        *"""
        recently previously repeatedly publicly privately reportedly usually sometimes again
        often frequently already initially finally subsequently separately originally currently
        eventually indeed instead afterwards afterward nevertheless nonetheless similarly
        likewise additionally notably ultimately apparently perhaps
        """.split(),
    ]
)

#: Indefinite pronouns of persons and things (Quirk et al. 1985 §6.45), which open many a
#: quotation ('"Nobody reads it," the 54-year-old said.'): capitalised, never a name (as a
#: subject they still speak: 'Someone asked how ...').
INDEFINITE_PRONOUNS = frozenset(
    "nobody everybody somebody anybody everyone someone anyone nothing something everything".split()
)

#: Connectors allowed inside a name ("Charles de Gaulle", "Osama bin Laden"; Arabic *abu*
#: 'father of', *bint* 'daughter of', Hassaniya *ould* 'son of', German *vom*/*zu*). The
#: lower-case particles written between a given name and a surname in the naming customs of
#: the Wikipedia articles "Nobiliary particle", "Filipino name", "Welsh surnames", "Malay
#: name" and "Spanish naming customs": Spanish *de los*/*de las*, Filipino *dela*/*delos*/
#: *delas*, Welsh *ap*/*ab* 'son of', Malay *binti*/*binte* 'daughter of', Swedish *af*,
#: Italian *dei*/*degli*, German *zum*/*zur*, Hebrew and Maghrebi *ben* 'son of', Dutch *te*.
#: Catalan *i* 'and' joins a person's two surnames (Wikipedia, "Catalan names": *Jordi Puigdemont i
#: Casals*); lower-case *i* is no English word. Kikuyu and Swahili *wa* 'of' joins a given
#: name to a father's or family name (as in the novelist Ngũgĩ wa Thiong'o's name, and his son
#: Mũkoma wa Ngũgĩ's); lower-case *wa* is no English word. Faroese toponymic surnames open with
#: the prepositions *í*, *á*, *við* ('Rannvá í Túni', 'Jógvan á Lakjuni': Wikipedia, "Faroese
#: names"); none is an English word.
#: (Not *do*, *e*, *y* or *op*: English words or letters that stand between capitalised words.)
NAME_PARTICLES = frozenset(
    [
        "wa",
        "abu",
        "bint",
        "ould",
        "vom",
        "zu",
        "zum",
        "zur",
        "los",
        "las",
        "dela",
        "delos",
        "delas",
        "ap",
        "ab",
        "binti",
        "binte",
        "af",
        "dei",
        "degli",
        "ben",
        "te",
        "i",
        "de",
        "del",
        "della",
        "der",
        "den",
        "des",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
        "ter",
        "ten",
        "st",
        "í",
        "á",
        "við",
    ]
)

#: Gaelic surname prefixes after which the article *an* stands inside the name ('Tadhg Mac an
#: Bhaird', 'Mac an tSaoir': Wikipedia, "Irish name", surnames with the article); elsewhere *an*
#: is the English article ('called Ruiz an American hero').
GAELIC_ARTICLE_HEADS = frozenset(["Mac", "Mag", "Nic", "Ó", "Ní", "Uí"])

#: The name particles that open a surname standing alone in running text, after any word ('said
#: da Silva', 'according to van der Berg', 'told de la Cruz'): the nobiliary and patronymic
#: particles of the Wikipedia articles "Nobiliary particle", "Portuguese name", "Dutch name"
#: ("tussenvoegsel": *van*, *van der*, *ter*), "Italian name" and "Welsh surnames", less those
#: that only follow another particle (the articles *der den des la le los las*) and those
#: that are English words or letters before a capitalised word (*ten* 'ten Republicans', *i*,
#: *te*, *st*, *al*, *el*, *ab*, *af*, *ben*) or that a surname does not open alone (the
#: patronymics *bin binti binte bint ibn abu ould wa*: a Malay or Arab second reference is
#: the given name).
SURNAME_OPENING_PARTICLES = frozenset(
    "van von vom de del della dei degli di da das dos du ter zu zur zum ap dela delos delas".split()
)

#: Lower-case particles joined by a hyphen to the next name word ("Yusuf al-Shammari", "Amr
#: el-Sayed", "Nasir ud-Din", "Abd ar-Rahman"): the Arabic definite article *al-* with its
#: colloquial *el-* and the sun-letter assimilations *ad- ash- as- at- az- an- ar-* as they are
#: romanised in names (Library of Congress ALA-LC Arabic romanization table, rule 7; Urdu/Persian
#: *ud-*/*ul-*). Only with no space on either side of the hyphen and a capitalised word after it.
HYPHEN_NAME_PARTICLES = frozenset("al el ad ash as at az an ar ud ul".split())

#: Name suffixes ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "jnr.", "snr.", "ii", "iii", "iv"])

#: Post-nominal letters written after a name, in capitals, that are no part of it: senior
#: barristers (King's and Queen's Counsel, Senior Counsel in Australia, Ireland and Hong Kong),
#: the British orders, decorations and medals (Debrett's, "Forms of address": OBE, MBE, CBE,
#: KBE, DBE, BEM, GBE) and the learned fellowships (the Royal Society, the Royal Society of
#: Edinburgh, the British Academy, the Royal Academy of Engineering, the Academy of Medical
#: Sciences) ('Counsel assisting the inquiry, Fiona Carmody SC,' is Fiona Carmody).
POST_NOMINALS = frozenset("KC QC SC SC. OBE MBE CBE KBE DBE GBE BEM FRS FRSE FBA FREng FMedSci".split())
#: Degrees and licences set off by commas after a name ('NAME, PhD, a chemist at X', 'NAME, MD,'):
#: the doctorates and professional licences of US and British news style (AP Stylebook,
#: "academic degrees"; Debrett's, "Forms of address").
DEGREE_LETTERS = frozenset(
    "PhD Ph.D. MD M.D. DPhil DSc D.Sc. EdD JD J.D. DDS DVM RN MPH MBA LLB LLM FRCS FRCP".split()
)

#: Office words that follow "of" in a title ("Secretary of State").
OFFICE_WORDS = frozenset(
    [
        "state",
        "defense",
        "defence",
        "treasury",
        "justice",
        "commerce",
        "energy",
        "labor",
        "labour",
        "agriculture",
        "education",
        "health",
        "interior",
        "transportation",
        "foreign",
        "affairs",
        "homeland",
        "security",
        "national",
        "intelligence",
        "staff",
        "finance",
        "economy",
        "communications",
        "housing",
        "veterans",
        "the",
    ]
)

#: -ing forms that modify a role noun in a title ('a visiting fellow', 'the presiding judge'),
#: besides those of :data:`TITLE_MODIFIERS` ('managing director').
ING_MODIFIERS = frozenset(
    """visiting presiding reigning sitting serving supervising consulting contributing commanding
    coordinating governing ruling practising practicing teaching attending marketing operating
    organizing organising polling publishing banking nursing engineering training planning
    fundraising accounting""".split()
)
#: Plural nouns that modify a role noun in a job title ('sales director', 'public affairs
#: manager', 'arts editor', 'human resources chief'): the plurals a title keeps, none a common
#: verb form (not *claims*, *markets*, *accounts*, which follow a subject as its verb); plural-only
#: job-title nouns with no verb reading before a role ('works manager', 'parks officer', 'state schools
#: superintendent'; OED).
PLURAL_ROLE_MODIFIERS = frozenset(
    """sales affairs arts sports news customs resources services systems products programmes
    programs events savings works arms parks grounds weapons highways waterways roads utilities
    schools prisons hospitals libraries fisheries elections operations investments communications""".split()
)

#: Lower-case words that can modify a role noun in a title ("top Kremlin aide").
TITLE_MODIFIERS = frozenset(
    [
        "top",
        "senior",
        "junior",
        "former",
        "chief",
        "deputy",
        "acting",
        "special",
        "principal",
        "lead",
        "leading",
        "longtime",
        "veteran",
        "interim",
        "assistant",
        "associate",
        "executive",
        "managing",
        "general",
        "presidential",
        "vice",
        "prime",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "economic",
        "political",
        "military",
        "national",
        "regional",
        "local",
        "state",
        "federal",
        "city",
        "county",
        "district",
        "press",
        "campaign",
        "communications",
        "policy",
        "security",
        "legal",
        "public",
        "private",
        "independent",
        "prominent",
        "influential",
        "outgoing",
        "incoming",
        "new",  # ("the club's new manager NAME", 'its new chief executive')
        "newly",
        "elected",
        "appointed",
        "then",
        "current",
        "retired",
        "volunteer",  # the unpaid form of a post ('a volunteer coastguard', 'volunteer firefighter')
        "permanent",  # ('Permanent Representative to the United Nations', 'Permanent Secretary')
        "high",  # ('High Commissioner to Canada', 'High Representative', 'High Sheriff')
        "white-house",
        "house",
        "senate",
        "party",
        "union",
        "trade",
        "labor",
        "labour",
        "energy",
        "health",
        "majority",
        "minority",
        "ranking",
        "founding",
        # participles fixed in the names of posts ('commanding officer', 'presiding judge', 'senior
        # enlisted adviser'; AP Stylebook "military titles"), no verb opening a clause there
        "commanding",
        "presiding",
        "enlisted",
    ]
)

FEMALE_WORDS = frozenset(
    [
        "mrs",
        "smt",
        "shrimati",
        "srimati",
        "sushri",
        "tmt",
        "ms",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "princess",
        "spokeswoman",
        "congresswoman",
        "chairwoman",
        "councilwoman",
        "assemblywoman",
        "businesswoman",
        "wife",
        "mother",
        "daughter",
        "sister",
        "grandmother",
        "actress",
        "waitress",
        "headmistress",
        "forewoman",
        # (round 26: gendered role and relation nouns; Merriam-Webster and the Oxford English
        # Dictionary define each of one sex, and its counterpart of the other is in use)
        "sportswoman",
        "horsewoman",
        "policewoman",
        "stateswoman",
        "noblewoman",
        "servicewoman",
        "camerawoman",
        "anchorwoman",
        "frontwoman",
        "committeewoman",
        "tradeswoman",
        "yachtswoman",
        "oarswoman",
        "widow",
        "aunt",
        "niece",
        "granddaughter",
        "stepmother",
        "stepdaughter",
        "duchess",
        "countess",
        "baroness",
        "empress",
        "heiress",
        "abbess",
        "nun",
        "she",
        "her",
    ]
)

MALE_WORDS = frozenset(
    [
        "mr",
        "shri",
        "sir",
        "lord",
        "king",
        "prince",
        "spokesman",
        "congressman",
        "chairman",
        "councilman",
        "assemblyman",
        "businessman",
        "husband",
        "father",
        "son",
        "brother",
        "grandfather",
        "actor",
        "headmaster",
        "foreman",
        # (round 26: the counterparts of the women's words above)
        "sportsman",
        "horseman",
        "policeman",
        "statesman",
        "nobleman",
        "serviceman",
        "cameraman",
        "anchorman",
        "frontman",
        "committeeman",
        "tradesman",
        "yachtsman",
        "oarsman",
        "widower",
        "uncle",
        "nephew",
        "grandson",
        "stepfather",
        "stepson",
        "duke",
        "baron",
        "emperor",
        "abbot",
        "monk",
        "he",
        "him",
        "his",
    ]
)

#: The days of the week.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

#: Days and months: never a name on their own ("on Monday", "in March").
TIME_NAMES = WEEKDAYS | frozenset(
    """
    january february march july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec
""".split()
)

#: Words before a day or month that make it a date, so that it never opens the name after it
#: ("On Sunday Ana Berg said", "since March Tove Lindahl has"): the temporal prepositions and
#: determiners of Quirk et al. 1985, §9.36-9.45 ("on Monday", "by Friday", "last March").
DATE_LEADS = frozenset("on in since until till by before after through last next this early late".split())

#: Words of a time expression ("on Tuesday", "last week", "that night").
TIME_WORDS = TIME_NAMES | frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    january february march april may june july august september october november december
    week month year weekend morning afternoon evening night day days weeks months years
    earlier later recently
""".split()
)

#: Parts of the day after a day's name ('on Thursday evening', 'Sunday night'), and the words
#: that name a day; a time phrase of the two stands between a subject and its verb.
PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
DAY_WORDS = WEEKDAYS | frozenset(["today", "yesterday"])

#: Nouns for a written text that can stand for its author ("the statement said", "the
#: notice read"; general English nouns for a written or posted text; round 23 adds the
#: nouns for an organisation's internal or circulated text: circular, directive, memorandum,
#: newsletter, as in general dictionaries' senses of each; round 48 the court filings that speak
#: for the party that filed them, "the lawsuit claims", "the complaint alleges": lawsuit,
#: complaint, filing, petition, affidavit, indictment, in their legal senses; round 49 a
#: submission, the written evidence a body puts to an inquiry or a consultation).
DOCUMENT_NOUNS = frozenset(
    """
    text article statement letter post tweet message memo op-ed column essay release
    communique note report document transcript email blog speech notice
    circular directive memorandum newsletter
    lawsuit complaint filing petition affidavit indictment
    submission
""".split()
)

#: Nouns of a picture, a recording or a link that a person posts or shares online (general
#: dictionaries' senses; round 51): the object of *posted a video*, *shared a photo* is a thing
#: put online, no report of what anyone said.
MEDIA_NOUNS = frozenset(
    """
    photo photograph picture image selfie video clip footage recording livestream screenshot
    meme gif link map chart graphic
""".split()
)

#: Nouns of a recording that shows a person speaking (general dictionaries' senses; round 53):
#: in *footage of NAME saying "C"*, *a clip of NAME telling reporters* the object of *of* is
#: the one heard, so the speaker of the gerund cue.
RECORDING_NOUNS = frozenset(
    """
    video videos clip clips footage recording recordings tape tapes audio film livestream
""".split()
)

#: Kinship nouns (a closed class of English: the family relations news copy writes before or
#: after a relative's name, 'his wife, Ana Berg', 'Berg's eldest son'). A relative introduced
#: so is named by first name afterwards; a bare surname stays with the family's principal.
KINSHIP_NOUNS = frozenset(
    """
    wife husband spouse widow widower mother father son daughter brother sister stepson
    stepdaughter stepmother stepfather grandson granddaughter grandmother grandfather nephew
    niece cousin uncle aunt in-law
""".split()
)

#: Common Chinese, Korean and Vietnamese family names in their usual romanisations, which East
#: Asian names write first (Chicago Manual of Style 8.14-8.17); several are also Western given
#: names of one gender in the census lists (*Li*, *Le*, *Ma*, *Song*, *Lin*, *Yu*, *Park*).
FAMILY_NAMES_FIRST = frozenset(
    """li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
    cheng wei su lu ding ren shen yao xi lau chan cheung wong leung ng kim lee park choi jung
    kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong moon ko baek nguyen tran le pham
    hoang huynh phan vu vo dang bui do ho ngo duong ly""".split()
)

#: Name words and surname endings only women bear, for a name whose given name no list knows:
#: the Sikh name *Kaur* (every Sikh woman's since the Khalsa of 1699; *Singh*, a man's, is a
#: family name of women too in the diaspora, so not listed); the Icelandic patronymic in
#: *-dóttir* ('daughter'); the Czech and Slovak feminine surname in *-ová*; the Lithuanian
#: married and maiden surnames in *-ienė*, *-aitė*, *-ytė* (lower case, written with their
#: accents: an unaccented *-ova* is also Italian *Casanova*, *Villanova*).
WOMENS_NAME_WORDS = frozenset(["kaur"])
#: Sikh names that stand right after a given name (*Jaswinder Kaur Dhillon*, *Gurpreet Singh
#: Sandhu*; Wikipedia, "Singh" and "Kaur"): the word before them is a given name, never a role.
AFTER_GIVEN_NAMES = frozenset(["kaur", "singh"])
WOMENS_SURNAME_ENDINGS = ("dóttir", "dottir", "ová", "ienė", "aitė", "ytė")

#: Body-part nouns: with *kinship* nouns the inalienable possessions of English grammar (Quirk
#: et al. 1985, §5.115; a *his*/*her* before them in a clause is that clause's subject's: *who
#: lifted the cup above her head*, *who shook his head*). General English body words, singular;
#: a plural in *s* is read from them.
BODY_PART_NOUNS = frozenset(
    """
    head hand arm fist shoulder face eye brow forehead lip mouth chin cheek neck chest back knee
    leg foot hip ankle wrist elbow finger thumb heart voice hair
""".split()
)

#: A photograph's directions set off in brackets after a name in a caption-style credit ('Ana
#: Berg (pictured), the mayor, said'; 'Ana Berg (second from left)'): the AP Stylebook's
#: caption words for where a person stands in the picture. No word of a name or a title.
PHOTO_DIRECTIONS = frozenset(
    """pictured left right center centre above below top bottom inset front rear middle second third
    from""".split()
)
