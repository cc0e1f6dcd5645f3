//! The report of one release as GitHub-flavoured Markdown: the same content as the HTML page
//! ([`super::html`]), for a pull-request comment or a file in a repository. Grades are written as
//! a symbol and a word (no colour). Every text of the document is escaped: Markdown punctuation
//! with a backslash, `<`, `>` and `&` as entities, line breaks as spaces.

use std::fmt::Write as _;

use super::{
    Cell, ReleaseReport, Standing, TOOL_NAME, TOOL_VERSION, criteria_counts, finding_url,
    framework_short_name, key_result, level_short,
};
use crate::classify::{Classification, Status};

/// Escapes text for Markdown, inline and in table cells.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '!' | '~' | '{' | '}' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Text as inline code: backticks cannot be escaped inside a code span, so code that holds one
/// is written as escaped text instead.
fn code(text: &str) -> String {
    if text.contains('`') || text.contains('\n') || text.contains('|') || text.contains('<') {
        escape(text)
    } else {
        format!("`{text}`")
    }
}

fn cell(c: &Cell) -> String {
    format!("{} {}: {}", c.grade.symbol(), c.grade, escape(&c.text))
}

/// Renders the report of one release as Markdown.
#[must_use]
pub fn render(report: &ReleaseReport) -> String {
    let mut out = String::with_capacity(16 * 1024);
    // Writing to a `String` cannot fail.
    let _ = write_report(&mut out, report);
    out
}

fn write_report(out: &mut String, report: &ReleaseReport) -> std::fmt::Result {
    writeln!(out, "# {}\n", escape(report.title()))?;
    let meta = report.meta_line(escape, code);
    if !meta.is_empty() {
        writeln!(out, "{meta}\n")?;
    }
    writeln!(out, "{}\n", report.validity())?;
    if !report.classifications.is_empty() {
        out.push_str(
            "## Levels\n\n| Framework | Level | Criteria met / not met / unknown | Key result |\n\
             |---|---|---|---|\n",
        );
        for c in &report.classifications {
            let grade = Standing::of(c.framework.as_str(), &c.level).grade();
            let (met, not_met, unknown) = criteria_counts(c);
            writeln!(
                out,
                "| {} | {} {} ({}) | {met} / {not_met} / {unknown} | {} |",
                escape(&framework_short_name(c.framework.as_str())),
                grade.symbol(),
                escape(&level_short(&c.level)),
                escape(c.level.label()),
                escape(&key_result(c))
            )?;
        }
        out.push('\n');
    }
    if !report.components.is_empty() {
        out.push_str(
            "## Components\n\nGraded on the three-point scale of the European Open Source AI \
             Index: ✓ open, ◐ partial, ✗ closed, ? unknown (not stated).\n\n\
             | Component | Licence | Availability | Documentation |\n|---|---|---|---|\n",
        );
        for row in &report.components {
            let name = row
                .name
                .as_deref()
                .map_or_else(String::new, |n| format!(" {}", escape(n)));
            writeln!(
                out,
                "| {}{name} | {} | {} | {} |",
                code(&row.kind),
                cell(&row.licence),
                cell(&row.availability),
                cell(&row.documentation)
            )?;
        }
        out.push('\n');
    }
    if report.valid {
        out.push_str("## Open-washing findings\n\n");
        if report.findings.is_empty() {
            out.push_str(
                "None: no claim of the description goes beyond what its components show.\n\n",
            );
        }
        for f in &report.findings {
            let code_text = match finding_url(f) {
                Some(url) => format!("[`{}`]({url})", f.code),
                None => format!("`{}`", f.code),
            };
            write!(out, "- **{}** {code_text}", f.severity)?;
            if let Some(p) = &f.pattern {
                write!(out, " (pattern: *{}*)", escape(p))?;
            }
            if !f.pointer.is_empty() {
                write!(out, " at {}", code(&f.pointer))?;
            }
            writeln!(out, ": {}", escape(&f.message))?;
        }
        if !report.findings.is_empty() {
            out.push('\n');
        }
    }
    if !report.classifications.is_empty() {
        out.push_str("## Verdicts\n\n");
        for c in &report.classifications {
            write_verdict(out, c)?;
        }
    }
    if !report.diagnostics.is_empty() {
        out.push_str(
            "## Diagnostics\n\n| Line:column | Severity | Code | Where | Message |\n\
             |---|---|---|---|---|\n",
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
            writeln!(
                out,
                "| {at} | {} | `{}` | {} | {} |",
                d.severity,
                d.code,
                code(pointer),
                escape(&d.message)
            )?;
        }
        out.push('\n');
    }
    writeln!(
        out,
        "---\nMade by {TOOL_NAME} {TOOL_VERSION} from the description alone; a fact the \
         description does not state is unknown, never closed. The EU AI Act verdict is not legal \
         advice."
    )
}

fn write_verdict(out: &mut String, c: &Classification) -> std::fmt::Result {
    let name = c
        .builtin()
        .map_or_else(|| c.framework.as_str().to_owned(), |f| f.name().to_owned());
    let grade = Standing::of(c.framework.as_str(), &c.level).grade();
    writeln!(
        out,
        "### {} (`{}`): {} {}\n",
        escape(&name),
        c.framework,
        grade.symbol(),
        escape(c.level.label())
    )?;
    let key = key_result(c);
    if !key.is_empty() {
        writeln!(out, "{}\n", escape(&key))?;
    }
    if !c.criteria.is_empty() {
        out.push_str("| Status | Criterion | Clause | Why |\n|---|---|---|---|\n");
        for criterion in &c.criteria {
            let symbol = match criterion.status {
                Status::Met => "✓",
                Status::NotMet => "✗",
                _ => "?",
            };
            let mut why = escape(&criterion.reason);
            if let Some(settle) = &criterion.settle {
                why.push_str(&format!(" To settle it: {}", escape(settle)));
            }
            writeln!(
                out,
                "| {symbol} {} | {} | {} | {why} |",
                criterion.status,
                code(criterion.id.as_str()),
                escape(&criterion.clause)
            )?;
        }
        out.push('\n');
    }
    if !c.next_steps.is_empty() {
        out.push_str("Next steps, cheapest first:\n\n");
        for (i, step) in c.next_steps.iter().enumerate() {
            writeln!(out, "{}. {}", i + 1, escape(&step.message))?;
        }
        out.push('\n');
    }
    if !c.notes.is_empty() {
        out.push_str("Notes:\n\n");
        for note in &c.notes {
            writeln!(
                out,
                "- **{}** `{}`: {}",
                note.severity,
                note.code,
                escape(&note.message)
            )?;
        }
        out.push('\n');
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Release;
    use crate::model::{Availability, Claim, ClaimKind, Component, ComponentKind, Licence};

    #[test]
    fn markup_in_document_text_is_escaped() {
        assert_eq!(
            escape("<b>*x*</b> | [a](b)"),
            "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| \\[a\\]\\(b\\)"
        );
        assert_eq!(code("a`b"), "a\\`b");
        assert_eq!(code("/components/0"), "`/components/0`");
    }

    #[test]
    fn the_report_has_every_section() {
        let mut release = Release::new("Weights <only>");
        release.components.push(
            Component::new(ComponentKind::ModelWeights)
                .with_licence("Apache-2.0".parse::<Licence>().unwrap())
                .with_availability(Availability::Public),
        );
        release.claims.push(Claim::new(ClaimKind::OpenSource));
        let report = ReleaseReport::from_release(&release);
        let md = render(&report);
        assert!(md.starts_with("# Weights &lt;only&gt;\n"));
        for heading in [
            "## Levels",
            "## Components",
            "## Open-washing findings",
            "## Verdicts",
        ] {
            assert!(md.contains(heading), "{heading}");
        }
        for c in &report.classifications {
            assert!(md.contains(&format!("(`{}`)", c.framework)));
        }
        for f in &report.findings {
            assert!(md.contains(&format!("open-washing.md#{}", f.code)));
        }
        // Every table row has as many cells as its header.
        for line in md.lines().filter(|l| l.starts_with("| ")) {
            let cells = line.replace("\\|", "").matches('|').count();
            assert!(cells == 5 || cells == 6, "{line}");
        }
    }
}
