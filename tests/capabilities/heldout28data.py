"""Slot fillers of the twenty-eighth held-out round (``heldout28.py``): invented people of Palauan,
Yapese, Ilocano, Bhutanese, Sherpa, Komi, Garifuna, Kanuri, Herero, Chuukese, Niuean, Khasi, Newar,
Tokelauan and Lezgin origin (with a demonym for nominal second references), names of hard shapes
(Zanzibari *bin*, Bahraini *al-*, Cape Breton *Mac*, Montserratian *O'*, Rehoboth Baster *van der*,
Belizean *de la*, a Paraguayan double surname, Sierra Leonean initials, Liberian *Jr.* and *III*,
Minangkabau one-word names), quotation marks (straight, curly, British single, guillemets, German
low-high), open-class cue verbs, roles with their bodies in fish markets, cave rescue, harbour
dredging, mountain huts, funiculars, pottery kilns, hop farms, coppiced woodland, tide gauges, slate
mines, model railways, seed libraries, herbaria, fossil preparation, carousels, sawmills, tanneries and
snow-plough depots, second posts for double affiliations, documents and their verbs, marked words that
are no quotation, described speakers and broadcast and social media cues, that no development template
or earlier held-out round uses.

Every name, body and sentence here was written for this round; the people and bodies are invented.
"""

from __future__ import annotations

from attrs import frozen


@frozen
class Person28:
    """An invented person: full name as written, the surname an editor uses on second reference (empty
    when the custom is unclear, as with *bin*), gender (`f`/`m`), culture and demonym."""

    full: str
    last: str
    gender: str
    culture: str
    nat: str

    @property
    def pronoun(self) -> str:
        """`she` or `he`."""
        return "she" if self.gender == "f" else "he"

    @property
    def poss(self) -> str:
        """`her` or `his`."""
        return "her" if self.gender == "f" else "his"

    @property
    def obj(self) -> str:
        """`her` or `him`."""
        return "her" if self.gender == "f" else "him"

    @property
    def hon(self) -> str:
        """`Ms.` or `Mr.` (American style, with a point)."""
        return "Ms." if self.gender == "f" else "Mr."

    @property
    def noun(self) -> str:
        """`woman` or `man`."""
        return "woman" if self.gender == "f" else "man"


@frozen
class Mark28:
    """A pair of quotation marks; curly and German marks take curly apostrophes inside."""

    open: str
    close: str

    def q(self, text: str) -> str:
        """*text* between the marks."""
        if self.open in "“‘„":
            text = text.replace("'", "’")
        return f"{self.open}{text}{self.close}"


DOUBLE28 = (Mark28('"', '"'), Mark28("“", "”"))
SINGLE28 = (Mark28("'", "'"), Mark28("‘", "’"))
GUILLEMETS28 = (Mark28("«", "»"),)
GERMAN28 = (Mark28("„", "“"),)
#: Every style (the quotations of this round hold no apostrophe).
ALL_MARKS28 = DOUBLE28 + SINGLE28 + GUILLEMETS28 + GERMAN28

WOMEN28 = (
    Person28("Merii Rengulbai", "Rengulbai", "f", "Palauan", "Palauan"),
    Person28("Tinag Ruwepin", "Ruwepin", "f", "Yapese", "Yapese"),
    Person28("Marisol Dumlao", "Dumlao", "f", "Ilocano", "Filipina"),
    Person28("Kuenga Choden", "Choden", "f", "Bhutanese", "Bhutanese"),
    Person28("Dawa Phuti Sherpa", "Sherpa", "f", "Sherpa", "Nepali"),
    Person28("Galina Rocheva", "Rocheva", "f", "Komi", "Russian"),
    Person28("Felicia Sabio", "Sabio", "f", "Garifuna", "Honduran"),
    Person28("Yagana Bukarti", "Bukarti", "f", "Kanuri", "Nigerian"),
    Person28("Vemuna Tjiriange", "Tjiriange", "f", "Herero", "Namibian"),
    Person28("Kiomi Eperiam", "Eperiam", "f", "Chuukese", "Micronesian"),
    Person28("Hiliati Tafatu", "Tafatu", "f", "Niuean", "Niuean"),
    Person28("Ibadahun Nongkynrih", "Nongkynrih", "f", "Khasi", "Indian"),
    Person28("Rupa Tuladhar", "Tuladhar", "f", "Newar", "Nepali"),
    Person28("Sela Lemisio", "Lemisio", "f", "Tokelauan", "Tokelauan"),
    Person28("Rukiyat Emirova", "Emirova", "f", "Lezgin", "Dagestani"),
)

MEN28 = (
    Person28("Techur Ngirmekur", "Ngirmekur", "m", "Palauan", "Palauan"),
    Person28("Falan Yinug", "Yinug", "m", "Yapese", "Yapese"),
    Person28("Teodulo Bumanglag", "Bumanglag", "m", "Ilocano", "Filipino"),
    Person28("Kinley Penjor", "Penjor", "m", "Bhutanese", "Bhutanese"),
    Person28("Ngawang Tashi Salaka", "Salaka", "m", "Sherpa", "Nepali"),
    Person28("Vitaly Vokuev", "Vokuev", "m", "Komi", "Russian"),
    Person28("Epifanio Lambey", "Lambey", "m", "Garifuna", "Belizean"),
    Person28("Bulama Kaumi", "Kaumi", "m", "Kanuri", "Nigerian"),
    Person28("Katjiuongua Kazombiaze", "Kazombiaze", "m", "Herero", "Namibian"),
    Person28("Tarsis Sarapio", "Sarapio", "m", "Chuukese", "Micronesian"),
    Person28("Moka Pulehetoa", "Pulehetoa", "m", "Niuean", "Niuean"),
    Person28("Banteilang Syiemlieh", "Syiemlieh", "m", "Khasi", "Indian"),
    Person28("Bikash Manandhar", "Manandhar", "m", "Newar", "Nepali"),
    Person28("Pio Fatupaito", "Fatupaito", "m", "Tokelauan", "Tokelauan"),
    Person28("Arsen Mirzakerimov", "Mirzakerimov", "m", "Lezgin", "Dagestani"),
)

PEOPLE28 = tuple(p for pair in zip(WOMEN28, MEN28, strict=True) for p in pair)

#: Names of hard shapes (particles, a double surname, initials, suffixes, one-word names).
HARD28 = (
    Person28("Salim bin Mussa", "", "m", "Zanzibari bin", "Tanzanian"),
    Person28("Maryam al-Sayegh", "al-Sayegh", "f", "Bahraini al-", "Bahraini"),
    Person28("Morag MacEachern", "MacEachern", "f", "Cape Breton Mac", "Canadian"),
    Person28("Desmond O'Garro", "O'Garro", "m", "Montserratian O'", "Montserratian"),
    Person28("Hendrina van der Byl", "van der Byl", "f", "Rehoboth Baster van der", "Namibian"),
    Person28("Rogelio de la Cerda", "de la Cerda", "m", "Belizean de la", "Belizean"),
    Person28("Liz Benítez-Ocampos", "Benítez-Ocampos", "f", "Paraguayan double surname", "Paraguayan"),
    Person28("J. R. Konneh", "Konneh", "m", "Sierra Leonean initials", "Sierra Leonean"),
    Person28("Emmanuel T. Gbollie Jr.", "Gbollie", "m", "Liberian Jr.", "Liberian"),
    Person28("Augustus Wesseh III", "Wesseh", "m", "Liberian III", "Liberian"),
    Person28("Yusnimar", "Yusnimar", "f", "Minangkabau one-word", "Indonesian"),
    Person28("Syafrizal", "Syafrizal", "m", "Minangkabau one-word", "Indonesian"),
)

#: Open-class cue verbs (past, present) no common reporting-verb lexicon lists.
OPEN_VERBS28 = (
    ("hazarded", "hazards"),
    ("rumbled", "rumbles"),
    ("breathed", "breathes"),
    ("averred", "avers"),
    ("whimpered", "whimpers"),
    ("husked", "husks"),
)

#: Roles: (role after a name, the body, the head a title must contain, the body's kind, quotations in
#: the role's voice, reported clauses in the role's field).
ROLES28 = (
    (
        "chief auctioneer",
        "the Pellingsby Fish Market",
        "auctioneer",
        "the market",
        ("The boats were in by four and the hake was gone by six", "Nobody bids on a flat fish in a hurry"),
        ("the cold store would be rebuilt", "the morning sale had moved to five o'clock"),
    ),
    (
        "rescue controller",
        "the Draymoor Cave Rescue Team",
        "controller",
        "the team",
        ("The water rose faster than anyone expected", "We train in the dark because that is where we work"),
        ("the flooded passage would stay closed", "two cavers had been brought out unhurt"),
    ),
    (
        "dredge master",
        "the Cullaford Harbour Board",
        "dredge master",
        "the board",
        ("The silt comes back every winter like a tide of porridge", "We move a thousand tonnes a night"),
        ("the channel would be deepened by a metre", "the dredger had been idle since March"),
    ),
    (
        "hut warden",
        "the Hestwick Mountain Hut",
        "warden",
        "the hut",
        ("Every blanket up here was carried up on foot", "The weather turns in ten minutes"),
        ("the hut would open a month late", "the water tank had frozen solid"),
    ),
    (
        "brake operator",
        "the Tollerby Funicular",
        "operator",
        "the funicular",
        ("The cars pass each other at exactly the halfway point", "The cable is older than my father"),
        ("the line would close for new cables", "the upper station had been repainted"),
    ),
    (
        "kiln master",
        "the Skelvoe Pottery",
        "kiln master",
        "the pottery",
        ("A firing lasts three days and we sleep in shifts", "The wood kiln decides the colour, not us"),
        ("the big kiln would be fired twice a year", "a whole batch of jugs had cracked"),
    ),
    (
        "farm manager",
        "the Marrowdale Hop Farm",
        "manager",
        "the farm",
        ("The bines grow a foot a day in June", "The pickers come back year after year"),
        ("the drying house would be restored", "the harvest had come a week early"),
    ),
    (
        "head woodward",
        "the Ardlestone Woodland Trust",
        "woodward",
        "the trust",
        ("Coppicing looks brutal but the wood loves it", "A hazel stool can outlive a cathedral"),
        ("the bluebell wood would be fenced off", "the charcoal burners had returned"),
    ),
    (
        "tide observer",
        "the Corrabeg Tide Gauge Station",
        "observer",
        "the station",
        ("The sea here has risen ten centimetres in my time", "The gauge never takes a holiday"),
        ("the old gauge would be kept as a backup", "the readings had been sent to the national archive"),
    ),
    (
        "underground guide",
        "the Hollinsey Slate Mine",
        "guide",
        "the mine",
        ("Switch off your torch and you will see nothing at all", "The quarrymen worked by candlelight"),
        ("the lower chamber would reopen for tours", "a section of the roof had been shored up"),
    ),
    (
        "layout builder",
        "the Tarbrook Model Railway Society",
        "builder",
        "the society",
        ("Every tree on the layout was made from a twist of wire", "The points jam when it is damp"),
        ("the layout would be shown at the spring fair", "the society had run out of space"),
    ),
    (
        "seed librarian",
        "the Greyhaven Seed Library",
        "librarian",
        "the library",
        ("People borrow beans and bring back twice as many", "Some of these seeds are older than the town"),
        ("the library would lend squash seeds this year", "a rare pea had been returned by a borrower"),
    ),
    (
        "herbarium keeper",
        "the Saltinghame Herbarium",
        "keeper",
        "the herbarium",
        (
            "Every sheet is a pressed moment of a summer long gone",
            "Beetles are the enemy of every collection",
        ),
        ("the moss collection would be catalogued", "the freezer had failed over the weekend"),
    ),
    (
        "fossil preparator",
        "the Brackenholm Fossil Museum",
        "preparator",
        "the museum",
        ("The rock gives things up very slowly", "A single claw took me a whole winter"),
        ("the new gallery would open in June", "the ichthyosaur had been cleaned at last"),
    ),
    (
        "carousel restorer",
        "the Ivelet Pier Carousel",
        "restorer",
        "the carousel",
        ("Each horse has a name and a story", "The organ plays the same six tunes it played in 1920"),
        ("the carousel would turn again by Easter", "the gilding had been redone by hand"),
    ),
    (
        "head sawyer",
        "the Scarrow Sawmill",
        "sawyer",
        "the sawmill",
        ("The big blade sings when the oak is dry", "We cut what the forest can spare"),
        ("the waterwheel would drive the saw again", "the order book had filled up for the year"),
    ),
    (
        "master tanner",
        "the Dunhallow Tannery",
        "tanner",
        "the tannery",
        ("Oak bark tanning takes a year and cannot be hurried", "The smell is the price of good leather"),
        ("the tanning pits would be relined", "a saddler had ordered forty hides"),
    ),
    (
        "depot supervisor",
        "the Wraysholme Snow Plough Depot",
        "supervisor",
        "the depot",
        ("The ploughs go out before the first flake lands", "Salt is cheap until you run out of it"),
        ("the pass would be kept open through the night", "the salt barn had been filled"),
    ),
)

#: Second posts for double affiliations: (post of a body, the head a title may print).
SECOND_POSTS28 = (
    ("treasurer of the Lowmarsh Angling Association", "treasurer"),
    ("secretary of the Pennock Valley Bell Ringers", "secretary"),
    ("a governor of the Orrel Bridge Primary School", "governor"),
    ("chair of the Fintry Head Community Council", "chair"),
    ("vice-chair of the Westray Hill Walkers", "vice-chair"),
)

#: Quotations that fit any role (without final punctuation; no apostrophes).
ALL_Q28 = (
    "We have done this the same way for a hundred years",
    "The young ones pick it up faster than we did",
    "Nobody asked us before the money was cut",
    "It is hard work and I would not swap it for anything",
    "The visitors see the end of it but not the hours",
    "We will keep going as long as the roof holds",
    "There is always one more job on the list",
    "This season has been the strangest I remember",
    "I learned the trade from my grandmother",
    "The place would fall apart without the volunteers",
    "Every winter we wonder if it will be the last",
    "You cannot rush any of it",
)

#: Second sentences of a quotation (full sentences without final punctuation).
SECOND_Q28 = (
    "That is the truth of it",
    "Ask anyone who works here",
    "The rest is up to the weather",
    "We will see what the spring brings",
    "I have no better answer than that",
)

#: Paragraphs of a long quotation (full sentences without final punctuation), three to a set.
LONG_PARAS28 = (
    (
        "The first year was a disaster from start to finish",
        "We lost half the stock to the damp and the rest to the mice",
        "Now we keep everything on shelves and check it every week",
    ),
    (
        "My father started here when he was fourteen",
        "He never missed a day in forty years except for the snow of 1963",
        "I think about him every morning when I unlock the door",
    ),
    (
        "People assume the hard part is the work itself",
        "It is not, it is the paperwork that comes with it",
        "Half my week goes on forms that nobody reads",
    ),
    (
        "We were told the grant was safe",
        "Then a letter arrived in August saying it had gone",
        "There was no warning and nobody to ring",
    ),
)

#: Reported clauses (no initial *that*), some with *would*/*could*.
CLAUSES28 = (
    "the repairs would be finished by the autumn",
    "the council had promised more money",
    "the numbers of visitors had never been higher",
    "the old equipment could not be replaced",
    "the volunteers would stay on through the winter",
    "the site could close if the lease was not renewed",
    "the insurers had raised the premium again",
    "the apprentices would start in September",
)

#: Newspapers, radio stations and podcasts.
PAPERS28 = ("Marrowdale Gazette", "Cullaford Echo", "Northern Ledger", "Hestwick Clarion")
STATIONS28 = ("Radio Tarbrook", "Coast FM", "Valley Sound 104", "Fell Radio")
PODCASTS28 = ("The Long Shift", "Underground Hour", "Tidelines", "Small Trades")

DAYS28 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Ages for `the AGE-year-old`.
AGES28 = (29, 36, 44, 52, 58, 61, 66, 71)

#: Narrative sentences that report nothing.
FILLERS28 = (
    "The building was put up in 1884 and extended after the war.",
    "Rain had fallen all morning and the car park was half empty.",
    "A new sign went up by the gate last spring.",
    "The site is run by a staff of six and about thirty volunteers.",
    "Tickets cost four pounds for adults and nothing for children.",
    "The nearest bus stop is a mile down the valley.",
)

#: Quiet actions between two quotations (a subject pronoun is slotted in front: `she pointed ...`).
ACTIONS28 = (
    "pointed at the ceiling",
    "put down the mug",
    "walked over to the window",
    "checked the clock on the wall",
    "wiped down the counter",
)

#: Documents: (the document noun, a verb of its finding).
DOCUMENTS28 = (
    ("report", "found"),
    ("review", "concluded"),
    ("survey", "found"),
    ("audit", "concluded"),
)

#: Works, operations, ships and reports in marks (never quotations): (kind, title).
WORKS28 = (
    ("film", "Below the Slate"),
    ("film", "The Last Firing"),
    ("report", "Silt and the City"),
    ("report", "Paths Worth Keeping"),
    ("operation", "Clear Channel"),
    ("operation", "White Pass"),
    ("ship", "Kittiwake"),
    ("ship", "Brannock Maid"),
)

#: Frames for marked titles by kind: (a sentence of its own), ``{w}`` the marked title.
WORK_FRAMES28 = {
    "film": "The documentary {w} was shown at the village hall.",
    "report": "The council report {w} ran to ninety pages.",
    "operation": "The clean-up, known as Operation {w}, lasted a week.",
    "ship": "The dredger {w} was tied up at the quay.",
}

#: Sarcastic scare-quote sentences (`{o}`/`{c}` the marks) that credit their words to nobody.
SCARE28 = (
    "The {o}express{c} lift took eleven minutes to reach the top.",
    "The {o}improved{c} timetable added an hour to every trip.",
    "The {o}short{c} walk from the car park is two miles uphill.",
    "The {o}modern{c} heating dates from 1979.",
)

#: Words defined in marks: (the word, its definition).
DEFINED28 = (
    ("stool", "the stump a coppiced tree grows back from"),
    ("bine", "the climbing stem of a hop"),
    ("spoil", "the waste rock left after mining"),
    ("slurry", "the wet mud the dredger lifts"),
)

#: Nicknames between given name and surname.
NICKNAMES28 = ("Tug", "Sparks", "Doc", "Shorty")

#: Speakers known by a description only: (as written, the names a reader accepts for it).
DESCRIBED28 = (
    (
        "a woman who asked not to be named",
        ("a woman who asked not to be named", "woman who asked not to be named", "woman", "a woman"),
    ),
    (
        "a senior official at the Cullaford Harbour Board",
        (
            "a senior official at the Cullaford Harbour Board",
            "senior official at the Cullaford Harbour Board",
            "senior official",
            "official",
        ),
    ),
    (
        "one resident of Tarbrook",
        ("one resident of Tarbrook", "resident of Tarbrook", "one resident", "resident"),
    ),
    (
        "a man who has fished the harbour for forty years",
        (
            "a man who has fished the harbour for forty years",
            "man who has fished the harbour for forty years",
            "man",
        ),
    ),
    (
        "a longtime volunteer at the funicular",
        (
            "a longtime volunteer at the funicular",
            "longtime volunteer at the funicular",
            "longtime volunteer",
            "volunteer",
        ),
    ),
    (
        "a miner's widow who lives above the quarry",
        (
            "a miner's widow who lives above the quarry",
            "miner's widow who lives above the quarry",
            "widow",
            "miner's widow",
        ),
    ),
    (
        "one of the pickers",
        ("one of the pickers", "pickers", "one picker", "picker"),
    ),
    (
        "a person familiar with the talks",
        ("a person familiar with the talks", "person familiar with the talks", "person"),
    ),
)

#: Places for `one resident of TOWN` and the like.
TOWNS28 = ("Tarbrook", "Pellingsby", "Hestwick", "Scarrow", "Ivelet")
