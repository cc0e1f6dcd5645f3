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
//! achievements (the levels whose spec names an RDF class: MOF classes, OSAID conformance, the
//! DPG Standard met, the OSAI Index `open`), never for `unclassified` or `undetermined`.

use std::collections::HashMap;

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};

use super::frame::Frames;
use super::frameworks;
use super::graph::{Builder, OWL, OWL_CLASS, describe, iri};
use super::terms::{self, aiopen, dcterms, skos};
use super::{ExportError, VocabError};
use crate::classify::custom::CustomDetails;
use crate::classify::{Classification, Details, Finding, FrameworkSpec};

const CLASSIFICATION: &str = aiopen!("Classification");
const CRITERION_RESULT: &str = aiopen!("CriterionResult");
const FINDING: &str = aiopen!("Finding");

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
        "The clause of the framework a criterion, a framework item or a finding comes from or rests on, e.g. `MOF 1.0 §Class II`.",
        "",
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
    (
        "hasComponent",
        "ObjectProperty",
        "has component",
        "A component of the release, linked directly (the ordered aiopen:components list says the same with its order), so that a plain SPARQL pattern finds it. Stated by the exporter, not by the JSON-LD context.",
        "Release",
        "Component",
    ),
    (
        "expressionLicence",
        "ObjectProperty",
        "licence in expression",
        "A licence the component's licence expression names: an SPDX licence as its SPDX IRI (http://spdx.org/licenses/{id}, as SPDX 3 RDF does), a LicenseRef- licence as an IRI under the export's base. The expression itself (dcterms:license) says how they combine (AND, OR, WITH). Stated by the exporter, not by the JSON-LD context.",
        "Component",
        "",
    ),
    (
        "note",
        "ObjectProperty",
        "note",
        "A finding of the framework's profile itself about the classified release (e.g. where the `mof-1.0` profile reproduces a quirk of the Model Openness Tool).",
        "Classification",
        "Finding",
    ),
    (
        "findingAbout",
        "ObjectProperty",
        "finding about",
        "The release a finding is about.",
        "Finding",
        "Release",
    ),
    (
        "findingCode",
        "DatatypeProperty",
        "finding code",
        "The stable kebab-case code of a finding, e.g. `open-weights-closed-everything-else` (docs/open-washing.md lists the open-washing codes).",
        "Finding",
        "",
    ),
    (
        "pattern",
        "DatatypeProperty",
        "pattern",
        "The named open-washing pattern a finding shows, as the literature names it, e.g. \"Open weights, closed everything else\".",
        "Finding",
        "",
    ),
    (
        "severity",
        "ObjectProperty",
        "severity",
        "How serious a finding is: error, warning or info.",
        "Finding",
        "Severity",
    ),
    (
        "pointer",
        "DatatypeProperty",
        "JSON pointer",
        "The JSON Pointer (RFC 6901) of the value of the description a finding is about; empty for the whole release.",
        "Finding",
        "",
    ),
    (
        "concerns",
        "ObjectProperty",
        "concerns",
        "The node of the exported description at a finding's JSON Pointer (the release, a component, …), when the pointer names a node.",
        "Finding",
        "",
    ),
    (
        "message",
        "DatatypeProperty",
        "message",
        "What a finding found, for people.",
        "Finding",
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
    let finding = iri(FINDING)?;
    b.link(finding.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
    describe(
        b,
        &finding,
        "finding",
        "Something the classifier found about a release beyond the verdicts: an open-washing pattern (claims that exceed the evidence, docs/open-washing.md) or a note of a framework's profile; with its code, pattern, severity, JSON Pointer, message and the clause or source it rests on.",
    )?;
    for (local, kind, label, comment, domain, range) in TERMS {
        let node = iri(&terms::term(local))?;
        b.link(node.clone(), rdf::TYPE.as_str(), rdf::PROPERTY.as_str())?;
        b.link(node.clone(), rdf::TYPE.as_str(), &format!("{OWL}{kind}"))?;
        describe(b, &node, label, comment)?;
        if !domain.is_empty() {
            b.link(node.clone(), rdfs::DOMAIN.as_str(), &terms::term(domain))?;
        }
        let range = match *range {
            "" if *kind == "DatatypeProperty" => xsd::STRING.as_str().to_owned(),
            "" if *local == "criteria" => rdf::LIST.as_str().to_owned(),
            "" => continue,
            r => terms::term(r),
        };
        b.link(node, rdfs::RANGE.as_str(), &range)?;
    }
    Ok(())
}

/// The release whose verdicts are added, as the exporter made it.
pub(crate) struct Target<'a> {
    /// The release's node.
    pub(crate) root: &'a NamedOrBlankNode,
    /// The JSON Pointers of the export (`/components/3`) with their nodes.
    pub(crate) nodes: &'a HashMap<String, NamedOrBlankNode>,
    /// The release's minted IRI, if any.
    pub(crate) minted: Option<&'a str>,
    /// The prefix of the document's blank-node labels.
    pub(crate) label: &'a str,
    /// The export's base IRI, under which custom profiles get their IRIs.
    pub(crate) base: Option<&'a str>,
}

/// The framework a classification was made under: a built-in one, whose terms are in the
/// vocabulary, or a custom profile, whose terms the export states itself.
enum Scheme<'a> {
    BuiltIn(&'static FrameworkSpec),
    Custom {
        node: NamedOrBlankNode,
        details: Option<&'a CustomDetails>,
    },
}

impl Scheme<'_> {
    fn node(&self, at: &str) -> Result<NamedOrBlankNode, ExportError> {
        match self {
            Self::BuiltIn(spec) => Ok(named(&frameworks::framework_iri(spec.id), at)?.into()),
            Self::Custom { node, .. } => Ok(node.clone()),
        }
    }
}

/// The node of a custom profile: `{base}profiles/{id}` under a base, else a blank node shared by
/// every release of the export (`_:profile-{id}`).
fn profile_node(base: Option<&str>, id: &str, at: &str) -> Result<NamedOrBlankNode, ExportError> {
    Ok(match base {
        Some(base) => named(&format!("{base}profiles/{id}"), at)?.into(),
        None => BlankNode::new_unchecked(format!("profile-{}", label_safe(id))).into(),
    })
}

/// A node under a custom profile's node: `{profile}/{segment}/{id}`, or a blank node.
fn under(
    profile: &NamedOrBlankNode,
    segment: &str,
    id: &str,
    at: &str,
) -> Result<NamedOrBlankNode, ExportError> {
    Ok(match profile {
        NamedOrBlankNode::NamedNode(n) => {
            named(&format!("{}/{segment}/{id}", n.as_str()), at)?.into()
        }
        NamedOrBlankNode::BlankNode(b) => {
            BlankNode::new_unchecked(format!("{}-{segment}-{}", b.as_str(), label_safe(id))).into()
        }
    })
}

fn label_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The nodes that [`add`] made: each classification and the framework it is under.
pub(crate) struct Added {
    pub(crate) verdicts: Vec<NamedOrBlankNode>,
    pub(crate) frameworks: Vec<NamedOrBlankNode>,
}

/// Adds `classifications` and `findings` of the release `target` to `graph`.
pub(crate) fn add(
    graph: &mut Vec<Triple>,
    target: &Target<'_>,
    classifications: &[Classification],
    findings: &[Finding],
) -> Result<Added, ExportError> {
    let mut added = Added {
        verdicts: Vec::new(),
        frameworks: Vec::new(),
    };
    for c in classifications {
        let (verdict, framework) = classification(graph, target, c)?;
        added.verdicts.push(verdict);
        added.frameworks.push(framework);
    }
    for (i, finding) in findings.iter().enumerate() {
        let at = format!("/findings/{i}");
        let node = node_for(target.minted, target.label, &at)?;
        add_finding(graph, target, &node, finding, &at)?;
    }
    Ok(added)
}

fn value_error(pointer: &str, message: String) -> ExportError {
    ExportError::Value {
        pointer: pointer.to_owned(),
        message,
    }
}

fn classification(
    graph: &mut Vec<Triple>,
    target: &Target<'_>,
    c: &Classification,
) -> Result<(NamedOrBlankNode, NamedOrBlankNode), ExportError> {
    let root = target.root;
    let at = format!("/classifications/{}", c.framework);
    let builtin = frameworks::frameworks().find(|f| c.framework == f.id);
    let scheme = match (builtin, &c.details) {
        (Some(spec), _) => Scheme::BuiltIn(spec),
        (None, details) => {
            let details = match details {
                Some(Details::Custom(d)) => Some(&**d),
                _ => None,
            };
            Scheme::Custom {
                node: profile_node(target.base, c.framework.as_str(), &at)?,
                details,
            }
        }
    };
    let framework = scheme.node(&at)?;
    let (level_node, reached): (NamedOrBlankNode, bool) = match &scheme {
        Scheme::BuiltIn(spec) => {
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
            (
                named(&frameworks::level_iri(spec.id, level.token), &at)?.into(),
                level.class.is_some(),
            )
        }
        Scheme::Custom { node, details } => {
            custom_terms(graph, node, *details, c, &at)?;
            // Ranks 2 and up are the profile's own levels; 0 and 1 its not-met and
            // undetermined tokens.
            (
                under(node, "levels", c.level.token(), &at)?,
                c.level.rank() >= 2,
            )
        }
    };
    let node = node_for(target.minted, target.label, &at)?;
    if reached {
        put(
            graph,
            root,
            aiopen!("reachesLevel"),
            level_node.clone(),
            &at,
        )?;
    }
    put(
        graph,
        &node,
        rdf::TYPE.as_str(),
        named(CLASSIFICATION, &at)?,
        &at,
    )?;
    put(
        graph,
        &node,
        aiopen!("classifiedRelease"),
        root.clone(),
        &at,
    )?;
    put(
        graph,
        &node,
        aiopen!("underFramework"),
        framework.clone(),
        &at,
    )?;
    put(graph, &node, aiopen!("resultLevel"), level_node, &at)?;
    let mut items: Vec<Term> = Vec::with_capacity(c.criteria.len());
    for (i, criterion) in c.criteria.iter().enumerate() {
        let at = format!("{at}/criteria/{i}");
        let result = node_for(target.minted, target.label, &at)?;
        put(
            graph,
            &result,
            rdf::TYPE.as_str(),
            named(CRITERION_RESULT, &at)?,
            &at,
        )?;
        put(
            graph,
            &result,
            dcterms!("identifier"),
            Literal::new_simple_literal(criterion.id.as_str()),
            &at,
        )?;
        put(
            graph,
            &result,
            aiopen!("clause"),
            Literal::new_simple_literal(&criterion.clause),
            &at,
        )?;
        let item: Option<NamedOrBlankNode> = match &scheme {
            Scheme::BuiltIn(spec) => criterion
                .item
                .map(|item| named(&frameworks::item_iri(spec.id, item.id), &at))
                .transpose()?
                .map(Into::into),
            Scheme::Custom { node, .. } => {
                Some(under(node, "criteria", criterion.id.as_str(), &at)?)
            }
        };
        if let Some(item) = item {
            put(graph, &result, aiopen!("testsItem"), item, &at)?;
        }
        put(
            graph,
            &result,
            aiopen!("status"),
            named(
                &terms::concept_iri("Status", criterion.status.as_str()),
                &at,
            )?,
            &at,
        )?;
        put(
            graph,
            &result,
            aiopen!("reason"),
            Literal::new_simple_literal(&criterion.reason),
            &at,
        )?;
        if let Some(settle) = &criterion.settle {
            put(
                graph,
                &result,
                aiopen!("settle"),
                Literal::new_simple_literal(settle),
                &at,
            )?;
        }
        for component in &criterion.components {
            let target = target.nodes.get(&component.pointer).ok_or_else(|| {
                value_error(
                    &at,
                    format!(
                        "the criterion names `{}`, which the release does not have",
                        component.pointer
                    ),
                )
            })?;
            put(graph, &result, aiopen!("decidedBy"), target.clone(), &at)?;
        }
        items.push(result.into());
    }
    let head = list(graph, target.label, &format!("{at}/criteria"), &items);
    put(graph, &node, aiopen!("criteria"), head, &at)?;
    for (i, note) in c.notes.iter().enumerate() {
        let at = format!("{at}/notes/{i}");
        let finding = node_for(target.minted, target.label, &at)?;
        add_finding(graph, target, &finding, note, &at)?;
        put(graph, &node, aiopen!("note"), finding, &at)?;
    }
    Ok((node, framework))
}

/// The terms of a custom profile, stated in the export: the profile as an `aiopen:Framework`,
/// its levels and the criteria of this classification as its items.
fn custom_terms(
    graph: &mut Vec<Triple>,
    profile: &NamedOrBlankNode,
    details: Option<&CustomDetails>,
    c: &Classification,
    at: &str,
) -> Result<(), ExportError> {
    put(
        graph,
        profile,
        rdf::TYPE.as_str(),
        named(aiopen!("Framework"), at)?,
        at,
    )?;
    put(
        graph,
        profile,
        rdf::TYPE.as_str(),
        named(skos!("ConceptScheme"), at)?,
        at,
    )?;
    put(
        graph,
        profile,
        skos!("notation"),
        Literal::new_simple_literal(c.framework.as_str()),
        at,
    )?;
    let concept = |graph: &mut Vec<Triple>,
                   node: &NamedOrBlankNode,
                   notation: &str,
                   label: &str,
                   class: &str| {
        put(graph, node, rdf::TYPE.as_str(), named(class, at)?, at)?;
        put(
            graph,
            node,
            rdf::TYPE.as_str(),
            named(skos!("Concept"), at)?,
            at,
        )?;
        put(graph, node, skos!("inScheme"), profile.clone(), at)?;
        put(
            graph,
            node,
            skos!("notation"),
            Literal::new_simple_literal(notation),
            at,
        )?;
        put(
            graph,
            node,
            skos!("prefLabel"),
            Literal::new_simple_literal(label),
            at,
        )
    };
    if let Some(details) = details {
        put(
            graph,
            profile,
            skos!("prefLabel"),
            Literal::new_simple_literal(&details.profile.name),
            at,
        )?;
        let source: Term = match NamedNode::new(&details.profile.source) {
            Ok(iri) if details.profile.source.starts_with("http") => iri.into(),
            _ => Literal::new_simple_literal(&details.profile.source).into(),
        };
        put(graph, profile, dcterms!("source"), source, at)?;
        for level in &details.levels {
            let node = under(profile, "levels", &level.id, at)?;
            concept(
                graph,
                &node,
                &level.id,
                level.name.as_deref().unwrap_or(&level.id),
                aiopen!("OpennessLevel"),
            )?;
        }
    }
    let level = under(profile, "levels", c.level.token(), at)?;
    concept(
        graph,
        &level,
        c.level.token(),
        c.level.label(),
        aiopen!("OpennessLevel"),
    )?;
    for criterion in &c.criteria {
        let node = under(profile, "criteria", criterion.id.as_str(), at)?;
        concept(
            graph,
            &node,
            criterion.id.as_str(),
            criterion.id.as_str(),
            aiopen!("FrameworkItem"),
        )?;
        put(
            graph,
            &node,
            aiopen!("clause"),
            Literal::new_simple_literal(&criterion.clause),
            at,
        )?;
    }
    Ok(())
}

/// One finding: an open-washing pattern of the release, or a profile's note.
fn add_finding(
    graph: &mut Vec<Triple>,
    target: &Target<'_>,
    node: &NamedOrBlankNode,
    finding: &Finding,
    at: &str,
) -> Result<(), ExportError> {
    put(graph, node, rdf::TYPE.as_str(), named(FINDING, at)?, at)?;
    put(
        graph,
        node,
        aiopen!("findingAbout"),
        target.root.clone(),
        at,
    )?;
    put(
        graph,
        node,
        aiopen!("findingCode"),
        Literal::new_simple_literal(finding.code.as_str()),
        at,
    )?;
    if let Some(pattern) = &finding.pattern {
        put(
            graph,
            node,
            aiopen!("pattern"),
            Literal::new_simple_literal(pattern),
            at,
        )?;
    }
    put(
        graph,
        node,
        aiopen!("severity"),
        named(
            &terms::concept_iri("Severity", finding.severity.as_str()),
            at,
        )?,
        at,
    )?;
    put(
        graph,
        node,
        aiopen!("pointer"),
        Literal::new_simple_literal(&finding.pointer),
        at,
    )?;
    if let Some(concerned) = target.nodes.get(&finding.pointer) {
        put(graph, node, aiopen!("concerns"), concerned.clone(), at)?;
    }
    put(
        graph,
        node,
        aiopen!("message"),
        Literal::new_simple_literal(&finding.message),
        at,
    )?;
    if let Some(clause) = &finding.clause {
        put(
            graph,
            node,
            aiopen!("clause"),
            Literal::new_simple_literal(clause),
            at,
        )?;
    }
    Ok(())
}

/// An RDF collection of `items` with cells labelled after `pointer`: its head.
fn list(graph: &mut Vec<Triple>, label: &str, pointer: &str, items: &[Term]) -> Term {
    let prefix = format!("{label}{}-l", dashed(pointer));
    let mut next: Term = rdf::NIL.into_owned().into();
    for (i, item) in items.iter().enumerate().rev() {
        let cell = BlankNode::new_unchecked(format!("{prefix}{i}"));
        graph.push(Triple::new(cell.clone(), rdf::FIRST, item.clone()));
        graph.push(Triple::new(cell.clone(), rdf::REST, next));
        next = cell.into();
    }
    next
}

/// Adds one triple; `at` locates errors.
fn put(
    graph: &mut Vec<Triple>,
    subject: &NamedOrBlankNode,
    predicate: &str,
    object: impl Into<Term>,
    at: &str,
) -> Result<(), ExportError> {
    let predicate = named(predicate, at)?;
    graph.push(Triple::new(subject.clone(), predicate, object));
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

/// How a property shape constrains its values.
#[derive(Clone, Copy)]
pub(crate) enum Values {
    /// An IRI or a blank node.
    Node,
    /// A node of the vocabulary's class.
    Class(&'static str),
    /// A string literal, optionally matching a pattern.
    Text(Option<&'static str>),
    /// A concept of the named closed vocabulary.
    Concept(&'static str),
    /// A well-formed collection.
    List,
    /// A literal of this datatype.
    Datatype(&'static str),
    /// An IRI.
    Iri,
}

/// A property shape: path, values, minimum and maximum count (`0` for none).
pub(crate) type PropertyShape = (&'static str, Values, u32, u32);

/// The code of a finding: kebab case.
const CODE_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// A JSON Pointer (RFC 6901): empty, or `/`-separated tokens with `~` escaped as `~0`/`~1`.
const POINTER_PATTERN: &str = "^(/([^~]|~[01])*)*$";

/// The shapes of verdicts: `(class, label, comment, property shapes)`.
const SHAPES: &[(&str, &str, &str, &[PropertyShape])] = &[
    (
        "Classification",
        "classification shape",
        "A classification names one release, one framework, one result level and the list of its criterion results.",
        &[
            (aiopen!("classifiedRelease"), Values::Node, 1, 1),
            (aiopen!("underFramework"), Values::Node, 1, 1),
            (aiopen!("resultLevel"), Values::Node, 1, 1),
            (aiopen!("criteria"), Values::List, 1, 1),
            (aiopen!("note"), Values::Class("Finding"), 0, 0),
        ],
    ),
    (
        "CriterionResult",
        "criterion result shape",
        "A criterion result has one identifier, one clause, the framework item it tests, one status (met, not met, unknown), one reason, at most one way to settle it, and the components that decided it.",
        &[
            (dcterms!("identifier"), Values::Text(None), 1, 1),
            (aiopen!("clause"), Values::Text(None), 1, 1),
            (aiopen!("testsItem"), Values::Node, 1, 1),
            (aiopen!("status"), Values::Concept("Status"), 1, 1),
            (aiopen!("reason"), Values::Text(None), 1, 1),
            (aiopen!("settle"), Values::Text(None), 0, 1),
            (aiopen!("decidedBy"), Values::Node, 0, 0),
        ],
    ),
    (
        "Finding",
        "finding shape",
        "A finding is about one release and has one kebab-case code, at most one pattern, one severity, one JSON Pointer, one message, at most one clause or source, and at most one node it concerns.",
        &[
            (aiopen!("findingAbout"), Values::Node, 1, 1),
            (
                aiopen!("findingCode"),
                Values::Text(Some(CODE_PATTERN)),
                1,
                1,
            ),
            (aiopen!("pattern"), Values::Text(None), 0, 1),
            (aiopen!("severity"), Values::Concept("Severity"), 1, 1),
            (
                aiopen!("pointer"),
                Values::Text(Some(POINTER_PATTERN)),
                1,
                1,
            ),
            (aiopen!("concerns"), Values::Node, 0, 1),
            (aiopen!("message"), Values::Text(None), 1, 1),
            (aiopen!("clause"), Values::Text(None), 0, 1),
        ],
    ),
];

/// Adds the shapes of classifications, criterion results and findings to a shapes graph.
pub(crate) fn add_shapes(b: &mut Builder, frames: &Frames) -> Result<(), VocabError> {
    add_shape_table(b, frames, SHAPES)
}

/// Adds node shapes, each targeting its class, from a table.
pub(crate) fn add_shape_table(
    b: &mut Builder,
    frames: &Frames,
    shapes: &[(&str, &str, &str, &[PropertyShape])],
) -> Result<(), VocabError> {
    let sh = |local: &str| format!("http://www.w3.org/ns/shacl#{local}");
    for (class, label, comment, properties) in shapes {
        let name = class.rsplit(['#', '/']).next().unwrap_or(class);
        let shape = iri(&format!("{}{name}", terms::SHAPES_NS))?;
        b.link(shape.clone(), rdf::TYPE.as_str(), &sh("NodeShape"))?;
        b.add(shape.clone(), rdfs::LABEL.as_str(), super::graph::en(label))?;
        b.add(
            shape.clone(),
            rdfs::COMMENT.as_str(),
            super::graph::en(comment),
        )?;
        let target = if class.contains(':') {
            (*class).to_owned()
        } else {
            terms::term(class)
        };
        b.link(shape.clone(), &sh("targetClass"), &target)?;
        for (path, values, min, max) in *properties {
            let property = b.blank();
            b.add(shape.clone(), &sh("property"), property.clone())?;
            b.link(property.clone(), &sh("path"), path)?;
            if *min > 0 {
                b.add(property.clone(), &sh("minCount"), Literal::from(*min))?;
            }
            if *max > 0 {
                b.add(property.clone(), &sh("maxCount"), Literal::from(*max))?;
            }
            match values {
                Values::Node => b.link(property, &sh("nodeKind"), &sh("BlankNodeOrIRI"))?,
                Values::Class(c) => b.link(property, &sh("class"), &terms::term(c))?,
                Values::Text(pattern) => {
                    b.link(property.clone(), &sh("datatype"), xsd::STRING.as_str())?;
                    if let Some(p) = pattern {
                        b.add(property, &sh("pattern"), super::graph::string(p))?;
                    }
                }
                Values::Concept(scheme) => {
                    let concepts: Vec<Term> = frames
                        .schema
                        .vocabulary(scheme)?
                        .values
                        .iter()
                        .map(|v| iri(&terms::concept_iri(scheme, &v.notation)).map(Into::into))
                        .collect::<Result<_, _>>()?;
                    let list = b.list(concepts);
                    b.add(property, &sh("in"), list)?;
                }
                Values::Datatype(dt) => b.link(property, &sh("datatype"), dt)?,
                Values::Iri => b.link(property, &sh("nodeKind"), &sh("IRI"))?,
                Values::List => {
                    b.link(property, &sh("node"), &format!("{}List", terms::SHAPES_NS))?;
                }
            }
        }
    }
    Ok(())
}
