//! How many rows the drawn panes take, asked of whoever draws them. `update` needs this to
//! keep scroll positions inside the text and selections in view; defining the question here
//! and letting `ui` answer it keeps the dependency one way (ui → app, never app → ui).

use crate::lang::Lang;
use std::fmt::Debug;

use crate::dataset::Dataset;
use crate::dataset::relations::Relation;

pub trait Measure: Send + Sync + Debug {
    /// Rows of Detaljer for `current` at `width` columns.
    fn detail_rows(&self, lang: Lang, data: &Dataset, current: Option<&str>, width: usize)
    -> usize;
    /// Rows of Utdanningsløp for `current` at `width` columns.
    fn timeline_rows(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> usize;
    /// The rows of Detaljer where a section (a heading) starts.
    fn detail_sections(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> Vec<usize>;
    /// The rows of Utdanningsløp where a section starts.
    fn timeline_sections(
        &self,
        lang: Lang,
        data: &Dataset,
        current: Option<&str>,
        width: usize,
    ) -> Vec<usize>;
    /// Rows of the comparison of `marked` at `width` columns.
    fn compare_rows(&self, lang: Lang, data: &Dataset, marked: &[String], width: usize) -> usize;
    /// Rows of the help overlay at `width` columns.
    fn help_rows(&self, lang: Lang, width: usize) -> usize;
    /// The rows `first..end` relation `i` takes in Relaterte at `width`, and all its rows.
    fn related_span(
        &self,
        lang: Lang,
        rels: &[Relation],
        i: usize,
        width: usize,
    ) -> ((usize, usize), usize);
    /// The relation drawn on row `row` of Relaterte at `width` (None on a heading or gap).
    fn related_item_at(
        &self,
        lang: Lang,
        rels: &[Relation],
        row: usize,
        width: usize,
    ) -> Option<usize>;
}
