//! Writes a benchmark corpus of N articles made from a template corpus
//! (PolNeAR train by default), in both layouts:
//!
//! - `OUT/files/NNNNNNN.txt`: half the articles, one per file;
//! - `OUT/dumps/dump-NNNNN.txt`: the other half, in news dumps of
//!   [`DUMP_SIZE`] articles, each opening with headline, caption (twice),
//!   `TT`, headline and caption again (as `../shared/corpus/seed`).
//!
//! Every article is a template article with its people renamed (full name
//! and surname, consistently within the article, from a pool of first
//! names and surnames seen in the templates; about a third keep their
//! name so some people run through many articles) and some paragraphs
//! swapped, so no two articles are the same text and no cache or dedup
//! can cheat. Deterministic: the same N and seed give the same bytes.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 10000 target/bench-corpus/10000
//! cargo run --release --example gen_corpus -- N OUT [TEMPLATES] [SEED]
//! ```

use hearsay::model::{EntityKind, MentionKind};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Articles per news-dump file.
pub const DUMP_SIZE: usize = 100;
/// The templates, relative to the repository.
pub const TEMPLATES: &str = "../shared/corpus/polnear-train/text";

/// One template article: title, paragraphs, and its people's names.
pub struct Template {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// `(first name, surname)` of each person named in full.
    pub people: Vec<(String, String)>,
}

/// The templates and the name pool.
pub struct Templates {
    pub articles: Vec<Template>,
    pub firsts: Vec<String>,
    pub surnames: Vec<String>,
}

/// SplitMix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_uppercase())
        && w.chars().count() >= 3
        && chars.all(|c| c.is_lowercase() || c == '\'' || c == '-')
}

/// Reads and analyses the templates once; people are the persons the
/// analysis names in full (`First Surname`) in each article.
pub fn load_templates(dir: &Path) -> Templates {
    let mut loaded = hearsay::ingest::load_paths(&[dir]);
    hearsay::analysis::analyze(&mut loaded.corpus);
    let corpus = &loaded.corpus;
    let mut firsts = BTreeSet::new();
    let mut surnames = BTreeSet::new();
    let articles = corpus
        .articles
        .iter()
        .map(|a| {
            let mut people = BTreeSet::new();
            for m in &a.mentions {
                let Some(e) = m.entity().map(|e| &corpus.entities[e]) else {
                    continue;
                };
                if m.kind != MentionKind::Name || e.kind != EntityKind::Person {
                    continue;
                }
                let words: Vec<&str> = e.name.split(' ').collect();
                if let [first, last] = words[..]
                    && is_name_word(first)
                    && is_name_word(last)
                {
                    firsts.insert(first.to_owned());
                    surnames.insert(last.to_owned());
                    people.insert((first.to_owned(), last.to_owned()));
                }
            }
            // Rules (`___.`) and other repeated lines would read as dump
            // headers once the article is in a dump: keep the first of each.
            let mut seen = BTreeSet::new();
            Template {
                title: corpus.text(a, a.title).to_owned(),
                paragraphs: a
                    .paragraphs
                    .iter()
                    .map(|&p| corpus.text(a, p))
                    .filter(|p| p.chars().any(char::is_alphabetic) && seen.insert(*p))
                    .map(str::to_owned)
                    .collect(),
                people: people.into_iter().collect(),
            }
        })
        .collect();
    Templates {
        articles,
        firsts: firsts.into_iter().collect(),
        surnames: surnames.into_iter().collect(),
    }
}

/// Replaces whole words: `First Surname` -> `First2 Surname2`, and a lone
/// `Surname` -> `Surname2`. One pass over the text.
fn rename(text: &str, firsts: &HashMap<&str, (&str, &str)>, lasts: &HashMap<&str, &str>) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let after = &rest[end..];
        let replaced = match firsts.get(word) {
            Some(&(surname, new_first))
                if after.strip_prefix(' ').is_some_and(|a| {
                    a.starts_with(surname)
                        && !a[surname.len()..].starts_with(|c: char| c.is_alphabetic())
                }) =>
            {
                Some(new_first)
            }
            _ => lasts.get(word).copied(),
        };
        out.push_str(replaced.unwrap_or(word));
        rest = after;
    }
    out.push_str(rest);
    out
}

const PLACES: &[&str] = &[
    "Washington",
    "Moscow",
    "Brussels",
    "Paris",
    "Berlin",
    "Tehran",
    "Kyiv",
    "Ankara",
    "Beijing",
    "London",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const CREDITS: &[&str] = &["AFP", "Reuters", "AP"];

/// Article `i` of the corpus seeded `seed`: title, caption, body.
pub fn article(t: &Templates, seed: u64, i: usize) -> (String, String, String) {
    let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let tpl = &t.articles[i % t.articles.len()];
    let mut new_names: Vec<(String, String)> = Vec::new();
    for _ in &tpl.people {
        let renamed = rng.below(3) != 0;
        new_names.push(if renamed {
            (
                t.firsts[rng.below(t.firsts.len())].clone(),
                t.surnames[rng.below(t.surnames.len())].clone(),
            )
        } else {
            (String::new(), String::new())
        });
    }
    let mut firsts = HashMap::new();
    let mut lasts = HashMap::new();
    for ((first, last), (nf, nl)) in tpl.people.iter().zip(&new_names) {
        if nf.is_empty() {
            continue;
        }
        firsts.insert(first.as_str(), (last.as_str(), nf.as_str()));
        lasts.insert(last.as_str(), nl.as_str());
    }
    let mut paragraphs: Vec<String> = tpl
        .paragraphs
        .iter()
        .map(|p| rename(p, &firsts, &lasts))
        .collect();
    // Swap a few paragraphs (the first stays the lead).
    let n = paragraphs.len();
    if n > 2 {
        for _ in 0..n / 3 + 1 {
            let a = 1 + rng.below(n - 1);
            let b = 1 + rng.below(n - 1);
            paragraphs.swap(a, b);
        }
    }
    let title = rename(&tpl.title, &firsts, &lasts);
    let who = match new_names.iter().zip(&tpl.people).next() {
        Some(((nf, nl), _)) if !nf.is_empty() => format!("{nf} {nl}"),
        Some((_, (f, l))) => format!("{f} {l}"),
        None => "A delegate".to_owned(),
    };
    let caption = format!(
        "{who} speaks to reporters in {} on {} {}, {} ({})",
        PLACES[rng.below(PLACES.len())],
        MONTHS[rng.below(MONTHS.len())],
        1 + rng.below(28),
        2015 + rng.below(10),
        CREDITS[rng.below(CREDITS.len())],
    );
    (title, caption, paragraphs.join("\n\n"))
}

/// The single-article layout.
pub fn single_file(title: &str, body: &str) -> String {
    format!("{title}\n\n{body}\n")
}

/// One article in the news-dump layout.
pub fn dump_entry(title: &str, caption: &str, body: &str) -> String {
    format!(
        "{title}\n\n{caption}\n{caption}\nTT\n\n{title}\n\n{caption}\n{caption}\n\n{body}\n\n\n"
    )
}

/// All `n` articles as `(file name, text)`: even articles one per file
/// under `files/`, odd ones in dumps under `dumps/`.
pub fn generate(t: &Templates, n: usize, seed: u64) -> Vec<(String, String)> {
    use rayon::prelude::*;
    let singles: Vec<(String, String)> = (0..n)
        .into_par_iter()
        .filter(|i| i % 2 == 0)
        .map(|i| {
            let (title, _, body) = article(t, seed, i);
            (format!("files/{i:07}.txt"), single_file(&title, &body))
        })
        .collect();
    let odd: Vec<usize> = (0..n).filter(|i| i % 2 == 1).collect();
    let dumps: Vec<(String, String)> = odd
        .par_chunks(DUMP_SIZE)
        .enumerate()
        .map(|(d, chunk)| {
            let mut text = String::new();
            for &i in chunk {
                let (title, caption, body) = article(t, seed, i);
                text.push_str(&dump_entry(&title, &caption, &body));
            }
            (format!("dumps/dump-{d:05}.txt"), text)
        })
        .collect();
    singles.into_iter().chain(dumps).collect()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus N OUT [TEMPLATES] [SEED]";
    let n: usize = args
        .first()
        .and_then(|a| a.replace([',', '_'], "").parse().ok())
        .expect(usage);
    let out = PathBuf::from(args.get(1).expect(usage));
    let templates = args.get(2).map_or(PathBuf::from(TEMPLATES), PathBuf::from);
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(42);
    let t = load_templates(&templates);
    assert!(
        !t.articles.is_empty(),
        "no template in {}",
        templates.display()
    );
    let files = generate(&t, n, seed);
    if out.exists() {
        std::fs::remove_dir_all(&out)?;
    }
    std::fs::create_dir_all(out.join("files"))?;
    std::fs::create_dir_all(out.join("dumps"))?;
    let mut bytes = 0;
    for (name, text) in &files {
        std::fs::write(out.join(name), text)?;
        bytes += text.len();
    }
    println!(
        "{n} articles, {} files, {:.1} MB in {} ({} templates, {} first names, {} surnames)",
        files.len(),
        bytes as f64 / 1e6,
        out.display(),
        t.articles.len(),
        t.firsts.len(),
        t.surnames.len()
    );
    Ok(())
}
