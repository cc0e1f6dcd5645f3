//! A release's data set written as a Croissant 1.1 description (JSON-LD), with its data card as
//! the RAI properties: the inverse of [`crate::import::croissant`]
//! (`docs/importers.md#croissant`).
//!
//! A Croissant file describes one data set: the first training, post-training or evaluation data
//! component. Its `name`, `description` (a trailing `Cite as: …` becomes `citeAs`), licence (as
//! the producer wrote it when known, else the SPDX expression), `location` (`url`), evidence of
//! kind `artifact` (`distribution` file objects) and lineage (`prov:wasDerivedFrom`); the
//! release's `version`, `release_date` (`datePublished`), `producer` (`creator`) and other
//! evidence (`sameAs`); and the data card's labelled paragraphs as the `rai:*` properties. Other
//! components and fields are listed in [`Exported::unmapped`].

use serde_json::{Map, Value, json};

use super::Exported;
use crate::error::{Error, Result};
use crate::import::Unmapped;
use crate::import::croissant::{CR, RAI, RAI_PROPERTIES};
use crate::model::{ComponentKind as K, EvidenceKind, Release};

/// Writes the release's data set as Croissant 1.1 JSON-LD.
///
/// # Errors
/// [`Error::Write`] when the release has no data component.
pub fn export(release: &Release) -> Result<Exported> {
    let data_kinds = [K::PretrainingData, K::PostTrainingData, K::EvaluationData];
    let Some((index, data)) = release
        .components
        .iter()
        .enumerate()
        .find(|(_, c)| data_kinds.contains(&c.kind))
    else {
        return Err(Error::Write {
            message: "a Croissant description describes a data set, and the release lists no \
                      training or evaluation data"
                .to_owned(),
        });
    };
    let mut unmapped = Vec::new();
    let mut doc = Map::new();
    doc.insert(
        "@context".into(),
        json!({
            "@language": "en",
            "@vocab": "https://schema.org/",
            "sc": "https://schema.org/",
            "cr": CR,
            "rai": RAI,
            "dct": "http://purl.org/dc/terms/",
            "prov": "http://www.w3.org/ns/prov#",
            "citeAs": "cr:citeAs",
            "conformsTo": "dct:conformsTo"
        }),
    );
    doc.insert("@type".into(), json!("sc:Dataset"));
    if let Some(id) = &data.id {
        doc.insert("@id".into(), json!(id.as_str()));
    }
    doc.insert(
        "conformsTo".into(),
        json!("http://mlcommons.org/croissant/1.1"),
    );
    doc.insert(
        "name".into(),
        json!(data.name.clone().unwrap_or_else(|| release.name.clone())),
    );
    let (description, cite) = match data.description.as_deref() {
        Some(d) => match d.rsplit_once("Cite as: ") {
            Some((before, cite)) => (
                Some(before.trim_end().to_owned()).filter(|s| !s.is_empty()),
                Some(cite.to_owned()),
            ),
            None => (Some(d.to_owned()), None),
        },
        None => (None, None),
    };
    if let Some(d) = description {
        doc.insert("description".into(), json!(d));
    }
    if let Some(c) = cite {
        doc.insert("citeAs".into(), json!(c));
    }
    if let Some(v) = &release.version {
        doc.insert("version".into(), json!(v));
    }
    if let Some(d) = &release.release_date {
        doc.insert("datePublished".into(), json!(d.to_string()));
    }
    if let Some(l) = &data.license {
        let text = l
            .declared
            .clone()
            .unwrap_or_else(|| l.expression.as_str().to_owned());
        doc.insert("license".into(), json!(text));
    }
    if let Some(url) = data.location.as_ref().or(release.homepage.as_ref()) {
        doc.insert("url".into(), json!(url.as_str()));
    }
    if let Some(p) = &release.producer {
        doc.insert(
            "creator".into(),
            json!({"@type": "sc:Organization", "name": p.name}),
        );
    }
    let files: Vec<Value> = data
        .evidence
        .iter()
        .filter(|e| e.kind == Some(EvidenceKind::Artifact))
        .map(|e| match &e.title {
            Some(name) => json!({"@type": "cr:FileObject", "@id": name, "name": name,
                "contentUrl": e.url.as_str()}),
            None => json!({"@type": "cr:FileObject", "contentUrl": e.url.as_str()}),
        })
        .collect();
    if !files.is_empty() {
        doc.insert("distribution".into(), json!(files));
    }
    let same_as: Vec<&str> = release.evidence.iter().map(|e| e.url.as_str()).collect();
    if !same_as.is_empty() {
        doc.insert("sameAs".into(), json!(same_as));
    }
    let derived: Vec<Value> = data
        .lineage
        .iter()
        .map(|l| {
            let mut m = Map::new();
            m.insert("@type".into(), json!("prov:Entity"));
            if let Some(n) = &l.base.name {
                m.insert("name".into(), json!(n));
            }
            if let Some(u) = &l.base.url {
                m.insert("prov:atLocation".into(), json!(u.as_str()));
            }
            Value::Object(m)
        })
        .collect();
    if !derived.is_empty() {
        doc.insert("prov:wasDerivedFrom".into(), json!(derived));
    }
    // The data card's paragraphs as RAI properties.
    let mut card_index = None;
    if let Some((j, card)) = release.components_of(K::DataCard).next() {
        card_index = Some(j);
        for paragraph in card
            .description
            .as_deref()
            .unwrap_or_default()
            .split("\n\n")
        {
            let Some((label, value)) = paragraph.split_once(": ") else {
                unmapped.push(Unmapped::new(
                    format!("/components/{j}/description"),
                    paragraph,
                    "a paragraph that names no RAI property",
                ));
                continue;
            };
            match RAI_PROPERTIES.iter().find(|(_, l)| *l == label) {
                Some((term, _)) => {
                    let v = if value.contains("; ") {
                        json!(value.split("; ").collect::<Vec<_>>())
                    } else {
                        json!(value)
                    };
                    doc.insert(format!("rai:{term}"), v);
                }
                None => unmapped.push(Unmapped::new(
                    format!("/components/{j}/description"),
                    paragraph,
                    "a paragraph that names no RAI property",
                )),
            }
        }
    }
    for (i, c) in release.components.iter().enumerate() {
        if i != index && Some(i) != card_index {
            unmapped.push(Unmapped::new(
                format!("/components/{i}"),
                c.name.clone().unwrap_or_else(|| c.kind.as_str().to_owned()),
                "a Croissant description describes one data set and its data card",
            ));
        }
    }
    if data
        .license
        .as_ref()
        .is_some_and(|l| l.declared.is_some() && l.url.is_some())
    {
        // The link is the declared text itself when the licence was given as a URL.
    } else if let Some(url) = data.license.as_ref().and_then(|l| l.url.as_ref()) {
        unmapped.push(Unmapped::new(
            format!("/components/{index}/license/url"),
            url.as_str(),
            "Croissant writes one licence value",
        ));
    }
    super::unmapped_fields(
        &mut unmapped,
        &[
            ("/lineage", !release.lineage.is_empty()),
            ("/claims", !release.claims.is_empty()),
            ("/evaluations", !release.evaluations.is_empty()),
        ],
        "a Croissant description has no place for this field",
    );
    let mut text = serde_json::to_string_pretty(&Value::Object(doc)).map_err(|e| Error::Write {
        message: e.to_string(),
    })?;
    text.push('\n');
    let mut exported = Exported::new(text);
    exported.unmapped = unmapped;
    Ok(exported)
}
