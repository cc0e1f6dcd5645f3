//! The openness classifier: one description in, a verdict under every framework out.
//!
//! Each framework is a versioned profile in its own module (`mof_1_0`, `osaid_1_0`, …), kept apart
//! from the core model: a new version of a framework is a new module plus one line in
//! [`Framework`]. Every result explains itself: the criteria with the framework clause they come
//! from and the components that decided them, the next steps toward the next level (cheapest
//! first), and open-washing findings where the producer's claims exceed the evidence.

pub mod custom;
pub mod dpg_1_1_4;
pub mod eu_ai_act_2024;
mod framework;
pub mod mof_1_0;
pub mod osai_index;
pub mod osaid_1_0;
mod result;
mod support;
pub mod washing;

pub use framework::{Framework, UnknownFramework};
pub use result::{Action, ComponentRef, CriterionResult, NextStep, Status, sort_next_steps};

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::model::Release;

/// A framework profile a release can be classified under: a built-in [`Framework`] (by value or
/// reference) or a loaded [`custom::CustomProfile`]. Implement it to add a profile in Rust; the
/// open-washing findings are attached by [`classify`], not by the profile.
pub trait Profile {
    /// The profile id, e.g. `mof-1.0`.
    fn id(&self) -> &str;

    /// The profile's own verdict, without the open-washing findings.
    fn evaluate(&self, release: &Release) -> Classification;
}

impl Profile for Framework {
    fn id(&self) -> &str {
        Framework::id(*self)
    }

    fn evaluate(&self, release: &Release) -> Classification {
        match self {
            Framework::Mof10 => mof_1_0::classify(release),
            Framework::Osaid10 => osaid_1_0::classify(release),
            Framework::OsaiIndex => osai_index::classify(release),
            Framework::EuAiAct2024 => eu_ai_act_2024::classify(release),
            Framework::Dpg114 => dpg_1_1_4::classify(release),
        }
    }
}

impl Profile for custom::CustomProfile {
    fn id(&self) -> &str {
        custom::CustomProfile::id(self)
    }

    fn evaluate(&self, release: &Release) -> Classification {
        custom::classify(release, self)
    }
}

impl<P: Profile + ?Sized> Profile for &P {
    fn id(&self) -> &str {
        (**self).id()
    }

    fn evaluate(&self, release: &Release) -> Classification {
        (**self).evaluate(release)
    }
}

/// Classifies `release` under `profile`: a built-in [`Framework`] or a custom profile.
///
/// Pure and fast: no I/O, and no allocation beyond the result. Every classification carries, after
/// the profile's own findings, the open-washing findings of the release
/// ([`washing::detect`]), the same for every profile.
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::{Framework, classify};
///
/// let verdict = classify(&Release::new("Empty"), Framework::Mof10);
/// assert_eq!((verdict.framework.as_str(), verdict.level.as_str()), ("mof-1.0", "unclassified"));
/// ```
#[must_use]
pub fn classify(release: &Release, profile: impl Profile) -> Classification {
    with_findings(profile.evaluate(release), &washing::detect(release))
}

/// Classifies `release` under every built-in framework, in the order of [`Framework::ALL`]; the
/// open-washing findings are detected once and attached to each.
#[must_use]
pub fn classify_all(release: &Release) -> Vec<Classification> {
    let washing = washing::detect(release);
    Framework::ALL
        .iter()
        .map(|f| with_findings(f.evaluate(release), &washing))
        .collect()
}

/// Appends open-washing findings to a classification made elsewhere (e.g. the exact MOT engine's
/// verdict on a Model Openness Tool file, with the findings of its imported release).
#[must_use]
pub fn with_findings(mut verdict: Classification, findings: &[Finding]) -> Classification {
    verdict.findings.extend_from_slice(findings);
    verdict
}

/// A finding attached to a classification: an open-washing pattern (claims exceed evidence), or a
/// note where a profile deliberately reproduces a lenient or quirky reference implementation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The stable kebab-case code, e.g. `restrictive-licence-called-open-source`.
    pub code: String,
    /// The named pattern (open-washing patterns use the names of the literature, e.g. "Open
    /// weights, closed everything else").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// How serious it is.
    pub severity: Severity,
    /// The JSON Pointer of the value concerned (`""` for the whole release).
    pub pointer: String,
    /// What was found, for people.
    pub message: String,
    /// The framework clause or source the finding rests on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clause: Option<String>,
}

impl Finding {
    /// A finding with `code`, `severity` and `message` about the value at `pointer`.
    #[must_use]
    pub fn new(
        code: impl Into<String>,
        severity: Severity,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            pattern: None,
            severity,
            pointer: pointer.into(),
            message: message.into(),
            clause: None,
        }
    }

    /// Names the pattern.
    #[must_use]
    pub fn with_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.pattern = Some(pattern.into());
        self
    }

    /// Sets the clause or source.
    #[must_use]
    pub fn with_clause(mut self, clause: impl Into<String>) -> Self {
        self.clause = Some(clause.into());
        self
    }
}

/// The verdict of one framework on one release.
///
/// Serialises to the object of `ai-openness classify --format json` (less `file`): `name`,
/// `framework`, `level`, the framework's own fields (`details`, flattened), `criteria`,
/// `next_steps` and `findings`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Classification {
    /// The release's name.
    pub name: String,
    /// The framework profile id, e.g. `mof-1.0`.
    pub framework: String,
    /// The level reached, as a kebab-case token of the framework (`class-2`, `unclassified`,
    /// `conforms`, `undetermined`, `likely`, …).
    pub level: String,
    /// The framework's own result fields (MOF class and progress, OSAI Index score, …).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub details: Option<Details>,
    /// Every criterion, with its clause, status, deciding components and reason.
    pub criteria: Vec<CriterionResult>,
    /// What is missing for the next level, cheapest first.
    pub next_steps: Vec<NextStep>,
    /// Open-washing findings and profile notes.
    pub findings: Vec<Finding>,
}

impl Classification {
    /// A classification with a level and nothing else yet.
    #[must_use]
    pub fn new(
        name: impl Into<String>,
        framework: impl Into<String>,
        level: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            framework: framework.into(),
            level: level.into(),
            details: None,
            criteria: Vec::new(),
            next_steps: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The criteria with a given status.
    pub fn criteria_with(&self, status: Status) -> impl Iterator<Item = &CriterionResult> {
        self.criteria.iter().filter(move |c| c.status == status)
    }
}

/// The fields of a classification that only one framework has. Each framework module adds its
/// variant.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Details {
    /// `mof-1.0`: class, progress, per-component statuses and licences, MOT's warnings; or, for
    /// a Model Openness Tool file that MOT rejects, the error.
    Mof(Box<mof_1_0::MofDetails>),
    /// `osaid-1.0`: `conforms` (true, false or null) and the outcome of each requirement.
    Osaid(osaid_1_0::OsaidDetails),
    /// `osai-index`: the parameter set, the score, the category scores and each parameter's
    /// grade.
    OsaiIndex(Box<osai_index::OsaiIndexDetails>),
    /// `eu-ai-act-2024`: the outcome of each open-source exemption and the not-legal-advice
    /// notice.
    EuAiAct(eu_ai_act_2024::EuAiActDetails),
    /// `dpg-1.1.4`: the indicators the description shows met, not met, and cannot tell.
    Dpg(dpg_1_1_4::DpgDetails),
    /// A custom profile ([`custom`]): the profile's name and source, and every level's status.
    Custom(Box<custom::CustomDetails>),
}
