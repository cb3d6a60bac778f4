//! Property tests: any bytes in, no panic, every span inside the text, on
//! character boundaries, and mapping back to the same bytes of the file.

use hearsay::ingest;
use hearsay::model::{Corpus, Source, Span};
use proptest::prelude::*;
use std::path::PathBuf;

/// Bytes that look like news dumps often enough to reach the header code:
/// lines drawn from a small vocabulary, blank lines, CR, BOM, bad bytes.
fn newsish_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"Headline\n".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\r".to_vec()),
        Just("\u{feff}".as_bytes().to_vec()),
        Just(b"Caption on May 2, 2024 (AFP)\n".to_vec()),
        Just(b"TT\n".to_vec()),
        Just("\u{201c}Quote,\u{201d} he said.".as_bytes().to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(vec![0xe2, 0x80]),
        "[ -~]{0,20}".prop_map(|s| s.into_bytes()),
        any::<u8>().prop_map(|b| vec![b]),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(bytes: &[u8]) {
    let source = Source::from_bytes(PathBuf::from("p.txt"), bytes);
    let text = &source.text;
    let (_, parts) = ingest::layout::split(text, None);
    let mut spans: Vec<Span> = Vec::new();
    for p in &parts {
        spans.push(p.title);
        spans.extend(p.caption);
        spans.extend(p.credit);
        spans.extend(p.source_line);
        spans.extend(&p.paragraphs);
        assert!(!text[p.title.range()].trim().is_empty(), "empty title");
    }
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} outside the text"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let f = source.file_span(s);
        assert!(f.end <= bytes.len());
        assert_eq!(String::from_utf8_lossy(&bytes[f.range()]), &text[s.range()]);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_bytes_give_valid_spans(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn newsish_bytes_give_valid_spans(bytes in newsish_bytes()) {
        check(&bytes);
    }

    #[test]
    fn loaded_articles_have_unique_ids(texts in prop::collection::vec("[a-c \n]{0,40}", 1..6)) {
        let named: Vec<(String, String)> = texts.iter().enumerate().map(|(i, t)| (format!("{i}.txt"), t.clone())).collect();
        let corpus: Corpus = ingest::load_texts(&named);
        let mut ids: Vec<&str> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
    }
}
