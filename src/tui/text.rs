//! Wrapping by display width, and the display form of awkward characters.
//! Everything here works on byte ranges of the original text, so styles
//! computed from the model's offsets line up with what is drawn.

use unicode_width::UnicodeWidthChar;

/// What is drawn for `c`: whitespace as a space, other control characters as
/// a replacement mark (a raw control byte would corrupt the terminal).
pub fn display_char(c: char) -> char {
    if c.is_whitespace() {
        ' '
    } else if c.is_control() {
        '\u{FFFD}'
    } else {
        c
    }
}

/// Columns `c` takes once drawn.
pub fn char_width(c: char) -> usize {
    let d = display_char(c);
    if d == ' ' {
        1
    } else {
        d.width().unwrap_or(0)
    }
}

pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// `s` made safe to draw.
pub fn clean(s: &str) -> String {
    s.chars().map(display_char).collect()
}

/// Greedy word wrap of `text` into lines of at most `width` columns (words
/// longer than a line are broken). Returns byte ranges; an empty text is one
/// empty line. Linear in the text's length.
pub fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line: Option<(usize, usize, usize)> = None; // start, end, columns
    let mut word_start: Option<usize> = None;
    let push_word = |ws: usize,
                     we: usize,
                     line: &mut Option<(usize, usize, usize)>,
                     lines: &mut Vec<(usize, usize)>| {
        let word = &text[ws..we];
        let w = str_width(word);
        if let Some((s, e, cols)) = *line {
            let gap = str_width(&text[e..ws]);
            if cols + gap + w <= width {
                *line = Some((s, we, cols + gap + w));
                return;
            }
            lines.push((s, e));
            *line = None;
        }
        if w <= width {
            *line = Some((ws, we, w));
            return;
        }
        let mut s = ws;
        let mut cols = 0;
        for (i, ch) in word.char_indices() {
            let cw = char_width(ch);
            if cols + cw > width && cols > 0 {
                lines.push((s, ws + i));
                s = ws + i;
                cols = 0;
            }
            cols += cw;
        }
        *line = Some((s, we, cols));
    };
    for (i, ch) in text.char_indices() {
        if ch.is_whitespace() {
            if let Some(ws) = word_start.take() {
                push_word(ws, i, &mut line, &mut lines);
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    if let Some(ws) = word_start {
        push_word(ws, text.len(), &mut line, &mut lines);
    }
    if let Some((s, e, _)) = line {
        lines.push((s, e));
    }
    if lines.is_empty() {
        lines.push((0, 0));
    }
    lines
}

/// Truncate to `width` columns with an ellipsis, made safe to draw: the
/// shared rule of [`crate::present::truncate`] on the [`clean`]ed text.
pub fn truncate(s: &str, width: usize) -> String {
    crate::present::truncate(&clean(s), width)
}

/// Convert sorted-or-not character ranges into byte ranges of `text` in one
/// pass (the model's offsets are characters). Out-of-range offsets clamp.
pub fn char_ranges_to_bytes(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if ranges.is_empty() {
        return Vec::new();
    }
    let mut wanted: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut map = Vec::with_capacity(wanted.len());
    let mut it = wanted.iter().peekable();
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        while let Some(&&w) = it.peek() {
            if w == ci {
                map.push((w, bi));
                it.next();
            } else if w < ci {
                it.next();
            } else {
                break;
            }
        }
        if it.peek().is_none() {
            break;
        }
    }
    for &w in it {
        map.push((w, text.len()));
    }
    let lookup = |c: usize| match map.binary_search_by_key(&c, |&(ch, _)| ch) {
        Ok(i) => map[i].1,
        Err(_) => text.len(),
    };
    ranges
        .iter()
        .map(|&(s, e)| {
            let (bs, be) = (lookup(s), lookup(e));
            (bs.min(be), be.max(bs))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_display_width() {
        let t = "The NHS, he said, needed to modernise";
        let lines = wrap(t, 12);
        let got: Vec<&str> = lines.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(got, ["The NHS, he", "said, needed", "to modernise"]);
        for &(s, e) in &lines {
            assert!(str_width(&t[s..e]) <= 12);
        }
    }

    #[test]
    fn breaks_long_words_and_wide_chars() {
        let t = "英国国民保健署";
        let lines = wrap(t, 4);
        assert!(lines.iter().all(|&(s, e)| str_width(&t[s..e]) <= 4));
        assert_eq!(lines.len(), 4);
        assert_eq!(wrap("", 5), vec![(0, 0)]);
        assert_eq!(wrap("   ", 5), vec![(0, 0)]);
    }

    #[test]
    fn char_ranges_map_to_bytes() {
        let t = "given£25,000 immediately";
        let r = char_ranges_to_bytes(t, &[(5, 12), (0, 5), (13, 99)]);
        assert_eq!(&t[r[0].0..r[0].1], "£25,000");
        assert_eq!(&t[r[1].0..r[1].1], "given");
        assert_eq!(&t[r[2].0..r[2].1], "immediately");
    }
}
