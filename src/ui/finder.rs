//! The finder popup: the query, then ranked results labelled by type with
//! the matched characters highlighted.

use super::{Theme, fit};

use crate::app::{App, FinderState, finder_rows, layout::Area};
use crate::display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, f: &FinderState) {
    if area.is_empty() {
        return;
    }
    let inner = super::popup_frame(
        frame,
        area,
        theme,
        " Find: articles, people, places, quotes ",
        " Enter open · Esc close ",
    );
    let w = inner.width as usize;
    let mut lines = vec![
        Line::from(vec![
            Span::styled("/ ", theme.heading()),
            Span::raw(display::clean(&f.query)),
            Span::styled("▏", theme.dim()),
        ]),
        {
            let head = format!(
                "── {} result{} ",
                f.hits.len(),
                display::plural(f.hits.len())
            );
            let rest = w.saturating_sub(display::width(&head));
            Line::styled(
                display::truncate(&format!("{head}{}", "─".repeat(rest)), w),
                theme.dim(),
            )
        },
    ];
    let rows = finder_rows(&viewport_of(area));
    for (i, hit) in f.hits.iter().enumerate().skip(f.offset).take(rows) {
        let item = &app.finder.items[hit.item];
        let (label, detail) = app.finder.shown(&app.corpus, hit.item);
        let selected = i == f.selected;
        let mut spans = vec![
            Span::raw(if selected { "▶ " } else { "  " }),
            Span::styled(fit(item.target.kind_label(), 8), theme.dim()),
        ];
        let label_w = w.saturating_sub(10);
        let detail = if detail.is_empty() {
            String::new()
        } else {
            format!(" · {detail}")
        };
        spans.extend(highlighted(&label, &hit.matched, label_w, theme, selected));
        let used: usize = spans.iter().map(|s| display::width(&s.content)).sum();
        let rest = w.saturating_sub(used);
        if rest > 3 && !detail.is_empty() {
            spans.push(Span::styled(display::truncate(&detail, rest), theme.dim()));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn viewport_of(popup: Rect) -> crate::app::Viewport {
    crate::app::Viewport {
        popup: Area::new(popup.x, popup.y, popup.width, popup.height),
        ..Default::default()
    }
}

/// The label cut to `max` columns around its first match, matched chars
/// highlighted.
fn highlighted(
    label: &str,
    matched: &[usize],
    max: usize,
    theme: &Theme,
    selected: bool,
) -> Vec<Span<'static>> {
    let chars: Vec<char> = label.chars().collect();
    // Start a little before the first match when it would not show.
    let first = matched.first().copied().unwrap_or(0);
    let prefix_w: usize = chars[..first.min(chars.len())]
        .iter()
        .map(|c| display::width(&c.to_string()))
        .sum();
    let start = if prefix_w + 8 > max && first > 10 {
        first - 10
    } else {
        0
    };
    let base = if selected {
        theme.selected_row()
    } else {
        ratatui::style::Style::new()
    };
    let mut spans = Vec::new();
    let mut width = 0;
    if start > 0 {
        spans.push(Span::styled("…", base));
        width += 1;
    }
    for (i, c) in chars.iter().enumerate().skip(start) {
        let cw = display::width(&c.to_string());
        if width + cw + 1 > max && i + 1 < chars.len() {
            spans.push(Span::styled("…", base));
            break;
        }
        let style = if matched.contains(&i) {
            base.patch(theme.matched())
        } else {
            base
        };
        spans.push(Span::styled(c.to_string(), style));
        width += cw;
    }
    spans
}
