//! Sources: a title, a publisher, a link (URL or DOI), and the page's own date or review stamp.

use super::Checker;
use crate::dataset::model::DataFile;

pub(super) fn check(c: &mut Checker, file: &DataFile) {
    for s in &file.sources {
        let id = s.id.as_str();
        c.non_empty(id, "title", &s.title);
        c.non_empty(id, "publisher", &s.publisher);
        if let Some(d) = &s.date {
            c.date(id, "date", d);
        }
        if let Some(r) = &s.review {
            c.non_empty(id, "review.by", &r.by);
            c.date(id, "review.date", &r.date);
        }
        match &s.retrieved {
            Some(d) => c.date(id, "retrieved", d),
            None => c.missing(id, "retrieved", "mangler datoen kilden ble lest"),
        }
        match (&s.url, &s.doi) {
            (None, None) => c.missing(id, "url", "mangler lenke (url eller doi)"),
            (Some(u), _) if !is_link(u) => c.push(
                id,
                "url",
                format!("«{u}» er ikke en lenke (https://…) uten mellomrom"),
            ),
            (_, Some(d)) if !d.starts_with("10.") || d.contains(char::is_whitespace) => {
                c.push(id, "doi", format!("«{d}» er ikke en DOI (10.…)"));
            }
            _ => {}
        }
    }
}

/// An absolute http(s) address with no spaces: what a terminal can show as one unbroken link.
fn is_link(u: &str) -> bool {
    (u.starts_with("https://") || u.starts_with("http://"))
        && u.len() > "https://".len()
        && !u.contains(char::is_whitespace)
}
