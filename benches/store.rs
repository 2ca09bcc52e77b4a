//! The store (issue 14): a cold export with no store, a cold build of the
//! cache, a reopen from an up-to-date cache (the model, no analysis), an
//! export from it, and a search of its paragraph index.
//!
//! Uses the 2,225 BBC articles in `../shared/data/bbc` (≈5 MB); without them
//! it falls back to the bundled corpus copied 100 times, and says so.

use centreline::analysis::Lexicon;
use centreline::corpus::load::LoadOptions;
use centreline::export::{self, Format};
use centreline::store::{cache, search, StoreOptions};
use criterion::{criterion_group, criterion_main, Criterion};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The corpus folder, and a temporary folder holding it when it was made.
fn corpus() -> (PathBuf, Option<tempfile::TempDir>) {
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc");
    if bbc.is_dir() {
        return (bbc, None);
    }
    eprintln!("store bench: ../shared/data/bbc absent; using the bundled corpus x100");
    let tmp = tempfile::tempdir().unwrap();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus");
    for entry in std::fs::read_dir(&assets).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            for i in 0..100 {
                std::fs::write(tmp.path().join(format!("{stem}-{i}.txt")), &text).unwrap();
            }
        }
    }
    (tmp.path().to_path_buf(), Some(tmp))
}

fn store(c: &mut Criterion) {
    let (folder, _keep) = corpus();
    let paths = vec![folder];
    let lexicon = Lexicon::bundled();
    let options = LoadOptions::default();
    let at = tempfile::tempdir().unwrap();
    let store = StoreOptions {
        dir: Some(at.path().join("store")),
        disabled: false,
    };
    let sink = |corpus: &centreline::model::Corpus| {
        export::write(corpus, Format::Json, std::io::sink()).unwrap()
    };

    let mut g = c.benchmark_group("store");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("export/cold-no-store", |b| {
        b.iter(|| {
            let (analysed, _) =
                centreline::open_analysed_with(&paths, &options, &lexicon, None).unwrap();
            export::write_analysed(analysed, Format::Json, std::io::sink()).unwrap()
        })
    });
    g.bench_function("build/cold", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(at.path().join("store"));
            },
            |()| {
                let o = centreline::open_stored(&paths, &options, &lexicon, &store, None).unwrap();
                assert!(o.stats.cache_current && !o.stats.from_cache);
                o
            },
            criterion::BatchSize::PerIteration,
        )
    });
    // From here on the cache is up to date.
    centreline::open_stored(&paths, &options, &lexicon, &store, None).unwrap();
    g.bench_function("reopen", |b| {
        b.iter(|| {
            let o = centreline::open_stored(&paths, &options, &lexicon, &store, None).unwrap();
            assert!(o.stats.from_cache);
            o
        })
    });
    g.bench_function("export/from-store", |b| {
        b.iter(|| {
            let o = centreline::open_stored(&paths, &options, &lexicon, &store, None).unwrap();
            sink(&o.corpus)
        })
    });
    let db = store.dir.as_ref().unwrap().join(cache::CACHE_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap();
    for (name, query) in [
        ("word", "government"),
        ("phrase", "\"local authority\""),
        ("prefix", "devol*"),
        ("not", "council NOT tax"),
    ] {
        g.bench_function(format!("search/{name}"), |b| {
            b.iter(|| search::search(&conn, query, 50).unwrap())
        });
    }
    g.bench_function("search/check-current-then-query", |b| {
        b.iter(|| {
            let dir = store.dir.as_ref().unwrap();
            cache::current_warnings(dir, &paths, &options, &lexicon).unwrap();
            search::search(&conn, "government", 50).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, store);
criterion_main!(benches);
