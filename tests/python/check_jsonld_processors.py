"""The same graph in every JSON-LD processor: rdflib, pyld and jsonld.js read the native JSON of
every example (and the built-in description of check_rdf.py that uses every field) with
vocab/context.jsonld, and each gives the graph of the Turtle export (isomorphic under rdflib),
less the triples no context can state (the provenance record, aiopen:hasComponent,
aiopen:expressionLicence).

jsonld.js (npm's `jsonld`, pinned in tests/python/package.json) is installed into
tests/python/node_modules with `npm ci` when missing; it reads the document and the context from
local files (the context is passed inline as `expandContext`, and the document loader refuses
every URL), so nothing is fetched from the network. Without node or npm the jsonld.js checks
fail when CI=true and are skipped with a notice otherwise.

Run through tests/python/run.sh (which sets AI_OPENNESS_ROOT and AI_OPENNESS_BIN). The last line
is "N passed, N failed"; the exit status is non-zero on any failure.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import rdflib
from pyld import jsonld
from rdflib import XSD
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree from importing check_rdf
from check_rdf import BIN, EVERYTHING, ROOT, description_only  # noqa: E402

CONTEXT = ROOT / "vocab/context.jsonld"
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
passed = 0
failed = 0

# Reads the document and the context named on the command line, expands the document with the
# context and writes N-Quads. The document loader refuses every URL: no network.
NODE_SCRIPT = r"""
const fs = require('fs');
const jsonld = require('jsonld');
const [doc, ctx] = process.argv.slice(1).map(p => JSON.parse(fs.readFileSync(p, 'utf8')));
const documentLoader = async url => { throw new Error('no network: refused to load ' + url); };
jsonld.toRDF(doc, {expandContext: ctx, format: 'application/n-quads', documentLoader})
  .then(nq => process.stdout.write(nq))
  .catch(e => { console.error(e && (e.stack || e.message) || String(e)); process.exit(1); });
"""


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f": {detail}" if detail else ""))


def run(*args):
    result = subprocess.run([BIN, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def jsonld_js():
    """The path of an installed jsonld.js, installing it when node and npm exist; else None."""
    module = HERE / "node_modules/jsonld"
    if not shutil.which("node"):
        return None
    if not (module / "package.json").is_file():
        if not shutil.which("npm"):
            return None
        subprocess.run(["npm", "ci", "--prefix", str(HERE), "--no-audit", "--no-fund", "--silent"],
                       check=True)
    return module


def numbers_by_value(graph):
    """`graph` with every xsd:integer and xsd:double literal as one xsd:double per value."""
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype in (XSD.integer, XSD.double):
            o = rdflib.Literal(float(o), datatype=XSD.double)
        out.add((s, p, o))
    return out


def integral_floats(value):
    """Whether the JSON `value` holds a number written with a fraction that is a whole number."""
    if isinstance(value, dict):
        return any(integral_floats(v) for v in value.values())
    if isinstance(value, list):
        return any(integral_floats(v) for v in value)
    return isinstance(value, float) and value.is_integer()


def difference(expected, got):
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    return (f"only in the export: {sorted(only_expected)[:3]}; "
            f"only in the processor's graph: {sorted(only_got)[:3]}")


def main():
    context = json.loads(CONTEXT.read_text())
    node = jsonld_js()
    if node is None:
        if CI:
            check("node and npm are installed (jsonld.js is one of the processors)", False,
                  "install Node.js to run this check")
        else:
            print("notice: node or npm is missing; jsonld.js is skipped (it fails under CI=true)")
    with tempfile.TemporaryDirectory() as tmp:
        everything = Path(tmp) / "everything.yaml"
        everything.write_text(EVERYTHING)
        docs = sorted((ROOT / "examples").glob("*.yaml")) + [everything]
        check(f"descriptions to read: {len(docs)}", len(docs) > 7)
        context_file = Path(tmp) / "context.jsonld"
        context_file.write_text(json.dumps(context))
        for path in docs:
            name = path.name
            try:
                turtle = description_only(
                    rdflib.Graph().parse(data=run("export", "--to", "turtle", str(path)), format="turtle"))
                native = json.loads(run("export", "--to", "json", str(path)))
            except Exception as e:  # noqa: BLE001 - report any failure as a failed check
                check(f"{name}: exports", False, str(e))
                continue
            document = dict(native)
            document["@context"] = context["@context"]
            graphs = {}
            try:
                graphs["rdflib"] = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
            except Exception as e:  # noqa: BLE001
                check(f"{name}: rdflib reads it", False, str(e))
            try:
                nquads = jsonld.to_rdf(native, {"format": "application/n-quads", "expandContext": context})
                graphs["pyld"] = rdflib.Graph().parse(data=nquads, format="nt")
            except Exception as e:  # noqa: BLE001
                check(f"{name}: pyld reads it", False, str(e))
            if node is not None:
                native_file = Path(tmp) / "native.json"
                native_file.write_text(json.dumps(native))
                result = subprocess.run(["node", "-e", NODE_SCRIPT, str(native_file), str(context_file)],
                                        capture_output=True, text=True, cwd=HERE)
                if result.returncode == 0:
                    graphs["jsonld.js"] = rdflib.Graph().parse(data=result.stdout, format="nt")
                else:
                    check(f"{name}: jsonld.js reads it", False, result.stderr.strip()[:600])
            for processor, graph in graphs.items():
                if processor == "rdflib" and path == everything:
                    continue  # below
                same = isomorphic(turtle, graph)
                check(f"{name}: {processor} reads the graph of the Turtle export ({len(turtle)} triples)",
                      same, "" if same else difference(turtle, graph))
            # rdflib types a JSON number by its Python type (3.0 is an xsd:double) where JSON-LD
            # 1.1 (Deserialize JSON-LD to RDF, object to RDF) and pyld and jsonld.js type it by
            # value (3.0 is an xsd:integer), as the export does; no context can change that. No
            # example writes such a number; everything.yaml does, so there rdflib must give the
            # graph of the export with numbers compared by value, and differ in nothing else.
            if path == everything and "rdflib" in graphs:
                check(f"{name}: rdflib reads the graph of the Turtle export, numbers compared by value "
                      "(it has whole numbers written as 3.0)",
                      integral_floats(native)
                      and isomorphic(numbers_by_value(turtle), numbers_by_value(graphs["rdflib"])),
                      difference(numbers_by_value(turtle), numbers_by_value(graphs["rdflib"])))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
