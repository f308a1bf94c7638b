//! The passes over short texts (names, synonyms, old names, code titles), cheapest first:
//!
//! 1. [`in_one_piece`]: the query as it stands (exact, prefix, at a word start, inside a word),
//!    one memmem scan over all short texts.
//! 2. [`by_words`]: every query word somewhere in the text, in any order, and, when nothing
//!    matched in one piece, with a slip or two allowed per word (edit distance against the
//!    distinct words of the names, once each).
//! 3. [`scattered`]: letters in order with gaps (fuzzy-matcher), only where a letter check
//!    and a subsequence check pass and the entry has nothing better.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::memmem::Finder;

use super::Field;
use super::index::Built;
use super::rank::{Cand, How, Origin, Query, SCALE, contiguous, tier, within};
use super::typo::{self, Scratch};

/// The whole query in one piece. Returns whether a name or other name matched that way (then
/// no typo fallback is needed).
pub(super) fn in_one_piece(b: &Built, q: &Query, best: &mut [Cand]) -> bool {
    let buf = b.text.as_bytes();
    let qlen = q.text.len();
    let finder = Finder::new(q.text.as_bytes());
    let spaced = format!(" {}", q.text);
    let at_word = Finder::new(spaced.as_bytes());
    let (mut pos, mut si, mut solid) = (0, 0, false);
    while let Some(off) = finder.find(&buf[pos..]) {
        let mut o = pos + off;
        // The query holds no '\n', so the match lies inside the first text ending after it.
        while (b.shorts[si].end as usize) < o + qlen {
            si += 1;
        }
        let s = &b.shorts[si];
        let (start, end) = (s.start as usize, s.end as usize);
        let how = if o == start && end == o + qlen {
            How::Exact
        } else if o == start {
            How::Prefix
        } else if buf[o - 1] == b' ' {
            How::WordPrefix
        } else if let Some(w) = at_word.find(&buf[o..end]) {
            // Inside a word here, but at a word start further on: that ranks higher.
            o += w + 1;
            How::WordPrefix
        } else {
            How::Substring
        };
        // One letter inside a word is no signal ("a" is in almost every name); one letter
        // finds the words it starts.
        let single_inside = how == How::Substring && q.chars.len() == 1;
        if let Some(t) = tier(s.field, how).filter(|_| !single_inside) {
            solid |= s.field != Field::CodeTitle;
            let extra = (end - start - qlen) as i64;
            best[s.entry as usize].offer(Cand {
                score: t * SCALE + within(SCALE - 1 - 8 * extra - 4 * (o - start) as i64),
                field: s.field,
                how,
                from: Origin::Short(si as u32, (o - start) as u32),
            });
        }
        pos = end + 1;
        if pos >= buf.len() {
            break;
        }
    }
    solid
}

/// Every query word in the same text, in any order (`kirurgi generell`), and with `typos`,
/// a word may instead be within [`typo::allowed`] edits of the start of a word of the text
/// (`anestesilwge`, `radiloog`, `generel kirugi`).
pub(super) fn by_words(b: &Built, q: &Query, typos: bool, best: &mut [Cand]) {
    let n = q.words.len();
    if n == 1 && !typos {
        return; // one word in one piece was pass 1
    }
    let full = ((1u16 << n) - 1) as u8;
    let mut whole = vec![0u8; b.shorts.len()];
    let mut slipped = vec![0u8; b.shorts.len()];
    let mut penalty = vec![0u16; b.shorts.len()];
    let mut scratch = Scratch::default();
    for (wi, w) in q.words.iter().enumerate() {
        let bit = 1u8 << wi;
        if n > 1 {
            mark_in_one_piece(b, w, bit, &mut whole);
        }
        if typos {
            for (p, vi) in close_words(b, w, &mut scratch) {
                for &(si, _) in &b.words[vi].at {
                    let si = si as usize;
                    // Closest word first, so the first mark is the smallest penalty.
                    if (whole[si] | slipped[si]) & bit == 0 {
                        slipped[si] |= bit;
                        penalty[si] = penalty[si].saturating_add(p);
                    }
                }
            }
        }
    }
    for (si, s) in b.shorts.iter().enumerate() {
        if whole[si] | slipped[si] != full {
            continue;
        }
        let (how, w) = if slipped[si] == 0 {
            let extra = (s.end - s.start) as i64 - q.text.len() as i64;
            (How::AllWords, within(500 - 8 * extra))
        } else {
            (How::Typo, within(SCALE - 1 - i64::from(penalty[si])))
        };
        if let Some(t) = tier(s.field, how) {
            best[s.entry as usize].offer(Cand {
                score: t * SCALE + w,
                field: s.field,
                how,
                from: Origin::Short(si as u32, 0),
            });
        }
    }
}

/// Mark the texts holding `w` in one piece.
fn mark_in_one_piece(b: &Built, w: &str, bit: u8, marks: &mut [u8]) {
    let buf = b.text.as_bytes();
    let finder = Finder::new(w.as_bytes());
    let (mut pos, mut si) = (0, 0);
    while let Some(off) = finder.find(&buf[pos..]) {
        let o = pos + off;
        while (b.shorts[si].end as usize) < o + w.len() {
            si += 1;
        }
        marks[si] |= bit;
        pos = b.shorts[si].end as usize + 1;
        if pos >= buf.len() {
            break;
        }
    }
}

/// Distinct name words within the allowed edits of the query word `w` (as a typed prefix):
/// (penalty, word index), closest first. A slip costs 300; an unfinished word 10 per
/// missing letter.
fn close_words(b: &Built, w: &str, scratch: &mut Scratch) -> Vec<(u16, usize)> {
    let chars: Vec<char> = w.chars().collect();
    let k = typo::allowed(chars.len());
    if k == 0 {
        return Vec::new();
    }
    let mask = typo::mask(chars.iter().copied());
    let mut out = Vec::new();
    for (vi, v) in b.words.iter().enumerate() {
        // A word missing more than k of the query's letters, or too short, cannot be close.
        if (mask & !v.mask).count_ones() as usize > k || v.chars.len() + k < chars.len() {
            continue;
        }
        if let Some((d, len)) = typo::prefix_distance(&chars, &v.chars, k, scratch) {
            let rest = (v.chars.len() - len) as u16;
            out.push((300 * d as u16 + 10 * rest.min(60), vi));
        }
    }
    out.sort_unstable();
    out
}

/// A scattered match counts only when it starts a word and falls in few pieces: each later
/// piece that does not start a word is a break, and a query may have one break per four
/// letters after the first (`kardiolg` → "kardiol|g" is fine; `smerte` →
/// "fysikal[s]k [me]disin og [r]ehabili[te]ring" is not). Pieces at word starts are free, so
/// `ønh` still finds "Øre-nese-hals…".
fn few_breaks(hay: &str, idx: &[usize], qlen: usize) -> bool {
    let chars: Vec<char> = hay.chars().collect();
    let word_start = |i: usize| i == 0 || chars.get(i - 1) == Some(&' ');
    if !idx.first().is_some_and(|&i| word_start(i)) {
        return false;
    }
    let breaks = idx
        .windows(2)
        .filter(|p| p[0] + 1 != p[1] && !word_start(p[1]))
        .count();
    breaks <= qlen.saturating_sub(1) / 4
}

/// Scattered matches need this many letters; one or two letters match only in one piece.
const SCATTER_MIN_CHARS: usize = 3;

/// The query's bytes appear in `hay` in order from some word start on: a necessary condition
/// for a match [`few_breaks`] accepts, checked without fuzzy-matcher's allocations. The
/// earliest word start holding the first letter leaves the most room, so only it is tried.
fn subsequence_from_word_start(hay: &[u8], q: &[u8]) -> bool {
    let Some(&first) = q.first() else {
        return true;
    };
    let start = hay
        .iter()
        .enumerate()
        .position(|(i, &c)| c == first && (i == 0 || hay[i - 1] == b' '));
    let Some(start) = start else {
        return false;
    };
    let mut qi = q.iter().peekable();
    for c in &hay[start..] {
        match qi.peek() {
            Some(&&p) if p == *c => {
                qi.next();
            }
            Some(_) => {}
            None => break,
        }
    }
    qi.peek().is_none()
}

/// Letters in order with gaps, scored by fuzzy-matcher's `SkimMatcherV2`.
pub(super) fn scattered(b: &Built, q: &Query, best: &mut [Cand]) {
    if q.chars.len() < SCATTER_MIN_CHARS {
        return;
    }
    let m = SkimMatcherV2::default().ignore_case();
    let top = tier(Field::Name, How::Fuzzy).unwrap_or(0) * SCALE + SCALE;
    for (si, &(mask, entry)) in b.scatter.iter().enumerate() {
        // Letters missing, or the entry already has better than any scattered match.
        if mask & q.mask != q.mask || best[entry as usize].score >= top {
            continue;
        }
        let s = &b.shorts[si];
        let Some(t) = tier(s.field, How::Fuzzy) else {
            continue;
        };
        let slot = &mut best[entry as usize];
        if t * SCALE + SCALE <= slot.score {
            continue;
        }
        let hay = b.folded(si);
        if !subsequence_from_word_start(hay.as_bytes(), q.text.as_bytes()) {
            continue;
        }
        let Some((score, idx)) = m.fuzzy_indices(hay, q.text) else {
            continue;
        };
        if few_breaks(hay, &idx, q.chars.len()) {
            slot.offer(Cand {
                score: t * SCALE + within(score),
                field: s.field,
                how: How::Fuzzy,
                from: Origin::Short(si as u32, 0),
            });
        }
    }
}

/// Char ranges in `hay` of each query word: where it occurs in one piece, or else the word it
/// is a slip of (for highlighting word and typo matches).
pub(super) fn word_ranges(hay: &str, words: &[&str]) -> Vec<(usize, usize)> {
    let hay_chars: Vec<char> = hay.chars().collect();
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    for w in words {
        if let Some((_, start)) = contiguous(hay, w) {
            out.push((start, start + w.chars().count()));
            continue;
        }
        let wc: Vec<char> = w.chars().collect();
        let k = typo::allowed(wc.len());
        let mut best: Option<(usize, usize, usize)> = None; // (distance, start, len)
        let mut start = 0;
        for word in hay_chars.split(|c| *c == ' ') {
            if let Some((d, len)) = typo::prefix_distance(&wc, word, k, &mut scratch)
                && best.is_none_or(|(bd, _, _)| d < bd)
            {
                best = Some((d, start, len));
            }
            start += word.len() + 1;
        }
        if let Some((_, s, len)) = best {
            out.push((s, s + len));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scattered_matches_must_start_a_word_and_hold_together() {
        // kardiol|g: one break for eight letters.
        assert!(few_breaks("kardiolog", &[0, 1, 2, 3, 4, 5, 6, 8], 8));
        // Word starts are free: o|n|h in "ore nese hals…".
        assert!(few_breaks("ore nese hals", &[0, 4, 9], 3));
        // Not at a word start.
        assert!(!few_breaks("barnelege", &[5, 6, 7, 8], 4));
        // Two breaks for six letters.
        let hay = "fysikalsk medisin og rehabilitering";
        assert!(!few_breaks(hay, &[7, 10, 11, 21, 29, 30], 6));
    }

    #[test]
    fn subsequence_starts_at_the_first_fitting_word() {
        assert!(subsequence_from_word_start(b"ore nese hals", b"onh"));
        assert!(subsequence_from_word_start(b"barne lege", b"lg"));
        assert!(!subsequence_from_word_start(b"barnelege", b"lg"));
        assert!(!subsequence_from_word_start(b"lege", b"lgee"));
    }

    #[test]
    fn word_ranges_cover_typed_and_slipped_words() {
        assert_eq!(
            word_ranges("generell kirurgi", &["kirurgi", "gen"]),
            [(9, 16), (0, 3)]
        );
        assert_eq!(word_ranges("radiolog", &["radiloog"]), [(0, 8)]);
    }
}
