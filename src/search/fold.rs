//! Folding text for matching: lower case for every letter, Norwegian and foreign letters to
//! plain ones (æ→ae, ø→o, å→a, ä→ae, ö→o, ü→u, é→e), decomposed (NFD) input composed first,
//! and every run of non-letters (space, hyphen, comma, parenthesis …) one space.
//!
//! fuzzy-matcher folds ASCII case only, so both sides are folded here before it sees them.
//! Each folded char remembers which char of the original it came from, so matched letters can
//! be highlighted in the original name.

use unicode_normalization::char::{compose, decompose_canonical, is_combining_mark};

/// Folded text and, for each of its chars, the index of the original char it came from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the original char index of folded char `i`.
    pub map: Vec<u32>,
    /// Indices of the folded chars that stand for separators (the spaces).
    seps: Vec<u32>,
}

impl Folded {
    /// Original char indices of the folded chars `idx`, sorted and without repeats
    /// (both chars of "ae" point at the one "æ"). Separators are left out: highlighting the
    /// hyphen of "Barne- og" says nothing.
    pub fn original_positions(&self, idx: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let mut out: Vec<usize> = idx
            .into_iter()
            .filter(|&i| self.seps.binary_search(&(i as u32)).is_err())
            .filter_map(|i| self.map.get(i).map(|&o| o as usize))
            .collect();
        // The map only grows, so sorted input needs no sort; dedup merges "ae" into "æ".
        if !out.is_sorted() {
            out.sort_unstable();
        }
        out.dedup();
        out
    }
}

/// Fold `s` for matching, keeping the position map.
pub fn fold(s: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(s.len()),
        map: Vec::with_capacity(s.len()),
        seps: Vec::new(),
    };
    let mut chars = s.chars().enumerate().peekable();
    // A separator is written only when a letter follows, so runs collapse and ends are trimmed.
    let mut pending_sep: Option<u32> = None;
    // ASCII is never a combining mark: checked first, since most letters are ASCII and the
    // mark table is a search (this runs over every text at startup).
    let mark = |c: char| !c.is_ascii() && is_combining_mark(c);
    while let Some((i, c)) = chars.next() {
        if mark(c) {
            continue; // a stray mark with no letter before it
        }
        // Compose NFD input (a + ◌̊ → å) so it folds exactly like NFC input.
        let mut c = c;
        while let Some(&(_, m)) = chars.peek() {
            if !mark(m) {
                break;
            }
            if let Some(composed) = compose(c, m) {
                c = composed;
            }
            chars.next();
        }
        let orig = i as u32;
        for lc in c.to_lowercase() {
            if !lc.is_alphanumeric() {
                if !out.text.is_empty() && pending_sep.is_none() {
                    pending_sep = Some(orig);
                }
                continue;
            }
            if let Some(p) = pending_sep.take() {
                out.seps.push(out.map.len() as u32);
                out.text.push(' ');
                out.map.push(p);
            }
            fold_letter(lc, &mut |f| {
                out.text.push(f);
                out.map.push(orig);
            });
        }
    }
    out
}

/// Fold `s`, text only (queries that need no map still fold the same way).
pub fn fold_str(s: &str) -> String {
    fold(s).text
}

fn fold_letter(c: char, emit: &mut impl FnMut(char)) {
    match c {
        'æ' | 'ä' => {
            emit('a');
            emit('e');
        }
        'ø' | 'ö' => emit('o'),
        'œ' => {
            emit('o');
            emit('e');
        }
        'ß' => {
            emit('s');
            emit('s');
        }
        _ if c.is_ascii() => emit(c),
        _ => {
            // é → e, å → a, ü → u …: keep the base letter, drop the marks.
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() && !is_combining_mark(d) {
                    base = Some(d);
                }
            });
            emit(base.unwrap_or(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_letters_fold_to_plain_ones() {
        assert_eq!(fold_str("Øyelege"), "oyelege");
        assert_eq!(fold_str("RØNTGEN"), "rontgen");
        assert_eq!(fold_str("Nukleærmedisin"), "nukleaermedisin");
        assert_eq!(fold_str("Påske"), "paske");
        assert_eq!(fold_str("Ärlig Öl Müller Café"), "aerlig ol muller cafe");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        let nfd = "Ra\u{308}ven a\u{30a}r o\u{338}ye";
        assert_eq!(fold_str(nfd), fold_str("Räven år øye"));
    }

    #[test]
    fn separators_collapse_and_trim() {
        assert_eq!(
            fold_str("  Barne- og ungdomspsykiater "),
            "barne og ungdomspsykiater"
        );
        assert_eq!(fold_str("Øre-nese-hals"), "ore nese hals");
        assert_eq!(fold_str("Cand.med.-utdanning"), "cand med utdanning");
        assert_eq!(fold_str("--"), "");
    }

    #[test]
    fn map_points_at_original_chars() {
        let f = fold("Bæ-ø");
        assert_eq!(f.text, "bae o");
        assert_eq!(f.map, [0, 1, 1, 2, 3]);
        assert_eq!(f.original_positions([1, 2]), [1]);
        assert_eq!(f.original_positions([2, 3, 4]), [1, 3]);
        let nfd = fold("A\u{30a}s");
        assert_eq!(nfd.text, "as");
        assert_eq!(nfd.map, [0, 2]);
    }
}
