//! The article list: per article a title line (selection marker, unread
//! mark, title) and a detail line (credit or source, date, quotes).

use super::{Theme, fit, pane_block, theme};
use crate::app::{App, LIST_ROWS, Pane, ReaderState};
use crate::display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, r: &ReaderState) {
    if area.is_empty() {
        return;
    }
    let focused = r.focus == Pane::List;
    let n = app.corpus.articles.len();
    // (Counted from the read set, not by asking of every article: a frame
    // at 100,000 articles would otherwise do 100,000 lookups.)
    let unread = n - app.ui.read.range(..n).count();
    let stars = app.ui.starred.len();
    let title = if app.loading.is_some() {
        " Articles ".to_owned()
    } else if stars > 0 {
        format!(
            " Articles {}/{n} · {unread} unread · {stars} {} ",
            r.article + 1,
            theme::STAR
        )
    } else {
        format!(" Articles {}/{n} · {unread} unread ", r.article + 1)
    };
    let block = pane_block(title, focused, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let mut lines = Vec::new();
    if app.loading.is_some() {
        lines.push(Line::styled("Loading…", theme.dim()));
    }
    let shown = inner.height as usize / LIST_ROWS;
    for a in (r.list_offset..n).take(shown) {
        let article = &app.corpus.articles[a];
        let selected = a == r.article;
        let marker = if selected { "▶" } else { " " };
        let read = if app.ui.read.contains(&a) { " " } else { "●" };
        let title_w = w.saturating_sub(3);
        let title_style = if selected && focused {
            theme.selected_row()
        } else if selected {
            theme.heading()
        } else {
            ratatui::style::Style::new()
        };
        let mut title = vec![
            Span::raw(marker),
            Span::styled(read, theme.unread()),
            Span::raw(" "),
        ];
        let mut head_w = title_w;
        if app.ui.starred.contains(&a) {
            title.push(Span::styled(format!("{} ", theme::STAR), theme.star()));
            head_w = head_w.saturating_sub(2);
        }
        title.push(Span::styled(fit(&app.index.titles[a], head_w), title_style));
        lines.push(Line::from(title));
        let who = article
            .credit
            .or(article.source_line)
            .map(|s| display::clean(app.corpus.text(article, s)))
            .unwrap_or_else(|| {
                let path = &app.corpus.source_of(article).path;
                display::clean(
                    &path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                )
            });
        let mut detail = Vec::new();
        if let Some(d) = &article.date {
            detail.push(display::clean(d));
        }
        detail.push(app.quote_count(a));
        detail.push(who);
        lines.push(Line::styled(
            format!("   {}", fit(&detail.join(" · "), title_w)),
            theme.dim(),
        ));
    }
    if n == 0 && app.loading.is_none() {
        lines.push(Line::styled("No articles.", theme.dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
