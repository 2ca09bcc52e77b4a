//! The whole pipeline on real text: load (read, decode, split) and analyse
//! (quotes, speakers, theme), on one core and on all cores, reported as
//! throughput so it reads directly against the 20 MB/s-per-core target.
//!
//! Uses the 2,225 BBC articles in `../shared/data/bbc` (≈5 MB); without them it
//! falls back to the bundled corpus repeated, and says so.

use centreline::analysis::{analyse, Lexicon};
use centreline::corpus::{load_bundled, load_paths, Document};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn source() -> (Option<PathBuf>, Vec<Document>) {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    if bbc.is_dir() {
        let docs = load_paths(std::slice::from_ref(&bbc), None)
            .unwrap()
            .documents;
        return (Some(bbc), docs);
    }
    eprintln!("pipeline bench: ../shared/data/bbc absent; using the bundled corpus x200");
    let one = load_bundled().documents;
    let mut docs = Vec::new();
    for i in 0..200 {
        docs.extend(one.iter().cloned().map(|mut d| {
            d.id = format!("{}-{i}", d.id).into();
            d
        }));
    }
    (None, docs)
}

fn bytes(docs: &[Document]) -> u64 {
    docs.iter()
        .flat_map(|d| &d.paragraphs)
        .map(|p| p.text.len() as u64)
        .sum()
}

fn pipeline(c: &mut Criterion) {
    let (folder, docs) = source();
    let lexicon = Lexicon::bundled();
    let size = bytes(&docs);
    let one_core = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(size));
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    if let Some(folder) = &folder {
        let folders = [folder.clone()];
        g.bench_function("load/all-cores", |b| {
            b.iter(|| load_paths(&folders, None).unwrap())
        });
    }
    g.bench_function("analyse/one-core", |b| {
        b.iter_batched(
            || docs.clone(),
            |d| one_core.install(|| analyse(d, &lexicon)),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("analyse/all-cores", |b| {
        b.iter_batched(
            || docs.clone(),
            |d| analyse(d, &lexicon),
            BatchSize::LargeInput,
        )
    });
    let corpus = analyse(docs.clone(), &lexicon);
    g.bench_function("export-json", |b| {
        b.iter(|| {
            centreline::export::write(&corpus, centreline::export::Format::Json, std::io::sink())
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
