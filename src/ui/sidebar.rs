//! The entity sidebar: People, Organizations, Places, each with quote and
//! mention counts, for the open article or for all.

use super::{Theme, fit, pane_block};
use crate::app::{App, Pane, ReaderState, Scope, SideRow};
use crate::model::EntityKind;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

fn kind_title(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Other => "Other",
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, r: &ReaderState) {
    if area.is_empty() {
        return;
    }
    let focused = r.focus == Pane::Sidebar;
    let scope = match app.ui.scope {
        Scope::Article => "article",
        Scope::All => "all",
    };
    let block = pane_block(format!(" Entities · {scope} "), focused, theme)
        .title_bottom(Line::styled(" q quotes · m mentions ", theme.dim()).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    // Counts column: " 12q 45m".
    let counts_w = 8.min(w / 2);
    let name_w = w.saturating_sub(counts_w + 2);
    if app.analysing.is_some() || app.analysis_failed {
        let what = if app.analysis_failed {
            "  people unavailable"
        } else {
            "  finding people…"
        };
        let line = Line::styled(fit(what, w), theme.dim());
        frame.render_widget(Paragraph::new(line), inner);
        return;
    }
    let lines: Vec<Line> = app
        .sidebar_rows()
        .skip(r.entity_offset)
        .take(inner.height as usize)
        .map(|row| match row {
            SideRow::Header(k, n) => {
                Line::styled(fit(&format!("{} ({n})", kind_title(k)), w), theme.heading())
            }
            SideRow::Entity(i, c) => {
                let selected = i == r.entity;
                let marker = if selected { "▶ " } else { "  " };
                let name_style = if selected && focused {
                    theme.selected_row()
                } else if c.quotes > 0 {
                    theme.speaker(app.index.colour[c.entity])
                } else {
                    ratatui::style::Style::new()
                };
                let counts = format!("{:>3}q{:>3}m", c.quotes, c.mentions);
                Line::from(vec![
                    Span::raw(marker),
                    Span::styled(fit(&app.index.names[c.entity], name_w), name_style),
                    Span::styled(fit(&counts, counts_w), theme.dim()),
                ])
            }
            SideRow::Empty => Line::styled("  —", theme.dim()),
            SideRow::Blank => Line::raw(""),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
