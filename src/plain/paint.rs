//! Optional ANSI styling for plain output. Off means the input comes back byte for byte, so a
//! pipe or a file never sees an escape code; on uses only bold, dim and the 16 basic colours.

/// What a piece of text means; the style follows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// The entry's name at the top.
    Title,
    /// A section heading.
    Heading,
    /// Kind badges, dates, secondary text.
    Muted,
    /// Chart bars: study, LIS1, LIS2/LIS3.
    Study,
    Lis1,
    Later,
    /// Milestone markers on the chart.
    Mark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paint {
    pub on: bool,
}

impl Paint {
    pub const OFF: Paint = Paint { on: false };

    pub fn new(on: bool) -> Paint {
        Paint { on }
    }

    /// `text` styled for `meaning`, or unchanged when colour is off.
    pub fn paint(self, meaning: Meaning, text: &str) -> String {
        if !self.on || text.is_empty() {
            return text.to_string();
        }
        let code = match meaning {
            Meaning::Title => "1;36",
            Meaning::Heading => "1",
            Meaning::Muted => "2",
            Meaning::Study => "34",
            Meaning::Lis1 => "32",
            Meaning::Later => "33",
            Meaning::Mark => "1;35",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_returns_the_text_unchanged() {
        assert_eq!(Paint::OFF.paint(Meaning::Heading, "Kilder"), "Kilder");
    }

    #[test]
    fn on_wraps_in_an_escape_and_a_reset() {
        let s = Paint::new(true).paint(Meaning::Heading, "Kilder");
        assert!(s.starts_with("\x1b[1m") && s.ends_with("\x1b[0m"), "{s:?}");
    }
}
