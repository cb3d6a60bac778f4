//! hearsay: a terminal news reader that knows who said what.
//!
//! The library holds everything but the terminal: the document model,
//! ingest of news files, analysis, and the JSON export. Data flows one way:
//! file -> [`ingest`] -> [`model::Article`] -> analysis -> [`model::Corpus`].

pub mod analysis;
pub mod export;
pub mod ingest;
pub mod model;
pub mod sample;
