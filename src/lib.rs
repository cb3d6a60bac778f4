//! hearsay: a terminal news reader that knows who said what.
//!
//! The library holds everything but the terminal: the document model,
//! ingest of news files, analysis, and the JSON export. Data flows one way:
//! file -> [`ingest`] -> [`model::Article`] -> analysis -> [`model::Corpus`].
//! The reader's state ([`app`]) and drawing ([`ui`]) sit on top; only
//! [`ui`], [`tui`] and `app::input` know the terminal library.

/// The analysis makes many small allocations from several threads at
/// once: mimalloc is much faster at that than the system allocator. Set in
/// the library, so the benches and examples measure what the binary runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod analysis;
pub mod app;
pub mod config;
pub mod display;
pub mod export;
pub mod ingest;
pub mod model;
pub mod report;
pub mod sample;
pub mod search;
pub mod state;
pub mod tui;
pub mod ui;
