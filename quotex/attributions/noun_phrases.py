"""Noun-phrase walkers: the edges of a source's noun phrase, left or right of its head, without a parser."""

from __future__ import annotations

from quotex.attributions.context import adverb_participle, ends_date_phrase, is_source_noun, subject_adverb
from quotex.attributions.counted_nouns import counted_noun, plural_count
from quotex.attributions.determiners import determiner_within
from quotex.attributions.np_heads import (
    OPENS_SUBJECT,
    SOURCE_ADJECTIVES,
    age_phrase_first,
    coordinated_clause,
    cue_noun_head,
    lower_plural,
    name_goes_on,
    numbered_name,
    opens_clause,
    plural_before_place,
    posting_link,
    programme_noun,
    prop_one,
    role_or_body_noun,
    source_adjective,
)
from quotex.attributions.np_words import (
    all_idiom,
    before_role_noun,
    coordinated_plural_end,
    counted_pronoun,
    determiner_at,
    gerund_portfolio,
    hyphened_adverb,
    knowledge_of_end,
    modifies_role,
    named_body_word,
    noun_modifier_form,
    plural_apostrophe,
    relative_subject,
    role_modifier,
    source_apposition,
    titled_name_after,
)
from quotex.attributions.phrase_joins import and_in_name_phrase, listed_areas_start
from quotex.attributions.role_lists import apposed_names_end, counted_list, relative_then_name
from quotex.lexicon import Lexicon
from quotex.lexicon.function_words import (
    DETERMINERS,
    GAELIC_ARTICLE_HEADS,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PRONOUNS,
    STOP_WORDS,
    TITLE_MODIFIERS,
)
from quotex.lexicon.grammar import (
    ADJECTIVE_SUFFIXES,
    ADVERBS,
    APPROXIMATORS,
    ARTICLE_PRONOUNS,
    AUXILIARIES,
    CONTENT_TRIM,
    INDEFINITES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST,
    NOUN_DETERMINERS,
    PARTITIVES,
    PERCEPTION_VERBS,
    PHRASE_BREAKERS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PREPS_IN_NP,
    PREPS_IN_SOURCE_NP,
    QUANTIFIER_PRONOUNS,
    QUANTIFIERS,
    RESPONDENT_PARTICIPLES,
)
from quotex.lexicon.titles import SERVING_ROLES
from quotex.mentions import apposition_title, is_name_word, past_style, role_head_before
from quotex.mentions.comma_titles import described_name, object_opener
from quotex.mentions.framed_roles import framed_role_before
from quotex.mentions.participles import participle_form
from quotex.mentions.post_chains import post_before
from quotex.mentions.prefixes import portfolio_end
from quotex.mentions.premodifiers import body_run_after
from quotex.mentions.role_heads import particle_surname
from quotex.mentions.stated_ages import past_age
from quotex.mentions.words import hyphen_particle, name_syllable, surname_particles, syllable_before_name
from quotex.tokens import Tokens

#: Words before a possessive pronoun in one phrase ('one of their aides', 'all their members').
_BEFORE_POSSESSIVE = frozenset("of all both half".split())
#: Particles that follow a verb, not a noun, before an object: 'put out a statement' (not 'in').
_VERB_PARTICLES = frozenset("out up back off down".split())

#: Punctuation that closes a phrase: after 'her' it shows an object pronoun, not a possessive
#: ('according to her, ...'; but 'according to her "clawback" plan').
_PHRASE_CLOSERS = frozenset([",", ".", ";", ":", ")", "—", "–", "--"])


def np_left(tokens: Tokens, head: int, floor: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The source noun phrase whose last token is *head*, growing leftwards.

    Accepts a pronoun, a name (with its title words) or a nominal whose head
    is a role, group, organisation or source noun. Returns (first, last).
    """
    # A walker (over the 120-line limit on purpose: one right-to-left pass, branches share state)
    words, lows = tokens.words, tokens.lows
    if head < floor:
        return None
    w = words[head]
    low = lows[head]
    if low in PRONOUNS:
        return (head, head)
    if low in ("having", "being"):
        return None  # 'Having said that, ...'
    if low in QUANTIFIER_PRONOUNS and opens_clause(words, head, floor) and not all_idiom(words, head):
        return (head, head)  # 'Some say', 'Others disagree', '"C," one said', 'but all said'
    if (
        low in ARTICLE_PRONOUNS
        and head - 1 >= floor
        and lows[head - 1] in ("a", "the")
        and opens_clause(words, head - 1, floor)
    ):
        return (head - 1, head)  # '"C," a third added.', 'the other said', 'a few warned'
    if low in NUMBER_WORDS:
        k = head - 1 if head - 1 >= floor and lows[head - 1] in ("all", "the") else head
        excepted = k - 1 > floor and lows[k - 1] in ("but", "except")  # 'all but two said'
        if opens_clause(words, k, floor) and not excepted:
            return (k, head)  # a counted group as the subject: 'All three said ...', ', four said ...'
    if low == "old" and (age := age_phrase_first(words, head, floor)) >= 0:
        return (age, head)  # 'The 61-year-old said', 'a 30-year-old nurse' is a nominal below
    if (
        low in RESPONDENT_PARTICIPLES
        and head - 1 >= floor
        and lows[head - 1] in ("those", "people", "voters", "respondents", "adults", "americans")
    ):
        return (head - 1, head)  # 'those surveyed say ...'
    if head - 2 >= floor and (
        (  # 'six in 10 said', 'more than four in 10 say'
            (low in NUMBER_WORDS or w.isdigit())
            and lows[head - 1] == "in"
            and (lows[head - 2] in NUMBER_WORDS or words[head - 2].isdigit())
        )
        or (  # 'most of them said', 'two of us'
            low in ("them", "us")
            and lows[head - 1] == "of"
            and (lows[head - 2] in PARTITIVES or words[head - 2].isdigit())
        )
    ):
        k = head - 2
        while k - 1 >= floor and lows[k - 1] in APPROXIMATORS:
            k -= 1
        return (k, head)
    if (low in NUMBER_WORDS or w.isdigit()) and head - 2 >= floor and lows[head - 1] == "of":
        inner = np_left(tokens, head - 2, floor, lexicon)  # 'the mother of three said'
        return (inner[0], head) if inner is not None else None
    if (
        low in OBJECT_PRONOUNS
        or low in STOP_WORDS
        or low in DETERMINERS
        or w in CONTENT_TRIM
        or low in INDEFINITES
    ):
        return None
    i = head
    place = -1  # (the preposition before a plural's phrase of place: 'growers | in the valley')
    if (
        (
            is_name_word(w)
            and (low not in NOT_NAMES or (head > floor and low in ("may", "march", "june", "april")))
        )
        or low
        in (
            "percent",
            "%",
            "itself",
            "themselves",
            "himself",
            "herself",
            "thirds",
            "third",
            "quarters",
            "fourths",
            "fifths",
            "tenths",
            "half",
            "majority",
            "minority",
            "plurality",
        )
        or ((low in NUMBER_WORDS or w.isdigit()) and head - 2 >= floor and lows[head - 1] == "in")
        or (w.isalpha() and w.islower() and (place := plural_before_place(words, head, floor, lexicon)) > 0)
        or (w.isalpha() and is_source_noun(low, lexicon))
        or low in ("familiar", "close")
        or (w.isalpha() and w.islower() and determiner_within(words, head, floor, lexicon))
        or name_syllable(tokens, head, floor)
    ):
        pass
    elif (
        w.isalpha()
        and w.islower()
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in STOP_WORDS
        and (low not in lexicon.verb_forms or counted_noun(words, head, floor))  # ('both states said')
        and (
            head == floor
            or words[head - 1] in (",", "—", "–")
            or (words[head - 1] in lexicon.quote_tokens and head - 2 >= floor and words[head - 2] == ",")
            or lows[head - 1] in QUANTIFIERS
            or lows[head - 1] in OPENS_SUBJECT
            or relative_subject(words, head, lexicon)  # 'which tenants called', 'cells that inmates call'
            or lows[head - 1] in NUMBER_WORDS
            or words[head - 1].isdigit()
            or coordinated_clause(words, head, floor, lexicon)
        )
    ):
        pass  # a bare plural subject: '..., respondents said, ...', 'some families said'
    else:
        return None
    j = i - 1  # grow left
    while j >= floor:
        wj = words[j]
        lj = lows[j]
        if wj in ("'s", "’s", "'", "’"):
            j -= 1
            continue
        if lj in NAME_PARTICLES and is_name_word(words[j + 1]):
            k = j  # 'Pieter van der Berg': particles inside a name, up to three
            while k - 1 >= floor and j - k < 2 and lows[k - 1] in NAME_PARTICLES:
                k -= 1
            if k - 1 >= floor and is_name_word(words[k - 1]):
                i = k
                j = k - 1
                continue
            if k - 1 < floor or not words[k - 1][:1].isalnum() or surname_particles(words, k):
                i = k  # '"C," de la Vega said', 'by da Silva': the particles open the name (and the phrase)
                break
        if (
            wj == "-"
            and j - 1 >= floor
            and tokens.ends[j - 1] == tokens.starts[j]
            and tokens.ends[j] == tokens.starts[j + 1]
        ):
            i = j - 1
            j -= 2
            continue
        if syllable_before_name(tokens, j, floor):  # 'Hye-jin | Seo'
            i, j = j - 2, j - 3
            continue
        if determiner_at(lows, j, head) or lj in NUMBER_WORDS or wj.isdigit():
            i = j
            if j - 1 >= floor and words[j - 1] in PERCEPTION_VERBS:
                break  # the object of a verb of perception: 'Lund heard | the coach say'
            if (
                lj in POSSESSIVE_DETERMINERS
                and j - 1 >= floor
                and words[j - 1].islower()
                and lows[j - 1] not in PREPS_IN_NP
                and lows[j - 1] not in _BEFORE_POSSESSIVE
            ):
                break  # it opens its phrase: 'Marr opened | their third debate saying'
            j -= 1
            continue
        if j == place:
            i = j - 1  # '"C," growers | in the valley say': the plural heads the phrase
            break
        if (
            lj == "in"
            and j - 1 >= floor
            and (lows[j - 1] in NUMBER_WORDS or words[j - 1].isdigit())
            and (lows[j + 1] in NUMBER_WORDS or words[j + 1].isdigit())
        ):
            j -= 1  # 'three in 10 voters'
            continue
        if (
            lj in lexicon.verb_forms
            and words[j - 1] != "-"
            and not noun_modifier_form(words, j, floor, head)  # ('the think tank', 'the back row')
            and not counted_noun(words, j, floor)  # ('officials in both states')
            and not (
                is_name_word(wj)
                and is_name_word(words[j + 1])
                and (not is_name_word(words[j - 1]) or body_run_after(words, j + 1, lexicon))
            )
            and not named_body_word(words, j, floor)  # ('a Pennine Express spokesman')
            and not source_adjective(lows, j)  # ('a person briefed on the talks')
        ) or (lj in ADVERBS and lj not in ("former",)):
            if i == j + 1 and role_modifier(words, j, floor, head + 1, lexicon):
                i = j  # '"C," state senator Ida Berg said', 'the planning director said'
                j -= 1
                continue
            break  # (but 'self-described' is a modifier, 'Hope Lind' a name and 'Westbrook State
            # University' a body)
        if (
            lj in PREPS_IN_NP
            and j - 1 >= floor
            and (is_source_noun(lows[j - 1], lexicon) or is_name_word(words[j - 1]))
            and (lj != "to" or lows[j - 1] in SERVING_ROLES)  # ('an aide to NAME')
        ) or (j - 1 >= floor and source_adjective(lows, j - 1)):  # ('familiar with', 'briefed on')
            i = j
            j -= 1
            continue
        if lj in ("and", "or", "&") and and_in_name_phrase(words, j, head, floor, lexicon.organization_nouns):
            i = j = listed_areas_start(words, j, floor)  # 'the Ministry of Trade and Industry said',
            j -= 1  # 'Farmers from Kent and East Sussex said', 'the Commission for Rail, Road and Canal'
            continue
        if (
            lj in STOP_WORDS
            or wj in CONTENT_TRIM
            or wj in lexicon.quote_tokens
            or not wj[:1].isalnum()
            or lj in INDEFINITES
            or lj in PHRASE_BREAKERS  # ('despite his own | doubts')
        ):
            break
        if lj in NOT_NAMES and is_name_word(wj) and j == floor:
            break
        if lows[j + 1] in DETERMINERS and ends_date_phrase(words, j, floor):
            break  # 'Since January the harbour master said', 'On Monday night the ...': a date before it
        if (
            wj.islower()
            and is_name_word(words[head])
            and not (
                is_source_noun(lj, lexicon)
                or lj in TITLE_MODIFIERS
                or lj.endswith(ADJECTIVE_SUFFIXES)
                or "-" in lj
                # a noun modifying a role or body noun: 'harbour | spokesman NAME', 'affairs | ministry'
                or (
                    wj.isalpha()
                    and not lj.endswith("ed")
                    and lj not in PREPS_IN_NP
                    and lj not in PREPOSITIONS
                    and lj not in DETERMINERS
                    and lj not in IRREGULAR_PAST
                    and before_role_noun(words, j + 1, head, lexicon)
                )
            )
        ):
            break
        i = j
        j -= 1
    return (i, head)


#: The words of :data:`PREPS_IN_NP` that cannot end a noun phrase ("the officials of"), but
#: "familiar" and "close" can ("people familiar", "sources close"): one set, made once.
_TRAILING_PREPS = PREPS_IN_NP - {"familiar", "close"}


def np_right(
    tokens: Tokens, first: int, ceiling: int, lexicon: Lexicon, *, closed: bool = False
) -> tuple[int, int] | None:
    """The source noun phrase starting at *first* ("said Smith, a spokesman for X").
    With *closed*, an apposition must end in a comma: in 'According to the police, the
    man fled.' the content follows the source."""
    # A walker (over the 120-line limit on purpose: one left-to-right pass, branches share state)
    words, lows = tokens.words, tokens.lows
    if first > ceiling:
        return None
    w, low = words[first], lows[first]
    if low in PRONOUNS or (
        low in OBJECT_PRONOUNS and (first == ceiling or words[first + 1] in _PHRASE_CLOSERS)
    ):
        return (first, first)  # ('according to her, ...': an object pronoun, not 'her office')
    bad = low in ("that", "this") or (low in NOT_NAMES and low not in DETERMINERS and low not in NUMBER_WORDS)
    if bad and w[:1].isupper() and first + 2 <= ceiling and words[first + 1] == "-":
        bad = tokens.ends[first] != tokens.starts[first + 1]  # ('According to Jun-ho Baek': a given name)
    if bad and not adverb_participle(words, first, ceiling):  # ('recently released figures')
        return None
    if w.islower() and hyphened_adverb(tokens, first, ceiling):
        return None  # '"C," X said matter-of-factly': an adverb of manner, no source
    j = first
    saw_head = False
    saw_name = False
    det_led = low in DETERMINERS or low in NUMBER_WORDS
    noun_slot = -1  # the head's place after an adverb and participle: 'a newly released | poll'
    while j <= ceiling:
        wj = words[j]
        lj = lows[j]
        if saw_name and programme_noun(words, j, first):
            j += 1  # ("told Wessex Radio's Daybreak programme:", "Tidemark FM's Breakfast show that")
            continue
        if saw_name and (k := name_goes_on(words, j, ceiling)) > 0:
            j = k  # ("said Aoife 'the Professor' Kinsella", "Caldoran women's | rugby coach NAME")
            continue
        if wj in ("'s", "’s") or plural_apostrophe(words, j, ceiling):
            saw_name = False
            j += 1
            continue
        if saw_head and (end := posting_link(words, j, ceiling)) > 0:
            j = end  # ('said Ambassador to the | United Nations Ada Quist': a posting's country or body)
            continue
        if (
            saw_head
            and (not saw_name or (words[j - 1].islower() and words[j - 1] in lexicon.role_words))
            and (end := portfolio_end(words, j, first, ceiling, lexicon)) >= 0
        ):
            # 'said former secretary of state Ada Quist', 'said Vesperine Pharmaceuticals head of
            # research Ada Quist': the role's portfolio, also after a body's name and its role
            j = end + 1
            continue
        if (
            lj in NUMBER_WORDS
            and j + 3 <= ceiling
            and lows[j + 3] in lexicon.role_words  # (not 'posted one-sided news')
            and words[j + 1] == "-"
            and words[j + 2].isalpha()
            and words[j + 2].islower()
            and tokens.ends[j] == tokens.starts[j + 1]
            and tokens.ends[j + 1] == tokens.starts[j + 2]
        ):
            j += 3  # 'said former two-term mayor of Toowoomba Ada Quist': a hyphenated modifier
            continue
        if not saw_head and (k := past_age(words, j, ceiling)) > j:
            j = k  # ('said the 51-year-old coxswain, NAME': the age is the person's)
            continue
        if lj == "an" and saw_name and words[j - 1] in GAELIC_ARTICLE_HEADS:
            j += 1  # ('Tadhg Mac an Bhaird': the article inside a Gaelic surname)
            continue
        if lj == "one" and saw_head and prop_one(words, j, ceiling):
            j += 1  # 'said the younger one': *one* stands for the noun
            continue
        if lj in DETERMINERS or lj in NUMBER_WORDS or wj[:1].isdigit():
            if saw_name and numbered_name(words, j, ceiling):
                j += 1  # a channel or branch number: 'told ABC 7 that ...', "Channel Nine's show"
                continue
            if (
                saw_head
                and lj != "the"
                and not (words[j - 1] in ("'s", "’s") and lj in NUMBER_WORDS)
                # in a closed phrase a determiner may open a preposition's object ('According to
                # officials in | both states,'; not 'told the story of | an older supporter')
                and not (closed and lows[j - 1] in PREPS_IN_SOURCE_NP)
            ):
                break  # (after a possessive, a count is the head's: "the team's two scientists")
            j += 1
            continue
        if saw_head and wj.islower() and hyphened_adverb(tokens, j, ceiling):
            break  # 'said Ada Quist matter-of-factly': an adverb after the phrase
        if is_name_word(wj) or (lj in NAME_PARTICLES and saw_head):
            saw_head = saw_name = True
            j += 1
            continue
        if hyphen_particle(tokens, j, ceiling):
            saw_head = saw_name = True
            j += 3  # 'said al-Shammari', 'said Amr el-Sayed'
            continue
        if wj in ("-", "&") and saw_name and j + 1 <= ceiling and is_name_word(words[j + 1]):
            j += 1  # ('Pengelly & Sons': a firm's name)
            continue
        if not saw_head and adverb_participle(words, j, ceiling):
            j = noun_slot = j + 2  # 'a recently published survey': not the head 'recently'
            continue
        if saw_name and (n := titled_name_after(tokens, j, first, ceiling, lexicon)) > 0:
            j = n  # 'According to Cork county coroner Ada Quist': a body's role before a name
            continue
        if wj.islower() and lj in lexicon.verb_forms and modifies_role(words, j, ceiling, lexicon):
            j += 1  # 'Maine state Senator Ida Berg', "the council's planning director": a modifier
            continue
        if (
            wj == "-"
            and saw_head
            and j + 1 <= ceiling
            and words[j + 1].islower()
            and tokens.ends[j - 1] == tokens.starts[j]
            and tokens.ends[j] == tokens.starts[j + 1]
        ):
            j += 2  # a hyphenated word the tokenizer split: 'His ex-wife', 'state-owned'
            continue
        if (
            saw_head
            and wj.islower()
            and lj in lexicon.verb_forms
            and cue_noun_head(tokens, j, first, ceiling, det_led)
        ):
            j += 1  # a noun that is also a cue verb ends the phrase: 'a port authority report.'
            continue
        if (
            not saw_head
            and wj.islower()
            and lj in lexicon.verb_forms
            and not lj.endswith(("ed", "ing"))
            and (lows[j - 1] in DETERMINERS or j == noun_slot if j > first else lj.endswith("s"))
        ):
            saw_head = True  # a noun that is also a cue verb: 'a report in the Register', 'reports'
            j += 1
            continue
        if lj in SOURCE_ADJECTIVES and saw_head and j + 1 <= ceiling and lows[j + 1] in SOURCE_ADJECTIVES[lj]:
            j += 2  # 'a source close to the campaign', 'people familiar with the talks', 'briefed on'
            if j <= ceiling and lows[j] in DETERMINERS:
                j += 1  # (any determiner: 'familiar with its plans', 'close to his family')
            continue
        if lj == "with" and saw_head and (k := knowledge_of_end(words, j, ceiling)) > 0:
            j = k  # 'a person with (direct) knowledge of the talks': an anonymous source's phrase
            if j <= ceiling and lows[j] in DETERMINERS:
                j += 1
            continue
        if (
            wj.isalpha()
            and wj.islower()
            and lj not in STOP_WORDS
            and lj not in PRONOUNS  # 'told the Post he had ...': the clause's subject
            and (
                lj not in lexicon.verb_forms
                # ('said world champion Ana Roe': a role noun that is also a verb, before a name)
                or (lj in lexicon.role_words and j + 1 <= ceiling and is_name_word(words[j + 1]))
            )
            and (not saw_name or det_led or role_or_body_noun(words, j, ceiling, lexicon))
            and not (
                saw_head
                and lj not in lexicon.role_words
                and (participle_form(words, j, ceiling, lexicon) or lj in IRREGULAR_PARTICIPLES)
            )  # ('a memo seen by the Herald': the participle's modifier)
            and not (saw_head and (lj in IRREGULAR_PAST or subject_adverb(lj)))  # 'union sent', 'Lund later'
            and not (  # 'The board put out a statement': a verb and its particle
                saw_head
                and j + 2 <= ceiling
                and lows[j + 1] in _VERB_PARTICLES
                and lows[j + 2] in NOUN_DETERMINERS
            )
        ):
            saw_head = True
            j += 1
            continue
        if saw_head and gerund_portfolio(words, j, ceiling, lexicon):
            j += 1  # 'said the council's head of planning, Ada Quist': a gerund names the portfolio
            continue
        if (
            (
                lj in PREPS_IN_NP
                or ((det_led or (closed and lower_plural(words[j - 1]))) and lj in PREPS_IN_SOURCE_NP)
                # (*on* and *the* in a closed phrase: 'According to officials on the ground,'; a
                # date's *on* takes no article: 'said a guard on Monday')
                or (closed and lj == "on" and j + 1 <= ceiling and words[j + 1] == "the")
            )  # (not 'NAME outside X')
            and saw_head
            and (lj != "to" or lows[j - 1] in SERVING_ROLES)  # ('an aide to NAME')
            and (
                object_opener(words, j + 1, ceiling)  # ('a nurse in rural Cork': a place's modifier)
                or (
                    closed and j + 1 <= ceiling and plural_count(words, j + 1, first)
                )  # ('at three hospitals')
            )
        ):
            j += 1
            continue
        break
    last = j - 1
    while last >= first and (
        lows[last] in DETERMINERS or lows[last] in _TRAILING_PREPS or words[last] == "-"
    ):
        last -= 1
    if last < first or not saw_head:
        return None
    # coordination of names: "Beijing and the Kremlin"
    if last + 2 <= ceiling and lows[last + 1] == "and" and is_name_word(words[last]):
        k = last + 2
        if lows[k] == "the" and k + 1 <= ceiling:
            k += 1
        k = p if 0 < (p := particle_surname(words, k)) <= ceiling else k  # ('ter Horst and de Vries')
        if is_name_word(words[k]) and lows[k] not in NOT_NAMES:
            while k + 1 <= ceiling and is_name_word(words[k + 1]):
                k += 1
            last = k
    last = max(last, coordinated_plural_end(words, last, ceiling, lexicon))  # 'officials and aid groups'
    if det_led and (named := relative_then_name(words, last, ceiling)) > 0:
        return (first, named)  # ('says the woman who rebuilt X after the fire, NAME.': NAME's role)
    # an appositive name after a role ("Lena Roth's deputy, Ola Berg"; "X's head of safety, NAME")
    named_at = past_style(tokens, past_age(words, last + 2, ceiling), ceiling, lexicon)  # (age, style)
    if (
        last + 2 <= ceiling
        and words[last + 1] == ","
        and is_name_word(words[named_at])
        and (
            (named_at > last + 2 and det_led)
            or role_head_before(words, last, first, lexicon) >= 0
            or framed_role_before(words, last, first - 1, lexicon) >= 0
            or post_before(words, last + 1, first, ceiling, lexicon) >= 0  # ('Acting Beekeeper at X, NAME')
            or counted_pronoun(words, first, last)
            or counted_list(tokens, first, last, ceiling)  # 'said its two divers, A and B'
            or described_name(tokens, first, last + 2, ceiling, lexicon)  # 'said a porter at X, NAME'
        )
    ):  # ('said another shopkeeper, Ana Roe': a description after a cue, mentions.appositions)
        k = apposed_names_end(tokens, last, ceiling)  # ('Ana Lindqvist-Berg'; 'two scientists, A and B')
        if not closed or k + 1 > ceiling or words[k + 1] == ",":
            return (first, k)
        return (first, last)  # ('According to the coach, Tevita Fonua waited': the name opens the content)
    if last + 2 <= ceiling and words[last + 1] == "," and is_name_word(words[last]):
        # an apposition, a title the mentions read ('founder and former chairman of X', 'a keeper
        # at X'), closed by a comma before the content (*closed*), else ending the sentence
        t_first, t_last = apposition_title(tokens, last, ceiling, lexicon)
        after = words[t_last + 1] if 0 <= t_last < ceiling else "."
        if t_first >= 0 and after == ("," if closed else "."):
            return (first, t_last)
    if last + 2 <= ceiling and words[last + 1] == ",":
        k = last + 2
        if lows[k] in ("a", "an", "the") or lows[k] in lexicon.role_words:
            m = k
            while (
                m <= ceiling
                and words[m] not in (",", ".", ";", "?", "!")
                and not words[m].isspace()
                and lows[m] not in ("who", "which", "and")
                and (words[m] not in lexicon.quote_tokens or plural_apostrophe(words, m, ceiling))
                # ('According to the Gazette, the ministry is ...': a finite verb, the content's clause)
                and not (closed and words[m].islower() and words[m] in AUXILIARIES)
            ):
                m += 1
            clause = closed and m <= ceiling and words[m] in AUXILIARIES
            if (
                not clause
                and (not closed or (m <= ceiling and words[m] == ","))
                and source_apposition(words, k, m, lexicon, closed=closed)
            ):
                last = m - 1
    return (first, last)
