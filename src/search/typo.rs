//! Edit distance for typos: optimal string alignment (Levenshtein plus swapping two neighbours),
//! so `anestesilwge` (one letter wrong) and `radiloog` (two letters swapped) still count as one
//! slip. The fuzzy matcher already forgives a missing letter, not a wrong or swapped one.

/// Rows reused across calls, so a search over many names allocates once.
#[derive(Debug, Default)]
pub struct Scratch {
    rows: [Vec<u32>; 3],
}

/// The distance from `q` to the closest prefix of `t` (a name typed partly, with a slip),
/// when it is at most `k`: `(distance, prefix length in chars)`. A whole-word match of the same
/// distance is preferred over a shorter prefix.
pub fn prefix_distance(
    q: &[char],
    t: &[char],
    k: usize,
    scratch: &mut Scratch,
) -> Option<(usize, usize)> {
    let m = q.len();
    // Only prefixes within k of the query's length can be within distance k.
    let n = t.len().min(m + k);
    if n + k < m {
        return None;
    }
    let [prev2, prev, cur] = &mut scratch.rows;
    for r in [&mut *prev2, &mut *prev, &mut *cur] {
        r.clear();
        r.resize(n + 1, 0);
    }
    for (j, v) in prev.iter_mut().enumerate() {
        *v = j as u32;
    }
    for i in 1..=m {
        cur[0] = i as u32;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = u32::from(q[i - 1] != t[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && q[i - 1] == t[j - 2] && q[i - 2] == t[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min as usize > k {
            return None;
        }
        std::mem::swap(prev2, prev);
        std::mem::swap(prev, cur);
    }
    // `prev` now holds the last row: distance from q to t[..j].
    let lo = m.saturating_sub(k);
    let mut best: Option<(usize, usize)> = None;
    for j in (lo..=n).rev() {
        let d = prev[j] as usize;
        if d <= k && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, j));
        }
    }
    // Prefer the whole word when it is as close as any prefix.
    if n == t.len()
        && let Some((bd, _)) = best
        && prev[n] as usize == bd
    {
        best = Some((bd, n));
    }
    best
}

/// The full distance between `a` and `b`, when it is at most `k`.
pub fn distance(a: &[char], b: &[char], k: usize, scratch: &mut Scratch) -> Option<usize> {
    if a.len().abs_diff(b.len()) > k {
        return None;
    }
    match prefix_distance(a, b, k, scratch) {
        // Recompute against the whole of b only when the best prefix was shorter.
        Some((d, j)) if j == b.len() => Some(d),
        Some(_) => whole(a, b, k),
        None => None,
    }
}

fn whole(a: &[char], b: &[char], k: usize) -> Option<usize> {
    let (m, n) = (a.len(), b.len());
    let mut d = vec![vec![0usize; n + 1]; m + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, v) in d[0].iter_mut().enumerate() {
        *v = j;
    }
    for i in 1..=m {
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j - 1] + cost)
                .min(d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    Some(d[m][n]).filter(|&v| v <= k)
}

/// How many slips a query of `len` chars may hold: none below 4 chars (too many short words
/// lie one letter apart), one up to 8, two from 9.
pub fn allowed(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        _ => 2,
    }
}

/// Letters and digits present, one bit each (others share the top bit). A word missing more
/// than k of the query's letters cannot be within k edits, so most words are skipped unread.
pub fn mask(s: impl IntoIterator<Item = char>) -> u64 {
    s.into_iter().fold(0, |m, c| m | bit(c))
}

pub fn bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        ' ' => 0,
        _ => 1 << 63,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_slip_of_each_kind() {
        let mut s = Scratch::default();
        let t = c("radiolog");
        assert_eq!(distance(&c("radiloog"), &t, 1, &mut s), Some(1)); // swap
        assert_eq!(distance(&c("radiolag"), &t, 1, &mut s), Some(1)); // wrong letter
        assert_eq!(distance(&c("radilog"), &t, 1, &mut s), Some(1)); // missing
        assert_eq!(distance(&c("raddiolog"), &t, 1, &mut s), Some(1)); // extra
        assert_eq!(distance(&c("rdailoog"), &t, 1, &mut s), None);
        assert_eq!(distance(&c("rdailoog"), &t, 2, &mut s), Some(2));
    }

    #[test]
    fn prefix_finds_a_partly_typed_name() {
        let mut s = Scratch::default();
        let t = c("anestesilege");
        assert_eq!(prefix_distance(&c("anestsi"), &t, 1, &mut s), Some((1, 8)));
        assert_eq!(
            prefix_distance(&c("anestesilwge"), &t, 1, &mut s),
            Some((1, 12))
        );
        assert_eq!(prefix_distance(&c("xyzzy"), &t, 1, &mut s), None);
    }

    #[test]
    fn mask_marks_letters() {
        assert_eq!(mask("ab".chars()), 0b11);
        assert_eq!(mask("a a".chars()), 1);
    }
}
