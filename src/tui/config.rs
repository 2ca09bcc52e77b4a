//! The optional config file: key rebindings per context and colours.
//!
//! ```toml
//! [keys]
//! quit = "x"                 # everywhere
//! [keys.reader]
//! next_quote = ["]", "ctrl-n"]
//! [colors]
//! central = "blue"
//! local = "#d79921"
//! ```
//!
//! It is read from `$CENTRELINE_CONFIG`, else `$XDG_CONFIG_HOME/centreline/config.toml`,
//! else `~/.config/centreline/config.toml`. Mistakes are reported with the file
//! and line before the screen is taken over.

use super::action::Action;
use super::keymap::{Context, Key, Keymap};
use super::style::Palette;
use anyhow::{anyhow, Context as _};
use ratatui::style::Color;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where the config file is looked for (it need not exist).
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CENTRELINE_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(x).join("centreline/config.toml"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config/centreline/config.toml"))
}

/// The keymap and palette, with the config file applied if there is one.
pub fn load() -> anyhow::Result<(Keymap, Palette)> {
    let mut keymap = Keymap::default();
    let mut palette = Palette::from_env();
    if let Some(path) = config_path() {
        match std::fs::read_to_string(&path) {
            Ok(text) => apply(&path, &text, &mut keymap, &mut palette)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read config file '{}'", path.display()))
            }
        }
    }
    Ok((keymap, palette))
}

/// Apply a config text; errors name `path` and the line.
pub fn apply(
    path: &Path,
    text: &str,
    keymap: &mut Keymap,
    palette: &mut Palette,
) -> anyhow::Result<()> {
    let at = |offset: usize| line_of(text, offset);
    let fail = |line: usize, msg: String| anyhow!("{}:{}: {}", path.display(), line, msg);
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| at(s.start));
        fail(line, e.message().trim().to_string())
    })?;
    // Keys the file binds, per context: (action, line), so one key given to
    // two actions in one context is an error rather than one silently lost.
    let mut taken: HashMap<(Context, Key), (String, usize)> = HashMap::new();
    let mut bind_at = |keymap: &mut Keymap,
                       ctx: Context,
                       action: &str,
                       v: &toml::Value,
                       line: usize|
     -> anyhow::Result<()> {
        let (act, keys) = parse_binding(action, v).map_err(|m| fail(line, m))?;
        for &key in &keys {
            if let Some((other, other_line)) = taken.get(&(ctx, key)) {
                if other != action {
                    let (first, second) = if *other_line <= line {
                        ((other.as_str(), *other_line), (action, line))
                    } else {
                        ((action, line), (other.as_str(), *other_line))
                    };
                    return Err(fail(
                        second.1,
                        format!(
                            "key '{}' is bound to both '{}' (line {}) and '{}' in {}",
                            key.label(),
                            first.0,
                            first.1,
                            second.0,
                            context_section(ctx)
                        ),
                    ));
                }
            }
            taken.insert((ctx, key), (action.to_string(), line));
        }
        keymap.rebind(ctx, act, &keys);
        Ok(())
    };
    for (section, value) in &table {
        let line = find_line(text, section, 0);
        match (section.as_str(), value) {
            ("keys", toml::Value::Table(keys)) => {
                for (name, v) in keys {
                    if let toml::Value::Table(inner) = v {
                        let ctx: Context = parse_enum(name).ok_or_else(|| {
                            fail(
                                find_line(text, &format!("keys.{name}"), 0),
                                format!("unknown context '{name}' (use one of: {})", contexts()),
                            )
                        })?;
                        let base = text.find(&format!("keys.{name}")).unwrap_or(0);
                        for (action, keys_v) in inner {
                            bind_at(keymap, ctx, action, keys_v, find_line(text, action, base))?;
                        }
                    } else {
                        let base = text.find("[keys]").unwrap_or(0);
                        bind_at(
                            keymap,
                            Context::Global,
                            name,
                            v,
                            find_line(text, name, base),
                        )?;
                    }
                }
            }
            ("colors" | "colours", toml::Value::Table(colors)) => {
                let base = text.find(section.as_str()).unwrap_or(0);
                for (name, v) in colors {
                    let line = find_line(text, name, base);
                    let toml::Value::String(s) = v else {
                        return Err(fail(
                            line,
                            format!(
                                "colour '{name}' must be a string like \"blue\" or \"#336699\""
                            ),
                        ));
                    };
                    let color = Color::from_str(s)
                        .map_err(|_| fail(line, format!("unknown colour '{s}'")))?;
                    let slot = match name.as_str() {
                        "central" => &mut palette.central,
                        "local" => &mut palette.local,
                        "focus" => &mut palette.focus,
                        "quote" => &mut palette.quote,
                        "speaker" => &mut palette.speaker,
                        "match" => &mut palette.matched,
                        "dim" => &mut palette.dim,
                        _ => {
                            return Err(fail(
                                line,
                                format!("unknown colour slot '{name}' (use central, local, focus, quote, speaker, match, dim)"),
                            ))
                        }
                    };
                    *slot = color;
                }
            }
            _ => {
                return Err(fail(
                    line,
                    format!("unknown section '{section}' (use [keys] and [colors])"),
                ))
            }
        }
    }
    Ok(())
}

/// The `[section]` a context's keys are written in.
fn context_section(ctx: Context) -> String {
    match ctx {
        Context::Global => "[keys]".into(),
        other => {
            let name = serde_json::to_value(other)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            format!("[keys.{name}]")
        }
    }
}

/// An action name and its key(s) as written in the file.
fn parse_binding(action: &str, v: &toml::Value) -> Result<(Action, Vec<Key>), String> {
    let act: Action = parse_enum(action).ok_or_else(|| {
        let names: Vec<String> = Action::BINDABLE
            .iter()
            .map(|a| {
                serde_json::to_value(a)
                    .ok()
                    .and_then(|v| v.as_str().map(String::from))
                    .unwrap_or_default()
            })
            .collect();
        format!(
            "unknown action '{action}' (use one of: {})",
            names.join(", ")
        )
    })?;
    let texts: Vec<&str> = match v {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .ok_or_else(|| format!("keys for '{action}' must be strings"))
            })
            .collect::<Result<_, _>>()?,
        _ => {
            return Err(format!(
                "keys for '{action}' must be a string or a list of strings"
            ))
        }
    };
    let keys = texts
        .iter()
        .map(|t| Key::parse(t))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((act, keys))
}

fn parse_enum<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

fn contexts() -> String {
    "global, articles, reader, speakers, tracker, speaker_quotes, compare_articles, compare_speakers, finder, palette, search, filter, help, explain, warnings".into()
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where `name` first appears at or after `from` (the config is small,
/// and toml's tables do not keep spans for their keys).
fn find_line(text: &str, name: &str, from: usize) -> usize {
    let from = from.min(text.len());
    let rel = text
        .get(from..)
        .and_then(|t| t.find(name))
        .map_or(0, |i| i + from);
    line_of(text, rel)
}
