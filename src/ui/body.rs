//! The article body: headline, caption and credit, paragraphs wrapped by
//! display width, quotes highlighted; the selected quote barred and
//! reversed.

use super::{Theme, pane_block, rect, text, theme};
use crate::app::{App, Pane, ReaderState, Viewport};
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, v: Viewport, app: &App, theme: &Theme, r: &ReaderState) {
    let area = rect(v.body);
    if area.is_empty() {
        return;
    }
    let focused = r.focus == Pane::Body;
    let a = r.article;
    let lines = app.body_lines(a);
    let t = v.body_text();
    let pct = if lines.len() <= t.h as usize {
        "all".to_owned()
    } else {
        format!(
            "{}%",
            (r.scroll + t.h as usize).min(lines.len()) * 100 / lines.len()
        )
    };
    let title = match app.corpus.articles.get(a) {
        Some(_) if app.loading.is_none() => format!(
            " Article {}/{} · {} · {pct} ",
            a + 1,
            app.corpus.articles.len(),
            app.quote_count(a)
        ),
        _ => " Article ".to_owned(),
    };
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if let Some(l) = &app.loading {
        const SPIN: [&str; 4] = ["⠋", "⠙", "⠸", "⠴"];
        let msg = format!(
            "{} Loading {}…",
            SPIN[l.tick % SPIN.len()],
            crate::display::clean(&l.what)
        );
        frame.render_widget(Paragraph::new(Line::styled(msg, theme.dim())), inner);
        return;
    }
    let stars = text::starred_starts(app, a, &lines);
    let shown: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(r.scroll)
        .take(t.h as usize)
        .map(|(i, l)| {
            let selected = text::shows_quote(app, a, l, r.quote);
            let base = text::base_style(theme, l.kind);
            let mut styled = text::styled(app, theme, a, l, base, r.quote);
            let star = Span::styled(theme::STAR, theme.star());
            let gutter = match (stars.contains(&i), selected) {
                (true, true) => vec![Span::raw("▌"), star],
                (true, false) => vec![star, Span::raw(" ")],
                (false, true) => vec![Span::raw(theme::QUOTE_BAR)],
                (false, false) => vec![Span::raw("  ")],
            };
            styled.spans.splice(0..0, gutter);
            styled
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
