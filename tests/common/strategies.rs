//! Proptest strategies that generate valid `Release`s, covering every field and every value of
//! every closed vocabulary, with small sizes. Shared by the round-trip, schema-agreement and RDF
//! tests.

use ai_openness::licence::{Licence, LicenceExpression};
use ai_openness::model::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// Any value of a closed vocabulary.
pub(crate) fn one_of<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// Short text, including non-ASCII characters, quotes and YAML-significant characters.
pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ._-]{1,20}",
        "[\\PC&&[^\u{feff}]]{0,12}",
        Just("yes".to_owned()),
        Just("null".to_owned()),
        Just("0.10".to_owned()),
        Just("- a: 'b' # c".to_owned()),
        Just("Ünïcödé \"quoted\"".to_owned()),
    ]
}

/// An absolute `https` URL.
pub(crate) fn url() -> impl Strategy<Value = Url> {
    ("[a-z]{1,10}", "[a-z0-9]{0,8}", option::of("[a-z0-9=]{1,6}")).prop_map(
        |(host, path, query)| {
            let q = query.map(|q| format!("?q={q}")).unwrap_or_default();
            Url::new(&format!("https://{host}.example/{path}{q}")).expect("valid URL")
        },
    )
}

/// An absolute IRI, sometimes with non-ASCII characters.
pub(crate) fn iri() -> impl Strategy<Value = Iri> {
    (
        "[a-z]{1,8}",
        prop_oneof!["[a-z0-9]{1,8}", Just("modèle".to_owned())],
    )
        .prop_map(|(h, p)| Iri::new(&format!("https://{h}.example/id/{p}")).expect("valid IRI"))
}

/// A valid date.
pub(crate) fn date() -> impl Strategy<Value = Date> {
    (1990u16..2030, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::from_parts(y, m, d).expect("valid date"))
}

/// A licence: a bare expression or one with the declared text (sometimes inferred from it) and
/// a URL.
pub(crate) fn licence() -> impl Strategy<Value = Licence> {
    let expr = proptest::sample::select(
        &[
            "Apache-2.0",
            "MIT",
            "CC-BY-4.0",
            "ODC-By-1.0",
            "Apache-2.0 OR MIT",
            "GPL-2.0-only WITH Classpath-exception-2.0",
            "Apache-2.0 AND (MIT OR BSD-3-Clause)",
            "LicenseRef-Llama-3.1-Community",
            "LicenseRef-BigScience-BLOOM-RAIL-1.0",
            "CC-BY-NC-4.0",
            "NONE",
            "NOASSERTION",
        ][..],
    );
    (expr, option::of(text()), any::<bool>(), option::of(url())).prop_map(
        |(e, declared, inferred, url)| {
            let mut l = Licence::new(LicenceExpression::parse(e).expect("valid expression"));
            if let Some(d) = declared {
                l = l.with_declared(d);
                if inferred {
                    l = l.inferred();
                }
            }
            if let Some(u) = url {
                l = l.with_url(u);
            }
            l
        },
    )
}

/// Evidence.
pub(crate) fn evidence() -> impl Strategy<Value = Evidence> {
    (
        url(),
        option::of(one_of(EvidenceKind::ALL)),
        option::of(text()),
        option::of(date()),
        option::of(text()),
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

/// A reference to another release.
pub(crate) fn release_ref() -> impl Strategy<Value = ReleaseRef> {
    (
        option::of(iri()),
        option::of(text()),
        option::of(text()),
        option::of(url()),
    )
        .prop_map(|(id, name, version, url)| {
            let mut r = ReleaseRef::default();
            r.id = id;
            r.name = name;
            r.version = version;
            r.url = url;
            r
        })
}

/// Lineage.
pub(crate) fn lineage() -> impl Strategy<Value = Lineage> {
    (one_of(LineageRelation::ALL), release_ref()).prop_map(|(rel, base)| Lineage::new(rel, base))
}

/// A checksum of a valid length for its algorithm.
pub(crate) fn checksum() -> impl Strategy<Value = Checksum> {
    (one_of(ChecksumAlgorithm::ALL), "[0-9a-f]{128}")
        .prop_map(|(alg, hex)| Checksum::new(alg, &hex[..alg.hex_len()]).expect("valid checksum"))
}

/// A component.
pub(crate) fn component() -> impl Strategy<Value = Component> {
    (
        (
            one_of(ComponentKind::ALL),
            option::of(text()),
            option::of(iri()),
            option::of(text()),
        ),
        (
            option::of(licence()),
            one_of(Availability::ALL),
            option::of((option::of(url()), option::of(text()))),
        ),
        (
            option::of(url()),
            option::of(checksum()),
            vec(evidence(), 0..2),
            vec(lineage(), 0..2),
        ),
    )
        .prop_map(
            |(
                (kind, name, id, description),
                (license, availability, terms),
                (location, checksum, evidence, lineage),
            )| {
                let mut c = Component::new(kind);
                c.name = name;
                c.id = id;
                c.description = description;
                c.license = license;
                c.availability = availability;
                c.access_terms = terms.map(|(url, description)| {
                    let mut t = AccessTerms::default();
                    t.url = url;
                    t.description = description;
                    t
                });
                c.location = location;
                c.checksum = checksum;
                c.evidence = evidence;
                c.lineage = lineage;
                c
            },
        )
}

/// A finite number that survives JSON and YAML text unchanged.
pub(crate) fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..1000).prop_map(f64::from),
        (0.0f64..1e30),
        Just(3.8e25),
        Just(0.5)
    ]
}

/// An evaluation.
pub(crate) fn evaluation() -> impl Strategy<Value = Evaluation> {
    (
        (
            text(),
            option::of(text()),
            any::<bool>(),
            option::of(one_of(EvaluationSplit::ALL)),
            option::of(one_of(SystemUnderTest::ALL)),
        ),
        (
            option::of(text()),
            option::of(number()),
            vec((text(), option::of(text()), option::of(number())), 0..3),
        ),
        (
            option::of(text()),
            option::of("[a-z]{2}-[A-Z]{2}"),
            option::of(date()),
            vec(evidence(), 0..2),
        ),
    )
        .prop_map(
            |(
                (benchmark, version, safety, split, sut),
                (grade, score, results),
                (evaluator, locale, date, evidence),
            )| {
                let mut e = Evaluation::new(benchmark);
                e.benchmark_version = version;
                e.safety = safety;
                e.split = split;
                e.system_under_test = sut;
                e.grade = grade;
                e.score = score;
                e.results = results
                    .into_iter()
                    .map(|(cat, g, s)| {
                        let mut r = CategoryResult::new(cat);
                        r.grade = g;
                        r.score = s;
                        r
                    })
                    .collect();
                e.evaluator = evaluator;
                e.locale = locale;
                e.date = date;
                e.evidence = evidence;
                e
            },
        )
}

/// A claim.
pub(crate) fn claim() -> impl Strategy<Value = Claim> {
    (
        one_of(ClaimKind::ALL),
        option::of(one_of(ComponentKind::ALL)),
        option::of(text()),
        option::of(text()),
        option::of(text()),
        vec(evidence(), 0..2),
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
pub(crate) fn attestation() -> impl Strategy<Value = Attestation> {
    (any::<bool>(), option::of(text()), vec(evidence(), 0..2)).prop_map(
        |(holds, description, evidence)| {
            let mut a = Attestation::new(holds);
            a.description = description;
            a.evidence = evidence;
            a
        },
    )
}

/// The release-wide facts.
pub(crate) fn facts() -> impl Strategy<Value = Facts> {
    (
        (
            option::of((
                option::of(any::<bool>()),
                option::of(any::<bool>()),
                option::of(any::<bool>()),
                option::of(any::<bool>()),
                vec(evidence(), 0..2),
            )),
            option::of(number()),
            option::of(any::<bool>()),
            option::of(any::<bool>()),
            option::of(any::<bool>()),
            option::of(any::<bool>()),
        ),
        (
            vec((1u8..=17, option::of(text()), vec(evidence(), 0..2)), 0..3),
            option::of(attestation()),
            option::of(attestation()),
            option::of(attestation()),
            option::of(any::<bool>()),
        ),
        (
            option::of(attestation()),
            option::of(attestation()),
            vec(text(), 0..3),
            option::of(attestation()),
        ),
    )
        .prop_map(
            |(
                (money, flop, systemic, high, prohibited, transparency),
                (sdgs, ownership, platform, extraction, personal),
                (privacy, standards, open_standards, harm),
            )| {
                let mut f = Facts::default();
                f.monetisation = money.map(|(price, paid, platform, personal, evidence)| {
                    let mut m = Monetisation::default();
                    m.price = price;
                    m.paid_services = paid;
                    m.platform = platform;
                    m.personal_data = personal;
                    m.evidence = evidence;
                    m
                });
                f.training_compute_flop = flop;
                f.systemic_risk = systemic;
                f.high_risk = high;
                f.prohibited_practice = prohibited;
                f.transparency_obligations = transparency;
                f.sdg_relevance = sdgs
                    .into_iter()
                    .map(|(goal, description, evidence)| {
                        let mut s = SdgRelevance::new(goal).expect("goal in range");
                        s.description = description;
                        s.evidence = evidence;
                        s
                    })
                    .collect();
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
pub(crate) fn producer() -> impl Strategy<Value = Producer> {
    (
        "[A-Za-z][A-Za-z ]{0,15}",
        option::of(one_of(ProducerKind::ALL)),
        option::of(url()),
    )
        .prop_map(|(name, kind, url)| {
            let mut p = Producer::new(name);
            p.kind = kind;
            p.url = url;
            p
        })
}

/// A valid release, every field and every vocabulary value reachable.
pub(crate) fn release() -> impl Strategy<Value = Release> {
    (
        (
            "[A-Za-z0-9][A-Za-z0-9 .-]{0,20}",
            option::of(iri()),
            option::of(text()),
            one_of(ReleaseKind::ALL),
            option::of(text()),
        ),
        (
            option::of(producer()),
            option::of(date()),
            option::of(url()),
            option::of(one_of(Modality::ALL)),
            vec(lineage(), 0..2),
        ),
        (
            vec(component(), 0..5),
            vec(evaluation(), 0..2),
            vec(claim(), 0..3),
            facts(),
            vec(evidence(), 0..2),
        ),
    )
        .prop_map(
            |(
                (name, id, version, kind, description),
                (producer, date, homepage, modality, lineage),
                (components, evaluations, claims, facts, evidence),
            )| {
                let mut r = Release::new(name);
                r.id = id;
                r.version = version;
                r.kind = kind;
                r.description = description;
                r.producer = producer;
                r.release_date = date;
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

/// A release made for the MOF classes: 6 to 17 components, each a different MOF 1.0 component
/// (Class III needs 6, Class II 10, Class I all 17), mostly under a licence MOT counts as open for
/// its content type (MIT for code, CDLA-Permissive-2.0 for data, CC-BY-4.0 for documents), and
/// sometimes under a restricted, missing, `NONE` or wrong-type licence, in any order, plus the
/// rest of a generated release. [`release`] makes at most 4 components and so never reaches a
/// class; this one reaches every class in a few percent of cases or more (`tests/classify_mof.rs`
/// asserts it does).
pub(crate) fn mof_release() -> BoxedStrategy<Release> {
    use ai_openness::classify::mof_1_0::{ContentType, MofComponent};
    let licence_for = |content: ContentType| {
        let open = match content {
            ContentType::Code => "MIT",
            ContentType::Data => "CDLA-Permissive-2.0",
            ContentType::Document => "CC-BY-4.0",
        };
        prop_oneof![
            24 => Just(Some(open)),
            1 => Just(Some("CC-BY-NC-4.0")),
            1 => Just(Some("NONE")),
            1 => Just(None),
            1 => Just(Some(match content {
                ContentType::Code => "CC-BY-4.0",
                _ => "MIT",
            })),
        ]
    };
    let parts = proptest::sample::subsequence(MofComponent::ALL.to_vec(), 6..=17)
        .prop_flat_map(move |parts| {
            parts
                .into_iter()
                .map(|p| licence_for(p.spec().content_type).prop_map(move |l| (p, l)))
                .collect::<Vec<_>>()
        })
        .prop_shuffle();
    (release().boxed(), parts.boxed(), any::<bool>())
        .prop_map(|(mut r, parts, keep_others)| {
            if !keep_others {
                r.components.clear();
            }
            for (part, licence) in parts {
                let mut c = Component::new(part.kind());
                c.license = licence
                    .map(|l| Licence::new(LicenceExpression::parse(l).expect("valid licence")));
                r.components.push(c);
            }
            r
        })
        .boxed()
}
