//! Classification results as linked data: a release's level under each framework, with the
//! criteria behind it, so a registry can publish verdicts next to the descriptions.
//!
//! For each [`Classification`] of an exported release:
//!
//! ```text
//! <release> aiopen:reachesLevel aiopen:Level-mof-1.0-class-2 .      # when the level is reached
//! <classification> a aiopen:Classification ;
//!     aiopen:classifiedRelease <release> ;
//!     aiopen:underFramework aiopen:Framework-mof-1.0 ;
//!     aiopen:resultLevel aiopen:Level-mof-1.0-class-2 ;
//!     aiopen:criteria ( [ a aiopen:CriterionResult ; dcterms:identifier "class-2/training-code" ;
//!                         aiopen:testsItem aiopen:Item-mof-1.0-training-code ;
//!                         aiopen:clause "…" ; aiopen:status aiopen:Status-met ;
//!                         aiopen:decidedBy <component> ; aiopen:reason "…" ] … ) .
//! ```
//!
//! `aiopen:decidedBy` points at the component nodes of the same export; `aiopen:testsItem` at the
//! framework item the criterion tests ([`CriterionResult::item`](crate::classify::CriterionResult::item)),
//! when it tests one. The classification node
//! is `{release IRI}/classifications/{framework}` (criteria `…/criteria/{n}`) when IRIs are
//! minted, a blank node otherwise. `aiopen:reachesLevel` is stated only for levels that are
//! achievements (MOF classes, OSAID conformance), never for `unclassified` or `undetermined`.

use std::collections::HashMap;

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{BlankNode, Graph, Literal, NamedNode, NamedOrBlankNode, Term, TripleRef};

use super::frameworks;
use super::graph::{Builder, OWL, OWL_CLASS, describe, iri};
use super::terms::{self, aiopen, dcterms};
use super::{ExportError, VocabError};
use crate::classify::Classification;

const CLASSIFICATION: &str = aiopen!("Classification");
const CRITERION_RESULT: &str = aiopen!("CriterionResult");

/// The classification terms: `(local name, kind, label, comment, domain, range)`.
const TERMS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "classifiedRelease",
        "ObjectProperty",
        "classified release",
        "The release a classification judges.",
        "Classification",
        "Release",
    ),
    (
        "underFramework",
        "ObjectProperty",
        "under framework",
        "The openness framework whose criteria a classification applies.",
        "Classification",
        "Framework",
    ),
    (
        "resultLevel",
        "ObjectProperty",
        "result level",
        "The level a classification gives the release: the highest level reached, or the framework's level for none or for an open question (a description that cannot settle the verdict).",
        "Classification",
        "OpennessLevel",
    ),
    (
        "criteria",
        "ObjectProperty",
        "criteria",
        "Every criterion of a classification with its outcome, as an ordered list (rdf:List) of criterion results.",
        "Classification",
        "",
    ),
    (
        "clause",
        "DatatypeProperty",
        "clause",
        "The clause of the framework a criterion comes from, e.g. `MOF 1.0 §Class II`.",
        "CriterionResult",
        "",
    ),
    (
        "testsItem",
        "ObjectProperty",
        "tests item",
        "The item of the framework (a MOF component, an OSAI Index parameter, …) that a criterion tests, when it tests one.",
        "CriterionResult",
        "FrameworkItem",
    ),
    (
        "status",
        "ObjectProperty",
        "status",
        "The outcome of a criterion: met, not met, or unknown when the description cannot settle it (a missing fact is unknown, never not met).",
        "CriterionResult",
        "Status",
    ),
    (
        "decidedBy",
        "ObjectProperty",
        "decided by",
        "A component of the classified release that decided a criterion.",
        "CriterionResult",
        "Component",
    ),
    (
        "reason",
        "DatatypeProperty",
        "reason",
        "Why a criterion has its outcome, for people.",
        "CriterionResult",
        "",
    ),
    (
        "settle",
        "DatatypeProperty",
        "would settle",
        "For a criterion whose outcome is unknown: the facts that would settle it.",
        "CriterionResult",
        "",
    ),
];

/// Adds the classification classes and properties to the vocabulary.
pub(crate) fn add_terms(b: &mut Builder) -> Result<(), VocabError> {
    let classification = iri(CLASSIFICATION)?;
    b.link(classification.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    describe(
        b,
        &classification,
        "classification",
        "The verdict of one openness framework on one release, as the crate's classifier gives it: the level reached and every criterion with its clause, outcome, deciding components and reason.",
    )?;
    let result = iri(CRITERION_RESULT)?;
    b.link(result.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    describe(
        b,
        &result,
        "criterion result",
        "The outcome of one criterion of a framework for one release, with the clause it comes from.",
    )?;
    for (local, kind, label, comment, domain, range) in TERMS {
        let node = iri(&terms::term(local))?;
        b.link(node.clone(), rdf::TYPE.as_str(), rdf::PROPERTY.as_str())?;
        b.link(node.clone(), rdf::TYPE.as_str(), &format!("{OWL}{kind}"))?;
        describe(b, &node, label, comment)?;
        b.link(node.clone(), rdfs::DOMAIN.as_str(), &terms::term(domain))?;
        let range = match *range {
            "" if *kind == "DatatypeProperty" => xsd::STRING.as_str().to_owned(),
            "" => rdf::LIST.as_str().to_owned(),
            r => terms::term(r),
        };
        b.link(node, rdfs::RANGE.as_str(), &range)?;
    }
    Ok(())
}

/// Adds `classifications` of the release at `root` to `graph`; `nodes` maps the JSON Pointers of
/// the export (`/components/3`) to their nodes, `minted` is the release's minted IRI if any, and
/// `label` the prefix of the document's blank-node labels.
pub(crate) fn add(
    graph: &mut Graph,
    root: &NamedOrBlankNode,
    nodes: &HashMap<String, NamedOrBlankNode>,
    minted: Option<&str>,
    label: &str,
    classifications: &[Classification],
) -> Result<(), ExportError> {
    let value_error = |pointer: &str, message: String| ExportError::Value {
        pointer: pointer.to_owned(),
        message,
    };
    for c in classifications {
        let at = format!("/classifications/{}", c.framework);
        let spec = frameworks::frameworks()
            .find(|f| c.framework == f.id)
            .ok_or_else(|| {
                value_error(&at, format!("the framework `{}` has no term", c.framework))
            })?;
        let level = spec
            .levels
            .iter()
            .find(|l| c.level == l.token)
            .ok_or_else(|| {
                value_error(
                    &at,
                    format!("the level `{}` of `{}` has no term", c.level, c.framework),
                )
            })?;
        let level_iri = named(&frameworks::level_iri(spec.id, level.token), &at)?;
        let node = node_for(minted, label, &at)?;
        if level.class.is_some() {
            put(
                graph,
                root,
                aiopen!("reachesLevel"),
                level_iri.clone().into(),
                &at,
            )?;
        }
        put(
            graph,
            &node,
            rdf::TYPE.as_str(),
            named(CLASSIFICATION, &at)?.into(),
            &at,
        )?;
        put(
            graph,
            &node,
            aiopen!("classifiedRelease"),
            root.clone().into(),
            &at,
        )?;
        put(
            graph,
            &node,
            aiopen!("underFramework"),
            named(&frameworks::framework_iri(spec.id), &at)?.into(),
            &at,
        )?;
        put(graph, &node, aiopen!("resultLevel"), level_iri.into(), &at)?;
        let mut items: Vec<Term> = Vec::with_capacity(c.criteria.len());
        for (i, criterion) in c.criteria.iter().enumerate() {
            let at = format!("{at}/criteria/{i}");
            let result = node_for(minted, label, &at)?;
            put(
                graph,
                &result,
                rdf::TYPE.as_str(),
                named(CRITERION_RESULT, &at)?.into(),
                &at,
            )?;
            put(
                graph,
                &result,
                dcterms!("identifier"),
                Literal::new_simple_literal(criterion.id.as_str()).into(),
                &at,
            )?;
            put(
                graph,
                &result,
                aiopen!("clause"),
                Literal::new_simple_literal(&criterion.clause).into(),
                &at,
            )?;
            if let Some(item) = criterion.item {
                put(
                    graph,
                    &result,
                    aiopen!("testsItem"),
                    named(&frameworks::item_iri(spec.id, item.id), &at)?.into(),
                    &at,
                )?;
            }
            put(
                graph,
                &result,
                aiopen!("status"),
                named(
                    &terms::concept_iri("Status", criterion.status.as_str()),
                    &at,
                )?
                .into(),
                &at,
            )?;
            put(
                graph,
                &result,
                aiopen!("reason"),
                Literal::new_simple_literal(&criterion.reason).into(),
                &at,
            )?;
            if let Some(settle) = &criterion.settle {
                put(
                    graph,
                    &result,
                    aiopen!("settle"),
                    Literal::new_simple_literal(settle).into(),
                    &at,
                )?;
            }
            for component in &criterion.components {
                let target = nodes.get(&component.pointer).ok_or_else(|| {
                    value_error(
                        &at,
                        format!(
                            "the criterion names `{}`, which the release does not have",
                            component.pointer
                        ),
                    )
                })?;
                put(
                    graph,
                    &result,
                    aiopen!("decidedBy"),
                    target.clone().into(),
                    &at,
                )?;
            }
            items.push(result.into());
        }
        let cells: Vec<BlankNode> = (0..items.len())
            .map(|i| {
                BlankNode::new_unchecked(format!(
                    "{label}{}-l{i}",
                    dashed(&format!("{at}/criteria"))
                ))
            })
            .collect();
        for (i, (cell, item)) in cells.iter().zip(&items).enumerate() {
            let rest: Term = cells
                .get(i + 1)
                .map_or_else(|| rdf::NIL.into_owned().into(), |c| c.clone().into());
            graph.insert(TripleRef::new(cell, rdf::FIRST, item));
            graph.insert(TripleRef::new(cell, rdf::REST, &rest));
        }
        let head: Term = cells
            .into_iter()
            .next()
            .map_or_else(|| rdf::NIL.into_owned().into(), Into::into);
        put(graph, &node, aiopen!("criteria"), head, &at)?;
    }
    Ok(())
}

/// Adds one triple; `at` locates errors.
fn put(
    graph: &mut Graph,
    subject: &NamedOrBlankNode,
    predicate: &str,
    object: Term,
    at: &str,
) -> Result<(), ExportError> {
    let predicate = named(predicate, at)?;
    graph.insert(TripleRef::new(subject, &predicate, &object));
    Ok(())
}

fn dashed(pointer: &str) -> String {
    pointer.replace(['/', '.'], "-")
}

fn node_for(
    minted: Option<&str>,
    label: &str,
    pointer: &str,
) -> Result<NamedOrBlankNode, ExportError> {
    Ok(match minted {
        Some(root) => named(&format!("{root}{pointer}"), pointer)?.into(),
        None => BlankNode::new_unchecked(format!("{label}{}", dashed(pointer))).into(),
    })
}

fn named(text: &str, pointer: &str) -> Result<NamedNode, ExportError> {
    NamedNode::new(text).map_err(|e| ExportError::Value {
        pointer: pointer.to_owned(),
        message: format!("`{text}` is not an absolute IRI: {e}"),
    })
}
