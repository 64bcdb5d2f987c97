"""Slot fillers of the sixtieth held-out round (``heldout60.py``), a round of CRIME, COURTS AND POLICING as a
court reporter and a crime desk write them: invented people of English, Scottish, Welsh, Irish, Polish,
Nigerian, Ghanaian, Indian, Iranian, Japanese, Spanish, Swedish and Caribbean origin (with their gender and an
age), invented police forces with the ranks their officers hold, invented courts and towns, charges and legal
terms a story puts in marks, invented newspapers, datelines, courtroom quotations, reported clauses, pointed
fragments and narrative sentences.

Every name, body, place and sentence here was written for this round; the people, places, forces and courts
are invented (the names of real countries and states are real).
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks, and the curly single marks of the British press.
MARKS60 = (Mark('"', '"'), Mark("\u201c", "\u201d"), Mark("\u2018", "\u2019"))
#: Double marks only (for passages with a possessive apostrophe next to a quotation).
DOUBLES60 = MARKS60[:2]

WOMEN60 = (
    Person("Tamsin Ashcombe", "Ashcombe", "f", "English", 44),
    Person("Priya Raghunathan", "Raghunathan", "f", "Indian", 39),
    Person("Orla Fennessy", "Fennessy", "f", "Irish", 51),
    Person("Bronwen Tudge", "Tudge", "f", "Welsh", 47),
    Person("Ngozi Ekwueme", "Ekwueme", "f", "Nigerian", 36),
    Person("Halina Wrzesniak", "Wrzesniak", "f", "Polish", 42),
    Person("Celeste Marchbank", "Marchbank", "f", "Caribbean", 53),
    Person("Yuki Tanabe", "Tanabe", "f", "Japanese", 31),
    Person("Rosalind Crewe", "Crewe", "f", "English", 58),
    Person("Marisol Echeverry", "Echeverry", "f", "Spanish", 45),
    Person("Kirsty Dunleavy", "Dunleavy", "f", "Scottish", 29),
    Person("Annika Bergqvist", "Bergqvist", "f", "Swedish", 49),
    Person("Shirin Tabrizi", "Tabrizi", "f", "Iranian", 40),
    Person("Leonie Pargeter", "Pargeter", "f", "English", 34),
    Person("Ama Kyeremeh", "Kyeremeh", "f", "Ghanaian", 27),
    Person("Hester Quarrie", "Quarrie", "f", "Scottish", 62),
)

MEN60 = (
    Person("Gideon Farrant", "Farrant", "m", "English", 48),
    Person("Ravindra Sethuraman", "Sethuraman", "m", "Indian", 55),
    Person("Cormac Tierney", "Tierney", "m", "Irish", 34),
    Person("Emrys Bevington", "Bevington", "m", "Welsh", 41),
    Person("Chukwudi Anozie", "Anozie", "m", "Nigerian", 38),
    Person("Tomasz Kurzawa", "Kurzawa", "m", "Polish", 26),
    Person("Desmond Whitlock", "Whitlock", "m", "Caribbean", 52),
    Person("Hiroshi Okabe", "Okabe", "m", "Japanese", 46),
    Person("Alistair Pennock", "Pennock", "m", "Scottish", 59),
    Person("Rafael Arizmendi", "Arizmendi", "m", "Spanish", 33),
    Person("Fraser Dunnachie", "Dunnachie", "m", "Scottish", 23),
    Person("Lars Henriksson", "Henriksson", "m", "Swedish", 44),
    Person("Dariush Farahani", "Farahani", "m", "Iranian", 37),
    Person("Silas Margetson", "Margetson", "m", "English", 19),
    Person("Kofi Adjepong", "Adjepong", "m", "Ghanaian", 30),
    Person("Declan Mulrooney", "Mulrooney", "m", "Irish", 61),
)

PEOPLE60 = tuple(p for pair in zip(WOMEN60, MEN60, strict=True) for p in pair)


@frozen
class Force:
    """An invented police force: its name as written after *of the* (with its article when it takes one), and
    the name a title holds."""

    written: str
    name: str


FORCES60 = (
    Force("the Harrowdene Police", "Harrowdene Police"),
    Force("the Calder Moor Constabulary", "Calder Moor Constabulary"),
    Force("the Tallow Bay Police Department", "Tallow Bay Police Department"),
    Force("the Westmarch Police Service", "Westmarch Police Service"),
    Force("the Fenwick County Sheriff's Office", "Fenwick County Sheriff's Office"),
    Force("the Orlin Valley Police", "Orlin Valley Police"),
)

#: Ranks written before an officer's name, and the role noun its title must hold.
RANKS60 = (
    ("Detective Inspector", "inspector"),
    ("Detective Sergeant", "sergeant"),
    ("Chief Superintendent", "superintendent"),
    ("Detective Chief Inspector", "inspector"),
    ("Sergeant", "sergeant"),
    ("Lieutenant", "lieutenant"),
    ("Captain", "captain"),
    ("Superintendent", "superintendent"),
)

#: The second reference a story uses for a rank's holder.
RANK_SHORT60 = {
    "inspector": "the inspector",
    "sergeant": "the sergeant",
    "superintendent": "the superintendent",
    "lieutenant": "the lieutenant",
    "captain": "the captain",
}

COURTS60 = (
    "Brackenford Crown Court",
    "Orlin County Superior Court",
    "Kestwick District Court",
    "Marrowby Sheriff Court",
    "Saltmere Circuit Court",
    "Greyhithe Crown Court",
)

TOWNS60 = (
    "Brackenford",
    "Tallow Bay",
    "Kestwick",
    "Marrowby",
    "Easterlow",
    "Pendlecombe",
    "Saltmere",
    "Greyhithe",
    "Dunmoor",
    "Ashby Wold",
    "Corran Ferry",
    "Little Hensall",
)

#: Datelines in three house styles, and the place word that must sit in no quotation.
DATELINES60 = (
    ("BRACKENFORD, England \u2014 ", "BRACKENFORD"),
    ("SALTMERE, Ohio \u2014 ", "SALTMERE"),
    ("KESTWICK (Herald) - ", "KESTWICK"),
    ("MARROWBY, Scotland \u2014 ", "MARROWBY"),
    ("GREYHITHE, Feb. 11 \u2014 ", "GREYHITHE"),
    ("ORLIN FALLS, Vermont \u2014 ", "ORLIN FALLS"),
)

OUTLETS60 = ("the Brackenford Courier", "the Kestwick Herald", "Saltmere Radio", "the Marrowby Gazette")

CHARGES60 = (
    "causing death by dangerous driving",
    "assault occasioning actual bodily harm",
    "possession with intent to supply",
    "aggravated burglary",
    "perverting the course of justice",
    "theft by an employee",
    "unlawful wounding",
    "arson with intent to endanger life",
    "second-degree robbery",
    "criminal damage",
)

#: Operation names a force gives an inquiry, and case names a story gives a crime (nobody says them).
OPERATIONS60 = ("Operation Larkspur", "Operation Millrace", "Operation Greyling", "Operation Tidewater")
LABELS60 = ("the towpath attacker", "the allotment fire", "the night-bus robberies", "the quarry killing")

#: Nicknames a story puts in marks.
NICKNAMES60 = ("Magpie", "Tiny", "the Accountant", "Spanner", "Doc", "Lucky")

#: Direct quotations of the courtroom and the crime desk (one sentence each, no final stop), by who says them.
Q_POLICE60 = (
    "We want to hear from anyone who drove along the ring road that night",
    "Our officers worked through the night to make the area safe",
    "We would urge anyone offered cheap tools at the market to be careful",
    "This was a frightening attack on a woman walking home from her shift",
    "We have always believed someone in the village knows more",
    "There will be extra patrols around the station for the rest of the week",
    "We are not looking for anyone else in connection with the fire",
    "Officers have spoken to more than two hundred people so far",
)
Q_PROSECUTION60 = (
    "The evidence shows this attack was planned days in advance",
    "The defendant lied to the police and lied to the family too",
    "The cameras on the bridge tell a very different story",
    "The money was taken from people who trusted the defendant completely",
    "There were no skid marks on the road at all",
    "This was not a moment of madness but a campaign of fear",
    "The phone records place the defendant at the yard that night",
    "Ask yourselves why anyone would wipe down a car they had never driven",
)
Q_DEFENCE60 = (
    "My client has always accepted being at the party but struck nobody",
    "The jury has heard nothing that puts my client at that house",
    "The defendant panicked and has regretted it every day since",
    "The prosecution has built its case on a single blurry photograph",
    "We will be studying the judgment carefully before deciding on an appeal",
    "My client is a carer with no previous convictions",
    "Not one witness saw the blow being struck",
    "This verdict is a relief after two very hard years",
)
Q_JUDGE60 = (
    "You left three children without their father and you have never once shown remorse",
    "You chose to drive after drinking and a young man died",
    "The sentence must reflect the harm done to a whole community",
    "You will serve at least half of that term before you are considered for release",
    "Nothing this court does can bring him back",
    "You targeted elderly people living alone",
    "I accept that you have shown genuine remorse",
    "Your guilty plea has spared the family the ordeal of a trial",
)
Q_WITNESS60 = (
    "I saw the van reverse into the shutter twice",
    "I heard shouting and then the sound of glass breaking",
    "I had never seen that man before in my life",
    "I thought he was going to kill me",
    "There is no doubt in my mind that the fire was set deliberately",
    "The headlights were off when the car came round the bend",
    "I rang the police as soon as I saw the smoke",
    "The shop was dark but the back door was wide open",
)
Q_FAMILY60 = (
    "Every day I wake up and for a second I forget",
    "She was the kindest person any of us knew",
    "Justice has finally been done for our brother",
    "Our son was a gentle boy who loved his football",
    "This has been a long and painful wait for the family",
    "Nothing will fill the empty chair at our table",
    "We are just glad this part is over",
    "We never once doubted the truth would come out",
)
Q_DEFENDANT60 = (
    "I never meant for anyone to get hurt",
    "I was at home with my sister all evening",
    "I panicked and I ran",
    "I did not know the money was stolen",
    "I am sorry for what I did",
    "I have never owned a knife",
    "I only went back to fetch my coat",
    "I would never hurt a child",
)

#: Reported clauses (after *said (that)*): no names, no pronouns, no marks.
CLAUSES60 = (
    "the van had been seen near the depot twice that week",
    "the car was travelling at more than twice the speed limit",
    "no weapon had been recovered from the scene",
    "the phone was found in the canal three days later",
    "the shop's alarm had been switched off from inside",
    "the injuries were consistent with a heavy fall",
    "the fire started in a bin store at the back of the flats",
    "the cash was moved through four accounts in a single afternoon",
    "the door had been forced with a crowbar",
    "the victim was struck from behind",
    "the footage showed two people leaving the yard",
    "the search of the woodland would continue for several days",
    "the account of the night had changed several times",
    "the payments stopped as soon as the audit began",
    "the bus driver had tried to calm the passengers",
    "the lorry's brakes had not been checked for a year",
    "the knife was bought online a week before the attack",
    "the stolen tools were sold at a car boot sale",
    "the crash happened moments after a red light",
    "the warehouse had been broken into on three earlier occasions",
    "the jury should treat the text messages with caution",
    "the sentence would have been longer without the guilty plea",
    "the investigation was one of the largest the force had run",
    "the witness statements did not match the phone records",
)

#: Fragments a report quotes inside its own clause: (what it describes, the marked words).
FRAGS60 = (
    ("the attack", "cowardly and senseless"),
    ("the fraud", "breathtaking in its greed"),
    ("the driving", "reckless beyond belief"),
    ("the investigation", "painstaking"),
    ("the defendant's account", "a fantasy from start to finish"),
    ("the delay", "deeply unfair to the family"),
)

#: Job descriptions of witnesses: (the apposition, the role noun and the body the title must hold).
WITNESS_JOBS60 = (
    ("a paramedic with the Tallow Bay Ambulance Service", ("paramedic", "Tallow Bay Ambulance Service")),
    ("a pathologist at Brackenford General Hospital", ("pathologist", "Brackenford General Hospital")),
    ("a manager at the Kestwick branch of Holloway Hardware", ("manager", "Holloway Hardware")),
    (
        "a forensic scientist at the Orlin Valley Crime Laboratory",
        ("scientist", "Orlin Valley Crime Laboratory"),
    ),
    ("a driver for Corran Ferry Buses", ("driver", "Corran Ferry Buses")),
    ("a security guard at Saltmere Retail Park", ("security guard", "Saltmere Retail Park")),
)

#: Kin of a defendant or a victim: (the woman's word, the man's word).
KIN60 = (
    ("sister", "brother"),
    ("mother", "father"),
    ("aunt", "uncle"),
    ("wife", "husband"),
    ("daughter", "son"),
)

DAYS60 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
