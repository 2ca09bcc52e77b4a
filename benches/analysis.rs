//! Throughput of quote and speaker attribution (`attribute`) over a real
//! corpus: the BBC politics folder in `../shared` when present, else the
//! bundled corpus repeated. Reported in bytes of paragraph text per second,
//! on one core (a one-thread rayon pool) and on all cores.

use centreline::analysis::attribution::attribute;
use centreline::corpus::{load_bundled, load_paths, Document};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn corpus() -> (String, Vec<Document>) {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc/politics");
    if bbc.is_dir() {
        if let Ok(loaded) = load_paths(&[bbc], None) {
            return ("bbc-politics".into(), loaded.documents);
        }
    }
    eprintln!("../shared/data/bbc/politics not found: benchmarking the bundled corpus repeated");
    let bundled = load_bundled().documents;
    let mut docs = Vec::new();
    for i in 0..80 {
        for d in &bundled {
            let mut d = d.clone();
            d.id = format!("{}-{i}", d.id).into();
            docs.push(d);
        }
    }
    ("bundled-x80".into(), docs)
}

fn bench(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs
        .iter()
        .flat_map(|d| &d.paragraphs)
        .map(|p| p.text.len())
        .sum();
    let mut group = c.benchmark_group("attribute");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    group.bench_function(format!("{name}/one-core"), |b| {
        b.iter(|| one.install(|| black_box(attribute(black_box(&docs), None))))
    });
    group.bench_function(format!("{name}/all-cores"), |b| {
        b.iter(|| black_box(attribute(black_box(&docs), None)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
