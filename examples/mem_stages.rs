//! Where the explorer's memory goes when it reopens a corpus from its
//! store: the loader's steps run in order (preview, whole corpus, the
//! explorer's indexes), with the Rust heap (live and peak, counted by this
//! program's allocator) and the process's resident memory (VmRSS, VmHWM)
//! after each, then the weight of the parts of the finished state.
//!
//! ```sh
//! cargo run --release --example mem_stages -- /tmp/centreline-scale STORE
//! ```
//!
//! SQLite allocates with the C allocator, which this count does not see:
//! resident memory beyond the heap's peak is SQLite, the allocator's own
//! keeping (freed memory not given back) and the program's code.

use centreline::analysis::Lexicon;
use centreline::corpus::load::LoadOptions;
use centreline::store::StoreOptions;
use centreline::tui::data::Data;
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// What the C allocator gave (its chunks' usable sizes), and how many.
static USABLE: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);

extern "C" {
    fn malloc_usable_size(p: *mut u8) -> usize;
    fn malloc_trim(pad: usize) -> i32;
}
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(l) };
        if !p.is_null() {
            USABLE.fetch_add(unsafe { malloc_usable_size(p) }, Ordering::Relaxed);
            COUNT.fetch_add(1, Ordering::Relaxed);
            let now = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        USABLE.fetch_sub(unsafe { malloc_usable_size(p) }, Ordering::Relaxed);
        COUNT.fetch_sub(1, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) };
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let before = unsafe { malloc_usable_size(p) };
        let q = unsafe { System.realloc(p, l, new) };
        if !q.is_null() {
            USABLE.fetch_sub(before, Ordering::Relaxed);
            USABLE.fetch_add(unsafe { malloc_usable_size(q) }, Ordering::Relaxed);
            if new >= l.size() {
                let now = LIVE.fetch_add(new - l.size(), Ordering::Relaxed) + new - l.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn status(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with(key))?.to_string();
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn mb(b: usize) -> f64 {
    b as f64 / 1e6 * (1e6 / 1048576.0)
}

fn stage(name: &str) {
    println!(
        "{name:<36} heap live {:>6.1} MB (malloc {:>6.1} MB in {:>7} blocks)  heap peak {:>6.1} MB  RSS {:>6.1} MB  HWM {:>6.1} MB",
        mb(LIVE.load(Ordering::Relaxed)),
        mb(USABLE.load(Ordering::Relaxed)),
        COUNT.load(Ordering::Relaxed),
        mb(PEAK.load(Ordering::Relaxed)),
        status("VmRSS:"),
        status("VmHWM:")
    );
}

/// The heap freed by running `f` (which drops something).
fn weight(name: &str, f: impl FnOnce()) {
    let before = LIVE.load(Ordering::Relaxed);
    f();
    let after = LIVE.load(Ordering::Relaxed);
    println!("  {name:<42} {:>7.1} MB", mb(before.saturating_sub(after)));
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "/tmp/centreline-scale".into()),
    );
    let store = args.next().map(PathBuf::from);
    let store_options = StoreOptions {
        disabled: store.is_none(),
        dir: store,
    };
    let paths = vec![dir];
    let (options, lexicon) = (LoadOptions::default(), Lexicon::bundled());
    stage("start");
    let preview = centreline::preview_stored(&paths, &options, &lexicon, &store_options)
        .map(|p| (Data::preview(p.corpus), p.built));
    stage("preview (Data::preview)");
    if let Some((preview, built)) = preview {
        // What the explorer does: the rest read, and added to the preview.
        let shown = preview.shown(built);
        let rest = centreline::open_stored_rest(&paths, &options, &lexicon, &store_options, &shown)
            .expect("the rest of the corpus");
        stage("rest read (preview held)");
        if std::env::var_os("TRIM").is_some() {
            unsafe { malloc_trim(0) };
            stage("trimmed");
        }
        let t = std::time::Instant::now();
        let data = preview.complete(rest);
        println!(
            "(Data::complete took {:.0} ms)",
            t.elapsed().as_secs_f64() * 1e3
        );
        stage("Data::complete");
        return parts(data);
    }
    let preview: Option<Data> = None;
    let lean = centreline::open_stored_lean(
        &paths,
        &options,
        &lexicon,
        &store_options,
        centreline::tui::trend::Trend::shows_months,
    );
    let data = match lean {
        Some(lean) => {
            stage("lean corpus opened (preview held)");
            let t = std::time::Instant::now();
            let data = Data::lean(lean);
            println!(
                "(Data::lean took {:.0} ms)",
                t.elapsed().as_secs_f64() * 1e3
            );
            stage("Data::lean (preview held)");
            data
        }
        None => {
            let opened = centreline::open_stored(&paths, &options, &lexicon, &store_options, None)
                .expect("open");
            stage("whole corpus opened (preview held)");
            let data = Data::new(opened.corpus);
            stage("Data::new (preview held)");
            data
        }
    };
    drop(preview);
    stage("preview dropped");

    parts(data);
}

fn parts(mut data: Data) {
    println!("the finished state's parts (heap freed when each is dropped):");
    let mut articles = std::mem::take(&mut data.corpus.articles);
    let text: usize = articles
        .iter()
        .flat_map(|a| &a.paragraphs)
        .map(|p| p.text.len())
        .sum();
    println!("  (paragraph text: {:.1} MB of UTF-8)", mb(text));
    weight("paragraph texts, themes, mentions", || {
        for a in &mut articles {
            a.paragraphs = Vec::new();
        }
    });
    weight("article theme cues and explanations", || {
        for a in &mut articles {
            a.theme.cues = Vec::new();
            a.theme.explanation = Vec::new();
        }
    });
    weight("article heads", || drop(articles));
    let mut quotes = std::mem::take(&mut data.corpus.quotes);
    let cues: usize = quotes.iter().map(|q| q.theme.cues.len()).sum();
    let text: usize = quotes.iter().map(|q| q.text.len()).sum();
    println!(
        "  ({} quotes of {} bytes each, {:.1} MB of text, {} cues of {} bytes)",
        quotes.len(),
        std::mem::size_of::<centreline::model::Quote>(),
        mb(text),
        cues,
        std::mem::size_of::<centreline::model::CueHit>()
    );
    weight("quotes' cues", || {
        for q in &mut quotes {
            q.theme.cues = Vec::new();
        }
    });
    weight("quotes' rule, cue, speaker, article strings", || {
        for q in &mut quotes {
            q.rule = "".into();
            q.cue = None;
            q.speaker = None;
            q.article = q.id.article.clone();
        }
    });
    weight("quotes", || drop(quotes));
    let speakers = std::mem::take(&mut data.corpus.speakers);
    weight("speakers", || drop(speakers));
    let palette = std::mem::take(&mut data.palette_entries);
    weight("palette entries", || drop(palette));
    let entries = std::mem::take(&mut data.speaker_entries);
    weight("speaker finder entries", || drop(entries));
    let hay = std::mem::take(&mut data.article_haystacks);
    let hay2 = std::mem::take(&mut data.speaker_haystacks);
    weight("filter haystacks", || {
        drop(hay);
        drop(hay2)
    });
    let x = std::mem::take(&mut data.speaker_groups);
    weight("speaker groups", || drop(x));
    let x = std::mem::take(&mut data.quotes_by_article);
    weight("quotes by article", || drop(x));
    let x = std::mem::take(&mut data.quotes_by_speaker);
    weight("quotes by speaker", || drop(x));
    let x = std::mem::take(&mut data.speakers_in_article);
    weight("speakers in article", || drop(x));
    let x = std::mem::take(&mut data.article_index);
    let y = std::mem::take(&mut data.speaker_index);
    weight("id maps", || {
        drop(x);
        drop(y)
    });
    weight("the rest of Data (trend, by date, texts)", || drop(data));
    stage("all dropped");
}
