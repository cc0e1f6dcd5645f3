//! RDF export of any description that loads, with a `--base` IRI minted from the input: the text
//! before the first NUL byte is the base (used verbatim, as `export --base` does), the rest the
//! description (JSON when it starts with `{`, else YAML); with no NUL byte there is no base.
//!
//! A base is either rejected with `InvalidBase` or accepted; export then never panics, and for a
//! release that validates:
//! * the graph writes as Turtle, N-Triples and JSON-LD, each of which parses back to a graph of
//!   the same size with exactly one release in it;
//! * the release reads back from the graph, and from the parsed Turtle, to the same value;
//! * exporting what was read back gives the same graph (minted IRIs come back as ids, and an id is
//!   kept as it is).
#![no_main]

use ai_openness::document::Format;
use ai_openness::rdf::{self, ExportError, ExportOptions, RdfFormat};
use ai_openness::{Validator, ValidatorOptions};
use libfuzzer_sys::fuzz_target;
use oxrdf::Graph;
use std::sync::LazyLock;

static VALIDATOR: LazyLock<Validator> =
    LazyLock::new(|| Validator::new(ValidatorOptions::default().with_max_bytes(1 << 20)));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (base, doc) = match text.split_once('\0') {
        Some((base, doc)) => (Some(base), doc),
        None => (None, text),
    };
    let options = match base {
        None => ExportOptions::default(),
        Some(base) => match ExportOptions::with_base(base) {
            Ok(options) => options,
            Err(ExportError::InvalidBase { .. }) => return,
            Err(e) => panic!("a bad base gives InvalidBase, not {e}"),
        },
    };
    let format = if doc.trim_start().starts_with('{') {
        Format::Json
    } else {
        Format::Yaml
    };
    let report = VALIDATOR.validate_str(doc, format);
    let valid = report.is_valid();
    let Some(release) = report.release() else {
        return;
    };
    let exported = match rdf::to_graph(release, &options) {
        Ok(exported) => exported,
        Err(e) => {
            assert!(!valid, "a valid release failed to export: {e}");
            return;
        }
    };
    if !valid {
        return;
    }
    let back = rdf::from_graph(&exported.graph, &exported.root)
        .unwrap_or_else(|e| panic!("the export does not read back: {e:?}"));
    let again = rdf::to_graph(&back, &options).expect("what was read back exports");
    assert_eq!(
        again.graph, exported.graph,
        "export → import → export changed the graph"
    );
    for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
        let mut bytes = Vec::new();
        rdf::serialize(&exported.graph, format, &mut bytes).expect("writing to memory succeeds");
        let parsed = parse(&bytes, format);
        assert_eq!(
            parsed.len(),
            exported.graph.len(),
            "{format:?} lost or added triples"
        );
        let roots = rdf::releases_in(&parsed);
        assert_eq!(roots.len(), 1, "{format:?}: {roots:?}");
        if format == RdfFormat::Turtle {
            let read = rdf::from_graph(&parsed, &roots[0])
                .unwrap_or_else(|e| panic!("the Turtle does not read back: {e:?}"));
            assert_eq!(read, back, "Turtle changed the release");
        }
    }
});

fn parse(bytes: &[u8], format: RdfFormat) -> Graph {
    let text = String::from_utf8_lossy(bytes);
    let parsed: Result<Graph, String> = match format {
        RdfFormat::Turtle => oxttl::TurtleParser::new()
            .for_slice(bytes)
            .collect::<Result<Graph, _>>()
            .map_err(|e| e.to_string()),
        RdfFormat::NTriples => oxttl::NTriplesParser::new()
            .for_slice(bytes)
            .collect::<Result<Graph, _>>()
            .map_err(|e| e.to_string()),
        RdfFormat::JsonLd => oxjsonld::JsonLdParser::new()
            .for_slice(bytes)
            .map(|q| q.map(oxrdf::Triple::from))
            .collect::<Result<Graph, _>>()
            .map_err(|e| e.to_string()),
        other => panic!("no parser for {other:?}"),
    };
    parsed.unwrap_or_else(|e| panic!("the {format:?} written does not parse: {e}\n{text}"))
}
