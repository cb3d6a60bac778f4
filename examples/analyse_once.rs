//! Ingest + full analysis of a directory's texts on one core, read into
//! memory first, K times (default 7): prints the fastest and median run
//! and MB/s. `scripts/instructions.sh` runs it once under cachegrind for a
//! count of instructions that, unlike a timer, does not move with the
//! machine's load.
//!
//! ```sh
//! cargo run --release --example analyse_once -- ../shared/corpus/polnear-train/text [K]
//! ```

use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().expect("usage: analyse_once DIR [K]");
    let k: usize = args.get(1).map_or(7, |s| s.parse().expect("K: a number"));
    let texts = common::read_texts(std::path::Path::new(dir));
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let one_core = common::one_core();
    let mut ms = Vec::new();
    for _ in 0..k.max(1) {
        let t = Instant::now();
        let corpus = one_core.install(|| {
            let mut corpus = hearsay::ingest::load_texts(&texts);
            hearsay::analysis::analyze(&mut corpus);
            corpus
        });
        ms.push(t.elapsed().as_secs_f64() * 1e3);
        drop(corpus);
    }
    ms.sort_by(f64::total_cmp);
    println!(
        "bytes={bytes} min_ms={:.0} median_ms={:.0} mb_per_s={:.1}",
        ms[0],
        ms[ms.len() / 2],
        bytes as f64 / 1e6 / (ms[0] / 1e3)
    );
}
