"""Word classes and phrase tests the speaker resolver reads.

Input: words (strings) or a source's tokens; output: booleans, head words and a phrase's kind
("organization" or "other"). Possessive and object pronouns, the words that end a source's
head, document and authored-work nouns, generic body nouns. No state.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.turns import opens_paragraph
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import DOCUMENT_NOUNS
from quotex.lexicon.grammar import AGREEMENT_NOUNS, ISSUED_NOUNS, PROPOSAL_NOUNS, SAYING_NOUNS
from quotex.lexicon.titles import GENERIC_BODIES, HONORIFICS, HYPHENATED_POSITIONS, plural
from quotex.tokens import Tokens

POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: The double quotation marks a sentence holding a quotation shows (straight, curly, low and
#: guillemets), tested as characters of its text.
DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
#: Cue words after a pronoun source that go on with the same speaker (*she added*).
GOING_ON = frozenset("added adds continued continues".split())
#: The third-person singular pronouns of a gender, in every case.
GENDERED_PRONOUNS = frozenset("he she him her his hers himself herself".split())
#: The subject forms of object pronouns, which are sources only after a preposition
#: ('according to him', 'a claim by them'); elsewhere they are the cue's object ('told him').
OBJECT_FORMS = {"him": "he", "them": "they", "us": "we", "me": "i"}
_ORG_HINT = frozenset(
    [
        "ministry",
        "department",
        "government",
        "administration",
        "office",
        "agency",
        "kremlin",
        "pentagon",
        "committee",
        "council",
        "commission",
        "campaign",
        "party",
        "company",
        "court",
        "police",
        "army",
        "embassy",
        "white",
        "house",
        "spokesman",
        "spokeswoman",
    ]
)
PREPOSITIONS = frozenset("of for with at by to from in on about against than into".split())
#: Words that end a phrase's head: a preposition opens its modifier ('Critics of the ministry').
_HEAD_ENDS = frozenset("of for at in on to with by from".split())
#: Words that cannot end a noun phrase's head: dropped from a source cut short.
_TRAILING = _HEAD_ENDS | frozenset("and or the a an who which that".split())
GENDER_NOUNS = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "father": "m", "mother": "f"}
#: Generic body nouns for a business ('the company', 'the lender'): they refer back to a trading
#: body, never to one whose name ends in a noun of public office or membership below.
COMMERCIAL_BODIES = GENERIC_BODIES - frozenset(
    "group agency organisation organization charity network co-operative cooperative".split()
)
#: Last words of the names of public, judicial and membership bodies ('the Securities and
#: Exchange Commission', 'the Ohio Department of Development', 'Local 88 of the Parts Workers
#: Union'): such a body is not what 'the company' or 'the carrier' refers to. Written for quotex
#: from the organisation nouns of the lexicon (quotex.lexicon.titles.ORGANIZATION_NOUNS) that
#: name no trading form, and the units of local government ('Licking County', 'Kent County Council').
PUBLIC_BODY_HEADS = frozenset(
    """
    administration agency army assembly association authority board bureau cabinet campaign chamber
    church coalition command commission committee congress council court department embassy
    federation government legislature ministry navy office panel parliament party police presidency
    regime secretariat senate tribunal union university college school hospital academy
    county city state province district borough township municipality parish region
    """.split()
)
#: The possessive endings after a name: 'Marr's', 'Kestrel Ferries''.
POSSESSIVE_MARKS = frozenset(["'s", "’s", "'", "’"])
#: Role nouns for who made a work rather than holds a post ('Its author': 'it' may be the work).
WORK_ROLES = frozenset("author authors writer writers creator creators designer designers".split())


def source_head_words(words: Sequence[str], a: int, b: int) -> list[str]:
    """The lower-case words and numbers of source tokens *a..b*, without trailing function
    words: a source cut short, 'the former secretary of', has the head 'secretary'."""
    head_words: list[str] = []
    k = a
    while k <= b:
        w = words[k].lower()
        if k + 2 <= b and words[k + 1] == "-" and f"{w}-{words[k + 2].lower()}" in HYPHENATED_POSITIONS:
            head_words.append(f"{w}-{words[k + 2].lower()}")  # ('the full-back': one head word)
            k += 3
            continue
        if w[:1].isalpha() or w[:1].isdigit():
            head_words.append(w)
        k += 1
    while len(head_words) > 1 and head_words[-1] in _TRAILING:
        head_words.pop()
    return head_words


def document_word(low: str) -> bool:
    """A document noun, singular or plural ('statement', 'emails')."""
    return low in DOCUMENT_NOUNS or (low.endswith("s") and low[:-1] in DOCUMENT_NOUNS)


#: A court's written rulings: 'the decision said' is the judge's who wrote it, when the text
#: tells of it being issued ('In a nine-page written decision, Judge X said ...').
RULING_NOUNS = frozenset(
    "ruling rulings decision decisions judgment judgement dissent dissents opinion opinions".split()
)


def is_document(head_words: Sequence[str]) -> bool:
    """Does the source name a document ('the statement', a written 'ruling') rather than a
    report or poll?"""
    return any(w in DOCUMENT_NOUNS or w in RULING_NOUNS for w in head_words) and not any(
        w in ("report", "reports", "poll", "survey", "study") for w in head_words
    )


def head_end(head_words: Sequence[str]) -> int:
    """Where the head of a phrase's lower-case *head_words* ends: before the first preposition
    after its first word ('critics | of the ministry', 'spokesman | for the port')."""
    return next((k for k, w in enumerate(head_words) if k and w in _HEAD_ENDS), len(head_words))


def phrase_kind(head_words: Sequence[str], lexicon: Lexicon) -> str:
    """'organization' for a phrase whose head names a body ('the foreign ministry', 'the
    Ministry of Trade and Industry'), else 'other'. The head ends before the first
    preposition: 'Critics of the ministry' is no body (the caller leaves out a possessor:
    'the bank's chief economist' is none either)."""
    organization_nouns = lexicon.organization_nouns
    end = head_end(head_words)
    if any(w in _ORG_HINT or w in organization_nouns for w in head_words[:end]):
        return "organization"
    return "other"


#: Written works whose author a source phrase can name: 'a report by the state Department of Transportation'
#: (no agreement: its parties are no authors).
AUTHORED = (ISSUED_NOUNS - AGREEMENT_NOUNS) | frozenset(["investigation"])
#: Of those, counts and forecasts, whose author a possessor or *of* does not name ('Nevada's
#: initial estimates', 'figures of the ministry' may be anyone's count).
COUNT_NOUNS = frozenset("tally calculations projections estimates forecast figures statistics data".split())
#: Of those, nouns that name people too after a name ('Labour figures said': party members).
PEOPLE_TOO = frozenset(["figures"])


def is_authored(low: str) -> bool:
    """Is lower-case *low* a work with an author, singular or plural ('report', 'polls')?"""
    return low in AUTHORED or low.rstrip("s") in AUTHORED


def is_made(low: str) -> bool:
    """Is lower-case *low* a work whose maker *by* or *from* names: an authored one
    (:func:`is_authored`) or a proposal ('a draft plan from the ministry':
    :data:`~quotex.lexicon.grammar.PROPOSAL_NOUNS`)?"""
    return is_authored(low) or low in PROPOSAL_NOUNS


def before_address(words: Sequence[str], k: int, floor: int) -> int:
    """The token before a form of address at token *k* ('to | Mr. Obama'), above *floor*; else *k*."""
    return k - 1 if k > floor and words[k].lower().rstrip(".") in HONORIFICS else k


def strip_article(phrase: str) -> str:
    parts = phrase.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in ("a", "an", "the"):
        return parts[1]
    return phrase


#: What a speaker takes or is given to speak: *took the floor*, *stepped up to the microphone*,
#: *gave the floor to B*, *took the stand*, *handed the stage to B*.
TURN_OBJECTS = frozenset("floor stand stage podium microphone mic lectern rostrum dais".split())


def role_verbs(base: str) -> frozenset[str]:
    """The present and past forms of the verb that gives its subject the role noun *base*:
    the noun's own verb ('chair' -> *chairs*, *chaired*; 'referee' -> *referees*, *refereed*;
    'captain' -> *captained*) and, for an agent noun in *-er*/*-or*, its stem's ('founder' ->
    *founds*, *founded*; 'organiser' -> *organises*, *organised*; 'director' -> *directed*)."""
    forms = {plural(base), base + ("d" if base.endswith("e") else "ed")}
    if base.endswith(("er", "or")) and len(base) > 5:
        stem = base[:-2]
        forms |= {stem + "s", stem + "es", stem + "ed"}
    return frozenset(forms)


def owners_words(words: Sequence[str], a: int, b: int, lexicon: Lexicon) -> bool:
    """Does the possessed source phrase *a..b* name words, not a speaker: its head a noun of
    saying (``SAYING_NOUNS``, a cue noun: 'Her message', 'His remarks') or a document ('Their
    statement')? Such a phrase speaks only as its owner does."""
    head_words = source_head_words(words, a, b)
    head = head_words[-1].lower() if head_words else ""
    return head in SAYING_NOUNS or head in lexicon.cue_nouns or head in DOCUMENT_NOUNS


def reduced_relative(words: Sequence[str], k: int, b: int) -> bool:
    """Does a reduced relative of publishing end a description at token *k* = *b*, its time
    phrase left to the verb: a past participle after a work with an author (:func:`is_authored`;
    'a study | published' of 'a study published on Monday found')? The work alone is the
    speaker's name; a participle with its phrase stays ('a survey released in late August'), and
    so does a person's ('three people briefed on the talks'). An adverb of medium or time may
    end it ('a preprint | posted online')."""
    w = words[k]
    last = k == b or (k + 1 == b and words[b].lower() in _PUBLISHING_ADVERBS)
    return last and w.islower() and w.endswith("ed") and len(w) > 4 and is_authored(words[k - 1])


#: Adverbs after a participle of publishing, which the work's name leaves out with it.
_PUBLISHING_ADVERBS = frozenset(
    "online internally publicly privately today yesterday recently earlier".split()
)


def bare_label(tokens: Tokens, a: int, b: int) -> bool:
    """Are source tokens *a..b* a label with no article opening its paragraph before a colon
    (``Chief auctioneer: "C."``)? It describes the person the next paragraph introduces, as
    *a chief auctioneer* would."""
    words = tokens.words
    label = b + 1 < len(words) and words[b + 1] == ":" and words[a].lower() not in ("a", "an", "the")
    return label and opens_paragraph(tokens, a)
