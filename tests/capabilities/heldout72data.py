"""Slot fillers of the seventy-second held-out round (``heldout72.py``), a round of TECHNOLOGY,
CYBERSECURITY AND CONSUMER NEWS as a tech desk and a consumer desk write them: invented people (with a gender,
a culture and an age), invented companies with their products, security labs and universities, regulators and
lawmakers' committees, conferences, outlets, forums and towns; executive, research, regulator and staff roles;
quotations, reported clauses, a company's reported clauses, and the marked words of a tech story that nobody
says (apps, features, versions, model names, error messages, commands, passwords, search terms).

Every name, body, product, place and sentence here was written for this round; all of them are invented.
"""

from __future__ import annotations

from attrs import frozen
from heldout_kit import Mark, Person

#: Straight and curly double marks.
MARKS72 = (Mark('"', '"'), Mark("\u201c", "\u201d"))

WOMEN72 = (
    Person("Tereza Holubova", "Holubova", "f", "Czech", 41),
    Person("Adaeze Okorafor", "Okorafor", "f", "Igbo", 38),
    Person("Marisol Quintanar", "Quintanar", "f", "Mexican", 45),
    Person("Linnea Strahle", "Strahle", "f", "Swedish", 36),
    Person("Hyejin Baek", "Baek", "f", "Korean", 33),
    Person("Roisin Costigan", "Costigan", "f", "Irish", 47),
    Person("Keziah Boateng", "Boateng", "f", "Akan", 39),
    Person("Anjali Venkataraman", "Venkataraman", "f", "Tamil", 44),
    Person("Beatriz Salgueiro", "Salgueiro", "f", "Portuguese", 50),
    Person("Elif Karabulut", "Karabulut", "f", "Turkish", 35),
    Person("Greta Vollmer", "Vollmer", "f", "German", 52),
    Person("Mariko Ishizuka", "Ishizuka", "f", "Japanese", 42),
    Person("Oksana Hrytsenko", "Hrytsenko", "f", "Ukrainian", 37),
    Person("Fiona Leckie", "Leckie", "f", "Scottish", 48),
    Person("Ngozi Ekwueme", "Ekwueme", "f", "Igbo", 46),
)

MEN72 = (
    Person("Tobias Lindqvist", "Lindqvist", "m", "Swedish", 43),
    Person("Emre Tasdelen", "Tasdelen", "m", "Turkish", 39),
    Person("Rafael Monteagudo", "Monteagudo", "m", "Mexican", 51),
    Person("Nikhil Parameswaran", "Parameswaran", "m", "Tamil", 34),
    Person("Olusegun Adebanjo", "Adebanjo", "m", "Yoruba", 55),
    Person("Declan Furlong", "Furlong", "m", "Irish", 46),
    Person("Matteo Brambilla", "Brambilla", "m", "Italian", 40),
    Person("Anders Kvarme", "Kvarme", "m", "Norwegian", 57),
    Person("Viktor Shevelov", "Shevelov", "m", "Ukrainian", 44),
    Person("Hamid Rezvani", "Rezvani", "m", "Persian", 49),
    Person("Callum Ashdown", "Ashdown", "m", "English", 31),
    Person("Diego Arismendi", "Arismendi", "m", "Basque", 38),
    Person("Kenji Morikawa", "Morikawa", "m", "Japanese", 53),
    Person("Samuel Oduya", "Oduya", "m", "Kenyan", 42),
    Person("Marek Zielinski", "Zielinski", "m", "Polish", 47),
)

PEOPLE72 = tuple(p for pair in zip(WOMEN72, MEN72, strict=True) for p in pair)


@frozen
class Firm:
    """An invented company: its name as written, its product and the kind of business it is."""

    name: str
    product: str
    trade: str


FIRMS72 = (
    Firm("Quillstream", "Quillstream Drive", "cloud storage company"),
    Firm("Brightwave Networks", "Brightwave Home", "broadband provider"),
    Firm("Pinemark Software", "Ledgerly", "accounting software maker"),
    Firm("Halvorsen Devices", "the Halvorsen Pulse", "smartwatch maker"),
    Firm("Lumencraft", "Lumen Studio", "photo-editing company"),
    Firm("Tessaly Pay", "the Tessaly wallet", "payments company"),
    Firm("Nordgrid Telecom", "Nordgrid Mobile", "mobile carrier"),
    Firm("Copperfield Games", "Skyhaven Online", "games studio"),
    Firm("Wrenfold", "the Wrenfold app", "ride-hailing company"),
    Firm("Ostrava Robotics", "the Ostrava Helper", "home-robot maker"),
    Firm("Velvetbyte", "Velvetbyte Chat", "messaging company"),
    Firm("Marlowe Cloud", "Marlowe Compute", "cloud provider"),
    Firm("Fernhill Foods Online", "the Fernhill grocery app", "online grocer"),
    Firm("Tidewell Labs", "the Tidewell assistant", "AI start-up"),
)

#: Security labs, research firms and universities.
LABS72 = (
    "Kestrel Point Security",
    "Bluefin Security Lab",
    "the Marrick Institute for Digital Safety",
    "Cobalt Ridge Labs",
    "Orrin University",
    "the Saltmarsh Center for Internet Research",
    "Gantry Threat Intelligence",
    "Harwick Polytechnic",
)

#: Regulators and consumer bodies.
REGULATORS72 = (
    "the National Consumer Data Board",
    "the Office of the Privacy Ombudsman",
    "the Federal Connectivity Council",
    "the Digital Fair Trading Commission",
    "the Consumer Tech Watchdog",
    "the Online Safety Regulator of Vessland",
)

#: Lawmakers' committees.
COMMITTEES72 = (
    "the Senate commerce committee",
    "the House subcommittee on data security",
    "the parliamentary technology committee",
    "the Senate consumer protection panel",
)

EVENTS72 = (
    "the Northlight Developer Summit",
    "CinderCon",
    "the Harbourline Security Forum",
    "ByteFair",
    "the Kalvik Tech Week",
    "the Open Circuit Conference",
)

OUTLETS72 = ("the Ledger Wire", "TechMarrow", "the Circuit Daily", "the Brackenford Courier", "Signal Desk")

FORUMS72 = (
    "the Quillstream community forum",
    "a Reddit-style board",
    "the Skyhaven fan forum",
    "a support forum",
)

TOWNS72 = ("Wenlow", "Brackenford", "Merriton", "Ashby Vale", "Port Avel", "Kelmarsh", "Dunraven Bay")

HANDLES72 = ("@quietfox", "@byte_granny", "@tunnelrat88", "@marrowlight", "@ned_on_wifi", "@pixelherder")

DAYS72 = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

#: Quotations of a tech or consumer story (the words inside the marks, without the final stop).
QUOTES72 = (
    "We take the security of our customers extremely seriously",
    "Nobody's passwords were stored in plain text",
    "This was a configuration mistake, and it was ours",
    "The fix is rolling out to every device tonight",
    "We should have told people sooner",
    "The attackers were inside the network for about nine days",
    "Our engineers worked through the night to restore service",
    "You cannot bolt privacy on at the end",
    "Customers will get a full month of service for free",
    "The flaw let anyone read another user's messages",
    "It took us four minutes to break in",
    "The model still makes things up, and we say so",
    "People bought this watch to be safe, not to be tracked",
    "Two-factor login would have stopped most of this",
    "We are not going to charge anyone for the repair",
    "The app store rules are written for one company",
    "I lost three days of work when the sync failed",
    "Regulators have been far too patient with this industry",
    "Every update goes through the same review now",
    "The battery problem affects a small number of units",
    "I was on hold for two hours and nobody picked up",
    "We found the bug in an afternoon with a cheap laptop",
    "This is the biggest redesign we have ever shipped",
    "A fine is not enough if the data is already out there",
)

#: Reported clauses of a person (past tense, with no conjunction).
CLAUSES72 = (
    "the outage had been caused by a faulty software update",
    "about 40,000 accounts had been affected",
    "the company would refund every customer who asked",
    "the flaw had been present for at least two years",
    "no card numbers had been taken",
    "the new chip would double the battery life",
    "the lab had warned the company in March",
    "the service would be back to normal by the evening",
    "the firm had ignored three earlier reports",
    "users should change their passwords at once",
    "the feature would reach older phones next year",
    "the breach was far larger than first disclosed",
    "the app had collected location data without consent",
    "the patch closed the hole completely",
    "the commission would open a formal inquiry",
    "smaller developers were being squeezed out",
)

#: A company's reported clauses (its own pronoun *it* inside).
BODY_CLAUSES72 = (
    "it had fixed the bug",
    "it had notified the affected customers",
    "it was investigating the incident with outside experts",
    "it had reset the passwords of every affected account",
    "it would appeal the ruling",
    "it had paused sales of the device",
    "it had found no evidence that data was misused",
    "it planned to launch the service in Europe next spring",
    "it had restored access for most users",
    "it disagreed with the regulator's findings",
)

#: Pointed fragments a speaker's word for something.
FRAGS72 = (
    "a wake-up call",
    "completely unacceptable",
    "a slow-motion disaster",
    "a sticking plaster",
    "the worst week in our history",
    "deeply sloppy",
    "a gift to scammers",
    "a genuine leap",
)

#: App and product names, features and model names that appear in marks.
NAMES72 = (
    "Quiet Hours",
    "Glasswing",
    "Find My Crew",
    "Nightjar",
    "Safe Sender",
    "Pocketvault",
    "Tallyo Plus",
    "Lantern 3",
    "Smart Reorder",
    "Echo Trails",
)

#: Error messages shown on screens.
ERRORS72 = (
    "Something went wrong. Please try again later",
    "Error 503: service unavailable",
    "Your session has expired",
    "Payment declined",
    "Unable to connect to server",
    "Sync paused",
)

#: Commands, passwords and search terms that appear in marks.
COMMANDS72 = ("restart --safe", "sudo reboot", "reset network settings", "clear cache")
PASSWORDS72 = ("123456", "password1", "qwerty", "letmein", "iloveyou", "111111")
SEARCHES72 = ("how to delete my account", "is Quillstream down", "refund smartwatch", "phone overheating")


@frozen
class Role72:
    """A role written after a name (``{f}`` the body's place), the parts a title must contain, and the short
    reference a story uses later."""

    text: str
    parts: tuple[str, ...]
    short: str

    def at(self, body: str) -> str:
        """The role with *body* in place."""
        return self.text.format(f=body)


#: Company roles (``{f}`` a company).
EXEC72 = (
    Role72(
        "co-founder and chief technology officer of {f}",
        ("chief technology officer", "{f}"),
        "technology chief",
    ),
    Role72("vice president of product at {f}", ("vice president of product", "{f}"), "executive"),
    Role72("chief executive of {f}", ("chief executive", "{f}"), "chief executive"),
    Role72(
        "the chief information security officer at {f}",
        ("chief information security officer", "{f}"),
        "executive",
    ),
    Role72("head of trust and safety at {f}", ("head of trust and safety", "{f}"), "executive"),
    Role72("senior director of engineering at {f}", ("director of engineering", "{f}"), "engineer"),
    Role72("founder and chief executive of {f}", ("chief executive", "{f}"), "chief executive"),
    Role72("chief privacy officer at {f}", ("chief privacy officer", "{f}"), "executive"),
    Role72("executive vice president for devices at {f}", ("vice president", "devices", "{f}"), "executive"),
    Role72("chief operating officer of {f}", ("chief operating officer", "{f}"), "executive"),
)

#: Research roles (``{f}`` a lab or university).
RESEARCH72 = (
    Role72("a researcher at {f} who discovered the flaw", ("researcher", "{f}"), "researcher"),
    Role72("a security researcher at {f}", ("researcher", "{f}"), "researcher"),
    Role72("principal threat analyst at {f}", ("threat analyst", "{f}"), "analyst"),
    Role72("an associate professor of computer science at {f}", ("professor", "{f}"), "professor"),
    Role72("head of vulnerability research at {f}", ("head of vulnerability research", "{f}"), "researcher"),
    Role72("a malware analyst with {f}", ("malware analyst", "{f}"), "analyst"),
)

#: Regulator roles (``{f}`` a regulator).
REGROLES72 = (
    Role72("chair of {f}", ("chair", "{f}"), "chair"),
    Role72("the commissioner of {f}", ("commissioner", "{f}"), "commissioner"),
    Role72("director of enforcement at {f}", ("director of enforcement", "{f}"), "director"),
    Role72("deputy chief executive of {f}", ("deputy chief executive", "{f}"), "regulator"),
)

#: Continuations of a quotation broken by its credit (lowercase, with their final stop).
TAILS72 = (
    "but the fix is already on its way.",
    "and that failure is ours alone.",
    "so nobody should panic about their savings.",
    "and we will publish everything we find.",
    "which is why we switched the feature off.",
    "but customers deserved to hear it from us first.",
)

#: What a company reports without *it* (a fact of the story).
FACTS72 = (
    "the breach affected about 12,000 accounts",
    "the outage lasted just under six hours",
    "fewer than one in a hundred devices were affected",
    "the stolen files held no payment details",
    "sales of the device had doubled since March",
)

#: What an ordinary user reports (past tense).
USERS72 = (
    "the card reader went dead at lunchtime",
    "every photo in the family album vanished after the update",
    "the watch had left a burn mark after a week",
    "the app charged twice for a single ride",
    "the support line kept hanging up",
)
