//! Print the keys table for README.md from the one keymap
//! (`cargo run --example keys_table`); `tests/tui_keys.rs` checks they agree.

fn main() {
    print!("{}", centreline::tui::keymap::markdown_table());
}
