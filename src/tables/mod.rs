//! Plain-text and JSON tables for the `speakers`, `quotes` and `themes`
//! subcommands. They read the model only.

mod speakers;
mod themes;

pub use speakers::{quotes, speakers};
pub use themes::themes;
