//! Structured fuzzing: the fuzzer's bytes are read (with `arbitrary`) as a release built from the
//! model's own types: every component kind, availability, withholding reason, coverage and
//! vocabulary value, licences from a table of real expressions or from the bytes, text with
//! control and bidi characters, numbers of any size (the EU AI Act threshold included), lineage,
//! evaluations, claims and facts. Each release then goes through everything a release can go
//! through: the validator (on the value and on its JSON and YAML text), every built-in
//! framework, the assessment, and every export (JSON, YAML, Turtle, N-Triples, JSON-LD, with and
//! without a base IRI). Nothing panics; the JSON and YAML written load back to the same release
//! (or the validator finds an error in it);
//! the validator says the same of the value and of its JSON text; classifying twice gives the
//! same answer.
#![no_main]

use ai_openness::classify::{assess_all, classify_all};
use ai_openness::document::{self, Format};
use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::*;
use ai_openness::rdf::{self, ExportOptions, RdfFormat};
use ai_openness::{Validator, ValidatorOptions};
use arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static VALIDATOR: LazyLock<Validator> =
    LazyLock::new(|| Validator::new(ValidatorOptions::default()));

/// Real licence expressions of AI releases, open and restricted, with exceptions, `OR`, `AND`,
/// `NONE` and `NOASSERTION`.
const LICENCES: &[&str] = &[
    "Apache-2.0",
    "MIT",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC-BY-NC-4.0",
    "CC0-1.0",
    "ODC-By-1.0",
    "GPL-3.0-only",
    "GPL-2.0-only WITH Classpath-exception-2.0",
    "Apache-2.0 OR MIT",
    "Apache-2.0 AND (MIT OR BSD-3-Clause)",
    "MIT AND CC-BY-NC-4.0",
    "LicenseRef-Llama-3.1-Community",
    "LicenseRef-Gemma",
    "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "NONE",
    "NOASSERTION",
];

/// A release, read from the fuzzer's bytes.
#[derive(Debug)]
struct AnyRelease(Release);

impl<'a> Arbitrary<'a> for AnyRelease {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        release(u).map(AnyRelease)
    }
}

fn text(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0..=5)? {
        0 => String::arbitrary(u)?,
        1 => "Llama 3.1 8B".to_owned(),
        2 => "\u{1b}[31mred\u{202e}txet".to_owned(),
        3 => "yes".to_owned(),
        4 => "- a: 'b' # c".to_owned(),
        _ => format!("n{}", u8::arbitrary(u)?),
    })
}

fn opt<T>(
    u: &mut Unstructured<'_>,
    f: impl FnOnce(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(if u.arbitrary()? { Some(f(u)?) } else { None })
}

fn list<T>(
    u: &mut Unstructured<'_>,
    max: usize,
    mut f: impl FnMut(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let n = u.int_in_range(0..=max)?;
    (0..n).map(|_| f(u)).collect()
}

fn pick<T: Copy>(u: &mut Unstructured<'_>, all: &[T]) -> Result<T> {
    u.choose(all).copied()
}

fn url(u: &mut Unstructured<'_>) -> Result<Url> {
    let path = String::arbitrary(u)?;
    Ok(Url::new(&format!("https://example.org/{path}"))
        .unwrap_or_else(|_| Url::new("https://example.org/x").expect("a valid URL")))
}

fn iri(u: &mut Unstructured<'_>) -> Result<Iri> {
    let n = u8::arbitrary(u)?;
    let path = if u.arbitrary()? {
        String::arbitrary(u)?
    } else {
        format!("id/{n}")
    };
    Ok(Iri::new(&format!("https://ids.example/{path}"))
        .unwrap_or_else(|_| Iri::new(&format!("https://ids.example/n{n}")).expect("a valid IRI")))
}

fn date(u: &mut Unstructured<'_>) -> Result<Date> {
    let (y, m, d) = (
        u.int_in_range(1970..=2100)?,
        u.int_in_range(1..=12)?,
        u.int_in_range(1..=31)?,
    );
    Ok(Date::from_parts(y, m, d).unwrap_or_else(|| Date::from_parts(y, m, 28).expect("a date")))
}

fn number(u: &mut Unstructured<'_>) -> Result<f64> {
    Ok(match u.int_in_range(0..=4)? {
        0 => 1e25,
        1 => f64::from(u32::arbitrary(u)?),
        2 => 10f64.powi(u.int_in_range(0..=40)?),
        3 => -1.0,
        _ => {
            let x = f64::arbitrary(u)?;
            if x.is_finite() { x } else { 0.0 }
        }
    })
}

fn licence(u: &mut Unstructured<'_>) -> Result<Licence> {
    let expr = if u.ratio(1, 4)? {
        let text = String::arbitrary(u)?;
        LicenceExpression::parse(&text).unwrap_or_else(|_| LicenceExpression::noassertion())
    } else {
        LicenceExpression::parse(pick(u, LICENCES)?).expect("the table parses")
    };
    let mut l = Licence::new(expr);
    if u.arbitrary()? {
        l = l.with_declared(text(u)?);
        if u.arbitrary()? {
            l = l.inferred();
        }
    }
    if u.arbitrary()? {
        l = l.with_url(url(u)?);
    }
    Ok(l)
}

fn evidence(u: &mut Unstructured<'_>) -> Result<Evidence> {
    let mut e = Evidence::new(url(u)?);
    e.kind = opt(u, |u| pick(u, EvidenceKind::ALL))?;
    e.title = opt(u, text)?;
    e.retrieved = opt(u, date)?;
    e.note = opt(u, text)?;
    Ok(e)
}

fn release_ref(u: &mut Unstructured<'_>) -> Result<ReleaseRef> {
    let mut r = ReleaseRef::default();
    r.id = opt(u, iri)?;
    r.name = opt(u, text)?;
    r.version = opt(u, text)?;
    r.url = opt(u, url)?;
    Ok(r)
}

fn lineage(u: &mut Unstructured<'_>) -> Result<Lineage> {
    Ok(Lineage::new(
        pick(u, LineageRelation::ALL)?,
        release_ref(u)?,
    ))
}

fn attestation(u: &mut Unstructured<'_>) -> Result<Attestation> {
    let mut a = Attestation::new(u.arbitrary()?);
    a.description = opt(u, text)?;
    a.evidence = list(u, 2, evidence)?;
    Ok(a)
}

fn component(u: &mut Unstructured<'_>) -> Result<Component> {
    let mut c = Component::new(pick(u, ComponentKind::ALL)?);
    c.name = opt(u, text)?;
    c.id = opt(u, iri)?;
    c.description = opt(u, text)?;
    c.license = opt(u, licence)?;
    c.availability = pick(u, Availability::ALL)?;
    c.access_terms = opt(u, |u| {
        let mut t = AccessTerms::default();
        t.url = opt(u, url)?;
        t.description = opt(u, text)?;
        Ok(t)
    })?;
    c.withholding = opt(u, |u| {
        let mut w = Withholding::new(pick(u, WithholdingReason::ALL)?);
        w.description = opt(u, text)?;
        w.evidence = list(u, 1, evidence)?;
        Ok(w)
    })?;
    c.coverage = opt(u, |u| pick(u, Coverage::ALL))?;
    c.location = opt(u, url)?;
    c.checksum = opt(u, |u| {
        let alg = pick(u, ChecksumAlgorithm::ALL)?;
        let hex: String = (0..alg.hex_len())
            .map(|i| if i % 3 == 0 { 'a' } else { '7' })
            .collect();
        Ok(Checksum::new(alg, &hex).expect("a checksum of the right length"))
    })?;
    c.evidence = list(u, 3, evidence)?;
    c.lineage = list(u, 2, lineage)?;
    Ok(c)
}

fn evaluation(u: &mut Unstructured<'_>) -> Result<Evaluation> {
    let mut e = Evaluation::new(text(u)?);
    e.benchmark_version = opt(u, text)?;
    e.safety = u.arbitrary()?;
    e.split = opt(u, |u| pick(u, EvaluationSplit::ALL))?;
    e.system_under_test = opt(u, |u| pick(u, SystemUnderTest::ALL))?;
    e.grade = opt(u, text)?;
    e.score = opt(u, number)?;
    e.results = list(u, 3, |u| {
        let mut r = CategoryResult::new(text(u)?);
        r.grade = opt(u, text)?;
        r.score = opt(u, number)?;
        Ok(r)
    })?;
    e.evaluator = opt(u, text)?;
    e.locale = opt(u, text)?;
    e.date = opt(u, date)?;
    e.evidence = list(u, 2, evidence)?;
    Ok(e)
}

fn claim(u: &mut Unstructured<'_>) -> Result<Claim> {
    let mut c = Claim::new(pick(u, ClaimKind::ALL)?);
    c.scope = opt(u, |u| pick(u, ComponentKind::ALL))?;
    c.framework = opt(u, |u| {
        Ok(match u.int_in_range(0..=5)? {
            0 => "mof-1.0".to_owned(),
            1 => "osaid-1.0".to_owned(),
            2 => "dpg-1.1.4".to_owned(),
            3 => "eu-ai-act-2024".to_owned(),
            4 => "osai-index".to_owned(),
            _ => text(u)?,
        })
    })?;
    c.level = opt(u, text)?;
    c.text = opt(u, text)?;
    c.evidence = list(u, 2, evidence)?;
    Ok(c)
}

fn facts(u: &mut Unstructured<'_>) -> Result<Facts> {
    let mut f = Facts::default();
    f.monetisation = opt(u, |u| {
        let mut m = Monetisation::default();
        m.price = u.arbitrary()?;
        m.paid_services = u.arbitrary()?;
        m.platform = u.arbitrary()?;
        m.personal_data = u.arbitrary()?;
        m.microenterprise_transactions = u.arbitrary()?;
        m.evidence = list(u, 1, evidence)?;
        Ok(m)
    })?;
    f.training_compute_flop = opt(u, number)?;
    f.systemic_risk = u.arbitrary()?;
    f.high_risk = u.arbitrary()?;
    f.prohibited_practice = u.arbitrary()?;
    f.transparency_obligations = u.arbitrary()?;
    f.sdg_relevance = list(u, 3, |u| {
        let mut s = SdgRelevance::new(u.int_in_range(1..=17)?).expect("a goal in range");
        s.description = opt(u, text)?;
        s.evidence = list(u, 1, evidence)?;
        Ok(s)
    })?;
    f.ownership = opt(u, attestation)?;
    f.platform_independence = opt(u, attestation)?;
    f.data_extraction = opt(u, attestation)?;
    f.personal_data = u.arbitrary()?;
    f.privacy = opt(u, attestation)?;
    f.standards = opt(u, attestation)?;
    f.open_standards = list(u, 2, text)?;
    f.harm_prevention = opt(u, attestation)?;
    Ok(f)
}

fn release(u: &mut Unstructured<'_>) -> Result<Release> {
    let mut r = Release::new(text(u)?);
    r.id = opt(u, iri)?;
    r.version = opt(u, text)?;
    r.kind = pick(u, ReleaseKind::ALL)?;
    r.description = opt(u, text)?;
    r.producer = opt(u, |u| {
        let mut p = Producer::new(text(u)?);
        p.kind = opt(u, |u| pick(u, ProducerKind::ALL))?;
        p.url = opt(u, url)?;
        Ok(p)
    })?;
    r.release_date = opt(u, date)?;
    r.homepage = opt(u, url)?;
    r.modality = opt(u, |u| pick(u, Modality::ALL))?;
    r.lineage = list(u, 2, lineage)?;
    r.components = list(u, 20, component)?;
    r.evaluations = list(u, 2, evaluation)?;
    r.claims = list(u, 3, claim)?;
    r.facts = facts(u)?;
    r.evidence = list(u, 2, evidence)?;
    Ok(r)
}

fuzz_target!(|input: AnyRelease| {
    let release = input.0;

    let report = VALIDATOR.validate_release(&release);
    let json = document::to_json_string(&release).expect("a release serialises as JSON");
    let yaml = document::to_yaml_string(&release).expect("a release serialises as YAML");
    // A value the types allow may still break a rule of the format (an empty name); then the
    // validator must say so. Otherwise its JSON and YAML load back to the same value.
    for (text, format) in [(&json, Format::Json), (&yaml, Format::Yaml)] {
        match document::from_str(text, format) {
            Ok(back) => assert_eq!(back, release, "{format:?} round trip"),
            Err(e) => assert!(
                !report.is_valid(),
                "a valid release's {format:?} does not load: {e}"
            ),
        }
    }
    let from_text = VALIDATOR.validate_str(&json, Format::Json);
    assert_eq!(
        report.is_valid(),
        from_text.is_valid(),
        "the value and its JSON disagree:\n{:?}\n{:?}",
        report.diagnostics(),
        from_text.diagnostics()
    );

    let verdicts = classify_all(&release);
    assert_eq!(
        verdicts,
        classify_all(&release),
        "classifying twice differed"
    );
    for verdict in &verdicts {
        serde_json::to_string(verdict).expect("a classification serialises");
    }
    serde_json::to_string(&assess_all(&release)).expect("an assessment serialises");

    for options in [
        ExportOptions::default(),
        ExportOptions::with_base("https://base.example/ai/").expect("a valid base"),
    ] {
        let Ok(exported) = rdf::to_graph(&release, &options) else {
            continue;
        };
        for format in [RdfFormat::Turtle, RdfFormat::NTriples, RdfFormat::JsonLd] {
            let mut bytes = Vec::new();
            rdf::serialize(&exported.graph, format, &mut bytes).expect("writing to memory");
        }
        let mut exporter = rdf::Exporter::new(options).expect("the options were accepted");
        let _ = exporter.add_classified(&release, &verdicts);
    }
});
