//! Scroll positions, shared by `update` (which keeps them in state) and drawing (which clamps
//! again in case it draws at another size than the app last heard of).

/// The first visible row so that rows `first..end` stay in view in a window of `height` rows
/// over `total` rows, moving as little as possible from `offset`.
pub fn follow(offset: usize, first: usize, end: usize, height: usize, total: usize) -> usize {
    if height == 0 {
        return offset.min(first);
    }
    let mut off = offset.min(total.saturating_sub(height));
    if end > off + height {
        off = end - height;
    }
    if first < off {
        off = first;
    }
    off
}

/// A text scroll position kept inside the text.
pub fn clamp(scroll: usize, total: usize, height: usize) -> usize {
    scroll.min(total.saturating_sub(height))
}

/// "1-20/80": the rows shown and the total, when the text does not fit.
pub fn indicator(scroll: usize, height: usize, total: usize) -> Option<String> {
    (total > height && height > 0)
        .then(|| format!("{}-{}/{}", scroll + 1, (scroll + height).min(total), total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_keeps_the_selection_in_view() {
        assert_eq!(follow(0, 5, 6, 10, 50), 0);
        assert_eq!(follow(0, 12, 13, 10, 50), 3);
        assert_eq!(follow(10, 4, 5, 10, 50), 4);
        // A window larger than the list starts at the top.
        assert_eq!(follow(7, 2, 3, 10, 5), 0);
    }

    #[test]
    fn indicator_only_when_it_does_not_fit() {
        assert_eq!(indicator(0, 10, 5), None);
        assert_eq!(indicator(3, 10, 40).as_deref(), Some("4-13/40"));
    }
}
