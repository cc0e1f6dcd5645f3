//! Proptest strategies that generate valid values of every model type, every field and every
//! closed-vocabulary value, at small sizes. Shared by the round-trip tests (RDF, serde, schema).
//!
//! Strings include quotes, backslashes, line breaks, tabs and non-ASCII text; numbers include
//! whole values, values that need 17 significant digits and values above 10^21; IRIs include
//! non-ASCII characters. Types without a public constructor are built through serde, so the
//! generator only ever produces what a document could contain.

use ai_openness::Release;
use ai_openness::model::{
    AccessTerms, Attestation, Availability, CategoryResult, Checksum, ChecksumAlgorithm, Claim,
    ClaimKind, Component, ComponentKind, Date, Evaluation, EvaluationSplit, Evidence, EvidenceKind,
    Facts, Iri, Licence, Lineage, LineageRelation, Modality, Monetisation, Producer, ProducerKind,
    ReleaseKind, ReleaseRef, SdgRelevance, SystemUnderTest, Url,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::json;

/// Free text: plain words, arbitrary printable Unicode, and the characters that need escaping.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9 ,.()-]{0,16}",
        "\\PC{0,12}",
        Just("line one\nline \"two\"\twith a back\\slash".to_owned()),
        Just("Ünïcödé — 模型 🚀".to_owned()),
    ]
}

/// Non-empty text (names).
pub fn name() -> impl Strategy<Value = String> {
    text().prop_filter("a name is not empty", |s| !s.is_empty())
}

/// An absolute URL.
pub fn url() -> impl Strategy<Value = Url> {
    (
        select(&["https", "http", "ftp"][..]),
        "[a-z]{1,8}",
        select(&["org", "com", "example"][..]),
        "[A-Za-z0-9_.~-]{0,10}",
        of("[a-z]{1,4}=[0-9]{1,3}"),
    )
        .prop_filter_map("a valid URL", |(scheme, host, tld, path, query)| {
            let query = query.map(|q| format!("?{q}")).unwrap_or_default();
            Url::new(&format!("{scheme}://{host}.{tld}/{path}{query}")).ok()
        })
}

/// An absolute IRI, sometimes with non-ASCII characters, sometimes a URN.
pub fn iri() -> impl Strategy<Value = Iri> {
    prop_oneof![
        ("[a-z]{1,8}", "[A-Za-z0-9_-]{1,12}")
            .prop_map(|(host, path)| format!("https://{host}.example/{path}")),
        "[a-z0-9]{4,12}".prop_map(|s| format!("https://例え.jp/モデル/{s}")),
        "[a-f0-9]{8}".prop_map(|s| format!("urn:uuid:{s}-0000-4000-8000-000000000000")),
    ]
    .prop_filter_map("a valid IRI", |s| Iri::new(&s).ok())
}

/// A calendar date.
pub fn date() -> impl Strategy<Value = Date> {
    (1970u16..2100, 1u8..=12, 1u8..=31)
        .prop_filter_map("a real day", |(y, m, d)| Date::from_parts(y, m, d))
}

/// A finite number: whole, decimal, needing 17 digits, tiny, huge, negative.
pub fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i32..1000).prop_map(f64::from),
        -1.0e6f64..1.0e6,
        Just(0.1 + 0.2),
        Just(1.0e25),
        Just(5.0e20),
        Just(1.5e-300),
        Just(-0.0),
    ]
}

/// A non-negative finite number.
pub fn non_negative() -> impl Strategy<Value = f64> {
    number().prop_map(f64::abs)
}

/// A licence: an SPDX expression, bare or with the producer's wording and a link (the long form
/// only where the model's `Licence` has one).
pub fn licence() -> impl Strategy<Value = Licence> {
    let expression = select(
        &[
            "MIT",
            "Apache-2.0",
            "MIT OR Apache-2.0",
            "CC-BY-4.0 AND MIT",
            "GPL-2.0-or-later WITH Classpath-exception-2.0",
            "LicenseRef-Llama-3.1-Community",
            "NOASSERTION",
            "NONE",
        ][..],
    );
    (expression, of(text()), of(url()), any::<bool>()).prop_map(
        |(expression, declared, url, long)| {
            let bare = serde_json::from_value::<Licence>(json!(expression));
            if long && (declared.is_some() || url.is_some()) {
                let mut map = serde_json::Map::new();
                map.insert("expression".into(), json!(expression));
                if let Some(d) = declared {
                    map.insert("declared".into(), json!(d));
                }
                if let Some(u) = url {
                    map.insert("url".into(), json!(u.as_str()));
                }
                if let Ok(l) = serde_json::from_value::<Licence>(serde_json::Value::Object(map)) {
                    return l;
                }
            }
            bare.expect("the expressions above are valid SPDX expressions")
        },
    )
}

/// A checksum of any algorithm, with a digest of the right length.
pub fn checksum() -> impl Strategy<Value = Checksum> {
    (select(ChecksumAlgorithm::ALL), "[0-9a-f]{128}").prop_map(|(algorithm, hex)| {
        Checksum::new(algorithm, &hex[..algorithm.hex_len()]).expect("hex of the right length")
    })
}

/// A piece of evidence.
pub fn evidence() -> impl Strategy<Value = Evidence> {
    (
        url(),
        of(select(EvidenceKind::ALL)),
        of(text()),
        of(date()),
        of(text()),
    )
        .prop_map(|(url, kind, title, retrieved, note)| {
            let mut e = Evidence::new(url);
            e.kind = kind;
            e.title = title;
            e.retrieved = retrieved;
            e.note = note;
            e
        })
}

fn evidence_list() -> impl Strategy<Value = Vec<Evidence>> {
    vec(evidence(), 0..3)
}

/// A reference to another release.
pub fn release_ref() -> impl Strategy<Value = ReleaseRef> {
    (of(iri()), of(text()), of(text()), of(url())).prop_map(|(id, name, version, url)| {
        let mut r = ReleaseRef::default();
        r.id = id;
        r.name = name;
        r.version = version;
        r.url = url;
        r
    })
}

/// A lineage entry.
pub fn lineage() -> impl Strategy<Value = Lineage> {
    (select(LineageRelation::ALL), release_ref()).prop_map(|(r, b)| Lineage::new(r, b))
}

/// Access terms.
pub fn access_terms() -> impl Strategy<Value = AccessTerms> {
    (of(url()), of(text())).prop_map(|(url, description)| {
        let mut t = AccessTerms::default();
        t.url = url;
        t.description = description;
        t
    })
}

/// A component of any kind, with every field sometimes set.
pub fn component() -> impl Strategy<Value = Component> {
    (
        (
            select(ComponentKind::ALL),
            of(text()),
            of(iri()),
            of(text()),
        ),
        (
            of(licence()),
            select(Availability::ALL),
            of(access_terms()),
            of(url()),
            of(checksum()),
        ),
        (evidence_list(), vec(lineage(), 0..2)),
    )
        .prop_map(
            |(
                (kind, name, id, description),
                (license, availability, access_terms, location, checksum),
                (evidence, lineage),
            )| {
                let mut c = Component::new(kind);
                c.name = name;
                c.id = id;
                c.description = description;
                c.license = license;
                c.availability = availability;
                c.access_terms = access_terms;
                c.location = location;
                c.checksum = checksum;
                c.evidence = evidence;
                c.lineage = lineage;
                c
            },
        )
}

/// A per-category result.
pub fn category_result() -> impl Strategy<Value = CategoryResult> {
    (name(), of(text()), of(number())).prop_map(|(category, grade, score)| {
        let mut v = json!({ "category": category });
        if let Some(g) = grade {
            v["grade"] = json!(g);
        }
        if let Some(s) = score {
            v["score"] = json!(s);
        }
        serde_json::from_value(v).expect("a valid category result")
    })
}

/// An evaluation.
pub fn evaluation() -> impl Strategy<Value = Evaluation> {
    (
        (
            name(),
            of(text()),
            any::<bool>(),
            of(select(EvaluationSplit::ALL)),
        ),
        (of(select(SystemUnderTest::ALL)), of(text()), of(number())),
        (
            vec(category_result(), 0..3),
            of(text()),
            of(text()),
            of(date()),
        ),
        evidence_list(),
    )
        .prop_map(
            |(
                (benchmark, version, safety, split),
                (sut, grade, score),
                (results, evaluator, locale, date),
                evidence,
            )| {
                let mut e = Evaluation::new(benchmark);
                e.benchmark_version = version;
                e.safety = safety;
                e.split = split;
                e.system_under_test = sut;
                e.grade = grade;
                e.score = score;
                e.results = results;
                e.evaluator = evaluator;
                e.locale = locale;
                e.date = date;
                e.evidence = evidence;
                e
            },
        )
}

/// A claim.
pub fn claim() -> impl Strategy<Value = Claim> {
    (
        select(ClaimKind::ALL),
        of(select(ComponentKind::ALL)),
        of(select(&["mof-1.0", "osaid-1.0", "custom"][..])),
        of(select(&["class-1", "conforms", "likely"][..])),
        of(text()),
        evidence_list(),
    )
        .prop_map(|(kind, scope, framework, level, text, evidence)| {
            let mut c = Claim::new(kind);
            c.scope = scope;
            c.framework = framework.map(str::to_owned);
            c.level = level.map(str::to_owned);
            c.text = text;
            c.evidence = evidence;
            c
        })
}

/// An attestation.
pub fn attestation() -> impl Strategy<Value = Attestation> {
    (any::<bool>(), of(text()), evidence_list()).prop_map(|(holds, description, evidence)| {
        let mut a = Attestation::new(holds);
        a.description = description;
        a.evidence = evidence;
        a
    })
}

/// Monetisation facts.
pub fn monetisation() -> impl Strategy<Value = Monetisation> {
    (
        of(any::<bool>()),
        of(any::<bool>()),
        of(any::<bool>()),
        of(any::<bool>()),
        evidence_list(),
    )
        .prop_map(
            |(price, paid_services, platform, personal_data, evidence)| {
                let mut m = Monetisation::default();
                m.price = price;
                m.paid_services = paid_services;
                m.platform = platform;
                m.personal_data = personal_data;
                m.evidence = evidence;
                m
            },
        )
}

/// SDG relevance.
pub fn sdg_relevance() -> impl Strategy<Value = SdgRelevance> {
    (1u8..=17, of(text()), evidence_list()).prop_map(|(goal, description, evidence)| {
        let mut v = json!({ "goal": goal, "evidence": evidence });
        if let Some(d) = description {
            v["description"] = json!(d);
        }
        serde_json::from_value(v).expect("a valid SDG relevance")
    })
}

/// Facts about a release, every field sometimes set.
pub fn facts() -> impl Strategy<Value = Facts> {
    (
        (
            of(monetisation()),
            of(non_negative()),
            of(any::<bool>()),
            of(any::<bool>()),
        ),
        (
            of(any::<bool>()),
            of(any::<bool>()),
            vec(sdg_relevance(), 0..2),
        ),
        (of(attestation()), of(attestation()), of(attestation())),
        (of(any::<bool>()), of(attestation()), of(attestation())),
        (vec(text(), 0..3), of(attestation())),
    )
        .prop_map(
            |(
                (monetisation, flop, systemic, high),
                (prohibited, transparency, sdg),
                (ownership, platform, extraction),
                (personal, privacy, standards),
                (open_standards, harm),
            )| {
                let mut f = Facts::default();
                f.monetisation = monetisation;
                f.training_compute_flop = flop;
                f.systemic_risk = systemic;
                f.high_risk = high;
                f.prohibited_practice = prohibited;
                f.transparency_obligations = transparency;
                f.sdg_relevance = sdg;
                f.ownership = ownership;
                f.platform_independence = platform;
                f.data_extraction = extraction;
                f.personal_data = personal;
                f.privacy = privacy;
                f.standards = standards;
                f.open_standards = open_standards;
                f.harm_prevention = harm;
                f
            },
        )
}

/// A producer.
pub fn producer() -> impl Strategy<Value = Producer> {
    (name(), of(select(ProducerKind::ALL)), of(url())).prop_map(|(name, kind, url)| {
        let mut p = Producer::new(name);
        p.kind = kind;
        p.url = url;
        p
    })
}

/// A release with every field sometimes set.
pub fn release() -> impl Strategy<Value = Release> {
    (
        (
            name(),
            of(iri()),
            of(text()),
            select(ReleaseKind::ALL),
            of(text()),
        ),
        (
            of(producer()),
            of(date()),
            of(url()),
            of(select(Modality::ALL)),
        ),
        (
            vec(lineage(), 0..2),
            vec(component(), 0..4),
            vec(evaluation(), 0..2),
        ),
        (vec(claim(), 0..3), facts(), evidence_list()),
    )
        .prop_map(
            |(
                (name, id, version, kind, description),
                (producer, release_date, homepage, modality),
                (lineage, components, evaluations),
                (claims, facts, evidence),
            )| {
                let mut r = Release::new(name);
                r.id = id;
                r.version = version;
                r.kind = kind;
                r.description = description;
                r.producer = producer;
                r.release_date = release_date;
                r.homepage = homepage;
                r.modality = modality;
                r.lineage = lineage;
                r.components = components;
                r.evaluations = evaluations;
                r.claims = claims;
                r.facts = facts;
                r.evidence = evidence;
                r
            },
        )
}
