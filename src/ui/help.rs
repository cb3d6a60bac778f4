//! Help: every key and what it does, generated from the keymap.

use super::{Theme, fit};
use crate::app::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, app: &App, theme: &Theme, scroll: usize) {
    if area.is_empty() {
        return;
    }
    let inner = super::popup_frame(
        frame,
        area,
        theme,
        " Help: keys ",
        " j/k scroll · Esc close ",
    );
    let help = app.keymap.help();
    let key_w = help
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| crate::display::width(k)))
        .max()
        .unwrap_or(8)
        .min(inner.width as usize / 3);
    let mut lines = Vec::new();
    for (mode, rows) in &help {
        lines.push(Line::styled(mode.title(), theme.heading()));
        for (keys, doc) in rows {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(fit(keys, key_w), theme.heading()),
                Span::raw("  "),
                Span::raw(*doc),
            ]));
        }
        lines.push(Line::raw(""));
    }
    let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
