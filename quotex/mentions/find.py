"""The stage's entry point and its record.

:func:`find_mentions` makes each name chain a :class:`Mention`: the name's tokens and text,
the title written at it (before, after or split from the name: the ``title_*`` rules of
:mod:`quotex.mentions`), a kind guess, a gender hint and an affiliation. Input: the token
table, the sentences and a lexicon; output: tuple[Mention, ...] in text order.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex
from attrs import frozen

from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import OFFICE_WORDS, TITLE_MODIFIERS
from quotex.lexicon.grammar import INTERVIEWING_VERBS, IRREGULAR_PAST
from quotex.lexicon.titles import BARE_RANKS, COMPOUND_HONORIFICS, FIELD_HEADS
from quotex.mentions.affiliations import affiliation, numbered_unit
from quotex.mentions.appointments import BARE_VERBS, stated_post
from quotex.mentions.bracket_names import bracketed_bodies
from quotex.mentions.capital_names import cased_names
from quotex.mentions.chains import (
    NICK_OPEN,
    OPENERS,
    POSSESSIVE,
    SENTENCE_ENDS,
    confirm_headline_names,
    lettered,
    name_chains,
    name_text,
    nickname_end,
)
from quotex.mentions.comma_titles import second_title, spokesman_before_rank, title_before
from quotex.mentions.compounds import co_second
from quotex.mentions.copular_subjects import affiliation_or_copular, known_surname, note_surname
from quotex.mentions.credit_titles import credit_title
from quotex.mentions.group_names import person_after_body, unnamed_body
from quotex.mentions.kinds import name_kind
from quotex.mentions.name_edges import entry_label, inverted_past, owned_post, past_opener
from quotex.mentions.naming_phrases import described_title
from quotex.mentions.open_roles import open_role_split
from quotex.mentions.portfolios import (
    coordinated_portfolio,
    in_portfolio,
    listed_portfolio,
    portfolio_split,
    rank_before,
)
from quotex.mentions.post_chains import appointed_start, open_role_after, post_chain, shaped_split
from quotex.mentions.prefixes import body_role_title, prefix_title, unlisted_role_head
from quotex.mentions.premodifiers import adjective_title_end
from quotex.mentions.ranks import address_rank, before_trailing_rank, rank_only
from quotex.mentions.title_bodies import joined_title_body
from quotex.mentions.title_gender import title_gender
from quotex.mentions.words import (
    ANY_FIRST_NAMES,
    HYPHENS,
    counted_title,
    document_word,
    is_body_word,
    is_role,
    past_party,
    past_then,
    plural_role,
    registered_spelling,
    verb_like_plural,
)
from quotex.mentions.work_titles import closed_title
from quotex.sentences import Sentence
from quotex.tokens import Tokens


@frozen
class Mention:
    """A proper-name mention: tokens ``first..last`` (inclusive) are the name.

    ``title`` is the role written at this mention, ``title_first``/``title_last``
    its tokens (-1 when none). ``kind`` is "person", "organization" or
    "other"; ``gender`` is "m", "f" or None.
    """

    first: int
    last: int
    start: int
    end: int
    name: str
    title: str | None = None
    kind: str = "person"
    gender: str | None = None
    title_first: int = -1
    title_last: int = -1
    also: str | None = None  # a second title: 'Professor Lena Marsh, an epidemiologist at X,'


def find_mentions(
    tokens: Tokens,
    sentences: Sequence[Sentence],
    *,
    lexicon: Lexicon = DEFAULT_LEXICON,
    lows: tuple[str, ...] | None = None,
    surnames: frozenset[str] | None = None,
    caps: Sequence[int] | None = None,
) -> tuple[Mention, ...]:
    """Every proper-name mention with the title written at it (see module docstring).

    Equal names and titles are one string object (an article repeats them). *lows*: the words
    in lower case (:func:`~quotex.mentions.words.lower_words`) and *surnames* the text's surnames
    (:func:`~quotex.mentions.chains.given_surnames`) and *caps* the indices of its capitalised
    words (:func:`~quotex.mentions.chains.capitals`), when the caller has them."""
    out: list[Mention] = []
    shared: dict[str, str] = {}
    if lows is None:  # (once per text: the rules below read many words lower-cased)
        lows = tokens.lows
    chains = name_chains(
        tokens,
        sentences,
        lexicon.organization_nouns,
        lexicon.role_words,
        _body_heads(lexicon),
        lows=lows,
        surnames=surnames,
        caps=caps,
    )
    for first, last, si in confirm_headline_names(tokens.words, sentences, chains, lexicon):
        sent = sentences[si]  # (the chain's, found once by confirm_headline_names)
        if sent.dateline or post_chain(tokens.words, first, last, sent.last, lexicon):
            continue  # 'LISBON, Portugal —' places the story; 'Former Mayor of X, NAME,' is a post
        before = sentences[si - 1] if si else None  # (a naming sentence's description: 'Her name is NAME')
        mention = _chain_mention(tokens, first, last, sent, lexicon, before=before, shared=shared, lows=lows)
        if mention is not None:
            while (
                out
                and out[-1].first >= mention.title_first >= 0
                and in_portfolio(tokens.words, mention, lexicon)
            ):
                out.pop()  # ('Minister of Trade and Industry Ana Berg': 'Trade' is the post's)
            out.append(joined_title_body(tokens, out, mention))  # ('a spokesperson for X Roads and Bridges')
    # ('the Anti-smuggling Authority (ASA)': one name; 'HEDDA KVARME:' is the text's 'Hedda Kvarme')
    return cased_names(bracketed_bodies(tokens, out, lexicon))


def _chain_mention(
    tokens: Tokens,
    first: int,
    last: int,
    sent: Sentence,
    lexicon: Lexicon,
    *,
    before: Sentence | None,
    shared: dict[str, str],
    lows: Sequence[str],
) -> Mention | None:
    """The mention of name chain *first..last* in *sent* (after *before*), with its title, or None
    when the chain is no name (a lone role word, the start of a title). *shared* maps each name
    and title seen to one string object; *lows* holds the words in lower case."""
    words = tokens.words
    # (a chain of one word opens with no verb or auxiliary to pass: no call for it)
    first = past_opener(words, first, last, sent, lexicon) if first < last else first
    described = first and lows[first - 1] in _DESCRIPTION_OPENERS
    if (described and _role_phrase(words, first, last, lexicon)) or entry_label(words, first, last, sent):
        return None  # 'the Prime Minister': a post, not a name; 'Key quotes:', '14:05 BST:': a page's labels
    port = None  # (a post with its portfolio before the name: 'Minister for Health | Ana Berg')
    if first == last:  # (one word, the most common chain: no title word leads it)
        split, name_first = -1, first
    else:
        split = _title_split(words, first, last, lexicon, lows=lows)
        opening = first == sent.first or words[first - 1] in OPENERS
        # (not after a role's *for* or *of*: 'senior coroner for | Gwent Helen Roe', a portfolio's place)
        linked = first > sent.first and lows[first - 1] in ("for", "of")
        if split < 0 and not linked:  # (an unlisted role: 'Hydrologist NAME', WordNet's 'Sacristan NAME')
            head = unlisted_role_head(tokens, first, lettered(words, first, last), lexicon, opening=opening)
            split = first if head else open_role_split(words, first, last, lexicon)
        # (an adjective ends it, or WordNet's role after it: 'Deputy Librarian | Tomasz Nowak')
        split = open_role_after(words, adjective_title_end(words, first, last, split, lexicon), last, lexicon)
        split = shaped_split(words, first, last, split, lexicon)  # ('Senior Ocularist | NAME')
        name_first = _name_first(words, first, last, split, sent, lexicon=lexicon, lows=lows)
        honorific = split >= 0 and lows[split].rstrip(".") in lexicon.honorifics
        # (or the chain goes on a listed portfolio, its split word no role: 'Water, Sanitation and |
        # Environment Ana Berg', '... and the | Environment Ana Berg'; not 'Ana Berg and | Sen. Ivo Lund')
        item = first - 1 - (first - 2 > sent.first and lows[first - 1] == "the")
        listed = item > sent.first and lows[item] in ("and", "&") and not is_role(words[split], lexicon)
        if (split < 0 or honorific or listed) and (
            port := portfolio_split(tokens, first, last, sent, lexicon)
        ):
            name_first = port[2]  # (a post's portfolio before an honorific: '... Development Dr Ana Berg')
    lone_role = last == first and split < 0 and name_first == last and is_role(words[last], lexicon)
    lone_role = lone_role or (last == first == sent.first and document_word(lows[first]))
    if (
        lone_role
        and not _surname_label(tokens, last, shared)
        and not _named_surname(tokens, last, shared, lexicon)
    ):
        return None  # a lone role word ("President") or a document noun opening a sentence ("Polls show")
    if (
        last == first == sent.first
        and lows[first] in lexicon.organization_nouns
        and words[sent.last] not in SENTENCE_ENDS
    ):
        return None  # 'Council delays vote on bus lanes': a body noun opening a headline, no name
    name_first += _hyphen_tail(words, name_first, last) if name_first < last else 0  # (one word: no call)
    if name_first > last:
        return None
    follows = last + 2 <= sent.last and words[last + 1].islower()  # (else no title follows: no call)
    if split < 0 and follows and _title_follows(words, first, last, sent, lexicon):
        return None  # 'Democratic presidential nominee ...', 'Pentagon spokesman ...': part of a title
    if port is not None:
        t_first, t_last = port[0], port[1]
    elif split >= 0:
        t_first, t_last = _split_title(tokens, first, split, name_first, sent, lexicon=lexicon)
        t_first = coordinated_portfolio(tokens, t_first, sent.first, shared) if t_first == first else t_first
    else:
        t_first, t_last = prefix_title(tokens, name_first, lexicon, floor=sent.first)
        if t_first < 0 and (name_first == last or not _company_name(lows, name_first, last, lexicon)):
            # (no company's name: 'Ida Venn left | Kestrel Ferries'; one word in a cue's frame only)
            t_first, t_last = body_role_title(tokens, name_first, sent.first, lexicon, one=name_first == last)
    if t_first < 0:  # ('a nurse named NAME', 'NAME, a nurse,', 'The nurse, NAME,', '... Her name is NAME')
        t_first, t_last = described_title(tokens, first, last, sent, lexicon, before=before)
    if t_first < 0 and last + 1 <= sent.last and words[last + 1] == ":":
        t_first, t_last = credit_title(tokens, name_first, sent.first, lexicon)
    if t_first < 0 and (name_first < last or known_surname(shared, words[last])):
        t_first, t_last = affiliation_or_copular(tokens, name_first, last, sent, lexicon, lows=lows)
    short = (t_first, t_last) if not 0 <= t_first < t_last else None  # (one token or none: kept as is)
    t_first, t_last = short or _trimmed_title(words, t_first, t_last, name_first, lexicon)
    post = stated_post(tokens, name_first, last, sent, lexicon, t_first=t_first)  # (relative, appointed)
    t_first, t_last, title = post or (t_first, t_last, None)  # ('NAME, who chairs the X,': 'chair of ...')
    if title is None and t_first >= 0:
        title = closed_title(tokens.text, tokens.starts[t_first], tokens.ends[t_last])  # (a work's mark too)
        if t_last < name_first and words[name_first - 1] != ",":  # (after a rank, a body only: 'Lt. NAME
            # of the X Police', not 'Sen. X of Ohio'; none after a comma, 'The moderator, Dale Roe of WKTV')
            title += affiliation(tokens, last, sent, lexicon, rank=rank_only(words, t_first, t_last))
        title = shared.setdefault(title, title)
    also = (  # an apposition's title, or the role before a comma, before a bare rank ('Maj. NAME')
        second_title(tokens, last, sent.last, lexicon)
        or title_before(tokens, first, last, sent, lexicon, t_first=t_first)
        if title and t_last < name_first
        else None
    )
    # ('The chair of X, Councillor NAME,'; 'A military spokesman, Maj. NAME,': the post first)
    title, also = (also, title) if spokesman_before_rank(words, t_first, t_last, also) else (title, also)
    kind = name_kind(tokens, name_first, last, lexicon, title, lows=lows)
    # ('Teamsters Local 727', 'United Fabrication Workers Local 1182': the unit's number)
    last += kind == "organization" and title is None and numbered_unit(tokens, last, sent)
    name = name_text(tokens, name_first, last)
    note_surname(shared, words, name_first, last, kind)  # (for 'SURNAME is the ROLE of X' later)
    g_lo = min(first, t_first) if t_first >= 0 else first
    g_hi = last if last >= t_last else t_last
    # (no word before the name's first or after its last to read: most names, no call)
    gender = title_gender(words, g_lo, g_hi, name_first, last) if g_lo < name_first or g_hi > last else None
    return Mention(  # (positional, in field order: first .. gender, title_first, title_last, also)
        name_first,
        last,
        tokens.starts[name_first],
        tokens.ends[last],
        shared.setdefault(name, name),
        title,
        kind,
        gender,
        t_first,
        t_last,
        also,
    )


def _trimmed_title(
    words: Sequence[str], t_first: int, t_last: int, name_first: int, lexicon: Lexicon
) -> tuple[int, int]:
    """The title *t_first..t_last* of the name at *name_first* less a count, the adverb *then*
    and a party adjective that open it and a form of address that ends it."""
    t_first += counted_title(words, t_first, t_last)  # 'said one resident, Ola Berg': 'resident'
    t_first += past_then(words, t_first, t_last)  # ('NAME, then the city's planner': the post)
    t_first += past_party(words, t_first, t_last, name_first)  # ('Democratic Gov. NAME': 'Gov.')
    t_last = before_trailing_rank(words, t_first, t_last, name_first, lexicon)  # ('Council leader Cllr NAME')
    return t_first, t_last


def _hyphen_tail(words: Sequence[str], k: int, last: int) -> int:
    """How many words to skip at *k* when the name would start inside a hyphenated title word
    ('Director | -General', 'Attorney | -General'): the hyphen and the word it joins, else 0."""
    return 2 if words[k] in HYPHENS and k < last else 0


def _company_name(lows: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Does the chain *first..last* name a company or other body by its last word ('Kestrel
    Ferries', 'Dunmarsh Mutual Insurance', 'Tirravel Airways'), so that no person's title goes
    before it ('Ida Venn left Kestrel Ferries' is no 'Ida Venn left' title)? *lows*: the words
    in lower case."""
    low = lows[last]
    return lows[first] not in FIRST_NAMES and (
        low in lexicon.company_words or low in lexicon.organization_nouns
    )


def _surname_label(tokens: Tokens, k: int, shared: dict[str, str]) -> bool:
    """Token *k* is a role word in capitals before a colon ('BISHOP:') that the text elsewhere
    wrote as a name word ('Maud Bishop'): a transcript label naming that person by surname.
    Each word is looked up once per text (*shared* keeps the answer)."""
    words = tokens.words
    w = words[k]
    if not (w.isupper() and k + 1 < len(words) and words[k + 1] == ":"):
        return False
    key = "\0label " + w  # (no name or title holds a NUL)
    if key not in shared:
        cased = w[:1] + w[1:].lower()
        shared[key] = "y" if regex.search(rf"\b{regex.escape(cased)}\b", tokens.text) else ""
    return bool(shared[key])


def _named_surname(tokens: Tokens, k: int, shared: dict[str, str], lexicon: Lexicon) -> bool:
    """Token *k* is a role noun that is also a surname (``Lexicon.ambiguous_role_nouns``: 'Dean',
    'Judge', 'Major'), written alone, after the text named a person with it as surname: a listed
    first name before it ('Mayor Harold Dean ... Dean said'). One search a word per text
    (*shared* keeps where the first such name ends)."""
    w = tokens.words[k]
    if w.lower() not in lexicon.ambiguous_role_nouns or not w[:1].isupper() or w.isupper():
        return False
    key = "\0surname " + w  # (no name or title holds a NUL)
    if key not in shared:
        at = ""
        for m in regex.finditer(rf"\b(\p{{Lu}}\p{{Ll}}+) {regex.escape(w)}\b", tokens.text):
            if m.group(1).lower() in ANY_FIRST_NAMES:
                at = str(m.end())
                break
        shared[key] = at
    return bool(shared[key]) and int(shared[key]) <= tokens.starts[k]


#: Words before a capitalised chain that make it a description: 'the Prime Minister', 'its Chief
#: Executive', 'Britain's Foreign Secretary' (a possessive).
_DESCRIPTION_OPENERS = frozenset("the a an this that its their his her our 's ’s".split())
#: Nouns of party membership: 'the Wisconsin Republican' names an affiliation that many share,
#: not a post with one holder.
_PARTY_NOUNS = frozenset(["democrat", "republican"])
#: The most words a capitalised post has ('the Deputy Assistant Secretary of State').
_MAX_POST_WORDS = 5


def _role_phrase(words: Sequence[str], first: int, last: int, lexicon: Lexicon) -> bool:
    """Is chain *first..last*, which a determiner or possessive opens (the caller checks
    :data:`_DESCRIPTION_OPENERS`), a capitalised post with no name in it, ``[MODIFIERS] ROLE
    [of OFFICE]`` ('the Prime Minister', 'the Attorney General', 'the Secretary of State',
    'its Chief Executive')? Then it describes its holder, as 'the prime minister' does; the
    resolver links it to the person holding that title, if any. The post's head is a singular
    role noun (not 'the Communications Workers of America') and no party noun; no word may be
    a first name or an honorific."""
    if last - first >= _MAX_POST_WORDS:
        return False
    # (a hyphenated word is one: 'Co-operative' is no 'operative', 'Vice-President' a role)
    chain = [w.rstrip(".") for w in " ".join(words[first : last + 1]).lower().replace(" - ", "-").split()]
    if any(w in FIRST_NAMES or w in lexicon.honorifics for w in chain):
        return False
    head_end = chain.index("of") - 1 if "of" in chain else len(chain) - 1
    if head_end < 0 or head_end < len(chain) - 4:
        return False
    head = chain[head_end]
    if head_end >= 2 and chain[head_end - 1] == "-":
        head = f"{chain[head_end - 2]}-{head}"  # ('the Marrowgate Housing Co-operative': a body)
    return head in lexicon.role_nouns and head not in _PARTY_NOUNS


def _title_split(
    words: Sequence[str], first: int, last: int, lexicon: Lexicon, *, lows: Sequence[str]
) -> int:
    """The last title word or honorific that leads the chain ("President Vladimir Putin" -> 'President'), or
    -1. An ambiguous role noun counts only before two or more names ("Judge Smith" has none; "Dean
    Baker"). A chain with a possessive inside, or a plural role before a body noun ('the Nurses
    Union') or a role just before one ('the Justice Department'), or a capitalised plural role
    after its first word with no role after it ('United Fabrication Workers Local'), is a
    body's name and has none."""
    # ('Office of Inspector General', 'Office for Civil Rights': a body's name; its role leads
    # only a person's name of two words or more after it: 'Bank of Calvera Governor Ada Roe')
    bodied = last > first + 1 and words[first + 1] in ("of", "for") and is_body_word(words[first], lexicon)
    split = -1
    body_name = False  # (a plural role inside the name, no role after it: a body's name)
    skip = first  # (a quoted nickname inside the name holds no title: 'Kofi "The Anchor" Mensah')
    for k in range(first, last):
        if k < skip:
            continue
        if words[k] in NICK_OPEN and (end := nickname_end(words, k, last)) > 0:
            skip = end + 1
            continue
        if words[k] in POSSESSIVE:
            if owned_post(words, k, last, lexicon):
                continue  # ("Workers' Party MP Nadia Koh": a body's post before a person's name)
            return -1  # "the Coastal Fishermen's Association": a body's name owns no title
        low = lows[k].rstrip(".")
        if bodied and not person_after_body(words, k, last, lexicon):
            continue
        if (is_role(words[k], lexicon) or low in lexicon.honorifics) and not co_second(lows, k):
            if (
                low in lexicon.ambiguous_role_nouns
                and last - k < 2
                and _names_itself(low, words[last], lexicon)
            ):
                continue
            body = is_body_word(words[last], lexicon)
            if body and (k + 1 == last or plural_role(words[k], lexicon) or unnamed_body(lows, k, last)):
                # 'the Writers Guild', 'the Justice Department', 'Summit Student Transit', 'the
                # Arizona Voter Access Project': a role a body is named for
                return -1
            after_the = k > first or (first > 0 and lows[first - 1] == "the")  # ('the Farmers Against X')
            if after_the and plural_role(words[k], lexicon) and words[k][:1].isupper() and split < 0:
                body_name = True  # ('United Fabrication Workers Local': unless a role follows)
                continue
            body_name = False
            split = k
    return -1 if body_name else split


def _names_itself(low: str, after: str, lexicon: Lexicon) -> bool:
    """Can the role noun *low* that is also a name ('Dean', 'Major', 'King', 'Prince': listed
    first names; 'General', which opens bodies' names: 'General Mills') be a name's first word
    before the single name *after*? Else it is a title before a surname ('Judge Sutrisno',
    'Sheriff Okafor', 'Bishop Lund'), unless *after* ends a body's name ('Ranger Services')."""
    return low in ANY_FIRST_NAMES or low in _BODY_OPENING_ROLES or is_body_word(after, lexicon)


#: Role nouns that open bodies' names ('General Electric', 'Master Builders').
_BODY_OPENING_ROLES = frozenset(["general", "master"])


#: *of* and the office words after a title ("Secretary of State John Kerry"): one set, made once.
_OF_OFFICE = OFFICE_WORDS | {"of"}


def _name_first(
    words: Sequence[str],
    first: int,
    last: int,
    split: int,
    sent: Sentence,
    *,
    lexicon: Lexicon,
    lows: Sequence[str],
) -> int:
    """The first word of the name in chain *first..last*, after the title words up to *split*,
    office words ("Secretary of State John Kerry"), honorifics and a sentence-initial cue verb or
    participle before two name words ('Interviewing Helen Smith on X, ...')."""
    name_first = split + 1 if split >= 0 else first
    while split >= 0 and name_first < last and lows[name_first] in _OF_OFFICE:
        name_first += 1
    while name_first < last and lows[name_first].rstrip(".") in lexicon.honorifics:
        name_first += 1
    if 0 < name_first < last and (lows[name_first - 1], lows[name_first]) in COMPOUND_HONORIFICS:
        name_first += 1  # "Dato' Sri NAME", 'Puan Sri NAME'
    if name_first + 2 <= last and (lows[name_first], lows[name_first + 1]) in COMPOUND_HONORIFICS:
        name_first += 2  # 'Tan Sri NAME' (no honorific alone)
    if (
        name_first == first < last
        and (
            lows[first] in lexicon.verb_forms
            or inverted_past(words, lows, first, last, lexicon)
            or (first < last - 1 and _participle_before_name(lows, first))  # ('Interviewing NAME on X,')
        )
        and lows[first] not in FIRST_NAMES  # 'Hope Hicks'
        and words[first + 1] != "-"  # 'BRAND-OTTESEN:': half of a hyphenated name
        and (first == sent.first or words[first - 1] in OPENERS)
    ):
        name_first += 1  # 'Said Ellis, ...': a sentence-initial cue verb is no part of the name
    return name_first


def _participle_before_name(lows: Sequence[str], first: int) -> bool:
    """Is the chain's first word a participle of interviewing ('Interviewing', 'Questioning') or
    another *-ing* form before a listed first name ('Thanking Helen Smith'), not a body's name
    ('Playing Field Promotions')?"""
    low = lows[first]
    named = registered_spelling(lows[first + 1]) in ANY_FIRST_NAMES
    return low in INTERVIEWING_VERBS or (low.endswith("ing") and len(low) > 6 and named)


#: Determiners that open a verb's object, never the role noun a title modifier qualifies.
_VERB_OBJECT_OPENERS = frozenset("the a an his her its their our this these those".split())


def _title_follows(words: Sequence[str], first: int, last: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Does a lower-case title modifier or role word follow the chain *first..last*? (Not
    a verb that is also a role's plural: 'Ines Marr heads the trust'; after a full name, not a
    modifier that is an adverb before a verb: 'Ines Marr then said', nor after a lone name
    word: :func:`_surname_then`.)"""
    nxt = last + 1
    return (
        nxt + 1 <= sent.last
        and words[nxt].islower()
        and (
            is_role(words[nxt], lexicon)
            or (
                words[nxt] in TITLE_MODIFIERS
                and (
                    (words[nxt + 1].lower() not in lexicon.verb_forms and not _then_past(words, nxt))
                    or (first == last and not _surname_then(words, first, nxt, sent))
                )
                # ('Norland Robotics appointed Ana Berg', 'elected him': a participle that no
                # role follows is the chain's verb, not a title's modifier)
                and not (words[nxt].endswith("ed") and not is_role(words[nxt + 1], lexicon))
            )
        )
        # (nor a word before a determiner: 'Ana Berg and Ivo Lund lead/head the union', a verb)
        and words[nxt + 1] not in _VERB_OBJECT_OPENERS
        and not verb_like_plural(words, nxt, sent.last)
        # (nor the post after an appointment's object: 'elected Ana Berg mayor', 'made NAME captain')
        and not (first > sent.first and words[first - 1].lower() in BARE_VERBS)
    )


def _then_past(words: Sequence[str], nxt: int) -> bool:
    """'Ana Berg then took the floor': *then* (token *nxt*) before an irregular past form, the
    adverb before the name's verb, not the modifier of a former post ('then mayor')."""
    return words[nxt] == "then" and words[nxt + 1].lower() in IRREGULAR_PAST


def _surname_then(words: Sequence[str], first: int, nxt: int, sent: Sentence) -> bool:
    """'Fitzwilliam then suggested': a lone name word (no abbreviation, 'VP'; not after a
    capitalised word, 'Many Americans then saw') opening its clause, then *then* and a verb:
    the adverb before the name's verb, not a title's modifier."""
    before = words[first - 1] if first > sent.first else ""
    return (
        words[nxt] == "then"
        and not words[first].isupper()
        and not before[:1].isupper()
        and (not before or not before[:1].isalnum() or before in ("and", "but"))
    )


#: Academic forms of address written between a post and the name ('vice-chancellor Professor NAME').
_ACADEMIC_ADDRESS = frozenset(["professor", "prof", "doctor"])  # (*Dr* is an honorific already)


def _address_word(words: Sequence[str], lows: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Is word *k* of *words* a form of address: an honorific, or either word of a two-word one
    ('Tan Sri', "Dato' Sri")?"""
    low = lows[k]
    if low.rstrip(".") in lexicon.honorifics:
        return not is_role(words[k], lexicon)  # ('Labour MS NAME': a role in capitals, no 'Ms')
    before = k > 0 and (lows[k - 1], low) in COMPOUND_HONORIFICS
    return before or (k + 1 < len(words) and (low, lows[k + 1]) in COMPOUND_HONORIFICS)


def _address_after_post(words: Sequence[str], k: int, lexicon: Lexicon) -> bool:
    """Whether title word *k* is a form of address after the post before it (a bool).

    An academic address after a role ('vice-chancellor Professor NAME'), or a bare rank written
    capitalised after a lower-case role ('group leader Councillor NAME'); a lower-case rank is
    part of the office ('attorney general') and stays.
    """
    low, before = words[k].lower().rstrip("."), words[k - 1]
    if low in _ACADEMIC_ADDRESS:
        return is_role(before, lexicon)
    ranked = low in BARE_RANKS and words[k][:1].isupper() and before.islower()
    return ranked and before not in BARE_RANKS and is_role(before, lexicon)


def _split_title(
    tokens: Tokens, first: int, split: int, name_first: int, sent: Sentence, *, lexicon: Lexicon
) -> tuple[int, int]:
    """The title tokens of a chain whose title words end at *split*: the office words
    absorbed after it ('Secretary of State') and the title words before the chain (with an
    office word or a role joined by *and*: 'Health and | Social Care Secretary', 'Chairman and
    | Managing Director'), without honorifics;
    (-1, -1) when only honorifics remain."""
    words, lows = tokens.words, tokens.lows
    t_last = split
    k = split + 1
    while k < name_first and not _address_word(words, lows, k, lexicon):
        t_last = k
        k += 1
    lo, _ = prefix_title(tokens, first + 1, lexicon, floor=sent.first)
    t_first = lo if lo >= 0 else rank_before(words, first, sent.first)
    while t_first <= t_last and _address_word(words, lows, t_first, lexicon):
        t_first += 1
    while t_last >= t_first and _address_word(words, lows, t_last, lexicon):
        t_last -= 1
    while t_last > t_first and _address_after_post(words, t_last, lexicon):
        t_last -= 1  # ('Wardlow University vice-chancellor Professor NAME': a form of address after the post)
    ranks = t_first == first <= t_last and all(
        address_rank(words[k], k < t_last) for k in range(first, t_last + 1)
    )
    if ranks and (post := prefix_title(tokens, first, lexicon, floor=sent.first)[0]) >= 0:
        return post, first - 1  # ('Naval staff chief | Vice Adm. NAME': the post before the ranks is printed)
    if t_last < t_first:  # ('Khanyisa chief executive Mr NAME': the title before the honorific)
        one = (
            split == first and first > sent.first and not plural_role(words[first - 1], lexicon)
        )  # (not 'voters')
        lo, _ = prefix_title(tokens, first, lexicon, floor=sent.first) if one else (-1, -1)
        return (lo, first - 1) if lo >= 0 else (-1, -1)
    k = t_first - 2
    if (
        k >= sent.first
        and words[k + 1] == "and"
        and words[k][:1].isupper()
        and (lows[k] in OFFICE_WORDS or is_role(words[k], lexicon))
    ):
        # ('Health and | Social Care Secretary NAME', 'KFAL Chairman and | Managing Director NAME')
        lo, _ = prefix_title(tokens, k + 1, lexicon, floor=sent.first)
        t_first = lo if 0 <= lo <= k else k
    whole = t_first < t_last and words[t_last][-1:].isalpha() and not is_role(words[t_first], lexicon)
    lo = listed_portfolio(words, t_first, sent.first, one=whole)  # ('state | Energy and Mines Minister')
    lo = rank_before(words, lo, sent.first) if lo < t_first else lo  # (and 'Newly elected | Mayor NAME')
    return appointed_start(words, lo, t_last, name_first, sent.first, lexicon=lexicon), t_last


@functools.lru_cache(maxsize=8)
def _body_heads(lexicon: Lexicon) -> frozenset[str]:
    """The words that end a body's name: organisation nouns, company words and fields of study."""
    return lexicon.organization_nouns | lexicon.company_words | FIELD_HEADS
