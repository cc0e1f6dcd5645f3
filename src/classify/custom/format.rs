//! The types of a profile file, as written in YAML or JSON. Serde reads them and schemars
//! derives the profile JSON Schema ([`super::profile_schema`]) from them, so the file format, the
//! schema and these docs cannot disagree.
//!
//! The types describe the *shape* of a profile; [`super::load_profile`] also checks what a
//! schema cannot (references to criteria, cycles, duplicate ids, licence ids) before a profile
//! can be evaluated.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::classify::Status;
use crate::licence::{Facet, FacetKind};
use crate::model::{Availability, ComponentKind, ReleaseKind};

/// The pattern of `profile_version`: the profile format `0.1`, any patch version.
#[cfg(feature = "schema")]
const PROFILE_VERSION_PATTERN: &str = r"^0\.1\.(0|[1-9][0-9]*)$";

/// The pattern of a profile id and a level id: lower-case letters and digits in groups joined
/// by `-`, `.` or `_` (`mof-ladder`, `class-2`, `does-not-conform`, `acme-openness-2.0`).
#[cfg(feature = "schema")]
const TOKEN_PATTERN: &str = r"^[a-z0-9]+([._-][a-z0-9]+)*$";

/// The pattern of a criterion id: like a level id, and `/` may also join groups
/// (`class-2/training-code`).
#[cfg(feature = "schema")]
const CRITERION_ID_PATTERN: &str = r"^[a-z0-9]+([./_-][a-z0-9]+)*$";

/// A custom framework profile: a standards group's own openness framework, written without
/// Rust. It names levels, each met when its criteria are; each criterion is a condition over the
/// release's components (their kinds, licences, availability and evidence) and its facts.
///
/// A `ladder` ranks levels from lowest to highest and gives the highest level whose criteria
/// are all met (MOF's classes III, II, I). A `checklist` has one level, the positive outcome,
/// and answers it, its negative, or undetermined (OSAID's yes or no).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(title = "ai-openness custom framework profile")
)]
#[non_exhaustive]
pub struct ProfileFile {
    /// The version of the profile format, `0.1.0` for this one. Checked like a description's
    /// `spec_version`: while the format is 0.x, a different minor version is incompatible.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = PROFILE_VERSION_PATTERN)))]
    pub profile_version: String,
    /// The profile's id, reported as the `framework` of its classifications (`acme-open-2025`).
    /// It must not be the id of a built-in framework.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = TOKEN_PATTERN)))]
    pub id: String,
    /// The framework's name and version for people (`ACME Openness Standard 2025`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    /// What the framework is for and how it reads a description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the framework is published: a URL or a citation. Every classification names it.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub source: String,
    /// `ladder` (levels from lowest to highest) or `checklist` (one level: pass, fail or
    /// undetermined).
    pub kind: ProfileKind,
    /// The levels. For a ladder, from lowest to highest, at least one; for a checklist, exactly
    /// one: the positive outcome (`conforms`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub levels: Vec<LevelDef>,
    /// The level token when no level is met: `unclassified` for a ladder, the negative outcome
    /// for a checklist (`does-not-conform`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = TOKEN_PATTERN)))]
    pub not_met: String,
    /// The level token when no level is met and the description cannot settle whether one is
    /// (a criterion is unknown where none is not met). Required for a checklist
    /// (`undetermined`); optional for a ladder, which reports `not_met` without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = TOKEN_PATTERN)))]
    pub undetermined: Option<String>,
    /// The criteria, at least one. Criteria that no level lists are informative: they are
    /// evaluated and reported, and decide nothing.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub criteria: Vec<CriterionDef>,
}

/// How a profile turns met criteria into a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProfileKind {
    /// Levels from lowest to highest; the result is the highest level whose criteria are all
    /// met, else `not_met` (or `undetermined`).
    Ladder,
    /// One level; the result is that level when its criteria are all met, `not_met` when one is
    /// not met, and `undetermined` otherwise.
    Checklist,
}

impl ProfileKind {
    /// `ladder` or `checklist`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Ladder => "ladder",
            Self::Checklist => "checklist",
        }
    }
}

/// One level of a profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LevelDef {
    /// The level token reported as the classification's `level` (`class-2`, `conforms`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = TOKEN_PATTERN)))]
    pub id: String,
    /// The level's name for people (`Class II (Open Tooling)`); next steps say "to reach" it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the level means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the level also requires every criterion of the level before it (and so, when
    /// that one is cumulative too, of every level below). Not allowed on the first level.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// The ids of the criteria the level requires, at least one.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub criteria: Vec<String>,
}

/// One criterion: a condition with the clause of the framework it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct CriterionDef {
    /// The criterion's id, unique in the profile (`training-code`).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = CRITERION_ID_PATTERN)))]
    pub id: String,
    /// The clause of the framework the criterion encodes, quoted or cited
    /// (`MOF 1.0, Class II: Training code, open source licence`). Reported with every result.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub clause: String,
    /// How the profile reads the clause, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The condition that must hold.
    pub require: Condition,
}

/// A condition: a mapping with exactly one key.
///
/// Conditions are three-valued: met, not met, or unknown when the description does not give
/// the facts that decide them. `all_of` is met when every part is, not met when one is not;
/// `any_of` is met when one part is, not met when every part is not; `not` swaps met and not
/// met; unknown stays unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Condition {
    /// A requirement on the components of some kinds.
    Components(ComponentsCondition),
    /// A requirement on the release's facts; every fact given must hold.
    Facts(FactsCondition),
    /// Every condition holds (at least one condition).
    AllOf(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<Condition>),
    /// At least one condition holds (at least one condition).
    AnyOf(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// Another criterion of the profile holds, by id. References must not form a cycle.
    Criterion(
        #[cfg_attr(feature = "schema", schemars(regex(pattern = CRITERION_ID_PATTERN)))] String,
    ),
}

/// Which of the kinds must be listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum KindMatch {
    /// At least one of the kinds must be listed. The default.
    #[default]
    Any,
    /// Every kind must be listed.
    All,
}

/// A requirement on the components of some kinds.
///
/// With `listed: true` (the default), the kinds must be listed (`match`: one of them, or all),
/// and *every* listed component of those kinds must pass the tests given (`license`,
/// `availability`, `evidence`): a part is only as open as its least open component. For
/// alternatives ("a technical report or a research paper"), use `any_of` over two conditions.
/// A kind that is not listed makes the condition `unlisted`: not met by default.
///
/// With `listed: false`, no component of the kinds may be listed, and no test may be given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ComponentsCondition {
    /// The component kinds concerned (the document format's `kind` values), at least one, each
    /// once.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub kinds: Vec<ComponentKind>,
    /// Whether one of the kinds (`any`, the default) or every kind (`all`) must be listed.
    #[serde(default, rename = "match")]
    pub match_kinds: KindMatch,
    /// Whether the kinds must be listed (`true`, the default) or must not be (`false`).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub listed: bool,
    /// What a kind that is not listed makes the condition: `not-met` (the default: the
    /// description lists what the release contains), `unknown` (the description may be silent
    /// about it), or `met` (the tests apply "if used": only to components that are listed).
    /// Only with `listed: true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlisted: Option<Status>,
    /// A test every listed component's licence must pass. A component whose licence is not
    /// given is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<LicenceTest>,
    /// The availabilities a listed component may have, at least one. A component whose
    /// availability is not given (`unknown`) is unknown, unless `unknown` is in the set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub availability: Option<Vec<Availability>>,
    /// Whether every listed component must carry at least one `evidence` link.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub evidence: bool,
}

fn yes() -> bool {
    true
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `skip_serializing_if` passes a reference
fn is_true(b: &bool) -> bool {
    *b
}

/// A test of a licence: a fact name, or a mapping with one key.
///
/// A test is applied to each licence of an SPDX expression, and the answers are combined the
/// way a licensee chooses: for `A OR B` the test passes if it passes for one branch, for
/// `A AND B` if it passes for both. So `MIT OR LicenseRef-Llama-3.1-Community` is OSI-approved
/// (the licensee may take MIT), and a combination such as
/// `all_of: [osi_approved, commercial_use]` must hold for one and the same branch. `NONE` (no
/// licence) grants nothing, so it fails every test that asks for a grant (but
/// `no_use_restrictions` and `no_user_threshold` hold for it); `NOASSERTION` and licences the
/// crate knows nothing about are unknown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum LicenceTest {
    /// OSI-approved, as the SPDX licence list records it (a licence off the list is not).
    OsiApproved,
    /// FSF free/libre, as the SPDX licence list records it. For a licence off the list: not
    /// free when the crate's licence table shows use restrictions or forbids commercial use (the
    /// first freedom is "to run the program as you wish, for any purpose"), else unknown.
    FsfLibre,
    /// Conformant to the Open Definition (the crate's licence table: the Open Definition's list
    /// of conformant licences, and any licence that restricts the purposes of use is not).
    OpenData,
    /// Suited to the component's content type (code, data, document, weights), as the crate's
    /// licence table records it (MOF's type-appropriateness).
    TypeAppropriate,
    /// Free of use restrictions (an acceptable-use policy, research-only or non-commercial-only
    /// terms).
    NoUseRestrictions,
    /// Grants commercial use, at least to some licensees (a condition such as a user threshold
    /// is tested by `no_user_threshold`).
    CommercialUse,
    /// Free of a user or revenue threshold.
    NoUserThreshold,
    /// The licence is one of these ids (SPDX ids or `LicenseRef-` ids, compared exactly after
    /// canonicalisation: `GPL-2.0` is `GPL-2.0-only`).
    Ids(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<String>),
    /// A facet of the licence (the crate's licence table) has one of these values.
    Facet(FacetTest),
    /// Every test passes (for the same licence).
    AllOf(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<LicenceTest>),
    /// At least one test passes.
    AnyOf(#[cfg_attr(feature = "schema", schemars(length(min = 1)))] Vec<LicenceTest>),
    /// The test does not pass.
    Not(Box<LicenceTest>),
    /// A test with a name for people, used in reasons and next steps instead of the test
    /// spelled out ("a licence that is open in MOF's sense").
    Named(NamedTest),
}

/// A licence test with a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NamedTest {
    /// What a licence that passes is, to follow "a licence that is" (`open in MOF's sense`).
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub name: String,
    /// The test.
    pub test: Box<LicenceTest>,
}

/// A test of one facet of a licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FacetTest {
    /// The facet: `commercial_use`, `derivatives`, `redistribution`, `use_restrictions`,
    /// `user_threshold`, `outputs_training`, `attribution`, `flow_down`, `termination` or
    /// `share_alike`.
    pub name: FacetKind,
    /// The values that pass, at least one: `allowed`, `conditional`, `forbidden`, `no-clause`,
    /// `not-applicable`, `unknown`. For a burden facet (use restrictions, a threshold,
    /// attribution, flow-down, termination, share-alike) `allowed` reads "present" and
    /// `forbidden` "absent". A facet the table does not know is unknown unless `unknown` is in
    /// the set.
    #[serde(rename = "in")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub values: Vec<Facet>,
}

/// A requirement on the facts of the release (its `facts` and `kind`). Every fact given must
/// hold, at least one must be given. A fact the description does not state is unknown.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct FactsCondition {
    /// The release is a bare model (`model`) or a complete system (`system`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_kind: Option<ReleaseKind>,
    /// Whether access is monetised (`facts.monetisation`): `true` when any route is stated,
    /// `false` when every route (price, paid services, platform, personal data) is stated
    /// absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetised: Option<bool>,
    /// The cumulative training compute in FLOP (`facts.training_compute_flop`) is in a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_compute_flop: Option<NumberRange>,
    /// `facts.systemic_risk` has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systemic_risk: Option<bool>,
    /// `facts.high_risk` has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_risk: Option<bool>,
    /// `facts.prohibited_practice` has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prohibited_practice: Option<bool>,
    /// `facts.transparency_obligations` has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transparency_obligations: Option<bool>,
    /// `facts.personal_data` has this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_data: Option<bool>,
    /// `true`: `facts.sdg_relevance` lists at least one goal. An empty list is unknown (never
    /// "no goal"), so `false` is not met when a goal is listed and unknown otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sdg_relevance: Option<bool>,
    /// The attestation `facts.ownership` holds (`true`) or is stated not to (`false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership: Option<bool>,
    /// The attestation `facts.platform_independence` holds or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform_independence: Option<bool>,
    /// The attestation `facts.data_extraction` holds or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_extraction: Option<bool>,
    /// The attestation `facts.privacy` holds or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<bool>,
    /// The attestation `facts.standards` holds or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standards: Option<bool>,
    /// The attestation `facts.harm_prevention` holds or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harm_prevention: Option<bool>,
}

/// A range of numbers: at least `at_least` and below `below`; one bound or both.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NumberRange {
    /// The value must be below this (`1.0e25`: EU AI Act Art. 51(2) presumes systemic risk above
    /// 10^25 FLOP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below: Option<f64>,
    /// The value must be at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
}
