"""Independent checks of the RDF vocabulary and the instance export, with rdflib, pySHACL and pyld.

Run through tests/python/run.sh (which sets AI_OPENNESS_ROOT and AI_OPENNESS_BIN):
  - every file of vocab/ parses (Turtle with rdflib, the context with pyld, the page as HTML);
  - every aiopen: term used is defined, and every defined term has a label and a comment;
  - the HTML page has an anchor, the label and the comment of every term;
  - every example (and a built-in description that uses every field), exported to Turtle, to
    N-Triples, to JSON-LD, and expanded from its native JSON with vocab/context.jsonld by pyld,
    gives one graph (isomorphic under rdflib) that conforms to vocab/shapes.ttl under pySHACL;
  - with their classifications (aiopen:reachesLevel, aiopen:Classification) they still conform;
  - broken instances do not conform, each violating the expected constraint.
The last line is "N passed, N failed"; the exit status is non-zero on any failure.
"""

import hashlib
import json
import re
import os
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import rdflib
import rdflib.collection
from pyld import jsonld
from pyshacl import validate
from rdflib import RDF, RDFS, BNode, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

ROOT = Path(os.environ.get("AI_OPENNESS_ROOT", Path(__file__).resolve().parents[2]))
BIN = os.environ.get("AI_OPENNESS_BIN", str(ROOT / "target/debug/ai-openness"))
VOCAB = ROOT / "vocab"
AIO = Namespace("https://w3id.org/ai-openness/vocab#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

VERSION = re.search(r'^version = "([^"]+)"', (ROOT / "Cargo.toml").read_text(), re.M).group(1)
passed = 0
failed = 0


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


def parse_turtle(path):
    return rdflib.Graph().parse(path, format="turtle")


# A description that uses every field of the model (bare licences only, so it loads whichever
# licence form the model has).
EVERYTHING = """
spec_version: 0.1.0
name: Everything 1 "quoted"
version: 2.0-rc.1
kind: system
description: |
  Two lines,
  with a tab\tand a backslash \\ and ünïcödé.
producer: {name: Lab, kind: academic, url: "https://lab.example/"}
release_date: 2024-02-29
homepage: https://lab.example/everything
modality: code
lineage:
  - relation: fine_tuned_from
    base: {id: "https://hub.example/base", name: Base, version: "1", url: "https://hub.example/base/card"}
  - relation: merged_from
    base: {name: Other base}
components:
  - kind: model_weights
    name: Weights
    id: https://hub.example/everything/weights
    description: The weights.
    license: Apache-2.0
    availability: gated
    access_terms: {url: "https://hub.example/terms", description: accept the terms}
    location: https://hub.example/everything/weights.safetensors
    checksum: {algorithm: sha256, value: "0000000000000000000000000000000000000000000000000000000000000000"}
    evidence:
      - {url: "https://hub.example/card", kind: card, title: Card, retrieved: 2025-01-31, note: section 2}
      - {url: "https://hub.example/licence", kind: licence_text}
    lineage:
      - relation: quantized_from
        base: {id: "https://hub.example/base/weights"}
  - kind: training_code
    license: MIT OR Apache-2.0
    availability: public
  - kind: pretraining_data
    availability: third_party_obtainable
  - kind: guardrail_model
    license: LicenseRef-Guard-Terms
    availability: api_only
evaluations:
  - benchmark: ailuminate
    benchmark_version: "1.0"
    safety: true
    split: official
    system_under_test: ai_system
    grade: very_good
    score: 4.5
    results:
      - {category: vcr, grade: good, score: 3}
      - {category: cse, score: 0.25}
    evaluator: MLCommons
    locale: en-US
    date: 2025-03-01
    evidence: [{url: "https://mlcommons.example/results"}]
  - benchmark: mmlu
    score: 71
claims:
  - kind: framework_level
    scope: model_weights
    framework: mof-1.0
    level: class-1
    text: We are Class I.
    evidence: [{url: "https://lab.example/blog", kind: announcement}]
  - kind: open_source
facts:
  monetisation: {price: false, paid_services: false, platform: true, personal_data: false, evidence: [{url: "https://lab.example/pricing"}]}
  training_compute_flop: 3.1e23
  systemic_risk: false
  high_risk: false
  prohibited_practice: false
  transparency_obligations: true
  sdg_relevance:
    - {goal: 4, description: education, evidence: [{url: "https://lab.example/sdg"}]}
  ownership: {holds: true, description: Lab owns it}
  platform_independence: {holds: true}
  data_extraction: {holds: false}
  personal_data: false
  privacy: {holds: true, evidence: [{url: "https://lab.example/privacy"}]}
  standards: {holds: true}
  open_standards: [ONNX, safetensors]
  harm_prevention: {holds: true, description: a policy}
evidence:
  - {url: "https://lab.example/everything", kind: other}
"""


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()
        self.text = []

    def handle_starttag(self, tag, attrs):
        for key, value in attrs:
            if key == "id":
                self.ids.add(value)

    def handle_data(self, data):
        self.text.append(data)


def check_vocabulary():
    graphs = {}
    for name in ["ai-openness.ttl", "shapes.ttl", "alignments.ttl"]:
        try:
            graphs[name] = parse_turtle(VOCAB / name)
            check(f"{name} parses with rdflib ({len(graphs[name])} triples)", len(graphs[name]) > 0)
        except Exception as e:  # noqa: BLE001 - report any parser failure as a failed check
            check(f"{name} parses with rdflib", False, str(e))
            graphs[name] = rdflib.Graph()
    context = json.loads((VOCAB / "context.jsonld").read_text())
    try:
        jsonld.expand({"name": "x"}, {"expandContext": context})
        check("context.jsonld is a valid JSON-LD 1.1 context (pyld)", True)
    except Exception as e:  # noqa: BLE001
        check("context.jsonld is a valid JSON-LD 1.1 context (pyld)", False, str(e))

    ontology = graphs["ai-openness.ttl"]
    header = URIRef("https://w3id.org/ai-openness/vocab")
    for p in [OWL.versionIRI, OWL.versionInfo, URIRef("http://purl.org/dc/terms/license"),
              URIRef("http://purl.org/dc/terms/creator"),
              URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"),
              URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix")]:
        check(f"the ontology header has {p}", (header, p, None) in ontology)
    check("the header says owl:Ontology", (header, RDF.type, OWL.Ontology) in ontology)

    defined = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(AIO))}
    undescribed = [str(t) for t in defined
                   if ontology.value(t, RDFS.label) is None or ontology.value(t, RDFS.comment) is None]
    check(f"every defined term ({len(defined)}) has an rdfs:label and an rdfs:comment",
          not undescribed and len(defined) > 150, ", ".join(undescribed[:5]))
    for name, graph in graphs.items():
        used = set()
        for s, p, o in graph:
            for term in (s, p, o):
                if isinstance(term, URIRef) and term.startswith(str(AIO)):
                    used.add(term)
                if isinstance(term, Literal) and term.datatype and str(term.datatype).startswith(str(AIO)):
                    used.add(term.datatype)
        undefined = sorted(str(t) for t in used - defined)
        check(f"{name} uses no undefined aiopen: term ({len(used)} used)", not undefined, ", ".join(undefined[:5]))

    page = Page()
    page.feed((VOCAB / "index.html").read_text())
    text = " ".join(page.text)
    missing = [str(t) for t in defined if str(t)[len(str(AIO)):] not in page.ids]
    check("index.html has an anchor for every term", not missing, ", ".join(missing[:5]))
    unlabeled = [str(t) for t in defined if str(ontology.value(t, RDFS.label)) not in text]
    check("index.html shows the label of every term", not unlabeled, ", ".join(unlabeled[:5]))
    alignments = graphs["alignments.ttl"]
    aligned = {o for s, p, o in alignments if isinstance(o, URIRef) and s.startswith(str(AIO))}
    html = (VOCAB / "index.html").read_text()
    shown = [o for o in aligned
             if (f'href="#{str(o)[len(str(AIO)):]}"' if o.startswith(str(AIO)) else f'href="{o}"') not in html]
    check("index.html shows every alignment target", not shown, ", ".join(map(str, shown[:5])))
    return graphs


def results(report):
    """Every validation result, with the nested ones pySHACL gives as sh:detail."""
    out = []
    todo = list(report.subjects(RDF.type, SH.ValidationResult))
    seen = set()
    while todo:
        r = todo.pop()
        if r in seen:
            continue
        seen.add(r)
        out.append((report.value(r, SH.sourceConstraintComponent), report.value(r, SH.resultPath),
                    report.value(r, SH.focusNode)))
        todo.extend(report.objects(r, SH.detail))
    return out


# The examples these checks were written against: each must be found (more may be added).
EXAMPLES = {"bloom.yaml", "gemma-2.yaml", "llama-3.1.yaml", "ministral-8b-moderated-system.yaml",
            "mistral-7b.yaml", "olmo-2.yaml", "pythia.yaml"}
PROFILES = [ROOT / "examples/profiles/mof-ladder.yaml", ROOT / "examples/profiles/osaid-checklist.yaml"]


def documents(tmp):
    paths = sorted((ROOT / "examples").glob("*.yaml"))
    everything = Path(tmp) / "everything.yaml"
    everything.write_text(EVERYTHING)
    return paths + [everything]


def check_instances(graphs, tmp):
    shapes = graphs["shapes.ttl"]
    ontology = graphs["ai-openness.ttl"]
    context = json.loads((VOCAB / "context.jsonld").read_text())
    docs = documents(tmp)
    names = {p.name for p in docs}
    check(f"descriptions to check: {len(docs)}, the {len(EXAMPLES)} known examples and everything.yaml among them",
          EXAMPLES | {"everything.yaml"} <= names and len(docs) == len(names),
          f"missing: {sorted(EXAMPLES | {'everything.yaml'} - names)}")
    for path in docs:
        name = path.name
        try:
            with_record = rdflib.Graph().parse(data=run("export", "--to", "turtle", str(path)), format="turtle")
            turtle = description_only(with_record)
            ntriples = description_only(rdflib.Graph().parse(data=run("export", "--to", "ntriples", str(path)), format="nt"))
            exported_jsonld = description_only(
                rdflib.Graph().parse(data=run("export", "--to", "jsonld", str(path)), format="json-ld"))
            native = json.loads(run("export", "--to", "json", str(path)))
        except Exception as e:  # noqa: BLE001
            check(f"{name}: exports", False, str(e))
            continue
        nquads = jsonld.to_rdf(native, {"format": "application/n-quads", "expandContext": context})
        expanded = rdflib.Graph().parse(data=nquads, format="nt")
        check(f"{name}: N-Triples export is the Turtle graph", isomorphic(turtle, ntriples))
        check(f"{name}: JSON-LD export is the Turtle graph", isomorphic(turtle, exported_jsonld))
        same = isomorphic(turtle, expanded)
        detail = ""
        if not same:
            _, only_ttl, only_ld = graph_diff(to_isomorphic(turtle), to_isomorphic(expanded))
            detail = f"only in Turtle: {sorted(only_ttl)[:3]}; only in expansion: {sorted(only_ld)[:3]}"
        check(f"{name}: pyld expansion with context.jsonld is isomorphic to the Turtle export "
              f"({len(turtle)} triples)", same, detail)
        record = provenance_of(with_record)
        inputs = list(with_record.subjects(RDF.type, AIO.InputDocument))
        sums = [with_record.value(with_record.value(i, AIO.checksum), AIO.checksumValue) for i in inputs]
        expected_sum = hashlib.sha256(path.read_bytes()).hexdigest()
        check(f"{name}: the export records its tool, time and input (name and SHA-256) with PROV-O",
              len(inputs) == 1 and [str(x) for x in sums] == [expected_sum]
              and (None, PROV.wasAssociatedWith, URIRef(f"https://crates.io/crates/ai-openness/{VERSION}")) in record
              and len(list(record.objects(None, PROV.generatedAtTime))) == 1,
              f"{sums} vs {expected_sum}")
        for label, graph in [("Turtle", with_record), ("JSON-LD expansion", expanded)]:
            conforms, report, text = validate(graph, shacl_graph=shapes)
            check(f"{name}: {label} conforms to shapes.ttl", conforms, text[:600])
        foreign = {t for s, p, o in turtle for t in (s, o)
                   if isinstance(t, URIRef) and t.startswith(str(AIO)) and (t, None, None) not in ontology}
        check(f"{name}: instances use the aiopen: namespace for terms only", not foreign,
              ", ".join(map(str, list(foreign)[:3])))
        profiles = [a for p in PROFILES for a in ("--profile", str(p))]
        classified = rdflib.Graph().parse(
            data=run("export", "--to", "turtle", "--with-classification", *profiles, str(path)), format="turtle")
        conforms, _, text = validate(classified, shacl_graph=shapes)
        verdicts = list(classified.subjects(RDF.type, AIO.Classification))
        expected = 5 + len(PROFILES)
        check(f"{name}: {expected} classifications (5 built-in frameworks, {len(PROFILES)} profiles)",
              len(verdicts) == expected, str(len(verdicts)))
        criteria = list(classified.subjects(RDF.type, AIO.CriterionResult))
        untested = [c for c in criteria
                    if len(set(classified.objects(c, AIO.testsItem))) != 1
                    or not any((item, SKOS.inScheme, classified.value(v, AIO.underFramework)) in (ontology + classified)
                               for item in classified.objects(c, AIO.testsItem)
                               for v in classified.subjects(AIO.criteria, None)
                               if c in rdflib.collection.Collection(classified, classified.value(v, AIO.criteria)))]
        check(f"{name}: each of the {len(criteria)} criteria tests one item of its own framework",
              criteria and not untested, ", ".join(map(str, untested[:3])))
        findings = list(classified.subjects(RDF.type, AIO.Finding))
        check(f"{name}: {len(findings)} findings, each about the release with a code and a severity",
              all((f, AIO.findingCode, None) in classified and (f, AIO.severity, None) in classified
                  and (f, AIO.findingAbout, None) in classified for f in findings))
        undefined = {t for s, p, o in classified for t in (s, p, o)
                     if isinstance(t, URIRef) and t.startswith(str(AIO)) and (t, None, None) not in ontology}
        levels_ok = all((v, AIO.resultLevel, None) in classified and (v, AIO.criteria, None) in classified
                        for v in verdicts)
        check(f"{name}: with its classifications ({len(verdicts)}) the graph conforms and uses defined terms",
              conforms and verdicts and not undefined and levels_ok,
              text[:300] + " " + ", ".join(map(str, list(undefined)[:3])))
        minted = rdflib.Graph().parse(
            data=run("export", "--to", "turtle", "--base", "https://registry.example/ai/", str(path)),
            format="turtle")
        conforms, _, text = validate(minted, shacl_graph=shapes)
        blank_subjects = {s for s in minted.subjects() if isinstance(s, BNode)
                          and set(minted.predicates(s)) - {RDF.first, RDF.rest}}
        check(f"{name}: with --base, every node but collection cells is an IRI and the graph conforms",
              conforms and not blank_subjects, text[:300])


PROV = Namespace("http://www.w3.org/ns/prov#")


def provenance_of(graph):
    """The triples of the provenance record: every triple about the export, its activity, the
    tool, the inputs (with their checksums), and the links from releases and verdicts to them."""
    record = rdflib.Graph()
    nodes = set(graph.subjects(RDF.type, AIO.Export)) | set(graph.subjects(RDF.type, AIO.ExportActivity)) \
        | set(graph.subjects(RDF.type, AIO.InputDocument)) | set(graph.subjects(RDF.type, PROV.SoftwareAgent))
    nodes |= {o for n in list(nodes) for o in graph.objects(n, AIO.checksum)}
    for t in graph:
        if t[0] in nodes or t[1] in (PROV.wasDerivedFrom, PROV.wasGeneratedBy):
            record.add(t)
    return record


def description_only(graph):
    """The graph without the provenance record and the links for queries (aiopen:hasComponent,
    aiopen:expressionLicence), which no JSON-LD context can state."""
    out = rdflib.Graph()
    record = provenance_of(graph)
    for t in graph:
        if t not in record and t[1] not in (AIO.hasComponent, AIO.expressionLicence):
            out.add(t)
    return out


def first_subject(graph, predicate):
    return next(iter(graph.subjects(predicate, None)))


WEIGHTS_ONLY = """
spec_version: 0.1.0
name: Weights only
components:
  - {kind: model_weights, license: MIT, availability: public}
  - {kind: model_card, availability: public}
"""

# The exact result of every query of docs/sparql/ over the examples and WEIGHTS_ONLY: the names
# of the releases (or the (name, second column) rows) it must return.
SPARQL_EXPECTED = {
    "open-weights-unlisted-training-data.rq": {"Weights only"},
    "weights-open-data-closed.rq": {"Mistral 7B"},
    "gated-weights.rq": {("Gemma 2 9B IT", "https://ai.google.dev/gemma/terms"),
                         ("Llama 3.1 405B Instruct", "https://llama.meta.com/llama-downloads/"),
                         ("Ministral 8B 24.10 with output moderation (Recipe)",
                          "https://mistral.ai/licenses/MRL-0.1.md")},
    "components-under-licence.rq": {"BLOOM", "Gemma 2 9B IT", "Mistral 7B", "OLMo 2 7B Instruct",
                                    "Pythia 6.9B",
                                    "Illustrative Open Model (not a real release)"},
    "open-washing-findings.rq": {("Gemma 2 9B IT", "gated-download-called-open"),
                                 ("Gemma 2 9B IT", "safety-grade-without-split"),
                                 ("Llama 3.1 405B Instruct", "gated-download-called-open"),
                                 ("Llama 3.1 405B Instruct", "inherited-opacity"),
                                 ("Llama 3.1 405B Instruct", "open-weights-closed-everything-else"),
                                 ("Llama 3.1 405B Instruct", "partial-code-release"),
                                 ("Llama 3.1 405B Instruct", "restrictive-licence-called-open-source"),
                                 ("Ministral 8B 24.10 with output moderation (Recipe)",
                                  "safety-grade-without-split")},
    "verdicts-by-framework.rq": None,  # checked below: 5 frameworks per release
}


def check_sparql(tmp):
    """Every query of docs/sparql/ runs with rdflib on the exported examples and returns exactly
    the expected releases."""
    extra = Path(tmp) / "weights-only.yaml"
    extra.write_text(WEIGHTS_ONLY)
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    graph = rdflib.Graph().parse(
        data=run("export", "--to", "turtle", "--with-classification", *map(str, examples), str(extra)),
        format="turtle")
    queries = sorted((ROOT / "docs/sparql").glob("*.rq"))
    check(f"docs/sparql has the {len(SPARQL_EXPECTED)} queries the checks expect",
          {q.name for q in queries} == set(SPARQL_EXPECTED), str([q.name for q in queries]))
    names = {str(n) for r in graph.subjects(AIO.specVersion, None) for n in graph.objects(r, SCHEMA.name)}
    for query in queries:
        rows = list(graph.query(query.read_text()))
        expected = SPARQL_EXPECTED.get(query.name)
        if query.name == "verdicts-by-framework.rq":
            got = {(str(r[0]), str(r[1])) for r in rows}
            ok = len(rows) == 5 * len(names) and {n for n, _ in got} == names
        elif expected and isinstance(next(iter(expected)), tuple):
            got = {(str(r[0]), str(r[1])) for r in rows}
            ok = got == expected
        else:
            got = {str(r.name) for r in rows}
            ok = got == expected
        check(f"SPARQL {query.name}: {len(rows)} rows, the expected releases", ok, f"got {sorted(got)}")


def check_reproducible(tmp):
    """With SOURCE_DATE_EPOCH set, two exports are byte-identical and carry that time."""
    source = str(Path(tmp) / "everything.yaml")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    outs = [subprocess.run([BIN, "export", "--to", "turtle", "--with-classification", source], env=env,
                           capture_output=True, text=True, check=True).stdout for _ in range(2)]
    check("with SOURCE_DATE_EPOCH two exports are byte-identical and dated by it",
          outs[0] == outs[1] and '"2023-11-14T22:13:20Z"^^xsd:dateTime' in outs[0])


def check_broken(graphs, tmp):
    """Broken copies of the built-in description, each violating one constraint."""
    shapes = graphs["shapes.ttl"]
    source = Path(tmp) / "everything.yaml"
    base = description_only(rdflib.Graph().parse(data=run("export", "--to", "turtle", str(source)), format="turtle"))
    root = first_subject(base, AIO.specVersion)

    def without(s, p):
        return lambda g: g.remove((s, p, None))

    def replaced(p, value, subject=None):
        def mutate(g):
            s, _, o = next(iter(g.triples((subject, p, None))))
            g.remove((s, p, o))
            g.add((s, p, value))
        return mutate

    def added(s, p, o):
        return lambda g: g.add((s, p, o))

    def untyped(cls):
        def mutate(g):
            s = next(iter(g.subjects(RDF.type, cls)))
            g.remove((s, RDF.type, cls))
        return mutate

    def broken_list(g):
        head = g.value(root, AIO.components)
        g.add((head, RDF.rest, RDF.nil))

    cases = [
        ("a release without a name", without(root, SCHEMA.name), "MinCountConstraintComponent", SCHEMA.name),
        ("a release with two names", added(root, SCHEMA.name, Literal("again")), "MaxCountConstraintComponent", SCHEMA.name),
        ("an empty name", replaced(SCHEMA.name, Literal(""), root), "MinLengthConstraintComponent", SCHEMA.name),
        ("a bad spec_version", replaced(AIO.specVersion, Literal("9.9.9")), "PatternConstraintComponent", AIO.specVersion),
        ("a release date that is a plain string", replaced(SCHEMA.datePublished, Literal("2024-02-29")), "DatatypeConstraintComponent", SCHEMA.datePublished),
        ("an availability outside the vocabulary", replaced(AIO.availability, AIO["Availability-sometimes"]), "InConstraintComponent", AIO.availability),
        ("a modality that is a component kind", replaced(AIO.modality, AIO.ModelWeights), "InConstraintComponent", AIO.modality),
        ("a component without a kind", untyped(AIO.ModelWeights), "QualifiedMinCountConstraintComponent", RDF.type),
        ("an SDG goal of 18", replaced(AIO.sdgGoal, Literal(18)), "MaxInclusiveConstraintComponent", AIO.sdgGoal),
        ("a negative training compute", replaced(AIO.trainingComputeFlop, Literal(-1)), "MinInclusiveConstraintComponent", AIO.trainingComputeFlop),
        ("a score that is a string", replaced(AIO.score, Literal("high")), "OrConstraintComponent", AIO.score),
        ("an upper-case checksum", replaced(AIO.checksumValue, Literal("ABC")), "PatternConstraintComponent", AIO.checksumValue),
        ("a URL that is a literal", replaced(URIRef("http://xmlns.com/foaf/0.1/homepage"), Literal("https://x.example")), "NodeKindConstraintComponent", URIRef("http://xmlns.com/foaf/0.1/homepage")),
        ("a boolean fact that is a string", replaced(AIO.systemicRisk, Literal("no")), "DatatypeConstraintComponent", AIO.systemicRisk),
        ("evidence without a URL", lambda g: g.remove((next(iter(g.subjects(AIO.evidenceKind, None))), SCHEMA.url, None)), "MinCountConstraintComponent", SCHEMA.url),
        ("a property the model does not have", added(root, AIO.colour, Literal("blue")), "ClosedConstraintComponent", AIO.colour),
        ("a components list with a cell of two rdf:rest", broken_list, "NodeConstraintComponent", AIO.components),
    ]
    conforms, _, text = validate(base, shacl_graph=shapes)
    check("the built-in description conforms before it is broken", conforms, text[:300])
    verdicts = rdflib.Graph().parse(
        data=run("export", "--to", "turtle", "--with-classification", str(ROOT / "examples/llama-3.1.yaml")),
        format="turtle")
    conforms, _, text = validate(verdicts, shacl_graph=shapes)
    check("llama-3.1 with its verdicts conforms before they are broken", conforms, text[:300])
    finding = next(iter(verdicts.subjects(RDF.type, AIO.Finding)), None)
    criterion = next(iter(verdicts.subjects(RDF.type, AIO.CriterionResult)), None)
    verdict_cases = [
        ("a finding without a code", without(finding, AIO.findingCode), "MinCountConstraintComponent", AIO.findingCode),
        ("a finding code that is not kebab case", replaced(AIO.findingCode, Literal("Not Kebab"), finding), "PatternConstraintComponent", AIO.findingCode),
        ("a finding severity outside the vocabulary", replaced(AIO.severity, AIO["Severity-fatal"], finding), "InConstraintComponent", AIO.severity),
        ("a finding pointer that is not a JSON Pointer", replaced(AIO.pointer, Literal("components/0"), finding), "PatternConstraintComponent", AIO.pointer),
        ("a criterion that tests no item", without(criterion, AIO.testsItem), "MinCountConstraintComponent", AIO.testsItem),
        ("an export without a time", lambda g: g.remove((None, PROV.generatedAtTime, None)), "MinCountConstraintComponent", PROV.generatedAtTime),
        ("an input without a name", lambda g: g.remove((next(iter(g.subjects(RDF.type, AIO.InputDocument))), SCHEMA.name, None)), "MinCountConstraintComponent", SCHEMA.name),
        ("a tool without a version", lambda g: g.remove((None, SCHEMA.softwareVersion, None)), "MinCountConstraintComponent", SCHEMA.softwareVersion),
        ("a criterion with two statuses", lambda g: [g.add((criterion, AIO.status, AIO[s])) for s in ("Status-met", "Status-not-met")], "MaxCountConstraintComponent", AIO.status),
    ]
    cases = [(n, m, c, p, base) for n, m, c, p in cases] + [(n, m, c, p, verdicts) for n, m, c, p in verdict_cases]
    for name, mutate, component, path, original in cases:
        graph = rdflib.Graph()
        for t in original:
            graph.add(t)
        try:
            mutate(graph)
        except StopIteration:
            check(f"broken: {name}", False, "nothing to break")
            continue
        conforms, report, _ = validate(graph, shacl_graph=shapes)
        found = results(report)
        hit = any(str(c) == str(SH[component]) and p == path for c, p, _ in found)
        check(f"broken: {name} violates sh:{component} on {path.n3()}", not conforms and hit,
              f"got {[(str(c).split('#')[-1], str(p)) for c, p, _ in found][:4]}")


def main():
    graphs = check_vocabulary()
    with tempfile.TemporaryDirectory() as tmp:
        check_instances(graphs, tmp)
        check_broken(graphs, tmp)
        check_reproducible(tmp)
        check_sparql(tmp)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
