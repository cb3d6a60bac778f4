//! Any bytes through ingest and analysis: no panic, every span inside the
//! text, on character boundaries, and mapping back to the file's bytes.
#![no_main]

use hearsay::{analysis, ingest};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let mut loaded = ingest::load_bytes(std::path::Path::new("fuzz.txt"), bytes);
    analysis::analyze(&mut loaded.corpus);
    let c = &loaded.corpus;
    for a in &c.articles {
        let src = &c.sources[a.source];
        for s in a.spans() {
            assert!(s.start <= s.end && s.end <= src.text.len());
            assert!(src.text.is_char_boundary(s.start) && src.text.is_char_boundary(s.end));
            let f = src.file_span(s);
            assert_eq!(
                String::from_utf8_lossy(&bytes[f.range()]),
                &src.text[s.range()]
            );
        }
    }
});
