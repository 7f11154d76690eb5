#!/usr/bin/env bash
# Speed of `stuf-jz validate DIR` against one `xmllint --schema` process over
# the same files (hyperfine). Not a test: run it by hand on a quiet machine.
#
#   scripts/bench-cli.sh [COUNT] [CORPUS_DIR]
#
# The corpus is COUNT (default 10240) random messages of `stuf-jz sample`,
# spread over the seven 1.0.7 roots (one schema for all of them, so that
# one xmllint process can check the whole corpus). `stuf-jz validate` runs
# schema-only (`--rules schema`, what xmllint checks), and also with every
# rule (its default).
# Needs: cargo, xmllint (libxml2-utils), hyperfine (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10240}
corpus=${2:-target/bench-cli-corpus}
schema=xsd/stuf-jz-1.0.7/jz0100_msg_vtberichten_resolved.xsd
bin=target/release/stuf-jz

for tool in xmllint hyperfine; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install ${tool/xmllint/libxml2-utils})" >&2; exit 2; }
done
[ -n "${NO_BUILD:-}" ] || cargo build --release -p stuf-jz-cli

if [ "$(find "$corpus" -name '*.xml' 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$corpus"
  mkdir -p "$corpus"
  roots=(vtoDi01 notificatieDi01 notificatiejrDi01 vtMeldingDi01 vtTerugkoppelingDi01 zorgmeldingDi01 zorgmeldingTerugkoppelingDi01)
  per=$(( (count + ${#roots[@]} - 1) / ${#roots[@]} ))
  left=$count
  for root in "${roots[@]}"; do
    n=$(( left < per ? left : per ))
    left=$(( left - n ))
    "$bin" sample "$root" --schema-version 1.0.7 --kind random --count "$n" --out "$corpus" >/dev/null
  done
fi
bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $count messages, $bytes bytes, in $corpus"

# Both validators must accept the whole corpus, or the figures mean nothing.
"$bin" validate --quiet --rules schema "$corpus"
find "$corpus" -name '*.xml' | sort >"$corpus.list"
xmllint --noout --schema "$schema" $(cat "$corpus.list") 2>&1 | grep -v ' validates$' && {
  echo "error: xmllint rejects part of the corpus" >&2; exit 1; } || true

hyperfine --warmup 1 --runs "${RUNS:-5}" \
  --export-markdown target/bench-cli.md \
  -n "stuf-jz validate --rules schema (all cores)" "$bin validate --quiet --rules schema $corpus" \
  -n "stuf-jz validate --rules schema --jobs 1" "$bin validate --quiet --rules schema --jobs 1 $corpus" \
  -n "stuf-jz validate (schema and every rule, all cores)" "$bin validate --quiet $corpus >/dev/null || true" \
  -n "xmllint --schema (one process)" "xmllint --noout --schema $schema \$(cat $corpus.list) 2>/dev/null"
echo "table: target/bench-cli.md"
