//! Layer 3: the typed load, reached only when the schema found no error.
//!
//! Licence expressions are checked first, all of them, because the schema's pattern sees only
//! their shape: it cannot tell `apache-2.0` (an SPDX id in the wrong case) from `Apache-2.0`.
//! Then the value is deserialised into the model with [`crate::document::release_from_value`];
//! serde stops at its first problem, and after a clean schema pass there is rarely one.

use std::collections::HashSet;

use serde_json::Value;

use crate::diagnostic::{Code, Diagnostic};
use crate::document;
use crate::error::Error;
use crate::licence::LicenceExpression;
use crate::model::Release;
use crate::syntax::Node;

/// Every licence expression of every component that does not parse, as
/// `invalid-licence-expression`; expressions at a pointer in `skip` (already reported) are not
/// parsed again.
pub(crate) fn licence_errors(value: &Value, skip: &HashSet<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let components = value.get("components").and_then(Value::as_array);
    for (i, component) in components.into_iter().flatten().enumerate() {
        let (text, pointer) = match component.get("license") {
            Some(Value::String(s)) => (s, format!("/components/{i}/license")),
            Some(Value::Object(m)) => match m.get("expression") {
                Some(Value::String(s)) => (s, format!("/components/{i}/license/expression")),
                _ => continue,
            },
            _ => continue,
        };
        if skip.contains(pointer.as_str()) {
            continue;
        }
        if let Err(e) = LicenceExpression::parse(text) {
            let mut d = Diagnostic::of(Code::InvalidLicenceExpression, pointer, e.to_string());
            d.suggestion = e.suggestion().map(str::to_owned);
            out.push(d);
        }
    }
    out
}

/// Deserialises the (schema-valid) value into a release.
pub(crate) fn load(value: Value, tree: &Node) -> Result<Release, Diagnostic> {
    document::release_from_value(value, tree).map_err(|e| {
        let (pointer, message) = match &e {
            Error::Invalid { location, message } => (
                location.pointer.clone().unwrap_or_default(),
                message.clone(),
            ),
            other => (String::new(), other.to_string()),
        };
        // Without the `schema` feature no schema layer ran, so the message must not claim one did.
        let prefix = if cfg!(feature = "schema") {
            "the document passes the schema but cannot be read"
        } else {
            "the document cannot be read into the model"
        };
        Diagnostic::of(
            Code::InvalidDocument,
            pointer,
            format!("{prefix}: {message}"),
        )
    })
}
