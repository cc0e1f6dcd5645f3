//! One release on one HTML page: the summary of levels, the component grid (coloured open,
//! partial or closed like the European Open Source AI Index table), the open-washing findings,
//! the verdict under every framework with its criteria and next steps, and the diagnostics.
//!
//! The page is one self-contained file: inline CSS, no scripts, no external fetches (links to the
//! documentation are plain links). It is accessible (text contrast of at least 4.5:1, one `h1`
//! and headings in order, tables with captions and `th scope`, every colour paired with a word
//! and a symbol) and printable (`@media print`). Every text of the document is escaped.

use std::fmt::Write as _;

use super::{
    Cell, ReleaseReport, Standing, TOOL_NAME, TOOL_VERSION, criteria_counts, escape_xml as e,
    finding_url, framework_short_name, key_result, level_short,
};
use crate::classify::{Classification, Status};
use crate::diagnostic::Severity;

/// The page's style sheet, shared with the overview page. Colours: text on the tinted
/// backgrounds has a contrast of at least 7:1; links 8:1 on white.
pub(crate) const STYLE: &str = "\
:root{color-scheme:light}\
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;\
color:#1a1a1a;background:#fff;margin:0;padding:1.5rem 2rem;max-width:72rem}\
a{color:#0645ad}\
h1{font-size:1.7rem;margin:0 0 .3rem}\
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid #d0d0d0;padding-bottom:.2rem}\
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}\
h4{font-size:1rem;margin:.9rem 0 .3rem}\
table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%}\
caption{text-align:left;font-weight:600;padding:.2rem 0 .4rem}\
th,td{border:1px solid #bdbdbd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
thead th{background:#f0f0f0}\
tbody th{font-weight:600;background:#fafafa}\
.g-open{background:#dcf5e3;color:#0d4f22}\
.g-partial{background:#ffe9c7;color:#663500}\
.g-closed{background:#fbdada;color:#7d1111}\
.g-unknown{background:#ececec;color:#303030}\
.grade{font-weight:700;white-space:nowrap}.wrap{overflow-x:auto}\
.sub{display:block;font-size:.85em}\
.meta{margin:.2rem 0;color:#3d3d3d}\
.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;border-radius:3px}\
.sev-error{color:#8a1010;font-weight:700}.sev-warning{color:#6b3a00;font-weight:700}\
.sev-info{color:#303030;font-weight:700}\
code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.92em;word-break:break-word}\
footer{margin-top:2.5rem;font-size:.85rem;color:#3d3d3d}\
@media print{body{padding:0;font-size:10pt;max-width:none}a{color:inherit}\
h2,h3{break-after:avoid}tr,li{break-inside:avoid}\
.g-open,.g-partial,.g-closed,.g-unknown{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// Escapes `text` and shows its `` `quoted` `` spans as code, as the crate's messages quote
/// values, fields and licences.
pub(crate) fn rich(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() < 3 {
        return e(text);
    }
    let mut out = String::with_capacity(text.len() + 32);
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 && (i < last || parts.len() % 2 == 1) {
            out.push_str("<code>");
            out.push_str(&e(part));
            out.push_str("</code>");
        } else {
            if i % 2 == 1 {
                // An unpaired last backtick stays as written.
                out.push('`');
            }
            out.push_str(&e(part));
        }
    }
    out
}

/// The CSS class of a grade.
pub(crate) fn grade_class(grade: super::Grade) -> &'static str {
    match grade {
        super::Grade::Open => "g-open",
        super::Grade::Partial => "g-partial",
        super::Grade::Closed => "g-closed",
        super::Grade::Unknown => "g-unknown",
    }
}

/// The grade of a criterion's status.
const fn status_grade(status: Status) -> super::Grade {
    match status {
        Status::Met => super::Grade::Open,
        Status::NotMet => super::Grade::Closed,
        _ => super::Grade::Unknown,
    }
}

/// Renders the report of one release as a self-contained HTML page.
#[must_use]
pub fn render(report: &ReleaseReport) -> String {
    let mut out = String::with_capacity(32 * 1024);
    // Writing to a `String` cannot fail.
    let _ = write_page(&mut out, report);
    out
}

fn write_page(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    let title = e(report.title());
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{TOOL_NAME} {TOOL_VERSION}\">\n\
         <title>{title}: openness report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n"
    )?;
    write_meta(out, report)?;
    write_summary(out, report)?;
    write_components(out, report)?;
    write_findings(out, report)?;
    write_verdicts(out, report)?;
    write_diagnostics(out, report)?;
    write!(
        out,
        "</main>\n<footer><p>Made by {TOOL_NAME} {TOOL_VERSION} from the description alone; \
         a fact the description does not state is unknown, never closed. The EU AI Act verdict \
         is not legal advice.</p></footer>\n</body>\n</html>\n"
    )
}

fn write_meta(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    let meta = report.meta_line(e, |f| format!("<code>{}</code>", e(f)));
    if !meta.is_empty() {
        writeln!(out, "<p class=\"meta\">{meta}</p>")?;
    }
    writeln!(out, "<p class=\"meta\">{}</p>", report.validity())
}

fn write_summary(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    if report.classifications.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Levels</h2>\n<table>\n\
         <caption>The level reached under each framework</caption>\n<thead><tr>\
         <th scope=\"col\">Framework</th><th scope=\"col\">Level</th>\
         <th scope=\"col\">Criteria met / not met / unknown</th>\
         <th scope=\"col\">Key result</th></tr></thead>\n<tbody>\n",
    );
    for c in &report.classifications {
        let standing = Standing::of(c.framework.as_str(), &c.level);
        let grade = standing.grade();
        let (met, not_met, unknown) = criteria_counts(c);
        writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#fw-{id}\">{name}</a></th>\
             <td class=\"{class}\"><span class=\"grade\">{symbol} {short}</span>\
             <span class=\"sub\">{label}</span></td><td>{met} / {not_met} / {unknown}</td>\
             <td>{key}</td></tr>",
            id = e(c.framework.as_str()),
            name = e(&framework_short_name(c.framework.as_str())),
            class = grade_class(grade),
            symbol = grade.symbol(),
            short = e(&level_short(&c.level)),
            label = e(c.level.label()),
            key = e(&key_result(c)),
        )?;
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

fn write_cell(out: &mut String, cell: &Cell) -> std::fmt::Result {
    write!(
        out,
        "<td class=\"{}\"><span class=\"grade\">{} {}</span><span class=\"sub\">{}</span></td>",
        grade_class(cell.grade),
        cell.grade.symbol(),
        cell.grade,
        e(&cell.text)
    )
}

fn write_components(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    if report.components.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section aria-labelledby=\"components\">\n<h2 id=\"components\">Components</h2>\n\
         <p class=\"legend\">Each component is graded on the three-point scale of the European \
         Open Source AI Index: <span class=\"g-open\">✓ open</span>\
         <span class=\"g-partial\">◐ partial</span><span class=\"g-closed\">✗ closed</span>\
         <span class=\"g-unknown\">? unknown</span> (not stated in the description).</p>\n\
         <table>\n<caption>Components by licence, availability and documentation</caption>\n\
         <thead><tr><th scope=\"col\">Component</th><th scope=\"col\">Licence</th>\
         <th scope=\"col\">Availability</th><th scope=\"col\">Documentation</th></tr></thead>\n\
         <tbody>\n",
    );
    for row in &report.components {
        write!(out, "<tr><th scope=\"row\"><code>{}</code>", e(&row.kind))?;
        if let Some(name) = &row.name {
            write!(out, "<span class=\"sub\">{}</span>", e(name))?;
        }
        out.push_str("</th>");
        write_cell(out, &row.licence)?;
        write_cell(out, &row.availability)?;
        write_cell(out, &row.documentation)?;
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

const fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "sev-error",
        Severity::Warning => "sev-warning",
        _ => "sev-info",
    }
}

fn write_findings(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    if !report.valid {
        return Ok(());
    }
    out.push_str(
        "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Open-washing findings</h2>\n",
    );
    if report.findings.is_empty() {
        out.push_str(
            "<p>None: no claim of the description goes beyond what its components show.</p>\n",
        );
    } else {
        out.push_str("<ul>\n");
        for f in &report.findings {
            let code = match finding_url(f) {
                Some(url) => format!(
                    "<a href=\"{}\"><code>{}</code></a>",
                    e(&url),
                    e(f.code.as_str())
                ),
                None => format!("<code>{}</code>", e(f.code.as_str())),
            };
            write!(
                out,
                "<li><span class=\"{}\">{}</span> {code}",
                severity_class(f.severity),
                f.severity
            )?;
            if let Some(pattern) = &f.pattern {
                write!(out, " (pattern: <strong>{}</strong>)", e(pattern))?;
            }
            if !f.pointer.is_empty() {
                write!(out, " at <code>{}</code>", e(&f.pointer))?;
            }
            write!(out, ": {}", rich(&f.message))?;
            if let Some(clause) = &f.clause {
                write!(out, " <span class=\"sub\">Source: {}</span>", e(clause))?;
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

fn write_verdicts(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    if report.classifications.is_empty() {
        return Ok(());
    }
    out.push_str("<section aria-labelledby=\"verdicts\">\n<h2 id=\"verdicts\">Verdicts</h2>\n");
    for c in &report.classifications {
        write_verdict(out, c)?;
    }
    out.push_str("</section>\n");
    Ok(())
}

fn write_verdict(out: &mut String, c: &Classification) -> std::fmt::Result {
    let id = e(c.framework.as_str());
    let name = c
        .builtin()
        .map_or_else(|| c.framework.as_str().to_owned(), |f| f.name().to_owned());
    let grade = Standing::of(c.framework.as_str(), &c.level).grade();
    writeln!(
        out,
        "<section aria-labelledby=\"fw-{id}\">\n<h3 id=\"fw-{id}\">{} (<code>{id}</code>): \
         <span class=\"{}\">{} {}</span></h3>",
        e(&name),
        grade_class(grade),
        grade.symbol(),
        e(c.level.label())
    )?;
    let key = key_result(c);
    if !key.is_empty() {
        writeln!(out, "<p>{}</p>", e(&key))?;
    }
    if !c.criteria.is_empty() {
        write!(
            out,
            "<table>\n<caption>{} criteria</caption>\n<thead><tr><th scope=\"col\">Status</th>\
             <th scope=\"col\">Criterion</th><th scope=\"col\">Clause</th>\
             <th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
            e(&framework_short_name(c.framework.as_str()))
        )?;
        for criterion in &c.criteria {
            let grade = status_grade(criterion.status);
            write!(
                out,
                "<tr><td class=\"{}\"><span class=\"grade\">{} {}</span></td>\
                 <th scope=\"row\"><code>{}</code></th><td>{}</td><td>{}",
                grade_class(grade),
                grade.symbol(),
                criterion.status,
                e(criterion.id.as_str()),
                e(&criterion.clause),
                rich(&criterion.reason)
            )?;
            if let Some(settle) = &criterion.settle {
                write!(
                    out,
                    "<span class=\"sub\">To settle it: {}</span>",
                    rich(settle)
                )?;
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if !c.next_steps.is_empty() {
        out.push_str("<h4>Next steps, cheapest first</h4>\n<ol>\n");
        for step in &c.next_steps {
            writeln!(
                out,
                "<li>{} <span class=\"sub\">toward {}</span></li>",
                rich(&step.message),
                e(step.target.label())
            )?;
        }
        out.push_str("</ol>\n");
    }
    if !c.notes.is_empty() {
        out.push_str("<h4>Notes</h4>\n<ul>\n");
        for note in &c.notes {
            writeln!(
                out,
                "<li><span class=\"{}\">{}</span> <code>{}</code>: {}</li>",
                severity_class(note.severity),
                note.severity,
                e(note.code.as_str()),
                rich(&note.message)
            )?;
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    Ok(())
}

fn write_diagnostics(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    if report.diagnostics.is_empty() {
        return Ok(());
    }
    out.push_str(
        "<section aria-labelledby=\"diagnostics\">\n<h2 id=\"diagnostics\">Diagnostics</h2>\n\
         <table>\n<caption>What the validator and the importer report, in line order</caption>\n\
         <thead><tr><th scope=\"col\">Line:column</th><th scope=\"col\">Severity</th>\
         <th scope=\"col\">Code</th><th scope=\"col\">Where</th><th scope=\"col\">Message</th>\
         </tr></thead>\n<tbody>\n",
    );
    for d in &report.diagnostics {
        let at = match (d.line, d.column) {
            (Some(l), Some(c)) => format!("{l}:{c}"),
            _ => "–".to_owned(),
        };
        let pointer = if d.pointer.is_empty() {
            "/"
        } else {
            &d.pointer
        };
        write!(
            out,
            "<tr><td>{at}</td><td class=\"{}\">{}</td><td><a href=\"{}diagnostics.md#codes\">\
             <code>{}</code></a></td><td><code>{}</code></td><td>{}",
            severity_class(d.severity),
            d.severity,
            super::DOCS_URL,
            d.code,
            e(pointer),
            rich(&d.message)
        )?;
        if let Some(s) = &d.suggestion {
            write!(
                out,
                " <span class=\"sub\">Suggestion: <code>{}</code></span>",
                e(s)
            )?;
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Availability, Licence};
    use crate::model::{Claim, ClaimKind, Component, ComponentKind, Release};

    fn hostile() -> Release {
        let mut release = Release::new("<script>alert(1)</script> & \"LM\"");
        release.version = Some("<img src=x onerror=alert(2)>".to_owned());
        release.components.push(
            Component::new(ComponentKind::ModelWeights)
                .with_name("</td><script>evil()</script>")
                .with_licence("Apache-2.0".parse::<Licence>().unwrap())
                .with_availability(Availability::Public),
        );
        release.claims.push(Claim::new(ClaimKind::OpenSource));
        release
    }

    #[test]
    fn quoted_spans_become_code_and_stay_escaped() {
        assert_eq!(rich("a `<b>` c"), "a <code>&lt;b&gt;</code> c");
        assert_eq!(rich("`x` and `y"), "<code>x</code> and `y");
        assert_eq!(rich("no quotes <i>"), "no quotes &lt;i&gt;");
        assert_eq!(rich("``"), "<code></code>");
    }

    #[test]
    fn document_text_renders_as_text() {
        let page = render(&ReleaseReport::from_release(&hostile()));
        assert!(!page.contains("<script"), "{page}");
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;LM&quot;"));
        assert!(page.contains("&lt;/td&gt;&lt;script&gt;evil()&lt;/script&gt;"));
    }

    #[test]
    fn the_page_has_every_framework_finding_and_component() {
        let report = ReleaseReport::from_release(&hostile());
        let page = render(&report);
        for c in &report.classifications {
            assert!(page.contains(&format!("id=\"fw-{}\"", c.framework)));
        }
        assert!(!report.findings.is_empty());
        for f in &report.findings {
            assert!(page.contains(f.code.as_str()), "{}", f.code);
        }
        assert!(page.contains("open-washing.md#open-weights-closed-everything-else"));
        assert!(page.contains("<code>model_weights</code>"));
        // Self-contained: no script, no external resource.
        assert!(!page.contains("<link") && !page.contains("<img") && !page.contains("@import"));
        assert!(page.contains("@media print"));
    }

    #[test]
    fn tables_are_semantic_and_headings_in_order() {
        let page = render(&ReleaseReport::from_release(&hostile()));
        assert_eq!(page.matches("<h1").count(), 1);
        assert_eq!(
            page.matches("<table>").count(),
            page.matches("<caption>").count()
        );
        let mut last = 1;
        for (i, _) in page.match_indices("<h") {
            let Some(level) = page[i + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
                continue;
            };
            assert!(level <= last + 1, "heading h{level} after h{last}");
            last = level;
        }
        assert!(!page.contains("<th>"), "every th has a scope");
    }
}
