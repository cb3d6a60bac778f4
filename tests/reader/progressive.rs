//! A large corpus is shown before its analysis ends: its articles can be
//! read at once, quotes and people follow, and nothing the user did in
//! between is lost.

use crate::fixture::{self, press};
use hearsay::app::{App, Indexed, Screen};
use hearsay::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn draw(app: &App) -> String {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::render(f, app, &Theme::plain())).unwrap();
    t.backend().to_string()
}

/// The fixture's articles as read from the files, before analysis.
fn articles_only() -> Indexed {
    Indexed::build(hearsay::ingest::load_texts(&[
        ("a.txt", fixture::A),
        ("b.txt", fixture::B),
    ]))
}

/// A session that saved its place in the second article with a quote
/// selected (`keys` from the start), and the next one, which has the
/// articles but not yet their analysis. Also the saved quote's index.
fn reopened_before_analysis(keys: &[&str]) -> (App, Option<usize>) {
    let mut before = fixture::app(120, 40);
    press(&mut before, keys);
    let quote = reader(&before).quote;
    assert!(quote.is_some());
    before.record_position();
    let mut a = App::loading("test");
    a.resize(120, 40);
    a.set_reading(before.reading.current());
    a.set_articles(articles_only(), Vec::new());
    assert_eq!(reader(&a).article, 1);
    (a, quote)
}

fn reader(app: &App) -> &hearsay::app::ReaderState {
    match &app.ui.screen {
        Screen::Reader(r) => r,
        s => panic!("not the reader: {s:?}"),
    }
}

#[test]
fn articles_are_read_before_the_analysis_and_what_the_user_did_stays() {
    let mut a = App::loading("test");
    a.resize(120, 40);
    a.set_articles(articles_only(), Vec::new());
    let screen = draw(&a);
    assert!(screen.contains("Talks Resume in Geneva"), "{screen}");
    assert!(screen.contains("finding quotes and people"), "{screen}");
    assert!(screen.contains("finding people…"), "{screen}");

    // Open the second article, star it; quote keys explain the wait.
    press(&mut a, &["j", "Enter", "*"]);
    press(&mut a, &["]"]);
    assert_eq!(reader(&a).quote, None);
    assert_eq!(
        a.ui.message.as_deref(),
        Some("Still finding quotes and people…")
    );
    press(&mut a, &["w"]);
    assert!(matches!(a.ui.screen, Screen::Reader(_)), "no chart yet");

    a.set_analysed(Indexed::build(fixture::corpus()));
    assert!(a.analysing.is_none());
    assert_eq!(
        reader(&a).article,
        1,
        "still on the article the user opened"
    );
    assert!(a.ui.read.contains(&1) && a.ui.starred.contains(&1));
    let screen = draw(&a);
    assert!(!screen.contains("finding"), "{screen}");
    assert!(screen.contains("Sergei Lavrov"), "people arrived: {screen}");
    press(&mut a, &["]"]);
    assert!(reader(&a).quote.is_some(), "quotes arrived");
}

#[test]
fn the_saved_quote_waits_for_the_analysis_and_is_not_lost_meanwhile() {
    let (mut a, quote) = reopened_before_analysis(&["j", "Enter", "]", "]"]);
    let key = a.reading.saved.last.as_ref().unwrap().quote.clone();
    assert!(key.is_some());
    assert_eq!(reader(&a).quote, None, "no quotes yet");
    // Quitting now keeps the saved quote as the position.
    a.record_position();
    assert_eq!(a.reading.current().last.unwrap().quote, key);

    a.set_analysed(Indexed::build(fixture::corpus()));
    assert_eq!(reader(&a).quote, quote, "selected when the quotes arrive");
}

#[test]
fn the_saved_quote_is_not_forced_on_a_reader_who_moved() {
    let (mut a, _) = reopened_before_analysis(&["j", "Enter", "]"]);
    press(&mut a, &["Esc", "k"]);
    a.set_analysed(Indexed::build(fixture::corpus()));
    assert_eq!(reader(&a).article, 0);
    assert_eq!(reader(&a).quote, None);
}

/// The articles shown before their analysis, with `query` typed in the
/// finder.
fn finder_before_analysis(query: &str) -> App {
    let mut a = App::loading("test");
    a.resize(120, 40);
    a.set_articles(articles_only(), Vec::new());
    press(&mut a, &["/"]);
    fixture::type_text(&mut a, query);
    a
}

#[test]
fn the_finder_keeps_the_selected_item_when_people_arrive() {
    let mut a = finder_before_analysis("geneva");
    let hit = |a: &App| match &a.ui.popup {
        Some(hearsay::app::Popup::Finder(f)) => a.finder.items[f.hits[f.selected].item].target,
        other => panic!("no finder: {other:?}"),
    };
    let before = hit(&a);
    a.set_analysed(Indexed::build(fixture::corpus()));
    assert_eq!(hit(&a), before, "the same article stays selected");
    press(&mut a, &["Enter"]);
    assert_eq!(reader(&a).article, 1);
}

#[test]
fn a_query_typed_before_the_analysis_finds_the_people_it_brings() {
    // Before the analysis the finder has titles only: none matches.
    let mut a = finder_before_analysis("pezeshki");
    a.set_analysed(Indexed::build(fixture::corpus()));
    // The next letter searches the new index, not what the old one matched.
    fixture::type_text(&mut a, "a");
    let Some(hearsay::app::Popup::Finder(f)) = &a.ui.popup else {
        panic!("no finder");
    };
    let first = a.finder.items[f.hits[0].item].target;
    assert_eq!(
        first,
        hearsay::search::Target::Entity(fixture::PEZESHKIAN, hearsay::model::EntityKind::Person),
        "{:?}",
        f.hits
    );
}

#[test]
fn quotes_and_people_come_before_the_finders_index_which_then_finds_them() {
    // As the worker sends a large corpus: the corpus with the sidebar's
    // index first, the finder's index after.
    let mut a = finder_before_analysis("pezeshki");
    let Indexed {
        corpus,
        index,
        finder,
    } = Indexed::build(fixture::corpus());
    a.set_quotes(corpus, index);
    assert!(a.analysing.is_none(), "quotes and people are shown");
    let hits = |a: &App| match &a.ui.popup {
        Some(hearsay::app::Popup::Finder(f)) => f
            .hits
            .iter()
            .map(|h| a.finder.items[h.item].target)
            .collect::<Vec<_>>(),
        other => panic!("no finder: {other:?}"),
    };
    assert!(
        hits(&a).is_empty(),
        "the titles' index still: no title matches"
    );
    a.set_finder(finder);
    let person =
        hearsay::search::Target::Entity(fixture::PEZESHKIAN, hearsay::model::EntityKind::Person);
    assert_eq!(hits(&a).first(), Some(&person), "found without another key");
    press(&mut a, &["Enter"]);
    assert!(
        matches!(a.ui.screen, Screen::Person { .. }),
        "{:?}",
        a.ui.screen
    );
}

#[test]
fn leaving_the_restored_article_drops_its_saved_quote() {
    let (mut a, _) = reopened_before_analysis(&["j", "Enter", "]"]);
    // Away and back, before the quotes arrive.
    press(&mut a, &["Esc", "k", "j"]);
    assert_eq!(reader(&a).article, 1);
    a.record_position();
    assert_eq!(a.reading.current().last.unwrap().quote, None);
    a.set_analysed(Indexed::build(fixture::corpus()));
    assert_eq!(reader(&a).quote, None, "not forced on a reader who moved");
}

#[test]
fn a_failed_analysis_says_quotes_are_unavailable_not_that_there_are_none() {
    let mut a = App::loading("test");
    a.resize(120, 40);
    a.set_articles(articles_only(), Vec::new());
    // Enter in the body would open the quote's speaker: not yet.
    press(&mut a, &["Enter", "Enter"]);
    assert_eq!(
        a.ui.message.as_deref(),
        Some("Still finding quotes and people…")
    );
    a.analysis_failed("finding quotes and people failed (a test)".into());
    let screen = draw(&a);
    assert!(screen.contains("quotes unavailable"), "{screen}");
    assert!(screen.contains("people unavailable"), "{screen}");
    assert!(!screen.contains("0 quotes"), "{screen}");
    press(&mut a, &["]"]);
    assert_eq!(
        a.ui.message.as_deref(),
        Some("Quotes and people are unavailable: their analysis failed")
    );
    press(&mut a, &["j"]);
    assert_eq!(reader(&a).article, 0, "the body still scrolls");
}
