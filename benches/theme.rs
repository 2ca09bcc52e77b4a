//! Theme scoring throughput (MB/s) over the BBC articles in
//! `../shared/data/bbc`, or over the bundled corpus when that is absent.
//!
//! `cargo bench --bench theme` (add `-- --quick` for a short run).

use centreline::analysis::theme::score;
use centreline::analysis::Lexicon;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Paragraphs of text to score, and where they came from.
fn paragraphs() -> (Vec<String>, &'static str) {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    let mut files: Vec<PathBuf> = Vec::new();
    if let Ok(topics) = std::fs::read_dir(&bbc) {
        for topic in topics.flatten() {
            if let Ok(entries) = std::fs::read_dir(topic.path()) {
                files.extend(
                    entries
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "txt")),
                );
            }
        }
    }
    files.sort();
    let mut paragraphs = Vec::new();
    for file in &files {
        // Mostly ASCII; the odd Latin-1 file is read lossily, which is
        // enough for a throughput figure.
        if let Ok(bytes) = std::fs::read(file) {
            let text = String::from_utf8_lossy(&bytes);
            paragraphs.extend(
                text.split("\n\n")
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_string),
            );
        }
    }
    if !paragraphs.is_empty() {
        return (paragraphs, "bbc");
    }
    let corpus = centreline::corpus::load_bundled();
    let paragraphs = corpus
        .documents
        .into_iter()
        .flat_map(|d| d.paragraphs.into_iter().map(|p| p.text.to_string()))
        .collect();
    (paragraphs, "bundled")
}

fn bench(c: &mut Criterion) {
    let lexicon = Lexicon::bundled();
    let (paragraphs, source) = paragraphs();
    let bytes: usize = paragraphs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("theme");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function(format!("score_paragraphs_{source}"), |b| {
        b.iter(|| {
            paragraphs
                .iter()
                .map(|p| score(&lexicon, p).cues.len())
                .sum::<usize>()
        })
    });
    group.finish();
    // Compiling is per run, not per byte: its own group, no throughput.
    let mut compile = c.benchmark_group("lexicon");
    compile.sample_size(10);
    compile.bench_function("compile_bundled", |b| {
        b.iter(|| Lexicon::from_toml(centreline::analysis::lexicon::BUNDLED_TOML).unwrap())
    });
    compile.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
