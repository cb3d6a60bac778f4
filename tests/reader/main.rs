//! The reader: state transitions (no terminal) and screen snapshots.

mod fixture;
mod snapshots;
mod state;
