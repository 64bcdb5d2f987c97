"""Slot fillers of the fifty-second held-out round (``heldout52.py``), a round of LOCAL AND HUMAN-INTEREST
NEWS: invented residents of small towns (with their gender and an age), children known by their first name,
given names for relatives who share a speaker's surname, invented towns, streets, counties, police
departments, sheriff's offices, fire departments, schools and school districts, hospitals, courts, local
television stations and papers, quotations and reported clauses of each beat (fires and crashes, families,
police, courts, schools, hospitals, weather and floods, tributes, profiles, residents at a meeting), and
signs, banners, songs, events and scare terms nobody says.

Every name, body, place and sentence here was written for this round; the people, towns and bodies are
invented (the National Weather Service is the real name of a real agency, used as local papers use it).
"""

from __future__ import annotations

from heldout_kit import Mark, Person

#: Straight and curly double marks (local papers print double marks).
MARKS52 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN52 = (
    Person("Maribel Quintero", "Quintero", "f", "a", 34),
    Person("Dolores Fenwick", "Fenwick", "f", "b", 61),
    Person("Tanisha Harwell", "Harwell", "f", "c", 29),
    Person("Brigid Callister", "Callister", "f", "d", 47),
    Person("Lorna Pettigrew", "Pettigrew", "f", "e", 72),
    Person("Yesenia Arrellano", "Arrellano", "f", "a", 38),
    Person("Corinne Baptiste", "Baptiste", "f", "b", 44),
    Person("Priya Ramaswami", "Ramaswami", "f", "c", 36),
    Person("Gretchen Aldous", "Aldous", "f", "d", 55),
    Person("Shauna McAvoy", "McAvoy", "f", "e", 41),
    Person("Lucinda Thorsby", "Thorsby", "f", "a", 66),
    Person("Nadia Kowalczyk", "Kowalczyk", "f", "b", 31),
    Person("Esther Oyelaran", "Oyelaran", "f", "c", 52),
    Person("Rosalind Treadway", "Treadway", "f", "d", 80),
    Person("Kimberly Dunleavy", "Dunleavy", "f", "e", 45),
)

MEN52 = (
    Person("Darnell Whitcombe", "Whitcombe", "m", "a", 42),
    Person("Hector Villalobos", "Villalobos", "m", "b", 57),
    Person("Gordon Pruitt", "Pruitt", "m", "c", 68),
    Person("Marcus Ellery", "Ellery", "m", "d", 35),
    Person("Tobias Lindqvist", "Lindqvist", "m", "e", 39),
    Person("Wendell Ashby", "Ashby", "m", "a", 74),
    Person("Raymond Okonjo", "Okonjo", "m", "b", 50),
    Person("Travis Kettering", "Kettering", "m", "c", 27),
    Person("Anil Chaudhry", "Chaudhry", "m", "d", 46),
    Person("Declan Furlong", "Furlong", "m", "e", 53),
    Person("Curtis Bramwell", "Bramwell", "m", "a", 63),
    Person("Luis Carrasco", "Carrasco", "m", "b", 33),
    Person("Everett Haines", "Haines", "m", "c", 81),
    Person("Jerome Batiste", "Batiste", "m", "d", 48),
    Person("Ned Galloway", "Galloway", "m", "e", 59),
)

PEOPLE52 = tuple(p for pair in zip(WOMEN52, MEN52, strict=True) for p in pair)

#: Given names for a relative who shares a speaker's surname: (given name, gender).
GIVEN52 = (
    ("Kayla", "f"),
    ("Brandon", "m"),
    ("Jolene", "f"),
    ("Tyrell", "m"),
    ("Annika", "f"),
    ("Micah", "m"),
    ("Serena", "f"),
    ("Dustin", "m"),
    ("Imogen", "f"),
    ("Colby", "m"),
)

#: Children known by their first name only: (name, age, gender).
KIDS52 = (
    ("Maya", 9, "f"),
    ("Eli", 7, "m"),
    ("Jonah", 11, "m"),
    ("Rosie", 8, "f"),
    ("Tavish", 10, "m"),
    ("Lila", 6, "f"),
    ("Omar", 12, "m"),
    ("Wren", 9, "f"),
    ("Caleb", 8, "m"),
    ("Zuri", 10, "f"),
)

TOWNS52 = (
    "Millbrook",
    "Ashgrove",
    "Pellston Falls",
    "Harrow Creek",
    "Dunmore Heights",
    "Calder Springs",
    "Wexley",
    "Fernhill",
    "Brackenridge",
    "Tolland Mills",
    "Oakhurst",
    "Gilford Bay",
)

COUNTIES52 = ("Hadley", "Brennan", "Osgood", "Tamarack", "Wheelock", "Corliss")

STREETS52 = (
    "Maple Court",
    "Ridgeview Drive",
    "Alder Lane",
    "Cobb Street",
    "Larkspur Avenue",
    "Quarry Road",
    "Sexton Street",
    "Birchwood Circle",
)

DAYS52 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TIMES52 = ("2:15 a.m.", "11:40 p.m.", "6:05 a.m.", "4:30 p.m.", "9:50 p.m.")

#: Schools and the district that runs them.
SCHOOLS52 = (
    ("Ridgeview Elementary School", "Ashgrove Unified School District"),
    ("Calder Springs High School", "Calder Springs School District"),
    ("Wexley Middle School", "Wexley Area School District"),
    ("Larkspur Primary School", "Fernhill Unified School District"),
    ("Tolland Mills Junior High", "Tolland Mills Public Schools"),
)

HOSPITALS52 = (
    "St. Brendan's Medical Center",
    "Harrow Creek Regional Hospital",
    "Mercy Valley Hospital",
    "Oakhurst Community Hospital",
    "Gilford Bay General Hospital",
)

#: Local television stations and papers: (name as written, bare name).
OUTLETS52 = (
    ("KDLV-TV", "KDLV"),
    ("WTSN Channel 8", "WTSN"),
    ("the Calder Springs Courier", "Calder Springs Courier"),
    ("the Ashgrove Ledger", "Ashgrove Ledger"),
    ("KBRQ News 4", "KBRQ"),
)

#: Jobs for witnesses and profiles.
JOBS52 = (
    "delivery driver",
    "school bus driver",
    "retired mail carrier",
    "dairy farmer",
    "hairdresser",
    "night-shift welder",
    "crossing guard",
    "retired machinist",
)

#: Things a profile's subject has kept going for years.
HABITS52 = (
    "has run the bait shop on {street} for as long as anyone can remember",
    "has cut hair in the same chair on {street} through three owners",
    "still delivers the church bulletin to every house on {street}",
    "keeps the {town} Little League field mowed every summer",
    "bakes bread every Friday for the shelter on {street}",
)

WITNESS_Q = (
    "I heard a bang and the whole street lit up orange",
    "There was smoke coming out from under the eaves before anyone called it in",
    "The car just kept going, right through the fence and into the yard",
    "We grabbed the garden hose but it was already too big",
    "I saw two kids run out the back door, and then the roof went",
    "It sounded like thunder, only it didn't stop",
    "By the time I got my shoes on, the trucks were already here",
    "I've lived here twenty years and I've never seen water that high",
)

WITNESS_C = (
    "the driver appeared to lose control on the curve",
    "the fire seemed to start in the garage",
    "a man ran from the store moments before the alarm went off",
    "the pickup was traveling well above the speed limit",
    "the smell of gas had hung over the block for days",
    "the power went out along the whole block just after midnight",
)

FAMILY_Q = (
    "That kid was the one who held this family together",
    "That first paycheck was the proudest day of that young life",
    "We just want to know what happened that night",
    "Every day we wait for news is another day of not sleeping",
    "All we ask is that whoever did this come forward",
    "The doctors say it could be weeks before we know anything",
    "We are grateful to every stranger who stopped to help",
)

FAMILY_C = (
    "the family was still waiting for answers from investigators",
    "the crossing had needed a traffic light for years",
    "strangers had raised money for the medical bills",
    "the family planned to hold a vigil at the park on Friday",
    "nobody had told them about the crash for almost six hours",
)

POLICE_C = (
    "no one was injured in the fire",
    "the driver was taken into custody without incident",
    "officers found the back door forced open",
    "the crash remains under investigation",
    "the suspect fled on foot toward the river",
    "two people were taken to a hospital with minor injuries",
    "the road would stay closed until the power lines were repaired",
)

POLICE_Q = (
    "We are asking anyone with doorbell camera footage to give us a call",
    "Please slow down on that stretch, especially after dark",
    "This is still an active investigation and we will follow every lead",
    "Our crews had it knocked down within about twenty minutes",
    "Smoke detectors saved lives tonight, plain and simple",
)

COURT_C = (
    "the defendant had been drinking for most of the afternoon",
    "the money was never deposited in the club's account",
    "the surveillance video showed the car leaving the lot",
    "the shooting was an act of self-defense",
    "the witness could not have seen the parking lot from the window",
    "the evidence pointed to a single shooter",
)

#: What a witness says on the stand.
COURT_Q = (
    "I saw him standing by the truck with the keys in his hand",
    "The back window was broken and there was glass all over the seat",
    "She was sitting on the curb holding her arm when I got there",
    "I never saw headlights, not once, before the impact",
)

#: What a relative says in a victim impact statement.
IMPACT_Q = (
    "I have thought about that night every single day since",
    "You took something from this family that can never be given back",
    "Nothing I say today will make this family whole again",
    "The kindest person I knew did not deserve any of this",
)

#: What a judge tells a defendant.
JUDGE_Q = (
    "The court has heard enough to know the harm that was done",
    "You will have many years to think about what happened on that road",
    "This sentence reflects the life that was lost, not just the law that was broken",
)

SCHOOL_C = (
    "classes would resume on Thursday after the boiler was repaired",
    "counselors would be available to students all week",
    "the district would add a second crossing guard at the corner",
    "the new library wing should open in January",
    "attendance had climbed since the breakfast program began",
)

SCHOOL_Q = (
    "Our kids deserve a building that keeps the heat on in January",
    "Every child in this school knew his name",
    "We want parents to know their children are safe here",
    "The students raised every dollar of it themselves",
    "I have never been prouder of a group of fourth-graders",
)

HOSPITAL_C = (
    "three patients had been treated for smoke inhalation and released",
    "the boy was in stable condition",
    "the emergency room had been busier than usual since the storm",
    "the new wing would add twenty beds",
    "visitors should expect delays at the main entrance",
)

HOSPITAL_Q = (
    "Our staff worked through the night and never once complained",
    "We saw more heat cases on Tuesday than in all of last summer",
    "The most important thing now is rest and time",
    "We are running on generators, but every patient is safe",
)

WEATHER_C = (
    "the river would crest at about 24 feet on Thursday morning",
    "another two inches of rain could fall by Saturday",
    "wind gusts reached 60 miles an hour near the lake",
    "the flood warning would remain in effect through the weekend",
    "temperatures would fall below zero by Tuesday night",
)

WEATHER_Q = (
    "If you see water over the road, turn around",
    "This is the wettest spring we have recorded in this county",
    "The ground is already soaked, so the creeks will rise fast",
    "We lost the whole first floor, the furniture, the photographs, all of it",
    "I've sandbagged this house three times now and I'm tired",
)

#: Tributes, with the deceased's pronoun left as `{P}` (subject) and `{o}` (object).
TRIBUTE_Q = (
    "{P} never let a customer leave without a joke and a lollipop",
    "{P} taught half this town to swim and the other half to sing",
    "You could set your watch by {o} walking to the diner",
    "{P} never missed a football game in forty years",
    "There was always a pot of coffee on and a chair for anyone who came by",
)

#: Fragments for `remembered him as "X"`.
TRIBUTE_FRAG = (
    "the heart of Main Street",
    "a quiet man with a loud laugh",
    "the best neighbor anyone could ask for",
    "stubborn, generous and funny to the end",
    "a teacher first and always",
)

TRIBUTE_C = (
    "the whole town knew the sound of that old truck",
    "the funeral would be held at the Methodist church on Saturday",
    "donations could be made to the volunteer fire company",
    "the store would stay closed through the weekend",
)

PROFILE_Q = (
    "I don't know how to sit still, never have",
    "People think it's about the fish, but it's really about the talking",
    "My hands know the work even when my knees complain",
    "As long as somebody needs it, I'll keep showing up",
    "I figured I'd do it for a year, and here we are",
)

PROFILE_C = (
    "the secret was getting up before the sun",
    "nobody had ever asked for a refund",
    "the town had changed but the customers had not",
    "the shop would close only when the last regular stopped coming",
)

RESIDENT_Q = (
    "We have asked for a stop sign on this corner for three years",
    "Trucks come through here at all hours and nobody does anything",
    "I'm not against growth, I'm against flooding my basement",
    "The park is the only place the kids can play",
    "Nobody from the city ever came out to look",
    "We just want the streetlights fixed before winter",
)

RESIDENT_C = (
    "the new warehouse would bring traffic onto a residential street",
    "the drainage ditch had not been cleared since spring",
    "the council had ignored the neighborhood's petition",
    "the plan would finally give the block a sidewalk",
    "property taxes had gone up twice in three years",
)

KID_Q = (
    "I liked the goats best because they ate out of my hand",
    "My pumpkin is the biggest one in my whole class",
    "I want to be a firefighter when I grow up",
    "The slide was so fast I almost flew off",
    "We read forty books, and I read eleven of them",
)

#: A child's report, with the child's pronoun left as `{p}`.
KID_C = (
    "{p} liked the hay ride best",
    "{p} wanted to come back next year",
    "{p} had saved up all summer for the raffle",
    "{p} was not scared of the big dog at all",
)

#: Things a sign, a banner or a placard says: nobody says them.
SIGNS52 = (
    "Closed Until Further Notice",
    "Thank You Firefighters",
    "Slow Down, Kids at Play",
    "Honk If You Love Ashgrove",
    "No Warehouse on Cobb Street",
    "Welcome Home, Sgt. Rivera",
)

#: Songs sung at an event.
SONGS52 = ("Harvest Moon Over Wexley", "Come Home, River Girl", "Lanterns on the Water", "Old Mill Road")

#: Community events named in marks.
EVENTS52 = (
    "Pumpkin Palooza",
    "Touch-a-Truck Day",
    "Strawberry Jamboree",
    "Polar Bear Plunge",
    "Night of a Thousand Lights",
)

#: Scare terms (a neighborhood's words for a thing).
SCARE52 = ("lake", "mystery smell", "shortcut", "temporary fix", "speed bump")
