//! The human-readable page of the vocabulary (`vocab/index.html`): every class, property,
//! concept scheme and concept, framework and datatype with its label, comment and alignments,
//! each anchored by its local name (`index.html#ModelWeights`), plus the JSON key behind every
//! property and the standard terms the mapping reuses.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use oxrdf::vocab::{rdf, rdfs};
use oxrdf::{Graph, Term};

use super::VocabError;
use super::frame::{Frames, SlotTerm, object_of};
use super::labels::{TABLES, Table};
use super::schema::Ty;
use super::terms::{self, NS, skos};
use super::write::prefixed;

const OWL_CLASS: &str = "http://www.w3.org/2002/07/owl#Class";
const CONCEPT: &str = skos!("Concept");
const SCHEME: &str = skos!("ConceptScheme");
const FRAMEWORK: &str = "https://w3id.org/ai-openness/vocab#Framework";

type Description = BTreeMap<String, Vec<Term>>;

/// Every `aiopen:` subject of `graph` with its predicate-object pairs (predicates by IRI).
fn describe(graph: &Graph) -> BTreeMap<String, Description> {
    let mut out: BTreeMap<String, Description> = BTreeMap::new();
    for t in super::write::sorted(graph) {
        if let oxrdf::NamedOrBlankNodeRef::NamedNode(s) = t.subject
            && (terms::local(s.as_str()).is_some() || s.as_str() == terms::ONTOLOGY)
        {
            out.entry(s.as_str().to_owned())
                .or_default()
                .entry(t.predicate.as_str().to_owned())
                .or_default()
                .push(t.object.into_owned());
        }
    }
    out
}

fn has(d: &Description, predicate: &str, object: &str) -> bool {
    d.get(predicate).is_some_and(|v| {
        v.iter()
            .any(|o| matches!(o, Term::NamedNode(n) if n.as_str() == object))
    })
}

/// The `skos:prefLabel` of `d` in language `tag`, if any.
fn label_in<'a>(d: &'a Description, tag: &str) -> Option<&'a str> {
    d.get(skos!("prefLabel"))?.iter().find_map(|o| match o {
        Term::Literal(l) if l.language() == Some(tag) => Some(l.value()),
        _ => None,
    })
}

/// `label` as an HTML span in language `table`'s language and direction.
fn labelled(label: &str, table: &Table) -> String {
    format!(
        "<span lang=\"{}\"{}>{}</span>",
        table.tag,
        if table.rtl { " dir=\"rtl\"" } else { "" },
        esc(label)
    )
}

fn first_text<'a>(d: &'a Description, predicate: &str) -> &'a str {
    d.get(predicate)
        .and_then(|v| {
            v.iter().find_map(|o| match o {
                Term::Literal(l) => Some(l.value()),
                _ => None,
            })
        })
        .unwrap_or("")
}

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Text as HTML, with `code` spans.
fn inline(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in esc(text).split('`').enumerate() {
        if i % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

/// A comment as HTML paragraphs, with `code` spans.
fn prose(text: &str) -> String {
    text.split("\n\n")
        .map(|p| format!("<p>{}</p>", inline(p)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A link to a term: within the page for `aiopen:` terms, to the IRI otherwise.
fn link(iri: &str) -> String {
    if let Some(local) = terms::local(iri) {
        return format!(
            "<a href=\"#{}\"><code>aiopen:{}</code></a>",
            esc(local),
            esc(local)
        );
    }
    let shown = prefixed(iri).map_or_else(|| iri.to_owned(), |(p, l)| format!("{p}:{l}"));
    format!("<a href=\"{}\"><code>{}</code></a>", esc(iri), esc(&shown))
}

fn term_html(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => link(n.as_str()),
        Term::Literal(l) => {
            let dt = l.datatype();
            if dt.as_str().starts_with(NS) {
                format!("<code>{}</code> ({})", esc(l.value()), link(dt.as_str()))
            } else {
                format!("<code>{}</code>", esc(l.value()))
            }
        }
        _ => "(an anonymous node)".to_owned(),
    }
}

const MATCHES: &[(&str, &str)] = &[
    (skos!("exactMatch"), "exact match"),
    (skos!("closeMatch"), "close match"),
    (skos!("broadMatch"), "broad match"),
    (skos!("narrowMatch"), "narrow match"),
    (skos!("relatedMatch"), "related match"),
    (
        "http://www.w3.org/2000/01/rdf-schema#subClassOf",
        "subclass of",
    ),
    (
        "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
        "subproperty of",
    ),
    (skos!("notation"), "notation in another format"),
];

struct Page<'a> {
    ontology: BTreeMap<String, Description>,
    alignments: BTreeMap<String, Description>,
    frames: &'a Frames,
    out: String,
}

/// The page.
pub(crate) fn build(
    frames: &Frames,
    ontology: &Graph,
    alignments: &Graph,
) -> Result<String, VocabError> {
    let mut page = Page {
        ontology: describe(ontology),
        alignments: describe(alignments),
        frames,
        out: String::new(),
    };
    page.write()?;
    Ok(page.out)
}

impl Page<'_> {
    fn write(&mut self) -> Result<(), VocabError> {
        let header = self
            .ontology
            .get(terms::ONTOLOGY)
            .cloned()
            .unwrap_or_default();
        let title = first_text(&header, "http://purl.org/dc/terms/title").to_owned();
        let description = first_text(&header, "http://purl.org/dc/terms/description").to_owned();
        let version = first_text(&header, "http://www.w3.org/2002/07/owl#versionInfo").to_owned();
        let mut classes = Vec::new();
        let mut properties = Vec::new();
        let mut schemes = Vec::new();
        let mut frameworks = Vec::new();
        let mut datatypes = Vec::new();
        for (iri, d) in &self.ontology {
            let rdf_type = rdf::TYPE.as_str();
            if has(d, rdf_type, FRAMEWORK) {
                frameworks.push(iri.clone());
            } else if has(d, rdf_type, SCHEME) {
                schemes.push(iri.clone());
            } else if has(d, rdf_type, CONCEPT) {
                // Listed under its scheme.
            } else if has(d, rdf_type, OWL_CLASS) {
                classes.push(iri.clone());
            } else if has(d, rdf_type, rdf::PROPERTY.as_str())
                || has(d, rdf_type, "http://www.w3.org/2002/07/owl#ObjectProperty")
                || has(
                    d,
                    rdf_type,
                    "http://www.w3.org/2002/07/owl#AnnotationProperty",
                )
            {
                properties.push(iri.clone());
            } else if has(d, rdf_type, rdfs::DATATYPE.as_str()) {
                datatypes.push(iri.clone());
            }
        }
        let o = &mut self.out;
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{t}</title>\n<style>\nbody {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }}\nsection {{ border-top: 1px solid #ddd; padding-top: .5rem; }}\ncode {{ background: #f4f4f4; padding: 0 .2em; }}\ntable {{ border-collapse: collapse; }} td, th {{ border: 1px solid #ddd; padding: .2rem .4rem; text-align: left; vertical-align: top; }}\ndt {{ font-weight: bold; }}\n</style>\n</head>\n<body>\n<h1>{t}</h1>\n{d}\n<dl>\n<dt>Namespace</dt><dd><code>{ns}</code> (prefix <code>{prefix}:</code>)</dd>\n<dt>Ontology</dt><dd><code>{onto}</code>, version {v}</dd>\n<dt>Files</dt><dd><a href=\"ai-openness.ttl\">ai-openness.ttl</a> (the vocabulary), <a href=\"shapes.ttl\">shapes.ttl</a> (SHACL shapes), <a href=\"context.jsonld\">context.jsonld</a> (JSON-LD context), <a href=\"alignments.ttl\">alignments.ttl</a> (alignments)</dd>\n</dl>\n<p>Generated from the ai-openness data model; do not edit by hand.</p>\n<nav><a href=\"#classes\">Classes</a> · <a href=\"#properties\">Properties</a> · <a href=\"#schemes\">Concept schemes</a> · <a href=\"#frameworks\">Frameworks</a> · <a href=\"#datatypes\">Datatypes</a> · <a href=\"#reused\">Reused terms</a> · <a href=\"#labels\">Labels in other languages</a></nav>\n",
            t = esc(&title),
            d = prose(&description),
            ns = NS,
            prefix = terms::PREFIX,
            onto = terms::ONTOLOGY,
            v = esc(&version),
        );
        self.out.push_str("<h2 id=\"classes\">Classes</h2>\n");
        for iri in &classes {
            self.term(iri, 3)?;
        }
        self.out.push_str("<h2 id=\"properties\">Properties</h2>\n");
        for iri in &properties {
            self.term(iri, 3)?;
        }
        self.out
            .push_str("<h2 id=\"schemes\">Concept schemes</h2>\n");
        for iri in &schemes {
            self.scheme(iri)?;
        }
        self.out.push_str("<h2 id=\"frameworks\">Frameworks</h2>\n");
        for iri in &frameworks {
            self.scheme(iri)?;
        }
        self.out.push_str("<h2 id=\"datatypes\">Datatypes</h2>\n");
        for iri in &datatypes {
            self.term(iri, 3)?;
        }
        self.reused();
        self.labels(&schemes, &frameworks)?;
        self.out.push_str("</body>\n</html>\n");
        Ok(())
    }

    fn term(&mut self, iri: &str, level: u8) -> Result<(), VocabError> {
        let local = terms::local(iri).unwrap_or(iri).to_owned();
        let d = self.ontology.get(iri).cloned().unwrap_or_default();
        let label = first_text(&d, rdfs::LABEL.as_str());
        let comment = first_text(&d, rdfs::COMMENT.as_str());
        if label.is_empty() || comment.is_empty() {
            return Err(VocabError::new(format!(
                "`aiopen:{local}` has no label or comment"
            )));
        }
        let _ = write!(
            self.out,
            "<section id=\"{id}\">\n<h{level}>{label} <code>aiopen:{id}</code></h{level}>\n{comment}\n",
            id = esc(&local),
            label = esc(label),
            comment = prose(comment),
        );
        let mut facts = String::new();
        let rows: &[(&str, &str)] = &[
            (rdf::TYPE.as_str(), "type"),
            (skos!("notation"), "notation"),
            (rdfs::SUB_CLASS_OF.as_str(), "subclass of"),
            (rdfs::DOMAIN.as_str(), "domain"),
            ("https://schema.org/domainIncludes", "domain includes"),
            (rdfs::RANGE.as_str(), "range"),
            ("https://schema.org/rangeIncludes", "range includes"),
            (
                "https://w3id.org/ai-openness/vocab#contentType",
                "content type",
            ),
            ("http://purl.org/dc/terms/source", "source"),
            (rdfs::SEE_ALSO.as_str(), "see also"),
        ];
        for (predicate, name) in rows {
            if let Some(objects) = d.get(*predicate) {
                let shown: Vec<String> = objects
                    .iter()
                    .filter(|o| !matches!(o, Term::NamedNode(n) if n.as_str() == OWL_CLASS || n.as_str() == CONCEPT || n.as_str() == rdfs::CLASS.as_str() || n.as_str() == rdf::PROPERTY.as_str()))
                    .map(term_html)
                    .collect();
                if !shown.is_empty() {
                    let _ = writeln!(facts, "<dt>{name}</dt><dd>{}</dd>", shown.join(", "));
                }
            }
        }
        let labels: Vec<String> = TABLES
            .iter()
            .filter_map(|t| label_in(&d, t.tag).map(|l| format!("{} ({})", labelled(l, t), t.tag)))
            .collect();
        if !labels.is_empty() {
            let _ = writeln!(facts, "<dt>labels</dt><dd>{}</dd>", labels.join(" · "));
        }
        if let Some(aligned) = self.alignments.get(iri) {
            let mut items = Vec::new();
            for (predicate, name) in MATCHES {
                if let Some(objects) = aligned.get(*predicate) {
                    for o in objects {
                        items.push(format!("{name} {}", term_html(o)));
                    }
                }
            }
            if !items.is_empty() {
                let _ = writeln!(facts, "<dt>alignments</dt><dd>{}</dd>", items.join("; "));
            }
        }
        if !facts.is_empty() {
            let _ = write!(self.out, "<dl>\n{facts}</dl>\n");
        }
        self.keys(iri);
        self.out.push_str("</section>\n");
        Ok(())
    }

    /// For a class of the model: the table of its JSON keys.
    fn keys(&mut self, iri: &str) {
        let Some(frame) = terms::local(iri).and_then(|l| self.frames.frames.get(l)) else {
            return;
        };
        self.out.push_str("<table>\n<tr><th>JSON key</th><th>RDF</th><th>values</th><th>required</th><th>description</th></tr>\n");
        for slot in &frame.slots {
            let key = match &slot.nest {
                Some(n) => format!("{n}.{}", slot.key),
                None => slot.key.clone(),
            };
            let rdf = match &slot.term {
                SlotTerm::Id => "the node IRI (<code>@id</code>)".to_owned(),
                SlotTerm::Type => "<code>rdf:type</code>".to_owned(),
                SlotTerm::Predicate(p) => link(p),
            };
            let _ = writeln!(
                self.out,
                "<tr><td><code>{}</code></td><td>{rdf}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&key),
                values_html(&slot.ty),
                if slot.required { "yes" } else { "no" },
                inline(&slot.description),
            );
        }
        self.out.push_str("</table>\n");
    }

    fn scheme(&mut self, iri: &str) -> Result<(), VocabError> {
        self.term(iri, 3)?;
        let members: Vec<String> = self
            .ontology
            .iter()
            .filter(|(_, d)| has(d, skos!("inScheme"), iri))
            .map(|(m, _)| m.clone())
            .collect();
        let mut ordered = Vec::new();
        if let Some(local) = terms::local(iri)
            && let Ok(vocabulary) = self.frames.schema.vocabulary(local)
        {
            for v in &vocabulary.values {
                ordered.push(terms::concept_iri(local, &v.notation));
            }
        }
        let seen: BTreeSet<String> = ordered.iter().cloned().collect();
        ordered.extend(members.into_iter().filter(|m| !seen.contains(m)));
        for member in ordered {
            self.term(&member, 4)?;
        }
        Ok(())
    }

    /// One `<details>` section per language (so the page switches language without scripts):
    /// every labelled term of every scheme with its English and its translated label.
    fn labels(&mut self, schemes: &[String], frameworks: &[String]) -> Result<(), VocabError> {
        self.out.push_str("<h2 id=\"labels\">Labels in other languages</h2>\n<p>The closed vocabularies and their concepts, the kinds of component and release and the framework levels carry a <code>skos:prefLabel</code> in each of these languages. Open a language to read its labels.</p>\n");
        for table in TABLES {
            let _ = write!(
                self.out,
                "<details id=\"labels-{tag}\">\n<summary>{name} (<code>{tag}</code>)</summary>\n<table>\n<tr><th>term</th><th>English</th><th lang=\"{tag}\">{name}</th></tr>\n",
                tag = table.tag,
                name = labelled(table.name, table),
            );
            for scheme in schemes.iter().chain(frameworks) {
                for (iri, d) in &self.ontology {
                    if iri != scheme && !has(d, skos!("inScheme"), scheme) {
                        continue;
                    }
                    let Some(label) = label_in(d, table.tag) else {
                        continue;
                    };
                    let english = label_in(d, "en").ok_or_else(|| {
                        VocabError::new(format!(
                            "`{iri}` has a label in {} but none in English",
                            table.tag
                        ))
                    })?;
                    let _ = writeln!(
                        self.out,
                        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                        link(iri),
                        esc(english),
                        labelled(label, table)
                    );
                }
            }
            self.out.push_str("</table>\n</details>\n");
        }
        Ok(())
    }

    /// The standard terms the mapping reuses, with the JSON keys they stand for.
    fn reused(&mut self) {
        self.out.push_str("<h2 id=\"reused\">Reused terms</h2>\n<p>Standard terms the mapping uses as they are, with the JSON keys they stand for.</p>\n<table>\n<tr><th>term</th><th>JSON keys</th></tr>\n");
        let mut reused: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for (frame, slot) in self.frames.slots() {
            if let Some(p) = slot.predicate()
                && terms::local(p).is_none()
            {
                reused
                    .entry(p)
                    .or_default()
                    .insert(format!("{}.{}", frame.name, slot.key));
            }
        }
        for (p, keys) in reused {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| format!("<code>{}</code>", esc(k)))
                .collect();
            let _ = writeln!(
                self.out,
                "<tr><td>{}</td><td>{}</td></tr>",
                link(p),
                keys.join(", ")
            );
        }
        self.out.push_str("</table>\n");
    }
}

fn values_html(ty: &Ty) -> String {
    match ty {
        Ty::String { .. } => "string".to_owned(),
        Ty::Iri => "IRI".to_owned(),
        Ty::Date => "<code>xsd:date</code>".to_owned(),
        Ty::Boolean => "<code>xsd:boolean</code>".to_owned(),
        Ty::Integer { .. } => "<code>xsd:integer</code>".to_owned(),
        Ty::Number { .. } => "<code>xsd:integer</code> or <code>xsd:double</code>".to_owned(),
        Ty::Enum(scheme) => link(&terms::term(scheme)),
        Ty::Object(_) | Ty::StringOrObject { .. } => {
            let object = object_of(ty).unwrap_or_default();
            let node = link(&terms::term(object));
            if matches!(ty, Ty::StringOrObject { .. }) {
                format!("string or {node}")
            } else {
                node
            }
        }
        Ty::Array(inner) => format!("list of {}", values_html(inner)),
    }
}
