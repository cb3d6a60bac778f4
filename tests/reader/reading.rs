//! Read, unread and starred, and the position restored: keys -> state ->
//! changes to save -> a new session, with no terminal and no files.

use crate::fixture::{app, press};
use hearsay::app::{App, Pane, Screen};
use hearsay::config::Config;
use hearsay::state::State;
use hearsay::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn draw(app: &App) -> String {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::render(f, app, &Theme::plain())).unwrap();
    t.backend().to_string()
}

/// What this session would save, applied to `saved`.
fn saved_after(app: &mut App) -> State {
    app.record_position();
    let s = app.reading.current();
    app.saved(s.clone());
    s
}

#[test]
fn opening_marks_read_and_u_toggles() {
    let mut a = app(120, 40);
    press(&mut a, &["Enter"]);
    let id0 = a.corpus.articles[0].id.clone();
    assert_eq!(a.reading.changes.read.get(&id0), Some(&true));
    press(&mut a, &["u"]);
    assert!(!a.ui.read.contains(&0));
    assert_eq!(a.reading.changes.read.get(&id0), Some(&false));
    assert_eq!(a.ui.message.as_deref(), Some("Marked unread"));
    press(&mut a, &["n"]);
    assert!(a.ui.read.contains(&1), "n: next unread");
    press(&mut a, &["n"]);
    assert!(
        a.ui.read.contains(&0),
        "wraps round to the one marked unread"
    );
    press(&mut a, &["u"]);
    assert!(draw(&a).contains("1 unread"));
}

#[test]
fn stars_on_articles_and_quotes_show_and_are_recorded() {
    let mut a = app(120, 40);
    press(&mut a, &["*"]);
    assert!(a.ui.starred.contains(&0));
    let screen = draw(&a);
    assert!(screen.contains("▶● ★ Moscow and Tehran"), "{screen}");
    assert!(screen.contains("· 1 ★"), "{screen}");
    press(&mut a, &["f"]);
    assert!(
        a.ui.message
            .as_deref()
            .unwrap()
            .starts_with("No quote selected"),
        "f with no quote selected says how"
    );
    press(&mut a, &["Enter", "]", "f"]);
    let Screen::Reader(r) = &a.ui.screen else {
        panic!()
    };
    let q = r.quote.unwrap();
    assert!(a.ui.starred_quotes.contains(&(0, q)));
    assert!(
        a.ui.message
            .as_deref()
            .unwrap()
            .starts_with("★ Quote starred")
    );
    let screen = draw(&a);
    assert!(
        screen.contains("│▌★"),
        "selected and starred quote: {screen}"
    );
    press(&mut a, &["]"]);
    assert!(draw(&a).contains("│★ "), "starred quote, not selected");

    let s = saved_after(&mut a);
    assert_eq!(s.starred_articles.len(), 1);
    let (key, sq) = s.starred_quotes.iter().next().unwrap();
    assert_eq!(*key, a.quote_key(0, q));
    assert!(key.starts_with(&a.corpus.articles[0].id));
    assert_eq!(sq.speaker.as_deref(), Some("Sergei Lavrov"));
    assert_eq!(sq.title, "Moscow and Tehran Near a Deal");
    assert_eq!(sq.line, 3);
    assert_eq!(sq.path, std::path::PathBuf::from("a.txt"));
    assert!(sq.text.contains("Moscow and Tehran will complete"));

    // Unstar both.
    press(&mut a, &["[", "f", "*"]);
    let s = saved_after(&mut a);
    assert!(s.starred_quotes.is_empty() && s.starred_articles.is_empty());
}

#[test]
fn quotes_can_be_starred_from_a_persons_quotes() {
    let mut a = app(120, 40);
    press(&mut a, &["Enter", "]", "s"]);
    assert!(matches!(a.ui.screen, Screen::Person(_)));
    press(&mut a, &["j", "f"]);
    assert_eq!(a.ui.starred_quotes.len(), 1);
    assert!(draw(&a).contains("│▶★"));
}

#[test]
fn a_new_session_restores_read_stars_and_position() {
    let mut a = app(120, 40);
    press(&mut a, &["j", "Enter", "]", "]", "f", "*"]);
    let Screen::Reader(before) = a.ui.screen.clone() else {
        panic!()
    };
    let saved = saved_after(&mut a);
    assert_eq!(saved.last.as_ref().unwrap().pane, "body");

    let mut b = app(120, 40);
    b.set_reading(saved.clone());
    let Screen::Reader(r) = &b.ui.screen else {
        panic!()
    };
    assert_eq!(r.article, 1);
    assert_eq!(r.quote, before.quote);
    assert_eq!(r.scroll, before.scroll);
    assert_eq!(r.focus, Pane::Body);
    assert!(b.ui.read.contains(&1) && !b.ui.read.contains(&0));
    assert!(b.ui.starred.contains(&1));
    assert!(b.ui.starred_quotes.contains(&(1, before.quote.unwrap())));
    assert!(b.reading.changes.is_empty(), "restoring changes nothing");
    assert!(
        b.ui.message
            .as_deref()
            .unwrap()
            .starts_with("Back where you left off")
    );

    // The same articles in other files, in another order: still found by
    // their content.
    let mut moved = hearsay::ingest::load_texts(&[
        ("elsewhere/b.txt", crate::fixture::B),
        ("elsewhere/a.txt", crate::fixture::A),
    ]);
    let fx = crate::fixture::corpus();
    moved.entities = fx.entities.clone();
    moved.articles[0].quotes = fx.articles[1].quotes.clone();
    moved.articles[0].mentions = fx.articles[1].mentions.clone();
    moved.articles[1].quotes = fx.articles[0].quotes.clone();
    moved.articles[1].mentions = fx.articles[0].mentions.clone();
    let mut c = App::new(moved);
    c.resize(120, 40);
    c.set_reading(saved);
    let Screen::Reader(r) = &c.ui.screen else {
        panic!()
    };
    assert_eq!(r.article, 0, "b.txt now comes first");
    assert!(c.ui.read.contains(&0) && c.ui.starred.contains(&0));
    assert!(c.ui.starred_quotes.contains(&(0, before.quote.unwrap())));
}

#[test]
fn the_state_arriving_before_the_corpus_is_applied_when_it_comes() {
    let mut a = app(120, 40);
    press(&mut a, &["j", "Enter"]);
    let saved = saved_after(&mut a);
    let mut b = App::loading("test");
    b.set_reading(saved);
    b.set_corpus(crate::fixture::corpus(), Vec::new());
    b.resize(120, 40);
    let Screen::Reader(r) = &b.ui.screen else {
        panic!()
    };
    assert_eq!(r.article, 1);
    assert!(b.ui.read.contains(&1));
}

#[test]
fn the_users_keymap_drives_the_reader() {
    let cfg = Config::parse(
        "[keys.reading]\n\"x\" = \"star-article\"\n\"q\" = \"none\"\n",
        std::path::Path::new("c.toml"),
    )
    .unwrap();
    let mut a = app(120, 40);
    a.keymap = cfg.keymap();
    press(&mut a, &["x"]);
    assert!(a.ui.starred.contains(&0));
    assert!(!a.press(hearsay::app::Key::ch('q')), "q unbound");
    assert!(!a.ui.quit);
}

#[test]
fn pane_widths_come_from_the_config() {
    let mut a = app(150, 40);
    let before = a.viewport().list.w;
    a.panes = hearsay::app::PaneWidths {
        list: 40,
        sidebar: 22,
    };
    assert!(a.viewport().list.w > before);
}
