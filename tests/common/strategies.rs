//! Proptest strategies for the whole model: every field, every value of every vocabulary, small
//! sizes. Each strategy produces only values the format accepts (non-empty names, digests of the
//! right length, finite numbers, SDG goals 1–17, valid licence expressions), so a serialised
//! release must pass the JSON Schema and load back equal.

use ai_openness::Release;
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::{
    AccessTerms, Attestation, Availability, CategoryResult, Checksum, ChecksumAlgorithm, Claim,
    ClaimKind, Component, ComponentKind, Date, Evaluation, EvaluationSplit, Evidence, EvidenceKind,
    Facts, Iri, Lineage, LineageRelation, Modality, Monetisation, Producer, ProducerKind,
    ReleaseKind, ReleaseRef, SdgRelevance, SpecVersion, SystemUnderTest, Url,
};
use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use proptest::sample::select;

/// Licence expressions of every shape the crate accepts: SPDX ids, `AND`/`OR`, parentheses,
/// `WITH`, `+`, deprecated ids, table and unknown `LicenseRef-`s, `DocumentRef-`, `NONE`,
/// `NOASSERTION`.
pub const EXPRESSIONS: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "MIT OR Apache-2.0",
    "(MIT OR BSD-3-Clause) AND Apache-2.0",
    "GPL-2.0-or-later WITH Classpath-exception-2.0",
    "GPL-2.0+",
    "CC-BY-4.0",
    "ODC-By-1.0 AND CC-BY-SA-4.0",
    "LicenseRef-Llama-3.1-Community",
    "LicenseRef-Gemma",
    "LicenseRef-Example-Terms-1",
    "DocumentRef-other:LicenseRef-Terms",
    "NONE",
    "NOASSERTION",
];

/// Short text of any printable characters (possibly empty).
pub fn text() -> impl Strategy<Value = String> {
    "\\PC{0,12}"
}

/// Short text of at least one printable character.
pub fn non_empty_text() -> impl Strategy<Value = String> {
    "\\PC{1,12}"
}

/// Absolute URLs, mostly `https`, some `http`, `ftp` and `urn`.
pub fn url() -> impl Strategy<Value = Url> {
    let web = (
        select(&["https", "http", "ftp"][..]),
        "[a-z][a-z0-9-]{0,8}",
        "(/[A-Za-z0-9._~-]{0,8}){0,3}",
    )
        .prop_map(|(scheme, host, path)| format!("{scheme}://{host}.example{path}"));
    prop_oneof![4 => web, 1 => "urn:example:[a-z0-9]{1,8}"]
        .prop_map(|u| Url::new(&u).expect("generated URL is valid"))
}

/// Absolute IRIs, some with non-ASCII characters.
pub fn iri() -> impl Strategy<Value = Iri> {
    ("[a-z]{1,8}", select(&["", "é", "模型", "ß"][..]))
        .prop_map(|(p, u)| Iri::new(&format!("https://example.org/{p}{u}")).expect("valid IRI"))
}

/// Calendar dates from 1900 to 2025 (never in the future), leap days included.
pub fn date() -> impl Strategy<Value = Date> {
    (1900_u16..2026, 1_u8..=12, 1_u8..=31)
        .prop_filter_map("no such day", |(y, m, d)| Date::from_parts(y, m, d))
}

/// A checksum of every algorithm with a digest of the right length.
pub fn checksum() -> impl Strategy<Value = Checksum> {
    select(ChecksumAlgorithm::ALL).prop_flat_map(|a| {
        proptest::string::string_regex(&format!("[0-9a-f]{{{}}}", a.hex_len()))
            .expect("valid regex")
            .prop_map(move |v| Checksum::new(a, &v).expect("valid digest"))
    })
}

/// A licence: an expression, sometimes with the declared name and a link.
pub fn licence() -> impl Strategy<Value = Licence> {
    (select(EXPRESSIONS), of(text()), of(url())).prop_map(|(e, declared, url)| {
        let mut l = Licence::new(LicenceExpression::parse(e).expect("valid expression"));
        l.declared = declared;
        l.url = url;
        l
    })
}

/// Evidence with every field.
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
    vec(evidence(), 0..2)
}

/// A reference to another release (possibly naming nothing).
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

/// A component with every field.
pub fn component() -> impl Strategy<Value = Component> {
    (
        (
            select(ComponentKind::ALL),
            of(text()),
            of(iri()),
            of(text()),
            of(licence()),
            select(Availability::ALL),
        ),
        (
            of(access_terms()),
            of(url()),
            of(checksum()),
            evidence_list(),
            vec(lineage(), 0..2),
        ),
    )
        .prop_map(
            |(
                (kind, name, id, description, license, availability),
                (access_terms, location, checksum, evidence, lineage),
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

fn score() -> impl Strategy<Value = f64> {
    -1.0e6_f64..1.0e6
}

/// A per-category result.
pub fn category_result() -> impl Strategy<Value = CategoryResult> {
    (text(), of(text()), of(score())).prop_map(|(category, grade, score)| {
        serde_json::from_value(serde_json::json!({
            "category": category, "grade": grade, "score": score
        }))
        .expect("valid category result")
    })
}

/// An evaluation with every field.
pub fn evaluation() -> impl Strategy<Value = Evaluation> {
    (
        (
            text(),
            of(text()),
            any::<bool>(),
            of(select(EvaluationSplit::ALL)),
            of(select(SystemUnderTest::ALL)),
            of(text()),
        ),
        (
            of(score()),
            vec(category_result(), 0..2),
            of(text()),
            of(text()),
            of(date()),
            evidence_list(),
        ),
    )
        .prop_map(
            |(
                (benchmark, version, safety, split, sut, grade),
                (score, results, evaluator, locale, date, evidence),
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

/// A claim with every field.
pub fn claim() -> impl Strategy<Value = Claim> {
    (
        select(ClaimKind::ALL),
        of(select(ComponentKind::ALL)),
        of(text()),
        of(text()),
        of(text()),
        evidence_list(),
    )
        .prop_map(|(kind, scope, framework, level, text, evidence)| {
            let mut c = Claim::new(kind);
            c.scope = scope;
            c.framework = framework;
            c.level = level;
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

/// A monetisation record.
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

/// Relevance to a Sustainable Development Goal (1–17).
pub fn sdg_relevance() -> impl Strategy<Value = SdgRelevance> {
    (1_u8..=17, of(text())).prop_map(|(goal, description)| {
        serde_json::from_value(serde_json::json!({"goal": goal, "description": description}))
            .expect("valid SDG relevance")
    })
}

/// Facts with every field.
pub fn facts() -> impl Strategy<Value = Facts> {
    (
        (
            of(monetisation()),
            of(0.0_f64..1.0e27),
            of(any::<bool>()),
            of(any::<bool>()),
            of(any::<bool>()),
            of(any::<bool>()),
        ),
        (
            vec(sdg_relevance(), 0..2),
            of(attestation()),
            of(attestation()),
            of(attestation()),
            of(any::<bool>()),
            of(attestation()),
        ),
        (of(attestation()), vec(text(), 0..2), of(attestation())),
    )
        .prop_map(|(a, b, c)| {
            let mut f = Facts::default();
            (
                f.monetisation,
                f.training_compute_flop,
                f.systemic_risk,
                f.high_risk,
                f.prohibited_practice,
                f.transparency_obligations,
            ) = a;
            (
                f.sdg_relevance,
                f.ownership,
                f.platform_independence,
                f.data_extraction,
                f.personal_data,
                f.privacy,
            ) = b;
            (f.standards, f.open_standards, f.harm_prevention) = c;
            f
        })
}

/// A producer.
pub fn producer() -> impl Strategy<Value = Producer> {
    (non_empty_text(), of(select(ProducerKind::ALL)), of(url())).prop_map(|(name, kind, url)| {
        let mut p = Producer::new(name);
        p.kind = kind;
        p.url = url;
        p
    })
}

/// A release with every field, up to three components and two of everything else.
pub fn release() -> impl Strategy<Value = Release> {
    (
        (
            select(&["0.1.0", "0.1.1"][..]),
            of(iri()),
            non_empty_text(),
            of(text()),
            select(ReleaseKind::ALL),
            of(text()),
            of(producer()),
            of(date()),
        ),
        (
            of(url()),
            of(select(Modality::ALL)),
            vec(lineage(), 0..2),
            vec(component(), 0..4),
            vec(evaluation(), 0..2),
            vec(claim(), 0..2),
            facts(),
            evidence_list(),
        ),
    )
        .prop_map(
            |(
                (spec, id, name, version, kind, description, producer, release_date),
                (homepage, modality, lineage, components, evaluations, claims, facts, evidence),
            )| {
                let mut r = Release::new(name);
                r.spec_version = SpecVersion::new(spec).expect("valid version");
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
