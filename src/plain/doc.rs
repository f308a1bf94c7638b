//! A small document model: commands build a `Doc` once and render it as wrapped text or as
//! Markdown, so both formats always carry the same facts in the same order.

use super::paint::{Meaning, Paint};
use super::wrap::wrap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The entry's name and its kind badge, e.g. ("Radiolog", "yrke").
    Title(String, String),
    /// A section heading.
    Heading(String),
    /// A heading inside a section (a task area).
    Sub(String),
    Para(String),
    /// "Label: value" on one (wrapped) line.
    Field(String, String),
    Bullets(Vec<String>),
    /// Secondary text (the review stamp).
    Muted(String),
    /// Lines printed exactly as given (a chart); Markdown puts them in a code block.
    Pre(Vec<String>),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }
    pub fn heading(&mut self, s: &str) {
        self.push(Block::Heading(s.to_string()));
    }
    pub fn para(&mut self, s: impl Into<String>) {
        self.push(Block::Para(s.into()));
    }
    pub fn field(&mut self, label: &str, value: impl Into<String>) {
        self.push(Block::Field(label.to_string(), value.into()));
    }
    pub fn bullets(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.push(Block::Bullets(items));
        }
    }

    /// The same document in 7-bit ASCII (æ → ae …), for terminals without UTF-8; wrap after.
    pub fn into_ascii(self) -> Doc {
        let a = |s: String| crate::text::ascii(&s).into_owned();
        let blocks = self
            .blocks
            .into_iter()
            .map(|b| match b {
                Block::Title(n, k) => Block::Title(a(n), a(k)),
                Block::Heading(h) => Block::Heading(a(h)),
                Block::Sub(h) => Block::Sub(a(h)),
                Block::Para(p) => Block::Para(a(p)),
                Block::Field(k, v) => Block::Field(a(k), a(v)),
                Block::Bullets(items) => Block::Bullets(items.into_iter().map(a).collect()),
                Block::Muted(m) => Block::Muted(a(m)),
                Block::Pre(lines) => Block::Pre(lines.into_iter().map(a).collect()),
            })
            .collect();
        Doc { blocks }
    }

    /// Plain text wrapped to `width` columns: no box drawing, "- " bullets with a hanging
    /// indent, one blank line between blocks and none after a heading.
    pub fn to_text(&self, width: usize, paint: Paint) -> String {
        let mut out = String::new();
        let mut after_heading = true;
        for b in &self.blocks {
            if !after_heading {
                out.push('\n');
            }
            after_heading = matches!(b, Block::Title(..) | Block::Heading(_) | Block::Sub(_));
            let mut line = |s: String| {
                out.push_str(&s);
                out.push('\n');
            };
            match b {
                // Headings wrap like text (painted per line, so no escape spans a break).
                Block::Title(name, badge) => {
                    let lines = wrap(&format!("{name} ({badge})"), width, "", "");
                    let last = lines.len().saturating_sub(1);
                    for (i, l) in lines.into_iter().enumerate() {
                        match (i == last, l.strip_suffix(&format!("({badge})"))) {
                            (true, Some(head)) => line(format!(
                                "{}{}",
                                paint.paint(Meaning::Title, head.trim_end()),
                                paint.paint(Meaning::Muted, &format!(" ({badge})"))
                            )),
                            _ => line(paint.paint(Meaning::Title, &l)),
                        }
                    }
                }
                Block::Heading(h) => wrap(h, width, "", "")
                    .into_iter()
                    .for_each(|l| line(paint.paint(Meaning::Heading, &l))),
                Block::Sub(h) => wrap(&format!("{h}:"), width, "", "")
                    .into_iter()
                    .for_each(|l| line(paint.paint(Meaning::Heading, &l))),
                Block::Para(p) => wrap(p, width, "", "").into_iter().for_each(line),
                Block::Field(k, v) => wrap(&format!("{k}: {v}"), width, "", "  ")
                    .into_iter()
                    .for_each(line),
                Block::Bullets(items) => {
                    for it in items {
                        wrap(it, width, "- ", "  ").into_iter().for_each(&mut line);
                    }
                }
                Block::Muted(p) => wrap(p, width, "", "")
                    .into_iter()
                    .for_each(|l| line(paint.paint(Meaning::Muted, &l))),
                Block::Pre(lines) => lines.iter().cloned().for_each(line),
            }
        }
        out
    }

    /// Markdown for pasting into documents: one line per paragraph (the editor wraps).
    pub fn to_markdown(&self) -> String {
        let mut parts = Vec::new();
        for b in &self.blocks {
            parts.push(match b {
                Block::Title(name, badge) => format!("# {} ({badge})", md(name)),
                Block::Heading(h) => format!("## {}", md(h)),
                Block::Sub(h) => format!("### {}", md(h)),
                Block::Para(p) => md(p),
                Block::Field(k, v) => format!("**{}:** {}", md(k), md(v)),
                Block::Bullets(items) => items
                    .iter()
                    .map(|i| format!("- {}", md(i)))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Block::Muted(p) => format!("*{}*", md(p)),
                Block::Pre(lines) => format!("```text\n{}\n```", lines.join("\n")),
            });
        }
        let mut s = parts.join("\n\n");
        s.push('\n');
        s
    }
}

/// Escape what Markdown would otherwise read as emphasis or code, and a leading marker that
/// would turn a paragraph into a heading, quote or list.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '*' | '`' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    if out.starts_with(['#', '>', '-', '+']) {
        out.insert(0, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Doc {
        let mut d = Doc::default();
        d.push(Block::Title("Radiolog".into(), "yrke".into()));
        d.para("Tolker bilder.");
        d.heading("Arbeidssteder");
        d.bullets(vec!["sykehus".into(), "klinikker".into()]);
        d
    }

    #[test]
    fn text_has_no_blank_line_after_headings_and_one_between_blocks() {
        assert_eq!(
            sample().to_text(80, Paint::OFF),
            "Radiolog (yrke)\nTolker bilder.\n\nArbeidssteder\n- sykehus\n- klinikker\n"
        );
    }

    #[test]
    fn markdown_uses_headings_and_list_items() {
        assert_eq!(
            sample().to_markdown(),
            "# Radiolog (yrke)\n\nTolker bilder.\n\n## Arbeidssteder\n\n- sykehus\n- klinikker\n"
        );
    }

    #[test]
    fn markdown_escapes_emphasis_and_leading_markers() {
        assert_eq!(md("2*3 `x`"), "2\\*3 \\`x\\`");
        assert_eq!(md("# ikke overskrift"), "\\# ikke overskrift");
    }
}
