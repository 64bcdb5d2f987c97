"""Slot fillers of the fifty-first held-out round (``heldout51.py``), a round of SCRAPED AND MESSY TEXT:
invented people (with a gender; some with apostrophes in their surnames), roles and bodies across politics,
business, courts, sport, local government and science (the role as written after a name and before it, the
parts a title must hold, the short reference), quotations (some with contractions), reported clauses,
fragments, narrative sentences, social posts with emoji and hashtags, and the boilerplate a crawler or a CMS
export leaves in a story (advertisement lines, share and newsletter prompts, related-story links, photo
captions with credits, copyright lines, bylines and ALL-CAPS datelines).

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class P51:
    """An invented person: the full name as written (clean), the surname, gender (`f`/`m`)."""

    full: str
    last: str
    gender: str

    @property
    def he(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def his(self) -> str:
        return "her" if self.gender == "f" else "his"


PEOPLE51 = (
    P51("Hedda Kvarme", "Kvarme", "f"),
    P51("Bjarte Tveitane", "Tveitane", "m"),
    P51("Tamsin Achterberg", "Achterberg", "f"),
    P51("Otis Merriweather", "Merriweather", "m"),
    P51("Odile Fauchery", "Fauchery", "f"),
    P51("Dmytro Kasyanenko", "Kasyanenko", "m"),
    P51("Zofia Wrzesniak", "Wrzesniak", "f"),
    P51("Kwame Asante-Bekoe", "Asante-Bekoe", "m"),
    P51("Leila Haddadin", "Haddadin", "f"),
    P51("Rafael Ocampo-Viera", "Ocampo-Viera", "m"),
    P51("Carys Penhallow", "Penhallow", "f"),
    P51("Anton Lescure", "Lescure", "m"),
    P51("Maren Oyelaran", "Oyelaran", "f"),
    P51("Cedric Mbalula", "Mbalula", "m"),
    P51("Yuki Tanabe-Ross", "Tanabe-Ross", "f"),
    P51("Henrik Aasheim", "Aasheim", "m"),
    P51("Ines Valcarcel", "Valcarcel", "f"),
    P51("Tobias Grunfeld", "Grunfeld", "m"),
)

#: People whose surnames hold an apostrophe (written clean with a straight one).
APOS51 = (
    P51("Brona O'Tierney", "O'Tierney", "f"),
    P51("Anselm D'Arcangelo", "D'Arcangelo", "m"),
    P51("Fenella D'Souza", "D'Souza", "f"),
    P51("Teodor Dell'Orso", "Dell'Orso", "m"),
    P51("Awa N'Dione", "N'Dione", "f"),
    P51("Lorcan O'Meagher", "O'Meagher", "m"),
)


@frozen
class Role51:
    """A role: as written after a name (with its article), as written before a name, the parts a title must
    hold, the short reference, and the bodies it names (which never speak)."""

    after: str
    pre: str
    parts: tuple[str, ...]
    short: str
    bodies: tuple[str, ...]


ROLES51 = (
    Role51("the mayor of Tolvik", "Tolvik Mayor", ("mayor", "Tolvik"), "the mayor", ("Tolvik",)),
    Role51(
        "chief executive of Brennmark Foods",
        "Brennmark Foods chief executive",
        ("chief executive", "Brennmark Foods"),
        "the chief executive",
        ("Brennmark Foods",),
    ),
    Role51(
        "the head coach of Saltby Rovers",
        "Saltby Rovers head coach",
        ("coach", "Saltby Rovers"),
        "the coach",
        ("Saltby Rovers",),
    ),
    Role51(
        "the chief prosecutor of Vardenholm County",
        "Vardenholm County chief prosecutor",
        ("prosecutor", "Vardenholm County"),
        "the prosecutor",
        ("Vardenholm County",),
    ),
    Role51(
        "a senior researcher at the Oskarby Marine Institute",
        "Oskarby Marine Institute researcher",
        ("researcher", "Oskarby Marine Institute"),
        "the researcher",
        ("Oskarby Marine Institute",),
    ),
    Role51(
        "chair of the Kestrel Valley planning committee",
        "Kestrel Valley planning chair",
        ("chair", "Kestrel Valley"),
        "the chair",
        ("Kestrel Valley planning committee",),
    ),
    Role51(
        "the finance minister of Lannmark",
        "Lannmark Finance Minister",
        ("finance minister", "Lannmark"),
        "the minister",
        ("Lannmark",),
    ),
    Role51(
        "general secretary of the Harlow Rail Union",
        "Harlow Rail Union general secretary",
        ("general secretary", "Harlow Rail Union"),
        "the union leader",
        ("Harlow Rail Union",),
    ),
    Role51(
        "leader of Marrowby District Council",
        "Marrowby council leader",
        ("leader", "Marrowby"),
        "the council leader",
        ("Marrowby District Council",),
    ),
    Role51(
        "director of the Pellham Seed Bank",
        "Pellham Seed Bank director",
        ("director", "Pellham Seed Bank"),
        "the director",
        ("Pellham Seed Bank",),
    ),
    Role51(
        "the captain of the Orrin Bay Sharks",
        "Orrin Bay Sharks captain",
        ("captain", "Orrin Bay Sharks"),
        "the captain",
        ("Orrin Bay Sharks",),
    ),
    Role51(
        "a judge of the Corwen Crown Court",
        "Corwen Crown Court judge",
        ("judge", "Corwen Crown Court"),
        "the judge",
        ("Corwen Crown Court",),
    ),
)

#: Quotations (no final stop; a template adds `,` or `.`); some hold a contraction written with `'`.
QUOTES51 = (
    "We will have the bridge open again before the first frost",
    "Nobody in this building saw those figures until Tuesday",
    "The lads gave everything tonight and I can't ask for more",
    "This ruling sends a clear message to every landlord in the county",
    "The water samples from the northern inlet were the worst we have recorded",
    "We're not going to close a single branch this year",
    "Every household will see the new charge on its April bill",
    "The strike goes ahead unless the company puts a real offer on the table",
    "Our seed vaults held up through the flooding without losing a drawer",
    "I don't think the defence has answered a single question about the money",
    "Three more buses will run on the hill route from Monday",
    "That's the best forty minutes this team has played all season",
    "The council simply cannot keep borrowing to fill the gap",
    "It isn't a question of money but of who gets to decide",
    "We found the same pattern in every one of the twelve colonies",
    "Families on the east side have waited long enough for a clinic",
    "You can't run a harbour on goodwill and old maps",
    "We haven't had a single complaint since the lights went in",
    "They'll have to explain that decision to the families",
    "I wasn't told about the closure until the morning it happened",
)

#: Reported clauses (after `said that`).
CLAUSES51 = (
    "the depot would reopen in the spring",
    "the budget left no room for new hires",
    "the squad had trained on a frozen pitch all week",
    "the witness had changed her account twice",
    "the inlet had been closed to swimmers since June",
    "talks with the union would resume on Thursday",
    "the levy would fund three new crossings",
    "the tender had been rigged from the start",
    "the drought had cut germination rates by a third",
    "the merger would cost about four hundred jobs",
    "the footpath would stay shut until the survey was done",
    "the club had paid the fine in full",
)

#: Objects and the fragment a speaker called them (`said the plan was "FRAG"`).
FRAGS51 = (
    ("the plan", "a shambles from start to finish"),
    ("the offer", "an insult to every driver"),
    ("the verdict", "long overdue"),
    ("the new pitch", "a disgrace"),
    ("the survey", "frankly alarming"),
    ("the levy", "a tax by another name"),
)

#: Narrative sentences (nobody says them).
NARRATIVE51 = (
    "The meeting ran two hours past its scheduled close.",
    "Rain had kept most supporters away from the ground.",
    "The hearing resumed after a short adjournment.",
    "Dozens of residents packed the community hall.",
    "The figures were published late on Friday.",
    "Crews worked through the night to clear the road.",
)

DAYS51 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
TOWNS51 = ("TOLVIK", "SALTBY", "MARROWBY", "CORWEN", "OSKARBY", "PELLHAM")

#: Invented outlets and wire agencies.
OUTLETS51 = ("the Tolvik Courier", "Radio Saltby", "the Corwen Ledger")
AGENCIES51 = ("Northwire", "Baltic Press Agency", "Harbour News Service")
#: Invented staff (reporters and photographers).
STAFF51 = ("Gunnhild Sorbye", "Perrin Lockhart", "Mireille Caudron", "Osei Fremah", "Ralf Engstrand")

#: Headlines of related stories (no quotation marks).
HEADLINES51 = (
    "Ferry timetable cut for winter",
    "Council approves new cycle lanes",
    "Rovers sign teenage striker",
    "Seed bank wins national award",
    "Court adjourns fraud trial",
    "Rail union balloting members",
)

#: Boilerplate lines a crawler keeps between paragraphs (`{h}` a headline, `{o}` an outlet).
BOILER51 = (
    "Advertisement",
    "Story continues below advertisement",
    "Share this article",
    "Read more: {h}",
    "Related: {h}",
    "Sign up for our newsletter",
    "\u00a9 2026 {o}",
    "ADVERTISEMENT",
    "Share on Facebook Share on X Copy link",
    "Continue reading the main story",
)

#: Boilerplate lines that carry quotation marks (no quotation).
MARKED_BOILER51 = (
    '"Top stories"',
    "Most read: \u201cWeekend roundup\u201d",
    "Watch: 'Behind the Scenes' (2:14)",
    'Tap "Follow" to get alerts',
    "Listen to \u201cThe Morning Brief\u201d podcast",
)

#: Social posts (no final stop): words, emoji and hashtags.
POSTS51 = (
    "Proud of every crew that worked through the storm \U0001f4aa #Tolvik",
    "Full time. Three points and a clean sheet \u26bd\ufe0f\U0001f389 #UpTheSharks",
    "The vote is tomorrow. Be there \U0001f5f3\ufe0f #Marrowby #LocalDemocracy",
    "Huge news for the seed bank today \U0001f331\U0001f331 #Pellham",
    "Sad day for the union. We fight on \u270a #HarlowRail",
    "New data out now \U0001f4ca link in bio #science",
)

#: Social handles that are no speakers.
HANDLES51 = ("@TolvikCouncil", "@SaltbyRovers", "@HarlowRail", "@PellhamSeeds")
