"""Development capabilities added on main in the thirty-fourth round.

* a transcript quoted whole (*Part of the interview follows:* then *"HOLLAND: Q1* / *"ORTEGA:
  Q2* / ... / *"ORTEGA: Qn."*): each turn opens with a mark and only the last closes; each turn
  is its label's, the full name the article gave (before: one quotation over every turn,
  credited to the first capitalised word before it, *Part*);
* *NAME, the ROLE, sat with NAME2, ROLE2, on DAY.*: a past form alone before *with* is the
  sentence's verb, not a department of the role (before: the title *ROLE, sat with NAME2*);
* *NAME listed two worries:* then items *- "Q1"* / *- "Q2"*, and a roundup whose lines open with
  a dash (*— NAME, ROLE at BODY: "Q."*): a list's mark opening a line is no word of the line
  (before: no speaker); a dash credit line after a quotation (*- NAME.*) still credits it;
* *Chief auctioneer: "Q."* then *NAME, chief auctioneer at BODY, said C.*: a bare role before a
  headline's colon is the person the next paragraph introduces in that role (before: *Chief*),
  and with nobody introduced the role itself;
* *The „modern“ kiln dates from 1979. „Q,“ said NAME.*: a German low mark opens a sentence
  (before: one quotation from the first word);
* *The letter, signed by NAME, ROLE at BODY, said C.*: a participle aside whose agent has an
  apposition is skipped whole to the subject (before: no quotation at all), and its agent
  is the speaker, titled;
* *"Q," said NAME, who works as (a) ROLE at BODY.*: *works as* holds a post as *serves as*
  does (before: no title);
* *A, who trained B, watched from the gate. "Q," she said.* (neither of known gender): B, named
  in A's relative clause, is no rival to A for the pronoun (before: no speaker);
* *NAME has been ROLE at BODY for thirty years. "Q," the veteran said.*: an epithet of standing
  (*veteran*, *pensioner*) refers back even after a quotation (before: the speaker *veteran*);
* *NAME, a Yapese ROLE, said C.*: a word in *-ese* before a role is one of origin;
* *"Q," said the BODY's new ROLE, NAME.*: *new* before a possessed role keeps the title;
* *NAME1 „Tug“ NAME2* and *«Tug»*: a nickname in German or French marks inside a name (before:
  the surname alone, or the given name alone);
* *"Q," said a senior official at BODY.*: one official, like one spokeswoman, is the speaker
  (before: BODY);
* *NAME paused for a long moment. Then: "Q."*: a lone adverb of sequence and its colon keep the
  beat before it (before: no speaker);
* *C, a guide at the funicular said.*: a role no hand list holds (WordNet's, an agent noun)
  heads a source before its place as a listed one does (before: no quotation);
* *NAME, brake operator, said C.*: a noun and an agent noun in *-er*/*-or* make a compound job
  in a bare apposition (not a comparative: *went further*, *no longer*; before: no title);
* *"Q," Falan Castellucci said. He went on to say that C.*: the one speaker in view takes the
  pronoun when only the registrations' first-name gender clashes, as a subject did (before: no
  speaker);
* *BODY1 endorsed NAME. BODY2 lost customers after it said C.*: the one body named earlier in
  the pronoun's own sentence outranks the body that spoke before (before: BODY1);
* *NAME told reporters gathered outside BODY that C.*: a participle phrase after the addressee
  ends at the *that* of the report (before: the content began at *gathered*);
* *"Q," said NAME, ROLE, standing beside the "temporary" shed.*: after a direct quotation, a
  quoted word right after an article or a possessive is no next part of it (before: one
  quotation over the credit);
* *"Q," said the ROLE. Her name is NAME.*, *"Q," he said. His name is NAME.*, *Later she gave her
  name as NAME.*: a sentence after a description or an unresolved *he*/*she* names the speaker
  (before: the description, or no speaker);
* *Minutes later, "Q," B replied.*: a fronted time phrase and its comma are no words of the
  quotation (before: a mixed quotation from *Minutes*);
* *PHOTO: NAME, ROLE, shows a visitor round on Sunday.*: a tour's particle with no place after it
  is still a tour, no report (before: *a visitor round on Sunday* credited to NAME);
* *NAME, rafting instructor at BODY, said C.*: a gerund of an activity before a role no list holds
  opens a bare apposition's title, as it does before a listed one (*sailing coach*), not a verb
  phrase (before: no title; *NAME, speaking to reporters,* stays untitled);
* *"Q1," NAME (ROLE at BODY) said, "q2."*: a bracket opens a segment of the source as a comma does
  (before: the speaker *NAME (ROLE at BODY)*, kind other);
* a quotation that opens with a word in capitals and a colon and closes in its paragraph
  (*"BREAKING: C," NAME wrote.*) stays a quotation of the person credited.

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND33_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import ANY, Capability, Case, Expect, named, sample

#: (name, title, label) of an interview's host and of its guest.
HOSTS = (
    ("Ben Holland", "a host at Radio Norte", "HOLLAND"),
    ("Maren Tjaden", "editor of the Kestrel Gazette", "TJADEN"),
    ("Oluwaseun Abiodun", "an anchor at Lagoon TV", "ABIODUN"),
)
GUESTS = (
    ("Lucia Ortega", "the harbour commissioner", "ORTEGA"),
    ("Pavel Hrubý", "mayor of Tarnby", "HRUBÝ"),
    ("Aroha Tamihana", "chief executive of Tarnby Ferries", "TAMIHANA"),
    ("Dermot Keogh-Vance", "a senator for Kestrel County", "KEOGH-VANCE"),
)
Person = tuple[str, str, str]
QUESTIONS = ("Will the commission meet on Friday?", "Why did the ferry stop?", "Who pays for it?")
ANSWERS = (
    "It will not. We need the engineers' report first.",
    "Nobody told us the pier was unsafe.",
    "The port does, as it always has.",
)
FOLLOW_UPS = ("When will that come?", "Is that enough?", "And the residents?")
LAST_ANSWERS = ("Next week, I am told.", "It is a start.", "They will hear from us.")
#: The marks that open the turns (and close the last).
TURN_MARKS = (('"', '"'), ("\u201c", "\u201d"))
#: A paragraph that may stand between turns, and none.
ASIDES = ("", "(CROSSTALK.)", "(LAUGHTER.)")


def _introduction(host: Person, guest: Person, shape: str) -> str:
    """The sentence before the transcript, naming both with their titles."""
    if shape == "sat_down":
        met = f"{guest[0]}, {guest[1]}, sat down with {host[0]}, {host[1]}, on Thursday."
        return f"{met} Part of the interview follows:"
    return f"{host[0]}, {host[1]}, put questions to {guest[0]}, {guest[1]}, on Monday. A transcript:"


def quoted_transcript() -> Iterator[Case]:
    """Intro. / "HOST: Q1 / "GUEST: A1 / [(ASIDE)] / "HOST: Q2 / "GUEST: A2." -> each turn its
    label's full name."""
    combos = itertools.product(HOSTS, GUESTS, ("sat_down", "put_questions"), range(3), ASIDES, TURN_MARKS)
    for host, guest, shape, k, aside, (mark, close) in sample(combos, 360, "r33main-quoted-transcript"):
        turns = [
            (host, QUESTIONS[k]),
            (guest, ANSWERS[k]),
            (host, FOLLOW_UPS[k]),
            (guest, LAST_ANSWERS[k]),
        ]
        paragraphs = [_introduction(host, guest, shape)]
        for n, (who, words) in enumerate(turns):
            if n == 2 and aside:
                paragraphs.append(f"{mark}{aside}")
            paragraphs.append(f"{mark}{who[2]}: {words}{close if n == len(turns) - 1 else ''}")
        text = "\n\n".join(paragraphs)
        expected = [Expect(words, "direct", who[0], who[1]) for who, words in turns]
        yield Case("", shape, text, expected, wrong_speakers=[(QUESTIONS[k], "Part")])


def verb_after_apposition() -> Iterator[Case]:
    """NAME, the ROLE, VERBED with NAME2, ROLE2, on DAY. "Q," SURNAME said. -> NAME titled ROLE
    alone (a past form before *with* is the sentence's verb, no department of the role)."""
    verbs = ("sat", "sat down", "chatted", "dined", "teamed up", "talked", "clashed")
    combos = itertools.product(GUESTS, HOSTS, verbs, ANSWERS)
    for guest, host, verb, answer in sample(combos, 240, "r33main-verb-after-apposition"):
        surname = guest[0].split()[-1]
        q = f'"{answer[:-1]},"'
        text = f"{guest[0]}, {guest[1]}, {verb} with {host[0]}, {host[1]}, on Thursday. {q} {surname} said."
        yield Case("", verb, text, [Expect(q, "direct", guest[0], guest[1])])


def label_quotation_closed() -> Iterator[Case]:
    """A post spread. / "BREAKING: C," NAME, ROLE, wrote. -> one quotation, NAME's."""
    words = ("BREAKING", "UPDATE", "WARNING", "URGENT")
    claims = ("The ferry plant shut. Nobody knows why", "Tolls double on Monday. Tell everyone")
    people = (("Ada Quist", "blogger in Tarnby"), ("Kofi Mensah-Arhin", "podcaster"))
    combos = itertools.product(words, claims, people, TURN_MARKS)
    for word, claim, (name, role), (mark, close) in sample(combos, 64, "r33main-label-closed"):
        q = f"{mark}{word}: {claim},{close}"
        text = f"A post spread quickly on Monday.\n\n{q} {name}, a {role}, wrote on Instagram."
        yield Case("", word.lower(), text, [Expect(q, "direct", name)])


#: (name, role, body) of the people in lists, labels and roundups.
LISTED = (
    ("Merit Kallas", "head sawyer", "Scarrow Sawmill"),
    ("Tomasz Wierzba", "chief auctioneer", "Pellingsby Fish Market"),
    ("Nneka Obiora", "rescue controller", "Draymoor Cave Rescue Team"),
    ("Joaquín Ferrel", "brake operator", "Tollerby Funicular"),
)
#: Marks of a list's items.
BULLETS = ("-", "•", "—", "–", "*")
CLAIMS = (
    "We cut what the forest can spare.",
    "The young ones learn it faster.",
    "Nobody wants the night shift.",
)


def bulleted_items() -> Iterator[Case]:
    """NAME, ROLE at BODY, listed two worries: / - "Q1" / - "Q2" -> both NAME's; and a roundup
    What they said: / — NAME, ROLE at BODY: "Q" / — NAME2, ...: "Q2" -> each its name's."""
    combos = itertools.product(LISTED, BULLETS, TURN_MARKS, ("worries", "roundup"))
    for (name, role, body), bullet, (mark, close), shape in sample(combos, 240, "r33main-bullets"):
        q1, q2 = (f"{mark}{c}{close}" for c in CLAIMS[:2])
        if shape == "worries":
            text = f"{name}, {role} at the {body}, listed two worries:\n\n{bullet} {q1}\n{bullet} {q2}"
            expected = [Expect(q1, "direct", name), Expect(q2, "direct", name)]
        else:
            other = LISTED[(LISTED.index((name, role, body)) + 1) % len(LISTED)]
            text = (
                f"What the staff said:\n\n{bullet} {name}, {role} at the {body}: {q1}\n"
                f"{bullet} {other[0]}, {other[1]} at the {other[2]}: {q2}"
            )
            expected = [Expect(q1, "direct", name, f"{role} at the {body}"), Expect(q2, "direct", other[0])]
        yield Case("", shape, text, expected)


def dash_credit_line() -> Iterator[Case]:
    """ "Q." / - NAME. (a credit line after a quotation, no list) -> NAME."""
    combos = itertools.product(LISTED, ("-", "—"), CLAIMS, TURN_MARKS)
    for (name, _, _), dash, claim, (mark, close) in sample(combos, 60, "r33main-dash-credit"):
        q = f"{mark}{claim}{close}"
        text = f"Claims we checked this week.\n\n{q}\n\n{dash} {name}.\n\nThis is a complex issue."
        yield Case("", dash, text, [Expect(q, "direct", name)])


def role_label_headline() -> Iterator[Case]:
    """ROLE: "Q" / NAME, ROLE at BODY, said C. -> Q is NAME's (never the label's first word);
    with no one introduced, the role itself."""
    combos = itertools.product(LISTED, (*TURN_MARKS, ("'", "'")), ("introduced", "alone"))
    for (name, role, body), (mark, close), shape in sample(combos, 200, "r33main-role-label"):
        q = f"{mark}{CLAIMS[2][:-1]}{close}"
        label = role[0].upper() + role[1:]
        if shape == "introduced":
            text = f"{label}: {q}\n\n{name}, {role} at the {body}, said the rota would change."
            expected = [Expect(q, "direct", name), Expect("the rota would change", "indirect", name)]
            yield Case("", shape, text, expected, exact=False)
        else:
            yield Case("", shape, f"{label}: {q}", [Expect(q, "direct", label)])


def low_marks_sentence() -> Iterator[Case]:
    """The „modern“ X dates from 1979. „Q,“ said NAME. -> the quotation alone, NAME's (a German
    low mark opens a sentence)."""
    openers = ("The „modern“ kiln dates from 1979.", "NAME said nothing when asked about the lease.")
    combos = itertools.product(LISTED, openers, CLAIMS)
    for (name, role, body), opener, claim in sample(combos, 60, "r33main-low-marks"):
        q = f"„{claim[:-1]},“"
        text = f"{opener.replace('NAME', name)} {q} said {name}, {role} at the {body}."
        yield Case("", "low", text, [Expect(q, "direct", name)], exact=False)


def signed_by_apposition() -> Iterator[Case]:
    """The letter, signed by NAME, ROLE at BODY, said C. -> C, NAME's (the participle aside
    holds the name and its apposition)."""
    documents = (("letter", "signed"), ("report", "written"), ("review", "compiled"), ("memo", "drafted"))
    verbs = ("said", "found", "concluded", "warned")
    clauses = ("the morning sale would move to five o'clock", "the pier had never been busier")
    combos = itertools.product(LISTED, documents, verbs, clauses, ("body", "bare"))
    for (name, role, body), (doc, participle), verb, clause, shape in sample(
        combos, 240, "r33main-signed-by"
    ):
        title = f"{role} at the {body}" if shape == "body" else role
        text = f"The {doc}, {participle} by {name}, {title}, {verb} {clause}."
        # (a bare role no list holds, 'brake operator', is no title by itself: the speaker alone)
        yield Case(
            "",
            shape,
            text,
            [Expect(clause, "indirect", name, title if shape == "body" else ANY)],
            exact=False,
        )


def works_as_title() -> Iterator[Case]:
    """ "Q," said NAME, who works as (a) ROLE at BODY. -> NAME titled ROLE at BODY."""
    verbs = ("works as", "worked as", "serves as")
    combos = itertools.product(LISTED, verbs, ("", "a "), CLAIMS, TURN_MARKS)
    for (name, role, body), verb, article, claim, (mark, close) in sample(combos, 240, "r33main-works-as"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{q} said {name}, who {verb} {article}{role} at the {body}."
        yield Case("", verb.split()[0], text, [Expect(q, "direct", name, f"{role} at the {body}")])


#: Pairs of persons whose first names no list holds (no known gender), and a pronoun each.
UNGENDERED = (
    ("Merii Rengulbai", "Vemuna Tjiriange", "she"),
    ("Techur Ngirmekur", "Kelepi Bumanglag", "he"),
    ("Aroha Tamihana", "Ngaire Pohatu", "she"),
)


def relative_clause_rival() -> Iterator[Case]:
    """A, who VERBED B, watched from DAY. "Q," PRONOUN said. -> A (B, in A's relative clause, is
    no rival for the pronoun)."""
    verbs = ("trained", "hired", "met", "replaced", "thanked")
    combos = itertools.product(UNGENDERED, verbs, CLAIMS, TURN_MARKS)
    for (a, b, pronoun), verb, claim, (mark, close) in sample(combos, 200, "r33main-relative-rival"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{a}, who {verb} {b}, watched from the gate on Friday. {q} {pronoun} said."
        yield Case("", verb, text, [Expect(q, "direct", a)], exact=False, wrong_speakers=[(q, b)])


def epithet_after_quotation() -> Iterator[Case]:
    """NAME has been ROLE at BODY for thirty years. / "Q," the EPITHET said. -> NAME."""
    epithets = ("veteran", "pensioner", "retiree")
    combos = itertools.product(LISTED, epithets, CLAIMS, TURN_MARKS)
    for (name, role, body), epithet, claim, (mark, close) in sample(combos, 180, "r33main-epithet"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{name} has been {role} at the {body} for thirty years.\n\n{q} the {epithet} said."
        yield Case("", epithet, text, [Expect(q, "direct", name)])


def origin_in_ese() -> Iterator[Case]:
    """NAME, a Yapese ROLE, said C. -> titled 'Yapese ROLE' (a word in -ese before a role)."""
    origins = ("Yapese", "Palauese", "Nauruese", "Tuvaluese")
    roles = ("herbarium keeper", "seed librarian", "ferry pilot", "chief auctioneer")
    combos = itertools.product(LISTED, origins, roles)
    for (name, _, _), origin, role in sample(combos, 120, "r33main-origin-ese"):
        clause = "the moss collection would be catalogued"
        text = f"{name}, a {origin} {role}, said {clause}."
        yield Case("", origin, text, [Expect(clause, "indirect", name, f"{origin} {role}")])


def new_possessed_role() -> Iterator[Case]:
    """ "Q," said the BODY's new ROLE, NAME. -> titled "BODY's new ROLE"."""
    combos = itertools.product(LISTED, ("library", "trust", "society"), CLAIMS, TURN_MARKS)
    for (name, role, _), owner, claim, (mark, close) in sample(combos, 160, "r33main-new-possessed"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{q} said the {owner}'s new {role}, {name}."
        yield Case("", owner, text, [Expect(q, "direct", name, f"{owner}'s new {role}")])


def nickname_marks() -> Iterator[Case]:
    """NAME1 „Nick“ NAME2, ROLE at BODY, said C. (and « ») -> the name without the nickname."""
    marks = (("„", "“"), ("«", "»"), ('"', '"'), ("“", "”"))
    nicks = ("Tug", "Shorty", "Sparks", "The Hawk")
    combos = itertools.product(LISTED, marks, nicks, ("before", "after"))
    for (name, role, body), (o, c), nick, shape in sample(combos, 200, "r33main-nickname-marks"):
        given, surname = name.split(" ", 1)
        nicked = f"{given} {o}{nick}{c} {surname}"
        clause = "the drying house would be restored"
        if shape == "before":
            text = f"{nicked}, {role} at the {body}, said {clause}."
        else:
            text = f"The trust met on Monday. {nicked}, {role} at the {body}, later said {clause}."
        yield Case(
            "",
            shape,
            text,
            [Expect(clause, "indirect", (name, nicked), f"{role} at the {body}")],
            exact=False,
        )


def single_official() -> Iterator[Case]:
    """ "Q," said a (senior) official at BODY. -> the official, never BODY; officials at BODY -> BODY."""
    combos = itertools.product(
        LISTED, ("a senior official", "an official", "a junior official"), CLAIMS, TURN_MARKS
    )
    for (_, _, body), who, claim, (mark, close) in sample(combos, 150, "r33main-single-official"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{q} said {who} at the {body}."
        phrase = f"{who.split(' ', 1)[1]} at the {body}"
        yield Case("", who.split()[1], text, [Expect(q, "direct", phrase)], wrong_speakers=[(q, body)])


def then_after_beat() -> Iterator[Case]:
    """NAME paused for a long moment. Then: "Q." -> NAME (a lone adverb of sequence and its colon
    before a quotation after a beat)."""
    beats = ("paused for a long moment", "looked out at the harbour", "set down the coil")
    combos = itertools.product(LISTED, beats, ("Then", "Finally", "Later"), CLAIMS, TURN_MARKS)
    for (name, _, _), beat, adverb, claim, (mark, close) in sample(combos, 180, "r33main-then-beat"):
        q = f"{mark}{claim}{close}"
        text = f"{name} {beat}. {adverb}: {q}"
        yield Case("", adverb.lower(), text, [Expect(q, "direct", name)])


def unlisted_role_modified() -> Iterator[Case]:
    """C, a (longtime) ROLE at the PLACE said. / A ROLE at the PLACE said C. -> the description
    (a role no hand list holds, 'guide', 'volunteer', before its place)."""
    roles = ("guide", "longtime volunteer", "ferryman", "ticket clerk", "lock keeper")
    places = ("funicular", "salt works", "tide mill", "cable car station")
    clauses = ("the salt barn had been filled", "the insurers had raised the premium again")
    combos = itertools.product(roles, places, clauses, ("after", "before"))
    for role, place, clause, shape in sample(combos, 160, "r33main-unlisted-role"):
        article = "an" if role[0] in "aeiou" else "a"
        if shape == "after":
            content = clause[0].upper() + clause[1:]
            text = f"{content}, {article} {role} at the {place} said."
        else:
            content = clause
            text = f"{article.capitalize()} {role} at the {place} said {clause}."
        yield Case("", shape, text, [Expect(content, "indirect", f"{role} at the {place}")])


def compound_agent_role() -> Iterator[Case]:
    """NAME, brake operator, said C. / "Q," NAME, layout builder, told Coast FM. -> titled (a
    noun and an agent noun in -er/-or make a compound job); NAME, went further. / NAME, however,
    said C. -> no title."""
    roles = ("brake operator", "layout builder", "fossil preparator", "rope maker", "lock operator")
    combos = itertools.product(LISTED, roles, CLAIMS, TURN_MARKS, ("said", "told"))
    for (name, _, _), role, claim, (mark, close), shape in sample(combos, 200, "r33main-compound-agent"):
        if shape == "said":
            clause = claim[:-1].lower()
            text = f"{name}, {role}, said in an email that {clause}."
            yield Case("", shape, text, [Expect(f"that {clause}", "indirect", name, role)])
        else:
            q = f"{mark}{claim[:-1]},{close}"
            text = f"{q} {name}, {role}, told Coast FM."
            yield Case("", shape, text, [Expect(q, "direct", name, role)])
    for (name, _, _), aside in itertools.product(LISTED, ("however", "no longer")):
        text = f"{name}, {aside}, said the line would close."
        yield Case("", "guard", text, [Expect("the line would close", "indirect", name, None)])
    for name, _, _ in LISTED:
        text = f"{name}, the harbour engineer, went further. She said the line would close."
        yield Case("", "guard", text, [Expect("the line would close", "indirect", name)], exact=False)


def went_on_after_quotation() -> Iterator[Case]:
    """ "Q," NAME said. He went on to say that C. -> NAME, the one speaker in view, even when only
    baby-name registrations give the first name the other gender (Nino is a Georgian woman's
    name and an Italian man's)."""
    people = (
        ("Falan Castellucci", "He"),
        ("Nino Beridze", "She"),
        ("Kinley Penjor", "He"),
        ("Techur Ngirmekur", "He"),
        ("Merii Rengulbai", "She"),
    )
    verbs = ("went on to say", "added", "later said")
    clauses = ("the insurers had raised the premium again", "the upper station had been repainted")
    combos = itertools.product(people, verbs, clauses, CLAIMS[:2], TURN_MARKS)
    for (name, pronoun), verb, clause, claim, (mark, close) in sample(combos, 180, "r33main-went-on"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{q} {name} said. {pronoun} {verb} that {clause}."
        yield Case(
            "", verb.split()[0], text, [Expect(q, "direct", name), Expect(f"that {clause}", "indirect", name)]
        )


def it_in_its_sentence() -> Iterator[Case]:
    """BODY1 endorsed NAME last week. BODY2 lost customers after it said C. / Protesters picketed
    BODY2 after it said C. -> BODY2 (the pronoun's own sentence outranks the body that spoke
    before)."""
    firsts = ("The Harbour Gazette", "The Tarnby Evening Post", "Norland Broadcasting")
    seconds = ("Kestrel Ferries", "Carrow Rail", "Skelvoe Water Company", "Dunmore Bus Lines")
    frames = (
        "{b} lost customers after it said",
        "Protesters picketed {b} after it said",
        "{b} apologised because it said",
        "Shares in {b} fell when it warned",
    )
    clauses = ("fares would rise in May", "the line would close for repairs", "its costs had doubled")
    combos = itertools.product(firsts, seconds, frames, clauses)
    for first, second, frame, clause in sample(combos, 200, "r33main-it-sentence"):
        text = f"{first} endorsed Ana Berg last week. {frame.format(b=second)} {clause}."
        yield Case("", frame.split()[1], text, [Expect(clause, "indirect", second)], exact=False)


def addressee_participle() -> Iterator[Case]:
    """NAME told reporters gathered outside BODY that C. -> C from *that* (a participle phrase
    modifies the addressee)."""
    participles = ("gathered outside", "waiting at", "assembled in front of", "standing near")
    clauses = ("the fencing would be moved back", "the old bookmobile had failed its inspection")
    combos = itertools.product(LISTED, participles, clauses)
    for (name, _, body), participle, clause in sample(combos, 96, "r33main-addressee-participle"):
        text = f"{name} told reporters {participle} the {body} that {clause}."
        yield Case("", participle.split()[0], text, [Expect(f"that {clause}", "indirect", name)])


def scare_word_after_credit() -> Iterator[Case]:
    """ "Q," said NAME, ROLE at BODY, standing beside the "temporary" shed. -> Q alone, NAME's; the
    scare-quoted word is no next part of the quotation."""
    words = ("temporary", "improved", "express", "new")
    combos = itertools.product(LISTED, words, CLAIMS, (*TURN_MARKS, ("‘", "’")))
    for (name, role, body), word, claim, (mark, close) in sample(combos, 160, "r33main-scare-after-credit"):
        q = f"{mark}{claim[:-1]},{close}"
        text = f"{q} said {name}, {role} at the {body}, standing beside the {mark}{word}{close} shed."
        yield Case(
            "",
            word,
            text,
            [Expect(q, "direct", name)],
            exact=False,
            wrong_speakers=[(f"{mark}{word}{close}", name)],
        )


def name_given_after() -> Iterator[Case]:
    """ "Q," said the ROLE. Her name is NAME. / A ROLE ... "Q," he said. His name is NAME. / The ROLE
    said C. Later she gave her name as NAME. -> NAME (the sentence after names the speaker)."""
    people = (("Amra Kvitsinia", "she", "Her", "her"), ("Arslanbek Gitinov", "he", "His", "his"))
    roles = ("ice road engineer", "rafting instructor", "fire lookout", "tide miller")
    shapes = ("said_the", "pronoun", "gave_name")
    combos = itertools.product(people, roles, shapes, CLAIMS[:2], TURN_MARKS)
    for (name, pronoun, owner, low_owner), role, shape, claim, (mark, close) in sample(
        combos, 180, "r33main-name-given"
    ):
        q = f"{mark}{claim[:-1]},{close}"
        if shape == "said_the":
            text = (
                f"{q} said the {role}. {owner} name is {name}, and {pronoun} has worked here for six years."
            )
            yield Case("", shape, text, [Expect(q, "direct", name, role)], exact=False)
        elif shape == "pronoun":
            text = f"A {role} was among the first to arrive. {q} {pronoun} said. {owner} name is {name}."
            yield Case("", shape, text, [Expect(q, "direct", name)], exact=False)
        else:
            clause = "the school had taken forty new students"
            text = f"The {role} said {clause}. Later {pronoun} gave {low_owner} name as {name}."
            yield Case("", shape, text, [Expect(clause, "indirect", name)], exact=False)


def fronted_time_before_quotation() -> Iterator[Case]:
    """ "Q1," A said. Minutes later, "Q2," B replied. -> Q2 alone, direct, B's (a fronted time phrase
    is no word of the quotation)."""
    times = ("Minutes later", "A few days later", "The next morning", "Two weeks ago", "Moments later")
    combos = itertools.product(LISTED, times, CLAIMS[:2], TURN_MARKS)
    for (name, _, _), when, claim, (mark, close) in sample(combos, 120, "r33main-fronted-time"):
        other = LISTED[(LISTED.index(next(p for p in LISTED if p[0] == name)) + 1) % len(LISTED)][0]
        q1 = f"{mark}We open at eight,{close}"
        q2 = f"{mark}{claim[:-1]},{close}"
        text = f"{q1} {other} said on Wednesday. {when}, {q2} {name} replied."
        yield Case(
            "", when.split()[0].lower(), text, [Expect(q1, "direct", other), Expect(q2, "direct", name)]
        )


def tour_particle_alone() -> Iterator[Case]:
    """PHOTO: NAME, ROLE, shows a visitor round on Sunday. / NAME showed them round. -> no
    quotation (a tour's particle with no place after it is still a tour)."""
    shown = ("a visitor", "the inspectors", "them", "two new volunteers")
    tails = ("round on Sunday", "round", "around after lunch", "round the mill")
    combos = itertools.product(LISTED, shown, tails, ("photo", "plain"))
    for (name, role, body), who, tail, shape in sample(combos, 120, "r33main-tour-particle"):
        verb = "shows" if shape == "photo" else "showed"
        lead = "PHOTO: " if shape == "photo" else ""
        text = f"{lead}{name}, {role} at the {body}, {verb} {who} {tail}."
        yield Case("", shape, text, [])


def activity_role_apposition() -> Iterator[Case]:
    """NAME, fishing guide (at BODY), said C. -> titled (a gerund of an activity before a role in a
    bare apposition); NAME, speaking to reporters, said C. -> no title."""
    roles = ("fishing guide", "landing steward", "rafting instructor", "climbing coach", "sailing instructor")
    combos = itertools.product(LISTED, roles, ("bare", "body"), CLAIMS[:2])
    for (name, _, body), role, shape, claim in sample(combos, 160, "r33main-activity-role"):
        clause = claim[:-1].lower()
        title = role if shape == "bare" else f"{role} at the {body}"
        text = f"{name}, {title}, said {clause}."
        yield Case("", shape, text, [Expect(clause, "indirect", name, title)])
    for (name, _, _), aside in itertools.product(LISTED, ("speaking to reporters", "waiting for the ferry")):
        text = f"{name}, {aside}, said the line would close."
        yield Case("", "guard", text, [Expect("the line would close", "indirect", name, None)])


def bracketed_role_before_cue() -> Iterator[Case]:
    """ "Q1," NAME (ROLE at BODY) said, "q2." / NAME (ROLE) said C. -> NAME, never the name with its
    brackets (a bracket opens a segment of the source, as a comma does)."""
    combos = itertools.product(LISTED, ("split", "indirect"), TURN_MARKS, ("body", "bare"))
    for (name, role, body), shape, (mark, close), where in sample(combos, 96, "r33main-bracketed-role"):
        inner = f"{role} at the {body}" if where == "body" else role
        if shape == "split":
            q1, q2 = (
                f"{mark}The first thing you learn,{close}",
                f"{mark}is that the weather is in charge.{close}",
            )
            text = f"{q1} {name} ({inner}) said, {q2}"
            yield Case("", shape, text, [Expect(text, "direct", name, parts=(q1, q2))], exact=False)
        else:
            clause = "the ferry would run again in May"
            text = f"{name} ({inner}) said {clause}."
            yield Case("", shape, text, [Expect(clause, "indirect", name)], exact=False)


ROUND33_MAIN: tuple[Capability, ...] = (
    named(
        "names.bracketed_role_before_cue",
        "5",
        '"Q1," NAME (ROLE at BODY) said, "q2.": NAME',
        bracketed_role_before_cue,
    ),
    named(
        "titles.activity_role_apposition",
        "6",
        "NAME, fishing guide at BODY, said C.: titled; NAME, speaking to reporters, said C.: none",
        activity_role_apposition,
    ),
    named(
        "notquotes.tour_particle_alone",
        "9",
        "NAME shows a visitor round on Sunday.: nothing",
        tour_particle_alone,
    ),
    named(
        "marks.fronted_time_before_quotation",
        "8",
        'Minutes later, "Q," B replied.: Q alone, direct',
        fronted_time_before_quotation,
    ),
    named(
        "cataphora.name_given_after",
        "4",
        '"Q," said the ROLE. Her name is NAME.: NAME',
        name_given_after,
    ),
    named(
        "cue.addressee_participle",
        "1",
        "NAME told reporters gathered outside BODY that C.: C from that",
        addressee_participle,
    ),
    named(
        "marks.scare_word_after_credit",
        "8",
        '"Q," said NAME, standing beside the "temporary" shed.: Q alone',
        scare_word_after_credit,
    ),
    named(
        "pronouns.it_in_its_sentence",
        "4",
        "BODY1 spoke. BODY2 lost customers after it said C.: BODY2",
        it_in_its_sentence,
    ),
    named(
        "pronouns.went_on_after_quotation",
        "4",
        '"Q," NAME said. He went on to say that C.: NAME',
        went_on_after_quotation,
    ),
    named(
        "titles.compound_agent_role",
        "6",
        "NAME, brake operator, said C.: titled; NAME, however, said C.: no title",
        compound_agent_role,
    ),
    named(
        "sources.unlisted_role_modified",
        "2",
        "C, a guide at the funicular said.: the description",
        unlisted_role_modified,
    ),
    named("names.nickname_marks", "5", "NAME1 „Nick“ NAME2, ROLE, said C.: NAME1 NAME2", nickname_marks),
    named(
        "names.single_official",
        "5",
        '"Q," said a senior official at BODY.: the official, not BODY',
        single_official,
    ),
    named("beats.then_after_beat", "4", 'NAME paused. Then: "Q.": NAME', then_after_beat),
    named(
        "pronouns.relative_clause_rival",
        "4",
        'A, who trained B, watched ... "Q," she said.: A',
        relative_clause_rival,
    ),
    named(
        "nominals.epithet_after_quotation",
        "4",
        'NAME has been ROLE for thirty years. "Q," the veteran said.: NAME',
        epithet_after_quotation,
    ),
    named("titles.origin_in_ese", "6", "NAME, a Yapese ROLE, said C.: titled Yapese ROLE", origin_in_ese),
    named(
        "titles.new_possessed_role",
        "6",
        '"Q," said the BODY\'s new ROLE, NAME.: titled',
        new_possessed_role,
    ),
    named(
        "documents.signed_by_apposition",
        "5",
        "The letter, signed by NAME, ROLE at BODY, said C.: NAME, titled",
        signed_by_apposition,
    ),
    named("titles.works_as", "6", '"Q," said NAME, who works as ROLE at BODY.: titled', works_as_title),
    named(
        "lists.bulleted_items",
        "3",
        'NAME listed two worries: / - "Q1" / - "Q2"; — NAME, ROLE: "Q": NAME',
        bulleted_items,
    ),
    named("lists.dash_credit_line", "3", '"Q." / - NAME.: NAME', dash_credit_line),
    named(
        "colon.role_label_headline",
        "5",
        'Chief auctioneer: "Q" / NAME, chief auctioneer at BODY, said C.: NAME',
        role_label_headline,
    ),
    named("marks.low_marks_sentence", "8", "The „modern“ kiln ... „Q,“ said NAME.: NAME", low_marks_sentence),
    named(
        "transcript.quoted_whole",
        "3",
        'Intro. "HOST: Q1 "GUEST: A1 ... "GUEST: An.": each turn its label\'s full name',
        quoted_transcript,
    ),
    named(
        "titles.verb_after_apposition",
        "6",
        "NAME, the ROLE, sat with NAME2, ROLE2, on DAY.: NAME titled ROLE alone",
        verb_after_apposition,
    ),
    named(
        "transcript.label_quotation_closed",
        "3",
        '"BREAKING: C," NAME wrote.: one quotation, NAME',
        label_quotation_closed,
    ),
)
