"""Slot fillers of the thirty-third held-out round (``heldout33.py``): invented people of Amhara, Kanak,
Walser, Kashmiri, Pashtun, Dogon, Bambara, Tsonga, Ndebele, Warlpiri, Zuni, Livonian, Seto, Rusyn and Kven
origin (with their gender, the language they speak, an age), quotation marks (straight, curly, British
single, guillemets, German low-high), roles with their bodies in whale watching, snail farming,
harpsichord making, pen repair, carillons, cricket-bat willow, mosaics, curling ice, basketry, wheelwrights,
dulcimers, trout farming, gilding, chandlery, bell ringing and globe making (each with a description a
lede would use), clergy, military and civic ranks, newspapers, quotations with ellipses, dashes, questions
and exclamations, open cue verbs, and headlines, campaigns, hashtags, catchphrases, signs and product names
that nobody in the text says, that no development template or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person33:
    """An invented person: full name as written, the surname an editor uses on second reference, gender
    (`f`/`m`), culture, the language the person speaks (`said in Pashto`) and an age."""

    full: str
    last: str
    gender: str
    culture: str
    lang: str
    age: int

    @property
    def given(self) -> str:
        """The given name (`Sister Tsakani`)."""
        return self.full.split()[0]

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.`."""
        return "Ms." if self.gender == "f" else "Mr."

    @property
    def noun(self) -> str:
        """`woman` or `man`."""
        return "woman" if self.gender == "f" else "man"

    def kin(self, female: str, male: str) -> str:
        """The relation word that fits this person's gender (`daughter`/`son`)."""
        return female if self.gender == "f" else male


@frozen
class Mark33:
    """A pair of quotation marks; curly and German marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


ALL_MARKS33 = (
    Mark33('"', '"'),
    Mark33("“", "”"),
    Mark33("'", "'"),
    Mark33("‘", "’"),
    Mark33("«", "»"),
    Mark33("„", "“"),
)

WOMEN33 = (
    Person33("Tsehay Wondimagegn", "Wondimagegn", "f", "Amhara", "Amharic", 46),
    Person33("Mérelle Gowé", "Gowé", "f", "Kanak", "Drehu", 39),
    Person33("Rosmarie Imsand", "Imsand", "f", "Walser", "Walser German", 58),
    Person33("Shameema Kitchloo", "Kitchloo", "f", "Kashmiri", "Kashmiri", 43),
    Person33("Palwasha Khattakzai", "Khattakzai", "f", "Pashtun", "Pashto", 35),
    Person33("Yassagou Guindo", "Guindo", "f", "Dogon", "Dogon", 51),
    Person33("Nanténin Kanouté", "Kanouté", "f", "Bambara", "Bambara", 44),
    Person33("Tsakani Baloyi", "Baloyi", "f", "Tsonga", "Xitsonga", 37),
    Person33("Sizakele Skosana", "Skosana", "f", "Ndebele", "isiNdebele", 62),
    Person33("Maisie Napaljarri", "Napaljarri", "f", "Warlpiri", "Warlpiri", 57),
    Person33("Verna Laate", "Laate", "f", "Zuni", "Zuni", 48),
    Person33("Zoja Stalte", "Stalte", "f", "Livonian", "Livonian", 66),
    Person33("Evi Hõrn", "Hõrn", "f", "Seto", "Seto", 41),
    Person33("Hanna Kopchak", "Kopchak", "f", "Rusyn", "Rusyn", 53),
    Person33("Hilma Alatalo", "Alatalo", "f", "Kven", "Kven", 60),
)

MEN33 = (
    Person33("Dawit Wubneh", "Wubneh", "m", "Amhara", "Amharic", 49),
    Person33("Kalépo Wahétra", "Wahétra", "m", "Kanak", "Drehu", 42),
    Person33("Anselm Zurbriggen", "Zurbriggen", "m", "Walser", "Walser German", 55),
    Person33("Irfan Mattoo", "Mattoo", "m", "Kashmiri", "Kashmiri", 38),
    Person33("Zarmast Mohmandkhel", "Mohmandkhel", "m", "Pashtun", "Pashto", 47),
    Person33("Ogobara Tembély", "Tembély", "m", "Dogon", "Dogon", 63),
    Person33("Bakary Samaké", "Samaké", "m", "Bambara", "Bambara", 36),
    Person33("Hlulani Mabunda", "Mabunda", "m", "Tsonga", "Xitsonga", 44),
    Person33("Mandla Msiza", "Msiza", "m", "Ndebele", "isiNdebele", 59),
    Person33("Clifford Jakamarra", "Jakamarra", "m", "Warlpiri", "Warlpiri", 64),
    Person33("Elroy Tsethlikai", "Tsethlikai", "m", "Zuni", "Zuni", 52),
    Person33("Pētõr Damberg", "Damberg", "m", "Livonian", "Livonian", 70),
    Person33("Aarne Kõivupuu", "Kõivupuu", "m", "Seto", "Seto", 45),
    Person33("Mykhal Dudash", "Dudash", "m", "Rusyn", "Rusyn", 50),
    Person33("Juhani Keskitalo", "Keskitalo", "m", "Kven", "Kven", 57),
)

PEOPLE33 = tuple(p for pair in zip(WOMEN33, MEN33, strict=True) for p in pair)


@frozen
class Role33:
    """A role with its body: the role after a name, the body, the head noun a title must contain, the
    body's kind (`the farm`), a description a lede uses before the name is given (`a trout keeper who ...`)
    with a deed, a topic, a `whether` clause, quotations and reported clauses in the role's voice."""

    role: str
    body: str
    head: str
    kind: str
    desc: str
    deed: str
    topic: str
    ask: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]


ROLES33 = (
    Role33(
        "lead naturalist",
        "the Gullsay Sound Whale Watch",
        "naturalist",
        "the whale watch",
        "a whale-watching guide who has logged every fin whale off the headland for nine summers",
        "was given the freedom of the island",
        "the new speed limit for boats",
        "the boats would still sail past the seal colony",
        (
            "A fin whale can hear our engine from ten miles away",
            "We cut the motor and we wait, and that is the whole job",
            "The whales came back early this year and nobody knows why",
        ),
        (
            "the boats had seen fewer minke whales since the spring",
            "the whale watch would stop sailing at dawn to spare the calves",
            "ticket sales had doubled after the documentary",
        ),
    ),
    Role33(
        "head breeder",
        "the Pennick Lane Snail Farm",
        "breeder",
        "the farm",
        "a snail farmer who moved the whole herd indoors during the frost",
        "saved the season",
        "the price of snail feed",
        "the farm would sell to restaurants abroad",
        (
            "A snail will climb out of anything if you give it one wet night",
            "We sell more snails at Christmas than in the rest of the year",
            "Nobody believes me when I say they know my voice",
        ),
        (
            "the frost had killed a fifth of the young snails",
            "the farm would build a second greenhouse in the spring",
            "two restaurants in the capital had cancelled their orders",
        ),
    ),
    Role33(
        "master harpsichord maker",
        "the Wenlow Harpsichord Workshop",
        "harpsichord maker",
        "the workshop",
        "an instrument maker who spent four years on a single keyboard",
        "delivered it to the cathedral",
        "the shortage of seasoned spruce",
        "the workshop could finish the concert instrument by June",
        (
            "Every quill in the action is cut by hand with a penknife",
            "A harpsichord sounds like nothing else once it has settled",
            "We build two instruments a year and that is already too many",
        ),
        (
            "seasoned spruce had become almost impossible to buy",
            "the workshop would build a copy of the museum instrument",
            "a conservatory in the north had ordered three instruments",
        ),
    ),
    Role33(
        "chief nib grinder",
        "the Alderholt Pen Hospital",
        "nib grinder",
        "the pen hospital",
        "a pen mender who has saved forty thousand fountain pens from the bin",
        "retired from the counter",
        "the cost of gold nibs",
        "the pen hospital would keep its postal service",
        (
            "A nib is ground under a loupe, one stroke at a time",
            "People cry when they get their father's pen back",
            "Half the pens we see were dropped point first",
        ),
        (
            "the pen hospital had a queue of eleven hundred repairs",
            "the price of gold nibs had risen by a third",
            "the pen hospital would train two young grinders",
        ),
    ),
    Role33(
        "town carillonneur",
        "the Vossbury Carillon Society",
        "carillonneur",
        "the society",
        "a carillonneur who played through the whole of the power cut",
        "kept the town awake until dawn",
        "the cracked tenor bell",
        "the society could recast the tenor bell this year",
        (
            "You play a carillon with your fists and your feet",
            "The whole town hears every mistake you make",
            "The bells sound best in the cold, just before snow",
        ),
        (
            "the tenor bell had cracked during the frost",
            "the society would hold a recital every Sunday in summer",
            "forty children had signed up for lessons",
        ),
    ),
    Role33(
        "head bat maker",
        "the Fenmoor Bat Willow Company",
        "bat maker",
        "the company",
        "a bat maker who cleft one willow into enough blades for a whole club",
        "was invited to the test match",
        "the disease in the willow plantations",
        "the company could find enough willow for next season",
        (
            "A good blade tells you it is good the first time you tap it",
            "Willow has to dry for a year before we touch it",
            "We press every blade by hand, because machines crush the grain",
        ),
        (
            "watermark disease had killed a third of its trees",
            "the company would plant ten thousand new sets this winter",
            "orders from the south had doubled since the summer",
        ),
    ),
    Role33(
        "chief mosaicist",
        "the Larkhill Mosaic Studio",
        "mosaicist",
        "the studio",
        "a mosaic restorer who relaid a Roman floor stone by stone",
        "opened it to the public",
        "the damp in the bathhouse floor",
        "the studio would take on the railway station murals",
        (
            "Every stone goes back exactly where the Romans put it",
            "You learn patience on your knees or you do not learn it at all",
            "A floor like this was made to be walked on, not fenced off",
        ),
        (
            "damp had lifted a large part of the bathhouse floor",
            "the studio would train volunteers to clean the tesserae",
            "the council had refused to pay for a new roof",
        ),
    ),
    Role33(
        "ice technician",
        "the Braemuir Curling Club",
        "ice technician",
        "the club",
        "an ice maker who flooded the sheets by hand every night for a month",
        "was thanked by the visiting teams",
        "the rising cost of electricity",
        "the club could keep its ice through the summer",
        (
            "Good ice is flat, cold and pebbled, and it is never finished",
            "A draught from the door can ruin a whole end",
            "We scrape, flood and pebble before every single game",
        ),
        (
            "the electricity bill had tripled since the autumn",
            "the club would open its ice to schools on Mondays",
            "the old compressor had failed twice in January",
        ),
    ),
    Role33(
        "master basketmaker",
        "the Athelney Basket Cooperative",
        "basketmaker",
        "the cooperative",
        "a basket weaver who wove a cradle for every baby born in the village last year",
        "was made an honorary member of the parish",
        "the flooding of the willow beds",
        "the cooperative would save its willow beds",
        (
            "A basket is woven with your hands and checked with your knees",
            "The willow tells you when it is ready, not the calendar",
            "We still make the eel traps that nobody has used for fifty years",
        ),
        (
            "floods had ruined most of the willow beds",
            "the cooperative would run weaving classes for beginners",
            "the shop had sold out of log baskets before November",
        ),
    ),
    Role33(
        "senior wheelwright",
        "the Drayford Wheelwright Shop",
        "wheelwright",
        "the shop",
        "a wheelwright who built new wheels for the royal coach in six weeks",
        "was given a medal",
        "the lack of seasoned oak",
        "the shop could finish the carnival wagons in time",
        (
            "A wheel has to be dished, or it falls apart on the first bend",
            "The iron tyre goes on red hot and shrinks tight as it cools",
            "We make the same wheels our great-grandfathers made",
        ),
        (
            "the shop had run out of seasoned oak",
            "the shop would build wheels for the museum carriages",
            "the apprentice had finished her first wheel",
        ),
    ),
    Role33(
        "dulcimer builder",
        "the Pellham Dulcimer Works",
        "dulcimer builder",
        "the works",
        "an instrument builder who made a dulcimer from the door of a burned church",
        "gave it to the parish",
        "the price of walnut",
        "the works would reopen its showroom",
        (
            "The soundboard decides everything, the rest is decoration",
            "I tune each course of strings three times before it leaves",
            "Folk players wear out a dulcimer faster than any concert player",
        ),
        (
            "walnut had doubled in price in two years",
            "the works would build instruments for the folk school",
            "the showroom had been closed since the flood",
        ),
    ),
    Role33(
        "head fish keeper",
        "the Glaslyn Trout Farm",
        "fish keeper",
        "the trout farm",
        "a trout keeper who carried oxygen to the ponds through a night of floods",
        "saved most of the stock",
        "the warm water in the river",
        "the trout farm would restock the upper river",
        (
            "A trout tells you the water is wrong a day before any test does",
            "We lost more fish to herons than to the floods",
            "Every pond is fed from the same cold spring",
        ),
        (
            "the river had been too warm for the fry since July",
            "the trout farm would stock the reservoir again in spring",
            "herons had taken a tenth of the stock",
        ),
    ),
    Role33(
        "master gilder",
        "the Ebbleworth Frame Gilders",
        "gilder",
        "the gilders",
        "a gilder who regilded the ceiling of the old theatre in a single winter",
        "was named craftsperson of the year",
        "the price of gold leaf",
        "the gilders could finish the theatre boxes before the gala",
        (
            "Gold leaf is so thin that a sneeze will ruin a morning",
            "You lay the leaf with a brush of squirrel hair and hold your breath",
            "Every frame we gild has to last another two hundred years",
        ),
        (
            "gold leaf had never been so expensive",
            "the gilders would restore the frames of the town hall portraits",
            "the theatre had asked for another ceiling",
        ),
    ),
    Role33(
        "ship chandler",
        "the Porthwen Quay Chandlery",
        "chandler",
        "the chandlery",
        "a chandler who opened the shop at midnight for a stranded trawler crew",
        "fitted out the boat by morning",
        "the new berthing charges",
        "the chandlery would stay open through the winter",
        (
            "If a boat needs a shackle at three in the morning, we open",
            "Fishermen pay at the end of the season and they always pay",
            "We sell rope by the fathom and advice for free",
        ),
        (
            "the berthing charges had driven half the fleet away",
            "the chandlery would stock parts for electric outboards",
            "sales of oilskins had fallen for a third year",
        ),
    ),
    Role33(
        "tower captain",
        "the St Aldric Guild of Bell Ringers",
        "tower captain",
        "the guild",
        "a bell ringer who rang a full peal on the morning of a family wedding",
        "was cheered by the congregation",
        "the rotten bell frame",
        "the guild would ring for the coronation anniversary",
        (
            "A full peal takes three hours and not one mistake",
            "The bells have rung every Sunday since the war",
            "Ringing is maths you can hear from the other side of the valley",
        ),
        (
            "the bell frame was too rotten to ring the heavy bells",
            "the guild would teach six new ringers this winter",
            "the tower had been closed for a month of repairs",
        ),
    ),
    Role33(
        "chief globe maker",
        "the Merrow Globe Workshop",
        "globe maker",
        "the workshop",
        "a globe maker who painted a new coastline onto every globe in stock",
        "shipped the first order abroad",
        "the waiting list for hand-painted globes",
        "the workshop could cut its waiting list",
        (
            "Every map gore is stretched onto the sphere by hand",
            "A globe is the only map that does not lie about size",
            "We repaint a coastline whenever the sea moves it",
        ),
        (
            "the waiting list for large globes had reached two years",
            "the workshop would open a second studio in the old mill",
            "a museum had bought its largest globe",
        ),
    ),
)

DAYS33 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PAPERS33 = (
    "Wenlow Evening Post",
    "Fenmoor Chronicle",
    "Gullsay Islander",
    "Braemuir Herald",
    "Drayford Clarion",
    "Porthwen Packet",
)

TOWNS33 = ("Wenlow", "Fenmoor", "Braemuir", "Drayford", "Pellham", "Porthwen", "Vossbury")

#: Open cue verbs no common lexicon lists (checked against the earlier rounds).
OPEN33 = ("breezed", "seethed", "fired back", "hit back", "bit back", "snapped back")


@frozen
class Rank33:
    """A clergy, military or civic rank before a name: as written at a sentence start, mid-sentence, the
    parts a title may hold (either), the gender it takes (`f`, `m`, or `` for either) and how the second
    reference is formed (`rank` + surname, `given` after the rank, or the `bare` surname)."""

    start: str
    mid: str
    parts: tuple[str, ...]
    gender: str
    second: str


RANKS33 = (
    Rank33("The Rev.", "the Rev.", ("rev", "reverend"), "", "bare"),
    Rank33("Sgt.", "Sgt.", ("sgt", "sergeant"), "", "rank"),
    Rank33("Sister", "Sister", ("sister",), "f", "given"),
    Rank33("Brother", "Brother", ("brother",), "m", "given"),
    Rank33("Alderwoman", "Alderwoman", ("alderwoman",), "f", "rank"),
    Rank33("Alderman", "Alderman", ("alderman",), "m", "rank"),
    Rank33("Sheriff's Deputy", "Sheriff's Deputy", ("deputy",), "", "deputy"),
    Rank33("Canon", "Canon", ("canon",), "", "rank"),
    Rank33("Lt. Cmdr.", "Lt. Cmdr.", ("lt", "cmdr", "commander"), "", "rank"),
    Rank33("Chief Inspector", "Chief Inspector", ("inspector",), "", "rank"),
    Rank33("Cpl.", "Cpl.", ("cpl", "corporal"), "", "rank"),
    Rank33("Pastor", "Pastor", ("pastor",), "", "rank"),
)

#: Quotations with marks inside before the credit: an ellipsis (three points or the one character), a dash
#: pair, two questions, an exclamation, a question then an answer.
ELLIPSES33 = (
    "We tried ... and we failed",
    "We waited, and waited ... and then the phone rang",
    "It was not the money … it was never the money",
    "First the roof, then the walls … then there was nothing left",
)
DASHES33 = (
    "The roof — all of it — has to come off",
    "Nobody — not the council, not the owners — came to look",
    "Three winters -- three! -- without a proper repair",
)
QUESTIONS33 = ("Why now? Why us?", "Who pays for it? Who ever pays?", "What were we supposed to do?")
EXCLAIMS33 = ("Never again!", "Not on my watch!", "Enough is enough!")
QANDA33 = ("Is it worth it? Yes!", "Will we open in spring? Of course we will.", "Do I regret it? Not once.")

#: Marked strings that nobody in the text says: other papers' headlines, campaigns, hashtags,
#: catchphrases, signs and product names.
HEADLINES33 = ("Bells Fall Silent", "Snail Farm Beats the Frost", "Last Wheel Turns", "Whales Return Early")
CAMPAIGNS33 = ("Ring Them Back", "Save Our Willow", "Keep the Ice Cold", "Gold for the Gallery")
HASHTAGS33 = ("#SaveTheBells", "#WillowNotWaste", "#PeelTheOak", "#KeepFenmoorWeaving")
CATCHPHRASES33 = (
    "Mind the pebbles, pet",
    "Steady as the tide",
    "Not today, Harold",
    "Lovely job, lovely job",
)
SIGNS33 = ("No Ringing After Nine", "Mind the Wet Ice", "Knock Loudly, We Are Gilding", "Snails Crossing")
PRODUCTS33 = ("Little Peal", "The Night Flood", "Quillmaster", "Ebb and Flow")
