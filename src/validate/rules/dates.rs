//! Date rules: `future-date`.

use super::{Context, evidence_lists};
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Date;

pub(super) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let release = cx.release;
    let mut dates: Vec<(String, Date, &str)> = Vec::new();
    if let Some(d) = release.release_date {
        dates.push(("/release_date".to_owned(), d, "release date"));
    }
    for (j, e) in release.evaluations.iter().enumerate() {
        if let Some(d) = e.date {
            dates.push((format!("/evaluations/{j}/date"), d, "evaluation date"));
        }
    }
    for (list, evidence) in evidence_lists(release) {
        for (j, e) in evidence.iter().enumerate() {
            if let Some(d) = e.retrieved {
                dates.push((format!("{list}/{j}/retrieved"), d, "retrieval date"));
            }
        }
    }
    for (pointer, date, what) in dates {
        if date > cx.today {
            out.push(Diagnostic::of(
                Code::FutureDate,
                pointer,
                format!("the {what} `{date}` is after today (`{}`)", cx.today),
            ));
        }
    }
}
