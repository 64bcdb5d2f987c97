"""Development capabilities added on main in the forty-eighth round: text as crawlers and exports
deliver it.

* invisible characters and odd spaces inside names, roles and cues (no-break, thin and narrow
  spaces, tabs, the zero-width space and joiners, the word joiner, a byte-order mark, soft
  hyphens): the speaker and title read as printed (before: *Hedda Kva* or *Ana\\xa0Roe*, no title);
* line breaks inside a sentence (after a comma, a quotation's comma, a word no sentence ends with,
  or before a lower-case word), with ``\\n``, ``\\r\\n`` or a lone ``\\r`` (before: the credit cut
  off, the title or the reported clause cut at the break);
* a closing mark typed against the next word (``"C,"she said``, ``'C,'said NAME``, ``"C?"asked
  NAME``; before: one quotation running to the paragraph's end);
* Markdown left in the text: emphasis, block quotes and links (before: no speaker, or the marks
  inside the quotation);
* link lines between paragraphs (*Read more:*, *Related:*, *More:*): no report and no speaker
  (before: *Mayor* or *More* as a speaker);
* typed marks: double primes, accents typed for apostrophes, a name in capitals that the story
  spells later, a body and its role in brackets (before: no quotation, *Brona* as the name, a
  second person in capitals, no title).

People, bodies and sentences of our own. ``captemplates.py`` adds :data:`ROUND48_MESSY` to its
``CAPABILITIES``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from capkit import Capability, Case, Contains, Expect, named, sample
from captemplates38_main import CLAUSES, QUOTES

#: (name, pronoun, surname)
PEOPLE = (
    ("Marit Solberg", "she", "Solberg"),
    ("Tomasz Wilk", "he", "Wilk"),
    ("Adaeze Obi", "she", "Obi"),
    ("Callum Reid", "he", "Reid"),
    ("Ines Ferreira", "she", "Ferreira"),
    ("Pieter Smit", "he", "Smit"),
)
#: (role, body): 'ROLE of BODY'.
POSTS = (
    ("harbour master", "the Port of Dunmere"),
    ("chief executive", "Tallis Grain"),
    ("planning officer", "Eastbrook Council"),
    ("director", "the Corrie Basin Trust"),
    ("chair", "the Wexcombe planning committee"),
)
MARKS = (('"', '"'), ("\u201c", "\u201d"))


def _title(post: tuple[str, str]) -> Contains:
    role, body = post
    return Contains((role, body.removeprefix("the ")))


#: Ways to spoil a name, a role or a cue without changing how it prints.
SPOILERS: tuple[Callable[[str], str], ...] = (
    lambda s: s.replace(" ", "\u00a0"),  # no-break spaces
    lambda s: s.replace(" ", "\u2009"),  # thin spaces
    lambda s: s.replace(" ", "\u202f"),  # narrow no-break spaces
    lambda s: s.replace(" ", "\t"),  # tabs
    lambda s: s.replace(" ", "  "),  # doubled spaces
    lambda s: s[:3] + "\u200b" + s[3:],  # a zero-width space inside the first word
    lambda s: s[:2] + "\u200d" + s[2:],  # a zero-width joiner
    lambda s: s[:4] + "\u00ad" + s[4:],  # a soft hyphen
    lambda s: s[:3] + "\u2060" + s[3:],  # a word joiner
    lambda s: s[:3] + "\ufeff" + s[3:],  # a byte-order mark
)


def invisible_characters() -> Iterator[Case]:
    """A name, its role and its cue spoilt by one of :data:`SPOILERS` (each printing as the clean
    text), in an inverted credit, a colon credit, a reported clause and a pronoun after them."""
    combos = itertools.product(range(6), range(5), range(len(SPOILERS)), range(4), range(2))
    for p, b, sp, shape, m in sample(combos, 320, "r48messy-invisible"):
        name, pronoun, _ = PEOPLE[p]
        post = POSTS[b]
        spoil = SPOILERS[sp]
        left, right = MARKS[m]
        who = f"{spoil(name)}, {spoil(post[0])} of {post[1]},"
        quote = QUOTES[(p + b) % 3]
        if shape == 0:
            content = f"{left}{quote},{right}"
            text = f"{content} said {who[:-1]}."
            expect = Expect(content, "direct", name, title=_title(post), speaker_kind="person")
        elif shape == 1:
            content = f"{left}{quote}.{right}"
            text = f"{who} {spoil('said')}: {content}"
            expect = Expect(content, "direct", name, title=_title(post), speaker_kind="person")
        elif shape == 2:
            content = CLAUSES[b % 3]
            text = f"{who} said {content}."
            expect = Expect(content, "indirect", name, title=_title(post), speaker_kind="person")
        else:
            content = f"{left}{quote},{right}"
            text = f"{who} spoke on Monday. {content} {pronoun} {spoil('said')}."
            expect = Expect(content, "direct", name, title=_title(post), speaker_kind="person")
        yield Case("", f"{shape}", text, [expect])


#: Line ends: a newline, a Windows line end and an old Mac file's carriage return.
BREAKS = ("\n", "\r\n", "\r")


def broken_lines() -> Iterator[Case]:
    """A sentence broken by a line end after a quotation's comma, after *said*, inside a title
    before a lower-case word, after a title's comma and inside a reported clause."""
    combos = itertools.product(range(6), range(5), range(3), range(5), range(2))
    for p, b, br, shape, m in sample(combos, 300, "r48messy-lines"):
        name, _, surname = PEOPLE[p]
        role, body = POSTS[b]
        nl = BREAKS[br]
        left, right = MARKS[m]
        quote = QUOTES[(p + b) % 3]
        title = _title(POSTS[b])
        if shape == 0:
            content = f"{left}{quote},{right}"
            text = f"{content}{nl}said {name}, {role} of {body}."
        elif shape == 1:
            content = f"{left}{quote},{right}"
            text = f"{content} said{nl}{name}, {role} of {body}."
        elif shape == 2:
            content = f"{left}{quote}.{right}"
            text = f"{name}, {role}{nl}of {body}, said: {content}"
        elif shape == 3:
            content = f"{left}{quote}.{right}"
            text = f"{name},{nl}{role} of {body}, said: {content}"
        else:
            clause = CLAUSES[b % 3]
            cut = clause.index(" ", clause.index(" ") + 1)
            content = clause[:cut] + nl + clause[cut + 1 :]
            text = f"{name}, {role} of {body}, said {content}.{nl}{nl}{left}{quote},{right} {surname} added."
            second = Expect(f"{left}{quote},{right}", "direct", name, title=title)
            yield Case("", f"{shape}", text, [Expect(content, "indirect", name, title=title), second])
            continue
        yield Case(
            "", f"{shape}", text, [Expect(content, "direct", name, title=title, speaker_kind="person")]
        )


def glued_marks() -> Iterator[Case]:
    """A closing mark typed against the next word: '"C,"she said', '"C?"asked NAME', British
    ''C,'said NAME', and the quotation after it."""
    questions = ("Who signed off on this", "Why was the pier shut", "When will the buses run")
    combos = itertools.product(range(6), range(5), range(4), range(2))
    for p, b, shape, m in sample(combos, 220, "r48messy-glued"):
        name, pronoun, surname = PEOPLE[p]
        role, body = POSTS[b]
        left, right = MARKS[m]
        quote = QUOTES[(p + b) % 3]
        title = _title(POSTS[b])
        intro = f"{name}, {role} of {body}, spoke on Monday."
        if shape == 0:
            content = f"{left}{quote},{right}"
            text = f"{intro} {content}{pronoun} said."
        elif shape == 1:
            content = f"{left}{questions[p % 3]}?{right}"
            text = f"{content}asked {name}, {role} of {body}."
        elif shape == 2:
            content = f"'{quote},'"
            text = f"{content}said {name}, {role} of {body}. 'We will not wait,' {surname} added."
            second = Expect("'We will not wait,'", "direct", name, title=title)
            yield Case("", f"{shape}", text, [Expect(content, "direct", name, title=title), second])
            continue
        else:
            content = f"{left}{quote},{right}"
            text = f"{content}said {name}, {role} of {body}. The vote is on Friday."
        yield Case(
            "", f"{shape}", text, [Expect(content, "direct", name, title=title, speaker_kind="person")]
        )


def markdown_marks() -> Iterator[Case]:
    """Markdown left in the text: bold or underlined names, an italic quotation, a block quote,
    a link on the name, bold-italic marks round a quotation."""
    combos = itertools.product(range(6), range(5), range(6), range(2))
    for p, b, shape, m in sample(combos, 240, "r48messy-markdown"):
        name, _, _ = PEOPLE[p]
        role, body = POSTS[b]
        left, right = MARKS[m]
        quote = QUOTES[(p + b) % 3]
        title = _title(POSTS[b])
        slug = name.lower().replace(" ", "-")
        if shape == 0:
            content = f"{left}{quote}.{right}"
            text = f"**{name}**, {role} of {body}, said: {content}"
        elif shape == 1:
            content = f"{left}{quote},{right}"
            text = f"*{content}* said {name}, {role} of {body}."
        elif shape == 2:
            content = f"{left}{quote},{right}"
            text = f"The meeting ran late.\n\n> {content} said {name}, {role} of {body}."
        elif shape == 3:
            content = CLAUSES[b % 3]
            text = f"[{name}](/people/{slug}), {role} of {body}, said {content}."
            yield Case("", f"{shape}", text, [Expect(content, "indirect", name, title=title)])
            continue
        elif shape == 4:
            content = f"{left}{quote}.{right}"
            text = f"{name}, {role} of {body}, said: ***{content}***"
        else:
            content = f"{left}{quote}.{right}"
            text = f"__{name}__, {role} of {body}, said: {content}"
        yield Case(
            "", f"{shape}", text, [Expect(content, "direct", name, title=title, speaker_kind="person")]
        )


#: Labels of a link to another story, as sites print them.
LINK_LABELS = ("Read more", "READ MORE", "Related", "RELATED", "More", "See also", "Also read")
#: Headlines of other stories: reports, a colon credit and a quotation.
HEADLINES = (
    "Council says the bridge will stay shut",
    "Mayor vows to fight the closure",
    'Police: "We are still searching"',
    "Ferry firm warns fares will rise",
)


def link_lines() -> Iterator[Case]:
    """A quotation, a link line (a label, a colon and another story's headline), then the
    speaker's next quotation: the link reports nothing and names no speaker."""
    combos = itertools.product(range(6), range(5), range(len(LINK_LABELS)), range(len(HEADLINES)))
    for p, b, lab, h in sample(combos, 220, "r48messy-links"):
        name, _, surname = PEOPLE[p]
        role, body = POSTS[b]
        title = _title(POSTS[b])
        first = f'"{QUOTES[p % 3]},"'
        second = f'"{QUOTES[(p + 1) % 3]},"'
        text = (
            f"{first} said {name}, {role} of {body}.\n\n{LINK_LABELS[lab]}: {HEADLINES[h]}\n\n"
            f"{second} {surname} added."
        )
        expects = [Expect(first, "direct", name, title=title), Expect(second, "direct", name, title=title)]
        yield Case("", f"{lab}", text, expects)


#: (name, accepted spellings) with an accent typed for the apostrophe.
APOSTROPHE_NAMES = (
    ("Niamh O\u00b4Driscoll", ("Niamh O'Driscoll", "Niamh O\u00b4Driscoll")),
    ("Luca D`Amico", ("Luca D'Amico", "Luca D`Amico")),
    ("Roisin O`Keeffe", ("Roisin O'Keeffe", "Roisin O`Keeffe")),
)


def typed_marks() -> Iterator[Case]:
    """Double primes for marks, an accent for an apostrophe in a name, a name in capitals that
    the story spells after it, and a panel line's body and role in brackets."""
    combos = itertools.product(range(6), range(5), range(4))
    for p, b, shape in sample(combos, 120, "r48messy-typed"):
        name, _, _ = PEOPLE[p]
        role, body = POSTS[b]
        title = _title(POSTS[b])
        quote = QUOTES[(p + b) % 3]
        if shape == 0:
            content = f"\u2033{quote},\u2033"
            text = f"{content} said {name}, {role} of {body}."
            expect = Expect(content, "direct", name, title=title)
        elif shape == 1:
            typed, spellings = APOSTROPHE_NAMES[p % 3]
            content = f"'{quote}.'"
            text = f"{typed}, {role} of {body}, said: {content}"
            expect = Expect(content, "direct", spellings, title=title)
        elif shape == 2:
            content = f'"{quote}."'
            text = f"{name.upper()}: {content}\n\n{name}, {role} of {body}, spoke at the hearing on Monday."
            expect = Expect(content, "direct", name, title=title)
        else:
            content = f'"{quote}."'
            text = f"{name} ({body.removeprefix('the ')} {role}): {content}"
            expect = Expect(content, "direct", name, title=title)
        yield Case("", f"{shape}", text, [expect])


ROUND48_MESSY: tuple[Capability, ...] = (
    named("messy.invisible_characters", "5", "Ana\\u200bRoe, the may\\u00ador, said", invisible_characters),
    named("messy.broken_lines", "5", '"C,"\\nsaid NAME, ROLE\\nof BODY', broken_lines),
    named("messy.glued_marks", "8", "\"C,\"she said; 'C,'said NAME", glued_marks),
    named("messy.markdown_marks", "5", '**NAME**, ROLE, said; *"C,"* said NAME; > "C"', markdown_marks),
    named("messy.link_lines", "7", "Read more: HEADLINE between quotations", link_lines),
    named("messy.typed_marks", "8", "double primes, O\\u00b4Driscoll, NAME IN CAPITALS:", typed_marks),
)
