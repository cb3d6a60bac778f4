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

// mimalloc's options, by their number in the vendored mimalloc v3
// (`mi_option_e` in its mimalloc.h; libmimalloc-sys names not all of them).
unsafe extern "C" {
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
const MI_DEFAULT_PURGE_DELAY: std::ffi::c_long = 1000;

/// Hands memory freed by one stage of the analysis back to the system
/// sooner (after 100 ms; mimalloc v3 waits a second by default), so that
/// the next stage, on other threads, does not add to the peak: a 10,000
/// article export peaks some 8 MB lower, for a little system time. Call it
/// first thing; it changes nothing if the option's number or default is
/// not what this build expects.
pub fn tune_allocator() {
    // SAFETY: plain calls into the linked mimalloc; reading and setting an
    // option is allowed at any time.
    unsafe {
        if mi_option_get(MI_OPTION_PURGE_DELAY) == MI_DEFAULT_PURGE_DELAY {
            mi_option_set(MI_OPTION_PURGE_DELAY, 100);
        }
    }
}

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
