"""Regenerate ``quotex/lexicon/person_roles.py``: nouns that name a role a person holds
(*volcanologist*, *sacristan*, *glassblower*, *farrier*), from Princeton WordNet 3.0.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb /tmp/wnx
    python benchmarks/make_person_roles.py /tmp/wnx/usr/share/wordnet

Source: the files ``index.noun`` and ``data.noun`` of WordNet 3.0 (Debian package
``wordnet-base`` 1:3.0-37), whose licence allows redistribution with Princeton's copyright
notice (kept in the generated module). Only the lemma list is taken.

Selection (each step measured on the printed counts):

1. a single word of lower-case ASCII letters (no compounds, no hyphens, no capitals);
2. its **most frequent sense** (``index.noun`` lists a lemma's synsets by tagged frequency) is a
   synset of the lexicographer file ``noun.person`` (18), written in lower case there (so *smith*,
   first *Adam Smith*, and *baker*, first *Josephine Baker*, are out); a lemma without tagged
   senses (``tagsense_cnt`` 0, order arbitrary) qualifies only when *all* its senses are such
   synsets (*reeve* the bird is out; *chair*, *bank* were never in);
3. a role held: the first sense lies under a synset of work, office, expertise, study,
   performance, sport or faith (:data:`ROLE_ROOTS`), so *idealist*, *billionaire*, *great*,
   *hopeful*, *witness*, *accused* (descriptions of a person) are out;
4. not a person's relation or a bare kind of person: nouns of the first sense or its hypernyms
   under :data:`EXCLUDED_ROOTS` (kin, friends, lovers, spouses, men, women, children, residents,
   epithets such as *fool*, *rogue*, *bungler*; the word *person* itself) are left out; quotex
   lists the relation nouns it needs apart (``RELATION_NOUNS``, ``GROUP_SOURCE_NOUNS``);
5. not a slur, slang or a disparaging word: a first sense with a usage-domain pointer (``;u``)
   for the whole synset or for the lemma's word is out (*cop*; *doctor* stays though *doc* is
   colloquial);
6. no word quotex already reads as another class (reporting verbs' nouns, honorifics, title
   abbreviations, function words: :func:`other_classes`);
7. and the posts WordNet 3.0 lacks, by hand with their source (:data:`SUPPLEMENT`: *reeve*,
   *barista*, *volcanologist*).
"""

from __future__ import annotations

import argparse
import pathlib
import textwrap

from quotex.lexicon import DEFAULT_LEXICON
from quotex.lexicon.function_words import DETERMINERS, INDEFINITE_PRONOUNS, STOP_WORDS

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGET = ROOT / "quotex" / "lexicon" / "person_roles.py"
PERSON_FILE = 18

#: WordNet 3.0 synsets (offset: first lemma) under which a noun names a relation or a kind of
#: person, no role held.
EXCLUDED_ROOTS = {
    "10235549": "relative",
    "10112591": "friend",
    "09622302": "lover",
    "10640620": "spouse",
    "09605289": "adult",
    "09622049": "juvenile",
    "09624168": "male",
    "09619168": "female",
    "09917593": "child",
    "09620078": "inhabitant",
    # epithets, no roles: judgements of a person (*fool*, *rogue*, *frump*, *bungler*)
    "10599354": "simpleton",
    "09606527": "anomaly",
    "09831962": "bad_person",
    "09631129": "unwelcome_person",
    "09632274": "unskilled_person",
    "10247044": "large_person",
    "09630641": "unfortunate",
}


def read_synsets(data_noun: pathlib.Path) -> dict[str, tuple[int, list[str], list[str], list[str]]]:
    """Offset -> (lexicographer file, the synset's words, hypernym offsets, the words a usage
    domain marks: ``""`` for the whole synset)."""
    synsets: dict[str, tuple[int, list[str], list[str], list[str]]] = {}
    with data_noun.open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            k = 4 + 2 * count
            pointers = [fields[k + 1 + 4 * i : k + 5 + 4 * i] for i in range(int(fields[k]))]
            hypernyms = [p[1] for p in pointers if p[0] in ("@", "@i")]
            usage = [words[int(p[3][:2], 16) - 1] if p[3] != "0000" else "" for p in pointers if p[0] == ";u"]
            synsets[fields[0]] = (int(fields[1]), words, hypernyms, usage)
    return synsets


def read_senses(index_noun: pathlib.Path) -> dict[str, tuple[list[str], int]]:
    """Lemma -> (its synset offsets, most frequent first; its count of tagged senses)."""
    senses: dict[str, tuple[list[str], int]] = {}
    with index_noun.open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            count, pointers = int(fields[2]), int(fields[3])
            tagged = int(fields[5 + pointers])
            senses[fields[0]] = (fields[-count:], tagged)
    return senses


#: Synsets of work (*professional*, *worker*): WordNet files *professional* under *adult*, so a
#: path through one of them is a role's, whatever lies above it (*teacher*, *nurse*).
WORK_SYNSETS = {"10480253": "professional", "09632518": "worker"}


def under_excluded(offset: str, synsets: dict[str, tuple[int, list[str], list[str], list[str]]]) -> bool:
    """Whether the synset *offset* or one of its hypernyms is in :data:`EXCLUDED_ROOTS`, on a
    path that passes no synset of :data:`WORK_SYNSETS`."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        current = todo.pop()
        if current in EXCLUDED_ROOTS:
            return True
        if current not in seen and current not in WORK_SYNSETS:
            seen.add(current)
            todo.extend(synsets[current][2])
    return False


#: WordNet 3.0 synsets (offset: first lemma) of work, office, expertise, study, performance,
#: sport and faith: a noun names a role a person holds when its first sense lies under one of
#: them (*farrier* under *worker*, *seismologist* under *scientist*, *freshman* under
#: *enrollee*); *idealist* (a visionary), *billionaire* (a rich person), *great* (an achiever),
#: *hopeful* (an applicant), *witness* (a perceiver) and *accused* (a party) describe a person
#: and are left out.
ROLE_ROOTS = {
    "09632518": "worker",
    "10480253": "professional",
    "09610660": "communicator",
    "09623038": "leader",
    "09614315": "creator",
    "09621545": "intellectual",
    "09616922": "entertainer",
    "09617867": "expert",
    "09609232": "capitalist",
    "10560637": "scientist",
    "09613191": "contestant",
    "09628382": "religious_person",
    "10466918": "preserver",
    "10059162": "enrollee",
    "09769636": "adjudicator",
    "09824609": "authority",
    "09615807": "engineer",
    "10541229": "ruler",
    "10086074": "fiduciary",
    "10438172": "planner",
    "09939313": "combatant",
    "10072708": "explorer",
    "09936620": "collector",
    "10490965": "public_relations_person",
    "10122128": "gatekeeper",
}


def under_roles(offset: str, synsets: dict[str, tuple[int, list[str], list[str], list[str]]]) -> bool:
    """Whether the synset *offset* or one of its hypernyms is in :data:`ROLE_ROOTS`."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        current = todo.pop()
        if current in ROLE_ROOTS:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(synsets[current][2])
    return False


#: The synset of *person* itself (*individual*, *someone*, *soul*): its words are left out,
#: its hyponyms are not.
PERSON_SYNSET = "00007846"


def is_person_sense(
    lemma: str, offset: str, synsets: dict[str, tuple[int, list[str], list[str], list[str]]]
) -> bool:
    """Whether the synset *offset* is a ``noun.person`` synset spelling *lemma* in lower case."""
    lexfile, words, _, _ = synsets[offset]
    return lexfile == PERSON_FILE and any(w.split("(")[0] == lemma for w in words)


#: Posts WordNet 3.0 (2006) lacks as a person's first sense, added by hand: municipal offices of
#: current Canadian and US local government (*reeve*, the head of an Ontario or Manitoba township
#: council, Ontario Municipal Act 2001 and Manitoba Municipal Act; the gender-neutral and
#: feminine council titles) and occupations WordNet spells otherwise or lists under another
#: first sense (Merriam-Webster entries: *barista*, *zookeeper*, *sonographer*, *postwoman*,
#: *volcanologist*, *glaciologist*, *translator*).
SUPPLEMENT = frozenset(
    """reeve alderperson alderwoman councilperson selectperson selectwoman postwoman postperson
    barista zookeeper sonographer volcanologist glaciologist translator""".split()
)


def other_classes() -> frozenset[str]:
    """Words quotex reads as another class: cue nouns, honorifics, title abbreviations and
    function words."""
    lex = DEFAULT_LEXICON
    words = (
        set(STOP_WORDS)
        | set(DETERMINERS)
        | set(INDEFINITE_PRONOUNS)
        | set(lex.cue_nouns)
        | set(lex.honorifics)
        | set(lex.title_abbreviations)
    )
    return frozenset(w.lower() for w in words)


def select(folder: pathlib.Path) -> tuple[list[str], dict[str, int]]:
    """The selected lemmas, sorted, and the count each step left out."""
    synsets = read_synsets(folder / "data.noun")
    senses = read_senses(folder / "index.noun")
    others = other_classes()
    dropped = {
        "not a person first": 0,
        "no role held": 0,
        "relation or kind": 0,
        "usage domain": 0,
        "other class": 0,
    }
    chosen: list[str] = []
    for lemma, (offsets, tagged) in senses.items():
        if not (lemma.isascii() and lemma.isalpha() and lemma.islower()):
            continue
        checked = offsets[:1] if tagged > 0 else offsets
        if not all(is_person_sense(lemma, o, synsets) for o in checked):
            dropped["not a person first"] += 1
        elif not under_roles(offsets[0], synsets):
            dropped["no role held"] += 1
        elif offsets[0] == PERSON_SYNSET or under_excluded(offsets[0], synsets):
            dropped["relation or kind"] += 1
        elif {"", lemma} & {w.split("(")[0].lower() for w in synsets[offsets[0]][3]}:
            dropped["usage domain"] += 1
        elif lemma in others:
            dropped["other class"] += 1
        else:
            chosen.append(lemma)
    return sorted(set(chosen) | SUPPLEMENT), dropped


HEADER = '''"""Nouns that name a role a person holds (*volcanologist*, *sacristan*, *farrier*), for the
frames that already say "role" (an apposition, ``who is NOUN of X``, a role before a name, the
nominal ``the NOUN said``): see ``quotex/mentions/person_roles.py``.

Generated by ``benchmarks/make_person_roles.py``; do not edit by hand. Source: Princeton WordNet
3.0, ``noun.person``: single lower-case words whose most frequent sense is a person's synset
under a synset of work, office, expertise, study, performance, sport or faith (a role held, not a
description: no *idealist*, *billionaire*), without kin, friends, spouses, men, women, children,
residents, epithets, and words with a usage domain (slurs, slang); see the script.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.

The name of Princeton University or Princeton may not be used in advertising or publicity
pertaining to distribution of the software and/or database. Title to copyright in this
software, database and any associated documentation shall at all times remain with Princeton
University and LICENSEE agrees to preserve same.
"""

from __future__ import annotations

PERSON_ROLE_NOUNS = frozenset(
    """
'''


def main() -> None:
    """Read WordNet from the folder argument and write :data:`TARGET`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=pathlib.Path, help="the folder holding index.noun and data.noun")
    chosen, dropped = select(parser.parse_args().folder)
    body = textwrap.fill(" ".join(chosen), width=96, initial_indent="    ", subsequent_indent="    ")
    TARGET.write_text(HEADER + body + '\n    """.split()\n)\n', encoding="utf-8")
    print(f"{len(chosen)} nouns written to {TARGET.relative_to(ROOT)}; left out: {dropped}")


if __name__ == "__main__":
    main()
