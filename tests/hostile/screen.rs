//! Drawing the reader on hostile text, and what must hold of every frame:
//! nothing a terminal would obey, nothing invisible, every row exactly as
//! wide as the terminal.

use hearsay::app::{App, Key};
use hearsay::ui::{self, Theme};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

/// A character that must never reach a terminal cell: C0 and C1 controls
/// and DEL, bidi embeddings/overrides/isolates/marks, zero-width and other
/// invisible characters.
pub fn forbidden(c: char) -> bool {
    (c as u32) < 0x20
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}'
            | '\u{2028}' | '\u{2029}' | '\u{2060}'..='\u{2064}' | '\u{61c}' | '\u{feff}' | '\u{ad}')
}

/// Fragments of escape sequences that would show as text if only the ESC
/// byte were dropped.
pub const FRAGMENTS: [&str; 6] = ["]52;", "[2J", "]0;", "]8;;", "[?1049", "[?25l"];

/// Checks one drawn buffer; `what` names the case and view for messages.
pub fn check_buffer(buf: &Buffer, what: &str) {
    let area = buf.area;
    for y in 0..area.height {
        let mut row = String::new();
        let mut width = 0;
        let mut skip = 0;
        for x in 0..area.width {
            let sym = buf[(x, y)].symbol();
            if let Some(c) = sym.chars().find(|&c| forbidden(c)) {
                panic!("{what}: cell ({x},{y}) holds U+{:04X} in {sym:?}", c as u32);
            }
            if skip == 0 {
                row.push_str(sym);
                width += sym.width();
            }
            skip = skip.max(sym.width()).saturating_sub(1);
        }
        assert_eq!(
            width, area.width as usize,
            "{what}: row {y} is {width} columns wide, not {}: {row:?}",
            area.width
        );
        for f in FRAGMENTS {
            assert!(!row.contains(f), "{what}: row {y} shows {f:?}: {row:?}");
        }
    }
}

/// Draws the app on a test terminal (colourless theme: what shows here
/// shows under NO_COLOR too).
pub fn draw(app: &App, w: u16, h: u16) -> TestBackend {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| ui::render(f, app, &Theme::plain())).unwrap();
    t.backend().clone()
}

/// The bytes the real terminal backend would write for one frame, with the
/// colour theme.
pub fn terminal_bytes(app: &App, w: u16, h: u16) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut out);
        let mut t = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
            },
        )
        .unwrap();
        let theme = Theme::from_env_with(Default::default());
        t.draw(|f| ui::render(f, app, &theme)).unwrap();
    }
    out
}

/// Checks the byte stream for a terminal: the only escapes are the
/// backend's own cursor moves and colours (CSI ... final byte in a small
/// set); no OSC, DCS, BEL or other control; no invisible characters; and
/// the text left after removing those escapes shows no sequence fragments.
pub fn check_terminal_bytes(bytes: &[u8], what: &str) {
    let s = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    let mut text = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\x1b' {
            let rest = &s[i + 1..];
            assert!(
                rest.starts_with('['),
                "{what}: ESC not followed by [ at {i}: {:?}",
                &s[i..(i + 12).min(s.len())]
            );
            // CSI: parameters, then one final byte the backend uses.
            chars.next();
            let mut fin = None;
            for (_, c) in chars.by_ref() {
                if !(c.is_ascii_digit() || c == ';' || c == '?' || c == ':') {
                    fin = Some(c);
                    break;
                }
            }
            let fin = fin.unwrap_or_else(|| panic!("{what}: unterminated CSI"));
            assert!(
                matches!(fin, 'H' | 'm' | 'h' | 'l' | 'J' | 'K'),
                "{what}: unexpected CSI final {fin:?}"
            );
            continue;
        }
        assert!(
            !forbidden(c),
            "{what}: U+{:04X} written to the terminal",
            c as u32
        );
        text.push(c);
    }
    for f in FRAGMENTS {
        assert!(!text.contains(f), "{what}: {f:?} written as text");
    }
    assert!(
        !text.contains("pwned"),
        "{what}: the title payload was written as text"
    );
}

/// Presses a key by its config name; returns whether it did anything.
pub fn press(app: &mut App, name: &str) -> bool {
    app.press(Key::parse(name).unwrap())
}

/// Walks the views of the reader with `keys`, checking every frame at
/// every size.
pub fn tour(app: &mut App, what: &str, sizes: &[(u16, u16)], keys: &[&str]) {
    let step = |app: &mut App, label: &str| {
        for &(w, h) in sizes {
            app.resize(w, h);
            let screen = draw(app, w, h);
            check_buffer(screen.buffer(), &format!("{what} [{label}] {w}x{h}"));
            check_terminal_bytes(
                &terminal_bytes(app, w, h),
                &format!("{what} [{label}] {w}x{h} bytes"),
            );
        }
    };
    step(app, "start");
    for k in keys {
        press(app, k);
        step(app, k);
    }
}
