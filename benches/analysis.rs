//! Ingest + full analysis throughput on one core, over PolNeAR train
//! (`../shared/corpus/polnear-train/text`), read into memory first.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::Path;

mod common;

fn ingest_and_analysis(c: &mut Criterion) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-train/text");
    let texts = common::read_texts(&dir);
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let one_core = common::one_core();
    let mut g = c.benchmark_group("polnear-train");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ingest+analysis, one core", |b| {
        b.iter(|| {
            one_core.install(|| {
                let mut corpus = hearsay::ingest::load_texts(&texts);
                hearsay::analysis::analyze(&mut corpus);
                corpus
            })
        })
    });
    g.finish();
}

criterion_group!(benches, ingest_and_analysis);
criterion_main!(benches);
