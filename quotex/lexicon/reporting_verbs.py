"""Reporting expressions: the cues that introduce what someone said or thinks.

Sources: the speech-act verb classes of Levin (1993), *English Verb Classes
and Alternations*, §37 "Verbs of Communication" (say 37.7, tell 37.2,
manner of speaking 37.3, complain 37.8, advise 37.9); the cue lists of the
PARC 3.0 attribution guidelines (Pareti 2016) and textacy's
``REPORTING_VERBS``; and the AP Stylebook's advice on attribution ("said" is
the neutral cue). Inclusion criterion: a verb whose subject is the source and
whose complement (or a quotation next to it) is the content, in ordinary
English news prose. Verbs that only *sometimes* report (``call``,
``describe``) are kept apart because their object is the content only when a
quotation follows.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Verbs of saying. Lemma list; inflected forms are built by :func:`inflect`.
SPEECH_VERBS = [
    "acknowledge",
    "add",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "boast",
    "brag",
    "caution",
    "charge",
    "cite",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "continue",
    "counter",
    "declare",
    "deny",
    "disclose",
    "dispute",
    "emphasize",
    "emphasise",
    "estimate",
    "explain",
    "forecast",
    "grumble",
    "highlight",
    "hint",
    "indicate",
    "inform",
    "insist",
    "instruct",
    "joke",
    "lament",
    "maintain",
    "mention",
    "muse",
    "note",
    "notify",
    "observe",
    "order",
    "persuade",
    "plead",
    "pledge",
    "point",
    "predict",
    "proclaim",
    "project",
    "promise",
    "propose",
    "protest",
    "quip",
    "reaffirm",
    "recall",
    "recount",
    "reiterate",
    "rejoin",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "reveal",
    "say",
    "scoff",
    "scream",
    "shout",
    "snap",
    "speculate",
    "state",
    "stress",
    "suggest",
    "imply",
    "swear",
    "tell",
    "testify",
    "threaten",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "write",
    "yell",
    "posit",
    "demand",
    "read",
    "elaborate",
    "exclaim",
    "marvel",
    "gush",
    "chime",
    "interject",
    "concur",
    "opine",
    # 'averred that C': a formal verb of asserting common in Indian and Nigerian copy
    # (Merriam-Webster, "aver": to state positively as true)
    "aver",
    "post",
    "reason",
    "rant",
    "sigh",
    "thunder",
    "tout",
    "lecture",
    "surmise",
    "exhort",
    # more of Levin's §37.3 manner-of-speaking verbs
    "chant",
    "mutter",
    "mumble",
    "murmur",
    "bellow",
    "holler",
    "sing",
    "talk",
    "speak",
]


#: Verbs of manner of speaking (Levin 1993 §37.3) among SPEECH_VERBS, and *talk* and *speak*:
#: used alone they name the act, not a report, so in a fronted clause with *as* the main
#: clause after its comma is not their content ('As the crowd chanted, the mayor left'), as
#: it is after a verb of saying ('As Lund said, the pier is unsafe': a comment clause).
MANNER_OF_SPEAKING = frozenset(
    """
    bellow chant grumble gush holler mumble murmur mutter rant scream shout sigh sing speak
    talk thunder whisper yell
    """.split()
)


#: Verbs of thinking and feeling that PolNeAR-style annotation treats as
#: attribution of a reported internal state ("X believes ...").
COGNITION_VERBS = [
    "believe",
    "doubt",
    "expect",
    "fear",
    "feel",
    "figure",
    "guess",
    "hope",
    "imagine",
    "know",
    "predict",
    "reckon",
    "suspect",
    "think",
    "understand",
    "worry",
    "wonder",
    "want",
    "plan",
    "intend",
]

#: Verbs of stance and appeal: the object clause is what the source holds
#: ("criticized the plan as reckless", "called for a recount", "declined to comment").
STANCE_VERBS = [
    "accuse",
    "criticize",
    "criticise",
    "praise",
    "defend",
    "dismiss",
    "endorse",
    "oppose",
    "support",
    "decline",
    "refuse",
    "propose",
    "explain",
    "describe",
    "blame",
    "condemn",
    "applaud",
    "welcome",
    "refer",
    "reject",
    "question",
    "challenge",
    "demand",
    "request",
    "recommend",
    "acknowledge",
    "deny",
    # Levin (1993) §33 "Judgment verbs" and §31.2 "Admire verbs" that news uses of people's stances
    "attack",
    "assail",
    "blast",
    "slam",
    "denounce",
    "decry",
    "lambaste",
    "mock",
    "ridicule",
    "rebuke",
    "scold",
    "chastise",
    "castigate",
    "fault",
    "hail",
    "commend",
    "thank",
    "congratulate",
    "champion",
    "back",
    "embrace",
    "favor",
    "favour",
    "prefer",
    "seek",
    "echo",
    "invoke",
    "liken",
    "compare",
    "portray",
    # verbs of communication whose object is what is conveyed: Levin (1993) §37.7 "express"
    # ('expressed concern that ...', 'expressed support for ...'), VerbNet's discuss-37.5
    "express",
    "discuss",
    # prepositional verbs of attitude (Quirk et al. 1985 §16.5): they report only with their
    # particle, whose object is the content ('pushed for a recount', 'apologized for the
    # delay'; ``verb_frames.PARTICLE_ONLY``). Not *rail* or *lobby*, whose capitalised nouns
    # stand in names ('Ashgrove Rail', 'the Harbour Lobby').
    "push",
    "apologize",
    "apologise",
]

#: Verbs of seeking and asking among the stance verbs: with an object that names an office or
#: the source's own anonymity they say what the subject wants for itself, not a view
#: (:data:`SELF_GOAL_NOUNS`).
SEEKING_VERBS = frozenset("seek request ask demand insist want".split())

#: Nouns whose object after a verb of seeking names a goal for the seeker itself: an elected
#: office and the running for it ('is seeking a second term', 'sought re-election', 'seeking
#: the Democratic nomination', 'seek the presidency'; PolNeAR marks 2 of 14 such phrases of
#: its train split) and the condition on which a source speaks ('who requested anonymity to
#: discuss internal deliberations', 'asking for confidentiality'). Running for office and
#: staying unnamed are acts, not stances toward anything: nobody's view is reported.
SELF_GOAL_NOUNS = frozenset(
    """term terms election reelection nomination candidacy presidency governorship mayoralty
    chairmanship speakership premiership office seat mandate anonymity confidentiality""".split()
)

#: Verbs whose subject is a document or a study that reports a finding
#: ("a poll shows that ...", "the study found ...").
EVIDENCE_VERBS = ["show", "find", "suggest", "indicate", "reveal", "conclude", "estimate"]

#: Verbs whose object is a quotation only when one follows ("called it "a disgrace""), or
#: a predicate after *as* or a pronoun object. The verbs of seeing-as ("sees the toll as a
#: tax", "regard the pier as unsafe") report a view the same way (Levin 1993 §29.2,
#: "characterize" verbs, which take an *as* predicate).
NAMING_VERBS = [
    "call",
    "describe",
    "dub",
    "label",
    "brand",
    "term",
    "characterize",
    "characterise",
    "see",
    "view",
    "regard",
]

#: Adjectives of stance: after a linking verb, with a complement, they report their
#: subject's belief, knowledge, feeling or will ("is confident that ...", "were wary of ...",
#: "is eager to ..."), PolNeAR's reported internal states. Sources: the adjectives that
#: control that-clauses and to-clauses in Biber et al. (1999), *Longman Grammar of Spoken
#: and Written English*, §9.4.5 (certainty, attitude and emotion, volition), and the
#: adjective + preposition complements of Quirk et al. (1985) §16.69 ("critical of",
#: "worried about"). Inclusion criterion: the subject holds the stance toward the complement
#: (not "likely", "possible": the writer's judgment of the complement).
STANCE_ADJECTIVES = """
    adamant afraid alarmed angry annoyed anxious appreciative aware certain concerned confident
    conscious convinced critical delighted determined disappointed dismissive dissatisfied
    doubtful eager enthusiastic excited fearful frustrated furious glad grateful happy hesitant
    hopeful hostile insistent keen loath nervous optimistic outspoken pessimistic pleased positive
    proud reluctant resistant satisfied sceptical skeptical sorry supportive sure surprised
    suspicious sympathetic thankful thrilled unaware uncertain unconvinced unhappy unsure
    unwilling upset vocal wary willing worried
""".split()

#: Verbs of appearance: with a complement they report an impression without naming who
#: holds it ("X seemed to waver", "X appears unmoved"). Source: the copular verbs of
#: current state of Quirk et al. (1985) §16.21 and Levin (1993) §30.4 ("appear" verbs of
#: perception). Inclusion criterion: the subject is judged, not the judge. Not in the
#: default lexicon: nobody is quoted in "X seemed to waver", so a reader printing "who said
#: what" must not get it; annotation schemes that count impressions (PolNeAR's) opt in.
APPEARANCE_VERBS = ["seem", "appear"]

#: Multi-word cues that stand before the source ("according to X").
SOURCE_PREPOSITIONS = (
    "according to",
    "in the words of",
    "in the opinion of",
    "as quoted by",
    "per",
    "to quote",
)

#: Possessive credits ("in X's words", "in her view", "to use X's phrase"): the words before the
#: possessor and the nouns after it. Sources: the content disjuncts of viewpoint of Quirk et al.
#: (1985) §8.88 (*in my view*, *in his opinion*) and the citing formulas of news style guides
#: (*in the words of*, *to quote*, *to borrow a phrase*). Inclusion criterion: the noun names
#: what a person said or holds, never a work ('in Tamm's novel'), a sight ('in full view') or a
#: court's document ('In its judgment, the court said C': the court's report).
POSSESSIVE_CREDITS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("in",), frozenset("words view opinion estimation phrase telling".split())),
    (("to", "use"), frozenset("words phrase expression term".split())),
    (("to", "borrow"), frozenset("words phrase expression term".split())),
)

#: Verbs of a comment clause with *as* that credit the clause around it ("C, as X put it", "S,
#: as X noted, P"): verbs that report words (Quirk et al. 1985 §15.54). Not verbs of expectation
#: or prediction ("as X expected", "as X had warned", "as X predicted"): the clause is the
#: writer's news that bears the expectation out, not X's statement.
AS_CREDIT_VERBS = frozenset(
    [
        *"""
        say note write explain tell observe remark point argue claim state add quip joke declare
        insist stress emphasise emphasize acknowledge admit concede testify phrase recall mention
        report describe
        """.split(),
        "put it",  # (the lemma the verb trigger gives 'put it')
    ]
)

#: Nouns that carry a content clause ("his claim that ...").
CUE_NOUNS = [
    "accusation",
    "admission",
    "allegation",
    "announcement",
    "argument",
    "assertion",
    "assurance",
    "belief",
    "claim",
    "comment",
    "complaint",
    "contention",
    "declaration",
    "denial",
    "estimate",
    "explanation",
    "insistence",
    "pledge",
    "prediction",
    "promise",
    "remark",
    "statement",
    "suggestion",
    "threat",
    "warning",
]

#: The cue nouns and their plurals, all regular ('her comments about ...', 'allegations that ...').
CUE_NOUN_FORMS = CUE_NOUNS + [noun + "s" for noun in CUE_NOUNS]

#: Nouns of thinking and hearsay that take a *that* clause stating their content (Biber et al.
#: 1999 §8.14: *idea*, *notion*, *theory*, *report*, *rumour*, *speculation*): with the cue nouns,
#: the object nouns of a stance verb whose *that* clause is the content ('rejected claims that C',
#: 'dismissed the notion that C'; PolNeAR keys the content from *that*, the noun with the cue).
THOUGHT_NOUNS = ["idea", "notion", "report", "rumor", "rumour", "speculation", "theory", "view"]
THAT_CONTENT_NOUNS = frozenset(CUE_NOUN_FORMS + THOUGHT_NOUNS + [noun + "s" for noun in THOUGHT_NOUNS])

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "read": ("read", "reads", "reading"),
    "find": ("find", "finds", "found", "finding"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "sing": ("sing", "sings", "sang", "sung", "singing"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "plan": ("plan", "plans", "planned", "planning"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    # only the past form: 'project' and 'projects' are nouns too ('project manager', 'finish
    # projects'), 'projecting' an image ('projecting a calm philosophy'); 'The office projected that'
    "project": ("projected",),
    "snap": ("snap", "snaps", "snapped", "snapping"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "plead": ("plead", "pleads", "pleaded", "pled", "pleading"),
    "rejoin": ("rejoin", "rejoins", "rejoined", "rejoining"),
    # British spelling doubles a final -l after one vowel, even unstressed ('labelled',
    # 'marvelling'; Oxford English Dictionary, spelling notes; American copy writes one)
    "label": ("label", "labels", "labeled", "labelled", "labeling", "labelling"),
    "marvel": ("marvel", "marvels", "marveled", "marvelled", "marveling", "marvelling"),
}


#: Verbs that double their final consonant before -ed/-ing (stress on the last syllable).
_DOUBLING = frozenset(
    [
        "aver",
        "brag",
        "concur",
        "dub",
        "admit",
        "commit",
        "regret",
        "submit",
        "omit",
        "permit",
        "refer",
        "prefer",
        "confer",
        "occur",
        "rebut",
        "chat",
        "nod",
        "jot",
        "plot",
        "stop",
        "drop",
        "beg",
        "shrug",
        "tip",
        "prod",
        "plug",
        "rap",
        "gab",
        "blab",
        "quip",
        "snap",
        "plan",
        "scan",
        "grin",
    ]
)


#: Verbs of a gesture or a sound that is no speech: a sentence that ends on one (*She laughs.*,
#: *Okafor shrugged.*) introduces the quotation that opens the next sentence as a report ending
#: on its cue does (Quirk et al. 1985, §14.29, verbs of manner before direct speech); as cues they
#: are no verbs of saying, so only there.
GESTURE_VERBS = [
    "laugh",
    "smile",
    "grin",
    "shrug",
    "nod",
    "chuckle",
    "wince",
    "frown",
    "pause",
    "giggle",
    "smirk",
]


def inflect(lemma: str) -> tuple[str, ...]:
    """The forms of a regular English verb: ``inflect("warn")`` -> warn, warns, warned, warning."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma in _DOUBLING:
        doubled = lemma + lemma[-1]
        return (lemma, lemma + "s", doubled + "ed", doubled + "ing")
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return (lemma, lemma + "s", stem + "ed", stem + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def forms(lemmas: Iterable[str]) -> dict[str, str]:
    """Map every inflected form of *lemmas* to its lemma."""
    return {form: lemma for lemma in lemmas for form in inflect(lemma)}


#: Every form of :data:`GESTURE_VERBS` but the *-ing* one.
GESTURE_FORMS = frozenset(
    form for lemma in GESTURE_VERBS for form in inflect(lemma) if not form.endswith("ing")
)
