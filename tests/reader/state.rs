//! Key -> action -> state, with no terminal.

use crate::fixture::{self, LAVROV, UN, app, press, type_text};
use hearsay::app::lines::LineKind;
use hearsay::app::{Action, Pane, Popup, QuoteRef, Scope, Screen, SideRow};
use hearsay::search::Target;

fn reader(app: &hearsay::app::App) -> &hearsay::app::ReaderState {
    match &app.ui.screen {
        Screen::Reader(r) => r,
        s => panic!("not in the reader: {s:?}"),
    }
}

fn person(app: &hearsay::app::App) -> &hearsay::app::PersonState {
    match &app.ui.screen {
        Screen::Person(p) => p,
        s => panic!("not in a person's quotes: {s:?}"),
    }
}

#[test]
fn list_navigation_and_panes() {
    let mut a = app(120, 40);
    assert_eq!(reader(&a).article, 0);
    press(&mut a, &["j"]);
    assert_eq!(reader(&a).article, 1);
    press(&mut a, &["j", "Down"]);
    assert_eq!(reader(&a).article, 1, "stops at the last article");
    press(&mut a, &["g"]);
    assert_eq!(reader(&a).article, 0);
    press(&mut a, &["G"]);
    assert_eq!(reader(&a).article, 1);
    press(&mut a, &["Tab"]);
    assert_eq!(reader(&a).focus, Pane::Body);
    press(&mut a, &["Tab"]);
    assert_eq!(reader(&a).focus, Pane::Sidebar);
    press(&mut a, &["Tab"]);
    assert_eq!(reader(&a).focus, Pane::List);
    press(&mut a, &["BackTab"]);
    assert_eq!(reader(&a).focus, Pane::Sidebar);
    press(&mut a, &["h", "h", "h"]);
    assert_eq!(reader(&a).focus, Pane::List, "h stops at the left edge");
    press(&mut a, &["l"]);
    assert_eq!(reader(&a).focus, Pane::Body);
}

#[test]
fn enter_opens_the_article_and_marks_it_read() {
    let mut a = app(120, 40);
    assert!(a.ui.read.is_empty());
    press(&mut a, &["Enter"]);
    assert_eq!(reader(&a).focus, Pane::Body);
    assert!(a.ui.read.contains(&0));
    press(&mut a, &["Esc"]);
    assert_eq!(
        reader(&a).focus,
        Pane::List,
        "Esc with nothing to go back to: list"
    );
    press(&mut a, &["n"]);
    assert_eq!(reader(&a).article, 1, "next unread");
    press(&mut a, &["n"]);
    assert_eq!(a.ui.message.as_deref(), Some("No unread articles"));
}

#[test]
fn body_scrolls_and_clamps() {
    let mut a = app(60, 12);
    press(&mut a, &["Enter", "C-d"]);
    let s = reader(&a).scroll;
    assert!(s > 0);
    press(&mut a, &["G"]);
    let bottom = reader(&a).scroll;
    press(&mut a, &["j", "PgDn"]);
    assert_eq!(reader(&a).scroll, bottom, "never past the end");
    press(&mut a, &["g"]);
    assert_eq!(reader(&a).scroll, 0);
}

#[test]
fn quotes_step_in_text_order_and_name_the_speaker() {
    let mut a = app(120, 40);
    press(&mut a, &["]"]);
    // Quote 0 (indirect, first in the text), then 2, then 1.
    assert_eq!(reader(&a).quote, Some(0));
    assert_eq!(reader(&a).focus, Pane::Body);
    let msg = a.ui.message.clone().unwrap();
    assert!(msg.contains("Quote 1/3 · Sergei Lavrov · said"), "{msg}");
    press(&mut a, &["]"]);
    assert_eq!(reader(&a).quote, Some(2));
    press(&mut a, &["]"]);
    assert_eq!(reader(&a).quote, Some(1));
    assert!(a.ui.message.clone().unwrap().contains("Masoud Pezeshkian"));
    press(&mut a, &["]"]);
    assert_eq!(reader(&a).quote, Some(1));
    assert_eq!(a.ui.message.as_deref(), Some("Last quote of the article"));
    press(&mut a, &["["]);
    assert_eq!(reader(&a).quote, Some(2));
}

#[test]
fn jumping_to_a_quote_scrolls_it_into_view() {
    // A small body: the last quote of the article is below the fold.
    let mut a = app(50, 10);
    press(&mut a, &["]", "]", "]"]);
    let r = reader(&a);
    assert_eq!(r.quote, Some(1));
    let lines = a.body_lines(0);
    let start = a.corpus.articles[0].quotes[1].content().start;
    let line = hearsay::app::lines::line_of(&lines, start).unwrap();
    let h = a.viewport().body_text().h as usize;
    assert!(
        r.scroll <= line && line < r.scroll + h,
        "line {line} scroll {}",
        r.scroll
    );
}

#[test]
fn speaker_quotes_from_the_body_and_back_through_several_jumps() {
    let mut a = app(120, 40);
    press(&mut a, &["]", "]"]); // Lavrov's second quote in article 0.
    press(&mut a, &["s"]);
    let p = person(&a);
    assert_eq!(p.entity, LAVROV);
    let quotes = &a.index.quotes_by_speaker[LAVROV];
    assert_eq!(quotes.len(), 4);
    assert_eq!(
        quotes[p.selected],
        QuoteRef {
            article: 0,
            quote: 2
        }
    );
    assert_eq!(a.ui.back.len(), 1);

    // Down to a quote in the other article, and open it.
    press(&mut a, &["j", "Enter"]);
    let r = reader(&a);
    assert_eq!((r.article, r.quote), (1, Some(0)));
    assert_eq!(r.focus, Pane::Body);
    assert!(a.ui.read.contains(&1));
    assert_eq!(a.ui.back.len(), 2);

    // Its speaker again, another quote, and then all the way back.
    press(&mut a, &["s", "G", "Enter"]);
    assert_eq!(reader(&a).quote, Some(2));
    assert_eq!(a.ui.back.len(), 4);
    press(&mut a, &["Esc"]);
    assert_eq!(person(&a).selected, 3, "back to the list, same selection");
    press(&mut a, &["Backspace"]);
    assert_eq!((reader(&a).article, reader(&a).quote), (1, Some(0)));
    press(&mut a, &["Esc"]);
    assert_eq!(person(&a).selected, 2);
    press(&mut a, &["Esc"]);
    let r = reader(&a);
    assert_eq!((r.article, r.quote), (0, Some(2)), "where we started");
    assert!(a.ui.back.is_empty());
}

#[test]
fn speaker_key_without_a_quote_explains() {
    let mut a = app(120, 40);
    press(&mut a, &["s"]);
    assert!(matches!(a.ui.screen, Screen::Reader(_)));
    assert!(a.ui.message.clone().unwrap().contains("]"));
}

#[test]
fn sidebar_lists_entities_and_opens_a_person() {
    let mut a = app(120, 40);
    press(&mut a, &["Tab", "Tab"]);
    let rows: Vec<_> = a.sidebar_rows().collect();
    assert!(matches!(
        rows[0],
        SideRow::Header(hearsay::model::EntityKind::Person, 2)
    ));
    match rows[1] {
        SideRow::Entity(0, c) => {
            assert_eq!(c.entity, LAVROV);
            assert_eq!((c.quotes, c.mentions), (2, 3));
        }
        r => panic!("{r:?}"),
    }
    press(&mut a, &["Enter"]);
    assert_eq!(person(&a).entity, LAVROV);
    press(&mut a, &["Esc"]);
    assert_eq!(reader(&a).focus, Pane::Sidebar);
}

#[test]
fn scope_toggle_counts_all_articles() {
    let mut a = app(120, 40);
    press(&mut a, &["Tab", "Tab"]);
    let names = |a: &hearsay::app::App| {
        a.sidebar_entities()
            .iter()
            .map(|c| c.entity)
            .collect::<Vec<_>>()
    };
    assert!(!names(&a).contains(&UN));
    press(&mut a, &["a"]);
    assert_eq!(a.ui.scope, Scope::All);
    assert!(names(&a).contains(&UN));
    let lavrov = a.sidebar_entities()[0];
    assert_eq!((lavrov.quotes, lavrov.mentions), (4, 5));
    press(&mut a, &["a"]);
    assert_eq!(a.ui.scope, Scope::Article);
}

#[test]
fn who_is_talking_opens_a_person() {
    let mut a = app(120, 40);
    press(&mut a, &["j", "w"]);
    let Screen::Talk(t) = &a.ui.screen else {
        panic!()
    };
    let talkers = a.talkers(t);
    assert_eq!(talkers[0].entity, LAVROV);
    assert_eq!(talkers.len(), 2);
    press(&mut a, &["j", "Enter"]);
    assert_eq!(person(&a).entity, UN);
    press(&mut a, &["Esc", "a"]);
    let Screen::Talk(t) = &a.ui.screen else {
        panic!()
    };
    assert_eq!(a.talkers(t).len(), 3, "all articles");
    press(&mut a, &["Esc"]);
    assert_eq!(reader(&a).article, 1);
}

#[test]
fn finder_ranks_people_first_and_opens_their_quotes() {
    let mut a = app(120, 40);
    press(&mut a, &["/"]);
    assert!(matches!(a.ui.popup, Some(Popup::Finder(_))));
    type_text(&mut a, "lavrov");
    let Some(Popup::Finder(f)) = &a.ui.popup else {
        panic!()
    };
    let top = &a.finder.items[f.hits[0].item];
    assert_eq!(
        top.target,
        Target::Entity(LAVROV, hearsay::model::EntityKind::Person)
    );
    assert_eq!(
        f.hits[0].matched,
        (7..13).collect::<Vec<_>>(),
        "Lavrov in Sergei Lavrov"
    );
    press(&mut a, &["Enter"]);
    assert!(a.ui.popup.is_none());
    assert_eq!(person(&a).entity, LAVROV);
    press(&mut a, &["Enter"]);
    assert_eq!((reader(&a).article, reader(&a).quote), (0, Some(0)));
    press(&mut a, &["Esc"]);
    assert_eq!(person(&a).entity, LAVROV);
}

#[test]
fn finder_is_live_and_opens_articles_and_quotes() {
    let mut a = app(120, 40);
    press(&mut a, &["/"]);
    type_text(&mut a, "geneva");
    let hits = |a: &hearsay::app::App| match &a.ui.popup {
        Some(Popup::Finder(f)) => f
            .hits
            .iter()
            .map(|h| a.finder.items[h.item].target)
            .collect::<Vec<_>>(),
        _ => panic!(),
    };
    let h = hits(&a);
    assert!(h.contains(&Target::Article(1)), "{h:?}");
    // The place (a named thing) before the title that contains it.
    assert_eq!(h[0], Target::Entity(4, hearsay::model::EntityKind::Place));
    press(
        &mut a,
        &[
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
        ],
    );
    type_text(&mut a, "bright future");
    assert_eq!(hits(&a)[0], Target::Quote(0, 2));
    press(&mut a, &["Enter"]);
    let r = reader(&a);
    assert_eq!((r.article, r.quote, r.focus), (0, Some(2), Pane::Body));
    // Esc closes the finder without opening anything.
    press(&mut a, &["/", "Esc"]);
    assert!(a.ui.popup.is_none());
    assert_eq!(reader(&a).quote, Some(2));
    // q types in the finder; it does not quit.
    press(&mut a, &["/"]);
    type_text(&mut a, "q");
    assert!(!a.ui.quit);
}

#[test]
fn help_opens_and_closes_and_quit_works_everywhere() {
    let mut a = app(120, 40);
    press(&mut a, &["?"]);
    assert!(matches!(a.ui.popup, Some(Popup::Help { .. })));
    press(&mut a, &["j", "?"]);
    assert!(a.ui.popup.is_none());
    press(&mut a, &["/", "C-c"]);
    assert!(a.ui.quit);
    let mut a = app(120, 40);
    press(&mut a, &["q"]);
    assert!(a.ui.quit);
}

#[test]
fn narrow_terminal_shows_one_pane_and_enter_esc_switch() {
    let mut a = app(50, 20);
    let v = a.viewport();
    assert!(v.body.is_empty() && !v.list.is_empty());
    press(&mut a, &["Enter"]);
    let v = a.viewport();
    assert!(v.list.is_empty() && !v.body.is_empty());
    press(&mut a, &["Esc"]);
    assert!(!a.viewport().list.is_empty());
}

#[test]
fn mouse_click_focuses_and_selects_and_wheel_scrolls() {
    use hearsay::app::{Action, update};
    let mut a = app(120, 40);
    let v = a.viewport();
    // Second article: its title row is the third row inside the list.
    update(&mut a, Action::Click(v.list.x + 3, v.list.y + 3));
    assert_eq!(reader(&a).article, 1);
    assert_eq!(reader(&a).focus, Pane::List);
    update(&mut a, Action::Click(v.sidebar.x + 3, v.sidebar.y + 2));
    assert_eq!(reader(&a).focus, Pane::Sidebar);
    let mut small = app(60, 12);
    let v = small.viewport();
    update(&mut small, Action::Wheel(v.body.x + 2, v.body.y + 2, true));
    assert_eq!(reader(&small).scroll, 3);
    assert_eq!(
        reader(&small).focus,
        Pane::List,
        "the wheel does not move the focus"
    );
}

#[test]
fn resizing_keeps_state_in_range() {
    let mut a = app(120, 40);
    press(&mut a, &["j", "]", "]"]);
    for (w, h) in [(10, 3), (0, 0), (200, 60), (59, 15), (61, 15), (50, 20)] {
        a.resize(w, h);
        assert_eq!(reader(&a).article, 1);
    }
}

#[test]
fn keys_while_loading_do_not_crash() {
    let mut a = hearsay::app::App::loading("x");
    a.resize(80, 24);
    for k in [
        "j", "Enter", "]", "s", "w", "/", "l", "a", "Enter", "?", "Esc",
    ] {
        a.press(fixture::key(k));
    }
    a.set_corpus(fixture::corpus(), vec!["a problem".into()]);
    press(&mut a, &["j"]);
    assert_eq!(reader(&a).article, 1);
}

#[test]
fn an_unquoted_entity_shows_where_it_is_named() {
    let mut a = app(120, 40);
    press(&mut a, &["/"]);
    type_text(&mut a, "moscow");
    // The article whose title names Moscow comes first, the place next.
    press(&mut a, &["Down", "Enter"]);
    assert_eq!(person(&a).entity, fixture::MOSCOW);
    let lines = a.person_lines(fixture::MOSCOW);
    let text: Vec<String> = lines
        .iter()
        .map(|l| l.glyphs.iter().map(|g| g.ch).collect())
        .collect();
    assert_eq!(text[0], "Not quoted in these articles. Named in:");
    assert_eq!(text[1], "Moscow and Tehran Near a Deal · 2 mentions");
    assert_eq!(text.len(), 2, "one article names Moscow");
    // Enter opens the article chosen; Esc comes back.
    press(&mut a, &["j", "Enter"]);
    assert_eq!(reader(&a).article, 0);
    press(&mut a, &["Esc"]);
    assert_eq!(person(&a).entity, fixture::MOSCOW);
}

/// The index's list of the articles naming an entity (which the view of
/// an unquoted one reads instead of every article's entities) is the
/// articles whose entities hold it, in order.
#[test]
fn the_articles_naming_an_entity_are_those_listing_it() {
    let a = app(120, 40);
    let mut in_two = 0;
    for e in 0..a.corpus.entities.len() {
        let listing: Vec<usize> = (0..a.corpus.articles.len())
            .filter(|&art| {
                a.index.entities_by_article[art]
                    .iter()
                    .any(|c| c.entity == e)
            })
            .collect();
        assert_eq!(
            a.index
                .articles_naming(e)
                .iter()
                .map(|&x| x as usize)
                .collect::<Vec<_>>(),
            listing,
            "entity {e}"
        );
        in_two += usize::from(listing.len() > 1);
    }
    assert!(
        in_two > 0,
        "no entity named in two articles: the test shows nothing"
    );
}

#[test]
fn a_persons_lines_follow_the_width_after_a_resize() {
    let mut a = app(120, 40);
    press(&mut a, &["l", "]", "s"]);
    assert_eq!(person(&a).entity, LAVROV);
    let wide_lines = a.person_lines(LAVROV).into_owned();
    a.resize(50, 20);
    let narrow = a.person_lines(LAVROV);
    let fresh = hearsay::app::lines::person(
        &a.corpus,
        &a.index,
        LAVROV,
        hearsay::app::person_width(&a.viewport()),
    );
    // (What is laid out may stop short of the end, past the screen.)
    assert!(narrow.len() >= fresh.len().min(a.viewport().main.inner().h as usize));
    assert!(
        narrow
            .iter()
            .zip(&fresh)
            .all(|(x, y)| x.glyphs.len() == y.glyphs.len()),
        "laid out again at the new width"
    );
    let first_quote = |ls: &[hearsay::app::lines::Line]| {
        let kind = ls
            .iter()
            .find(|l| matches!(l.kind, LineKind::Quote(_)))
            .unwrap()
            .kind;
        ls.iter().filter(|l| l.kind == kind).count()
    };
    assert!(
        first_quote(&narrow) > first_quote(&wide_lines),
        "narrower lines wrap into more of them"
    );
}

/// A place named in fifty articles and quoted in none: its view lists
/// them, laid out as far as the screen needs; any of them can be chosen
/// and opened.
#[test]
fn an_unquoted_entity_named_in_many_articles_lists_each_to_open() {
    let texts: Vec<(String, String)> = (0..50)
        .map(|k| {
            let name = format!("r{k:02}.txt");
            (
                name,
                format!("Report {k}\n\nDelegates met in Geneva on day {k}.\n"),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (mut a, e) = opened_from_the_finder(&borrowed, "Geneva");
    assert_eq!(a.person_items(e), 50);
    let full = hearsay::app::lines::person(&a.corpus, &a.index, e, 50);
    assert_eq!(full.len(), 51, "a note, then a row an article");
    assert!(
        a.person_lines(e).len() < full.len(),
        "laid out as far as the screen needs"
    );
    press(&mut a, &["G"]);
    assert_eq!(person(&a).selected, 49);
    assert_eq!(
        person_screen(&a, &a.person_lines(e)),
        person_screen(&a, &full)
    );
    assert!(
        person_screen(&a, &a.person_lines(e))
            .last()
            .unwrap()
            .starts_with("Report 49")
    );
    press(&mut a, &["k", "k", "Enter"]);
    let article = reader(&a).article;
    assert_eq!(
        a.corpus.text(
            &a.corpus.articles[article],
            a.corpus.articles[article].title
        ),
        "Report 47"
    );
    press(&mut a, &["Esc"]);
    assert_eq!(person(&a).selected, 47, "back where the reader was");
    // A click chooses a row; a second click on it opens its article.
    let inner = a.viewport().main.inner();
    let offset = person(&a).offset;
    let row = a.person_lines(e)[offset..]
        .iter()
        .position(|l| matches!(l.kind, LineKind::Group(_)))
        .unwrap();
    let LineKind::Group(clicked) = a.person_lines(e)[offset + row].kind else {
        unreachable!()
    };
    let click = Action::Click(inner.x + 3, inner.y + row as u16);
    hearsay::app::update(&mut a, click);
    assert_ne!(person(&a).selected, 47);
    hearsay::app::update(&mut a, click);
    assert_eq!(reader(&a).article, clicked);
}

/// A person quoted sixty times in an analysed article, and the app open on
/// their quotes in a small terminal.
fn app_on_a_much_quoted_person() -> (hearsay::app::App, usize) {
    let mut text = String::from("Ana Ruiz speaks\n\n");
    for k in 0..60 {
        text.push_str(&format!(
            "\"Statement number {k} is a long one, long enough to wrap on a narrow screen,\" Ana Ruiz said.\n\n"
        ));
    }
    let (a, e) = opened_from_the_finder(&[("ruiz.txt", &text)], "Ana Ruiz");
    assert_eq!(a.index.quotes_by_speaker[e].len(), 60);
    (a, e)
}

/// The app on `texts`, analysed, in a small terminal, with the view of
/// the entity `name` opened from the finder.
fn opened_from_the_finder(texts: &[(&str, &str)], name: &str) -> (hearsay::app::App, usize) {
    let mut corpus = hearsay::ingest::load_texts(texts);
    hearsay::analysis::analyze(&mut corpus);
    let mut a = hearsay::app::App::new(corpus);
    a.resize(60, 16);
    press(&mut a, &["/"]);
    type_text(&mut a, &name.to_lowercase());
    press(&mut a, &["Enter"]);
    let e = person(&a).entity;
    assert_eq!(a.corpus.entities[e].name, name);
    (a, e)
}

/// The lines on screen in a person's view, as text.
fn person_screen(a: &hearsay::app::App, lines: &[hearsay::app::lines::Line]) -> Vec<String> {
    let h = a.viewport().main.inner().h as usize;
    lines
        .iter()
        .skip(person(a).offset)
        .take(h)
        .map(|l| l.glyphs.iter().map(|g| g.ch).collect())
        .collect()
}

/// A person's quotes are laid out as far as the screen needs (opening
/// one quoted ten thousand times is then instant), and what is shown is
/// what a layout of them all shows, wherever the selection goes.
#[test]
fn a_much_quoted_persons_view_is_laid_out_as_it_is_reached() {
    let (mut a, e) = app_on_a_much_quoted_person();
    let full = hearsay::app::lines::person(
        &a.corpus,
        &a.index,
        e,
        hearsay::app::person_width(&a.viewport()),
    );
    let h = a.viewport().main.inner().h as usize;
    assert!(
        a.person_lines(e).len() < full.len() / 2,
        "opening lays out only the first screens"
    );
    let quotes = a.index.quotes_by_speaker[e].clone();
    let check = |a: &hearsay::app::App, i: usize| {
        assert_eq!(person(a).selected, i);
        let laid = a.person_lines(e);
        assert_eq!(
            person_screen(a, &laid),
            person_screen(a, &full),
            "quote {i}"
        );
        let shown = &laid[person(a).offset..(person(a).offset + h).min(laid.len())];
        assert!(
            shown.iter().any(|l| l.kind == LineKind::Quote(quotes[i])),
            "quote {i} selected and on screen"
        );
    };
    check(&a, 0);
    press(&mut a, &["G"]);
    check(&a, 59);
    assert_eq!(
        a.person_lines(e).len(),
        full.len(),
        "the last quote reached: all laid out"
    );
    press(&mut a, &["g"]);
    check(&a, 0);
    for i in 1..60 {
        press(&mut a, &["j"]);
        check(&a, i);
    }
}
