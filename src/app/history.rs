//! Browser-like history of opened entries: opening after going back drops the forward part.

/// Opened entry ids with a cursor at the one shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    entries: Vec<String>,
    cursor: usize,
}

impl History {
    /// Record that `id` was opened. Opening the entry already at the cursor changes nothing.
    pub fn visit(&mut self, id: &str) {
        if self.current() == Some(id) {
            return;
        }
        if !self.entries.is_empty() {
            self.entries.truncate(self.cursor + 1);
        }
        self.entries.push(id.to_string());
        self.cursor = self.entries.len() - 1;
    }

    /// The entry at the cursor.
    pub fn current(&self) -> Option<&str> {
        self.entries.get(self.cursor).map(String::as_str)
    }

    /// Step back; returns the entry now at the cursor, or `None` at the start.
    pub fn back(&mut self) -> Option<&str> {
        if self.cursor == 0 {
            return None;
        }
        self.cursor -= 1;
        self.current()
    }

    /// Step forward; returns the entry now at the cursor, or `None` at the end.
    pub fn forward(&mut self) -> Option<&str> {
        if self.cursor + 1 >= self.entries.len() {
            return None;
        }
        self.cursor += 1;
        self.current()
    }

    pub fn can_back(&self) -> bool {
        self.cursor > 0
    }

    pub fn can_forward(&self) -> bool {
        self.cursor + 1 < self.entries.len()
    }

    /// All entries, oldest first, and the cursor's position among them (for the breadcrumb).
    pub fn trail(&self) -> (&[String], usize) {
        (&self.entries, self.cursor)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::History;

    #[test]
    fn back_forward_and_branching_like_a_browser() {
        let mut h = History::default();
        assert_eq!(h.back(), None);
        h.visit("a");
        h.visit("b");
        h.visit("c");
        assert_eq!(h.back(), Some("b"));
        assert_eq!(h.back(), Some("a"));
        assert_eq!(h.back(), None);
        assert_eq!(h.forward(), Some("b"));
        h.visit("d");
        assert!(!h.can_forward());
        assert_eq!(h.trail().0, ["a", "b", "d"]);
        h.visit("d");
        assert_eq!(
            h.trail().0.len(),
            3,
            "re-opening the current entry is not a new step"
        );
    }
}
