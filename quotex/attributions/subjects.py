"""Subject finders: the source of a cue, found left of it, in the sentence's subject or in a credit phrase."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.adverbial_clauses import (
    adverbial_speaker,
    agent_before,
    clause_after_subject,
    fronted_opener,
    fronted_participle,
    opens_adverbial_clause,
    opens_subject,
    speaks_in_adverbial_clause,
)
from quotex.attributions.apposed_names import past_object_apposition
from quotex.attributions.aside_bounds import closes_set_off_name, skip_brackets_left
from quotex.attributions.aside_chains import aside_holding, comma_after_bracket
from quotex.attributions.aside_openers import before_titled_aside
from quotex.attributions.asides import (
    appositive_name,
    before_apposition_chain,
    before_whose_clause,
    relative_subject,
    skip_parenthetical_left,
)
from quotex.attributions.context import (
    Context,
    after_time_phrase,
    bare_verb,
    before_time_adjunct,
    is_time_token,
    progressive_be,
    time_phrase,
)
from quotex.attributions.control import controlled_object, quoted_object
from quotex.attributions.hometowns import before_hometown, hometown_name
from quotex.attributions.infinitives import before_hedged_cue, before_infinitive, before_purpose
from quotex.attributions.issuers import complement_source, issued_by
from quotex.attributions.listed_subjects import listed_after_apposition
from quotex.attributions.ly_adverbs import ly_adverb
from quotex.attributions.modifiers import modified_source_before, recorded_speaker
from quotex.attributions.noun_phrases import np_left, np_right
from quotex.attributions.np_heads import from_the
from quotex.attributions.np_words import compound_word, first_conjunct_role, reduced_participle
from quotex.attributions.relatives import document_antecedent
from quotex.attributions.source_phrases import antecedent_np, familiar_subject, settled_source, who_antecedent
from quotex.attributions.subject_words import inverted_word, lone_title_word, speaker_word
from quotex.attributions.verb_groups import before_gerund_group, reports_by_gerund
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DAY_WORDS,
    DEGREE_LETTERS,
    DETERMINERS,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    PERSON_OBJECTS,
    PRONOUNS,
    TIME_WORDS,
)
from quotex.lexicon.grammar import (
    ADVERBS,
    APPOSITION_OPENERS,
    APPROXIMATORS,
    AUXILIARIES,
    CLAUSE_STARTERS,
    CLAUSE_SUBORDINATORS,
    CONJUNCTIVE_ADVERBS,
    COPULA,
    FRONTED,
    FRONTED_LINKS,
    FRONTING_PREPOSITIONS,
    INTRO_WORDS,
    IRREGULAR_PAST,
    MODALS,
    PERCEPTION_VERBS,
    PLACE_PREPOSITIONS,
    PREPOSITIONS,
    RELATIVES,
    SENTENCE_LINKS,
    SIMPLE_PAST,
    SPEAKING_ADJECTIVES,
    SUBORDINATORS,
    TIME_ADVERBS,
)
from quotex.mentions import is_name_word
from quotex.sentences import Sentence
from quotex.tokens import Tokens

# How far (in tokens) source_before looks left; each bounds a walk, so the cost stays linear.
#: an aside between dashes ('The mayor -- speaking on Tuesday -- said')
DASH_WINDOW = 40


_DAY_OPENERS = TIME_ADVERBS | {"on", "last"}
#: Coordinators and marks after which a quantifier opens a clause as its subject ('..., but both
#: said', 'On tolls, both said'); after a bracket or a dash it floats ('X and Y (D-Ore.) both said').
_LINKS = frozenset(["and", "but", "or", "yet", "so", "while", "whereas", ",", ";", ":"])
_TIME_OPENERS = _DAY_OPENERS | {"in", "this"}


def _first_report(lows: Sequence[str], cue: int, j: int) -> bool:
    """Is *first* at token *j* the adverb of a past report at *cue* ('the Herald first reported'; not
    'The first said', 'had first found each other')?"""
    return lows[j - 1] not in DETERMINERS and (lows[cue] in ("said", "told") or lows[cue].endswith("ed"))


def _before_cue_adjuncts(words: Sequence[str], cue: int, floor: int, lows: Sequence[str]) -> int:
    """The token before the adverbs, negators, floating quantifiers, progressive *be* and time
    phrases that stand just before the cue at token *cue* ('The board two weeks ago said',
    'He's predicting', 'a panel in 2001 found'); below *floor* when none is left. *lows*: the
    words in lower case."""
    j = cue - (3 if cue - 2 >= floor and lows[cue - 1] == "-" and lows[cue - 2] == "e" else 1)  # ('e-mailed')
    progressive = lows[cue].endswith("ing")
    while j >= floor:
        low = lows[j]
        if (
            low in ADVERBS
            or low in ("n't", "not")
            # 'They both said'; 'Both said', '..., but both said' have it as subject
            or (low in ("all", "both") and j > floor and lows[j - 1] not in _LINKS)
            or (low == "only" and j == cue - 1 and j > floor)  # 'he only hinted at': the verb's adverb
            # ('the Herald first reported'; 'The first said' is a pronoun's subject)
            or (low == "first" and j == cue - 1 and j > floor and _first_report(lows, cue, j))
            or (progressive and progressive_be(words, j, floor, COPULA))  # "He's predicting"
        ):
            j = _before_ago(words, j, floor) if low == "ago" else j - 1  # 'The board two weeks ago said'
            continue
        if low in PARTS_OF_DAY and j - 1 >= floor and lows[j - 1] in DAY_WORDS:
            j -= 3 if j - 2 >= floor and lows[j - 2] in _DAY_OPENERS else 2  # 'Sunday night'
            continue
        if low in TIME_WORDS and j - 1 >= floor and lows[j - 1] in _TIME_OPENERS:
            j -= 2  # 'on Tuesday', 'later Thursday', 'this week'
            j -= j >= floor and lows[j] in ("late", "early")  # ('late on Tuesday')
            continue
        if j - 2 >= floor and lows[j - 2] in ("on", "in") and words[j - (low in TIME_WORDS)].isdigit():
            j -= 3  # ('on June 2'; 'issued by X on 2 June warned': the day before its month)
            continue
        if len(words[j]) == 4 and words[j].isdigit() and j - 1 >= floor and words[j - 1].lower() == "in":
            j -= 2  # 'a panel in 2001 found'
            continue
        break
    if j < cue - 2 and j - 1 >= floor and reduced_participle(words, j):
        j -= 1  # ('Data from the Fjord Board released on Friday showed': the participle and its time)
    return j


def source_before(
    tokens: Tokens, cue: int, floor: int, lexicon: Lexicon, *, lows: Sequence[str]
) -> tuple[int, int] | None:
    """The subject of a cue at token *cue*: ``Smith (also) said``, ``Smith, 45, said`` (*lows*:
    the words in lower case, ``Context.lows``); None for a list's last conjunct (listed_subjects)."""
    src = _source_before(tokens, cue, floor, lexicon, lows=lows)
    settled = settled_source(tokens, src, cue, floor, lexicon)  # ('A, not B, said', 'A, who B hired, said')
    if settled is not None:
        return settled[0]
    return None if src is not None and listed_after_apposition(tokens, src, floor, lexicon) else src


def _source_before(
    tokens: Tokens, cue: int, floor: int, lexicon: Lexicon, *, lows: Sequence[str]
) -> tuple[int, int] | None:
    """:func:`source_before` before its list check."""
    words = tokens.words
    j = _before_cue_adjuncts(words, cue, floor, lows)
    progressive = lows[cue].endswith("ing")
    if progressive and reports_by_gerund(lexicon.verb_forms.get(lows[cue])):  # 'Lund kept insisting'
        j = before_gerund_group(lows, j, floor)
    if j < floor:
        return None
    j = skip_brackets_left(words, j, floor) if words[j] == ")" else j  # (most: no bracket, no call)
    j = before_hedged_cue(words, j, floor, progressive=progressive)
    if lows[j] in PERSON_OBJECTS and j - 1 >= floor and lows[j - 1] in PERCEPTION_VERBS:
        return (j, j)  # ('X, who stood next to Y, heard her say:': the one heard speaks, never X)
    controlled = controlled_object(tokens, j, floor, lexicon)
    if controlled is not None:  # 'prompted the trust to state': the object; 'urged Lund to say': nobody
        return controlled[0] if controlled[1] else None
    if progressive and lows[j] == "as":
        quoted = quoted_object(tokens, j, floor, lexicon)
        if quoted is not None:
            return quoted  # 'The Gazette quoted Lund as saying'
    if lows[j] == "to" and j - 1 > floor and (words[j - 1].islower() or before_purpose(words, j, floor) < j):
        speech = lexicon.verb_forms.get(lows[cue], ("", ""))[1] == "speech"
        adjectives = SPEAKING_ADJECTIVES if speech else frozenset()
        k = before_infinitive(words, j, floor, adjectives, speech)  # 'He went on to say', 'Lund was quick'
        if k == j:
            return None  # 'a Senate majority to confirm ...': an infinitive after a noun has no subject
        j = k
    if (
        lows[j] in ("and", "nor")  # ('would neither confirm nor deny that C': both verbs the subject's)
        and j - 1 > floor
        and words[j - 1].islower()
        and words[j - 1].isalpha()
        and lows[j - 1] not in lexicon.role_words
    ):
        if not (bare_verb(words[j - 1]) or lows[j] == "nor"):
            # 'put on a fake Southern accent and joked': no subject here (the fallbacks find it)
            return None
        j -= 2  # 'smiled and said'
        while j >= floor and (lows[j] in ADVERBS or lows[j] in MODALS or lows[j] in ("neither", "either")):
            j -= 1
        if j < floor:
            return None
    j -= comma_after_bracket(tokens, j, floor, lexicon)  # (the bracket then stepped over)
    j = skip_brackets_left(words, j, floor) if words[j] == ")" else j
    if words[j] in ("—", "–", "-", "--"):
        k = j - 1
        while k > floor and words[k] != words[j] and j - k < DASH_WINDOW:
            k -= 1
        if k > floor and words[k] == words[j]:
            j = k - 1
    j = before_whose_clause(words, j, floor)
    j = before_titled_aside(words, j, floor, lexicon.quote_tokens)  # 'The report, titled "T," said'
    closed = words[j] in lexicon.quote_tokens and j - 2 > floor and words[j - 1] == ","
    if closed:  # 'Okonjo, who rates Halvard "neutral," said': the relative clause ends in a quotation
        j -= 1
    if words[j] == ",":
        appos = appositive_name(tokens, j, floor, lexicon) if not closed else None
        if appos is not None:
            return appos
        for _ in range(3):  # 'Pruitt, the attorney general of Oklahoma, one of the states suing, said'
            k = skip_parenthetical_left(words, j, floor, lexicon, lows[cue])
            if k == j:
                return None
            j = k
            if (words[j].isdigit() or words[j] in DEGREE_LETTERS) and j - 2 >= floor and words[j - 1] == ",":
                j -= 2  # 'Schiff, 56, who has served ..., told': the age (or 'NAME, PhD,') before the clause
                break
            j = skip_brackets_left(words, j, floor)
            j = j if words[j] == "," else aside_holding(tokens, j, floor, lexicon, lows[cue])
            if words[j] != ",":
                j = before_apposition_chain(tokens, hometown_name(words, j, floor), floor, lexicon)
                break
    familiar = familiar_subject(tokens, j, floor, lexicon, lows)
    if familiar is not None:
        return familiar
    if lows[j] in ("who", "that") and j - 1 >= floor:
        # "X, who has told Y that ...": the source runs from X to the relative pronoun
        k = j - 1
        if words[k] == "," and (k := before_hometown(words, k - 1, floor)) < floor:  # (not Dover)
            return (j, j)  # ('"C," said NAME, 44, of Dover, who said': the credit's name, before floor)
        np = antecedent_np(tokens, np_left(tokens, k, floor, lexicon), who=lows[j] == "who")
        owner = who_antecedent(tokens, np, floor, lexicon) if np is not None and lows[j] == "who" else -1
        if np is not None and owner >= 0:
            return (owner, j)  # 'Ida Varga, a Republican who has ...': the name's bearer
        return (np[0], j) if np is not None else document_antecedent(tokens, k, j, floor, lexicon)
    rel = relative_subject(tokens, j, floor, lexicon, participle=not progressive)
    if rel is not None:
        return rel
    np = np_left(tokens, j, floor, lexicon)
    if np is None:
        return complement_source(tokens, j, floor, lexicon)  # 'An audit of 400 farms, led by X, found'
    if progressive and (recorded := recorded_speaker(lows, np, floor, lexicon.verb_forms.get(lows[cue]))):
        return recorded  # ('footage of Lund saying', 'shared a clip of the coach telling')
    if (
        np[0] - 1 >= floor
        and (lows[np[0] - 1] in PREPOSITIONS or words[np[0] - 1] in PLACE_PREPOSITIONS)
        and lows[np[0]] not in PRONOUNS  # 'after he said': a clause, not a prepositional object
        and not (lows[np[0] - 1] in CLAUSE_SUBORDINATORS and not progressive)  # 'as Lund said'
    ):
        # (else None: 'In one tweet', 'Along with the dispute'; but 'C, a nurse on the ward said')
        return issued_by(tokens, np, floor, lexicon) or modified_source_before(tokens, np, floor, lexicon)
    np = (first_conjunct_role(words, np[0], floor, lexicon), np[1])  # ('a developer and | spokeswoman for X')
    if (
        np[0] - 2 >= floor
        and words[np[0] - 1] == ","
        and lows[np[0]] in ("a", "an")
        # (unless open before a finite 'said': 'C, Lund and Berg, a former official said' is C's)
        and (words[np[1] + 1] == "," or lows[cue] not in ("said", "says", "told", "wrote"))
    ):
        # 'Tomas Ode, a lawyer from Vigo, Spain, said': an apposition (not 'In a letter, a nurse wrote')
        name = np_left(tokens, np[0] - 2, floor, lexicon)
        if (
            name is not None
            and is_name_word(words[name[1]])
            and not (name[0] - 1 >= floor and words[name[0] - 1].lower() in PREPOSITIONS)
        ):
            return (name[0], np[1])
    return np


#: Words of a period before *ago* ('less than two weeks ago', 'a couple of days ago').
_BEFORE_PERIOD = NUMBER_WORDS | APPROXIMATORS | frozenset("a an few several many some couple of".split())


def _before_ago(words: Sequence[str], j: int, floor: int) -> int:
    """The token before a time phrase that ends with *ago* at token *j* ('less than two weeks
    ago', 'a year ago', '10 days ago'); *j* - 1 when no period stands before *ago*."""
    k = j - 1
    if k < floor or words[k].lower() not in TIME_WORDS:
        return j - 1
    k -= 1
    while k >= floor and j - k <= 6 and (words[k].lower() in _BEFORE_PERIOD or words[k].isdigit()):
        k -= 1
    return k


def sentence_subject(ctx: Context, s: Sentence) -> tuple[int, int] | None:
    """The noun phrase opening sentence *s* (after a conjunction or an intro adverbial)."""
    if s.first in ctx.subjects:
        return ctx.subjects[s.first]
    subj = find_sentence_subject(ctx, s)
    ctx.subjects[s.first] = subj
    return subj


def find_sentence_subject(ctx: Context, s: Sentence) -> tuple[int, int] | None:
    words, lows = ctx.tokens.words, ctx.lows
    i = s.first
    while i <= s.last and (
        lows[i] in SENTENCE_LINKS
        or words[i] == ","
        or (i + 1 <= s.last and words[i + 1] == "," and lows[i] in FRONTED_LINKS)  # 'Worse, ...'
    ):
        i += 1
    if i > s.last:
        return None
    low = lows[i]
    if (
        low in TIME_WORDS
        or low in TIME_ADVERBS  # 'Late last month,', 'Earlier this week,'
        or ly_adverb(words, i, s.last, ctx.lexicon)
        or is_fronted_word(words, i, s.last, ctx.lexicon)
    ):
        k = i
        verbs = ctx.lexicon.verb_forms
        while (
            k <= s.last
            and k - i < FRONTED_WINDOW
            and words[k] != ","
            and (k - i < 12 or (lows[k] not in verbs and lows[k] not in COPULA))
        ):
            k += 1
        if k < s.last and words[k] == ",":
            i = past_object_apposition(words, k, _past_place_region(words, k, s.last), s.last)
        else:
            i = after_time_phrase(words, i, s.last)  # 'On Sunday the minister said'
    return from_the(words, lows, np_right(ctx.tokens, i, s.last, ctx.lexicon))


#: Words that open a time phrase after a place: 'in Ames, Iowa, on Sunday,'.
_TIME_LINKS = frozenset("on in last this".split())
#: Prepositions before a place in a fronted adverbial: 'At a rally in Ames, Iowa,'.
_PLACE_PREPOSITIONS = frozenset("in at near outside from".split())


def _past_place_region(words: Sequence[str], comma: int, last: int) -> int:
    """The token after a fronted adverbial that ends at *comma*, past the region of a place
    it ends with when a time phrase follows ('At a rally in Ames, Iowa, on Sunday, Marr
    said': a place after *in*, *at* ..., one to three capitalised words and a comma, then a
    time phrase and a comma)."""
    k = comma - 1
    while k > 0 and is_name_word(words[k]) and comma - k <= 3:
        k -= 1
    if k == comma - 1 or words[k].lower() not in _PLACE_PREPOSITIONS:
        return comma + 1
    j = comma + 1
    while j <= last and is_name_word(words[j]) and j - comma <= 3:
        j += 1
    if j == comma + 1 or j > last or words[j] != ",":
        return comma + 1
    i = j + 1  # past 'Iowa,'
    j = i
    while j <= last and j - i < 4 and (words[j].lower() in _TIME_LINKS or is_time_token(words[j])):
        j += 1
    # only a time phrase shows the capitalised words were a region: 'After a narrow win in
    # Iowa, Clinton, the front-runner, said' names Clinton
    return j + 1 if j > i and j <= last and words[j] == "," else comma + 1


#: How far (in tokens) a fronted adverbial may run to its comma: 'In response to the
#: council's plan to close the ferry route to the islands,' (past 12 tokens, only
#: without a reporting verb or a copula, which would be the clause's own).
FRONTED_WINDOW = 24


def fronted_adverbial(words: Sequence[str], i: int, last: int, lexicon: Lexicon) -> bool:
    """Token *i* opens an adverbial that a comma closes before the subject: a preposition
    (*Alongside the dockers,*), a participle with its complement (*Facing a hostile crowd,*,
    *Reached by phone,*) or a short time phrase (*A few days later,*, *The next morning,*)."""
    w = words[i]
    low = w.lower()
    if low in FRONTING_PREPOSITIONS:
        return True
    nxt = words[i + 1] if i + 1 <= last else ""
    if (
        w[:1].isupper()
        and low.endswith(("ing", "ed"))
        and nxt.isalpha()
        and nxt.islower()
        and (nxt not in lexicon.verb_forms or nxt in _FRONTED_PARTICLES)  # ('Looking back to 2008,')
        and nxt not in AUXILIARIES
        and nxt not in MODALS
    ):
        return True  # (a name such as 'Manning' is followed by a verb or a capital, not a complement)
    return (low in DETERMINERS or low in NUMBER_WORDS) and time_phrase(words, i, last)


#: Adverbs of time and place that open a fronted adverbial with a preposition after them:
#: 'Back in 1999,', 'Just before the vote,', 'Shortly after noon,', 'Down at the harbour,'.
_ADVERBS_BEFORE_PREPOSITION = frozenset("back just right shortly soon long far down up out over".split())
#: Particles after a fronted participle: 'Looking back to 2008,', 'Summing up,', 'Speaking out,'.
_FRONTED_PARTICLES = frozenset("back up out down off on over in".split())


def is_fronted_word(words: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *k*, first in its sentence, a word that opens a fronted adverbial rather than
    the subject: a linking adverb before a comma ('Likewise,', 'Wait,'), an intro word or
    preposition ('Along with her husband,', 'Absent a deal,', 'Once he was president,'), an
    -ly adverb ('Hastily leaving ...') or a participle with its complement ('Looking back
    ...', 'Addressing the crowd ...')?"""
    low = words[k].lower()
    nxt = words[k + 1] if k + 1 <= last else ""
    return (
        (nxt == "," and (low in CONJUNCTIVE_ADVERBS or low == "far"))  # ('(So) far, nobody said')
        or low in INTRO_WORDS
        or low in CLAUSE_SUBORDINATORS
        or low in SUBORDINATORS
        or low in ("whenever", "wherever", "unless", "until", "whether")
        or low in TIME_WORDS
        or (words[k][:1].isupper() and ly_adverb(words, k, last, lexicon))
        or (
            low in _ADVERBS_BEFORE_PREPOSITION
            and (nxt.lower() in INTRO_WORDS or nxt.lower() in FRONTING_PREPOSITIONS)
        )
        or fronted_adverbial(words, k, last, lexicon)
    )


def speaking_subject(ctx: Context, s: Sentence, before: int) -> tuple[int, int] | None:
    """The subject of sentence *s*, ending before token *before*, when it can speak: a
    name, a personal pronoun, or a role, group, organisation or source noun (not *it*); the
    agent instead when a passive ends before *before* (:func:`agent_before`); none when an
    adverbial clause with a verb of speech of its own stands between them."""
    subj = sentence_subject(ctx, s)
    if late := adverbial_speaker(ctx, s.first if subj is None else subj[1] + 1, before):
        return late  # ('A was speaking when B cut in:', '"C," A said, before B cut in:': B)
    if subj is None or subj[1] >= before or speaks_in_adverbial_clause(ctx, subj[1] + 1, before):
        return None
    agent = agent_before(ctx, subj[1] + 1, before)
    if agent is not None:
        return agent
    words, lexicon = ctx.tokens.words, ctx.lexicon
    if inverted_word(ctx, subj):
        return None  # ('Came the word:', 'Up spoke the mayor:': an inverted verb or its particle)
    if lone_title_word(ctx, subj):
        return None  # ('Head perry maker NAME's reply was short:': a title's first word, no speaker)
    # (the phrase's last word, or a name set off before its apposition: 'NAME, master ropemaker, was brief:')
    comma = next((k for k in range(subj[0] + 1, subj[1]) if words[k] == ","), subj[1] + 1)
    return subj if speaker_word(words[subj[1]], lexicon) or speaker_word(words[comma - 1], lexicon) else None


def subject_before_group(ctx: Context, s: Sentence, group: int) -> tuple[int, int] | None:
    """The sentence's subject, when it runs up to the verb group at *group* with modifiers
    the phrase rules cannot parse: 'A 2014 study that appeared in a journal found ...',
    'Other unions, including the teachers, have endorsed ...'. Returns (first, group - 1)."""
    subj = sentence_subject(ctx, s)
    if subj is None or subj[1] >= group or group - subj[0] > 30:
        return None
    words = ctx.tokens.words
    verbs = ctx.lexicon.verb_forms
    if clause_after_subject(words, s.first, subj[0], subj[1] + 1, group):
        return None
    for k in range(subj[1] + 1, group):
        w = words[k]
        if (
            ctx.quote_of[k] >= 0
            or w in (";", ":")
            or (w.lower() in verbs and not compound_word(ctx.tokens, k, subj[0], group - 1))
            or w.lower() in SUBORDINATORS
            or w in SIMPLE_PAST  # 'X began taking calls': a verb of its own
            or opens_adverbial_clause(words, k, group)  # 'X listened as Y told'
            or (w in ("and", "but") and words[k - 1] == "," and opens_subject(words[k + 1]))  # ', and Y said'
        ):
            return None  # (a subordinate clause has a subject of its own: '..., though a panel found')
    if words[before_time_adjunct(words, group - 1, subj[1] + 1)].lower() in ("and", "but", "or"):
        return subj  # 'The council made a statement and (on Monday) said ...': the subject of both verbs
    return (subj[0], group - 1)


def apposition_subject(ctx: Context, s: Sentence, cue: int) -> tuple[int, int] | None:
    """'Rachel Ode, a lawyer from Lagos, Nigeria, said': the sentence's subject when only
    appositions stand between it and the cue (token *cue*, right after a comma). Each comma
    must open an apposition (an article, a role, an age, a place name, *including*)."""
    words, lows = ctx.tokens.words, ctx.lows
    lexicon = ctx.lexicon
    subj = sentence_subject(ctx, s)
    if subj is not None and subj[1] + 2 == cue and closes_set_off_name(words, subj):
        return subj  # ('In Oslo, the survey lead at X, Ida Berg, said': the subject ends on its name)
    if subj is None or subj[1] + 2 >= cue or cue - subj[1] > 40:
        return None
    k = subj[1] + 1
    if words[k] != ",":
        return None
    n = cue + 1
    while n <= s.last and is_name_word(words[n]):
        n += 1
    if n > cue + 1 and (n > s.last or not words[n][:1].isalnum()):
        return None  # 'The ferry, the Kestrel, is late, said Doyle.': an inverted credit
    for m in range(k, cue - 1):
        w = words[m]
        low = lows[m]
        if (
            ctx.quote_of[m] >= 0
            or w in (";", ":", "(", ")")
            or (low in lexicon.verb_forms and not compound_word(ctx.tokens, m, k, cue))
            or low in AUXILIARIES
            or low == "that"
        ):
            return None
        if w == ",":
            nxt = words[m + 1]
            if not (
                nxt.lower() in APPOSITION_OPENERS
                or nxt.lower() in lexicon.role_words
                or nxt.isdigit()
                or is_name_word(nxt)
            ):
                return None
    return subj


def clause_subject(ctx: Context, cue: int, floor: int) -> tuple[int, int] | None:
    """A long subject the phrase rules cannot parse, from the clause start to the cue: 'Majorities
    of Democrats in five states say ...', 'Friends, lobbyists and former foes say ...'. Only for a
    surely finite cue (see ``_try_cue``), and only when no other verb, quotation or clause boundary
    stands between, nor a fronted phrase that holds the cue (:func:`fronted_participle`)."""
    words, lows = ctx.tokens.words, ctx.lows
    verbs = ctx.lexicon.verb_forms
    k = cue - 1
    while k >= floor and cue - k <= 14:
        w = words[k]
        low = lows[k]
        if (
            w in (";", ":", "—", "–", "--")
            or ctx.quote_of[k] >= 0
            or (low in verbs and not compound_word(ctx.tokens, k, floor, cue - 1))  # (not 'the back row')
            or low in CLAUSE_STARTERS
            or low in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could")
        ):
            break
        if low in ("but", "and", "or", "nor"):
            return None  # 'X did this and told ...': a coordinated verb, handled by the subject rule
        k -= 1
    start = k + 1
    if k >= floor and words[k] not in (",", ";", ":", "—", "–", "--") and low not in ("but", "and"):
        return None  # stopped at a verb or a quotation: not a clause-initial subject
    while start < cue and (words[start] in (",",) or lows[start] in ("but", "and", "so", "yet")):
        start += 1
    start = after_time_phrase(words, start, cue - 1)  # 'On Sunday the city's two unions say'
    if fronted_opener(words[start]) or lows[start] == "far":  # 'Unlike X, one of', '(So) far, no one
        commas = [m for m in range(start, cue) if words[m] == ","]
        if not commas and lows[start] in ("with", "without"):
            return None  # ('With aides worried about X, ...': an absolute phrase holds no subject)
        start = commas[-1] + 1 if commas else start
    if cue - start < 2 or not any(words[m][:1].isalpha() for m in range(start, cue)):
        return None
    if fronted_participle(words, start, cue):
        return None
    if any(words[m].islower() and words[m].endswith("ed") for m in range(start, cue)):
        return None  # a finite verb stands in it: not a noun phrase
    return (start, cue - 1)


#: Words that open a clause inside an opening phrase: a finite verb after them is that clause's,
#: not the phrase's ('Speaking to dockers who were on strike, Lund said ...').
_INNER_CLAUSE = RELATIVES | SUBORDINATORS | FRONTED | frozenset(["that", "if"])


def holds_finite_verb(words: Sequence[str], a: int, b: int) -> bool:
    """Tokens a..b hold a finite auxiliary or modal of their own (not one inside a relative or
    subordinate clause), so they are a clause, not an adverbial phrase (Quirk et al. 1985,
    §3.52: every independent clause has a finite verb phrase)."""
    for k in range(a, b + 1):
        low = words[k].lower()
        if low in _INNER_CLAUSE:
            return False
        if words[k].islower() and (low in AUXILIARIES or low in MODALS):
            return True
    return False


def _past_after_noun(words: Sequence[str], a: int, b: int) -> bool:
    """A lower-case past form after a noun within a..b ('The road *reopened* Monday'), the verb
    of a clause; a time phrase holds none ('The next morning', 'A few days later')."""
    for k in range(a, b + 1):
        if words[k] == "," or words[k].lower() in _INNER_CLAUSE:
            return False  # (only the phrase before the first comma: 'Most recently, ...')
        if (
            words[k].islower()
            and (words[k].endswith("ed") or words[k] in IRREGULAR_PAST)
            and words[k - 1][:1].isalpha()
            and words[k - 1].lower() not in DETERMINERS
        ):
            return True
    return False


def is_intro_phrase(words: Sequence[str], a: int, b: int) -> bool:
    """'On Saturday,' / 'In a statement,' / 'Here in Columbia,': an adverbial before the subject,
    not a reported clause."""
    n = sum(1 for k in range(a, b + 1) if words[k][:1].isalnum())
    if n < 3:
        return True
    low = words[a].lower()
    if low in ("and", "but", "yet") and a < b:
        return is_intro_phrase(words, a + 1, b)  # 'But despite his doubts,', 'And in 2008,'
    if low.endswith("ing") and words[a][:1].isupper():
        # 'Calling the fares unfair, Lund told the Gazette ...'; but a gerund before a finite
        # verb is the subject of a clause: 'Finding the wreck will take months, he said.'
        return not holds_finite_verb(words, a + 1, b)
    if (low in DETERMINERS or low in NUMBER_WORDS) and b + 1 < len(words) and time_phrase(words, a, b + 1):
        # 'A few days later, Lund wrote ...'; not 'The repairs will take months, he said.' nor
        # 'The road reopened Monday morning, she said.' (a past verb after the subject's noun)
        return not holds_finite_verb(words, a + 1, b) and not _past_after_noun(words, a + 2, b)
    clause = low in ("this", "there", "here") and a + 1 <= b and words[a + 1].lower() in AUXILIARIES
    if clause or (low in APPROXIMATORS and words[a + 1][:1].isdigit() and holds_finite_verb(words, a + 1, b)):
        return False  # 'This is not about the fares, Lund told ...', 'About 100 homes were flooded, ...'
    return n <= 7 and (low in INTRO_WORDS or low in PREPOSITIONS or low.endswith("ing") or low == "here")
