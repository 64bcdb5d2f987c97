"""Development capabilities added on branch ``f19span`` in the nineteenth round: where an
indirect content ends and starts (every expected content is asserted at its exact offsets).

* A comment clause after the content credits it to somebody else (*, as the anglers had
  claimed*): it is no part of the report; a plain *as* clause of time or reason stays.
* The reporter's dating of the report (*, three days after the storm tore ...*) ends the
  content; a span of time before a noun, or after a time of the content, stays (*, 17 minutes
  before touchdown*, *at 10:49 p.m., 17 minutes before the funnel reached ...*).
* A cleft's focus set off by commas (*it was Haworth, more than anyone, who set the tone*) does
  not end the content at the relative word.
* A clause whose subject is a plural noun and whose plain present verb takes an object goes on
  over *but* / *and* before a second verb phrase (*her players respect the visitors but will
  not ...*): the second verb shares the reported clause's subject; a plain object before
  *and* + past form still ends (*denied the charges and filed a complaint*).
* After a verb of asking or warning and its object, *about* belongs to the verb: the topic
  after it is the content (*asked Lund about | his ties to the ferry company*).

People, places and sentences of their own. ``captemplates.py`` adds :data:`ROUND18_F19SPAN`
to its ``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Expect, named, sample

#: Speakers whose names read as persons.
NAMES = (
    "Ottoline Vasquez-Rhee",
    "Bartholomew Achterberg",
    "Rosalind Mbeki-Shaw",
    "Tancredi Olufemi",
    "Gwenllian Pryce",
)
#: Verbs of saying before a reported clause.
VERBS = ("said", "says", "told reporters", "insisted", "argued")
#: Reported clauses (complete, with a finite verb).
CLAUSES = (
    "the crew had dumped the nets off the reef",
    "the pier would stay shut until the spring",
    "the levy had driven trade away from the quay",
    "the council never approved the new moorings",
)
#: Sources of a comment clause: (subject, verb group).
COMMENTERS = (
    ("several local anglers", "had claimed"),
    ("the harbour board", "had predicted"),
    ("Councillor Dahl", "claimed"),
    ("the ministry", "has argued"),
    ("some residents", "feared"),
)


def comment_clause() -> Iterator[Case]:
    """'NAME VERB C, as SUBJECT had claimed.' -> C; 'NAME VERB C, as the tide turned.' -> C, as ..."""
    combos = itertools.product(NAMES, VERBS, CLAUSES, range(len(COMMENTERS)))
    for name, verb, clause, c in sample(combos, 80, "f19span-comment"):
        subject, group = COMMENTERS[c]
        text = f"{name} {verb} {clause}, as {subject} {group}."
        yield Case("", "comment", text, [Expect(clause, "indirect", name)])
    for name, clause in sample(itertools.product(NAMES, CLAUSES), 12, "f19span-as-time"):
        content = f"{clause}, as the tide turned against the trawlers"
        yield Case("", "time clause", f"{name} said {content}.", [Expect(content, "indirect", name)])


#: Events that date a report: (span of time, relation, clause).
EVENTS = (
    ("three days", "after", "the storm tore off the railings"),
    ("two weeks", "after", "the striker walked off the pitch"),
    ("25 years", "after", "the island gained its own council"),
    ("four months", "before", "the ferry company was sold"),
)


def reporter_time() -> Iterator[Case]:
    """'NAME says C, three days after the storm tore ...' -> C; '..., 17 minutes before
    touchdown', 'at 10:49 p.m., 17 minutes before the funnel reached ...' stay in the content."""
    combos = itertools.product(NAMES, ("says", "said", "insisted"), CLAUSES, range(len(EVENTS)))
    for name, verb, clause, e in sample(combos, 80, "f19span-time"):
        span, relation, event = EVENTS[e]
        text = f"{name} {verb} {clause}, {span} {relation} {event}."
        yield Case("", "dated", text, [Expect(clause, "indirect", name)])
    for name in NAMES:
        content = "the siren had sounded at 10:49 p.m., 17 minutes before touchdown"
        yield Case("", "inside", f"{name} said {content}.", [Expect(content, "indirect", name)])
        content = "the siren had sounded at 10:49 p.m., 17 minutes before the funnel reached the park"
        yield Case("", "after a time", f"{name} said {content}.", [Expect(content, "indirect", name)])


#: (focus, aside, relative clause) of a cleft.
CLEFTS = (
    ("Haworth", "more than anyone", "who set the tone in the dressing room"),
    ("the harbour master", "not the mayor", "who ordered the boats ashore"),
    ("the night shift", "above all", "that kept the presses running"),
)


def cleft_aside() -> Iterator[Case]:
    """'NAME says it was FOCUS, ASIDE, who ...' -> the whole cleft."""
    combos = itertools.product(NAMES, ("says", "said", "insists"), ("was", "is"), range(len(CLEFTS)))
    for name, verb, be, c in sample(combos, 40, "f19span-cleft"):
        focus, aside, rel = CLEFTS[c]
        content = f"it {be} {focus}, {aside}, {rel}"
        yield Case("", "cleft", f"{name} {verb} {content}.", [Expect(content, "indirect", name)])


#: (subject, present verb, object) of a reported clause.
PRESENTS = (
    ("her players", "respect", "the visitors"),
    ("the dockers", "accept", "the new rota"),
    ("most tenants", "like", "the new warden"),
)
#: Second verb phrases of the same subject.
SECONDS = (
    "but will not be swept along by the occasion",
    "but would not work extra shifts",
    "and will say so at the meeting",
)


def shared_subject() -> Iterator[Case]:
    """'NAME says SUBJ VERB OBJ but will not ...' -> the whole clause; 'NAME denied the charges
    and filed a complaint.' -> the charges."""
    combos = itertools.product(NAMES, ("says", "said"), range(len(PRESENTS)), SECONDS)
    for name, verb, p, second in sample(combos, 40, "f19span-shared"):
        subject, present, obj = PRESENTS[p]
        content = f"{subject} {present} {obj} {second}"
        yield Case("", "clause", f"{name} {verb} {content}.", [Expect(content, "indirect", name)])
    for name in NAMES:
        text = f"{name} denied the charges and filed a complaint."
        yield Case("", "object", text, [Expect("the charges", "indirect", name)])


#: Topics of a question or a warning.
TOPICS = ("his ties to the ferry company", "the delays at the lock", "the cost of the new pontoons")


def about_topic() -> Iterator[Case]:
    """'The moderator asked NAME about TOPIC.' -> TOPIC (the moderator's); 'NAME warned about
    40 boats were at risk.' -> the clause with its *about*."""
    combos = itertools.product(NAMES, ("asked", "warned"), TOPICS)
    for name, verb, topic in sample(combos, 30, "f19span-about"):
        if verb == "warned":
            text = f"{name} warned the skippers about {topic}."
            expects = [Expect(topic, "indirect", name)]
        else:
            text = f"The moderator {verb} {name} about {topic}."
            expects = [Expect(topic, "indirect", "moderator")]
        yield Case("", "topic", text, expects, exact=False)


ROUND18_F19SPAN: tuple[Capability, ...] = (
    named(
        "indirect.comment_clause_end",
        "2",
        "NAME said C, as SUBJECT had claimed.: C ends before the comment clause; ', as the tide ...' stays",
        comment_clause,
    ),
    named(
        "indirect.reporter_time_end",
        "2",
        "NAME says C, three days after EVENT.: C ends before it; '17 minutes before touchdown' stays",
        reporter_time,
    ),
    named(
        "indirect.cleft_focus_aside",
        "2",
        "NAME says it was X, more than anyone, who VP: the whole cleft (was: cut at the second comma)",
        cleft_aside,
    ),
    named(
        "indirect.shared_subject_but",
        "2",
        "NAME says SUBJ VERB OBJ but will not VP: one content (was: cut at 'but'); denied X and filed Y: X",
        shared_subject,
    ),
    named(
        "indirect.about_topic",
        "2",
        "The moderator asked NAME about TOPIC: TOPIC without 'about' (was: 'about TOPIC')",
        about_topic,
    ),
)
