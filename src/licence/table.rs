//! The crate's licence table: what is known about the licences attached to AI models, and the common
//! open licences a classifier compares them with.
//!
//! # Sources
//!
//! Rows marked with a reference row number encode the 31 reference rows of the AI licence table
//! (`docs/licences.md`, generated from this file), which was compiled from these texts:
//!
//! - `spdx/license-list-XML` at `e4c1f27` (list 3.28.0): `src/CC-BY-NC*-4.0.xml`, `OpenMDW-1.0.xml`,
//!   `Apache-2.0.xml`, `MIT.xml`, and the `isOsiApproved` flags;
//! - `huggingface/hub-docs` at `242f4a1`: `docs/hub/repositories-licenses.md` (Hugging Face ids);
//! - `meta-llama/llama-models` at `a9c89c4`: `models/{llama2,llama3,llama3_1,llama3_2,llama3_3,llama4}/`
//!   `LICENSE` and `USE_POLICY.md`;
//! - `CompVis/stable-diffusion` at `21f890f` (`LICENSE`), `Stability-AI/stablediffusion` at `ca86da3`
//!   (`LICENSE-MODEL`), `Stability-AI/generative-models` at `9538314` (`model_licenses/LICENSE-SDXL1.0`),
//!   `Stability-AI/stable-fast-3d` at `ff21fc4` (`LICENSE.md`);
//! - `QwenLM/Qwen` at `2df8e8a`, `deepseek-ai/DeepSeek-V2` at `ec98ee3` (`LICENSE-MODEL`),
//!   `facebookresearch/spiritlm` at `52fb2f4` (`LICENSE`);
//! - copies of vendor texts: `orsonteodoro/oiledmachine-overlay` at `1b888cc` (`licenses/`: MRL-0.1,
//!   MNPL-0.1, Qwen research, Falcon 2 and 3, NVIDIA Open Model Agreement, OpenMDW-1.1, Gemma terms),
//!   `peterblazejewicz/functiongemma-270m-it-gemma-teacher` at `19ccbdd` (Gemma Terms of Use, 2026),
//!   `celdond/Moniker-Model` at `94d78b6` (BigScience RAIL 1.0);
//! - dated web pages: the Gemma Prohibited Use Policy (2024-02-21), the BigScience Open RAIL-M text on
//!   `huggingface.co/Supertone/supertonic-2`, the NVIDIA Open Model License gate texts on
//!   `huggingface.co/nvidia/Cosmos-1.0-Diffusion-7B-Text2World` (2025-01-06) and
//!   `nvidia/Phi-4-multimodal-instruct-FP4` (2025-04-28), the opening of the Falcon-180B TII License
//!   (`ollama.com/library/falcon:180b-text/blobs/8e8cf4b25d47`).
//!
//! Rows without a reference row number are either common open licences, encoded from their published
//! texts ([`Evidence::Baseline`]), or licences that appear as Hugging Face ids or model-card names but
//! whose texts were not reviewed ([`Evidence::Unassessed`]: every facet unknown).
//!
//! OSI approval and FSF status of ids on the SPDX list are read from the `spdx` crate's copy of the
//! list, never typed here.

use crate::value::ContentType;
use crate::value::vocabulary;

use super::facet::{Facet, FacetCell, FacetKind, Facets};
use crate::value::Tri;

vocabulary! {
    /// How the facts of a row were established.
    pub enum Evidence {
        /// Read in the licence text itself, from the steward's repository or list (reference label V).
        Verified = "verified",
        /// Read in a verbatim copy of the licence text (reference label "V copy").
        VerifiedCopy = "verified-copy",
        /// From a secondary source such as a discussion thread quoting the text (reference label S).
        Secondary = "secondary",
        /// Partly read in the text (its opening), partly from a secondary source.
        Partial = "partial",
        /// A common open licence encoded from its published text by this crate, not part of the AI
        /// licence reference.
        Baseline = "baseline",
        /// Known by name only (a Hugging Face id or model-card name); the text was not reviewed and
        /// every facet is unknown.
        Unassessed = "unassessed",
    }
}

/// What the crate knows about one licence: one row of the table.
///
/// Facet values follow the legend of [`Facet`]; every cell carries the clause it rests on.
/// Serialises as a map of its fields (for reports and exports of the table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct LicenceInfo {
    /// The SPDX id, or the proposed `LicenseRef-…` id for a licence that is not on the SPDX list.
    pub id: &'static str,
    /// The licence's title as its text gives it ("Llama 3.1 Community License Agreement").
    pub name: &'static str,
    /// The version the licence states, when it states one ("1.0", "0.1").
    pub version: Option<&'static str>,
    /// The date of the text (ISO 8601, possibly only year and month), when known.
    pub date: Option<&'static str>,
    /// The Hugging Face Hub licence id (`license:` in a model card), when the Hub lists one.
    pub hf_id: Option<&'static str>,
    /// The row number in the master table of the AI licence reference (1–31), or `None` for rows
    /// added by this crate.
    pub reference_row: Option<u8>,
    /// The content types the licence suits, in the Model Openness Framework's sense ("a
    /// type-appropriate open license is an open license that is appropriate for the type of
    /// component"): code licences for code, data licences for data and (per MOF) model parameters,
    /// content licences for documents; OpenMDW for all. Empty when not assessed.
    pub content_types: &'static [ContentType],
    /// Whether the licence conforms to the Open Definition (opendefinition.org): `Yes` for licences on
    /// its list of conformant licences, `No` for licences that restrict the field of use, forbid
    /// commercial use or set a user threshold (the Definition requires use "for any purpose" without
    /// discrimination), `Unknown` otherwise (including software licences, which the list does not
    /// assess).
    pub open_data: Tri,
    /// The ten facets, each with its clause.
    pub facets: Facets,
    /// The user or revenue threshold in words ("700 million monthly active users"), when the licence
    /// has one.
    pub threshold: Option<&'static str>,
    /// How the facts were established.
    pub evidence: Evidence,
    /// The URL of the text the facts were read from (with a commit for repositories); empty for
    /// [`Evidence::Unassessed`] rows.
    pub source: &'static str,
    /// Anything else a reader must know (versions, exclusions, caveats). May be empty.
    pub note: &'static str,
}

impl LicenceInfo {
    /// The `spdx` crate's entry for this id, when the id is on the SPDX list it bundles.
    #[must_use]
    pub fn spdx_id(&self) -> Option<spdx::LicenseId> {
        spdx::license_id(self.id).filter(|id| id.name == self.id)
    }

    /// Whether the id is on the SPDX licence list (the version the `spdx` crate bundles, see
    /// [`spdx::license_version`]).
    #[must_use]
    pub fn on_spdx_list(&self) -> bool {
        self.spdx_id().is_some()
    }

    /// OSI approval, as the SPDX list records it (`isOsiApproved`). A licence that is not on the SPDX
    /// list is not OSI-approved: `No`.
    #[must_use]
    pub fn osi_approved(&self) -> Tri {
        Tri::from_bool(self.spdx_id().is_some_and(spdx::LicenseId::is_osi_approved))
    }

    /// FSF "free/libre" status, as the SPDX list records it (`isFsfLibre`). For a licence that is not
    /// on the SPDX list: `Unknown`.
    #[must_use]
    pub fn fsf_libre(&self) -> Tri {
        match self.spdx_id() {
            Some(id) => Tri::from_bool(id.is_fsf_free_libre()),
            None => Tri::Unknown,
        }
    }

    /// The value of one facet.
    #[must_use]
    pub const fn facet(&self, kind: FacetKind) -> Facet {
        self.facets.get(kind).value
    }

    /// The clause one facet rests on (empty when there is none to cite).
    #[must_use]
    pub const fn clause(&self, kind: FacetKind) -> &'static str {
        self.facets.get(kind).clause
    }

    /// Whether the licence suits a content type (see [`LicenceInfo::content_types`]); `Unknown` when
    /// the row does not assess content types.
    #[must_use]
    pub fn suits(&self, content: ContentType) -> Tri {
        if self.content_types.is_empty() {
            Tri::Unknown
        } else {
            Tri::from_bool(self.content_types.contains(&content))
        }
    }
}

/// The row with exactly this id (`Apache-2.0`, `LicenseRef-Llama-3.1-Community`). Case-sensitive,
/// like SPDX ids; use [`super::normalise`] for anything else.
#[must_use]
pub fn lookup(id: &str) -> Option<&'static LicenceInfo> {
    TABLE.iter().find(|row| row.id == id)
}

/// The row whose Hugging Face id is exactly `hf_id` (`llama3.1`, `gemma`).
#[must_use]
pub fn lookup_hf(hf_id: &str) -> Option<&'static LicenceInfo> {
    TABLE.iter().find(|row| row.hf_id == Some(hf_id))
}

/// Every row of the table, in the reference's order, then the crate's additions.
#[must_use]
pub fn table() -> &'static [LicenceInfo] {
    TABLE
}

// --- Cell constructors -------------------------------------------------------------------------

const fn y(clause: &'static str, note: &'static str) -> FacetCell {
    FacetCell::new(Facet::Allowed, clause, note)
}
const fn c(clause: &'static str, note: &'static str) -> FacetCell {
    FacetCell::new(Facet::Conditional, clause, note)
}
const fn n(clause: &'static str, note: &'static str) -> FacetCell {
    FacetCell::new(Facet::Forbidden, clause, note)
}
const fn dash(clause: &'static str, note: &'static str) -> FacetCell {
    FacetCell::new(Facet::NoClause, clause, note)
}
const fn na(note: &'static str) -> FacetCell {
    FacetCell::new(Facet::NotApplicable, "", note)
}
const fn unk(note: &'static str) -> FacetCell {
    FacetCell::new(Facet::Unknown, "", note)
}

const NOT_ESTABLISHED: &str = "not established in the reference";

// --- Content-type sets ---------------------------------------------------------------------------

use ContentType::{Code, Data, Document, Weights};

const WEIGHTS: &[ContentType] = &[Weights];
const CODE: &[ContentType] = &[Code];
const CODE_DOC: &[ContentType] = &[Code, Document];
const DATA: &[ContentType] = &[Data, Weights];
const DATA_DOC: &[ContentType] = &[Data, Document, Weights];
const ALL: &[ContentType] = &[Code, Data, Document, Weights];
const UNASSESSED: &[ContentType] = &[];

// --- Shared facet sets ------------------------------------------------------------------------------

/// Meta Llama community licences (reference rows 1–6), common facets.
const LLAMA: Facets = Facets {
    commercial_use: c(
        "§2",
        "a licence must be requested from Meta if the licensee's products had more than 700 million \
         monthly active users on the version's release date; recipients through an integrated \
         end-user product are exempt (§1.b.ii)",
    ),
    derivatives: y(
        "§1.a",
        "create derivative works of, and make modifications to",
    ),
    redistribution: c(
        "§1.b.i",
        "provide a copy of the Agreement with any distribution",
    ),
    use_restrictions: y("§1.b.iv", "Acceptable Use Policy incorporated by reference"),
    user_threshold: y("§2", "more than 700 million monthly active users"),
    outputs_training: c(
        "§1.b.i",
        "allowed; a model trained on outputs must carry the “Llama” name prefix",
    ),
    attribution: y(
        "§1.b.i, §1.b.iii",
        "display “Built with Llama”; “Llama” at the start of derived model names; Notice file",
    ),
    flow_down: c(
        "§1.b.i",
        "derivatives are distributed with a copy of the Agreement",
    ),
    termination: y(
        "§6",
        "Meta may terminate on breach; licences also end on litigation against Meta (§5.c)",
    ),
    share_alike: unk(NOT_ESTABLISHED),
};

/// The RAIL skeleton (reference rows 8–11): BigScience and CreativeML texts.
const RAIL: Facets = Facets {
    commercial_use: y("¶2", "no commercial limit"),
    derivatives: y("¶2", ""),
    redistribution: c(
        "¶4",
        "use restrictions must be an enforceable provision of any agreement; copy of the licence; \
         notices on changed files",
    ),
    use_restrictions: y("¶5, Att. A", "restricted uses listed in Attachment A"),
    user_threshold: n("", "none"),
    outputs_training: c(
        "¶1, ¶6",
        "a model trained on synthetic data from the Model is a Derivative; no use of output may \
         contravene the licence",
    ),
    attribution: y("¶4", "keep notices; mark changed files"),
    flow_down: y("¶4(a), ¶5", "use restrictions bind derivatives and users"),
    termination: dash(
        "¶3, ¶7",
        "no termination for breach: ¶3 ends only the patent licence on patent litigation; ¶7 lets \
         the licensor restrict violating use remotely",
    ),
    share_alike: n("¶4", "derivatives may carry other terms, respecting ¶4(a)"),
};

/// TII Falcon License texts (reference row 14), common facets.
const FALCON_TII: Facets = Facets {
    commercial_use: y("§2.2", "royalty free"),
    derivatives: y("§2.1", ""),
    redistribution: c("§4.1", ""),
    use_restrictions: y("§5", "Acceptable Use Policy, which TII may update (§5.3)"),
    user_threshold: n("", "none"),
    outputs_training: c(
        "§5.2",
        "outputs may not be used to create works that conflict with the Acceptable Use Policy",
    ),
    attribution: y(
        "§6.1",
        "a fixed public-statement line naming the Technology Innovation Institute",
    ),
    flow_down: y(
        "§4.1.1",
        "use-based restrictions must be enforceable provisions of any agreement",
    ),
    termination: dash("§3.1", "patent licence only"),
    share_alike: unk(NOT_ESTABLISHED),
};

/// Tongyi Qianwen / Qwen research licences (reference rows 16–17), common facets.
const QWEN_RESEARCH: Facets = Facets {
    commercial_use: n(
        "§2.a–b",
        "commercial use requires a licence from Alibaba Cloud",
    ),
    derivatives: y("§2.a", "for non-commercial purposes"),
    redistribution: c("§3", ""),
    use_restrictions: y("§1.i", "non-commercial (research or evaluation) use only"),
    user_threshold: na("commercial use is not licensed"),
    outputs_training: n(
        "§4.b",
        "no use of the Materials or outputs to improve any other large language model",
    ),
    attribution: y("§3.c", "Notice file"),
    flow_down: c("§3.a", ""),
    termination: y("§7.b", "on breach"),
    share_alike: unk(NOT_ESTABLISHED),
};

/// Mistral research and non-production licences (reference rows 19–20), common facets.
const MISTRAL: Facets = Facets {
    commercial_use: n("§3.2", ""),
    derivatives: y("§2.1", ""),
    redistribution: c("§2.2–2.3", "Notice file; notice of modification"),
    use_restrictions: y("§3.2", "Research Purposes only"),
    user_threshold: na("commercial use is not licensed"),
    outputs_training: n(
        "§4.2",
        "outputs are subject to the research-only restriction",
    ),
    attribution: y(
        "§2.2, §2.3",
        "Notice file; prominent notice that the model was modified",
    ),
    flow_down: y("§4.3", "derivatives are subject to the §3 restrictions"),
    termination: y("§7.2", "Mistral AI may terminate on breach"),
    share_alike: unk(NOT_ESTABLISHED),
};

/// Creative Commons NonCommercial 4.0 licences (reference rows 25–27), common facets.
const CC_NC: Facets = Facets {
    commercial_use: n("§2(a)(1)", "NonCommercial purposes only"),
    derivatives: y("§2(a)(1)(B)", "for NonCommercial purposes"),
    redistribution: y("§2(a)(1)(A)", "for NonCommercial purposes"),
    use_restrictions: y(
        "§2(a)(1)",
        "NonCommercial purposes only; no acceptable-use policy",
    ),
    user_threshold: na("commercial use is not licensed"),
    outputs_training: dash(
        "",
        "no clause on outputs or training; the licence grants only copyright and similar rights",
    ),
    attribution: y("§3(a)", ""),
    flow_down: n(
        "§2(a)(5)(B)",
        "no share-alike; no additional terms may be imposed",
    ),
    termination: y(
        "§6(a)",
        "automatic on breach; reinstated if cured within 30 days (§6(b))",
    ),
    share_alike: n("", "no share-alike"),
};

/// OpenMDW (reference rows 28–29), common facets. The text has no numbered sections.
const OPENMDW: Facets = Facets {
    commercial_use: y("", "“deal in the Model Materials without restriction”"),
    derivatives: y("", ""),
    redistribution: c("", "keep a copy of the agreement and all notices"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: y("", "no restrictions or obligations on outputs"),
    attribution: y("", "keep copyright and other notices of origin"),
    flow_down: n("", ""),
    termination: dash("", "rights end only on patent litigation"),
    share_alike: n("", ""),
};

/// Permissive software licences (MIT, BSD), common facets.
const PERMISSIVE: Facets = Facets {
    commercial_use: y("", ""),
    derivatives: y("", ""),
    redistribution: c("", "keep the copyright and permission notice"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: dash("", ""),
    attribution: y("", "keep the copyright and permission notice"),
    flow_down: n("", ""),
    termination: dash("", ""),
    share_alike: n("", ""),
};

/// GNU GPL version 3 and AGPL version 3, common facets.
const GPL3: Facets = Facets {
    commercial_use: y("§2", ""),
    derivatives: y("§5", ""),
    redistribution: c("§4–6", "with corresponding source, under the same licence"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: dash("", ""),
    attribution: y("§4, §5(a)", "keep notices; mark modified versions"),
    flow_down: y("§5(c)", "the whole work is licensed under the same licence"),
    termination: y("§8", "on breach; reinstated if cured"),
    share_alike: y("§5(c)", "copyleft"),
};

/// GNU GPL version 2, common facets.
const GPL2: Facets = Facets {
    commercial_use: y("§0", ""),
    derivatives: y("§2", ""),
    redistribution: c("§1–3", "with source, under the same licence"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: dash("", ""),
    attribution: y("§1, §2(a)", "keep notices; mark modified files"),
    flow_down: y("§2(b)", "derived works are licensed under the same licence"),
    termination: y("§4", "automatic on breach"),
    share_alike: y("§2(b)", "copyleft"),
};

/// GNU LGPL, common facets (weak copyleft).
const LGPL: Facets = Facets {
    commercial_use: y("", ""),
    derivatives: y("", ""),
    redistribution: c("", "with source of the library, under the same licence"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: dash("", ""),
    attribution: y("", "keep notices"),
    flow_down: c(
        "",
        "modifications of the library stay under the licence; works that use it need not",
    ),
    termination: y("", "as the GPL"),
    share_alike: c("", "weak copyleft: the library and its modifications"),
};

/// Creative Commons Attribution 4.0 family and CC0, base facets.
const CC_BY: Facets = Facets {
    commercial_use: y("§2(a)(1)", ""),
    derivatives: y("§2(a)(1)(B)", ""),
    redistribution: c("§3(a)", "with attribution"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: dash("", ""),
    attribution: y("§3(a)", ""),
    flow_down: n("§2(a)(5)(B)", "no additional terms may be imposed"),
    termination: y(
        "§6(a)",
        "automatic on breach; reinstated if cured within 30 days (§6(b))",
    ),
    share_alike: n("", ""),
};

/// Open data licences whose facets this crate does not assess clause by clause.
const DATA_PERMISSIVE: Facets = Facets {
    commercial_use: y("", ""),
    derivatives: y("", ""),
    redistribution: c("", "conditions of the licence apply"),
    use_restrictions: n("", "none"),
    user_threshold: n("", "none"),
    outputs_training: unk(""),
    attribution: unk(""),
    flow_down: n("", ""),
    termination: unk(""),
    share_alike: n("", ""),
};

/// Every facet unknown.
const UNKNOWN: Facets = Facets::UNKNOWN;

// --- The table ----------------------------------------------------------------------------------------

#[rustfmt::skip]
static TABLE: &[LicenceInfo] = &[
    // 1
    LicenceInfo {
        id: "LicenseRef-Llama-2-Community",
        name: "Llama 2 Community License Agreement",
        version: None, date: Some("2023-07-18"), hf_id: Some("llama2"), reference_row: Some(1),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            outputs_training: n("§1.b.v", "no use of the materials or outputs to improve any other large language model (excluding Llama 2 or derivative works)"),
            attribution: y("§1.b.iii", "Notice file"),
            ..LLAMA
        },
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama2/LICENSE"),
        note: "the OSI stated in July 2023 that the Llama 2 licence is not open source",
    },
    // 2
    LicenceInfo {
        id: "LicenseRef-Llama-3-Community",
        name: "Meta Llama 3 Community License Agreement",
        version: None, date: Some("2024-04-18"), hf_id: Some("llama3"), reference_row: Some(2),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("§1.b.iv", "Acceptable Use Policy, appended to the licence text"),
            outputs_training: n("§1.b.v", "no use of the materials or outputs to improve any other large language model (excluding Meta Llama 3 or derivative works)"),
            attribution: y("§1.b.i, §1.b.iii", "display “Built with Meta Llama 3”; “Llama 3” at the start of derived model names; Notice file"),
            ..LLAMA
        },
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama3/LICENSE"),
        note: "",
    },
    // 3
    LicenceInfo {
        id: "LicenseRef-Llama-3.1-Community",
        name: "Llama 3.1 Community License Agreement",
        version: None, date: Some("2024-07-23"), hf_id: Some("llama3.1"), reference_row: Some(3),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: LLAMA,
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama3_1/LICENSE"),
        note: "the OSI stated in February 2025 that the Llama 3.x licences are not open source",
    },
    // 4
    LicenceInfo {
        id: "LicenseRef-Llama-3.2-Community",
        name: "Llama 3.2 Community License Agreement",
        version: None, date: Some("2024-09-25"), hf_id: Some("llama3.2"), reference_row: Some(4),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("§1.b.iv", "Acceptable Use Policy; it withholds the §1(a) rights for multimodal models from licensees domiciled in the European Union"),
            ..LLAMA
        },
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama3_2/LICENSE"),
        note: "",
    },
    // 5
    LicenceInfo {
        id: "LicenseRef-Llama-3.3-Community",
        name: "Llama 3.3 Community License Agreement",
        version: None, date: Some("2024-12-06"), hf_id: Some("llama3.3"), reference_row: Some(5),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("§1.b.iv", "Acceptable Use Policy; same European Union clause as Llama 3.2"),
            ..LLAMA
        },
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama3_3/LICENSE"),
        note: "",
    },
    // 6
    LicenceInfo {
        id: "LicenseRef-Llama-4-Community",
        name: "Llama 4 Community License Agreement",
        version: None, date: Some("2025-04-05"), hf_id: Some("llama4"), reference_row: Some(6),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("§1.b.iv", "Acceptable Use Policy; same European Union clause as Llama 3.2"),
            ..LLAMA
        },
        threshold: Some("700 million monthly active users"),
        evidence: Evidence::Verified,
        source: concat!("https://github.com/meta-llama/llama-models/blob/a9c89c4/models", "/llama4/LICENSE"),
        note: "the date is the text's effective date",
    },
    // 7
    LicenceInfo {
        id: "LicenseRef-Gemma-Terms-of-Use",
        name: "Gemma Terms of Use",
        version: None, date: Some("2024-02-21"), hf_id: Some("gemma"), reference_row: Some(7),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            commercial_use: y("§2.2", "no commercial or size limit"),
            derivatives: y("§2.2, §1.1(e)", "Model Derivatives include distilled models"),
            redistribution: c("§3.1", "copy of the Agreement; notices on modified files; Notice file"),
            use_restrictions: y("§3.2", "Gemma Prohibited Use Policy incorporated by reference; Google may restrict usage remotely"),
            user_threshold: n("", "none"),
            outputs_training: c("§1.1(e)", "a model trained on Gemma outputs is a Model Derivative and inherits the Terms; Google claims no rights in outputs (§3.3)"),
            attribution: y("§3.1", "Notice file and prominent notices on modified files"),
            flow_down: y("§3.1(1)", "the use restrictions must be an enforceable provision of any agreement for Gemma or Model Derivatives"),
            termination: y("§4.5", "Google may terminate on breach"),
            share_alike: unk(NOT_ESTABLISHED),
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: "https://github.com/peterblazejewicz/functiongemma-270m-it-gemma-teacher/blob/19ccbdd/GEMMA_TERMS_OF_USE.md",
        note: "revised 2024-04-01, 2025-03-24 and 2026-04-01; published at ai.google.dev/gemma/terms; the 2026 terms exclude Gemma 4, which has its own licence",
    },
    // 8
    LicenceInfo {
        id: "LicenseRef-BigScience-BLOOM-RAIL-1.0",
        name: "BigScience RAIL License v1.0",
        version: Some("1.0"), date: Some("2022-05-19"), hf_id: Some("bigscience-bloom-rail-1.0"), reference_row: Some(8),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("¶5, Att. A", "13 restricted uses, including undisclosed machine-generated text and impersonation"),
            outputs_training: c("¶1, ¶6", "models trained on synthetic data from the Model are Derivatives; no use of output may contravene the licence"),
            termination: dash("¶3, ¶7", "patent licence only (¶3); remote restriction of violating use (¶7)"),
            ..RAIL
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: "https://github.com/celdond/Moniker-Model/blob/94d78b6/BLOOMLICENSE.txt",
        note: "defines the Model as the BLOOM architecture only",
    },
    // 9
    LicenceInfo {
        id: "LicenseRef-BigScience-OpenRAIL-M",
        name: "BigScience Open RAIL-M License",
        version: None, date: Some("2022-08-18"), hf_id: Some("bigscience-openrail-m"), reference_row: Some(9),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("¶5, Att. A", "restricted uses (a)–(m), including undisclosed machine-generated content and impersonation"),
            outputs_training: c("¶1(e), ¶6", "models trained on synthetic data from the Model are Derivatives; no use of output may contravene the licence"),
            attribution: y("¶4(c)–(d)", "keep notices; mark changed files"),
            ..RAIL
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: "https://huggingface.co/Supertone/supertonic-2/blob/main/LICENSE",
        note: "SPDX did not accept `BigScience-OpenRAIL-M` (license-list-XML #1622)",
    },
    // 10
    LicenceInfo {
        id: "LicenseRef-CreativeML-OpenRAIL-M",
        name: "CreativeML Open RAIL-M",
        version: None, date: Some("2022-08-22"), hf_id: Some("creativeml-openrail-m"), reference_row: Some(10),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("¶5, Att. A", "11 restricted uses"),
            flow_down: y("¶4, ¶5", "use restrictions bind derivatives and users"),
            ..RAIL
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: "https://github.com/CompVis/stable-diffusion/blob/21f890f/LICENSE",
        note: "ScanCode files the same text as `stable-diffusion-2022-08-22`",
    },
    // 11
    LicenceInfo {
        id: "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M",
        name: "CreativeML Open RAIL++-M License",
        version: None, date: Some("2022-11-24"), hf_id: Some("openrail++"), reference_row: Some(11),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("¶5, Att. A", "11 restricted uses"),
            flow_down: y("¶4, ¶5", "use restrictions bind derivatives and users"),
            ..RAIL
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: "https://github.com/Stability-AI/stablediffusion/blob/ca86da3/LICENSE-MODEL",
        note: "differs from Open RAIL-M only in ¶7 (no obligation to use the latest version); the SDXL copy is dated 2023-07-26; `+` is not allowed in a LicenseRef, hence `PlusPlus`",
    },
    // 12
    LicenceInfo {
        id: "LicenseRef-TII-Falcon-LLM-1.0",
        name: "TII Falcon LLM License 1.0",
        version: Some("1.0"), date: Some("2023-05"), hf_id: None, reference_row: Some(12),
        content_types: WEIGHTS, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: c("§8 [secondary]", "royalty (by default 10 %) on revenue above US$1 million"),
            user_threshold: y("§8 [secondary]", "US$1 million revenue"),
            attribution: y("§5 [secondary]", "public-statement attribution"),
            ..UNKNOWN
        },
        threshold: Some("US$1 million revenue, above which a royalty (by default 10 %) is due"),
        evidence: Evidence::Secondary,
        source: "https://huggingface.co/tiiuae/Falcon3-1B-Base/discussions/12",
        note: "first Falcon-7B/40B release; replaced by Apache-2.0 in June 2023; Hugging Face listed it as `tii-falcon-llm` from 2023-05-29 to 2023-07-18",
    },
    // 13
    LicenceInfo {
        id: "LicenseRef-TII-Falcon-180B-1.0",
        name: "Falcon-180B TII License 1.0",
        version: Some("1.0"), date: Some("2023-09"), hf_id: None, reference_row: Some(13),
        content_types: WEIGHTS, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: c("", "use for hosted services may require a separate licence"),
            use_restrictions: y("§5.1 [secondary]", "Acceptable Use Policy, which may be updated (§5.3)"),
            ..UNKNOWN
        },
        threshold: None,
        evidence: Evidence::Partial,
        source: "https://ollama.com/library/falcon:180b-text/blobs/8e8cf4b25d47",
        note: "only the opening was read: “based on the Apache License Version 2.0 … with a series of modifications”",
    },
    // 14 (Falcon 2)
    LicenceInfo {
        id: "LicenseRef-TII-Falcon-2-11B-1.0",
        name: "Falcon 2 11B TII License 1.0",
        version: Some("1.0"), date: Some("2024-05"), hf_id: None, reference_row: Some(14),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: FALCON_TII,
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/Falcon-2-11B-TII-License-1.0"),
        note: "attribution line: “… is built using Falcon LLM technology from the Technology Innovation Institute”",
    },
    // 14 (Falcon 3)
    LicenceInfo {
        id: "LicenseRef-TII-Falcon-3-2024-12",
        name: "TII Falcon License",
        version: None, date: Some("2024-12"), hf_id: None, reference_row: Some(14),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: FALCON_TII,
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/Falcon-3-TII-Falcon-License-December-2024"),
        note: "the Falcon 3 text; it differs from the Falcon 2 text only in naming and the attribution line (“… is built using artificial intelligence technology from the Technology Innovation Institute”)",
    },
    // 15
    LicenceInfo {
        id: "LicenseRef-Tongyi-Qianwen",
        name: "Tongyi Qianwen LICENSE AGREEMENT",
        version: None, date: Some("2023-08-03"), hf_id: None, reference_row: Some(15),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            commercial_use: c("§4", "a licence must be requested above 100 million monthly active users"),
            derivatives: y("§2", ""),
            redistribution: c("§3", ""),
            use_restrictions: n("§5.a", "no acceptable-use policy; compliance with law and export controls only"),
            user_threshold: y("§4", "more than 100 million monthly active users"),
            outputs_training: n("§5.b", "no use of the Materials or outputs to improve any other large language model (excluding Tongyi Qianwen or derivative works)"),
            attribution: y("§3.c", "Notice file"),
            flow_down: c("§3.a", ""),
            termination: y("§8.b", "on breach"),
            share_alike: n("§3.d", "derivatives may carry additional or different licence terms"),
        },
        threshold: Some("100 million monthly active users"),
        evidence: Evidence::Verified,
        source: "https://github.com/QwenLM/Qwen/blob/2df8e8a/Tongyi%20Qianwen%20LICENSE%20AGREEMENT",
        note: "",
    },
    // 16
    LicenceInfo {
        id: "LicenseRef-Tongyi-Qianwen-Research",
        name: "Tongyi Qianwen RESEARCH LICENSE AGREEMENT",
        version: None, date: Some("2023-11-30"), hf_id: None, reference_row: Some(16),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: QWEN_RESEARCH,
        threshold: None,
        evidence: Evidence::Verified,
        source: "https://github.com/QwenLM/Qwen/blob/2df8e8a/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT",
        note: "",
    },
    // 17
    LicenceInfo {
        id: "LicenseRef-Qwen-Research",
        name: "Qwen RESEARCH LICENSE AGREEMENT",
        version: None, date: Some("2024-09-19"), hf_id: None, reference_row: Some(17),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            outputs_training: c("§4.b", "allowed; a distributed model trained on outputs must display “Built with Qwen” or “Improved using Qwen”"),
            attribution: y("§3.c, §4.b", "Notice file; “Built with Qwen” or “Improved using Qwen”"),
            ..QWEN_RESEARCH
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/Qwen-RESEARCH-LICENSE-AGREEMENT"),
        note: "",
    },
    // 18
    LicenceInfo {
        id: "LicenseRef-DeepSeek-1.0",
        name: "DeepSeek License Agreement",
        version: Some("1.0"), date: Some("2023-10-23"), hf_id: None, reference_row: Some(18),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("¶5, Att. A", "restricted uses, including military use"),
            attribution: y("¶4(d)", "keep notices"),
            termination: dash("¶3, ¶7", "patent licence only (¶3); DeepSeek may restrict violating use remotely (¶7)"),
            share_alike: unk(NOT_ESTABLISHED),
            ..RAIL
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: "https://github.com/deepseek-ai/DeepSeek-V2/blob/ec98ee3/LICENSE-MODEL",
        note: "follows the RAIL skeleton; later DeepSeek releases may use other licences",
    },
    // 19
    LicenceInfo {
        id: "LicenseRef-Mistral-MRL-0.1",
        name: "Mistral AI Research License",
        version: Some("0.1"), date: None, hf_id: None, reference_row: Some(19),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: MISTRAL,
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/MRL-0.1.md"),
        note: "published at mistral.ai/licenses/MRL-0.1.md",
    },
    // 20
    LicenceInfo {
        id: "LicenseRef-Mistral-MNPL-0.1",
        name: "Mistral AI Non-Production License",
        version: Some("0.1"), date: None, hf_id: None, reference_row: Some(20),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            use_restrictions: y("§3.2", "testing, research, personal or evaluation use in non-production environments only"),
            outputs_training: dash("§9", "outputs are not Derivatives"),
            ..MISTRAL
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/MNPL-0.1.md"),
        note: "published at mistral.ai/licenses/MNPL-0.1.md",
    },
    // 21
    LicenceInfo {
        id: "LicenseRef-NVIDIA-Open-Model-License",
        name: "NVIDIA Open Model License Agreement",
        version: None, date: Some("2025-01-06"), hf_id: None, reference_row: Some(21),
        content_types: WEIGHTS, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: y("preamble, §2.2", "“Models are commercially usable”"),
            derivatives: y("§2.2", ""),
            redistribution: c("§3.1", "Notice file"),
            use_restrictions: c("§2.3", "use must be consistent with NVIDIA's Trustworthy AI terms"),
            user_threshold: n("", "none"),
            outputs_training: y("§2.4", "NVIDIA claims no ownership of outputs; model-specific variants require “Built on …” for models trained on outputs (§3.2)"),
            attribution: y("§3.1", "Notice file; “Built on <model>” in model-specific variants (§3.2)"),
            flow_down: c("§3.1, §3.3", "other terms are allowed for Derivative Models"),
            termination: y("§2.1", "automatic on bypassing safety guardrails; also on litigation"),
            share_alike: n("§3.3", "other terms are allowed for Derivative Models"),
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: "https://huggingface.co/nvidia/Cosmos-1.0-Diffusion-7B-Text2World",
        note: "versions of 2025-01-06 and 2025-04-28 read (both model-specific; the later one inserts a §4 and shifts later sections); NVIDIA may update the agreement (§2.1); the June 2024 original was not read",
    },
    // 22
    LicenceInfo {
        id: "LicenseRef-NVIDIA-Open-Model-Agreement",
        name: "NVIDIA Open Model Agreement",
        version: None, date: Some("2026-04-02"), hf_id: None, reference_row: Some(22),
        content_types: WEIGHTS, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: y("preamble", "“Works are commercially usable”"),
            derivatives: y("Grant", ""),
            redistribution: c("Redistribution (a)–(c)", ""),
            use_restrictions: n("", "no acceptable-use policy, guardrail clause or Trustworthy-AI reference"),
            user_threshold: n("", "none"),
            outputs_training: y("", "no ownership of outputs claimed"),
            attribution: c("Redistribution (c)", "a Notice only if the Work includes a NOTICE file"),
            flow_down: n("", ""),
            termination: dash("Grant", "licence ends only on patent or copyright litigation"),
            share_alike: n("", "Apache-style text"),
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/NVIDIA-OPEN-MODEL-AGREEMENT"),
        note: "an Apache-style text; distinct from the NVIDIA Open Model License Agreement",
    },
    // 23
    LicenceInfo {
        id: "LicenseRef-Stability-AI-Community",
        name: "Stability AI Community License Agreement",
        version: None, date: Some("2024-07-05"), hf_id: None, reference_row: Some(23),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            commercial_use: c("§III", "registration with Stability AI; licences terminate above US$1,000,000 annual revenue; recipients through an integrated end-user product are exempt"),
            derivatives: y("§II–III", ""),
            redistribution: c("§IV.a", "copy of the Agreement; Notice file"),
            use_restrictions: y("§IV.b", "Stability AI Acceptable Use Policy incorporated by reference"),
            user_threshold: y("§III", "US$1,000,000 annual revenue"),
            outputs_training: n("§IV.b", "no use of materials or outputs to create or improve any foundational generative AI model (other than the Models or Derivative Works)"),
            attribution: y("§IV.a", "display “Powered by Stability AI”; Notice file"),
            flow_down: c("§IV.a", ""),
            termination: y("§IV.f", "on breach; also automatic above the revenue cap (§III)"),
            share_alike: unk(NOT_ESTABLISHED),
        },
        threshold: Some("US$1,000,000 annual revenue"),
        evidence: Evidence::Verified,
        source: "https://github.com/Stability-AI/stable-fast-3d/blob/ff21fc4/LICENSE.md",
        note: "whether the revenue cap also ends the research and non-commercial licences of §II is not stated separately; the content of the Stability AI AUP was not read",
    },
    // 24
    LicenceInfo {
        id: "LicenseRef-FAIR-Noncommercial-Research",
        name: "FAIR Noncommercial Research License",
        version: None, date: Some("2024-10-18"), hf_id: Some("fair-noncommercial-research-license"), reference_row: Some(24),
        content_types: WEIGHTS, open_data: Tri::No,
        facets: Facets {
            commercial_use: n("§1.b.i", ""),
            derivatives: y("§1.a", "for non-commercial research"),
            redistribution: c("§1.b.ii", "only under the terms of this Agreement"),
            use_restrictions: y("§1.b.iv", "FAIR Acceptable Use Policy; noncommercial research uses only (§1.b.i)"),
            user_threshold: na("commercial use is not licensed"),
            outputs_training: c("§1.b.i", "non-commercial research use only"),
            attribution: y("§1.b.iii", "acknowledge the use in publications"),
            flow_down: y("§1.b.ii", ""),
            termination: y("§6", "on breach"),
            share_alike: unk(NOT_ESTABLISHED),
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: "https://github.com/facebookresearch/spiritlm/blob/52fb2f4/LICENSE",
        note: "Meta may modify the agreement, effective immediately (§8)",
    },
    // 25
    LicenceInfo {
        id: "CC-BY-NC-4.0",
        name: "Creative Commons Attribution Non Commercial 4.0 International",
        version: Some("4.0"), date: None, hf_id: Some("cc-by-nc-4.0"), reference_row: Some(25),
        content_types: DATA_DOC, open_data: Tri::No,
        facets: CC_NC,
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/CC-BY-NC-4.0.xml"),
        note: "",
    },
    // 26
    LicenceInfo {
        id: "CC-BY-NC-SA-4.0",
        name: "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
        version: Some("4.0"), date: None, hf_id: Some("cc-by-nc-sa-4.0"), reference_row: Some(26),
        content_types: DATA_DOC, open_data: Tri::No,
        facets: Facets {
            flow_down: y("§3(b)", "share-alike"),
            share_alike: y("§3(b)", "same License Elements, this version or later, or a compatible licence"),
            ..CC_NC
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/CC-BY-NC-SA-4.0.xml"),
        note: "",
    },
    // 27
    LicenceInfo {
        id: "CC-BY-NC-ND-4.0",
        name: "Creative Commons Attribution Non Commercial No Derivatives 4.0 International",
        version: Some("4.0"), date: None, hf_id: Some("cc-by-nc-nd-4.0"), reference_row: Some(27),
        content_types: DATA_DOC, open_data: Tri::No,
        facets: Facets {
            derivatives: c("§2(a)(1)(B)", "Adapted Material may be produced but not Shared, for NonCommercial purposes"),
            redistribution: y("§2(a)(1)(A)", "unmodified, for NonCommercial purposes"),
            flow_down: na("adaptations may not be shared"),
            share_alike: na("adaptations may not be shared"),
            ..CC_NC
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/CC-BY-NC-ND-4.0.xml"),
        note: "",
    },
    // 28
    LicenceInfo {
        id: "OpenMDW-1.0",
        name: "OpenMDW License Agreement v1.0",
        version: Some("1.0"), date: None, hf_id: Some("openmdw-1.0"), reference_row: Some(28),
        content_types: ALL, open_data: Tri::Unknown,
        facets: OPENMDW,
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/OpenMDW-1.0.xml"),
        note: "on the SPDX list since 3.28.0, not OSI-approved; covers models (architecture and parameters), data, documentation and software",
    },
    // 29
    LicenceInfo {
        id: "LicenseRef-OpenMDW-1.1",
        name: "OpenMDW License Agreement v1.1",
        version: Some("1.1"), date: None, hf_id: Some("openmdw-1.1"), reference_row: Some(29),
        content_types: ALL, open_data: Tri::Unknown,
        facets: Facets {
            termination: dash("", "rights end only on patent or copyright litigation"),
            ..OPENMDW
        },
        threshold: None,
        evidence: Evidence::VerifiedCopy,
        source: concat!("https://github.com/orsonteodoro/oiledmachine-overlay/blob/1b888cc/licenses", "/OpenMDW-1.1"),
        note: "not on the SPDX list at license-list-XML e4c1f27; differs from 1.0 only in the termination trigger",
    },
    // 30
    LicenceInfo {
        id: "Apache-2.0",
        name: "Apache License 2.0",
        version: Some("2.0"), date: None, hf_id: Some("apache-2.0"), reference_row: Some(30),
        content_types: CODE_DOC, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: y("§2", ""),
            derivatives: y("§2", ""),
            redistribution: c("§4", "copy of the licence, notices, NOTICE file"),
            use_restrictions: n("", "none"),
            user_threshold: n("", "none"),
            outputs_training: dash("", ""),
            attribution: y("§4", "notices and the NOTICE file"),
            flow_down: n("", ""),
            termination: dash("§3", "only the patent licence ends, on patent litigation"),
            share_alike: n("", ""),
        },
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/Apache-2.0.xml"),
        note: "MOF's tool treats Apache-2.0 as a code and document licence",
    },
    // 31
    LicenceInfo {
        id: "MIT",
        name: "MIT License",
        version: None, date: None, hf_id: Some("mit"), reference_row: Some(31),
        content_types: CODE, open_data: Tri::Unknown,
        facets: PERMISSIVE,
        threshold: None,
        evidence: Evidence::Verified,
        source: concat!("https://github.com/spdx/license-list-XML/blob/e4c1f27/src", "/MIT.xml"),
        note: "",
    },

    // --- Common open licences (not part of the AI licence reference) ---
    LicenceInfo {
        id: "BSD-2-Clause",
        name: "BSD 2-Clause \"Simplified\" License",
        version: None, date: None, hf_id: Some("bsd-2-clause"), reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: PERMISSIVE,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/BSD-2-Clause.html",
        note: "",
    },
    LicenceInfo {
        id: "BSD-3-Clause",
        name: "BSD 3-Clause \"New\" or \"Revised\" License",
        version: None, date: None, hf_id: Some("bsd-3-clause"), reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: Facets {
            attribution: y("", "keep the copyright notice; the names of contributors may not be used to endorse derived products"),
            ..PERMISSIVE
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/BSD-3-Clause.html",
        note: "",
    },
    LicenceInfo {
        id: "GPL-2.0-only",
        name: "GNU General Public License v2.0 only",
        version: Some("2.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: GPL2,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/GPL-2.0-only.html",
        note: "the Hugging Face id `gpl-2.0` does not say whether later versions are allowed",
    },
    LicenceInfo {
        id: "GPL-2.0-or-later",
        name: "GNU General Public License v2.0 or later",
        version: Some("2.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: GPL2,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/GPL-2.0-or-later.html",
        note: "",
    },
    LicenceInfo {
        id: "GPL-3.0-only",
        name: "GNU General Public License v3.0 only",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: GPL3,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/GPL-3.0-only.html",
        note: "the Hugging Face id `gpl-3.0` does not say whether later versions are allowed",
    },
    LicenceInfo {
        id: "GPL-3.0-or-later",
        name: "GNU General Public License v3.0 or later",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: GPL3,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/GPL-3.0-or-later.html",
        note: "",
    },
    LicenceInfo {
        id: "LGPL-2.1-only",
        name: "GNU Lesser General Public License v2.1 only",
        version: Some("2.1"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: LGPL,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/LGPL-2.1-only.html",
        note: "",
    },
    LicenceInfo {
        id: "LGPL-2.1-or-later",
        name: "GNU Lesser General Public License v2.1 or later",
        version: Some("2.1"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: LGPL,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/LGPL-2.1-or-later.html",
        note: "",
    },
    LicenceInfo {
        id: "LGPL-3.0-only",
        name: "GNU Lesser General Public License v3.0 only",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: LGPL,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/LGPL-3.0-only.html",
        note: "",
    },
    LicenceInfo {
        id: "LGPL-3.0-or-later",
        name: "GNU Lesser General Public License v3.0 or later",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: LGPL,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/LGPL-3.0-or-later.html",
        note: "",
    },
    LicenceInfo {
        id: "AGPL-3.0-only",
        name: "GNU Affero General Public License v3.0 only",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: Facets {
            redistribution: c("§4–6, §13", "with corresponding source, also to users over a network"),
            ..GPL3
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/AGPL-3.0-only.html",
        note: "",
    },
    LicenceInfo {
        id: "AGPL-3.0-or-later",
        name: "GNU Affero General Public License v3.0 or later",
        version: Some("3.0"), date: None, hf_id: None, reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: Facets {
            redistribution: c("§4–6, §13", "with corresponding source, also to users over a network"),
            ..GPL3
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/AGPL-3.0-or-later.html",
        note: "",
    },
    LicenceInfo {
        id: "MPL-2.0",
        name: "Mozilla Public License 2.0",
        version: Some("2.0"), date: None, hf_id: Some("mpl-2.0"), reference_row: None,
        content_types: CODE, open_data: Tri::Unknown,
        facets: Facets {
            commercial_use: y("§2.1", ""),
            derivatives: y("§2.1", ""),
            redistribution: c("§3", "source of covered files under the same licence"),
            use_restrictions: n("", "none"),
            user_threshold: n("", "none"),
            outputs_training: dash("", ""),
            attribution: y("§3.4", "keep notices"),
            flow_down: c("§3.1", "file-level: covered files stay under the licence"),
            termination: y("§5", "on breach; reinstated if cured"),
            share_alike: c("§3.1", "weak, file-level copyleft"),
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/MPL-2.0.html",
        note: "",
    },
    LicenceInfo {
        id: "CC0-1.0",
        name: "Creative Commons Zero v1.0 Universal",
        version: Some("1.0"), date: None, hf_id: Some("cc0-1.0"), reference_row: None,
        content_types: DATA_DOC, open_data: Tri::Yes,
        facets: Facets {
            commercial_use: y("§2", "rights waived"),
            derivatives: y("§2", "rights waived"),
            redistribution: y("§2", "rights waived"),
            use_restrictions: n("", "none"),
            user_threshold: n("", "none"),
            outputs_training: dash("", ""),
            attribution: n("", "none required"),
            flow_down: n("", ""),
            termination: dash("", "a waiver, not a licence (with a fallback licence, §3)"),
            share_alike: n("", ""),
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CC0-1.0.html",
        note: "",
    },
    LicenceInfo {
        id: "CC-BY-4.0",
        name: "Creative Commons Attribution 4.0 International",
        version: Some("4.0"), date: None, hf_id: Some("cc-by-4.0"), reference_row: None,
        content_types: DATA_DOC, open_data: Tri::Yes,
        facets: CC_BY,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CC-BY-4.0.html",
        note: "MOF's preferred licence for documentation and, with CDLA-Permissive-2.0, for datasets",
    },
    LicenceInfo {
        id: "CC-BY-SA-4.0",
        name: "Creative Commons Attribution Share Alike 4.0 International",
        version: Some("4.0"), date: None, hf_id: Some("cc-by-sa-4.0"), reference_row: None,
        content_types: DATA_DOC, open_data: Tri::Yes,
        facets: Facets {
            flow_down: y("§3(b)", "share-alike"),
            share_alike: y("§3(b)", "same License Elements, this version or later, or a compatible licence"),
            ..CC_BY
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CC-BY-SA-4.0.html",
        note: "",
    },
    LicenceInfo {
        id: "CDLA-Permissive-1.0",
        name: "Community Data License Agreement Permissive 1.0",
        version: Some("1.0"), date: None, hf_id: Some("cdla-permissive-1.0"), reference_row: None,
        content_types: DATA, open_data: Tri::Unknown,
        facets: DATA_PERMISSIVE,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CDLA-Permissive-1.0.html",
        note: "",
    },
    LicenceInfo {
        id: "CDLA-Permissive-2.0",
        name: "Community Data License Agreement Permissive 2.0",
        version: Some("2.0"), date: None, hf_id: Some("cdla-permissive-2.0"), reference_row: None,
        content_types: DATA, open_data: Tri::Unknown,
        facets: DATA_PERMISSIVE,
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CDLA-Permissive-2.0.html",
        note: "MOF's preferred licence for datasets and model parameters",
    },
    LicenceInfo {
        id: "CDLA-Sharing-1.0",
        name: "Community Data License Agreement Sharing 1.0",
        version: Some("1.0"), date: None, hf_id: Some("cdla-sharing-1.0"), reference_row: None,
        content_types: DATA, open_data: Tri::Unknown,
        facets: Facets {
            flow_down: y("", "shared data stays under the agreement"),
            share_alike: y("", "share-alike for data"),
            ..DATA_PERMISSIVE
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/CDLA-Sharing-1.0.html",
        note: "",
    },
    LicenceInfo {
        id: "ODbL-1.0",
        name: "Open Data Commons Open Database License v1.0",
        version: Some("1.0"), date: None, hf_id: Some("odbl"), reference_row: None,
        content_types: DATA, open_data: Tri::Yes,
        facets: Facets {
            attribution: y("§4.2–4.3", "notices; attribution for produced works"),
            flow_down: y("§4.4", "share-alike for adapted databases"),
            termination: y("§9", "on breach"),
            share_alike: y("§4.4", "share-alike for adapted databases"),
            ..DATA_PERMISSIVE
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/ODbL-1.0.html",
        note: "",
    },
    LicenceInfo {
        id: "ODC-By-1.0",
        name: "Open Data Commons Attribution License v1.0",
        version: Some("1.0"), date: None, hf_id: Some("odc-by"), reference_row: None,
        content_types: DATA, open_data: Tri::Yes,
        facets: Facets {
            attribution: y("", "attribution required"),
            ..DATA_PERMISSIVE
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/ODC-By-1.0.html",
        note: "",
    },
    LicenceInfo {
        id: "PDDL-1.0",
        name: "Open Data Commons Public Domain Dedication & License 1.0",
        version: Some("1.0"), date: None, hf_id: Some("pddl"), reference_row: None,
        content_types: DATA, open_data: Tri::Yes,
        facets: Facets {
            redistribution: y("", "rights waived"),
            attribution: n("", "none required"),
            ..DATA_PERMISSIVE
        },
        threshold: None,
        evidence: Evidence::Baseline,
        source: "https://spdx.org/licenses/PDDL-1.0.html",
        note: "Open Data Commons calls it ODC-PDDL; `ODC-PDDL-1.0` is not an SPDX id",
    },

    // --- Licences known by name only (texts not reviewed; every facet unknown) ---
    LicenceInfo {
        id: "LicenseRef-Qwen",
        name: "Qwen LICENSE AGREEMENT",
        version: None, date: Some("2024"), hf_id: None, reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "the 2024 commercial Qwen licence (model-card `license_name: qwen`, e.g. Qwen2.5-72B); distinct from the Tongyi Qianwen LICENSE AGREEMENT",
    },
    LicenceInfo {
        id: "LicenseRef-NVIDIA-Nemotron-Open-Model-License",
        name: "NVIDIA Nemotron Open Model License",
        version: None, date: None, hf_id: None, reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "model-card `license_name: nvidia-nemotron-open-model-license`; a third NVIDIA text, distinct from the Open Model License and the Open Model Agreement",
    },
    LicenceInfo {
        id: "LicenseRef-BigCode-OpenRAIL-M-1.0",
        name: "BigCode Open RAIL-M v1",
        version: Some("1.0"), date: None, hf_id: Some("bigcode-openrail-m"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "a RAIL licence (StarCoder); ScanCode key `bigcode-open-rail-m-v1`",
    },
    LicenceInfo {
        id: "LicenseRef-Grok-2-Community",
        name: "Grok 2 Community License Agreement",
        version: None, date: None, hf_id: Some("grok2-community"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
    LicenceInfo {
        id: "LicenseRef-DeepFloyd-IF-Research",
        name: "DeepFloyd IF Research License Agreement",
        version: None, date: None, hf_id: Some("deepfloyd-if-license"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
    LicenceInfo {
        id: "LicenseRef-Apple-Sample-Code",
        name: "Apple Sample Code license",
        version: None, date: None, hf_id: Some("apple-ascl"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
    LicenceInfo {
        id: "LicenseRef-Apple-Model-Research",
        name: "Apple Model License for Research",
        version: None, date: None, hf_id: Some("apple-amlr"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
    LicenceInfo {
        id: "LicenseRef-H-Research",
        name: "H Research License",
        version: None, date: None, hf_id: Some("h-research"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
    LicenceInfo {
        id: "LicenseRef-Intel-Research",
        name: "Intel Research Use License Agreement",
        version: None, date: None, hf_id: Some("intel-research"), reference_row: None,
        content_types: UNASSESSED, open_data: Tri::Unknown,
        facets: UNKNOWN, threshold: None,
        evidence: Evidence::Unassessed, source: "",
        note: "",
    },
];
