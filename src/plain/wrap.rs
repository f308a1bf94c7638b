//! Word wrapping by display width (not bytes or chars), so æ, ø, å and wide characters line up.

use unicode_width::UnicodeWidthStr;

/// Display width of a string in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Wrap `text` to `max` columns. The first line starts with `first`, later lines with
/// `rest` (a hanging indent for bullets). Words longer than a line (addresses, DOIs) stay
/// whole on a line of their own rather than being cut where a reader could not copy them.
pub fn wrap(text: &str, max: usize, first: &str, rest: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut line_w = width(first);
    let mut empty = true;
    for word in text.split_whitespace() {
        let w = width(word);
        if !empty && line_w + 1 + w > max {
            lines.push(line);
            line = rest.to_string();
            line_w = width(rest);
            empty = true;
        }
        if !empty {
            line.push(' ');
            line_w += 1;
        }
        line.push_str(word);
        line_w += w;
        empty = false;
    }
    if !empty || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_never_exceed_the_width_when_words_fit() {
        let text = "Først tar du medisinstudiet og får autorisasjon som lege. Da starter \
                    spesialiseringen, som tar minst seks og et halvt år.";
        for max in [20, 33, 40, 80] {
            let lines = wrap(text, max, "- ", "  ");
            assert!(lines.iter().all(|l| width(l) <= max), "{max}: {lines:?}");
            let joined: Vec<&str> = lines
                .iter()
                .flat_map(|l| l.split_whitespace())
                .filter(|w| *w != "-")
                .collect();
            assert_eq!(joined, text.split_whitespace().collect::<Vec<_>>());
        }
    }

    #[test]
    fn hanging_indent_applies_after_the_first_line() {
        let lines = wrap("aaa bbb ccc", 7, "- ", "  ");
        assert_eq!(lines, ["- aaa", "  bbb", "  ccc"]);
    }

    #[test]
    fn a_long_word_keeps_its_own_line() {
        let lines = wrap("se https://doi.org/10.4045/tidsskr.26.0146 her", 12, "", "");
        assert_eq!(
            lines,
            ["se", "https://doi.org/10.4045/tidsskr.26.0146", "her"]
        );
    }

    #[test]
    fn norwegian_letters_count_as_one_column() {
        assert_eq!(width("Øre-nese-hals"), 13);
        assert_eq!(wrap("ærlig øyelege", 6, "", ""), ["ærlig", "øyelege"]);
    }
}
