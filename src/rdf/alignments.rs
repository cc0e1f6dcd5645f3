//! Alignments (`vocab/alignments.ttl`) of `aiopen:` terms with other vocabularies, kept apart from
//! the ontology so users can leave them out.
//!
//! - `rdfs:subClassOf` / `rdfs:subPropertyOf` only where our term is really narrower and the target
//!   is stable (schema.org classes for component kinds by content type, `dcterms:conformsTo`);
//! - `skos:exactMatch` / `closeMatch` / `broadMatch` / `narrowMatch` / `relatedMatch` for
//!   correspondences with SPDX 3.0.1 AI, Dataset, Core and SimpleLicensing, SPDX 2.3 (as DCAT 3
//!   uses it), Croissant and its RAI vocabulary, the W3C DPV AI extension, AIRO, FAIR4ML and
//!   ML-Schema, and with the framework items of MOF 1.0, OSAID 1.0, the OSAI Index, the DPG
//!   Standard and the EU AI Act (generated from the items of each framework's spec,
//!   `crate::classify::spec::ItemSpec::kinds`);
//! - CycloneDX, which has no IRIs for its terms: its JSON Schema definitions by JSON Pointer
//!   (`http://cyclonedx.org/schema/bom-1.6.schema.json#/definitions/modelCard`), and its enumerated
//!   strings as typed `skos:notation`s (`"machine-learning-model"^^aiopen:CycloneDxComponentType`),
//!   so a graph or BOM that uses their terms can be read in ours and back.

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{Graph, Literal};

use super::VocabError;
use super::frame::Frames;
use super::frameworks::{self, item_iri};
use super::graph::{Builder, OWL, en, iri};
use super::terms::{self, dcterms, skos};
use crate::model::{ComponentKind, ContentType};

const EXACT: &str = skos!("exactMatch");
const CLOSE: &str = skos!("closeMatch");
const BROAD: &str = skos!("broadMatch");
const NARROW: &str = skos!("narrowMatch");
const RELATED: &str = skos!("relatedMatch");
const SUBCLASS: &str = "http://www.w3.org/2000/01/rdf-schema#subClassOf";
const SUBPROPERTY: &str = "http://www.w3.org/2000/01/rdf-schema#subPropertyOf";
const NOTATION: &str = skos!("notation");

const AI: &str = "https://w3id.org/dpv/ai#";
const AIRO: &str = "https://w3id.org/airo#";
const CR: &str = "http://mlcommons.org/croissant/";
const RAI: &str = "http://mlcommons.org/croissant/RAI/";
const FAIR4ML: &str = "https://w3id.org/fair4ml#";
const MLS: &str = "http://www.w3.org/ns/mls#";
const SCHEMA: &str = "https://schema.org/";
const SPDX_AI: &str = "https://spdx.org/rdf/3.0.1/terms/AI/";
const SPDX_CORE: &str = "https://spdx.org/rdf/3.0.1/terms/Core/";
const SPDX_DATASET: &str = "https://spdx.org/rdf/3.0.1/terms/Dataset/";
const SPDX_LIC: &str = "https://spdx.org/rdf/3.0.1/terms/SimpleLicensing/";
const SPDX2: &str = "http://spdx.org/rdf/terms#";
const EARL: &str = "http://www.w3.org/ns/earl#";
const CDX: &str = "http://cyclonedx.org/schema/bom-1.6.schema.json#/definitions/";

/// The object of an alignment.
enum Obj {
    /// An IRI: namespace and local part.
    Iri(&'static str, &'static str),
    /// A typed notation: the string and the local name of the `aiopen:` datatype.
    Notation(&'static str, &'static str),
}

use Obj::{Iri as I, Notation as N};

/// Hand-made alignments: `(our local name, predicate, object)`.
const ALIGNMENTS: &[(&str, &str, Obj)] = &[
    // Releases and their kinds.
    ("Release", CLOSE, I(SPDX_AI, "AIPackage")),
    ("ModelRelease", CLOSE, I(AI, "Model")),
    ("ModelRelease", CLOSE, I(AIRO, "AIModel")),
    ("ModelRelease", CLOSE, I(FAIR4ML, "MLModel")),
    ("ModelRelease", CLOSE, I(MLS, "Model")),
    ("SystemRelease", CLOSE, I(AI, "AISystem")),
    ("SystemRelease", CLOSE, I(AIRO, "AISystem")),
    // Components.
    ("Component", CLOSE, I(AIRO, "AIComponent")),
    ("Component", CLOSE, I(SPDX_CORE, "Artifact")),
    ("PretrainingData", CLOSE, I(AI, "TrainingData")),
    ("PostTrainingData", CLOSE, I(AI, "TrainingData")),
    ("EvaluationData", CLOSE, I(AI, "TestingData")),
    ("ModelWeights", CLOSE, I(AI, "TrainedModel")),
    ("ModelWeights", CLOSE, I(FAIR4ML, "MLModel")),
    ("ModelWeights", CLOSE, I(MLS, "Model")),
    ("BaseModelWeights", CLOSE, I(AI, "TrainedModel")),
    ("ModelCard", CLOSE, I(AIRO, "Documentation")),
    ("ModelCard", CLOSE, I(CDX, "modelCard")),
    ("ResearchPaper", SUBCLASS, I(SCHEMA, "ScholarlyArticle")),
    ("TechnicalReport", SUBCLASS, I(SCHEMA, "Report")),
    ("GuardrailModel", CLOSE, I(AIRO, "RiskControl")),
    ("ContentFilter", CLOSE, I(AIRO, "RiskControl")),
    (
        "UsagePolicy",
        SUBCLASS,
        I("http://www.w3.org/ns/odrl/2/", "Policy"),
    ),
    ("DataCard", RELATED, I(RAI, "dataCollection")),
    ("DataCard", RELATED, I(RAI, "dataPreprocessingProtocol")),
    ("DataCard", RELATED, I(RAI, "dataBiases")),
    ("DataCard", RELATED, I(RAI, "dataLimitations")),
    ("DataCard", RELATED, I(RAI, "dataUseCases")),
    ("DataCard", RELATED, I(RAI, "personalSensitiveInformation")),
    (
        "DataPreprocessingCode",
        RELATED,
        I(RAI, "dataPreprocessingProtocol"),
    ),
    (
        "ModelWeights",
        NOTATION,
        N("machine-learning-model", "CycloneDxComponentType"),
    ),
    (
        "BaseModelWeights",
        NOTATION,
        N("machine-learning-model", "CycloneDxComponentType"),
    ),
    (
        "IntermediateCheckpoints",
        NOTATION,
        N("machine-learning-model", "CycloneDxComponentType"),
    ),
    (
        "GuardrailModel",
        NOTATION,
        N("machine-learning-model", "CycloneDxComponentType"),
    ),
    (
        "TrainingConfiguration",
        NOTATION,
        N("configuration", "CycloneDxDataType"),
    ),
    // Availability (SPDX's only access enumeration).
    (
        "Availability-public",
        CLOSE,
        I(SPDX_DATASET, "DatasetAvailabilityType/directDownload"),
    ),
    (
        "Availability-gated",
        NARROW,
        I(SPDX_DATASET, "DatasetAvailabilityType/clickthrough"),
    ),
    (
        "Availability-gated",
        NARROW,
        I(SPDX_DATASET, "DatasetAvailabilityType/registration"),
    ),
    (
        "Availability-api_only",
        CLOSE,
        I(SPDX_DATASET, "DatasetAvailabilityType/query"),
    ),
    ("accessTerms", CLOSE, I(SCHEMA, "conditionsOfAccess")),
    // Checksums.
    ("Checksum", CLOSE, I(SPDX_CORE, "Hash")),
    ("Checksum", CLOSE, I(SPDX2, "Checksum")),
    ("Checksum", CLOSE, I(CDX, "hash")),
    ("checksum", CLOSE, I(SPDX_CORE, "verifiedUsing")),
    ("checksum", CLOSE, I(SPDX2, "checksum")),
    ("algorithm", CLOSE, I(SPDX_CORE, "algorithm")),
    ("algorithm", CLOSE, I(SPDX2, "algorithm")),
    ("checksumValue", CLOSE, I(SPDX_CORE, "hashValue")),
    ("checksumValue", CLOSE, I(SPDX2, "checksumValue")),
    (
        "ChecksumAlgorithm-sha256",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/sha256"),
    ),
    (
        "ChecksumAlgorithm-sha384",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/sha384"),
    ),
    (
        "ChecksumAlgorithm-sha512",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/sha512"),
    ),
    (
        "ChecksumAlgorithm-sha1",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/sha1"),
    ),
    (
        "ChecksumAlgorithm-md5",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/md5"),
    ),
    (
        "ChecksumAlgorithm-blake3",
        EXACT,
        I(SPDX_CORE, "HashAlgorithm/blake3"),
    ),
    (
        "ChecksumAlgorithm-sha256",
        EXACT,
        I(SPDX2, "checksumAlgorithm_sha256"),
    ),
    (
        "ChecksumAlgorithm-sha384",
        EXACT,
        I(SPDX2, "checksumAlgorithm_sha384"),
    ),
    (
        "ChecksumAlgorithm-sha512",
        EXACT,
        I(SPDX2, "checksumAlgorithm_sha512"),
    ),
    (
        "ChecksumAlgorithm-sha1",
        EXACT,
        I(SPDX2, "checksumAlgorithm_sha1"),
    ),
    (
        "ChecksumAlgorithm-md5",
        EXACT,
        I(SPDX2, "checksumAlgorithm_md5"),
    ),
    (
        "ChecksumAlgorithm-blake3",
        EXACT,
        I(SPDX2, "checksumAlgorithm_blake3"),
    ),
    (
        "ChecksumAlgorithm-sha256",
        NOTATION,
        N("SHA-256", "CycloneDxHashAlgorithm"),
    ),
    (
        "ChecksumAlgorithm-sha384",
        NOTATION,
        N("SHA-384", "CycloneDxHashAlgorithm"),
    ),
    (
        "ChecksumAlgorithm-sha512",
        NOTATION,
        N("SHA-512", "CycloneDxHashAlgorithm"),
    ),
    (
        "ChecksumAlgorithm-sha1",
        NOTATION,
        N("SHA-1", "CycloneDxHashAlgorithm"),
    ),
    (
        "ChecksumAlgorithm-md5",
        NOTATION,
        N("MD5", "CycloneDxHashAlgorithm"),
    ),
    (
        "ChecksumAlgorithm-blake3",
        NOTATION,
        N("BLAKE3", "CycloneDxHashAlgorithm"),
    ),
    // Lineage.
    ("lineage", CLOSE, I(CDX, "component/properties/pedigree")),
    (
        "LineageRelation-derived_from",
        CLOSE,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-fine_tuned_from",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-quantized_from",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-distilled_from",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-merged_from",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-adapter_of",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    (
        "LineageRelation-continued_pretraining_of",
        BROAD,
        I(SPDX_CORE, "RelationshipType/descendantOf"),
    ),
    // Evidence.
    ("Evidence", CLOSE, I(CDX, "externalReference")),
    (
        "EvidenceKind-artifact",
        NOTATION,
        N("distribution", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-repository",
        NOTATION,
        N("vcs", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-card",
        NOTATION,
        N("model-card", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-paper",
        NOTATION,
        N("documentation", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-licence_text",
        NOTATION,
        N("license", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-announcement",
        NOTATION,
        N("release-notes", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-assessment",
        NOTATION,
        N("evidence", "CycloneDxExternalReferenceType"),
    ),
    (
        "EvidenceKind-other",
        NOTATION,
        N("other", "CycloneDxExternalReferenceType"),
    ),
    // Evaluations.
    ("Evaluation", CLOSE, I(CR, "EvaluationResult")),
    ("Evaluation", CLOSE, I(MLS, "ModelEvaluation")),
    ("Evaluation", CLOSE, I(FAIR4ML, "MLModelEvaluation")),
    (
        "Evaluation",
        CLOSE,
        I(CDX, "modelCard/properties/quantitativeAnalysis"),
    ),
    ("EvaluationSplit-public_test", CLOSE, I(CR, "TestSplit")),
    (
        "EvaluationSplit-validation",
        CLOSE,
        I(CR, "ValidationSplit"),
    ),
    // Facts.
    (
        "personalData",
        CLOSE,
        I(SPDX_AI, "useSensitivePersonalInformation"),
    ),
    (
        "personalData",
        RELATED,
        I(RAI, "personalSensitiveInformation"),
    ),
    ("openStandards", RELATED, I(SPDX_AI, "standardCompliance")),
    ("systemicRisk", RELATED, I(SPDX_AI, "safetyRiskAssessment")),
    // Framework levels.
    (
        "reachesLevel",
        SUBPROPERTY,
        I("http://purl.org/dc/terms/", "conformsTo"),
    ),
    // Classification results (EARL).
    ("Classification", CLOSE, I(EARL, "Assertion")),
    ("CriterionResult", CLOSE, I(EARL, "TestResult")),
    ("status", CLOSE, I(EARL, "outcome")),
    ("Status-met", EXACT, I(EARL, "passed")),
    ("Status-not-met", EXACT, I(EARL, "failed")),
    ("Status-unknown", CLOSE, I(EARL, "cantTell")),
];

/// Alignments of the long form of a licence (a node), present when the model's `Licence` has one.
const LICENCE_ALIGNMENTS: &[(&str, &str, Obj)] = &[
    ("Licence", CLOSE, I(SPDX_LIC, "LicenseExpression")),
    ("Licence", CLOSE, I(AIRO, "License")),
    ("Licence", CLOSE, I(CDX, "licenseChoice")),
    ("licenceExpression", EXACT, I(SPDX_LIC, "licenseExpression")),
];

/// The alignments graph for the vocabulary generated from `frames`; every subject must be a term
/// of `vocabulary`.
pub(crate) fn build(frames: &Frames, vocabulary: &Graph) -> Result<Graph, VocabError> {
    let mut b = Builder::new("a");
    let doc = iri("https://w3id.org/ai-openness/alignments")?;
    b.link(doc.clone(), rdf::TYPE.as_str(), &format!("{OWL}Ontology"))?;
    b.add(
        doc.clone(),
        dcterms!("title"),
        en("Alignments of the AI openness vocabulary"),
    )?;
    b.add(
        doc.clone(),
        dcterms!("description"),
        en("Correspondences between aiopen: terms and SPDX 3 (AI, Dataset, Core, SimpleLicensing), SPDX 2.3, Croissant and its RAI vocabulary, CycloneDX 1.6, the W3C DPV AI extension, AIRO, FAIR4ML, ML-Schema, schema.org, ODRL, and the items of the openness frameworks. Kept apart from the vocabulary so it can be left out."),
    )?;
    b.link(doc, rdfs::SEE_ALSO.as_str(), terms::ONTOLOGY)?;
    let licence: &[_] = if frames.frames.contains_key("Licence") {
        LICENCE_ALIGNMENTS
    } else {
        &[]
    };
    for (local, predicate, object) in ALIGNMENTS.iter().chain(licence) {
        let subject = iri(&terms::term(local))?;
        if vocabulary.triples_for_subject(&subject).next().is_none() {
            return Err(VocabError::new(format!(
                "an alignment names `aiopen:{local}`, which the vocabulary does not define"
            )));
        }
        match object {
            I(ns, local) => b.link(subject, predicate, &format!("{ns}{local}"))?,
            N(text, datatype) => b.add(
                subject,
                predicate,
                Literal::new_typed_literal(*text, iri(&terms::term(datatype))?),
            )?,
        }
    }
    for kind in ComponentKind::ALL {
        let class = iri(&terms::concept_iri("ComponentKind", kind.as_str()))?;
        match kind.content_type() {
            ContentType::Code => {
                b.link(
                    class.clone(),
                    SUBCLASS,
                    &format!("{SCHEMA}SoftwareSourceCode"),
                )?;
                b.add(
                    class.clone(),
                    NOTATION,
                    Literal::new_typed_literal(
                        "source-code",
                        iri(&terms::term("CycloneDxDataType"))?,
                    ),
                )?;
            }
            ContentType::Document => {
                b.link(class.clone(), SUBCLASS, &format!("{SCHEMA}CreativeWork"))?;
            }
            ContentType::Data | ContentType::Weights => {}
        }
        if matches!(
            kind,
            ComponentKind::PretrainingData
                | ComponentKind::PostTrainingData
                | ComponentKind::EvaluationData
        ) {
            b.link(class.clone(), SUBCLASS, &format!("{SCHEMA}Dataset"))?;
            b.link(
                class.clone(),
                CLOSE,
                &format!("{SPDX_DATASET}DatasetPackage"),
            )?;
            b.link(class.clone(), CLOSE, &format!("{MLS}Dataset"))?;
            let cdx_type = iri(&terms::term("CycloneDxComponentType"))?;
            let cdx_data = iri(&terms::term("CycloneDxDataType"))?;
            b.add(
                class.clone(),
                NOTATION,
                Literal::new_typed_literal("data", cdx_type),
            )?;
            b.add(
                class.clone(),
                NOTATION,
                Literal::new_typed_literal("dataset", cdx_data),
            )?;
        }
    }
    for (spec, item) in frameworks::items() {
        let predicate = if item.kinds.len() == 1 { CLOSE } else { BROAD };
        for kind in item.kinds {
            b.link(
                iri(&terms::concept_iri("ComponentKind", kind.as_str()))?,
                predicate,
                &item_iri(spec.id, item.id),
            )?;
        }
    }
    Ok(b.graph)
}
