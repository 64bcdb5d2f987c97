"""Word tests the mention rules share.

Is a word a name word, a role (from the lexicon), a plural role, a body word, a noun modifier,
the registered spelling of a first name; is a span a party tag (*D-Ore.*) or a plural
possessor. Input: words and a lexicon; output: booleans. The tests asked most often keep each
word's answer (:mod:`quotex.mentions.word_memo`, re-exported here).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import (
    DETERMINERS,
    HYPHEN_NAME_PARTICLES,
    ING_MODIFIERS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    PHOTO_DIRECTIONS,
    PLURAL_ROLE_MODIFIERS,
    STOP_WORDS,
    SURNAME_OPENING_PARTICLES,
    TIME_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from quotex.lexicon.grammar import (
    FRONTING_PREPOSITIONS,
    IRREGULAR_PAST,
    ISSUED_NOUNS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    SIMPLE_PAST,
)
from quotex.lexicon.titles import (
    INITIALISM_ROLE_NOUNS,
    PARTY_ADJECTIVES,
    TITLE_ABBREVIATIONS,
)

# (re-exported: the rules import these from here; ``X as X`` marks a re-export for mypy)
from quotex.mentions.word_memo import LOWER_CACHE as LOWER_CACHE  # noqa: PLC0414
from quotex.mentions.word_memo import is_name_word as is_name_word  # noqa: PLC0414
from quotex.mentions.word_memo import is_role as is_role  # noqa: PLC0414
from quotex.mentions.word_memo import lower_words as lower_words  # noqa: PLC0414
from quotex.mentions.word_memo import per_lexicon
from quotex.tokens import Tokens
from quotex.word_cache import capitals as capitals  # noqa: PLC0414

#: Every listed first name, lower case and without accents: the census lists' and the
#: registrations' (:mod:`quotex.lexicon.first_names`, :mod:`quotex.lexicon.given_names`).
ANY_FIRST_NAMES = FIRST_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


#: Nouns of a numbered seat or area ('Ward 14 Councilwoman', 'District 3 Supervisor',
#: 'Councilman NAME of Ward 5': a constituency, no body the office belongs to).
DISTRICT_NOUNS = frozenset("ward district precinct division zone region".split())
#: Nouns of a school year or grade before its number, which a learner's role keeps ('Year 12
#: student', 'Grade 10 learner', 'Form 4 student', 'Class 10 student': UK and Australian,
#: North American and South African, Kenyan and Indian school years), with the seats' nouns
#: of :data:`DISTRICT_NOUNS`: a numbered noun before a role, part of its title.
NUMBERED_NOUNS = DISTRICT_NOUNS | frozenset("year grade form class standard primary secondary".split())


def positions(words: Sequence[str], word: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """The indices of *word* in *words* (those *k* with ``lo <= k < hi`` when given), in order:
    ``index`` from each one found on, a C scan that costs a fraction of a ``map`` over the
    words (a call per word)."""
    found: list[int] = []
    index = words.index
    stop = len(words) if hi is None else hi
    k = lo - 1
    try:
        while True:
            k = index(word, k + 1, stop)
            found.append(k)
    except ValueError:
        return found


def party_tag(words: Sequence[str], i: int, j: int, first: int) -> bool:
    """Is chain *i..j* a party and state set off after a name (', D-Ore.,', '(R-S.C.)'), the
    US press's label for a legislator (AP style), not a name?"""
    return (
        words[i] in ("D", "R", "I")
        and i + 1 < j
        and words[i + 1] == "-"
        and i - 1 >= first
        and words[i - 1] in (",", "(")
    )


def bracket_aside(words: Sequence[str], i: int, end: int) -> int:
    """The token after a bracketed aside that opens at token *i* (at most *end*) after a name: an age
    ('(44)'), a party and state ('(D-Ore.)'), a photograph's directions ('(pictured)') or a social-media
    handle ('(@anaberg)'), none of them the name's title; *i* when no aside opens there."""
    close = i + 1
    while close <= min(end, i + 5) and words[close] != ")":
        close += 1
    if words[i] != "(" or close > end or words[close] != ")" or close == i + 1:
        return i
    inner = words[i + 1 : close]
    aside = (
        (len(inner) == 1 and (inner[0].isdigit() or inner[0] in ("D", "R", "I")))
        or party_tag(words, i + 1, close - 1, i)
        or all(w.lower() in PHOTO_DIRECTIONS for w in inner)
    )
    return close + 1 if aside or inner[0][:1] == "@" else i  # (a handle, maybe split at '_')


#: Plural endings of the people a body's name can own ('Workers' Party', 'Veterans' Affairs').
_PLURAL_ENDINGS = ("ers", "ors", "ans", "nts", "ists")
#: Irregular plurals before "'s" ("Women's Hospital", "the Fishermen's Association").
_IRREGULAR_PLURAL_ENDINGS = ("men", "ren", "ple")
_SAINTS = frozenset(["st", "st.", "saint"])


def plural_possessor(words: Sequence[str], j: int, mark: str) -> bool:
    """Is the possessive *mark* after token *j* inside a body's name: after a plural of
    people ("Fishermen's", "Workers'") or a saint's name ("St Mary's")? A singular
    possessor ("Britain's Foreign Ministry") owns the body and stays out of its name."""
    low = words[j].lower()
    if mark in ("'", "’"):
        return low.endswith(_PLURAL_ENDINGS)
    return low.endswith(_IRREGULAR_PLURAL_ENDINGS) or (j >= 1 and words[j - 1].lower() in _SAINTS)


def plural_form(low: str) -> bool:
    """Does lower-case *low* end like a plural or an -s verb ('residents', 'thanks'; not
    'boss', 'Norwegian', nor a singular in *-is* or *-us*: 'crisis', 'Velocis', 'campus')?"""
    return low.endswith("s") and not low.endswith(("ss", "is")) and not (len(low) > 3 and low.endswith("us"))


def singular_lower(word: str) -> bool:
    """Is *word* written in lower case and not a plural ('director', not 'Sen.' or 'rivals')?"""
    return word.islower() and not plural_form(word)


def modifiable_role(word: str) -> bool:
    """Can role *word* take lower-case noun modifiers before it: a singular in lower case
    ('safety director') or a legislator's initialism in capitals ('Sondu ward MCA', 'Ikeja
    constituency MP')?"""
    return singular_lower(word) or (word.isupper() and word.lower() in INITIALISM_ROLE_NOUNS)


#: An ordinal in figures or spelt out and capitalised: '9th', '21st', 'Second' (up to 'Twelfth').
_ORDINAL = re.compile(
    r"[0-9]{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
)


def unit_ordinal(words: Sequence[str], j: int) -> bool:
    """Is token *j* an ordinal that numbers the capitalised unit after it, inside a title before a
    name ('NDRF 9th Battalion commandant', 'Second Frigate Squadron commander')?"""
    return j + 1 < len(words) and _ORDINAL.fullmatch(words[j]) is not None and is_name_word(words[j + 1])


def short_eed_noun(low: str) -> bool:
    """Is lower-case *low* a short noun in *-eed*, no participle ('seed', 'feed', 'tweed'; not
    'freed', 'agreed')?"""
    return low.endswith("eed") and len(low) <= 5 and low != "freed"


def noun_modifier(word: str, lexicon: Lexicon) -> bool:
    """Can lower-case *word* be a noun modifying a role ('safety', 'rolling', 'operations', a
    gerund of the verb lexicon: 'planning')? Never a preposition or an irregular past ('Ivo
    Lund sat beside council leader Ana Vidal': *sat beside* modifies no role)."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and low not in STOP_WORDS
        and low not in DETERMINERS
        and low not in PREPOSITIONS
        and low not in FRONTING_PREPOSITIONS
        and low not in IRREGULAR_PAST
        and (low not in lexicon.verb_forms or low.endswith("ing"))  # 'planning chief': a gerund
        and (not low.endswith(("ed", "ly")) or short_eed_noun(low))  # ('seed collector')
        and (
            not low.endswith("s")
            or low.endswith(
                ("ics", "ions", "ss", "ies", "us")
            )  # (and singular nouns in -us: "bus", "campus")
            or low in PLURAL_ROLE_MODIFIERS
        )
    )


#: Articles and possessive determiners that open a noun phrase: they close a loose pre-name
#: title on their left ('its president', 'his deputy'), and after a role's plural they show
#: a verb's object ('chairs the trust').
NOUN_OPENERS = frozenset("its their his her our the a an".split())


def is_body_word(word: str, lexicon: Lexicon) -> bool:
    """Does *word* end or head a body's name ('University', 'Department', 'Robotics', 'Ltd.')?"""
    low = word.lower().rstrip(".")  # (a company form's abbreviation: 'Ltd.', 'Inc.', 'Co.')
    return low in lexicon.organization_nouns or low in lexicon.company_words


def registered_spelling(word: str) -> str:
    """*word* (lower case) as baby-name registrations spell it: no accents, hyphens or
    apostrophes (*björn* -> *bjorn*, *jean-luc* -> *jeanluc*)."""
    if word.isascii() and word.isalpha():
        return word
    plain = unicodedata.normalize("NFKD", word)
    return "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c))


def _role_like_word(w: str, lexicon: Lexicon) -> bool:
    """:func:`role_like` of *w* as a modifier (no head)."""
    low = w.lower()
    return noun_modifier(w, lexicon) and not low.endswith("ing") and not plural_form(low)


#: :func:`_role_like_word` with each word's answer kept (a pure function of the word and lexicon).
_ROLE_LIKE = per_lexicon(_role_like_word)


def role_like(w: str, lexicon: Lexicon, *, head: bool) -> bool:
    """A lower-case word that can be (part of) a role noun the lexicon need not list: a noun
    modifier (:func:`noun_modifier`) that is no gerund, irregular past or plural, and a time word
    only as a modifier of the *head* ('night packer'). Each word's answer is kept (the rules ask
    about the words before every name)."""
    return _ROLE_LIKE(w, lexicon) and not (head and w.lower() in TIME_WORDS)


def past_form(word: str) -> bool:
    """Is *word* a lower-case past form, in *-ed* or an irregular past ('praised', 'heard')?"""
    return word.islower() and (word.endswith("ed") or word in IRREGULAR_PAST)


def lone_past_form(words: Sequence[str], first: int, last: int) -> bool:
    """Is the credit's one word a past form that modifies no post ('NAME, deadpanned:' is a frame
    verb after an apposed name, not 'NAME, retired:')?"""
    return first == last and past_form(words[first]) and words[first] not in TITLE_MODIFIERS


def verb_like_plural(words: Sequence[str], k: int, end: int) -> bool:
    """Is lower-case token *k*, a role noun's plural, a verb with an object ('chairs the
    trust', 'heads its board', 'coaches a team')?"""
    return words[k].endswith("s") and k + 1 <= end and words[k + 1].lower() in NOUN_OPENERS


#: Words that open a verb's object or complement: a determiner, a possessive, an object or
#: reflexive pronoun, the infinitive marker ('presented the findings', 'tossed a football',
#: 'vaulting himself into', 'trying to use').
_OBJECT_OPENERS = NOUN_OPENERS | frozenset(
    """this that these those my your him them himself herself themselves itself to""".split()
)


#: Prepositions after which a past participle opens a participial clause, no title ('steered by
#: X', 'voted for Y', 'based in Z').
_PARTICIPLE_LINKS = frozenset(
    "by for to in with from on at into as before after against over under outside about without".split()
)


def opens_verb_phrase(words: Sequence[str], k: int, end: int, lexicon: Lexicon) -> bool:
    """Is lower-case token *k* a past or -ing form opening a predicate or a participial clause
    rather than a title ('Brian Ode, the mayor's aide, | presented the findings'; 'Ines Marr, 31, |
    tossed a football'; 'Lund, | throwing a wrench in ...'; 'passed three checks'; 'running for
    office', 'beating rival Y', 'steered by X')? A participle that modifies the role noun after it
    stays ('a retired teacher', 'managing partner', 'acting director', 'visiting fellow':
    :data:`~quotex.lexicon.function_words.ING_MODIFIERS`, the title modifiers; 'housing advocate')."""
    w = words[k]
    if not (w.isalpha() and w.islower()) or k + 1 > end:
        return False
    ing = w.endswith("ing")
    if w in SIMPLE_PAST or not (ing or past_form(w)):
        return w in SIMPLE_PAST  # (a simple past is always finite: 'NAME, 24, | took part in ...')
    nxt = words[k + 1]
    low = nxt.lower()
    if low in _OBJECT_OPENERS or nxt[:1].isdigit() or low in ("three", "two", "four", "five"):
        return True
    if w in TITLE_MODIFIERS or w in ING_MODIFIERS:
        return False
    # an -ing form before a lower-case word ('beating rival', 'underscoring party divisions',
    # 'having completed'); a past participle before a preposition ('steered by')
    if ing and k + 2 <= end and is_role(nxt, lexicon) and is_name_word(words[k + 2]):
        return True  # 'beating rival Ana Berg': the -ing verb's object is a titled name
    return (ing and nxt.isalpha() and nxt.islower() and not is_role(nxt, lexicon)) or low in _PARTICIPLE_LINKS


def plural_role(word: str, lexicon: Lexicon) -> bool:
    """A role noun's plural ('dockers', 'founders', 'lawyers'), which titles no single name."""
    low = word.lower()
    return low.endswith("s") and low not in lexicon.role_nouns and low in lexicon.role_words


def in_name(word: str) -> bool:
    """Can *word* stand inside a body's capitalised name ('Department of Fisheries and Oceans')?"""
    return word in ("of", "and") or is_name_word(word)


def open_class_word(w: str) -> bool:
    """Is *w* a lower-case alphabetic word that is no stop word and no preposition: a word that
    may be a noun or a modifier ('pamphlet', 'logistics')?"""
    low = w.lower()
    return w.isalpha() and w.islower() and low not in STOP_WORDS and low not in PREPOSITIONS


def surname_particles(words: Sequence[str], k: int) -> bool:
    """Do the lower-case particles from token *k* open a surname in running text, after the word
    before them ('said da Silva', 'according to van der Berg')? The first is one that opens a
    surname alone (SURNAME_OPENING_PARTICLES), and another particle follows it ('On Jan. 5 van der
    Berg said': no English phrase) or the word before is a number or a lower-case word but no
    determiner or number word ('the van', 'ten Republicans': an English noun phrase)."""
    if words[k] not in SURNAME_OPENING_PARTICLES:
        return False
    if k + 1 < len(words) and words[k + 1] in NAME_PARTICLES:
        return True
    before = words[k - 1] if k > 0 else ""
    return before.isdigit() or (  # ('In 2019 da Silva said': a date before the name)
        before.isalpha()
        and before.islower()
        and before not in DETERMINERS
        and before not in POSSESSIVE_DETERMINERS
        and before not in NUMBER_WORDS
    )


def hyphen_particle(tokens: Tokens, k: int, last: int) -> bool:
    """Is token *k* a lower-case particle joined by a hyphen, without spaces, to the name word
    after it, up to token *last* ('al-Shammari', 'el-Sayed': HYPHEN_NAME_PARTICLES)?"""
    words = tokens.words
    return (
        k + 2 <= last
        and words[k] in HYPHEN_NAME_PARTICLES
        and words[k + 1] == "-"
        and is_name_word(words[k + 2])
        and tokens.ends[k] == tokens.starts[k + 1]
        and tokens.ends[k + 1] == tokens.starts[k + 2]
    )


def syllable_pair(tokens: Tokens, j: int) -> bool:
    """Are tokens *j*, *j* + 1 and *j* + 2 two syllables of a hyphenated given name written
    without spaces, the first of two to five letters, the second of one to five lower-case
    letters ('Ji-woo', 'Jong-un')? The shape only: each caller adds what the name around it
    must show (:func:`name_syllable`, ``chains._syllable_joined``)."""
    words = tokens.words
    second = words[j + 2]
    return (
        words[j + 1] == "-"
        and 2 <= len(words[j]) <= 5
        and len(second) <= 5
        and second.isalpha()
        and second.islower()
        and tokens.ends[j] == tokens.starts[j + 1]
        and tokens.ends[j + 1] == tokens.starts[j + 2]
    )


def name_syllable(tokens: Tokens, head: int, floor: int) -> bool:
    """Is token *head* the lower-case second syllable of a hyphenated given name ('Park
    Ji-woo', 'Kim Jong-un': see mentions.chains._syllable_joined), joined without spaces to a
    capitalised syllable after a name word?"""
    words = tokens.words
    return (
        head - 3 >= floor
        and syllable_pair(tokens, head - 2)
        and is_name_word(words[head - 2])
        and is_name_word(words[head - 3])
    )


def syllable_before_name(tokens: Tokens, j: int, floor: int) -> bool:
    """Is token *j* the lower-case second syllable of a hyphenated given name written before
    the family name ('Hye-jin Seo', 'Ji-woo Park'), so that a walk left from the family name
    goes on to the first syllable? Not a compound's second half ('Trump-led Senate')."""
    words = tokens.words
    return (
        j - 2 >= floor
        and j + 1 < len(words)
        and syllable_pair(tokens, j - 2)
        and is_name_word(words[j - 2])
        and not words[j - 2].isupper()
        and is_name_word(words[j + 1])
        and not words[j].endswith("ed")
        # (a past form ends a compound, 'Trump-won Ohio', but not after a first syllable of at
        # most four letters: 'Jae-won Seong', as ``chains._syllable_joined`` reads it)
        and (words[j] not in IRREGULAR_PAST or len(words[j - 2]) <= PAST_SYLLABLE_BEFORE)
        and words[j] not in STOP_WORDS
    )


#: Hyphens that join two words into one (a name's halves, 'Basu-Mallik', 'Jae-won'; a title's,
#: 'Director-General'): the hyphen-minus and Unicode's hyphen and non-breaking hyphen.
HYPHENS = frozenset(["-", "\u2010", "\u2011"])
#: The most letters of a given name's first syllable before a second one that is a past form.
PAST_SYLLABLE_BEFORE = 4


def role_after_comma(words: Sequence[str], last: int, lexicon: Lexicon) -> bool:
    """Do a comma, a few lower-case words (a role with no article, no verb) and a colon follow
    token *last*, as a roundup credit describes a person named in capitals ('SUTRISNO, café
    owner:', 'SUTRISNO, night-shift nurse:')?"""
    tail = words[last + 1 : last + 8]
    if ":" not in tail or len(tail) < 3 or tail[0] != ",":
        return False
    role = tail[1 : tail.index(":")]
    lower = all(w.islower() or w == "-" for w in role)
    return lower and role[-1].isalpha() and role[0] not in lexicon.verb_forms


def counted_plural(words: Sequence[str], k: int, head: int, floor: int) -> bool:
    """Does the number or quantifier at token *k* open a plural phrase ending at *head* whose
    modifiers are no verbs ('Three delivery riders', 'several season-ticket holders'; not
    'some voters wore T-shirts', 'Many carried placards'), and stand after no preposition ('in
    two earlier opinions' is an adjunct)?"""
    return (
        words[head].endswith("s")
        and k < head - 1
        and not (k - 1 >= floor and words[k - 1].lower() in PREPOSITIONS)
        and not any(w.endswith("ed") or w.lower() in IRREGULAR_PAST for w in words[k + 1 : head])
    )


#: Words that count the people a description covers, no title word ('one resident, Ola Berg').
_QUANTIFIERS = frozenset(["one", "another"])


def counted_title(words: Sequence[str], t_first: int, t_last: int) -> int:
    """1 when the title *t_first..t_last* opens with a count before a lower-case word ('said one
    resident, Ola Berg': the title is 'resident', as after an article), else 0; not before *of*
    ('one of several critics at X' is the title whole)."""
    nxt = words[t_first + 1] if 0 <= t_first < t_last else ""
    return int(nxt.islower() and nxt != "of" and words[t_first].lower() in _QUANTIFIERS)


def past_then(words: Sequence[str], t_first: int, t_last: int) -> int:
    """How many tokens of title *t_first..t_last* the time adverb *then* opens it with, with
    its hyphen or an article after it ('Ana Berg, then the city's planner': the title is "city's
    planner"; 'then-Gov. Ola Lund': 'Gov.'): the post held, not when; else 0."""
    if not 0 <= t_first < t_last or words[t_first].lower() != "then":
        return 0
    k = t_first + 1
    if words[k] == "-" and k < t_last:
        k += 1
    if words[k].lower() in ("a", "an", "the") and k < t_last:
        k += 1
    return k - t_first


def past_party(words: Sequence[str], t_first: int, t_last: int, name_first: int) -> int:
    """1 when title *t_first..t_last* before the name at token *name_first* opens with a party
    adjective before an abbreviated rank that ends it, with only capitalised words (a place)
    between ('Democratic Gov. | NAME', 'Republican U.S. Rep. | NAME': the party is an
    affiliation, the post is 'Gov.'; not 'Democratic presidential candidate Sen.', whose
    party is the candidacy's), else 0."""
    return int(
        0 <= t_first < t_last < name_first
        and words[t_first].lower() in PARTY_ADJECTIVES
        and words[t_last].rstrip(".").lower() in TITLE_ABBREVIATIONS
        and all(w[:1].isupper() for w in words[t_first + 1 : t_last])
    )


def participle_object(words: Sequence[str], k: int, floor: int) -> bool:
    """Is the phrase from token *k* the object of an -ing participle that opens the sentence
    (after *floor* or a subordinator), with only determiners between ('Shaking her head,
    Ines Marr said', 'After thanking the chairman, Ivo Dahl said')?"""
    j = k - 1
    while j >= floor and (words[j].lower() in DETERMINERS or words[j].lower() in POSSESSIVE_DETERMINERS):
        j -= 1
    return (
        floor <= j < k - 1
        and words[j].isalpha()
        and words[j].lower().endswith("ing")
        and words[j].lower() not in TITLE_MODIFIERS
        and (j == floor or words[j - 1].lower() in _PARTICIPLE_SUBORDINATORS)
    )


#: Subordinators before an opening -ing participle ('After thanking the board, ...').
_PARTICIPLE_SUBORDINATORS = frozenset("after before while when since without by on upon".split())


#: Words after the head of a body's description: a relative or a preposition of place.
_AFTER_BODY_HEAD = frozenset("that which whose behind based in on at from with near".split())


#: Words that end the phrase :func:`body_apposition` reads before its head noun: a preposition
#: or a relative pronoun (the noun before *whose* heads the phrase; *house* after it is none).
_BODY_APPOSITION_STOPS = frozenset("of for at with who whose whom which that".split())


def body_apposition(words: Sequence[str], k: int, organization_nouns: frozenset[str]) -> bool:
    """Is the phrase at token *k*, after a name's comma, a description of a body: an article,
    up to three modifiers and an organisation noun at its head, before a comma, a full stop, a
    relative or a preposition of place (*Redbud Communities, the Tulsa company that owns the
    park,*; not *the company's lawyer*, *the company founder*)?"""
    if k >= len(words) or words[k].lower() not in ("the", "a", "an"):
        return False
    for j in range(k + 1, min(k + 5, len(words) - 1)):
        low = words[j].lower()
        if low in organization_nouns and words[j].islower():
            nxt = words[j + 1]
            return nxt in (",", ".") or nxt in _AFTER_BODY_HEAD
        if (not words[j][:1].isalpha() and words[j] != "-") or low in _BODY_APPOSITION_STOPS:
            return False  # ('Ana Roe, a nurse whose house on ... was destroyed,': the nurse heads it)
    return False


#: Tokens that end an apposition (its closing comma, a full stop, a bracket, a dash, a mark).
APPOS_END = frozenset({",", ".", ";", ":", "(", ")", "—", "–", "--", '"', "”", "“", "?", "!"})
#: Words that open a clause or a coordination inside an apposition.
APPOS_CLAUSE_WORDS = frozenset("who whom which whose and or nor but when where since until".split())


#: Second halves of a compound adjective made on a place's name before a body's or person's
#: name (*Edinburgh-based*, *Glasgow-born*, *Texas-registered*): a modifier, no name word.
_PLACE_COMPOUND_HEADS = frozenset("based born headquartered registered raised bred".split())


def place_compound(words: Sequence[str], k: int) -> bool:
    """Is token *k* the lower-case half of a compound on a name (*Edinburgh* *-* *based*)
    standing right before a name word?"""
    return (
        words[k] in _PLACE_COMPOUND_HEADS
        and words[k - 1] == "-"
        and is_name_word(words[k - 2])
        and is_name_word(words[k + 1])
    )


#: Particles inside a body's name in other languages than English: Māori *o* 'of' ('Te
#: Rūnanga o Ngā Tumuaki Māori'), beside the particles of persons' names (NAME_PARTICLES).
_BODY_PARTICLES = frozenset(["o"])


def body_particle(words: Sequence[str], j: int, floor: int) -> bool:
    """Is token *j* a lower-case particle between two capitalised words of a body's name
    (:data:`_BODY_PARTICLES`, :data:`NAME_PARTICLES`: 'Te Rūnanga o Ngā Tumuaki Māori')?"""
    w = words[j]
    return (
        (w in NAME_PARTICLES or w in _BODY_PARTICLES)
        and j - 1 >= floor
        and is_name_word(words[j - 1])
        and is_name_word(words[j + 1])
    )


#: English ordinal suffixes after a number ('9th', '101st', '2nd', '3rd').
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def ordinal_in_name(words: Sequence[str], j: int, lo: int) -> bool:
    """Is token *j* an ordinal number ('9th', '101st') just before a capitalised word at *lo*
    (*j* + 1) that begins a unit's or a seat's name ('NDRF 9th Battalion commandant', '3rd
    Infantry Division commander', '5th Circuit judge')? The ordinal is part of that name."""
    w = words[j]
    return (
        lo == j + 1
        and lo < len(words)
        and words[lo][:1].isupper()
        and 2 < len(w) < 6
        and w[:-2].isdigit()
        and w[-2:].lower() in _ORDINAL_SUFFIXES
    )


def document_word(low: str) -> bool:
    """Is lower-case *low* the plural of a noun of an issued document ('polls', 'studies',
    'reports', 'figures': grammar.ISSUED_NOUNS)? A singular stays a possible name or headline
    label ('Poll: ...' names the poll the story names later)."""
    if not low.endswith("s") or low.endswith("ss"):
        return False
    return low in ISSUED_NOUNS or (low[:-3] + "y" if low.endswith("ies") else low[:-1]) in ISSUED_NOUNS


def title_modifier_word(low: str) -> bool:
    """A title modifier or a field's gerund ('state', 'senior'; 'planning', 'marketing')."""
    return low in TITLE_MODIFIERS or low in ING_MODIFIERS


def role_within_two(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Does a role word stand one or two words after the title modifier at token *j* ('the
    Democratic state | party chair', 'a state | senator'), so the modifier is no verb?"""
    return any(is_role(words[m], lexicon) for m in range(j + 1, min(end, j + 2) + 1))


def field_gerund(words: Sequence[str], j: int) -> bool:
    """Is token *j* the gerund of a field of work, a noun in a title ('planning', 'marketing'),
    after a modifier that is no *of* ('urban | planning')?"""
    return words[j].lower() in ING_MODIFIERS and words[j - 1].isalpha() and words[j - 1] != "of"
