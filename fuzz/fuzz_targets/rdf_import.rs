//! RDF import on arbitrary text: the first byte chooses the syntax (even: Turtle, odd: JSON-LD),
//! the rest is parsed into a graph as a library user would; every release node found is read
//! back into a release or rejected with an error that names a JSON Pointer. A release that is
//! read exports again without panicking and writes as JSON that loads to the same release.
#![no_main]

use ai_openness::classify::classify_all;
use ai_openness::document::{self, Format};
use ai_openness::rdf::{self, ExportOptions};
use libfuzzer_sys::fuzz_target;
use oxrdf::Graph;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, text)) = data.split_first() else {
        return;
    };
    let graph: Result<Graph, _> = if selector % 2 == 0 {
        oxttl::TurtleParser::new()
            .with_base_iri("https://fuzz.example/")
            .expect("a valid base")
            .for_slice(text)
            .collect::<Result<Graph, _>>()
            .map_err(|e| e.to_string())
    } else {
        oxjsonld::JsonLdParser::new()
            .for_slice(text)
            .map(|q| q.map(oxrdf::Triple::from))
            .collect::<Result<Graph, _>>()
            .map_err(|e| e.to_string())
    };
    let Ok(graph) = graph else {
        return;
    };
    for root in rdf::releases_in(&graph) {
        match rdf::from_graph(&graph, &root) {
            Ok(release) => {
                let _ = rdf::to_graph(&release, &ExportOptions::default());
                for verdict in classify_all(&release) {
                    serde_json::to_string(&verdict).expect("a classification serialises");
                }
                let json = document::to_json_string(&release).expect("a release serialises");
                let again = document::from_str(&json, Format::Json).expect("written JSON reloads");
                assert_eq!(
                    again, release,
                    "JSON round trip changed the imported release"
                );
            }
            Err(e) => {
                assert!(
                    e.pointer.is_empty() || e.pointer.starts_with('/'),
                    "an import error names a JSON Pointer: {e:?}"
                );
            }
        }
    }
});
