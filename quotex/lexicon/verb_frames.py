"""How each cue lemma takes its content: verb frames the attribution rules read.

Moved verbatim from ``quotex/attributions``. Source: the complementation
patterns of English reporting verbs (Quirk et al. 1985, §16.63-16.70: verbs
with an indirect object before the clause, verbs taking a to-infinitive or a
plain object, particle verbs), restricted to the cue lemmas of
:mod:`quotex.lexicon.reporting_verbs`. Inclusion criterion: a lemma whose
frame changes where a rule looks for the content or the source.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TELL_VERBS = frozenset(
    [
        "tell",
        "inform",
        "remind",
        "assure",
        "warn",
        "ask",
        "advise",
        "notify",
        "urge",
        "persuade",
        "instruct",
        "order",
        "promise",
    ]
)


#: Verbs of telling whose object is always the addressee, never an inverted speaker:
#: '"C," told the Gazette ...' is no credit of the Gazette (as '"C," asked Lund' is of Lund).
ADDRESSEE_VERBS = TELL_VERBS - frozenset(["ask", "warn", "urge", "promise", "order"])


PARTICIPLES = frozenset(
    {
        "saying",
        "adding",
        "noting",
        "arguing",
        "insisting",
        "warning",
        "claiming",
        "explaining",
        "stressing",
        "suggesting",
        "asserting",
        "calling",
        "telling",
        "writing",
        "declaring",
        "stating",
        "contending",
        "acknowledging",
        "admitting",
        "predicting",
        "complaining",
        "citing",
        "urging",
        "referring",
    }
)


#: Verbs that take a bare reported clause ('said X is ...') however it starts.
CLAUSE_VERBS = frozenset(
    [
        "say",
        "tell",
        "claim",
        "argue",
        "insist",
        "believe",
        "think",
        "assert",
        "contend",
        "maintain",
        "acknowledge",
        "admit",
        "predict",
        "warn",
        "suggest",
    ]
)


#: Reporting verbs whose object may be an of-phrase: 'said of her rival', 'wrote of a
#: betrayal', 'warned of delays', 'was accused of lying'. Any other cue form right before
#: 'of' is a noun ('a show of strength', 'in show of unity'). Source: the verbs of Levin
#: (1993) §37.7 (say), §37.8 (complain), §37.11 (talk) and §29.4 (accuse) that take an
#: 'of' complement, as the quotex rules read them.
OF_OBJECT_VERBS = frozenset(
    "say tell speak talk warn write think complain boast hear dream approve disapprove accuse "
    "convince remind inform despair brag".split()
)


#: Particles after which a reporting verb's prepositional object is the content
#: ('called for a recount', 'pointed to the ruling', 'agreed with Smith', 'pointed out that ...').
PARTICLES: dict[str, tuple[str, ...]] = {
    "agree": ("with",),
    "argue": ("for", "against"),
    "ask": ("for",),
    "call": ("for", "on"),
    "hope": ("for",),
    "point": ("to", "out"),
    "respond": ("to",),
    "reply": ("to",),
    "warn": ("against", "of"),
    "complain": ("about",),
    "refer": ("to",),
    "talk": ("about", "of"),
    "speak": ("about", "of"),
    "hint": ("at",),
    "push": ("for",),
    "apologize": ("for",),
    "apologise": ("for",),
}


#: Cue verbs whose plain and -s forms are also common nouns or particles ('the Paris
#: attacks', 'headed back', 'broad support', 'his plans').
NOUN_HOMOGRAPHS = frozenset(
    """attack back support plan question answer request report charge comment estimate point
    post tweet demand promise claim warning respond seek prefer favor favour mention push state""".split()
)


#: Verbs of saying whose plain object is what was said: 'mentioned his remarks', 'cited a poll'.
OBJECT_VERBS = frozenset(
    "mention cite propose demand promise repeat note report announce recall show".split()
)


#: Reporting verbs that are often transitive with a plain object ('added a clause', 'noted the
#: date', 'maintains a lead'): they report only a clause marked by *that*, a subject pronoun
#: or a quotation, an infinitive after a verb of commitment, or an object of OBJECT_VERBS.
PLAIN_OBJECT_VERBS = frozenset(
    """read add continue state note order report answer write ask reply respond counter call
    mention point repeat recall demand promise threaten vow pledge agree propose charge cite
    estimate maintain project""".split()
)


#: Verbs whose infinitive complement is the content: 'vowed to reverse the cuts'.
TO_VERBS = frozenset("promise threaten vow pledge agree refuse decline propose claim".split())


#: The finite forms of the verbs that refuse to speak when an infinitive follows ('declined to
#: comment', 'refused to say'): such a verb reports no quotation before it, though PolNeAR keys
#: the refusal itself as a report of its infinitive.
REFUSAL_FORMS = frozenset("declined declines refused refuses".split())


def refusal_at(lows: Sequence[str], k: int, last: int) -> bool:
    """Is token *k* (up to *last*; *lows*: the words in lower case) a refusal to speak, a form of
    :data:`REFUSAL_FORMS` before *to* ('declined to comment')?"""
    return 0 <= k < last and lows[k] in REFUSAL_FORMS and lows[k + 1] == "to"


#: Verbs whose agentless passive with an infinitive reports an unnamed source's view:
#: 'X is expected to win', 'X is said to have left'.
EXPECTATION_LEMMAS = frozenset(["expect", "say", "report"])


#: Verbs whose repetition after 'and' starts a new report by the same source.
REPORT_LEMMAS = frozenset("say tell add note argue insist claim warn write explain".split())


#: Finite forms of REPORT_LEMMAS that are no noun ('claims' and 'notes' are): one after a
#: word inside a relative clause that has no commas is the main clause's verb ('A woman who
#: has accused the mayor | said ...'; Quirk et al. 1985, §17.8, restrictive relative clauses).
MAIN_REPORT_FORMS = frozenset(
    "said says told tells added argued insisted claimed warned wrote explained".split()
)


#: Verbs of speaking that report only with their particle: 'talked about the tolls',
#: 'spoke of a betrayal' ('spoke at the rally', 'spoke Hebrew' report nothing), and the
#: prepositional verbs of attitude ('pushed for a recount'; 'pushed the cart', 'apologized to
#: the crowd' report nothing).
PARTICLE_ONLY = frozenset(["talk", "speak", "push", "apologize", "apologise"])

#: Reporting verbs whose sense before these prepositions is "to end" (general dictionaries'
#: *conclude with*; round 53): 'The advert concludes with footage of X', 'The
#: hearing concluded with a vote' report nothing (a later 'concluded by saying' is the report).
ENDING_PREPOSITIONS: dict[str, tuple[str, ...]] = {"conclude": ("with",)}


#: Verbs of naming whose plain object is itself what they convey when no *as* predicate or
#: quotation follows: 'described the flooding' (monotransitive) beside 'described it as a
#: disaster' (complex-transitive; Quirk et al. 1985, §16.45). Such an object is reported the way
#: a verb of stance's is (``describe`` is listed among the stance verbs for this frame).
OBJECT_NAMING = frozenset(["describe"])


#: Catenative verbs: before a reporting verb's infinitive they join its verb group, and their
#: subject is the reporter ('The mayor continued to insist that ...', 'Older voters tend to
#: back the plan', 'He went on to say'). Source: the catenatives of Quirk et al. (1985)
#: §3.49 and §16.38 (aspect: *begin*, *start*, *continue*, *cease*, *go on*; modality and
#: habit: *tend*, *used*, *happen*, *come*, *get*, the semi-modals *need* and *ought*;
#: attempt and outcome: *try*, *attempt*, *manage*, *fail*, *proceed*, *hasten*; and *seem*,
#: *appear*: 'X seems unlikely to want'), all forms. Not the verbs that take an infinitive
#: as their object and are cues of their own (*decline*, *refuse*, *want*, *plan*).
CATENATIVE_FORMS = frozenset(
    """
    begin begins began begun beginning start starts started starting continue continues
    continued continuing cease ceases ceased go goes went gone going tend tends tended
    tending used happen happens happened come comes came coming get gets got
    try tries tried trying attempt attempts attempted manage manages managed fail fails
    failed proceed proceeds proceeded hasten hastens hastened seem seems seemed appear appears
    appeared need needs needed ought
    """.split()
)


#: Noun compounds whose first word is a cue verb form and whose second word is the head noun:
#: 'a think tank', 'the talk show', 'a report card', 'a show trial' (compounds listed as nouns
#: in general English dictionaries, e.g. the Collins and Merriam-Webster entries). The form
#: before such a head is no verb: 'the centre-left think tank Harbour Forum said ...'.
CUE_NOUN_COMPOUNDS: dict[str, frozenset[str]] = {
    "think": frozenset(["tank", "tanks", "piece", "pieces"]),
    "talk": frozenset(["show", "shows", "radio"]),
    "report": frozenset(["card", "cards"]),
    "show": frozenset(["trial", "trials", "business"]),
}


#: Verbs of performing a text, whose object in quotation marks is a work's title when written
#: in title case ('read "The Owl and the Pussycat" to the class', 'sang "Abide With Me"'):
#: the performance verbs of Levin (1993) §26.7 that the cue lexicon holds, with *recite*.
PERFORMING_VERBS = frozenset(["read", "recite", "sing", "chant"])
#: Verbs of making a text, whose object in quotation marks right after them is a work's title
#: when written in title case ('who wrote "Salt and Stone"', 'published "A Year on the Shore"'):
#: verbs of creation of Levin (1993) §26.4 that take a text for their object.
AUTHORING_VERBS = frozenset(["write", "pen", "publish", "author", "compose", "edit", "co-write"])


#: Verbs that take an object and a to-infinitive whose understood subject is that object
#: (object control: Quirk et al. 1985 §16.52-16.53; 'The report prompted the trust to state').
#: Implicative ones entail that the object did what the infinitive says (Karttunen 1971,
#: "Implicative verbs"): 'The question led the minister to insist, "C."' reports the
#: minister's words. Directive ones do not ('The mayor urged Lund to say that C': nobody said
#: C), and neither the subject nor the object speaks. The implicative verbs' finite and
#: participle forms only: their plain form follows *to* or a modal, where nothing is entailed
#: ('He needs to persuade voters to back him'; a modal before a listed form is checked by
#: ``control.controlled_object``); the directive verbs' all forms.
IMPLICATIVE_CONTROL_FORMS = frozenset(
    """
    prompts prompted prompting leads led leading causes caused causing forces forced forcing
    inspires inspired inspiring persuades persuaded persuading convinces convinced convincing
    compels compelled compelling drives drove driven driving spurs spurred spurring provokes
    provoked provoking induces induced inducing moves moved moving
    """.split()
)
DIRECTIVE_CONTROL_FORMS = frozenset(
    """
    ask asks asked asking urge urges urged urging invite invites invited inviting encourage
    encourages encouraged encouraging allow allows allowed allowing want wants wanted wanting
    expect expects expected expecting tell tells told telling beg begs begged begging
    challenge challenges challenged challenging dare dares dared daring order orders ordered
    ordering instruct instructs instructed instructing advise advises advised advising press
    presses pressed pressing pressure pressures pressured pressuring require requires
    required requiring permit permits permitted permitting remind reminds reminded reminding
    implore implores implored imploring need needs needed needing
    """.split()
)

#: Verbs whose object is a speaker quoted through 'as' and a gerund of saying ('The Gazette
#: quoted Lund as saying C', 'An aide recalled her as telling staff C'): the object speaks
#: (the active of 'Lund was quoted as saying'). All forms of *quote*, *cite*, *recall*,
#: *remember*, *report*.
QUOTING_AS_FORMS = frozenset(
    """
    quote quotes quoted quoting cite cites cited citing recall recalls recalled recalling
    remember remembers remembered remembering report reports reported reporting
    """.split()
)

#: Verbs of showing and perceiving whose object a participle of speech follows ('The messages
#: show Ana Berg telling Ivo Lund: "C."', 'a video shows her saying'): the object speaks.
#: All forms of *show*, *see*, *hear*, *film*, *record*, *capture*, *catch*.
DEPICTING_FORMS = frozenset(
    """
    show shows showed shown showing see sees saw seen hear hears heard film films filmed
    record records recorded capture captures captured catch catches caught
    """.split()
)

#: Verbs of saying again whose object may be a noun or pronoun that points back to words already
#: reported ('before repeating the point in English', 'reiterated it'): that object is no new
#: report. Not *echo*: one echoes another's words, a stance of one's own ('echo her concerns').
RESTATING_LEMMAS = frozenset("repeat reiterate restate".split())
#: Nouns of something said that such an object names (general English; round 51).
SAID_THING_NOUNS = frozenset(
    """
    point points message messages remark remarks comment comments warning warnings claim claims
    argument arguments words call calls pledge pledges promise promises line view views
    sentiment concern concerns demand demands assertion assertions
    """.split()
)

#: Verbs that put a thing online ('posted a video', 'shared a photo of the queue'): with a
#: picture, a recording or a link as their object (``function_words.MEDIA_NOUNS``) and a caption
#: after it, the caption is the post's words, the picture no report.
POSTING_LEMMAS = frozenset("post share upload repost tweet retweet publish".split())
#: Their past and present forms ('posted', 'shares', 'uploading').
POSTING_FORMS = POSTING_LEMMAS | frozenset(
    """
    posts posted posting shares shared sharing uploads uploaded uploading reposts reposted
    reposting tweets tweeted tweeting retweets retweeted retweeting publishes published publishing
    """.split()
)

#: Verbs between a caption and its words ('a caption that read:', 'the caption saying').
CAPTION_LEMMAS = frozenset(["read", "say"])
#: Verbs of naming that name their own subject with a reflexive object ('a poster calling themselves
#: X', 'dubs herself "the Fixer"').
SELF_NAMING_LEMMAS = frozenset(["call", "dub"])


#: Nouns that name a speech act as the plain object of *say* and report no words: greeting and
#: leave-taking, thanking, and prayer ('said goodbye to the staff', 'said a prayer for the
#: victims', 'said grace'). Searle (1976, 'A classification of illocutionary acts') files
#: thanking and greeting among the expressives, which have no propositional content to report;
#: the prayers are ritual formulas named, not quoted.
SPEECH_ACT_OBJECTS = frozenset(
    """goodbye goodbyes good-bye farewell farewells hello hellos goodnight thanks grace prayer
    prayers amen""".split()
)


#: Catenative verbs whose complement is a gerund and whose subject is the gerund's subject,
#: with an aspect meaning: continuing, repeating or starting ('kept insisting', 'continued
#: saying', 'began shouting'; Quirk et al. 1985 §16.39-16.40, aspectual catenatives with an
#: -ing complement). All forms. Not the verbs of stopping or avoiding (*stop*, *quit*,
#: *avoid*, *deny*, *resist* without a negation): 'stopped saying' reports no words.
GERUND_ASPECT_FORMS = frozenset(
    """
    keep keeps kept keeping continue continues continued continuing start starts started
    starting begin begins began begun beginning resume resumes resumed
    """.split()
)
#: Verbs of refraining that, negated after a modal, mean the subject did what the gerund says:
#: 'could not resist adding', "can't help saying" (Quirk et al. 1985 §16.39: *can't help*
#: + -ing; Collins COBUILD: *can't resist doing*). Without the negation they report nothing.
NEGATED_REFRAIN_FORMS = frozenset(["help", "resist"])


#: Verbs of instrument of communication: their object is the addressee and their that-clause
#: what was conveyed ('texted reporters that C', 'radioed the coastguard that C', US 'wrote
#: members that C'). Source: Levin (1993) §37.4 "verbs of instrument of communication" (*cable*,
#: *e-mail*, *fax*, *phone*, *radio*, *semaphore*, *signal*, *telegraph*, *telephone*, *telex*,
#: *wire*), with the later *text*, *message* and *tweet*, and *write*, which takes the same frame
#: in US English (Merriam-Webster, *write*, transitive sense 4b: "wrote him that she was ill").
MEDIUM_VERBS = frozenset(
    """cable email fax message phone radio semaphore signal telegraph telephone telex text tweet
    wire write""".split()
)
#: Finite and participle forms of :data:`MEDIUM_VERBS` and their lemmas: the past, the *-s*
#: present and the participle only (the plain forms *text*, *phone*, *wire*, *signal* are
#: common nouns). *e-mailed* is read from its last token (``attributions.medium``).
MEDIUM_VERB_FORMS: dict[str, str] = {
    form: lemma
    for lemma, forms in {
        "cable": "cables cabled",
        "email": "emails emailed",
        "fax": "faxes faxed",
        "message": "messages messaged",
        "phone": "phones phoned",
        "radio": "radios radioed",
        "semaphore": "semaphored",
        "signal": "signals signalled signaled",
        "telegraph": "telegraphs telegraphed",
        "telephone": "telephones telephoned",
        "telex": "telexes telexed",
        "text": "texts texted",
        "tweet": "tweets tweeted",
        "wire": "wires wired",
        "write": "writes wrote written",
    }.items()
    for form in forms.split()
}
#: Nouns for the people a message goes to that the role, group and body lists lack (singular;
#: a plural is read by its stem): audiences, staff and kin. A medium verb's object headed by one
#: is its addressee ('tweeted his followers that C'), unlike a thing noun before a relative
#: clause ('emailed the files that she had found').
AUDIENCE_NOUNS = frozenset(
    """follower fan subscriber reader viewer listener audience constituent parent staff crew
    family friend relative colleague coastguard employee student pupil customer passenger
    neighbour neighbor shareholder investor team teammate player congregation class mother
    father wife husband son daughter sister brother partner boss children people newsroom
    headquarters""".split()
)


#: Verbs of going, taking and using whose purpose infinitive of a report verb is the subject's
#: report: 'took to social media to say that C', 'went on television to argue that C', 'used a
#: speech to announce that C', 'held a news conference to confirm that C'. A purpose adjunct's
#: understood subject is the main clause's subject (Quirk et al. 1985 §15.48, subject
#: control of the infinitive of purpose); these verbs' objects are a medium, a place or an
#: occasion (Levin 1993 §51.1 "verbs of inherently directed motion", §105 *use*, §11.3 *take*),
#: not someone sent to speak (*sent an aide to say*, *hired a firm to argue*: not listed); and the
#: verbs of an instrument of communication with whom they reach (Levin 1993 §37.4: *rang the
#: programme to say*, *wrote to the council to say*, *emailed staff to announce*). Finite
#: and past participle forms; not the *-ing* forms, whose subject is not before them ('...,
#: taking pains to stress that C' belongs to the clause before the comma).
PURPOSE_FRAME_FORMS = frozenset(
    """
    take takes took taken go goes went gone appear appears appeared use uses used turn turns
    turned return returns returned hold holds held step steps stepped
    ring rings rang rung phone phones phoned call calls called write writes wrote written
    email emails emailed text texts texted contact contacts contacted
    """.split()
)


#: Verbs of responding (Levin 1993 §37.7 *reply*-class verbs with *react*), whose object names
#: whom or what is answered: a quotation after a colon that ends the object is the response
#: itself ('replied to reporters: "C."', 'reacted to the ruling: "C."').
RESPONSE_LEMMAS = frozenset(["reply", "respond", "answer", "retort", "react"])


def responding(low: str, verb_forms: Mapping[str, tuple[str, str]]) -> bool:
    """Is lower-case verb form *low* a verb of responding (its lemma by *verb_forms*, the
    lexicon's, or by its regular ending: 'reacted')?"""
    form = verb_forms.get(low)
    return (form[0] if form else low.removesuffix("ed").removesuffix("s")) in RESPONSE_LEMMAS


#: Verbs of asserting whose negation in their own group denies the report: *did not say that
#: C*, *never claimed C* (Quirk et al. 1985, §10.55, the reporting verbs of assertion).
ASSERTING_LEMMAS = frozenset("say tell claim state suggest allege assert predict".split())


#: Verbs whose *that* clause is mandative, its verb often a bare subjunctive ('recommended that
#: departments submit their plans by May'; Quirk et al. 1985, §16.32): after them *that* opens a
#: clause, whose time phrases are its own, never a demonstrative's noun.
MANDATIVE_LEMMAS = frozenset("recommend demand request insist suggest urge propose require advise".split())
