//! Colours and text styles, in one place. Readable on dark and light
//! terminals (mid-tone colours, no fixed background); with `NO_COLOR` no
//! colour at all, and selection still shows through reverse video and
//! marker glyphs.

use crate::model::EntityKind;
use ratatui::style::{Color, Modifier, Style};

/// Speaker colours: mid-tone 256-colour entries that read on black and on
/// white. A speaker keeps its slot in every view.
const SPEAKERS: [u8; 8] = [33, 166, 35, 163, 136, 61, 30, 160];

/// Marks the selected row of a list.
pub const MARKER: &str = "▶ ";
/// Marks lines of the selected quote.
pub const QUOTE_BAR: &str = "▌ ";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to something non-empty.
    pub fn from_env() -> Theme {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }

    pub const fn plain() -> Theme {
        Theme { color: false }
    }

    fn fg(&self, style: Style, c: u8) -> Style {
        if self.color {
            style.fg(Color::Indexed(c))
        } else {
            style
        }
    }

    pub fn speaker(&self, slot: Option<usize>) -> Style {
        match slot {
            Some(s) => self.fg(Style::new(), SPEAKERS[s % SPEAKERS.len()]),
            None => self.fg(Style::new(), 244),
        }
    }

    /// Quoted words, in their speaker's colour (italic without colour).
    pub fn quote(&self, slot: Option<usize>, selected: bool) -> Style {
        let s = if self.color {
            self.speaker(slot)
        } else {
            Style::new().add_modifier(Modifier::ITALIC)
        };
        if selected {
            s.add_modifier(Modifier::REVERSED)
        } else {
            s
        }
    }

    pub fn cue(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    pub fn speaker_mention(&self, slot: Option<usize>) -> Style {
        self.speaker(slot)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match kind {
            EntityKind::Person => bold,
            EntityKind::Organization => self.fg(bold, 96),
            EntityKind::Place => self.fg(bold, 65),
            EntityKind::Other => Style::new(),
        }
    }

    pub fn headline(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn caption(&self) -> Style {
        Style::new().add_modifier(Modifier::ITALIC)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    pub fn heading(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn border(&self, focused: bool) -> Style {
        if focused {
            self.fg(Style::new().add_modifier(Modifier::BOLD), 33)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn selected_row(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn matched(&self) -> Style {
        self.fg(
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            166,
        )
    }

    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn unread(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), 33)
    }
}
