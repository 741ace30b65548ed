"""Reads a JSON list of Python snippets on stdin; prints 'ok' if all parse, else the first that does not."""
import ast
import json
import sys

for i, code in enumerate(json.load(sys.stdin)):
    try:
        ast.parse(code)
    except SyntaxError as e:
        print(f"snippet {i} does not parse: {e}\n{code}")
        sys.exit(0)
print("ok")
