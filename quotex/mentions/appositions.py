"""Titles written after a name.

``Name, (a|an|the) ... role-noun ... ,`` (*Yun Sun, a China politics analyst at the Stimson
Center*; after *a*/*an* any noun: *Pietro Zanon, a glassblower from Murano*), a colon credit's
body (*Rafael Ortiz, The Harbour Gazette:*) and an employer. Input: the token table, the name's
last token, where the apposition may end, and a lexicon; output: the title's text, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DEGREE_LETTERS, NOT_NAMES, TIME_WORDS, TITLE_MODIFIERS
from quotex.lexicon.grammar import AUXILIARIES, COPULA, FRONTING_PREPOSITIONS, IRREGULAR_PAST, PREPOSITIONS
from quotex.lexicon.kinship import kin_pair
from quotex.mentions.body_joins import joins_body_name
from quotex.mentions.chains import POSSESSIVE
from quotex.mentions.colon_credits import ORG_SMALL_WORDS, colon_credit_body, colon_credit_follows
from quotex.mentions.copular import (
    APPOINTED_VERBS,
    bare_predicate,
    copular_relative,
    past_trait,
    post_head,
    role_at_name,
)
from quotex.mentions.departments import department_tail
from quotex.mentions.open_roles import open_role, open_role_head
from quotex.mentions.participles import (
    FINITE_BE_HAVE,
    clause_verb,
    cue_participle_after_role,
    doing_participle,
    modified_role,
    named_plural_head,
    participle_after_person,
    participle_after_role,
)
from quotex.mentions.premodifiers import hyphen_position
from quotex.mentions.role_heads import (
    NOT_ROLE_HEADS,
    PREP_STOPS,
    agent_compound,
    agent_noun,
    bare_employed,
    employer,
    job_compound,
    job_noun_at,
    joined_agent,
    noun_head,
)
from quotex.mentions.second_roles import modified_second_role, name_after_comma, next_pair, second_role
from quotex.mentions.stated_ages import past_age
from quotex.mentions.title_spans import closing_dash
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    APPOS_CLAUSE_WORDS,
    APPOS_END,
    bracket_aside,
    field_gerund,
    is_body_word,
    is_name_word,
    is_role,
    lone_past_form,
    open_class_word,
    opens_verb_phrase,
    party_tag,
    plural_role,
    role_like,
    role_within_two,
    title_modifier_word,
    verb_like_plural,
)
from quotex.mentions.work_titles import maker_of
from quotex.sentences import word_hyphen
from quotex.tokens import Tokens

#: Emphatic reflexives after an apposition's role ('a clinical officer himself'): no title word.
_EMPHATIC_REFLEXIVES = frozenset("himself herself themselves".split())
_MAX_TITLE_TOKENS = 32  #: The most tokens of an apposition's title (two roles with their bodies).


def apposition_title(tokens: Tokens, last: int, end: int, lexicon: Lexicon) -> tuple[int, int]:
    """The title in an apposition after a name ending at token *last* (*end*: the last token it
    may use): ``Yun Sun, a China politics analyst at the Stimson Center in Washington,`` -> the
    tokens of its role phrase; ``(-1, -1)`` unless the phrase holds a role word."""
    words = tokens.words
    i = last + 1
    # an aside in brackets before the comma: 'Ines Marr (44), ferry deckhand: "C."', '(pictured)'
    aside = bracket_aside(words, i, end) if i <= end else i
    bracketed = aside > i and words[i + 1].isdigit()
    i = aside
    if (
        close := closing_dash(tokens, i, end, _MAX_TITLE_TOKENS)
    ) > 0:  # ('NAME - ROLE at BODY - said': a pair of dashes)
        paired = role_phrase(tokens, i + 1, close - 1, lexicon)
        if paired[0] >= 0:
            return paired
    # a roundup's spaced dash: 'Ines Marr — harbour pilot, Kestrel Ferries: "C."' (a credit only)
    dashed = i <= end and words[i] in _CREDIT_DASHES and tokens.starts[i] > tokens.ends[i - 1]
    if i > end or (words[i] != "," and not dashed):
        return (-1, -1)
    i += 1
    # skip an age: "Smith, 45, a farmer", a party and state: "Varga, R-S.C., a candidate"
    aged = bracketed or (i + 1 <= end and words[i].isdigit() and words[i + 1] == ",")
    if aged and not bracketed:
        i += 2
    elif i + 3 <= end and words[i + 3] == "," and party_tag(words, i, i + 2, i - 1):
        i += 4
    elif i + 2 <= end and words[i] in DEGREE_LETTERS and words[i + 1] == ",":
        i += 2  # ('NAME, PhD, a chemist at X': the degree is the name's)
    if i > end:
        return (-1, -1)
    trait = past_trait(words, i, end)  # ('NAME, a mother of twins, head cooper at BODY,': the post)
    post = role_phrase(tokens, trait, end, lexicon, dashed=dashed, aged=aged) if trait > i else (-1, -1)
    return post if post[0] >= 0 else role_phrase(tokens, i, end, lexicon, dashed=dashed, aged=aged)


def role_phrase(
    tokens: Tokens, i: int, end: int, lexicon: Lexicon, *, dashed: bool = False, aged: bool = False
) -> tuple[int, int]:
    """The title in a role phrase from token *i* up to *end*: an apposition's words after its comma
    (:func:`apposition_title`) or a description before a name ('A tailor in Surulere, NAME,');
    ``(-1, -1)`` unless it holds a role."""
    words, lows = tokens.words, tokens.lows
    bare = _bare_copular_title(tokens, i, end, lexicon)  # ('X, who is treasurer of the Y Trust,')
    if bare is not None:
        return bare
    i = copular_relative(words, i, end)  # ('X, who is the campaign's chief strategist,')
    if _opens_no_title(words, i, end, lexicon):
        return (-1, -1)
    indefinite = lows[i] in ("a", "an")
    definite = lows[i] == "the"
    i += definite or indefinite
    first = past_age(words, i, end) if indefinite or definite else i  # ('the 36-year-old lock keeper')
    credit = _credit_title(words, first, end, lexicon, dashed=dashed, aged=aged)
    if credit is not None:
        return credit
    has_role = False
    stopped = ""
    j = i
    while j <= end and j - first < _MAX_TITLE_TOKENS:
        w = words[j]
        low = lows[j]
        if w in APPOS_END or w.isspace() or (low in _EMPHATIC_REFLEXIVES and j > first):
            stopped = "end"  # ('a former nurse herself,': an emphatic reflexive ends the title)
            break
        # ('According to X, the bank's exit was', '..., the council needed': a clause's subject)
        # ('semi-retired locksmith': the second part of a hyphenated modifier is no verb)
        joined = j > first and word_hyphen(tokens, j - 1)
        verb = not joined and (
            _verb_in_title(tokens, j, first, end, lexicon) or clause_verb(words, j, first, end)
        )
        # (right after an article, a modifier: 'a volunteer coastguard', 'the state senator')
        # ('the search-and-rescue coordinator': a word inside a hyphenated compound opens no clause)
        clause = low in APPOS_CLAUSE_WORDS or doing_participle(words, j, first, end, lexicon)  # ('holding a')
        if verb or (clause and not joined):
            stopped = "verb" if verb else "clause"
            if (
                low == "and"
                and j + 1 <= end
                and (
                    is_role(words[j + 1], lexicon)
                    or (j + 3 <= end and words[j + 2] == "-" and is_role(words[j + 3], lexicon))
                    or (
                        j > first
                        and j + 2 <= end
                        and modified_second_role(words[j + 1], words[j + 2], lexicon)
                    )
                    or lows[j + 1] in TITLE_MODIFIERS
                    or (  # ('Marrow Lane's singer and lyricist,': an unlisted second role)
                        j + 2 <= end
                        and agent_noun(words[j + 1], lexicon)
                        and (words[j + 2] in APPOS_END or words[j + 2] in PREP_STOPS)
                    )
                    or joins_body_name(words, j, end)
                    or _joined_portfolio(words, first, j, end, lexicon)
                )
            ):
                j += 1
                continue
            second = second_role(words, j + 1, end, lexicon) if low == "and" else -1
            if second > 0:  # (a second role read whole: 'and the host of a radio show')
                j, has_role = second, True
                stopped = "end" if j > end else ""
                continue
            break
        if (
            is_role(w, lexicon)
            or joined_agent(words, j, end, lexicon)
            or maker_of(words, j)
            or (j > first and hyphen_position(tokens, j, first) >= 0)
        ):
            has_role = True  # ('star of “Night Ferry”': a work's maker holds a role)
        j += 1
    if not stopped and j > end:
        stopped = "end"  # (the text ends: a credit line with no full stop, '— NAME, a potter from Arita')
    if not has_role and not (
        (indefinite and stopped in ("end", "clause") and noun_head(words, first, j - 1))
        or (indefinite and stopped in ("end", "clause") and agent_compound(words, first, j - 1))
        or (indefinite and stopped in ("end", "clause") and job_compound(words, first, j - 1, lexicon))
        or (
            (indefinite or definite)
            and noun_head(words, first, j - 1, words_before_head=1)
            and employer(words, i, j)
        )
        or (not definite and bare_employed(words, first, j))
        or (definite and stopped == "end" and _possessed_noun(words, first, j - 1))
        or (
            stopped in ("end", "clause")
            and open_role_head(
                words, first, j - 1, lexicon, bare=not (definite or indefinite or _closes(words, j, end))
            )
        )
        # ('NAME, deadpanned:' is a frame verb after an apposed name, not a credit)
        or (
            (colon_credit_follows(words, j, end) and noun_head(words, first, j - 1, words_before_head=2))
            and not lone_past_form(words, first, j - 1)
        )
    ):
        # 'X, a glassblower from Murano,': an indefinite noun phrase is a role too, and so is
        # a bare one in a credit before a colon ('Tom Reyes, retired welder, Swansea: "C."')
        return (-1, -1)
    # ('a diplomat posted to Cork,', 'a judge appointed by the council to chair X,': the title ends before it)
    m = participle_after_role(words, first, j, end, lexicon) if has_role and j > first else -1
    if m > first or j == first or stopped == "verb":
        # ('in Tromso, the aide said': a phrase that runs into a verb is the verb's subject)
        return (first, m - 1) if m > first else (-1, -1)
    # ('the chair, Ada Vance, its treasurer, Ivo Marsh,': the apposition is the next name's title)
    return (-1, -1) if next_pair(words, j, end) else (first, _title_tail(words, j, end, lexicon) - 1)


def _closes(words: Sequence[str], j: int, end: int) -> bool:
    """Does the apposition stopped at token *j* end its sentence or line ('said Ana Berg,
    beekeeper.', '— Ana Berg, beekeeper'), or a comma set it off before a lower-case word ('Ana
    Berg, coxswain, said')? Then a bare open role noun is a title (news style drops the article
    there; the open role nouns are roles held, :mod:`quotex.lexicon.person_roles`)."""
    return (
        j > end
        or words[j] in (".", "!", "?")
        or words[j].isspace()
        or (j + 1 <= end and words[j] == "," and words[j + 1].islower())
    )


def _verb_in_title(tokens: Tokens, j: int, first: int, end: int, lexicon: Lexicon) -> bool:
    """Is token *j* of an apposition's phrase (opened at token *first*) a verb of the lexicon
    that ends the title, not a noun or modifier in a verb's spelling?"""
    words, lows = tokens.words, tokens.lows
    w = words[j]
    low = lows[j]
    return (  # ('the Granite State Bank': a name's word; 'a first-term member': a modifier's half)
        low in lexicon.verb_forms
        and w.islower()
        and not word_hyphen(tokens, j - 1)
        and not (j == first and lows[j - 1] in ("a", "an", "the"))
        # ('co-author of the report': a work after its maker's role, *of* and a determiner)
        and not (j - 3 >= first and lows[j - 1] in ("a", "the") and maker_of(words, j - 3))
        and not _compound_modifier(words, j, end, lexicon)  # ("the Comets' rookie point guard")
        and not _portfolio_noun(words, j, first, end)  # ('head of claims at X': a noun)
        and not (title_modifier_word(low) and role_within_two(words, j, end, lexicon))
        and not modified_role(words, j, first, lexicon)
        # ('the world champion,': a role noun that closes the phrase, though a verb's form too)
        and not (j > first and is_role(w, lexicon) and (j == end or words[j + 1] in APPOS_END))
        and not job_noun_at(words, j, first, end, lexicon)  # ('a seed counter in Tarnava')
        and not participle_after_person(words, j, end, lexicon)  # ('a lawyer backing the families')
        and not cue_participle_after_role(words, j, end, lexicon)  # ('a nurse criticizing local farmers')
        and not named_plural_head(words, j, first, end)  # ('the special envoy for the Tarrow Strait talks')
        # ('member for housing and planning policy': a field joined to the portfolio)
        and not (
            j - 1 > first and words[j - 1] == "and" and _joined_portfolio(words, first, j - 1, end, lexicon)
        )
    )


def _compound_modifier(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> bool:
    """Is the verb form at token *j* a noun modifying the role noun right after it (in its base
    form, after an owner's mark or a lower-case modifier of no verb's spelling: "the Comets' point
    guard"; not 'the firm's lawyers told reporters'), or a gerund before a body's noun?"""
    w = words[j]
    if j + 1 <= end and w.endswith("ing") and is_body_word(words[j + 1], lexicon):
        return True  # ('chair of the planning committee', 'the Kestrel Valley planning board')
    form = lexicon.verb_forms.get(w)
    if form is None or form[0] != w or j + 1 > end or not is_role(words[j + 1], lexicon):
        return False
    before = words[j - 1]
    modifier = before.isalpha() and before.islower() and before not in lexicon.verb_forms
    return before in POSSESSIVE or modifier


def _bare_copular_title(tokens: Tokens, i: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The title a copular relative at token *i* states with a bare predicate (no article) in
    the frame of :func:`role_at_body` (:func:`~quotex.mentions.copular.bare_predicate`: 'X, who
    is treasurer of the Kestrel Housing Trust,', 'who has been director at the Y Institute
    since 2018,'), when its head can name a post (:func:`~quotex.mentions.copular.post_head`),
    or, in the present, a listed role read as an apposition without *who is* would be ('who is
    chief economist at Norbank,'); else None."""
    words, lows = tokens.words, tokens.lows
    span = bare_predicate(words, i, end)
    if span is None:
        return None
    last = role_at_body(words, span[0], span[1], lexicon)
    past = lows[i + 1] in ("was", "were", "had")  # ('who had been clerk to X': a past post)
    past = past and not any(w in APPOINTED_VERBS for w in words[i + 2 : span[0]])  # ('was named X')
    head = words[span[0]]  # (a post is singular: not 'who has been friends with X')
    listed = (is_role(head, lexicon) and not plural_role(head, lexicon)) or head.lower() in TITLE_MODIFIERS
    listed = listed or open_role(head, lexicon)  # ('who is reeve of Tiny Township': WordNet's roles)
    if last < 0 and not past and listed:
        t_first, t_last = role_phrase(tokens, span[0], span[1], lexicon)
        return (t_first, t_last) if t_first == span[0] else None
    if last < 0:  # ('who has been harbour master of Port Chalmers since 2011': a role and a name)
        last = role_at_name(words, span[0], span[1], lexicon)
    return (span[0], last) if last >= 0 and post_head(words, span[0], last, lexicon) else None


def _credit_title(
    words: Sequence[str], first: int, end: int, lexicon: Lexicon, *, dashed: bool, aged: bool
) -> tuple[int, int] | None:
    """The title of an apposition from token *first* that a credit's colon or dash closes
    ('Rafael Ortiz, The Harbour Gazette:'), or a role with its body (:func:`role_at_body`:
    'Dana Price, (the) policy lead at the Open Grid Forum,'); (-1, -1) when the credit holds
    none; None when the apposition is neither (the caller reads it)."""
    body = colon_credit_body(words, first, end)
    if dashed and body < 0:
        tail = _dashed_credit(words, first, end, lexicon)
        return (first, tail) if tail >= 0 else (-1, -1)
    if body >= 0:
        if aged and not _names_body(words, first, body, lexicon):
            return (-1, -1)  # 'Ines Marr, 44, Kirkwall: "C."': after an age, a home town, no title
        return (first, body)
    framed = role_at_body(words, first, end, lexicon)
    if framed < 0 or next_pair(words, framed + 1, end):
        return None
    return (first, _title_tail(words, framed + 1, end, lexicon) - 1)  # (', San Diego': its place)


def _portfolio_noun(words: Sequence[str], j: int, first: int, end: int) -> bool:
    """Is the verb form at token *j* a noun after *of* (a field's gerund, also after a modifier) ending
    the portfolio, before a preposition, a mark or the end ('head of claims at X', 'director of
    returns,', 'head of network planning of X'; not 'secretary of state struggles')?"""
    k = j - 1 if j - 1 > first and field_gerund(words, j) else j
    return k > first and words[k - 1].lower() == "of" and (j + 1 > end or words[j + 1] in _PORTFOLIO_ENDS)


#: What may follow a role's portfolio ('head of claims at ...', '..., head of claims, said').
_PORTFOLIO_ENDS = frozenset([",", ".", ")", ";", ":", "at", "for", "with", "in", "on", "of"])


#: Words that open no portfolio after *of* ('one of the most', 'two of many').
_NOT_PORTFOLIO = frozenset("the a an most many more least several all both some".split())


def _joined_portfolio(words: Sequence[str], first: int, j: int, end: int, lexicon: Lexicon) -> bool:
    """Does *and* at token *j* join two modifiers or nouns of a role's portfolio after *of*, *for*
    or *in* ('professor of molecular and integrative physiology', 'lecturer in law and ethics',
    'cabinet member for housing and planning policy')? The words from *of* to *and* are
    lower-case open-class words, and so is the word after *and* (no verb of the lexicon but a
    gerund, no past form: 'professor of law and said')."""
    k = j - 1
    while k > first and words[k].lower() not in ("of", "for", "in"):  # ("member for housing and planning")
        w = words[k]
        portfolio = open_class_word(w) and _portfolio_word(w, lexicon) and w not in _NOT_PORTFOLIO
        if not portfolio or w.endswith("ed"):
            return False  # ('two of the most aggressive and ...', 'a chorus of intermingled cheers and')
        k -= 1
    nxt = words[j + 1]
    return (
        k > first
        and k < j - 1
        and j - k <= 3
        and open_class_word(nxt)
        and _portfolio_word(nxt, lexicon)
        and nxt not in IRREGULAR_PAST
        and not nxt.endswith("ed")
    )


def _portfolio_word(w: str, lexicon: Lexicon) -> bool:
    """Can the word *w* name a field in a portfolio: no verb form of the lexicon, or a gerund
    ('housing', 'planning', 'marketing': a field, not a finite verb)?"""
    return w not in lexicon.verb_forms or (w.endswith("ing") and len(w) > 5)


def _opens_no_title(words: Sequence[str], i: int, end: int, lexicon: Lexicon) -> bool:
    """Does token *i*, after a name and a comma (and an age), open something other than a
    title: a pronoun or punctuation ('X, he said,', "X, '' by ..."), a verb ('Ines Marr, 61,
    chairs the trust', a role's plural; 'Ines Marr, 31, tossed a football ...', the sentence's
    predicate), an adverbial ('Ines Marr, unlike most councillors, said', 'X, according to
    Y,', 'X, especially as ...'; but 'a newly elected mayor' is a title), or an age and a
    place ('a 59-year-old from Hilton Head')?"""
    w = words[i]
    low = w.lower()
    if not w[:1].isalnum() or low in _NOT_TITLE_OPENERS:
        return True
    if low in ("a", "an") and (k := past_age(words, i + 1, end)) > i + 1 and words[k].lower() in PREP_STOPS:
        return True  # ('a 59-year-old from Hilton Head': an age and a place, no role)
    # (a gerund before an open role is an activity's job, no verb phrase: 'NAME, fishing guide,')
    job = i + 2 <= end and low.endswith("ing") and open_role(words[i + 1], lexicon)
    job = job and words[i + 2] in (",", ":", "at", "of", "with", "for")
    if (
        w.islower()
        and not job
        and (verb_like_plural(words, i, end) or opens_verb_phrase(words, i, end, lexicon))
    ):
        return True
    if _titled_person(words, i, end, lexicon):
        return True  # 'front-runner X, Sen. Ted Cruz of Texas and ...': another person, a list
    if kin_pair(words, i, end):
        return True  # ('A and B, mother and daughter,': the pair's relation, no post of B's)
    return (
        low in PREPOSITIONS
        or low in FRONTING_PREPOSITIONS
        or low in _ADVERBIAL_OPENERS
        or (i + 1 <= end and w.islower() and w.endswith("ly") and words[i + 1] in _LINKS_AFTER_LY)
    )


def _titled_person(words: Sequence[str], i: int, end: int, lexicon: Lexicon) -> bool:
    """Does a title word (a role, an honorific or an abbreviation: 'Sen.', 'Gov.', 'Dr.') at token
    *i* stand right before a first name, so that the phrase after the comma is another person
    ('X, Sen. Ted Cruz of Texas and ...'), not X's title? Not a possessor ('X, President Barack
    Obama's former adviser,')."""
    low = words[i].lower().rstrip(".")
    if not (is_role(words[i], lexicon) or low in lexicon.honorifics or low in lexicon.title_abbreviations):
        return False  # (no title word: most phrases, no first name sought)
    k = i + 1
    if k <= end and words[k] == ".":
        k += 1  # (an abbreviation whose full stop is a token of its own)
    first_name = k + 1 <= end and (
        words[k].lower() in ANY_FIRST_NAMES or _closed_name(words, k, end, lexicon)
    )
    if not (first_name and is_name_word(words[k + 1])):
        return False
    while k + 1 <= end and is_name_word(words[k + 1]):
        k += 1
    return k + 1 > end or words[k + 1] not in (
        "'s",
        "’s",
    )  # ('President Barack Obama's adviser': a possessor)


def _closed_name(words: Sequence[str], k: int, end: int, lexicon: Lexicon) -> bool:
    """Do tokens from *k* hold a person's full name of two or three words, none a role or a
    body's word, that a comma or the text's end closes ('The priest in Cork, Councillor | Orla
    Finnegan,': a first name the lexicon lacks)?"""
    if not is_name_word(words[k]):
        return False  # ('X, president of NDN,': a post and its body)
    m = k
    while m + 1 <= end and m - k < 3 and is_name_word(words[m + 1]):
        m += 1
    closed = m + 1 > end or words[m + 1] in (",", ".")
    plain = all(not is_role(w, lexicon) and not is_body_word(w, lexicon) for w in words[k : m + 1])
    return 1 <= m - k <= 2 and closed and plain


#: Dashes that set a credit's description off its name.
_CREDIT_DASHES = frozenset(["—", "–", "-"])


def _dashed_credit(words: Sequence[str], first: int, end: int, lexicon: Lexicon) -> int:
    """The last token of the description after a roundup credit's dash, from token *first* to
    the credit's colon ('harbour pilot, Kestrel Ferries:'): lower-case role words, then maybe
    a comma and a body's or place's name; -1 when no colon closes it or no role word opens it."""
    j = first
    while j <= end and j - first < 6 and words[j].islower() and words[j].isalpha():
        j += 1
    if j == first or not any(is_role(w, lexicon) or role_like(w, lexicon, head=True) for w in words[first:j]):
        return -1
    if colon_credit_follows(words, j, end):
        return (_title_tail(words, j, end, lexicon) if words[j] == "," else j) - 1
    return -1


def _title_tail(words: Sequence[str], j: int, end: int, lexicon: Lexicon) -> int:
    """Where an apposition's title ends when a comma at token *j* stopped it: after a place's
    country or state ('a lawyer from Vigo, Spain,'), or after a body before a credit's colon
    ('Ada Lind, press officer, Harbour Ferries: "C."': its employer; a place is not, 'retired
    welder, Swansea:': a body's name holds an organisation noun or a company word); else *j*."""
    if j > end or words[j] != ",":
        return j
    k = j + 1
    if is_name_word(words[j - 1]) and not name_after_comma(words, j, end):
        while k <= end and k - j <= 3 and is_name_word(words[k]):
            k += 1
        return k if k > j + 1 and (k > end or words[k] in (",", ".", ";", ")")) else j
    if (dept := department_tail(words, j, end, lexicon)) > j:
        return dept  # ('Ana Berg, vice-president, institutional research at Norbank Securities,')
    if not colon_credit_follows(words, j, end):
        return j
    while words[k] != ":":
        k += 1
    return k if _names_body(words, j + 1, k - 1, lexicon) else j


def _names_body(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the capitalised run *first..last* of a credit name a body rather than a place: does
    it hold an organisation noun or a company word ('Harbour Ferries', 'Tarn Valley Trust'; not
    'Swansea', 'Lower Wendlebury'), or open with 'The' ('The Harbour Gazette')?"""
    return words[first] == "The" or any(is_body_word(words[m], lexicon) for m in range(first, last + 1))


#: Words that end an apposition's title: a relative clause, a coordinated clause, or a time
#: ('the harbourmaster since 2004' -> 'harbourmaster').
#: Words that open an adverbial or a list's tail, not a title, after a name and a comma:
#: 'X, according to Y,', 'X, including Y,', and subordinators ('in Dunmore, after the crowd ...').
_ADVERBIAL_OPENERS = frozenset("according based including excluding despite regardless".split()) | frozenset(
    "after before because although though unless".split()
)
#: Subordinators and prepositions after which an -ly adverb opens an adverbial ('especially
#: as', 'mainly because', 'particularly in').
_LINKS_AFTER_LY = frozenset("as because since when while if after before in on at for with".split())
#: Words that open no title after a name and a comma: pronouns that stand for a noun phrase,
#: *as* ('X, as well as Y,', 'X, as chairman, ...') and a contrast ('X, not Y,', 'X, rather than Y').
_NOT_TITLE_OPENERS = frozenset(
    "he she they we i you it nobody everyone someone somebody everybody as not rather".split()
)


def _possessed_noun(words: Sequence[str], first: int, last: int) -> bool:
    """Is *first..last* (after *the*) a possessor, lower-case or a body's capitalised name, and
    one or two lower-case words, a post the possessor gives ('the dairy's foreman', 'the Carn Dubh
    Observatory's astronomer'), with a title modifier before them ('the museum's senior ecologist')?"""
    if first > last:
        return False  # ('NAME, the' ending the text: nothing after the article)
    k = first
    named = words[k][:1].isupper()  # (a body's name: *the* before it, so no person's)
    while k <= last and k - first < 3 + 2 * named and words[k].isalpha() and words[k][:1].isupper() == named:
        k += 1
    # (a title modifier, or *new* in lower case: 'the library's new seed librarian')
    head = k + 1 + int(k + 1 < last and words[k + 1].lower() in TITLE_MODIFIERS)
    return (
        first < k < last
        and words[k] in POSSESSIVE
        and 1 <= last - head + 1 <= 2
        and noun_head(words, head, last, words_before_head=1)
    )


#: Prepositions that link a role to the body it serves ('lead at', 'head of', 'officer for',
#: 'organiser with'); not *in*, *from*, *on* (places and topics: 'a town in Ohio').
_BODY_LINKS = frozenset("at of for with".split())
#: Words between two capitalised bodies nested in one affiliation ('Center ... at the University').
_NESTED_LINKS = frozenset(["at", "the", "-"])


def role_at_body(words: Sequence[str], first: int, end: int, lexicon: Lexicon) -> int:
    """The last token of a role phrase in the frame ``NOUN... at/of/for/with (the) BODY`` from
    token *first* (after the apposition's article, if any) that the next comma, full stop or
    *end* closes, or -1: one or two lower-case nouns (title modifiers before them; no
    participle, no inflected verb: 'speaking at', 'said at'), optionally a lower-case
    complement ('for tenancy'), then a linking preposition and a capitalised name that holds
    a body word ('the Fenwold Renters' Union', 'Open Grid Forum'). So a role noun the lexicon
    does not list ('policy lead', 'epidemiologist') is a title when its body is stated."""
    k = first
    for most in (
        3,
        2,
    ):  # a head ('senior policy lead'), then at most one complement ('for tenancy', 'in law')
        start = k
        while (
            k <= end and k - start < most and (plain_noun(words[k], lexicon) or words[k] in TITLE_MODIFIERS)
        ):
            k += 1
        if k == start or k > end:
            return -1
        field = most == 3 and words[k] == "in" and k + 1 <= end and plain_noun(words[k + 1], lexicon)
        if not (words[k] in _BODY_LINKS or field):
            return -1  # ('lecturer in criminology at X': a field; not 'a planner in Ohio')
        k += 1
        if k <= end and words[k] == "the":
            k += 1
        if k <= end and is_name_word(words[k]):
            break
    else:
        return -1
    body = False
    while k <= end and (
        is_name_word(words[k])
        or words[k] in ORG_SMALL_WORDS
        or words[k] in POSSESSIVE
        or words[k] == "'"
        or (
            words[k] in _NESTED_LINKS
            and k + 2 <= end
            and is_name_word(words[k + 1 + (words[k + 1] == "the")])
        )
    ):  # ('the Center for X at the University of Y's Z School of Public Affairs': nested bodies)
        body = body or is_body_word(words[k], lexicon)
        k += 1
    closed = k > end or words[k] in (",", ".", ";", ":", ")", "—", "–")
    return k - 1 if body and closed and is_name_word(words[k - 1]) else -1


def plain_noun(w: str, lexicon: Lexicon) -> bool:
    """Can lower-case *w* be a noun of a role phrase: no participle ('speaking', 'based'), no
    inflected verb ('said', 'leads'), no time word, no -ly adverb, no function word?"""
    if not (w.isalpha() and w.islower()) or w in PREP_STOPS or w in _CLOSED_CLASS:
        return False
    form = lexicon.verb_forms.get(w)
    if (form is not None and form[0] != w) or w in IRREGULAR_PAST or w.endswith(("ing", "ed", "ly")):
        return False
    return w not in TIME_WORDS and w not in NOT_ROLE_HEADS and w not in PERSON_NOUNS


#: Closed-class words, no noun of a role phrase ('who is chairwoman of X' is a clause).
_CLOSED_CLASS = NOT_NAMES | AUXILIARIES | COPULA | PREPOSITIONS | APPOS_CLAUSE_WORDS | FINITE_BE_HAVE
#: Nouns that name a person without a role ('the man at the Halden Council' holds no post).
PERSON_NOUNS = frozenset("man woman person boy girl guy lady gentleman child one someone".split())
