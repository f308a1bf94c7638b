//! The drawn screen in 7-bit ASCII, for terminals without UTF-8.

use ratatui::buffer::Buffer;

/// Pure 7-bit output for terminals that can't show more: every run of cells between two
/// border cells is written again transliterated (æ → ae …). A letter that becomes two takes
/// the run's slack (its padding); only a full line loses its last letters.
pub fn rows(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let start = x;
            while x < area.right() && !matches!(buf[(x, y)].symbol(), "|" | "+") {
                x += 1;
            }
            run(buf, y, start, x);
            x += 1;
        }
    }
}

fn run(buf: &mut Buffer, y: u16, from: u16, to: u16) {
    if (from..to).all(|x| buf[(x, y)].symbol().is_ascii()) {
        return;
    }
    let mut cells: Vec<(String, ratatui::style::Style)> = Vec::new();
    for x in from..to {
        let cell = &buf[(x, y)];
        let style = cell.style();
        let sym = cell.symbol();
        if sym.is_empty() {
            // The second half of a wide character.
            cells.push((" ".into(), style));
            continue;
        }
        let mut plain = String::new();
        for c in sym.chars() {
            crate::text::push_ascii(c, &mut plain);
        }
        cells.extend(plain.chars().map(|c| (c.to_string(), style)));
    }
    for (i, x) in (from..to).enumerate() {
        let (sym, style) = cells
            .get(i)
            .cloned()
            .unwrap_or_else(|| (" ".into(), cells.last().map(|c| c.1).unwrap_or_default()));
        buf[(x, y)].set_symbol(&sym).set_style(style);
    }
}
