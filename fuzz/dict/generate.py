#!/usr/bin/env python3
"""Writes native.dict and profile.dict (libFuzzer dictionaries) from the crate's JSON Schemas.

Run from the crate root after the schemas change: python3 fuzz/dict/generate.py
Each key becomes `key`, `"key":` and `key: `; each vocabulary value `value` and `"value"`;
then JSON/YAML punctuation and awkward tokens (anchors, tags, BOM, escapes, bidi, 10^25).
mot.dict, osai_index.dict, licence.dict and rdf.dict are written by hand.
"""
import json

SYNTAX = [r'"{"', r'"}"', r'"["', r'"]"', r'","', r'":"', r'"null"', r'"true"', r'"false"',
          r'"~"', r'"- "', r'"---"', r'"..."', r'"&a "', r'"*a"', r'"!!str "', r'"? "',
          r'"|\x0a"', r'">-\x0a"', r'"\x0a  "', r'"#"', r'"\xef\xbb\xbf"', r'"1e25"',
          r'"10000000000000000000000000"', r'"0.1.0"', r'"https://example.org/"',
          r'"2024-02-29"', r'"\\u0000"', r'"\x1b["', r'"\xe2\x80\xae"']
FRAMEWORKS = [r'"Apache-2.0"', r'"MIT OR Apache-2.0"', r'"NONE"', r'"NOASSERTION"',
              r'"LicenseRef-"', r'" WITH "', r'" AND "', r'" OR "', r'"mof-1.0"',
              r'"osaid-1.0"', r'"dpg-1.1.4"', r'"eu-ai-act-2024"', r'"osai-index"']


def collect(path):
    keys, values = set(), set()

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "properties" and isinstance(v, dict):
                    keys.update(v)
                if k == "enum" and isinstance(v, list):
                    values.update(str(e) for e in v if e is not None)
                if k == "const" and v is not None:
                    values.add(str(v))
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    with open(path, encoding="utf-8") as f:
        walk(json.load(f))
    return sorted(keys), sorted(values)


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def write(name, header, schema, extra):
    keys, values = collect(schema)
    lines = [f"# {header}", "# Written by fuzz/dict/generate.py; do not edit by hand."]
    for k in keys:
        lines += [f'"{esc(k)}"', f'"\\"{esc(k)}\\":"', f'"{esc(k)}: "']
    for v in values:
        lines += [f'"{esc(v)}"', f'"\\"{esc(v)}\\""']
    lines += extra
    seen, out = set(), []
    for line in lines:
        if line not in seen:
            seen.add(line)
            out.append(line)
    with open(f"fuzz/dict/{name}.dict", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


write("native", "Keys and vocabulary values of the native description format "
      "(schema/0.1/release.schema.json), with JSON and YAML punctuation.",
      "schema/0.1/release.schema.json", SYNTAX + FRAMEWORKS)
write("profile", "Keys and values of custom framework profiles "
      "(schema/0.1/profile.schema.json), with JSON and YAML punctuation.",
      "schema/0.1/profile.schema.json", SYNTAX)
