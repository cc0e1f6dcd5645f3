//! The mapping between the native JSON form and RDF, as one structure that every generator and
//! both converters interpret: for each object type, its keys with their terms and value types.
//!
//! It is the Rust form of `vocab/context.jsonld`. The instance exporter walks a release's JSON
//! value with it exactly as a JSON-LD processor walks the document with the context, which is
//! why the Turtle export and the JSON-LD expansion of the same document agree.

use std::collections::{BTreeMap, BTreeSet};

use super::VocabError;
use super::schema::{Def, ModelSchema, Ty};
use super::terms::{self, Key, SchemeStyle};

/// The root type of a description.
pub(crate) const ROOT: &str = "Release";

/// What a slot's key becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SlotTerm {
    /// The node's IRI.
    Id,
    /// The node's `rdf:type`, from a class-valued closed vocabulary.
    Type,
    /// A predicate, by full IRI.
    Predicate(String),
}

/// One key of an object type.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    /// The JSON key.
    pub key: String,
    /// The key of the nested object it sits in (`facts`), for keys brought up by `@nest`.
    pub nest: Option<String>,
    /// The term.
    pub term: SlotTerm,
    /// The values it takes.
    pub ty: Ty,
    /// Whether the JSON Schema requires it.
    pub required: bool,
    /// The field's doc comment.
    pub description: String,
}

impl Slot {
    /// The predicate IRI, if the slot is a predicate.
    pub(crate) fn predicate(&self) -> Option<&str> {
        match &self.term {
            SlotTerm::Predicate(p) => Some(p),
            SlotTerm::Id | SlotTerm::Type => None,
        }
    }
}

/// An object type with its slots.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The type's name.
    pub name: String,
    /// The type's doc comment.
    pub description: String,
    /// The keys, in declaration order (nested keys in place of their nest key).
    pub slots: Vec<Slot>,
    /// The keys whose values are nested into this node (`facts`), with the nested type's name.
    pub nests: Vec<(String, String)>,
}

impl Frame {
    /// The slot for `key` (at the top level, or nested under `nest`).
    pub(crate) fn slot(&self, nest: Option<&str>, key: &str) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|s| s.key == key && s.nest.as_deref() == nest)
    }

    /// The class-valued vocabulary of the `Type` slot, if the type has one.
    pub(crate) fn type_scheme(&self) -> Option<&str> {
        self.slots.iter().find_map(|s| match (&s.term, &s.ty) {
            (SlotTerm::Type, Ty::Enum(scheme)) => Some(scheme.as_str()),
            _ => None,
        })
    }
}

/// The whole mapping.
#[derive(Debug, Clone)]
pub(crate) struct Frames {
    /// The model's types.
    pub schema: ModelSchema,
    /// Every object type that becomes a node, by name (nested types are not among them).
    pub frames: BTreeMap<String, Frame>,
}

impl Frames {
    /// The mapping, built once per process.
    pub(crate) fn shared() -> Result<&'static Self, VocabError> {
        static FRAMES: std::sync::OnceLock<Result<Frames, VocabError>> = std::sync::OnceLock::new();
        FRAMES
            .get_or_init(Self::build)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Builds the mapping from the model's JSON Schema and the term table.
    pub(crate) fn build() -> Result<Self, VocabError> {
        let root = serde_json::to_value(schemars::schema_for!(crate::Release))
            .map_err(|e| VocabError::new(e.to_string()))?;
        let mut schema = ModelSchema::read(ROOT, &root)?;
        let content = serde_json::to_value(schemars::schema_for!(crate::model::ContentType))
            .map_err(|e| VocabError::new(e.to_string()))?;
        schema.add("ContentType", &content)?;
        let status = serde_json::to_value(schemars::schema_for!(crate::classify::Status))
            .map_err(|e| VocabError::new(e.to_string()))?;
        schema.add("Status", &status)?;
        let severity = serde_json::to_value(schemars::schema_for!(crate::diagnostic::Severity))
            .map_err(|e| VocabError::new(e.to_string()))?;
        schema.add("Severity", &severity)?;
        Self::from_schema(schema)
    }

    /// Builds the mapping for an already-read schema.
    pub(crate) fn from_schema(schema: ModelSchema) -> Result<Self, VocabError> {
        let mut frames = BTreeMap::new();
        let mut nested = BTreeSet::new();
        let mut used = BTreeSet::new();
        let mut pending = vec![ROOT.to_owned()];
        while let Some(name) = pending.pop() {
            if frames.contains_key(&name) {
                continue;
            }
            let frame = build_frame(&schema, &name, &mut nested, &mut used)?;
            for slot in &frame.slots {
                if let Some(child) = object_of(&slot.ty) {
                    pending.push(child.to_owned());
                }
            }
            frames.insert(name, frame);
        }
        if let Some(n) = nested.iter().find(|n| frames.contains_key(*n)) {
            return Err(VocabError::new(format!(
                "`{n}` is both nested into its parent and a node of its own"
            )));
        }
        let unused: Vec<String> = terms::TERMS
            .iter()
            .filter(|(d, k, _)| !used.contains(&(*d, *k)) && schema.defs.contains_key(*d))
            .map(|(d, k, _)| format!("`{d}.{k}`"))
            .collect();
        if !unused.is_empty() {
            return Err(VocabError::new(format!(
                "the term table names fields the model does not have: {}",
                unused.join(", ")
            )));
        }
        Ok(Self { schema, frames })
    }

    /// The frame of `name`.
    pub(crate) fn frame(&self, name: &str) -> Result<&Frame, VocabError> {
        self.frames
            .get(name)
            .ok_or_else(|| VocabError::new(format!("no node type `{name}`")))
    }

    /// Every `(frame, slot)` pair, frames by name.
    pub(crate) fn slots(&self) -> impl Iterator<Item = (&Frame, &Slot)> {
        self.frames
            .values()
            .flat_map(|f| f.slots.iter().map(move |s| (f, s)))
    }
}

/// The object type a value type leads to, if any.
pub(crate) fn object_of(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Object(name) | Ty::StringOrObject { object: name, .. } => Some(name),
        Ty::Array(inner) => object_of(inner),
        _ => None,
    }
}

fn build_frame<'a>(
    schema: &ModelSchema,
    name: &str,
    nested: &mut BTreeSet<String>,
    used: &mut BTreeSet<(&'a str, &'a str)>,
) -> Result<Frame, VocabError> {
    let def = schema.object(name)?;
    let mut frame = Frame {
        name: name.to_owned(),
        description: def.description.clone(),
        slots: Vec::new(),
        nests: Vec::new(),
    };
    add_fields(schema, name, None, &mut frame, nested, used)?;
    let mut keys = BTreeSet::new();
    for slot in &frame.slots {
        if !keys.insert(slot.key.as_str()) {
            return Err(VocabError::new(format!(
                "`{name}`: the key `{}` occurs twice once nested keys are brought up",
                slot.key
            )));
        }
    }
    Ok(frame)
}

fn add_fields<'a>(
    schema: &ModelSchema,
    def_name: &str,
    nest: Option<&str>,
    frame: &mut Frame,
    nested: &mut BTreeSet<String>,
    used: &mut BTreeSet<(&'a str, &'a str)>,
) -> Result<(), VocabError> {
    let def = schema.object(def_name)?;
    for field in &def.fields {
        let (d, k, key) = terms::TERMS
            .iter()
            .find(|(d, k, _)| *d == def_name && *k == field.key)
            .copied()
            .ok_or_else(|| {
                VocabError::new(format!(
                    "the model field `{def_name}.{}` has no RDF term: add it to `TERMS` in src/rdf/terms.rs",
                    field.key
                ))
            })?;
        used.insert((d, k));
        let term = match key {
            Key::Id => {
                if field.ty != Ty::Iri {
                    return Err(VocabError::new(format!(
                        "`{def_name}.{}` is the node IRI but is not an IRI",
                        field.key
                    )));
                }
                SlotTerm::Id
            }
            Key::Type => match &field.ty {
                Ty::Enum(scheme)
                    if matches!(terms::scheme_style(scheme), SchemeStyle::Classes { .. }) =>
                {
                    SlotTerm::Type
                }
                _ => {
                    return Err(VocabError::new(format!(
                        "`{def_name}.{}` is the node's class but its vocabulary is not class-valued",
                        field.key
                    )));
                }
            },
            Key::Predicate(p) => SlotTerm::Predicate(p.to_owned()),
            Key::Nest => {
                let Ty::Object(child) = &field.ty else {
                    return Err(VocabError::new(format!(
                        "`{def_name}.{}` is nested but is not an object",
                        field.key
                    )));
                };
                if nest.is_some() {
                    return Err(VocabError::new(format!(
                        "`{def_name}.{}`: nests within nests are not supported",
                        field.key
                    )));
                }
                nested.insert(child.clone());
                frame.nests.push((field.key.clone(), child.clone()));
                add_fields(schema, child, Some(&field.key), frame, nested, used)?;
                continue;
            }
        };
        if let Ty::Array(inner) = &field.ty
            && matches!(**inner, Ty::Array(_))
        {
            return Err(VocabError::new(format!(
                "`{def_name}.{}`: arrays of arrays are not supported",
                field.key
            )));
        }
        frame.slots.push(Slot {
            key: field.key.clone(),
            nest: nest.map(str::to_owned),
            term,
            ty: field.ty.clone(),
            required: field.required,
            description: field.description.clone(),
        });
    }
    if let Some(Def::Object(_)) = schema.defs.get(def_name) {
        Ok(())
    } else {
        Err(VocabError::new(format!(
            "`{def_name}` is not an object type"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_mapped() {
        let frames = Frames::build().unwrap();
        let release = frames.frame("Release").unwrap();
        assert_eq!(release.nests, vec![("facts".into(), "Facts".into())]);
        let flop = release
            .slot(Some("facts"), "training_compute_flop")
            .unwrap();
        assert_eq!(
            flop.predicate(),
            Some("https://w3id.org/ai-openness/vocab#trainingComputeFlop")
        );
        assert!(!frames.frames.contains_key("Facts"));
        assert_eq!(
            frames.frame("Component").unwrap().type_scheme(),
            Some("ComponentKind")
        );
        for name in [
            "Evidence",
            "Lineage",
            "ReleaseRef",
            "Checksum",
            "Attestation",
        ] {
            assert!(frames.frames.contains_key(name), "{name}");
        }
    }
}
