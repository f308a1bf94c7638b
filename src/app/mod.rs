//! Explorer state and the only place it changes ([`update`]). No terminal here: events come
//! in as values and drawing reads `&App`, so the same app runs locally, over SSH (one `App`
//! per session) and in tests.

mod action;
pub mod coalesce;
mod filter;
pub mod history;
pub mod keymap;
pub mod layout;
pub mod measure;
pub mod scroll;
mod update;

use std::sync::Arc;

use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

pub use action::Action;
pub use filter::Filter;
pub use history::History;
pub use keymap::Mode;
pub use update::update;

use crate::dataset::Dataset;
use crate::dataset::relations::Relation;
use crate::lang::Lang;
use crate::search::{Hit, Index};
pub use measure::Measure;

/// The four panes, numbered 1–4 as on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Search,
    Detail,
    Related,
    Timeline,
}

impl Pane {
    /// In screen order; index + 1 is the pane's number.
    pub const ALL: [Pane; 4] = [Pane::Search, Pane::Detail, Pane::Related, Pane::Timeline];

    /// 1–4, as on the pane titles and keys.
    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Pane {
        Pane::ALL[self.number() % 4]
    }

    pub fn prev(self) -> Pane {
        Pane::ALL[(self.number() + 2) % 4]
    }

    /// The pane's name, on its title and tab.
    pub fn title(self, lang: Lang) -> &'static str {
        use crate::lang::Ui;
        lang.t(match self {
            Pane::Search => Ui::PaneSearch,
            Pane::Detail => Ui::PaneDetail,
            Pane::Related => Ui::PaneRelated,
            Pane::Timeline => Ui::PaneTimeline,
        })
    }
}

/// All state of one explorer session. Read through the accessors; change only via [`update`].
#[derive(Debug, Clone)]
pub struct App {
    data: Arc<Dataset>,
    index: Arc<Index>,
    /// How long the drawn panes are; given by the caller so state never depends on drawing.
    measure: Arc<dyn Measure>,
    v: View,
    /// Where each entry left off (selection and scroll), restored by Back and Forward. Kept
    /// outside `View` so the per-event compare does not clone it.
    places: std::collections::HashMap<String, Place>,
}

/// The reading position within one entry's panes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Place {
    rel_sel: usize,
    rel_offset: usize,
    detail_scroll: usize,
    timeline_scroll: usize,
}

/// The changeable part, compared before and after an action to know whether to redraw.
#[derive(Debug, Clone, PartialEq)]
struct View {
    query: String,
    hits: Vec<Hit>,
    /// How many entries matched; `hits` holds at most [`MAX_HITS`] of them.
    hits_total: usize,
    hit_sel: usize,
    hit_offset: usize,
    /// The entry shown in Detaljer, Relaterte and Utdanningsløp (a preview or an opened one).
    current: Option<String>,
    relations: Vec<Relation>,
    rel_sel: usize,
    /// First visible row of the Relaterte list (rows, not entries: notes take rows too).
    rel_offset: usize,
    detail_scroll: usize,
    timeline_scroll: usize,
    help_scroll: usize,
    focus: Pane,
    /// The right-hand pane shown in the tabbed layout while Søk has focus.
    tab: Pane,
    help: bool,
    history: History,
    /// Last known terminal size (columns, rows), for layout-dependent scrolling and the mouse.
    size: (u16, u16),
    quit: bool,
    /// One Ctrl-C was pressed; a second leaves, anything else cancels.
    quit_armed: bool,
    /// What Esc cleared, until something else is typed.
    cleared_query: Option<String>,
    filter: Filter,
    /// The query found nothing and `hits` holds "Mente du …?" names instead.
    suggesting: bool,
    /// Entries marked for comparison, in the order marked; lives in the session only.
    shortlist: Vec<String>,
    compare: bool,
    compare_scroll: usize,
    /// Bokmål or nynorsk around the dataset's text; Ctrl-L switches it for this session.
    lang: Lang,
}

/// How many entries `yrke compare` (and the comparison view) takes.
pub const MAX_MARKED: usize = 4;

/// The longest query kept: longer than any name or phrase, short enough that a paste of a
/// whole page costs one bounded search per key rather than ever longer ones.
pub const MAX_QUERY: usize = 80;

/// Hits kept for the list. A pupil scrolls a few screenfuls at most, and building a `Hit` per
/// match is what costs time on large datasets (a short query can match 75 000 of 100 000).
pub const MAX_HITS: usize = 500;

impl App {
    /// A new session over a shared dataset and index. Starts with an empty query (all entries
    /// listed) and nothing opened; the size is assumed 80×24 until a resize event says otherwise.
    pub fn new(data: Arc<Dataset>, index: Arc<Index>, measure: Arc<dyn Measure>) -> App {
        let (hits, hits_total) = index.search_with_total("", MAX_HITS);
        App {
            data,
            index,
            measure,
            v: View {
                query: String::new(),
                hits,
                hits_total,
                hit_sel: 0,
                hit_offset: 0,
                current: None,
                relations: Vec::new(),
                rel_sel: 0,
                rel_offset: 0,
                detail_scroll: 0,
                timeline_scroll: 0,
                help_scroll: 0,
                focus: Pane::Search,
                tab: Pane::Detail,
                help: false,
                history: History::default(),
                size: (80, 24),
                quit: false,
                quit_armed: false,
                cleared_query: None,
                filter: Filter::All,
                suggesting: false,
                shortlist: Vec::new(),
                compare: false,
                compare_scroll: 0,
                lang: Lang::Nb,
            },
            places: Default::default(),
        }
    }

    pub fn should_quit(&self) -> bool {
        self.v.quit
    }

    /// Apply a terminal event; returns whether the screen must be redrawn.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        let actions: Vec<Action> = match event {
            Event::Key(k) if k.kind == KeyEventKind::Release => Vec::new(),
            Event::Key(k) => keymap::resolve(k, self.mode()).into_iter().collect(),
            Event::Resize(w, h) => vec![Action::Resize(*w, *h)],
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => vec![Action::Click(m.column, m.row)],
                MouseEventKind::ScrollDown => vec![Action::Wheel {
                    col: m.column,
                    row: m.row,
                    down: true,
                }],
                MouseEventKind::ScrollUp => vec![Action::Wheel {
                    col: m.column,
                    row: m.row,
                    down: false,
                }],
                _ => Vec::new(),
            },
            // Pasted text goes into the query, without line breaks or control characters.
            Event::Paste(s) => s
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|c| !c.is_control())
                .map(Action::Type)
                .collect(),
            _ => Vec::new(),
        };
        if actions.is_empty() {
            return false;
        }
        let resized = matches!(event, Event::Resize(..));
        let before = self.v.clone();
        for a in actions {
            update(self, a);
        }
        resized || self.v != before
    }

    /// Which keys apply now (see [`keymap`]).
    pub fn mode(&self) -> Mode {
        if self.v.help {
            Mode::Help
        } else if self.v.compare {
            Mode::Compare
        } else if self.v.focus == Pane::Related {
            Mode::Related
        } else if self.v.focus != Pane::Search {
            Mode::Reading
        } else if self.v.query.is_empty() {
            Mode::TypingEmpty
        } else {
            Mode::Typing
        }
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn query(&self) -> &str {
        &self.v.query
    }

    /// Search hits for the current query, best first (all entries in Norwegian order when empty).
    pub fn hits(&self) -> &[Hit] {
        &self.v.hits
    }

    /// How many entries matched the query; [`App::hits`] lists at most [`MAX_HITS`].
    pub fn hits_total(&self) -> usize {
        self.v.hits_total
    }

    /// Index of the selected hit in [`App::hits`].
    pub fn selected_hit(&self) -> usize {
        self.v.hit_sel
    }

    /// First hit shown in the list (scroll position).
    pub fn hit_offset(&self) -> usize {
        self.v.hit_offset
    }

    /// Id of the entry shown in Detaljer, Relaterte and Utdanningsløp.
    pub fn current(&self) -> Option<&str> {
        self.v.current.as_deref()
    }

    /// Relations of the current entry, as `dataset::relations::of` gives them.
    pub fn relations(&self) -> &[Relation] {
        &self.v.relations
    }

    pub fn selected_relation(&self) -> usize {
        self.v.rel_sel
    }

    pub fn related_offset(&self) -> usize {
        self.v.rel_offset
    }

    pub fn detail_scroll(&self) -> usize {
        self.v.detail_scroll
    }

    pub fn timeline_scroll(&self) -> usize {
        self.v.timeline_scroll
    }

    pub fn help_scroll(&self) -> usize {
        self.v.help_scroll
    }

    /// The same session in another written standard (from `--sprak`, the locale or the
    /// SSH client's variables).
    pub fn with_lang(mut self, lang: Lang) -> App {
        self.v.lang = lang;
        self
    }

    pub fn lang(&self) -> Lang {
        self.v.lang
    }

    pub fn focus(&self) -> Pane {
        self.v.focus
    }

    /// The right-hand pane the tabbed layout shows while Søk has focus.
    pub fn tab(&self) -> Pane {
        self.v.tab
    }

    pub fn help_open(&self) -> bool {
        self.v.help
    }

    /// True after one Ctrl-C: the next one leaves.
    pub fn quit_armed(&self) -> bool {
        self.v.quit_armed
    }

    /// The query Esc cleared, which Esc on the empty query brings back.
    pub fn cleared_query(&self) -> Option<&str> {
        self.v.cleared_query.as_deref()
    }

    /// Which kinds of entries the list shows.
    pub fn filter(&self) -> Filter {
        self.v.filter
    }

    /// Entries marked for comparison (at most [`MAX_MARKED`]).
    pub fn shortlist(&self) -> &[String] {
        &self.v.shortlist
    }

    pub fn compare_open(&self) -> bool {
        self.v.compare
    }

    pub fn compare_scroll(&self) -> usize {
        self.v.compare_scroll
    }

    /// True when the query found nothing and [`App::hits`] are close names to choose from.
    pub fn suggesting(&self) -> bool {
        self.v.suggesting
    }

    /// The query found nothing (suggestions may be offered): Detaljer says so.
    pub fn no_match(&self) -> bool {
        !self.v.query.trim().is_empty() && (self.v.hits.is_empty() || self.v.suggesting)
    }

    pub fn history(&self) -> &History {
        &self.v.history
    }

    /// Last known terminal size (columns, rows).
    pub fn size(&self) -> (u16, u16) {
        self.v.size
    }
}
