//! The status line: where you are, counts, a message, key hints.

use super::{Theme, fit};
use crate::app::{App, Popup, Screen};
use crate::display::{self, plural};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    if area.is_empty() {
        return;
    }
    let depth = app.ui.back.len();
    let back = if depth > 0 {
        format!(" · Esc back ({depth})")
    } else {
        String::new()
    };
    const SPIN: [&str; 4] = ["⠋", "⠙", "⠸", "⠴"];
    let left = if let Some(l) = &app.loading {
        format!("{} loading {}…", SPIN[l.tick % SPIN.len()], l.what)
    } else if let Some(a) = &app.analysing {
        let spin = SPIN[a.tick % SPIN.len()];
        match &app.ui.message {
            Some(m) => format!("{spin} {m}"),
            None => format!(
                "{spin} {} article{} · finding quotes and people…",
                app.corpus.articles.len(),
                plural(app.corpus.articles.len())
            ),
        }
    } else if let Some(m) = &app.ui.message {
        m.clone()
    } else {
        match &app.ui.screen {
            Screen::Reader(r) => match r.quote {
                Some(q) if r.article < app.corpus.articles.len() => app.quote_label(r.article, q),
                _ => {
                    let n = app.corpus.articles.len();
                    let quotes = app.index.quote_count;
                    let e = app.corpus.entities.len();
                    format!(
                        "{n} article{} · {quotes} quote{} · {e} name{}",
                        plural(n),
                        plural(quotes),
                        plural(e)
                    )
                }
            },
            Screen::Person(p) => {
                let n = app.index.quotes_by_speaker[p.entity].len();
                format!(
                    "{} · quote {}/{n} · Enter: open in its article",
                    app.index.names[p.entity],
                    (p.selected + 1).min(n)
                )
            }
            Screen::Talk(_) => "Who is talking · Enter: their quotes".to_owned(),
        }
    };
    let hints = match app.ui.popup {
        Some(Popup::Finder(_)) => "type to search · ↑↓ select · Enter open · Esc close",
        Some(Popup::Help { .. }) => "Esc close",
        None if app.analysing.is_some() || app.analysis_failed => "? help  / find  q quit",
        None => "? help  / find  ] quote  s speaker  w who  q quit",
    };
    let w = area.width as usize;
    // Messages can name files and quote text: shown as text, never obeyed.
    let left = format!(" {}{back}", display::clean(&left));
    let hints_w = display::width(hints) + 1;
    let line = if display::width(&left) + hints_w + 2 <= w {
        format!("{}{hints} ", fit(&left, w - hints_w))
    } else {
        fit(&left, w)
    };
    frame.render_widget(Paragraph::new(line).style(theme.status()), area);
}
