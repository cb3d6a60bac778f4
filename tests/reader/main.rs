//! The reader: state transitions (no terminal) and screen snapshots.

mod fixture;
mod reading;
mod snapshots;
mod state;
