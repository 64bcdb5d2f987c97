"""Development capabilities added on main in the forty-sixth round.

* *BODY ROLE NAME said C*, the body's name holding *for* (and maybe an *and* after it): *Institute
  for Fiscal Research director NAME*, *the Institute for Soil and Water Studies director NAME* (before:
  the speaker *Institute for ... NAME*, an organisation, or the title cut after *for*);
* *RANK NAME, ROLE of BODY, said*, the rank of two words (*Rear Admiral*, *Wing Commander*, *Lance
  Corporal*): the role with its body is the title to print, as after a one-word rank (before: the
  rank alone);
* *ROLE NAME of the A-B BODY said*: a hyphen inside the body's name (*the Al-Noor Mosque*, *the
  Kestrel-Vale Trust*) keeps the whole name in the title (before: *Imam of the Al*);
* *The NOUN's new ROLE NAME said*: *new* modifies a role as *former* does (before: the role alone);
* *NAME, the ROLE of the study and an ecologist at BODY, said* / *NAME, the former mayor and now a
  lecturer at BODY, said*: a second role of an agent noun the lexicon lacks, or after *now*, is
  part of the title (before: the first role alone);
* *Police spokeswoman Sgt. NAME said*: a police or military rank after a role is the address, not
  the title (before: *Police spokeswoman Sgt.*); two ranks stay one title (*Detective Sgt.*);
* *NAME said talks continued.*: a verb of going on after a lower-case noun ends the reported
  clause (before: no quotation); *"C," NAME continued.* stays a credit.

People, places and bodies of our own. ``captemplates.py`` adds :data:`ROUND46_MAIN` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, MARKS, QUOTES

#: People by gender, given names the registration lists hold.
WOMEN = ("Henrike Asmussen", "Rosalind Achterberg", "Beatriz Quintero", "Noor Haddadin")
MEN = ("Lorcan Mulcahy", "Tobias Reinholt", "Emeka Okonkwo", "Stellan Brevik")
#: Bodies whose names hold *for*, some an *and* after it.
FOR_BODIES = (
    "Institute for Fiscal Research",
    "Centre for Coastal Studies",
    "Department for Rural Affairs",
    "Institute for Soil and Water Studies",
    "Council for Arts and Heritage",
    "Office for Road and Rail Safety",
)
#: Roles written between a body and a name.
PRE_ROLES = ("director", "spokeswoman", "chief economist", "research director", "press officer")


def _person(k: int) -> str:
    return (WOMEN + MEN)[k % 8]


def for_body_pretitles() -> Iterator[Case]:
    """(The) BODY-with-for ROLE NAME said C. / "C," said BODY ROLE NAME. -> NAME, BODY ROLE."""
    combos = itertools.product(range(6), range(5), range(8), range(2), range(3))
    for b, r, p, the, shape in sample(combos, 240, "r46main-forbody"):
        body, role, name = FOR_BODIES[b], PRE_ROLES[r], _person(p)
        article = "The " if the else ""
        title = Contains(f"{body} {role}")
        if shape < 2:
            clause = CLAUSES[(b + r) % 3]
            text = f"{article}{body} {role} {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=title, speaker_kind="person")
        else:
            left, right = MARKS[(b + p) % 4]
            content = f"{left}{QUOTES[(r + p) % 3]},{right}"
            text = f"{content} said {article.lower()}{body} {role} {name}."
            expect = Expect(content, "direct", name, title=title, speaker_kind="person")
        yield Case("", f"{shape}", text, [expect], wrong_speakers=[(expect.content, body)])


#: Ranks of two words (AP Stylebook "military titles").
COMPOUND_RANKS = (
    "Rear Admiral",
    "Vice Admiral",
    "Lance Corporal",
    "Flight Lieutenant",
    "Wing Commander",
    "Master Sergeant",
    "Air Marshal",
)
#: (role, body) of an apposition after a ranked name.
RANKED_ROLES = (
    ("commander", "the Northern Fleet task group"),
    ("spokesman for", "the Joint Logistics Command"),
    ("head of", "the Brevik Air Station medical unit"),
    ("deputy director of", "the Defence Mapping Agency"),
)


def compound_rank_appositions() -> Iterator[Case]:
    """RANK RANK NAME, ROLE of BODY, said C / "C," said RANK RANK NAME, ROLE of BODY. -> ROLE of BODY."""
    combos = itertools.product(range(7), range(4), range(8), range(2))
    for k, r, p, shape in sample(combos, 200, "r46main-ranks"):
        rank, name = COMPOUND_RANKS[k], _person(p)
        role, body = RANKED_ROLES[r]
        apposition = f"{role} {body}" if role.endswith((" for", " of")) else f"{role} of {body}"
        title = Contains((role.split()[0], body.removeprefix("the ")))
        if shape == 0:
            clause = CLAUSES[(k + r) % 3]
            text = f"{rank} {name}, {apposition}, said {clause}."
            expect = Expect(clause, "indirect", name, title=title)
        else:
            left, right = MARKS[(k + p) % 4]
            content = f"{left}{QUOTES[(r + p) % 3]},{right}"
            text = f"{content} said {rank} {name}, {apposition}."
            expect = Expect(content, "direct", name, title=title)
        yield Case("", f"{shape}", text, [expect])


#: (role before the name, body with a hyphen inside its name).
HYPHEN_BODIES = (
    ("Imam", "the Al-Noor Mosque"),
    ("Pastor", "the Saint-Aubin Chapel"),
    ("Professor", "the Kestrel-Vale Institute"),
    ("Dr.", "the Ravensworth-Hale Clinic"),
    ("Rabbi", "the Beth-El Congregation"),
)


def hyphenated_bodies() -> Iterator[Case]:
    """ROLE NAME of the A-B BODY said C. / "C," said ROLE NAME of the A-B BODY. -> the whole body."""
    combos = itertools.product(range(5), range(8), range(2), range(3))
    for b, p, shape, q in sample(combos, 160, "r46main-hyphen"):
        role, body = HYPHEN_BODIES[b]
        name = _person(p)
        title = Contains(body.removeprefix("the "))
        if shape == 0:
            clause = CLAUSES[q]
            text = f"{role} {name} of {body} said {clause}."
            expect = Expect(clause, "indirect", name, title=title)
        else:
            left, right = MARKS[(b + q) % 4]
            content = f"{left}{QUOTES[q]},{right}"
            text = f"{content} said {role} {name} of {body}."
            expect = Expect(content, "direct", name, title=title)
        yield Case("", f"{shape}", text, [expect])


#: Common nouns of a body that own a post ('the club's new manager').
OWNERS = ("club", "company", "museum", "union", "hospital", "orchestra")
NEW_ROLES = ("manager", "chief executive", "director", "conductor", "head coach")


def new_possessed_roles() -> Iterator[Case]:
    """The NOUN's new ROLE NAME said C. / "C," said the NOUN's new ROLE NAME. -> "NOUN's new ROLE"."""
    combos = itertools.product(range(6), range(5), range(8), range(2))
    for o, r, p, shape in sample(combos, 160, "r46main-new"):
        owner, role, name = OWNERS[o], NEW_ROLES[r], _person(p)
        title = Contains(f"{owner}'s new {role}")
        if shape == 0:
            clause = CLAUSES[(o + r) % 3]
            text = f"The {owner}'s new {role} {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=title)
        else:
            left, right = MARKS[(o + p) % 4]
            content = f"{left}{QUOTES[(r + p) % 3]},{right}"
            text = f"{content} said the {owner}'s new {role} {name}."
            expect = Expect(content, "direct", name, title=title)
        yield Case("", f"{shape}", text, [expect])


#: (first role, agent noun of a second role the lexicon lacks, body of the second).
SECOND_ROLES = (
    ("lead author of the study", "ecologist", "Halvard University"),
    ("chair of the inquiry", "hydrologist", "the Tarn Valley Institute"),
    ("founder of the festival", "glassblower", "the Murrow Street Studios"),
    ("captain of the crew", "oceanographer", "the Brevik Marine Station"),
)


def open_second_roles() -> Iterator[Case]:
    """NAME, the ROLE1 and an AGENT at BODY, said C. / "C," said NAME, the former mayor and now a
    lecturer at BODY. -> the title holds the second role and its body."""
    combos = itertools.product(range(4), range(8), range(2), range(3))
    for r, p, shape, q in sample(combos, 160, "r46main-second"):
        first, agent, body = SECOND_ROLES[r]
        name = _person(p)
        if shape == 0:
            article = "an" if agent[0] in "aeiou" else "a"
            apposition, second = f"the {first} and {article} {agent} at {body}", agent
        else:
            apposition, second = f"the former mayor and now a lecturer at {body}", "lecturer"
        title = Contains((second, body.removeprefix("the ")))
        left, right = MARKS[(r + q) % 4]
        if q == 0:
            clause = CLAUSES[(r + p) % 3]
            text = f"{name}, {apposition}, said {clause}."
            expect = Expect(clause, "indirect", name, title=title)
        else:
            content = f"{left}{QUOTES[(r + p) % 3]},{right}"
            text = f"{content} said {name}, {apposition}."
            expect = Expect(content, "direct", name, title=title)
        yield Case("", f"{shape}{q}", text, [expect])


#: (role before a rank, rank) and the title to print.
ROLE_RANKS = (
    ("Police spokeswoman", "Sgt."),
    ("Police spokesman", "Insp."),
    ("Army spokesman", "Capt."),
    ("Fire service spokeswoman", "Lt."),
    ("Navy spokesman", "Cpl."),
)
#: Two ranks, one title: printed whole.
DOUBLE_RANKS = ("Detective Sgt.", "Detective Insp.", "Det. Sgt.")


def ranks_after_roles() -> Iterator[Case]:
    """ROLE RANK NAME said C. -> title ROLE (the rank only addresses). Control: RANK RANK NAME said C
    -> title both ranks."""
    combos = itertools.product(range(8), range(8), range(3))
    for k, p, q in sample(combos, 160, "r46main-ranks-after"):
        name, clause = _person(p), CLAUSES[q]
        if k < len(ROLE_RANKS):
            role, rank = ROLE_RANKS[k]
            text = f"{role} {rank} {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=role)
        else:
            ranks = DOUBLE_RANKS[k - len(ROLE_RANKS)]
            text = f"{ranks} {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=ranks)
        yield Case("", f"{k}", text, [expect])


#: (subject of a verb of going on, its verb).
GOING_ON = (
    ("talks", "continued"),
    ("the search", "continued"),
    ("the inquiry", "concluded"),
    ("repairs", "continued"),
    ("the hearing", "concludes"),
    ("work on the pier", "continues"),
)


def going_on_clauses() -> Iterator[Case]:
    """NAME said THING continued. -> an indirect quote by NAME. Control: "C," NAME continued. ->
    a direct quote by NAME (the verb still a cue after a name)."""
    combos = itertools.product(range(6), range(8), range(2), range(4))
    for g, p, shape, m in sample(combos, 160, "r46main-going-on"):
        name = _person(p)
        thing, verb = GOING_ON[g]
        if shape == 0:
            clause = f"{thing} {verb}"
            text = f"{name} said {clause}."
            yield Case("", "report", text, [Expect(clause, "indirect", name)])
        else:
            left, right = MARKS[m]
            first, second = f"{left}{QUOTES[g % 3]},{right}", f"{left}{QUOTES[(g + 1) % 3]},{right}"
            text = f"{first} {name} said. {second} {name.split()[1]} continued."
            expects = [Expect(first, "direct", name), Expect(second, "direct", name)]
            yield Case("", "credit", text, expects)


#: (sentence naming a body, common noun a post's possessor uses for it, body's name as printed).
OWNED_BODIES = (
    ("Halvard Biosciences recalled a batch of test kits on Monday.", "company", "Halvard Biosciences"),
    ("The case opened at the Corrow Crown Court on Monday.", "court", "Corrow Crown Court"),
    ("The Brennick Opera House cancelled its spring season on Monday.", "theatre", "Brennick Opera House"),
    (
        "The Office for Water Standards fined Tarn Dairies on Monday.",
        "regulator",
        "Office for Water Standards",
    ),
    ("The Saltmarsh Rovers lost their fourth match in a row on Monday.", "club", "Saltmarsh Rovers"),
)
OWNED_POSTS = ("chief executive", "deputy chair", "head of communications", "senior counsel")


def possessed_body_posts() -> Iterator[Case]:
    """BODY did X. The NOUN's POST, NAME, said: "C." / "C," said NAME, the NOUN's POST. -> POST of
    BODY. Control: no body named before -> the possessed post as written."""
    combos = itertools.product(range(5), range(4), range(8), range(3))
    for b, r, p, shape in sample(combos, 200, "r46main-owned"):
        lead, noun, body = OWNED_BODIES[b]
        post, name = OWNED_POSTS[r], _person(p)
        left, right = MARKS[(b + p) % 4]
        if shape == 0:
            content = f"{left}{QUOTES[(b + r) % 3]}.{right}"
            text = f"{lead} The {noun}'s {post}, {name}, said: {content}"
            title: Contains | str = Contains((post, body))
        elif shape == 1:
            content = f"{left}{QUOTES[(b + r) % 3]},{right}"
            text = f"{lead} {content} said {name}, the {noun}'s {post}."
            title = Contains((post, body))
        else:
            content = f"{left}{QUOTES[(b + r) % 3]},{right}"
            text = f"{content} said {name}, the {noun}'s {post}."
            title = f"{noun}'s {post}"
        yield Case("", f"{shape}", text, [Expect(content, "direct", name, title=title)], exact=shape == 2)


#: Ranks before a name, and the bodies or places after it.
RANKED = ("Chief Inspector", "Detective Sergeant", "Commodore", "Sen.", "Rep.")
AFTER_RANK = ("the Corrow Valley Police", "the Saltmarsh Fire Service", "the Brevik Navy", "Ohio", "Vermont")


def ranks_with_bodies() -> Iterator[Case]:
    """RANK NAME(,) of BODY(,) said C. -> RANK and BODY; a legislator's RANK NAME of PLACE said C -> the
    rank alone (the constituency)."""
    combos = [
        c for c in itertools.product(range(5), range(5), range(8), range(2)) if (c[0] > 2) == (c[1] > 2)
    ]
    for k, a, p, comma in sample(combos, 200, "r46main-rank-body"):
        rank, what, name = RANKED[k], AFTER_RANK[a], _person(p)
        clause = CLAUSES[(k + a) % 3]
        of = f", of {what}," if comma else f" of {what}"
        text = f"{rank} {name}{of} said {clause}."
        body = what.startswith("the ")
        title: Contains | str = Contains((rank, what.removeprefix("the "))) if body else rank
        yield Case("", f"{int(body)}{comma}", text, [Expect(clause, "indirect", name, title=title)])


#: (part in a study, post with its body).
STUDY_PARTS = (
    ("The study's senior author", "a soil scientist at the Brevik Institute"),
    ("Co-author", "a research fellow at Saltmarsh University"),
    ("The report's lead author", "an economist at the Tarn Policy Centre"),
)


def study_parts_and_posts() -> Iterator[Case]:
    """PART, NAME, POST at BODY, said: "C." -> the post at the body (a part in a study is no post)."""
    combos = itertools.product(range(3), range(8), range(4))
    for s, p, m in sample(combos, 96, "r46main-study"):
        part, post = STUDY_PARTS[s]
        name = _person(p)
        left, right = MARKS[m]
        content = f"{left}{QUOTES[(s + p) % 3]}.{right}"
        role, body = post.split(" at ")
        text = f"{part} {name}, {post}, said: {content}"
        yield Case(
            "", f"{s}", text, [Expect(content, "direct", name, title=Contains((role.split()[-1], body)))]
        )


#: Relative clauses that state a post: (clause, role and body to contain).
RELATIVE_POSTS = (
    ("who until last month was a chemist at the Brevik Institute", ("chemist", "Brevik Institute")),
    ("who since 2019 has been the head teacher at Saltmarsh Primary", ("head teacher", "Saltmarsh Primary")),
    ("who previously was a planner at Tarn Council", ("planner", "Tarn Council")),
    ("who coaches the Saltmarsh Rovers under-16 side", ("coach", "Saltmarsh Rovers under-16 side")),
    ("who chairs the Brevik Harbour Trust finance committee", ("chair", "Brevik Harbour Trust")),
)


def relative_clause_posts() -> Iterator[Case]:
    """NAME, CLAUSE, said C / "C," said NAME, CLAUSE. -> the post the clause states."""
    combos = itertools.product(range(5), range(8), range(2))
    for r, p, shape in sample(combos, 120, "r46main-relative"):
        clause, parts = RELATIVE_POSTS[r]
        name = _person(p)
        if shape == 0:
            content = CLAUSES[(r + p) % 3]
            text = f"{name}, {clause}, said {content}."
            yield Case("", "0", text, [Expect(content, "indirect", name, title=Contains(parts))])
        else:
            left, right = MARKS[(r + p) % 4]
            content = f"{left}{QUOTES[r % 3]},{right}"
            text = f"{content} said {name}, {clause}."
            yield Case("", "1", text, [Expect(content, "direct", name, title=Contains(parts))])


#: (post written after the quotation, with *is*/*has been*, and what the title holds).
LATER_POSTS = (
    ("is the harbour master at Saltmarsh Quay", ("harbour master", "Saltmarsh Quay")),
    ("is the vice-chair of the Brevik Planning Board", ("vice-chair", "Brevik Planning Board")),
    ("has been the head of the Tarn Food Bank since 2021", ("head", "Tarn Food Bank")),
)
#: Full names with a suffix or particles, and the surname a later sentence uses with its honorific.
LATER_NAMES = (
    ("Lorcan Mulcahy", "Mulcahy"),
    ("Henrike van Asmussen", "Ms. van Asmussen"),
    ("Tobias Reinholt Jr.", "Mr. Reinholt"),
    ("Beatriz Quintero", "Quintero"),
)


def surname_copular_posts() -> Iterator[Case]:
    """ "C," FULL said. SURNAME is the ROLE of BODY. -> FULL with that post (the post stated after)."""
    combos = itertools.product(range(3), range(4), range(4))
    for r, n, m in sample(combos, 48, "r46main-later-post"):
        post, parts = LATER_POSTS[r]
        full, short = LATER_NAMES[n]
        left, right = MARKS[m]
        content = f"{left}{QUOTES[(r + n) % 3]},{right}"
        text = f"{content} {full} said. {short} {post}."
        yield Case("", f"{r}", text, [Expect(content, "direct", full, title=Contains(parts))])


#: Capacities after the cue ('speaking as ...') and what the title holds.
CAPACITIES = (
    ("speaking as the chair of the Tarn Residents Association", ("chair", "Tarn Residents Association")),
    ("speaking as commander of the 2nd Signal Regiment", ("commander", "2nd Signal Regiment")),
    ("writing as the editor of the Saltmarsh Courier", ("editor", "Saltmarsh Courier")),
)


def capacities_after_cue() -> Iterator[Case]:
    """NAME said, speaking as ROLE of BODY, that C. -> NAME with that post."""
    combos = itertools.product(range(3), range(8), range(3))
    for c, p, q in sample(combos, 72, "r46main-capacity"):
        capacity, parts = CAPACITIES[c]
        name = _person(p)
        content = f"that {CLAUSES[q]}"
        text = f"{name} said, {capacity}, {content}."
        yield Case("", f"{c}", text, [Expect(content, "indirect", name, title=Contains(parts))])


#: Teams before a hyphenated position, and lower-case pre-titles with a cue verb's spelling.
TEAMS = ("Saltmarsh Rovers", "Brevik", "Tarn Valley Otters")
POSITIONS = ("fly-half", "centre-back", "full-back", "scrum-half")
STATE_TITLES = ("state epidemiologist", "State epidemiologist", "state hydrologist", "county toxicologist")


def team_and_state_pretitles() -> Iterator[Case]:
    """TEAM POSITION NAME said C. -> 'TEAM POSITION'; "C," said state epidemiologist NAME. / State
    epidemiologist NAME, 52, said: "C." -> NAME (the verb's spelling *state* modifies the role)."""
    combos = itertools.product(range(3), range(4), range(8), range(3))
    for t, k, p, shape in sample(combos, 144, "r46main-teams"):
        name = _person(p)
        left, right = MARKS[(t + p) % 4]
        if shape == 0:
            clause = CLAUSES[(t + k) % 3]
            text = f"{TEAMS[t]} {POSITIONS[k]} {name} said {clause}."
            expect = Expect(clause, "indirect", name, title=Contains(f"{TEAMS[t]} {POSITIONS[k]}"))
        elif shape == 1:
            content = f"{left}{QUOTES[(t + k) % 3]},{right}"
            role = STATE_TITLES[k].lower() if k != 1 else "state epidemiologist"
            text = f"{content} said {role} {name}."
            expect = Expect(content, "direct", name, title=Contains(role))
        else:
            content = f"{left}{QUOTES[(t + k) % 3]}.{right}"
            role = STATE_TITLES[k][:1].upper() + STATE_TITLES[k][1:]
            text = f"{role} {name}, {52 + t}, said: {content}"
            expect = Expect(content, "direct", name, title=Contains(role.lower()))
        yield Case("", f"{shape}", text, [expect])


#: Appositions with a second role or a body's *and*, and what the title holds.
JOINED_TITLES = (
    (
        "a former finance director of Tarn Ferries and now chief executive of Brevik Air",
        ("chief executive", "Brevik Air"),
    ),
    (
        "the chair and co-founder of the Saltmarsh Reading Trust",
        ("chair", "co-founder", "Saltmarsh Reading Trust"),
    ),
    (
        "a lecturer in law and ethics at Saltmarsh University",
        ("lecturer in law and ethics", "Saltmarsh University"),
    ),
    (
        "the lead author of the survey and a geologist at the Institute for Coast and Flood Studies",
        ("geologist", "Institute for Coast and Flood Studies"),
    ),
    ("the special envoy for the Brevik Strait talks", ("special envoy", "Brevik Strait talks")),
)


def joined_appositions() -> Iterator[Case]:
    """NAME, JOINED APPOSITION, said: "C." / "C," said NAME, JOINED APPOSITION. -> the whole title."""
    combos = itertools.product(range(5), range(8), range(2), range(4))
    for a, p, shape, m in sample(combos, 160, "r46main-joined"):
        apposition, parts = JOINED_TITLES[a]
        name = _person(p)
        left, right = MARKS[m]
        if shape == 0:
            content = f"{left}{QUOTES[(a + p) % 3]}.{right}"
            text = f"{name}, {apposition}, said: {content}"
        else:
            content = f"{left}{QUOTES[(a + p) % 3]},{right}"
            text = f"{content} said {name}, {apposition}."
        yield Case("", f"{a}{shape}", text, [Expect(content, "direct", name, title=Contains(parts))])


ROUND46_MAIN: tuple[Capability, ...] = (
    named("title.for_body_pretitles", "6", "Institute for X Studies director NAME said", for_body_pretitles),
    named("title.compound_ranks", "6", "Rear Admiral NAME, commander of X, said", compound_rank_appositions),
    named("title.hyphenated_bodies", "6", "Imam NAME of the Al-Noor Mosque said", hyphenated_bodies),
    named("title.new_possessed_roles", "6", "The club's new manager NAME said", new_possessed_roles),
    named("title.open_second_roles", "6", "NAME, the X and an ecologist at Y, said", open_second_roles),
    named("title.ranks_after_roles", "6", "Police spokeswoman Sgt. NAME said", ranks_after_roles),
    named("content.going_on_clauses", "2", "NAME said talks continued.", going_on_clauses),
    named(
        "title.possessed_body_posts", "6", "BODY did X. The company's POST, NAME, said", possessed_body_posts
    ),
    named("title.ranks_with_bodies", "6", "Chief Inspector NAME, of the X Police, said", ranks_with_bodies),
    named(
        "title.study_parts_and_posts",
        "6",
        "The study's senior author, NAME, a X at Y, said",
        study_parts_and_posts,
    ),
    named(
        "title.relative_clause_posts",
        "6",
        "NAME, who until last month was a X at Y, said",
        relative_clause_posts,
    ),
    named(
        "title.surname_copular_posts", "6", "'C,' FULL said. SURNAME is the ROLE of X.", surname_copular_posts
    ),
    named(
        "title.capacities_after_cue", "6", "NAME said, speaking as ROLE of X, that C", capacities_after_cue
    ),
    named(
        "title.team_and_state_pretitles",
        "6",
        "Rovers fly-half NAME / said state epidemiologist NAME",
        team_and_state_pretitles,
    ),
    named("title.joined_appositions", "6", "NAME, a former X and now Y of Z, said", joined_appositions),
)
