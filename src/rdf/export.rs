//! Instance export: a release to an RDF graph.
//!
//! The release is serialised to its canonical JSON value and walked with the same mapping the
//! JSON-LD context is generated from, key by key, as a JSON-LD processor walks the document; the
//! only additions are node IRIs (from `id`, or minted under a base) and deterministic blank-node
//! labels. See the module documentation of [`crate::rdf`] for the IRI rule.

use std::collections::{BTreeSet, HashMap};

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{BlankNode, Graph, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use serde_json::{Map, Number, Value};

use super::ExportError;
use super::frame::{Frame, Frames, SlotTerm};
use super::schema::Ty;
use super::terms;
use crate::Release;
use crate::classify::{Assessment, Classification, Finding};

/// How to export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportOptions {
    base: Option<String>,
    /// Leave out the links a JSON-LD context cannot state (see [`ExportOptions::description_only`]).
    description_only: bool,
}

impl ExportOptions {
    /// Mint IRIs under `base` for the nodes that have no `id` (see the IRI rule of
    /// [`crate::rdf`]). The base is used verbatim as a prefix, so it normally ends with `/` or `#`.
    ///
    /// # Errors
    /// [`ExportError::InvalidBase`] when `base` is not an absolute IRI.
    pub fn with_base(base: &str) -> Result<Self, ExportError> {
        NamedNode::new(base).map_err(|e| ExportError::InvalidBase {
            base: base.to_owned(),
            reason: e.to_string(),
        })?;
        Ok(Self {
            base: Some(base.to_owned()),
            description_only: false,
        })
    }

    /// Export exactly the triples that `vocab/context.jsonld` makes of the canonical JSON,
    /// without the links the exporter adds by default for queries: `aiopen:hasComponent` from
    /// the release to each component, and `aiopen:expressionLicence` from a component to the
    /// IRI of each licence its expression names (see [`crate::rdf`], "Links for queries").
    #[must_use]
    pub fn description_only(mut self) -> Self {
        self.description_only = true;
        self
    }

    /// The base IRI, if any.
    #[must_use]
    pub fn base(&self) -> Option<&str> {
        self.base.as_deref()
    }
}

/// A release exported on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exported {
    /// The graph.
    pub graph: Graph,
    /// The release's node.
    pub root: NamedOrBlankNode,
}

/// Exports one release to a graph of its own.
///
/// # Errors
/// See [`ExportError`]; releases built from the model's types only fail on a bad `id` or base.
pub fn to_graph(release: &Release, options: &ExportOptions) -> Result<Exported, ExportError> {
    let mut exporter = Exporter::new(options.clone())?;
    let root = exporter.add(release)?;
    Ok(Exported {
        graph: exporter.into_graph(),
        root,
    })
}

/// Exports several releases into one graph; the blank nodes of the `n`th release are labelled
/// `r{n}…` (by the JSON Pointer of their value), so the output is deterministic.
#[derive(Debug)]
pub struct Exporter {
    frames: &'static Frames,
    options: ExportOptions,
    /// Every triple added, in order (duplicates possible): far leaner than a graph's indexes.
    triples: Vec<Triple>,
    /// The graph of `triples`, built when asked for.
    graph: std::sync::OnceLock<Graph>,
    documents: usize,
    roots: BTreeSet<NamedNode>,
    /// The inputs named so far ([`Exporter::from_input`]).
    inputs: Vec<super::Input>,
    /// Every release added, with the index of its input (`usize::MAX` for none).
    releases: Vec<(NamedOrBlankNode, usize)>,
    /// The framework nodes of the classifications added, in order, once each.
    frameworks: Vec<NamedOrBlankNode>,
    /// The classification nodes added.
    verdicts: Vec<NamedOrBlankNode>,
}

impl Exporter {
    /// An exporter with `options`.
    ///
    /// # Errors
    /// [`ExportError::Vocab`] when the vocabulary cannot be generated.
    pub fn new(options: ExportOptions) -> Result<Self, ExportError> {
        Ok(Self {
            frames: Frames::shared()?,
            options,
            triples: Vec::new(),
            graph: std::sync::OnceLock::new(),
            documents: 0,
            roots: BTreeSet::new(),
            inputs: Vec::new(),
            releases: Vec::new(),
            frameworks: Vec::new(),
            verdicts: Vec::new(),
        })
    }

    /// Adds a release; returns its node.
    ///
    /// # Errors
    /// See [`ExportError`].
    pub fn add(&mut self, release: &Release) -> Result<NamedOrBlankNode, ExportError> {
        self.add_classified(release, &[])
    }

    /// Adds a release with its classifications (see [`crate::rdf`], "Classifications"): the
    /// level it reaches under each framework and every criterion, pointing at the release's
    /// component nodes; returns the release's node.
    ///
    /// # Errors
    /// See [`ExportError`]; also when a classification names a framework or level the vocabulary
    /// has no term for, or a component the release does not have.
    pub fn add_classified(
        &mut self,
        release: &Release,
        classifications: &[Classification],
    ) -> Result<NamedOrBlankNode, ExportError> {
        self.add_verdicts(release, classifications, &[])
    }

    /// Adds a release with an [`Assessment`]: its classifications (as
    /// [`add_classified`](Self::add_classified), custom profiles included) and its open-washing
    /// findings as `aiopen:Finding`s (see [`crate::rdf`], "Classifications"); returns the
    /// release's node.
    ///
    /// # Errors
    /// As [`add_classified`](Self::add_classified).
    pub fn add_assessed(
        &mut self,
        release: &Release,
        assessment: &Assessment,
    ) -> Result<NamedOrBlankNode, ExportError> {
        self.add_verdicts(release, &assessment.classifications, &assessment.findings)
    }

    fn add_verdicts(
        &mut self,
        release: &Release,
        classifications: &[Classification],
        findings: &[Finding],
    ) -> Result<NamedOrBlankNode, ExportError> {
        let value = serde_json::to_value(release).map_err(|e| ExportError::Value {
            pointer: String::new(),
            message: e.to_string(),
        })?;
        let Value::Object(map) = &value else {
            return Err(ExportError::Value {
                pointer: String::new(),
                message: "a release is not a JSON object".to_owned(),
            });
        };
        let minted_root = match &self.options.base {
            Some(base) => {
                let mut iri = format!("{base}{}", slug(&release.name));
                if let Some(version) = &release.version {
                    iri.push('/');
                    iri.push_str(&slug(version));
                }
                Some(iri)
            }
            None => None,
        };
        let frame = self.frames.frame(super::frame::ROOT)?;
        let mut walk = Walk {
            frames: self.frames,
            graph: Vec::new(),
            label: format!("r{}", self.documents),
            minted_root,
            nodes: HashMap::new(),
        };
        let root = walk.node(map, frame, "")?;
        if !self.options.description_only {
            links(&mut walk, release, &root, self.options.base.as_deref())?;
        }
        if let NamedOrBlankNode::NamedNode(iri) = &root
            && self.roots.contains(iri)
        {
            return Err(ExportError::DuplicateRoot {
                iri: iri.as_str().to_owned(),
            });
        }
        let added = super::classification::add(
            &mut walk.graph,
            &super::classification::Target {
                root: &root,
                nodes: &walk.nodes,
                minted: walk.minted_root.as_deref(),
                label: &walk.label,
                base: self.options.base.as_deref(),
            },
            classifications,
            findings,
        )?;
        if let NamedOrBlankNode::NamedNode(iri) = &root {
            self.roots.insert(iri.clone());
        }
        self.triples.extend(walk.graph);
        self.graph = std::sync::OnceLock::new();
        self.documents += 1;
        let input = self.inputs.len().checked_sub(1).unwrap_or(usize::MAX);
        self.releases.push((root.clone(), input));
        for framework in added.frameworks {
            if !self.frameworks.contains(&framework) {
                self.frameworks.push(framework);
            }
        }
        self.verdicts.extend(added.verdicts);
        Ok(root)
    }

    /// Names the input the releases added next are read from, for the provenance record.
    pub fn from_input(&mut self, input: super::Input) {
        self.inputs.push(input);
    }

    /// Adds the provenance of the export, in PROV-O (see [`crate::rdf`], "Provenance"): this
    /// tool and its version, `time`, every input named with [`from_input`](Self::from_input)
    /// with its checksum, the releases derived from each, and the frameworks of the
    /// classifications. Call it once, after the last release.
    pub fn add_provenance(&mut self, time: &super::Timestamp) {
        let releases: Vec<(NamedOrBlankNode, usize)> = self
            .releases
            .iter()
            .filter(|(_, i)| *i != usize::MAX)
            .cloned()
            .collect();
        self.graph = std::sync::OnceLock::new();
        self.triples.extend(super::provenance::triples(
            time,
            &self.inputs,
            self.options.base.as_deref(),
            &releases,
            &self.frameworks,
            &self.verdicts,
        ));
    }

    /// The graph so far (built on the first call after an addition).
    #[must_use]
    pub fn graph(&self) -> &Graph {
        self.graph
            .get_or_init(|| self.triples.iter().map(Triple::as_ref).collect())
    }

    /// The graph.
    #[must_use]
    pub fn into_graph(mut self) -> Graph {
        self.graph
            .take()
            .unwrap_or_else(|| self.triples.iter().map(Triple::as_ref).collect())
    }

    /// Writes the export in `format`, as [`serialize`](super::serialize) writes its graph, but
    /// straight from the triples: no graph (and none of its indexes) is built, so memory stays a
    /// small multiple of the output.
    ///
    /// # Errors
    /// When writing to `out` fails.
    pub fn serialize(
        &self,
        format: super::RdfFormat,
        out: &mut impl std::io::Write,
    ) -> std::io::Result<()> {
        match format {
            super::RdfFormat::NTriples => {
                super::write::write_ntriples(self.triples.iter().map(Triple::as_ref), out)
            }
            _ => super::write::serialize_sorted(
                &super::write::sort_refs(self.triples.iter().map(Triple::as_ref)),
                format,
                out,
            ),
        }
    }
}

/// The IRI of an SPDX licence or exception id, as SPDX 3 writes it.
pub(crate) fn spdx_iri(id: &str) -> String {
    format!("http://spdx.org/licenses/{id}")
}

/// The links for queries: `aiopen:hasComponent` to every component, `aiopen:expressionLicence`
/// to every licence a component's expression names (SPDX ids as `http://spdx.org/licenses/{id}`,
/// `LicenseRef-` licences as `{base}licences/{ref}` when there is a base).
fn links(
    walk: &mut Walk<'_>,
    release: &Release,
    root: &NamedOrBlankNode,
    base: Option<&str>,
) -> Result<(), ExportError> {
    let has_component = NamedNode::new_unchecked(super::terms::aiopen!("hasComponent"));
    let licence = NamedNode::new_unchecked(super::terms::aiopen!("expressionLicence"));
    for (i, component) in release.components.iter().enumerate() {
        let at = format!("/components/{i}");
        let Some(node) = walk.nodes.get(&at).cloned() else {
            continue;
        };
        walk.graph.push(Triple::new(
            root.clone(),
            has_component.clone(),
            node.clone(),
        ));
        let Some(declared) = &component.license else {
            continue;
        };
        let mut seen = BTreeSet::new();
        for term in declared.expression.ids() {
            let iri = match term {
                crate::licence::LicenceTerm::Spdx { id, .. } => spdx_iri(id),
                crate::licence::LicenceTerm::LicenseRef { .. } => match base {
                    Some(base) => format!("{base}licences/{}", term.canonical()),
                    None => continue,
                },
                _ => continue,
            };
            if seen.insert(iri.clone()) {
                let object = named(&iri, &format!("{at}/license"))?;
                walk.graph
                    .push(Triple::new(node.clone(), licence.clone(), object));
            }
        }
    }
    Ok(())
}

/// The path segment for minted IRIs: lower case; letters, digits, `.`, `_` and `-` kept; every
/// other run of characters one `-`; `-` and `.` trimmed from both ends; `release` if nothing is
/// left. `OLMo 2 7B` → `olmo-2-7b`, `v1.0 (final)` → `v1.0-final`.
#[must_use]
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    let trimmed = out.trim_matches(['-', '.']);
    if trimmed.is_empty() {
        "release".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The literal JSON-LD 1.1 makes of a JSON number: `xsd:integer` for whole numbers below 10^21,
/// otherwise `xsd:double` in canonical form (`1.0E25`).
pub(crate) fn number_literal(n: &Number) -> Literal {
    if n.is_i64() || n.is_u64() {
        return Literal::new_typed_literal(n.to_string(), xsd::INTEGER);
    }
    let v = n.as_f64().unwrap_or(0.0);
    if v.fract() == 0.0 && v.abs() < 1e21 {
        let text = if v == 0.0 {
            "0".to_owned()
        } else {
            format!("{v:.0}")
        };
        return Literal::new_typed_literal(text, xsd::INTEGER);
    }
    Literal::new_typed_literal(double_lexical(v), xsd::DOUBLE)
}

/// The canonical `xsd:double` form with the shortest digits that read back exactly: `1.5E0`,
/// `1.0E25`, `3.0000000000000004E-1`.
pub(crate) fn double_lexical(v: f64) -> String {
    let text = format!("{v:E}");
    match text.split_once('E') {
        Some((mantissa, exponent)) if !mantissa.contains('.') => {
            format!("{mantissa}.0E{exponent}")
        }
        _ => text,
    }
}

struct Walk<'a> {
    frames: &'a Frames,
    /// The triples of the document, in the order made (the exporter's graph sorts them out).
    graph: Vec<Triple>,
    label: String,
    minted_root: Option<String>,
    /// The node of every object, by JSON Pointer.
    nodes: HashMap<String, NamedOrBlankNode>,
}

impl<'a> Walk<'a> {
    fn blank(&self, pointer: &str, suffix: &str) -> BlankNode {
        BlankNode::new_unchecked(format!(
            "{}{}{suffix}",
            self.label,
            pointer.replace('/', "-")
        ))
    }

    fn node(
        &mut self,
        map: &Map<String, Value>,
        frame: &'a Frame,
        pointer: &str,
    ) -> Result<NamedOrBlankNode, ExportError> {
        let id = frame
            .slots
            .iter()
            .find(|s| s.term == SlotTerm::Id)
            .and_then(|s| map.get(&s.key))
            .and_then(Value::as_str);
        let subject: NamedOrBlankNode = match (id, &self.minted_root) {
            (Some(id), _) => named(id, &format!("{pointer}/id"))?.into(),
            (None, Some(root)) => named(&format!("{root}{pointer}"), pointer)?.into(),
            (None, None) => self.blank(pointer, "").into(),
        };
        self.nodes.insert(pointer.to_owned(), subject.clone());
        for (key, value) in map {
            if let Some((nest, _)) = frame.nests.iter().find(|(k, _)| k == key) {
                let Value::Object(inner) = value else {
                    return Err(ExportError::Value {
                        pointer: format!("{pointer}/{key}"),
                        message: "expected an object".to_owned(),
                    });
                };
                for (k, v) in inner {
                    let at = format!("{pointer}/{key}/{k}");
                    let slot = frame.slot(Some(nest), k).ok_or_else(|| unmapped(&at, k))?;
                    self.slot(&subject, &slot.term, &slot.ty, v, &at)?;
                }
                continue;
            }
            let at = format!("{pointer}/{key}");
            let slot = frame.slot(None, key).ok_or_else(|| unmapped(&at, key))?;
            self.slot(&subject, &slot.term, &slot.ty, value, &at)?;
        }
        Ok(subject)
    }

    fn slot(
        &mut self,
        subject: &NamedOrBlankNode,
        term: &SlotTerm,
        ty: &'a Ty,
        value: &Value,
        pointer: &str,
    ) -> Result<(), ExportError> {
        if value.is_null() {
            return Ok(());
        }
        match term {
            SlotTerm::Id => Ok(()),
            SlotTerm::Type => {
                let class = self.concept(ty, value, pointer)?;
                self.graph
                    .push(Triple::new(subject.clone(), rdf::TYPE, class));
                Ok(())
            }
            SlotTerm::Predicate(p) => {
                let predicate = named(p, pointer)?;
                let object = match ty {
                    Ty::Array(inner) => self.list(inner, value, pointer)?,
                    _ => self.term(ty, value, pointer)?,
                };
                self.graph
                    .push(Triple::new(subject.clone(), predicate, object));
                Ok(())
            }
        }
    }

    fn list(&mut self, inner: &'a Ty, value: &Value, pointer: &str) -> Result<Term, ExportError> {
        let items: Vec<&Value> = match value {
            Value::Array(items) => items.iter().filter(|v| !v.is_null()).collect(),
            other => vec![other],
        };
        let mut terms = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            terms.push(self.term(inner, item, &format!("{pointer}/{i}"))?);
        }
        // Built from the end, so each cell is made once and moved into its triples.
        let mut next: Term = rdf::NIL.into_owned().into();
        for (i, item) in terms.into_iter().enumerate().rev() {
            let cell = self.blank(pointer, &format!("-l{i}"));
            self.graph.push(Triple::new(cell.clone(), rdf::FIRST, item));
            self.graph.push(Triple::new(cell.clone(), rdf::REST, next));
            next = cell.into();
        }
        Ok(next)
    }

    fn concept(&self, ty: &Ty, value: &Value, pointer: &str) -> Result<NamedNode, ExportError> {
        let (Ty::Enum(scheme), Value::String(notation)) = (ty, value) else {
            return Err(mismatch(pointer, "a string of a closed vocabulary"));
        };
        let vocabulary = self.frames.schema.vocabulary(scheme)?;
        if !vocabulary.values.iter().any(|v| v.notation == *notation) {
            return Err(ExportError::Value {
                pointer: pointer.to_owned(),
                message: format!("`{notation}` is not a value of `{scheme}`"),
            });
        }
        named(&terms::concept_iri(scheme, notation), pointer)
    }

    fn term(&mut self, ty: &'a Ty, value: &Value, pointer: &str) -> Result<Term, ExportError> {
        Ok(match (ty, value) {
            (Ty::String { .. } | Ty::StringOrObject { .. }, Value::String(s)) => {
                Literal::new_simple_literal(s).into()
            }
            (Ty::Iri, Value::String(s)) => named(s, pointer)?.into(),
            (Ty::Date, Value::String(s)) => Literal::new_typed_literal(s, xsd::DATE).into(),
            (Ty::Boolean, Value::Bool(b)) => Literal::from(*b).into(),
            (Ty::Integer { .. } | Ty::Number { .. }, Value::Number(n)) => number_literal(n).into(),
            (Ty::Enum(_), _) => self.concept(ty, value, pointer)?.into(),
            (Ty::Object(name) | Ty::StringOrObject { object: name, .. }, Value::Object(map)) => {
                let frames = self.frames;
                let frame = frames.frame(name)?;
                self.node(map, frame, pointer)?.into()
            }
            (Ty::Array(_), _) => return Err(mismatch(pointer, "no nested array")),
            _ => return Err(mismatch(pointer, &format!("{ty:?}"))),
        })
    }
}

fn named(iri: &str, pointer: &str) -> Result<NamedNode, ExportError> {
    NamedNode::new(iri).map_err(|e| ExportError::Value {
        pointer: pointer.to_owned(),
        message: format!("`{iri}` is not an absolute IRI: {e}"),
    })
}

fn unmapped(pointer: &str, key: &str) -> ExportError {
    ExportError::Value {
        pointer: pointer.to_owned(),
        message: format!("the key `{key}` has no RDF term"),
    }
}

fn mismatch(pointer: &str, expected: &str) -> ExportError {
    ExportError::Value {
        pointer: pointer.to_owned(),
        message: format!("expected {expected}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("OLMo 2 7B"), "olmo-2-7b");
        assert_eq!(slug("v1.0 (final)"), "v1.0-final");
        assert_eq!(slug(".."), "release");
        assert_eq!(slug("Ünïcode/Name"), "ünïcode-name");
        assert_eq!(slug(""), "release");
    }

    #[test]
    fn numbers_follow_json_ld() {
        let lit = |v: Value| match v {
            Value::Number(n) => number_literal(&n),
            _ => unreachable!(),
        };
        assert_eq!(lit(serde_json::json!(3)).value(), "3");
        let one = lit(serde_json::json!(1.0));
        assert_eq!((one.value(), one.datatype()), ("1", xsd::INTEGER));
        assert_eq!(lit(serde_json::json!(-0.0)).value(), "0");
        let big = lit(serde_json::json!(1e25));
        assert_eq!((big.value(), big.datatype()), ("1.0E25", xsd::DOUBLE));
        assert_eq!(lit(serde_json::json!(0.1)).value(), "1.0E-1");
        assert_eq!(lit(serde_json::json!(1.5)).value(), "1.5E0");
        assert_eq!(
            lit(serde_json::json!(0.1 + 0.2)).value(),
            "3.0000000000000004E-1"
        );
        assert_eq!(
            lit(serde_json::json!(5e20)).value(),
            "500000000000000000000"
        );
    }
}
