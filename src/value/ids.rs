//! Validated identifiers: IRIs, URLs, dates, checksums and the document format version.

use std::fmt;
use std::str::FromStr;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::macros::vocabulary;

/// Why a string was rejected as an identifier, URL, date or checksum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid {what} `{value}`: {reason}")]
pub struct InvalidValue {
    what: &'static str,
    value: String,
    reason: String,
}

impl InvalidValue {
    pub(crate) fn new(what: &'static str, value: &str, reason: impl Into<String>) -> Self {
        Self {
            what,
            value: value.to_owned(),
            reason: reason.into(),
        }
    }

    /// What kind of value was expected (`IRI`, `URL`, `date`, …).
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The rejected text.
    #[must_use]
    pub fn value(&self) -> &str {
        &self.value
    }
}

/// Implements `Display`, `FromStr`, `as_str` and string-based serde for a validated string newtype.
macro_rules! string_newtype {
    ($name:ident) => {
        impl $name {
            /// The value as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::new(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                Self::new(&text).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// An absolute IRI (RFC 3987) that names a release, a component or another resource, for example
/// `https://huggingface.co/allenai/OLMo-2-1124-7B`. Used as the `@id` of the node in RDF.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transparent))]
pub struct Iri(#[cfg_attr(feature = "schema", schemars(extend("format" = "iri")))] String);

impl Iri {
    /// Checks that `text` is an absolute IRI.
    ///
    /// # Errors
    /// When `text` is not an absolute IRI (relative references, spaces and bad escapes are rejected).
    pub fn new(text: &str) -> Result<Self, InvalidValue> {
        oxiri::Iri::parse(text)
            .map(|_| Self(text.to_owned()))
            .map_err(|e| InvalidValue::new("IRI", text, e.to_string()))
    }
}
string_newtype!(Iri);

/// An absolute URL (an ASCII-only absolute URI, RFC 3986), for example a download location or a link
/// to evidence. The validator warns when the scheme is not `http` or `https`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transparent))]
pub struct Url(#[cfg_attr(feature = "schema", schemars(extend("format" = "uri")))] String);

impl Url {
    /// Checks that `text` is an absolute, ASCII-only URI.
    ///
    /// # Errors
    /// When `text` is relative, contains non-ASCII characters or spaces, or is otherwise malformed.
    pub fn new(text: &str) -> Result<Self, InvalidValue> {
        if !text.is_ascii() {
            return Err(InvalidValue::new(
                "URL",
                text,
                "non-ASCII characters must be percent-encoded",
            ));
        }
        oxiri::Iri::parse(text)
            .map(|_| Self(text.to_owned()))
            .map_err(|e| InvalidValue::new("URL", text, e.to_string()))
    }

    /// The scheme in lower case (`https`, `ftp`, …).
    #[must_use]
    pub fn scheme(&self) -> String {
        self.0
            .split(':')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// Whether the scheme is `http` or `https`.
    #[must_use]
    pub fn is_web(&self) -> bool {
        matches!(self.scheme().as_str(), "http" | "https")
    }
}
string_newtype!(Url);

/// A calendar date, `YYYY-MM-DD` (RFC 3339 `full-date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, checking the month and the day of the month (leap years included).
    ///
    /// # Errors
    /// When `text` is not a valid `YYYY-MM-DD` date.
    pub fn new(text: &str) -> Result<Self, InvalidValue> {
        let bad = |reason: &str| InvalidValue::new("date", text, reason);
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad("expected `YYYY-MM-DD`"));
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, InvalidValue> {
            let part = &text[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad("expected digits"))
            } else {
                Err(bad("expected digits"))
            }
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).map_err(|_| bad("month out of range"))?;
        let day = u8::try_from(num(8..10)?).map_err(|_| bad("day out of range"))?;
        Self::from_parts(year, month, day).ok_or_else(|| bad("no such day"))
    }

    /// Builds a date from its parts, or `None` when there is no such day.
    #[must_use]
    pub fn from_parts(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Self { year, month, day })
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }

    /// Today's date in UTC, from the system clock.
    #[must_use]
    pub fn today() -> Self {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
    }

    /// The date `days` days after 1970-01-01 (civil-from-days, proleptic Gregorian calendar).
    #[must_use]
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self {
            year: u16::try_from(year.clamp(0, 9999)).unwrap_or(9999),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = InvalidValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "description": "A calendar date, `YYYY-MM-DD` (RFC 3339 full-date)."
        })
    }
}

vocabulary! {
    /// A hash algorithm for [`Checksum`] (the SPDX 3 `HashAlgorithm` values in common use).
    pub enum ChecksumAlgorithm {
        /// SHA-256 (64 hexadecimal digits).
        Sha256 = "sha256",
        /// SHA-384 (96 hexadecimal digits).
        Sha384 = "sha384",
        /// SHA-512 (128 hexadecimal digits).
        Sha512 = "sha512",
        /// SHA-1 (40 hexadecimal digits; weak, kept for existing records).
        Sha1 = "sha1",
        /// MD5 (32 hexadecimal digits; weak, kept for existing records).
        Md5 = "md5",
        /// BLAKE3 (64 hexadecimal digits).
        Blake3 = "blake3",
    }
}

impl ChecksumAlgorithm {
    /// The number of hexadecimal digits of a digest.
    #[must_use]
    pub const fn hex_len(self) -> usize {
        match self {
            Self::Sha256 | Self::Blake3 => 64,
            Self::Sha384 => 96,
            Self::Sha512 => 128,
            Self::Sha1 => 40,
            Self::Md5 => 32,
        }
    }
}

/// A checksum of a released artifact, so a registry can tell that what it describes is what is
/// downloaded.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "RawChecksum")]
#[non_exhaustive]
pub struct Checksum {
    /// The hash algorithm.
    pub algorithm: ChecksumAlgorithm,
    /// The digest in lower-case hexadecimal, of the length the algorithm produces.
    pub value: String,
}

impl Checksum {
    /// Checks the digest's length and characters against the algorithm.
    ///
    /// # Errors
    /// When `value` is not lower-case hexadecimal of the algorithm's length.
    pub fn new(algorithm: ChecksumAlgorithm, value: &str) -> Result<Self, InvalidValue> {
        if !value
            .bytes()
            .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(InvalidValue::new(
                "checksum",
                value,
                "expected lower-case hexadecimal digits",
            ));
        }
        if value.len() != algorithm.hex_len() {
            return Err(InvalidValue::new(
                "checksum",
                value,
                format!(
                    "a {algorithm} digest has {} hexadecimal digits, not {}",
                    algorithm.hex_len(),
                    value.len()
                ),
            ));
        }
        Ok(Self {
            algorithm,
            value: value.to_owned(),
        })
    }
}

/// A checksum of a released artifact, so a registry can tell that what it describes is what is
/// downloaded.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "schema", schemars(rename = "Checksum"))]
struct RawChecksum {
    /// The hash algorithm.
    algorithm: ChecksumAlgorithm,
    /// The digest in lower-case hexadecimal, of the length the algorithm produces.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9a-f]+$")))]
    value: String,
}

#[cfg(feature = "schema")]
impl JsonSchema for Checksum {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Checksum".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        concat!(module_path!(), "::Checksum").into()
    }

    /// The fields' schema plus, per algorithm, the digest's exact length (`if algorithm is X
    /// then value has N characters`), so the schema rejects what [`Checksum::new`] rejects.
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = RawChecksum::json_schema(generator);
        let lengths: Vec<serde_json::Value> = ChecksumAlgorithm::ALL
            .iter()
            .map(|a| {
                serde_json::json!({
                    "if": {
                        "properties": {"algorithm": {"const": a.as_str()}},
                        "required": ["algorithm"]
                    },
                    "then": {
                        "properties": {
                            "value": {"minLength": a.hex_len(), "maxLength": a.hex_len()}
                        }
                    }
                })
            })
            .collect();
        schema.insert("allOf".to_owned(), serde_json::Value::Array(lengths));
        schema
    }
}

impl TryFrom<RawChecksum> for Checksum {
    type Error = InvalidValue;

    fn try_from(raw: RawChecksum) -> Result<Self, Self::Error> {
        Self::new(raw.algorithm, &raw.value)
    }
}

/// The version of the document format a description is written in (`spec_version`), a semantic
/// version. Compatibility follows Cargo's rule: while the major version is 0, a different minor
/// version is a breaking change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpecVersion(semver::Version);

impl SpecVersion {
    /// The format version this crate writes: `0.1.0`.
    pub const CURRENT: SpecVersion = SpecVersion::from_parts(0, 1, 0);

    /// The version `major.minor.patch`.
    #[must_use]
    pub const fn from_parts(major: u64, minor: u64, patch: u64) -> Self {
        Self(semver::Version::new(major, minor, patch))
    }

    /// Parses a semantic version.
    ///
    /// # Errors
    /// When `text` is not a semantic version (`MAJOR.MINOR.PATCH`).
    pub fn new(text: &str) -> Result<Self, InvalidValue> {
        semver::Version::parse(text)
            .map(Self)
            .map_err(|e| InvalidValue::new("spec_version", text, e.to_string()))
    }

    /// The underlying semantic version.
    #[must_use]
    pub fn version(&self) -> &semver::Version {
        &self.0
    }

    /// Whether a document of this version can be read by a reader of `reader` version without a
    /// migration, by Cargo's caret rule (`^reader` matches it): same major, and while the major is 0,
    /// the same minor; a newer patch adds only optional fields.
    #[must_use]
    pub fn is_compatible_with(&self, reader: &SpecVersion) -> bool {
        let (a, b) = (&self.0, &reader.0);
        if a.major != b.major {
            false
        } else if a.major == 0 {
            a.minor == b.minor && (a.minor != 0 || a.patch == b.patch)
        } else {
            true
        }
    }
}

impl Default for SpecVersion {
    fn default() -> Self {
        Self::CURRENT
    }
}

impl fmt::Display for SpecVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for SpecVersion {
    type Err = InvalidValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl Serialize for SpecVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SpecVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::new(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for SpecVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SpecVersion".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": r"^0\.1\.(0|[1-9][0-9]*)$",
            "description": "The version of the ai-openness document format, a semantic version. This schema describes format 0.1: `0.1.0` and later 0.1 patch versions."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert!(Date::new("2024-02-29").is_ok());
        assert!(Date::new("2023-02-29").is_err());
        assert!(Date::new("2024-13-01").is_err());
        assert!(Date::new("2024-1-01").is_err());
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(19_782).to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn spec_versions_follow_cargo() {
        let cur = SpecVersion::CURRENT;
        assert!(SpecVersion::new("0.1.0").unwrap().is_compatible_with(&cur));
        assert!(SpecVersion::new("0.1.7").unwrap().is_compatible_with(&cur));
        assert!(!SpecVersion::new("0.2.0").unwrap().is_compatible_with(&cur));
        assert!(!SpecVersion::new("1.0.0").unwrap().is_compatible_with(&cur));
    }

    #[test]
    fn checksums_are_checked() {
        assert!(Checksum::new(ChecksumAlgorithm::Sha1, &"a".repeat(40)).is_ok());
        assert!(Checksum::new(ChecksumAlgorithm::Sha256, &"a".repeat(40)).is_err());
        assert!(Checksum::new(ChecksumAlgorithm::Md5, &"A".repeat(32)).is_err());
    }
}
