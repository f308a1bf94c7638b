//! Plain-text rendering for `yrke show`, `timeline` and `related`: no box drawing, wrapped by
//! display width, colour only when asked for. Pure functions of the dataset; the command line
//! decides width and colour and does the writing.

pub mod chart;
pub mod compare;
pub mod date;
pub mod doc;
pub mod entry;
pub mod paint;
pub mod path;
pub mod route;
pub mod wrap;

pub use doc::{Block, Doc};
pub use paint::{Meaning, Paint};
