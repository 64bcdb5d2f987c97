"""Development capabilities added on main in the forty-seventh round (quotation forms and formats).

* *"C1" - NAME VERB - "c2"*: an interrupted quotation whose halves end in no punctuation, the frame
  set off by dashes, the verb listed or not (*paused*, *sighed*): one quotation of NAME's (before:
  neither half found unless the verb was a listed cue);
* *NAME said: '... C.'*: a single mark before a leading ellipsis opens a quotation (before: the words
  read as an indirect report);
* *NAME, ROLE, put it plainly.* | *"Q."*: a beat that tells of speaking (a manner of speaking, a
  noun of saying, *put it*) ending a paragraph credits the quotation that opens the next one
  (before: no speaker);
* *"FRAG" was how NAME described the plan.*, *"FRAG" is what NAME called the merger.*: a quoted
  fragment as the subject of a crediting clause with an object (before: nothing, and the object
  read as NAME's report);
* *Reporters asked NAME, ROLE, whether C.*: a *whether* clause's subject is no source for the words
  before it (before: a report by "whether the council");
* *NAME, ROLE, replied to OTHER on Facebook: "Q."*: the addressee with a phrase of the medium after
  it is no content (before: a report "OTHER on Facebook");
* *"Q." That was the message NAME, ROLE, posted on social media.*: a noun of saying with a relative
  clause whose subject sent the words credits the quotation before (before: no speaker);
* *"Q," NAME, ROLE, said in LANGUAGE, according to a translation by BODY.*: the cue's adjunct is no
  content of *according to* (before: a report "in LANGUAGE" by the translation);
* *NAME, ROLE, who wrote "Title of a Work", said C.*: a title-case quotation right after a verb of
  making a text names the work (before: the title was NAME's direct quotation).

People, places and bodies of our own. ``captemplates.py`` adds :data:`ROUND47_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, QUOTES
from heldout_kit import alts

#: People by gender (given names the registration lists hold) and their pronouns.
WOMEN = ("Ingrid Solheim", "Paloma Arriaga", "Wanjiru Kamau", "Maren Lindqvist")
MEN = ("Dermot Feeney", "Anselm Kugler", "Olumide Bankole", "Tancredi Viola")
#: Roles with their bodies, written after a name.
ROLES = (
    "the harbour master of Port Allick",
    "a senior lecturer in hydrology at Fenwick University",
    "the chief executive of Tarrow Water",
    "the chair of the Greyholm Tenants' Association",
    "a spokesperson for the Coast Guard",
    "the head teacher of St Bride's School",
)
#: Double and single marks (straight and curly).
DOUBLE = (('"', '"'), ("\u201c", "\u201d"))
SINGLE = (("'", "'"), ("\u2018", "\u2019"))


def _person(k: int) -> tuple[str, str]:
    """A full name and its subject pronoun."""
    name = (WOMEN + MEN)[k % 8]
    return name, "she" if name in WOMEN else "he"


def _surname(name: str) -> str:
    return name.rsplit(maxsplit=1)[-1]


def _role_parts(role: str) -> tuple[str, ...]:
    """The role noun and its body as the title must hold them ('harbour master', 'Port Allick')."""
    words = role.split(" ", 1)[1]  # (without the article)
    for link in (" of ", " at ", " for ", " in "):
        if link in words:
            head, body = words.split(link, 1)
            return (head, body.split(" at ")[-1].removeprefix("the "))
    return (words,)


#: Verbs of a dash frame: listed cues and verbs the lexicon lacks.
DASH_VERBS = ("paused", "sighed", "shrugged", "added", "continued", "laughed")
#: Dashes: em, en and the typewriter's two hyphens.
DASHES = ("\u2014", "\u2013", "--")
#: Halves of an interrupted quotation (the second goes on in lower case).
HALVES = (
    ("We tried to warn them", "more than once and in writing"),
    ("The pier has stood for a century", "and it will stand for another"),
    ("Nobody on this board wanted the cuts", "least of all me"),
)


def dash_interrupted() -> Iterator[Case]:
    """ "C1" - NAME VERB - "c2" (the name bare, with a role, or the surname after a sentence
    naming the person): one quotation of NAME's."""
    combos = itertools.product(range(8), range(6), range(3), range(3), range(2), range(3))
    for p, v, d, h, m, shape in sample(combos, 260, "r47main-dash"):
        name, _ = _person(p)
        verb, dash, (one, two) = DASH_VERBS[v], DASHES[d], HALVES[h]
        left, right = DOUBLE[m]
        role = ROLES[(p + v) % 6]
        if shape == 0:
            credit, lead, title = name, "", None
        elif shape == 1:
            credit, lead, title = f"{name}, {role},", "", Contains(_role_parts(role))
        else:
            credit, lead = _surname(name), f"{name}, {role}, took a long breath. "
            title = Contains(_role_parts(role))
        first, second = f"{left}{one}{right}", f"{left}{two}.{right}"
        quote = f"{first} {dash} {credit} {verb} {dash} {second}"
        text = f"{lead}{quote}"
        # (one quotation in two parts, or each half a quotation of NAME's: equally right)
        whole = [Expect(quote, "direct", name, title=title, speaker_kind="person")]
        halves = [
            Expect(half, "direct", name, title=title, speaker_kind="person") for half in (first, second)
        ]
        yield Case("", f"{shape}", text, alts(text, whole, halves))


#: Ellipses that open a quotation: three stops, and the one character.
ELLIPSES = ("...", "\u2026")


def leading_ellipsis() -> Iterator[Case]:
    """NAME said: 'C' / 'C,' NAME said. with the single-marked quotation opening with an
    ellipsis: a direct quotation."""
    combos = itertools.product(range(8), range(2), range(2), range(3), range(2))
    for p, e, m, q, shape in sample(combos, 160, "r47main-ellipsis"):
        name, _ = _person(p)
        left, right = SINGLE[m]
        words = QUOTES[q][0].lower() + QUOTES[q][1:]
        dots = ELLIPSES[e]
        if shape == 0:
            content = f"{left}{dots} and {words}.{right}"
            text = f"{name} paused before adding: {content}"
        else:
            content = f"{left}{dots} {words},{right}"
            text = f"{content} {name} said."
        yield Case("", f"{shape}", text, [Expect(content, "direct", name, speaker_kind="person")])


#: Beats that tell of speaking.
SPEECH_BEATS = (
    "put it plainly",
    "put it bluntly",
    "was blunt",
    "was characteristically frank",
    "did not mince words",
    "had a message for the council",
    "had a simple answer",
)
#: Two-sentence quotations that open a paragraph.
PARAGRAPH_QUOTES = (
    "We tried to warn them. Nobody listened",
    "The water came up in an hour. We had no time to move the stock",
    "This is not a budget. It is a surrender",
)


def speech_beats_across_paragraphs() -> Iterator[Case]:
    """NAME(, ROLE,) BEAT. | "Q1. Q2." -> NAME with ROLE's title."""
    combos = itertools.product(range(8), range(7), range(3), range(2), range(2))
    for p, b, q, m, titled in sample(combos, 240, "r47main-beats"):
        name, _ = _person(p)
        role = ROLES[(p + b) % 6]
        left, right = DOUBLE[m]
        subject = f"{name}, {role}," if titled else name
        content = f"{left}{PARAGRAPH_QUOTES[q]}.{right}"
        text = f"The council met on Tuesday to vote on the plan.\n\n{subject} {SPEECH_BEATS[b]}.\n\n{content}"
        title = Contains(_role_parts(role)) if titled else None
        expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        yield Case("", f"{titled}", text, [expect])


#: Quoted fragments and sentences a crediting clause credits.
FRAGMENTS = ("A disgrace", "A reckless gamble", "Too little, too late", "It is a betrayal of the town")
#: Frames: *how* with a verb of describing, *what* with a verb of naming.
FRAMES = (
    ("was how", "described"),
    ("is how", "describes"),
    ("was how", "summed up"),
    ("was what", "called"),
    ("is what", "calls"),
    ("was what", "dubbed"),
)
#: Objects of the frame's verb.
OBJECTS = ("the plan", "the merger", "it", "the council's offer")


def copular_object_credits() -> Iterator[Case]:
    """ "FRAG" was how NAME(, ROLE,) described the plan. -> a direct quotation of NAME's, and no
    report of the object."""
    combos = itertools.product(range(8), range(4), range(6), range(4), range(2), range(2))
    for p, f, fr, o, m, titled in sample(combos, 260, "r47main-copular"):
        name, _ = _person(p)
        role = ROLES[(p + f) % 6]
        left, right = DOUBLE[m]
        be, verb = FRAMES[fr]
        obj = OBJECTS[o]
        if verb == "summed up" and obj == "it":
            verb, obj = "summed", "it up"
        content = f"{left}{FRAGMENTS[f]}{right}"
        subject = f"{name}, {role}," if titled else name
        text = f"{content} {be} {subject} {verb} {obj}."
        title = Contains(_role_parts(role)) if titled else None
        yield Case("", f"{fr}", text, [Expect(content, "direct", name, title=title, speaker_kind="person")])


#: Questions put whose clause holds a verb of knowing or saying (the subject of that verb is
#: no source of the words before it).
WHETHER = (
    "the council had known about the leak for a year",
    "the board believed the figures",
    "the ministry had said anything to the families",
)
#: Who asks, and how the question is put.
QUESTIONERS = ("Reporters", "A journalist", "Councillors", "Members of the committee")


def questions_put_to_a_person() -> Iterator[Case]:
    """QUESTIONER asked NAME, ROLE, whether C. "Q," PRONOUN said. -> the quotation, NAME's; the
    question is the questioner's report or none, never NAME's (since round 50 quotex reads *asked
    NAME, ROLE, whether C* as the asker's report, as it reads *asked whether C*)."""
    combos = itertools.product(range(8), range(4), range(3), range(3), range(2))
    for p, qn, c, q, m in sample(combos, 220, "r47main-asked"):
        name, pronoun = _person(p)
        role = ROLES[(p + qn) % 6]
        left, right = DOUBLE[m]
        content = f"{left}{QUOTES[q]},{right}"
        text = f"{QUESTIONERS[qn]} asked {name}, {role}, whether {WHETHER[c]}. {content} {pronoun} said."
        expect = Expect(content, "direct", name, title=Contains(_role_parts(role)), speaker_kind="person")
        yield Case("", f"{qn}", text, [expect], exact=False, wrong_speakers=[(WHETHER[c], name)])


#: Phrases of the medium after an addressee.
MEDIA = ("on Facebook", "on X", "on social media", "on Instagram", "in a post on Sunday", "on her blog")


def replies_on_a_medium() -> Iterator[Case]:
    """NAME, ROLE, replied/responded to OTHER MEDIUM: "Q." -> only the quotation, NAME's."""
    combos = itertools.product(range(8), range(6), range(3), range(2), range(2))
    for p, md, q, m, verb in sample(combos, 200, "r47main-reply"):
        name, _ = _person(p)
        other, _ = _person(p + 3)
        role = ROLES[(p + md) % 6]
        left, right = DOUBLE[m]
        content = f"{left}{QUOTES[q]}.{right}"
        cue = ("replied to", "responded to")[verb]
        text = f"{name}, {role}, {cue} {other} {MEDIA[md]}: {content}"
        expect = Expect(content, "direct", name, title=Contains(_role_parts(role)), speaker_kind="person")
        yield Case("", f"{verb}", text, [expect], wrong_speakers=[(content, other)])


#: Nouns of saying, verbs of sending, and what may follow them.
SENT = (
    ("That was the message", "posted on social media late on Saturday"),
    ("That was the message", "sent to staff on Monday"),
    ("Those were the words", "chose"),
    ("That was the warning", "gave at the meeting"),
    ("That was the message", "had for the council"),
    ("Those were the words", "used in a letter to members"),
)


def sent_message_credits() -> Iterator[Case]:
    """ "Q." That was the message NAME(, ROLE,) posted ... -> NAME."""
    combos = itertools.product(range(8), range(6), range(3), range(2), range(2))
    for p, s, q, m, titled in sample(combos, 220, "r47main-sent"):
        name, _ = _person(p)
        role = ROLES[(p + s) % 6]
        left, right = DOUBLE[m]
        content = f"{left}{QUOTES[q]}.{right}"
        head, rest = SENT[s]
        subject = f"{name}, {role}," if titled else name
        text = f"{content} {head} {subject} {rest}."
        title = Contains(_role_parts(role)) if titled else None
        yield Case("", f"{s}", text, [Expect(content, "direct", name, title=title, speaker_kind="person")])


#: Languages and who translated.
LANGUAGES = ("Basque", "Tongan", "Icelandic", "Quechua")
TRANSLATORS = ("a translation provided by Tarrow Water", "a translation released by the council")


def translated_credits() -> Iterator[Case]:
    """ "Q," NAME, ROLE, said in LANGUAGE, according to a translation by BODY. -> only the
    quotation, NAME's."""
    combos = itertools.product(range(8), range(4), range(2), range(3), range(2), range(2))
    for p, lang, tr, q, m, inverted in sample(combos, 200, "r47main-translated"):
        name, _ = _person(p)
        role = ROLES[(p + lang) % 6]
        left, right = DOUBLE[m]
        content = f"{left}{QUOTES[q]},{right}"
        credit = f"said {name}, {role}," if inverted else f"{name}, {role}, said"
        text = f"{content} {credit} in {LANGUAGES[lang]}, according to {TRANSLATORS[tr]}."
        expect = Expect(content, "direct", name, title=Contains(_role_parts(role)), speaker_kind="person")
        yield Case("", f"{inverted}", text, [expect])


#: Works in title case and the verbs of making them.
WORKS = ("Salt and Stone", "Songs of the Quay", "The Long Tide", "A Year on the Marsh")
MAKING = ("wrote", "published", "edited", "co-wrote")


def authored_work_titles() -> Iterator[Case]:
    """NAME, ROLE, who wrote "WORK"(,) said C. -> only the report; NAME wrote "WORK" in 2019. ->
    nothing."""
    combos = itertools.product(range(8), range(4), range(4), range(3), range(2), range(3))
    for p, w, v, c, m, shape in sample(combos, 240, "r47main-works"):
        name, _ = _person(p)
        role = ROLES[(p + w) % 6]
        left, right = DOUBLE[m]
        work = f"{left}{WORKS[w]}{right}"
        if shape == 2:
            text = f"{name} {MAKING[v]} {work} in 2019."
            yield Case("", "2", text, [], forbidden=[WORKS[w]])
            continue
        comma = "," if shape == 0 else ""
        text = f"{name}, {role}, who {MAKING[v]} {work}{comma} said {CLAUSES[c]}."
        if not comma:
            text = text.replace(f"{work} said", f"{left}{WORKS[w]},{right} said")
        expect = Expect(
            CLAUSES[c], "indirect", name, title=Contains(_role_parts(role)), speaker_kind="person"
        )
        yield Case("", f"{shape}", text, [expect], forbidden=[WORKS[w]])


ROUND47_MAIN: tuple[Capability, ...] = (
    named("direct.dash_interrupted", "1", '"C1" - NAME paused - "c2"', dash_interrupted),
    named("direct.leading_ellipsis", "8", "NAME said: '... C.'", leading_ellipsis),
    named(
        "speaker.speech_beats_across_paragraphs",
        "4",
        'NAME put it plainly. | "Q."',
        speech_beats_across_paragraphs,
    ),
    named(
        "mixed.copular_object_credits", "1", '"FRAG" was how NAME described the plan.', copular_object_credits
    ),
    named(
        "speaker.questions_put_to_a_person",
        "5",
        'Reporters asked NAME, ROLE, whether C. "Q," she said.',
        questions_put_to_a_person,
    ),
    named("speaker.replies_on_a_medium", "5", 'NAME replied to OTHER on Facebook: "Q."', replies_on_a_medium),
    named(
        "speaker.sent_message_credits", "3", '"Q." That was the message NAME posted.', sent_message_credits
    ),
    named(
        "speaker.translated_credits",
        "5",
        '"Q," NAME said in Basque, according to a translation by BODY.',
        translated_credits,
    ),
    named("content.authored_work_titles", "5", 'NAME, who wrote "WORK", said C.', authored_work_titles),
)
