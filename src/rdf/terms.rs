//! Namespaces, naming rules and the table that gives every field of the model its RDF term.
//!
//! The table (`TERMS`) is the only hand-written part of the mapping: which predicate each
//! `(type, JSON key)` pair becomes. Everything else (value kinds, datatypes, cardinalities,
//! descriptions) comes from the model's JSON Schema, so a field added to the model without an
//! entry here makes vocabulary generation fail instead of silently drifting.

/// The term namespace: classes, properties, concept schemes and concepts. Never used for instances.
pub const NS: &str = "https://w3id.org/ai-openness/vocab#";
/// The ontology IRI (the namespace without its `#`).
pub const ONTOLOGY: &str = "https://w3id.org/ai-openness/vocab";
/// The namespace of the SHACL shapes.
pub const SHAPES_NS: &str = "https://w3id.org/ai-openness/shapes#";
/// The preferred prefix of [`NS`] (`aio:` is taken by the Artificial Intelligence Ontology).
pub const PREFIX: &str = "aiopen";

macro_rules! ns {
    ($name:ident, $iri:literal) => {
        macro_rules! $name {
            ($local:literal) => {
                concat!($iri, $local)
            };
        }
    };
}
ns!(aiopen, "https://w3id.org/ai-openness/vocab#");
ns!(dcat, "http://www.w3.org/ns/dcat#");
ns!(dcterms, "http://purl.org/dc/terms/");
ns!(foaf, "http://xmlns.com/foaf/0.1/");
ns!(prov, "http://www.w3.org/ns/prov#");
ns!(schema, "https://schema.org/");
ns!(skos, "http://www.w3.org/2004/02/skos/core#");
pub(crate) use {aiopen, dcterms, prov, schema, skos};

/// W3C and community namespaces with the prefixes every generated file uses, sorted by prefix.
pub const PREFIXES: &[(&str, &str)] = &[
    ("ai", "https://w3id.org/dpv/ai#"),
    (PREFIX, NS),
    ("aiopensh", SHAPES_NS),
    ("airo", "https://w3id.org/airo#"),
    ("cr", "http://mlcommons.org/croissant/"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("earl", "http://www.w3.org/ns/earl#"),
    ("fair4ml", "https://w3id.org/fair4ml#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("mls", "http://www.w3.org/ns/mls#"),
    ("odrl", "http://www.w3.org/ns/odrl/2/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prof", "http://www.w3.org/ns/dx/prof/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("rai", "http://mlcommons.org/croissant/RAI/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("schema", "https://schema.org/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("spdx", "http://spdx.org/rdf/terms#"),
    ("spdx-ai", "https://spdx.org/rdf/3.0.1/terms/AI/"),
    ("spdx-core", "https://spdx.org/rdf/3.0.1/terms/Core/"),
    ("spdx-dataset", "https://spdx.org/rdf/3.0.1/terms/Dataset/"),
    (
        "spdx-lic",
        "https://spdx.org/rdf/3.0.1/terms/SimpleLicensing/",
    ),
    ("vann", "http://purl.org/vocab/vann/"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// A term of the vocabulary namespace.
pub(crate) fn term(local: &str) -> String {
    format!("{NS}{local}")
}

/// The local name of an IRI in the vocabulary namespace, if it is one.
pub(crate) fn local(iri: &str) -> Option<&str> {
    iri.strip_prefix(NS)
}

/// What a JSON key becomes in RDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// The node's IRI (`@id`).
    Id,
    /// The node's class (`@type`): the value is a concept of a class-valued scheme.
    Type,
    /// The value's keys are properties of the enclosing node (`@nest`).
    Nest,
    /// A predicate, by full IRI.
    Predicate(&'static str),
}

use Key::{Id, Nest, Predicate as P, Type};

/// The RDF term of every field: `(type name in the JSON Schema, JSON key, term)`.
///
/// Standard terms are reused where they mean the same thing (names, descriptions, versions,
/// dates, URLs, the licence, the download location, PROV's qualified derivation); everything
/// else is in the `aiopen:` namespace.
pub(crate) const TERMS: &[(&str, &str, Key)] = &[
    ("Release", "spec_version", P(aiopen!("specVersion"))),
    ("Release", "id", Id),
    ("Release", "name", P(schema!("name"))),
    ("Release", "version", P(schema!("version"))),
    ("Release", "kind", Type),
    ("Release", "description", P(schema!("description"))),
    ("Release", "producer", P(schema!("producer"))),
    ("Release", "release_date", P(schema!("datePublished"))),
    ("Release", "homepage", P(foaf!("homepage"))),
    ("Release", "modality", P(aiopen!("modality"))),
    ("Release", "lineage", P(aiopen!("lineage"))),
    ("Release", "components", P(aiopen!("components"))),
    ("Release", "evaluations", P(aiopen!("evaluations"))),
    ("Release", "claims", P(aiopen!("claims"))),
    ("Release", "facts", Nest),
    ("Release", "evidence", P(aiopen!("evidence"))),
    ("Release", "completeness", P(aiopen!("completeness"))),
    ("Release", "assessments", P(aiopen!("assessments"))),
    ("Completeness", "covers", P(aiopen!("coversKind"))),
    ("Completeness", "stated_by", P(aiopen!("statedBy"))),
    ("Completeness", "evidence", P(aiopen!("evidence"))),
    ("Completeness", "note", P(skos!("note"))),
    ("Assessment", "assessor", P(aiopen!("assessor"))),
    ("Assessment", "framework", P(aiopen!("assessedUnder"))),
    ("Assessment", "date", P(dcterms!("date"))),
    ("Assessment", "source", P(dcterms!("source"))),
    ("Assessment", "grades", P(aiopen!("assessedGrades"))),
    ("AssessedGrade", "item", P(aiopen!("assessedItem"))),
    ("AssessedGrade", "grade", P(aiopen!("assessedGrade"))),
    ("AssessedGrade", "note", P(skos!("note"))),
    ("AssessedGrade", "evidence", P(aiopen!("evidence"))),
    ("Producer", "name", P(schema!("name"))),
    ("Producer", "kind", P(aiopen!("producerKind"))),
    ("Producer", "url", P(schema!("url"))),
    ("Lineage", "relation", P(aiopen!("relation"))),
    ("Lineage", "base", P(prov!("entity"))),
    ("ReleaseRef", "id", Id),
    ("ReleaseRef", "name", P(schema!("name"))),
    ("ReleaseRef", "version", P(schema!("version"))),
    ("ReleaseRef", "url", P(schema!("url"))),
    ("Component", "kind", Type),
    ("Component", "name", P(schema!("name"))),
    ("Component", "id", Id),
    ("Component", "description", P(schema!("description"))),
    ("Component", "license", P(dcterms!("license"))),
    ("Component", "availability", P(aiopen!("availability"))),
    ("Component", "access_terms", P(aiopen!("accessTerms"))),
    ("Component", "withholding", P(aiopen!("withholding"))),
    ("Component", "coverage", P(aiopen!("coverage"))),
    ("Component", "location", P(dcat!("downloadURL"))),
    ("Component", "checksum", P(aiopen!("checksum"))),
    ("Component", "evidence", P(aiopen!("evidence"))),
    ("Component", "lineage", P(aiopen!("lineage"))),
    ("Licence", "expression", P(aiopen!("licenceExpression"))),
    ("Licence", "declared", P(aiopen!("declaredLicence"))),
    ("Licence", "inferred", P(aiopen!("licenceInferred"))),
    ("Licence", "url", P(schema!("url"))),
    ("AccessTerms", "url", P(schema!("url"))),
    ("AccessTerms", "description", P(schema!("description"))),
    ("Checksum", "algorithm", P(aiopen!("algorithm"))),
    ("Checksum", "value", P(aiopen!("checksumValue"))),
    ("Evidence", "url", P(schema!("url"))),
    ("Evidence", "kind", P(aiopen!("evidenceKind"))),
    ("Evidence", "title", P(dcterms!("title"))),
    ("Evidence", "retrieved", P(aiopen!("retrieved"))),
    ("Evidence", "note", P(skos!("note"))),
    ("Evaluation", "benchmark", P(aiopen!("benchmark"))),
    (
        "Evaluation",
        "benchmark_version",
        P(aiopen!("benchmarkVersion")),
    ),
    ("Evaluation", "safety", P(aiopen!("safety"))),
    ("Evaluation", "split", P(aiopen!("split"))),
    (
        "Evaluation",
        "system_under_test",
        P(aiopen!("systemUnderTest")),
    ),
    ("Evaluation", "grade", P(aiopen!("grade"))),
    ("Evaluation", "score", P(aiopen!("score"))),
    ("Evaluation", "results", P(aiopen!("results"))),
    ("Evaluation", "evaluator", P(aiopen!("evaluator"))),
    ("Evaluation", "locale", P(schema!("inLanguage"))),
    ("Evaluation", "date", P(dcterms!("date"))),
    ("Evaluation", "evidence", P(aiopen!("evidence"))),
    ("CategoryResult", "category", P(aiopen!("category"))),
    ("CategoryResult", "grade", P(aiopen!("grade"))),
    ("CategoryResult", "score", P(aiopen!("score"))),
    ("Claim", "kind", P(aiopen!("claimKind"))),
    ("Claim", "scope", P(aiopen!("scope"))),
    ("Claim", "framework", P(aiopen!("framework"))),
    ("Claim", "level", P(aiopen!("level"))),
    ("Claim", "text", P(schema!("text"))),
    ("Claim", "evidence", P(aiopen!("evidence"))),
    ("Facts", "monetisation", P(aiopen!("monetisation"))),
    (
        "Facts",
        "training_compute_flop",
        P(aiopen!("trainingComputeFlop")),
    ),
    ("Facts", "systemic_risk", P(aiopen!("systemicRisk"))),
    ("Facts", "high_risk", P(aiopen!("highRisk"))),
    (
        "Facts",
        "prohibited_practice",
        P(aiopen!("prohibitedPractice")),
    ),
    (
        "Facts",
        "transparency_obligations",
        P(aiopen!("transparencyObligations")),
    ),
    ("Facts", "sdg_relevance", P(aiopen!("sdgRelevance"))),
    ("Facts", "ownership", P(aiopen!("ownership"))),
    (
        "Facts",
        "platform_independence",
        P(aiopen!("platformIndependence")),
    ),
    ("Facts", "data_extraction", P(aiopen!("dataExtraction"))),
    ("Facts", "personal_data", P(aiopen!("personalData"))),
    ("Facts", "privacy", P(aiopen!("privacy"))),
    ("Facts", "standards", P(aiopen!("standards"))),
    ("Facts", "open_standards", P(aiopen!("openStandards"))),
    ("Facts", "harm_prevention", P(aiopen!("harmPrevention"))),
    ("Monetisation", "price", P(aiopen!("price"))),
    ("Monetisation", "paid_services", P(aiopen!("paidServices"))),
    ("Monetisation", "platform", P(aiopen!("platform"))),
    (
        "Monetisation",
        "personal_data",
        P(aiopen!("personalDataUse")),
    ),
    (
        "Monetisation",
        "microenterprise_transactions",
        P(aiopen!("microenterpriseTransactions")),
    ),
    ("Monetisation", "evidence", P(aiopen!("evidence"))),
    ("SdgRelevance", "goal", P(aiopen!("sdgGoal"))),
    ("SdgRelevance", "description", P(schema!("description"))),
    ("SdgRelevance", "evidence", P(aiopen!("evidence"))),
    ("Attestation", "holds", P(aiopen!("holds"))),
    ("Attestation", "attested_by", P(aiopen!("attestedBy"))),
    ("Attestation", "description", P(schema!("description"))),
    ("Attestation", "evidence", P(aiopen!("evidence"))),
    ("Withholding", "reason", P(aiopen!("withholdingReason"))),
    ("Withholding", "description", P(schema!("description"))),
    ("Withholding", "evidence", P(aiopen!("evidence"))),
];

/// How the concepts of a closed vocabulary are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemeStyle {
    /// `aiopen:{Scheme}-{notation}`, e.g. `aiopen:Availability-third_party_public`: the notation is
    /// kept verbatim, so the JSON string and the IRI map one to one.
    Prefixed,
    /// Each concept is also a class (subclass of `parent`), named in UpperCamelCase plus
    /// `suffix`: `model_weights` is `aiopen:ModelWeights`, release kind `system` is
    /// `aiopen:SystemRelease`. Used where the JSON key `kind` becomes the node's `rdf:type`.
    Classes {
        /// Appended to the UpperCamelCase notation.
        suffix: &'static str,
        /// The local name of the class the concepts specialise.
        parent: &'static str,
    },
}

/// Closed vocabularies whose concepts are classes; every other vocabulary is [`SchemeStyle::Prefixed`].
const CLASS_SCHEMES: &[(&str, SchemeStyle)] = &[
    (
        "ComponentKind",
        SchemeStyle::Classes {
            suffix: "",
            parent: "Component",
        },
    ),
    (
        "ReleaseKind",
        SchemeStyle::Classes {
            suffix: "Release",
            parent: "Release",
        },
    ),
];

/// How the concepts of the closed vocabulary `scheme` (its type name) are named.
pub(crate) fn scheme_style(scheme: &str) -> SchemeStyle {
    CLASS_SCHEMES
        .iter()
        .find(|(name, _)| *name == scheme)
        .map_or(SchemeStyle::Prefixed, |(_, style)| *style)
}

/// The IRI of the concept written `notation` in the closed vocabulary `scheme`.
pub(crate) fn concept_iri(scheme: &str, notation: &str) -> String {
    match scheme_style(scheme) {
        SchemeStyle::Prefixed => format!("{NS}{scheme}-{notation}"),
        SchemeStyle::Classes { suffix, .. } => format!("{NS}{}{suffix}", upper_camel(notation)),
    }
}

/// The prefix that a scheme's notations are appended to, for [`SchemeStyle::Prefixed`] schemes.
pub(crate) fn concept_prefix(scheme: &str) -> Option<String> {
    (scheme_style(scheme) == SchemeStyle::Prefixed).then(|| format!("{NS}{scheme}-"))
}

/// `third_party_public` → `ThirdPartyPublic`; also splits on `-`, `.` and spaces.
pub(crate) fn upper_camel(text: &str) -> String {
    text.split(['_', '-', '.', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect()
}

/// A label from a camelCase or UpperCamelCase local name: `releaseDate` → `release date`,
/// `AccessTerms` → `access terms`. Runs of capitals stay together (`SDGGoal` → `sdg goal`).
pub(crate) fn label_from_camel(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev_lower = i > 0 && chars[i - 1].is_lowercase();
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        let prev_upper = i > 0 && chars[i - 1].is_uppercase();
        if i > 0 && c.is_uppercase() && (prev_lower || (prev_upper && next_lower)) {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A label from a notation: `third_party_public` → `third party public`.
pub(crate) fn label_from_notation(notation: &str) -> String {
    notation.replace(['_', '-'], " ")
}

/// Labels that the rules above would get wrong, by local name.
pub(crate) const LABELS: &[(&str, &str)] = &[
    ("ReleaseRef", "release reference"),
    ("SdgRelevance", "SDG relevance"),
    ("sdgRelevance", "SDG relevance"),
    ("sdgGoal", "SDG goal"),
    ("trainingComputeFlop", "training compute (FLOP)"),
    ("CategoryResult", "category result"),
    ("SystemUnderTest-ai_system", "AI system"),
    ("ChecksumAlgorithm-sha256", "SHA-256"),
    ("ChecksumAlgorithm-sha384", "SHA-384"),
    ("ChecksumAlgorithm-sha512", "SHA-512"),
    ("ChecksumAlgorithm-sha1", "SHA-1"),
    ("ChecksumAlgorithm-md5", "MD5"),
    ("ChecksumAlgorithm-blake3", "BLAKE3"),
];

/// The label of the vocabulary term with local name `local`, given a fallback.
pub(crate) fn label_for(local: &str, fallback: impl FnOnce() -> String) -> String {
    LABELS
        .iter()
        .find(|(l, _)| *l == local)
        .map_or_else(fallback, |(_, label)| (*label).to_owned())
}

/// Comments for `aiopen:` properties that several types share (their fields' own descriptions
/// each speak of one type only).
pub(crate) const SHARED_COMMENTS: &[(&str, &str)] = &[
    (
        "evidence",
        "Links that support what is said about the subject (a release, a component, an evaluation, a claim or a fact), as an ordered list (rdf:List) of evidence nodes.",
    ),
    (
        "lineage",
        "Where the subject (a release or a component) came from: an ordered list (rdf:List) of lineage nodes, each a relation to a base release.",
    ),
    (
        "grade",
        "A grade, in the benchmark's own words (AILuminate: `poor`, `fair`, `good`, `very_good`, `excellent`), overall for an evaluation or for one category.",
    ),
    (
        "score",
        "A numeric score in the benchmark's own unit, overall for an evaluation or for one category. As JSON-LD writes JSON numbers: an xsd:integer when the value is whole (and below 10^21), otherwise an xsd:double.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_rules() {
        assert_eq!(upper_camel("third_party_public"), "ThirdPartyPublic");
        assert_eq!(label_from_camel("releaseDate"), "release date");
        assert_eq!(label_from_camel("AccessTerms"), "access terms");
        assert_eq!(label_from_camel("downloadURL"), "download url");
        assert_eq!(
            concept_iri("Availability", "third_party_public"),
            format!("{NS}Availability-third_party_public")
        );
        assert_eq!(
            concept_iri("ComponentKind", "model_weights"),
            format!("{NS}ModelWeights")
        );
        assert_eq!(
            concept_iri("ReleaseKind", "system"),
            format!("{NS}SystemRelease")
        );
    }

    #[test]
    fn every_key_has_one_term() {
        let mut seen = std::collections::BTreeSet::new();
        for (def, key, _) in TERMS {
            assert!(seen.insert((def, key)), "{def}.{key} twice");
        }
    }
}
