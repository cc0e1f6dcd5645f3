//! TEMPORARY stand-in until the licence module lands (replaced wholesale by the `licence` branch).
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A licence (stand-in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Licence(pub String);
