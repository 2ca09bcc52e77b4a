//! How the cache encodes what it keeps (documents, findings, articles and
//! the model's parts): MessagePack, with field names, compressed with LZ4.
//!
//! Why not JSON: decoding the cached model was most of a reopen, and the
//! JSON was most of `cache.db`. Why field names: the model leaves empty
//! fields out when it serialises (`skip_serializing_if`, for the export's
//! sake), so a format that relies on field order cannot read it back.
//! f64 scores are kept as their eight bytes, so an export from the cache is
//! byte-identical to one made cold.
//!
//! Why compressed: the field names, speakers' keys and rule names repeat in
//! every quote and finding, so the MessagePack shrinks to about a third
//! (the text to about a half), and the cache is written twice by SQLite
//! (its WAL, then the database). LZ4 rather than zstd: it decompresses at
//! several GB/s, so a reopen does not notice it, and compresses at hundreds
//! of MB/s, well inside what the write saves.

use anyhow::Result;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// LZ4 expands a block by at most this factor (a run of one byte): a
/// stated size beyond it is damage, refused before anything is allocated
/// for it.
const MAX_EXPANSION: usize = 255;

/// `value` as the cache keeps it: its size, then its compressed MessagePack.
pub(super) fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    Ok(lz4_flex::compress_prepend_size(&rmp_serde::to_vec_named(
        value,
    )?))
}

/// A value the cache kept; an error (never a panic, nor a huge
/// allocation) for bytes that are not one, so a damaged cache is rebuilt.
pub(super) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let (size, block) = lz4_flex::block::uncompressed_size(bytes)
        .map_err(|e| anyhow::anyhow!("a cached value is damaged ({e})"))?;
    if size > block.len().saturating_mul(MAX_EXPANSION) + 16 {
        anyhow::bail!(
            "a cached value is damaged (it claims {size} bytes from {})",
            block.len()
        );
    }
    let plain = lz4_flex::decompress_size_prepended(bytes)
        .map_err(|e| anyhow::anyhow!("a cached value is damaged ({e})"))?;
    Ok(rmp_serde::from_slice(&plain)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_round_trips_with_its_skipped_fields_and_exact_floats() {
        let corpus = crate::open_corpus(&[], &crate::analysis::Lexicon::bundled(), None)
            .unwrap()
            .0;
        let articles: Vec<crate::model::Article> =
            decode(&encode(&corpus.articles).unwrap()).unwrap();
        let quotes: Vec<crate::model::Quote> = decode(&encode(&corpus.quotes).unwrap()).unwrap();
        let speakers: Vec<crate::model::Speaker> =
            decode(&encode(&corpus.speakers).unwrap()).unwrap();
        // Byte for byte as JSON: every float and every skipped field back.
        let json = |v: &dyn erased::Json| v.json();
        assert_eq!(json(&articles), json(&corpus.articles));
        assert_eq!(json(&quotes), json(&corpus.quotes));
        assert_eq!(json(&speakers), json(&corpus.speakers));
    }

    #[test]
    fn bytes_that_are_not_a_value_are_an_error() {
        for bad in [&b""[..], b"\xff\xff", b"{\"a\":1}", b"\x93\x01"] {
            assert!(decode::<Vec<crate::model::Article>>(bad).is_err());
        }
        // Whole values, truncated or with bytes changed, are errors too.
        let good = encode(&vec!["a paragraph of text"; 40]).unwrap();
        for cut in 0..good.len() {
            assert!(decode::<Vec<String>>(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut flipped = good.clone();
        for i in 4..flipped.len() {
            flipped[i] ^= 0x5a;
            let _ = decode::<Vec<String>>(&flipped);
            flipped[i] ^= 0x5a;
        }
    }

    #[test]
    fn a_stated_size_beyond_what_lz4_can_expand_to_is_refused_before_allocating() {
        // Four bytes saying 4 GB, then a tiny block.
        let mut bytes = u32::MAX.to_le_bytes().to_vec();
        bytes.extend_from_slice(b"\x10a");
        let err = decode::<String>(&bytes).unwrap_err().to_string();
        assert!(err.contains("claims"), "{err}");
        // A value that really repeats one byte is still read.
        let long = "a".repeat(100_000);
        assert_eq!(decode::<String>(&encode(&long).unwrap()).unwrap(), long);
    }

    #[test]
    fn what_the_cache_keeps_is_smaller_than_its_messagepack() {
        let corpus = crate::open_corpus(&[], &crate::analysis::Lexicon::bundled(), None)
            .unwrap()
            .0;
        let plain = rmp_serde::to_vec_named(&corpus.quotes).unwrap().len();
        let kept = encode(&corpus.quotes).unwrap().len();
        assert!(kept * 2 < plain, "{kept} of {plain}");
    }

    /// JSON of any of the model's lists, to compare them exactly.
    mod erased {
        pub trait Json {
            fn json(&self) -> String;
        }
        impl<T: serde::Serialize> Json for Vec<T> {
            fn json(&self) -> String {
                serde_json::to_string(self).unwrap()
            }
        }
    }
}
