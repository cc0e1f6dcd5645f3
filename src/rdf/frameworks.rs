//! Terms for the openness frameworks themselves: each framework, its levels and its items, plus
//! the property that links a release to a level it reaches.
//!
//! Everything here is read from the frameworks' specs ([`crate::classify::spec`]): the framework
//! terms from [`FrameworkSpec`], the levels from its [`LevelSpec`]s (token, label, the class of
//! releases that reach it, the level it implies) and the items from its [`ItemSpec`]s (id, name,
//! clause). No fact about a framework is written in this module.
//!
//! The W3C DPV AI extension asks for exactly such terms (w3c-cg/dpv#315: classes like
//! `MOFClass1Model`, or a property like `hasOpennessLevel`); both shapes are offered here, the
//! classes defined by the property (`aiopen:Mof10ClassIRelease` ≡ releases that
//! `aiopen:reachesLevel aiopen:Level-mof-1.0-class-1`).
//!
//! Levels use the tokens of `classify` results (`class-1`, `conforms`, `likely`, …), which are
//! also what a claim's `framework` and `level` hold.

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{BlankNode, NamedNode};

use super::VocabError;
use super::graph::{Builder, OWL, OWL_CLASS, describe, iri, string};
use super::terms::{self, aiopen, dcterms, skos};
use crate::classify::mof_1_0::MofLevel;
use crate::classify::osaid_1_0::OsaidLevel;
use crate::classify::{Framework, FrameworkSpec, ItemSpec, Level, LevelSpec};

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

/// The IRI of the item with id `item` (an [`ItemSpec::id`]) of framework `id`:
/// `aiopen:Item-{id}-{item}`, with the `/` of a part's id (`code/training`) written `-`, so that
/// every item IRI is a prefixed name in Turtle (`aiopen:Item-osaid-1.0-code-training`).
pub(crate) fn item_iri(id: &str, item: &str) -> String {
    terms::term(&format!("Item-{id}-{}", item.replace('/', "-")))
}

/// Every item of every built-in framework, with its framework, in the specs' order.
pub(crate) fn items() -> impl Iterator<Item = (&'static FrameworkSpec, &'static ItemSpec)> {
    frameworks().flat_map(|spec| {
        let items: &'static [ItemSpec] = spec.items;
        items.iter().map(move |item| (spec, item))
    })
}

const REACHES_LEVEL: &str = aiopen!("reachesLevel");
const DPV_ISSUE: &str = "https://github.com/w3c-cg/dpv/issues/315";

/// The levels `level` implies, directly or through another, in the framework's order.
fn implied(
    level: &'static LevelSpec,
    spec: &'static FrameworkSpec,
) -> impl Iterator<Item = &'static LevelSpec> {
    std::iter::successors(level.implies.and_then(|t| spec.level(t)), move |l| {
        l.implies.and_then(|t| spec.level(t))
    })
}

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
        &format!(
            "A level of an openness framework that a release can reach, e.g. {} or {}; its skos:notation is the level token of classification results and claims (`{}`, `{}`).",
            MofLevel::Class1.label(),
            OsaidLevel::Conforms.label(),
            MofLevel::Class1.token(),
            OsaidLevel::Conforms.token()
        ),
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
        &format!(
            "The release meets the requirements of this level of an openness framework, as a classification decided. Levels are cumulative where the framework says so: a release that reaches {} also reaches {}. Offered for the W3C DPV AI extension, which asks for such terms (w3c-cg/dpv#315).",
            MofLevel::Class1.label(),
            implied(MofLevel::Class1.spec(), MofLevel::SPEC)
                .map(|l| l.label)
                .collect::<Vec<_>>()
                .join(" and ")
        ),
    )?;
    for spec in frameworks() {
        add_framework(b, spec)?;
    }
    for (spec, item) in items() {
        add_item(b, spec, item)?;
    }
    Ok(())
}

/// The concept of `item`, in the scheme of its framework: its notation and label are the
/// item's name as the framework writes it, its definition the clause that defines it.
fn add_item(b: &mut Builder, spec: &FrameworkSpec, item: &ItemSpec) -> Result<(), VocabError> {
    let node = iri(&item_iri(spec.id, item.id))?;
    b.link(node.clone(), rdf::TYPE.as_str(), aiopen!("FrameworkItem"))?;
    b.link(node.clone(), rdf::TYPE.as_str(), skos!("Concept"))?;
    b.link(node.clone(), skos!("inScheme"), &framework_iri(spec.id))?;
    b.add(node.clone(), skos!("notation"), string(item.name))?;
    b.add(
        node.clone(),
        skos!("prefLabel"),
        super::graph::en(item.name),
    )?;
    describe(
        b,
        &node,
        item.name,
        &format!(
            "The item \"{}\" of the {}, as the framework writes it ({}).",
            item.name, spec.name, item.clause
        ),
    )?;
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
    b.add(
        node.clone(),
        &format!("{OWL}versionInfo"),
        string(spec.version),
    )?;
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
    fn item_iris_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (spec, item) in items() {
            assert!(
                seen.insert(item_iri(spec.id, item.id)),
                "{} {}",
                spec.id,
                item.id
            );
        }
    }
}
