//! Fuzzy search over names, synonyms, old names, codes, summaries and tasks, Norwegian-aware.
//!
//! - [`fold`]: both sides are folded (case, æ→ae, ø→o, å→a, NFD composed) with a map back to
//!   the original letters, so highlights land on "Ø", not on the "o" it became.
//! - [`index`]: every text folded once when the index is built.
//! - `rank`: a query is scored against names (exact, prefix, inside, scattered via
//!   fuzzy-matcher's `SkimMatcherV2`), codes by digit prefix, and summaries/tasks word by word;
//!   one-letter slips fall back to edit distance ([`typo`]).
//! - Each entry appears once, with its best field; ties keep Norwegian alphabetical order.
//!
//! An [`Index`] is immutable after [`Index::new`], so one can be shared in an `Arc` across
//! threads and SSH sessions. No UI code here.

pub mod excerpt;
pub mod fold;
mod index;
pub mod phrase;
mod rank;
mod shorts;
pub mod synthetic;
mod text;
pub mod typo;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::dataset::{Dataset, Kind, Occupation, Specialty};
use index::Built;
use rank::{Cand, How, Origin, Query};

/// Which field of an entry a hit matched, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Synonym,
    OldName,
    Code,
    CodeTitle,
    Summary,
    Task,
    /// The description and the route's text: found, but after the one-line summary.
    Text,
}

impl Field {
    /// The label for "why it matched" in either standard.
    pub fn label_in(self, l: crate::lang::Lang) -> &'static str {
        use crate::lang::Ui;
        l.t(match self {
            Field::Name => Ui::FieldName,
            Field::Synonym => Ui::FieldSynonym,
            Field::OldName => Ui::FieldOldName,
            Field::Code => Ui::FieldCode,
            Field::CodeTitle => Ui::FieldCodeTitle,
            Field::Summary => Ui::FieldSummary,
            Field::Task => Ui::FieldTask,
            Field::Text => Ui::FieldText,
        })
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    pub name: String,
    pub kind: Kind,
    /// Higher is better; only the order is meaningful.
    pub score: i64,
    pub field: Field,
    /// The text that matched (the name, a synonym, "2221141 RADIOLOG", a task …).
    pub matched: String,
    /// Char indices into `name` of the matched letters; empty unless `field` is `Name`.
    pub positions: Vec<usize>,
}

/// A search index built once per dataset.
#[derive(Debug, Clone)]
pub struct Index {
    built: Built,
}

impl Index {
    pub fn new(data: &Dataset) -> Index {
        Index {
            // An entry's own route is searchable ("bachelor", "fagbrev"); the shared doctor
            // route is not indexed 70 times over (it would cost startup and add only noise).
            built: index::build(&data.occupations, &data.specialties, |id| {
                match data.occupation(id) {
                    Some(o) if o.route.is_some() => data.route(id),
                    _ => Vec::new(),
                }
            }),
        }
    }

    /// An index over entries that are not a validated [`Dataset`] (benchmarks, synthetic data).
    pub fn from_parts(occupations: &[Occupation], specialties: &[Specialty]) -> Index {
        Index {
            built: index::build(occupations, specialties, |_| Vec::new()),
        }
    }

    /// Best hits first; the empty query lists everything in Norwegian alphabetical order.
    ///
    /// Building a [`Hit`] costs more than finding it (a few allocations each), so a caller
    /// that shows a screenful should ask for a screenful or a few: at 100k entries a short
    /// query can match most of them.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        self.search_with_total(query, limit).0
    }

    /// Like [`Index::search`], and how many entries matched in all (for "1 234 treff" while
    /// only the first `limit` are built).
    pub fn search_with_total(&self, query: &str, limit: usize) -> (Vec<Hit>, usize) {
        self.search_in(query, limit, None)
    }

    /// Like [`Index::search_with_total`], only among occupations or only among specialties.
    /// A pupil's phrase ("lege som jobber med barn") is searched without its filler words
    /// first — never the word still being typed — and whole when that finds nothing.
    pub fn search_in(&self, query: &str, limit: usize, only: Option<Kind>) -> (Vec<Hit>, usize) {
        if let Some(core) = phrase::without_filler(query) {
            let found = self.search_exact(&core, limit, only);
            if found.1 > 0 {
                return found;
            }
        }
        self.search_exact(query, limit, only)
    }

    fn search_exact(&self, query: &str, limit: usize, only: Option<Kind>) -> (Vec<Hit>, usize) {
        let wanted = |k: Kind| only.is_none_or(|o| o == k);
        let folded = fold::fold_str(query);
        if folded.is_empty() {
            let all: Vec<&index::Entry> = self
                .built
                .entries
                .iter()
                .filter(|e| wanted(e.kind))
                .collect();
            let hits = all[..limit.min(all.len())]
                .iter()
                .map(|e| Hit {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind,
                    score: 0,
                    field: Field::Name,
                    matched: e.name.clone(),
                    positions: Vec::new(),
                })
                .collect();
            return (hits, all.len());
        }
        let q = Query::new(&folded);
        let mut best = vec![Cand::NONE; self.len()];
        let digits: String = folded.chars().filter(|c| *c != ' ').collect();
        if digits.chars().all(|c| c.is_ascii_digit()) {
            rank::codes(&self.built, &digits, &mut best);
        } else {
            let b = &self.built;
            let solid = shorts::in_one_piece(b, &q, &mut best);
            // Slips are a fallback: with a name in one piece on screen they would be noise.
            shorts::by_words(b, &q, !solid, &mut best);
            shorts::scattered(b, &q, &mut best);
            rank::bodies(b, &q, &mut best);
            letter_bonus(b, query, &mut best);
        }
        let mut order: Vec<(i64, u32)> = best
            .iter()
            .enumerate()
            .filter(|(i, c)| c.from != Origin::Nothing && wanted(self.built.entries[*i].kind))
            .map(|(i, c)| (c.score, i as u32))
            .collect();
        let total = order.len();
        let by_rank = |a: &(i64, u32), b: &(i64, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if limit == 0 {
            return (Vec::new(), total);
        }
        if limit < order.len() {
            order.select_nth_unstable_by(limit, by_rank);
            order.truncate(limit);
        }
        order.sort_unstable_by(by_rank);
        // One matcher for all hits: each new one allocates its matrices afresh.
        let m = SkimMatcherV2::default().ignore_case();
        let hits = order
            .into_iter()
            .map(|(_, i)| self.hit(i as usize, &best[i as usize], &q, &m))
            .collect();
        (hits, total)
    }

    fn hit(&self, i: usize, c: &Cand, q: &Query, m: &SkimMatcherV2) -> Hit {
        let b = &self.built;
        let e = &b.entries[i];
        let (matched, positions) = match c.from {
            Origin::Short(s, at) => {
                let s = &b.shorts[s as usize];
                let pos = if s.field == Field::Name {
                    name_positions(e, c.how, at as usize, q, m)
                } else {
                    Vec::new()
                };
                (s.original.clone(), pos)
            }
            Origin::Code(k) => (b.codes[k as usize].shown.clone(), Vec::new()),
            Origin::Body(t) => (b.bodies.texts[t as usize].original.clone(), Vec::new()),
            Origin::Nothing => (e.name.clone(), Vec::new()),
        };
        Hit {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            score: c.score,
            field: c.field,
            matched,
            positions,
        }
    }

    /// Names closest to a query that found nothing, for "mente du …?" hints: the names, other
    /// names and old names within a few edits of the folded query (about one per three letters),
    /// closest first, ties in Norwegian order.
    pub fn suggest(&self, query: &str, n: usize) -> Vec<String> {
        let q: Vec<char> = fold::fold_str(query).chars().collect();
        if q.len() < 2 || n == 0 {
            return Vec::new();
        }
        let k = (q.len() / 3).max(1);
        let b = &self.built;
        let mut scratch = typo::Scratch::default();
        // (distance, only a word of the text was close, entry, short)
        let mut close: Vec<(usize, bool, u32, u32)> = Vec::new();
        for (si, s) in b.shorts.iter().enumerate() {
            if s.field == Field::CodeTitle {
                continue;
            }
            let t: Vec<char> = b.folded(si).chars().collect();
            if let Some(d) = typo::distance(&q, &t, k, &mut scratch) {
                close.push((d, false, s.entry, si as u32));
            }
        }
        for w in &b.words {
            if let Some(d) = typo::distance(&q, &w.chars, k, &mut scratch) {
                for &(si, _) in &w.at {
                    close.push((d, true, b.shorts[si as usize].entry, si));
                }
            }
        }
        close.sort_unstable();
        let mut out: Vec<String> = Vec::new();
        let mut seen_entries = std::collections::HashSet::new();
        for (_, _, entry, short) in close {
            if out.len() == n {
                break;
            }
            if seen_entries.insert(entry) {
                let text = &b.shorts[short as usize].original;
                if !out.contains(text) {
                    out.push(text.clone());
                }
            }
        }
        out
    }

    /// Number of entries indexed.
    pub fn len(&self) -> usize {
        self.built.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.built.entries.is_empty()
    }
}

/// Prefer texts that hold the query with its own Norwegian letters, when it has any: folding
/// made "ø" and "o" equal, and that was only to forgive the pupil who could not type "ø".
fn letter_bonus(b: &Built, query: &str, best: &mut [Cand]) {
    use unicode_normalization::UnicodeNormalization;
    let lower: String = query.trim().nfc().collect::<String>().to_lowercase();
    if lower.is_ascii() {
        return;
    }
    for c in best.iter_mut() {
        if let Origin::Short(s, _) = c.from
            && b.shorts[s as usize]
                .original
                .to_lowercase()
                .contains(&lower)
        {
            c.score += rank::LETTER_BONUS;
        }
    }
}

/// The letters of the name the query matched, as char indices into the original name; `at`
/// is the byte offset of a match in one piece.
fn name_positions(
    e: &index::Entry,
    how: How,
    at: usize,
    q: &Query,
    m: &SkimMatcherV2,
) -> Vec<usize> {
    let f = &e.name_folded;
    let from_ranges = |ranges: Vec<(usize, usize)>| {
        f.original_positions(ranges.into_iter().flat_map(|(a, b)| a..b))
    };
    match how {
        How::Exact | How::Prefix | How::WordPrefix | How::Substring => {
            let start = rank::char_offset(&f.text, at.min(f.text.len()));
            f.original_positions(start..start + q.chars.len())
        }
        How::AllWords => from_ranges(shorts::word_ranges(&f.text, &q.words)),
        // A missing letter still aligns letter by letter; a wrong or swapped one highlights
        // the word it was typed for.
        How::Typo => fuzzy_positions(e, q, m)
            .unwrap_or_else(|| from_ranges(shorts::word_ranges(&f.text, &q.words))),
        How::Fuzzy => fuzzy_positions(e, q, m).unwrap_or_default(),
    }
}

fn fuzzy_positions(e: &index::Entry, q: &Query, m: &SkimMatcherV2) -> Option<Vec<usize>> {
    m.fuzzy_indices(&e.name_folded.text, q.text)
        .map(|(_, idx)| e.name_folded.original_positions(idx))
}

#[cfg(test)]
mod tests;
