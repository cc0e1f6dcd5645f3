//! Deserialisers that enforce in serde what the JSON Schema says, so that serde accepts a document
//! exactly when the schema does (a value the schema rejects must not load either).

use serde::{Deserialize, Deserializer};

/// A string of at least one character (the schema's `minLength: 1`).
pub(crate) fn non_empty<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.is_empty() {
        return Err(serde::de::Error::custom("must not be empty"));
    }
    Ok(text)
}

/// An optional number that is not negative (the schema's `minimum: 0`).
pub(crate) fn non_negative<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<f64>, D::Error> {
    let value = Option::<f64>::deserialize(deserializer)?;
    if value.is_some_and(|v| v < 0.0) {
        return Err(serde::de::Error::custom("must not be negative"));
    }
    Ok(value)
}

/// A UN Sustainable Development Goal number, 1–17 (the schema's `minimum: 1, maximum: 17`).
pub(crate) fn sdg_goal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u8, D::Error> {
    let goal = u8::deserialize(deserializer)?;
    if !(1..=17).contains(&goal) {
        return Err(serde::de::Error::custom(format_args!(
            "`{goal}` is not a Sustainable Development Goal (1 to 17)"
        )));
    }
    Ok(goal)
}
