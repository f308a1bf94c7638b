//! Word wrapping of styled text by display width, with hanging indents, so text panes know
//! exactly how many rows they take (for scrolling) and wrap cleanly at any width.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to `max` columns, ending in `ellipsis` when cut.
pub fn truncate(s: &str, max: usize, ellipsis: &str) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let room = max.saturating_sub(width(ellipsis));
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > room {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width(ellipsis) <= max {
        out.push_str(ellipsis);
    }
    out
}

/// A word: consecutive non-space characters, possibly in several styles.
struct Word {
    frags: Vec<(String, Style)>,
    width: usize,
}

fn words(body: &[Span<'_>]) -> Vec<Word> {
    let mut out = Vec::new();
    let mut cur = Word {
        frags: Vec::new(),
        width: 0,
    };
    for span in body {
        for c in span.content.chars() {
            if c.is_whitespace() {
                if cur.width > 0 || !cur.frags.is_empty() {
                    out.push(std::mem::replace(
                        &mut cur,
                        Word {
                            frags: Vec::new(),
                            width: 0,
                        },
                    ));
                }
                continue;
            }
            match cur.frags.last_mut() {
                Some((s, st)) if *st == span.style => s.push(c),
                _ => cur.frags.push((c.to_string(), span.style)),
            }
            cur.width += c.width().unwrap_or(0);
        }
    }
    if !cur.frags.is_empty() {
        out.push(cur);
    }
    out
}

/// Wrap `body` to `width` columns. The first row starts with `first` (a bullet, say), the
/// following rows with `indent` spaces. Words longer than a row are broken.
pub fn wrap(
    first: Vec<Span<'static>>,
    body: &[Span<'_>],
    indent: usize,
    width: usize,
) -> Vec<Line<'static>> {
    if width == 0 {
        return Vec::new();
    }
    let indent = if indent * 2 > width { 0 } else { indent };
    let mut lines = Vec::new();
    let first_w: usize = first.iter().map(|s| self::width(&s.content)).sum();
    let mut line: Vec<Span<'static>> = first;
    let mut used = first_w.min(width);
    let mut has_word = false;
    let new_line = |lines: &mut Vec<Line<'static>>, line: &mut Vec<Span<'static>>| {
        lines.push(Line::from(std::mem::take(line)));
        if indent > 0 {
            line.push(Span::raw(" ".repeat(indent)));
        }
    };
    for w in words(body) {
        let gap = usize::from(has_word);
        if has_word && used + gap + w.width > width {
            new_line(&mut lines, &mut line);
            used = indent;
            has_word = false;
        }
        if has_word {
            line.push(Span::raw(" "));
            used += 1;
        }
        if used + w.width <= width {
            for (s, st) in w.frags {
                line.push(Span::styled(s, st));
            }
            used += w.width;
            has_word = true;
            continue;
        }
        // A word wider than the row: break it wherever the row is full.
        for (s, st) in w.frags {
            let mut piece = String::new();
            for c in s.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && (used > indent || !piece.is_empty()) {
                    if !piece.is_empty() {
                        line.push(Span::styled(std::mem::take(&mut piece), st));
                    }
                    new_line(&mut lines, &mut line);
                    used = indent;
                }
                piece.push(c);
                used += cw;
            }
            if !piece.is_empty() {
                line.push(Span::styled(piece, st));
            }
        }
        has_word = true;
    }
    lines.push(Line::from(line));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn wraps_on_words_with_hanging_indent() {
        let body = [Span::raw("en to tre fire fem seks")];
        let out = wrap(vec![Span::raw("• ")], &body, 2, 10);
        assert_eq!(text(&out), ["• en to", "  tre fire", "  fem seks"]);
        assert!(out.iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn breaks_words_longer_than_the_row() {
        let body = [Span::raw("spesialistgodkjenning")];
        let out = wrap(vec![], &body, 0, 8);
        assert_eq!(text(&out), ["spesiali", "stgodkje", "nning"]);
    }

    #[test]
    fn every_width_stays_inside() {
        let body = [Span::raw(
            "Gjennomgått med Norsk anestesiologisk forening, 31.10.2022",
        )];
        for w in 1..70 {
            for l in wrap(vec![Span::raw("• ")], &body, 2, w) {
                assert!(l.width() <= w.max(2), "width {w}: {l}");
            }
        }
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("Anestesiologi", 6, "…"), "Anest…");
        assert_eq!(truncate("Lege", 6, "…"), "Lege");
        assert_eq!(truncate("Anestesiologi", 2, "..."), "");
    }
}
