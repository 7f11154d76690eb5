#!/usr/bin/env python3
"""Checks that every crate a user of the workspace's published crates builds
(normal and build dependencies, from Cargo.lock; not dev-dependencies)
declares a `rust-version` no newer than the workspace's.

Reads `cargo metadata --format-version 1 --locked` on stdin. Prints one line
per crate that is newer or declares none, and a summary; exits 1 when any
crate needs a newer Rust than ours.
"""
import json
import sys


def version_tuple(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


def main():
    meta = json.load(sys.stdin)
    packages = {p["id"]: p for p in meta["packages"]}
    members = [packages[i] for i in meta["workspace_members"]]
    published = [p for p in members if p.get("publish") != []]
    ours = {p["rust_version"] for p in published}
    if len(ours) != 1 or None in ours:
        print(f"msrv: the published crates must state one rust-version, have {sorted(map(str, ours))}")
        return 1
    msrv = ours.pop()
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}

    # Walk normal and build edges from the published crates.
    seen, stack = set(), [p["id"] for p in published]
    while stack:
        node = nodes[stack.pop()]
        for dep in node["deps"]:
            kinds = {k["kind"] for k in dep["dep_kinds"]}
            if kinds - {"dev"} and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                stack.append(dep["pkg"])
    member_ids = {p["id"] for p in members}
    newer, undeclared, checked = [], [], 0
    for pkg_id in sorted(seen - member_ids, key=lambda i: packages[i]["name"]):
        pkg = packages[pkg_id]
        declared = pkg.get("rust_version")
        if declared is None:
            undeclared.append(f"{pkg['name']} {pkg['version']}")
            continue
        checked += 1
        if version_tuple(declared) > version_tuple(msrv):
            newer.append(f"{pkg['name']} {pkg['version']} needs Rust {declared}")
    for line in newer:
        print(f"msrv: {line} (ours: {msrv})")
    print(
        f"msrv: {checked} dependencies declare a rust-version <= {msrv}"
        + (f", {len(newer)} newer" if newer else "")
        + (f"; no rust-version declared (not checked): {', '.join(undeclared)}" if undeclared else "")
    )
    return 1 if newer else 0


if __name__ == "__main__":
    sys.exit(main())
