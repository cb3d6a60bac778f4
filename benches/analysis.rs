//! Ingest + full analysis throughput on one core, over PolNeAR train
//! (`../shared/corpus/polnear-train/text`), read into memory first.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

fn texts() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-train/text");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), text)
        })
        .collect()
}

fn ingest_and_analysis(c: &mut Criterion) {
    let texts = texts();
    let borrowed: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut g = c.benchmark_group("polnear-train");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ingest+analysis, one core", |b| {
        b.iter(|| {
            one_core.install(|| {
                let mut corpus = hearsay::ingest::load_texts(&borrowed);
                hearsay::analysis::analyze(&mut corpus);
                corpus
            })
        })
    });
    g.finish();
}

criterion_group!(benches, ingest_and_analysis);
criterion_main!(benches);
