//! SHACL shapes (`vocab/shapes.ttl`) that say over the exported graph what the JSON Schema says
//! over the document: which keys are required (`sh:minCount`), that a key has one value
//! (`sh:maxCount`), datatypes, string lengths and patterns, numeric bounds, the values of closed
//! vocabularies (`sh:in`), the shape of nested objects (`sh:node`) and that objects are closed
//! (`sh:closed`, like `additionalProperties: false`).
//!
//! Releases are targeted by class (their release kind) and by `aiopen:specVersion`; components
//! by class (their component kind). Every other node has no `rdf:type` in the native form, so it
//! is reached from the release through `sh:node`, lists through the path
//! `( p [ sh:zeroOrMorePath rdf:rest ] rdf:first )`.

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{BlankNode, Graph, Literal, NamedNode, Term};

use super::VocabError;
use super::frame::{Frame, Frames, ROOT, Slot, SlotTerm};
use super::graph::{Builder, OWL, en, iri, string};
use super::schema::Ty;
use super::terms::{self, aiopen, dcterms};

const SH: &str = "http://www.w3.org/ns/shacl#";

fn sh(local: &str) -> String {
    format!("{SH}{local}")
}

fn shape_iri(name: &str) -> String {
    format!("{}{name}", terms::SHAPES_NS)
}

/// The shapes graph.
pub(crate) fn build(frames: &Frames) -> Result<Graph, VocabError> {
    let mut b = Builder::new("s");
    let doc = iri(terms::SHAPES_NS.trim_end_matches('#'))?;
    b.link(doc.clone(), rdf::TYPE.as_str(), &format!("{OWL}Ontology"))?;
    b.add(
        doc.clone(),
        dcterms!("title"),
        en("SHACL shapes for AI openness descriptions"),
    )?;
    b.add(
        doc.clone(),
        dcterms!("description"),
        en("The constraints of the ai-openness JSON Schema over descriptions exported as RDF (or expanded from JSON with the published JSON-LD context). Generated from the data model."),
    )?;
    b.add(
        doc.clone(),
        &format!("{OWL}versionInfo"),
        string(&crate::model::SpecVersion::CURRENT.to_string()),
    )?;
    b.link(doc, dcterms!("source"), env!("CARGO_PKG_REPOSITORY"))?;
    for frame in frames.frames.values() {
        node_shape(&mut b, frames, frame)?;
    }
    list_shapes(&mut b)?;
    super::classification::add_shapes(&mut b, frames)?;
    super::provenance::add_shapes(&mut b, frames)?;
    Ok(b.graph)
}

fn node_shape(b: &mut Builder, frames: &Frames, frame: &Frame) -> Result<(), VocabError> {
    let shape = iri(&shape_iri(&frame.name))?;
    b.link(shape.clone(), rdf::TYPE.as_str(), &sh("NodeShape"))?;
    let label = terms::label_for(&frame.name, || terms::label_from_camel(&frame.name));
    b.add(
        shape.clone(),
        rdfs::LABEL.as_str(),
        en(&format!("{label} shape")),
    )?;
    b.add(
        shape.clone(),
        rdfs::COMMENT.as_str(),
        en(&frame.description),
    )?;
    if let Some(scheme) = frame.type_scheme() {
        for value in &frames.schema.vocabulary(scheme)?.values {
            b.link(
                shape.clone(),
                &sh("targetClass"),
                &terms::concept_iri(scheme, &value.notation),
            )?;
        }
    }
    if frame.name == ROOT {
        b.link(
            shape.clone(),
            &sh("targetSubjectsOf"),
            aiopen!("specVersion"),
        )?;
    }
    b.add(shape.clone(), &sh("closed"), Literal::from(true))?;
    let mut ignored = vec![rdf::TYPE.into_owned().into()];
    if frame.name == ROOT {
        // Stated about a release by a classification, not part of its description.
        ignored.push(iri(aiopen!("reachesLevel"))?.into());
        // The provenance record's link from the release to its input; the links for queries.
        ignored.push(iri(super::terms::prov!("wasDerivedFrom"))?.into());
        ignored.push(iri(aiopen!("hasComponent"))?.into());
    }
    if frame.type_scheme() == Some("ComponentKind") {
        ignored.push(iri(aiopen!("expressionLicence"))?.into());
    }
    let ignored = b.list(ignored);
    b.add(shape.clone(), &sh("ignoredProperties"), ignored)?;
    for slot in &frame.slots {
        property_shapes(b, frames, &shape, slot)?;
    }
    Ok(())
}

fn property_shapes(
    b: &mut Builder,
    frames: &Frames,
    shape: &NamedNode,
    slot: &Slot,
) -> Result<(), VocabError> {
    let name = match &slot.nest {
        Some(n) => format!("{n}.{}", slot.key),
        None => slot.key.clone(),
    };
    match &slot.term {
        SlotTerm::Id => Ok(()),
        SlotTerm::Type => {
            let Ty::Enum(scheme) = &slot.ty else {
                return Err(VocabError::new(format!(
                    "`{name}` is a class without a vocabulary"
                )));
            };
            let property = described(b, shape, rdf::TYPE.into_owned().into(), &name, slot)?;
            let classes: Vec<Term> = frames
                .schema
                .vocabulary(scheme)?
                .values
                .iter()
                .map(|v| iri(&terms::concept_iri(scheme, &v.notation)).map(Term::from))
                .collect::<Result<_, _>>()?;
            let values = b.blank();
            let list = b.list(classes);
            b.add(values.clone(), &sh("in"), list)?;
            b.add(property.clone(), &sh("qualifiedValueShape"), values)?;
            if slot.required {
                b.add(property.clone(), &sh("qualifiedMinCount"), Literal::from(1))?;
            }
            b.add(property, &sh("qualifiedMaxCount"), Literal::from(1))
        }
        SlotTerm::Predicate(p) => {
            let path: Term = iri(p)?.into();
            let property = described(b, shape, path.clone(), &name, slot)?;
            if slot.required {
                b.add(property.clone(), &sh("minCount"), Literal::from(1))?;
            }
            b.add(property.clone(), &sh("maxCount"), Literal::from(1))?;
            match &slot.ty {
                Ty::Array(inner) => {
                    b.link(property, &sh("node"), &shape_iri("List"))?;
                    let zero_or_more = b.blank();
                    b.link(
                        zero_or_more.clone(),
                        &sh("zeroOrMorePath"),
                        rdf::REST.as_str(),
                    )?;
                    let members_path = b.list(vec![
                        path,
                        zero_or_more.into(),
                        rdf::FIRST.into_owned().into(),
                    ]);
                    let members = b.blank();
                    b.add(shape.clone(), &sh("property"), members.clone())?;
                    b.add(members.clone(), &sh("path"), members_path)?;
                    b.add(members.clone(), &sh("name"), string(&format!("{name}[]")))?;
                    b.add(
                        members.clone(),
                        &sh("description"),
                        en(&format!("Each item of `{name}`.")),
                    )?;
                    values(b, frames, members, inner)
                }
                ty => values(b, frames, property, ty),
            }
        }
    }
}

/// A property shape on `shape` with its path, name and description.
fn described(
    b: &mut Builder,
    shape: &NamedNode,
    path: Term,
    name: &str,
    slot: &Slot,
) -> Result<BlankNode, VocabError> {
    let property = b.blank();
    b.add(shape.clone(), &sh("property"), property.clone())?;
    b.add(property.clone(), &sh("path"), path)?;
    b.add(property.clone(), &sh("name"), string(name))?;
    if !slot.description.is_empty() {
        b.add(property.clone(), &sh("description"), en(&slot.description))?;
    }
    Ok(property)
}

fn datatype(b: &mut Builder, node: BlankNode, dt: &str) -> Result<(), VocabError> {
    b.link(node, &sh("datatype"), dt)
}

/// The constraints on each value of a slot.
fn values(b: &mut Builder, frames: &Frames, node: BlankNode, ty: &Ty) -> Result<(), VocabError> {
    match ty {
        Ty::String {
            min_length,
            pattern,
        } => {
            datatype(b, node.clone(), xsd::STRING.as_str())?;
            if let Some(min) = min_length {
                b.add(node.clone(), &sh("minLength"), Literal::from(*min))?;
            }
            if let Some(pattern) = pattern {
                b.add(node, &sh("pattern"), string(pattern))?;
            }
            Ok(())
        }
        Ty::Iri => b.link(node, &sh("nodeKind"), &sh("IRI")),
        Ty::Date => datatype(b, node, xsd::DATE.as_str()),
        Ty::Boolean => datatype(b, node, xsd::BOOLEAN.as_str()),
        Ty::Integer { minimum, maximum } => {
            datatype(b, node.clone(), xsd::INTEGER.as_str())?;
            if let Some(min) = minimum {
                b.add(node.clone(), &sh("minInclusive"), Literal::from(*min))?;
            }
            if let Some(max) = maximum {
                b.add(node, &sh("maxInclusive"), Literal::from(*max))?;
            }
            Ok(())
        }
        Ty::Number { minimum } => {
            let integer = b.blank();
            datatype(b, integer.clone(), xsd::INTEGER.as_str())?;
            let double = b.blank();
            datatype(b, double.clone(), xsd::DOUBLE.as_str())?;
            let either = b.list(vec![integer.into(), double.into()]);
            b.add(node.clone(), &sh("or"), either)?;
            if let Some(min) = minimum {
                let min = if min.fract() == 0.0 && min.abs() < 1e15 {
                    Literal::new_typed_literal(format!("{min:.0}"), xsd::INTEGER)
                } else {
                    Literal::new_typed_literal(super::export::double_lexical(*min), xsd::DOUBLE)
                };
                b.add(node, &sh("minInclusive"), min)?;
            }
            Ok(())
        }
        Ty::Enum(scheme) => {
            let concepts: Vec<Term> = frames
                .schema
                .vocabulary(scheme)?
                .values
                .iter()
                .map(|v| iri(&terms::concept_iri(scheme, &v.notation)).map(Term::from))
                .collect::<Result<_, _>>()?;
            let list = b.list(concepts);
            b.add(node, &sh("in"), list)
        }
        Ty::Object(name) => {
            b.link(node.clone(), &sh("nodeKind"), &sh("BlankNodeOrIRI"))?;
            b.link(node, &sh("node"), &shape_iri(name))
        }
        Ty::StringOrObject {
            string: short,
            object,
        } => {
            let literal = b.blank();
            values(b, frames, literal.clone(), short)?;
            let long = b.blank();
            values(b, frames, long.clone(), &Ty::Object(object.clone()))?;
            let either = b.list(vec![literal.into(), long.into()]);
            b.add(node, &sh("or"), either)
        }
        Ty::Array(_) => Err(VocabError::new("arrays of arrays are not supported")),
    }
}

/// `aiopensh:List`: a well-formed collection (every cell has one `rdf:first` and one `rdf:rest`).
fn list_shapes(b: &mut Builder) -> Result<(), VocabError> {
    let list = iri(&shape_iri("List"))?;
    b.link(list.clone(), rdf::TYPE.as_str(), &sh("NodeShape"))?;
    b.add(list.clone(), rdfs::LABEL.as_str(), en("list shape"))?;
    b.add(
        list.clone(),
        rdfs::COMMENT.as_str(),
        en("A well-formed RDF collection: every cell reached through rdf:rest has exactly one rdf:first and one rdf:rest, and the chain ends in rdf:nil. Arrays of a description are collections, so their order survives."),
    )?;
    let cells = b.blank();
    b.add(list.clone(), &sh("property"), cells.clone())?;
    let path = b.blank();
    b.link(path.clone(), &sh("zeroOrMorePath"), rdf::REST.as_str())?;
    b.add(cells.clone(), &sh("path"), path)?;
    let nil = b.blank();
    let nil_list = b.list(vec![rdf::NIL.into_owned().into()]);
    b.add(nil.clone(), &sh("in"), nil_list)?;
    let cell = b.blank();
    for p in [rdf::FIRST, rdf::REST] {
        let one = b.blank();
        b.add(cell.clone(), &sh("property"), one.clone())?;
        b.link(one.clone(), &sh("path"), p.as_str())?;
        b.add(one.clone(), &sh("minCount"), Literal::from(1))?;
        b.add(one, &sh("maxCount"), Literal::from(1))?;
    }
    let either = b.list(vec![nil.into(), cell.into()]);
    b.add(cells, &sh("or"), either)
}
