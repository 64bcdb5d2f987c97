"""Slot fillers of the thirty-ninth held-out round (``heldout39.py``): invented people of Makonde, Mandinka,
Maranao, Meitei, Moksha, Nama, Nyakyusa, Pangasinan, Sidama, Sukuma, Tabasaran, Umbundu, Waray, Yaghnobi and
Zaghawa origin (with their gender, an age and the given names of a relative who shares the surname),
quotation marks (straight, curly, British single, guillemets, German low-high), roles with their bodies in a
dinosaur museum, an insectarium, a buffalo dairy, a geological station, a quinoa farm, a cutlery works, a
calligraphy studio, a lapidary workshop, a magic lantern museum, a marquetry workshop, a pollen laboratory
and a silversmiths' guild; papers, towns, jobs for people described by an age and a job, groups of people,
slogans and chants, and open-class cue verbs and gestures of attitude (`flinched`, `squirmed`, `blanched`,
`threw up her hands`) that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person39:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, an age, and the given names (female, male) of a relative of the same surname."""

    full: str
    last: str
    gender: str
    culture: str
    age: int
    kin_f: str
    kin_m: str

    @property
    def first(self) -> str:
        """The given name (the first word of the full name)."""
        return self.full.split()[0]

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def hon(self) -> str:
        """`Ms` or `Mr`."""
        return "Ms" if self.gender == "f" else "Mr"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`mother`/`father`)."""
        return female if self.gender == "f" else male

    def relative(self, gender: str, age: int) -> Person39:
        """A relative of this person: the same surname and culture, the given name of *gender*."""
        given = self.kin_f if gender == "f" else self.kin_m
        return Person39(f"{given} {self.last}", self.last, gender, self.culture, age, self.kin_f, self.kin_m)


@frozen
class Mark39:
    """A pair of quotation marks."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"


ALL_MARKS39 = (
    Mark39('"', '"'),
    Mark39("“", "”"),
    Mark39("'", "'"),
    Mark39("‘", "’"),
    Mark39("«", "»"),
    Mark39("„", "“"),
)

WOMEN39 = (
    Person39("Somoe Nangonde", "Nangonde", "f", "Makonde", 46, "Zainabu", "Atanasio"),
    Person39("Nyima Jawneh", "Jawneh", "f", "Mandinka", 39, "Isatou", "Sainey"),
    Person39("Norhaya Macabando", "Macabando", "f", "Maranao", 44, "Sittie", "Aminoden"),
    Person39("Thoibi Ningthoujam", "Ningthoujam", "f", "Meitei", 35, "Memcha", "Tomba"),
    Person39("Olda Kechaykina", "Kechaykina", "f", "Moksha", 58, "Vezhava", "Tyushtya"),
    Person39("Gertrud Gaoses", "Gaoses", "f", "Nama", 50, "Magdalena", "Jakobus"),
    Person39("Anyelwisye Mwakyusa", "Mwakyusa", "f", "Nyakyusa", 33, "Upendo", "Ambilike"),
    Person39("Perpetua Caoagdan", "Caoagdan", "f", "Pangasinan", 62, "Corazon", "Efren"),
    Person39("Aberash Lalimo", "Lalimo", "f", "Sidama", 41, "Almaz", "Borsamo"),
    Person39("Nshoma Bugalama", "Bugalama", "f", "Sukuma", 47, "Kabula", "Shija"),
    Person39("Sabina Kurbanalieva", "Kurbanalieva", "f", "Tabasaran", 54, "Madina", "Kamil"),
    Person39("Esperança Kalandula", "Kalandula", "f", "Umbundu", 36, "Laurinda", "Domingos"),
    Person39("Leonila Ubaldo", "Ubaldo", "f", "Waray", 60, "Nenita", "Jerome"),
    Person39("Nodira Kholmatova", "Kholmatova", "f", "Yaghnobi", 43, "Mavluda", "Qurbon"),
    Person39("Achta Bourma", "Bourma", "f", "Zaghawa", 38, "Khadija", "Abakar"),
)

MEN39 = (
    Person39("Jeremia Chitanda", "Chitanda", "m", "Makonde", 53, "Zainabu", "Atanasio"),
    Person39("Ebrima Fadera", "Fadera", "m", "Mandinka", 57, "Isatou", "Sainey"),
    Person39("Jamaloden Maruhom", "Maruhom", "m", "Maranao", 61, "Sittie", "Aminoden"),
    Person39("Ibomcha Khumanthem", "Khumanthem", "m", "Meitei", 48, "Memcha", "Tomba"),
    Person39("Ruzhon Lyapaykin", "Lyapaykin", "m", "Moksha", 42, "Vezhava", "Tyushtya"),
    Person39("Dawid Hoaeb", "Hoaeb", "m", "Nama", 37, "Magdalena", "Jakobus"),
    Person39("Ambakisye Mwaipopo", "Mwaipopo", "m", "Nyakyusa", 59, "Upendo", "Ambilike"),
    Person39("Bonifacio Tandoc", "Tandoc", "m", "Pangasinan", 45, "Corazon", "Efren"),
    Person39("Dukale Woticha", "Woticha", "m", "Sidama", 52, "Almaz", "Borsamo"),
    Person39("Mabula Luhende", "Luhende", "m", "Sukuma", 38, "Kabula", "Shija"),
    Person39("Gadzhibek Khuchbarov", "Khuchbarov", "m", "Tabasaran", 49, "Madina", "Kamil"),
    Person39("Feliciano Chipeio", "Chipeio", "m", "Umbundu", 64, "Laurinda", "Domingos"),
    Person39("Ramonito Daguman", "Daguman", "m", "Waray", 43, "Nenita", "Jerome"),
    Person39("Ismoil Sheraliev", "Sheraliev", "m", "Yaghnobi", 56, "Mavluda", "Qurbon"),
    Person39("Tahir Kourtou", "Kourtou", "m", "Zaghawa", 51, "Khadija", "Abakar"),
)

PEOPLE39 = tuple(p for pair in zip(WOMEN39, MEN39, strict=True) for p in pair)


@frozen
class Role39:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the museum`), quotations and reported clauses in the role's voice (no apostrophes, so
    that British single marks stay unambiguous)."""

    role: str
    body: str
    head: str
    kind: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


ROLES39 = (
    Role39(
        "chief palaeontologist",
        "the Stonebarrow Dinosaur Museum",
        "palaeontologist",
        "the museum",
        (
            "The big skeleton took eleven years to put together",
            "Half the bones in that case came out of one quarry",
            "Children know more dinosaur names than I do",
        ),
        (
            "the museum would lend its skeleton to a gallery abroad",
            "a new gallery of sea reptiles would open in spring",
            "the roof over the main hall was leaking again",
        ),
    ),
    Role39(
        "head entomologist",
        "the Wrenfield Insectarium",
        "entomologist",
        "the insectarium",
        (
            "The leafcutter ants have never once stopped working",
            "People come in afraid of spiders and leave holding one",
            "We breed six thousand butterflies a year for the glasshouse",
        ),
        (
            "the insectarium had bred a rare beetle for the first time",
            "the tropical house would close for repairs in the winter",
            "school visits had doubled since the new tunnel opened",
        ),
    ),
    Role39(
        "herd manager",
        "the Sallowmere Buffalo Dairy",
        "herd manager",
        "the dairy",
        (
            "A buffalo will wait at the gate for the milker every morning",
            "Our cheese sells out before it reaches the shops",
            "The herd came over from Italy as six calves",
        ),
        (
            "the dairy would double its herd within two years",
            "the price of feed had risen by half",
            "a calf had been born on Christmas morning",
        ),
    ),
    Role39(
        "field geologist",
        "the Pitchcombe Geological Station",
        "geologist",
        "the station",
        (
            "The cliff moves a little further every winter",
            "Every layer in that rock face is a thousand years",
            "We measure the landslip to the millimetre",
        ),
        (
            "the cliff path was no longer safe to walk",
            "the landslip had moved forty centimetres since March",
            "the station would install new sensors on the headland",
        ),
    ),
    Role39(
        "chief agronomist",
        "the Pellmoor Quinoa Farm",
        "agronomist",
        "the farm",
        (
            "Nobody believed quinoa would grow this far north",
            "The birds take a tenth of the crop and we let them",
            "A wet August is the only thing that frightens me",
        ),
        (
            "the farm had harvested its largest crop",
            "the quinoa would be sold to bakeries in the county",
            "two more fields would be sown next year",
        ),
    ),
    Role39(
        "master cutler",
        "the Brindleford Cutlery Works",
        "cutler",
        "the works",
        (
            "A good knife is ground by hand and tested on paper",
            "We have made the same pocket knife since 1890",
            "The grinding wheel still turns on river water",
        ),
        (
            "the works had won an order from a hotel chain",
            "the last of the old grinders had retired",
            "the works would take on two apprentices in autumn",
        ),
    ),
    Role39(
        "lead calligrapher",
        "the Averdale Calligraphy Studio",
        "calligrapher",
        "the studio",
        (
            "One wrong stroke and the whole page goes in the bin",
            "We still cut our own pens from goose feathers",
            "People want their wedding vows written by hand again",
        ),
        (
            "the studio had been asked to letter a war memorial",
            "demand for handwritten certificates had grown",
            "the studio would run evening classes from January",
        ),
    ),
    Role39(
        "head lapidary",
        "the Gorsey Bank Lapidary Workshop",
        "lapidary",
        "the workshop",
        (
            "A stone tells you where it wants to be cut",
            "Some of this agate was picked off the beach below us",
            "It takes a week to polish a single large cabochon",
        ),
        (
            "the workshop had cut the stones for a new mayoral chain",
            "the price of rough amber had doubled",
            "the workshop would open to visitors on Saturdays",
        ),
    ),
    Role39(
        "collections manager",
        "the Yarnfield Magic Lantern Museum",
        "collections manager",
        "the museum",
        (
            "These slides were the cinema of their day",
            "Every lantern in the collection still works",
            "A painted slide can be brighter than any screen",
        ),
        (
            "the museum had been given four hundred painted slides",
            "the oldest lantern would be shown in public for the first time",
            "the museum had lost its grant from the county",
        ),
    ),
    Role39(
        "marquetry restorer",
        "the Oakhanger Marquetry Workshop",
        "restorer",
        "the workshop",
        (
            "There are forty kinds of wood in that one tabletop",
            "We match every missing piece by eye and by grain",
            "A cabinet like this one takes a year to restore",
        ),
        (
            "the workshop had restored a cabinet for the cathedral",
            "veneers from old pianos were being reused",
            "the workshop would move to larger premises",
        ),
    ),
    Role39(
        "chief palynologist",
        "the Saltram Pollen Laboratory",
        "palynologist",
        "the laboratory",
        (
            "The grass pollen count broke every record this June",
            "We can tell the age of a field from its pollen",
            "Hay fever season starts three weeks earlier than it did",
        ),
        (
            "the pollen count had reached a record high",
            "the laboratory would publish daily forecasts online",
            "birch pollen had arrived earlier than ever",
        ),
    ),
    Role39(
        "warden",
        "the Kilnsey Silversmiths Guild",
        "warden",
        "the guild",
        (
            "Every piece we hallmark is weighed twice",
            "The guild has met in this hall since 1702",
            "Young smiths are the reason we are still here",
        ),
        (
            "the guild had admitted its youngest member",
            "a stolen chalice had been returned to the guild",
            "the guild would hold its first open day in a century",
        ),
    ),
)

#: Papers, towns and days.
PAPERS39 = ("Ashbrook Argus", "Pitchcombe Beacon", "Ulverby Pioneer", "Marlstone Courier")
TOWNS39 = ("Quillmoor", "Marlstone", "Tregallow", "Mereside", "Bracklow", "Longcross", "Chadwell", "Esholt")
DAYS39 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YEARS39 = (1987, 1996, 2004, 2011, 2018)

#: Jobs for people described only by an age and a job.
JOBS39 = (
    "forklift driver",
    "hotel chef",
    "supply teacher",
    "care worker",
    "scaffolder",
    "bin collector",
    "hairdresser",
    "hospital porter",
)

#: What bystanders and members of a group say: quotations and reported clauses.
STREET39 = (
    ("Nobody came to ask us what we thought", "nobody had asked the residents"),
    ("We have been waiting for this since the spring", "they had waited since the spring"),
    ("I have never seen the river this high", "the river had never been so high"),
    ("It is the children who will pay for this", "the children would pay for the decision"),
    ("We only found out from the notice on the gate", "they had learned of it from a notice"),
    ("There was no warning at all", "there had been no warning"),
)

#: Groups that speak together, with what they are called later.
GROUPS39 = ("protesters", "farmers", "residents", "volunteers", "strikers", "parents")

#: Things a person is praised, blamed or thanked for (non-speech verbs).
DEEDS39 = (
    "the new opening hours",
    "years of work on the collection",
    "the handling of the move",
    "the rescue of the archive",
    "the decision on the car park",
)

#: Quotations that name another person inside them (`{o}` the other's full name, `{p}` the pronoun).
NAMING39 = (
    "{o} is wrong about this and always has been",
    "I owe all of it to {o}",
    "Ask {o} and {p} will tell you the same",
    "Without {o} there would be nothing here",
    "{o} taught me everything I know about the work",
    "Nobody listened to {o} when it mattered",
)

#: Slogans and chants around a name (`{first}`, `{last}`, `{full}`), and the works named after a person.
SLOGANS39 = ("Justice for {full}", "{last} Out", "Vote {last}, Vote Change", "Thank you, {first}")
MEMOIRS39 = ("My Years at the Bench", "A Life in Small Things", "Dust and Daylight", "Under the Glass")

#: Open-class cue verbs of attitude after a quotation, and gestures before one.
OPEN39 = ("flinched", "squirmed", "blanched", "cringed", "stiffened", "brightened", "fidgeted", "glared")
GESTURES39 = (
    "threw up {poss} hands",
    "arched an eyebrow",
    "waved away the question",
    "sat back in {poss} chair",
    "tapped the table",
    "shifted in {poss} seat",
)
