"""Place names and nationality words: names that are never a person's *he* or *she*.

Sources: the ISO 3166-1 short country names in common English use, the US states, the
Canadian provinces and Australian states, the nations of the United Kingdom, the continents
and world regions named in news copy, national capitals and the largest cities of the
English-speaking press's datelines, and the nationality and religion adjectives of the
Oxford style guide's list of demonyms, with the adjectives of peoples within or across states
that news copy writes before a person's name (*Tamil*, *Maori*, *Kurdish*, *Yoruba*: the
Minority Rights Group's World Directory). Inclusion criterion: a name a news text writes for a
place or a people, never as a person's name standing alone; every word that the census
first-name lists give as a person's name alone (*Jordan*, *Georgia*, *Chad*, *Austin*, *Dallas*,
*Christian*, *Santiago*) is left out, since a person may be written so. Read in lower case.
"""

from __future__ import annotations

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada
cape_verde chile china colombia comoros congo costa_rica croatia cuba cyprus czechia
czech_republic denmark djibouti dominican_republic ecuador egypt el_salvador
eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
ireland israel italy ivory_coast jamaica japan kazakhstan kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia
moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands new_zealand nicaragua niger nigeria north_korea north_macedonia norway oman
pakistan palau palestine panama papua_new_guinea paraguay peru philippines poland
portugal qatar romania russia rwanda samoa san_marino saudi_arabia senegal serbia
seychelles sierra_leone singapore slovakia slovenia somalia south_africa south_korea
south_sudan spain sri_lanka sudan suriname sweden switzerland syria taiwan tajikistan
tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
united_arab_emirates united_kingdom united_states uruguay uzbekistan vanuatu vatican
venezuela vietnam yemen zambia zimbabwe britain great_britain england scotland wales
northern_ireland america gaza crimea tibet hong_kong puerto_rico greenland
"""

_REGIONS = """
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey
new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania
rhode_island south_carolina south_dakota tennessee texas utah vermont virginia
west_virginia wisconsin wyoming ontario quebec manitoba saskatchewan
nova_scotia new_brunswick newfoundland queensland tasmania new_south_wales
africa asia europe antarctica oceania latin_america south_america north_america
central_america middle_east scandinavia balkans caribbean siberia
"""

_CITIES = """
london paris berlin madrid rome moscow beijing shanghai tokyo seoul delhi new_delhi
mumbai karachi lahore islamabad kabul tehran baghdad damascus beirut amman cairo
riyadh jerusalem tel_aviv ankara istanbul athens vienna prague warsaw budapest
bucharest kyiv kiev minsk brussels amsterdam copenhagen stockholm oslo helsinki
dublin edinburgh glasgow belfast cardiff manchester liverpool birmingham leeds
bristol lisbon zurich munich frankfurt hamburg naples barcelona
marseille lyon nairobi lagos johannesburg cape_town addis_ababa khartoum tripoli
benghazi tunis algiers casablanca mogadishu havana caracas bogota lima
buenos_aires brasilia sao_paulo rio_de_janeiro mexico_city ottawa toronto montreal
vancouver canberra melbourne brisbane perth auckland wellington singapore jakarta
manila bangkok hanoi beijing taipei pyongyang kathmandu dhaka colombo doha dubai
abu_dhabi chicago boston philadelphia baltimore detroit pittsburgh
atlanta miami seattle  san_francisco los_angeles san_diego las_vegas
new_orleans minneapolis milwaukee cincinnati sacramento albuquerque brooklyn
manhattan queens the_bronx staten_island harlem ferguson baton_rouge des_moines
little_rock oklahoma_city salt_lake_city kansas_city st._louis st_louis
"""

#: Indigenous peoples' names that English writes before a noun as a people's word ('a Cree
#: hunter', 'an Inuit carver', 'a Sami herder'), as the peoples write them in English; names
#: that are also common words or brands ('Apache', 'Cherokee', 'Mohawk') are left out.
_INDIGENOUS_PEOPLES = """
cree inuit sami quechua aymara mapuche maasai ojibwe mixtec
"""

_PEOPLES = (
    """
american british english scottish welsh irish european african asian arab arabic
muslim muslims christians jewish jews catholic catholics protestant
hindu hindus buddhist sikh sikhs islamic mexican canadian chinese japanese korean
russian french italian spanish portuguese dutch belgian swiss austrian swedish
norwegian danish finnish polish czech hungarian romanian bulgarian greek turkish
ukrainian iranian iraqi syrian lebanese israeli palestinian egyptian saudi libyan
afghan pakistani indian bangladeshi indonesian filipino vietnamese thai australian
nigerian kenyan ethiopian somali cuban venezuelan brazilian argentine colombian
latino latinos hispanic hispanics german germans
georgian kazakh uzbek kyrgyz tajik tamil sinhalese maori māori kurdish basque catalan
québécois quebecois zulu xhosa shona yoruba igbo hausa pashtun tibetan uyghur
"""
    + _INDIGENOUS_PEOPLES
)

#: Place names, lower case, their words joined by spaces ('new york', 'saudi arabia').
PLACE_WORDS = frozenset(w.replace("_", " ") for w in (_COUNTRIES + _REGIONS + _CITIES).split())
#: Nationality and religion adjectives and their plurals ('muslim', 'european', 'germans').
PEOPLE_WORDS = frozenset(_PEOPLES.split()) | frozenset(
    w + "s" for w in _PEOPLES.split() if w.endswith(("an", "i", "ab", "u", "ic", "ine"))
)
#: Generic terms of geography and of the built place that make a name of two or more words a
#: place's ('Cape Arago', 'Sunset Bay', 'Quay Street'): the UN glossary's heads of
#: :data:`quotex.lexicon.grammar.PLACE_OF_HEADS` and the generic terms English writes after a
#: name. Read capitalised.
PLACE_GENERICS = frozenset(
    """Isle Isles Island Islands Bay Gulf Strait Straits Sea Cape Lake Mount Firth Vale Valley
    Peninsula River Beach Harbour Harbor County Creek Canyon Coast Falls Springs Street Road
    Avenue Square Bridge Airport Port Fort""".split()
)
#: Of :data:`PLACE_GENERICS`, the terms of geography English writes before a place's name too
#: ('River Tamble', 'Lake Orrin', 'Mount Cairn', 'Loch Varran', 'Port Essling', 'Fort Carrow').
#: Read capitalised.
LEADING_GENERICS = frozenset("River Lake Mount Isle Cape Loch Port Fort".split())
#: Category names of administrative divisions that follow a place's name in a sub-national
#: government's name ('Lagos State', 'Nakuru County', 'Western Province', 'Tasman District'):
#: the English subdivision category names of ISO 3166-2 (state, county, province, district,
#: region, municipality, prefecture, governorate, territory, canton, oblast, parish, borough,
#: city) and *Metropolitan*. Read capitalised.
DIVISION_WORDS = frozenset(
    """State County Province District Region Municipality Prefecture Governorate Territory
    Canton Oblast Parish Borough City Metropolitan""".split()
)

#: Nouns for a person of a nationality that differ from its adjective (*the Pole* for a person
#: the text called *Polish*, *the Swede*, *the Dutchman*), lower case, with that adjective: the
#: Oxford style guide's list of demonyms, the nouns a news text writes for one person.
DEMONYM_NOUNS = {
    "pole": "polish",
    "swede": "swedish",
    "dane": "danish",
    "finn": "finnish",
    "briton": "british",
    "scot": "scottish",
    "scotsman": "scottish",
    "scotswoman": "scottish",
    "turk": "turkish",
    "spaniard": "spanish",
    "frenchman": "french",
    "frenchwoman": "french",
    "dutchman": "dutch",
    "dutchwoman": "dutch",
    "englishman": "english",
    "englishwoman": "english",
    "irishman": "irish",
    "irishwoman": "irish",
    "welshman": "welsh",
    "welshwoman": "welsh",
    "icelander": "icelandic",
}

#: The nationality adjective of a country, lower case, the country's words joined by spaces
#: (*kazakhstan* -> *kazakh*, *madagascar* -> *malagasy*): the word a text writes as *the Kazakh*
#: for a person it introduced as *of Kazakhstan*. Source: the CIA World Factbook's "Nationality"
#: field (its adjective) and the Oxford style guide's list of demonyms; countries with no
#: one-word adjective in news use are left out.
COUNTRY_ADJECTIVES = {
    country.replace("_", " "): adjective.replace("_", " ")
    for country, adjective in (
        pair.split(":")
        for pair in """
afghanistan:afghan albania:albanian algeria:algerian andorra:andorran angola:angolan
argentina:argentine armenia:armenian australia:australian austria:austrian azerbaijan:azerbaijani
bahamas:bahamian bahrain:bahraini bangladesh:bangladeshi barbados:barbadian belarus:belarusian
belgium:belgian belize:belizean benin:beninese bhutan:bhutanese bolivia:bolivian bosnia:bosnian
botswana:botswanan brazil:brazilian brunei:bruneian bulgaria:bulgarian burundi:burundian
cambodia:cambodian cameroon:cameroonian canada:canadian chile:chilean china:chinese
colombia:colombian congo:congolese croatia:croatian cuba:cuban cyprus:cypriot czechia:czech
czech_republic:czech denmark:danish djibouti:djiboutian ecuador:ecuadorian egypt:egyptian
el_salvador:salvadoran eritrea:eritrean estonia:estonian ethiopia:ethiopian fiji:fijian
finland:finnish france:french gabon:gabonese gambia:gambian georgia:georgian germany:german ghana:ghanaian
greece:greek grenada:grenadian guatemala:guatemalan guinea:guinean guyana:guyanese haiti:haitian
honduras:honduran hungary:hungarian iceland:icelandic india:indian indonesia:indonesian
iran:iranian iraq:iraqi ireland:irish israel:israeli italy:italian jamaica:jamaican
japan:japanese kazakhstan:kazakh kenya:kenyan kosovo:kosovan kuwait:kuwaiti kyrgyzstan:kyrgyz
laos:lao latvia:latvian lebanon:lebanese liberia:liberian libya:libyan lithuania:lithuanian
luxembourg:luxembourgish macedonia:macedonian north_macedonia:macedonian madagascar:malagasy
malawi:malawian malaysia:malaysian
maldives:maldivian mali:malian malta:maltese mauritania:mauritanian mauritius:mauritian
mexico:mexican moldova:moldovan monaco:monegasque mongolia:mongolian montenegro:montenegrin
morocco:moroccan mozambique:mozambican myanmar:burmese burma:burmese namibia:namibian
nepal:nepali netherlands:dutch nicaragua:nicaraguan niger:nigerien
nigeria:nigerian north_korea:north_korean norway:norwegian oman:omani pakistan:pakistani
palestine:palestinian panama:panamanian paraguay:paraguayan peru:peruvian philippines:filipino
poland:polish portugal:portuguese qatar:qatari romania:romanian russia:russian rwanda:rwandan
samoa:samoan senegal:senegalese serbia:serbian sierra_leone:sierra_leonean singapore:singaporean
slovakia:slovak slovenia:slovenian somalia:somali south_africa:south_african
south_korea:south_korean south_sudan:south_sudanese spain:spanish sri_lanka:sri_lankan
sudan:sudanese suriname:surinamese sweden:swedish switzerland:swiss syria:syrian taiwan:taiwanese
tajikistan:tajik tanzania:tanzanian thailand:thai togo:togolese tonga:tongan tunisia:tunisian
turkey:turkish turkmenistan:turkmen uganda:ugandan ukraine:ukrainian united_kingdom:british
britain:british great_britain:british united_states:american america:american uruguay:uruguayan
uzbekistan:uzbek vanuatu:ni-vanuatu venezuela:venezuelan vietnam:vietnamese yemen:yemeni
zambia:zambian zimbabwe:zimbabwean england:english scotland:scottish wales:welsh
northern_ireland:northern_irish tibet:tibetan greenland:greenlandic puerto_rico:puerto_rican
""".split()
    )
}
