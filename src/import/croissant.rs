//! MLCommons Croissant 1.0 and 1.1 dataset descriptions (JSON-LD), including the Responsible
//! AI (RAI) properties, read into a [`Release`] whose components are the data set and its data
//! card.
//!
//! The JSON-LD is read with the document's own `@context` as given: its prefixes, its term
//! definitions and its `@vocab` expand every key to an IRI, which is matched against the
//! schema.org (`http` or `https`), Croissant (`cr:`), RAI (`rai:`), Dublin Core (`dct:`) and
//! PROV (`prov:`) terms. A context given by URL is never fetched; the keys are then read with the
//! standard Croissant context. The mapping (`docs/importers.md#croissant`):
//!
//! | Croissant | release |
//! |---|---|
//! | `name`, `description`, `version`, `datePublished`, `url` | the release's and the data component's name, description, version, release date, home page and location |
//! | `license` (one or many: id, URL, `CreativeWork`) | the data component's licence, through the licence table |
//! | `creator`, `publisher` | `producer` (the publisher, else the first creator) |
//! | `distribution[]` (`FileObject`, `FileSet`) | evidence (`artifact`) on the data component, one per `contentUrl` |
//! | `sameAs`, `citeAs` | release evidence; the citation in the data component's description |
//! | `rai:*` (20 RAI properties) | a `data_card` component whose description holds each property, labelled |
//! | `prov:wasDerivedFrom` | the data component's `lineage` (`derived_from`) |
//! | `conformsTo` | the Croissant version (1.0 or 1.1; other values are reported) |
//!
//! The data set is read as `pretraining_data` (reported as `import-kind-assumed`: a Croissant
//! file does not say what a model used it for). Other keys (`keywords`, `recordSet`,
//! `inLanguage`, …) are reported as `import-field-dropped`.

use super::invalid;
use std::collections::HashMap;

use serde_json::Value;

use crate::diagnostic::Code;
use crate::error::Error;
use crate::licence::{Licence, LicenceExpression};
use crate::model::{
    Component, ComponentKind, Date, Evidence, EvidenceKind, Lineage, LineageRelation, Producer,
    Release, ReleaseRef, Url,
};
use crate::syntax::Node;

use super::Imported;
use super::fields::{Sink, child, key_text, one_or_many, one_or_many_pointer};

/// schema.org, as Croissant files write it (`https`; `http` is read as the same).
pub const SCHEMA: &str = "https://schema.org/";
/// The Croissant namespace (unversioned).
pub const CR: &str = "http://mlcommons.org/croissant/";
/// The Croissant RAI namespace (unversioned).
pub const RAI: &str = "http://mlcommons.org/croissant/RAI/";
/// Dublin Core terms.
pub const DCT: &str = "http://purl.org/dc/terms/";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";

/// The 20 RAI properties of `croissant_rai.ttl`, with a label for people.
pub const RAI_PROPERTIES: &[(&str, &str)] = &[
    ("dataCollection", "Data collection"),
    ("dataCollectionType", "Data collection type"),
    ("dataCollectionMissingData", "Missing data"),
    ("dataCollectionRawData", "Raw data"),
    ("dataCollectionTimeframe", "Collection timeframe"),
    ("dataPreprocessingProtocol", "Preprocessing"),
    ("dataImputationProtocol", "Imputation"),
    ("dataManipulationProtocol", "Manipulation"),
    ("dataReleaseMaintenancePlan", "Release and maintenance plan"),
    (
        "personalSensitiveInformation",
        "Personal and sensitive information",
    ),
    ("dataAnnotationProtocol", "Annotation protocol"),
    ("dataAnnotationPlatform", "Annotation platform"),
    ("dataAnnotationAnalysis", "Annotation analysis"),
    ("annotationsPerItem", "Annotations per item"),
    ("annotatorDemographics", "Annotator demographics"),
    ("machineAnnotationTools", "Machine annotation tools"),
    ("dataSocialImpact", "Social impact"),
    ("dataBiases", "Biases"),
    ("dataLimitations", "Limitations"),
    ("dataUseCases", "Use cases"),
];

/// The prefixes every Croissant context declares, used when a document uses one without
/// declaring it.
const WELL_KNOWN: &[(&str, &str)] = &[
    ("sc", SCHEMA),
    ("schema", SCHEMA),
    ("cr", CR),
    ("rai", RAI),
    ("dct", DCT),
    ("prov", PROV),
];

/// A JSON-LD `@context`, as far as key expansion needs it.
#[derive(Debug, Default)]
struct Context {
    prefixes: HashMap<String, String>,
    vocab: Option<String>,
}

impl Context {
    fn read(node: Option<&Node>, sink: &mut Sink) -> Self {
        let mut context = Self::default();
        let Some(node) = node else {
            return Self::standard();
        };
        let parts: Vec<&Node> = match node.as_sequence() {
            Some(items) => items.iter().collect(),
            None => vec![node],
        };
        for part in parts {
            if let Some(entries) = part.as_mapping() {
                for entry in entries {
                    let key = key_text(entry);
                    let value = match &entry.value.value {
                        crate::syntax::NodeValue::Scalar(s) => Some(s.text.clone()),
                        crate::syntax::NodeValue::Mapping(_) => entry
                            .value
                            .get("@id")
                            .and_then(Node::as_scalar)
                            .map(|s| s.text.clone()),
                        crate::syntax::NodeValue::Sequence(_) => None,
                    };
                    match (key, value) {
                        ("@vocab", Some(v)) => context.vocab = Some(v),
                        (k, Some(v)) if !k.starts_with('@') => {
                            context.prefixes.insert(k.to_owned(), v);
                        }
                        _ => {}
                    }
                }
            } else {
                sink.warn(
                    Code::ImportFieldDropped,
                    part,
                    "/@context",
                    format!(
                        "the context `{}` is not inline; it is never fetched, so the keys are \
                         read with the standard Croissant context",
                        super::render(part)
                    ),
                );
                let standard = Self::standard();
                for (k, v) in standard.prefixes {
                    context.prefixes.entry(k).or_insert(v);
                }
                context.vocab = context.vocab.or(standard.vocab);
            }
        }
        // Term definitions may use prefixes (`"citeAs": "cr:citeAs"`): expand them once.
        let snapshot = context.prefixes.clone();
        for value in context.prefixes.values_mut() {
            if let Some((p, rest)) = value.split_once(':')
                && !rest.starts_with("//")
                && let Some(ns) = snapshot.get(p)
            {
                *value = format!("{ns}{rest}");
            }
        }
        context
    }

    fn standard() -> Self {
        let mut context = Self {
            prefixes: WELL_KNOWN
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            vocab: Some(SCHEMA.to_owned()),
        };
        for term in ["citeAs", "isLiveDataset", "sdVersion", "recordSet"] {
            context
                .prefixes
                .insert(term.to_owned(), format!("{CR}{term}"));
        }
        context
            .prefixes
            .insert("conformsTo".to_owned(), format!("{DCT}conformsTo"));
        context
    }

    /// The IRI a key stands for, with `http://schema.org/` read as `https://schema.org/`, and
    /// whether an undeclared well-known prefix was assumed.
    fn expand(&self, key: &str) -> (String, bool) {
        let mut assumed = false;
        let iri = if let Some(term) = self.prefixes.get(key) {
            term.clone()
        } else if let Some((prefix, rest)) = key.split_once(':') {
            if rest.starts_with("//") {
                key.to_owned()
            } else if let Some(ns) = self.prefixes.get(prefix) {
                format!("{ns}{rest}")
            } else if let Some((_, ns)) = WELL_KNOWN.iter().find(|(p, _)| *p == prefix) {
                assumed = true;
                format!("{ns}{rest}")
            } else {
                key.to_owned()
            }
        } else if let Some(vocab) = &self.vocab {
            format!("{vocab}{key}")
        } else {
            key.to_owned()
        };
        let iri = match iri.strip_prefix("http://schema.org/") {
            Some(rest) => format!("{SCHEMA}{rest}"),
            None => iri,
        };
        (iri, assumed)
    }
}

/// Whether a parsed document looks like a Croissant description: a JSON-LD object with an
/// `@context` whose `@type` is schema.org's `Dataset` or whose `conformsTo` names a Croissant
/// version.
#[must_use]
pub fn is_croissant_document(root: &Node) -> bool {
    if root.get("@context").is_none() {
        return false;
    }
    let typed = root
        .get("@type")
        .and_then(Node::as_scalar)
        .is_some_and(|t| {
            matches!(
                t.text.as_str(),
                "sc:Dataset"
                    | "schema:Dataset"
                    | "Dataset"
                    | "https://schema.org/Dataset"
                    | "http://schema.org/Dataset"
            )
        });
    let conforms = ["conformsTo", "dct:conformsTo"].iter().any(|k| {
        root.get(k).is_some_and(|c| {
            one_or_many(c).iter().any(|(_, n)| {
                n.as_scalar()
                    .is_some_and(|s| s.text.contains("mlcommons.org/croissant"))
            })
        })
    });
    typed || conforms
}

/// Reads a Croissant description already parsed into a positioned tree.
///
/// # Errors
/// [`Error::Invalid`] when the document is not a JSON-LD object with an `@context`, or has no
/// `name`.
///
/// ```
/// use ai_openness::import::croissant;
/// use ai_openness::syntax::{parse_json, Limits};
///
/// let text = r#"{"@context": {"@vocab": "https://schema.org/", "rai": "http://mlcommons.org/croissant/RAI/",
///   "dct": "http://purl.org/dc/terms/", "conformsTo": "dct:conformsTo"},
///   "@type": "sc:Dataset", "conformsTo": "http://mlcommons.org/croissant/1.1",
///   "name": "tiny", "license": "cc-by-4.0", "rai:dataBiases": "English only."}"#;
/// let imported = croissant::from_tree(&parse_json(text, &Limits::default()).unwrap())?;
/// let data = &imported.release.components[0];
/// assert_eq!(data.license.as_ref().unwrap().expression.as_str(), "CC-BY-4.0");
/// assert_eq!(imported.release.components[1].kind.as_str(), "data_card");
/// # Ok::<(), ai_openness::Error>(())
/// ```
pub fn from_tree(root: &Node) -> Result<Imported, Error> {
    let Some(entries) = root.as_mapping() else {
        return Err(invalid(
            root,
            "",
            "a Croissant description is a JSON-LD object (`{\"@context\": …, \"@type\": \"sc:Dataset\", …}`)",
        ));
    };
    let mut sink = Sink::default();
    let Some(context_node) = root.get("@context") else {
        return Err(invalid(
            root,
            "/@context",
            "a Croissant description needs an `@context` (the JSON-LD context its keys are read with)",
        ));
    };
    let context = Context::read(Some(context_node), &mut sink);
    let name_entry = entries
        .iter()
        .find(|e| context.expand(key_text(e)).0 == format!("{SCHEMA}name"));
    let name = name_entry.and_then(|e| ld_text(&e.value));
    let Some(name) = name else {
        return Err(invalid(
            name_entry.map_or(root, |e| &e.value),
            "/name",
            "a Croissant description needs a non-empty `name`",
        ));
    };
    let mut release = Release::new(name.clone());
    let mut data = Component::new(ComponentKind::PretrainingData).with_name(name);
    let mut rai: Vec<(String, String)> = Vec::new();
    let mut licences: Vec<Licence> = Vec::new();
    let mut creators: Vec<String> = Vec::new();
    let mut publisher: Option<String> = None;
    let mut citation = None;
    for entry in entries {
        let key = key_text(entry);
        let value = &entry.value;
        let pointer = child("", key);
        if matches!(key, "@context") {
            continue;
        }
        if key == "@type" {
            let t = ld_text(value).unwrap_or_default();
            if !(t.ends_with("Dataset")) {
                sink.warn(
                    Code::ImportInvalidValue,
                    value,
                    &pointer,
                    format!("`@type` is `{t}`; a Croissant description is a schema.org `Dataset`"),
                );
            }
            continue;
        }
        if key == "@id" {
            match ld_text(value).and_then(|t| crate::model::Iri::new(&t).ok()) {
                Some(iri) => data.id = Some(iri),
                None => sink.dropped(value, &pointer, "`@id` is not an absolute IRI"),
            }
            continue;
        }
        let (iri, assumed) = context.expand(key);
        if assumed {
            sink.info(
                Code::ImportFactAssumed,
                value,
                &pointer,
                format!(
                    "the prefix of `{key}` is not declared in the document's `@context`; read \
                     with its usual namespace ({iri})"
                ),
            );
        }
        if let Some(term) = iri.strip_prefix(RAI) {
            match ld_texts(value) {
                Some(text) => {
                    let label = RAI_PROPERTIES
                        .iter()
                        .find(|(t, _)| *t == term)
                        .map(|(_, l)| (*l).to_owned());
                    if label.is_none() {
                        sink.warn(
                            Code::ImportFieldDropped,
                            value,
                            &pointer,
                            format!(
                                "`rai:{term}` is not one of the 20 RAI properties; kept in the \
                                 data card under its own name"
                            ),
                        );
                    }
                    rai.push((label.unwrap_or_else(|| term.to_owned()), text));
                }
                None => sink.wrong_type(value, &pointer, "text"),
            }
            continue;
        }
        if let Some(term) = iri.strip_prefix(SCHEMA) {
            match term {
                "name" => {}
                "description" => {
                    let d = ld_texts(value);
                    data.description.clone_from(&d);
                    release.description = d;
                }
                "version" => release.version = ld_text(value),
                "datePublished" => {
                    if let Some(text) = ld_text(value) {
                        let day = text.get(..10).unwrap_or(&text);
                        match Date::new(day) {
                            Ok(date) => release.release_date = Some(date),
                            Err(e) => sink.warn(
                                Code::ImportInvalidValue,
                                value,
                                &pointer,
                                format!("{e}; left out"),
                            ),
                        }
                    }
                }
                "url" => {
                    if let Some(url) = sink.url(value, &pointer) {
                        release.homepage = Some(url.clone());
                        data.location = Some(url);
                    }
                }
                "license" => {
                    for (i, node) in one_or_many(value) {
                        let p = one_or_many_pointer(&pointer, i);
                        let text = node
                            .get("@id")
                            .or_else(|| node.get("url"))
                            .or_else(|| node.get("name"))
                            .map_or_else(|| ld_text(node), ld_text);
                        match text {
                            Some(t) => licences.push(sink.licence(&t, node, &p)),
                            None => sink.wrong_type(node, &p, "a licence id, URL or CreativeWork"),
                        }
                    }
                }
                "creator" | "publisher" => {
                    for (i, node) in one_or_many(value) {
                        let p = one_or_many_pointer(&pointer, i);
                        let who = node.get("name").map_or_else(|| ld_text(node), ld_text);
                        match (who, term) {
                            (Some(w), "publisher") => publisher = publisher.or(Some(w)),
                            (Some(w), _) => creators.push(w),
                            (None, _) => {
                                sink.wrong_type(node, &p, "a Person or Organization with a `name`");
                            }
                        }
                    }
                }
                "distribution" => {
                    for (i, node) in one_or_many(value) {
                        let p = one_or_many_pointer(&pointer, i);
                        let Some(url) = node.get("contentUrl") else {
                            continue;
                        };
                        if let Some(url) = sink.url(url, &child(&p, "contentUrl")) {
                            let mut evidence = Evidence::new(url).with_kind(EvidenceKind::Artifact);
                            if let Some(n) = node.get("name").and_then(ld_text) {
                                evidence = evidence.with_title(n);
                            }
                            data.evidence.push(evidence);
                        }
                    }
                }
                "sameAs" => {
                    for (i, node) in one_or_many(value) {
                        let p = one_or_many_pointer(&pointer, i);
                        if let Some(url) = sink.url(node, &p) {
                            release
                                .evidence
                                .push(Evidence::new(url).with_kind(EvidenceKind::Other));
                        }
                    }
                }
                _ => sink.dropped(
                    value,
                    &pointer,
                    "a schema.org property the model has no place for",
                ),
            }
            continue;
        }
        if let Some(term) = iri.strip_prefix(CR) {
            match term {
                "citeAs" => citation = ld_text(value),
                "recordSet" => sink.dropped(
                    value,
                    &pointer,
                    "the record sets describe the data's fields; the model keeps no schema of \
                     the data",
                ),
                _ => sink.dropped(
                    value,
                    &pointer,
                    "a Croissant property the model has no place for",
                ),
            }
            continue;
        }
        if iri == format!("{DCT}conformsTo") {
            let versions: Vec<String> = one_or_many(value)
                .into_iter()
                .filter_map(|(_, n)| ld_text(n))
                .collect();
            let croissant = versions.iter().any(|v| {
                matches!(
                    v.trim_end_matches('/'),
                    "http://mlcommons.org/croissant/1.0" | "http://mlcommons.org/croissant/1.1"
                )
            });
            if !croissant {
                sink.warn(
                    Code::ImportInvalidValue,
                    value,
                    &pointer,
                    format!(
                        "`conformsTo` names no Croissant version this importer reads (1.0, 1.1): \
                         {}",
                        versions.join(", ")
                    ),
                );
            }
            continue;
        }
        if iri == format!("{PROV}wasDerivedFrom") {
            for (i, node) in one_or_many(value) {
                let p = one_or_many_pointer(&pointer, i);
                let mut base = ReleaseRef::default();
                let at = node
                    .get("prov:atLocation")
                    .or_else(|| node.get("prov:locatedAt"))
                    .or_else(|| node.get("url"))
                    .or_else(|| node.get("@id"));
                base.url = at.and_then(ld_text).and_then(|t| Url::new(&t).ok());
                base.name = node
                    .get("name")
                    .or_else(|| node.get("prov:label"))
                    .or_else(|| node.get("@id"))
                    .and_then(ld_text)
                    .or_else(|| ld_text(node));
                if base.is_named() {
                    data.lineage
                        .push(Lineage::new(LineageRelation::DerivedFrom, base));
                } else {
                    sink.wrong_type(node, &p, "a PROV entity with a name or location");
                }
            }
            continue;
        }
        sink.dropped(
            value,
            &pointer,
            &format!("`{iri}` is not a property this importer maps"),
        );
    }
    if let Some(c) = &citation {
        let d = data.description.take().unwrap_or_default();
        data.description = Some(if d.is_empty() {
            format!("Cite as: {c}")
        } else {
            format!("{d}\n\nCite as: {c}")
        });
    }
    data.license = match licences.len() {
        0 => {
            sink.info(
                Code::ImportLicenceUnstated,
                root,
                "/license",
                "the description states no licence: the data's licence is recorded as unknown",
            );
            None
        }
        1 => licences.pop(),
        _ => {
            let joined = licences
                .iter()
                .map(|l| l.expression.as_str().to_owned())
                .collect::<Vec<_>>()
                .join(" AND ");
            sink.info(
                Code::ImportFactAssumed,
                root,
                "/license",
                format!("several licences are listed; read as all of them applying: `{joined}`"),
            );
            Some(Licence::new(
                LicenceExpression::parse(&joined)
                    .unwrap_or_else(|_| LicenceExpression::noassertion()),
            ))
        }
    };
    release.producer = publisher
        .or_else(|| creators.first().cloned())
        .map(Producer::new);
    if creators.len() > 1 {
        sink.info(
            Code::ImportFieldDropped,
            root,
            "/creator",
            format!(
                "{} creators are listed; the model names one producer (`{}`)",
                creators.len(),
                release.producer.as_ref().map_or("", |p| p.name.as_str())
            ),
        );
    }
    sink.info(
        Code::ImportKindAssumed,
        root,
        "",
        "the data set is read as `pretraining_data`: a Croissant description does not say what \
         a model used it for",
    );
    release.components.push(data);
    if rai.is_empty() {
        sink.info(
            Code::ImportNoData,
            root,
            "",
            "no RAI properties (`rai:*`): the description gives no data-card documentation",
        );
    } else {
        let text = rai
            .iter()
            .map(|(label, text)| format!("{label}: {text}"))
            .collect::<Vec<_>>()
            .join("\n\n");
        release.components.push(
            Component::new(ComponentKind::DataCard)
                .with_name("Croissant RAI")
                .with_description(text),
        );
    }
    Ok(sink.finish(release))
}

/// A JSON-LD value as text: a scalar, a value object (`{"@value": …}`), a language map (the
/// `en` entry, else the first), or a list (its first text).
fn ld_text(node: &Node) -> Option<String> {
    if let Some(s) = node.as_scalar() {
        return match super::scalar(node) {
            Some(Value::Null) => None,
            _ => Some(s.text.trim().to_owned()).filter(|t| !t.is_empty()),
        };
    }
    if let Some(items) = node.as_sequence() {
        return items.iter().find_map(ld_text);
    }
    if let Some(v) = node.get("@value") {
        return ld_text(v);
    }
    let entries = node.as_mapping()?;
    if entries.iter().any(|e| key_text(e).starts_with('@')) {
        return None;
    }
    node.get("en")
        .and_then(ld_text)
        .or_else(|| entries.iter().find_map(|e| ld_text(&e.value)))
}

/// Like [`ld_text`], but a list gives all its texts, joined with `; `.
fn ld_texts(node: &Node) -> Option<String> {
    match node.as_sequence() {
        Some(items) => {
            let parts: Vec<String> = items.iter().filter_map(ld_text).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        None => ld_text(node),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_expand_with_the_documents_own_context() {
        let root = crate::syntax::parse_json(
            r#"{"@vocab": "http://schema.org/", "x": "http://example.org/x#", "citeAs": "cr:citeAs", "cr": "http://mlcommons.org/croissant/"}"#,
            &crate::syntax::Limits::default(),
        )
        .unwrap();
        let mut sink = Sink::default();
        let context = Context::read(Some(&root), &mut sink);
        assert_eq!(context.expand("name").0, "https://schema.org/name");
        assert_eq!(context.expand("x:y").0, "http://example.org/x#y");
        assert_eq!(context.expand("citeAs").0, format!("{CR}citeAs"));
        assert_eq!(
            context.expand("rai:dataBiases"),
            (format!("{RAI}dataBiases"), true)
        );
    }
}
