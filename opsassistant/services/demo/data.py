"""The made-up people, companies and places of the demo office. Names are invented; any likeness is chance."""

from __future__ import annotations

PRINCIPALS = [
    # name, role, title, colour, work start, work end, email, phone
    ("Karen Holm", "executive", "Administrerende direktør", "#d68910", "08:00", "17:00",
     "karen.holm@nordkystgruppen.dk", "+45 40 12 77 01"),
    ("Mads Kjær", "team", "Driftschef", "#2980b9", "07:30", "15:30",
     "mads.kjaer@nordkystgruppen.dk", "+45 40 12 77 02"),
    ("Louise Bech", "team", "Økonomiansvarlig", "#27ae60", "08:30", "16:30",
     "louise.bech@nordkystgruppen.dk", "+45 40 12 77 03"),
    ("Jonas Friis", "team", "IT- og facilitetsansvarlig", "#8e44ad", "09:00", "17:00",
     "jonas.friis@nordkystgruppen.dk", "+45 40 12 77 04"),
]

FIRST_NAMES = [
    "Anne", "Peter", "Mette", "Lars", "Hanne", "Søren", "Susanne", "Jens", "Camilla", "Morten", "Lene",
    "Henrik", "Pia", "Thomas", "Birgitte", "Rasmus", "Sofie", "Niels", "Ida", "Anders", "Marianne", "Frederik",
    "Tove", "Kasper", "Line", "Ole", "Maja", "Bjørn", "Julie", "Torben", "Signe", "Mikkel", "Inge", "Christian",
    "Karina", "Jørgen", "Emma", "Steen", "Astrid", "Poul", "Helle", "Mathias", "Gitte", "Jesper", "Rikke",
    "Kirsten", "Bo", "Charlotte", "Erik", "Nanna", "Asger", "Lærke", "Villads", "Åse", "Troels", "Dorthe",
    "Malthe", "Vibeke", "Ebbe", "Cecilie", "Kim", "Randi",
]
LAST_NAMES = [
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
    "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
    "Møller", "Mortensen", "Østergaard", "Lund", "Dahl", "Frandsen", "Kjeldsen", "Bang", "Skov", "Vestergaard",
    "Bruun", "Krogh", "Brøndum", "Lauridsen", "Søndergaard", "Holst", "Ærenlund", "Fog",
]

# name, e-mail domain, landline prefix, street, postcode, city, groups
COMPANIES = [
    ("Fjordkraft Logistik A/S", "fjordkraft-logistik.dk", "75", "Havnegade 14", "7100", "Vejle", ("Kunder",)),
    ("Nordlys Rådgivning ApS", "nordlysraad.dk", "33", "Vesterbrogade 92", "1620", "København V", ("Kunder",)),
    ("Lindholm & Brask Advokater", "lindholmbrask.dk", "33", "Amaliegade 22", "1256", "København K",
     ("Samarbejdspartnere",)),
    ("Østerbro Tryk A/S", "oesterbrotryk.dk", "35", "Nordre Frihavnsgade 18", "2100", "København Ø",
     ("Leverandører",)),
    ("Møllegården Kursuscenter", "moellegaarden-kursus.dk", "46", "Møllevej 3", "4000", "Roskilde",
     ("Leverandører",)),
    ("Skovlund Catering", "skovlundcatering.dk", "45", "Lyngby Hovedgade 61", "2800", "Kongens Lyngby",
     ("Leverandører",)),
    ("Kattegat Ejendomme A/S", "kattegat-ejendomme.dk", "86", "Åboulevarden 31", "8000", "Aarhus C", ("Kunder",)),
    ("Amager IT-Service ApS", "amager-it.dk", "32", "Amagerbrogade 150", "2300", "København S",
     ("Leverandører",)),
    ("Fynske Vindmøller A/S", "fynskevind.dk", "66", "Vestergade 44", "5000", "Odense C", ("Kunder",)),
    ("Limfjord Revision", "limfjordrevision.dk", "98", "Boulevarden 9", "9000", "Aalborg", ("Samarbejdspartnere",)),
    ("Vadehavets Fiskeeksport", "vadehavet-fisk.dk", "75", "Kongensgade 88", "6700", "Esbjerg", ("Kunder",)),
    ("Kronborg Kontorforsyning", "kronborgkontor.dk", "49", "Stengade 52", "3000", "Helsingør", ("Leverandører",)),
    ("Sølvgade Arkitekter", "soelvgade-ark.dk", "33", "Sølvgade 38", "1307", "København K", ("Kunder",)),
    ("Bølgen Rejser", "boelgenrejser.dk", "70", "Nyhavn 31", "1051", "København K", ("Leverandører",)),
    ("Hedeland Energi A/S", "hedelandenergi.dk", "43", "Industrivej 7", "2640", "Hedehusene", ("Kunder",)),
]
COMPANY_TITLES = [
    "Direktør", "Salgschef", "Indkøbsansvarlig", "Projektleder", "Økonomichef", "Kundeansvarlig",
    "Kommunikationschef", "Partner", "Konsulent", "Bogholder", "Teknisk chef", "Receptionist",
]
BOARD = [("Henning Skovgaard", "Bestyrelsesformand"), ("Birthe Lykke", "Bestyrelsesmedlem"),
         ("Palle Refsgaard", "Bestyrelsesmedlem")]
FAMILY = [("Jakob Holm", "Ægtefælle til Karen Holm"), ("Sara Holm", "Datter af Karen Holm")]

PRIVATE_STREETS = [
    ("Grønnegade 7, 2. th.", "8000", "Aarhus C"), ("Blegdamsvej 112, 3. tv.", "2100", "København Ø"),
    ("Skolevej 4", "4600", "Køge"), ("Ribevej 19", "6000", "Kolding"), ("Bakkedraget 11", "3460", "Birkerød"),
    ("Strandvejen 203", "2900", "Hellerup"), ("Rosenvænget 6", "5700", "Svendborg"),
    ("Søndergade 27, 1.", "8700", "Horsens"), ("Kirkestræde 2", "4300", "Holbæk"),
    ("Æblehaven 15", "2760", "Måløv"),
]
MOBILE_PREFIXES = ["20", "21", "22", "23", "24", "25", "26", "28", "29", "30", "31", "40", "41", "42", "50",
                   "51", "52", "53", "60", "61", "71", "81", "91", "93"]

# Foreign contacts: (first, last, display, organisation, title, email, street, postcode, city, country,
#                    [(kind, typed)], groups, notes)
FOREIGN = [
    ("Klaus", "Müller", "Klaus Müller", "Bergmann Maschinenbau GmbH", "Einkaufsleiter",
     "k.mueller@bergmann-maschinenbau.de", "Leopoldstraße 112", "80802", "München", "Tyskland",
     [("work", "+49 89 3812 4470"), ("mobile", "+49 151 2384 9917")], ("Kunder",), ""),
    ("Łukasz", "Wiśniewski", "Łukasz Wiśniewski", "Bałtyk Żegluga Sp. z o.o.", "Dyrektor handlowy",
     "lukasz.wisniewski@baltyk-zegluga.pl", "ul. Świętojańska 45", "81-391", "Gdynia", "Polen",
     [("work", "+48 58 620 14 33"), ("mobile", "+48 601 482 915")], ("Leverandører",),
     "Taler engelsk og lidt dansk."),
    ("Γιώργος", "Παπαδόπουλος", "Γιώργος Παπαδόπουλος", "Αιγαίο Ναυτιλιακή Α.Ε.", "Γενικός Διευθυντής",
     "g.papadopoulos@aegeo-shipping.gr", "Λεωφόρος Συγγρού 140", "176 71", "Αθήνα", "Grækenland",
     [("work", "+30 210 924 5530"), ("mobile", "+30 694 512 3387")], ("Kunder",), "Giorgos Papadopoulos"),
    ("太郎", "山田", "山田 太郎 (Tarō Yamada)", "サクラ精機株式会社 (Sakura Seiki K.K.)", "海外営業部長",
     "t.yamada@sakura-seiki.co.jp", "丸の内2-7-3", "100-6390", "東京都千代田区", "Japan",
     [("work", "+81 3-5219-4400"), ("mobile", "+81 90-4127-8836")], ("Kunder",),
     "Romaji: Yamada Tarō. Afdelingschef for eksportsalg; vært ved besøget i Tokyo."),
    ("Jennifer", "Walsh", "Jennifer Walsh", "Hudson Bay Partners LLC", "Managing Director",
     "jwalsh@hudsonbaypartners.com", "250 Park Avenue, 17th Floor", "NY 10177", "New York", "USA",
     [("work", "+1 212-555-0147"), ("mobile", "+1 917-555-0182")], ("Kunder", "Samarbejdspartnere"),
     "Foretrækker møder om formiddagen New York-tid."),
    ("Anna", "Lindqvist", "Anna Lindqvist", "Öresund Konsult AB", "Konsult",
     "anna.lindqvist@oresundkonsult.se", "Stortorget 9", "211 22", "Malmö", "Sverige",
     [("work", "+46 40 612 34 50")], ("Samarbejdspartnere",), ""),
]

GROUPS = ["Kunder", "Leverandører", "Bestyrelse", "Familie", "Samarbejdspartnere", "Presse"]
