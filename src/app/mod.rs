//! Explorer state and the only place it changes (`update`). No terminal here: events come in
//! as values and drawing reads `&App`, so the same app runs locally, over SSH and in tests.
//! (Placeholder: the explorer helper builds the real state, keymap and actions.)

use std::sync::Arc;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::dataset::Dataset;
use crate::search::{Hit, Index};

/// Everything the user can ask for. Keys map to these; only [`update`] applies them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Add a character to the query.
    Type(char),
    /// Remove the last character of the query.
    Backspace,
    /// Leave the explorer.
    Quit,
}

pub struct App {
    pub data: Arc<Dataset>,
    pub index: Arc<Index>,
    pub query: String,
    pub hits: Vec<Hit>,
    quit: bool,
}

impl App {
    pub fn new(data: Arc<Dataset>, index: Arc<Index>) -> App {
        let hits = index.search("", usize::MAX);
        App {
            data,
            index,
            query: String::new(),
            hits,
            quit: false,
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// Apply a terminal event; returns whether the screen must be redrawn.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => match action_for(k) {
                Some(a) => {
                    update(self, a);
                    true
                }
                None => false,
            },
            Event::Resize(..) => true,
            _ => false,
        }
    }
}

fn action_for(k: &KeyEvent) -> Option<Action> {
    match (k.code, k.modifiers) {
        (KeyCode::Char('c'), KeyModifiers::CONTROL) => Some(Action::Quit),
        (KeyCode::Esc, _) => Some(Action::Quit),
        (KeyCode::Char(c), m) if !m.contains(KeyModifiers::CONTROL) => Some(Action::Type(c)),
        (KeyCode::Backspace, _) => Some(Action::Backspace),
        _ => None,
    }
}

/// Apply one action to the state.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Type(c) => app.query.push(c),
        Action::Backspace => {
            app.query.pop();
        }
        Action::Quit => app.quit = true,
    }
    app.hits = app.index.search(&app.query, usize::MAX);
}
