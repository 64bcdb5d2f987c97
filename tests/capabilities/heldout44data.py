"""Slot fillers of the forty-fourth held-out round (``heldout44.py``), a round of whole ARTICLES: invented
people of Irish, Konkani, Lithuanian, Estonian, Hausa, Akan, Bengali, Telugu, Swahili, Polish, Hungarian,
Finnish, Greek, Czech and Romanian origin (with their gender and an age), families who share a surname
(couples, siblings, a father and son), people whose surnames hold an apostrophe (*O'Dea*, *D'Souza*),
quotation marks (straight, curly, British single, guillemets, German low-high), five beats of local news
(a court, a football club, a research study, a company, a town council) each with four roles written with
their affiliation, the short references a story uses for them later, their quotations, reported clauses,
quoted fragments and paragraphs of narrative, an inquest with its coroner, bodies that issue statements,
an invented news service with its datelines, bylines, captions, editor's notes and read-more lines, and
works, nicknames and scare terms in marks that nobody says.

Every name, body, place and sentence here was written for this round; the people, places and bodies are
invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

ALL_MARKS44 = (
    Mark('"', '"'),
    Mark("\u201c", "\u201d"),
    Mark("'", "'"),
    Mark("\u2018", "\u2019"),
    Mark("\u00ab", "\u00bb"),
    Mark("\u201e", "\u201c"),
)

#: Double marks only (for quotations holding an apostrophe or an inner single-marked quotation).
DOUBLE_MARKS44 = (ALL_MARKS44[0], ALL_MARKS44[1])

#: British single marks only.
SINGLE_MARKS44 = (ALL_MARKS44[2], ALL_MARKS44[3])

#: Guillemets and German low-high marks.
FOREIGN_MARKS44 = (ALL_MARKS44[4], ALL_MARKS44[5])

WOMEN44 = (
    Person("Aoife Kinsella", "Kinsella", "f", "Irish", 44),
    Person("Pratibha Kamat", "Kamat", "f", "Konkani", 51),
    Person("R\u016bta \u017demaityt\u0117", "\u017demaityt\u0117", "f", "Lithuanian", 38),
    Person("Kadri Tamm", "Tamm", "f", "Estonian", 47),
    Person("Zainab Danjuma", "Danjuma", "f", "Hausa", 36),
    Person("Akosua Boateng", "Boateng", "f", "Akan", 59),
    Person("Sharmila Chowdhury", "Chowdhury", "f", "Bengali", 42),
    Person("Lavanya Nallapati", "Nallapati", "f", "Telugu", 33),
    Person("Neema Mwakyusa", "Mwakyusa", "f", "Swahili", 55),
    Person("Agnieszka Wr\u00f3blewska", "Wr\u00f3blewska", "f", "Polish", 49),
    Person("Zs\u00f3fia Horv\u00e1th", "Horv\u00e1th", "f", "Hungarian", 61),
    Person("Aino Virtanen", "Virtanen", "f", "Finnish", 29),
    Person("Eleni Papadaki", "Papadaki", "f", "Greek", 53),
    Person("Mark\u00e9ta Dvo\u0159\u00e1kov\u00e1", "Dvo\u0159\u00e1kov\u00e1", "f", "Czech", 40),
    Person("Ioana Munteanu", "Munteanu", "f", "Romanian", 46),
)

MEN44 = (
    Person("Cathal Brennan", "Brennan", "m", "Irish", 57),
    Person("Anand Naik", "Naik", "m", "Konkani", 43),
    Person("Darius Kazlauskas", "Kazlauskas", "m", "Lithuanian", 50),
    Person("Tarmo Saar", "Saar", "m", "Estonian", 35),
    Person("Musa Garba", "Garba", "m", "Hausa", 62),
    Person("Kwabena Owusu", "Owusu", "m", "Akan", 41),
    Person("Arindam Sengupta", "Sengupta", "m", "Bengali", 54),
    Person("Venkatesh Reddy", "Reddy", "m", "Telugu", 48),
    Person("Baraka Mwangosi", "Mwangosi", "m", "Swahili", 31),
    Person("Tomasz Zieli\u0144ski", "Zieli\u0144ski", "m", "Polish", 45),
    Person("Gergely Szab\u00f3", "Szab\u00f3", "m", "Hungarian", 39),
    Person("Juhani Lehtonen", "Lehtonen", "m", "Finnish", 58),
    Person("Stavros Karalis", "Karalis", "m", "Greek", 37),
    Person("Ond\u0159ej Proch\u00e1zka", "Proch\u00e1zka", "m", "Czech", 52),
    Person("Radu Ionescu", "Ionescu", "m", "Romanian", 34),
)

PEOPLE44 = tuple(p for pair in zip(WOMEN44, MEN44, strict=True) for p in pair)

#: Names with an apostrophe (an Irish *O'*, a Konkani *D'*).
APOSTROPHE44 = (
    Person("Niamh O'Dea", "O'Dea", "f", "Irish", 39),
    Person("Donal O'Driscoll", "O'Driscoll", "m", "Irish", 56),
    Person("Clara D'Souza", "D'Souza", "f", "Konkani", 47),
    Person("Cyril D'Costa", "D'Costa", "m", "Konkani", 63),
)


@frozen
class Family44:
    """Two people who share a surname, and how the story says they are related (`husband and wife`)."""

    a: Person
    b: Person
    relation: str


FAMILIES44 = (
    Family44(
        Person("Kojo Mensah", "Mensah", "m", "Akan", 55),
        Person("Efua Mensah", "Mensah", "f", "Akan", 52),
        "husband and wife",
    ),
    Family44(
        Person("Eero M\u00e4kinen", "M\u00e4kinen", "m", "Finnish", 67),
        Person("Lauri M\u00e4kinen", "M\u00e4kinen", "m", "Finnish", 38),
        "father and son",
    ),
    Family44(
        Person("R\u00e9ka Farkas", "Farkas", "f", "Hungarian", 44),
        Person("Anna Farkas", "Farkas", "f", "Hungarian", 41),
        "sisters",
    ),
    Family44(
        Person("Aminu Bello", "Bello", "m", "Hausa", 49),
        Person("Halima Bello", "Bello", "f", "Hausa", 46),
        "brother and sister",
    ),
    Family44(
        Person("Mihai Popescu", "Popescu", "m", "Romanian", 60),
        Person("Elena Popescu", "Popescu", "f", "Romanian", 58),
        "husband and wife",
    ),
    Family44(
        Person("Jonas Petrauskas", "Petrauskas", "m", "Lithuanian", 36),
        Person("Mindaugas Petrauskas", "Petrauskas", "m", "Lithuanian", 33),
        "brothers",
    ),
    Family44(
        Person("Siobh\u00e1n Keane", "Keane", "f", "Irish", 71),
        Person("Ciara Keane", "Keane", "f", "Irish", 45),
        "mother and daughter",
    ),
    Family44(
        Person("Rohan Bhattacharya", "Bhattacharya", "m", "Bengali", 42),
        Person("Moumita Bhattacharya", "Bhattacharya", "f", "Bengali", 40),
        "husband and wife",
    ),
)


@frozen
class Role44:
    """A role in a beat: the apposition that introduces it with its affiliation, the parts a title must hold,
    and the short references a story uses for it later (`the coach`)."""

    appos: str
    parts: tuple[str, ...]
    shorts: tuple[str, ...]


@frozen
class Beat44:
    """A kind of story: its roles (the first four speak), the event of its opening paragraph, its quotations,
    reported clauses, clauses with a quoted fragment (before, fragment), objects called something (object,
    fragment), narrative paragraphs that quote nobody, its body (which may issue a statement) and the body's
    short name."""

    name: str
    roles: tuple[Role44, ...]
    lede: str
    quotes: tuple[str, ...]
    clauses: tuple[str, ...]
    mixed: tuple[tuple[str, str], ...]
    called: tuple[tuple[str, str], ...]
    narrative: tuple[str, ...]
    body: str
    body_short: str


COURT44 = Beat44(
    "court",
    (
        Role44(
            "the presiding judge at Dunmarsh Crown Court",
            ("presiding judge", "Dunmarsh Crown Court"),
            ("the judge",),
        ),
        Role44(
            "a senior prosecutor with the Regional Prosecution Service",
            ("senior prosecutor", "Regional Prosecution Service"),
            ("the prosecutor",),
        ),
        Role44(
            "a defence barrister at Quarry Lane Chambers",
            ("defence barrister", "Quarry Lane Chambers"),
            ("the barrister", "the defence barrister"),
        ),
        Role44(
            "a bus driver from Sorrelby",
            ("bus driver",),
            ("the defendant",),
        ),
    ),
    "A bus driver was cleared of dangerous driving at Dunmarsh Crown Court on {day}.",
    (
        "The jury has heard nothing that places him behind the wheel that night",
        "This was a tragedy and not a crime",
        "The camera footage shows a bus that never left its lane",
        "I have driven that route for thirty years without a single complaint",
        "The witnesses agree on the time and on very little else",
        "You will have to decide whether the brakes failed or the driver did",
        "I still see the bus shelter every time I close my eyes",
        "The evidence about the tyres was never tested in this court",
        "Nobody in this room doubts that the family has suffered",
        "The prosecution has asked you to fill the gaps with guesswork",
    ),
    (
        "the brakes had been serviced a week before the crash",
        "the footage from the depot camera was incomplete",
        "the bus had been running four minutes late",
        "the trial should have been held in another county",
    ),
    (
        ("the police inquiry had been", "thorough but rushed"),
        ("the footage was", "the best evidence we have"),
    ),
    (("the depot records", "a shambles"), ("the inquiry", "a box-ticking exercise")),
    (
        "The trial lasted nine days and the jury retired on the Friday afternoon.",
        "The crash happened on a wet evening in February on the road out of Sorrelby.",
        "Two passengers were taken to hospital with minor injuries.",
        "The public gallery was full for the verdict, and the family sat in the front row.",
    ),
    "the Regional Prosecution Service",
    "the service",
)

SPORT44 = Beat44(
    "sport",
    (
        Role44(
            "the head coach of Sorrelby Rovers",
            ("head coach", "Sorrelby Rovers"),
            ("the coach", "the head coach"),
        ),
        Role44(
            "the captain of Sorrelby Rovers",
            ("captain", "Sorrelby Rovers"),
            ("the captain", "the skipper"),
        ),
        Role44(
            "the striker on loan from Pellingford Athletic",
            ("striker", "Pellingford Athletic"),
            ("the striker",),
        ),
        Role44(
            "the manager of Whinmoor United",
            ("manager", "Whinmoor United"),
            ("the manager",),
        ),
    ),
    "Sorrelby Rovers came from two goals down to beat Whinmoor United in the cup on {day}.",
    (
        "We were second best for an hour and then something changed",
        "The dressing room at half time was the quietest I have known",
        "I just put my head down and hit it as hard as I could",
        "Nobody gave us a chance after the first goal went in",
        "That was the best forty minutes of football I have seen from this group",
        "We let them off the hook and we paid for it",
        "The pitch was heavy and both sides struggled to pass the ball",
        "This club has waited a long time for a night like this",
        "I will speak to the referee about the penalty in private",
        "The young players showed more nerve than the senior ones",
    ),
    (
        "the penalty decision had changed the whole game",
        "the club would appeal against the red card",
        "the squad had trained twice a day during the break",
        "the new stand would be ready before the derby",
    ),
    (("the second goal was", "a gift"), ("the performance had been", "nowhere near good enough")),
    (("the penalty", "a joke"), ("the comeback", "the stuff of dreams")),
    (
        "The attendance was the highest at the ground for more than a decade.",
        "Whinmoor had led through two goals in the first twenty minutes.",
        "Rain fell throughout the second half and the floodlights failed briefly.",
        "The winner came four minutes into stoppage time.",
    ),
    "Sorrelby Rovers",
    "the club",
)

SCIENCE44 = Beat44(
    "science",
    (
        Role44(
            "an ecologist at the University of Brackenhope and the lead author of the study",
            ("ecologist", "University of Brackenhope"),
            ("the lead author",),
        ),
        Role44(
            "a geneticist at the Lowestrand Marine Institute and a co-author of the paper",
            ("geneticist", "Lowestrand Marine Institute"),
            ("the co-author", "the geneticist"),
        ),
        Role44(
            "a marine biologist at Pellingford University who was not involved in the research",
            ("marine biologist", "Pellingford University"),
            ("the marine biologist",),
        ),
        Role44(
            "the editor of the Journal of Coastal Ecology",
            ("editor", "Journal of Coastal Ecology"),
            ("the editor",),
        ),
    ),
    "Seagrass meadows off the Lowestrand coast have doubled in area in five years, a study published on {day}"
    " found.",
    (
        "We went back to the same bays every spring and the meadows kept spreading",
        "Nobody expected the recovery to be this fast",
        "The water is clearer than it has been since the sewage works were built",
        "This is one coast and one grass and we should be careful about what it tells us",
        "The fish came back before we had finished counting the plants",
        "We still do not know why the northern bays recovered first",
        "The samples were checked by two laboratories working apart",
        "It is the most encouraging result I have seen in twenty years of fieldwork",
        "Other coasts will need the same patient counting before anyone celebrates",
        "The divers did the hardest work and they deserve the credit",
    ),
    (
        "the sewage works had cut their discharges by half",
        "the study had covered forty bays over five summers",
        "the northern bays had recovered two years before the southern ones",
        "the method could be used on other coasts",
    ),
    (("the recovery was", "a rare piece of good news"), ("the sample was", "too small to generalise from")),
    (("the findings", "a turning point"), ("the recovery", "fragile")),
    (
        "Seagrass stores carbon and shelters young fish, and it had been in decline for decades.",
        "The team counted the plants by hand in square frames laid on the seabed.",
        "The research was paid for by a coastal trust and two universities.",
        "Divers surveyed each bay twice a year, in April and in September.",
    ),
    "the Lowestrand Marine Institute",
    "the institute",
)

BUSINESS44 = Beat44(
    "business",
    (
        Role44(
            "the chief executive of Pellingford Foods",
            ("chief executive", "Pellingford Foods"),
            ("the chief executive",),
        ),
        Role44(
            "an analyst at Whinmoor Capital",
            ("analyst", "Whinmoor Capital"),
            ("the analyst",),
        ),
        Role44(
            "the chair of the Competition and Markets Board",
            ("chair", "Competition and Markets Board"),
            ("the chair",),
        ),
        Role44(
            "the finance director of Pellingford Foods",
            ("finance director", "Pellingford Foods"),
            ("the finance director",),
        ),
    ),
    "Pellingford Foods agreed on {day} to buy the Dunmarsh Dairy cooperative for 410 million crowns.",
    (
        "This deal makes us the biggest buyer of milk in the region",
        "The price looks generous until you see the debts that come with it",
        "Farmers will be paid on time and on the same terms as before",
        "We will look closely at what this means for prices in the shops",
        "The numbers only work if the cost savings arrive in the first year",
        "Nobody at the dairy will lose a job because of this agreement",
        "The board was unanimous and so were the farmers who voted",
        "Investors wanted growth and this is growth bought at a premium",
        "We have been talking to the cooperative for nearly two years",
        "Every dairy in the county will be watching what happens next",
    ),
    (
        "the deal would be paid for with new borrowing",
        "the dairy had lost money in each of the past three years",
        "milk prices would not rise as a result of the merger",
        "the board would review the deal within ninety days",
    ),
    (("the price was", "on the high side"), ("the merger would create", "a giant with no rival")),
    (("the deal", "a bold bet"), ("the offer", "a fair price for a tired business")),
    (
        "Shares in Pellingford Foods rose four percent in early trading.",
        "The cooperative was founded by eleven farming families after the war.",
        "The dairy employs about six hundred people at two plants near Dunmarsh.",
        "The deal still needs the approval of the competition authorities.",
    ),
    "Pellingford Foods",
    "the company",
)

COUNCIL44 = Beat44(
    "council",
    (
        Role44(
            "the councillor who leads the planning committee of Brackenhope Town Council",
            ("councillor",),
            ("the councillor",),
        ),
        Role44(
            "the senior planning officer at Brackenhope Town Council",
            ("senior planning officer", "Brackenhope Town Council"),
            ("the planning officer", "the officer"),
        ),
        Role44(
            "the chair of the Mill Row Residents Association",
            ("chair", "Mill Row Residents Association"),
            ("the chair",),
        ),
        Role44(
            "the director of Whinmoor Homes, the developer",
            ("director", "Whinmoor Homes"),
            ("the director",),
        ),
    ),
    "Plans for two hundred homes on the old brickworks site in Brackenhope were approved on {day}.",
    (
        "The town needs homes and this site has been empty for fifteen years",
        "Nobody on Mill Row was asked about the traffic",
        "The plans meet every policy the council has adopted",
        "We will be back in front of the committee if the conditions are ignored",
        "The school is already full and the surgery has a waiting list",
        "We have changed the design four times to answer the objections",
        "The brickworks chimney will stay as a reminder of what the site was",
        "Residents filled the hall and most of them went home angry",
        "The road junction was never designed for this many cars",
        "We will start on the first houses before the end of the year",
    ),
    (
        "the junction would be widened before the first homes were sold",
        "a third of the homes would be sold at a discount",
        "the brickworks chimney would be kept and repaired",
        "the objections had raised no new planning issue",
        "the developer would pay for a new crossing on Mill Row",
        "the site had been contaminated by a century of brick making",
    ),
    (
        ("the consultation had been", "a formality"),
        ("the new road layout was", "an accident waiting to happen"),
    ),
    (("the approval", "a betrayal"), ("the design", "a real improvement")),
    (
        "The brickworks closed in 2009 and the site has been fenced off since.",
        "More than three hundred objections were lodged during the consultation.",
        "The committee meeting ran for almost four hours.",
        "The developer has agreed to pay for a new crossing on Mill Row.",
    ),
    "Brackenhope Town Council",
    "the council",
)

BEATS44 = (COURT44, SPORT44, SCIENCE44, BUSINESS44, COUNCIL44)

#: An inquest: the coroner, a pathologist, a police officer and the family's spokesperson.
INQUEST44 = Beat44(
    "inquest",
    (
        Role44(
            "the senior coroner for Dunmarsh and the Fells",
            ("senior coroner", "Dunmarsh"),
            ("the coroner",),
        ),
        Role44(
            "a consultant pathologist at Dunmarsh General Hospital",
            ("consultant pathologist", "Dunmarsh General Hospital"),
            ("the pathologist",),
        ),
        Role44(
            "a detective sergeant with the Fells Constabulary",
            ("detective sergeant", "Fells Constabulary"),
            ("the detective", "the sergeant"),
        ),
        Role44(
            "the head of the Brackenhope Mountain Rescue team",
            ("head", "Brackenhope Mountain Rescue"),
            ("the rescue leader",),
        ),
    ),
    "An inquest into the death of a walker on Carrick Fell opened in Dunmarsh on {day}.",
    (
        "The weather on the fell changed within the space of an hour",
        "There were no injuries that anyone could have survived",
        "The walker had the right boots and the right map",
        "We searched through the night and found the tent at first light",
        "Nothing in the evidence suggests that anyone else was involved",
        "The path along the ridge should carry a warning in winter",
        "I will write to the park authority about the signs on the ridge",
        "The family have shown great dignity throughout these proceedings",
    ),
    (
        "the walker had died of cold within a few hours",
        "the signs on the ridge had been removed for repair",
        "the rescue team had been called at nine in the evening",
        "no alcohol or drugs had been found",
    ),
    (("the death was", "a tragic accident"), ("the ridge path was", "treacherous in the dark")),
    (("the missing signs", "a serious failing"), ("the rescue", "a model of its kind")),
    (
        "The walker set out from the car park at Carrick Foot shortly after noon.",
        "Snow had been forecast for the high ground from the late afternoon.",
        "The hearing was adjourned for an hour so that the family could rest.",
        "A second hearing is expected in the spring.",
    ),
    "the Fells Constabulary",
    "the constabulary",
)

#: The news service, its staff (never speakers), and its datelines.
AGENCY44 = "Tidewire"

STAFF44 = (
    "Orlaith Mulcahy",
    "Sunanda Bhowmik",
    "Kristjan Ilves",
    "Ewa Kaczmarek",
    "Adwoa Asante",
    "Panagiotis Lekkas",
)

DATELINES44 = (
    ("DUNMARSH", "Varnland"),
    ("BRACKENHOPE", "Varnland"),
    ("LOWESTRAND", "Osterra"),
    ("PELLINGFORD", "Osterra"),
    ("SORRELBY", "Varnland"),
    ("WHINMOOR CROSS", "Osterra"),
)

DATES44 = ("March 12", "June 3", "Oct. 21", "Jan. 30", "Aug. 8")

DAYS44 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TOWNS44 = ("Dunmarsh", "Brackenhope", "Lowestrand", "Pellingford", "Sorrelby", "Whinmoor Cross", "Kettlewick")

#: Headlines of other stories for `Read more:` lines.
READMORE44 = (
    "Brickworks site sold to Whinmoor developer",
    "Rovers sign striker on season-long loan",
    "Seagrass survey to expand to northern bays",
    "Dairy cooperative votes to open sale talks",
    "Fell rescue team marks fifty years of call-outs",
)

#: Editor's notes (no quotation, no speaker).
EDITORS_NOTES44 = (
    "Editor's note: An earlier version of this story gave the wrong date for the hearing.",
    "Editor's note: This article has been updated to correct the spelling of a witness's name.",
    "Editor's note: This story contains details some readers may find distressing.",
    "Editor's note: The figures in the fourth paragraph have been corrected.",
)

#: Invented works (titles in marks nobody says): kind and title.
WORKS44 = (
    ("documentary", "The Long Way Back"),
    ("novel", "Salt on the Window"),
    ("podcast", "Terrace Talk"),
    ("song", "Carrick in the Rain"),
    ("play", "The Brickworks"),
    ("exhibition", "Meadows Under Water"),
)

#: Nicknames in marks.
NICKNAMES44 = ("the Professor", "Tank", "the Quiet Man", "Spider", "the Gaffer")

#: Scare terms.
SCARE44 = ("consultation", "efficiencies", "restructuring", "engagement", "review")

#: Quotations about a fire at a family shop (for the stories of two relatives).
SHOP_QUOTES44 = (
    "We heard the alarm at four in the morning and ran down the stairs",
    "Twenty years of work went up in smoke in under an hour",
    "The neighbours brought us tea and blankets before the fire engines arrived",
    "We will open again even if it takes until the summer",
    "The insurance will cover the stock but not the memories",
    "Our customers have been calling all day to ask how they can help",
    "The firefighters saved the flat and that is what matters",
    "Nobody was hurt and the cat was found safe in the yard",
)

#: Quotations holding apostrophes (for double marks only).
APOS_QUOTES44 = (
    "We can't keep asking the volunteers to do the council's job",
    "It's the first time I've seen the town this united",
    "The players' union hasn't been told anything",
    "I don't think anyone here expected the verdict",
    "They've promised us answers and they haven't delivered one",
)
