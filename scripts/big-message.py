#!/usr/bin/env python3
"""Writes a large valid vtoDi01 message: the maximal 1.0.7 sample with its
`ZKN:heeftBetrekkingOp` elements (maxOccurs unbounded) repeated until the
message is about SIZE bytes. For measuring the reader's memory peak:

    scripts/big-message.py 35000000 target/big-35mb.xml
    STUF_JZ_MEMORY_FILE=target/big-35mb.xml /usr/bin/time -v target/release/deps/hostile-*
"""
import pathlib
import re
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 else 35_000_000
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "target/big-35mb.xml")
root = pathlib.Path(__file__).resolve().parent.parent
text = (root / "examples/messages/1.0.7/vtoDi01/maximal.xml").read_text(encoding="utf-8")
blocks = list(re.finditer(r"    <ZKN:heeftBetrekkingOp\b.*?</ZKN:heeftBetrekkingOp>\n", text, re.S))
start, end = blocks[0].start(), blocks[-1].end()
unit = text[start:end]
copies = max(1, (size - len(text)) // len(unit) + 1)
out.write_text(text[:start] + unit * copies + text[end:], encoding="utf-8")
print(f"{out}: {out.stat().st_size} bytes, {copies} copies of {len(blocks)} heeftBetrekkingOp")
