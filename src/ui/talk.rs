//! Who is talking: a bar chart of the most-quoted people, for the article
//! or for all articles.

use super::{Theme, fit, pane_block};
use crate::app::{App, Scope, TalkState};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, t: &TalkState) {
    if area.is_empty() {
        return;
    }
    let scope = match app.ui.scope {
        Scope::Article => format!(
            "in “{}”",
            app.index.titles.get(t.article).cloned().unwrap_or_default()
        ),
        Scope::All => "in all articles".to_owned(),
    };
    let block = pane_block(format!(" Who is talking {scope} "), true, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let talkers = app.talkers(t);
    let w = inner.width as usize;
    let mut lines = vec![
        Line::styled(
            "Most-quoted first. Enter: their quotes · a: this article / all",
            theme.dim(),
        ),
        Line::raw(""),
    ];
    if talkers.is_empty() {
        lines.push(Line::styled(
            "No quotes with a known speaker here yet.",
            theme.dim(),
        ));
    }
    let max = talkers.iter().map(|c| c.quotes).max().unwrap_or(1).max(1);
    let widest = match app.ui.scope {
        Scope::All => app.index.speakers_name_width,
        Scope::Article => talkers
            .iter()
            .map(|c| crate::display::width(&app.index.names[c.entity]))
            .max()
            .unwrap_or(0),
    };
    let name_w = widest.min(w / 3).max(4);
    let count_w = max.to_string().len() + 1;
    let bar_w = w.saturating_sub(name_w + count_w + 4).max(1);
    for (i, c) in talkers
        .iter()
        .enumerate()
        .skip(t.offset)
        .take((inner.height as usize).saturating_sub(2))
    {
        let selected = i == t.selected;
        let len = (c.quotes * bar_w).div_ceil(max);
        let name_style = if selected {
            theme.selected_row()
        } else {
            ratatui::style::Style::new()
        };
        lines.push(Line::from(vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(fit(&app.index.names[c.entity], name_w), name_style),
            Span::raw(" "),
            Span::styled("█".repeat(len), theme.speaker(app.index.colour[c.entity])),
            Span::raw(format!(" {}", c.quotes)),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
