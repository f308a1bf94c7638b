//! The real terminal, at the edge: set up, run the event loop, restore on every exit.
//! (Placeholder: the terminal helper builds colour/locale detection, signals, mouse, etc.)

use std::sync::Arc;

use ratatui::crossterm::event;

use crate::app::App;
use crate::cli::{CliError, Global, Outcome};
use crate::search::Index;

pub fn run_explorer(global: &Global) -> Result<Outcome, CliError> {
    let data = Arc::new(crate::cli::load(global)?);
    let index = Arc::new(Index::new(&data));
    let mut app = App::new(data, index);
    let opts = crate::ui::Options::default();
    let mut terminal = ratatui::init();
    let result = (|| -> std::io::Result<()> {
        terminal.draw(|f| crate::ui::draw(f, &app, &opts))?;
        while !app.should_quit() {
            let ev = event::read()?;
            if app.handle_event(&ev) {
                terminal.draw(|f| crate::ui::draw(f, &app, &opts))?;
            }
        }
        Ok(())
    })();
    ratatui::restore();
    result?;
    Ok(Outcome::Ok)
}
