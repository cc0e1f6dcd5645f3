//! What a component is made of: the kind of content a licence is written for.

use super::macros::vocabulary;

vocabulary! {
    /// What a component is made of, which decides what kind of licence suits it.
    ///
    /// MOF 1.0 (Licenses): "A type-appropriate open license is an open license that is appropriate for
    /// the type of component": an open source licence for code, an open data licence for data, an open
    /// content licence for documentation.
    pub enum ContentType {
        /// Source code (open source licences suit it).
        Code = "code",
        /// Data sets and other data (open data licences suit it).
        Data = "data",
        /// Documents: cards, reports, papers, policies (open content licences suit it).
        Document = "document",
        /// Learned parameters. MOF counts weights as data ("open-data licenses for datasets and model
        /// parameters"); they are kept apart here because OSAID 1.0 and the EU AI Act treat them apart.
        Weights = "weights",
    }
}
