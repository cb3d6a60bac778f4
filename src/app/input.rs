//! Terminal events -> keys and actions: the one place in `app` that knows
//! the terminal library.

use super::action::Action;
use super::keymap::{Key, KeyCode};
use ratatui::crossterm::event::{
    Event, KeyCode as TermKey, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

/// What a terminal event means to the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Key(Key),
    Action(Action),
    Resize(u16, u16),
    Ignore,
}

/// Translates one terminal event. Only key presses count (not repeats or
/// releases, which some terminals also send).
pub fn translate(event: &Event) -> Input {
    match event {
        Event::Key(k) if k.kind == KeyEventKind::Press => key(k).map_or(Input::Ignore, Input::Key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                Input::Action(Action::Click(m.column, m.row))
            }
            MouseEventKind::ScrollDown => Input::Action(Action::Wheel(m.column, m.row, true)),
            MouseEventKind::ScrollUp => Input::Action(Action::Wheel(m.column, m.row, false)),
            _ => Input::Ignore,
        },
        Event::Resize(w, h) => Input::Resize(*w, *h),
        _ => Input::Ignore,
    }
}

fn key(k: &KeyEvent) -> Option<Key> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let code = match k.code {
        TermKey::Char(c) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
        TermKey::Enter => KeyCode::Enter,
        TermKey::Esc => KeyCode::Esc,
        TermKey::Backspace => KeyCode::Backspace,
        TermKey::Tab if k.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        TermKey::Tab => KeyCode::Tab,
        TermKey::BackTab => KeyCode::BackTab,
        TermKey::Up => KeyCode::Up,
        TermKey::Down => KeyCode::Down,
        TermKey::Left => KeyCode::Left,
        TermKey::Right => KeyCode::Right,
        TermKey::Home => KeyCode::Home,
        TermKey::End => KeyCode::End,
        TermKey::PageUp => KeyCode::PageUp,
        TermKey::PageDown => KeyCode::PageDown,
        _ => return None,
    };
    Some(Key { code, ctrl })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    #[test]
    fn only_presses_count() {
        let mut k = KeyEvent::new(TermKey::Char('j'), KeyModifiers::NONE);
        assert_eq!(translate(&Event::Key(k)), Input::Key(Key::ch('j')));
        k.kind = KeyEventKind::Release;
        assert_eq!(translate(&Event::Key(k)), Input::Ignore);
        k.kind = KeyEventKind::Repeat;
        k.state = KeyEventState::NONE;
        assert_eq!(translate(&Event::Key(k)), Input::Ignore);
        let c = KeyEvent::new(TermKey::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(translate(&Event::Key(c)), Input::Key(Key::ctrl('c')));
    }
}
