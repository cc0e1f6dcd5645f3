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
/// `expression` (required), `declared` (the licence as the producer wrote it, verbatim) and `url`
/// (a link to the licence text). It is written as the bare string when only the expression is set.
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
}

impl Licence {
    /// A licence given by its expression only.
    #[must_use]
    pub fn new(expression: LicenceExpression) -> Self {
        Self {
            expression,
            declared: None,
            url: None,
        }
    }

    /// Sets the licence as the producer wrote it.
    #[must_use]
    pub fn with_declared(mut self, declared: impl Into<String>) -> Self {
        self.declared = Some(declared.into());
        self
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
        self.declared.is_none() && self.url.is_none()
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
        let len = 1 + usize::from(self.declared.is_some()) + usize::from(self.url.is_some());
        let mut map = serializer.serialize_map(Some(len))?;
        map.serialize_entry("expression", &self.expression)?;
        if let Some(declared) = &self.declared {
            map.serialize_entry("declared", declared)?;
        }
        if let Some(url) = &self.url {
            map.serialize_entry("url", url)?;
        }
        map.end()
    }
}

const FIELDS: &[&str] = &["expression", "declared", "url"];

struct LicenceVisitor;

impl<'de> Visitor<'de> for LicenceVisitor {
    type Value = Licence;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an SPDX licence expression, or a map with `expression`, `declared` and `url`")
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
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        let expression = expression.ok_or_else(|| de::Error::missing_field("expression"))?;
        Ok(Licence {
            expression,
            declared: declared.flatten(),
            url: url.flatten(),
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
                    },
                    "required": ["expression"],
                    "additionalProperties": false,
                },
            ],
        })
    }
}
