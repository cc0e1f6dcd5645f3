//! An SVG badge with the level a release reaches under one framework, in the look of the usual
//! README badges (the "flat" style of shields.io): a grey label, a coloured value, e.g.
//! `MOF 1.0 | Class II`.
//!
//! The bytes are deterministic: the text widths come from a built-in table of per-character
//! advance widths (Verdana at 11px; other characters count as a wide letter), numbers are written
//! with one decimal, and nothing depends on the time or the machine. The badge carries a `<title>`
//! and an `aria-label` with its text. Colours are dark enough for white text (contrast of at
//! least 4.5:1): green for a framework's top level, amber for a level between, red for the
//! lowest, grey when undetermined.
//!
//! Embed it in a README as an image: `![MOF badge](docs/mof-badge.svg)`.

use std::fmt::Write as _;

use super::{Standing, escape_xml, framework_short_name, level_short};
use crate::classify::Classification;

/// Advance widths of the printable ASCII characters (space to `~`) in Verdana at 11px, in
/// tenths of a pixel.
const WIDTHS: [u16; 95] = [
    // ' ' ! " # $ % & ' ( ) * + , - . /
    39, 43, 50, 90, 70, 117, 78, 27, 50, 50, 70, 90, 40, 47, 40, 50, // 0-9
    70, 70, 70, 70, 70, 70, 70, 70, 70, 70, // : ; < = > ? @
    50, 50, 90, 90, 90, 60, 110, // A-Z
    75, 75, 77, 85, 70, 63, 85, 83, 46, 50, 76, 61, 93, 82, 87, 66, 87, 77, 75, 68, 80, 75, 109,
    75, 68, 75, // [ \ ] ^ _ `
    50, 50, 50, 90, 70, 70, // a-z
    66, 69, 57, 69, 66, 39, 69, 70, 30, 38, 65, 30, 107, 70, 67, 69, 69, 47, 57, 43, 70, 65, 90,
    65, 65, 58, // { | } ~
    70, 50, 70, 90,
];

/// The width of a character not in the table (a wide lowercase letter).
const OTHER_WIDTH: u16 = 70;

/// The width of `text` in tenths of a pixel.
#[must_use]
pub fn text_width(text: &str) -> u32 {
    text.chars()
        .map(|c| {
            let code = u32::from(c);
            if (32..127).contains(&code) {
                // In range: the index is below 95.
                WIDTHS
                    .get((code - 32) as usize)
                    .copied()
                    .unwrap_or(OTHER_WIDTH)
            } else {
                OTHER_WIDTH
            }
        })
        .map(u32::from)
        .sum()
}

/// The colour of a standing, as `#rrggbb`.
#[must_use]
pub const fn colour(standing: Standing) -> &'static str {
    match standing {
        Standing::Top => "#1e7b34",
        Standing::Middle => "#a15c00",
        Standing::Bottom => "#b3261e",
        Standing::Undetermined => "#5f6368",
    }
}

/// The badge of a verdict: the framework's short name and the level's short text, coloured by
/// the level's standing in its framework.
#[must_use]
pub fn for_verdict(verdict: &Classification) -> String {
    let framework = verdict.framework.as_str();
    render(
        &framework_short_name(framework),
        &level_short(&verdict.level),
        colour(Standing::of(framework, &verdict.level)),
    )
}

/// One decimal of a width in tenths.
fn px(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A flat badge with `label` on grey and `value` on `colour` (a `#rrggbb`).
#[must_use]
pub fn render(label: &str, value: &str, colour: &str) -> String {
    // Each side: the text and 5px of padding on each side; in tenths of a pixel.
    let label_text = text_width(label);
    let value_text = text_width(value);
    let label_width = label_text + 100;
    let value_width = value_text + 100;
    let width = label_width + value_width;
    let text = format!("{label}: {value}");
    let (label_e, value_e, text_e, colour_e) = (
        escape_xml(label),
        escape_xml(value),
        escape_xml(&text),
        escape_xml(colour),
    );
    // The text is drawn at ten times the size and scaled down, as shields.io does, so that its
    // position keeps one decimal in whole numbers.
    let label_x = label_width * 10 / 20;
    let value_x = label_width + value_width * 10 / 20;
    let mut svg = String::with_capacity(1200);
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"20\" role=\"img\" \
         aria-label=\"{text_e}\"><title>{text_e}</title>\
         <linearGradient id=\"s\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" \
         stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\
         <clipPath id=\"r\"><rect width=\"{w}\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>\
         <g clip-path=\"url(#r)\"><rect width=\"{lw}\" height=\"20\" fill=\"#555\"/>\
         <rect x=\"{lw}\" width=\"{vw}\" height=\"20\" fill=\"{colour_e}\"/>\
         <rect width=\"{w}\" height=\"20\" fill=\"url(#s)\"/></g>\
         <g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" \
         text-rendering=\"geometricPrecision\" font-size=\"110\">\
         <text aria-hidden=\"true\" x=\"{lx}\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\" \
         transform=\"scale(.1)\" textLength=\"{lt}\">{label_e}</text>\
         <text x=\"{lx}\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"{lt}\">{label_e}</text>\
         <text aria-hidden=\"true\" x=\"{vx}\" y=\"150\" fill=\"#010101\" fill-opacity=\".3\" \
         transform=\"scale(.1)\" textLength=\"{vt}\">{value_e}</text>\
         <text x=\"{vx}\" y=\"140\" transform=\"scale(.1)\" fill=\"#fff\" textLength=\"{vt}\">{value_e}</text>\
         </g></svg>",
        w = px(width),
        lw = px(label_width),
        vw = px(value_width),
        lx = label_x,
        vx = value_x,
        lt = label_text,
        vt = value_text,
    );
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Release;
    use crate::classify::{Framework, classify};

    #[test]
    fn widths_come_from_the_table() {
        assert_eq!(text_width(""), 0);
        assert_eq!(text_width("MOF"), 93 + 87 + 63);
        assert_eq!(text_width("é"), u32::from(OTHER_WIDTH));
        assert!(text_width("Class III") > text_width("Class II"));
    }

    #[test]
    fn a_badge_names_its_level_and_is_deterministic() {
        let verdict = classify(&Release::new("Empty"), Framework::Mof10);
        let svg = for_verdict(&verdict);
        assert_eq!(svg, for_verdict(&verdict));
        assert!(svg.contains("aria-label=\"MOF 1.0: unclassified\""));
        assert!(svg.contains("<title>MOF 1.0: unclassified</title>"));
        assert!(svg.contains(colour(Standing::Bottom)));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""));
    }

    #[test]
    fn text_is_escaped() {
        let svg = render("<a>", "\"&\"", "#000\"/><script>");
        assert!(!svg.contains("<script") && !svg.contains("<a>"));
        assert!(svg.contains("&lt;a&gt;: &quot;&amp;&quot;"));
    }

    #[test]
    fn colours_contrast_with_white_text() {
        fn luminance(hex: &str) -> f64 {
            let channel = |i: usize| {
                let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        }
        for standing in [
            Standing::Top,
            Standing::Middle,
            Standing::Bottom,
            Standing::Undetermined,
        ] {
            let ratio = 1.05 / (luminance(colour(standing)) + 0.05);
            assert!(ratio >= 4.5, "{standing:?}: {ratio}");
        }
    }
}
