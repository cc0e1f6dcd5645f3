//! Terms for the openness frameworks themselves: each framework, its levels, and the items of it
//! that component kinds map to, plus the property that links a release to a level it reaches.
//!
//! The W3C DPV AI extension asks for exactly such terms (w3c-cg/dpv#315: classes like
//! `MOFClass1Model`, or a property like `hasOpennessLevel`); both shapes are offered here, the
//! classes defined by the property (`aiopen:Mof10ClassIRelease` ≡ releases that
//! `aiopen:reachesLevel aiopen:Level-mof-1.0-class-1`).
//!
//! Levels use the tokens of `classify` results (`class-1`, `conforms`, `likely`, …), which are
//! also what a claim's `framework` and `level` hold.

use std::collections::BTreeMap;

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{BlankNode, NamedNode};

use super::VocabError;
use super::graph::{Builder, iri, string};
use super::ontology::{OWL, OWL_CLASS, describe};
use super::terms::{self, aiopen, dcterms, skos};
use crate::classify::{Framework, FrameworkSpec, LevelSpec};
use crate::model::ComponentKind;

/// The frameworks the crate knows, as their specs ([`crate::classify::spec`]).
pub(crate) fn frameworks() -> impl Iterator<Item = &'static FrameworkSpec> {
    Framework::ALL.iter().map(|f| f.spec())
}

/// The IRI of framework `id`.
pub(crate) fn framework_iri(id: &str) -> String {
    terms::term(&format!("Framework-{id}"))
}

/// The IRI of level `token` of framework `id`.
pub(crate) fn level_iri(id: &str, token: &str) -> String {
    terms::term(&format!("Level-{id}-{token}"))
}

/// The IRI of the item written `item` of framework `id`.
pub(crate) fn item_iri(id: &str, item: &str) -> String {
    terms::term(&format!("Item-{id}-{}", kebab(item)))
}

/// `Model parameters (Final)` → `model-parameters-final`: lower-case letters and digits, every
/// other run of characters one `-`.
pub(crate) fn kebab(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Every framework item that component kinds map to, by framework, each with the kinds.
pub(crate) fn items() -> BTreeMap<(&'static str, &'static str), Vec<ComponentKind>> {
    let mut items: BTreeMap<(&str, &str), Vec<ComponentKind>> = BTreeMap::new();
    for kind in ComponentKind::ALL {
        for item in kind.framework_items() {
            items
                .entry((item.framework, item.item))
                .or_default()
                .push(*kind);
        }
    }
    items
}

const REACHES_LEVEL: &str = aiopen!("reachesLevel");
const DPV_ISSUE: &str = "https://github.com/w3c-cg/dpv/issues/315";

/// Adds the framework terms to `b`.
pub(crate) fn add(b: &mut Builder) -> Result<(), VocabError> {
    let framework = iri(aiopen!("Framework"))?;
    b.link(framework.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    b.link(
        framework.clone(),
        rdfs::SUB_CLASS_OF.as_str(),
        "http://www.w3.org/ns/dx/prof/Profile",
    )?;
    describe(
        b,
        &framework,
        "openness framework",
        "A framework that grades how open an AI release is (a profile of this vocabulary, and the concept scheme of its levels and items), identified by the profile id that classification results and claims use, e.g. `mof-1.0`.",
    )?;
    let level = iri(aiopen!("OpennessLevel"))?;
    b.link(level.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    b.link(level.clone(), rdfs::SUB_CLASS_OF.as_str(), skos!("Concept"))?;
    b.link(level.clone(), rdfs::SEE_ALSO.as_str(), DPV_ISSUE)?;
    describe(
        b,
        &level,
        "openness level",
        "A level of an openness framework that a release can reach, e.g. MOF 1.0 Class I or OSAID 1.0 conformance; its skos:notation is the level token of classification results and claims (`class-1`, `conforms`).",
    )?;
    let item = iri(aiopen!("FrameworkItem"))?;
    b.link(item.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    b.link(item.clone(), rdfs::SUB_CLASS_OF.as_str(), skos!("Concept"))?;
    describe(
        b,
        &item,
        "framework item",
        "A named part of an openness framework that component kinds map to (a MOF component, an OSAID element, an OSAI Index parameter, a DPG indicator, an EU AI Act provision); its skos:notation is the name exactly as the framework writes it.",
    )?;
    let reaches = iri(REACHES_LEVEL)?;
    b.link(
        reaches.clone(),
        rdf::TYPE.as_str(),
        "http://www.w3.org/2002/07/owl#ObjectProperty",
    )?;
    b.link(reaches.clone(), rdfs::DOMAIN.as_str(), aiopen!("Release"))?;
    b.link(
        reaches.clone(),
        rdfs::RANGE.as_str(),
        aiopen!("OpennessLevel"),
    )?;
    b.link(reaches.clone(), rdfs::SEE_ALSO.as_str(), DPV_ISSUE)?;
    describe(
        b,
        &reaches,
        "reaches level",
        "The release meets the requirements of this level of an openness framework, as a classification decided. Levels are cumulative where the framework says so: a release that reaches MOF 1.0 Class I also reaches Classes II and III. Offered for the W3C DPV AI extension, which asks for such terms (w3c-cg/dpv#315).",
    )?;
    for spec in frameworks() {
        add_framework(b, spec)?;
    }
    for ((framework_id, name), _) in items() {
        let spec = frameworks()
            .find(|f| f.id == framework_id)
            .ok_or_else(|| VocabError::new(format!("no framework `{framework_id}`")))?;
        let node = iri(&item_iri(framework_id, name))?;
        b.link(node.clone(), rdf::TYPE.as_str(), aiopen!("FrameworkItem"))?;
        b.link(node.clone(), rdf::TYPE.as_str(), skos!("Concept"))?;
        b.link(
            node.clone(),
            skos!("inScheme"),
            &framework_iri(framework_id),
        )?;
        b.add(node.clone(), skos!("notation"), string(name))?;
        b.add(node.clone(), skos!("prefLabel"), super::graph::en(name))?;
        describe(
            b,
            &node,
            name,
            &format!(
                "The item \"{name}\" of the {}, as the framework writes it.",
                spec.name
            ),
        )?;
    }
    Ok(())
}

fn add_framework(b: &mut Builder, spec: &FrameworkSpec) -> Result<(), VocabError> {
    let node = iri(&framework_iri(spec.id))?;
    b.link(node.clone(), rdf::TYPE.as_str(), aiopen!("Framework"))?;
    b.link(node.clone(), rdf::TYPE.as_str(), skos!("ConceptScheme"))?;
    b.link(
        node.clone(),
        rdf::TYPE.as_str(),
        "http://www.w3.org/ns/dx/prof/Profile",
    )?;
    b.add(node.clone(), skos!("notation"), string(spec.id))?;
    b.add(
        node.clone(),
        skos!("prefLabel"),
        super::graph::en(spec.name),
    )?;
    b.link(node.clone(), dcterms!("source"), spec.source)?;
    describe(b, &node, spec.name, spec.comment)?;
    for level in spec.levels {
        let concept = iri(&level_iri(spec.id, level.token))?;
        b.link(
            concept.clone(),
            rdf::TYPE.as_str(),
            aiopen!("OpennessLevel"),
        )?;
        b.link(concept.clone(), rdf::TYPE.as_str(), skos!("Concept"))?;
        b.link(concept.clone(), skos!("inScheme"), node.as_str())?;
        b.link(concept.clone(), skos!("topConceptOf"), node.as_str())?;
        b.link(node.clone(), skos!("hasTopConcept"), concept.as_str())?;
        b.add(concept.clone(), skos!("notation"), string(level.token))?;
        b.add(
            concept.clone(),
            skos!("prefLabel"),
            super::graph::en(level.label),
        )?;
        b.add(
            concept.clone(),
            skos!("definition"),
            super::graph::en(level.comment),
        )?;
        describe(b, &concept, level.label, level.comment)?;
        if let Some(class) = level.class {
            add_level_class(b, spec, level, class, &concept)?;
        }
    }
    Ok(())
}

/// The class of releases that reach `level`: `≡ reachesLevel hasValue level`.
fn add_level_class(
    b: &mut Builder,
    spec: &FrameworkSpec,
    level: &LevelSpec,
    class: &str,
    concept: &NamedNode,
) -> Result<(), VocabError> {
    let node = iri(&terms::term(class))?;
    b.link(node.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    b.link(
        node.clone(),
        rdfs::SUB_CLASS_OF.as_str(),
        aiopen!("Release"),
    )?;
    b.link(node.clone(), rdfs::SEE_ALSO.as_str(), DPV_ISSUE)?;
    if let Some(implied) = level.implies {
        let lower = spec
            .levels
            .iter()
            .find(|l| l.token == implied)
            .and_then(|l| l.class)
            .ok_or_else(|| {
                VocabError::new(format!("`{}` implies a level without a class", level.token))
            })?;
        b.link(
            node.clone(),
            rdfs::SUB_CLASS_OF.as_str(),
            &terms::term(lower),
        )?;
    }
    let restriction: BlankNode = b.blank();
    b.link(
        restriction.clone(),
        rdf::TYPE.as_str(),
        &format!("{OWL}Restriction"),
    )?;
    b.link(
        restriction.clone(),
        &format!("{OWL}onProperty"),
        REACHES_LEVEL,
    )?;
    b.link(
        restriction.clone(),
        &format!("{OWL}hasValue"),
        concept.as_str(),
    )?;
    b.add(node.clone(), &format!("{OWL}equivalentClass"), restriction)?;
    describe(
        b,
        &node,
        &format!("release reaching {}", level.label),
        &format!(
            "A release that reaches {}: one whose aiopen:reachesLevel is that level. {}",
            level.label, level.comment
        ),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Framework;

    #[test]
    fn every_built_in_framework_has_terms_under_its_own_name() {
        for f in Framework::ALL {
            let spec = frameworks().find(|s| s.id == f.id());
            assert_eq!(spec.map(|s| s.name), Some(f.name()), "{f}");
            assert!(!spec.map_or(&[][..], |s| s.levels).is_empty(), "{f}");
        }
    }

    #[test]
    fn item_slugs_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (framework, item) in items().keys() {
            assert!(seen.insert(item_iri(framework, item)), "{framework} {item}");
        }
    }
}
