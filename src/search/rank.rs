//! Scoring one query against the prepared texts. A score is `tier * 1000 + within`, where the
//! tier says which field matched and how (an exact name beats a name prefix beats a synonym …
//! beats a task word) and `within` (0–999) orders hits of the same tier. Equal scores keep
//! the index order, which is Norwegian alphabetical.

use super::Field;
use super::index::Built;
use super::text::{self, BodyMatch};
use super::typo;

/// How a text matched, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum How {
    /// Letters in order with gaps (fuzzy-matcher).
    Fuzzy,
    /// Within a letter or two of a word (edit distance).
    Typo,
    /// Every query word somewhere in the text, in any order.
    AllWords,
    /// Inside a word ("lege" in "Øyelege").
    Substring,
    /// At the start of a later word ("kirurgi" in "Generell kirurgi").
    WordPrefix,
    Prefix,
    Exact,
}

/// Where the best match of an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    Nothing,
    /// A short text, and the byte offset in it where the query matched in one piece.
    Short(u32, u32),
    Code(u32),
    Body(u32),
}

/// The best match of one entry so far.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cand {
    pub score: i64,
    pub field: Field,
    pub how: How,
    pub from: Origin,
}

impl Cand {
    pub const NONE: Cand = Cand {
        score: i64::MIN,
        field: Field::Task,
        how: How::Fuzzy,
        from: Origin::Nothing,
    };

    pub fn offer(&mut self, c: Cand) {
        if c.score > self.score {
            *self = c;
        }
    }
}

pub(super) const SCALE: i64 = 1000;

/// The tier of a field matched a way; `None` where that way is not used for that field.
pub(super) fn tier(field: Field, how: How) -> Option<i64> {
    use How::*;
    Some(match (field, how) {
        (Field::Name, Exact) => 200,
        (Field::Name, Prefix) => 190,
        (Field::Name, WordPrefix) => 160,
        (Field::Name, Substring) => 150,
        (Field::Name, AllWords) => 120,
        (Field::Name, Typo) => 100,
        (Field::Name, Fuzzy) => 90,
        // A name typed whole beats another entry's name that merely starts with it.
        (Field::Synonym | Field::OldName, Exact) => 195,
        (Field::Synonym | Field::OldName, Prefix) => 170,
        (Field::Synonym | Field::OldName, WordPrefix) => 145,
        (Field::Synonym | Field::OldName, Substring) => 140,
        (Field::Synonym | Field::OldName, AllWords) => 110,
        (Field::Synonym | Field::OldName, Typo) => 95,
        (Field::Synonym | Field::OldName, Fuzzy) => 85,
        (Field::CodeTitle, Exact) => 135,
        (Field::CodeTitle, Prefix) => 130,
        (Field::CodeTitle, WordPrefix) => 128,
        (Field::CodeTitle, Substring) => 126,
        (Field::CodeTitle, AllWords) => 105,
        (Field::Summary | Field::Task, WordPrefix) => 60,
        (Field::Summary | Field::Task, Substring) => 50,
        (Field::Text, WordPrefix) => 55,
        (Field::Text, Substring) => 45,
        _ => return None,
    })
}

/// Score of a code: an entry's own code (`2221141` → Radiolog, `763239` → Radiologi) ranks
/// above an education code an occupation lists.
fn code_tier(own: bool, exact: bool) -> i64 {
    match (own, exact) {
        (true, true) => 185,
        (true, false) => 165,
        (false, true) => 130,
        (false, false) => 125,
    }
}

/// Clamp a within-tier score; the top point is kept free for [`LETTER_BONUS`].
pub(super) fn within(v: i64) -> i64 {
    v.clamp(0, SCALE - 1 - LETTER_BONUS)
}

/// Added when the text holds the query with its own letters (`ø` finds "Øyelege" before
/// "Onkolog", which it also matches once folded).
pub(super) const LETTER_BONUS: i64 = 1;

/// Query words beyond this many are ignored (one bit each in the word passes).
pub(super) const MAX_WORDS: usize = 8;

/// The query, folded, with what every pass needs.
pub(super) struct Query<'a> {
    pub text: &'a str,
    pub chars: Vec<char>,
    pub words: Vec<&'a str>,
    /// Letters in the query ([`typo::mask`]).
    pub mask: u64,
}

impl<'a> Query<'a> {
    pub fn new(text: &'a str) -> Query<'a> {
        Query {
            text,
            chars: text.chars().collect(),
            words: text.split(' ').take(MAX_WORDS).collect(),
            mask: typo::mask(text.chars()),
        }
    }
}

/// Find `q` in `hay` (both folded): how, and the char offset where it starts. A match at a
/// word start is preferred over an earlier one inside a word.
pub(super) fn contiguous(hay: &str, q: &str) -> Option<(How, usize)> {
    if hay == q {
        return Some((How::Exact, 0));
    }
    if hay.starts_with(q) {
        return Some((How::Prefix, 0));
    }
    let (h, n) = (hay.as_bytes(), q.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    // Names are short: a plain scan beats building a searcher per call.
    let mut inside = None;
    for i in 1..=h.len() - n.len() {
        // A byte match of valid UTF-8 always starts on a char boundary.
        if h[i] == n[0] && &h[i..i + n.len()] == n {
            if h[i - 1] == b' ' {
                return Some((How::WordPrefix, char_offset(hay, i)));
            }
            inside.get_or_insert(i);
        }
    }
    inside.map(|i| (How::Substring, char_offset(hay, i)))
}

pub(super) fn char_offset(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

/// Codes by digit prefix (`2221141`, `7632`).
pub(super) fn codes(b: &Built, digits: &str, best: &mut [Cand]) {
    for (i, c) in b.codes.iter().enumerate() {
        if !c.code.starts_with(digits) {
            continue;
        }
        let exact = c.code.len() == digits.len();
        let extra = (c.code.len() - digits.len()) as i64;
        best[c.entry as usize].offer(Cand {
            score: code_tier(c.own, exact) * SCALE + within(SCALE - 1 - 10 * extra),
            field: Field::Code,
            how: if exact { How::Exact } else { How::Prefix },
            from: Origin::Code(i as u32),
        });
    }
}

/// Summaries, descriptions and tasks, word by word.
pub(super) fn bodies(b: &Built, q: &Query, best: &mut [Cand]) {
    for BodyMatch {
        text,
        points,
        at_starts,
    } in b.bodies.matches(&q.words)
    {
        let body = &b.bodies.texts[text as usize];
        let how = if at_starts {
            How::WordPrefix
        } else {
            How::Substring
        };
        let Some(t) = tier(body.field, how) else {
            continue;
        };
        // More words matched whole: better. Text length does not count, so an occupation and
        // its specialty that both mention "CT" tie and fall back to alphabetical order.
        let w = within(100 * i64::from(points) / i64::from(text::EXACT));
        best[body.entry as usize].offer(Cand {
            score: t * SCALE + w,
            field: body.field,
            how,
            from: Origin::Body(text),
        });
    }
}
