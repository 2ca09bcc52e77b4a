//! How the cache encodes what it keeps (documents, findings, articles and
//! the model's parts): MessagePack, with field names; the documents and
//! findings kept for an incremental rebuild also LZ4-compressed.
//!
//! Why not JSON: decoding the cached model was most of a reopen, and the
//! JSON was most of `cache.db`. Why field names: the model leaves empty
//! fields out when it serialises (`skip_serializing_if`, for the export's
//! sake), so a format that relies on field order cannot read it back.
//! f64 scores are kept as their eight bytes, so an export from the cache is
//! byte-identical to one made cold.
//!
//! Why only those compressed: they are read only when some file changed
//! (the unchanged files' documents and findings), so a reopen never
//! decompresses them, while the build writes them in full every time; their
//! field names and repeated keys shrink them to about two fifths. The model
//! itself is read at every reopen, and compressing it made an export from
//! the store about 6% slower for the 75 MB it saved on disk at 25 MB of
//! text: kept plain. LZ4 rather than zstd: it compresses at hundreds of
//! MB/s, well inside what the write saves.

use anyhow::Result;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The first byte of a compressed value: the one byte MessagePack never
/// uses, so [`decode`] reads either kind.
const COMPRESSED: u8 = 0xc1;

/// LZ4 expands a block by at most this factor (a run of one byte): a
/// stated size beyond it is damage, refused before anything is allocated
/// for it.
const MAX_EXPANSION: usize = 255;

/// `value` as the cache keeps it: MessagePack.
pub(super) fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    Ok(rmp_serde::to_vec_named(value)?)
}

/// `value` compressed: [`COMPRESSED`], its size, then its LZ4-compressed
/// MessagePack. For what is written every build and read rarely.
pub(super) fn encode_compressed<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let plain = rmp_serde::to_vec_named(value)?;
    let mut out = Vec::with_capacity(1 + 4 + plain.len() / 2);
    out.push(COMPRESSED);
    out.extend_from_slice(&lz4_flex::compress_prepend_size(&plain));
    Ok(out)
}

/// A value the cache kept, compressed or not; an error (never a panic, nor
/// a huge allocation) for bytes that are not one, so a damaged cache is
/// rebuilt.
pub(super) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    let Some(packed) = bytes.strip_prefix(&[COMPRESSED]) else {
        return Ok(rmp_serde::from_slice(bytes)?);
    };
    let (size, block) = lz4_flex::block::uncompressed_size(packed)
        .map_err(|e| anyhow::anyhow!("a cached value is damaged ({e})"))?;
    if size > block.len().saturating_mul(MAX_EXPANSION) + 16 {
        anyhow::bail!(
            "a cached value is damaged (it claims {size} bytes from {})",
            block.len()
        );
    }
    let plain = lz4_flex::decompress_size_prepended(packed)
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
        // Whole compressed values, truncated or with bytes changed, are
        // errors too (or some other value), never a panic.
        let good = encode_compressed(&vec!["a paragraph of text"; 40]).unwrap();
        assert_eq!(
            decode::<Vec<String>>(&good).unwrap(),
            vec!["a paragraph of text"; 40]
        );
        for cut in 0..good.len() {
            assert!(decode::<Vec<String>>(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut flipped = good.clone();
        for i in 1..flipped.len() {
            flipped[i] ^= 0x5a;
            let _ = decode::<Vec<String>>(&flipped);
            flipped[i] ^= 0x5a;
        }
    }

    #[test]
    fn a_stated_size_beyond_what_lz4_can_expand_to_is_refused_before_allocating() {
        // The mark, four bytes saying 4 GB, then a tiny block.
        let mut bytes = vec![COMPRESSED];
        bytes.extend_from_slice(&u32::MAX.to_le_bytes());
        bytes.extend_from_slice(b"\x10a");
        let err = decode::<String>(&bytes).unwrap_err().to_string();
        assert!(err.contains("claims"), "{err}");
        // A value that really repeats one byte is still read.
        let long = "a".repeat(100_000);
        assert_eq!(
            decode::<String>(&encode_compressed(&long).unwrap()).unwrap(),
            long
        );
    }

    #[test]
    fn a_compressed_document_is_smaller_and_reads_back_the_same() {
        let docs = crate::corpus::load_bundled().documents;
        let plain = encode(&docs).unwrap();
        let packed = encode_compressed(&docs).unwrap();
        assert!(
            packed.len() * 3 < plain.len() * 2,
            "{} of {}",
            packed.len(),
            plain.len()
        );
        let back: Vec<crate::corpus::Document> = decode(&packed).unwrap();
        assert_eq!(encode(&back).unwrap(), plain);
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
