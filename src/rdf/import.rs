//! Instance import: a release read back from an RDF graph, for the lossless round trip.
//!
//! The graph is walked with the mapping the exporter uses, building the release's JSON value,
//! which the model's own deserialiser then checks. The reader is strict: whatever it cannot place
//! is an error, never dropped.

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Term, TermRef};
use serde_json::{Map, Number, Value};

use super::VocabError;
use super::frame::{Frame, Frames, ROOT, SlotTerm};
use super::schema::Ty;
use super::terms;
use crate::Release;

/// Why a release could not be read from a graph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read the release at `{pointer}` from node `{node}`: {message}")]
#[non_exhaustive]
pub struct ImportError {
    /// The JSON Pointer of the value being read (`""` for the release itself).
    pub pointer: String,
    /// The node being read, in N-Triples form.
    pub node: String,
    /// What is wrong.
    pub message: String,
}

impl From<VocabError> for ImportError {
    fn from(e: VocabError) -> Self {
        Self {
            pointer: String::new(),
            node: String::new(),
            message: e.to_string(),
        }
    }
}

/// The nodes of `graph` that are releases (typed with a release kind, or with a
/// `aiopen:specVersion`), sorted.
#[must_use]
pub fn releases_in(graph: &Graph) -> Vec<NamedOrBlankNode> {
    let spec_version = NamedNodeRef::new_unchecked(terms::aiopen!("specVersion"));
    let kinds: Vec<String> = crate::model::ReleaseKind::ALL
        .iter()
        .map(|k| terms::concept_iri("ReleaseKind", k.as_str()))
        .collect();
    let mut found: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for t in graph {
        let is_release = t.predicate == spec_version
            || (t.predicate == rdf::TYPE
                && matches!(t.object, TermRef::NamedNode(n) if kinds.iter().any(|k| k == n.as_str())));
        if is_release && found.insert(t.subject.to_string()) {
            out.push(t.subject.into_owned());
        }
    }
    out.sort_by_cached_key(ToString::to_string);
    out
}

/// Reads the release at `root` from `graph`.
///
/// # Errors
/// [`ImportError`] with the JSON Pointer of the value being read when the graph does not hold a
/// release there exactly as the exporter writes one: an unexpected triple, a second value where
/// the model has one, a literal of the wrong datatype, an IRI that is no concept of the
/// vocabulary, a malformed collection, or a value the model rejects.
pub fn from_graph(graph: &Graph, root: &NamedOrBlankNode) -> Result<Release, ImportError> {
    let frames = Frames::shared()?;
    let reader = Reader { frames, graph };
    let mut value = Value::Object(reader.object(root.as_ref(), frames.frame(ROOT)?, "")?);
    // The graph states its format version like a document does (`aiopen:specVersion`): the same
    // rule applies, so a newer release is refused here rather than read as if it were current.
    crate::document::upgrade_value(&mut value).map_err(|e| version_error(root, &e))?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = e
            .path()
            .iter()
            .map(|s| format!("/{s}"))
            .collect::<String>()
            .replace("/?", "");
        ImportError {
            pointer,
            node: root.to_string(),
            message: e.inner().to_string(),
        }
    })
}

/// An [`ImportError`] for a release whose `aiopen:specVersion` cannot be read at this version.
fn version_error(root: &NamedOrBlankNode, e: &crate::Error) -> ImportError {
    let pointer = e
        .location()
        .and_then(|l| l.pointer.clone())
        .unwrap_or_default();
    let message = match e {
        crate::Error::UnsupportedVersion {
            found, supported, ..
        } => format!(
            "unsupported spec_version `{found}`: this version of ai-openness reads {supported}"
        ),
        crate::Error::Invalid { message, .. } | crate::Error::Syntax { message, .. } => {
            message.clone()
        }
        other => other.to_string(),
    };
    ImportError {
        pointer,
        node: root.to_string(),
        message,
    }
}

struct Reader<'a> {
    frames: &'a Frames,
    graph: &'a Graph,
}

impl Reader<'_> {
    #[allow(
        clippy::needless_pass_by_value,
        reason = "callers pass terms and nodes, borrowed or owned, as they have them"
    )]
    fn error(node: impl ToString, pointer: &str, message: impl Into<String>) -> ImportError {
        ImportError {
            pointer: pointer.to_owned(),
            node: node.to_string(),
            message: message.into(),
        }
    }

    fn object(
        &self,
        node: NamedOrBlankNodeRef<'_>,
        frame: &Frame,
        pointer: &str,
    ) -> Result<Map<String, Value>, ImportError> {
        let triples: Vec<(NamedNodeRef<'_>, TermRef<'_>)> = self
            .graph
            .triples_for_subject(node)
            .map(|t| (t.predicate, t.object))
            .collect();
        let mut used = vec![false; triples.len()];
        let mut map = Map::new();
        let mut nested: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
        for slot in &frame.slots {
            let at = match &slot.nest {
                Some(n) => format!("{pointer}/{n}/{}", slot.key),
                None => format!("{pointer}/{}", slot.key),
            };
            let value = match &slot.term {
                SlotTerm::Id => match node {
                    NamedOrBlankNodeRef::NamedNode(n) => Some(Value::String(n.as_str().to_owned())),
                    NamedOrBlankNodeRef::BlankNode(_) => None,
                },
                SlotTerm::Type => {
                    let Ty::Enum(scheme) = &slot.ty else {
                        return Err(Self::error(node, &at, "a class slot without a vocabulary"));
                    };
                    let notations = self.notations(scheme)?;
                    let mut found = Vec::new();
                    for (i, (p, o)) in triples.iter().enumerate() {
                        if *p == rdf::TYPE
                            && let TermRef::NamedNode(class) = o
                            && let Some(notation) = notations.get(class.as_str())
                        {
                            used[i] = true;
                            found.push(notation.clone());
                        }
                    }
                    match found.as_slice() {
                        [] => None,
                        [one] => Some(Value::String(one.clone())),
                        _ => {
                            return Err(Self::error(
                                node,
                                &at,
                                format!(
                                    "the node has {} classes of `{scheme}`; the model allows one",
                                    found.len()
                                ),
                            ));
                        }
                    }
                }
                SlotTerm::Predicate(p) => {
                    let mut values = Vec::new();
                    for (i, (pred, o)) in triples.iter().enumerate() {
                        if pred.as_str() == p {
                            used[i] = true;
                            values.push(*o);
                        }
                    }
                    match values.as_slice() {
                        [] => None,
                        [one] => Some(self.value(&slot.ty, *one, &at)?),
                        _ => {
                            return Err(Self::error(
                                node,
                                &at,
                                format!(
                                    "`<{p}>` has {} values; the model allows one",
                                    values.len()
                                ),
                            ));
                        }
                    }
                }
            };
            if let Some(value) = value {
                match &slot.nest {
                    Some(n) => {
                        nested
                            .entry(n.as_str())
                            .or_default()
                            .insert(slot.key.clone(), value);
                    }
                    None => {
                        map.insert(slot.key.clone(), value);
                    }
                }
            }
        }
        let reaches_level = NamedNodeRef::new_unchecked(terms::aiopen!("reachesLevel"));
        let derived_from = NamedNodeRef::new_unchecked(terms::prov!("wasDerivedFrom"));
        let has_component = NamedNodeRef::new_unchecked(terms::aiopen!("hasComponent"));
        let expression_licence = NamedNodeRef::new_unchecked(terms::aiopen!("expressionLicence"));
        let is_component = frame.type_scheme() == Some("ComponentKind");
        let own_class = terms::term(&frame.name);
        // Implied by the model, so nothing is lost when they are left aside: the node's own class
        // (`a aiopen:Evidence`), the levels a classification says the release reaches and the
        // input the provenance record says the release was read from.
        let implied = |p: &NamedNodeRef<'_>, o: &TermRef<'_>| {
            (*p == rdf::TYPE && matches!(o, TermRef::NamedNode(c) if c.as_str() == own_class))
                || (frame.name == ROOT
                    && (*p == reaches_level || *p == derived_from || *p == has_component))
                || (is_component && *p == expression_licence)
        };
        if let Some(((p, o), _)) = triples
            .iter()
            .zip(&used)
            .find(|((p, o), used)| !(**used || implied(p, o)))
        {
            return Err(Self::error(
                node,
                pointer,
                format!(
                    "unexpected triple `{node} {p} {o}`: a `{}` has no such field",
                    frame.name
                ),
            ));
        }
        for (key, inner) in nested {
            map.insert(key.to_owned(), Value::Object(inner));
        }
        Ok(map)
    }

    /// The notation of every concept IRI of `scheme`.
    fn notations(&self, scheme: &str) -> Result<BTreeMap<String, String>, ImportError> {
        Ok(self
            .frames
            .schema
            .vocabulary(scheme)?
            .values
            .iter()
            .map(|v| (terms::concept_iri(scheme, &v.notation), v.notation.clone()))
            .collect())
    }

    fn value(&self, ty: &Ty, term: TermRef<'_>, pointer: &str) -> Result<Value, ImportError> {
        let wrong = |expected: &str| {
            Self::error(
                term,
                pointer,
                format!("expected {expected}, found `{term}`"),
            )
        };
        match (ty, term) {
            (Ty::Array(inner), _) => {
                let items = self.list(term, pointer)?;
                let mut values = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    values.push(self.value(inner, item.as_ref(), &format!("{pointer}/{i}"))?);
                }
                Ok(Value::Array(values))
            }
            (Ty::String { .. } | Ty::StringOrObject { .. }, TermRef::Literal(l)) => {
                if l.datatype() == xsd::STRING {
                    Ok(Value::String(l.value().to_owned()))
                } else {
                    Err(wrong("a plain string literal"))
                }
            }
            (Ty::Iri, TermRef::NamedNode(n)) => Ok(Value::String(n.as_str().to_owned())),
            (Ty::Date, TermRef::Literal(l)) if l.datatype() == xsd::DATE => {
                Ok(Value::String(l.value().to_owned()))
            }
            (Ty::Boolean, TermRef::Literal(l)) if l.datatype() == xsd::BOOLEAN => match l.value() {
                "true" | "1" => Ok(Value::Bool(true)),
                "false" | "0" => Ok(Value::Bool(false)),
                _ => Err(wrong("`true` or `false`")),
            },
            (Ty::Integer { .. }, TermRef::Literal(l)) if l.datatype() == xsd::INTEGER => {
                let text = l.value().strip_prefix('+').unwrap_or(l.value());
                text.parse::<i64>()
                    .map(|n| Value::Number(n.into()))
                    .map_err(|_| wrong("an integer the model can hold"))
            }
            (Ty::Number { .. }, TermRef::Literal(l))
                if [xsd::INTEGER, xsd::DOUBLE, xsd::DECIMAL, xsd::FLOAT]
                    .contains(&l.datatype()) =>
            {
                let text = l.value().trim();
                let finite = matches!(text.bytes().last(), Some(b'0'..=b'9' | b'.'));
                text.parse::<f64>()
                    .ok()
                    .filter(|_| finite)
                    .and_then(Number::from_f64)
                    .map(Value::Number)
                    .ok_or_else(|| wrong("a finite number"))
            }
            (Ty::Enum(scheme), TermRef::NamedNode(n)) => self
                .notations(scheme)?
                .remove(n.as_str())
                .map(Value::String)
                .ok_or_else(|| wrong(&format!("a concept of `aiopen:{scheme}`"))),
            (
                Ty::Object(name) | Ty::StringOrObject { object: name, .. },
                TermRef::NamedNode(_) | TermRef::BlankNode(_),
            ) => {
                let node = match term {
                    TermRef::NamedNode(n) => NamedOrBlankNodeRef::NamedNode(n),
                    TermRef::BlankNode(b) => NamedOrBlankNodeRef::BlankNode(b),
                    _ => return Err(wrong("a node")),
                };
                Ok(Value::Object(self.object(
                    node,
                    self.frames.frame(name)?,
                    pointer,
                )?))
            }
            (Ty::String { .. }, _) => Err(wrong("a string literal")),
            (Ty::Iri | Ty::Enum(_), _) => Err(wrong("an IRI")),
            (Ty::Date, _) => Err(wrong("an `xsd:date` literal")),
            (Ty::Boolean, _) => Err(wrong("an `xsd:boolean` literal")),
            (Ty::Integer { .. }, _) => Err(wrong("an `xsd:integer` literal")),
            (Ty::Number { .. }, _) => Err(wrong("an `xsd:integer` or `xsd:double` literal")),
            (Ty::Object(_), _) => Err(wrong("a node")),
        }
    }

    /// The items of the collection at `head`: cells with exactly one `rdf:first` and one
    /// `rdf:rest` and nothing else, ending in `rdf:nil`, without cycles.
    fn list(&self, head: TermRef<'_>, pointer: &str) -> Result<Vec<Term>, ImportError> {
        let mut items = Vec::new();
        let mut seen = BTreeSet::new();
        let mut cell = head;
        loop {
            let node = match cell {
                TermRef::NamedNode(n) if n == rdf::NIL => return Ok(items),
                TermRef::NamedNode(n) => NamedOrBlankNodeRef::NamedNode(n),
                TermRef::BlankNode(b) => NamedOrBlankNodeRef::BlankNode(b),
                _ => {
                    return Err(Self::error(
                        cell,
                        pointer,
                        format!("expected a collection, found `{cell}`"),
                    ));
                }
            };
            if !seen.insert(node.to_string()) {
                return Err(Self::error(node, pointer, "the collection has a cycle"));
            }
            let mut first = None;
            let mut rest = None;
            for t in self.graph.triples_for_subject(node) {
                let slot = if t.predicate == rdf::FIRST {
                    &mut first
                } else if t.predicate == rdf::REST {
                    &mut rest
                } else {
                    return Err(Self::error(
                        node,
                        pointer,
                        format!("unexpected `{}` on a collection cell", t.predicate),
                    ));
                };
                if slot.replace(t.object).is_some() {
                    return Err(Self::error(
                        node,
                        pointer,
                        format!("a collection cell with two `{}`", t.predicate),
                    ));
                }
            }
            match (first, rest) {
                (Some(f), Some(r)) => {
                    items.push(f.into_owned());
                    cell = r;
                }
                _ => {
                    return Err(Self::error(
                        node,
                        pointer,
                        "a collection cell without `rdf:first` and `rdf:rest`",
                    ));
                }
            }
        }
    }
}
