//! Time the explorer's first screen and its finished load on a corpus, as a
//! person sees it: the release binary in a pseudo-terminal at 140×40, timed
//! from spawn until the screen shows the loading gauge or panes, until the
//! panes show the articles and speakers (from an up-to-date store, its
//! preview: no quotes or text yet), and until the panes show the whole
//! corpus; and its peak memory (VmHWM) then. Reports medians over runs.
//!
//! ```sh
//! cargo build --release && cargo run --release --example first_screen -- /tmp/centreline-scale 5
//! cargo run --release --example first_screen -- /tmp/centreline-scale 5 --no-store
//! ```
//!
//! Arguments after the number of runs are given to centreline (`--no-store`,
//! `--store DIR`). `CENTRELINE_BIN=path` times that binary instead.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .unwrap_or_else(|| "/tmp/centreline-scale".into());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let extra: Vec<String> = args.collect();
    // `CENTRELINE_BIN` times another build (to compare two side by side).
    let bin = std::env::var_os("CENTRELINE_BIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/centreline"),
        std::path::PathBuf::from,
    );
    if !bin.exists() || !Path::new(&dir).exists() {
        eprintln!("first_screen: needs {} and {dir}; skipped", bin.display());
        return;
    }
    let (mut first, mut shown, mut ready, mut peak) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let (f, s, r, p) = one_run(&bin, &dir, &extra);
        first.push(f);
        shown.push(s);
        ready.push(r);
        peak.push(p);
    }
    println!(
        "explorer{}{}: first screen median {:.0} ms; articles and speakers shown: median {:.0} ms; corpus loaded and analysed: median {:.0} ms; peak memory median {:.0} MB ({runs} runs)",
        if extra.is_empty() { "" } else { " " },
        extra.join(" "),
        median(&mut first) * 1e3,
        median(&mut shown) * 1e3,
        median(&mut ready) * 1e3,
        median(&mut peak)
    );
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn one_run(bin: &Path, dir: &str, extra: &[String]) -> (f64, f64, f64, f64) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 140,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("pty");
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg(dir);
    cmd.args(extra);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CENTRELINE_CONFIG", "/nonexistent/centreline.toml");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("spawn");
    drop(pair.slave);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(40, 140, 0)));
    let mut reader = pair.master.try_clone_reader().unwrap();
    let p = Arc::clone(&parser);
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            p.lock().unwrap().process(&buf[..n]);
        }
    });
    let mut writer = pair.master.take_writer().unwrap();
    let (mut first, mut shown, mut ready) = (None, None, None);
    let deadline = start + Duration::from_secs(60);
    while Instant::now() < deadline && ready.is_none() {
        let screen = parser.lock().unwrap().screen().contents();
        if first.is_none() && (screen.contains("Loading") || screen.contains("Articles")) {
            first = Some(start.elapsed().as_secs_f64());
        }
        let panes = screen.contains("Articles (")
            && screen.contains("Speakers (")
            && !screen.contains("Loading");
        if shown.is_none() && panes {
            shown = Some(start.elapsed().as_secs_f64());
        }
        // The preview's top bar says the quotes and text are still opening.
        if panes && !screen.contains("opening quotes") {
            ready = Some(start.elapsed().as_secs_f64());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    // Its peak memory so far (the whole corpus is loaded and indexed).
    let peak = child
        .process_id()
        .and_then(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0);
    let _ = writer.write_all(b"q");
    let _ = writer.flush();
    std::thread::sleep(Duration::from_millis(200));
    let _ = child.kill();
    let seconds = |t: Option<f64>| t.unwrap_or(f64::NAN);
    (seconds(first), seconds(shown), seconds(ready), peak)
}
