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
mod explain;
mod framework;
pub mod mof_1_0;
pub mod osai_index;
pub mod osaid_1_0;
mod result;
pub mod spec;
pub mod washing;

pub use framework::{Framework, UnknownFramework};
pub use result::{
    Action, ComponentRef, CriterionResult, FindingCode, NextStep, Status, sort_next_steps,
};
pub use spec::{CriterionId, FrameworkSpec, ItemSpec, Level, LevelSpec, LevelView, ProfileId};

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::model::Release;

/// A framework profile a release can be classified under: a built-in [`Framework`] (by value or
/// reference) or a loaded [`custom::CustomProfile`]. Implement it to add a profile in Rust. The
/// open-washing findings belong to the release, not to a profile: [`assess`] detects them once.
pub trait Profile {
    /// The profile id, e.g. `mof-1.0`.
    fn id(&self) -> &str;

    /// The profile's verdict (with the profile's own notes, without the release's open-washing
    /// findings).
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
/// Pure and fast: no I/O, and no allocation beyond the result. The verdict carries the profile's
/// own notes; the release's open-washing findings, which are the same under every profile, come
/// from [`washing::detect`] (or together with the verdicts from [`assess`]).
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::{Framework, Level, classify, mof_1_0::MofLevel};
///
/// let verdict = classify(&Release::new("Empty"), Framework::Mof10);
/// assert_eq!(verdict.framework, "mof-1.0");
/// assert_eq!(verdict.level.typed::<MofLevel>(), Some(MofLevel::Unclassified));
/// assert_eq!(verdict.level.token(), "unclassified");
/// ```
#[must_use]
pub fn classify(release: &Release, profile: impl Profile) -> Classification {
    profile.evaluate(release)
}

/// Classifies `release` under every built-in framework, in the order of [`Framework::ALL`].
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::{Framework, classify_all, mof_1_0::MofLevel};
///
/// let verdicts = classify_all(&Release::new("Empty"));
/// let ids: Vec<&str> = verdicts.iter().map(|c| c.framework.as_str()).collect();
/// assert_eq!(ids, Framework::ALL.iter().map(|f| f.id()).collect::<Vec<_>>());
/// // Each verdict reads as its framework's typed level, and only as its own.
/// assert_eq!(verdicts[0].level_as::<MofLevel>(), Some(MofLevel::Unclassified));
/// assert_eq!(verdicts[1].level_as::<MofLevel>(), None);
/// assert_eq!(verdicts[0].mof().and_then(|d| d.class()), None);
/// ```
#[must_use]
pub fn classify_all(release: &Release) -> Vec<Classification> {
    Framework::ALL.iter().map(|f| f.evaluate(release)).collect()
}

/// Everything the classifier says about one release: its open-washing findings (once) and one
/// classification per profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Assessment {
    /// The release's open-washing findings ([`washing::detect`]).
    pub findings: Vec<Finding>,
    /// One classification per profile, in the order asked for.
    pub classifications: Vec<Classification>,
}

/// Assesses `release` under `profiles`: the open-washing findings once, and each profile's
/// classification.
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::washing::WashingCode;
/// use ai_openness::classify::{FindingCode, Framework, assess};
/// use ai_openness::model::{Availability, Claim, ClaimKind, Component, ComponentKind};
///
/// let mut release = Release::new("Weights only");
/// release.components.push(
///     Component::new(ComponentKind::ModelWeights).with_availability(Availability::Public),
/// );
/// release.claims.push(Claim::new(ClaimKind::OpenSource));
/// let assessment = assess(&release, &[&Framework::Mof10, &Framework::OsaiIndex]);
/// assert_eq!(assessment.classifications.len(), 2);
/// // The open-washing finding belongs to the release: once, not once per framework.
/// let code = FindingCode::from(WashingCode::OpenWeightsClosedEverythingElse);
/// assert_eq!(assessment.findings.iter().filter(|f| f.code == code).count(), 1);
/// assert!(assessment.classifications.iter().all(|c| c.notes.iter().all(|n| n.code != code)));
/// ```
#[must_use]
pub fn assess(release: &Release, profiles: &[&dyn Profile]) -> Assessment {
    Assessment {
        findings: washing::detect(release),
        classifications: profiles.iter().map(|p| p.evaluate(release)).collect(),
    }
}

/// Assesses `release` under every built-in framework.
///
/// ```
/// use ai_openness::Release;
/// use ai_openness::classify::{Framework, assess_all};
/// use ai_openness::classify::osai_index::OsaiIndexLevel;
///
/// let assessment = assess_all(&Release::new("Empty"));
/// assert!(assessment.findings.is_empty());
/// assert_eq!(assessment.classifications.len(), Framework::ALL.len());
/// let osai = assessment
///     .classifications
///     .iter()
///     .find(|c| c.builtin() == Some(Framework::OsaiIndex))
///     .unwrap();
/// assert_eq!(osai.level_as::<OsaiIndexLevel>(), Some(OsaiIndexLevel::Undetermined));
/// assert!(osai.osai_index().is_some() && osai.mof().is_none());
/// ```
#[must_use]
pub fn assess_all(release: &Release) -> Assessment {
    Assessment {
        findings: washing::detect(release),
        classifications: classify_all(release),
    }
}

/// A finding about a release: an open-washing pattern (claims exceed evidence, [`washing`]), or
/// a profile's note (e.g. where the `mof-1.0` profile deliberately reproduces a lenient or quirky
/// reference implementation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The stable kebab-case code, e.g. `restrictive-licence-called-open-source`.
    pub code: FindingCode,
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
        code: impl Into<FindingCode>,
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
/// Serialises to one object of the `classifications` of `ai-openness classify --format json`:
/// `name`, `framework`, `level`, the framework's own fields (`details`, flattened), `criteria`,
/// `next_steps` and the profile's `notes` (omitted when empty).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Classification {
    /// The release's name.
    pub name: String,
    /// The framework profile id, e.g. `mof-1.0`.
    pub framework: ProfileId,
    /// The level reached (serialised as its kebab-case token: `class-2`, `unclassified`,
    /// `conforms`, `undetermined`, `likely`, …); [`LevelView::typed`] gives the framework's own
    /// level enum.
    pub level: LevelView,
    /// The framework's own result fields (MOF class and progress, OSAI Index score, …).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub details: Option<Details>,
    /// Every criterion, with its clause, status, deciding components and reason.
    pub criteria: Vec<CriterionResult>,
    /// What is missing for the next level, cheapest first.
    pub next_steps: Vec<NextStep>,
    /// The profile's own notes (e.g. the Model Openness Tool's quirks under `mof-1.0`). The
    /// release's open-washing findings are not here: see [`Assessment`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Finding>,
}

impl Classification {
    /// A classification with a level and nothing else yet.
    #[must_use]
    pub fn new(name: impl Into<String>, framework: ProfileId, level: impl Into<LevelView>) -> Self {
        Self {
            name: name.into(),
            framework,
            level: level.into(),
            details: None,
            criteria: Vec::new(),
            next_steps: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The criteria with a given status.
    pub fn criteria_with(&self, status: Status) -> impl Iterator<Item = &CriterionResult> {
        self.criteria.iter().filter(move |c| c.status == status)
    }

    /// The built-in framework the classification was made under; `None` for a custom profile.
    #[must_use]
    pub fn builtin(&self) -> Option<Framework> {
        self.framework.framework()
    }

    /// The level as `L`, the typed level enum of a built-in framework, when the classification
    /// was made under that framework: `level_as::<MofLevel>()` is `Some(MofLevel::Class2)` for a
    /// `mof-1.0` verdict of Class II and `None` for any other framework's verdict (even one whose
    /// token is spelt the same).
    #[must_use]
    pub fn level_as<L: Level>(&self) -> Option<L> {
        if self.framework == L::SPEC.id {
            self.level.typed::<L>()
        } else {
            None
        }
    }

    /// The criterion with `id`, e.g. `class-2/training-code`.
    #[must_use]
    pub fn criterion(&self, id: &str) -> Option<&CriterionResult> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The `mof-1.0` fields (class, progress, components), for a `mof-1.0` verdict.
    #[must_use]
    pub fn mof(&self) -> Option<&mof_1_0::MofDetails> {
        match &self.details {
            Some(Details::Mof(d)) => Some(d),
            _ => None,
        }
    }

    /// The `osaid-1.0` fields, for an `osaid-1.0` verdict.
    #[must_use]
    pub fn osaid(&self) -> Option<&osaid_1_0::OsaidDetails> {
        match &self.details {
            Some(Details::Osaid(d)) => Some(d),
            _ => None,
        }
    }

    /// The `osai-index` fields (score, category scores, each parameter's grade), for an
    /// `osai-index` verdict.
    #[must_use]
    pub fn osai_index(&self) -> Option<&osai_index::OsaiIndexDetails> {
        match &self.details {
            Some(Details::OsaiIndex(d)) => Some(d),
            _ => None,
        }
    }

    /// The `eu-ai-act-2024` fields, for an `eu-ai-act-2024` verdict.
    #[must_use]
    pub fn eu_ai_act(&self) -> Option<&eu_ai_act_2024::EuAiActDetails> {
        match &self.details {
            Some(Details::EuAiAct(d)) => Some(d),
            _ => None,
        }
    }

    /// The `dpg-1.1.4` fields, for a `dpg-1.1.4` verdict.
    #[must_use]
    pub fn dpg(&self) -> Option<&dpg_1_1_4::DpgDetails> {
        match &self.details {
            Some(Details::Dpg(d)) => Some(d),
            _ => None,
        }
    }

    /// A custom profile's fields (its name, source and every level's status), for a custom
    /// profile's verdict.
    #[must_use]
    pub fn custom(&self) -> Option<&custom::CustomDetails> {
        match &self.details {
            Some(Details::Custom(d)) => Some(d),
            _ => None,
        }
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
