//! Plain-text and JSON tables for the `speakers`, `quotes` and `themes`
//! subcommands. They read the model only.

pub mod corrections;
mod speakers;
mod themes;

pub use speakers::{find_speakers, quotes, speakers, CORRECTED};
pub use themes::themes;
