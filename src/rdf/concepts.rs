//! The closed vocabularies of the model as SKOS concept schemes.
//!
//! Each vocabulary `V` is a `skos:ConceptScheme` and, punned, the `owl:Class` of its concepts
//! (so properties can name it as their range). Each value is a `skos:Concept` with
//! `skos:notation` equal to its JSON string, its doc comment as `skos:definition` and
//! `rdfs:comment`, and `skos:inScheme`/`skos:topConceptOf` the scheme. Component kinds and
//! release kinds are classes as well (see [`SchemeStyle::Classes`]).

use oxrdf::vocab::{rdf, rdfs};

use super::VocabError;
use super::frame::Frames;
use super::graph::{Builder, OWL_CLASS, describe, en, iri, string};
use super::terms::{self, SchemeStyle, aiopen, skos};

/// Adds every closed vocabulary of the model to `b`.
pub(crate) fn add(frames: &Frames, b: &mut Builder) -> Result<(), VocabError> {
    for vocabulary in frames.schema.vocabularies() {
        let scheme = iri(&terms::term(&vocabulary.name))?;
        let label = terms::label_for(&vocabulary.name, || {
            terms::label_from_camel(&vocabulary.name)
        });
        if vocabulary.description.is_empty() {
            return Err(VocabError::new(format!(
                "the vocabulary `{}` has no doc comment",
                vocabulary.name
            )));
        }
        b.link(scheme.clone(), rdf::TYPE.as_str(), skos!("ConceptScheme"))?;
        b.link(scheme.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
        b.link(
            scheme.clone(),
            rdfs::SUB_CLASS_OF.as_str(),
            skos!("Concept"),
        )?;
        describe(b, &scheme, &label, &vocabulary.description)?;
        b.add(scheme.clone(), skos!("prefLabel"), en(&label))?;
        for value in &vocabulary.values {
            let concept = iri(&terms::concept_iri(&vocabulary.name, &value.notation))?;
            let local = terms::local(concept.as_str())
                .unwrap_or_default()
                .to_owned();
            let label = terms::label_for(&local, || terms::label_from_notation(&value.notation));
            if value.description.is_empty() {
                return Err(VocabError::new(format!(
                    "the value `{}` of `{}` has no doc comment",
                    value.notation, vocabulary.name
                )));
            }
            b.link(concept.clone(), rdf::TYPE.as_str(), skos!("Concept"))?;
            b.link(concept.clone(), rdf::TYPE.as_str(), scheme.as_str())?;
            b.link(concept.clone(), skos!("inScheme"), scheme.as_str())?;
            b.link(concept.clone(), skos!("topConceptOf"), scheme.as_str())?;
            b.link(scheme.clone(), skos!("hasTopConcept"), concept.as_str())?;
            b.add(concept.clone(), skos!("notation"), string(&value.notation))?;
            b.add(concept.clone(), skos!("prefLabel"), en(&label))?;
            b.add(concept.clone(), skos!("definition"), en(&value.description))?;
            describe(b, &concept, &label, &value.description)?;
            if let SchemeStyle::Classes { parent, .. } = terms::scheme_style(&vocabulary.name) {
                b.link(concept.clone(), rdf::TYPE.as_str(), OWL_CLASS)?;
                b.link(
                    concept.clone(),
                    rdfs::SUB_CLASS_OF.as_str(),
                    &terms::term(parent),
                )?;
            }
        }
    }
    add_content_types(b)
}

/// Links every component kind to its content type (`aiopen:contentType`).
fn add_content_types(b: &mut Builder) -> Result<(), VocabError> {
    let property = iri(aiopen!("contentType"))?;
    b.link(
        property.clone(),
        rdf::TYPE.as_str(),
        "http://www.w3.org/2002/07/owl#AnnotationProperty",
    )?;
    describe(
        b,
        &property,
        "content type",
        "The content type of a kind of component (code, data, document or weights), which decides what kind of licence suits it. MOF 1.0 (Licenses): \"A type-appropriate open license is an open license that is appropriate for the type of component\".",
    )?;
    b.link(
        property.clone(),
        "https://schema.org/rangeIncludes",
        aiopen!("ContentType"),
    )?;
    for kind in crate::model::ComponentKind::ALL {
        b.link(
            iri(&terms::concept_iri("ComponentKind", kind.as_str()))?,
            property.as_str(),
            &terms::concept_iri("ContentType", kind.content_type().as_str()),
        )?;
    }
    Ok(())
}
