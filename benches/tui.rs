//! The explorer's speed: a keystroke in the fuzzy finder, or in a list
//! filter, over 100,000 entries through to a drawn frame (target ≤ 16 ms),
//! and a full-screen render at 200×60.
//!
//! `cargo bench --bench tui` (add `-- --quick` for a short run).

use centreline::tui::app::Overlay;
use centreline::tui::{self, Action, App};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ratatui::{backend::TestBackend, Terminal};
use std::hint::black_box;

fn finder_keystroke(c: &mut Criterion) {
    let mut app = App::with_corpus(tui::testing::synthetic_corpus(100_000), 200, 60);
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    app.apply(Action::Finder);
    let Some(Overlay::Finder(empty)) = app.overlay.clone() else {
        panic!("finder")
    };
    assert!(app.data.as_ref().unwrap().speaker_entries.len() >= 100_000);
    // The state after typing "thor", to measure the fifth keystroke.
    for ch in "thor".chars() {
        app.apply(Action::Input(ch));
    }
    while app.busy() {
        app.work();
    }
    let Some(Overlay::Finder(thor)) = app.overlay.clone() else {
        panic!("finder")
    };

    let mut group = c.benchmark_group("finder_100k");
    for (name, start, action) in [
        ("first_key_t", &empty, Action::Input('t')),
        ("thor_plus_n", &thor, Action::Input('n')),
        ("backspace_refilter", &thor, Action::DeleteChar),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || start.clone(),
                |state| {
                    app.overlay = Some(Overlay::Finder(state));
                    app.apply(action);
                    term.draw(|f| tui::draw(f, &app)).unwrap();
                    black_box(term.backend().buffer().area);
                },
                BatchSize::SmallInput,
            )
        });
    }
    // For comparison: the whole search finished (as a few more frames do).
    group.bench_function("first_key_t_to_complete_results", |b| {
        b.iter_batched(
            || empty.clone(),
            |state| {
                app.overlay = Some(Overlay::Finder(state));
                app.apply(Action::Input('t'));
                while app.busy() {
                    app.work();
                }
                term.draw(|f| tui::draw(f, &app)).unwrap();
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// A keystroke in the Speakers filter (`/`) over 100,000 speakers through to
/// a drawn frame (issue 13's target: ≤ 16 ms): the first letter scans every
/// prepared haystack; later letters narrow what it found; a backspace
/// rebuilds and re-sorts.
fn filter_keystroke(c: &mut Criterion) {
    let mut app = App::with_corpus(tui::testing::synthetic_corpus(100_000), 200, 60);
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    app.apply(Action::FocusSpeakers);
    app.apply(Action::Search);
    let all = (app.speakers.order.clone(), app.speakers.filter.clone());
    for ch in "thor".chars() {
        app.apply(Action::Input(ch));
    }
    let thor = (app.speakers.order.clone(), app.speakers.filter.clone());
    let mut group = c.benchmark_group("filter_100k");
    for (name, start, action) in [
        ("first_key_t", &all, Action::Input('t')),
        ("thor_plus_n", &thor, Action::Input('n')),
        ("backspace_refilter", &thor, Action::DeleteChar),
    ] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || start.clone(),
                |(order, filter)| {
                    app.speakers.order = order;
                    app.speakers.filter = filter;
                    app.apply(action);
                    term.draw(|f| tui::draw(f, &app)).unwrap();
                    black_box(term.backend().buffer().area);
                },
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn full_render(c: &mut Criterion) {
    let mut app = App::with_corpus(tui::testing::fixture_corpus(), 200, 60);
    // Reader on Thornton's quote: quotes, names, cues and the tracker all drawn.
    for ch in "thorn".chars() {
        if ch == 't' {
            app.apply(Action::Finder);
        }
        app.apply(Action::Input(ch));
    }
    app.apply(Action::Open);
    let mut term = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("render_200x60", |b| {
        b.iter(|| {
            term.draw(|f| tui::draw(f, &app)).unwrap();
            // Force a full redraw next time, as after a resize.
            term.clear().unwrap();
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = finder_keystroke, filter_keystroke, full_render
}
criterion_main!(benches);
