#!/usr/bin/env bash
# Checks that NOTICE has an entry for every package Package.swift resolves to, at the version
# resolved: a line "name VERSION — URL" (the URL as in the manifests, without .git).
#
#   scripts/check-notice.sh      # exit 1 and the missing entries, one a line, when not
set -euo pipefail
cd "$(dirname "$0")/.."

swift package show-dependencies --format json 2>/dev/null | python3 -c '
import json, re, sys

notice = open("NOTICE", encoding="utf-8").read().lower()

def normal(url):
    return re.sub(r"\.git$", "", url.strip().lower()).rstrip("/")

seen, missing = set(), []
def walk(package):
    for dependency in package.get("dependencies", []):
        url, version = normal(dependency["url"]), dependency["version"]
        if (url, version) not in seen:
            seen.add((url, version))
            entry = re.search(r"^\s*\S+ " + re.escape(version.lower()) + r" \u2014 " + re.escape(url) + r"\s*($|\()", notice, re.M)
            if not entry:
                name = dependency["name"]
                missing.append(f"{name} {version} \u2014 {url}")
        walk(dependency)
walk(json.load(sys.stdin))

if missing:
    print("NOTICE has no entry for these packages (add one each, in the form of the others):")
    for line in missing:
        print("  " + line)
    sys.exit(1)
print(f"NOTICE names all {len(seen)} packages Package.swift resolves to, with their versions")
'
