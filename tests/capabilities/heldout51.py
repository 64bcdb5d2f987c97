"""Fifty-first held-out round: capabilities written at commit ``60d6d30f`` by a helper (``hcap57``) who did
not read quotex's rule modules or the development capability files, and run once.

The templates cross fillers of their own (``heldout51data.py``: eighteen invented people and six whose
surnames hold an apostrophe (*Brona O'Tierney*, *Anselm D'Arcangelo*, *Fenella D'Souza*, *Teodor Dell'Orso*,
*Awa N'Dione*, *Lorcan O'Meagher*), each with a gender; twelve roles across politics, business, courts, sport,
local government and science, written after a name and before it; quotations (some with contractions),
reported clauses, fragments, narrative sentences, social posts with emoji and hashtags; invented outlets, wire
agencies, staff, headlines, handles and the boilerplate a crawler keeps) as a round of SCRAPED AND MESSY TEXT:
the same kinds of news as it reaches a pipeline from crawlers, CMS exports and wire feeds. Every case is first
written clean (one to five sentences, one to three people) and then made messy by edits whose offsets are
tracked, so that every quotation's content is located in the messy text itself and keeps the answer the clean
text gets: the content (the marks and the words inside them for a direct quotation; the reported clause, with
or without its *that*, for an indirect one), the kind, the canonical full name and, whenever the text states
one, the title (`Contains` of the role noun and each affiliation, compared with whitespace collapsed, as the
kit compares names), with `wrong_speakers` for every other person, body, outlet, agency, staff member and
handle, and `forbidden` boilerplate.

Conventions: the canonical name is the clean name (no zero-width characters, soft hyphens or markup such as
`**`; any whitespace between its words; case ignored, so an ALL-CAPS label is the name); a name with an
apostrophe is accepted with any apostrophe character (`O'Tierney`, `O’Tierney`, ``D`Souza``); content runs
from the opening mark to the closing one whatever the marks (``` ``C'' ```, `«C»`, `„C“`, `″C″`), with any
line break, invisible character or odd space inside it; an insertion at a content boundary is outside it; a
quotation continued over paragraphs may be one span or its parts; a transcript turn without marks is direct,
with or without its final stop; boilerplate lines are no speakers and sit in no quotation.

1. hard-wrapped lines: a newline every 58-76 characters inside sentences, names and quotations, with trailing
   spaces or indented continuation lines (`hard_wrapped`);
2. Windows CRLF line endings, lone CR and mixed endings, with and without hard wraps (`crlf_cr`);
3. zero-width spaces and joiners, byte-order marks and soft hyphens inside names, cues and quotations
   (`invisible_chars`);
4. no-break, thin and narrow no-break spaces, tabs and doubled spaces in names, credits and quotations
   (`odd_spaces`);
5. a missing space after a closing mark, a comma or a colon (`"C,"she said`), a space before punctuation and
   inside marks (`spacing_punct`);
6. mixed mark styles in one article: straight, curly, British single, primes, ``` ``PTB'' ```, guillemets both
   ways, German low-high marks (`mixed_marks`);
7. apostrophes written `’ ' ` ´` in names and in contractions, inside double and single marks (`apostrophes`);
8. boilerplate between paragraphs (advertisement lines, share and newsletter prompts, `Read more:`/`Related:`
   links, photo captions with credits, copyright lines), across a credit that spans it and inside a quotation
   continued over paragraphs (`boilerplate`);
9. ALL-CAPS names in lead-ins, kickers and transcripts (`caps_transcripts`);
10. bullet lists (`•`, `-`, `*`, `–`, numbers) of quotations and reports with credits (`bullet_lists`);
11. quoted social posts with emoji, hashtags and handles (`social_posts`);
12. plain-text markup: `**bold**`, `__name__`, `*"C,"*`, `> ` blockquotes, `[NAME](/link)` (`markup`);
13. each messy case paired with its clean twin, both with the same key (`clean_vs_messy`);
14. controls: boilerplate with marks (`"Top stories"`), captions that quote nobody, bylines, ALL-CAPS
    datelines and agency credits, beside one real quotation or none (`controls`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from attrs import field, frozen
from capkit import ANY, Capability, Case, Contains, Expect, TitleSpec, named, sample, unique_texts
from heldout51data import (
    AGENCIES51,
    APOS51,
    BOILER51,
    CLAUSES51,
    DAYS51,
    FRAGS51,
    HANDLES51,
    HEADLINES51,
    MARKED_BOILER51,
    NARRATIVE51,
    OUTLETS51,
    P51,
    PEOPLE51,
    POSTS51,
    QUOTES51,
    ROLES51,
    STAFF51,
    TOWNS51,
    Role51,
)
from heldout_kit import k as _k
from heldout_kit import pick as _pick

from quotex import Quote, extract_quotes

EVERYONE = PEOPLE51 + APOS51
_APOS = ("'", "\u2019", "`", "\u00b4", "\u2018", "\u02bc")


def _ws(value: str) -> str:
    return re.sub(r"\s+", " ", value).lower()


@frozen
class Has(Contains):
    """`Contains` with whitespace collapsed (a title may hold a line break or a no-break space)."""

    def matches(self, title: str | None) -> bool:
        return title is not None and all(_ws(p) in _ws(title) for p in self.parts)


def _t(role: Role51) -> Has:
    return Has(role.parts)


def _acc(p: P51) -> tuple[str, ...]:
    """The names a key accepts: the clean name, with any apostrophe character."""
    if "'" not in p.full:
        return (p.full,)
    return tuple(p.full.replace("'", a) for a in _APOS)


# --- clean stories ------------------------------------------------------------------------------------------


@frozen
class Spec:
    """One quotation of a clean story: its equally right contents with their kinds (first preferred), or the
    parts of a quotation continued over paragraphs; its speaker (None: no one) and title."""

    options: tuple[tuple[str, tuple[str, ...]], ...]
    who: P51 | None
    title: TitleSpec = ANY
    parts: tuple[str, ...] = ()


def _d(content: str, who: P51 | None, title: TitleSpec = ANY) -> Spec:
    return Spec(((content, ("direct",)),), who, title)


def _r(clause: str, who: P51, title: TitleSpec = ANY) -> Spec:
    return Spec(((f"that {clause}", ("indirect",)), (clause, ("indirect",))), who, title)


def _mx(clause: str, who: P51, title: TitleSpec = ANY) -> Spec:
    return Spec(((f"that {clause}", ("mixed",)), (clause, ("mixed",))), who, title)


def _turn(answer: str, who: P51, title: TitleSpec = ANY) -> Spec:
    """A transcript turn without marks: direct, with or without its final stop."""
    return Spec(((answer, ("direct",)), (answer[:-1], ("direct",))), who, title)


def _grp(parts: Sequence[str], who: P51, title: TitleSpec = ANY) -> Spec:
    return Spec((), who, title, tuple(parts))


def _tup(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class Story:
    """A clean passage: its text, quotations, people and the other names that never speak."""

    text: str
    specs: tuple[Spec, ...]
    people: tuple[P51, ...]
    others: tuple[str, ...] = field(default=(), converter=_tup)
    forbidden: tuple[str, ...] = field(default=(), converter=_tup)


def _qt(n: int, stop: str = ",", pool: str = "any") -> str:
    """A quotation with its stop inside straight double marks from *pool* (`any`; `plain`: no apostrophe;
    `contr`: a contraction)."""
    quotes = [q for q in QUOTES51 if pool == "any" or (("'" in q) == (pool == "contr"))]
    return f'"{_pick(quotes, n)}{stop}"'


def _cl(n: int) -> str:
    return _pick(CLAUSES51, n)


def _opp(a: P51, n: int, pool: Sequence[P51] = EVERYONE) -> P51:
    cands = [p for p in pool if p.gender != a.gender and p != a]
    return _pick(cands, n)


def _role2(ra: Role51, n: int) -> Role51:
    cands = [r for r in ROLES51 if r != ra]
    return _pick(cands, n)


SHAPES = 13


def story(shape: int, a: P51, n: int, *, pool: str = "any") -> Story:
    """Clean story *shape* (0-12) about *a* (and a person of the other gender), filler index *n*."""
    b = _opp(a, n)
    ra = _pick(ROLES51, n)
    rb = _role2(ra, n + 5)
    ta, tb = _t(ra), _t(rb)
    q1, q2 = _qt(n, ",", pool), _qt(n + 3, ".", pool)
    q3 = _qt(n + 7, ".", pool)
    c = _cl(n)
    day = _pick(DAYS51, n)
    others = (*ra.bodies, *rb.bodies)
    if shape == 0:
        return Story(f"{q1} said {a.full}, {ra.after}.", (_d(q1, a, ta),), (a,), others)
    if shape == 1:
        return Story(f"{a.full}, {ra.after}, said: {q2}", (_d(q2, a, ta),), (a,), others)
    if shape == 2:
        return Story(f"{a.full}, {ra.after}, said that {c}.", (_r(c, a, ta),), (a,), others)
    if shape == 3:
        text = f"{a.full}, {ra.after}, said that {c}. {q1} {a.he} added."
        return Story(text, (_r(c, a, ta), _d(q1, a, ta)), (a,), others)
    if shape == 4:
        text = f"{a.full}, {ra.after}, said {c}.\n\n{q1} {a.last} said."
        return Story(text, (_r(c, a, ta), _d(q1, a, ta)), (a,), others)
    if shape == 5:
        text = f"{a.full}, {ra.after}, said that {c}.\n\nBut {b.full}, {rb.after}, disagreed: {q2}"
        return Story(text, (_r(c, a, ta), _d(q2, b, tb)), (a, b), others)
    if shape == 6:
        return Story(f"{ra.pre} {a.full} said: {q2}", (_d(q2, a, ta),), (a,), others)
    if shape == 7:
        obj, frag = _pick(FRAGS51, n)
        clause = f'{obj} was "{frag}"'
        text = f"{a.full}, {ra.after}, said {clause}."
        return Story(text, (_mx(clause, a, ta),), (a,), others)
    if shape == 8:
        text = f"{a.full}, {ra.after}, spoke to reporters on {day}.\n\n{q1} {a.he} said."
        return Story(text, (_d(q1, a, ta),), (a,), others)
    if shape == 9:
        text = f"{q1} {a.full}, {ra.after}, said on {day}.\n\n{b.full}, {rb.after}, said: {q2}"
        return Story(text, (_d(q1, a, ta), _d(q2, b, tb)), (a, b), others)
    if shape == 10:
        q3c = q3[:-2] + ',"'  # key fix: `"C," SURNAME added.`, not `"C." SURNAME added.`
        text = f"{q1} said {a.full}, {ra.after}.\n\n{_pick(NARRATIVE51, n)}\n\n{q3c} {a.last} added."
        return Story(text, (_d(q1, a, ta), _d(q3c, a, ta)), (a,), others)
    if shape == 11:
        qb = _qt(n + 5, ",", pool)
        q3c = q3[:-2] + ',"'
        text = f"{q1} said {a.full}, {ra.after}.\n\n{qb} said {b.full}, {rb.after}.\n\n{q3c} {a.last} added."
        return Story(text, (_d(q1, a, ta), _d(qb, b, tb), _d(q3c, a, ta)), (a, b), others)
    p1 = '"' + _pick(QUOTES51, n + 1) + "."
    text = f"{a.full}, {ra.after}, said: {p1}\n\n{q3}"
    return Story(text, (_grp((p1, q3), a, ta),), (a,), others)


# --- edits and their offsets --------------------------------------------------------------------------------


@frozen
class Edits:
    """Edits of a clean text: a replacement per clean character, insertions before a clean position (at the
    end: ``len(text)``), and the boilerplate it adds (forbidden in quotations and speakers)."""

    repl: dict[int, str] = field(factory=dict)
    ins: dict[int, str] = field(factory=dict)
    forbidden: tuple[str, ...] = ()
    others: tuple[str, ...] = ()


def apply(text: str, ed: Edits) -> tuple[str, list[int], list[int]]:
    """The messy text, and where each clean character's replacement starts and ends in it."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for i, ch in enumerate(text):
        if i in ed.ins:
            out.append(ed.ins[i])
            pos += len(ed.ins[i])
        starts.append(pos)
        r = ed.repl.get(i, ch)
        out.append(r)
        pos += len(r)
        ends.append(pos)
    if len(text) in ed.ins:
        out.append(ed.ins[len(text)])
    return "".join(out), starts, ends


def _bare(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


class _Resolver:
    """Maps a clean story's quotations into a messy text and picks the segmentation quotex found."""

    def __init__(self, clean: str, messy: str, starts: list[int], ends: list[int]) -> None:
        self.clean, self.messy, self.starts, self.ends = clean, messy, starts, ends
        self.found = {(q.start, q.end): q for q in extract_quotes(messy)}

    def span(self, content: str) -> tuple[int, int]:
        s = self.clean.index(content)
        return self.starts[s], self.ends[s + len(content) - 1]

    def expect(self, start: int, end: int, kind: str, spec: Spec) -> Expect:
        content = self.messy[start:end]
        nth, pos = 0, -1
        while True:
            pos = self.messy.find(content, pos + 1)
            if pos < 0 or pos > start:
                break
            nth += 1
        names = None if spec.who is None else _acc(spec.who)
        kind_p = ANY if spec.who is None else "person"
        title = ANY if spec.who is None else spec.title
        return Expect(content, kind, names, title, kind_p, occurrence=nth)

    def resolve(self, spec: Spec) -> list[Expect]:
        if spec.parts:
            return self._group(spec)
        present = [(c, kinds) for c, kinds in spec.options if c in self.clean]
        for content, kinds in present:
            s, e = self.span(content)
            q: Quote | None = self.found.get((s, e))
            if q is not None:
                kind = q.kind.value if q.kind.value in kinds else kinds[0]
                return [self.expect(s, e, kind, spec)]
        s, e = self.span(present[0][0])
        return [self.expect(s, e, present[0][1][0], spec)]

    def _group(self, spec: Spec) -> list[Expect]:
        spans = [self.span(p) for p in spec.parts]
        n = len(spans)
        options: list[list[tuple[int, int]]] = []
        for cuts in itertools.product((True, False), repeat=n - 1):
            option: list[tuple[int, int]] = []
            first = 0
            for i in range(n):
                if i == n - 1 or cuts[i]:
                    option.append((spans[first][0], spans[i][1]))
                    first = i + 1
            options.append(option)
        chosen = next((o for o in options if all(sp in self.found for sp in o)), options[0])
        return [self.expect(s, e, "direct", spec) for s, e in chosen]


def build(template: str, st: Story, ed: Edits | None = None) -> Case:
    """The case of clean story *st* made messy by *ed* (clean when None)."""
    ed = ed or Edits()
    messy, starts, ends = apply(st.text, ed)
    res = _Resolver(st.text, messy, starts, ends)
    expects: list[Expect] = []
    wrong: list[tuple[str, str]] = []
    for spec in st.specs:
        for e in res.resolve(spec):
            expects.append(e)
            for p in st.people:
                if p != spec.who:
                    wrong.extend((e.content, n) for n in _acc(p))
            for o in (*st.others, *ed.others):
                if spec.who is None or _bare(o) != _bare(spec.who.full):
                    wrong.append((e.content, o))
    forbidden = tuple(f for f in (*st.forbidden, *ed.forbidden) if f)
    return Case("", template, messy, expects, forbidden=forbidden, wrong_speakers=wrong)


# --- locating things in a clean story -----------------------------------------------------------------------


def _all(text: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(sub), text)] if sub else []


def _direct_spans(st: Story) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for spec in st.specs:
        contents = list(spec.parts) or [c for c, kinds in spec.options[:1] if "direct" in kinds]
        for c in contents:
            if c in st.text:
                s = st.text.index(c)
                out.append((s, s + len(c)))
    return out


def _name_spans(st: Story) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p in st.people:
        for s in _all(st.text, p.full):
            out.append((s, s + len(p.full)))
    return out


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _breaks(text: str) -> list[int]:
    """Positions of the first newline of each paragraph break."""
    return _all(text, "\n\n")


def _wrap(text: str, width: int) -> list[int]:
    """The spaces a hard wrap at *width* columns turns into line breaks."""
    out: list[int] = []
    line, last = 0, -1
    for i, ch in enumerate(text):
        if ch == "\n":
            line, last = i + 1, -1
        elif ch == " ":
            if i - line > width and last >= 0:
                out.append(last)
                line = last + 1
            last = i
    if len(text) - line > width and last >= 0 and last not in out:
        out.append(last)
    return out


def _mid(word_start: int, word: str) -> int:
    """A position inside a word (between its middle letters)."""
    return word_start + max(1, len(word) // 2)


def _words(text: str, s: int, e: int, min_len: int = 5) -> list[tuple[int, str]]:
    return [(s + m.start(), m.group(0)) for m in re.finditer(r"[A-Za-z]{" + str(min_len) + ",}", text[s:e])]


# --- recipes ------------------------------------------------------------------------------------------------

Recipe = Callable[[Story, int], Edits]


def hard_wrap(st: Story, n: int) -> Edits:
    """A wrap at 58-76 columns; variant: plain, a trailing space kept, indented continuation lines."""
    width = 58 + (n * 7) % 19
    brk = ("\n", " \n", "\n    ", "\n")[n % 4]
    return Edits(repl=dict.fromkeys(_wrap(st.text, width), brk))


def crlf(st: Story, n: int) -> Edits:
    """CRLF, lone CR or mixed line endings, with or without a hard wrap."""
    v = n % 5
    repl: dict[int, str] = {}
    if v in (1, 3, 4):
        repl.update(dict.fromkeys(_wrap(st.text, 60 + n % 13), "\r\n" if v != 3 else "\r"))
    para = ("\r\n", "\r\n", "\r", "\r", "\r\n")[v]
    for i, ch in enumerate(st.text):
        if ch == "\n":
            repl[i] = para
    ins = {len(st.text): "\r\n"} if v in (0, 4) else {}
    return Edits(repl=repl, ins=ins)


def invisible(st: Story, n: int) -> Edits:
    """Zero-width spaces and joiners, soft hyphens and byte-order marks in names, cues and quotations."""
    chars = ("\u200b", "\u00ad", "\u200d", "\ufeff", "\u2060")
    ins: dict[int, str] = {}
    names = _name_spans(st)
    for j, (s, e) in enumerate(names[:2]):
        words = _words(st.text, s, e, 4)
        if words:
            ws, w = words[(n + j) % len(words)]
            ins[_mid(ws, w)] = _pick(chars, n + j)
    for j, (s, e) in enumerate(_direct_spans(st)):
        words = _words(st.text, s, e, 7)
        if words:
            ws, w = words[(n + 2 * j) % len(words)]
            ins[_mid(ws, w)] = _pick(("\u00ad", "\u200b", "\u200d"), n + j)
    for j, s in enumerate(_all(st.text, " said")):
        if n % 2 == 0 or j == 0:
            ins[s + 5] = _pick(("\u200b", "\u2060"), n + j)
    if n % 3 == 0:
        ins[0] = "\ufeff"
    return Edits(ins=ins)


def odd_spaces(st: Story, n: int) -> Edits:
    """No-break, thin, narrow no-break and em spaces, tabs and doubled spaces."""
    repl: dict[int, str] = {}
    for j, (s, e) in enumerate(_name_spans(st)):
        for i in range(s, e):
            if st.text[i] == " ":
                repl[i] = _pick(("\u00a0", "\u202f", "  ", "\u2009"), n + j)
    spans = _direct_spans(st)
    spaces = [i for i, ch in enumerate(st.text) if ch == " " and i not in repl]
    for j, i in enumerate(spaces):
        if (j + n) % 3 == 0:
            inq = _inside(i, spans)
            repl[i] = _pick(
                ("\u00a0", "  ", "\t", "\u2009", "\u2003") if not inq else ("\u00a0", "  "), n + j
            )
    for s in _all(st.text, ": "):
        repl[s + 1] = _pick((" \t", "\u00a0", "  ", "\t"), n)
    for s in _all(st.text, ". "):
        if not _inside(s, spans):
            repl[s + 1] = "  "
    return Edits(repl=repl)


def spacing(st: Story, n: int) -> Edits:
    """A missing space after a closing mark, comma or colon; a space before `.`, `,`, `:`; spaces inside
    marks."""
    repl: dict[int, str] = {}
    ins: dict[int, str] = {}
    v = n % 4
    spans = _direct_spans(st)
    for s, e in spans:
        if e < len(st.text) and st.text[e] == " " and v in (0, 1, 3):
            repl[e] = ""
        if v == 2 and st.text[e - 1] == '"':
            ins[s + 1] = " "
            ins[e - 1] = " "
    for s in _all(st.text, ": "):
        if v in (0, 2):
            repl[s + 1] = ""
        else:
            ins[s] = " "
    for s in _all(st.text, ", "):
        if not _inside(s, spans):
            if v in (1, 2):
                repl[s + 1] = ""
            else:
                ins[s] = " "
    for i, ch in enumerate(st.text):
        if ch == "." and not _inside(i, spans) and v in (1, 3) and i > 0 and st.text[i - 1].isalpha():
            ins[i] = " "
    return Edits(repl=repl, ins=ins)


STYLES = (
    ("\u201c", "\u201d"),
    ("\u2018", "\u2019"),
    ("'", "'"),
    ("\u2033", "\u2033"),
    ("``", "''"),
    ("\u00ab", "\u00bb"),
    ("\u00bb", "\u00ab"),
    ("\u201e", "\u201c"),
    ('"', '"'),
    ("\u00ab\u202f", "\u202f\u00bb"),
)


def marks(st: Story, n: int) -> Edits:
    """Each quotation's marks in another style (the mixed fragment's too)."""
    repl: dict[int, str] = {}
    spans = _direct_spans(st)
    for spec in st.specs:
        for c, _kinds in spec.options[:1]:
            if '"' in c and c in st.text and not c.startswith('"'):
                s = st.text.index(c) + c.index('"')
                spans.append((s, st.text.index('"', s + 1) + 1))
    for j, (s, e) in enumerate(spans):
        single = "'" in st.text[s:e]
        styles = [x for x in STYLES if not (single and x[0] in ("'", "\u2018"))]
        o, c = _pick(styles, n + 3 * j)
        repl[s] = o
        if st.text[e - 1] == '"':
            repl[e - 1] = c
    return Edits(repl=repl)


def boiler(st: Story, n: int, extra: bool = True) -> Edits:
    """Boilerplate lines at paragraph breaks (and above the story or below it)."""
    ins: dict[int, str] = {}
    forbidden: list[str] = []
    head = _pick(HEADLINES51, n)
    outlet = _pick(OUTLETS51, n)
    for j, b in enumerate(_breaks(st.text)):
        line = _pick(BOILER51, n + 2 * j).format(h=head, o=outlet.removeprefix("the ").title())
        ins[b] = f"\n\n{line}"
        forbidden.append(line.split(":")[0])
    if extra or not ins:
        tail = _pick(BOILER51, n + 5).format(h=head, o=outlet.removeprefix("the ").title())
        if n % 2:
            ins[len(st.text)] = f"\n\n{tail}"
        else:
            ins[0] = f"{tail}\n\n"
        forbidden.append(tail.split(":")[0])
    return Edits(ins=ins, forbidden=tuple(forbidden), others=(outlet,))


RECIPES: tuple[tuple[str, Recipe], ...] = (
    ("wrap", hard_wrap),
    ("crlf", crlf),
    ("invisible", invisible),
    ("spaces", odd_spaces),
    ("spacing", spacing),
    ("marks", marks),
    ("boiler", boiler),
)


def _merge(*eds: Edits) -> Edits:
    repl: dict[int, str] = {}
    ins: dict[int, str] = {}
    for ed in eds:
        repl.update(ed.repl)
        for pos, s in ed.ins.items():
            ins[pos] = ins.get(pos, "") + s
    return Edits(
        repl, ins, tuple(f for ed in eds for f in ed.forbidden), tuple(o for ed in eds for o in ed.others)
    )


def _named(name: str, group: str, description: str, gen: Callable[[], Iterator[Case]]) -> Capability:
    return named(f"heldout51.{name}", group, description, unique_texts(gen))


def _recipe_cap(
    key: str,
    recipes: Sequence[Recipe],
    seed: str,
    n_cases: int = 250,
    *,
    pool: str = "any",
    people: Sequence[P51] = EVERYONE,
) -> Callable[[], Iterator[Case]]:
    """Every clean shape made messy by *recipes* (merged)."""

    def gen() -> Iterator[Case]:
        combos = list(itertools.product(people, range(SHAPES), range(4)))
        for a, shape, r in sample(combos, n_cases, seed):
            n = _k(EVERYONE.index(a), shape, r)
            st = story(shape, a, n, pool=pool)
            ed = _merge(*(f(st, n + i) for i, f in enumerate(recipes)))
            yield build(f"ho51-{key}-{shape}", st, ed)

    return gen


# --- 7. apostrophes -----------------------------------------------------------------------------------------


def apostrophes(st: Story, n: int) -> Edits:
    """Apostrophes in names and contractions written `’`, `` ` ``, `´` or `'`; the marks double, curly, or
    single (curly or straight) around a contraction."""
    repl: dict[int, str] = {}
    ap_name = _pick(("\u2019", "`", "\u00b4", "'", "\u2019", "\u02bc"), n)
    for p in st.people:
        for ref in (p.full, p.last):
            if "'" in ref:
                for s in _all(st.text, ref):
                    repl[s + ref.index("'")] = ap_name
    ap_q = _pick(("\u2019", "`", "\u00b4", "'", "\u2019"), n + 1)
    v = n % 3
    for s, e in _direct_spans(st):
        for i in range(s + 1, e - 1):
            if st.text[i] == "'":
                repl[i] = ap_q
        if v:
            repl[s] = "\u2018" if v == 1 else "'"
            if st.text[e - 1] == '"':
                repl[e - 1] = "\u2019" if v == 1 else "'"
    return Edits(repl=repl)


# --- 8. boilerplate with captions ---------------------------------------------------------------------------


def boiler_captions(st: Story, n: int) -> Edits:
    """Boilerplate lines, or a photo caption naming the first person with a credit, at paragraph breaks."""
    if n % 3 and _breaks(st.text):
        staff, agency = _pick(STAFF51, n), _pick(AGENCIES51, n)
        who = st.people[0]
        day = _pick(DAYS51, n + 1)
        credit = _pick((f"(Photo: {staff}/{agency})", f"Photograph: {staff}/{agency}", f"({agency})"), n)
        caption = f"{who.full} at {day}'s briefing. {credit}"
        ed = boiler(st, n, extra=n % 2 == 0)
        ins = dict(ed.ins)
        b = _breaks(st.text)[0]
        ins[b] = ins.get(b, "") + f"\n\n{caption}"
        return Edits(ins=ins, forbidden=(*ed.forbidden, staff, agency), others=(*ed.others, staff, agency))
    return boiler(st, n)


# --- 9. ALL-CAPS names --------------------------------------------------------------------------------------


def _ans(n: int) -> str:
    return _pick(QUOTES51, n) + "."


def caps_transcripts() -> Iterator[Case]:
    """ALL-CAPS lead-ins (`HEDDA KVARME, the mayor of Tolvik, said that C.`), pre-titles in capitals, pull
    quotes credited in capitals, panel lines (`NAME (PRE): "C."`) and transcript turns labelled with the full
    name or the surname in capitals after an intro that names both speakers with their roles. Key: the
    canonical name (case ignored), the title the text states."""
    combos = list(itertools.product(EVERYONE, range(7), range(3)))
    for a, s, r in sample(combos, 250, "ho51-caps"):
        n = _k(EVERYONE.index(a), s, r)
        b = _opp(a, n)
        ra = _pick(ROLES51, n)
        rb = _role2(ra, n + 5)
        ta, tb = _t(ra), _t(rb)
        q2 = _qt(n + 3, ".")
        c = _cl(n)
        day = _pick(DAYS51, n)
        people: tuple[P51, ...] = (a,)
        if s == 0:
            text = f"{a.full.upper()}, {ra.after}, said that {c}."
            specs: tuple[Spec, ...] = (_r(c, a, ta),)
        elif s == 1:
            text = f"{ra.pre.upper()} {a.full.upper()} said: {q2}"
            specs = (_d(q2, a, ta),)
        elif s in (2, 3):
            ans1, ans2 = _ans(n), _ans(n + 4)
            la = a.full.upper() if s == 2 else a.last.upper()
            lb = b.full.upper() if s == 2 else b.last.upper()
            intro = f"Transcript of the {day} briefing with {ra.pre} {a.full} and {rb.pre} {b.full}."
            text = f"{intro}\n\n{la}: {ans1}\n\n{lb}: {ans2}"
            specs = (_turn(ans1, a, ta), _turn(ans2, b, tb))
            people = (a, b)
        elif s == 4:
            body = f"{a.full}, {ra.after}, spoke at the hearing on {day}."
            text = f"{a.full.upper()}: {q2}\n\n{body}"
            specs = (_d(q2, a, ta),)
        elif s == 5:
            text = f"{q2} \u2014 {a.full.upper()}, {ra.after.upper()}"
            specs = (_d(q2, a, ta),)
        else:
            qb = _qt(n + 6, ".")
            text = f"{a.full.upper()} ({ra.pre}): {q2}\n{b.full.upper()} ({rb.pre}): {qb}"
            specs = (_d(q2, a, ta), _d(qb, b, tb))
            people = (a, b)
        st = Story(text, specs, people, (*ra.bodies, *rb.bodies))
        yield build(f"ho51-caps-{s}", st, hard_wrap(st, n) if r == 2 and s not in (3, 6) else None)


# --- 10. bullet lists ---------------------------------------------------------------------------------------

_HEADERS = (
    "What they said:",
    "Reaction to the ruling:",
    "Key quotes:",
    "REACTION",
    "Voices from the meeting",
)
_BULLETS = ("\u2022", "-", "*", "\u2013", "1.", "\u00b7")


def _item(f: int, p: P51, role: Role51, n: int) -> tuple[str, Spec]:
    """One list item of format *f*: its text without the bullet, and its key."""
    t = _t(role)
    if f == 0:
        q = _qt(n, ",")
        return f"{q} said {p.full}, {role.after}.", _d(q, p, t)
    if f == 1:
        q = _qt(n, ".")
        return f"{p.full}, {role.after}: {q}", _d(q, p, t)
    if f == 2:
        q = f'"{_pick(QUOTES51, n)}"'
        return f"{q} \u2014 {p.full}, {role.after}", _d(q, p, t)
    c = _cl(n)
    return f"{p.full}, {role.after}, said that {c}.", _r(c, p, t)


def bullet_lists() -> Iterator[Case]:
    """A header and two or three bullet items, each a quotation or report with its own credit (`• "C," said
    NAME, ROLE.`, `- NAME, ROLE: "C."`, `* "C" — NAME, ROLE`, `1. NAME, ROLE, said that C.`). Key: each item
    its own speaker's, with the title; the header never speaks."""
    combos = list(itertools.product(EVERYONE, range(len(_BULLETS)), range(4), range(2)))
    for a, bi, f0, r in sample(combos, 250, "ho51-bullets"):
        n = _k(EVERYONE.index(a), bi, f0, r)
        b = _opp(a, n)
        c = _pick([p for p in EVERYONE if p not in (a, b) and p.gender == a.gender], n + 1)
        ra = _pick(ROLES51, n)
        rb = _role2(ra, n + 5)
        rc = _role2(ra, n + 8) if _role2(ra, n + 8) != rb else _role2(ra, n + 9)
        people = (a, b, c) if r else (a, b)
        roles = (ra, rb, rc)
        lines = [_pick(_HEADERS, n)]
        specs: list[Spec] = []
        for i, p in enumerate(people):
            line, spec = _item((f0 + i) % 4, p, roles[i], n + 4 * i)
            bullet = f"{i + 1}." if _BULLETS[bi] == "1." else _BULLETS[bi]
            lines.append(f"{bullet} {line}")
            specs.append(spec)
        sep = "\n" if n % 2 else "\n\n"
        st = Story(sep.join(lines), tuple(specs), people, [x for ro in roles for x in ro.bodies])
        yield build(f"ho51-bullets-{bi}", st)


# --- 11. social posts ---------------------------------------------------------------------------------------


def social_posts() -> Iterator[Case]:
    """Quoted social posts with emoji and hashtags: `NAME, ROLE, wrote on X: "POST"`, `In a post on Instagram,
    NAME, ROLE, wrote: "POST"`, `"POST" — NAME (@handle) on X`, `NAME, ROLE, replied to @Body: "POST"`,
    `NAME, ROLE, said on Facebook that C. "POST" she wrote.`, `@Body shared a post by NAME, ROLE: "POST"`.
    Key: the post (emoji and hashtags inside) the writer's, with the title; handles never speak."""
    combos = list(itertools.product(EVERYONE, range(6), range(3)))
    for a, s, r in sample(combos, 250, "ho51-social"):
        n = _k(EVERYONE.index(a), s, r)
        ra = _pick(ROLES51, n)
        t = _t(ra)
        post = f'"{_pick(POSTS51, n)}"'
        handle = _pick(HANDLES51, n)
        own = "@" + re.sub(r"[^A-Za-z]", "", a.full.split()[0][0] + a.last).lower()
        who = f"{a.full}, {ra.after},"
        others: list[str] = [*ra.bodies, handle]
        if s == 0:
            text, specs = f"{who} wrote on X: {post}", [_d(post, a, t)]
        elif s == 1:
            text, specs = f"In a post on Instagram, {who} wrote: {post}", [_d(post, a, t)]
        elif s == 2:
            text, specs = f"{post} \u2014 {a.full} ({own}) on X", [_d(post, a, ANY)]
        elif s == 3:
            text, specs = f"{who} replied to {handle}: {post}", [_d(post, a, t)]
        elif s == 4:
            c = _cl(n)
            text = f"{who} said on Facebook that {c}. {post} {a.he} wrote."
            specs = [_r(c, a, t), _d(post, a, t)]
        else:
            text, specs = f"{handle} shared a post by {who[:-1]}: {post}", [_d(post, a, t)]
        st = Story(text, tuple(specs), (a,), others)
        yield build(f"ho51-social-{s}", st, odd_spaces(st, n) if r == 2 else None)


# --- 12. markup ---------------------------------------------------------------------------------------------


def markup() -> Iterator[Case]:
    """Plain-text markup left by a CMS export: `**NAME**, ROLE, said: "C."`, `"C," said __NAME__, ROLE.`,
    `*"C,"* said NAME, ROLE.`, a `> ` blockquote, `[NAME](/people/slug), ROLE, said that C.`, a bold surname
    label after an intro, `***"C."***` after a colon. Key: the name without markup; the content the marks and
    their words (markup outside them)."""
    combos = list(itertools.product(EVERYONE, range(7), range(3)))
    for a, s, r in sample(combos, 250, "ho51-markup"):
        n = _k(EVERYONE.index(a), s, r)
        ra = _pick(ROLES51, n)
        t = _t(ra)
        q1, q2 = _qt(n, ","), _qt(n + 3, ".")
        c = _cl(n)
        slug = re.sub(r"[^a-z]+", "-", a.full.lower())
        if s == 0:
            text, specs = f"**{a.full}**, {ra.after}, said: {q2}", [_d(q2, a, t)]
        elif s == 1:
            text, specs = f"{q1} said __{a.full}__, {ra.after}.", [_d(q1, a, t)]
        elif s == 2:
            text, specs = f"*{q1}* said {a.full}, {ra.after}.", [_d(q1, a, t)]
        elif s == 3:
            intro = f"{_pick(NARRATIVE51, n)}"
            text, specs = f"{intro}\n\n> {q1} said {a.full}, {ra.after}.", [_d(q1, a, t)]
        elif s == 4:
            text = f"[{a.full}](/people/{slug}), {ra.after}, said that {c}."
            specs = [_r(c, a, t)]
        elif s == 5:
            intro = f"{a.full}, {ra.after}, took questions on {_pick(DAYS51, n)}."
            text, specs = f"{intro}\n\n**{a.last}:** {q2}", [_d(q2, a, t)]
        else:
            text, specs = f"{a.full}, {ra.after}, said: ***{q2}***", [_d(q2, a, t)]
        st = Story(text, tuple(specs), (a,), [*ra.bodies, slug])
        yield build(f"ho51-markup-{s}", st, crlf(st, n) if r == 2 else None)


# --- 13. clean and messy twins ------------------------------------------------------------------------------


def clean_vs_messy() -> Iterator[Case]:
    """Each clean story and its messy twin (one of the round's recipes, or two merged), both with the same
    key."""
    combos = list(itertools.product(EVERYONE, range(SHAPES), range(len(RECIPES)), range(2)))
    for a, shape, ri, r in sample(combos, 125, "ho51-twins"):
        n = _k(EVERYONE.index(a), shape, ri, r)
        st = story(shape, a, n)
        key, f = RECIPES[ri]
        ed = f(st, n)
        if r:
            key2, g = _pick(RECIPES, ri + 1 + n % 3)
            ed = _merge(ed, g(st, n + 1))
            key = f"{key}+{key2}"
        yield build(f"ho51-twin-clean-{shape}", st)
        yield build(f"ho51-twin-{key}-{shape}", st, ed)


# --- 14. controls -------------------------------------------------------------------------------------------


def _marked_words(line: str) -> str:
    found = re.search(r"[\"'\u201c\u2018]([^\"'\u201d\u2019]+)[\"'\u201d\u2019]", line)
    return found.group(1) if found else line


def controls() -> Iterator[Case]:
    """Bylines, ALL-CAPS datelines with agency credits, boilerplate lines with marks (`"Top stories"`),
    captions that quote nobody, related-story links and copyright lines, beside one real quotation or none.
    Key: none of them is a quotation or a speaker."""
    combos = list(itertools.product(EVERYONE, range(8), range(3)))
    for a, s, r in sample(combos, 300, "ho51-ctl"):
        n = _k(EVERYONE.index(a), s, r)
        ra = _pick(ROLES51, n)
        t = _t(ra)
        q1 = _qt(n, ",")
        c = _cl(n)
        staff, staff2 = _pick(STAFF51, n), _pick(STAFF51, n + 2)
        agency, town, day = _pick(AGENCIES51, n), _pick(TOWNS51, n), _pick(DAYS51, n)
        marked = _pick(MARKED_BOILER51, n)
        narr = _pick(NARRATIVE51, n)
        h1, h2 = _pick(HEADLINES51, n), _pick(HEADLINES51, n + 3)
        specs: tuple[Spec, ...] = ()
        forbidden: tuple[str, ...] = (staff, agency)
        if s == 0:
            text = f"By {staff}\n\n{town}, {day} ({agency}) \u2013 {a.full}, {ra.after}, said that {c}."
            specs, forbidden = (_r(c, a, t),), (staff, agency, town)
        elif s == 1:
            text = f"{marked}\n\n{narr}"
            forbidden = (_marked_words(marked),)
        elif s == 2:
            text = f"{a.full}, {ra.after}, at the opening of the depot on {day}. (Photo: {staff}/{agency})"
        elif s == 3:
            text = f"Read more: {h1}\n\nRelated: {h2}\n\n{narr}"
            forbidden = (h1, h2)
        elif s == 4:
            text = f"{marked}\n\n{q1} said {a.full}, {ra.after}.\n\nShare this article"
            specs, forbidden = (_d(q1, a, t),), (_marked_words(marked), "Share this")
        elif s == 5:
            text = f"{town} ({agency}) -- {narr}\n\n\u00a9 2026 {agency}. All rights reserved."
            forbidden = (town, agency)
        elif s == 6:
            text = (
                f"{a.full}, {ra.after}, greets supporters on {day}. Photograph: {staff}/{agency}\n\n"
                f"{q1} {a.last} said."
            )
            specs = (_d(q1, a, t),)
        else:
            text = (
                f"UPDATED {day.upper()} 14:05 GMT\n\nBy {staff} and {staff2}\n\n"
                f"{town} \u2014 {q1} said {a.full}, {ra.after}."
            )
            specs, forbidden = (_d(q1, a, t),), (staff, staff2, town, "UPDATED")
        st = Story(text, specs, (a,), [*ra.bodies, staff, staff2, agency], forbidden)
        yield build(f"ho51-ctl-{s}", st, hard_wrap(st, n) if r == 2 else None)


HELD_OUT_51 = (
    _named(
        "hard_wrapped",
        "7",
        "a newline every 58-76 characters inside sentences, names and quotations",
        _recipe_cap("wrap", (hard_wrap,), "ho51-wrap"),
    ),
    _named(
        "crlf_cr",
        "7",
        "CRLF, lone CR and mixed line endings, with hard wraps",
        _recipe_cap("crlf", (crlf,), "ho51-crlf"),
    ),
    _named(
        "invisible_chars",
        "8",
        "zero-width spaces and joiners, BOM and soft hyphens in names, cues and quotations",
        _recipe_cap("invisible", (invisible,), "ho51-invisible"),
    ),
    _named(
        "odd_spaces",
        "8",
        "no-break, thin and narrow no-break spaces, tabs and doubled spaces",
        _recipe_cap("spaces", (odd_spaces,), "ho51-spaces"),
    ),
    _named(
        "spacing_punct",
        "8",
        'a missing space after a closing mark, comma or colon ("C,"she said); a space before punctuation',
        _recipe_cap("spacing", (spacing,), "ho51-spacing"),
    ),
    _named(
        "mixed_marks",
        "8",
        "straight, curly, single, primes, ``PTB'', guillemets and German marks in one article",
        _recipe_cap("marks", (marks,), "ho51-marks"),
    ),
    _named(
        "apostrophes",
        "2",
        "apostrophes written ’ ' ` ´ in names and contractions, inside double and single marks",
        _recipe_cap("apos", (apostrophes,), "ho51-apos", pool="contr", people=APOS51 + PEOPLE51[:6]),
    ),
    _named(
        "boilerplate",
        "8",
        "advertisement, share and newsletter lines, Read more/Related links, photo captions, copyright",
        _recipe_cap("boiler", (boiler_captions,), "ho51-boiler"),
    ),
    _named(
        "caps_transcripts",
        "2",
        "ALL-CAPS names in lead-ins, kickers, pull quotes and transcripts",
        caps_transcripts,
    ),
    _named("bullet_lists", "3", "bullet lists of quotations and reports with credits", bullet_lists),
    _named("social_posts", "5", "quoted social posts with emoji, hashtags and handles", social_posts),
    _named("markup", "8", "**bold**, __name__, *italic* quotations, > blockquotes, [NAME](/link)", markup),
    _named("clean_vs_messy", "8", "each messy case and its clean twin, with the same key", clean_vs_messy),
    _named(
        "controls",
        "8",
        "bylines, ALL-CAPS datelines, boilerplate with marks, captions quoting nobody",
        controls,
    ),
)
