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
use super::graph::{Builder, OWL, OWL_CLASS, describe, iri, string};
use super::terms::{self, aiopen, dcterms, skos};
use crate::classify::eu_ai_act_2024::Outcome;
use crate::classify::{dpg_1_1_4, osaid_1_0};
use crate::model::ComponentKind;

/// An openness framework profile.
pub(crate) struct FrameworkSpec {
    /// The profile id, as `classify` and claims write it.
    pub id: &'static str,
    /// The framework's name and version.
    pub label: &'static str,
    /// What it is.
    pub comment: &'static str,
    /// Where it is published.
    pub source: &'static str,
    /// Its levels, from the most open down.
    pub levels: &'static [LevelSpec],
}

/// A level of a framework.
pub(crate) struct LevelSpec {
    /// The level token of `classify` results.
    pub token: &'static str,
    /// A label.
    pub label: &'static str,
    /// What it means, quoting the framework.
    pub comment: &'static str,
    /// The local name of the class of releases that reach it, if the level is an achievement.
    pub class: Option<&'static str>,
    /// The token of the level it implies (levels are cumulative in MOF).
    pub implies: Option<&'static str>,
}

/// The frameworks the crate knows.
pub(crate) const FRAMEWORKS: &[FrameworkSpec] = &[
    FrameworkSpec {
        id: "mof-1.0",
        label: "Model Openness Framework 1.0",
        comment: "The Model Openness Framework 1.0 of LF AI & Data: three cumulative classes over 17 components, each under a type-appropriate open licence (White et al., \"The Model Openness Framework\", arXiv 2403.13784).",
        source: "https://lfaidata.foundation/wp-content/uploads/sites/3/2025/01/05_White_paper_MOF_Specification.pdf",
        levels: &[
            LevelSpec {
                token: "class-1",
                label: "MOF 1.0 Class I (Open Science)",
                comment: "MOF 1.0 \"Class I – Open Science\": everything Class II requires plus the datasets, the data preprocessing code, the intermediate model parameters and the research paper, each under a type-appropriate open licence.",
                class: Some("Mof10ClassIRelease"),
                implies: Some("class-2"),
            },
            LevelSpec {
                token: "class-2",
                label: "MOF 1.0 Class II (Open Tooling)",
                comment: "MOF 1.0 \"Class II – Open Tooling\": everything Class III requires plus the training, inference and evaluation code and the evaluation data.",
                class: Some("Mof10ClassIIRelease"),
                implies: Some("class-3"),
            },
            LevelSpec {
                token: "class-3",
                label: "MOF 1.0 Class III (Open Model)",
                comment: "MOF 1.0 \"Class III – Open Model\": the model architecture, the final model parameters, the technical report, the evaluation results, the model card and the data card, each under a type-appropriate open licence.",
                class: Some("Mof10ClassIIIRelease"),
                implies: None,
            },
            LevelSpec {
                token: "unclassified",
                label: "MOF 1.0 unclassified",
                comment: "The release meets the requirements of no MOF 1.0 class.",
                class: None,
                implies: None,
            },
        ],
    },
    FrameworkSpec {
        id: "osaid-1.0",
        label: "OSI Open Source AI Definition 1.0",
        comment: "The Open Source Initiative's Open Source AI Definition 1.0 (October 2024): an Open Source AI is made available \"under terms and in a way that grant the freedoms to\" use, study, modify and share it, with the preferred form to make modifications (data information, code and parameters).",
        source: "https://opensource.org/ai/open-source-ai-definition",
        levels: &[
            LevelSpec {
                token: osaid_1_0::CONFORMS,
                label: "OSAID 1.0 Open Source AI",
                comment: "The release is Open Source AI under OSAID 1.0: its data information, code and parameters are available under terms that grant the freedoms to \"Use the system for any purpose\", \"Study how the system works\", \"Modify the system for any purpose\" and \"Share the system for others to use with or without modifications\".",
                class: Some("Osaid10OpenSourceAiRelease"),
                implies: None,
            },
            LevelSpec {
                token: osaid_1_0::DOES_NOT_CONFORM,
                label: "OSAID 1.0 does not conform",
                comment: "The description shows that a requirement of OSAID 1.0 is not met.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: osaid_1_0::UNDETERMINED,
                label: "OSAID 1.0 undetermined",
                comment: "The description does not settle whether the release conforms to OSAID 1.0.",
                class: None,
                implies: None,
            },
        ],
    },
    FrameworkSpec {
        id: "osai-index",
        label: "European Open Source AI Index",
        comment: "The European Open Source AI Index (Liesenfeld and Dingemanse): each parameter graded open, partial or closed, and a score.",
        source: "https://osai-index.eu",
        levels: &[
            LevelSpec {
                token: "open",
                label: "OSAI Index: open on every parameter",
                comment: "Every applicable parameter of the European Open Source AI Index is graded open (the index defines no overall level; this one needs no threshold).",
                class: Some("OsaiIndexOpenRelease"),
                implies: None,
            },
            LevelSpec {
                token: "partial",
                label: "OSAI Index: partly open",
                comment: "Some applicable parameters of the European Open Source AI Index are open or partial and some are not open.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: "closed",
                label: "OSAI Index: closed on every parameter",
                comment: "Every applicable parameter of the European Open Source AI Index is graded closed.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: "undetermined",
                label: "OSAI Index: undetermined",
                comment: "The description leaves parameters unknown, so whether the release is open, partly open or closed on the European Open Source AI Index cannot be told.",
                class: None,
                implies: None,
            },
        ],
    },
    FrameworkSpec {
        id: "dpg-1.1.4",
        label: "Digital Public Goods Standard 1.1.4",
        comment: "The Digital Public Goods Standard of the DPG Alliance, version 1.1.4: nine indicators, from relevance to the Sustainable Development Goals to \"Do No Harm By Design\".",
        source: "https://digitalpublicgoods.net/standard",
        levels: &[
            LevelSpec {
                token: dpg_1_1_4::MEETS_STANDARD,
                label: "DPG Standard 1.1.4 met",
                comment: "The description shows all nine indicators of the DPG Standard 1.1.4 met: a digital public good is \"open-source software, open standards, open data, open AI systems, and open content collections that adhere to privacy and other applicable best practices, do no harm, and are of high relevance for attainment of the\" Sustainable Development Goals.",
                class: Some("Dpg114DigitalPublicGoodRelease"),
                implies: None,
            },
            LevelSpec {
                token: dpg_1_1_4::DOES_NOT_MEET,
                label: "DPG Standard 1.1.4 not met",
                comment: "The description shows an indicator of the DPG Standard 1.1.4 not met.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: dpg_1_1_4::UNDETERMINED,
                label: "DPG Standard 1.1.4 undetermined",
                comment: "The description cannot tell whether every indicator of the DPG Standard 1.1.4 is met.",
                class: None,
                implies: None,
            },
        ],
    },
    FrameworkSpec {
        id: "eu-ai-act-2024",
        label: "EU AI Act (Regulation (EU) 2024/1689), open-source exemptions",
        comment: "The open-source exemptions of the EU AI Act, Regulation (EU) 2024/1689: Art. 2(12) for AI systems and Art. 53(2) for general-purpose AI models \"released under a free and open-source licence that allows for the access, usage, modification, and distribution of the model\". An estimate, never legal advice.",
        source: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
        levels: &[
            LevelSpec {
                token: Outcome::Likely.as_str(),
                label: "EU AI Act open-source exemption likely",
                comment: "The open-source exemptions of Art. 2(12) and Art. 53(2) plausibly apply: a free and open-source licence that allows access, use, modification and distribution; parameters, architecture and usage information public; no monetisation (Recital 103); not a model with systemic risk.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: Outcome::Unlikely.as_str(),
                label: "EU AI Act open-source exemption unlikely",
                comment: "The description shows a condition of the open-source exemptions that is not met.",
                class: None,
                implies: None,
            },
            LevelSpec {
                token: Outcome::Undetermined.as_str(),
                label: "EU AI Act open-source exemption undetermined",
                comment: "The description does not settle whether the open-source exemptions apply.",
                class: None,
                implies: None,
            },
        ],
    },
];

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
    for spec in FRAMEWORKS {
        add_framework(b, spec)?;
    }
    for ((framework_id, name), _) in items() {
        let spec = FRAMEWORKS
            .iter()
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
                spec.label
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
        super::graph::en(spec.label),
    )?;
    b.link(node.clone(), dcterms!("source"), spec.source)?;
    describe(b, &node, spec.label, spec.comment)?;
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
            let spec = FRAMEWORKS.iter().find(|s| s.id == f.id());
            assert_eq!(spec.map(|s| s.label), Some(f.name()), "{f}");
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
