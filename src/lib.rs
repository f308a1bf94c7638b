//! yrke: a terminal explorer of occupations and medical specialties for Norwegian pupils and
//! school counsellors.
//!
//! Data flows one way: `dataset` (load, validate) → `search` (fold, match, rank) → `app`
//! (state, `Action`, `update`) → `ui` (draw) → `term` (the real terminal, at the edge).
//! `dataset` and `search` do not depend on ratatui.

pub mod app;
pub mod cli;
pub mod collate;
pub mod config;
pub mod dataset;
pub mod error;
pub mod input;
pub mod lang;
pub mod plain;
pub mod search;
pub mod serve;
pub mod term;
pub mod text;
pub mod ui;

pub use error::DataError;
