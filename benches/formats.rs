//! Saved-page extraction throughput (MB/s of HTML, one core): the news and
//! blog page fixtures, and each bundled article set into the news page's
//! furniture (head, scripts, cookie banner, navigation, related links,
//! comments), as a saved page of it would be. Issue 15 asks for ≥ 20 MB/s.
//!
//! `cargo bench --bench formats` (add `-- --quick` for a short run).

use centreline::corpus::formats::html::extract;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;
use std::time::Duration;

fn pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let news = std::fs::read_to_string(dir.join("news_page.html")).expect("news page fixture");
    let blog = std::fs::read_to_string(dir.join("blog_page.html")).expect("blog page fixture");
    let (before, rest) = news
        .split_once("<div class=\"story-body\" itemprop=\"articleBody\">")
        .expect("the fixture's body");
    let after = &rest[rest
        .find("<div class=\"tags\">")
        .expect("the fixture's tags")..];
    let mut pages = vec![news.clone(), blog];
    for doc in centreline::corpus::load_bundled().documents {
        let body: String = doc
            .paragraphs
            .iter()
            .map(|p| {
                let t = p.text.replace('&', "&amp;").replace('<', "&lt;");
                format!("<p>{t}</p>\n")
            })
            .collect();
        pages.push(format!(
            "{before}<div class=\"story-body\" itemprop=\"articleBody\">{body}</div>{after}"
        ));
    }
    pages
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group("formats");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("html_extract", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| extract(p).paragraphs.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
