//! The ontology (`vocab/ai-openness.ttl`): the `owl:Ontology` header, a class for every object
//! type of the model, a property for every field that is not a reused standard term, the concept
//! schemes, the framework terms and the datatypes of the alignments' typed notations.

use std::collections::BTreeMap;

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{Graph, Term};

use super::VocabError;
use super::frame::{Frame, Frames, Slot};
use super::graph::{Builder, OWL, OWL_CLASS, describe, en, iri, string};
use super::schema::Ty;
use super::terms::{self, dcterms, prov};
use super::{classification, concepts, frameworks};

const VANN: &str = "http://purl.org/vocab/vann/";
const SCHEMA_DOMAIN_INCLUDES: &str = "https://schema.org/domainIncludes";
const SCHEMA_RANGE_INCLUDES: &str = "https://schema.org/rangeIncludes";

/// Datatypes of the typed `skos:notation`s in `alignments.ttl`: identifiers of other formats that
/// have no IRIs of their own.
pub(crate) const NOTATION_DATATYPES: &[(&str, &str, &str)] = &[
    (
        "CycloneDxComponentType",
        "CycloneDX component type",
        "A value of `component.type` in a CycloneDX 1.6 BOM (`machine-learning-model`, `data`), used as a typed skos:notation of the concepts it corresponds to.",
    ),
    (
        "CycloneDxDataType",
        "CycloneDX data type",
        "A value of `componentData.type` in a CycloneDX 1.6 BOM (`dataset`, `source-code`, `configuration`, …), used as a typed skos:notation.",
    ),
    (
        "CycloneDxExternalReferenceType",
        "CycloneDX external reference type",
        "A value of `externalReference.type` in a CycloneDX 1.6 BOM (`vcs`, `model-card`, `license`, …), used as a typed skos:notation of evidence kinds.",
    ),
    (
        "CycloneDxHashAlgorithm",
        "CycloneDX hash algorithm",
        "A value of `hash.alg` in a CycloneDX 1.6 BOM (`SHA-256`, `BLAKE3`, …), used as a typed skos:notation of checksum algorithms.",
    ),
];

/// The whole ontology.
pub(crate) fn build(frames: &Frames) -> Result<Graph, VocabError> {
    let mut b = Builder::new("o");
    header(&mut b)?;
    for frame in frames.frames.values() {
        class(&mut b, frame)?;
    }
    properties(&mut b, frames)?;
    concepts::add(frames, &mut b)?;
    frameworks::add(&mut b)?;
    super::labels::add(frames, &mut b)?;
    classification::add_terms(&mut b)?;
    super::provenance::add_terms(&mut b)?;
    for (name, label, comment) in NOTATION_DATATYPES {
        let node = iri(&terms::term(name))?;
        b.link(node.clone(), rdf::TYPE.as_str(), rdfs::DATATYPE.as_str())?;
        describe(&mut b, &node, label, comment)?;
    }
    Ok(b.graph)
}

fn header(b: &mut Builder) -> Result<(), VocabError> {
    let version = crate::model::SpecVersion::CURRENT.to_string();
    let ontology = iri(terms::ONTOLOGY)?;
    b.link(
        ontology.clone(),
        rdf::TYPE.as_str(),
        &format!("{OWL}Ontology"),
    )?;
    b.add(
        ontology.clone(),
        dcterms!("title"),
        en("AI openness vocabulary"),
    )?;
    b.add(
        ontology.clone(),
        dcterms!("description"),
        en("Terms to describe an AI release (a model or a complete system) and its components — data, code, architecture, weights, documents, guardrails, policies — with their licences, availability and evidence, the claims made about them, their evaluations, and the levels they reach under openness frameworks (MOF 1.0, OSAID 1.0, the European Open Source AI Index, the DPG Standard, the EU AI Act). Generated from the ai-openness data model; descriptions in its JSON form become RDF through the JSON-LD context published with it."),
    )?;
    b.add(
        ontology.clone(),
        dcterms!("creator"),
        string("The ai-openness contributors"),
    )?;
    b.link(
        ontology.clone(),
        dcterms!("source"),
        env!("CARGO_PKG_REPOSITORY"),
    )?;
    b.link(
        ontology.clone(),
        dcterms!("license"),
        &format!("https://spdx.org/licenses/{}", env!("CARGO_PKG_LICENSE")),
    )?;
    b.link(
        ontology.clone(),
        &format!("{OWL}versionIRI"),
        &format!("https://w3id.org/ai-openness/{version}/vocab"),
    )?;
    b.add(
        ontology.clone(),
        &format!("{OWL}versionInfo"),
        string(&version),
    )?;
    b.add(
        ontology.clone(),
        &format!("{VANN}preferredNamespacePrefix"),
        string(terms::PREFIX),
    )?;
    b.add(
        ontology.clone(),
        &format!("{VANN}preferredNamespaceUri"),
        string(terms::NS),
    )?;
    Ok(())
}

/// Superclasses from reused vocabularies that the mapping relies on (`prov:entity` on lineage).
const SUPERCLASSES: &[(&str, &str)] = &[
    ("Release", prov!("Entity")),
    ("Component", prov!("Entity")),
    ("ReleaseRef", prov!("Entity")),
    ("Lineage", prov!("Derivation")),
];

fn class(b: &mut Builder, frame: &Frame) -> Result<(), VocabError> {
    let node = iri(&terms::term(&frame.name))?;
    if frame.description.is_empty() {
        return Err(VocabError::new(format!(
            "the type `{}` has no doc comment",
            frame.name
        )));
    }
    b.link(node.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    b.link(node.clone(), rdf::TYPE.as_str(), rdfs::CLASS.as_str())?;
    for (_, parent) in SUPERCLASSES.iter().filter(|(c, _)| *c == frame.name) {
        b.link(node.clone(), rdfs::SUB_CLASS_OF.as_str(), parent)?;
    }
    let label = terms::label_for(&frame.name, || terms::label_from_camel(&frame.name));
    let comment = match CLASS_NOTES.iter().find(|(c, _)| *c == frame.name) {
        Some((_, note)) => format!("{}\n\n{note}", frame.description),
        None => frame.description.clone(),
    };
    describe(b, &node, &label, &comment)
}

/// What a class's doc comment cannot say about its RDF form.
const CLASS_NOTES: &[(&str, &str)] = &[
    (
        "Licence",
        "In RDF a licence node is the long form; the short form is a plain string literal, the object of dcterms:license itself.",
    ),
    (
        "Release",
        "A release's kind is its class: aiopen:ModelRelease or aiopen:SystemRelease. The keys of its `facts` are properties of the release itself.",
    ),
    (
        "Component",
        "A component's kind is its class, a subclass of aiopen:Component such as aiopen:ModelWeights.",
    ),
];

/// The range of a slot's values: a class, a datatype or `rdf:List`.
fn range(b: &mut Builder, ty: &Ty) -> Result<Option<Term>, VocabError> {
    Ok(Some(match ty {
        Ty::String { .. } => xsd::STRING.into_owned().into(),
        Ty::Date => xsd::DATE.into_owned().into(),
        Ty::Boolean => xsd::BOOLEAN.into_owned().into(),
        Ty::Integer { .. } => xsd::INTEGER.into_owned().into(),
        Ty::Number { .. } => {
            let union = b.blank();
            b.link(union.clone(), rdf::TYPE.as_str(), rdfs::DATATYPE.as_str())?;
            let members = b.list(vec![
                xsd::DOUBLE.into_owned().into(),
                xsd::INTEGER.into_owned().into(),
            ]);
            b.add(union.clone(), &format!("{OWL}unionOf"), members)?;
            union.into()
        }
        Ty::Iri => rdfs::RESOURCE.into_owned().into(),
        Ty::Enum(scheme) => iri(&terms::term(scheme))?.into(),
        Ty::Object(name) => iri(&terms::term(name))?.into(),
        Ty::Array(_) => rdf::LIST.into_owned().into(),
        Ty::StringOrObject { .. } => return Ok(None),
    }))
}

fn is_literal(ty: &Ty) -> Option<bool> {
    match ty {
        Ty::String { .. } | Ty::Date | Ty::Boolean | Ty::Integer { .. } | Ty::Number { .. } => {
            Some(true)
        }
        Ty::Iri | Ty::Enum(_) | Ty::Object(_) | Ty::Array(_) => Some(false),
        Ty::StringOrObject { .. } => None,
    }
}

fn properties(b: &mut Builder, frames: &Frames) -> Result<(), VocabError> {
    let mut uses: BTreeMap<&str, Vec<(&Frame, &Slot)>> = BTreeMap::new();
    for (frame, slot) in frames.slots() {
        if let Some(p) = slot.predicate()
            && terms::local(p).is_some()
        {
            uses.entry(p).or_default().push((frame, slot));
        }
    }
    for (predicate, uses) in uses {
        let local = terms::local(predicate).unwrap_or_default();
        let node = iri(predicate)?;
        let kinds: Vec<Option<bool>> = uses.iter().map(|(_, s)| is_literal(&s.ty)).collect();
        if kinds.windows(2).any(|w| w[0] != w[1]) {
            return Err(VocabError::new(format!(
                "`{local}` is used both for literals and for nodes"
            )));
        }
        let owl_kind = match kinds.first().copied().flatten() {
            Some(true) => "DatatypeProperty",
            Some(false) => "ObjectProperty",
            None => "",
        };
        b.link(node.clone(), rdf::TYPE.as_str(), rdf::PROPERTY.as_str())?;
        if !owl_kind.is_empty() {
            b.link(
                node.clone(),
                rdf::TYPE.as_str(),
                &format!("{OWL}{owl_kind}"),
            )?;
        }
        let comment = match uses.as_slice() {
            [(_, slot)] => slot.description.clone(),
            _ => terms::SHARED_COMMENTS
                .iter()
                .find(|(l, _)| *l == local)
                .map(|(_, c)| (*c).to_owned())
                .ok_or_else(|| {
                    VocabError::new(format!(
                        "`aiopen:{local}` is shared by several fields: give it a comment in `SHARED_COMMENTS`"
                    ))
                })?,
        };
        if comment.is_empty() {
            return Err(VocabError::new(format!(
                "the field behind `aiopen:{local}` has no doc comment"
            )));
        }
        let label = terms::label_for(local, || terms::label_from_camel(local));
        describe(b, &node, &label, &comment)?;
        let mut domains: Vec<&str> = uses.iter().map(|(f, _)| f.name.as_str()).collect();
        domains.sort_unstable();
        domains.dedup();
        let domain_predicate = if domains.len() == 1 {
            rdfs::DOMAIN.as_str()
        } else {
            SCHEMA_DOMAIN_INCLUDES
        };
        for domain in domains {
            b.link(node.clone(), domain_predicate, &terms::term(domain))?;
        }
        let mut types: Vec<&Ty> = Vec::new();
        for (_, slot) in &uses {
            if !types.contains(&&slot.ty) {
                types.push(&slot.ty);
            }
        }
        let mut ranges = Vec::new();
        for ty in types {
            if let Some(r) = range(b, ty)? {
                ranges.push(r);
            }
        }
        let range_predicate = if ranges.len() == 1 {
            rdfs::RANGE.as_str()
        } else {
            SCHEMA_RANGE_INCLUDES
        };
        for r in ranges {
            b.add(node.clone(), range_predicate, r)?;
        }
    }
    Ok(())
}
