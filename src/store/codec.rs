//! How the cache encodes what it keeps (documents, findings, articles and
//! the model's parts): MessagePack, with field names.
//!
//! Why not JSON: decoding the cached model was most of a reopen, and the
//! JSON was most of `cache.db`. Why field names: the model leaves empty
//! fields out when it serialises (`skip_serializing_if`, for the export's
//! sake), so a format that relies on field order cannot read it back.
//! f64 scores are kept as their eight bytes, so an export from the cache is
//! byte-identical to one made cold.

use anyhow::Result;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `value` as the cache keeps it.
pub(super) fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    Ok(rmp_serde::to_vec_named(value)?)
}

/// A value the cache kept; an error (never a panic) for bytes that are not
/// one, so a damaged cache is rebuilt.
pub(super) fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T> {
    Ok(rmp_serde::from_slice(bytes)?)
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
