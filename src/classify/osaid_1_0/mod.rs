//! `osaid-1.0`: the OSI Open Source AI Definition 1.0 (October 2024).
//!
//! OSAID 1.0 is binary: a release conforms or it does not. This profile says `conforms` only when
//! the description shows every requirement met, `does-not-conform` when it shows one not met, and
//! `undetermined` when it cannot tell (`conforms` is then `null`). A component that is not listed
//! is *unknown*, never missing: the result names the facts that would settle it.
//!
//! # The text
//!
//! OSAID 1.0, "What is Open Source AI": an Open Source AI is made available "under terms and in a
//! way that grant the freedoms to: Use the system for any purpose and without having to ask for
//! permission; Study how the system works and inspect its components; Modify the system for any
//! purpose ...; Share the system for others to use with or without modifications, for any
//! purpose". "These freedoms apply both to a fully functional system and to discrete elements of
//! a system", and "the preferred form of making modifications to a machine-learning system must
//! include all the elements below":
//!
//! * **Data Information**: "Sufficiently detailed information about the data used to train the
//!   system so that a skilled person can build a substantially equivalent system. Data
//!   Information shall be made available under OSI-approved terms." It includes "(1) the complete
//!   description of all data used for training, including (if used) of unshareable data ...;
//!   (2) a listing of all publicly available training data and where to obtain it; and (3) a
//!   listing of all training data obtainable from third parties and where to obtain it, including
//!   for fee."
//! * **Code**: "The complete source code used to train and run the system ... Code shall be made
//!   available under OSI-approved licenses. For example, if used, this must include code used for
//!   processing and filtering data, code used for training including arguments and settings used,
//!   validation and testing, supporting libraries like tokenizers and hyperparameters search code,
//!   inference code, and model architecture."
//! * **Parameters**: "The model parameters, such as weights or other configuration settings.
//!   Parameters shall be made available under OSI-approved terms. For example, this might include
//!   checkpoints from key intermediate stages of training as well as the final optimizer state."
//!
//! Copyleft is allowed: the terms "may contain conditions that require any modified version to be
//! released under the same terms as the original."
//!
//! # Criteria and interpretation
//!
//! | id | clause | what the description must show |
//! |---|---|---|
//! | `data-information/description` | Data Information (1) | a published `data_card` |
//! | `data-information/listing` | Data Information (2), (3); FAQ data classes | every training data set: public or obtainable ones with where to obtain them (`location`) |
//! | `data-information/terms` | Data Information, "OSI-approved terms" | the data cards under OSI-approved or open terms |
//! | `code/data-processing` | Code; checklist "Data pre-processing" | `data_preprocessing_code`, published, OSI-approved licence |
//! | `code/training` | Code; checklist "Training, validation and testing" | `training_code`, and `evaluation_code` if listed, published, OSI-approved |
//! | `code/inference` | Code; checklist "Inference" | `inference_code`, published, OSI-approved |
//! | `code/supporting-libraries` | Code; checklist "Supporting libraries and tools" | `supporting_libraries` and `tokenizer` if listed, published, OSI-approved |
//! | `code/model-architecture` | Code; checklist "Model architecture" | `model_architecture`, published, OSI-approved |
//! | `parameters/weights` | Parameters; "Open Source models and Open Source weights" | `model_weights` (and `base_model_weights` if listed), published, free terms |
//! | `system/parts` | "discrete elements of a system" | systems only: every guardrail model, content filter and system prompt |
//!
//! * **Data Information is information, not data.** OSAID 1.0 does not require training data to
//!   be released (FAQ, "Why do you allow the exclusion of some training data?"). The FAQ sorts
//!   training data into four classes: *open* (must be shared), *public* (disclosed with where to
//!   obtain it), *obtainable*, "including for a fee" (disclose where to obtain it) and
//!   *unshareable non-public*, e.g. personal data (described in the Data Information). So a data
//!   set that is `public`, `gated`, `third_party_public` or `third_party_obtainable` must come with
//!   a `location`. Only *unshareable* data may be described instead of shared, and the FAQ says
//!   why data falls in that class: "for explainable reasons, e.g. PII". So data that is
//!   `unshareable`, or `not_released`, `on_request` or `api_only` with a `withholding` reason that
//!   it cannot be shared (personal data, copyright, third-party terms, another legal obligation),
//!   need only be described, which the `data_card` criterion asks for; withheld data with no
//!   reason stated is unknown, and data withheld by `choice` fails the listing (the FAQ's open,
//!   public and obtainable data must be shared or listed). Whether a data card is "sufficiently detailed" for "a skilled
//!   person" cannot be checked mechanically; a published data card is taken as the description,
//!   and a technical report or paper alone leaves the criterion unknown (the OSI checklist names
//!   "Datasets, Research paper, Technical report, Data card" in its data group, and whether a
//!   report describes *all* training data is for a reader to judge).
//! * **OSI-approved terms for data information and parameters.** Code needs an OSI-approved
//!   licence (SPDX `isOsiApproved`). For Data Information and Parameters the text says
//!   "OSI-approved *terms*", and "does not require a specific legal mechanism for assuring that the
//!   model parameters are freely available to all. They may be free by their nature or a license or
//!   other legal instrument may be required" ("Open Source models and Open Source weights"). The
//!   OSI's final FAQ (opensource.org/ai/faq) explains "OSI-approved terms": the terms "must assure
//!   the freedom to use, study, modify and share", which is what this profile checks; the
//!   earlier draft's wording ("OSD-conformant terms", September 2024) is not cited. This profile
//!   therefore accepts, for data cards, weights and other
//!   parameters, **OSI-approved or equally free terms**: an OSI-approved licence, an Open Definition
//!   conformant licence (CC-BY, CC-BY-SA, CC0, ODC-By, ODbL, PDDL), or a licence whose recorded facets
//!   show commercial use and derivatives allowed, redistribution allowed (notices are fine), and no
//!   use restriction, acceptable-use policy or user threshold (e.g. OpenMDW, CDLA-Permissive). A
//!   field-of-use or commercial restriction fails the freedom to "Use the system for any purpose
//!   and without having to ask for permission". Weights with the licence `NONE` are *unknown*, not
//!   failing: the definition leaves open that parameters "may be free by their nature", but the
//!   description does not show the freedoms granted.
//! * **Validation and testing; supporting libraries.** The text requires these "if used", and the
//!   OSI checklist joins validation and testing to training ("Training, validation and testing").
//!   So `evaluation_code` is judged with the training code when it is listed, and supporting
//!   libraries and tokenizers when they are listed; if none is listed separately they are taken
//!   to be inside the listed training and inference code, which is judged. The other components
//!   the checklist calls optional (evaluation data and results, model card, sample outputs) do
//!   not decide conformance. Intermediate checkpoints and training configuration (the optimizer
//!   state) "might" be included: listed ones under restrictive or unknown terms get an info
//!   finding, `osaid-optional-parameters`, but do not decide.
//! * **Availability.** An Open Source AI is "made available under terms and in a way that grant
//!   the freedoms" to use it "without having to ask for permission": code, weights and data
//!   cards must be published (`public`,
//!   `third_party_public`, `third_party_obtainable`). `not_released`, `on_request`, `api_only` and
//!   `unshareable` fail. A `gated` download is *unknown*: the model does not record whether the
//!   gate needs the producer's approval (asking permission) or only records acceptance of the
//!   terms.
//! * **Complete systems.** For a release of `kind: system` (or one that lists guardrails), every
//!   guardrail model, content filter and system prompt is a "discrete element of a system" and
//!   must meet the definition as well: a content filter is code (OSI-approved licence, published);
//!   a system prompt is a configuration setting (free terms, published); a guardrail model is a
//!   model, so its weights must be published under free terms *and* its own data information and
//!   code must meet the definition. Those are not part of this description, so a guardrail model
//!   whose weights pass leaves the criterion unknown until it is described as a release of its own.
//!   Safety evaluations and usage policies do not decide conformance.
//!
//! The OSI checklist this profile follows for the component list "is not an operating manual to
//! evaluate Open Source AI"; neither is this profile. For reference, the OSI's own validation
//! passed Pythia, OLMo, Amber, CrystalCoder and T5, said BLOOM, StarCoder2 and Falcon would pass
//! if their licences changed, and failed Llama 2, Grok, Phi-2 and Mixtral.

mod spec;

pub use spec::{OsaidItem, OsaidLevel, SPEC};

use serde::Serialize;

use super::explain::{
    Access, Combine, Explain, Goal, Judged, Judgement, Rule, all_known_absent, availability_words,
    component_words, free_terms, judge, judge_access, judge_kinds, kinds_words, known_absent,
    missing, report,
};
use crate::classify::{Action, Classification, Details, Finding, FindingCode, ProfileId, Status};
use crate::diagnostic::Severity;
use crate::licence::is_osi_approved;
use crate::model::macros::vocabulary;
use crate::model::{
    Availability, Component, ComponentKind as K, Release, ReleaseKind, Withholding,
};

/// Where the profile's next steps lead: conformance.
fn goal() -> Goal {
    Goal::new(OsaidLevel::Conforms, "to conform to OSAID 1.0")
}

vocabulary! {
    /// The codes of the `osaid-1.0` profile's own notes ([`Classification::notes`]).
    pub enum OsaidNote {
        /// An intermediate checkpoint or training configuration is listed but not shown to be
        /// under free terms; OSAID 1.0 says parameters "might include" them, so it does not
        /// decide conformance.
        OptionalParameters = "osaid-optional-parameters",
    }
}

impl From<OsaidNote> for FindingCode {
    fn from(code: OsaidNote) -> Self {
        Self::new(code.as_str())
    }
}

/// OSAID 1.0, Code: "Code shall be made available under OSI-approved licenses."
const CODE_RULE: Rule<'static> = Rule {
    terms: is_osi_approved,
    terms_name: "an OSI-approved licence",
    none: Status::NotMet,
    none_reason: None,
    published: true,
};

/// OSAID 1.0, Parameters: "Parameters shall be made available under OSI-approved terms."
const PARAMETER_RULE: Rule<'static> = Rule {
    terms: free_terms,
    terms_name: "OSI-approved or equally free terms",
    none: Status::Unknown,
    none_reason: Some(
        "OSAID 1.0 \u{201c}does not require a specific legal mechanism\u{201d} for parameters, \
         which \u{201c}may be free by their nature\u{201d}, but the description does not show the \
         freedoms granted",
    ),
    published: true,
};

/// OSAID 1.0, Data Information: "Data Information shall be made available under OSI-approved
/// terms." Availability is judged by the description criterion.
const DATA_INFORMATION_RULE: Rule<'static> = Rule {
    terms: free_terms,
    terms_name: "OSI-approved or open terms",
    none: Status::NotMet,
    none_reason: None,
    published: false,
};

/// The `osaid-1.0` fields of a classification, flattened into its JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OsaidDetails {
    /// `true` when the description shows every requirement met, `false` when it shows one not
    /// met, `null` when it cannot settle conformance.
    pub conforms: Option<bool>,
    /// The outcome of each element of the preferred form.
    pub requirements: Requirements,
}

/// The outcome of each element of OSAID 1.0's "preferred form to make modifications".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Requirements {
    /// Data Information: description, listing, terms.
    pub data_information: Status,
    /// Code: data processing, training with validation and testing, inference, supporting
    /// libraries, model architecture.
    pub code: Status,
    /// Parameters: the weights.
    pub parameters: Status,
    /// For complete systems: the guardrail models, content filters and system prompts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_parts: Option<Status>,
}

/// Classifies `release` under OSAID 1.0. Pure: no I/O.
#[must_use]
pub fn classify(release: &Release) -> Classification {
    let data = [
        data_description(release),
        data_listing(release),
        data_terms(release),
    ];
    let code = [
        code_criterion(release, OsaidItem::DataProcessingCode, None),
        code_criterion(
            release,
            OsaidItem::TrainingCode,
            Some(OsaidItem::ValidationAndTesting),
        ),
        code_criterion(release, OsaidItem::InferenceCode, None),
        code_criterion(release, OsaidItem::SupportingLibraries, None),
        code_criterion(release, OsaidItem::ModelArchitecture, None),
    ];
    let parameters = parameters_weights(release);
    let system = system_parts(release);

    let requirements = Requirements {
        data_information: Status::all(data.iter().map(Judged::status)),
        code: Status::all(code.iter().map(Judged::status)),
        parameters: parameters.status(),
        system_parts: system.as_ref().map(Judged::status),
    };
    let overall = Status::all(
        [
            requirements.data_information,
            requirements.code,
            requirements.parameters,
        ]
        .into_iter()
        .chain(requirements.system_parts),
    );
    let (level, conforms) = match overall {
        Status::Met => (OsaidLevel::Conforms, Some(true)),
        Status::NotMet => (OsaidLevel::DoesNotConform, Some(false)),
        Status::Unknown => (OsaidLevel::Undetermined, None),
    };

    let mut out = Classification::new(release.name.clone(), ProfileId::builtin(&SPEC), level);
    out.details = Some(Details::Osaid(OsaidDetails {
        conforms,
        requirements,
    }));
    let judged = data
        .into_iter()
        .chain(code)
        .chain([parameters])
        .chain(system);
    (out.criteria, out.next_steps) = report(judged, &goal());
    out.notes = optional_parameter_findings(release);
    out
}

/// Combines the judgements of the components an item's criterion looked at: every part must be
/// met, and the reason names each part after `lead`.
fn every(item: OsaidItem, lead: &str, parts: Vec<Judgement>) -> Judged {
    Judgement::combine(Combine::All, Explain::Every, parts).criterion_of(item.spec(), lead)
}

/// Data Information (1): a complete description of all training data. Read from the data cards;
/// a technical report or research paper leaves it unknown.
fn data_description(release: &Release) -> Judged {
    let item = OsaidItem::DataDescription;
    let cards: Vec<Judgement> = release
        .components_of(K::DataCard)
        .map(|(i, c)| judge_access(i, c))
        .collect();
    if !cards.is_empty() {
        return every(
            item,
            "the data information must give \u{201c}the complete description of all data used \
             for training\u{201d}; a published data card is taken as that description (whether it \
             is detailed enough for \u{201c}a skilled person\u{201d} to \u{201c}build a \
             substantially equivalent system\u{201d} is not checked mechanically)",
            cards,
        );
    }
    let reports: Vec<String> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind != K::DataCard && item.kinds().contains(&c.kind))
        .filter(|(_, c)| Access::of(c.availability) == Access::Published)
        .map(|(i, c)| component_words(i, c))
        .collect();
    if reports.is_empty()
        && let Some(absent) = known_absent(release, K::DataCard)
    {
        return absent
            .with_gap(
                Action::PublishDocument,
                Some(K::DataCard),
                "publish a data card describing all training data (provenance, scope, \
                 characteristics, selection, labelling, processing and filtering) under \
                 OSI-approved or open terms",
            )
            .criterion_of(item.spec(), "");
    }
    let (reason, settle) = if reports.is_empty() {
        (
            "no data card or other description of the training data is listed".to_owned(),
            "list the data card (or other data information) describing all training data, with \
             its availability and licence"
                .to_owned(),
        )
    } else {
        (
            format!(
                "no data card is listed; {} may describe the training data, but whether it gives \
                 the complete description of all training data cannot be told from the \
                 description",
                reports.join(" and ")
            ),
            format!(
                "list a data card, or state that {} describes all training data (provenance, \
                 scope, characteristics, selection, labelling, processing and filtering)",
                reports.join(" or ")
            ),
        )
    };
    Judgement::new(Status::Unknown, reason)
        .with_settle(settle)
        .with_gap(
            Action::PublishDocument,
            Some(K::DataCard),
            "publish a data card describing all training data (provenance, scope, \
             characteristics, selection, labelling, processing and filtering) under OSI-approved \
             or open terms",
        )
        .criterion_of(item.spec(), "")
}

/// Data Information (2) and (3): public and obtainable training data listed with where to obtain
/// it.
fn data_listing(release: &Release) -> Judged {
    let item = OsaidItem::DataListing;
    let parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| item.kinds().contains(&c.kind))
        .map(|(i, c)| {
            let label = component_words(i, c);
            let availability = availability_words(c.availability);
            match Access::of(c.availability) {
                Access::Published | Access::Gated => {
                    if let Some(url) = &c.location {
                        Judgement::of_component(
                            i,
                            c,
                            Status::Met,
                            format!("{label}: {availability}, obtainable at <{url}>"),
                        )
                    } else {
                        let text = format!("give where to obtain {label} (its `location`)");
                        Judgement::of_component(
                            i,
                            c,
                            Status::Unknown,
                            format!("{label}: {availability}, but where to obtain it is not given"),
                        )
                        .with_settle(text.clone())
                        .with_gap(Action::Disclose, Some(c.kind), text)
                    }
                }
                Access::Withheld => withheld_data(i, c),
                Access::Unknown => {
                    let text = format!(
                        "state how {label} can be obtained (public, gated, from a third party, \
                         unshareable or not released) and where"
                    );
                    Judgement::of_component(
                        i,
                        c,
                        Status::Unknown,
                        format!("{label}: availability not stated"),
                    )
                    .with_settle(text.clone())
                    .with_gap(Action::Disclose, Some(c.kind), text)
                }
            }
        })
        .collect();
    if parts.is_empty() && all_known_absent(release, item.kinds()) {
        return Judgement::new(
            Status::NotMet,
            format!(
                "no training data ({}) is listed, and the component list is complete: none was \
                 released",
                kinds_words(item.kinds(), "or")
            ),
        )
        .with_gap(
            Action::PublishData,
            item.kinds().first().copied(),
            "publish the training data, or list it with where to obtain it",
        )
        .criterion_of(item.spec(), "");
    }
    if parts.is_empty() {
        return Judgement::new(
            Status::Unknown,
            format!(
                "no training data ({}) is listed",
                kinds_words(item.kinds(), "or")
            ),
        )
        .with_settle(format!(
            "list the training data sets ({}) with their availability and where to obtain them",
            kinds_words(item.kinds(), "and")
        ))
        .with_gap(
            Action::Disclose,
            item.kinds().first().copied(),
            "list every training data set with its availability and where to obtain it",
        )
        .criterion_of(item.spec(), "");
    }
    every(
        item,
        "public and obtainable training data must be listed \u{201c}and where to obtain \
         it\u{201d}; withheld data (not released, on request, unshareable) may only be described \
         in the data information when it cannot be shared \u{201c}for explainable \
         reasons\u{201d} (FAQ: unshareable non-public data)",
        parts,
    )
}

/// Training data the producer withholds (not released, on request, API only, unshareable). The
/// FAQ lets data be described instead of shared only when it is "Unshareable non-public" data,
/// withheld "for explainable reasons, e.g. PII": open data "must be shared", public data disclosed
/// with where to obtain it, obtainable data "including for a fee". So withheld data is met when
/// the description gives a reason it cannot be shared (`withholding`, or the availability
/// `unshareable` itself), not met when it is withheld by choice, and unknown when no reason is
/// stated.
fn withheld_data(i: usize, c: &Component) -> Judgement {
    let label = component_words(i, c);
    let availability = availability_words(c.availability);
    let reason_words = |w: &Withholding| {
        let mut out = format!("`{}`", w.reason);
        if let Some(d) = w
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            out.push_str(&format!(", \u{201c}{d}\u{201d}"));
        }
        out
    };
    match (&c.withholding, c.availability) {
        (Some(w), _) if w.reason.is_unshareable() => Judgement::of_component(
            i,
            c,
            Status::Met,
            format!(
                "{label}: {availability}, withheld as unshareable ({}): to be described in the \
                 data information, not listed",
                reason_words(w)
            ),
        ),
        (Some(w), _) => {
            let text = format!(
                "share {label}, or list it with where to obtain it: data withheld by choice is \
                 not unshareable"
            );
            Judgement::of_component(
                i,
                c,
                Status::NotMet,
                format!(
                    "{label}: {availability}, withheld by choice ({}); the FAQ lets only \
                     unshareable data, withheld \u{201c}for explainable reasons\u{201d}, be \
                     described instead of shared",
                    reason_words(w)
                ),
            )
            .with_gap(Action::ChangeAccess, Some(c.kind), text)
        }
        (None, Availability::Unshareable) => Judgement::of_component(
            i,
            c,
            Status::Met,
            format!(
                "{label}: {availability} (stated unshareable, the FAQ's \u{201c}Unshareable \
                 non-public\u{201d} class): to be described in the data information, not listed"
            ),
        ),
        (None, _) => {
            let text = format!(
                "state why {label} is withheld (`withholding`: personal data, copyright, \
                 third-party terms, another legal obligation, or the producer's choice), or \
                 share it"
            );
            Judgement::of_component(
                i,
                c,
                Status::Unknown,
                format!(
                    "{label}: {availability}, with no reason stated; only data that cannot be \
                     shared \u{201c}for explainable reasons\u{201d} may be described instead of \
                     shared"
                ),
            )
            .with_settle(text.clone())
            .with_gap(Action::Disclose, Some(c.kind), text)
        }
    }
}

/// Data Information under OSI-approved terms: the licences of the data cards.
fn data_terms(release: &Release) -> Judged {
    let item = OsaidItem::DataTerms;
    let parts = judge_kinds(release, item.kinds(), &DATA_INFORMATION_RULE);
    if parts.is_empty() && all_known_absent(release, item.kinds()) {
        return Judgement::new(
            Status::NotMet,
            "no data card is listed, and the component list is complete: no data information \
             was released under any terms",
        )
        .criterion_of(item.spec(), "");
    }
    if parts.is_empty() {
        return Judgement::new(
            Status::Unknown,
            "no data card is listed, so the terms of the data information are not known",
        )
        .with_settle("list the data card with its licence")
        .criterion_of(item.spec(), "");
    }
    every(
        item,
        "data information must be under OSI-approved terms; this profile accepts OSI-approved \
         licences and open terms (Open Definition conformant, or free of use and commercial \
         restrictions)",
        parts,
    )
}

/// One Code criterion. The item's kinds must be listed, except for supporting libraries, which
/// the definition asks for "if used"; `if_used` is an item judged with it when listed
/// (validation and testing with training).
fn code_criterion(release: &Release, item: OsaidItem, if_used: Option<OsaidItem>) -> Judged {
    let (required, if_used): (&[K], &[K]) = match (item, if_used) {
        (OsaidItem::SupportingLibraries, _) => (&[], item.kinds()),
        (_, Some(other)) => (item.kinds(), other.kinds()),
        (_, None) => (item.kinds(), &[]),
    };
    let kinds: Vec<K> = required.iter().chain(if_used).copied().collect();
    let mut parts = judge_kinds(release, &kinds, &CODE_RULE);
    for kind in required {
        if !release.has(*kind) {
            parts.push(missing(release, *kind, &CODE_RULE));
        }
    }
    if parts.is_empty() {
        return Judgement::new(
            Status::Met,
            format!(
                "no {} is listed separately: OSAID 1.0 asks for it \u{201c}if used\u{201d}, and \
                 what the listed training and inference code contains is judged with that code",
                kinds_words(if_used, "or")
            ),
        )
        .criterion_of(item.spec(), "");
    }
    let lead = if if_used.is_empty() {
        String::from("code must be published under an OSI-approved licence")
    } else if required.is_empty() {
        format!(
            "code must be published under an OSI-approved licence; {} is judged when listed \
             (\u{201c}if used\u{201d})",
            kinds_words(if_used, "and")
        )
    } else {
        format!(
            "code must be published under an OSI-approved licence; {} is judged with the {} when \
             listed",
            kinds_words(if_used, "and"),
            kinds_words(required, "and")
        )
    };
    every(item, &lead, parts)
}

/// Parameters: the weights (and base-model weights when listed) under free terms.
fn parameters_weights(release: &Release) -> Judged {
    let item = OsaidItem::Weights;
    let kinds: Vec<K> = item
        .kinds()
        .iter()
        .chain(OsaidItem::BaseModelWeights.kinds())
        .copied()
        .collect();
    let mut parts = judge_kinds(release, &kinds, &PARAMETER_RULE);
    for kind in item.kinds() {
        if !release.has(*kind) {
            parts.push(missing(release, *kind, &PARAMETER_RULE));
        }
    }
    every(
        item,
        "parameters must be published under OSI-approved terms; OSAID 1.0 \u{201c}does not \
         require a specific legal mechanism\u{201d}, and this profile accepts OSI-approved or \
         equally free terms (no field-of-use or commercial restriction, no user threshold)",
        parts,
    )
}

/// Complete systems: every guardrail model, content filter and system prompt meets OSAID 1.0.
fn system_parts(release: &Release) -> Option<Judged> {
    let item = OsaidItem::SystemParts;
    let kinds = item.kinds();
    let listed = release.components.iter().any(|c| kinds.contains(&c.kind));
    if release.kind != ReleaseKind::System && !listed {
        return None;
    }
    let parts: Vec<Judgement> = release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| kinds.contains(&c.kind))
        .map(|(i, c)| match c.kind {
            K::ContentFilter => judge(i, c, &CODE_RULE),
            K::GuardrailModel => {
                let mut part = judge(i, c, &PARAMETER_RULE);
                if part.status == Status::Met {
                    let label = component_words(i, c);
                    part.status = Status::Unknown;
                    part.reasons.push(
                        "as a model it must meet the whole definition, and its own data \
                         information and code are not in this description"
                            .to_owned(),
                    );
                    let text = format!(
                        "describe {label} as a release of its own (data information, code and \
                         parameters) and show that it conforms"
                    );
                    part.settle.push(text.clone());
                    part.gaps.push(super::explain::Gap::new(
                        Action::Disclose,
                        Some(c.kind),
                        text,
                    ));
                }
                part
            }
            _ => judge(i, c, &PARAMETER_RULE),
        })
        .collect();
    if parts.is_empty() {
        return Some(
            Judgement::new(
                Status::Unknown,
                format!(
                    "the release is a complete system, but no {} is listed",
                    kinds_words(kinds, "or")
                ),
            )
            .with_settle(format!(
                "list the system's {}, or describe the release as `kind: model`",
                kinds_words(kinds, "and")
            ))
            .with_gap(
                Action::Disclose,
                kinds.first().copied(),
                "list every part of the system with its availability and licence",
            )
            .criterion_of(item.spec(), ""),
        );
    }
    Some(every(
        item,
        "OSAID 1.0 applies \u{201c}both to a fully functional system and to discrete elements of \
         a system\u{201d}: every guardrail model, content filter and system prompt must meet it \
         too, and the system is only as open as its least open part",
        parts,
    ))
}

/// Info findings for intermediate checkpoints and training configuration that are listed but not
/// shown to be under free terms: OSAID 1.0 says parameters "might include" them, so they do not
/// decide conformance.
fn optional_parameter_findings(release: &Release) -> Vec<Finding> {
    let item = OsaidItem::OptionalParameters;
    release
        .components
        .iter()
        .enumerate()
        .filter(|(_, c)| item.kinds().contains(&c.kind))
        .filter_map(|(i, c)| {
            let part = judge(i, c, &PARAMETER_RULE);
            let reason = part.reason();
            (part.status != Status::Met).then(|| {
                Finding::new(
                    OsaidNote::OptionalParameters,
                    Severity::Info,
                    format!("/components/{i}"),
                    format!(
                        "{}: not shown to be published under OSI-approved or equally free terms \
                         ({}); OSAID 1.0 says parameters \u{201c}might include\u{201d} \
                         checkpoints and the optimizer state, so this does not decide \
                         conformance",
                        component_words(i, c),
                        reason.split_once(": ").map_or(reason.as_str(), |(_, r)| r),
                    ),
                )
                .with_clause(item.clause())
            })
        })
        .collect()
}
