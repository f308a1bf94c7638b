//! A small builder of wrapped, styled rows for the text panes (Detaljer, Utdanningsløp, help).

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::theme::{Symbols, Theme};
use super::wrap::{width as text_width, wrap};

pub struct Doc {
    pub width: usize,
    pub lines: Vec<Line<'static>>,
    pub theme: Theme,
    pub sym: Symbols,
    /// Rows where a heading starts: what "next section" jumps to.
    pub sections: Vec<usize>,
}

impl Doc {
    pub fn new(width: usize, theme: Theme, sym: Symbols) -> Doc {
        Doc {
            width,
            lines: Vec::new(),
            theme,
            sym,
            sections: Vec::new(),
        }
    }

    /// One empty row, never two in a row and never first.
    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    pub fn heading(&mut self, text: &str) {
        self.blank();
        self.sections.push(self.lines.len());
        self.styled(text, self.theme.title());
    }

    pub fn sub(&mut self, text: &str) {
        self.styled(text, self.theme.label());
    }

    pub fn styled(&mut self, text: &str, style: Style) {
        self.spans(vec![Span::styled(text.to_string(), style)]);
    }

    pub fn plain(&mut self, text: &str) {
        self.styled(text, Style::new());
    }

    /// Without UTF-8, text is wrapped as it will be drawn: transliterated (ø → oe).
    fn prep(&self, spans: Vec<Span<'static>>) -> Vec<Span<'static>> {
        if !self.sym.ascii {
            return spans;
        }
        spans
            .into_iter()
            .map(|s| Span::styled(crate::text::ascii(&s.content).into_owned(), s.style))
            .collect()
    }

    /// A wrapped paragraph.
    pub fn spans(&mut self, spans: Vec<Span<'static>>) {
        let w = self.width;
        let spans = self.prep(spans);
        self.lines.extend(wrap(Vec::new(), &spans, 0, w));
    }

    /// A paragraph with every following row indented by `indent`.
    pub fn hanging(&mut self, spans: Vec<Span<'static>>, indent: usize) {
        let w = self.width;
        let spans = self.prep(spans);
        self.lines.extend(wrap(Vec::new(), &spans, indent, w));
    }

    /// A paragraph whose first row starts with `first` and the rest with `indent` spaces.
    pub fn prefixed(&mut self, first: Vec<Span<'static>>, body: Vec<Span<'static>>, indent: usize) {
        let w = self.width;
        let (first, body) = (self.prep(first), self.prep(body));
        self.lines.extend(wrap(first, &body, indent, w));
    }

    pub fn bullet(&mut self, text: &str) {
        self.bullet_spans(vec![Span::raw(text.to_string())]);
    }

    pub fn bullet_spans(&mut self, spans: Vec<Span<'static>>) {
        let w = self.width;
        let spans = self.prep(spans);
        let b = self.sym.bullet;
        self.lines
            .extend(wrap(vec![Span::raw(b)], &spans, text_width(b), w));
    }

    /// "Label: value", wrapped with a hanging indent.
    pub fn kv(&mut self, label: &str, value: &str) {
        let spans = vec![
            Span::styled(format!("{label}:"), self.theme.label()),
            Span::raw(" "),
            Span::raw(value.to_string()),
        ];
        self.hanging(spans, 2);
    }

    /// A row as is (charts), not wrapped.
    pub fn raw(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }

    pub fn finish(mut self) -> Vec<Line<'static>> {
        while self.lines.last().is_some_and(|l| l.width() == 0) {
            self.lines.pop();
        }
        self.lines
    }
}

/// ISO date (2022-10-31) as Norwegian (31.10.2022); anything else as given.
pub fn date(iso: &str) -> String {
    let p: Vec<&str> = iso.split('-').collect();
    match p.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => format!("{d}.{m}.{y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_norwegian() {
        assert_eq!(super::date("2022-10-31"), "31.10.2022");
        assert_eq!(super::date("2022"), "2022");
    }
}
