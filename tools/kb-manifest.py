#!/usr/bin/env python3
"""Rewrites enrich/src/main/resources/kb/manifest.yaml from the knowledge-base files present.

usage: tools/kb-manifest.py [VERSION]   (VERSION defaults to today's date)
"""
import datetime, glob, os, sys

kb = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "enrich", "src", "main", "resources", "kb")
os.chdir(kb)
version = sys.argv[1] if len(sys.argv) > 1 else datetime.date.today().isoformat()
out = ["# The knowledge base the tagger loads: its version (a date) and its files, relative to kb/.",
       "# Written by tools/kb-manifest.py; bump the version whenever an entry changes: it is written",
       "# into every enriched record as tagger.kb.",
       f"version: {version}"]
sections = {
    "countries": glob.glob("countries.yaml"),
    "regions": glob.glob("regions.yaml"),
    "places": glob.glob("places.tsv") + glob.glob("places-curated.tsv"),
    "people": sorted(glob.glob("people/*.yaml")),
    "organisations": sorted(glob.glob("organisations/*.yaml")),
    "titles": ["titles.yaml"],
    "first_names": ["first-names.txt", "given-names.txt", "given-names-world.txt"],
}
for name, files in sections.items():
    if files:
        out.append(f"{name}:")
        out += [f"  - {f}" for f in files]
    else:
        out.append(f"{name}: []")
open("manifest.yaml", "w").write("\n".join(out) + "\n")
