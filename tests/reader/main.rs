//! The reader: state transitions (no terminal) and screen snapshots.

mod fixture;
mod progressive;
mod reading;
mod snapshots;
mod state;
