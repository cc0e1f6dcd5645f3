//! The JSON-LD 1.1 context (`vocab/context.jsonld`) that turns a native description into the
//! triples of the Turtle export.
//!
//! Generated from the same mapping the exporter walks: the root type's keys at the top, and for
//! each key whose value is an object (or a list of objects) a property-scoped context with that
//! type's keys, so the same JSON key can mean different things in different objects. Closed
//! vocabularies use `@type: @vocab` with a scoped context that names every value (and, for
//! `aiopen:{Vocabulary}-{notation}` concepts, an `@vocab` that makes an unknown value an IRI the
//! SHACL shapes reject rather than one the processor drops).
//!
//! The context is not `@protected`. JSON-LD 1.1 lets a property-scoped context redefine a
//! protected term, and pyld and jsonld.js do, but rdflib 7 silently keeps the protected
//! definition: every nested `kind` (a producer's, an evidence's, a claim's) stayed the top-level
//! `kind: @type` alias, and `producer.kind: company` became `rdf:type <company>` resolved against
//! the document's base. Without `@protected` all three read the graph of the Turtle export
//! (`tests/python/check_jsonld_processors.py`; `docs/vocabulary.md`, "Reading the JSON-LD").

use serde_json::{Map, Value, json};

use super::VocabError;
use super::frame::{Frame, Frames, ROOT, Slot, SlotTerm};
use super::schema::Ty;
use super::terms::{self, PREFIXES};
use super::write::prefixed;

/// The context document: `{"@context": {…}}`.
pub(crate) fn build(frames: &Frames) -> Result<Value, VocabError> {
    let mut top = Map::new();
    top.insert("@version".into(), json!(1.1));
    for (prefix, ns) in PREFIXES {
        if [
            "aiopen", "dcat", "dcterms", "foaf", "prov", "schema", "skos", "xsd",
        ]
        .contains(prefix)
        {
            top.insert((*prefix).into(), json!(ns));
        }
    }
    terms_of(frames, frames.frame(ROOT)?, &mut top)?;
    Ok(json!({ "@context": top }))
}

fn compact(iri: &str) -> String {
    prefixed(iri).map_or_else(|| iri.to_owned(), |(p, l)| format!("{p}:{l}"))
}

/// Adds the term definitions of `frame`'s keys (nested keys included) to `out`.
fn terms_of(
    frames: &Frames,
    frame: &Frame,
    out: &mut Map<String, Value>,
) -> Result<(), VocabError> {
    for (key, _) in &frame.nests {
        put(out, key, json!("@nest"))?;
    }
    for slot in &frame.slots {
        let definition = definition(frames, slot, out)?;
        put(out, &slot.key, definition)?;
    }
    Ok(())
}

/// Adds a term, refusing to redefine one differently in the same context.
fn put(out: &mut Map<String, Value>, key: &str, value: Value) -> Result<(), VocabError> {
    match out.get(key) {
        Some(old) if *old != value => Err(VocabError::new(format!(
            "the JSON-LD term `{key}` would mean both {old} and {value}"
        ))),
        _ => {
            out.insert(key.to_owned(), value);
            Ok(())
        }
    }
}

fn definition(
    frames: &Frames,
    slot: &Slot,
    out: &mut Map<String, Value>,
) -> Result<Value, VocabError> {
    match &slot.term {
        SlotTerm::Id => Ok(json!("@id")),
        SlotTerm::Type => {
            let Ty::Enum(scheme) = &slot.ty else {
                return Err(VocabError::new(format!(
                    "`{}` is a class without a vocabulary",
                    slot.key
                )));
            };
            for value in &frames.schema.vocabulary(scheme)?.values {
                put(
                    out,
                    &value.notation,
                    json!(compact(&terms::concept_iri(scheme, &value.notation))),
                )?;
            }
            Ok(json!("@type"))
        }
        SlotTerm::Predicate(p) => {
            let mut def = Map::new();
            def.insert("@id".into(), json!(compact(p)));
            let ty = match &slot.ty {
                Ty::Array(inner) => {
                    def.insert("@container".into(), json!("@list"));
                    inner.as_ref()
                }
                other => other,
            };
            match ty {
                Ty::Iri => {
                    def.insert("@type".into(), json!("@id"));
                }
                Ty::Date => {
                    def.insert("@type".into(), json!("xsd:date"));
                }
                Ty::Enum(scheme) => {
                    def.insert("@type".into(), json!("@vocab"));
                    let mut scoped = Map::new();
                    if let Some(prefix) = terms::concept_prefix(scheme) {
                        scoped.insert("@vocab".into(), json!(prefix));
                    }
                    for value in &frames.schema.vocabulary(scheme)?.values {
                        scoped.insert(
                            value.notation.clone(),
                            json!(compact(&terms::concept_iri(scheme, &value.notation))),
                        );
                    }
                    def.insert("@context".into(), Value::Object(scoped));
                }
                Ty::Object(name) | Ty::StringOrObject { object: name, .. } => {
                    let mut scoped = Map::new();
                    terms_of(frames, frames.frame(name)?, &mut scoped)?;
                    def.insert("@context".into(), Value::Object(scoped));
                }
                Ty::String { .. } | Ty::Boolean | Ty::Integer { .. } | Ty::Number { .. } => {}
                Ty::Array(_) => {
                    return Err(VocabError::new(format!("`{}`: arrays of arrays", slot.key)));
                }
            }
            if def.len() == 1 {
                Ok(def.remove("@id").unwrap_or(Value::Null))
            } else {
                Ok(Value::Object(def))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `@protected` (at any depth) in `value`.
    fn protected(value: &Value) -> usize {
        match value {
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| usize::from(k == "@protected") + protected(v))
                .sum(),
            Value::Array(items) => items.iter().map(protected).sum(),
            _ => 0,
        }
    }

    /// rdflib 7 ignores a property-scoped redefinition of a protected term (module docs), and the
    /// context redefines `kind` in nested objects: no term may be protected.
    #[test]
    fn no_term_is_protected_and_nested_kinds_are_properties() {
        let context = build(Frames::shared().unwrap()).unwrap();
        assert_eq!(protected(&context), 0);
        let top = &context["@context"];
        assert_eq!(top["kind"], json!("@type"));
        let producer_kind = &top["producer"]["@context"]["kind"];
        assert_eq!(producer_kind["@id"], json!("aiopen:producerKind"));
        assert_eq!(producer_kind["@type"], json!("@vocab"));
    }
}
