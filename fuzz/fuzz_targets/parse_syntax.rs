//! Both syntax parsers on arbitrary text, then every tree operation: nothing may panic, every
//! pointer that `walk` reports must lead `locate` back to the same node, and the JSON parser
//! must agree with serde_json.
#![no_main]

use ai_openness::syntax::{
    ConversionErrorKind, LimitKind, Limits, SourceFormat, SyntaxErrorKind, parse,
};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Small limits keep each run fast while still reaching the limit paths.
    let limits = Limits::default()
        .with_max_depth(64)
        .with_max_nodes(20_000)
        .with_max_bytes(1 << 20);
    for format in [SourceFormat::Json, SourceFormat::Yaml] {
        let parsed = parse(text, format, &limits);
        if format == SourceFormat::Json {
            compare_with_serde_json(text, &parsed);
        }
        let Ok(tree) = parsed else {
            continue;
        };
        let _ = tree.to_json();
        for (pointer, node) in tree.walk() {
            assert_eq!(tree.locate(&pointer), Some(node.span), "{pointer}");
            assert!(node.span.offset <= text.len());
            let _ = tree.locate_nearest(&format!("{pointer}/0/x~1"));
        }
    }
});

/// Differential check of the strict JSON parser against serde_json (no BOM, depth under both
/// limits). serde_json accepts duplicate keys, so those may differ in one direction only.
fn compare_with_serde_json(
    text: &str,
    ours: &Result<ai_openness::syntax::Node, ai_openness::syntax::SyntaxError>,
) {
    if text.starts_with('\u{feff}') {
        return;
    }
    let theirs = serde_json::from_str::<Value>(text);
    match (ours, theirs) {
        (Ok(tree), Ok(value)) => match tree.to_json() {
            Ok(converted) => assert_eq!(normalize(converted), normalize(value), "{text:?}"),
            Err(e) => assert_eq!(e.kind(), ConversionErrorKind::NotRepresentable, "{e}"),
        },
        (Ok(tree), Err(e)) => {
            // serde_json rejects numbers beyond f64 at parse time; we do at conversion.
            let conversion = tree.to_json();
            assert!(
                matches!(&conversion, Err(c) if c.kind() == ConversionErrorKind::NotRepresentable)
                    || e.to_string().contains("recursion limit"),
                "we accept {text:?}, serde_json says {e}"
            );
        }
        (Err(e), Ok(_)) => assert!(
            matches!(
                e.kind(),
                SyntaxErrorKind::DuplicateKey
                    | SyntaxErrorKind::LimitExceeded(
                        LimitKind::Depth
                            | LimitKind::Nodes
                            | LimitKind::StringBytes
                            | LimitKind::Bytes
                    )
            ),
            "we reject {text:?} ({e}), serde_json accepts it"
        ),
        (Err(_), Err(_)) => {}
    }
}

/// Zero of either sign as the integer 0 (we read `-0` as an integer, serde_json as -0.0).
fn normalize(value: Value) -> Value {
    match value {
        Value::Number(n) if n.as_f64() == Some(0.0) => Value::from(0),
        Value::Array(items) => Value::Array(items.into_iter().map(normalize).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, normalize(v))).collect())
        }
        other => other,
    }
}
