//! A small helper for building graphs: checked IRIs, deterministic blank nodes, collections.

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{BlankNode, Graph, Literal, NamedNode, NamedOrBlankNode, Term, TripleRef};

use super::VocabError;
use super::terms;

/// A named node, checked.
pub(crate) fn iri(text: &str) -> Result<NamedNode, VocabError> {
    NamedNode::new(text).map_err(|e| VocabError::new(format!("invalid IRI `{text}`: {e}")))
}

/// An English literal (labels and comments of the vocabulary).
pub(crate) fn en(text: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(text, "en")
}

/// A plain string literal.
pub(crate) fn string(text: &str) -> Literal {
    Literal::new_simple_literal(text)
}

/// Builds a graph with blank nodes labelled `{prefix}{n}` in creation order, so the same
/// generation always gives the same labels.
pub(crate) struct Builder {
    /// The graph built so far.
    pub graph: Graph,
    prefix: String,
    next: usize,
}

impl Builder {
    /// An empty graph whose blank nodes will be labelled `{prefix}0`, `{prefix}1`, …
    pub(crate) fn new(prefix: &str) -> Self {
        Self {
            graph: Graph::new(),
            prefix: prefix.to_owned(),
            next: 0,
        }
    }

    /// A fresh blank node.
    pub(crate) fn blank(&mut self) -> BlankNode {
        let node = BlankNode::new_unchecked(format!("{}{}", self.prefix, self.next));
        self.next += 1;
        node
    }

    /// Adds a triple whose predicate is given by IRI.
    pub(crate) fn add(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: &str,
        object: impl Into<Term>,
    ) -> Result<(), VocabError> {
        let subject = subject.into();
        let predicate = iri(predicate)?;
        let object = object.into();
        self.graph
            .insert(TripleRef::new(&subject, &predicate, &object));
        Ok(())
    }

    /// Adds a triple whose object is given by IRI.
    pub(crate) fn link(
        &mut self,
        subject: impl Into<NamedOrBlankNode>,
        predicate: &str,
        object: &str,
    ) -> Result<(), VocabError> {
        let object = iri(object)?;
        self.add(subject, predicate, object)
    }

    /// A collection of `items`: its head, or `rdf:nil` when empty.
    pub(crate) fn list(&mut self, items: Vec<Term>) -> Term {
        let cells: Vec<BlankNode> = items.iter().map(|_| self.blank()).collect();
        for (i, item) in items.into_iter().enumerate() {
            let rest: Term = cells
                .get(i + 1)
                .map_or_else(|| rdf::NIL.into_owned().into(), |c| c.clone().into());
            self.graph
                .insert(TripleRef::new(&cells[i], rdf::FIRST, &item));
            self.graph
                .insert(TripleRef::new(&cells[i], rdf::REST, &rest));
        }
        cells
            .into_iter()
            .next()
            .map_or_else(|| rdf::NIL.into_owned().into(), Into::into)
    }
}

/// The OWL namespace.
pub(crate) const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// `owl:Class`.
pub(crate) const OWL_CLASS: &str = "http://www.w3.org/2002/07/owl#Class";

/// Adds `rdfs:label`, `rdfs:comment` and `rdfs:isDefinedBy` to a term.
pub(crate) fn describe(
    b: &mut Builder,
    term: &NamedNode,
    label: &str,
    comment: &str,
) -> Result<(), VocabError> {
    b.add(term.clone(), rdfs::LABEL.as_str(), en(label))?;
    b.add(term.clone(), rdfs::COMMENT.as_str(), en(comment))?;
    b.link(term.clone(), rdfs::IS_DEFINED_BY.as_str(), terms::ONTOLOGY)
}
