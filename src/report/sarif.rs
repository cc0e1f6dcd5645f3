//! Diagnostics as a SARIF 2.1.0 log (the Static Analysis Results Interchange Format, an OASIS
//! standard), which code-scanning services read to annotate the lines of a pull request.
//!
//! One run, whose tool driver is `ai-openness` with its version and one rule per diagnostic code
//! ([`Code::ALL`]), each with its meaning and what to do as help text (from the table of
//! `docs/diagnostics.md`, so nothing is written twice) and a `helpUri` to that table. Each
//! diagnostic is a result: its code as `ruleId` (and `ruleIndex`), its severity as `level`
//! (`error`, `warning`, `note`), its message (with the suggestion and the JSON Pointer), and a
//! physical location: the file as a relative URI reference and the 1-based line and column.
//!
//! The log is built one document at a time ([`Sarif::push`]) and written at the end.
//!
//! ```
//! use ai_openness::report::sarif::Sarif;
//! use ai_openness::validate::{Format, validate};
//!
//! let report = validate("spec_version: 0.1.0\nname: Tiny\ncomponents:\n  - kind: weights\n", Format::Yaml);
//! let mut log = Sarif::new();
//! log.push("descriptions/tiny.yaml", report.diagnostics());
//! let json = log.to_json();
//! assert_eq!(json["version"], "2.1.0");
//! let result = &json["runs"][0]["results"][0];
//! assert_eq!(result["ruleId"], "invalid-value");
//! assert_eq!(result["locations"][0]["physicalLocation"]["region"]["startLine"], 4);
//! ```

use serde_json::{Value, json};

use super::{DOCS_URL, TOOL_NAME, TOOL_VERSION};
use crate::diagnostic::{Code, Diagnostic, Severity};

/// The URI of the SARIF 2.1.0 JSON Schema, as the log's `$schema`.
pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The table of `docs/diagnostics.md`: code, severity, layer, meaning, what to do.
const DIAGNOSTICS_MD: &str = include_str!("../../docs/diagnostics.md");

/// The meaning and what to do for `code`, from the table of `docs/diagnostics.md`.
#[must_use]
pub fn help(code: Code) -> Option<(String, String)> {
    let key = format!("`{}`", code.as_str());
    DIAGNOSTICS_MD.lines().find_map(|line| {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        match cells.as_slice() {
            [c, _severity, _layer, meaning, todo] if *c == key => {
                Some(((*meaning).to_owned(), (*todo).to_owned()))
            }
            _ => None,
        }
    })
}

/// A SARIF log being built: the results of every document pushed so far.
#[derive(Debug, Clone, Default)]
pub struct Sarif {
    results: Vec<Value>,
}

/// The SARIF `level` of a severity.
const fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

/// A file name as a relative URI reference: `\` becomes `/`, a leading `./` goes, and every byte
/// that is not unreserved, `/` or `@` is percent-encoded (`Snowflake Arctic.yaml` becomes
/// `Snowflake%20Arctic.yaml`).
#[must_use]
pub fn uri_reference(file: &str) -> String {
    let file = file.replace('\\', "/");
    let file = file.strip_prefix("./").unwrap_or(&file);
    let mut out = String::with_capacity(file.len());
    for b in file.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Sarif {
    /// An empty log.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the diagnostics of the document read from `file` (a path as given, relative to the
    /// repository root where possible; `-` for standard input).
    pub fn push(&mut self, file: &str, diagnostics: &[Diagnostic]) {
        for d in diagnostics {
            let mut text = d.message.clone();
            if let Some(s) = &d.suggestion {
                text.push_str(&format!(" (suggestion: `{s}`)"));
            }
            if !d.pointer.is_empty() {
                text.push_str(&format!(" [at `{}`]", d.pointer));
            }
            let mut region = serde_json::Map::new();
            if let Some(line) = d.line.filter(|l| *l > 0) {
                region.insert("startLine".to_owned(), line.into());
                if let Some(column) = d.column.filter(|c| *c > 0) {
                    region.insert("startColumn".to_owned(), column.into());
                }
            }
            let mut physical = serde_json::Map::new();
            physical.insert(
                "artifactLocation".to_owned(),
                json!({ "uri": uri_reference(file) }),
            );
            if !region.is_empty() {
                physical.insert("region".to_owned(), Value::Object(region));
            }
            let mut result = json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": text },
                "locations": [{ "physicalLocation": Value::Object(physical) }],
            });
            let mut properties = serde_json::Map::new();
            if !d.pointer.is_empty() {
                properties.insert("pointer".to_owned(), d.pointer.as_str().into());
            }
            if let Some(clause) = &d.clause {
                properties.insert("clause".to_owned(), clause.as_str().into());
            }
            if !properties.is_empty() {
                result["properties"] = Value::Object(properties);
            }
            self.results.push(result);
        }
    }

    /// The number of results so far.
    #[must_use]
    pub fn len(&self) -> usize {
        self.results.len()
    }

    /// Whether there are no results.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.results.is_empty()
    }

    /// The rules: one per diagnostic code.
    fn rules() -> Vec<Value> {
        Code::ALL
            .iter()
            .map(|code| {
                let (meaning, todo) = help(*code).unwrap_or_else(|| {
                    (
                        format!("The `{code}` diagnostic."),
                        "See docs/diagnostics.md.".to_owned(),
                    )
                });
                let short = meaning
                    .split_once(". ")
                    .map_or(meaning.as_str(), |(first, _)| first)
                    .trim_end_matches('.');
                json!({
                    "id": code.as_str(),
                    "name": code.as_str(),
                    "shortDescription": { "text": format!("{short}.") },
                    "fullDescription": { "text": meaning },
                    "help": {
                        "text": format!("{meaning} What to do: {todo}"),
                        "markdown": format!("{meaning}\n\n**What to do:** {todo}"),
                    },
                    "helpUri": format!("{DOCS_URL}diagnostics.md#codes"),
                    "defaultConfiguration": { "level": level(code.default_severity()) },
                })
            })
            .collect()
    }

    /// The log as JSON.
    #[must_use]
    pub fn to_json(&self) -> Value {
        json!({
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "version": TOOL_VERSION,
                        "semanticVersion": TOOL_VERSION,
                        "informationUri": env!("CARGO_PKG_REPOSITORY"),
                        "rules": Self::rules(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }]
        })
    }

    /// The log as pretty-printed JSON text, ending with a newline.
    #[must_use]
    pub fn render(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.to_json()).unwrap_or_default();
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_help_text_from_the_docs() {
        for code in Code::ALL {
            let (meaning, todo) = help(*code).unwrap_or_else(|| panic!("{code}"));
            assert!(!meaning.is_empty() && !todo.is_empty(), "{code}");
        }
    }

    #[test]
    fn uris_are_relative_references() {
        assert_eq!(uri_reference("./a b/c.yaml"), "a%20b/c.yaml");
        assert_eq!(uri_reference("dir\\x.json"), "dir/x.json");
        assert_eq!(uri_reference("é"), "%C3%A9");
    }

    #[test]
    fn results_carry_rule_level_and_location() {
        let mut log = Sarif::new();
        let d = Diagnostic::warning(Code::FutureDate, "/release_date", "in the future").at(3, 15);
        log.push("x.yaml", &[d]);
        let json = log.to_json();
        let run = &json["runs"][0];
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().unwrap().len(),
            Code::ALL.len()
        );
        let result = &run["results"][0];
        assert_eq!(result["ruleId"], "future-date");
        assert_eq!(result["level"], "warning");
        let index = usize::try_from(result["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "future-date");
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(
            (region["startLine"].as_u64(), region["startColumn"].as_u64()),
            (Some(3), Some(15))
        );
    }
}
