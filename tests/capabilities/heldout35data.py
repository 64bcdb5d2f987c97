"""Slot fillers of the thirty-fifth held-out round (``heldout35.py``): invented people of Balinese,
Minangkabau, Kachin, Akha, Kodava, Santal, Magar, Maasai, Chaga, Sotho, Fon, Serer, Mende, Svan and Gascon
origin (with their gender and an age), people with compound given names and double surnames written without
a hyphen (Spanish, Chilean, Portuguese, Brazilian, French), families of three sharing a surname, quotation
marks (straight, curly, British single, guillemets, German low-high, each with its inner pair), roles with
their bodies in an arboretum, hat making, gliding, an airship hangar, perry making, topiary, fresco
restoration, map making, a semaphore tower, a telegraph museum, a hedgehog hospital and a badger trust,
jobs with a place (`a fishmonger in Brindlecombe`), animals, machines and places that "speak", documents
with their authors, sayings of the dead, irony words, report titles, laws, ships and search terms, and
open-class cue verbs, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person35:
    """An invented person: full name as written, the surname an editor uses on second reference (and any
    other second reference a careful reader accepts), gender (`f`/`m`), culture and an age."""

    full: str
    last: str
    gender: str
    culture: str
    age: int
    also: tuple[str, ...] = ()

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
    def title(self) -> str:
        """`Ms` or `Mr`."""
        return "Ms" if self.gender == "f" else "Mr"

    def kin(self, female: str, male: str) -> str:
        """The word that fits this person's gender (`mother`/`father`)."""
        return female if self.gender == "f" else male


@frozen
class Mark35:
    """A pair of quotation marks, with the pair a quotation inside it takes."""

    open: str
    close: str
    inner_open: str
    inner_close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        return f"{self.open}{text}{self.close}"

    def inner(self, text: str) -> str:
        """*text* between the inner marks (a quotation inside a quotation)."""
        return f"{self.inner_open}{text}{self.inner_close}"


ALL_MARKS35 = (
    Mark35('"', '"', "'", "'"),
    Mark35("“", "”", "‘", "’"),
    Mark35("'", "'", '"', '"'),
    Mark35("‘", "’", "“", "”"),
    Mark35("«", "»", "‹", "›"),
    Mark35("„", "“", "‚", "‘"),
)

WOMEN35 = (
    Person35("Sekar Wirasanti", "Wirasanti", "f", "Balinese", 41),
    Person35("Yulnita Chaniago", "Chaniago", "f", "Minangkabau", 53),
    Person35("Roi Ja Nhkum", "Nhkum", "f", "Kachin", 37),
    Person35("Miju Chermue", "Chermue", "f", "Akha", 45),
    Person35("Tangamma Bopanna", "Bopanna", "f", "Kodava", 58),
    Person35("Sumi Hansdak", "Hansdak", "f", "Santal", 34),
    Person35("Sanumaya Pun", "Pun", "f", "Magar", 49),
    Person35("Naserian Parsitau", "Parsitau", "f", "Maasai", 31),
    Person35("Anande Mrema", "Mrema", "f", "Chaga", 62),
    Person35("Nthabeleng Mokhehle", "Mokhehle", "f", "Sotho", 44),
    Person35("Sènami Houngbédji", "Houngbédji", "f", "Fon", 39),
    Person35("Ngoné Faye", "Faye", "f", "Serer", 56),
    Person35("Kadiatu Kallon", "Kallon", "f", "Mende", 47),
    Person35("Tsiuri Kaldani", "Kaldani", "f", "Svan", 60),
    Person35("Marieta Lapuyade", "Lapuyade", "f", "Gascon", 36),
)

MEN35 = (
    Person35("Ketut Darmayasa", "Darmayasa", "m", "Balinese", 50),
    Person35("Fadhlan Koto", "Koto", "m", "Minangkabau", 43),
    Person35("Lu Awng Lahpai", "Lahpai", "m", "Kachin", 55),
    Person35("Apha Yaepa", "Yaepa", "m", "Akha", 38),
    Person35("Chengappa Muddaiah", "Muddaiah", "m", "Kodava", 61),
    Person35("Lakhan Besra", "Besra", "m", "Santal", 46),
    Person35("Gajbir Ale", "Ale", "m", "Magar", 52),
    Person35("Kisemei Sankale", "Sankale", "m", "Maasai", 33),
    Person35("Elikana Swai", "Swai", "m", "Chaga", 48),
    Person35("Tumelo Makhetha", "Makhetha", "m", "Sotho", 40),
    Person35("Codjo Ahouansou", "Ahouansou", "m", "Fon", 57),
    Person35("Mbagnick Sène", "Sène", "m", "Serer", 35),
    Person35("Momoh Kpaka", "Kpaka", "m", "Mende", 63),
    Person35("Bekar Gabliani", "Gabliani", "m", "Svan", 42),
    Person35("Arnaut Bordenave", "Bordenave", "m", "Gascon", 59),
)

PEOPLE35 = tuple(p for pair in zip(WOMEN35, MEN35, strict=True) for p in pair)

#: Compound given names and double surnames without a hyphen: the surname on second reference is both
#: surnames (`Quintanilla Barreda`), or the first (Spanish) or the last (Portuguese) alone.
COMPOUND35 = (
    Person35(
        "Consuelo Amparo Quintanilla Barreda",
        "Quintanilla Barreda",
        "f",
        "Spanish",
        46,
        ("Quintanilla",),
    ),
    Person35("José Ignacio Berrocal Amezcua", "Berrocal Amezcua", "m", "Spanish", 52, ("Berrocal",)),
    Person35("Rocío Milagros Tovar Echeverría", "Tovar Echeverría", "f", "Mexican", 38, ("Tovar",)),
    Person35("Baltasar Tadeo Peñaloza Iturbe", "Peñaloza Iturbe", "m", "Mexican", 57, ("Peñaloza",)),
    Person35("Solange Hélène Dubreuil Lafarge", "Dubreuil Lafarge", "f", "French", 44, ("Dubreuil",)),
    Person35("Anselmo Arturo Arancibia Moya", "Arancibia Moya", "m", "Chilean", 61, ("Arancibia",)),
    Person35("Aurora Benedita Sequeira Brandão", "Sequeira Brandão", "f", "Portuguese", 49, ("Brandão",)),
    Person35("Iracema Paula Cordeiro Lustosa", "Cordeiro Lustosa", "f", "Brazilian", 35, ("Lustosa",)),
)


@frozen
class Family35:
    """Three people of one surname: a parent and two children (the elder first), each a given name and a
    gender."""

    surname: str
    parent: tuple[str, str]
    elder: tuple[str, str]
    younger: tuple[str, str]


FAMILIES35 = (
    Family35("Sannoh", ("Mamie", "f"), ("Sahr", "m"), ("Tamba", "m")),
    Family35("Castaing", ("Bertomiu", "m"), ("Guilhelma", "f"), ("Pèir", "m")),
    Family35("Gharti", ("Pabitra", "f"), ("Tilak", "m"), ("Mina", "f")),
    Family35("Chartolani", ("Murtaz", "m"), ("Gela", "m"), ("Lela", "f")),
    Family35("Agbangla", ("Rékiath", "f"), ("Dossa", "m"), ("Hounsa", "m")),
    Family35("Appachu", ("Poovaiah", "m"), ("Bollamma", "f"), ("Nanjappa", "m")),
)


@frozen
class Role35:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the arboretum`), a topic, quotations and reported clauses in the role's voice, and a
    quotation in two pieces (the second starts lower-case, to follow a credit in the middle)."""

    role: str
    body: str
    head: str
    kind: str
    topic: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    split: tuple[str, str]


ROLES35 = (
    Role35(
        "head arborist",
        "the Scarrowby Arboretum",
        "arborist",
        "the arboretum",
        "the ash dieback",
        (
            "Some of these oaks were planted before the railway came",
            "We lose a tree a week to the disease and plant two",
            "A storm like that one undoes ten years of work in a night",
        ),
        (
            "the arboretum had felled forty diseased ash trees",
            "the maple walk would reopen in October",
            "the storm had brought down the oldest cedar",
        ),
        ("The cedar was older than the house", "and we have kept a slice of its trunk"),
    ),
    Role35(
        "master hatter",
        "the Corriemoor Hat Works",
        "hatter",
        "the hat works",
        "the price of felt",
        (
            "Every hat is blocked by hand on a wooden form",
            "A good felt hat will outlive the man who buys it",
            "We still steam the brims the way my grandfather did",
        ),
        (
            "felt had doubled in price in a year",
            "the hat works would take on two apprentices",
            "a theatre had ordered sixty top hats",
        ),
        ("A bowler takes two days to make", "and most of that is waiting for the shellac to dry"),
    ),
    Role35(
        "chief flying instructor",
        "the Ravensholt Gliding Club",
        "flying instructor",
        "the club",
        "the new winch",
        (
            "A glider has no engine, so every landing is the only one",
            "The thermals over the ridge are the best in the county",
            "Most of our pupils go solo within a year",
        ),
        (
            "the club had bought a second winch",
            "the club would offer trial flights to students",
            "a pupil had flown for five hours without landing",
        ),
        ("The ridge gives us lift in a westerly", "and on a good day we can stay up till dark"),
    ),
    Role35(
        "hangar manager",
        "the Wethermere Airship Hangar",
        "hangar manager",
        "the hangar",
        "the roof repairs",
        (
            "You could park three jumbo jets in here and lose one",
            "The doors alone weigh more than a train",
            "People come to see the building, not the airship",
        ),
        (
            "the hangar roof would be patched before winter",
            "the hangar had been used to film a war drama",
            "the airship would fly again in the spring",
        ),
        ("The shed was built for a ship that never flew", "and it has outlasted every airship since"),
    ),
    Role35(
        "head perry maker",
        "the Dormington Perry Mill",
        "perry maker",
        "the mill",
        "the pear harvest",
        (
            "Perry pears are too bitter to eat and too good to waste",
            "Some of our trees are three hundred years old",
            "We press in November and drink in June",
        ),
        (
            "the pear harvest had been the smallest in a decade",
            "the mill would bottle a sparkling perry",
            "an old orchard had been saved from a housing plan",
        ),
        ("A perry pear tree takes a lifetime to crop", "so you plant pears for your heirs"),
    ),
    Role35(
        "head topiarist",
        "the Brackenlow Topiary Garden",
        "topiarist",
        "the garden",
        "the box blight",
        (
            "The peacock hedge is clipped twice a year with hand shears",
            "Box blight can strip a hedge in a wet month",
            "Visitors think the yew chess set is plastic until they touch it",
        ),
        (
            "blight had killed a third of the box hedges",
            "the garden would plant yew in place of box",
            "the peacock hedge was a hundred years old",
        ),
        ("We cut the yew in August", "and it takes four of us three weeks"),
    ),
    Role35(
        "senior fresco restorer",
        "the Velmonte Fresco Trust",
        "restorer",
        "the trust",
        "the damp in the chapel",
        (
            "Under the whitewash we found a whole choir of angels",
            "Damp is the enemy of every painted wall",
            "We work with brushes no thicker than an eyelash",
        ),
        (
            "damp had lifted the plaster in the chapel",
            "the trust would open the chapel to visitors",
            "a second painted wall had been found under the whitewash",
        ),
        ("The painter worked fast, while the plaster was wet", "and we can see where he stopped each day"),
    ),
    Role35(
        "senior cartographer",
        "the Cardrossie Survey Office",
        "cartographer",
        "the survey office",
        "the new coastal charts",
        (
            "The coast moves every winter and the map has to follow",
            "We still check the old triangulation pillars on foot",
            "A map is only as good as the last person who walked it",
        ),
        (
            "the coastline had moved ten metres in a year",
            "the survey office would print the new charts in May",
            "a lost pillar had been found in a field wall",
        ),
        ("Every headland has been walked by someone here", "and most of them twice"),
    ),
    Role35(
        "tower keeper",
        "the Dunvorrich Semaphore Tower",
        "keeper",
        "the tower",
        "the lottery grant",
        (
            "A message could cross the country by these arms in an hour",
            "The telescope still points at the next hill",
            "Children want to work the arms themselves",
        ),
        (
            "the tower had won a lottery grant",
            "the semaphore arms would be rebuilt in oak",
            "the stairs had been closed after a fall",
        ),
        ("The arms were worked by two men in shifts", "and neither of them could read the messages"),
    ),
    Role35(
        "chief telegraph engineer",
        "the Porthgarrow Telegraph Museum",
        "telegraph engineer",
        "the museum",
        "the cable hut",
        (
            "The first cable landed on this beach in the rain",
            "Every message to the colonies went through this hut",
            "We can still send Morse down the old line",
        ),
        (
            "the cable hut had flooded at a spring tide",
            "the museum would show the original receiving set",
            "volunteers had restored the Morse keys",
        ),
        ("The operators worked round the clock", "and slept in bunks above the batteries"),
    ),
    Role35(
        "senior rehabilitator",
        "the Fernlea Hedgehog Hospital",
        "rehabilitator",
        "the hospital",
        "the dry summer",
        (
            "Most of our patients come in after a strimmer accident",
            "A hedgehog needs a hole in every garden fence",
            "We release them where they were found, never anywhere else",
        ),
        (
            "the hospital had taken in three hundred hedgehogs",
            "the dry summer had left the young ones underweight",
            "the hospital would open a second ward",
        ),
        ("A hoglet that small fits in a teaspoon", "and needs feeding every two hours"),
    ),
    Role35(
        "county recorder",
        "the Harlowden Badger Trust",
        "recorder",
        "the trust",
        "the new bypass",
        (
            "The setts on this hill are older than the village",
            "A badger will walk the same path for generations",
            "We count them at dusk with a red torch and a lot of patience",
        ),
        (
            "the bypass would cut through two setts",
            "the trust had counted forty badgers on the hill",
            "a tunnel under the road had been approved",
        ),
        ("The badgers were here before the road", "and they will still be crossing it after"),
    ),
)

#: A job and a place, the only introduction of a person who may be named later (`a fishmonger in
#: Brindlecombe`): the phrase and the job noun a title must contain.
JOBS35 = (
    ("fishmonger", "in Brindlecombe"),
    ("pharmacist", "in Pellingate"),
    ("crossing guard", "on Tolvaddon Road"),
    ("butcher", "on Ambergate Street"),
    ("barber", "in Cullerby"),
    ("florist", "in Wrenfold"),
    ("newsagent", "on Mossgiel Lane"),
    ("lifeguard", "at Scarrowmouth beach"),
    ("window cleaner", "in Hexley"),
    ("cobbler", "in Kelloway"),
    ("greengrocer", "on Stanlow Parade"),
    ("school caretaker", "in Pellingate"),
)

#: Remarks a bystander makes (a job holder's quotation and a reported clause).
STREET35 = (
    ("The water came up to the second step and stopped", "the water had stopped at the second step"),
    ("Nobody told us the road would be shut for a month", "nobody had warned them about the closure"),
    ("We had queues out of the door by seven", "the queue had reached the corner by seven"),
    ("I have never seen the tide that high in forty years", "the tide had been the highest in memory"),
    ("The lorries shake the windows every morning", "the lorries shook the windows every morning"),
    ("We kept the shutters down and waited", "they had kept the shutters down all day"),
)

TOWNS35 = ("Brindlecombe", "Pellingate", "Cullerby", "Wrenfold", "Hexley", "Kelloway", "Scarrowmouth")

DAYS35 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Animals, machines and places that "speak": the noun and a cue verb.
VOICES35 = (
    ("the parrot", "squawked"),
    ("the mynah bird", "screeched"),
    ("the cockatoo", "shrieked"),
    ("the satnav", "announced"),
    ("the talking clock", "intoned"),
    ("the vending machine", "chirped"),
    ("the robot", "beeped"),
    ("the smart speaker", "replied"),
)

#: What each of them "says", in the order of ``VOICES35``.
UTTERANCES35 = (
    "Pretty boy",
    "Who is a clever bird",
    "Hello, hello",
    "Turn left in two hundred metres",
    "At the third stroke it will be ten precisely",
    "Please take your change",
    "Out of order",
    "Sorry, I did not catch that",
)

#: Documents an author is named with: the noun, the accepted document names.
DOCS35 = ("report", "review", "study", "survey", "audit", "assessment")

#: Sayings of the dead, quoted by the living: the relation or figure and the saying.
SAYINGS35 = (
    "Never trust a calm sea",
    "A job half done is a job done twice",
    "Plant for the people who come after",
    "Keep your tools clean and your word cleaner",
    "The weather always wins in the end",
    "Listen twice before you speak once",
)

ELDERS35 = (
    ("grandfather", "m"),
    ("grandmother", "f"),
    ("late father", "m"),
    ("late mother", "f"),
    ("old teacher", "m"),
    ("first boss", "f"),
)

#: Words a writer sets off for irony (scare quotes).
IRONY35 = (
    "consultation",
    "improvement",
    "efficiency drive",
    "modernisation",
    "listening exercise",
    "refresh",
)

#: Titles of reports and laws, ships' names and search terms: quoted, said by nobody.
REPORT_TITLES35 = (
    "Roots and Branches",
    "A Future for Felt",
    "Lift and Drift",
    "Pears for the Next Century",
    "Walls That Speak",
    "Setts and the Road",
)
LAWS35 = ("Hedgerows Protection Act", "Heritage Skies Act", "Coastal Charts Act", "Old Orchards Act")
SHIPS35 = ("Morning Cedar", "Grey Heron", "Silver Bowler", "Lady Perry", "Northern Arms", "Kittiwake II")
SEARCHES35 = ("hedgehog in garden", "how to block a hat", "airship hangar tours", "perry near me")

#: Open-class cue verbs no earlier round used (after the quotation, inverted, before a colon, with *that*).
OPEN35 = (
    "quipped drily",
    "sighed wearily",
    "muttered darkly",
    "laughed ruefully",
    "put in",
    "remembered fondly",
)
OPEN_THAT35 = ("let on", "confessed")

PAPERS35 = ("Brindlecombe Courier", "Hexley Gazette", "Wrenfold Echo", "Kelloway Herald")
