//! The optional config file: key rebindings per context and colours.
//!
//! ```toml
//! [keys]                     # or [keys.global]
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
//! and line before the screen is taken over; a key taken from another action
//! is a warning (listed under `w`, and printed on exit).
//! `centreline config --print-default` prints [`default_text`], the whole
//! default configuration, commented.

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

/// The palette's colour slots as a config names them, with what each colours.
pub const COLOR_SLOTS: [(&str, &str); 7] = [
    (
        "central",
        "the centre's side: its cue tints, lean bars and ◀",
    ),
    ("local", "the local side: its cue tints, lean bars and ▶"),
    ("focus", "the focused pane's border and title"),
    ("quote", "quoted speech in the Reader"),
    ("speaker", "speakers' names"),
    ("match", "search matches"),
    (
        "dim",
        "secondary text: dates, roles, empty bar cells (reset: the terminal's faint style)",
    ),
];

/// The colour a slot names, to set or read.
fn slot<'a>(palette: &'a mut Palette, name: &str) -> Option<&'a mut Color> {
    Some(match name {
        "central" => &mut palette.central,
        "local" => &mut palette.local,
        "focus" => &mut palette.focus,
        "quote" => &mut palette.quote,
        "speaker" => &mut palette.speaker,
        "match" => &mut palette.matched,
        "dim" => &mut palette.dim,
        _ => return None,
    })
}

/// The keymap and palette, with the config file applied if there is one,
/// and the config's warnings (keys it took from other actions).
pub fn load() -> anyhow::Result<(Keymap, Palette, Vec<String>)> {
    let mut keymap = Keymap::default();
    let mut palette = Palette::from_env();
    let mut warnings = Vec::new();
    if let Some(path) = config_path() {
        match std::fs::read_to_string(&path) {
            Ok(text) => warnings = apply(&path, &text, &mut keymap, &mut palette)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot read config file '{}'", path.display()))
            }
        }
    }
    Ok((keymap, palette, warnings))
}

/// Apply a config text; errors name `path` and the line. Returns warnings:
/// a key the file gives to one action that another action had in that
/// context (the other loses it), each naming both.
pub fn apply(
    path: &Path,
    text: &str,
    keymap: &mut Keymap,
    palette: &mut Palette,
) -> anyhow::Result<Vec<String>> {
    let mut warnings = Vec::new();
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
            // A pane's key shadows the same key everywhere else.
            let own = keymap
                .bindings
                .iter()
                .any(|b| b.context == ctx && b.key == key);
            let global = keymap
                .bindings
                .iter()
                .find(|b| b.context == Context::Global && b.key == key && b.action != act);
            if let (false, Some(g), true) = (own, global, ctx.falls_back_to_global()) {
                warnings.push(format!(
                    "{}:{line}: key '{}' in {} now does '{action}', no longer '{}' as in [keys] elsewhere",
                    path.display(),
                    key.label(),
                    context_section(ctx),
                    g.action.name()
                ));
            }
        }
        for (key, other) in keymap.rebind(ctx, act, &keys) {
            let left: Vec<String> = keymap
                .bindings
                .iter()
                .filter(|b| b.context == ctx && b.action == other)
                .map(|b| b.key.label())
                .collect();
            let left = if left.is_empty() {
                "it has no key left there".to_string()
            } else {
                format!("it keeps {}", left.join(", "))
            };
            warnings.push(format!(
                "{}:{line}: key '{}' was bound to '{}' in {}; now it does '{action}' ({left})",
                path.display(),
                key.label(),
                other.name(),
                context_section(ctx),
            ));
        }
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
                    let Some(slot) = slot(palette, name) else {
                        let names: Vec<&str> = COLOR_SLOTS.iter().map(|(n, _)| *n).collect();
                        return Err(fail(
                            line,
                            format!("unknown colour slot '{name}' (use {})", names.join(", ")),
                        ));
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
    Ok(warnings)
}

/// The `[section]` a context's keys are written in.
fn context_section(ctx: Context) -> String {
    match ctx {
        Context::Global => "[keys]".into(),
        other => format!("[keys.{}]", other.name()),
    }
}

/// The whole default configuration, commented: every action with its keys
/// in every context, and every colour slot. It loads back as it is.
pub fn default_text() -> String {
    let map = Keymap::default();
    let mut out = String::from(
        "# centreline's configuration, with every default written out.\n\
         # Save it as ~/.config/centreline/config.toml (or under $XDG_CONFIG_HOME,\n\
         # or where $CENTRELINE_CONFIG points) and change what you like; what you\n\
         # leave out keeps its default.\n\
         #\n\
         # Keys: x, N, ?, ctrl-p, alt-x, shift-tab, enter, esc, tab, space,\n\
         # backspace, up, down, left, right, pgup, pgdn, home, end, f1 to f12.\n\
         # A list gives an action several keys. Giving a key to an action takes\n\
         # it from whichever action had it in that section (with a warning).\n\
         # [keys.global] (or plain [keys]) holds the keys that work everywhere;\n\
         # a pane's own section wins there.\n\
         # Ctrl-c always quits.\n",
    );
    for ctx in Context::ALL {
        let mut actions: Vec<(Action, Vec<Key>, &str)> = Vec::new();
        for b in map.bindings.iter().filter(|b| b.context == ctx) {
            match actions.iter_mut().find(|(a, _, _)| *a == b.action) {
                Some((_, keys, _)) => keys.push(b.key),
                None => actions.push((b.action, vec![b.key], b.description)),
            }
        }
        if actions.is_empty() {
            continue;
        }
        // `[keys.global]` rather than `[keys]`: an action and a context can
        // share a name (`palette`, `search`), which one table cannot hold.
        out.push_str(&format!("\n[keys.{}]\n# {}\n", ctx.name(), ctx.title()));
        for (action, keys, description) in actions {
            let keys: Vec<toml::Value> = keys
                .iter()
                .map(|k| toml::Value::String(k.label()))
                .collect();
            let keys = if keys.len() == 1 {
                keys[0].to_string()
            } else {
                toml::Value::Array(keys).to_string()
            };
            out.push_str(&format!("# {description}\n{} = {keys}\n", action.name()));
        }
    }
    out.push_str("\n[colors]\n# Names (blue, lightred, darkgray…), 0-255, or #rrggbb. NO_COLOR turns colour off.\n");
    let mut palette = Palette::default();
    for (name, what) in COLOR_SLOTS {
        let colour =
            slot(&mut palette, name).map_or(String::new(), |c| c.to_string().to_lowercase());
        out.push_str(&format!("# {what}\n{name} = \"{colour}\"\n"));
    }
    out
}

/// An action name and its key(s) as written in the file.
fn parse_binding(action: &str, v: &toml::Value) -> Result<(Action, Vec<Key>), String> {
    let act: Action = parse_enum(action).ok_or_else(|| {
        let names: Vec<String> = Action::BINDABLE.iter().map(|a| a.name()).collect();
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
    let names: Vec<String> = Context::ALL.iter().map(|c| c.name()).collect();
    names.join(", ")
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
