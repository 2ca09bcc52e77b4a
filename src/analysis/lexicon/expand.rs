//! Turning a lexicon phrase into every surface form it stands for.
//!
//! Cue phrases are written once with their inflections in braces, and the
//! matcher is given every form:
//! - `{a,b,c}` is an alternation, and braces multiply:
//!   `decentrali{s,z}{e,ed,ation}` gives six forms; an empty alternative
//!   (`performance-manage{,d,ment}`) means "nothing here".
//! - a hyphen also matches a space (`micro-management` finds
//!   `micro management`), because writers use both; write `micro{-,}management`
//!   for the closed form as well.
//! - a straight apostrophe also matches a curly one (`’`).
//!
//! Forms are lowercased (matching is ASCII case-insensitive) and their
//! whitespace collapsed to single spaces.

/// At most this many forms per phrase, so a typo like nested braces on every
/// word cannot blow up the automaton.
pub const MAX_FORMS: usize = 256;

/// Every surface form of `phrase`, deduplicated, in a stable order.
pub fn expand(phrase: &str) -> Result<Vec<String>, String> {
    let mut forms = vec![String::new()];
    let mut rest = phrase;
    while !rest.is_empty() {
        let (chunk_alternatives, after) = next_chunk(rest)?;
        let mut grown = Vec::with_capacity(forms.len() * chunk_alternatives.len());
        for form in &forms {
            for alt in &chunk_alternatives {
                grown.push(format!("{form}{alt}"));
            }
        }
        if grown.len() > MAX_FORMS {
            return Err(format!(
                "phrase '{phrase}' expands to more than {MAX_FORMS} forms"
            ));
        }
        forms = grown;
        rest = after;
    }
    let mut out: Vec<String> = Vec::new();
    for form in forms {
        let form = normalise(&form);
        if form.is_empty() {
            return Err(format!("phrase '{phrase}' has an empty form"));
        }
        for variant in separator_variants(&form) {
            if !out.contains(&variant) {
                out.push(variant);
            }
        }
        if out.len() > MAX_FORMS {
            return Err(format!(
                "phrase '{phrase}' expands to more than {MAX_FORMS} forms"
            ));
        }
    }
    Ok(out)
}

/// The next literal run or brace group of `s`, as its alternatives, and what
/// follows it.
fn next_chunk(s: &str) -> Result<(Vec<String>, &str), String> {
    if let Some(inner) = s.strip_prefix('{') {
        let close = inner
            .find('}')
            .ok_or_else(|| format!("unclosed '{{' in '{s}'"))?;
        let group = &inner[..close];
        if group.contains('{') {
            return Err(format!("nested '{{' in '{s}'"));
        }
        let alternatives = group.split(',').map(str::to_string).collect();
        Ok((alternatives, &inner[close + 1..]))
    } else if s.starts_with('}') {
        Err(format!("unmatched '}}' in '{s}'"))
    } else {
        let end = s.find(['{', '}']).unwrap_or(s.len());
        Ok((vec![s[..end].to_string()], &s[end..]))
    }
}

/// Lowercase (ASCII, as the matcher compares) with whitespace collapsed.
pub fn normalise(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// `form` with each hyphen also as a space and each `'` also as `’`.
fn separator_variants(form: &str) -> Vec<String> {
    let mut variants = vec![form.to_string()];
    if form.contains('-') {
        variants.push(form.replace('-', " "));
    }
    if form.contains('\'') {
        let curly: Vec<String> = variants.iter().map(|v| v.replace('\'', "’")).collect();
        variants.extend(curly);
    }
    variants
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_multiply_and_empty_alternatives_mean_nothing() {
        let forms = expand("decentrali{s,z}{e,ed,ation}").unwrap();
        assert_eq!(forms.len(), 6);
        assert!(forms.contains(&"decentralization".to_string()));
        let forms = expand("performance-manage{,d,ment}").unwrap();
        for f in [
            "performance-manage",
            "performance-managed",
            "performance-management",
            "performance managed",
        ] {
            assert!(forms.contains(&f.to_string()), "{f} missing from {forms:?}");
        }
    }

    #[test]
    fn hyphens_match_spaces_and_apostrophes_match_curly_ones() {
        let forms = expand("Micro{-,}Management").unwrap();
        assert_eq!(
            forms,
            ["micro-management", "micro management", "micromanagement"]
        );
        assert!(expand("government's  plan")
            .unwrap()
            .contains(&"government’s plan".into()));
    }

    #[test]
    fn bad_braces_are_errors_not_panics() {
        assert!(expand("a{b").is_err());
        assert!(expand("a}b").is_err());
        assert!(expand("a{b{c}}").is_err());
        assert!(expand("{,}").is_err());
        assert!(expand(&"{a,b,c,d}".repeat(5)).is_err());
    }
}
