//! The licence module: the AI licence table against the reference, the normaliser against the
//! reference's misnamings and the Hugging Face id list, expression evaluation, serde, the JSON
//! Schema, error messages, a round-trip property, and every licence string of the MOT fixtures.

mod common;

use std::collections::BTreeSet;

use ai_openness::licence::{
    Ambiguity, Evidence, Facet, FacetKind, FactsSource, Licence, LicenceErrorKind,
    LicenceExpression, LicenceFacts, LicenceTerm, NormalisationReason, Tri, allows_commercial_use,
    has_use_restrictions, has_user_threshold, is_fsf_libre, is_open_data, is_osi_approved, lookup,
    lookup_hf, normalise, table,
};
use ai_openness::model::ContentType;
use proptest::prelude::*;

#[track_caller]
fn expr(text: &str) -> LicenceExpression {
    match LicenceExpression::parse(text) {
        Ok(e) => e,
        Err(e) => panic!("`{text}` should parse: {e}"),
    }
}

#[track_caller]
fn row(id: &str) -> &'static ai_openness::licence::LicenceInfo {
    lookup(id).unwrap_or_else(|| panic!("`{id}` should be in the table"))
}

// --- The table against its 31 reference rows (docs/licences.md#sources) ----------------------

/// Every row of the reference's master table: (row, id, Hugging Face id).
const REFERENCE_ROWS: &[(u8, &str, Option<&str>)] = &[
    (1, "LicenseRef-Llama-2-Community", Some("llama2")),
    (2, "LicenseRef-Llama-3-Community", Some("llama3")),
    (3, "LicenseRef-Llama-3.1-Community", Some("llama3.1")),
    (4, "LicenseRef-Llama-3.2-Community", Some("llama3.2")),
    (5, "LicenseRef-Llama-3.3-Community", Some("llama3.3")),
    (6, "LicenseRef-Llama-4-Community", Some("llama4")),
    (7, "LicenseRef-Gemma-Terms-of-Use", Some("gemma")),
    (
        8,
        "LicenseRef-BigScience-BLOOM-RAIL-1.0",
        Some("bigscience-bloom-rail-1.0"),
    ),
    (
        9,
        "LicenseRef-BigScience-OpenRAIL-M",
        Some("bigscience-openrail-m"),
    ),
    (
        10,
        "LicenseRef-CreativeML-OpenRAIL-M",
        Some("creativeml-openrail-m"),
    ),
    (
        11,
        "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
        Some("openrail++"),
    ),
    (12, "LicenseRef-TII-Falcon-LLM-1.0", None),
    (13, "LicenseRef-TII-Falcon-180B-1.0", None),
    (14, "LicenseRef-TII-Falcon-2-11B-1.0", None),
    (14, "LicenseRef-TII-Falcon-3-2024-12", None),
    (15, "LicenseRef-Tongyi-Qianwen", None),
    (16, "LicenseRef-Tongyi-Qianwen-Research", None),
    (17, "LicenseRef-Qwen-Research", None),
    (18, "LicenseRef-DeepSeek-1.0", None),
    (19, "LicenseRef-Mistral-MRL-0.1", None),
    (20, "LicenseRef-Mistral-MNPL-0.1", None),
    (21, "LicenseRef-NVIDIA-Open-Model-License", None),
    (22, "LicenseRef-NVIDIA-Open-Model-Agreement", None),
    (23, "LicenseRef-Stability-AI-Community", None),
    (
        24,
        "LicenseRef-FAIR-Noncommercial-Research",
        Some("fair-noncommercial-research-license"),
    ),
    (25, "CC-BY-NC-4.0", Some("cc-by-nc-4.0")),
    (26, "CC-BY-NC-SA-4.0", Some("cc-by-nc-sa-4.0")),
    (27, "CC-BY-NC-ND-4.0", Some("cc-by-nc-nd-4.0")),
    (28, "OpenMDW-1.0", Some("openmdw-1.0")),
    (29, "LicenseRef-OpenMDW-1.1", Some("openmdw-1.1")),
    (30, "Apache-2.0", Some("apache-2.0")),
    (31, "MIT", Some("mit")),
];

#[test]
fn every_reference_row_is_in_the_table_with_its_ids() {
    let mut rows_seen = BTreeSet::new();
    for &(n, id, hf) in REFERENCE_ROWS {
        let info = row(id);
        assert_eq!(info.reference_row, Some(n), "{id}");
        assert_eq!(info.hf_id, hf, "{id}");
        if let Some(hf) = hf {
            assert_eq!(lookup_hf(hf).map(|r| r.id), Some(id));
        }
        rows_seen.insert(n);
    }
    assert_eq!(rows_seen, (1..=31).collect::<BTreeSet<u8>>());
    let in_table = table().iter().filter(|r| r.reference_row.is_some()).count();
    assert_eq!(in_table, REFERENCE_ROWS.len(), "no extra reference rows");
}

#[test]
fn osi_column_matches_the_reference_yes_only_for_apache_and_mit() {
    for &(_, id, _) in REFERENCE_ROWS {
        let expected = if matches!(id, "Apache-2.0" | "MIT") {
            Tri::Yes
        } else {
            Tri::No
        };
        assert_eq!(row(id).osi_approved(), expected, "{id}");
    }
}

#[test]
fn table_ids_are_unique_and_licence_refs_are_valid_spdx_idstrings() {
    let mut ids = BTreeSet::new();
    for info in table() {
        assert!(ids.insert(info.id), "duplicate id {}", info.id);
        if let Some(name) = info.id.strip_prefix("LicenseRef-") {
            assert!(!name.is_empty());
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.'),
                "{}",
                info.id
            );
            assert!(!info.on_spdx_list(), "{}", info.id);
            assert_eq!(info.osi_approved(), Tri::No, "{}", info.id);
            assert_eq!(info.fsf_libre(), Tri::Unknown, "{}", info.id);
        } else {
            assert!(
                info.on_spdx_list(),
                "{} should be on the SPDX list",
                info.id
            );
            assert!(
                !info.spdx_id().is_some_and(|i| i.is_deprecated()),
                "{}",
                info.id
            );
        }
        // Every id in the table parses as an expression and maps back to its row.
        let e = expr(info.id);
        let terms: Vec<_> = e.ids().collect();
        assert_eq!(terms.len(), 1);
        assert_eq!(terms[0].info().map(|r| r.id), Some(info.id));
    }
}

#[test]
fn table_rows_are_internally_consistent() {
    for info in table() {
        // Evidence and sources.
        if info.evidence == Evidence::Unassessed {
            assert!(info.source.is_empty(), "{}", info.id);
            for kind in FacetKind::ALL {
                assert_eq!(info.facet(*kind), Facet::Unknown, "{} {kind}", info.id);
            }
        } else {
            assert!(info.source.starts_with("https://"), "{}", info.id);
        }
        // A threshold in words exactly when the facet says one is present.
        assert_eq!(
            info.threshold.is_some(),
            info.facet(FacetKind::UserThreshold) == Facet::PRESENT,
            "{}",
            info.id
        );
        // Open Definition: licences that restrict use, forbid commercial use or set a threshold fail it.
        let restricted = info.facet(FacetKind::UseRestrictions) == Facet::PRESENT
            || info.facet(FacetKind::CommercialUse) == Facet::Forbidden
            || info.facet(FacetKind::UserThreshold) == Facet::PRESENT;
        if restricted && info.evidence != Evidence::Secondary && info.evidence != Evidence::Partial
        {
            assert_eq!(info.open_data, Tri::No, "{}", info.id);
        }
        if info.open_data == Tri::Yes {
            assert!(
                info.content_types.contains(&ContentType::Data),
                "{}",
                info.id
            );
        }
        // What the SPDX list marks copyleft is share-alike here.
        if info.spdx_id().is_some_and(|i| i.is_copyleft()) {
            assert_ne!(
                info.facet(FacetKind::ShareAlike),
                Facet::ABSENT,
                "{}",
                info.id
            );
            assert_ne!(
                info.facet(FacetKind::ShareAlike),
                Facet::Unknown,
                "{}",
                info.id
            );
        }
        // Reference rows: every established facet of a verified text cites a clause unless the
        // text is unnumbered or the facet is "no clause"/"n/a".
        if matches!(info.evidence, Evidence::Verified)
            && info.reference_row.is_some_and(|r| !(28..=31).contains(&r))
        {
            for kind in [
                FacetKind::CommercialUse,
                FacetKind::Derivatives,
                FacetKind::UseRestrictions,
            ] {
                assert!(!info.clause(kind).is_empty(), "{} {kind}", info.id);
            }
        }
    }
}

#[test]
fn llama_family_facets() {
    for id in [
        "LicenseRef-Llama-2-Community",
        "LicenseRef-Llama-3-Community",
        "LicenseRef-Llama-3.1-Community",
        "LicenseRef-Llama-3.2-Community",
        "LicenseRef-Llama-3.3-Community",
        "LicenseRef-Llama-4-Community",
    ] {
        let r = row(id);
        assert_eq!(
            r.facet(FacetKind::CommercialUse),
            Facet::Conditional,
            "{id}"
        );
        assert_eq!(r.clause(FacetKind::CommercialUse), "§2");
        assert_eq!(r.facet(FacetKind::UserThreshold), Facet::PRESENT);
        assert!(
            r.threshold.is_some_and(|t| t.contains("700 million")),
            "{id}"
        );
        assert_eq!(r.facet(FacetKind::UseRestrictions), Facet::PRESENT);
        assert_eq!(r.clause(FacetKind::UseRestrictions), "§1.b.iv");
        assert_eq!(r.facet(FacetKind::Derivatives), Facet::Allowed);
        assert_eq!(r.clause(FacetKind::Derivatives), "§1.a");
        assert_eq!(r.facet(FacetKind::Termination), Facet::PRESENT);
        assert_eq!(r.clause(FacetKind::Termination), "§6");
        assert_eq!(
            r.facet(FacetKind::ShareAlike),
            Facet::Unknown,
            "no column in the reference"
        );
        assert_eq!(r.evidence, Evidence::Verified);
        assert!(r.source.contains("meta-llama/llama-models/blob/a9c89c4"));
        assert_eq!(r.content_types, &[ContentType::Weights]);
    }
    // Llama 2 and 3 forbid training other LLMs on outputs (§1.b.v); 3.1 onwards allow it with the
    // "Llama" name prefix.
    for id in [
        "LicenseRef-Llama-2-Community",
        "LicenseRef-Llama-3-Community",
    ] {
        assert_eq!(row(id).facet(FacetKind::OutputsTraining), Facet::Forbidden);
        assert_eq!(row(id).clause(FacetKind::OutputsTraining), "§1.b.v");
    }
    let l31 = row("LicenseRef-Llama-3.1-Community");
    assert_eq!(l31.facet(FacetKind::OutputsTraining), Facet::Conditional);
    assert!(l31.facets.attribution.note.contains("Built with Llama"));
    assert!(
        row("LicenseRef-Llama-3-Community")
            .facets
            .attribution
            .note
            .contains("Built with Meta Llama 3")
    );
    // The EU clause of the 3.2, 3.3 and 4 AUPs.
    for id in [
        "LicenseRef-Llama-3.2-Community",
        "LicenseRef-Llama-3.3-Community",
        "LicenseRef-Llama-4-Community",
    ] {
        assert!(
            row(id)
                .facets
                .use_restrictions
                .note
                .contains("European Union"),
            "{id}"
        );
    }
    assert!(!l31.facets.use_restrictions.note.contains("European Union"));
}

#[test]
fn gemma_facets() {
    let g = row("LicenseRef-Gemma-Terms-of-Use");
    assert_eq!(g.facet(FacetKind::UseRestrictions), Facet::PRESENT);
    assert_eq!(g.clause(FacetKind::UseRestrictions), "§3.2");
    assert!(
        g.facets
            .use_restrictions
            .note
            .contains("Prohibited Use Policy")
    );
    assert_eq!(g.facet(FacetKind::CommercialUse), Facet::Allowed);
    assert_eq!(g.clause(FacetKind::CommercialUse), "§2.2");
    assert_eq!(g.facet(FacetKind::UserThreshold), Facet::ABSENT);
    assert_eq!(g.threshold, None);
    assert_eq!(g.facet(FacetKind::OutputsTraining), Facet::Conditional);
    assert_eq!(g.clause(FacetKind::OutputsTraining), "§1.1(e)");
    assert_eq!(g.facet(FacetKind::FlowDown), Facet::PRESENT);
    assert_eq!(g.clause(FacetKind::FlowDown), "§3.1(1)");
    assert_eq!(g.clause(FacetKind::Termination), "§4.5");
    assert_eq!(g.evidence, Evidence::VerifiedCopy);
    assert!(g.note.contains("Gemma 4"));
}

#[test]
fn rail_family_facets() {
    for id in [
        "LicenseRef-BigScience-BLOOM-RAIL-1.0",
        "LicenseRef-BigScience-OpenRAIL-M",
        "LicenseRef-CreativeML-OpenRAIL-M",
        "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
    ] {
        let r = row(id);
        assert_eq!(r.facet(FacetKind::UseRestrictions), Facet::PRESENT, "{id}");
        assert_eq!(r.clause(FacetKind::UseRestrictions), "¶5, Att. A", "{id}");
        assert_eq!(r.facet(FacetKind::CommercialUse), Facet::Allowed);
        assert_eq!(r.clause(FacetKind::CommercialUse), "¶2");
        assert_eq!(r.facet(FacetKind::UserThreshold), Facet::ABSENT);
        assert_eq!(
            r.facet(FacetKind::Termination),
            Facet::NoClause,
            "only a patent clause"
        );
        assert_eq!(r.facet(FacetKind::OutputsTraining), Facet::Conditional);
        assert_eq!(r.facet(FacetKind::FlowDown), Facet::PRESENT);
    }
    assert!(
        row("LicenseRef-BigScience-BLOOM-RAIL-1.0")
            .facets
            .use_restrictions
            .note
            .contains("13")
    );
    assert!(
        row("LicenseRef-CreativeML-OpenRAIL-M")
            .facets
            .use_restrictions
            .note
            .contains("11")
    );
}

#[test]
fn vendor_licence_facets() {
    // Falcon: the 2023 licence is known only through a secondary source; "?" stays unknown.
    let f1 = row("LicenseRef-TII-Falcon-LLM-1.0");
    assert_eq!(f1.evidence, Evidence::Secondary);
    assert_eq!(f1.facet(FacetKind::CommercialUse), Facet::Conditional);
    assert!(f1.threshold.is_some_and(|t| t.contains("US$1 million")));
    for kind in [
        FacetKind::Derivatives,
        FacetKind::Redistribution,
        FacetKind::UseRestrictions,
        FacetKind::Termination,
    ] {
        assert_eq!(f1.facet(kind), Facet::Unknown, "{kind}");
    }
    let f180 = row("LicenseRef-TII-Falcon-180B-1.0");
    assert_eq!(f180.facet(FacetKind::UseRestrictions), Facet::PRESENT);
    assert_eq!(f180.facet(FacetKind::UserThreshold), Facet::Unknown);
    for id in [
        "LicenseRef-TII-Falcon-2-11B-1.0",
        "LicenseRef-TII-Falcon-3-2024-12",
    ] {
        assert_eq!(row(id).clause(FacetKind::UseRestrictions), "§5");
        assert_eq!(row(id).facet(FacetKind::Termination), Facet::NoClause);
    }
    // Qwen: a 100 million MAU threshold and no AUP; the research licences are non-commercial.
    let tq = row("LicenseRef-Tongyi-Qianwen");
    assert!(tq.threshold.is_some_and(|t| t.contains("100 million")));
    assert_eq!(tq.facet(FacetKind::UseRestrictions), Facet::ABSENT);
    assert_eq!(tq.facet(FacetKind::OutputsTraining), Facet::Forbidden);
    assert_eq!(tq.clause(FacetKind::OutputsTraining), "§5.b");
    assert_eq!(
        row("LicenseRef-Tongyi-Qianwen-Research").facet(FacetKind::CommercialUse),
        Facet::Forbidden
    );
    assert_eq!(
        row("LicenseRef-Qwen-Research").facet(FacetKind::OutputsTraining),
        Facet::Conditional
    );
    assert_eq!(
        row("LicenseRef-Qwen-Research").facet(FacetKind::UserThreshold),
        Facet::NotApplicable
    );
    // DeepSeek: RAIL skeleton with military use in Attachment A.
    let ds = row("LicenseRef-DeepSeek-1.0");
    assert!(ds.facets.use_restrictions.note.contains("military"));
    assert_eq!(ds.facet(FacetKind::Termination), Facet::NoClause);
    // Mistral.
    assert_eq!(
        row("LicenseRef-Mistral-MRL-0.1").facet(FacetKind::OutputsTraining),
        Facet::Forbidden
    );
    assert_eq!(
        row("LicenseRef-Mistral-MNPL-0.1").facet(FacetKind::OutputsTraining),
        Facet::NoClause
    );
    assert_eq!(
        row("LicenseRef-Mistral-MNPL-0.1").clause(FacetKind::CommercialUse),
        "§3.2"
    );
    // NVIDIA: two different texts.
    let oml = row("LicenseRef-NVIDIA-Open-Model-License");
    assert_eq!(oml.facet(FacetKind::UseRestrictions), Facet::Conditional);
    assert_eq!(oml.clause(FacetKind::UseRestrictions), "§2.3");
    let oma = row("LicenseRef-NVIDIA-Open-Model-Agreement");
    assert_eq!(oma.facet(FacetKind::UseRestrictions), Facet::ABSENT);
    assert_eq!(oma.facet(FacetKind::Attribution), Facet::Conditional);
    // Stability AI: revenue threshold.
    let sai = row("LicenseRef-Stability-AI-Community");
    assert!(sai.threshold.is_some_and(|t| t.contains("1,000,000")));
    assert_eq!(sai.clause(FacetKind::UserThreshold), "§III");
    // FAIR.
    let fair = row("LicenseRef-FAIR-Noncommercial-Research");
    assert_eq!(fair.facet(FacetKind::CommercialUse), Facet::Forbidden);
    assert_eq!(fair.clause(FacetKind::CommercialUse), "§1.b.i");
}

#[test]
fn creative_commons_nc_and_openmdw_and_baselines() {
    for id in ["CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0"] {
        let r = row(id);
        assert_eq!(r.facet(FacetKind::CommercialUse), Facet::Forbidden, "{id}");
        assert_eq!(r.clause(FacetKind::CommercialUse), "§2(a)(1)");
        assert_eq!(r.facet(FacetKind::OutputsTraining), Facet::NoClause);
        assert!(r.on_spdx_list());
        assert_eq!(r.osi_approved(), Tri::No);
        assert_eq!(r.fsf_libre(), Tri::No);
    }
    assert_eq!(
        row("CC-BY-NC-SA-4.0").facet(FacetKind::ShareAlike),
        Facet::PRESENT
    );
    assert_eq!(
        row("CC-BY-NC-4.0").facet(FacetKind::ShareAlike),
        Facet::ABSENT
    );
    assert_eq!(
        row("CC-BY-NC-ND-4.0").facet(FacetKind::ShareAlike),
        Facet::NotApplicable
    );
    assert_eq!(
        row("CC-BY-NC-ND-4.0").facet(FacetKind::Derivatives),
        Facet::Conditional
    );

    let mdw = row("OpenMDW-1.0");
    assert!(
        mdw.on_spdx_list(),
        "OpenMDW-1.0 is on the SPDX list (3.28.0)"
    );
    assert_eq!(mdw.osi_approved(), Tri::No);
    assert_eq!(mdw.facet(FacetKind::OutputsTraining), Facet::Allowed);
    assert_eq!(mdw.facet(FacetKind::UseRestrictions), Facet::ABSENT);
    for ct in ContentType::ALL {
        assert_eq!(mdw.suits(*ct), Tri::Yes, "OpenMDW suits {ct}");
    }
    let mdw11 = row("LicenseRef-OpenMDW-1.1");
    assert!(!mdw11.on_spdx_list());
    assert!(mdw11.facets.termination.note.contains("copyright"));

    assert_eq!(row("Apache-2.0").osi_approved(), Tri::Yes);
    assert_eq!(row("Apache-2.0").fsf_libre(), Tri::Yes);
    assert_eq!(row("Apache-2.0").suits(ContentType::Weights), Tri::No);
    assert_eq!(row("Apache-2.0").suits(ContentType::Document), Tri::Yes);
    assert_eq!(
        row("CDLA-Permissive-2.0").suits(ContentType::Weights),
        Tri::Yes
    );
    assert_eq!(row("CDLA-Permissive-2.0").suits(ContentType::Code), Tri::No);
    assert_eq!(row("CDLA-Permissive-2.0").open_data, Tri::Unknown);
    assert_eq!(row("CC-BY-4.0").open_data, Tri::Yes);
    assert_eq!(row("CC-BY-4.0").osi_approved(), Tri::No);
    assert_eq!(
        row("GPL-3.0-only").facet(FacetKind::ShareAlike),
        Facet::PRESENT
    );
    for id in [
        "BSD-2-Clause",
        "BSD-3-Clause",
        "GPL-2.0-only",
        "GPL-2.0-or-later",
        "GPL-3.0-only",
        "GPL-3.0-or-later",
        "LGPL-2.1-only",
        "LGPL-2.1-or-later",
        "LGPL-3.0-only",
        "LGPL-3.0-or-later",
        "AGPL-3.0-only",
        "AGPL-3.0-or-later",
        "MPL-2.0",
        "CC0-1.0",
        "CC-BY-4.0",
        "CC-BY-SA-4.0",
        "CDLA-Permissive-1.0",
        "CDLA-Permissive-2.0",
        "CDLA-Sharing-1.0",
        "ODbL-1.0",
        "ODC-By-1.0",
        "PDDL-1.0",
    ] {
        let r = row(id);
        assert_eq!(r.evidence, Evidence::Baseline, "{id}");
        assert_eq!(r.facet(FacetKind::UseRestrictions), Facet::ABSENT, "{id}");
        assert_eq!(r.facet(FacetKind::CommercialUse), Facet::Allowed, "{id}");
    }
}

// --- Normalisation ----------------------------------------------------------------------------------

#[track_caller]
fn normalises_to(text: &str, id: &str) {
    let n = normalise(text).unwrap_or_else(|| panic!("`{text}` should normalise"));
    assert_eq!(n.id, Some(id), "`{text}`: {n:?}");
    assert!(
        lookup(id).is_some() || spdx::license_id(id).is_some_and(|l| l.name == id),
        "{id}"
    );
}

#[track_caller]
fn ambiguous(text: &str, kind: Ambiguity, must_include: &[&str]) {
    let n = normalise(text).unwrap_or_else(|| panic!("`{text}` should be recognised"));
    assert_eq!(n.id, None, "`{text}` must not be resolved: {n:?}");
    match n.reason {
        NormalisationReason::Ambiguous {
            kind: k,
            candidates,
        } => {
            assert_eq!(k, kind, "`{text}`");
            for c in must_include {
                assert!(
                    candidates.contains(c),
                    "`{text}` should list {c}: {candidates:?}"
                );
            }
        }
        other => panic!("`{text}`: {other:?}"),
    }
}

const L2: &str = "LicenseRef-Llama-2-Community";
const L3: &str = "LicenseRef-Llama-3-Community";
const L31: &str = "LicenseRef-Llama-3.1-Community";
const L32: &str = "LicenseRef-Llama-3.2-Community";
const L33: &str = "LicenseRef-Llama-3.3-Community";
const L4: &str = "LicenseRef-Llama-4-Community";
const RAIL_8_11: &[&str] = &[
    "LicenseRef-BigScience-BLOOM-RAIL-1.0",
    "LicenseRef-BigScience-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-M",
    "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
];

/// The misnamings of docs/licences.md#normalisation, row by row.
#[test]
fn reference_misnamings_normalise_as_the_reference_says() {
    // Llama: per-version HF ids, `llama-3`, and the free-text titles.
    for (t, id) in [
        ("llama3", L3),
        ("llama-3", L3),
        ("Llama 3 Community License", L3),
        ("Meta Llama 3 Community License Agreement", L3),
        ("llama3.1", L31),
        ("llama3.2", L32),
        ("llama3.3", L33),
        ("llama4", L4),
        ("Llama 2 Community License", L2),
        ("Llama 3.1 Community License Agreement", L31),
        ("Llama 4 Community License Agreement", L4),
    ] {
        normalises_to(t, id);
    }
    // "Llama-2", "Llama-3" as if SPDX ids.
    normalises_to("Llama-2", L2);
    normalises_to("Llama-3", L3);
    assert_eq!(
        normalise("Llama-3").map(|n| n.reason),
        Some(NormalisationReason::PseudoSpdxId)
    );
    // Apache spellings.
    for t in [
        "Apache 2.0",
        "Apache license 2.0",
        "apache-2.0",
        "apache-license-2.0",
    ] {
        normalises_to(t, "Apache-2.0");
    }
    // The OpenRAIL family is not a licence.
    ambiguous("openrail", Ambiguity::Family, RAIL_8_11);
    ambiguous("OpenRAIL", Ambiguity::Family, RAIL_8_11);
    // Pseudo-SPDX RAIL ids.
    ambiguous(
        "OpenRAIL-M",
        Ambiguity::SeveralTexts,
        &[
            "LicenseRef-BigScience-OpenRAIL-M",
            "LicenseRef-CreativeML-OpenRAIL-M",
        ],
    );
    normalises_to("BigScience-OpenRAIL-M", "LicenseRef-BigScience-OpenRAIL-M");
    normalises_to("CreativeML-OpenRAIL-M", "LicenseRef-CreativeML-OpenRAIL-M");
    // Open RAIL++-M.
    normalises_to("openrail++", "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M");
    normalises_to("sdxl-license", "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M");
    // The ScanCode name of CreativeML Open RAIL-M.
    normalises_to(
        "Stable Diffusion License 2022-08-22",
        "LicenseRef-CreativeML-OpenRAIL-M",
    );
    normalises_to(
        "stable-diffusion-2022-08-22",
        "LicenseRef-CreativeML-OpenRAIL-M",
    );
    // Mistral.
    normalises_to("mrl", "LicenseRef-Mistral-MRL-0.1");
    normalises_to("mnpl", "LicenseRef-Mistral-MNPL-0.1");
    // Qwen and Tongyi.
    normalises_to("qwen", "LicenseRef-Qwen");
    normalises_to("qwen-research", "LicenseRef-Qwen-Research");
    normalises_to("tongyi-qianwen", "LicenseRef-Tongyi-Qianwen");
    normalises_to(
        "tongyi-qianwen-research",
        "LicenseRef-Tongyi-Qianwen-Research",
    );
    normalises_to(
        "tongyi-qianwen-license-agreement",
        "LicenseRef-Tongyi-Qianwen",
    );
    normalises_to("Qwen License Agreement", "LicenseRef-Qwen");
    assert_eq!(
        row("LicenseRef-Qwen").evidence,
        Evidence::Unassessed,
        "facets ?"
    );
    // DeepSeek.
    normalises_to("deepseek", "LicenseRef-DeepSeek-1.0");
    normalises_to("deepseek-license", "LicenseRef-DeepSeek-1.0");
    // NVIDIA: three different texts.
    normalises_to(
        "nvidia-open-model-license",
        "LicenseRef-NVIDIA-Open-Model-License",
    );
    normalises_to(
        "nvidia-open-model-agreement",
        "LicenseRef-NVIDIA-Open-Model-Agreement",
    );
    normalises_to(
        "nvidia-nemotron-open-model-license",
        "LicenseRef-NVIDIA-Nemotron-Open-Model-License",
    );
    // Stability AI.
    normalises_to(
        "stabilityai-ai-community",
        "LicenseRef-Stability-AI-Community",
    );
    normalises_to("sai-nc-community", "LicenseRef-Stability-AI-Community");
    // Gemma.
    for t in ["gemma-terms-of-use", "Gemma Terms of Use", "gemma", "Gemma"] {
        normalises_to(t, "LicenseRef-Gemma-Terms-of-Use");
    }
    // Placeholder ids.
    ambiguous("unknown", Ambiguity::Placeholder, &[]);
    ambiguous("other", Ambiguity::Placeholder, &[]);
    // Falcon: one name, three texts.
    let falcon = [
        "LicenseRef-TII-Falcon-LLM-1.0",
        "LicenseRef-TII-Falcon-180B-1.0",
        "LicenseRef-TII-Falcon-2-11B-1.0",
        "LicenseRef-TII-Falcon-3-2024-12",
    ];
    ambiguous("tii-falcon-llm", Ambiguity::SeveralTexts, &falcon);
    ambiguous("TII Falcon LLM License", Ambiguity::SeveralTexts, &falcon);
    ambiguous("falcon-llm-license", Ambiguity::SeveralTexts, &falcon[2..]);
    // OpenMDW 1.1.
    normalises_to("openmdw1.1-license", "LicenseRef-OpenMDW-1.1");
    // Families.
    for t in ["cc", "bsd", "gpl", "lgpl", "gfdl"] {
        let n = normalise(t).unwrap_or_else(|| panic!("{t}"));
        assert!(
            matches!(
                n.reason,
                NormalisationReason::Ambiguous {
                    kind: Ambiguity::Family,
                    ..
                }
            ),
            "{t}: {n:?}"
        );
    }
}

#[test]
fn other_spellings() {
    normalises_to("MIT", "MIT");
    assert_eq!(
        normalise("MIT").map(|n| n.reason),
        Some(NormalisationReason::Exact)
    );
    normalises_to("APACHE-2.0", "Apache-2.0");
    assert_eq!(
        normalise("APACHE-2.0").map(|n| n.reason),
        Some(NormalisationReason::CaseMismatch)
    );
    normalises_to("  Apache   License 2.0 ", "Apache-2.0");
    normalises_to("ODC-PDDL-1.0", "PDDL-1.0");
    normalises_to("GPL-2.0", "GPL-2.0-only");
    normalises_to("GPL-2.0+", "GPL-2.0-or-later");
    normalises_to("LGPL-2.1+", "LGPL-2.1-or-later");
    assert_eq!(
        normalise("GPL-2.0").map(|n| n.reason),
        Some(NormalisationReason::DeprecatedId)
    );
    ambiguous(
        "gpl-3.0",
        Ambiguity::OnlyOrLater,
        &["GPL-3.0-only", "GPL-3.0-or-later"],
    );
    ambiguous(
        "agpl-3.0",
        Ambiguity::OnlyOrLater,
        &["AGPL-3.0-only", "AGPL-3.0-or-later"],
    );
    ambiguous(
        "Llama",
        Ambiguity::VersionUnstated,
        &[L2, L3, L31, L32, L33, L4],
    );
    ambiguous(
        "llama community license",
        Ambiguity::VersionUnstated,
        &[L2, L4],
    );
    ambiguous(
        "OpenMDW",
        Ambiguity::VersionUnstated,
        &["OpenMDW-1.0", "LicenseRef-OpenMDW-1.1"],
    );
    ambiguous("Apache", Ambiguity::VersionUnstated, &["Apache-2.0"]);
    normalises_to("CC BY 4.0", "CC-BY-4.0");
    normalises_to("cc-by-nc 4.0", "CC-BY-NC-4.0");
    normalises_to("CC BY-SA 4.0", "CC-BY-SA-4.0");
    normalises_to(
        "Creative Commons Attribution Non Commercial 4.0",
        "CC-BY-NC-4.0",
    );
    normalises_to(
        "Creative Commons Attribution 4.0 International",
        "CC-BY-4.0",
    );
    ambiguous("CC BY", Ambiguity::VersionUnstated, &["CC-BY-4.0"]);
    normalises_to("CC0", "CC0-1.0");
    normalises_to("LicenseRef-scancode-llama-2-license-2023", L2);
    normalises_to("Llama 3.1", L31);
    normalises_to("meta-llama-3", L3);
    normalises_to("Falcon-180B TII License", "LicenseRef-TII-Falcon-180B-1.0");
    normalises_to(
        "BigCode OpenRAIL-M v1 license agreement",
        "LicenseRef-BigCode-OpenRAIL-M-1.0",
    );
    normalises_to(
        "Tongyi Qianwen RESEARCH LICENSE AGREEMENT",
        "LicenseRef-Tongyi-Qianwen-Research",
    );
    // Not recognised: left to the validator.
    for t in [
        "",
        "  ",
        "Unlicensed",
        "Proprietary",
        "Undisclosed",
        "llama 3.0",
        "llamafile",
        "ccc",
        "NONE",
    ] {
        assert_eq!(normalise(t), None, "`{t}`");
    }
    // The Unlicense is a licence; "unlicensed" is not.
    normalises_to("unlicense", "Unlicense");
}

#[test]
fn every_table_name_and_hf_id_normalises_to_its_row() {
    for info in table() {
        if let Some(hf) = info.hf_id {
            normalises_to(hf, info.id);
            assert_eq!(
                normalise(hf).map(|n| n.reason),
                Some(NormalisationReason::HuggingFaceId),
                "{hf}"
            );
        }
        match normalise(info.name) {
            Some(n) if n.id == Some(info.id) => {}
            // Names that the reference says are used for several texts.
            Some(n) if n.is_ambiguous() => {
                assert!(n.candidates().contains(&info.id), "{}", info.name);
            }
            other => panic!("`{}` should normalise to {}: {other:?}", info.name, info.id),
        }
    }
}

/// Every id in Hugging Face's licence list (the copy of hub-docs in the fixtures) is recognised.
#[test]
fn every_hugging_face_licence_id_is_recognised() {
    let Some(path) = common::fixture("hf-model-cards/spec-repositories-licenses.md") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read the HF licence list");
    let mut ids = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').collect();
        if let Some(cell) = cells.get(2) {
            let cell = cell.trim();
            if let Some(id) = cell.strip_prefix('`').and_then(|c| c.strip_suffix('`')) {
                ids.push(id.to_owned());
            }
        }
    }
    assert!(ids.len() >= 80, "found {} ids", ids.len());
    for id in &ids {
        let n = normalise(id).unwrap_or_else(|| panic!("HF id `{id}` is not recognised"));
        assert!(
            matches!(
                n.reason,
                NormalisationReason::HuggingFaceId
                    | NormalisationReason::Exact
                    | NormalisationReason::Ambiguous { .. }
            ),
            "`{id}`: {n:?}"
        );
        if let Some(target) = n.id {
            assert!(
                lookup(target).is_some()
                    || spdx::license_id(target).is_some_and(|l| l.name == target),
                "`{id}` → `{target}`"
            );
        }
        for c in n.candidates() {
            assert!(
                lookup(c).is_some() || spdx::license_id(c).is_some_and(|l| l.name == *c),
                "`{id}` candidate `{c}`"
            );
        }
    }
    // The AI licences among them map to the table, never to an SPDX (let alone OSI) id.
    for id in [
        "llama2",
        "llama3.1",
        "gemma",
        "openrail++",
        "bigcode-openrail-m",
        "grok2-community",
    ] {
        let target = normalise(id).and_then(|n| n.id).unwrap_or_default();
        assert!(target.starts_with("LicenseRef-"), "{id} → {target}");
    }
}

// --- Expressions and evaluation -------------------------------------------------------------------------

#[test]
fn tri_truth_tables() {
    use Tri::{No, Unknown, Yes};
    let all = [Yes, No, Unknown];
    let and = [[Yes, No, Unknown], [No, No, No], [Unknown, No, Unknown]];
    let or = [[Yes, Yes, Yes], [Yes, No, Unknown], [Yes, Unknown, Unknown]];
    for (i, a) in all.iter().enumerate() {
        for (j, b) in all.iter().enumerate() {
            assert_eq!(a.and(*b), and[i][j], "{a} and {b}");
            assert_eq!(a.or(*b), or[i][j], "{a} or {b}");
        }
    }
    assert_eq!(Yes.not(), No);
    assert_eq!(No.not(), Yes);
    assert_eq!(Unknown.not(), Unknown);
}

const LLAMA31: &str = "LicenseRef-Llama-3.1-Community";

#[test]
fn osi_approval_over_and_or_with_none_noassertion_unknown() {
    let cases = [
        ("MIT", Tri::Yes),
        (LLAMA31, Tri::No),
        ("MIT OR LicenseRef-Llama-3.1-Community", Tri::Yes),
        ("MIT AND LicenseRef-Llama-3.1-Community", Tri::No),
        ("MIT AND Xq-Unknown-1.0", Tri::Unknown),
        ("MIT OR Xq-Unknown-1.0", Tri::Yes),
        (
            "LicenseRef-Llama-3.1-Community OR Xq-Unknown-1.0",
            Tri::Unknown,
        ),
        ("LicenseRef-Llama-3.1-Community AND Xq-Unknown-1.0", Tri::No),
        ("LicenseRef-Not-In-Table", Tri::Unknown),
        (
            "DocumentRef-other:LicenseRef-Llama-3.1-Community",
            Tri::Unknown,
        ),
        ("NONE", Tri::No),
        ("NOASSERTION", Tri::Unknown),
        ("GPL-2.0-or-later WITH Classpath-exception-2.0", Tri::Yes),
        ("Apache-2.0 WITH LLVM-exception", Tri::Yes),
        (
            "LicenseRef-Llama-3.1-Community WITH Classpath-exception-2.0",
            Tri::No,
        ),
        ("CC-BY-4.0", Tri::No),
        ("OpenMDW-1.0", Tri::No),
        (
            "(MIT OR LicenseRef-Llama-3-Community) AND Apache-2.0",
            Tri::Yes,
        ),
        // AND binds tighter than OR.
        (
            "MIT OR LicenseRef-Llama-3-Community AND Apache-2.0",
            Tri::Yes,
        ),
        (
            "LicenseRef-Llama-3-Community OR CC-BY-NC-4.0 AND Apache-2.0",
            Tri::No,
        ),
        (
            "(LicenseRef-Llama-3-Community OR MIT) AND (CC-BY-NC-4.0 OR Apache-2.0)",
            Tri::Yes,
        ),
        (
            "(LicenseRef-Llama-3-Community OR MIT) AND CC-BY-NC-4.0",
            Tri::No,
        ),
        ("GPL-2.0", Tri::Yes),
        ("GPL-2.0+", Tri::Yes),
        ("MIT or LicenseRef-Llama-3-Community", Tri::Yes),
    ];
    for (text, expected) in cases {
        assert_eq!(is_osi_approved(&expr(text)), expected, "{text}");
    }
}

#[test]
fn restriction_predicates_take_the_licensees_best_branch() {
    let cases = [
        ("MIT", Tri::No, Tri::No),
        (LLAMA31, Tri::Yes, Tri::Yes),
        ("MIT OR LicenseRef-Llama-3.1-Community", Tri::No, Tri::No),
        ("MIT AND LicenseRef-Llama-3.1-Community", Tri::Yes, Tri::Yes),
        (
            "LicenseRef-Llama-3.1-Community OR Xq-Unknown",
            Tri::Unknown,
            Tri::Unknown,
        ),
        (
            "LicenseRef-Llama-3.1-Community AND Xq-Unknown",
            Tri::Yes,
            Tri::Yes,
        ),
        ("LicenseRef-Gemma-Terms-of-Use", Tri::Yes, Tri::No),
        ("CC-BY-NC-4.0", Tri::Yes, Tri::No),
        ("LicenseRef-Tongyi-Qianwen", Tri::No, Tri::Yes),
        ("LicenseRef-TII-Falcon-180B-1.0", Tri::Yes, Tri::Unknown),
        ("LicenseRef-NVIDIA-Open-Model-License", Tri::Yes, Tri::No),
        ("OpenMDW-1.0", Tri::No, Tri::No),
        ("NONE", Tri::No, Tri::No),
        ("NOASSERTION", Tri::Unknown, Tri::Unknown),
        ("BSL-1.0", Tri::Unknown, Tri::Unknown), // on the SPDX list, not in the table
    ];
    for (text, restrictions, threshold) in cases {
        let e = expr(text);
        assert_eq!(
            has_use_restrictions(&e),
            restrictions,
            "use restrictions: {text}"
        );
        assert_eq!(has_user_threshold(&e), threshold, "threshold: {text}");
    }
}

#[test]
fn other_predicates() {
    assert_eq!(allows_commercial_use(&expr("CC-BY-NC-4.0")), Tri::No);
    assert_eq!(
        allows_commercial_use(&expr("CC-BY-NC-4.0 OR MIT")),
        Tri::Yes
    );
    assert_eq!(
        allows_commercial_use(&expr("CC-BY-NC-4.0 AND MIT")),
        Tri::No
    );
    assert_eq!(
        allows_commercial_use(&expr(LLAMA31)),
        Tri::Yes,
        "conditional on the threshold"
    );
    assert_eq!(
        allows_commercial_use(&expr("LicenseRef-FAIR-Noncommercial-Research")),
        Tri::No
    );
    assert_eq!(allows_commercial_use(&expr("NONE")), Tri::No);
    assert_eq!(allows_commercial_use(&expr("NOASSERTION")), Tri::Unknown);
    assert_eq!(is_fsf_libre(&expr("Apache-2.0")), Tri::Yes);
    assert_eq!(is_fsf_libre(&expr("CC-BY-NC-4.0")), Tri::No);
    assert_eq!(is_fsf_libre(&expr(LLAMA31)), Tri::Unknown);
    assert_eq!(is_open_data(&expr("CC-BY-4.0")), Tri::Yes);
    assert_eq!(is_open_data(&expr("CDLA-Permissive-2.0")), Tri::Unknown);
    assert_eq!(
        is_open_data(&expr("CDLA-Permissive-2.0 OR CC0-1.0")),
        Tri::Yes
    );
    assert_eq!(is_open_data(&expr(LLAMA31)), Tri::No);
    assert_eq!(is_open_data(&expr("NONE")), Tri::No);
    // The general evaluator: "weights under a licence that suits weights".
    let suits = |t: &str| expr(t).evaluate(|f| f.suits(ContentType::Weights));
    assert_eq!(suits("Apache-2.0"), Tri::No);
    assert_eq!(suits("OpenMDW-1.0"), Tri::Yes);
    assert_eq!(suits("Apache-2.0 OR CDLA-Permissive-2.0"), Tri::Yes);
    // Exceptions stay visible but do not count.
    let e = expr("GPL-3.0-or-later WITH GCC-exception-3.1");
    let facts: Vec<LicenceFacts<'_>> = e.facts().collect();
    assert_eq!(facts.len(), 1);
    assert_eq!(
        facts[0].exception().map(|x| x.to_string()),
        Some("GCC-exception-3.1".to_owned())
    );
    assert!(matches!(facts[0].source(), FactsSource::Table(_)));
    assert_eq!(
        expr("BSL-1.0").facts().next().map(|f| f.source()),
        Some(FactsSource::SpdxList)
    );
    assert_eq!(
        expr("NONE").facts().next().map(|f| f.source()),
        Some(FactsSource::NoLicence)
    );
}

#[test]
fn terms_canonical_form_and_special_values() {
    let e = expr(
        "GPL-2.0+ AND (LicenseRef-Foo OR Proprietary) AND DocumentRef-spdx-doc:LicenseRef-Bar",
    );
    let terms: Vec<LicenceTerm<'_>> = e.ids().collect();
    assert_eq!(
        terms,
        vec![
            LicenceTerm::Spdx {
                id: "GPL-2.0-or-later",
                deprecated: true,
                or_later: false
            },
            LicenceTerm::LicenseRef {
                document: None,
                name: "Foo"
            },
            LicenceTerm::Unknown { id: "Proprietary" },
            LicenceTerm::LicenseRef {
                document: Some("spdx-doc"),
                name: "Bar"
            },
        ]
    );
    assert_eq!(
        e.canonical(),
        "GPL-2.0-or-later AND (LicenseRef-Foo OR Proprietary) AND DocumentRef-spdx-doc:LicenseRef-Bar"
    );
    let spans: Vec<_> = e.requirements().map(|r| r.span).collect();
    assert_eq!(spans[0], 0..7);
    assert_eq!(&e.as_str()[spans[2].clone()], "Proprietary");

    let dep = expr("GPL-2.0");
    assert_eq!(dep.canonical(), "GPL-2.0-only");
    assert!(matches!(
        dep.ids().next(),
        Some(LicenceTerm::Spdx {
            deprecated: true,
            ..
        })
    ));
    let spaced = expr("  MIT or  (Apache-2.0+) ");
    assert_eq!(spaced.to_string(), "  MIT or  (Apache-2.0+) ");
    assert_eq!(spaced.canonical(), "MIT OR Apache-2.0+");
    assert!(matches!(
        spaced.ids().nth(1),
        Some(LicenceTerm::Spdx {
            id: "Apache-2.0",
            or_later: true,
            ..
        })
    ));
}

#[test]
fn licence_refs_named_like_known_licences_are_flagged_but_not_resolved() {
    let e =
        expr("LicenseRef-llama3 AND LicenseRef-scancode-llama-2-license-2023 AND LicenseRef-Foo");
    let hints: Vec<Option<&str>> = e.ids().map(|t| t.normalise().and_then(|n| n.id)).collect();
    assert_eq!(hints, vec![Some(L3), Some(L2), None]);
    // The facts do not follow the hint: a LicenseRef may name any text.
    assert_eq!(
        is_osi_approved(&expr("LicenseRef-Apache-2.0")),
        Tri::Unknown
    );
    assert_eq!(
        expr("LicenseRef-Apache-2.0")
            .ids()
            .next()
            .and_then(|t| t.normalise())
            .and_then(|n| n.id),
        Some("Apache-2.0")
    );
    assert_eq!(expr(LLAMA31).ids().next().and_then(|t| t.normalise()), None);
    assert_eq!(expr("MIT").ids().next().and_then(|t| t.normalise()), None);
    let err = LicenceExpression::parse("licenseref-llama-3-community").unwrap_err();
    assert_eq!(err.suggestion(), Some(L3));
}

#[test]
fn none_and_noassertion() {
    let none = expr("NONE");
    assert!(none.is_none() && !none.is_noassertion());
    assert_eq!(none.ids().count(), 0);
    assert_eq!(none, LicenceExpression::none());
    let na = expr(" NOASSERTION ");
    assert!(na.is_noassertion());
    assert_eq!(na.as_str(), " NOASSERTION ");
    assert_eq!(na.canonical(), "NOASSERTION");
    assert_eq!(LicenceExpression::noassertion().as_str(), "NOASSERTION");
}

// --- Errors -----------------------------------------------------------------------------------------

#[test]
fn errors_carry_spans_and_suggestions() {
    let err = LicenceExpression::parse("apache-2.0").unwrap_err();
    assert_eq!(err.span(), 0..10);
    assert_eq!(err.suggestion(), Some("Apache-2.0"));
    assert!(
        matches!(err.kind(), LicenceErrorKind::NotAnIdentifier { term } if term == "apache-2.0")
    );
    assert_eq!(
        err.to_string(),
        "invalid licence expression `apache-2.0`: `apache-2.0` is a Hugging Face licence id, not an \
         SPDX identifier (column 1); did you mean `Apache-2.0`"
    );

    let err = LicenceExpression::parse("MIT AND Llama-3").unwrap_err();
    assert_eq!(err.span(), 8..15);
    assert_eq!(err.column(), 9);
    assert_eq!(
        err.suggestion(),
        Some("MIT AND LicenseRef-Llama-3-Community")
    );
    assert_eq!(
        err.to_string(),
        "invalid licence expression `MIT AND Llama-3`: `Llama-3` is not on the SPDX licence list \
         (column 9); did you mean `MIT AND LicenseRef-Llama-3-Community`"
    );

    let err = LicenceExpression::parse("Apache 2.0").unwrap_err();
    assert!(matches!(err.kind(), LicenceErrorKind::Syntax { .. }));
    assert_eq!(err.span(), 7..10);
    assert_eq!(err.suggestion(), Some("Apache-2.0"));
    assert!(err.to_string().contains("at `2.0`"), "{err}");

    let err = LicenceExpression::parse("Apache 2.0 OR MIT").unwrap_err();
    assert_eq!(err.suggestion(), Some("Apache-2.0 OR MIT"));

    let err = LicenceExpression::parse("MIT/Apache-2.0").unwrap_err();
    assert_eq!(err.span(), 3..14);
    assert_eq!(err.suggestion(), Some("MIT OR Apache-2.0"));
    let err = LicenceExpression::parse("apache 2.0 / mit").unwrap_err();
    assert_eq!(err.suggestion(), Some("Apache-2.0 OR MIT"));

    let err = LicenceExpression::parse("Meta Llama 3 Community License Agreement").unwrap_err();
    assert_eq!(err.suggestion(), Some(L3));

    let err = LicenceExpression::parse("openrail").unwrap_err();
    assert!(matches!(err.kind(), LicenceErrorKind::Ambiguous { .. }));
    assert_eq!(err.suggestion(), None);
    let msg = err.to_string();
    assert!(
        msg.contains("`openrail` names a family of licences, not one licence"),
        "{msg}"
    );
    assert!(msg.contains("`LicenseRef-CreativeML-OpenRAIL-M`"), "{msg}");

    let err = LicenceExpression::parse("Apache-2.0 AND other").unwrap_err();
    assert_eq!(err.span(), 15..20);
    assert!(
        err.to_string()
            .contains("`other` is a placeholder, not a licence"),
        "{err}"
    );
    assert!(err.to_string().contains("NOASSERTION"), "{err}");

    let err = LicenceExpression::parse("gpl-3.0").unwrap_err();
    assert!(err.to_string().contains("whether later versions"), "{err}");
    assert!(err.to_string().contains("`GPL-3.0-or-later`"), "{err}");

    let err = LicenceExpression::parse("MIT AND (Apache-2.0").unwrap_err();
    assert!(matches!(err.kind(), LicenceErrorKind::Syntax { .. }));
    assert!(err.to_string().contains("unclosed parens"), "{err}");

    let err = LicenceExpression::parse("MIT AND NONE").unwrap_err();
    assert_eq!(err.span(), 8..12);
    assert!(matches!(
        err.kind(),
        LicenceErrorKind::SpecialValueInExpression { .. }
    ));

    let err = LicenceExpression::parse("none").unwrap_err();
    assert_eq!(err.suggestion(), Some("NONE"));

    let err = LicenceExpression::parse("licenseref-foo OR MIT").unwrap_err();
    assert!(matches!(
        err.kind(),
        LicenceErrorKind::MalformedReference { .. }
    ));
    assert_eq!(err.suggestion(), Some("LicenseRef-foo OR MIT"));

    let err = LicenceExpression::parse("GPL-2.0-only+").unwrap_err();
    assert_eq!(err.span(), 0..13);
    assert_eq!(err.suggestion(), Some("GPL-2.0-or-later"));

    let err = LicenceExpression::parse("Apache-2.0 WITH llvm-exception").unwrap_err();
    assert_eq!(err.suggestion(), Some("Apache-2.0 WITH LLVM-exception"));

    let err = LicenceExpression::parse("apache-2.0 OR mit").unwrap_err();
    assert_eq!(err.suggestion(), Some("Apache-2.0 OR MIT"));

    let err = LicenceExpression::parse("   ").unwrap_err();
    assert_eq!(err.kind(), &LicenceErrorKind::Empty);
    assert_eq!(err.to_string(), "empty licence expression");

    // Accepted so that the validator can report them.
    for ok in [
        "GPL-2.0",
        "LGPL-2.1+",
        "StandardML-NJ",
        "Proprietary",
        "Unlicensed",
        "LicenseRef-Llama-3",
        "1.0",
    ] {
        expr(ok);
    }
}

// --- Serde and schema --------------------------------------------------------------------------------

#[test]
fn licence_serde_round_trips() {
    let bare: Licence = serde_json::from_str(r#""Apache-2.0 OR MIT""#).unwrap();
    assert!(bare.is_bare());
    assert_eq!(
        serde_json::to_string(&bare).unwrap(),
        r#""Apache-2.0 OR MIT""#
    );

    let full = r#"{"expression":"LicenseRef-Llama-3.1-Community","declared":"Llama 3.1 Community License Agreement","url":"https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE"}"#;
    let l: Licence = serde_json::from_str(full).unwrap();
    assert_eq!(
        l.declared.as_deref(),
        Some("Llama 3.1 Community License Agreement")
    );
    assert_eq!(serde_json::to_string(&l).unwrap(), full);

    let only_expr: Licence = serde_json::from_str(r#"{"expression": "MIT"}"#).unwrap();
    assert_eq!(serde_json::to_string(&only_expr).unwrap(), r#""MIT""#);

    let partial: Licence =
        serde_json::from_str(r#"{"expression": "MIT", "declared": "MIT License"}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&partial).unwrap(),
        serde_json::json!({"expression": "MIT", "declared": "MIT License"})
    );

    let err =
        serde_json::from_str::<Licence>(r#"{"expression": "MIT", "licence": "x"}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field `licence`"), "{err}");
    let err = serde_json::from_str::<Licence>(r#"{"declared": "MIT"}"#).unwrap_err();
    assert!(
        err.to_string().contains("missing field `expression`"),
        "{err}"
    );
    let err = serde_json::from_str::<Licence>(r#"{"expression": "MIT", "url": "not a url"}"#)
        .unwrap_err();
    assert!(err.to_string().contains("URL"), "{err}");
    let err = serde_json::from_str::<Licence>("\n  \"llama3\"").unwrap_err();
    assert!(
        err.to_string()
            .contains("did you mean `LicenseRef-Llama-3-Community`"),
        "{err}"
    );
    assert_eq!(err.line(), 2);
    let err = serde_json::from_str::<Licence>("42").unwrap_err();
    assert!(
        err.to_string().contains("an SPDX licence expression"),
        "{err}"
    );

    // YAML, as model documents are written.
    let l: Licence = serde_saphyr::from_str(
        "expression: CC-BY-4.0\nurl: https://creativecommons.org/licenses/by/4.0/\n",
    )
    .unwrap();
    assert_eq!(l.expression.as_str(), "CC-BY-4.0");
    let l: LicenceExpression = serde_saphyr::from_str("'MIT OR Apache-2.0'").unwrap();
    assert_eq!(l.ids().count(), 2);
}

#[test]
fn licence_schema_accepts_both_forms_and_rejects_unknown_fields() {
    let schema = schemars::schema_for!(Licence);
    let value = serde_json::to_value(&schema).unwrap();
    jsonschema::meta::validate(&value).expect("the schema is a valid JSON Schema");
    assert_eq!(value["title"], "Licence");
    assert!(value["anyOf"].as_array().is_some_and(|a| a.len() == 2));
    assert_eq!(value["anyOf"][1]["additionalProperties"], false);
    assert_eq!(value["anyOf"][1]["properties"]["url"]["format"], "uri");
    let validator = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&value)
        .unwrap();
    for ok in [
        serde_json::json!("MIT"),
        serde_json::json!("(MIT OR Apache-2.0) AND LicenseRef-Llama-3.1-Community"),
        serde_json::json!("GPL-2.0-or-later WITH Classpath-exception-2.0"),
        serde_json::json!("DocumentRef-a:LicenseRef-b"),
        serde_json::json!("MPL-1.1+"),
        serde_json::json!("NOASSERTION"),
        serde_json::json!({"expression": "MIT", "declared": "MIT License", "url": "https://opensource.org/license/mit"}),
    ] {
        assert!(validator.is_valid(&ok), "{ok}");
        serde_json::from_value::<Licence>(ok.clone()).unwrap_or_else(|e| panic!("{ok}: {e}"));
    }
    for bad in [
        serde_json::json!("Apache 2.0 / MIT"),
        serde_json::json!("MIT AND"),
        serde_json::json!(""),
        serde_json::json!({"expression": "MIT", "extra": 1}),
        serde_json::json!({"declared": "MIT"}),
        serde_json::json!({"expression": "MIT", "url": "not a uri"}),
        serde_json::json!(3),
    ] {
        assert!(!validator.is_valid(&bad), "{bad}");
        assert!(
            serde_json::from_value::<Licence>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

// --- Round-trip property ------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Ast {
    Leaf {
        text: String,
        osi: Tri,
        terms: usize,
    },
    And(Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
}

fn spdx_ids() -> Vec<(&'static str, bool, bool)> {
    spdx::identifiers::LICENSES
        .iter()
        .filter(|l| l.flags & spdx::flags::IS_DEPRECATED == 0 && !l.name.contains('+'))
        .map(|l| {
            (
                l.name,
                l.flags & spdx::flags::IS_GNU != 0,
                l.flags & spdx::flags::IS_OSI_APPROVED != 0,
            )
        })
        .collect()
}

fn exceptions() -> Vec<&'static str> {
    spdx::identifiers::EXCEPTIONS
        .iter()
        .filter(|e| e.flags & spdx::flags::IS_DEPRECATED == 0)
        .map(|e| e.name)
        .collect()
}

fn leaf() -> impl Strategy<Value = Ast> {
    let ids = spdx_ids();
    let spdx_leaf = (0..ids.len(), any::<bool>()).prop_map(move |(i, plus)| {
        let (name, gnu, osi) = ids[i];
        let plus = plus && !gnu;
        let table_osi = lookup(name).map(|r| r.osi_approved());
        Ast::Leaf {
            text: format!("{name}{}", if plus { "+" } else { "" }),
            osi: table_osi.unwrap_or(Tri::from_bool(osi)),
            terms: 1,
        }
    });
    let table_ref = (0..table().len()).prop_map(|i| {
        let r = &table()[i];
        Ast::Leaf {
            text: r.id.to_owned(),
            osi: r.osi_approved(),
            terms: 1,
        }
    });
    let name = "[A-Za-z0-9][-A-Za-z0-9.]{0,10}";
    let licence_ref = name.prop_map(|n| {
        let osi = lookup(&format!("LicenseRef-{n}")).map_or(Tri::Unknown, |r| r.osi_approved());
        Ast::Leaf {
            text: format!("LicenseRef-{n}"),
            osi,
            terms: 1,
        }
    });
    let doc_ref = (name, name).prop_map(|(d, n)| Ast::Leaf {
        text: format!("DocumentRef-{d}:LicenseRef-{n}"),
        osi: Tri::Unknown,
        terms: 1,
    });
    let unknown = "Xq-[A-Za-z0-9.]{1,8}".prop_map(|t| Ast::Leaf {
        text: t,
        osi: Tri::Unknown,
        terms: 1,
    });
    let base =
        prop_oneof![4 => spdx_leaf, 2 => table_ref, 1 => licence_ref, 1 => doc_ref, 1 => unknown];
    let excs = exceptions();
    (
        base,
        proptest::option::weighted(0.2, 0..excs.len()),
        any::<bool>(),
    )
        .prop_map(move |(leaf, exc, addition_ref)| match (leaf, exc) {
            (Ast::Leaf { text, osi, terms }, Some(i)) => {
                let with = if addition_ref {
                    "AdditionRef-Custom-1".to_owned()
                } else {
                    excs[i].to_owned()
                };
                Ast::Leaf {
                    text: format!("{text} WITH {with}"),
                    osi,
                    terms,
                }
            }
            (leaf, _) => leaf,
        })
}

fn ast() -> impl Strategy<Value = Ast> {
    leaf().prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Ast::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| Ast::Or(Box::new(a), Box::new(b))),
        ]
    })
}

fn render(ast: &Ast, style: &[bool], i: &mut usize) -> String {
    let mut flip = || {
        *i += 1;
        style.get(*i % style.len().max(1)).copied().unwrap_or(false)
    };
    match ast {
        Ast::Leaf { text, .. } => text.clone(),
        Ast::And(a, b) => {
            let wrap = |s: String, child: &Ast, extra: bool| {
                if matches!(child, Ast::Or(..)) || extra {
                    format!("({s})")
                } else {
                    s
                }
            };
            let (fa, fb, lower, spaces) = (flip(), flip(), flip(), flip());
            let sa = render(a, style, i);
            let sb = render(b, style, i);
            let op = if lower { "and" } else { "AND" };
            let sp = if spaces { "  " } else { " " };
            format!("{}{sp}{op}{sp}{}", wrap(sa, a, fa), wrap(sb, b, fb))
        }
        Ast::Or(a, b) => {
            let (fa, lower) = (flip(), flip());
            let sa = render(a, style, i);
            let sb = render(b, style, i);
            let sa = if fa { format!("( {sa} )") } else { sa };
            let op = if lower { "or" } else { "OR" };
            format!("{sa} {op} {sb}")
        }
    }
}

fn expected_osi(ast: &Ast) -> Tri {
    match ast {
        Ast::Leaf { osi, .. } => *osi,
        Ast::And(a, b) => expected_osi(a).and(expected_osi(b)),
        Ast::Or(a, b) => expected_osi(a).or(expected_osi(b)),
    }
}

fn leaves(ast: &Ast) -> usize {
    match ast {
        Ast::Leaf { terms, .. } => *terms,
        Ast::And(a, b) | Ast::Or(a, b) => leaves(a) + leaves(b),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn display_parse_round_trip(tree in ast(), style in proptest::collection::vec(any::<bool>(), 1..8)) {
        let text = render(&tree, &style, &mut 0);
        let parsed = LicenceExpression::parse(&text)
            .map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert_eq!(parsed.to_string(), text.clone());
        let shown = parsed.to_string();
        let again = LicenceExpression::parse(&shown).unwrap();
        prop_assert_eq!(&again, &parsed);
        prop_assert_eq!(parsed.ids().count(), leaves(&tree));
        prop_assert_eq!(is_osi_approved(&parsed), expected_osi(&tree), "{}", text);

        let canonical = parsed.canonical();
        let reparsed = LicenceExpression::parse(&canonical)
            .map_err(|e| TestCaseError::fail(format!("canonical {canonical}: {e}")))?;
        prop_assert_eq!(reparsed.canonical(), canonical.clone());
        prop_assert_eq!(is_osi_approved(&reparsed), is_osi_approved(&parsed));
        prop_assert_eq!(has_use_restrictions(&reparsed), has_use_restrictions(&parsed));

        let licence: Licence = serde_json::from_value(serde_json::Value::String(text.clone())).unwrap();
        prop_assert_eq!(serde_json::to_value(&licence).unwrap(), serde_json::Value::String(text.clone()));
        prop_assert!(pattern_validator().is_valid(&serde_json::Value::String(text.clone())), "{}", text);
        prop_assert!(pattern_validator().is_valid(&serde_json::Value::String(canonical.clone())), "{}", canonical);
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,60}") {
        match LicenceExpression::parse(&text) {
            Ok(e) => { let _ = e.canonical(); let _ = is_osi_approved(&e); }
            Err(e) => {
                let span = e.span();
                prop_assert!(span.start <= span.end && span.end <= text.len());
                prop_assert!(!e.to_string().is_empty());
                if let Some(s) = e.suggestion() {
                    prop_assert!(LicenceExpression::parse(s).is_ok(), "suggestion `{}` for `{}` must parse", s, text);
                }
            }
        }
        let _ = normalise(&text);
    }
}

fn pattern_validator() -> &'static jsonschema::Validator {
    static V: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let schema = serde_json::to_value(schemars::schema_for!(Licence)).unwrap();
        jsonschema::validator_for(&schema).unwrap()
    })
}

// --- MOT fixtures ------------------------------------------------------------------------------------

fn collect_licences(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                if key == "license" {
                    match v {
                        serde_json::Value::String(s) => out.push(s.clone()),
                        serde_json::Value::Object(kinds) => {
                            for kind in kinds.values() {
                                if let Some(serde_json::Value::String(name)) = kind.get("name") {
                                    out.push(name.clone());
                                }
                            }
                        }
                        _ => {}
                    }
                }
                collect_licences(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_licences(v, out)),
        _ => {}
    }
}

/// Every licence string in the MOT fixtures parses, or normalises, or fails with a clear error.
#[test]
fn every_mot_licence_string_parses_normalises_or_fails_clearly() {
    let Some(dir) = common::fixture("mot") else {
        return;
    };
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read fixture dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "yml") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 400, "{} files", files.len());
    let mut strings = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("read fixture");
        let options = serde_saphyr::options! { strict_booleans: true };
        match serde_saphyr::from_str_with_options::<serde_json::Value>(&text, options) {
            Ok(v) => collect_licences(&v, &mut strings),
            // Files MOT itself rejects as YAML: fall back to the `license:` lines.
            Err(_) => {
                for line in text.lines() {
                    let t = line.trim_start().trim_start_matches("- ");
                    if let Some(v) = t.strip_prefix("license:") {
                        let v = v
                            .split(" #")
                            .next()
                            .unwrap_or_default()
                            .trim()
                            .trim_matches(['\'', '"']);
                        strings.push(v.to_owned());
                    }
                }
            }
        }
    }
    let distinct: BTreeSet<String> = strings.into_iter().collect();
    assert!(distinct.len() > 100, "{} distinct strings", distinct.len());
    let (mut parsed, mut suggested, mut rejected) = (0, 0, 0);
    for s in &distinct {
        let normalised = normalise(s);
        match LicenceExpression::parse(s) {
            Ok(e) => {
                parsed += 1;
                assert_eq!(e.as_str(), s);
                let _ = (is_osi_approved(&e), e.canonical());
            }
            Err(err) => {
                let msg = err.to_string();
                assert!(!msg.is_empty());
                if !s.trim().is_empty() {
                    assert!(
                        msg.contains(&format!("`{s}`")),
                        "message names the input: {msg}"
                    );
                }
                assert!(err.span().end <= s.len());
                assert!(s.is_char_boundary(err.span().start) && s.is_char_boundary(err.span().end));
                if let Some(id) = normalised.as_ref().and_then(|n| n.id) {
                    assert_eq!(err.suggestion(), Some(id), "`{s}`: {msg}");
                }
                if let Some(sugg) = err.suggestion() {
                    suggested += 1;
                    expr(sugg);
                } else {
                    rejected += 1;
                }
            }
        }
    }
    assert!(
        parsed > 50 && suggested > 0,
        "parsed {parsed}, suggested {suggested}, rejected {rejected}"
    );

    // Strings known to be in the fixtures.
    for (s, suggestion) in [
        ("apache-2.0", "Apache-2.0"),
        ("Llama-3", "LicenseRef-Llama-3-Community"),
        ("ODC-PDDL-1.0", "PDDL-1.0"),
    ] {
        assert!(distinct.contains(s), "`{s}` should be in the MOT fixtures");
        assert_eq!(
            LicenceExpression::parse(s).unwrap_err().suggestion(),
            Some(suggestion)
        );
    }
    for s in [
        "Apache-2.0 AND CC-BY-4.0",
        "LGPL-2.1+",
        "GPL-2.0",
        "Unlicensed",
        " MIT",
        "OpenMDW-1.0",
    ] {
        assert!(distinct.contains(s), "`{s}` should be in the MOT fixtures");
        expr(s);
    }
}

/// `inferred` is written only when set, reads back, and needs `declared`.
#[test]
fn an_inferred_licence_round_trips_and_needs_its_text() {
    let licence = Licence::new(LicenceExpression::parse("MIT").unwrap())
        .with_declared(" MIT")
        .inferred();
    let json = serde_json::to_string(&licence).unwrap();
    assert_eq!(
        json,
        r#"{"expression":"MIT","declared":" MIT","inferred":true}"#
    );
    assert_eq!(serde_json::from_str::<Licence>(&json).unwrap(), licence);
    assert_eq!(licence.as_written(), Some(" MIT"));
    let stated: Licence = serde_json::from_str(
        r#"{"expression":"MIT","declared":"The MIT License","inferred":false}"#,
    )
    .unwrap();
    assert!(!stated.inferred);
    assert_eq!(stated.as_written(), None);
    assert!(!serde_json::to_string(&stated).unwrap().contains("inferred"));
    let err =
        serde_json::from_str::<Licence>(r#"{"expression":"MIT","inferred":true}"#).unwrap_err();
    assert!(err.to_string().contains("needs `declared`"), "{err}");
}
