//! One HTML page for a whole registry: a table of every release with its level under each
//! framework and its number of findings, and a chart of how many releases reach each level per
//! framework.
//!
//! The page is built one document at a time: [`Overview::push`] takes a [`SummaryRow`] (a few
//! short strings and the levels), so memory grows with the rows, never with the documents. The
//! table is plain HTML, readable and printable without scripts; a small inline script makes the
//! column headers sort buttons. The chart is inline SVG with a `<title>` and a `<desc>` giving
//! every count in words, and the same counts follow as a table. At 10,000 releases the page is
//! about 3.5 MB.
//!
//! ```
//! use ai_openness::Release;
//! use ai_openness::report::ReleaseReport;
//! use ai_openness::report::overview::{Overview, SummaryRow};
//!
//! let mut overview = Overview::new("My registry");
//! let report = ReleaseReport::from_release(&Release::new("Tiny"));
//! overview.push(SummaryRow::from_report(&report));
//! let page = overview.render();
//! assert!(page.contains("<td>Tiny</td>"));
//! ```

use std::fmt::Write as _;

use super::html::{STYLE, grade_class};
use super::{
    Grade, ReleaseReport, Standing, TOOL_NAME, TOOL_VERSION, escape_xml as e, framework_short_name,
    level_short,
};
use crate::classify::{Framework, LevelView};

/// What the overview keeps of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SummaryRow {
    /// The file, as given.
    pub file: String,
    /// The release's name (`""` when unknown).
    pub name: String,
    /// The level under each framework, as `(profile id, level)`; empty for a document with
    /// errors.
    pub levels: Vec<(String, LevelView)>,
    /// The number of open-washing findings.
    pub findings: usize,
    /// The number of diagnostics.
    pub diagnostics: usize,
    /// Whether the document has no error.
    pub valid: bool,
}

impl SummaryRow {
    /// The summary of a release's report.
    #[must_use]
    pub fn from_report(report: &ReleaseReport) -> Self {
        Self {
            file: report.file.clone().unwrap_or_default(),
            name: report.name.clone(),
            levels: report
                .classifications
                .iter()
                .map(|c| (c.framework.as_str().to_owned(), c.level.clone()))
                .collect(),
            findings: report.findings.len(),
            diagnostics: report.diagnostics.len(),
            valid: report.valid,
        }
    }

    /// A summary row from its parts.
    #[must_use]
    pub fn new(
        file: impl Into<String>,
        name: impl Into<String>,
        levels: Vec<(String, LevelView)>,
        findings: usize,
        diagnostics: usize,
        valid: bool,
    ) -> Self {
        Self {
            file: file.into(),
            name: name.into(),
            levels,
            findings,
            diagnostics,
            valid,
        }
    }
}

/// How many releases reach one level of one framework.
#[derive(Debug, Clone)]
struct LevelCount {
    level: LevelView,
    count: usize,
}

/// The overview page being built.
#[derive(Debug, Clone)]
pub struct Overview {
    title: String,
    /// The frameworks, as columns: profile id and the counts of its levels (the spec's levels
    /// first, top first; a custom profile's levels as met).
    frameworks: Vec<(String, Vec<LevelCount>)>,
    rows: Vec<SummaryRow>,
    invalid: usize,
}

impl Overview {
    /// An empty overview with the built-in frameworks as columns.
    #[must_use]
    pub fn new(title: impl Into<String>) -> Self {
        let frameworks = Framework::ALL
            .iter()
            .map(|f| {
                let mut levels: Vec<LevelCount> = f
                    .spec()
                    .levels
                    .iter()
                    .map(|l| LevelCount {
                        level: l.into(),
                        count: 0,
                    })
                    .collect();
                levels.sort_by_key(|l| std::cmp::Reverse(l.level.rank()));
                (f.id().to_owned(), levels)
            })
            .collect();
        Self {
            title: title.into(),
            frameworks,
            rows: Vec::new(),
            invalid: 0,
        }
    }

    /// Adds one document's row.
    pub fn push(&mut self, row: SummaryRow) {
        if !row.valid {
            self.invalid += 1;
        }
        for (framework, level) in &row.levels {
            let index = if let Some(i) = self.frameworks.iter().position(|(id, _)| id == framework)
            {
                i
            } else {
                self.frameworks.push((framework.clone(), Vec::new()));
                self.frameworks.len() - 1
            };
            let counts = &mut self.frameworks[index].1;
            if let Some(c) = counts.iter_mut().find(|c| c.level.token() == level.token()) {
                c.count += 1;
            } else {
                counts.push(LevelCount {
                    level: level.clone(),
                    count: 1,
                });
                counts.sort_by_key(|c| std::cmp::Reverse(c.level.rank()));
            }
        }
        self.rows.push(row);
    }

    /// The number of rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The page.
    #[must_use]
    pub fn render(&self) -> String {
        let mut out = String::with_capacity(1024 + self.rows.len() * 360);
        // Writing to a `String` cannot fail.
        let _ = self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) -> std::fmt::Result {
        let title = e(&self.title);
        let n = self.rows.len();
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"{TOOL_NAME} {TOOL_VERSION}\">\n\
             <title>{title}: openness overview</title>\n<style>{STYLE}\
             body{{max-width:none}}.o{{background:#dcf5e3;color:#0d4f22}}\
             .p{{background:#ffe9c7;color:#663500}}.c{{background:#fbdada;color:#7d1111}}\
             .u{{background:#ececec;color:#303030}}\
             th button{{font:inherit;font-weight:600;border:0;background:none;padding:0;\
             cursor:pointer;color:#0645ad;text-decoration:underline}}\
             th[aria-sort=ascending] button::after{{content:\" ▲\"}}\
             th[aria-sort=descending] button::after{{content:\" ▼\"}}\
             td.n{{text-align:right}}svg text{{font:12px system-ui,'DejaVu Sans',sans-serif}}\
             svg text.h{{font-weight:700;font-size:13px}}\
             #releases{{font-size:.8em;table-layout:fixed;min-width:60rem}}\
             #releases td,#releases th{{overflow-wrap:break-word;padding:.25rem .3rem}}#releases td:first-child{{overflow-wrap:anywhere}}\
             #releases th:nth-child(1){{width:15%}}#releases th:nth-child(2){{width:12%}}\
             #releases th:nth-last-child(2){{width:8%}}#releases th:last-child{{width:10%}}\
\
             @media print{{th button{{color:inherit;text-decoration:none}}}}</style>\n\
             </head>\n<body>\n<main>\n<h1>{title}</h1>\n\
             <p class=\"meta\">{n} release{s} ({invalid} with errors, not classified).</p>\n",
            s = if n == 1 { "" } else { "s" },
            invalid = self.invalid,
        )?;
        self.write_chart(out)?;
        self.write_table(out)?;
        write!(
            out,
            "</main>\n<footer><p>Made by {TOOL_NAME} {TOOL_VERSION}. Levels are computed from \
             each description alone; the EU AI Act verdict is not legal advice.</p></footer>\n\
             <script>{SORT_SCRIPT}</script>\n</body>\n</html>\n"
        )
    }

    fn write_chart(&self, out: &mut String) -> std::fmt::Result {
        const LABEL: usize = 230;
        const BAR: usize = 420;
        const ROW: usize = 20;
        let total = self.rows.len().max(1);
        let height: usize = self
            .frameworks
            .iter()
            .map(|(_, levels)| (levels.len() + 1) * ROW + 10)
            .sum::<usize>()
            + 10;
        let width = LABEL + BAR + 70;
        let mut desc = Vec::new();
        for (id, levels) in &self.frameworks {
            let counts: Vec<String> = levels
                .iter()
                .map(|l| format!("{} {}", level_short(&l.level), l.count))
                .collect();
            desc.push(format!(
                "{}: {}",
                framework_short_name(id),
                counts.join(", ")
            ));
        }
        write!(
            out,
            "<section aria-labelledby=\"chart\">\n<h2 id=\"chart\">Releases per level</h2>\n\
             <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\
             <title id=\"chart-title\">How many releases reach each level, per framework</title>\
             <desc id=\"chart-desc\">{}</desc>\n",
            e(&desc.join("; "))
        )?;
        let mut y = 10;
        for (id, levels) in &self.frameworks {
            writeln!(
                out,
                "<text x=\"0\" y=\"{}\" class=\"h\">{}</text>",
                y + 14,
                e(&framework_short_name(id))
            )?;
            y += ROW;
            for l in levels {
                let grade = Standing::of(id, &l.level).grade();
                let length = l.count * BAR / total;
                writeln!(
                    out,
                    "<text x=\"12\" y=\"{ty}\">{symbol} {label}</text>\
                     <rect x=\"{LABEL}\" y=\"{ry}\" width=\"{length}\" height=\"14\" fill=\"{fill}\"/>\
                     <text x=\"{cx}\" y=\"{ty}\">{count}</text>",
                    ty = y + 14,
                    ry = y + 3,
                    symbol = grade.symbol(),
                    label = e(&level_short(&l.level)),
                    fill = bar_colour(grade),
                    cx = LABEL + length + 6,
                    count = l.count
                )?;
                y += ROW;
            }
            y += 10;
        }
        out.push_str(
            "</svg>\n<table>\n<caption>Releases per level (the chart's numbers)</caption>\n\
             <thead><tr><th scope=\"col\">Framework</th><th scope=\"col\">Level</th>\
             <th scope=\"col\">Releases</th></tr></thead>\n<tbody>\n",
        );
        for (id, levels) in &self.frameworks {
            for (i, l) in levels.iter().enumerate() {
                let grade = Standing::of(id, &l.level).grade();
                let head = if i == 0 {
                    format!(
                        "<th scope=\"rowgroup\" rowspan=\"{}\">{}</th>",
                        levels.len(),
                        e(&framework_short_name(id))
                    )
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "<tr>{head}<td class=\"{}\">{} {}</td><td class=\"n\">{}</td></tr>",
                    grade_class(grade),
                    grade.symbol(),
                    e(&level_short(&l.level)),
                    l.count
                )?;
            }
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
        Ok(())
    }

    fn write_table(&self, out: &mut String) -> std::fmt::Result {
        out.push_str(
            "<section aria-labelledby=\"releases-h\">\n<h2 id=\"releases-h\">Releases</h2>\n\
             <div class=\"wrap\">\n<table id=\"releases\">\n<caption>Every release with its level under each framework \
             (select a column header to sort)</caption>\n<thead><tr>\
             <th scope=\"col\">File</th><th scope=\"col\">Name</th>",
        );
        for (id, _) in &self.frameworks {
            write!(
                out,
                "<th scope=\"col\" data-num>{}</th>",
                e(&framework_short_name(id))
            )?;
        }
        out.push_str(
            "<th scope=\"col\" data-num>Findings</th><th scope=\"col\" data-num>Diagnostics</th>\
             </tr></thead>\n<tbody>\n",
        );
        for row in &self.rows {
            write!(
                out,
                "<tr><td>{}</td><td>{}</td>",
                e(&row.file),
                e(&row.name)
            )?;
            for (id, _) in &self.frameworks {
                match row.levels.iter().find(|(f, _)| f == id) {
                    Some((_, level)) => {
                        let grade = Standing::of(id, level).grade();
                        write!(
                            out,
                            "<td class={} data-v={}>{} {}</td>",
                            short_class(grade),
                            level.rank(),
                            grade.symbol(),
                            e(&level_short(level))
                        )?;
                    }
                    None => out.push_str("<td data-v=-1>not classified</td>"),
                }
            }
            if row.valid {
                write!(out, "<td class=n>{}</td>", row.findings)?;
            } else {
                out.push_str("<td class=n data-v=-1>–</td>");
            }
            writeln!(out, "<td class=n>{}</td></tr>", row.diagnostics)?;
        }
        out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
        Ok(())
    }
}

/// The short CSS class of a grade in the releases table (the table is long: every byte counts).
const fn short_class(grade: Grade) -> &'static str {
    match grade {
        Grade::Open => "o",
        Grade::Partial => "p",
        Grade::Closed => "c",
        Grade::Unknown => "u",
    }
}

/// The fill of a chart bar (each bar is labelled, so the colour is never alone).
const fn bar_colour(grade: Grade) -> &'static str {
    match grade {
        Grade::Open => "#2e7d32",
        Grade::Partial => "#c77700",
        Grade::Closed => "#c62828",
        Grade::Unknown => "#757575",
    }
}

/// Turns the releases table's column headers into sort buttons (ascending, then descending).
/// Level and count columns sort by number (`data-v`, the level's rank), the others by text. The
/// sorted rows go into a detached body that replaces the old one, so the table is laid out once.
const SORT_SCRIPT: &str = "(function(){var t=document.getElementById('releases');if(!t)return;\
var b=t.tBodies[0],hs=t.tHead.rows[0].cells,col=new Intl.Collator(undefined,{numeric:true});\
Array.prototype.forEach.call(hs,function(th,i){var btn=document.createElement('button');\
btn.type='button';btn.textContent=th.textContent;th.textContent='';th.appendChild(btn);\
btn.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';\
Array.prototype.forEach.call(hs,function(h){h.removeAttribute('aria-sort');});\
th.setAttribute('aria-sort',asc?'ascending':'descending');var num=th.hasAttribute('data-num');\
var key=function(r){var c=r.cells[i];var v=c.getAttribute('data-v');\
return num?+(v!==null?v:c.textContent):c.textContent;};\
var rows=Array.prototype.map.call(b.rows,function(r){return [key(r),r];});\
rows.sort(function(x,y){var d=num?x[0]-y[0]:col.compare(x[0],y[0]);return asc?d:-d;});\
var nb=b.cloneNode(false);rows.forEach(function(p){nb.appendChild(p[1]);});\
t.replaceChild(nb,b);b=nb;});});})();";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Release;

    fn generated(n: usize) -> Overview {
        let mut overview = Overview::new("Generated registry");
        let template = SummaryRow::from_report(&ReleaseReport::from_release(&Release::new("x")));
        for i in 0..n {
            let mut row = template.clone();
            row.file = format!("registry/models/organisation-{}/model-{i:05}.yaml", i % 97);
            row.name = format!("Generated Model {i} Instruct 7B");
            row.findings = i % 4;
            row.valid = i % 50 != 0;
            if !row.valid {
                row.levels.clear();
            }
            overview.push(row);
        }
        overview
    }

    #[test]
    fn ten_thousand_releases_stay_under_five_megabytes() {
        let page = generated(10_000).render();
        assert!(page.len() < 5_000_000, "{} bytes", page.len());
        assert_eq!(page.matches("<tr><td>registry/").count(), 10_000);
    }

    #[test]
    fn the_chart_counts_every_level() {
        let overview = generated(100);
        let page = overview.render();
        // 98 valid releases, all unclassified under MOF 1.0.
        assert!(page.contains("MOF 1.0: Class I 0, Class II 0, Class III 0, unclassified 98"));
        assert!(page.contains("(2 with errors, not classified)"));
        assert!(page.contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\""));
    }

    #[test]
    fn names_are_escaped() {
        let mut overview = Overview::new("<R&D>");
        let mut row = SummaryRow::from_report(&ReleaseReport::from_release(&Release::new(
            "<script>x</script>",
        )));
        row.file = "a<b>.yaml".to_owned();
        overview.push(row);
        let page = overview.render();
        assert!(page.contains("&lt;script&gt;x&lt;/script&gt;"));
        assert!(page.contains("<h1>&lt;R&amp;D&gt;</h1>"));
        assert_eq!(page.matches("<script>").count(), 1, "only the sort script");
    }
}
