//! Layer 4: semantic rules the schema cannot express, one group per file.
//!
//! They run on the typed [`Release`] (so only after the schema and the typed load passed) and
//! report JSON Pointers into the submitted document: the model keeps the order of every list, so
//! `components[i]` is `/components/i`.

mod claims;
mod components;
mod dates;
mod evaluations;
mod licences;
mod lineage;
pub(crate) mod text;
mod urls;

use crate::diagnostic::Diagnostic;
use crate::model::{Date, Evidence, Release, Url};
use crate::syntax::Node;

/// What every rule sees.
pub(crate) struct Context<'a> {
    /// The release.
    pub release: &'a Release,
    /// The syntax tree it came from (to tell how a value was written).
    pub tree: &'a Node,
    /// Today's date, for `future-date`.
    pub today: Date,
}

/// Runs every rule.
pub(crate) fn run(cx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    components::check(cx, &mut out);
    licences::check(cx, &mut out);
    claims::check(cx, &mut out);
    lineage::check(cx, &mut out);
    evaluations::check(cx, &mut out);
    dates::check(cx, &mut out);
    urls::check(cx, &mut out);
    text::check(cx, &mut out);
    out
}

/// Every piece of evidence in the release, with the pointer of its list.
pub(crate) fn evidence_lists(release: &Release) -> Vec<(String, &[Evidence])> {
    let mut out: Vec<(String, &[Evidence])> = vec![("/evidence".to_owned(), &release.evidence)];
    for (i, c) in release.components.iter().enumerate() {
        out.push((format!("/components/{i}/evidence"), &c.evidence));
    }
    for (i, e) in release.evaluations.iter().enumerate() {
        out.push((format!("/evaluations/{i}/evidence"), &e.evidence));
    }
    for (i, c) in release.claims.iter().enumerate() {
        out.push((format!("/claims/{i}/evidence"), &c.evidence));
    }
    let facts = &release.facts;
    if let Some(m) = &facts.monetisation {
        out.push(("/facts/monetisation/evidence".to_owned(), &m.evidence));
    }
    for (i, s) in facts.sdg_relevance.iter().enumerate() {
        out.push((format!("/facts/sdg_relevance/{i}/evidence"), &s.evidence));
    }
    let attestations = [
        ("ownership", &facts.ownership),
        ("platform_independence", &facts.platform_independence),
        ("data_extraction", &facts.data_extraction),
        ("privacy", &facts.privacy),
        ("standards", &facts.standards),
        ("harm_prevention", &facts.harm_prevention),
    ];
    for (name, attestation) in attestations {
        if let Some(a) = attestation {
            out.push((format!("/facts/{name}/evidence"), &a.evidence));
        }
    }
    out
}

/// Every URL in the release, with its pointer.
pub(crate) fn urls(release: &Release) -> Vec<(String, &Url)> {
    let mut out = Vec::new();
    if let Some(u) = &release.homepage {
        out.push(("/homepage".to_owned(), u));
    }
    if let Some(u) = release.producer.as_ref().and_then(|p| p.url.as_ref()) {
        out.push(("/producer/url".to_owned(), u));
    }
    for (i, l) in release.lineage.iter().enumerate() {
        if let Some(u) = &l.base.url {
            out.push((format!("/lineage/{i}/base/url"), u));
        }
    }
    for (i, c) in release.components.iter().enumerate() {
        if let Some(u) = &c.location {
            out.push((format!("/components/{i}/location"), u));
        }
        if let Some(u) = c.access_terms.as_ref().and_then(|t| t.url.as_ref()) {
            out.push((format!("/components/{i}/access_terms/url"), u));
        }
        if let Some(u) = c.license.as_ref().and_then(|l| l.url.as_ref()) {
            out.push((format!("/components/{i}/license/url"), u));
        }
        for (j, l) in c.lineage.iter().enumerate() {
            if let Some(u) = &l.base.url {
                out.push((format!("/components/{i}/lineage/{j}/base/url"), u));
            }
        }
    }
    for (list, evidence) in evidence_lists(release) {
        for (j, e) in evidence.iter().enumerate() {
            out.push((format!("{list}/{j}/url"), &e.url));
        }
    }
    out
}
