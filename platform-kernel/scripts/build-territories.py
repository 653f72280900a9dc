#!/usr/bin/env python3
"""Derives the territory reference data shipped in the kernel from @etalab/decoupage-administratif.

Usage (from platform-kernel/):
    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    python3 scripts/build-territories.py package/data src/main/resources/org/alliances/kernel/territory

Writes four gzipped, tab-separated files (one line per territory, header first):
    regions.tsv.gz      code, name
    departments.tsv.gz  code, name, region
    epci.tsv.gz         siren, name, kind (CA, CC, CU, METRO…), population
    communes.tsv.gz     code, name, kind (C = commune, A = municipal arrondissement), department, region,
                        epci, parent commune (arrondissements only), population, postal codes (space-separated)
Only current communes are kept (delegated and associated communes are not local-authority levels);
the municipal arrondissements of Paris, Lyon and Marseille are kept, attached to their city.
The overseas collectivities (zone "com": Saint-Pierre-et-Miquelon, Polynésie française…) have their own statute
and are neither départements nor régions: they are left out, leaving 101 départements and 18 régions.
"""
import gzip
import json
import os
import sys


def write(path, header, rows):
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join("" if v is None else str(v) for v in row) + "\n")


def main(source, target):
    load = lambda name: json.load(open(os.path.join(source, name), encoding="utf-8"))
    communes = load("communes.json")
    epcis = load("epci.json")
    epci_of = {}
    for e in epcis:
        for m in e["membres"]:
            epci_of[m["code"]] = e["code"]
    os.makedirs(target, exist_ok=True)
    kept_zone = lambda item: item.get("zone") in ("metro", "drom")
    write(os.path.join(target, "regions.tsv.gz"), ["code", "name"],
          sorted((r["code"], r["nom"]) for r in load("regions.json") if kept_zone(r)))
    write(os.path.join(target, "departments.tsv.gz"), ["code", "name", "region"],
          sorted((d["code"], d["nom"], d["region"]) for d in load("departements.json") if kept_zone(d)))
    write(os.path.join(target, "epci.tsv.gz"), ["siren", "name", "kind", "population"],
          sorted((e["code"], e["nom"], e["type"], e.get("populationMunicipale", 0)) for e in epcis))
    rows = []
    for c in communes:
        if not kept_zone(c):
            continue
        if c["type"] == "commune-actuelle":
            kind, parent = "C", ""
        elif c["type"] == "arrondissement-municipal":
            kind, parent = "A", c["commune"]
        else:
            continue
        epci = epci_of.get(parent or c["code"], "")
        rows.append((c["code"], c["nom"], kind, c.get("departement", ""), c.get("region", ""), epci, parent,
                     c.get("population", 0), " ".join(c.get("codesPostaux", []))))
    rows.sort()
    write(os.path.join(target, "communes.tsv.gz"),
          ["code", "name", "kind", "department", "region", "epci", "parent", "population", "postal_codes"], rows)
    print(f"{len(rows)} communes and arrondissements, {len(epcis)} EPCI written to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
