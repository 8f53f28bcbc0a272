#!/usr/bin/env python3
"""Writes enrich/src/main/resources/kb/common-words.tsv: the ordinary words of each language that are also
the one-word name of a place in the gazetteer ("razlog" = reason and a Bulgarian town; "media" and Mediaș)
or of an organisation ("danas" = today and the Belgrade daily). A capitalised common word is a place only
when the story's context makes it one, and such an organisation's name opening a sentence is the word
(see ContextFilterPass).

Source: the Hunspell dictionaries Debian ships (hunspell-en-us, -hr, -sr, -bs, -sl, -el; package
libreoffice-dictionaries), read from /usr/share/hunspell. Only dictionary stems written in lower case are
used (a lower-case stem is an ordinary word, not a name). Bulgarian is left out: its dictionary is GPL-2 only.
Licences are noted in kb/NOTICE. Run from the repository root: python3 tools/common-words.py
"""
import glob
import re
import unicodedata

import yaml

DICTS = {  # language tag (as LanguageDetector gives it) -> dictionary
    "en": "en_US", "hr": "hr_HR", "bs": "bs_BA", "sr-Latn": "sr_Latn_RS", "sr-Cyrl": "sr_RS", "sl": "sl_SI", "el": "el_GR",
}
KB = "enrich/src/main/resources/kb/"
# The Serbian, Croatian and Bosnian dictionaries also list many proper names a second time in lower case
# ("zadar", "atina", "ohrid" beside "Zadar", "Atina", "Ohrid"): there a lower-case stem that is also written
# with a capital is a name, not an ordinary word. (English "metro"/"Metro", Slovenian "koper" (dill)/"Koper"
# and Greek "δράμα"/"Δράμα" are ordinary words with a name beside them, so the rule is for these only; and not
# for the names of bodies: "politika" is politics, "Politika" the daily; nor, in Serbian, for a word Croatian or
# Bosnian has as an ordinary word.)
NAMES_ALSO_LOWER_CASE = {"hr", "bs", "sr-Latn", "sr-Cyrl"}


def fold(word):
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if not unicodedata.combining(c))


SERBIAN_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                         ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                          "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))


def latin(word):
    return "".join(SERBIAN_LATIN.get(c, c) for c in word)


def encoding(aff):
    with open(aff, "rb") as f:
        for line in f:
            m = re.match(rb"SET\s+(\S+)", line)
            if m:
                return m.group(1).decode()
    return "utf-8"


def place_words():
    words = set()
    for path in (KB + "places.tsv", KB + "places-curated.tsv"):
        with open(path, encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    continue
                row = dict(zip(header, cols))
                names = [row.get("name", "")] + (row.get("names") or "").split("|")
                for n in names:
                    if n and " " not in n and "-" not in n:
                        key = fold(n)
                        # and the declined forms the matcher also reads ("Mediaș" is matched as "Media")
                        words.update(k for k in (key, key[:-1], key[:-2]) if len(k) >= 4 or k == key)
    return words


def organisation_words():
    words = set()
    for path in sorted(glob.glob(KB + "organisations/*.yaml")):
        with open(path, encoding="utf-8") as f:
            for org in yaml.safe_load(f) or []:
                for n in [org.get("name", "")] + list(org.get("aliases") or []) + list(org.get("credit_aliases") or []):
                    n = str(n)
                    if n and " " not in n and "-" not in n and not n.isupper():
                        words.add(fold(n))
    return words


def main():
    organisations = organisation_words()
    places = place_words() | organisations
    # the Serbian dictionary's lower-case stem is an ordinary word after all where Croatian or Bosnian has it
    # as one ("grad", "most", "istok", "nada"): those dictionaries do not repeat names in lower case as often
    croatian_bosnian = set()
    rows = []
    for lang, name in DICTS.items():
        base = "/usr/share/hunspell/" + name
        enc = encoding(base + ".aff")
        found = set()
        with open(base + ".dic", encoding=enc, errors="replace") as f:
            next(f)  # the entry count
            stems = {line.split("/")[0].strip() for line in f}
        for stem in stems:
            if len(stem) >= 3 and stem[0].islower() and stem.isalpha() and fold(stem) in places:
                if (lang in NAMES_ALSO_LOWER_CASE and stem[0].upper() + stem[1:] in stems and fold(stem) not in organisations
                        and not (lang.startswith("sr") and fold(latin(stem)) in croatian_bosnian)):
                    continue
                found.add(stem)
        if lang in ("hr", "bs"):
            croatian_bosnian.update(fold(w) for w in found)
        rows += [(lang, w) for w in sorted(found)]
        print(f"{lang}: {len(found)} words")
    with open(KB + "common-words.tsv", "w", encoding="utf-8") as out:
        out.write("# Ordinary words that are also a place's or an organisation's one-word name, per language: generated by\n")
        out.write("# tools/common-words.py\n")
        out.write("# from Debian's Hunspell dictionaries (see NOTICE for their licences); do not edit by hand.\n")
        out.write("language\tword\n")
        for lang, w in rows:
            out.write(f"{lang}\t{w}\n")


if __name__ == "__main__":
    main()
