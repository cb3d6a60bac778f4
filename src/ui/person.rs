//! A person's quotes: grouped by article (title, date), each quote in its
//! paragraph with cue and speaker mention marked.

use super::{Theme, pane_block, text};
use crate::app::lines::LineKind;
use crate::app::{App, PersonState};
use crate::display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, p: &PersonState) {
    if area.is_empty() {
        return;
    }
    let quotes = &app.index.quotes_by_speaker[p.entity];
    let articles = {
        let mut a: Vec<_> = quotes.iter().map(|q| q.article).collect();
        a.dedup();
        a.len()
    };
    let name = &app.index.names[p.entity];
    let title = format!(
        " Quotes of {name} · {} in {articles} article{} ",
        quotes.len(),
        display::plural(articles)
    );
    let block = pane_block(title, true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The quote chosen; for an entity never quoted, the article.
    let chosen = app.person_item_kind(p.entity, p.selected);
    let lines = app.person_lines(p.entity);
    let shown: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(p.offset)
        .take(inner.height as usize)
        .map(|(i, l)| {
            let base = text::base_style(theme, l.kind);
            let (gutter, article, sel) = match l.kind {
                LineKind::Quote(qr) => {
                    let is_sel = chosen == Some(l.kind);
                    let first = i == 0 || lines[i - 1].kind != l.kind;
                    let star = first && app.ui.starred_quotes.contains(&(qr.article, qr.quote));
                    let g = match (is_sel, first, star) {
                        (true, true, true) => "▶★",
                        (true, true, false) => "▶ ",
                        (true, false, _) => "▌ ",
                        (false, _, true) => "★ ",
                        _ => "  ",
                    };
                    (
                        g,
                        Some(qr.article),
                        if is_sel { Some(qr.quote) } else { None },
                    )
                }
                LineKind::Group(a) if chosen == Some(l.kind) => ("▶ ", Some(a), None),
                LineKind::Group(a) => ("■ ", Some(a), None),
                _ => ("  ", None, None),
            };
            let mut styled = match article {
                Some(a) => text::styled(app, theme, a, l, base, sel),
                None => Line::from(Span::styled(
                    l.glyphs.iter().map(|g| g.ch).collect::<String>(),
                    base,
                )),
            };
            styled.spans.insert(0, Span::styled(gutter, base));
            styled
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
