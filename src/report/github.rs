//! Diagnostics as GitHub Actions workflow commands, which GitHub shows as annotations on the lines
//! of a pull request: `::error file=x.yaml,line=4,col=11,title=invalid-value::message`.
//!
//! Errors are `error`, warnings `warning`, notes (`info`) `notice`. As GitHub's toolkit requires
//! (`@actions/core`, `toCommandValue` / `escapeData` / `escapeProperty`), the message escapes
//! `%`, CR and LF as `%25`, `%0D` and `%0A`; property values escape those and `:` and `,` as `%3A`
//! and `%2C`.
//!
//! ```
//! use ai_openness::report::github;
//! use ai_openness::{Code, Diagnostic};
//!
//! let d = Diagnostic::error(Code::InvalidValue, "/components/0/kind", "unknown kind: 50%").at(4, 11);
//! assert_eq!(
//!     github::annotation("a,b.yaml", &d),
//!     "::error file=a%2Cb.yaml,line=4,col=11,title=invalid-value::unknown kind: 50%25 [at /components/0/kind]"
//! );
//! ```

use crate::diagnostic::{Diagnostic, Severity};

/// Escapes a message (the text after `::`).
#[must_use]
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`).
#[must_use]
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The workflow command of a severity.
const fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "notice",
    }
}

/// One diagnostic of the document read from `file` as a workflow command line (no newline).
#[must_use]
pub fn annotation(file: &str, d: &Diagnostic) -> String {
    let mut properties = vec![format!("file={}", escape_property(file))];
    if let Some(line) = d.line {
        properties.push(format!("line={line}"));
        if let Some(column) = d.column {
            properties.push(format!("col={column}"));
        }
    }
    properties.push(format!("title={}", escape_property(d.code.as_str())));
    let mut message = d.message.clone();
    if let Some(s) = &d.suggestion {
        message.push_str(&format!(" (suggestion: {s})"));
    }
    if !d.pointer.is_empty() {
        message.push_str(&format!(" [at {}]", d.pointer));
    }
    format!(
        "::{} {}::{}",
        command(d.severity),
        properties.join(","),
        escape_data(&message)
    )
}

/// Every diagnostic of the document read from `file`, one line each.
#[must_use]
pub fn annotations(file: &str, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&annotation(file, d));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    /// Undoes the escapes, as the runner does.
    fn unescape(text: &str) -> String {
        text.replace("%0D", "\r")
            .replace("%0A", "\n")
            .replace("%3A", ":")
            .replace("%2C", ",")
            .replace("%25", "%")
    }

    #[test]
    fn lines_parse_back() {
        let d =
            Diagnostic::warning(Code::FutureDate, "/release_date", "a,b: 100%\r\nnext").at(7, 2);
        let file = "dir/we:ird, name%.yaml";
        let line = annotation(file, &d);
        assert!(!line.contains('\n') && !line.contains('\r'));
        let rest = line.strip_prefix("::warning ").unwrap();
        let (props, message) = rest.split_once("::").unwrap();
        let props: Vec<(&str, String)> = props
            .split(',')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (k, unescape(v))
            })
            .collect();
        assert_eq!(
            props,
            vec![
                ("file", file.to_owned()),
                ("line", "7".to_owned()),
                ("col", "2".to_owned()),
                ("title", "future-date".to_owned())
            ]
        );
        assert_eq!(unescape(message), "a,b: 100%\r\nnext [at /release_date]");
    }

    #[test]
    fn severities_map_to_commands() {
        let info = Diagnostic::info(Code::LimitExceeded, "", "capped");
        assert_eq!(
            annotation("-", &info),
            "::notice file=-,title=limit-exceeded::capped"
        );
    }
}
