//! `docs/licences.md` shows the crate's licence table: the part between the `BEGIN GENERATED` and
//! `END GENERATED` markers is rendered here from `ai_openness::licence::table()` and must equal
//! the committed text, so the page can never drift from the code.
//!
//! After changing the table, regenerate the page with
//! `AI_OPENNESS_BLESS=1 cargo test --test docs_licences` and review the diff.

use std::fmt::Write as _;
use std::path::Path;

use ai_openness::licence::{
    Ambiguity, Facet, FacetCell, FacetKind, LicenceInfo, NormalisationReason, normalise, table,
};

const BEGIN: &str = "<!-- BEGIN GENERATED: tests/docs_licences.rs -->";
const END: &str = "<!-- END GENERATED: tests/docs_licences.rs -->";

/// Texts as model metadata writes them, shown with what the normaliser makes of them.
const SPELLINGS: &[&str] = &[
    "Apache-2.0",
    "apache-2.0",
    "APACHE-2.0",
    "Apache 2.0",
    "Apache License 2.0",
    "GPL-2.0",
    "GPL-2.0+",
    "gpl-3.0",
    "llama3.1",
    "Llama-3",
    "Meta Llama 3 Community License Agreement",
    "llama",
    "openrail++",
    "OpenRAIL-M",
    "openrail",
    "gemma",
    "cc-by-nc-4.0",
    "CC BY 4.0",
    "Creative Commons Attribution Non Commercial 4.0 International",
    "cc0",
    "ODC-PDDL-1.0",
    "odbl",
    "mrl",
    "deepseek-license",
    "tii-falcon-llm",
    "other",
];

/// A table cell: pipes escaped, line breaks folded.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn facet_short(c: &FacetCell) -> String {
    if c.clause.is_empty() {
        c.value.symbol().to_owned()
    } else {
        format!("{} {}", c.value.symbol(), c.clause)
    }
}

fn or_dash(v: Option<&str>) -> String {
    v.map_or_else(|| "—".to_owned(), |s| format!("`{}`", cell(s)))
}

fn content_types(info: &LicenceInfo) -> String {
    if info.content_types.is_empty() {
        "?".to_owned()
    } else {
        info.content_types
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn facet_name(kind: FacetKind) -> &'static str {
    match kind {
        FacetKind::CommercialUse => "commercial use",
        FacetKind::Derivatives => "derivatives",
        FacetKind::Redistribution => "redistribution",
        FacetKind::UseRestrictions => "use restrictions",
        FacetKind::UserThreshold => "user or revenue threshold",
        FacetKind::OutputsTraining => "outputs used to train other models",
        FacetKind::Attribution => "attribution or naming",
        FacetKind::FlowDown => "flow-down to derivatives",
        FacetKind::Termination => "termination on breach",
        FacetKind::ShareAlike => "share-alike",
        _ => kind.as_str(),
    }
}

fn reason(r: &NormalisationReason) -> String {
    match r {
        NormalisationReason::Exact => "exact id".to_owned(),
        NormalisationReason::DeprecatedId => "deprecated SPDX id".to_owned(),
        NormalisationReason::CaseMismatch => "id in another case".to_owned(),
        NormalisationReason::HuggingFaceId => "Hugging Face id".to_owned(),
        NormalisationReason::LicenceName => "licence name or slug".to_owned(),
        NormalisationReason::ScanCodeKey => "ScanCode key".to_owned(),
        NormalisationReason::PseudoSpdxId => "pseudo-SPDX id".to_owned(),
        NormalisationReason::FullName => "full name".to_owned(),
        NormalisationReason::Alias => "common spelling".to_owned(),
        NormalisationReason::Ambiguous { kind, .. } => format!("ambiguous: {}", ambiguity(*kind)),
        other => format!("{other:?}"),
    }
}

fn ambiguity(a: Ambiguity) -> String {
    match a {
        Ambiguity::Family => "a family of licences".to_owned(),
        Ambiguity::VersionUnstated => "no version".to_owned(),
        Ambiguity::OnlyOrLater => "no `-only` or `-or-later`".to_owned(),
        Ambiguity::SeveralTexts => "one name for several texts".to_owned(),
        Ambiguity::Placeholder => "a placeholder".to_owned(),
        other => format!("{other:?}"),
    }
}

/// The generated part of `docs/licences.md`.
fn render() -> String {
    let rows = table();
    let mut out = String::new();
    let _ = writeln!(out, "{BEGIN}");
    let _ = writeln!(
        out,
        "<!-- Do not edit by hand: run `AI_OPENNESS_BLESS=1 cargo test --test docs_licences`. -->"
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "<a id=\"table\"></a>");
    let _ = writeln!(out, "## The table ({} licences)", rows.len());
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Each facet cell is the legend symbol and the clause it rests on; the notes are in the \
         licence's own section below. `ref` is the row number in the reference compilation \
         (rows 1–31), `—` for rows this crate added."
    );
    let _ = writeln!(out);
    let mut head = String::from("| id | HF id | ref | OSI | FSF | open data | content types |");
    let mut rule = String::from("|---|---|---|---|---|---|---|");
    for kind in FacetKind::ALL {
        let _ = write!(head, " {} |", facet_name(*kind));
        rule.push_str("---|");
    }
    head.push_str(" evidence |");
    rule.push_str("---|");
    let _ = writeln!(out, "{head}");
    let _ = writeln!(out, "{rule}");
    for info in rows {
        let mut line = format!(
            "| [`{id}`](#{id}) | {hf} | {r} | {osi} | {fsf} | {od} | {ct} |",
            id = info.id,
            hf = or_dash(info.hf_id),
            r = info
                .reference_row
                .map_or_else(|| "—".to_owned(), |r| r.to_string()),
            osi = info.osi_approved(),
            fsf = info.fsf_libre(),
            od = info.open_data,
            ct = content_types(info),
        );
        for kind in FacetKind::ALL {
            let _ = write!(line, " {} |", cell(&facet_short(info.facets.get(*kind))));
        }
        let _ = write!(line, " {} |", info.evidence);
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "<a id=\"rows\"></a>");
    let _ = writeln!(out, "## Each licence");
    for info in rows {
        let _ = writeln!(out);
        let _ = writeln!(out, "<a id=\"{}\"></a>", info.id);
        let _ = writeln!(out, "### `{}`", info.id);
        let _ = writeln!(out);
        let mut facts = vec![format!("**{}**", cell(info.name))];
        if let Some(v) = info.version {
            facts.push(format!("version {v}"));
        }
        if let Some(d) = info.date {
            facts.push(format!("dated {d}"));
        }
        if let Some(hf) = info.hf_id {
            facts.push(format!("Hugging Face id `{hf}`"));
        }
        if let Some(r) = info.reference_row {
            facts.push(format!("reference row {r}"));
        }
        facts.push(format!(
            "OSI-approved: {}; FSF libre: {}; Open Definition: {}",
            info.osi_approved(),
            info.fsf_libre(),
            info.open_data
        ));
        facts.push(format!("suits: {}", content_types(info)));
        facts.push(format!("evidence: {}", info.evidence));
        let _ = writeln!(out, "{}.", facts.join("; "));
        if !info.source.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Source: <{}>", info.source);
        }
        if let Some(t) = info.threshold {
            let _ = writeln!(out);
            let _ = writeln!(out, "Threshold: {}.", cell(t));
        }
        if !info.note.is_empty() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Note: {}", cell(info.note));
        }
        if FacetKind::ALL.iter().all(|k| {
            info.facets.get(*k).value == Facet::Unknown && info.facets.get(*k).note.is_empty()
        }) {
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "Every facet is unknown (`?`): the text was not reviewed."
            );
            continue;
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "| facet | value | clause | note |");
        let _ = writeln!(out, "|---|---|---|---|");
        for kind in FacetKind::ALL {
            let c = info.facets.get(*kind);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                facet_name(*kind),
                c.value.symbol(),
                cell(c.clause),
                cell(c.note)
            );
        }
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "<a id=\"spellings\"></a>");
    let _ = writeln!(out, "## What the normaliser makes of common spellings");
    let _ = writeln!(out);
    let _ = writeln!(out, "| written | licence | matched as |");
    let _ = writeln!(out, "|---|---|---|");
    for text in SPELLINGS {
        let (to, why) = match normalise(text) {
            Some(n) => {
                let to = match n.id {
                    Some(id) => format!("`{id}`"),
                    None if n.candidates().is_empty() => "none (no candidates)".to_owned(),
                    None => n
                        .candidates()
                        .iter()
                        .map(|c| format!("`{c}`"))
                        .collect::<Vec<_>>()
                        .join(" or "),
                };
                (to, reason(&n.reason))
            }
            None => ("not recognised".to_owned(), "—".to_owned()),
        };
        let _ = writeln!(out, "| `{}` | {} | {} |", cell(text), to, why);
    }
    let _ = writeln!(out);
    let _ = write!(out, "{END}");
    out
}

#[test]
fn licence_page_matches_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/licences.md");
    let page = std::fs::read_to_string(&path).expect("docs/licences.md is committed");
    let (Some(start), Some(end)) = (page.find(BEGIN), page.find(END)) else {
        panic!("docs/licences.md lacks the {BEGIN} / {END} markers");
    };
    assert!(start < end, "markers out of order in docs/licences.md");
    let committed = &page[start..end + END.len()];
    let fresh = render();
    if committed == fresh {
        return;
    }
    if std::env::var_os("AI_OPENNESS_BLESS").is_some() {
        let updated = format!("{}{}{}", &page[..start], fresh, &page[end + END.len()..]);
        std::fs::write(&path, updated).expect("write docs/licences.md");
        eprintln!("docs/licences.md regenerated; review and commit the diff");
        return;
    }
    let line = committed
        .lines()
        .zip(fresh.lines())
        .position(|(a, b)| a != b)
        .map_or(committed.lines().count().min(fresh.lines().count()), |i| i);
    panic!(
        "docs/licences.md is out of date with src/licence/table.rs (first difference at line {} \
         of the generated part):\n  committed: {:?}\n  generated: {:?}\nrun \
         `AI_OPENNESS_BLESS=1 cargo test --test docs_licences`",
        line + 1,
        committed.lines().nth(line),
        fresh.lines().nth(line)
    );
}

#[test]
fn every_licence_has_an_anchor_and_every_source_is_a_url() {
    let page = render();
    for info in table() {
        assert!(
            page.contains(&format!("<a id=\"{}\"></a>", info.id)),
            "no anchor for {}",
            info.id
        );
        assert!(
            info.source.is_empty() || info.source.starts_with("https://"),
            "{}: source is not a URL: {}",
            info.id,
            info.source
        );
    }
}
