//! `ui`'s answer to [`crate::app::Measure`]: the panes' row counts, by laying them out the
//! same way drawing does (without colour, which never changes the wrapping).

use std::sync::Arc;

use super::theme::{Symbols, Theme};
use super::{compare, detail, help, related, timeline};
use crate::app::Measure;
use crate::dataset::Dataset;
use crate::dataset::relations::Relation;
use crate::lang::Lang;

/// Rows as drawn with these symbols: ASCII mode spells æøå out, so it wraps differently.
#[derive(Debug, Clone, Copy, Default)]
pub struct Drawn {
    pub ascii: bool,
}

const MONO: Theme = Theme { color: false };

/// The measure for an explorer drawn with Unicode symbols.
pub fn measure() -> Arc<dyn Measure> {
    measure_for(false)
}

/// The measure for an explorer drawn in ASCII (`ascii` true) or with Unicode symbols.
pub fn measure_for(ascii: bool) -> Arc<dyn Measure> {
    Arc::new(Drawn { ascii })
}

impl Measure for Drawn {
    fn detail_rows(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> usize {
        detail::lines(
            data,
            current,
            width,
            MONO,
            Symbols::new(self.ascii).in_lang(lang),
        )
        .len()
    }

    fn timeline_rows(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> usize {
        timeline::lines(
            data,
            current,
            width,
            MONO,
            Symbols::new(self.ascii).in_lang(lang),
        )
        .len()
    }

    fn detail_sections(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> Vec<usize> {
        detail::sections(data, current, width, lang)
    }

    fn timeline_sections(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> Vec<usize> {
        timeline::sections(data, current, width, lang)
    }

    fn compare_rows(&self, lang: Lang, data: &Dataset, marked: &[String], width: usize) -> usize {
        compare::lines(data, marked, width, MONO, lang).len()
    }

    fn help_rows(&self, lang: Lang, width: usize) -> usize {
        help::line_count(width, lang)
    }

    fn related_span(
        &self,
        lang: Lang,
        rels: &[Relation],
        i: usize,
        width: usize,
    ) -> ((usize, usize), usize) {
        let rows = related::rows(
            rels,
            None,
            width,
            MONO,
            Symbols::new(self.ascii).in_lang(lang),
        );
        (related::item_span(&rows, i), rows.len())
    }

    fn related_item_at(
        &self,
        lang: Lang,
        rels: &[Relation],
        row: usize,
        width: usize,
    ) -> Option<usize> {
        let rows = related::rows(
            rels,
            None,
            width,
            MONO,
            Symbols::new(self.ascii).in_lang(lang),
        );
        rows.get(row).and_then(|r| r.item)
    }
}
