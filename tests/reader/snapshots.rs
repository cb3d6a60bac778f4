//! Every view as text, at a wide and a narrow terminal size. Drawn with
//! the colourless theme: what shows here shows under NO_COLOR too.

use crate::fixture::{app, press, type_text};
use hearsay::app::App;
use hearsay::ui::{self, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: [(u16, u16); 2] = [(120, 40), (50, 20)];

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::render(f, app, &Theme::plain())).unwrap();
    t.backend().to_string()
}

/// Builds the app at each size with `keys`, and snapshots it.
fn snap(name: &str, keys: &[&str], typed: &str) {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        press(&mut a, keys);
        type_text(&mut a, typed);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), draw(&a, w, h));
    }
}

#[test]
fn article_list() {
    snap("list", &["j"], "");
}

#[test]
fn article_body_with_selected_quote() {
    snap("body", &["]", "]"], "");
}

#[test]
fn entity_sidebar() {
    snap("sidebar", &["Tab", "Tab", "j"], "");
}

#[test]
fn entity_sidebar_all_articles() {
    snap("sidebar_all", &["Tab", "Tab", "a"], "");
}

#[test]
fn person_quotes() {
    snap("person", &["]", "s", "j"], "");
}

#[test]
fn finder() {
    snap("finder", &["/"], "lavrov");
}

#[test]
fn help() {
    snap("help", &["?"], "");
}

#[test]
fn who_is_talking() {
    snap("talk", &["w", "a"], "");
}

#[test]
fn loading() {
    for (w, h) in SIZES {
        let mut a = App::loading("the bundled sample");
        a.resize(w, h);
        insta::assert_snapshot!(format!("loading_{w}x{h}"), draw(&a, w, h));
    }
}

#[test]
fn articles_before_their_analysis() {
    for (w, h) in SIZES {
        let mut a = App::loading("a large corpus");
        a.resize(w, h);
        a.set_articles(
            hearsay::app::Indexed::build(hearsay::ingest::load_texts(&[
                ("a.txt", crate::fixture::A),
                ("b.txt", crate::fixture::B),
            ])),
            Vec::new(),
        );
        insta::assert_snapshot!(format!("analysing_{w}x{h}"), draw(&a, w, h));
    }
}

#[test]
fn hostile_text_is_shown_as_text() {
    let text = "Title\twith tab \u{1b}[2J and \u{202e}bidi\n\n\
        Body \u{1b}]52;c;aGVsbG8=\u{7}clip and zero\u{200b}width, 日本語のテキストと絵文字🎉が混ざった長い段落は幅で折り返す。\n";
    let corpus = hearsay::ingest::load_texts(&[("hostile.txt", text)]);
    for (w, h) in SIZES {
        let mut a = App::new(corpus.clone());
        a.resize(w, h);
        press(&mut a, &["Enter"]);
        let screen = draw(&a, w, h);
        assert!(
            !screen.contains("[2J") && !screen.contains("]52;"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("hostile_{w}x{h}"), screen);
    }
}
