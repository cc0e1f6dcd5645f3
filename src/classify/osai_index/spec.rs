//! The `osai-index` framework as data ([`FrameworkSpec`]) and its typed levels ([`OsaiIndexLevel`]).
//!
//! The one place where the index's level tokens and parameter names are written: the parameter
//! sets ([`super::parameters`]) read the names from [`SPEC`]'s items, the criteria are built from
//! them, and `rdf` builds its terms from them.

use crate::classify::spec::{FrameworkSpec, ItemSpec, LevelSpec, item};
use crate::model::ComponentKind as K;

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "osai-index",
    name: "European Open Source AI Index",
    version: "2026-03-13",
    comment: "The European Open Source AI Index (Liesenfeld and Dingemanse): each parameter graded open, partial or closed, and a score.",
    source: "https://osai-index.eu",
    levels: &[
        LevelSpec {
            token: "open",
            label: "OSAI Index: open on every parameter",
            comment: "Every applicable parameter of the European Open Source AI Index is graded open (the index defines no overall level; this one needs no threshold).",
            rank: 3,
            class: Some("OsaiIndexOpenRelease"),
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "partial",
            label: "OSAI Index: partly open",
            comment: "Some applicable parameters of the European Open Source AI Index are open or partial and some are not open.",
            rank: 2,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "undetermined",
            label: "OSAI Index: undetermined",
            comment: "The description leaves parameters unknown, so whether the release is open, partly open or closed on the European Open Source AI Index cannot be told.",
            rank: 1,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "closed",
            label: "OSAI Index: closed on every parameter",
            comment: "Every applicable parameter of the European Open Source AI Index is graded closed.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: ITEMS,
};

/// The 12 parameters of the index's current parameter set (`_parameters.yml` of
/// `Language-Technology-Assessment/main-database@376230f`, in file order, which
/// [`Parameter`](super::Parameter) shares: the variant's discriminant is the item's index). The
/// name is the parameter's display `name`; the kinds are the components that answer it
/// (`grading` adds the fallbacks the rubric allows: the end model's parts for a release without a
/// base/end split, and the code around the model for `trainingcode`).
const ITEMS: &[ItemSpec] = &[
    item(
        "datasources-basemodel",
        "Base Model Data",
        "OSAI Index, _parameters.yml (2026-03-13), category `availability`",
        &[K::PretrainingData],
    ),
    item(
        "datasources-endmodel",
        "End User Model Data",
        "OSAI Index, _parameters.yml (2026-03-13), category `availability`",
        &[K::PostTrainingData],
    ),
    item(
        "weights-basemodel",
        "Base Model Weights",
        "OSAI Index, _parameters.yml (2026-03-13), category `availability`",
        &[K::BaseModelWeights],
    ),
    item(
        "weights-endmodel",
        "End User Model Weights",
        "OSAI Index, _parameters.yml (2026-03-13), category `availability`",
        &[K::ModelWeights],
    ),
    item(
        "trainingcode",
        "Training Code",
        "OSAI Index, _parameters.yml (2026-03-13), category `availability`",
        &[K::TrainingCode, K::DataPreprocessingCode],
    ),
    item(
        "code",
        "Code Documentation",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::CodeDocumentation],
    ),
    item(
        "hardware-architecture",
        "Hardware Architecture",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::ComputeReport],
    ),
    item(
        "preprint",
        "Preprint",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::TechnicalReport],
    ),
    item(
        "paper",
        "Paper",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::ResearchPaper],
    ),
    item(
        "modelcard",
        "Modelcard",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::ModelCard],
    ),
    item(
        "datasheet",
        "Datasheet",
        "OSAI Index, _parameters.yml (2026-03-13), category `documentation`",
        &[K::DataCard],
    ),
    item(
        "licenses",
        "Licenses",
        "OSAI Index, _parameters.yml (2026-03-13), category `access`",
        &[],
    ),
];

crate::classify::spec::levels! {
    /// The levels of `osai-index`, in the order of [`SPEC`]'s levels.
    pub enum OsaiIndexLevel of SPEC {
        /// `open`: Every applicable parameter is graded open.
        Open,
        /// `partial`: Some parameters are above closed and some below open.
        Partial,
        /// `undetermined`: Unknown parameters leave it open which.
        Undetermined,
        /// `closed`: Every applicable parameter is graded closed.
        Closed,
    }
}
