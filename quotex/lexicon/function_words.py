"""Closed-class words the rules need to recognise without a tagger.

Sources: the closed classes of the Penn Treebank tagging guidelines
(Santorini 1990: DT, PRP, PRP$, IN, CC, MD, WDT/WP) and spaCy's English
stop-word list (``spacy/lang/en/stop_words.py``), cut down to the words that
matter for finding noun-phrase edges. Inclusion criterion: a word that can
never be the head of a speaker's noun phrase.
"""

from __future__ import annotations

DETERMINERS = frozenset("""
    a an the this that these those his her its their our my your some any each every
    several many few both all most no another other such
""".split())

NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve dozens hundreds
    thousands millions dozen
""".split())

PRONOUNS = {
    "he": ("m", "singular"),
    "she": ("f", "singular"),
    "they": (None, "plural"),
    "it": (None, "thing"),
    "i": (None, "singular"),
    "we": (None, "plural"),
    "you": (None, "singular"),
}

OBJECT_PRONOUNS = frozenset("him her them me us it you".split())

#: Words that stop a noun phrase when met walking outwards from its head.
STOP_WORDS = frozenset("""
    and or but nor so yet because although though while whereas if unless when whenever
    where wherever after before since until as than that which who whom whose what why how
    is are was were be been being am has have had do does did will would shall should can
    could may might must not also only just even still already never ever again then now
    there here to in on at by with from into onto upon about against between among through
    during without within under over above below across behind beyond toward towards
    around near off out up down said says say told tells telling saying
""".split())

#: Capitalised words at a sentence start that are not names.
NOT_NAMES = frozenset("""
    the a an this that these those it its he she they we i you his her their our my
    but and or so yet for nor in on at by to of with from as if when while after before
    since until because although though despite during without within however meanwhile
    moreover still also then now there here what who why how where which yes no not
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr both all some many
    most several each every one two three four five six seven eight nine ten asked
    according earlier later last next first second new other another such more less
    speaking writing reporting additional editing
""".split())

#: Connectors allowed inside a name ("Charles de Gaulle", "Osama bin Laden").
NAME_PARTICLES = frozenset("de del della der di da das dos du van von bin ibn al el la le ter st".split())

#: Name suffixes ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

#: Office words that follow "of" in a title ("Secretary of State").
OFFICE_WORDS = frozenset("""
    state defense defence treasury justice commerce energy labor labour agriculture
    education health interior transportation foreign affairs homeland security national
    intelligence staff finance economy communications housing veterans the
""".split())

#: Lower-case words that can modify a role noun in a title ("top Kremlin aide").
TITLE_MODIFIERS = frozenset("""
    top senior junior former chief deputy acting special principal lead leading longtime
    veteran interim assistant associate executive managing general presidential
    vice prime foreign defense defence finance interior economic political military
    national regional local state federal city county district press campaign
    communications policy security legal public private independent prominent
    influential outgoing incoming newly elected appointed then current retired
    white-house house senate party union trade labor labour energy health
""".split())

FEMALE_WORDS = frozenset("""
    mrs ms miss madam dame lady queen princess spokeswoman congresswoman chairwoman
    councilwoman assemblywoman businesswoman wife mother daughter sister grandmother
    actress waitress she her
""".split())

MALE_WORDS = frozenset("""
    mr sir lord king prince spokesman congressman chairman councilman assemblyman
    businessman husband father son brother grandfather actor he him his
""".split())
