//! `cargo run --profile fuzz --example fuzz -- [--execs N] [--seed S]
//! [--threads T] [--timeout SECS] [--out DIR]`: the long fuzz run.
//!
//! Real articles (the five bundled ones, and `../shared/data/bbc` and
//! `../shared/data/polnear-dev/text` when present) mutated with the hazards
//! of news text and analysed whole, `N` times (default 10,000,000), by `T`
//! threads (default: one per core); see `tests/support/fuzz.rs` for the
//! mutators and what counts as a failure. The short, fixed-seed run in the
//! normal test suite is `tests/fuzz_articles.rs`.
//!
//! The `fuzz` profile (`Cargo.toml`) is `release` with debug assertions and
//! overflow checks on: optimised, so millions of inputs take minutes, not
//! hours, yet an arithmetic overflow or a `debug_assert!` is a finding as it
//! would be in a test; and line tables, so a finding's backtrace names lines.
//!
//! Each input is, at random, a fresh sample (a whole article half the time,
//! one to four paragraphs the other half: fast, and a mutation weighs more in
//! a short text) or, one time in four, the previous clean input mutated
//! again, so that mutations stack up to reach rarer combinations.
//!
//! A progress line goes to standard error every ten seconds. The first
//! failure of each kind (its [`fuzz::Failure::signature`]: the panic's place,
//! or the span check that failed) is minimised and written to `DIR` (default
//! `fuzz-findings/`, ignored by git): `<signature>.txt` describes it, with
//! its backtrace and the input as found, and `<signature>.repro.txt` holds
//! just the minimised text, which `centreline <file>` loads. Later failures
//! of the same kind are only counted. An input that runs longer than
//! `--timeout` (default 60 s) is written as a hang, unminimised (it cannot be
//! interrupted), and the run stops. The exit status is 1 when anything was
//! found.
//!
//! Inputs depend on the seed and, when stacked, on what came before, so a
//! finding is reproduced from its files, not from the seed alone.

#[path = "../tests/support/fuzz.rs"]
mod fuzz;
#[path = "../tests/support/spans.rs"]
mod spans;

use fuzz::{
    analyse_one, check_with, check_with_backtrace, minimise, mutate_logged, Failure, Pool, Rng,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Inputs longer than this are not mutated again (stacked mutations that
/// keep splicing would otherwise grow them, and slow every later input).
const MAX_STACKED_BYTES: usize = 32 * 1024;

/// How often the progress line is printed.
const PROGRESS_EVERY: Duration = Duration::from_secs(10);

struct Options {
    execs: u64,
    seed: u64,
    threads: usize,
    timeout: Duration,
    out: PathBuf,
}

fn parse_args() -> Result<Options, String> {
    let mut o = Options {
        execs: 10_000_000,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        timeout: Duration::from_secs(60),
        out: Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz-findings"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |v: String| -> Result<u64, String> {
            let v = v.replace('_', "");
            match v.strip_prefix("0x") {
                Some(hex) => u64::from_str_radix(hex, 16),
                None => v.parse(),
            }
            .map_err(|e| format!("{flag}: '{v}': {e}"))
        };
        match flag.as_str() {
            "--execs" => o.execs = number(value()?)?,
            "--seed" => o.seed = number(value()?)?,
            "--threads" => o.threads = number(value()?)?.max(1) as usize,
            "--timeout" => o.timeout = Duration::from_secs(number(value()?)?.max(1)),
            "--out" => o.out = PathBuf::from(value()?),
            "-h" | "--help" => {
                return Err("usage: fuzz [--execs N] [--seed S] [--threads T] \
                            [--timeout SECS] [--out DIR]"
                    .into())
            }
            _ => return Err(format!("unknown argument '{flag}' (try --help)")),
        }
    }
    Ok(o)
}

/// What the threads share.
struct Shared<'a> {
    options: &'a Options,
    pool: &'a Pool,
    /// Inputs handed out so far (a thread takes the next until `execs`).
    claimed: AtomicU64,
    /// Inputs checked.
    done: AtomicU64,
    crashes: AtomicU64,
    /// Quotes and speakers found in all inputs checked: the progress line
    /// shows them per input, so that a harness that stopped reaching the
    /// attribution (every input rejected early, say) would show.
    quotes: AtomicU64,
    speakers: AtomicU64,
    /// Failures per signature; the first of each is minimised and written.
    seen: Mutex<HashMap<String, u64>>,
    /// Per thread: when its current check started, and its input, for the
    /// hang watchdog. Holding the input costs a copy per check, nothing
    /// beside an analysis.
    running: Vec<Mutex<Option<(Instant, String)>>>,
    finished: AtomicUsize,
}

impl Shared<'_> {
    /// Check `text` on thread `t`, visible to the watchdog meanwhile.
    fn check(&self, t: usize, text: &str) -> Result<(), Failure> {
        *self.running[t].lock().unwrap() = Some((Instant::now(), text.to_string()));
        let result = check_with(text, false, |docs| {
            let (warnings, corpus) = analyse_one(docs);
            let quotes = corpus.quotes.len() as u64;
            self.quotes.fetch_add(quotes, Ordering::Relaxed);
            let speakers = corpus.speakers.len() as u64;
            self.speakers.fetch_add(speakers, Ordering::Relaxed);
            (warnings, corpus)
        });
        *self.running[t].lock().unwrap() = None;
        result
    }
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(why) => {
            eprintln!("fuzz: {why}");
            return ExitCode::FAILURE;
        }
    };
    let mut pool = Pool::bundled();
    let bundled = pool.len();
    let bbc = pool.add_bbc();
    let polnear = pool.add_polnear();
    let shown = |n: Option<usize>| n.map_or("absent".to_string(), |n| n.to_string());
    eprintln!(
        "fuzz: {} articles ({bundled} bundled, BBC {}, POLNEAR {}); seed {:#x}; {} execs on {} thread(s); \
         debug assertions {}, findings to {}",
        pool.len(),
        shown(bbc),
        shown(polnear),
        options.seed,
        options.execs,
        options.threads,
        if cfg!(debug_assertions) { "on" } else { "OFF" },
        options.out.display()
    );
    let shared = Shared {
        options: &options,
        pool: &pool,
        claimed: AtomicU64::new(0),
        done: AtomicU64::new(0),
        crashes: AtomicU64::new(0),
        quotes: AtomicU64::new(0),
        speakers: AtomicU64::new(0),
        seen: Mutex::new(HashMap::new()),
        running: (0..options.threads).map(|_| Mutex::new(None)).collect(),
        finished: AtomicUsize::new(0),
    };
    let started = Instant::now();
    std::thread::scope(|s| {
        for t in 0..options.threads {
            let shared = &shared;
            std::thread::Builder::new()
                .name(format!("fuzz-{t}"))
                .spawn_scoped(s, move || {
                    worker(shared, t);
                    shared.finished.fetch_add(1, Ordering::SeqCst);
                })
                .expect("a fuzz thread");
        }
        monitor(&shared, started);
    });
    let elapsed = started.elapsed();
    let done = shared.done.load(Ordering::SeqCst);
    let crashes = shared.crashes.load(Ordering::SeqCst);
    let seen = shared.seen.lock().unwrap();
    eprintln!(
        "fuzz: done: {done} execs in {:.0?} ({:.0} execs/s); {crashes} crashes, {} unique",
        elapsed,
        done as f64 / elapsed.as_secs_f64().max(1e-9),
        seen.len(),
    );
    for (signature, n) in seen.iter() {
        eprintln!("  {n} × {signature}");
    }
    if crashes > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One fuzzing thread: take inputs until the count is reached.
fn worker(shared: &Shared, t: usize) {
    let mut rng = Rng::new(shared.options.seed ^ (t as u64).wrapping_mul(0xA076_1D64_78BD_642F));
    let mut last: Option<String> = None;
    loop {
        let exec = shared.claimed.fetch_add(1, Ordering::Relaxed);
        if exec >= shared.options.execs {
            return;
        }
        let base = match last.take() {
            Some(previous) if previous.len() <= MAX_STACKED_BYTES && rng.one_in(4) => previous,
            _ => shared.pool.sample(&mut rng),
        };
        let mut applied = Vec::new();
        let text = mutate_logged(&base, &mut rng, shared.pool, &mut applied);
        match shared.check(t, &text) {
            Ok(()) => last = Some(text),
            Err(failure) => {
                shared.crashes.fetch_add(1, Ordering::SeqCst);
                let first = {
                    let mut seen = shared.seen.lock().unwrap();
                    let n = seen.entry(failure.signature.clone()).or_insert(0);
                    *n += 1;
                    *n == 1
                };
                if first {
                    report(shared, t, exec, &applied, &text, failure);
                }
            }
        }
        shared.done.fetch_add(1, Ordering::Relaxed);
    }
}

/// Minimise a new kind of failure, write it to the findings folder and print
/// it.
fn report(shared: &Shared, t: usize, exec: u64, applied: &[&str], text: &str, failure: Failure) {
    eprintln!(
        "fuzz: NEW {} (thread {t}, exec {exec}); minimising {} bytes…",
        failure.signature,
        text.len()
    );
    let small = minimise(text, |candidate| {
        shared
            .check(t, candidate)
            .is_err_and(|f| f.signature == failure.signature)
    });
    let detail = check_with_backtrace(&small)
        .err()
        .filter(|f| f.signature == failure.signature)
        .unwrap_or(failure);
    let name = file_name(&detail.signature);
    let o = shared.options;
    let description = format!(
        "signature: {}\nmessage: {}\nseed: {:#x}, thread {t}, exec {exec}\nmutators: {applied:?}\n\n\
         minimised reproducer ({} bytes), as a Rust string:\n{small:?}\n\n\
         as text (also in {name}.repro.txt):\n-----\n{small}\n-----\n\n\
         backtrace:\n{}\n\ninput as found ({} bytes):\n-----\n{text}\n-----\n",
        detail.signature,
        detail.message,
        o.seed,
        small.len(),
        detail.backtrace.as_deref().unwrap_or("(none)"),
        text.len()
    );
    let written = std::fs::create_dir_all(&o.out)
        .and_then(|()| std::fs::write(o.out.join(format!("{name}.txt")), &description))
        .and_then(|()| std::fs::write(o.out.join(format!("{name}.repro.txt")), &small));
    if let Err(e) = written {
        eprintln!("fuzz: cannot write to {}: {e}", o.out.display());
    }
    eprintln!(
        "fuzz: FOUND {}\n  {}\n  minimised reproducer ({} bytes): {small:?}\n  written to {}",
        detail.signature,
        detail.message,
        small.len(),
        o.out.join(format!("{name}.txt")).display()
    );
}

/// A file name from a signature: letters, digits and dashes.
fn file_name(signature: &str) -> String {
    let mut out = String::new();
    for c in signature.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(100).collect()
}

/// Print progress every [`PROGRESS_EVERY`] until the threads finish, and
/// watch for a check running past the timeout: write it as a hang and exit
/// (a hung check cannot be interrupted), with status 1.
fn monitor(shared: &Shared, started: Instant) {
    let mut next_progress = PROGRESS_EVERY;
    let (mut last_done, mut last_time) = (0, Duration::ZERO);
    while shared.finished.load(Ordering::SeqCst) < shared.options.threads {
        std::thread::sleep(Duration::from_millis(200));
        let now = started.elapsed();
        if now >= next_progress {
            next_progress += PROGRESS_EVERY;
            let done = shared.done.load(Ordering::Relaxed);
            let rate = (done - last_done) as f64 / (now - last_time).as_secs_f64();
            (last_done, last_time) = (done, now);
            let per_input = |n: &AtomicU64| n.load(Ordering::Relaxed) as f64 / done.max(1) as f64;
            eprintln!(
                "fuzz: [{:>6.0?}] execs {done} ({rate:.0}/s, {:.0}/s overall), crashes {} ({} unique); \
                 per input {:.1} quotes, {:.1} speakers",
                now,
                done as f64 / now.as_secs_f64(),
                shared.crashes.load(Ordering::Relaxed),
                shared.seen.lock().unwrap().len(),
                per_input(&shared.quotes),
                per_input(&shared.speakers),
            );
        }
        for (t, slot) in shared.running.iter().enumerate() {
            let slot = slot.lock().unwrap();
            if let Some((since, text)) = slot.as_ref() {
                if since.elapsed() > shared.options.timeout {
                    let path = shared.options.out.join(format!("hang-thread-{t}.txt"));
                    let _ = std::fs::create_dir_all(&shared.options.out)
                        .and_then(|()| std::fs::write(&path, text));
                    eprintln!(
                        "fuzz: HANG: thread {t} has been on one input for {:.0?} ({} bytes), \
                         written to {}",
                        since.elapsed(),
                        text.len(),
                        path.display()
                    );
                    eprintln!(
                        "fuzz: stopped after {} execs",
                        shared.done.load(Ordering::SeqCst)
                    );
                    std::process::exit(1);
                }
            }
        }
    }
}
