//! The reader on every hostile case: every view at several sizes, checked
//! cell by cell and byte by byte; snapshots of a few.

use crate::corpus::{self, Expect};
use crate::screen::{self, draw, tour};
use hearsay::app::App;
use hearsay::model::Corpus;
use hearsay::{analysis, ingest};
use std::path::Path;
use std::time::{Duration, Instant};

/// Reads one file the way the reader does: ingest, then analysis.
fn load(path: &Path) -> Corpus {
    let mut loaded = ingest::load_paths(&[path]);
    analysis::analyze(&mut loaded.corpus);
    loaded.corpus
}

const SIZES: [(u16, u16); 4] = [(120, 40), (80, 24), (50, 20), (16, 6)];

/// Every view: list, body and its quotes, the speaker's quotes, back, the
/// sidebar for the article and for all, who is talking, the finder with a
/// hostile query, help, the end of the body.
const KEYS: [&str; 20] = [
    "Enter", "]", "]", "s", "Enter", "Esc", "Esc", "Tab", "j", "a", "Enter", "Esc", "w", "Esc",
    "/", "Esc", "?", "Esc", "G", "C-u",
];

#[test]
fn every_case_renders_without_control_sequences_or_broken_rows() {
    let dir = tempfile::tempdir().unwrap();
    for (path, case) in corpus::write_all(dir.path()) {
        if case.expect != Expect::Loads {
            continue;
        }
        let started = Instant::now();
        let corpus = load(&path);
        let mut app = App::new(corpus);
        // The large cases at one size: the guard is about blow-ups.
        // A person's quotes on the megabyte cases: see the ignored test
        // below.
        let big = case.bytes.len() > 100_000;
        let (sizes, keys): (&[(u16, u16)], &[&str]) = if big {
            (&SIZES[1..2], &KEYS[7..])
        } else {
            (&SIZES, &KEYS)
        };
        tour(&mut app, case.name, sizes, keys);
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(crate::SECONDS),
            "{}: {took:?}",
            case.name
        );
    }
}

#[test]
fn a_hostile_query_in_the_finder_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, corpus::cases()[0].bytes.clone()).unwrap();
    let mut app = App::new(load(&path));
    screen::press(&mut app, "/");
    for c in "\x1b]52;c;aGVsbG8=\x07\u{202e}x\t日本".chars() {
        app.press(hearsay::app::Key::ch(c));
    }
    tour(&mut app, "finder query", &SIZES, &["Down", "Enter"]);
}

/// A few representative cases as snapshots of the body view (colourless).
#[test]
fn snapshots_of_representative_cases() {
    let wanted = [
        "ansi_osc",
        "bidi_zero_width",
        "tabs",
        "cjk_emoji",
        "combining",
        "rtl",
        "invalid_utf8",
    ];
    for case in corpus::cases() {
        if !wanted.contains(&case.name) {
            continue;
        }
        // In memory under a fixed name: the path shows in the body.
        let name = format!("{}.txt", case.name);
        let mut loaded = ingest::load_bytes(Path::new(&name), &case.bytes);
        analysis::analyze(&mut loaded.corpus);
        let mut app = App::new(loaded.corpus);
        app.resize(80, 24);
        screen::press(&mut app, "Enter");
        screen::press(&mut app, "]");
        let screen = draw(&app, 80, 24);
        insta::assert_snapshot!(format!("body_{}", case.name), screen.to_string());
        app.resize(40, 12);
        let screen = draw(&app, 40, 12);
        insta::assert_snapshot!(format!("narrow_{}", case.name), screen.to_string());
    }
}

#[test]
fn drawing_a_megabyte_paragraph_stays_within_bounds() {
    let para =
        "“We will not give up,” Minister Anna Berg said, and Berg added that nothing was agreed. ";
    let text = format!("Big\n\n{}\n", para.repeat(12_000));
    let mut app = App::new(ingest::load_texts(&[("big.txt", &text)]));
    app.resize(120, 40);
    screen::press(&mut app, "Enter");
    let started = Instant::now();
    for k in ["G", "]", "C-u", "g", "s", "Esc"] {
        screen::press(&mut app, k);
        screen::check_buffer(draw(&app, 120, 40).buffer(), k);
    }
    assert!(
        started.elapsed() < Duration::from_secs(crate::SECONDS),
        "{:?}",
        started.elapsed()
    );
}

/// A person quoted thousands of times in one paragraph: each quote's
/// sentence is looked for within a bounded window around it, so opening
/// and drawing their quotes stays linear (it was quadratic: 43 s for 5,000
/// quotes in 460 KB).
#[test]
fn a_person_quoted_thousands_of_times_in_one_paragraph_opens_quickly() {
    let para =
        "“We will not give up,” Minister Anna Berg said, and Berg added that nothing was agreed. ";
    let text = format!("Big\n\n{}\n", para.repeat(5_000));
    let mut corpus = ingest::load_texts(&[("big.txt", &text)]);
    analysis::analyze(&mut corpus);
    let mut app = App::new(corpus);
    app.resize(80, 24);
    let started = Instant::now();
    for k in ["Enter", "]", "s"] {
        screen::press(&mut app, k);
    }
    screen::check_buffer(draw(&app, 80, 24).buffer(), "person");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
