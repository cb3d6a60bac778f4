//! Any text through the display functions: nothing a terminal would obey
//! comes out, and wrapped lines fit their width.
#![no_main]

use hearsay::display;
use libfuzzer_sys::fuzz_target;

fn forbidden(c: char) -> bool {
    (c as u32) < 0x20
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c,
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}'
            | '\u{2028}' | '\u{2029}' | '\u{2060}'..='\u{2064}' | '\u{61c}' | '\u{feff}' | '\u{ad}')
}

fuzz_target!(|input: (u8, &[u8])| {
    let (width, bytes) = input;
    let width = usize::from(width % 80) + 1;
    let text = String::from_utf8_lossy(bytes);
    let glyphs = display::glyphs(&text, 0);
    assert!(glyphs.iter().all(|g| !forbidden(g.ch)));
    for r in display::wrap(&glyphs, width) {
        let w: usize = glyphs[r].iter().map(|g| g.width()).sum();
        assert!(w <= width.max(2));
    }
    let clean = display::clean(&text);
    assert!(!clean.chars().any(forbidden));
    assert!(display::width(&display::truncate(&clean, width)) <= width);
});
