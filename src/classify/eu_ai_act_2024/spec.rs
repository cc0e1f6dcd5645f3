//! The `eu-ai-act-2024` framework as data ([`FrameworkSpec`]) and its typed levels ([`EuAiActLevel`]).

use serde::{Serialize, Serializer};

use crate::classify::spec::{FrameworkSpec, ItemSpec, Level, LevelSpec};
use crate::model::ComponentKind as K;

/// The framework: id, name, version, source, levels (most open first) and items.
pub const SPEC: FrameworkSpec = FrameworkSpec {
    id: "eu-ai-act-2024",
    name: "EU AI Act (Regulation (EU) 2024/1689), open-source exemptions",
    version: "2024/1689",
    comment: "The open-source exemptions of the EU AI Act, Regulation (EU) 2024/1689: Art. 2(12) for AI systems, and Art. 53(2) and Art. 54(6) for general-purpose AI models \"released under a free and open-source licence that allows for the access, usage, modification, and distribution of the model\". An estimate, never legal advice.",
    source: "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    levels: &[
        LevelSpec {
            token: "likely",
            label: "EU AI Act open-source exemption likely",
            comment: "The open-source exemption that fits the release (Art. 53(2), and with it Art. 54(6), for a model; Art. 2(12) for a system) plausibly applies: a free and open-source licence that allows access, use, modification and distribution; parameters, architecture and usage information public; no monetisation (Recital 103); not a model with systemic risk.",
            rank: 2,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "undetermined",
            label: "EU AI Act open-source exemption undetermined",
            comment: "The description does not settle whether the open-source exemptions apply.",
            rank: 1,
            class: None,
            implies: None,
            requires: &[],
        },
        LevelSpec {
            token: "unlikely",
            label: "EU AI Act open-source exemption unlikely",
            comment: "The description shows a condition of the open-source exemptions that is not met.",
            rank: 0,
            class: None,
            implies: None,
            requires: &[],
        },
    ],
    items: &ITEMS,
};

/// The items of the Act that the criteria test, in the order of [`EuAiActItem`]: the two
/// open-source exemptions, then the conditions of each.
static ITEMS: [ItemSpec; 14] = [
    ItemSpec {
        id: "art-53-2",
        name: "Art. 53(2): providers of AI models released under a free and open-source licence",
        clause: "EU AI Act, Art. 53(2)",
        kinds: &[],
    },
    ItemSpec {
        id: "art-2-12",
        name: "Art. 2(12): AI systems released under free and open-source licences",
        clause: "EU AI Act, Art. 2(12)",
        kinds: &[],
    },
    ItemSpec {
        id: "art-53-2/licence",
        name: "a free and open-source licence that allows for the access, usage, modification, \
               and distribution of the model",
        clause: "EU AI Act, Art. 53(2) (\u{201c}a free and open-source licence that allows for \
                 the access, usage, modification, and distribution of the model\u{201d}); Recital \
                 102; Commission GPAI guidelines (July 2025)",
        kinds: &[K::ModelWeights],
    },
    ItemSpec {
        id: "art-53-2/weights-public",
        name: "parameters, including the weights, made publicly available",
        clause: "EU AI Act, Art. 53(2) (\u{201c}parameters, including the weights ... are made \
                 publicly available\u{201d})",
        kinds: &[K::ModelWeights],
    },
    ItemSpec {
        id: "art-53-2/architecture-information",
        name: "the information on the model architecture",
        clause: "EU AI Act, Art. 53(2) (\u{201c}the information on the model architecture\u{201d})",
        kinds: &[
            K::ModelArchitecture,
            K::TechnicalReport,
            K::ResearchPaper,
            K::ModelCard,
        ],
    },
    ItemSpec {
        id: "art-53-2/usage-information",
        name: "the information on model usage",
        clause: "EU AI Act, Art. 53(2) (\u{201c}the information on model usage\u{201d})",
        kinds: &[K::ModelCard, K::UsagePolicy],
    },
    ItemSpec {
        id: "art-53-2/not-monetised",
        name: "not provided against a price or otherwise monetised (Art. 53(2))",
        clause: "EU AI Act, Recital 103",
        kinds: &[],
    },
    ItemSpec {
        id: "art-53-2/no-systemic-risk",
        name: "not a general-purpose AI model with systemic risk",
        clause: "EU AI Act, Art. 53(2) (\u{201c}This exception shall not apply to \
                 general-purpose AI models with systemic risks\u{201d}); Art. 51",
        kinds: &[],
    },
    ItemSpec {
        id: "art-2-12/licence",
        name: "released under free and open-source licences",
        clause: "EU AI Act, Art. 2(12) (\u{201c}AI systems released under free and open-source \
                 licences\u{201d}); Recital 102",
        kinds: &[
            K::ModelWeights,
            K::InferenceCode,
            K::ModelArchitecture,
            K::GuardrailModel,
            K::ContentFilter,
            K::SystemPrompt,
        ],
    },
    ItemSpec {
        id: "art-2-12/not-high-risk",
        name: "not placed on the market or put into service as a high-risk AI system",
        clause: "EU AI Act, Art. 2(12) (\u{201c}unless they are placed on the market or put into \
                 service as high-risk AI systems\u{201d}); Art. 6",
        kinds: &[],
    },
    ItemSpec {
        id: "art-2-12/not-prohibited",
        name: "not an AI system that falls under Article 5",
        clause: "EU AI Act, Art. 2(12); Art. 5",
        kinds: &[],
    },
    ItemSpec {
        id: "art-2-12/not-article-50",
        name: "not an AI system that falls under Article 50",
        clause: "EU AI Act, Art. 2(12); Art. 50",
        kinds: &[],
    },
    ItemSpec {
        id: "art-2-12/not-monetised",
        name: "not provided against a price or otherwise monetised (Art. 2(12))",
        clause: "EU AI Act, Recital 103",
        kinds: &[],
    },
    ItemSpec {
        id: "art-54-6",
        name: "Art. 54(6): no authorised representative for providers of free and open-source \
               general-purpose AI models without systemic risk",
        clause: "EU AI Act, Art. 54(6) (\u{201c}The obligation set out in paragraph 1 shall not \
                 apply to providers of general-purpose AI models that are released under a free \
                 and open-source licence ... unless the general-purpose AI models present \
                 systemic risks\u{201d})",
        kinds: &[],
    },
];

/// The items of `eu-ai-act-2024`, in the order of [`SPEC`]'s items: the exemptions and the
/// conditions each criterion tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EuAiActItem {
    /// `art-53-2`: the exemption for general-purpose AI models.
    Art53_2,
    /// `art-2-12`: the exemption for AI systems.
    Art2_12,
    /// `art-53-2/licence`: a free and open-source licence for the weights.
    Licence53,
    /// `art-53-2/weights-public`: the weights publicly available.
    WeightsPublic,
    /// `art-53-2/architecture-information`: information on the architecture publicly available.
    ArchitectureInformation,
    /// `art-53-2/usage-information`: information on usage publicly available.
    UsageInformation,
    /// `art-53-2/not-monetised`: Recital 103, for the model exemption.
    NotMonetised53,
    /// `art-53-2/no-systemic-risk`: not a model with systemic risk.
    NoSystemicRisk,
    /// `art-2-12/licence`: every part of the system under a free and open-source licence.
    Licence2_12,
    /// `art-2-12/not-high-risk`: not a high-risk AI system.
    NotHighRisk,
    /// `art-2-12/not-prohibited`: no Art. 5 practice.
    NotProhibited,
    /// `art-2-12/not-article-50`: not an Art. 50 system.
    NotArticle50,
    /// `art-2-12/not-monetised`: Recital 103, for the system exemption.
    NotMonetised2_12,
    /// `art-54-6`: no authorised representative for providers in third countries of free and
    /// open-source models without systemic risk; the same conditions as Art. 53(2).
    Art54_6,
}

impl EuAiActItem {
    /// Every item, in the order of [`SPEC`]'s items.
    pub const ALL: &'static [Self] = &[
        Self::Art53_2,
        Self::Art2_12,
        Self::Licence53,
        Self::WeightsPublic,
        Self::ArchitectureInformation,
        Self::UsageInformation,
        Self::NotMonetised53,
        Self::NoSystemicRisk,
        Self::Licence2_12,
        Self::NotHighRisk,
        Self::NotProhibited,
        Self::NotArticle50,
        Self::NotMonetised2_12,
        Self::Art54_6,
    ];

    /// The item's spec: id, name, clause, component kinds.
    #[must_use]
    pub const fn spec(self) -> &'static ItemSpec {
        &ITEMS[self as usize]
    }

    /// The item's component kinds.
    #[must_use]
    pub const fn kinds(self) -> &'static [K] {
        self.spec().kinds
    }

    /// Whether a condition that is not met excludes the exemption whatever the release's
    /// licence or access: systemic risk, high risk, Art. 5 and Art. 50.
    #[must_use]
    pub const fn excludes(self) -> bool {
        matches!(
            self,
            Self::NoSystemicRisk | Self::NotHighRisk | Self::NotProhibited | Self::NotArticle50
        )
    }
}

impl Serialize for EuAiActLevel {
    /// As the level's token.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.token())
    }
}

crate::classify::spec::levels! {
    /// The levels of `eu-ai-act-2024`, in the order of [`SPEC`]'s levels.
    pub enum EuAiActLevel of SPEC {
        /// `likely`: The exemption plausibly applies: the description shows every condition met.
        Likely,
        /// `undetermined`: The description cannot settle it.
        Undetermined,
        /// `unlikely`: The description shows a condition not met.
        Unlikely,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_item_enum_follows_the_spec() {
        crate::classify::spec::assert_item_enum_follows(
            &SPEC,
            EuAiActItem::ALL.iter().map(|item| item.spec()),
        );
    }
}
