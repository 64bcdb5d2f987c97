"""Closed word classes the attribution rules read (moved verbatim from ``quotex/attributions``).

Sources: the closed classes of the Penn Treebank tagging guidelines
(Santorini 1990: IN, CC, MD, WDT/WP, RB) and the function words of English
news prose, each set with the rule that reads it in its comment. Inclusion
criterion: a word whose role in a clause (preposition, auxiliary, linking
word...) a rule needs to recognise without a tagger. Words that name
speakers (titles, organisations) live in :mod:`quotex.lexicon.titles` and
are customised through :class:`quotex.lexicon.Lexicon`, not here.
"""

from __future__ import annotations

import regex

from quotex.lexicon.function_words import (
    DOCUMENT_NOUNS,
    NUMBER_WORDS,
)

ADVERBS = frozenset(
    [
        "now",
        "sometimes",
        "usually",
        "always",
        "personally",
        "also",
        "later",
        "previously",
        "then",
        "again",
        "recently",
        "repeatedly",
        "publicly",
        "privately",
        "reportedly",
        "once",
        "often",
        "frequently",
        "has",
        "have",
        "had",
        "would",
        "will",
        "did",
        "does",
        "do",
        "already",
        "still",
        "further",
        "quickly",
        "flatly",
        "bluntly",
        "firmly",
        "angrily",
        "calmly",
        "simply",
        "openly",
        "separately",
        "subsequently",
        "initially",
        "finally",
        "earlier",
        "last",
        "ago",
        "yesterday",
        "today",
        "tonight",
        "never",
        "not",
        "n't",
        "even",
        "just",
        "long",
        "since",
        "originally",
        "famously",
        "succinctly",
        "explicitly",
    ]
)


#: Nouns of counted evidence: after a person's report, 'according to' one of them names where
#: the report's figures come from, not who reported the saying ('NAME said C, according to the
#: authority's own counts'); a record of the saying itself ('the minutes', 'press reports',
#: 'two people who attended') is not one. Our own list.
DATA_NOUNS = frozenset(
    "figures figure counts count numbers tallies tally data statistics estimates estimate calculations"
    " projections".split()
)


#: Source heads that are no role, group or organisation noun of the Lexicon (those are read
#: from the Lexicon, so ``Lexicon.with_titles`` changes them everywhere): 'a woman who ...',
#: 'the jury', and the document nouns ('the filing says ...').
OTHER_SOURCE_NOUNS = frozenset(
    [
        "authorities",
        "complaint",
        "estimate",
        "estimates",
        "figures",
        "filing",
        "groups",
        "jury",
        "lawsuit",
        "man",
        "media",
        "men",
        "outlet",
        "records",
        "ruling",
        "staff",
        "statements",
        "website",
        "who",
        "woman",
        "women",
    ]
) | (DOCUMENT_NOUNS - frozenset(["document", "letter", "memo", "post", "report", "statement"]))


#: Quantifiers that stand alone as a subject: 'Some say ...', 'Many believe ...', '"C," one said',
#: '..., but all said C' (the universal pronoun *all*, Quirk et al. 1985 §6.49, as *both*).
QUANTIFIER_PRONOUNS = frozenset("some others many most several few both all one another".split())


#: Ordinals that stand for one more member of a group after 'a'/'the': '"C," a third added.'
ORDINAL_PRONOUNS = frozenset("second third fourth fifth last latter former".split())

#: Words that stand for members of a group after an article, as the ordinals do: '"C," the
#: other said', 'the others agreed', 'a few warned' (Quirk et al. 1985 §6.45, §6.56).
ARTICLE_PRONOUNS = ORDINAL_PRONOUNS | frozenset("other others few".split())
#: The article pronouns that stand for a member of a group the text counted ('"C," said the
#: other.', 'said a third'), unlike *the latter*/*the former*, which point back to one name.
GROUP_MEMBERS = ARTICLE_PRONOUNS - {"latter", "former"}


#: Conjunctions that may stand before a quantified subject: 'while others said ...'.
CLAUSE_LINKS = frozenset("while whereas but and though although yet".split())


#: Irregular past forms that end no noun phrase: 'one said', 'another wrote'.
PAST_CUES = frozenset("said told wrote spoke thought felt".split())


#: Irregular simple-past forms that are not also common nouns or adjectives: after a noun's head
#: they are the clause's verb, never part of the phrase ('The union sent a letter', 'Whitby
#: held firm'). From the irregular verbs of Quirk et al. 1985 (Appendix I.17-I.54), leaving out
#: forms that are nouns or adjectives in news prose (set, cut, hit, bid, cost, left, shot, wound,
#: thought, lit, bore: *a tax cut*, *a second thought*).
IRREGULAR_PAST = frozenset(
    """ate awoke became began bent bought brought broke built caught chose clung came dealt dug
    drew drove fed fell felt fought fled flew forbade forgot forgave froze gave got grew hung heard hid held
    kept knew laid led lent lost made meant met overcame overtook paid ran rang rose sang sank sat
    saw sought sold sent shook shone slept slid spent spoke spun stole stood stuck struck swept swore
    swam swung taught tore took threw told understood undertook upheld wept withdrew withheld woke went
    won wore wrote outran outdid outfought outsold outshone outgrew overran overthrew""".split()
)


#: The irregular past forms that :data:`IRREGULAR_PAST` leaves out because they are nouns or
#: adjectives too (*a tax cut*, *left winger*, *a police beat*, *a cup upset*, *the cast*), and
#: the unchanged pasts *put*, *let*, *quit*:
#: after a person's name (not a body's) they are the verb.
NOUN_LIKE_PAST = frozenset(
    "set cut hit bid cost left shot wound lit bore put let quit beat upset cast".split()
)


#: Irregular past participles that differ from the simple past and open a document's
#: modifier ('a memo seen by the Herald', 'a letter shown to reporters', 'a report drawn up
#: by'). From the same irregular verbs of Quirk et al. 1985 (Appendix I.17-I.54).
IRREGULAR_PARTICIPLES = frozenset("seen shown given drawn written taken known".split())

#: The forms of :data:`IRREGULAR_PAST` that are never past participles, so never adjectives
#: either (*a paid commentator*, *a lost cause* use the participle): a finite verb wherever
#: they stand.
SIMPLE_PAST = frozenset(
    """ate awoke became began broke came chose drew drove fell flew forbade forgot forgave froze
    gave grew knew overcame overtook ran rang rose sang sank saw shook spoke stole swore swam took
    threw tore undertook went withdrew woke wore wrote""".split()
)


#: Words that join a second predicate to its sentence's subject, with no subject of its own
#: between: 'A spoke first, then handed her notes to B', '"q2," and went on: "Q3."' (read by
#: ``mentions.clause_gender`` and ``attributions.introducers``).
PREDICATE_LINKS = frozenset(["and", "then"])


#: Participles of a raising passive, whose subject is the infinitive's ('She is said / thought /
#: known / understood to have told ...'; Quirk et al. 1985 §16.52, the irregular ones; the
#: regular ones end in -ed, which the infinitive walk accepts anyway).
RAISING_PARTICIPLES = frozenset("said thought known understood".split())


#: Linking verbs before an adjective of stance: 'is confident', 'remained wary', 'seemed eager'.
#: (Quirk et al. 1985 §16.21, copular verbs of current and resulting state.)
LINKING_VERBS = frozenset(
    """is are was were be been being am 's 're 'm ’s ’re ’m remain remains remained remaining
    seem seems seemed appear appears appeared become becomes became grow grows grew feel feels felt
    sound sounds sounded stay stays stayed""".split()
)


#: Degree and time adverbs between a linking verb and its adjective: 'is not yet convinced'.
DEGREE_WORDS = frozenset(
    """very so too more less most least quite fairly rather increasingly still now not n't no
    longer also even already never always all yet just equally""".split()
)


#: Forms of 'make' in 'made (it) clear that ...', a stance stated by its subject.
MAKE_FORMS = frozenset("make makes made making".split())


#: Adjectives of stance that before an infinitive state the writer's likelihood, not the
#: subject's stance: 'is certain to pass', 'are sure to object' (raising adjectives, Quirk
#: et al. 1985 §16.78).
LIKELIHOOD_ADJECTIVES = frozenset(["certain", "sure"])


#: Words after 'appeared' that are no predicate: 'appeared together', 'appeared onstage'.
APPEARANCE_NOT_PREDICATES = frozenset("together alongside onstage offstage live here there twice".split())


#: Prepositions that take an adjective of stance's object: 'wary of', 'worried about'.
ADJECTIVE_PREPOSITIONS = frozenset("about of with over on at by in toward towards for to".split())


#: Particles of phrasal cue verbs: 'shot back', 'cut in', 'spoke up', 'lashed out', and *on*
#: after a verb of going on (:data:`CONTINUING_VERBS`).
PHRASAL_PARTICLES = frozenset("back in up out on".split())
#: Verbs whose phrasal form with *on* means to continue speaking: '"C," she went on.', 'he
#: pressed on' (Quirk et al. 1985, §16.2, phrasal verbs; Collins COBUILD: *go on*, *carry on*,
#: *press on*). Only these take *on* as a reporting frame's particle ('apparently on Libya').
CONTINUING_VERBS = frozenset("go goes went carry carries carried press presses pressed".split())


#: Auxiliaries and modals that show a finite clause: 'the council had ignored', 'prices would rise'.
FINITE_AUXILIARIES = frozenset(
    "had has have was were is are will would could can should might may must did does".split()
)


#: Light verbs whose object is a reporting noun that the subject utters: 'made comments about',
#: 'issued a warning that', 'offered assurances that' (Quirk et al. 1985, §3.48, eventive objects).
ISSUING_VERBS = frozenset(
    "make makes made making issue issues issued issuing offer offers offered offering "
    "release releases released releasing deliver delivers delivered delivering "
    "voice voices voiced voicing give gives gave given giving".split()
)


#: Verbs whose subject writes, signs or sends out a text: the link between a document and its
#: issuer ('Marr wrote to residents on Friday. The letter said ...'; 'The union issued a
#: statement'). Verbs of producing a text (Levin 1993, §25.4 "transcribe", §37.4 "verbs of
#: instrument of communication", §11.1 "send"), in every form; not verbs of receiving one.
AUTHORING_VERBS = frozenset(
    """write writes wrote written writing pen pens penned penning sign signs signed signing
    send sends sent sending post posts posted posting publish publishes published publishing
    issue issues issued issuing release releases released releasing tweet tweets tweeted
    tweeting email emails emailed emailing""".split()
)


#: Verbs whose subject receives, finds or reads a text that someone else issued ('Berg received
#: a letter', 'The paper obtained a memo'): a document introduced after one of them is not the
#: subject's (Levin 1993, §13.5.2 "obtain", §30.1 "see", §13.5.1 "get").
RECEIVING_VERBS = frozenset(
    """receive receives received receiving get gets got gotten getting obtain obtains obtained
    obtaining read reads reading see sees saw seen seeing find finds found finding open opens
    opened opening review reviews reviewed reviewing leak leaks leaked leaking intercept
    intercepts intercepted intercepting cite cites cited citing quote quotes quoted quoting""".split()
)


#: Reporting nouns that take an infinitive as their content: 'his promise to build a pier'.
INFINITIVE_NOUNS = frozenset("promise promises pledge pledges threat threats claim claims vow vows".split())


#: Nouns for what a speaker said or answered, which with a possessor before a colon introduce
#: the words that follow: 'Her response: "C."', "Lund's verdict:" (the result nouns of the
#: verbs of communication, Levin 1993 §37, that a possessor's reply or judgement heads).
SAYING_NOUNS = frozenset(
    """
    response reply answer retort message verdict advice reaction words view take
    """.split()
)

#: Nouns of saying or of a stated stance that may head the subject of a copula before a *that*
#: clause or a quotation ("Lund's point was that C", 'His answer was "C."'), besides the lexicon's cue
#: nouns: ``SAYING_NOUNS`` (*answer*, *response*, *message*, *view*, ...), *point*, *position*
#: (written for quotex from the style of news copy).
COPULAR_NOUNS = SAYING_NOUNS | frozenset(["point", "position"])

#: Possessive determiners: 'her response', 'their reply'.
POSSESSIVE_DETERMINERS = frozenset("his her their its my our your".split())


#: Participles that follow the people a survey asked, as a reduced relative clause ('those
#: surveyed', 'voters polled'): the verbs of asking in a survey (general English).
RESPONDENT_PARTICIPLES = frozenset("surveyed polled questioned interviewed asked sampled".split())

#: Passive participles of putting a question, which open a fronted clause ('Asked whether ...,
#: she said', 'Pressed on the cost, the minister replied') and whose *by* names the one who
#: asks ('Asked by a reporter whether ...'): the one asked answers (general English).
ASKING_PARTICIPLES = frozenset("asked pressed questioned challenged quizzed".split())

#: Person nouns of standing or age, no post, that a definite description uses as an epithet for
#: someone already named ('NAME has kept the herbarium for thirty years. "C," the veteran said'):
#: they refer back, even after a quotation, where a role noun ('the harbour master') may name
#: someone new (epithets, Quirk et al. 1985 §17.92; general English).
EPITHET_NOUNS = frozenset("veteran newcomer pensioner retiree youngster teenager rookie novice".split())

#: Nouns of an opinion survey whose findings a fronted *in* phrase credits: 'In a poll released
#: Monday, most voters backed the toll' (source: general English nouns of opinion research, the
#: survey nouns of ISSUED_NOUNS and their plurals; a fronted *in a survey,* reports its findings
#: as *according to a survey,* does, and PARC-style annotation marks *in* as the cue).
SURVEY_NOUNS = frozenset("poll polls survey surveys".split())

#: How many tokens a work's complement may take (*an audit | of the Kestrel Water Board*, *the
#: letter | to members*), read by the asides, issuers and work asides after a work's noun.
WORK_COMPLEMENT_TOKENS = 8
#: Tokens other than words and numbers such a complement may hold ("the city's hospitals").
COMPLEMENT_MARKS = frozenset(["'s", "’s", "&", "-"])


#: Nouns of agreements, whose text states their terms ('The agreement states that C'): among
#: :data:`ISSUED_NOUNS`, but their parties are no authors who speak through them ('X's plea
#: agreement says C' is the agreement's, not X's).
AGREEMENT_NOUNS = frozenset(["agreement", "treaty", "contract"])

#: Nouns for the documents and studies a source issues: 'a report by the ministry'; and
#: the counts and forecasts a body publishes ('a tally by the agency', 'projections from
#: the bank', 'figures published by the board', "the bank's quarterly outlook"; general English
#: nouns of reckoning); and the court papers and official assessments a prosecutor or a panel
#: files ('the criminal complaint says', 'an assessment published by the panel'); and the
#: summaries and advisories an agency publishes ('a summary published by the Commission', "the
#: center's 5 p.m. advisory"); and the papers, bulletins and updates a government or an agency
#: releases ('budget papers released by the treasury', 'the observatory's latest bulletin',
#: "the city's latest update"); and the papers and preprints a research group publishes, their
#: findings, an internal briefing and a tariff schedule ('A preprint
#: posted online suggests C', 'An internal briefing, seen by X, warned that C'); and the
#: comments and replies a reader posts online ('The top comment, from Ana Berg, read'); and the
#: agreements whose text states terms ('The agreement states that C').
ISSUED_NOUNS = (
    DOCUMENT_NOUNS
    | frozenset(
        """
    study survey analysis review audit filing ruling poll minutes
    tally calculations projections estimates forecast outlook figures statistics data
    complaint affidavit indictment assessment records summary advisory
    papers bulletin update comment reply
    paper preprint findings briefing schedule
""".split()
    )
    | AGREEMENT_NOUNS
)

#: Nouns for a proposal in writing, whose maker *from* or *by* names: 'according to a draft
#: plan from the ministry', 'a proposal by the union' (general English nouns for a written
#: proposal; not :data:`ISSUED_NOUNS`, since 'the plan would cost' is no report).
PROPOSAL_NOUNS = frozenset("plan proposal blueprint roadmap".split())

#: Past participles between a document and its issuer: 'a report released by the ministry',
#: 'a complaint filed by the union', 'a letter signed by 40 doctors' (not 'obtained by': who
#: obtains a memo did not write it; 'a study led by' names its lead author; 'commissioned by'
#: names who published it unless an aside names who did it: :data:`COMMISSIONING_PARTICIPLES`).
ISSUING_PARTICIPLES = frozenset(
    """released published written filed issued prepared compiled conducted commissioned signed
    led authored drafted penned provided supplied circulated sent""".split()
)
#: Past participles between a work and the one who asked or paid for it: 'a review commissioned
#: by the water board' is the board's to publish, but one 'commissioned by the board, carried out
#: by Fenwick & Co' was written by the firm (the dictionary sense of *commission*: "to order or
#: authorize the production of").
COMMISSIONING_PARTICIPLES = frozenset("commissioned funded sponsored ordered requested".split())
#: Works named after a verb of examining, whose *of* phrase names what was examined, never the
#: examiner: 'an audit of the water board', 'a review of the ferry service', 'a survey of 900
#: nurses' (an objective genitive, Quirk et al. 1985 §17.38).
EXAMINING_NOUNS = frozenset(
    """audit audits review reviews study studies survey surveys analysis analyses assessment
    assessments evaluation evaluations poll polls inspection inspections investigation
    investigations examination inquiry""".split()
)


QUANTIFIERS = frozenset("many several other various numerous few these those both all some most".split())


ADJECTIVE_SUFFIXES = ("al", "ic", "ian", "an", "ese", "ish", "ive", "ary", "ist", "ing", "ern", "ent", "ant")


INDEFINITES = frozenset(["something", "anything", "nothing", "everything", "what", "whatever", "which"])


#: Prepositions (and the conjunctions *whether*, *unless*, *whereas*) that are never inside a source's
#: noun phrase nor a modifier of its noun (unlike
#: 'outside groups', 'inside sources'): a walk leftwards stops at one.
PHRASE_BREAKERS = frozenset(
    """despite amid amidst throughout among amongst alongside unlike regarding toward towards upon
    whether unless whereas""".split()
)

PREPS_IN_NP = frozenset({"of", "for", "at", "with", "from", "in", "familiar", "close", "to"})


CLAUSE_STARTERS = frozenset(["that", "whether", "if", "how", "why", "what", "when", "where", "who"])


COPULA = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s"])


CONTENT_TRIM = frozenset({".", ",", ";", ":", "—", "–", "--", "-", "?", "!"})


#: Words that take a part of a group: 'most of them', 'none of us'.
PARTITIVES = (
    QUANTIFIER_PRONOUNS | NUMBER_WORDS | frozenset(["all", "none", "each", "either", "neither", "half"])
)


#: Subject pronouns that open a clause (lower case: 'it' and 'you' are too often objects).
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "I"])
#: The first- and second-person pronouns (and contracted forms the tokenizer keeps whole):
#: words of a speaker's own voice, never of a reporter's narrative outside quotation marks
#: (grammar: the personal and possessive pronouns of the first and second person).
SPEAKER_PERSON_WORDS = frozenset(
    "i i'm i’m i've i’ve i'd i’d i'll i’ll me my mine myself we we're we’re we've we’ve we'd we’d "
    "we'll we’ll us our ours ourselves you you're you’re you've you’ve you'd you’d you'll you’ll "
    "your yours yourself yourselves".split()
)


#: Words before a number that make it approximate: 'more than six in 10'.
APPROXIMATORS = frozenset(
    "more than less fewer about nearly almost roughly some over under only just".split()
)


#: Heads of a quantity that can be a poll's subject: 'Nineteen percent of voters polled
#: support ...', 'About three-quarters oppose ...', 'A majority of residents favor ...'.
QUANTITY_HEADS = frozenset(
    """percent per cent % percentage majority minority plurality half third thirds quarter quarters
    fifth fifths three-quarters two-thirds one-third""".split()
)


#: Adjectives after a linking verb whose to-infinitive has the linking verb's subject as its
#: subject and that say how or whether the subject speaks ('was quick to point out', 'is
#: right to note', 'were more likely to say', 'was the first to say'): the subject-control
#: adjectives of Quirk et al. (1985) §16.75 and Biber et al. (1999) §9.4.5 (ability and
#: willingness, evaluation of the act); not those of ability, permission or compulsion
#: (*able*, *free*, *forced*), nor *likely*, the writer's judgment (as in STANCE_ADJECTIVES).
SPEAKING_ADJECTIVES = frozenset(
    """quick careful eager keen anxious right correct wrong wise first last happy glad willing
    unwilling reluctant hesitant ready prepared slow""".split()
)


#: Linking adverbials that stand as an aside between a subject and its verb ('The union,
#: however, said', 'The mayor, for her part, said', 'Lund, by contrast, said'): the conjuncts
#: of Quirk et al. (1985) §8.134-8.137 and the linking adverbials of Biber et al. (1999)
#: §10.2.4 that news puts in medial position, and the openers of their phrasal forms (*for*
#: instance, *for* example, *for* his part; *by* contrast; *of* course).
CONNECTIVE_ASIDES = frozenset(
    """however meanwhile though too also instead nonetheless nevertheless moreover furthermore
    likewise similarly indeed therefore thus still besides otherwise for by of""".split()
)


#: Words that open an aside between a subject and its verb: ', when reached by phone,'.
ASIDE_OPENERS = frozenset(
    "when while after before if though although asked reached contacted interviewed speaking "
    "in on at during with through via".split()
)


#: The labels of a picture's credit in news layouts ('Photo: NAME', 'Photograph: NAME/Agency',
#: 'Illustration: NAME'): the name after one is the photographer's or artist's.
PICTURE_LABELS = frozenset(
    "photo photos photograph photographs photographer picture pictures image images illustration graphic "
    "credit credits".split()
)


#: Time zones as news pages write them after a clock time ('14:05 BST', '7:03 p.m. ET'): general
#: English abbreviations of the zones of the UK, Europe, North America, India, Japan and Australia.
TIME_ZONES = frozenset(
    "BST GMT UTC ET EST EDT CT CST CDT MT MST MDT PT PST PDT CET CEST IST JST AEST AEDT".split()
)
#: The half-day marks written after a clock time ('3 p.m.', '9 am').
HALF_DAY_MARKS = frozenset("a.m. p.m. am pm".split())


#: Words that label a line rather than name a speaker: 'Update: ...', 'Editor's note: ...', a
#: section's kicker ('Analysis: ...', 'Explainer: ...'), and
#: the picture credits of news layouts ('Photograph: NAME/Agency', 'Illustration: NAME'), and
#: a web page's time stamps ('Published: Dec. 1, 2026 at 6:14 PM', 'Posted: ...').
LABELS = frozenset(
    "update updated note correction clarification editor editors photo photos video watch read byline email "
    "photograph photographs photographer picture pictures image images illustration graphic composite "
    "see related source sources caption credit warning breaking exclusive listen advertisement "
    "disclosure disclaimer transcript summary background tags topics subject re fw fwd ps "
    "where when what who why how dateline headline bottom top latest live "
    "published posted modified "
    # the section kickers news sites print before a headline ('Analysis: the levy in five
    # questions', 'Opinion: ...', 'Factbox: ...'): a story's genre, never a speaker
    "analysis explainer opinion commentary editorial factbox factcheck perspective "
    "obituary timeline".split()
)


#: Words ending in *-ly* that are no adverbs of manner: nouns and adjectives a noun phrase
#: may end or go on with (*the Ashcombe family*, *a close ally*, *the weekly*; general English).
NOT_LY_ADVERBS = frozenset(
    """family ally rally assembly supply reply monopoly anomaly daily weekly monthly quarterly
    yearly early elderly only bully belly jelly lily holly folly homily butterfly panoply""".split()
)


#: An interview's turn labels, the question's and the answer's, as printed interviews write
#: them before a colon at the start of a paragraph (``Q:``, ``Question:``, ``ANSWER:``), or with
#: a full stop (``Q. Why ...?`` / ``A. Because ...``, one token: :data:`DOTTED_LABELS`).
QUESTION_LABELS = frozenset(("Q", "Question", "QUESTION", "Q."))
ANSWER_LABELS = frozenset(("A", "Answer", "ANSWER", "A."))
INTERVIEW_LABELS = QUESTION_LABELS | ANSWER_LABELS
#: Verbs whose subject asks an interview's questions and whose object answers them (``Ivo Berg
#: interviewed Ana Roe``, ``questioned``, ``quizzed``): in an introduction before ``Q:``/``A:``
#: turns the object is the interviewee.
INTERVIEWING_VERBS = frozenset(
    "interviewed interviews interviewing questioned questions questioning quizzed quizzes quizzing".split()
)
#: The labels written with a full stop: a turn only where the other one opens the paragraph
#: beside it (``A. J. Foyt said`` is an initial).
DOTTED_LABELS = frozenset(("Q.", "A."))


#: Nouns of a summative apposition after a reported clause, which sums it up as someone's and ends
#: it ('NAME argued that C, a view OTHER, ROLE, has rejected'; Quirk et al. 1985 §17.94,
#: summative apposition), whatever commas follow inside it.
SUMMATIVE_NOUNS = frozenset(
    "view claim argument position assessment assertion contention prediction charge forecast".split()
)

#: Conjunctions and adverbs that open a sentence before its subject: 'But the board ...'.
SENTENCE_LINKS = frozenset("but and so yet meanwhile still however also now then".split())


#: ... and the wider set that links a sentence to the one before: 'But, ...', 'Indeed, ...'.
LINKING_WORDS = SENTENCE_LINKS | frozenset("indeed moreover instead besides".split())

#: ... and, before a comma opening a sentence, the reduced comment clauses 'Worse,' / 'Better,'
#: ('What is worse, ...'; Quirk et al. 1985, §15.54): never the sentence's subject.
FRONTED_LINKS = LINKING_WORDS | frozenset(["worse", "better"])


INTRO_WORDS = frozenset(
    [
        "on",
        "in",
        "at",
        "after",
        "before",
        "during",
        "since",
        "despite",
        "with",
        "without",
        "for",
        "when",
        "while",
        "as",
        "if",
        "although",
        "though",
        "hours",
        "minutes",
        "moments",
        "days",
        "weeks",
        "months",
        "years",
        "later",
        "earlier",
        "meanwhile",
        "still",
        "yet",
        "last",
        "this",
        "asked",
        "speaking",
        "according",
        "instead",
        "besides",
        "nonetheless",
        "nevertheless",
        "however",
        "indeed",
        "here",
        "there",
    ]
)


PREPOSITIONS = frozenset(
    ["for", "to", "with", "about", "of", "on", "in", "at", "from", "by", "against", "into", "over", "under"]
)


#: Prepositions that open a fronted adverbial before a sentence's subject, beyond INTRO_WORDS
#: ('Alongside the dockers, a union official said ...'). Penn Treebank IN, spatial and
#: temporal prepositions.
FRONTING_PREPOSITIONS = frozenset(
    """alongside amid amidst among amongst across through throughout following within from by
    against over upon outside inside near behind beyond around unlike like under toward towards
    until regarding along absent aside beside besides apart aboard""".split()
)

#: Prepositions of place that open a modifier of a noun ('a nurse on the ward', 'a guard
#: outside the embassy', 'a man near the pier', 'a deckhand aboard the ferry'): the spatial
#: prepositions of Quirk et al. 1985, §9.15-9.25, less *by* (an agent), *over* and *under*
#: (a topic or state: 'a row over fees', 'a man under arrest') and those of PREPS_IN_NP (*at*,
#: *in*, *from*). A name after one inside a source is where its head is, never the speaker.
PLACE_PREPOSITIONS = frozenset(
    """on aboard onboard near outside inside behind beside beyond across along among amongst
    around opposite above below beneath""".split()
)
#: The prepositions a noun phrase after a verb of saying that an article opens may hold before a
#: name ('said a guard at the Kestrel Trust', 'said a farmer near Lake Bunyonyi'; not 'said Ana Roe
#: outside the court'): those of :data:`PREPS_IN_NP` and of place, less *on* (a date's: 'said a
#: spokesman on Tuesday').
PREPS_IN_SOURCE_NP = PREPS_IN_NP | (PLACE_PREPOSITIONS - {"on"})

#: Heads of place names written '<head> of <name>' ('the Isle of Wight', 'the Bay of Plenty',
#: 'the Gulf of Mexico', 'the Strait of Hormuz'): the geographic generic terms of the UN
#: Glossary of Terms for the Standardization of Geographical Names (2002) that English writes
#: before *of*. A name of such a head is a place, and a body's name may go on after it ('the
#: Isle of Wight Chamber of Commerce').
PLACE_OF_HEADS = frozenset(
    """Isle Isles Island Islands Bay Gulf Strait Straits Sea Cape Lake Mount Firth Vale Valley
    Peninsula Principality Duchy""".split()
)

#: Linking adverbials and interjections that open a sentence before a comma and are never its
#: subject ('Likewise, Marr called for ...', 'Wait, it gets better'): the conjuncts of Quirk et
#: al. 1985, §8.137 (enumerative, additive, summative, resultive, inferential, contrastive,
#: transitional) and Biber et al. 1999, §10.2 (linking adverbials), less the words already in
#: INTRO_WORDS (and *rather*, a surname too), plus the discourse interjections of Biber et al.
#: §14.3.2.
CONJUNCTIVE_ADVERBS = frozenset(
    """likewise similarly equally otherwise thus therefore hence consequently accordingly
    furthermore moreover additionally besides instead nonetheless nevertheless regardless
    anyway anyhow incidentally conversely alternatively first firstly second secondly
    third thirdly next finally lastly overall altogether afterwards afterward subsequently
    eventually ultimately elsewhere again then now so still yet also too plus
    wait look well yes no oh okay ok""".split()
)

#: Prepositions that open a modifier of time or place after a verb: '"C," Dana Whitby hit
#: back after the vote.', 'said Omar Diallo outside the courthouse.'
MODIFIER_PREPOSITIONS = PREPOSITIONS | frozenset(
    "after before during outside inside near through across amid among toward towards upon via".split()
)
#: Adverbs of time that open such a modifier: 'late on Friday', 'earlier this week'.
TIME_ADVERBS = frozenset("late early earlier later".split())

#: Words that open an indirect question: 'asked whether ...', 'asked about ...'.
QUESTION_WORDS = frozenset("if whether about what how why when who where which to".split())


FRONTED = frozenset(
    ["while", "although", "though", "when", "as", "if", "because", "after", "before", "since", "whereas"]
)


RELATIVES = frozenset(["who", "which", "whom", "whose", "where"])


SUBORDINATORS = frozenset(["although", "though", "while", "whereas", "when", "because", "even"])

#: Subordinators whose clause, after a comma at the end of a reported clause, belongs to the
#: reported clause: a final adverbial clause attaches to the nearest clause (late closure,
#: Frazier 1978; Quirk et al. 1985, §15.20 on final adverbial clauses), so 'X said C, because
#: D' reports D too. *when* before a participle is the reporter's aside ('..., when asked').
LATE_SUBORDINATORS = frozenset(["because", "when"])

#: Prepositions formed from participles (Quirk et al. 1985, §9.10, marginal prepositions):
#: ', including the fee for bicycles' is a phrase of the clause before it, not a participle
#: clause opening a report of its own.
MARGINAL_PREPOSITIONS = frozenset(["including", "excluding", "regarding", "concerning"])

#: Subordinators that open an adverbial clause of the main verb wherever they stand, so a
#: verb's object ends before them: 'opposed the bill | because it ...' (Quirk et al. 1985,
#: §14.12, conjunctions of reason and concession).
ADJUNCT_SUBORDINATORS = frozenset("because although though unless whereas".split())

#: Subordinators of time and manner that open an adverbial clause when a subject follows:
#: 'declined to comment | as she left', but 'described it as a mistake'.
CLAUSE_SUBORDINATORS = frozenset("as while when after before once until since".split())

#: Past forms of the verbs of happening whose subject is an event, never a speaker: 'as the
#: meeting ended', 'when the hearing resumed'. A clause of such a verb reports no utterance, so
#: the colon after it introduces the sentence subject's words (general English; none of these
#: is a verb of sound or speech).
EVENT_VERBS = frozenset(
    "ended began started finished closed opened resumed adjourned concluded continued "
    "unfolded neared approached dragged progressed recessed reconvened".split()
)

#: Subject words after a subordinator: the subject pronouns, in lower case.
SUBJECT_WORDS = frozenset("he she they we i it".split())

#: Prepositional adverbials of manner that close a verb's object ('spoke of the plan | at
#: length', 'discussed the fares | in detail'; Quirk et al. 1985, §8.79, manner adjuncts):
#: (preposition, noun) pairs.
MANNER_ADVERBIALS = frozenset(
    [
        ("at", "length"),
        ("in", "detail"),
        ("in", "person"),
        ("in", "private"),
        ("in", "public"),
        ("by", "phone"),
    ]
)

#: Nouns of the medium or occasion of a communication ('in a tweet', 'on Twitter', 'at a
#: rally', 'during an interview'): a prepositional phrase headed by one after a verb's
#: object is an adjunct of the verb (Quirk et al. 1985, §8.79 and §9.25, adjuncts of means
#: and place), not part of what the verb conveys ('praised the ruling | in a tweet').
MEDIUM_NOUNS = frozenset(
    """tweet tweets twitter facebook instagram youtube interview interviews statement
    statements speech speeches debate debates rally rallies letter op-ed column video videos
    appearance broadcast conference briefing hearing print email emails radio television tv
    podcast remarks message blog forum stage editorial essay memoir book post posts
    hall""".split()
)


#: Adverbs that may stand between *and* and a second verb: 'and even questioned', 'but also has'.
LINK_ADVERBS = frozenset("also even then later still never not soon quickly again now".split())


#: Heads of an adjunct of duration or frequency between a cue and its content ('has said
#: for months that', 'argued for the past two years that', 'said for the first time that',
#: 'has said several times that'): the time nouns of Quirk et al. (1985) §8.57 (duration,
#: *for* + a period) and §8.64 (frequency, *N times*).
DURATION_NOUNS = frozenset("years months weeks days decades hours year month week decade time while".split())

#: Words that may stand between *for* and its period ('for the past two years', 'for a long
#: time', 'for many months') or before *times* ('several times', 'many times').
DURATION_MODIFIERS = frozenset(
    """a an the past last next first second third many several some few long short whole
    entire two three four five six seven eight nine ten multiple numerous countless""".split()
)

#: Fixed adverbials of frequency (Quirk et al. 1985 §8.64): 'has said time and again that'.
FREQUENCY_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in (
        "time and again",
        "again and again",
        "over and over again",
        "over and over",
        "more than once",
        "once again",
        "yet again",
    )
)


#: Words that open a modifier between a cue and its content ('said on Tuesday that',
#: 'told reporters after the vote that', 'said in a statement:').
CUE_MODIFIER_OPENERS = frozenset(
    "on in at during last this earlier late early over via through to after before".split()
    + "by outside inside near from with amid ahead following while when as about of".split()
)

#: Prepositions of place that open an adjunct of where the words were spoken, after a cue or
#: its addressee ('told reporters aboard her campaign bus in Macon that', 'told voters across
#: the county that', 'said behind closed doors that'): the spatial prepositions of
#: ``PLACE_PREPOSITIONS`` (Quirk et al. 1985, §9.15-9.25), less *around* and *beyond*, which
#: also say 'about' and 'besides' ('said around 300 people came'), and *among*, which opens an
#: aside ('said, among other things, that').
CUE_PLACE_OPENERS = PLACE_PREPOSITIONS - {"around", "beyond", "among", "amongst"}

#: Adverbs that may stand between a cue and its content ('said again that', 'wondered aloud
#: whether', 'told reporters later that'): of time and frequency, of manner of the act
#: (*publicly*, *aloud*: Quirk et al. 1985, §8.87, the process adjuncts of speaking) and
#: additives (*also*, *too*). An adverb in *-ly* counts before *that*, *whether*, a colon, a
#: comma or a quotation, and so does a restrictive focusing adverb (:data:`FOCUS_ADVERBS`).
CUE_ADVERBS = frozenset(
    """again also later repeatedly publicly privately then recently previously flatly simply
    instead afterward afterwards too once further aloud""".split()
)

#: Restrictive focusing adverbs (Quirk et al. 1985, §8.116) that may stand between a cue and
#: its content, before *that*, a colon or a quotation only ('said only that C', 'saying only:
#: "C"'); before anything else they belong to the content ('said only 14 tankers came').
FOCUS_ADVERBS = frozenset(["only", "merely"])


#: Prepositions besides CUE_MODIFIER_OPENERS that open a phrase set off by commas between a
#: verb of saying and its *that* ('said, among other things, that', 'said, through a
#: translator, that'); general English prepositions (Quirk et al. 1985, §9.7).
CUE_ASIDE_PREPOSITIONS = frozenset("among through per despite like unlike under without for".split())


#: Words that may open what follows a trailing attribution ('..., he said on Tuesday',
#: '..., she said, adding ...'): besides every preposition of time or place and adverb of time.
TAIL_WORDS = (
    frozenset(
        [
            "last",
            "this",
            "told",
            "when",
            "while",
            "as",
            "adding",
            "noting",
            "saying",
            "because",
            "although",
            "though",
            "and",
            "but",
            "who",
            "which",
            "whose",
            "yesterday",
            "today",
            "tonight",
            "recently",
            "then",
            "also",
            "again",
        ]
    )
    | MODIFIER_PREPOSITIONS
    | TIME_ADVERBS
)


MODALS = frozenset("can could may might must should shall will would".split())


#: Words before a noun, never before a finite verb ('own' after a possessive: 'his own doubts').
NOUN_DETERMINERS = frozenset("a an the his its their our my your every each another one own".split())


#: Words that open an apposition or an aside after a subject: ', a lawyer from X,',
#: ', 29,', ', including the Post,', ', among them a nurse,', ', such as the Post,'.
APPOSITION_OPENERS = frozenset(
    [
        "a",
        "an",
        "the",
        "including",
        "like",
        "among",
        "such",
        "his",
        "her",
        "their",
        "its",
        "both",
        "of",
        "from",
    ]
)


AUXILIARIES = frozenset("has have had is are was were will would can could may might should did does".split())


#: Words that make a verb of saying right after them part of a verb group, not an
#: attribution's cue: 'said he would comment', 'said she had not complained'.
REPORTED_VERB_AUXILIARIES = AUXILIARIES | MODALS | frozenset("do not n't never".split())


#: Objects of a verb of naming that leave no doubt a predicate follows: 'called him a liar'.
NAMING_OBJECTS = frozenset(
    "him her them it himself herself themselves itself this that me us you myself ourselves".split()
)


#: Words after 'called him' that are no predicate: 'called him back', 'called it quits'.
NOT_PREDICATES = frozenset(
    "back up out off again twice once today tonight to and quits this that these those".split()
)


DASHES = frozenset({"―", "—", "–", "-", "--", "~"})


TITLE_SMALL_WORDS = frozenset("a an the and or of at in on to for with by from as".split())


#: Words after a subject that are not the main verb: 'X, in particular, has ...'.
FRAGMENT_VERB_STOPS = frozenset("is are was were be been being has have had do does did".split())


#: Particles after the verb that owns a quoted fragment: 'has gone after X as "..."'.
FRAGMENT_PARTICLES = frozenset("after to on for at about of with against into up out over".split())


#: Words before a quotation that make it a name or a label, not somebody's words.
#: *reading* and *bearing* give a written thing's words ('signs reading "bridge to nowhere"',
#: 'a banner bearing "no more tolls on our roads"'): the sign's, nobody's speech.
LABEL_WORDS = frozenset(
    ["so-called", "dubbed", "nicknamed", "titled", "entitled", "called", "reading", "bearing"]
)


#: Verbs of perception and causation whose object takes a bare infinitive ('heard Y say', 'let Y
#: speak', 'watched Y tell'; Quirk et al. 1985, §16.52-16.53).
PERCEPTION_VERBS = frozenset(
    "hear hears heard see sees saw seen watch watches watched notice noticed overhear overheard".split()
)
BARE_INFINITIVE_VERBS = PERCEPTION_VERBS | frozenset(
    "let lets make makes made have has had help helps helped".split()
)


#: Nouns of things that bear a name, before or after a name in quotation marks: 'the song
#: "Rose of the Valley"', 'the word "mitumba"', 'the "Hear Today" campaign'. The strict
#: apposition of a common noun and a name or a cited word (Quirk et al. 1985, §17.93: *the
#: novel Ulysses*, *the word 'mitumba'*) and the name as a premodifier of its noun (§17.108).
NAMED_THING_NOUNS = frozenset(
    """song songs hymn anthem album single track tune ballad book novel memoir poem play musical
    opera film movie documentary programme program show series podcast column newsletter magazine
    campaign slogan motto scheme initiative project app website platform brand label festival
    exhibition tour event competition contest award prize fund operation strategy plan policy
    word words term terms phrase expression name nickname title hashtag tagline catchphrase
    category movement network""".split()
)
#: Participles that give a thing its name right before the name in marks: 'a scheme dubbed
#: "Iron Gate"', 'the barman, nicknamed "Mother Lo"'.
NAMING_PARTICIPLES = frozenset(
    "named called dubbed nicknamed titled entitled billed branded labelled labeled renamed".split()
)

#: The clitic of a contraction ("We'll", "can't", "I'm", "they've"; *'s* only after a pronoun or
#: adverb that takes no possessive, "it's", "that's", "there's": "Ruiz's" is a possessive).
CONTRACTION = regex.compile(
    r"(?:(?<=\p{L})(?:['’](?:ll|re|ve|d|m)|n['’]t)|(?<=\b(?:it|that|he|she|there|here|what|who|where|let))['’]s)\b",
    regex.IGNORECASE,
)


#: Words before a verb that make the noun phrase after it the verb's object, never an inverted
#: credit before a colon ('Stated NAME:'): a coordinated verb (', then told reporters:') or a
#: reduced adverbial clause with no subject (Quirk et al. 1985, §14.9: 'when shown the figures:').
OBJECT_VERB_LEADS = frozenset(
    "then later and also when whenever after before once if while until being".split()
)


#: Prepositions that name the topic of talk or of a question, not its words ('asked about the
#: delay', 'commented on the vote', 'argued over the fees'; Quirk et al. 1985, §9.35).
TOPIC_PREPOSITIONS = frozenset(["about", "on", "over"])
