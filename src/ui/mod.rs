//! Drawing: a pure function of `&App` onto any ratatui backend.
//! (Placeholder: the explorer helper builds the panes, layouts, theme and help overlay.)

use ratatui::Frame;
use ratatui::widgets::{Block, Borders, List, ListItem};

use crate::app::App;

/// How to draw: chosen once per session from flags and the environment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Use the 16 ANSI colours; without, only bold/reverse/underline.
    pub color: bool,
    /// Plain ASCII borders and symbols (non-UTF-8 locale or `--ascii`).
    pub ascii: bool,
}

pub fn draw(frame: &mut Frame, app: &App, _opts: &Options) {
    let items: Vec<ListItem> = app
        .hits
        .iter()
        .map(|h| ListItem::new(format!("{} ({})", h.name, h.kind.badge())))
        .collect();
    let list = List::new(items).block(
        Block::default()
            .borders(Borders::ALL)
            .title(format!("Søk: {}", app.query)),
    );
    frame.render_widget(list, frame.area());
}
