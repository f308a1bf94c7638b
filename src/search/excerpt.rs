//! A short window of a long text around where the query matched, for showing why a summary
//! or task matched ("…gi pasienter narkose, sedasjon og…") instead of its first words.

use super::fold::{fold, fold_str};

/// At most `max` chars of `text` (plus "…" at a cut end), around the first place a word of
/// `query` occurs (folded, so `narkose` finds "Narkose" and `rontgen` finds "røntgen").
pub fn excerpt(text: &str, query: &str, max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max {
        return text.to_string();
    }
    let f = fold(text);
    let q = fold_str(query);
    let hit = q
        .split(' ')
        .filter(|w| !w.is_empty())
        .filter_map(|w| f.text.find(w))
        .min()
        .map(|byte| f.text[..byte].chars().count())
        .and_then(|i| f.map.get(i))
        .map_or(0, |&o| o as usize);
    // Some context before the match, starting at a word.
    let mut start = hit.saturating_sub(max / 4);
    if start > 0 {
        match chars[start..hit].iter().position(|c| c.is_whitespace()) {
            Some(p) => start += p + 1,
            None => start = hit,
        }
    }
    let mut end = (start + max).min(chars.len());
    let start = start.min(end.saturating_sub(max));
    // End after a whole word when one ends near the cut.
    if end < chars.len()
        && let Some(p) = chars[start..end].iter().rposition(|c| c.is_whitespace())
        && end - (start + p) <= 12
        && start + p > hit
    {
        end = start + p;
    }
    let mut s: String = chars[start..end].iter().collect();
    s = s.trim().to_string();
    if start > 0 {
        s.insert(0, '…');
    }
    if end < chars.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "En anestesilege er lege med spesialitet i anestesiologi. Kjernen i jobben \
        er å gi pasienter narkose, sedasjon og smertelindring når de skal opereres.";

    #[test]
    fn the_window_holds_the_match() {
        let e = excerpt(TEXT, "narkose", 40);
        assert!(e.contains("narkose"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'), "{e}");
        assert!(e.chars().count() <= 42, "{e}");
    }

    #[test]
    fn folded_queries_find_their_place() {
        let e = excerpt(
            "Bilder fra mange slags maskiner, blant annet røntgen og CT.",
            "rontgen",
            20,
        );
        assert!(e.contains("røntgen"), "{e}");
    }

    #[test]
    fn short_texts_and_misses_are_kept_from_the_start() {
        assert_eq!(excerpt("Kort tekst.", "narkose", 40), "Kort tekst.");
        let e = excerpt(TEXT, "xyz", 20);
        assert!(e.starts_with("En anestesilege") && e.ends_with('…'), "{e}");
    }
}
