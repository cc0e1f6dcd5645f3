//! Labels in several languages (`src/rdf/labels/{lang}.tsv`, see `docs/vocabulary.md`): every
//! closed vocabulary and each of its concepts, every component and release kind and every framework level
//! has exactly one `skos:prefLabel` in English and in each table's language, unique within its
//! scheme; no table names a term the vocabulary lacks; the HTML page shows every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use ai_openness::classify::Framework;
use ai_openness::model::ComponentKind;
use ai_openness::rdf::{self, terms::NS};
use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNodeRef, TermRef};

const LANGUAGES: &[&str] = &["en", "fr", "es", "pt", "ar", "zh", "hi", "sw"];
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
const OWL_CLASS: &str = "http://www.w3.org/2002/07/owl#Class";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn named(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new(iri).expect("IRI")
}

fn is_a(graph: &Graph, subject: NamedOrBlankNodeRef<'_>, class: &str) -> bool {
    graph.contains(oxrdf::TripleRef::new(
        subject,
        named(RDF_TYPE),
        named(class),
    ))
}

/// The terms that need labels, by local name, with their scheme's local name.
fn labelled_terms(graph: &Graph) -> BTreeMap<String, String> {
    let in_scheme = format!("{SKOS}inScheme");
    let mut out = BTreeMap::new();
    let local = |iri: &str| iri.strip_prefix(NS).expect("aiopen term").to_owned();
    // The closed vocabularies themselves: concept schemes that are also classes.
    for s in
        graph.subjects_for_predicate_object(named(RDF_TYPE), named(&format!("{SKOS}ConceptScheme")))
    {
        if let NamedOrBlankNodeRef::NamedNode(n) = s
            && is_a(graph, s, OWL_CLASS)
        {
            out.insert(local(n.as_str()), "ConceptScheme".to_owned());
        }
    }
    for t in graph.triples_for_predicate(named(&in_scheme)) {
        let (NamedOrBlankNodeRef::NamedNode(s), TermRef::NamedNode(scheme)) = (t.subject, t.object)
        else {
            continue;
        };
        let closed = is_a(graph, scheme.into(), &format!("{SKOS}ConceptScheme"))
            && is_a(graph, scheme.into(), OWL_CLASS);
        let level = is_a(graph, s.into(), &format!("{NS}OpennessLevel"));
        if closed || level {
            out.insert(local(s.as_str()), local(scheme.as_str()));
        }
    }
    out
}

#[test]
fn every_term_has_one_label_per_language_unique_in_its_scheme() {
    let graph = rdf::vocabulary().expect("vocabulary");
    let terms = labelled_terms(&graph);
    // The set is what the issue asks for: every component kind, both release kinds, every level.
    for kind in ComponentKind::ALL {
        let iri = ai_openness::rdf::terms::NS.to_owned()
            + &kind
                .as_str()
                .split('_')
                .map(|w| w[..1].to_uppercase() + &w[1..])
                .collect::<String>();
        assert!(
            terms.contains_key(&iri[NS.len()..]),
            "{kind:?} has no labelled term"
        );
    }
    assert!(terms.contains_key("ModelRelease") && terms.contains_key("SystemRelease"));
    assert_eq!(
        terms.get("ComponentKind").map(String::as_str),
        Some("ConceptScheme")
    );
    let levels: usize = Framework::ALL.iter().map(|f| f.spec().levels.len()).sum();
    assert_eq!(
        terms.keys().filter(|t| t.starts_with("Level-")).count(),
        levels
    );

    let pref = format!("{SKOS}prefLabel");
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut in_scheme: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (term, scheme) in &terms {
        let node = named(&format!("{NS}{term}")).into_owned();
        let mut by_language: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for o in graph.objects_for_subject_predicate(&node, named(&pref)) {
            let TermRef::Literal(l) = o else {
                panic!("{term}: a prefLabel that is not a literal")
            };
            let tag = l
                .language()
                .unwrap_or_else(|| panic!("{term}: label without language"));
            let tag = LANGUAGES
                .iter()
                .find(|t| **t == tag)
                .unwrap_or_else(|| panic!("{term}: unexpected language {tag}"));
            by_language.entry(tag).or_default().push(l.value());
        }
        for tag in LANGUAGES {
            let labels = by_language.get(tag).map_or(&[][..], Vec::as_slice);
            assert_eq!(labels.len(), 1, "{term} has {labels:?} in {tag}");
            assert!(!labels[0].trim().is_empty(), "{term}: empty label in {tag}");
            assert!(
                in_scheme.insert((scheme.clone(), (*tag).to_owned(), labels[0].to_owned())),
                "{term}: the label {:?}@{tag} is used twice in {scheme}",
                labels[0]
            );
            *counts.entry(tag).or_default() += 1;
        }
    }
    println!(
        "{} labelled terms; labels per language: {counts:?}",
        terms.len()
    );
    assert!(terms.len() >= 134, "{} labelled terms", terms.len());
    for tag in LANGUAGES {
        assert_eq!(counts[tag], terms.len(), "{tag}");
    }
    assert_eq!(in_scheme.len(), terms.len() * LANGUAGES.len());
}

#[test]
fn the_tables_name_only_existing_terms_and_give_sources() {
    let graph = rdf::vocabulary().expect("vocabulary");
    let terms = labelled_terms(&graph);
    let dir = root().join("src/rdf/labels");
    let mut tables: Vec<String> = std::fs::read_dir(&dir)
        .expect("labels dir")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".tsv").map(str::to_owned)
        })
        .collect();
    tables.sort();
    let mut expected: Vec<String> = LANGUAGES[1..].iter().map(|t| (*t).to_owned()).collect();
    expected.sort();
    assert_eq!(tables, expected);
    for tag in &tables {
        let text = std::fs::read_to_string(dir.join(format!("{tag}.tsv"))).expect("table");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("term\tlabel\tsource"), "{tag}");
        let mut named = BTreeSet::new();
        let mut glossaries = 0;
        for line in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{tag}: {line}");
            assert!(
                terms.contains_key(fields[0]),
                "{tag}.tsv names unknown `{}`",
                fields[0]
            );
            assert!(named.insert(fields[0]), "{tag}.tsv: `{}` twice", fields[0]);
            assert!(!fields[2].is_empty(), "{tag}: {line}");
            if fields[2] != "project" {
                glossaries += 1;
            }
        }
        assert_eq!(named.len(), terms.len(), "{tag}");
        println!(
            "{tag}.tsv: {} labels, {glossaries} from published sources",
            named.len()
        );
    }
}

#[test]
fn the_html_page_shows_every_language() {
    let page = std::fs::read_to_string(root().join("vocab/index.html")).expect("index.html");
    for tag in &LANGUAGES[1..] {
        assert!(
            page.contains(&format!("<details id=\"labels-{tag}\">")),
            "no section for {tag}"
        );
    }
    assert!(page.contains("<span lang=\"ar\" dir=\"rtl\">أوزان النموذج</span>"));
    assert!(page.contains("<span lang=\"zh\">模型权重</span>"));
    assert!(!page.contains("<script"));
}
