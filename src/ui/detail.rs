//! Detaljer: the entry as `plain::entry` lays it out (the same sections `yrke show` prints),
//! drawn with the theme; related entries have their own pane and are left out here.

use ratatui::text::{Line, Span};

use super::doc::Doc;
use super::strings as s;
use super::theme::{Symbols, Theme};
use crate::dataset::Dataset;
use crate::lang::{Lang, Ui};
use crate::plain::doc::Block;
use crate::plain::entry;

/// The rows of Detaljer for `current` at `width` columns (the welcome text when none).
pub fn lines(
    data: &Dataset,
    current: Option<&str>,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Vec<Line<'static>> {
    doc(data, current, width, theme, sym).finish()
}

/// The rows where Detaljer's sections start.
pub fn sections(data: &Dataset, current: Option<&str>, width: usize, lang: Lang) -> Vec<usize> {
    doc(
        data,
        current,
        width,
        Theme { color: false },
        Symbols::new(false).in_lang(lang),
    )
    .sections
}

fn doc(data: &Dataset, current: Option<&str>, width: usize, theme: Theme, sym: Symbols) -> Doc {
    let mut d = Doc::new(width, theme, sym);
    match current.and_then(|id| data.entry(id)) {
        None => welcome(&mut d, data),
        Some(e) => {
            let mut blocks = entry::doc_with(data, e, false, d.sym.lang)
                .blocks
                .into_iter();
            // The summary sits right under the name, as a subtitle.
            if let Some(title) = blocks.next() {
                block(&mut d, title);
            }
            if let Some(Block::Para(summary)) = blocks.next() {
                d.plain(&summary);
            }
            blocks.for_each(|b| block(&mut d, b));
        }
    }
    d
}

pub(super) fn block(d: &mut Doc, b: Block) {
    let theme = d.theme;
    match b {
        Block::Title(name, badge) => {
            let kind = if badge == crate::dataset::Kind::Specialty.badge() {
                crate::dataset::Kind::Specialty
            } else {
                crate::dataset::Kind::Occupation
            };
            d.spans(vec![
                Span::styled(name, theme.title()),
                Span::raw(d.sym.dot),
                Span::styled(badge, theme.badge(kind)),
            ]);
        }
        Block::Heading(h) => d.heading(&h),
        Block::Sub(t) => {
            d.blank();
            d.sub(&t);
        }
        Block::Para(p) => {
            d.blank();
            d.plain(&p);
        }
        Block::Field(k, v) => d.kv(&k, &v),
        Block::Bullets(items) => items.iter().for_each(|i| d.bullet(i)),
        Block::Muted(t) => {
            d.blank();
            d.styled(&t, theme.label());
        }
        Block::Pre(lines) => lines.into_iter().for_each(|l| d.raw(Line::raw(l))),
    }
}

/// Detaljer when the query found nothing: say so, and how to go on.
pub fn nothing_found(
    query: &str,
    suggesting: bool,
    width: usize,
    theme: Theme,
    sym: Symbols,
) -> Vec<Line<'static>> {
    let mut d = Doc::new(width, theme, sym);
    d.styled(
        &s::nothing_found(sym.lang, query, sym.lquote, sym.rquote),
        theme.title(),
    );
    if suggesting {
        d.blank();
        d.plain(sym.lang.t(Ui::PickSuggestion));
    }
    d.blank();
    for tip in crate::lang::ui::NOTHING_FOUND_TIPS {
        d.bullet(sym.lang.t(tip));
    }
    d.finish()
}

fn welcome(d: &mut Doc, data: &Dataset) {
    d.styled(d.sym.lang.t(Ui::WelcomeTitle), d.theme.title());
    for p in s::welcome(d.sym.lang, data.occupations.len(), data.specialties.len()) {
        d.blank();
        d.plain(&p);
    }
}
