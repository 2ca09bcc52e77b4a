//! Bytes → clean text. UTF-8 first (BOM dropped), UTF-16 when a BOM says so,
//! Windows-1252 otherwise: it is the usual legacy encoding of English news text
//! and a superset of Latin-1's printable range, so a Latin-1 `£` comes out as `£`.

use std::borrow::Cow;

/// Why a file's bytes are not an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    Empty,
    Binary,
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotText::Empty => "empty file",
            NotText::Binary => "binary file, not text",
        })
    }
}

/// Decode a file's bytes into normalised text: line ends as `\n`, control
/// characters other than newline removed (tabs become spaces), so that nothing
/// downstream, least of all the terminal, sees them.
pub fn decode(bytes: &[u8]) -> Result<String, NotText> {
    if looks_binary(bytes) {
        return Err(NotText::Binary);
    }
    let text: Cow<str> = if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        enc.decode_without_bom_handling(&bytes[bom_len..]).0
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0,
        }
    };
    let clean = normalise(&text);
    if clean.trim().is_empty() {
        return Err(NotText::Empty);
    }
    Ok(clean)
}

/// NUL bytes (outside a UTF-16 file) or a high share of control bytes mark a
/// binary file; a PDF is named by its magic even when it is mostly ASCII.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"%PDF-") || bytes.starts_with(b"PK\x03\x04") {
        return true;
    }
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(e, _)| e != encoding_rs::UTF_8) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

/// CRLF and CR become LF; tabs and form feeds become spaces; other control
/// characters (C0, DEL, C1) and stray BOMs are dropped.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' => out.push('\n'),
            '\t' | '\u{0c}' => out.push(' '),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_pound_decodes() {
        assert_eq!(decode(b"cost \xa325,000").unwrap(), "cost £25,000");
    }

    #[test]
    fn utf8_bom_and_crlf() {
        assert_eq!(decode(b"\xef\xbb\xbfa\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn utf16_with_bom() {
        let bytes: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("hé".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&bytes).unwrap(), "hé");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(b"%PDF-1.4 ...").unwrap_err(), NotText::Binary);
        assert_eq!(decode(b"abc\0def").unwrap_err(), NotText::Binary);
        assert_eq!(decode(b"").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b" \n\r\n ").unwrap_err(), NotText::Empty);
    }

    #[test]
    fn controls_removed() {
        assert_eq!(decode(b"a\x1b[31mb\tc").unwrap(), "a[31mb c");
    }
}
