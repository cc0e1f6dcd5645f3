#![doc = "ai-openness: a typed, checkable model of AI system openness."]
#![forbid(unsafe_code)]

pub mod syntax;
