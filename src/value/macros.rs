//! The macro that declares the model's closed vocabularies.
//!
//! Each vocabulary is written once, as an enum whose variants carry their stable string form. The macro
//! derives serde and (with the `schema` feature) schemars from that string (so documents, the JSON Schema and the RDF vocabulary's
//! `skos:notation`s can never disagree) and adds `ALL`, `as_str`, `Display` and `FromStr`.

/// Declares a closed vocabulary: `pub enum Name { /// doc  Variant = "string", … }`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $text:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $text)]
                $variant,
            )+
        }

        impl $name {
            /// Every value of this vocabulary, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable string form used in documents, in the JSON Schema and as the
            /// `skos:notation` of the concept in the RDF vocabulary.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::value::UnknownValue;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::value::UnknownValue::new(stringify!($name), s)),
                }
            }
        }
    };
}

pub(crate) use vocabulary;
