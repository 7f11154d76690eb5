#!/usr/bin/env bash
# Speed of `stuf-jz validate DIR` against one `xmllint --schema` process over
# the same files (hyperfine). Not a test: run it by hand on a quiet machine.
#
#   scripts/bench-cli.sh [COUNT] [CORPUS_DIR]
#
# The corpus is COUNT (default 10240) copies of the bundled 1.0.7 samples
# (examples/messages/1.0.7), each with its own StUF:referentienummer, so
# that one xmllint process with the 1.0.7 schema can check all of them.
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
  # One process for all copies (a sed per file takes minutes on a busy machine).
  python3 - "$count" "$corpus" <<'PY'
import pathlib, re, sys
count, corpus = int(sys.argv[1]), pathlib.Path(sys.argv[2])
samples = sorted(pathlib.Path("examples/messages/1.0.7").rglob("*.xml"))
texts = [(s, s.read_text(encoding="utf-8")) for s in samples]
ref = re.compile(r"<StUF:referentienummer>[^<]*</StUF:referentienummer>")
for i in range(count):
    src, text = texts[i % len(texts)]
    new = ref.sub(f"<StUF:referentienummer>BENCH-{i:06d}</StUF:referentienummer>", text)
    (corpus / f"m{i:06d}-{src.parent.name}-{src.name}").write_text(new, encoding="utf-8")
PY
fi
bytes=$(du -sb "$corpus" | cut -f1)
echo "corpus: $count messages, $bytes bytes, in $corpus"

# Both validators must accept the whole corpus, or the figures mean nothing.
"$bin" validate --quiet "$corpus"
xmllint --noout --schema "$schema" "$corpus"/*.xml 2>&1 | grep -v ' validates$' && {
  echo "error: xmllint rejects part of the corpus" >&2; exit 1; } || true

hyperfine --warmup 1 --runs "${RUNS:-5}" \
  --export-markdown target/bench-cli.md \
  -n "stuf-jz validate (all cores)" "$bin validate --quiet $corpus" \
  -n "stuf-jz validate --jobs 1" "$bin validate --quiet --jobs 1 $corpus" \
  -n "xmllint --schema (one process)" "xmllint --noout --schema $schema $corpus/*.xml 2>/dev/null"
echo "table: target/bench-cli.md"
