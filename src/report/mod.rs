//! What people and CI read: a release's report as HTML or Markdown, a registry overview page,
//! README badges, and diagnostics as SARIF or GitHub workflow annotations (feature `report`).
//!
//! A [`ReleaseReport`] gathers what one document says, once: its release, the grid of its
//! components (each graded open, partial or closed on licence, availability and documentation,
//! as the European Open Source AI Index grades its parameters), the verdict under every
//! framework, the open-washing findings and the diagnostics. The renderers read it:
//!
//! - [`html`]: one self-contained, accessible, printable page;
//! - [`markdown`]: the same content as GitHub-flavoured Markdown;
//! - [`overview`]: one page for a whole registry, built one summary row at a time;
//! - [`badge`]: an SVG badge with the level reached under one framework;
//! - [`sarif`]: diagnostics as a SARIF 2.1.0 log;
//! - [`github`]: diagnostics as GitHub workflow annotations.
//!
//! ```
//! use ai_openness::pipeline::Pipeline;
//! use ai_openness::report::{ReleaseReport, html};
//!
//! let text = "spec_version: 0.1.0\nname: Tiny <LM>\ncomponents:\n  - kind: model_weights\n    license: Apache-2.0\n    availability: public\n";
//! let processed = Pipeline::default().process_str(text, None);
//! let report = ReleaseReport::from_processed(&processed, Some("tiny.yaml"));
//! let page = html::render(&report);
//! assert!(page.contains("Tiny &lt;LM&gt;"));
//! assert!(!page.contains("<LM>"));
//! ```

pub mod badge;
pub mod github;
pub mod html;
pub mod markdown;
pub mod overview;
pub mod sarif;

use std::fmt;

use crate::classify::mof_1_0::MofLevel;
use crate::classify::osai_index::open_licence;
use crate::classify::washing::WashingCode;
use crate::classify::{Classification, Finding, Framework, LevelView, Status};
use crate::diagnostic::Diagnostic;
use crate::licence::Tri;
use crate::model::{Availability, Component, ContentType, Coverage, EvidenceKind, Release};
use crate::pipeline::Processed;

/// The crate's version, as reports and SARIF logs name it.
pub const TOOL_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The crate's name, as reports and SARIF logs name the tool.
pub const TOOL_NAME: &str = env!("CARGO_PKG_NAME");

/// Where the crate's documentation lives online (the repository's `docs/` folder); links in
/// reports and SARIF logs point there, since a report is read away from the repository.
pub const DOCS_URL: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/");

/// A grade on the European Open Source AI Index's three-point scale, plus unknown: the colour
/// of a cell of the component grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Grade {
    /// Open: the index's green.
    Open,
    /// Partly open: the index's orange.
    Partial,
    /// Closed: the index's red.
    Closed,
    /// The description does not say.
    Unknown,
}

impl Grade {
    /// The grade's word, shown beside its colour (never colour alone).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Partial => "partial",
            Self::Closed => "closed",
            Self::Unknown => "unknown",
        }
    }

    /// A symbol for the grade, shown with its word.
    #[must_use]
    pub const fn symbol(self) -> &'static str {
        match self {
            Self::Open => "✓",
            Self::Partial => "◐",
            Self::Closed => "✗",
            Self::Unknown => "?",
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One cell of the component grid: a grade and what it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Cell {
    /// The grade.
    pub grade: Grade,
    /// What the grade rests on, for people (the licence expression, the availability, …).
    pub text: String,
}

impl Cell {
    fn new(grade: Grade, text: impl Into<String>) -> Self {
        Self {
            grade,
            text: text.into(),
        }
    }
}

/// One row of the component grid.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ComponentRow {
    /// The component's kind, as written in documents (`model_weights`).
    pub kind: String,
    /// The component's name, when it has one.
    pub name: Option<String>,
    /// Its licence: open (an OSI-approved or Open Definition licence), closed (another
    /// licence, or `NONE`), unknown (none stated, or a licence without facts).
    pub licence: Cell,
    /// How it can be obtained: open (public), partial (gated, on request, from a third party
    /// with conditions), closed (not released, API only, unshareable), unknown.
    pub availability: Cell,
    /// How it is documented: for a document, its stated coverage (complete: open, incomplete:
    /// partial); for another component, a card or paper among its evidence (open), other
    /// evidence or a description (partial), nothing (closed).
    pub documentation: Cell,
}

impl ComponentRow {
    /// The grid row of `component`.
    #[must_use]
    pub fn new(component: &Component) -> Self {
        Self {
            kind: component.kind.as_str().to_owned(),
            name: component.name.clone(),
            licence: licence_cell(component),
            availability: availability_cell(component.availability),
            documentation: documentation_cell(component),
        }
    }
}

fn licence_cell(component: &Component) -> Cell {
    let Some(licence) = &component.license else {
        return Cell::new(Grade::Unknown, "no licence stated");
    };
    let text = licence.to_string();
    match open_licence(Some(licence)) {
        Tri::Yes => Cell::new(Grade::Open, text),
        Tri::No => Cell::new(Grade::Closed, text),
        Tri::Unknown => Cell::new(Grade::Unknown, format!("{text} (no facts known)")),
    }
}

fn availability_cell(availability: Availability) -> Cell {
    let grade = match availability {
        Availability::Public | Availability::ThirdPartyPublic => Grade::Open,
        Availability::Gated | Availability::OnRequest | Availability::ThirdPartyObtainable => {
            Grade::Partial
        }
        Availability::ApiOnly | Availability::Unshareable | Availability::NotReleased => {
            Grade::Closed
        }
        _ => Grade::Unknown,
    };
    Cell::new(grade, availability.as_str().replace('_', " "))
}

fn documentation_cell(component: &Component) -> Cell {
    if component.kind.content_type() == ContentType::Document {
        return match component.coverage {
            Some(Coverage::Complete) => Cell::new(Grade::Open, "coverage complete"),
            Some(Coverage::Incomplete) => Cell::new(Grade::Partial, "coverage incomplete"),
            _ => Cell::new(Grade::Unknown, "coverage not stated"),
        };
    }
    let documented = component
        .evidence
        .iter()
        .any(|e| matches!(e.kind, Some(EvidenceKind::Card | EvidenceKind::Paper)));
    if documented {
        Cell::new(Grade::Open, "card or paper linked")
    } else if !component.evidence.is_empty() || component.description.is_some() {
        Cell::new(Grade::Partial, "described, no card or paper")
    } else {
        Cell::new(Grade::Closed, "not documented")
    }
}

/// Everything the report of one document shows.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ReleaseReport {
    /// The file the document was read from, as given.
    pub file: Option<String>,
    /// The release's name (or the MOT file's), `""` when unknown.
    pub name: String,
    /// The release's version, when stated.
    pub version: Option<String>,
    /// The producer's name, when stated.
    pub producer: Option<String>,
    /// The release's kind (`model`, `system`, …), when it loaded.
    pub kind: Option<String>,
    /// The component grid, in the document's order.
    pub components: Vec<ComponentRow>,
    /// The verdict under every framework (none for a document with errors).
    pub classifications: Vec<Classification>,
    /// The release's open-washing findings.
    pub findings: Vec<Finding>,
    /// Every diagnostic of the document (the validator's and the importer's).
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the document has no error-severity diagnostic.
    pub valid: bool,
}

impl ReleaseReport {
    /// The report of a release built in code (or loaded elsewhere): its grid, its verdict under
    /// every built-in framework and its open-washing findings; no diagnostics.
    #[must_use]
    pub fn from_release(release: &Release) -> Self {
        let assessment = crate::classify::assess_all(release);
        Self {
            file: None,
            name: release.name.clone(),
            version: release.version.clone(),
            producer: release.producer.as_ref().map(|p| p.name.clone()),
            kind: Some(release.kind.as_str().to_owned()),
            components: release.components.iter().map(ComponentRow::new).collect(),
            classifications: assessment.classifications,
            findings: assessment.findings,
            diagnostics: Vec::new(),
            valid: true,
        }
    }

    /// The report of a document after the pipeline: a valid one is classified under every
    /// built-in framework (a Model Openness Tool file under `mof-1.0` by the exact engine, as
    /// `classify` does); an invalid one shows its diagnostics only.
    #[must_use]
    pub fn from_processed(processed: &Processed, file: Option<&str>) -> Self {
        let mut report = match processed.release() {
            Some(release) => {
                let mut report = Self::from_release(release);
                if let Some(mot) = processed.mot_verdict() {
                    for c in &mut report.classifications {
                        if c.builtin() == Some(Framework::Mof10) {
                            c.clone_from(mot);
                        }
                    }
                }
                report
            }
            None => Self {
                file: None,
                name: processed.name().unwrap_or_default().to_owned(),
                version: None,
                producer: None,
                kind: None,
                components: Vec::new(),
                classifications: Vec::new(),
                findings: Vec::new(),
                diagnostics: Vec::new(),
                valid: processed.is_valid(),
            },
        };
        report.file = file.map(str::to_owned);
        report.diagnostics = processed.diagnostics().to_vec();
        report.valid = processed.is_valid();
        report
    }

    /// The title: the name, else the file, else "Unnamed release".
    #[must_use]
    pub fn title(&self) -> &str {
        if !self.name.is_empty() {
            &self.name
        } else if let Some(file) = &self.file {
            file
        } else {
            "Unnamed release"
        }
    }

    /// The line under the title, joined with ` · ` (empty when nothing is known): `version …`,
    /// `by …`, `a …` (the kind), `file …`; `text` escapes a value for the output and `file`
    /// writes a file name.
    pub(crate) fn meta_line(
        &self,
        text: impl Fn(&str) -> String,
        file: impl Fn(&str) -> String,
    ) -> String {
        let mut parts = Vec::new();
        if let Some(v) = &self.version {
            parts.push(format!("version {}", text(v)));
        }
        if let Some(p) = &self.producer {
            parts.push(format!("by {}", text(p)));
        }
        if let Some(k) = &self.kind {
            parts.push(format!("a {}", text(k)));
        }
        if let Some(f) = &self.file {
            parts.push(format!("file {}", file(f)));
        }
        parts.join(" · ")
    }

    /// Whether the description is valid, in a sentence.
    pub(crate) fn validity(&self) -> &'static str {
        if self.valid {
            "The description is valid."
        } else {
            "The description has errors (see Diagnostics), so it is not classified."
        }
    }
}

/// A framework's short name for tables and badges: `MOF 1.0`, `OSAID 1.0`, `OSAI Index`,
/// `EU AI Act`, `DPG 1.1.4`; a custom profile's id.
#[must_use]
pub fn framework_short_name(id: &str) -> String {
    match id {
        "mof-1.0" => "MOF 1.0".to_owned(),
        "osaid-1.0" => "OSAID 1.0".to_owned(),
        "osai-index" => "OSAI Index".to_owned(),
        "eu-ai-act-2024" => "EU AI Act".to_owned(),
        "dpg-1.1.4" => "DPG 1.1.4".to_owned(),
        other => other.to_owned(),
    }
}

/// A level's short text: `Class II` for `class-2`, else the token in words (`does not conform`).
#[must_use]
pub fn level_short(level: &LevelView) -> String {
    match level.typed::<MofLevel>().and_then(MofLevel::class) {
        Some(class) => format!("Class {}", class.numeral()),
        None => level.token().replace('-', " "),
    }
}

/// Where a level stands in its framework, for its colour: the top level, the bottom one, one
/// between, or undetermined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Standing {
    /// The framework's highest level.
    Top,
    /// A level between the highest and the lowest.
    Middle,
    /// The framework's lowest level.
    Bottom,
    /// The description leaves the level undetermined.
    Undetermined,
}

impl Standing {
    /// The standing of `level` in the framework `framework` (a profile id). A custom profile's
    /// levels are read by rank: 0 is the bottom, any other a middle.
    #[must_use]
    pub fn of(framework: &str, level: &LevelView) -> Self {
        if level.token() == "undetermined" {
            return Self::Undetermined;
        }
        let top = framework
            .parse::<Framework>()
            .ok()
            .and_then(|f| f.spec().levels.iter().map(|l| l.rank).max());
        match (level.rank(), top) {
            (0, _) => Self::Bottom,
            (r, Some(t)) if r >= t => Self::Top,
            _ => Self::Middle,
        }
    }

    /// The grade colour the standing shares.
    #[must_use]
    pub const fn grade(self) -> Grade {
        match self {
            Self::Top => Grade::Open,
            Self::Middle => Grade::Partial,
            Self::Bottom => Grade::Closed,
            Self::Undetermined => Grade::Unknown,
        }
    }
}

/// The link to the section of `docs/open-washing.md` on a finding's pattern, when the code is an
/// open-washing pattern's.
#[must_use]
pub fn finding_url(finding: &Finding) -> Option<String> {
    WashingCode::ALL
        .iter()
        .any(|w| finding.code == w.as_str())
        .then(|| format!("{DOCS_URL}open-washing.md#{}", finding.code))
}

/// Escapes text for HTML and XML (text and attribute values): `&`, `<`, `>`, `"`, `'`.
#[must_use]
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A classification's key numbers in words: the MOF progress toward each class, the OSAI Index
/// score; `""` for frameworks whose level says it all.
#[must_use]
pub fn key_result(verdict: &Classification) -> String {
    if let Some(mof) = verdict.mof() {
        if let Some(error) = mof.rejected() {
            return format!("MOT rejects the file: {}", error.message);
        }
        if let Some(p) = mof.progress() {
            return format!(
                "progress: Class III {:.1}%, Class II {:.1}%, Class I {:.1}%",
                p.class_3, p.class_2, p.class_1
            );
        }
    }
    if let Some(osai) = verdict.osai_index() {
        return osai
            .score
            .map_or_else(|| "no score".to_owned(), |s| format!("score {s:.3}"));
    }
    String::new()
}

/// The counts of a classification's criteria: met, not met, unknown.
#[must_use]
pub fn criteria_counts(verdict: &Classification) -> (usize, usize, usize) {
    let count = |s| verdict.criteria_with(s).count();
    (
        count(Status::Met),
        count(Status::NotMet),
        count(Status::Unknown),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ComponentKind, Evidence, Url};

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape_xml("<script>alert('x & \"y\"')</script>"),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape_xml("a\u{0}b"), "a\u{FFFD}b");
    }

    #[test]
    fn cells_grade_licence_availability_and_documentation() {
        let open = Component::new(ComponentKind::ModelWeights)
            .with_licence("Apache-2.0".parse::<crate::Licence>().unwrap())
            .with_availability(Availability::Public)
            .with_evidence(
                Evidence::new("https://example.org/card".parse::<Url>().unwrap())
                    .with_kind(EvidenceKind::Card),
            );
        let row = ComponentRow::new(&open);
        assert_eq!(row.licence.grade, Grade::Open);
        assert_eq!(row.licence.text, "Apache-2.0");
        assert_eq!(row.availability.grade, Grade::Open);
        assert_eq!(row.documentation.grade, Grade::Open);

        let closed = Component::new(ComponentKind::TrainingCode)
            .with_licence("CC-BY-NC-4.0".parse::<crate::Licence>().unwrap())
            .with_availability(Availability::Gated);
        let row = ComponentRow::new(&closed);
        assert_eq!(row.licence.grade, Grade::Closed);
        assert_eq!(row.availability.grade, Grade::Partial);
        assert_eq!(row.documentation.grade, Grade::Closed);

        let card = Component::new(ComponentKind::ModelCard).with_coverage(Coverage::Incomplete);
        let row = ComponentRow::new(&card);
        assert_eq!(row.licence.grade, Grade::Unknown);
        assert_eq!(row.availability.grade, Grade::Unknown);
        assert_eq!(row.documentation.grade, Grade::Partial);
    }

    #[test]
    fn standings_follow_the_framework_levels() {
        let verdicts = crate::classify::classify_all(&Release::new("Empty"));
        let mof = &verdicts[0];
        assert_eq!(mof.framework, "mof-1.0");
        assert_eq!(Standing::of("mof-1.0", &mof.level), Standing::Bottom);
        let class1: LevelView = (&crate::classify::mof_1_0::SPEC.levels[0]).into();
        assert_eq!(level_short(&class1), "Class I");
        assert_eq!(Standing::of("mof-1.0", &class1), Standing::Top);
        let class2: LevelView = (&crate::classify::mof_1_0::SPEC.levels[1]).into();
        assert_eq!(Standing::of("mof-1.0", &class2), Standing::Middle);
        let osai = &verdicts[2];
        assert_eq!(
            Standing::of(osai.framework.as_str(), &osai.level),
            Standing::Undetermined
        );
    }
}
