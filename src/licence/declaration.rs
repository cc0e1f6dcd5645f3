//! The licence a component carries: an expression, plus what the producer wrote and a link.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

#[cfg(feature = "schema")]
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::value::Url;

use super::error::LicenceError;
use super::expression::LicenceExpression;
#[cfg(feature = "schema")]
use super::expression::{EXPRESSION_DESCRIPTION, EXPRESSION_PATTERN};

/// The licence of a component.
///
/// In documents it is either a bare SPDX expression string (`"Apache-2.0"`) or a map with the keys
/// `expression` (required), `declared` (the licence as the producer wrote it, verbatim), `url`
/// (a link to the licence text) and `inferred` (`true` when `expression` is a program's reading of
/// `declared`, not the producer's statement). It is written as the bare string when only the
/// expression is set.
///
/// ```
/// use ai_openness::licence::Licence;
/// let l: Licence = serde_json::from_str(r#"{"expression": "LicenseRef-Llama-3.1-Community",
///     "declared": "Llama 3.1 Community License Agreement"}"#).unwrap();
/// assert_eq!(l.expression.as_str(), "LicenseRef-Llama-3.1-Community");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Licence {
    /// The licence as an SPDX expression.
    pub expression: LicenceExpression,
    /// The licence as the producer wrote it, verbatim ("Llama 3.1 Community License Agreement").
    /// Kept so that a reader can compare the claim with the expression.
    pub declared: Option<String>,
    /// A link to the licence text.
    pub url: Option<Url>,
    /// Whether `expression` was *inferred* from `declared` by a program (an importer's licence
    /// normaliser reading ` MIT`, `apache-2.0` or `Apache 2.0` as an SPDX id) rather than stated
    /// by the producer. `false` (the default) means the producer stated the expression, and
    /// `declared`, when given, is only its human-readable name.
    ///
    /// Frameworks that grade the licence *as written* honour it: the Model Openness Tool
    /// compares licence identifiers exactly (`docs/mot-rules.md`, rule 4), so `mof-1.0` grades
    /// `declared` where the expression is inferred. Every other framework grades the expression.
    /// `true` needs `declared`.
    pub inferred: bool,
}

impl Licence {
    /// A licence given by its expression only.
    #[must_use]
    pub fn new(expression: LicenceExpression) -> Self {
        Self {
            expression,
            declared: None,
            url: None,
            inferred: false,
        }
    }

    /// Sets the licence as the producer wrote it.
    #[must_use]
    pub fn with_declared(mut self, declared: impl Into<String>) -> Self {
        self.declared = Some(declared.into());
        self
    }

    /// Marks the expression as read by a program from `declared` (see [`Licence::inferred`]).
    #[must_use]
    pub fn inferred(mut self) -> Self {
        self.inferred = true;
        self
    }

    /// The text a framework that grades licences *as written* should compare: `declared` when
    /// the expression was [inferred](Licence::inferred) from it, else `None` (grade the
    /// expression).
    #[must_use]
    pub fn as_written(&self) -> Option<&str> {
        self.declared.as_deref().filter(|_| self.inferred)
    }

    /// Sets the link to the licence text.
    #[must_use]
    pub fn with_url(mut self, url: Url) -> Self {
        self.url = Some(url);
        self
    }

    /// Whether only the expression is set (the licence is written as a bare string).
    #[must_use]
    pub fn is_bare(&self) -> bool {
        self.declared.is_none() && self.url.is_none() && !self.inferred
    }
}

impl From<LicenceExpression> for Licence {
    fn from(expression: LicenceExpression) -> Self {
        Self::new(expression)
    }
}

/// Reads a licence from its SPDX expression, as a document's bare `license` string is read.
///
/// ```
/// use ai_openness::licence::Licence;
///
/// let licence: Licence = "Apache-2.0 OR MIT".parse()?;
/// assert_eq!(licence.expression.as_str(), "Apache-2.0 OR MIT");
/// assert!(licence.is_bare());
///
/// // The error says what is wrong and, where it can, what was meant.
/// let err = "Apache 2.0".parse::<Licence>().unwrap_err();
/// assert!(err.to_string().contains("Apache-2.0"), "{err}");
/// # Ok::<(), ai_openness::licence::LicenceError>(())
/// ```
impl FromStr for Licence {
    type Err = LicenceError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LicenceExpression::parse(s).map(Self::new)
    }
}

impl fmt::Display for Licence {
    /// The expression.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.expression, f)
    }
}

impl Serialize for Licence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.is_bare() {
            return self.expression.serialize(serializer);
        }
        let len = 1
            + usize::from(self.declared.is_some())
            + usize::from(self.url.is_some())
            + usize::from(self.inferred);
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("expression", &self.expression)?;
        if let Some(declared) = &self.declared {
            map.serialize_entry("declared", declared)?;
        }
        if let Some(url) = &self.url {
            map.serialize_entry("url", url)?;
        }
        if self.inferred {
            map.serialize_entry("inferred", &true)?;
        }
        map.end()
    }
}

const FIELDS: &[&str] = &["expression", "declared", "url", "inferred"];

struct LicenceVisitor;

impl<'de> Visitor<'de> for LicenceVisitor {
    type Value = Licence;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "an SPDX licence expression, or a map with `expression`, `declared`, `url` and \
             `inferred`",
        )
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Licence, E> {
        LicenceExpression::parse(v)
            .map(Licence::new)
            .map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Licence, A::Error> {
        let mut expression: Option<LicenceExpression> = None;
        let mut declared: Option<Option<String>> = None;
        let mut url: Option<Option<Url>> = None;
        let mut inferred: Option<bool> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "expression" => {
                    if expression.is_some() {
                        return Err(de::Error::duplicate_field("expression"));
                    }
                    expression = Some(map.next_value()?);
                }
                "declared" => {
                    if declared.is_some() {
                        return Err(de::Error::duplicate_field("declared"));
                    }
                    declared = Some(map.next_value()?);
                }
                "url" => {
                    if url.is_some() {
                        return Err(de::Error::duplicate_field("url"));
                    }
                    url = Some(map.next_value()?);
                }
                "inferred" => {
                    if inferred.is_some() {
                        return Err(de::Error::duplicate_field("inferred"));
                    }
                    inferred = Some(map.next_value()?);
                }
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        let expression = expression.ok_or_else(|| de::Error::missing_field("expression"))?;
        let declared = declared.flatten();
        let inferred = inferred.unwrap_or(false);
        if inferred && declared.is_none() {
            return Err(de::Error::custom(
                "`inferred: true` needs `declared`, the text the expression was read from",
            ));
        }
        Ok(Licence {
            expression,
            declared,
            url: url.flatten(),
            inferred,
        })
    }
}

impl<'de> Deserialize<'de> for Licence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LicenceVisitor)
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Licence {
    fn schema_name() -> Cow<'static, str> {
        "Licence".into()
    }

    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::Licence").into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The licence of a component: an SPDX licence expression, or an object \
                that adds the licence as the producer wrote it and a link to its text.",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": EXPRESSION_PATTERN,
                    "description": EXPRESSION_DESCRIPTION,
                },
                {
                    "type": "object",
                    "properties": {
                        "expression": {
                            "type": "string",
                            "pattern": EXPRESSION_PATTERN,
                            "description": EXPRESSION_DESCRIPTION,
                        },
                        "declared": {
                            "type": ["string", "null"],
                            "description": "The licence as the producer wrote it, verbatim \
                                (\"Llama 3.1 Community License Agreement\").",
                        },
                        "url": {
                            "type": ["string", "null"],
                            "format": "uri",
                            "description": "A link to the licence text.",
                        },
                        "inferred": {
                            "type": "boolean",
                            "default": false,
                            "description": "Whether `expression` was inferred from `declared` by \
                                a program (an importer's licence normaliser) rather than stated \
                                by the producer. Frameworks that grade licences as written (MOF \
                                1.0, as the Model Openness Tool does) grade `declared` then. \
                                `true` needs `declared`.",
                        },
                    },
                    "required": ["expression"],
                    "if": {
                        "properties": { "inferred": { "const": true } },
                        "required": ["inferred"],
                    },
                    "then": {
                        "required": ["declared"],
                        "properties": { "declared": { "type": "string" } },
                    },
                    "additionalProperties": false,
                },
            ],
        })
    }
}
