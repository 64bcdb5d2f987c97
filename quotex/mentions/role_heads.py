"""The head of an apposition's role phrase: one lower-case noun after any title modifiers
('glassblower from Murano'), or a compound whose first noun is an agent noun or a gerund
('volunteer coastguard', 'roofing contractor'). Input: the words and a token range; output: yes
or no. Read by :mod:`quotex.mentions.appositions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMBER_WORDS,
    STOP_WORDS,
    SURNAME_OPENING_PARTICLES,
    TIME_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.grammar import (
    ADVERBS,
    CLAUSE_STARTERS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    SPEAKING_ADJECTIVES,
)
from quotex.lexicon.reporting_verbs import STANCE_ADJECTIVES
from quotex.lexicon.titles import RELATION_NOUNS
from quotex.mentions.demonyms import demonym
from quotex.mentions.name_evidence import (
    body_after_role,
    closing_lone_word,
    credit_closes,
    name_last,
    unregistered_person,
)
from quotex.mentions.possessors import possessor_start
from quotex.mentions.stated_ages import age_before, before_age
from quotex.mentions.word_memo import per_lexicon
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    is_name_word,
    is_role,
    plural_form,
    registered_spelling,
    short_eed_noun,
)

#: Prepositions that end a role's noun run ('organiser | with the union').
PREP_STOPS = frozenset("of for with at from in on to by".split())
#: ... and the prepositions of place, which end a noun's run too ('baker | outside Kisumu',
#: 'cheesemaker | near Donegal', 'guide | across the Waikato').
HEAD_STOPS = PREP_STOPS | PLACE_PREPOSITIONS
#: Participles that place a role's holder ('glazier | based in Leeds', 'welder | working at the
#: yard'), which end an open role noun's run as a preposition does.
PLACING_PARTICIPLES = frozenset("based stationed working living".split())
#: Title modifiers that are role nouns too, heading a phrase of their own before a preposition
#: or its end ('a volunteer with the lifeboat crew', 'a veteran of two wars', 'a senior at
#: Halden High School').
NOUN_MODIFIERS = frozenset("volunteer veteran senior junior".split())
#: Heads of indefinite phrases after a name that are not roles: 'Smith, a day after ...'.
NOT_ROLE_HEADS = frozenset("day week month year time move step decision way lot bit few number".split())


def noun_head(words: Sequence[str], first: int, last: int, *, words_before_head: int = 0) -> bool:
    """Does the phrase *first..last* open with one lower-case noun (not a time word), then
    end or go on with a preposition? 'glassblower from Murano', 'organiser with the ...';
    not 'keen sailor from Bergen' (a modifier before an unlisted noun reads as a description).
    *words_before_head* lower-case words may stand before the noun (a compound: 'ferry pilot',
    in a credit that the frame marks as a role)."""
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1  # 'a former miner', 'a retired ...'
    start = k
    while k <= last and words[k].isalpha() and words[k].islower() and words[k] not in HEAD_STOPS:
        k += 1
    if k == start and start > first and words[start - 1].lower() in NOUN_MODIFIERS:
        start -= 1  # ('a volunteer with the lifeboat crew': the modifier is the noun)
    if not start + 1 <= k <= start + 1 + words_before_head:
        return False
    head = words[k - 1].lower()
    return head not in TIME_WORDS and not head.endswith("ly") and head not in NOT_ROLE_HEADS


def demonym_role(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does *first..last* open with a people's word (:func:`~quotex.mentions.demonyms.demonym`)
    before a role noun the lexicon lacks, after at most one noun modifier, then end or go on with
    a preposition ('a Finnish beekeeper', 'a Cree hunter from Moose Factory', 'a Mongolian
    reindeer herder'; not 'a Finnish man', 'a Kenyan beekeepers' group')?"""
    w = words[first] if first <= last else ""
    if not (w[:1].isupper() and w[1:].islower() and demonym(w.lower())):
        return False
    h = first + 1
    if h + 1 <= last and job_modifier(words[h], lexicon) and _unlisted_role_word(words[h + 1], lexicon):
        h += 1  # ('a Mongolian reindeer | herder')
    head = words[h] if h <= last else ""
    return _unlisted_role_word(head, lexicon) and (h == last or words[h + 1] in HEAD_STOPS)


#: Endings of agent nouns that modify another noun in a compound role ('a volunteer coastguard',
#: 'a pioneer aviator', 'a specialist nurse'); not *-er*, which many adjectives share ('bitter').
AGENT_ENDINGS = ("eer", "ist", "ian")


def agent_compound(words: Sequence[str], first: int, last: int) -> bool:
    """Is *first..last* an agent noun modifying a one-noun head ('volunteer coastguard in
    Whitby'), after any title modifiers, as :func:`noun_head` reads the head?"""
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1
    w = words[k] if k <= last else ""
    # ('a roofing contractor', 'a mining engineer'; not 'a loving father': a relation)
    gerund = len(w) > 5 and w.endswith("ing") and k + 1 <= last and words[k + 1].lower() not in RELATION_NOUNS
    return (
        w.isalpha()
        and w.islower()
        and (w.endswith(AGENT_ENDINGS) or gerund)
        and noun_head(words, k + 1, last)
    )


#: Modifiers that rank or place a holder among the holders of a post, so that the noun after
#: them is a job ('a second violinist', 'an opening batsman', 'a relief driver').
POSITION_MODIFIERS = frozenset(
    """first second third fourth fifth opening closing starting relief reserve backup head
    co staff trainee apprentice master associate""".split()
)
#: Evaluative and habitual adjectives that describe a person rather than name a job with the
#: noun after them ('a keen sailor', 'a proud owner', 'a lifelong supporter', 'an avid
#: collector', 'a consummate tactician'): gradable adjectives of attitude, skill, degree, habit,
#: age and leaning.
DESCRIPTIVE_MODIFIERS = frozenset(
    """keen avid proud lifelong devoted dedicated loyal staunch ardent fervent passionate
    enthusiastic committed avowed devout pious outspoken vocal vociferous fierce harsh strong big
    huge great true real hardcore diehard frequent occasional regular habitual serial casual
    amateur aspiring budding fellow typical ordinary average fine good bad poor successful
    talented gifted accomplished experienced seasoned skilled noted renowned famous celebrated
    respected known popular prolific notorious infamous legendary perennial consummate astute
    shrewd canny adept brilliant competent excellent eminent diligent efficient intelligent
    vibrant elegant arrogant decent innocent desperate young old elderly teenage new black white
    gay rich wealthy small little large tall happy busy lucky angry healthy heavy savvy single
    blind deaf moderate liberal radical militant leftist extremist""".split()
)


def job_compound(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Is *first..last*, after any title modifiers, one noun modifier or position word (or two
    noun modifiers) before an unlisted agent noun (:func:`agent_noun`), then its end or a
    preposition: a job ('a retired dockyard fitter from Gillingham', 'a lifestyle influencer in
    Tampa', 'a second violinist who ...', 'a bicycle frame welder in Puno')? Not an evaluative
    or habitual description ('a keen sailor from Bergen', 'an avid collector':
    :data:`DESCRIPTIVE_MODIFIERS`, and adjectives by their endings: *-ful*, *-ous*, *-ive*,
    *-less*, *-ish*, *-ly*, *-est*, participles in *-ed*). A people's word may be the modifier
    ('a Finnish beekeeper': :func:`demonym_role`)."""
    if demonym_role(words, first, last, lexicon):
        return True
    k = first
    while k <= last and words[k].lower() in TITLE_MODIFIERS:
        k += 1
    for h in (k + 1, k + 2):  # (the head after one noun modifier, or after two)
        if h > last or not noun_head(words, h, last):
            continue
        mods, head = words[k:h], words[h]
        # (a verb's form after a noun modifier is a noun: 'a seed counter', not 'countered')
        agent = agent_noun(head, lexicon, verb_form=True) and not head.endswith("ed")
        if not (agent or short_agent(head)) or head.endswith(_NOT_JOB_ENDINGS):
            continue
        if (len(mods) == 1 and mods[0] in POSITION_MODIFIERS) or job_modifiers(mods, lexicon):
            return True
    return False


def bare_job_span(words: Sequence[str], j: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The bare job compound of two or three lower-case words that ends at token *j* right after
    a comma ('NAME, lock keeper, who ...', 'NAME, chief repairer, who ...'), or None: a job
    (:func:`job_compound`) or modifiers before a role noun (listed, WordNet's or an agent noun)."""
    for start in range(j - 1, max(j - 3, floor), -1):
        run = words[start : j + 1]
        if run[0] in DETERMINERS or run[0] in NUMBER_WORDS:
            return None  # ('..., one government adviser, ...': a described person, no job of a name)
        if words[start - 1] == "," and all(w.isalpha() and w.islower() for w in run):
            last = words[j]
            role = last in lexicon.role_words or last in lexicon.open_role_nouns or agent_noun(last, lexicon)
            return (start, j) if role or job_compound(words, start, j, lexicon) else None
    return None


#: Words of five letters in *-er*/*-or* that name no agent: comparatives of one-syllable
#: adjectives (Quirk et al. 1985, 7.74: 'older', 'wider') and the common nouns, verbs and
#: adjectives of that shape ('water', 'paper', 'offer', 'utter').
_SHORT_NOT_AGENTS = frozenset(
    """older lower upper outer inner wider safer finer truer nicer purer surer freer paler rarer
    tamer riper ruder wiser later other after under never fewer lesser newer
    water paper order river cover layer liver fever tower power flour honor color humor labor
    razor motor valor major minor manor tenor fiber sugar cider timer meter liter laser poker
    lever ulcer super sheer queer enter offer alter utter defer refer infer deter cater hover
    cheer steer sober clever tumor vapor error floor""".split()
)


def short_agent(w: str) -> bool:
    """Is lower-case *w* a five-letter agent noun in *-er* or *-or* ('tuner', 'maker', 'miner',
    'tutor'), read only as the head of a compound job after a noun modifier ('piano tuner'): no
    comparative, function word or non-agent noun of :data:`_SHORT_NOT_AGENTS`?"""
    return (
        len(w) == 5
        and w.isalpha()
        and w.islower()
        and w.endswith(("er", "or"))
        and w not in _SHORT_NOT_AGENTS
        and w not in STOP_WORDS
        and w not in NOT_NAMES
        and w not in ADVERBS
        and w not in PREPOSITIONS
        and w not in TIME_WORDS
    )


def job_modifiers(mods: Sequence[str], lexicon: Lexicon) -> bool:
    """Are all of *mods* (none, one or two words) nouns that may modify a job noun
    (:func:`job_modifier`), none of them an adverb ('bamboo raft | builder'; not 'very good')?"""
    return len(mods) <= 2 and all(job_modifier(m, lexicon) and m not in ADVERBS for m in mods)


def job_modifier(mod: str, lexicon: Lexicon) -> bool:
    """Can lower-case *mod* be the noun that modifies a job noun in a compound ('dockyard
    fitter', 'crane operator', 'lifestyle influencer', 'bus driver', 'tea planter'): three
    letters or more (no short adjective of :data:`SHORT_ADJECTIVES`), no evaluative, stance or
    function word, verb form or adjective ending?"""
    return (
        (len(mod) >= 4 or (len(mod) == 3 and mod not in SHORT_ADJECTIVES))
        and mod.isalpha()
        and mod.islower()
        and mod not in DESCRIPTIVE_MODIFIERS
        and mod not in STANCE_ADJECTIVES
        and mod not in SPEAKING_ADJECTIVES
        and mod not in STOP_WORDS
        and mod not in NOT_NAMES
        and mod not in lexicon.verb_forms
        and (not mod.endswith(_ADJECTIVE_ENDINGS) or short_eed_noun(mod))
    )


#: English adjectives of three letters, which no ending marks, before a noun ('a hot', 'a
#: top', 'an odd', 'a shy'): the closed class of three-letter adjectives in general use (with
#: :data:`DESCRIPTIVE_MODIFIERS`' big, old, new, bad, gay), numbers and colours among them.
SHORT_ADJECTIVES = frozenset(
    """hot top odd sad mad shy fit raw dry wet red low key far due ill sly coy wry lax apt icy
    fat wee tan dim fab hip ace pro non sub own one two six ten""".split()
)
#: Endings of agent nouns that name a habit, a pastime or a taste, no job ('a coffee drinker',
#: 'a chain smoker', 'a marathon runner', 'a weekend sailor', 'a keen birdwatcher', 'a
#: casino gambler'), and of nouns in *-ess* that name no person ('a second business').
_NOT_JOB_ENDINGS = (
    "drinker", "smoker", "gambler", "lover", "goer", "runner", "jogger", "walker", "hiker",
    "swimmer", "reader", "watcher", "viewer", "listener", "follower", "user", "shopper", "eater",
    "dreamer", "believer", "spender", "sailor", "gardener", "golfer", "skier", "surfer", "climber",
    "rider", "cyclist", "hunter", "angler", "birder", "collector", "enthusiast", "fanatic",
    "admirer", "devotee", "player", "gamer", "owner", "holder", "renter", "buyer", "seller",
    "ness", "cess", "dress", "gress",
)  # fmt: skip
#: Endings of adjectives (and participles) before a noun: 'careful', 'famous', 'creative',
#: 'fearless', 'stylish', 'lovely', 'finest', 'devoted', 'struggling'.
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "less", "ish", "ly", "est", "ed", "ing", "able", "ible")


#: Endings of English agent and role nouns (hydrologist, glassblower, historian, consultant,
#: volunteer, trustee): with a first name after them, a capitalised word with one is a title.
ROLE_ENDINGS = (
    "ist", "er", "or", "ian", "ant", "ent", "eer", "ee", "man", "woman", "ess", "ary", "ive", "ic", "ard",
)  # fmt: skip
#: Endings of compound trade nouns that :data:`ROLE_ENDINGS` lacks (stonemason, goldsmith,
#: shipwright, sommelier, hotelier, chauffeur, restaurateur): a title where a sentence opens.
TRADE_ENDINGS = ("mason", "smith", "wright", "ier", "eur", "herd")
#: Endings of a lower-case role the lexicon lacks ('hydrologist', 'glassblower', 'frontman',
#: 'lifeguard', 'stonemason'): the role and trade endings less those adjectives share (*-ant*,
#: *-ent*, *-ary*, *-ive*, *-ic*: 'constant', 'urgent', 'ordinary', 'massive', 'public') and
#: *-ier* (comparatives: 'earlier'); a lower-case word is no name, so *-man* and *-ard* are safe.
_LOWER_ROLE_ENDINGS = tuple(
    e for e in ROLE_ENDINGS + TRADE_ENDINGS if e not in ("ant", "ent", "ary", "ive", "ic", "ier")
)


def _head_modifier(w: str, lexicon: Lexicon) -> bool:
    """Can lower-case *w* modify an unlisted role noun right before a name: a title modifier
    ('retired'), a rank among the post's holders ('second': :data:`POSITION_MODIFIERS`) or a
    listed role noun used as a modifier ('consultant pathologist', 'senior nurse')?"""
    low = w.lower()
    listed = low in POSITION_MODIFIERS or low in lexicon.role_words
    return low in TITLE_MODIFIERS or (w.islower() and listed)


def _opening_modifier(w: str, lexicon: Lexicon) -> bool:
    """Can *w*, opening a sentence in capitals, be a noun modifying the role after it ('Duty',
    'Parish', 'Foxes', a team's name) or a people's word ('Finnish'): a word of
    :func:`job_modifier` in lower case or a demonym, no time word, adverb, clause opener or
    preposition ('Yesterday', 'Meanwhile', 'When', 'After')?"""
    low = w.lower()
    return (
        w[:1].isupper()
        and w[1:].islower()
        and (job_modifier(low, lexicon) or demonym(low))
        and low not in TIME_WORDS
        and low not in ADVERBS
        and low not in CLAUSE_STARTERS
        and low not in PREPOSITIONS
    )


#: Quotation marks that close a quotation before a credit ('"C," hydrologist NAME said').
_CLOSING_MARKS = frozenset(['"', "”", "'", "’"])


def agent_noun(w: str, lexicon: Lexicon, *, verb_form: bool = False) -> bool:
    """Is lower-case *w* shaped like a role noun the lexicon may lack: six letters or more with
    an agent or trade ending, and no function, time, modifier or verb word ('hydrologist',
    'lyricist', 'lifeguard'; not 'however', 'whether', 'remember')? With *verb_form*, a verb's
    form may be one, where a noun modifier before it makes it a noun ('a seed | counter')."""
    return (
        len(w) >= 6
        and w.isalpha()
        and w.islower()
        and w.endswith(_LOWER_ROLE_ENDINGS)
        and w not in STOP_WORDS
        and w not in NOT_NAMES
        and w not in ADVERBS
        and w not in CLAUSE_STARTERS
        and w not in PREPOSITIONS
        and w not in TIME_WORDS
        and w not in TITLE_MODIFIERS
        and (verb_form or w not in lexicon.verb_forms)
    )


#: Rank words that make the noun after them a job ('head groom', 'chief taster', 'senior
#: sawyer'): the title modifiers of a post in news style (AP Stylebook, *titles*).
RANK_WORDS = frozenset("head chief senior deputy assistant principal".split())


def ranked_noun(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> bool:
    """Is token *k* a plain lower-case noun after a rank word (:data:`RANK_WORDS`): a job the
    lexicon may lack, the rank its evidence ('head groom NAME', 'Former chief taster NAME')?"""
    w = words[k]
    return (
        k - 1 >= floor
        and words[k - 1].lower() in RANK_WORDS
        and len(w) >= 4
        and w.isalpha()
        and w.islower()
        and w not in STOP_WORDS
        and w not in NOT_NAMES
        and w not in ADVERBS
        and w not in PREPOSITIONS
        and w not in TIME_WORDS
        and w not in TITLE_MODIFIERS
        and w not in lexicon.verb_forms
        and not plural_form(w)
    )


def _unlisted_role(w: str, lexicon: Lexicon) -> bool:
    """Is *w* a lower-case role noun the lexicon does not list: a WordNet role, no verb's form
    ('notary'; not 'Sanders accused NAME'), or shaped like one (:func:`agent_noun`)?"""
    listed = w.isalpha() and w.islower() and w in lexicon.open_role_nouns and w not in lexicon.verb_forms
    listed = listed and not w.endswith("ed") and w not in lexicon.role_words  # (listed roles: prefixes.py)
    return listed or agent_noun(w, lexicon)


#: :func:`_unlisted_role` with each word's answer kept (asked before most names' first word).
_unlisted_role_word = per_lexicon(_unlisted_role)


def particle_surname(words: Sequence[str], k: int) -> int:
    """The capitalised word after the lower-case particles from token *k* that open a surname
    (SURNAME_OPENING_PARTICLES, up to three: 'da Silva', 'van der Berg'), or -1."""
    if words[k] not in SURNAME_OPENING_PARTICLES:
        return -1
    j = k + 1
    while j < len(words) and j - k < 3 and words[j] in NAME_PARTICLES:
        j += 1
    return j if j < len(words) and words[j][:1].isupper() and words[j].isalpha() else -1


def _hyphened_before(words: Sequence[str], lo: int, floor: int) -> int:
    """The first token of a hyphenated modifier that ends at token *lo* ('Semi-retired', *lo*
    on *retired*) or right before it ('Long-serving | lock keeper', *lo* on *lock*); else *lo*."""
    if lo - 2 >= floor and words[lo - 1] == "-" and words[lo - 2].isalpha() and words[lo] not in _AGE_WORDS:
        return lo - 2
    joined = lo - 3 >= floor and words[lo - 2] == "-" and words[lo - 1].isalpha() and words[lo - 1].islower()
    return lo - 3 if joined and words[lo - 3].isalpha() and words[lo - 1] not in _AGE_WORDS else lo


#: The last words of an age's compound, which is the person's, no modifier ('23-year-old').
_AGE_WORDS = frozenset(["old", "year", "years"])


def unlisted_lower_role(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of a title whose head, the lower-case word *k* right before a person's
    name, is a role noun the lexicon lacks (:func:`agent_noun` or a WordNet role of
    ``Lexicon.open_role_nouns``: 'said hydrologist Theo
    Vandermeer', '"C," lifeguard Tamsin Reid said', 'retired schoolteacher Marlene Oyler'), with
    one title modifier before it; -1 when none. Only in a credit's frame, after a cue verb, a
    closing quotation mark, a comma, an agent's *by*, a sentence's start or (before a capitalised
    modifier) *the*, before a registered first name or an honorific and a name; a capitalised modifier or
    body's name may stand before the role (:func:`_capitalised_modifier`)."""
    role = _unlisted_role_word(words[k], lexicon) or ranked_noun(words, k, floor, lexicon)  # ('head groom')
    if not (role and k + 1 < len(words)):
        return -1
    honorific = k + 2 < len(words) and words[k + 1].lower().rstrip(".") in lexicon.honorifics
    owner = _owner_before(words, k, floor, lexicon)  # ("the museum's coral ecologist Aroha Ngata")
    if owner >= 0 and words[k + 1].istitle() and k + 2 < len(words) and words[k + 2][:1].isupper():
        # (a noun's possessive keeps its owner, as a listed role's does: "the club's new conductor")
        pronoun = words[owner].lower() in ("its", "their")
        return owner + 1 if pronoun else possessor_start(words, owner - 1, floor)
    # (a registered first name, an honorific before a name: 'consultant pathologist Dr Mereana
    # Tipoki', or a name the frame closes on: 'said beekeeper Neema Mushi.', in a cue's frame)
    known = (honorific and words[k + 2].istitle()) or registered_spelling(
        words[k + 1].lower()
    ) in ANY_FIRST_NAMES
    name = particle_surname(words, k + 1)  # ('said hydrologist da Silva': the particles open a surname)
    if (not known and name < 0 and not unregistered_person(words, k + 1, lexicon)) or body_after_role(
        words, max(name, k + 1), lexicon
    ):
        return -1  # (not a body: 'said distributor Halden Dairies')
    aged = age_before(words, k - 1, floor) >= 0  # ('51-year-old coxswain NAME': the age is the name's)
    lo = k - 1 if k - 1 >= floor and not aged and _head_modifier(words[k - 1], lexicon) else k
    job = not words[k].endswith(_NOT_JOB_ENDINGS)  # (not a habit: 'coffee drinker NAME')
    if lo == k and k - 1 >= floor and job and not aged and job_modifier(words[k - 1], lexicon):
        lo = k - 1  # ('crane operator NAME', 'dockyard fitter NAME'): a compound job noun
    # ('veteran crane operator', 'head lock keeper', 'acting head stockman', 'Acting senior tea
    # taster': up to two title or position modifiers before the role and its modifier)
    for _ in range(2):
        rank = lo - 1 >= floor and (
            words[lo - 1].lower() in TITLE_MODIFIERS or words[lo - 1] in POSITION_MODIFIERS
        )
        lo -= int(lo < k and rank)
    # ('Semi-retired locksmith NAME', 'self-employed plumber NAME', 'long-serving rate-setter NAME')
    lo = _hyphened_before(words, _hyphened_before(words, lo, floor), floor)
    if lo == floor and lo < k:
        return lo  # ('Retired schoolteacher Marlene Oyler said': the sentence opens with it)
    # ('Duty volcanologist NAME', 'the Kilkenny boss NAME', 'Environment and Climate Change Canada
    # meteorologist NAME': a capitalised modifier or body's name before the role)
    body = _capitalised_modifier(words, lo, floor, lexicon)
    edge = before_age(words, body - 1, floor) + 1  # (an age frames nothing: 'said | 51-year-old | coxswain')
    if edge == floor:
        # ('Tanzanian beekeeper Neema Mushi said', '83-year-old coxswain NAME said': an age opens it)
        return body if known or body < k or edge < body else -1
    before = words[edge - 1] if edge - 1 >= floor else ""
    # (or the agent's *by* of a passive or an action noun: 'an examination by pathologist NAME',
    # *according to*; a body's *the*: 'the Kilkenny boss NAME', not 'the private email server
    # NAME used')
    framed = before in _CLOSING_MARKS or before in (",", "by") or before.lower() in lexicon.verb_forms
    framed = framed or (before == "to" and body - 2 >= floor and words[body - 2].lower() == "according")
    if framed or (known and before == "the" and body < lo):
        return body
    # ('The beekeeper Neema Mushi said', 'interviewed the lighthouse keeper Mikael Lind.': a plain
    # *the* before a WordNet role when the credit closes on a name of two or three words; not
    # 'the private email server Hillary Clinton used', whose name opens a clause)
    plain = before.lower() == "the" and body == lo and not honorific  # (not 'the younger Mr. Trump')
    # (or a hyphenated agent noun: 'the rate-setter Ana Berg said')
    listed = plain and (words[k] in lexicon.open_role_nouns or (lo < k and agent_noun(words[k], lexicon)))
    last = name_last(words, k + 1) if listed else -1
    if listed and last < 0 and closing_lone_word(words, k + 1, lexicon):
        last = k + 1  # ('The cellist Orlo said': a stage name or a surname alone)
    return body if last >= 0 and credit_closes(words, last, lexicon) else -1


#: The most words of a body's name before a role ('Environment and Climate Change Canada').
_MAX_BODY_WORDS = 6


def _capitalised_modifier(words: Sequence[str], lo: int, floor: int, lexicon: Lexicon) -> int:
    """The first token of the capitalised words (a body's name, joined by *and* or *of*, or one
    noun modifier) right before the role phrase at token *lo*, or *lo* when none: 'Kilkenny |
    boss', 'Environment and Climate Change Canada | meteorologist', 'Duty | volcanologist' (one
    word opening the sentence: a noun of :func:`job_modifier`, not 'Yesterday')."""
    j = lo - 1
    start = lo
    while j >= floor and lo - j <= _MAX_BODY_WORDS:
        w = words[j]
        # (*for* after a body's noun: 'Brasswick Institute for Public Health | epidemiologist')
        body_for = w == "for" and j - 1 >= floor and words[j - 1].lower() in lexicon.organization_nouns
        linked = w in ("and", "of", "&", "-") or body_for  # ('KDLV-TV | meteorologist')
        if linked and start == j + 1 and j - 1 >= floor and _capitalised_word(words[j - 1]):
            j -= 1
        elif w.isdigit() and start == j + 1 and j - 1 >= floor and _capitalised_word(words[j - 1]):
            start = j  # ('WTSN Channel 8 | meteorologist': a channel's number inside its name)
            j -= 1
        elif _capitalised_word(w):
            start = j
            j -= 1
        else:
            break
    if start == floor and start == lo - 1 and not _opening_modifier(words[start], lexicon):
        return lo  # ('Yesterday volcanologist NAME')
    return start


def _capitalised_word(w: str) -> bool:
    """Is *w* a capitalised word that may belong to a body's name (no function, time or
    clause word: 'Canada', 'Kilkenny'; not 'In', 'When', 'Yesterday')?"""
    low = w.lower()
    return (
        w[:1].isupper()
        and w.replace("-", "").isalpha()
        and low not in STOP_WORDS
        and low not in TIME_WORDS
        and low not in ADVERBS
        and low not in CLAUSE_STARTERS
        and low not in PREPOSITIONS
    )


#: Possessive determiners and the possessive clitic that may own a post ('its', "museum 's").
_OWNERS = frozenset(["its", "their", "'s", "’s"])


def _owner_before(words: Sequence[str], k: int, floor: int, lexicon: Lexicon) -> int:
    """The possessive (*its*, *their* or a noun's *'s*) right before the role at token *k* or
    before one lower-case noun modifier of it ("the museum's coral | ecologist", 'its soil |
    chemist') and a rank word before that ("the works' chief | soap | boiler"): its token, or -1."""
    j = k - 1
    if j >= floor and words[j] not in _OWNERS and _modifier(words[j], lexicon):
        j -= 1
    if j >= floor and j < k - 1 and words[j] in RANK_WORDS:
        j -= 1  # ("the works' chief | soap | boiler")
    return j if j >= floor and words[j].lower() in _OWNERS else -1


def _modifier(word: str, lexicon: Lexicon) -> bool:
    """Is *word* a lower-case noun that may modify a role (no function, time or verb word)?"""
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS
        and word not in TIME_WORDS
        and word not in PREPOSITIONS
        and word not in lexicon.verb_forms
    )


def job_noun_at(words: Sequence[str], j: int, first: int, end: int, lexicon: Lexicon) -> bool:
    """Is token *j*, a verb's spelling in an apposition's phrase opened at *first*, the head of a
    job compound, after one noun modifier that opens the phrase and before its end or a
    preposition ('a seed | counter in Tarnava')?"""
    closes = j == end or words[j + 1] in (",", ".", ";", ":") or words[j + 1] in HEAD_STOPS
    return j - 1 == first and closes and job_compound(words, first, j, lexicon)


def employer(words: Sequence[str], first: int, end: int) -> bool:
    """Does the phrase *first*..*end* (exclusive) go on, after its lower-case words, with *at*,
    *with* or *for* and a capitalised name, an employer ('survey lead at the Skarvbre Ice Watch'),
    or with *of the* and one ('survey lead of the Skarvbre Ice Watch'; not 'a native of Bergen')?"""
    k = _employer_link(words, first, end)
    if k < 0:
        return False
    name = k + 2 if k + 2 < end and words[k + 1] == "the" else k + 1  # (*the* may open the name,
    closed = name == k + 1 or is_name_word(words[end - 1])  # which then ends the phrase: no 'trials')
    return (
        closed
        and name < end
        and is_name_word(words[name])
        and not _plural_head(words, first, k)  # ('B, train dogs for the X Trust': a predicate)
    )


#: Prepositions that link a role to its employer's name ('cooper at X', 'organiser with X').
_EMPLOYER_LINKS = frozenset(["at", "with", "for"])


def _employer_link(words: Sequence[str], first: int, end: int) -> int:
    """The token, after the lower-case words that open *first*..*end* (exclusive), that links
    them to an employer: *at*, *with*, *for*, or *of* before *the* and a capitalised name; -1."""
    k = first
    while k < end and words[k].islower():
        if words[k] in _EMPLOYER_LINKS or _of_the_name(words, k, end):
            return k
        k += 1
    return -1


def _of_the_name(words: Sequence[str], k: int, end: int) -> bool:
    """Is token *k* *of* before *the* and a capitalised name ('lead | of the Skarvbre Ice Watch')?"""
    return words[k] == "of" and k + 2 < end and words[k + 1] == "the" and is_name_word(words[k + 2])


def _plural_head(words: Sequence[str], first: int, k: int) -> bool:
    """Is the last word of the lower-case run that opens *first*..*k* (before its first
    preposition) a plural noun ('dogs', 'bees'; not 'head of sales', 'boss', 'campus')?"""
    j = first
    while j < k and words[j] not in PREP_STOPS:
        j += 1
    head = words[j - 1] if j > first else ""
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))


def bare_employed(words: Sequence[str], first: int, end: int) -> bool:
    """Is the phrase from *first* to *end* (exclusive) a role with no article before its
    employer ('Ina Berg, cooper at Quarrymoor Cider')? One or two lower-case nouns, no past form,
    the last no *-ing* form ('speaking at Harvard', 'based at X' are none; 'training manager' is)."""
    if not noun_head(words, first, end - 1, words_before_head=1) or not employer(words, first, end):
        return False
    k = _employer_link(words, first, end)  # (found: employer() read it)
    # ('started work at X': a verb; 'speaking at X': a participle heads no post)
    return not any(w.endswith("ed") for w in words[first:k]) and not words[k - 1].endswith("ing")


def joined_agent(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Is token *j* an unlisted agent noun joined by *and* to a second role noun, listed or
    not ('cellist and arranger'; not 'looked smaller and his voice', 'the corner and began')?"""
    if j + 2 > end or words[j + 1] != "and" or not agent_noun(words[j], lexicon):
        return False
    second = words[j + 2]
    return is_role(second, lexicon) or agent_noun(second, lexicon)
