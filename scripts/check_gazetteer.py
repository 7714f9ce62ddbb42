#!/usr/bin/env python3
"""Validate the curated gazetteer in Sources/ArmsnetExtraction/Resources/gazetteer (stdlib only).

Usage: scripts/check_gazetteer.py [GAZETTEER_DIR] [--overlay FILE ...]

Checks: valid UTF-8 JSON in the documented shape; one array entry per line; entries sorted
(countries by iso3, firms and non-entities by name, case-insensitively); unique iso3; every UN
member state plus the Holy See (VAT) and Palestine (PSE) present; no alias string shared by two
different entries across countries, firms and non-entities (case-insensitive) unless it is in
ALLOWED_SHARED below with a reason; firm home countries, multinational members and non-entity
countries are known iso3 codes; parents name listed firms; no empty or padded strings; demonyms
start with a capital letter; no country string starts with "the ". An overlay file (same three
top-level keys, each optional) is checked for shape and known codes only.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys

UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM
NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()
OBSERVERS = ["VAT", "PSE"]

COUNTRY_STATUS = {"member", "observer", "territory"}
FIRM_KINDS = {"manufacturer", "state-exporter", "shipyard", "airline", "services", "holding"}
NONENTITY_KINDS = {"media", "agency", "ministry", "international", "bloc", "region", "armed-group",
                   "venue", "exhibition", "product", "organisation"}

# Strings that deliberately belong to two entries (case-insensitive), with the reason.
# Key: casefolded string. The engine must tell them apart as described.
ALLOWED_SHARED = {
    "lima": "Lima (capital of Peru) vs LIMA (Langkawi International Maritime and Aerospace "
            "Exhibition): the exhibition is only ever written in capitals, so all-capital "
            "aliases are matched case-sensitively.",
    "kintex": "Kintex (Bulgarian state arms exporter) vs KINTEX (Korea International Exhibition "
              "Center, venue of DX Korea): the venue is written in capitals, the firm usually not; "
              "all-capital aliases are matched case-sensitively.",
}

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        err(f"{path}: cannot read: {e}")
        return None, []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path}: not UTF-8: {e}")
        return None, []
    try:
        return json.loads(text), text.split("\n")
    except json.JSONDecodeError as e:
        err(f"{path}:{e.lineno}: invalid JSON: {e.msg}")
        return None, []


def check_layout(path, lines, key, count):
    """One array entry per line: every element line starts with '  {' and ends with '}' or '},'."""
    entry_lines = [i for i, l in enumerate(lines, 1) if l.startswith("  {")]
    if len(entry_lines) != count:
        err(f"{path}: expected {count} entry lines in '{key}' (one entry per line), found {len(entry_lines)}")
    for i in entry_lines:
        l = lines[i - 1]
        if not (l.endswith("}") or l.endswith("},")):
            err(f"{path}:{i}: an entry must sit on a single line")


def check_string(path, where, s):
    if not isinstance(s, str):
        err(f"{path}: {where}: expected a string, got {type(s).__name__}")
        return False
    if s == "" or s.strip() == "":
        err(f"{path}: {where}: empty string")
        return False
    if s != s.strip() or "  " in s:
        err(f"{path}: {where}: stray whitespace in {s!r}")
        return False
    return True


def check_string_list(path, where, value, required=True):
    if value is None:
        if required:
            err(f"{path}: {where}: missing")
        return []
    if not isinstance(value, list):
        err(f"{path}: {where}: expected a list")
        return []
    out = []
    seen = set()
    for i, s in enumerate(value):
        if check_string(path, f"{where}[{i}]", s):
            if s.casefold() in seen:
                err(f"{path}: {where}: duplicate {s!r}")
            seen.add(s.casefold())
            out.append(s)
    return out


def check_keys(path, where, obj, allowed, required):
    if not isinstance(obj, dict):
        err(f"{path}: {where}: expected an object")
        return False
    for k in obj:
        if k not in allowed:
            err(f"{path}: {where}: unknown key {k!r}")
    for k in required:
        if k not in obj:
            err(f"{path}: {where}: missing key {k!r}")
    return True


def check_sources(path, doc):
    srcs = doc.get("sources")
    if not isinstance(srcs, list) or not srcs:
        err(f"{path}: 'sources' must be a non-empty list naming the public sources")
        return
    check_string_list(path, "sources", srcs)


def check_countries(path, countries, strict):
    known = set()
    owners = []  # (string, owner label)
    for n, c in enumerate(countries):
        where = f"countries[{n}]"
        if not check_keys(path, where, c, {"iso3", "name", "status", "aliases", "ambiguousAliases", "demonyms",
                                           "capitals", "givenName"},
                          ["iso3", "name", "status", "aliases", "demonyms", "capitals", "givenName"] if strict else ["iso3", "name"]):
            continue
        iso = c.get("iso3")
        if not isinstance(iso, str) or not re.fullmatch(r"[A-Z]{3}", iso):
            err(f"{path}: {where}: bad iso3 {iso!r}")
            continue
        where = f"country {iso}"
        if iso in known:
            err(f"{path}: duplicate iso3 {iso}")
        known.add(iso)
        if "status" in c and c["status"] not in COUNTRY_STATUS:
            err(f"{path}: {where}: status must be one of {sorted(COUNTRY_STATUS)}")
        if "givenName" in c and not isinstance(c["givenName"], bool):
            err(f"{path}: {where}: givenName must be true or false")
        strings = []
        if check_string(path, f"{where}.name", c.get("name")):
            strings.append(c["name"])
        for field in ("aliases", "ambiguousAliases", "demonyms", "capitals"):
            vals = check_string_list(path, f"{where}.{field}", c.get(field), required=strict and field != "ambiguousAliases")
            strings += vals
            for s in vals:
                if s.casefold().startswith("the ") and field != "capitals":
                    err(f"{path}: {where}.{field}: {s!r} starts with 'the' (the engine skips articles)")
            if field == "demonyms":
                for s in vals:
                    if not s[0].isupper():
                        err(f"{path}: {where}.demonyms: {s!r} must start with a capital letter")
        folded = [s.casefold() for s in strings]
        for s in sorted({x for x in folded if folded.count(x) > 1}):
            err(f"{path}: {where}: {s!r} listed twice in the same entry")
        for s in dict.fromkeys(strings):
            owners.append((s, f"country {iso}"))
    return known, owners


def check_firms(path, firms, known_iso, strict):
    owners = []
    names = set()
    for n, f in enumerate(firms):
        if not check_keys(path, f"firms[{n}]", f, {"name", "aliases", "country", "multinational", "parent", "kind", "alsoProduct"},
                          ["name", "aliases", "country"] if strict else ["name"]):
            continue
        if not check_string(path, f"firms[{n}].name", f.get("name")):
            continue
        name = f["name"]
        where = f"firm {name!r}"
        if name.casefold() in names:
            err(f"{path}: duplicate firm name {name!r}")
        names.add(name.casefold())
        aliases = check_string_list(path, f"{where}.aliases", f.get("aliases"), required=strict)
        country = f.get("country")
        multi = f.get("multinational")
        if country is not None:
            if country not in known_iso:
                err(f"{path}: {where}: home country {country!r} is not a known iso3")
            if multi is not None:
                err(f"{path}: {where}: 'multinational' only goes with \"country\": null")
        else:
            if multi is not None or strict:
                ms = check_string_list(path, f"{where}.multinational", multi)
                if strict and len(ms) < 2:
                    err(f"{path}: {where}: a firm without a home country lists at least two 'multinational' countries")
                for m in ms:
                    if m not in known_iso:
                        err(f"{path}: {where}: multinational member {m!r} is not a known iso3")
        if "kind" in f and f["kind"] not in FIRM_KINDS:
            err(f"{path}: {where}: kind {f['kind']!r} not in {sorted(FIRM_KINDS)}")
        if "parent" in f:
            check_string(path, f"{where}.parent", f["parent"])
        if "alsoProduct" in f:
            check_string(path, f"{where}.alsoProduct", f["alsoProduct"])
        strings = [name] + aliases
        folded = [s.casefold() for s in strings]
        for s in sorted({x for x in folded if folded.count(x) > 1}):
            err(f"{path}: {where}: {s!r} listed twice in the same entry")
        for s in dict.fromkeys(strings):
            owners.append((s, f"firm {name!r}"))
    for f in firms:
        p = f.get("parent") if isinstance(f, dict) else None
        if isinstance(p, str) and p.casefold() not in names:
            err(f"{path}: firm {f.get('name')!r}: parent {p!r} is not a listed firm")
        if isinstance(p, str) and p.casefold() == str(f.get("name", "")).casefold():
            err(f"{path}: firm {f.get('name')!r} is its own parent")
    return owners


def check_nonentities(path, entries, known_iso, strict):
    owners = []
    names = set()
    for n, e in enumerate(entries):
        if not check_keys(path, f"entries[{n}]", e, {"name", "kind", "aliases", "country"},
                          ["name", "kind", "aliases"] if strict else ["name"]):
            continue
        if not check_string(path, f"entries[{n}].name", e.get("name")):
            continue
        name = e["name"]
        where = f"non-entity {name!r}"
        if name.casefold() in names:
            err(f"{path}: duplicate non-entity name {name!r}")
        names.add(name.casefold())
        if "kind" in e and e["kind"] not in NONENTITY_KINDS:
            err(f"{path}: {where}: kind {e['kind']!r} not in {sorted(NONENTITY_KINDS)}")
        if "country" in e and e["country"] is not None and e["country"] not in known_iso:
            err(f"{path}: {where}: country {e['country']!r} is not a known iso3")
        aliases = check_string_list(path, f"{where}.aliases", e.get("aliases"), required=strict)
        strings = [name] + aliases
        folded = [s.casefold() for s in strings]
        for s in sorted({x for x in folded if folded.count(x) > 1}):
            err(f"{path}: {where}: {s!r} listed twice in the same entry")
        for s in dict.fromkeys(strings):
            owners.append((s, f"non-entity {name!r}"))
    return owners


def check_sorted(path, items, keyfn, label):
    keys = [keyfn(x) for x in items if isinstance(x, dict)]
    for a, b in zip(keys, keys[1:]):
        if a > b:
            err(f"{path}: {label} not sorted: {b!r} comes after {a!r}")
            return


def check_shared(owners):
    by = {}
    for s, owner in owners:
        by.setdefault(s.casefold(), set()).add(owner)
    used_allow = set()
    for s, who in sorted(by.items()):
        if len(who) > 1:
            if s in ALLOWED_SHARED:
                used_allow.add(s)
            else:
                err(f"alias {s!r} is shared by {', '.join(sorted(who))} (add it to ALLOWED_SHARED with a reason, or remove it)")
    for s in ALLOWED_SHARED:
        if s not in used_allow:
            err(f"ALLOWED_SHARED lists {s!r}, which is no longer shared: remove it")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    gdir = os.path.join(here, "..", "Sources", "ArmsnetExtraction", "Resources", "gazetteer")
    overlays = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--overlay":
            if not args:
                print("--overlay needs a file", file=sys.stderr)
                return 2
            overlays.append(args.pop(0))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            gdir = a
    cpath = os.path.join(gdir, "countries.json")
    fpath = os.path.join(gdir, "firms.json")
    npath = os.path.join(gdir, "nonentities.json")
    cdoc, clines = load(cpath)
    fdoc, flines = load(fpath)
    ndoc, nlines = load(npath)
    known = set()
    owners = []
    counts = {}
    if isinstance(cdoc, dict):
        check_keys(cpath, "top level", cdoc, {"sources", "countries"}, ["sources", "countries"])
        check_sources(cpath, cdoc)
        countries = cdoc.get("countries") if isinstance(cdoc.get("countries"), list) else []
        check_layout(cpath, clines, "countries", len(countries))
        known, o = check_countries(cpath, countries, True)
        owners += o
        check_sorted(cpath, countries, lambda c: str(c.get("iso3")), "countries (by iso3)")
        for iso in UN_MEMBERS + OBSERVERS:
            if iso not in known:
                err(f"{cpath}: missing {iso} (UN member or observer state)")
        for c in countries:
            if isinstance(c, dict):
                iso = c.get("iso3")
                want = "member" if iso in UN_MEMBERS else "observer" if iso in OBSERVERS else "territory"
                if c.get("status") != want:
                    err(f"{cpath}: country {iso}: status should be {want!r}")
        counts["countries"] = len(countries)
    elif cdoc is not None:
        err(f"{cpath}: top level must be an object")
    if len(set(UN_MEMBERS)) != 193:
        err("internal: the UN member list in this script must have 193 codes")
    if isinstance(fdoc, dict):
        check_keys(fpath, "top level", fdoc, {"sources", "firms"}, ["sources", "firms"])
        check_sources(fpath, fdoc)
        firms = fdoc.get("firms") if isinstance(fdoc.get("firms"), list) else []
        check_layout(fpath, flines, "firms", len(firms))
        owners += check_firms(fpath, firms, known, True)
        check_sorted(fpath, firms, lambda f: str(f.get("name")).casefold(), "firms (by name)")
        counts["firms"] = len(firms)
    elif fdoc is not None:
        err(f"{fpath}: top level must be an object")
    if isinstance(ndoc, dict):
        check_keys(npath, "top level", ndoc, {"sources", "entries"}, ["sources", "entries"])
        check_sources(npath, ndoc)
        entries = ndoc.get("entries") if isinstance(ndoc.get("entries"), list) else []
        check_layout(npath, nlines, "entries", len(entries))
        owners += check_nonentities(npath, entries, known, True)
        check_sorted(npath, entries, lambda e: str(e.get("name")).casefold(), "entries (by name)")
        counts["nonentities"] = len(entries)
    elif ndoc is not None:
        err(f"{npath}: top level must be an object")
    check_shared(owners)

    for opath in overlays:
        odoc, _ = load(opath)
        if not isinstance(odoc, dict):
            if odoc is not None:
                err(f"{opath}: top level must be an object")
            continue
        check_keys(opath, "top level", odoc, {"sources", "countries", "firms", "entries"}, [])
        ok, _ = check_countries(opath, odoc.get("countries") or [], False)
        check_firms(opath, odoc.get("firms") or [], known | ok, False)
        check_nonentities(opath, odoc.get("entries") or [], known | ok, False)

    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"check_gazetteer: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("check_gazetteer: ok (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
