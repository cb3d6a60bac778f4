//! Drawing: one file per view, the theme in one place. Rendering reads
//! `&App` and changes nothing.

pub mod body;
pub mod finder;
pub mod help;
pub mod list;
pub mod person;
pub mod sidebar;
pub mod status;
pub mod talk;
pub mod text;
pub mod theme;

pub use theme::Theme;

use crate::app::{App, Area, Popup, Screen};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType};

/// Clears a popup's area and draws its rounded frame with a title above
/// and key hints below; returns the area inside.
fn popup_frame(frame: &mut Frame, area: Rect, theme: &Theme, title: &str, hints: &str) -> Rect {
    frame.render_widget(ratatui::widgets::Clear, area);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(true))
        .title(Line::styled(title.to_owned(), theme.heading()))
        .title_bottom(Line::styled(hints.to_owned(), theme.dim()).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// Draws the whole screen.
pub fn render(frame: &mut Frame, app: &App, theme: &Theme) {
    let v = app.viewport();
    match &app.ui.screen {
        Screen::Reader(r) => {
            list::render(frame, rect(v.list), app, theme, r);
            body::render(frame, v, app, theme, r);
            sidebar::render(frame, rect(v.sidebar), app, theme, r);
        }
        Screen::Person(p) => person::render(frame, rect(v.main), app, theme, p),
        Screen::Talk(t) => talk::render(frame, rect(v.main), app, theme, t),
    }
    match &app.ui.popup {
        Some(Popup::Finder(f)) => finder::render(frame, rect(v.popup), app, theme, f),
        Some(Popup::Help { scroll }) => help::render(frame, rect(v.popup), app, theme, *scroll),
        None => {}
    }
    status::render(frame, rect(v.status), app, theme);
}

pub fn rect(a: Area) -> Rect {
    Rect::new(a.x, a.y, a.w, a.h)
}

/// A pane's frame: its title, marked when the pane has the focus.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let title = if focused {
        format!("▸{title}")
    } else {
        format!(" {title}")
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border(focused))
        .title(Line::from(Span::styled(
            crate::display::truncate(&title, 200),
            theme.heading(),
        )))
}

/// Pads `s` with spaces to `w` columns (or cuts it with `…`).
pub fn fit(s: &str, w: usize) -> String {
    let t = crate::display::truncate(s, w);
    let pad = w.saturating_sub(crate::display::width(&t));
    format!("{t}{}", " ".repeat(pad))
}
