//! The analysis never panics and stays linear on pathological input: a
//! blow-up guard with bounds far above normal, not a benchmark.

mod common;

use hearsay::{analysis, ingest};
use std::time::{Duration, Instant};

fn analyse(text: &str) -> (usize, Duration) {
    let mut corpus = ingest::load_texts(&[("x.txt", text)]);
    let started = Instant::now();
    analysis::analyze(&mut corpus);
    let quotes = corpus.articles.iter().map(|a| a.quotes.len()).sum();
    // Every span stays inside the text and on character boundaries.
    let src = &corpus.sources[0].text;
    for a in &corpus.articles {
        for q in &a.quotes {
            for s in [Some(q.content()), q.cue(), q.speaker_mention()]
                .into_iter()
                .flatten()
            {
                assert!(
                    s.end <= src.len()
                        && src.is_char_boundary(s.start)
                        && src.is_char_boundary(s.end)
                );
            }
        }
        for m in &a.mentions {
            assert!(m.span().end <= src.len());
        }
    }
    (quotes, started.elapsed())
}

/// Twice the input should cost about twice the time, never four times.
fn assert_linear(make: impl Fn(usize) -> String, n: usize) {
    let (_, small) = analyse(&make(n));
    let (_, large) = analyse(&make(4 * n));
    assert!(
        large < small * 12 + Duration::from_millis(200),
        "4x the input took {large:?} against {small:?}"
    );
    assert!(large < Duration::from_secs(60), "took {large:?}");
}

#[test]
fn a_one_megabyte_paragraph_of_quotes_and_names() {
    let sentence = "“We will not give up,” Minister Anna Berg said on Tuesday, and he added that Berg told Mr. Olsen “nothing is agreed.” ";
    assert_linear(|n| format!("Title\n\n{}\n", sentence.repeat(n)), 2_000);
    let text = format!("Title\n\n{}\n", sentence.repeat(1_000_000 / sentence.len()));
    let (quotes, took) = analyse(&text);
    assert!(quotes > 10_000, "{quotes}");
    assert!(took < Duration::from_secs(60));
    // One sentence a megabyte long: no period anywhere.
    let run_on = sentence.replace('.', "");
    assert_linear(|n| format!("Title\n\n{}\n", run_on.repeat(n)), 2_000);
}

#[test]
fn one_statement_of_many_coordinated_that_clauses() {
    // `said that A and that B and that C ...`: each part is walked once.
    let make = |n: usize| {
        let parts = vec!["that the bridge would close"; n].join(" and ");
        format!("Title\n\nAna Ruiz said {parts}.\n")
    };
    let (_, small) = analyse(&make(5_000));
    let (_, large) = analyse(&make(40_000));
    assert!(
        large < small * 20 + Duration::from_millis(200),
        "8x the parts took {large:?} against {small:?}"
    );
    let (quotes, _) = analyse(&make(50));
    assert_eq!(quotes, 50);
}

#[test]
fn ten_thousand_unbalanced_quotation_marks() {
    for mark in ["\"", "“", "”", "‘", "’", "''", "«"] {
        let text = format!(
            "Title\n\nShe said {}\n\nNext paragraph, he said.\n",
            format!("{mark}a ").repeat(10_000)
        );
        let (_, took) = analyse(&text);
        assert!(took < Duration::from_secs(30), "{mark}: {took:?}");
    }
    assert_linear(|n| format!("Title\n\nHe said {}\n", "“a ".repeat(n)), 5_000);
}

#[test]
fn deeply_nested_and_many_paragraph_quotes() {
    let nested = format!("Title\n\n{}x{}\n", "“‘".repeat(5_000), "’”".repeat(5_000));
    analyse(&nested);
    let paragraphs = "“This runs on,\n\n".repeat(5_000);
    let (quotes, _) = analyse(&format!("Title\n\nShe said:\n\n{paragraphs}"));
    assert!(quotes >= 1);
}

#[test]
fn many_people_and_pronouns_in_one_article() {
    assert_linear(
        |n| {
            let mut t = String::from("Title\n\n");
            for i in 0..n {
                t.push_str(&format!("Officer Person{i} Smith{i} spoke. He said the plan failed. Smith{i} said it again, the mayor said.\n\n"));
            }
            t
        },
        1_000,
    );
}

#[test]
fn a_news_dump_of_many_articles() {
    // One text holding many articles: each article's analysis reads its
    // own bytes, never the whole dump (a per-article scan of the dump, for
    // its titles or for a title-case line's common words, once made this
    // quadratic: 8x the articles took 45-56x the time).
    let dump = |n: usize| {
        let mut t = String::new();
        for k in 0..n {
            let body = format!(
                "Olsen Supporter Screams At Delegates Over Rounds\n\n“We are open to talks on point {k},” Mr. Olsen said on Monday. Ms. Berg and Mrs. Dahl agreed.\n\nHe said more rounds would follow, Miss Lund said."
            );
            t.push_str(&common::dump_article(k, &body));
        }
        t
    };
    let (quotes, small) = analyse(&dump(1_000));
    assert!(quotes >= 2_000, "{quotes}");
    let (_, large) = analyse(&dump(8_000));
    assert!(
        large < small * 20 + Duration::from_millis(300),
        "8x the articles took {large:?} against {small:?}"
    );
}
