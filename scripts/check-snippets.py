"""Reads a JSON list of [name, code] pairs of Python snippets on stdin; prints 'ok' if all parse, else each that does not."""
import ast
import json
import sys

bad = []
for name, code in json.load(sys.stdin):
    try:
        ast.parse(code, filename=name)
    except SyntaxError as e:
        bad.append(f"{name}: {e}")
print("\n".join(bad) if bad else "ok")
