//! The one keymap table: (context, key, action, description). The `?` help, the
//! hint bar and the README's keys section are all generated from it, so they
//! cannot disagree with what the keys do.

use super::action::Action;
use super::panes::{pane, registry, Focus};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};

/// Defines [`Context`] with one variant per line of the pane registry
/// ([`crate::tui::panes`]), after `Global` and in the registry's order.
macro_rules! contexts {
    ($($pane:ident => $folder:ident,)*) => {
        /// Where a key is pressed: a pane, a screen, or an overlay. The
        /// panes' contexts are named as their [`Focus`] and come from the
        /// pane registry.
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            Serialize,
            Deserialize,
            strum::EnumIter,
        )]
        #[serde(rename_all = "snake_case")]
        pub enum Context {
            /// Anywhere a pane has focus (pane bindings win over these).
            Global,
            $($pane,)*
            SpeakerQuotes,
            CompareArticles,
            CompareSpeakers,
            Finder,
            Palette,
            Search,
            Filter,
            /// Typing a speaker's new name (`R`).
            Rename,
            /// Searching every paragraph (`S`).
            CorpusSearch,
            Help,
            Explain,
            Warnings,
        }

        impl Context {
            /// Every context, in the order help and the README list them (a test
            /// checks it against [`strum::IntoEnumIterator`]).
            pub const ALL: [Context; 13 + [$(Context::$pane),*].len()] = [
                Context::Global,
                $(Context::$pane,)*
                Context::SpeakerQuotes,
                Context::CompareArticles,
                Context::CompareSpeakers,
                Context::Finder,
                Context::Palette,
                Context::Search,
                Context::Filter,
                Context::Rename,
                Context::CorpusSearch,
                Context::Help,
                Context::Explain,
                Context::Warnings,
            ];

            /// The pane whose keys these are, for a pane's context.
            pub fn pane(self) -> Option<Focus> {
                match self {
                    $(Context::$pane => Some(Focus::$pane),)*
                    _ => None,
                }
            }

            /// The heading of its keys in help and the README; a pane's is
            /// its name in the registry.
            pub fn title(self) -> &'static str {
                match self {
                    Context::Global => "Everywhere",
                    $(Context::$pane => stringify!($pane),)*
                    Context::SpeakerQuotes => "Speaker's quotes",
                    Context::CompareArticles => "Comparing articles",
                    Context::CompareSpeakers => "Comparing speakers",
                    Context::Finder => "Finder (f)",
                    Context::Palette => "Palette (Ctrl-p)",
                    Context::Search => "Search prompt (/)",
                    Context::Filter => "List filter (/ in Articles, Speakers, Tracker)",
                    Context::Rename => "Rename prompt (R)",
                    Context::CorpusSearch => "Corpus search (S)",
                    Context::Help => "Help (?)",
                    Context::Explain => "Explain (e)",
                    Context::Warnings => "Warnings (w)",
                }
            }
        }
    };
}
registry!(contexts);

impl Context {
    /// The name a config file uses: `reader`, `compare_articles`.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// Contexts where printable keys are typed text.
    pub fn takes_text(self) -> bool {
        matches!(
            self,
            Context::Finder
                | Context::Palette
                | Context::Search
                | Context::Filter
                | Context::Rename
                | Context::CorpusSearch
        )
    }

    /// Contexts that fall back to the [`Context::Global`] bindings.
    pub fn falls_back_to_global(self) -> bool {
        self.pane().is_some()
            || matches!(
                self,
                Context::SpeakerQuotes | Context::CompareArticles | Context::CompareSpeakers
            )
    }
}

/// A key with its modifiers, normalised so `N` and `Shift-n` are one key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        Key { code, mods }
    }
    pub const fn plain(c: char) -> Self {
        Key::new(KeyCode::Char(c), KeyModifiers::NONE)
    }
    pub const fn ctrl(c: char) -> Self {
        Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }
    pub const fn code(code: KeyCode) -> Self {
        Key::new(code, KeyModifiers::NONE)
    }

    /// The key a terminal event stands for. Shift is folded into the character
    /// (`N`), and Shift-Tab arrives as BackTab.
    pub fn from_event(ev: &KeyEvent) -> Self {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = ev.code;
        match code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    code = KeyCode::Char(c.to_ascii_lowercase());
                }
            }
            KeyCode::BackTab => mods.remove(KeyModifiers::SHIFT),
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                code = KeyCode::BackTab;
                mods.remove(KeyModifiers::SHIFT);
            }
            _ => {}
        }
        Key { code, mods }
    }

    /// How the key is written in help, hints, the README and the config file.
    pub fn label(&self) -> String {
        let mut s = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            s.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            s.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            s.push_str("Shift-");
        }
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        s.push_str(&name);
        s
    }

    /// Parse the written form (`x`, `N`, `ctrl-p`, `Shift-Tab`, `PgDn`, `space`).
    pub fn parse(text: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text.trim();
        if rest.is_empty() {
            return Err("an empty key".into());
        }
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = ["ctrl-", "c-", "alt-", "a-", "shift-", "s-"]
                .into_iter()
                .find(|p| lower.starts_with(p) && rest.len() > p.len());
            let Some(p) = prefix else { break };
            match p {
                "ctrl-" | "c-" => mods |= KeyModifiers::CONTROL,
                "alt-" | "a-" => mods |= KeyModifiers::ALT,
                _ => mods |= KeyModifiers::SHIFT,
            }
            rest = &rest[p.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "space" => KeyCode::Char(' '),
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                f if f.len() <= 3 && f.starts_with('f') && f[1..].parse::<u8>().is_ok() => {
                    KeyCode::F(f[1..].parse().unwrap_or(1))
                }
                _ => return Err(format!("unknown key '{text}'")),
            },
        };
        let ev = KeyEvent::new(code, mods);
        Ok(Key::from_event(&ev))
    }
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    pub description: &'static str,
}

#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: default_bindings(),
        }
    }
}

fn default_bindings() -> Vec<Binding> {
    use Action as A;
    use Context as C;
    use KeyCode as K;
    let mut v = Vec::new();
    let mut b = |context, key, action, description| {
        v.push(Binding {
            context,
            key,
            action,
            description,
        })
    };
    let p = Key::plain;
    let c = Key::code;
    // Everywhere (panes and screens).
    b(C::Global, c(K::Tab), A::FocusNext, "next pane");
    b(C::Global, c(K::BackTab), A::FocusPrev, "previous pane");
    b(C::Global, p('l'), A::FocusNext, "next pane");
    b(C::Global, c(K::Right), A::FocusNext, "next pane");
    b(C::Global, p('h'), A::FocusPrev, "previous pane");
    b(C::Global, c(K::Left), A::FocusPrev, "previous pane");
    b(C::Global, p('1'), A::FocusArticles, "go to Articles");
    b(C::Global, p('2'), A::FocusReader, "go to the Reader");
    b(C::Global, p('3'), A::FocusSpeakers, "go to Speakers");
    b(C::Global, p('4'), A::FocusTracker, "go to the Tracker");
    b(
        C::Global,
        p('z'),
        A::Maximize,
        "the focused pane fills the screen, or shares it again",
    );
    b(C::Global, p('j'), A::Down, "move down");
    b(C::Global, c(K::Down), A::Down, "move down");
    b(C::Global, p('k'), A::Up, "move up");
    b(C::Global, c(K::Up), A::Up, "move up");
    b(C::Global, p('g'), A::Top, "go to the top");
    b(C::Global, c(K::Home), A::Top, "go to the top");
    b(C::Global, p('G'), A::Bottom, "go to the bottom");
    b(C::Global, c(K::End), A::Bottom, "go to the bottom");
    b(C::Global, c(K::PageDown), A::PageDown, "page down");
    b(C::Global, c(K::PageUp), A::PageUp, "page up");
    b(
        C::Global,
        Key::ctrl('d'),
        A::HalfPageDown,
        "half a page down",
    );
    b(C::Global, Key::ctrl('u'), A::HalfPageUp, "half a page up");
    b(C::Global, c(K::Enter), A::Open, "open");
    b(C::Global, c(K::Esc), A::Back, "back, or close");
    b(
        C::Global,
        c(K::Backspace),
        A::HistoryBack,
        "go back: jumps, opened articles, speakers' quotes, comparisons",
    );
    b(
        C::Global,
        Key::ctrl('o'),
        A::HistoryBack,
        "go back: jumps, opened articles, speakers' quotes, comparisons",
    );
    b(
        C::Global,
        Key::ctrl('f'),
        A::HistoryForward,
        "go forward again (Ctrl-i is Tab in a terminal)",
    );
    b(C::Global, p('f'), A::Finder, "find a speaker");
    b(
        C::Global,
        Key::ctrl('p'),
        A::Palette,
        "jump to a speaker, article or quote",
    );
    b(C::Global, p('t'), A::ToggleCues, "theme cue tints on/off");
    b(
        C::Global,
        p('w'),
        A::Warnings,
        "list warnings: skipped files, the store, the config",
    );
    b(C::Global, p('u'), A::Undo, "undo the last correction");
    b(
        C::Global,
        p('S'),
        A::CorpusSearch,
        "search every paragraph (words, \"a phrase\", prefix*, OR, NOT)",
    );
    b(C::Global, p('?'), A::Help, "help");
    b(C::Global, p('q'), A::Quit, "quit");
    b(C::Global, Key::ctrl('c'), A::Quit, "quit");
    // Panes: each pane's own keys, in the registry's order.
    for focus in Focus::ORDER {
        for &(key, action, description) in pane(focus).bindings {
            b(focus.context(), key, action, description);
        }
    }
    b(
        C::SpeakerQuotes,
        c(K::Enter),
        A::Open,
        "open the article at this quote",
    );
    b(
        C::SpeakerQuotes,
        p('c'),
        A::Compare,
        "mark the article to compare",
    );
    b(C::SpeakerQuotes, c(K::Esc), A::Back, "back");
    b(
        C::SpeakerQuotes,
        p('a'),
        A::Assign,
        "give this quote to another speaker",
    );
    b(
        C::SpeakerQuotes,
        p('x'),
        A::Reject,
        "reject this quote: nobody's quote",
    );
    b(C::SpeakerQuotes, p('R'), A::Rename, "rename this speaker");
    b(C::CompareArticles, c(K::Tab), A::FocusNext, "other side");
    b(
        C::CompareArticles,
        p('s'),
        A::LockScroll,
        "lock/unlock scrolling",
    );
    b(C::CompareArticles, p(']'), A::NextQuote, "next quote");
    b(C::CompareArticles, p('['), A::PrevQuote, "previous quote");
    b(
        C::CompareArticles,
        c(K::Esc),
        A::Back,
        "leave the comparison",
    );
    b(C::CompareSpeakers, c(K::Tab), A::FocusNext, "other side");
    b(
        C::CompareSpeakers,
        p('s'),
        A::LockScroll,
        "lock/unlock scrolling",
    );
    b(
        C::CompareSpeakers,
        c(K::Esc),
        A::Back,
        "leave the comparison",
    );
    // Prompts: printable keys are typed; Backspace deletes.
    for ctx in [C::Finder, C::Palette] {
        b(ctx, c(K::Enter), A::Open, "jump to the selected result");
        b(ctx, c(K::Down), A::Down, "next result");
        b(ctx, Key::ctrl('n'), A::Down, "next result");
        b(ctx, c(K::Up), A::Up, "previous result");
        b(ctx, Key::ctrl('p'), A::Up, "previous result");
        b(ctx, c(K::Esc), A::Back, "cancel");
    }
    b(
        C::Search,
        c(K::Enter),
        A::Open,
        "keep the matches (n/N move)",
    );
    b(C::Search, c(K::Esc), A::Back, "cancel the search");
    b(
        C::Filter,
        c(K::Enter),
        A::Open,
        "keep the filter (Esc in the list clears it)",
    );
    b(C::Filter, c(K::Esc), A::Back, "cancel the filter");
    b(
        C::CorpusSearch,
        c(K::Enter),
        A::Open,
        "search; once searched, open the selected paragraph",
    );
    b(C::CorpusSearch, c(K::Down), A::Down, "next paragraph");
    b(C::CorpusSearch, c(K::Up), A::Up, "previous paragraph");
    b(
        C::CorpusSearch,
        c(K::Esc),
        A::Back,
        "close (S shows it again)",
    );
    b(C::Rename, c(K::Enter), A::Open, "keep the new name");
    b(C::Rename, c(K::Esc), A::Back, "cancel");
    // Overlays.
    for (ctx, close) in [(C::Help, '?'), (C::Explain, 'e'), (C::Warnings, 'w')] {
        b(ctx, p('j'), A::Down, "scroll down");
        b(ctx, c(K::Down), A::Down, "scroll down");
        b(ctx, p('k'), A::Up, "scroll up");
        b(ctx, c(K::Up), A::Up, "scroll up");
        b(ctx, c(K::PageDown), A::PageDown, "page down");
        b(ctx, c(K::PageUp), A::PageUp, "page up");
        b(ctx, p('g'), A::Top, "top");
        b(ctx, p('G'), A::Bottom, "bottom");
        b(ctx, c(K::Esc), A::Back, "close");
        b(ctx, p(close), A::Back, "close");
        b(ctx, p('q'), A::Back, "close");
    }
    v
}

/// How comparisons work; shown in help and the README under the table.
pub const COMPARE_NOTES: &str = "Comparing: press c on an article (in Articles, or in the Reader for the open one), then c on a second article: two readers side by side, speakers common to both highlighted. Press c on a speaker, then c on another speaker: their quotes side by side with a summary. One speaker in two articles: mark the speaker with c, then c on one article and c on another (or, in a speaker's quotes, c on a quote in one article and c on a quote in another): the two articles side by side with that speaker's quotes picked out and their counts and leans in the headers. Pressing c again on a marked item unmarks it; Esc leaves a comparison.";

impl Keymap {
    /// The action for a key in a context: the context's own binding, then the
    /// everywhere bindings (for panes and screens). Ctrl-C always quits.
    pub fn lookup(&self, context: Context, ev: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(ev);
        if key == Key::ctrl('c') {
            return Some(Action::Quit);
        }
        let find = |ctx: Context| {
            self.bindings
                .iter()
                .find(|b| b.context == ctx && b.key == key)
                .map(|b| b.action)
        };
        if let Some(a) = find(context) {
            return Some(a);
        }
        if context.takes_text() {
            return match key.code {
                KeyCode::Backspace => Some(Action::DeleteChar),
                KeyCode::Char(ch)
                    if !key
                        .mods
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
                        && !ch.is_control() =>
                {
                    Some(Action::Input(ch))
                }
                _ => None,
            };
        }
        if context.falls_back_to_global() {
            return find(Context::Global);
        }
        None
    }

    /// Replace the keys of `action` in `context` by `keys` (a config rebinding).
    /// A key taken from another action in that context is taken away from it;
    /// those are returned, `(key, the action that had it)`, so the config can
    /// warn about them.
    pub fn rebind(&mut self, context: Context, action: Action, keys: &[Key]) -> Vec<(Key, Action)> {
        // The context's own description, else the one everywhere.
        let described = |ctx: Context| {
            self.bindings
                .iter()
                .find(|b| b.action == action && b.context == ctx)
                .map(|b| b.description)
        };
        let description = described(context)
            .or_else(|| described(Context::Global))
            .unwrap_or("(rebound)");
        let taken: Vec<(Key, Action)> = self
            .bindings
            .iter()
            .filter(|b| b.context == context && b.action != action && keys.contains(&b.key))
            .map(|b| (b.key, b.action))
            .collect();
        self.bindings
            .retain(|b| !(b.context == context && (b.action == action || keys.contains(&b.key))));
        for &key in keys {
            self.bindings.push(Binding {
                context,
                key,
                action,
                description,
            });
        }
        taken
    }

    /// `(keys, description)` per action of one context, in table order.
    pub fn grouped(&self, context: Context) -> Vec<(Vec<String>, &'static str)> {
        let mut out: Vec<(Action, Vec<String>, &'static str)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.context == context) {
            match out.iter_mut().find(|(a, _, _)| *a == b.action) {
                Some((_, keys, _)) => keys.push(b.key.label()),
                None => out.push((b.action, vec![b.key.label()], b.description)),
            }
        }
        out.into_iter().map(|(_, k, d)| (k, d)).collect()
    }

    /// The first key bound to `action` in `context`, for hints.
    pub fn key_for(&self, context: Context, action: Action) -> Option<String> {
        self.bindings
            .iter()
            .find(|b| b.context == context && b.action == action)
            .map(|b| b.key.label())
    }

    /// The hint bar: the focused context's keys first, then the few that
    /// matter everywhere, with `?` help and `q` quit last. Each with its short
    /// label (the help shows the longer description).
    pub fn hints(&self, context: Context) -> Vec<Hint> {
        let mut v: Vec<Hint> = Vec::new();
        let push = |v: &mut Vec<Hint>, ctx: Context, action: Action| {
            if v.iter().any(|h| h.action == action) {
                return;
            }
            let mut keys: Vec<String> = self
                .bindings
                .iter()
                .filter(|b| b.context == ctx && b.action == action)
                .map(|b| b.key.label())
                .collect();
            if matches!(
                action,
                Action::Help
                    | Action::Quit
                    | Action::FocusNext
                    | Action::FocusPrev
                    | Action::HistoryBack
            ) {
                // One key is enough at the bar's end (`q`, not `q/Ctrl-c`).
                keys.truncate(1);
            }
            if !keys.is_empty() {
                v.push(Hint {
                    keys: keys.join("/"),
                    action,
                    label: hint_label(context, action),
                });
            }
        };
        for b in self.bindings.iter().filter(|b| b.context == context) {
            if !matches!(b.action, Action::Help | Action::Quit) {
                push(&mut v, context, b.action);
            }
        }
        if context.falls_back_to_global() {
            let mut global = vec![Action::FocusNext, Action::Finder];
            match context.pane() {
                Some(focus) => global.extend(pane(focus).hint_global),
                None if context == Context::CompareArticles => global.push(Action::ToggleCues),
                None => {}
            }
            // Shown only when there is somewhere to go (see `App::can_do`).
            global.extend([Action::HistoryBack, Action::HistoryForward]);
            global.extend([Action::Help, Action::Quit]);
            for action in global {
                let own = self
                    .bindings
                    .iter()
                    .any(|b| b.context == context && b.action == action);
                push(&mut v, if own { context } else { Context::Global }, action);
            }
        } else {
            for action in [Action::Help, Action::Quit] {
                push(&mut v, context, action);
            }
        }
        v
    }
}

/// One entry of the hint bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The keys, `j/Down`.
    pub keys: String,
    pub action: Action,
    /// A word or two: `explain`, `tints`, `compare`.
    pub label: &'static str,
}

/// Which hints stay when the bar is too narrow for all: lower first. The
/// ones a newcomer needs to get anywhere (open, move between panes, find,
/// compare, tints, the next quote, explain, search) before the rest, so an
/// 80-column Reader still offers `c`, Tab, `f` and `t`; the bar shows the
/// kept ones in the table's order.
pub fn hint_priority(action: Action) -> u8 {
    use Action as A;
    match action {
        A::Open => 0,
        A::FocusNext => 1,
        // Leaving a comparison or a speaker's quotes.
        A::Back => 2,
        A::Finder => 3,
        A::Compare | A::LockScroll => 4,
        A::ToggleCues => 5,
        A::NextQuote | A::NextMatch | A::SwitchList => 6,
        A::Explain => 7,
        A::Search => 8,
        A::Sort | A::HistoryBack => 9,
        A::PrevQuote | A::PrevMatch => 10,
        _ => 11,
    }
}

/// The hint bar's short label for an action (the `?` help and the README use
/// the longer descriptions of the table).
pub fn hint_label(context: Context, action: Action) -> &'static str {
    use Action as A;
    use Context as C;
    // A pane's own labels first.
    let own = context
        .pane()
        .and_then(|f| pane(f).hint_labels.iter().find(|(a, _)| *a == action));
    if let Some(&(_, label)) = own {
        return label;
    }
    match (context, action) {
        (C::Finder | C::Palette, A::Open) => "jump",
        (C::Search | C::Filter | C::Rename, A::Open) => "keep",
        (C::CorpusSearch, A::Open) => "search/open",
        (_, A::Open) => "open",
        (C::CompareArticles | C::CompareSpeakers, A::FocusNext) => "other side",
        (C::CompareArticles | C::CompareSpeakers, A::Back) => "leave",
        (C::Finder | C::Palette | C::Search | C::Filter | C::Rename, A::Back) => "cancel",
        (C::CorpusSearch, A::Back) => "close",
        (C::Help | C::Explain | C::Warnings, A::Back) => "close",
        (_, A::Back) => "back",
        (_, A::FocusNext) => "pane",
        (_, A::FocusPrev) => "previous pane",
        (_, A::FocusArticles) => "articles",
        (_, A::FocusReader) => "reader",
        (_, A::FocusSpeakers) => "speakers",
        (_, A::FocusTracker) => "tracker",
        (_, A::Maximize) => "zoom",
        (_, A::Up) => "up",
        (_, A::Down) => "down",
        (_, A::Top) => "top",
        (_, A::Bottom) => "bottom",
        (_, A::PageUp) => "page up",
        (_, A::PageDown) => "page down",
        (_, A::HalfPageUp) => "half up",
        (_, A::HalfPageDown) => "half down",
        (_, A::Help) => "help",
        (_, A::Quit) => "quit",
        (_, A::Search) => "search",
        (_, A::NextMatch) => "next",
        (_, A::PrevMatch) => "previous",
        (_, A::NextQuote) => "next quote",
        (_, A::PrevQuote) => "prev quote",
        (_, A::Explain) => "explain",
        (_, A::ToggleCues) => "tints",
        (_, A::Sort) => "sort",
        (_, A::Finder) => "find",
        (_, A::Palette) => "jump",
        (_, A::Compare) => "compare",
        (_, A::LockScroll) => "lock",
        (_, A::Warnings) => "skipped",
        (_, A::Copy) => "copy",
        (_, A::Pager) => "pager",
        (_, A::HideThin) => "thin",
        (_, A::Merge) => "merge",
        (_, A::Rename) => "rename",
        (_, A::Assign) => "assign",
        (_, A::Reject) => "reject",
        (_, A::Undo) => "undo",
        (_, A::CorpusSearch) => "search all",
        (_, A::SwitchList) => "other list",
        (_, A::HistoryBack) => "history",
        (_, A::HistoryForward) => "forward",
        (_, A::Input(_)) => "type",
        (_, A::DeleteChar) => "delete",
    }
}

/// The keys section of the README, generated from the default table.
/// Contexts with the very same keys (the finder and the palette) share rows.
pub fn markdown_table() -> String {
    let map = Keymap::default();
    // (context titles, their rows)
    type Group = (Vec<&'static str>, Vec<(Vec<String>, &'static str)>);
    let mut groups: Vec<Group> = Vec::new();
    for ctx in Context::ALL {
        let rows = map.grouped(ctx);
        match groups.iter_mut().find(|(_, r)| *r == rows) {
            Some((names, _)) => names.push(ctx.title()),
            None => groups.push((vec![ctx.title()], rows)),
        }
    }
    let mut s = String::from("| Where | Keys | What they do |\n|---|---|---|\n");
    for (names, rows) in groups {
        for (keys, desc) in rows {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            s.push_str(&format!(
                "| {} | {} | {} |\n",
                names.join(", "),
                keys.join(" "),
                desc
            ));
        }
    }
    s.push('\n');
    s.push_str(COMPARE_NOTES);
    s.push('\n');
    s
}
