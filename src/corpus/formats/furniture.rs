//! Whether what was extracted from a page is an article at all.
//!
//! A video page, a paywall or a "please enable JavaScript" shell has text,
//! but the text speaks to the reader about the page (its player, browser,
//! account or subscription), not about the news. Loaded, it would be an
//! "article" of one notice. Two rules, neither tied to one site: a paragraph
//! is furniture when it is short and names the page's machinery; a page is an
//! article only when what is left holds at least a sentence's worth of words.

/// Fewer words of real text than this, and a page is not an article: a
/// report's shortest sentence ("Ministers said the ward would stay open.")
/// has about this many.
pub const MIN_ARTICLE_WORDS: usize = 7;

/// A notice is a line or two; a paragraph longer than this is text even when
/// it names a subscription or a video.
const MAX_NOTICE_WORDS: usize = 40;

/// What a page says about itself rather than the news: its player, the
/// browser it needs, the account or subscription it asks for, its cookies.
/// Matched on whole words, lower case.
const MACHINERY: &[&str] = &[
    // The player.
    "this video",
    "this audio",
    "this clip",
    "this content",
    "media player",
    "video player",
    "be played",
    "unable to play",
    "playback",
    // The browser.
    "javascript",
    "your browser",
    "browser does not",
    "browser doesn't",
    "ad blocker",
    "adblocker",
    // The account or subscription.
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "sign in",
    "sign up",
    "log in",
    "login",
    "register",
    "create an account",
    "free account",
    "continue reading",
    "keep reading",
    "read the full article",
    "read this article",
    "free trial",
    "paywall",
    "unlock",
    // Consent.
    "cookies",
    "accept all",
];

/// Whether a paragraph is a notice about the page: short, and naming its
/// machinery.
pub fn is_notice(paragraph: &str) -> bool {
    let words: Vec<String> = paragraph
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() || words.len() > MAX_NOTICE_WORDS {
        return words.is_empty();
    }
    let joined = format!(" {} ", words.join(" "));
    MACHINERY.iter().any(|m| joined.contains(&format!(" {m} ")))
}

/// Whether a page's paragraphs hold an article: enough words outside the
/// notices. `None` when they do; else the first notice, to name in the
/// warning (or `None` inside `Some` when there was no text at all).
pub fn not_an_article(paragraphs: &[String]) -> Option<Option<&str>> {
    let words: usize = paragraphs
        .iter()
        .filter(|p| !is_notice(p))
        .map(|p| p.split_whitespace().count())
        .sum();
    if words >= MIN_ARTICLE_WORDS {
        return None;
    }
    Some(paragraphs.iter().map(String::as_str).find(|p| is_notice(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(ps: &[&str]) -> Vec<String> {
        ps.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn player_and_paywall_pages_are_not_articles() {
        let video = paras(&[
            "This video can not be played",
            "To play this video you need to enable JavaScript in your browser.",
        ]);
        assert_eq!(
            not_an_article(&video),
            Some(Some("This video can not be played"))
        );
        let paywall = paras(&[
            "Subscribe to continue reading",
            "Already a subscriber? Sign in",
        ]);
        assert!(not_an_article(&paywall).is_some());
        assert_eq!(not_an_article(&paras(&["Home"])), Some(None));
    }

    #[test]
    fn short_real_articles_and_articles_with_a_notice_stay() {
        let short = paras(&["Ministers said the hospital would stay open for another year."]);
        assert_eq!(not_an_article(&short), None);
        let with_notice = paras(&[
            "This video can not be played",
            "Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war.",
        ]);
        assert_eq!(not_an_article(&with_notice), None);
        // A long paragraph that mentions a subscription is text, not a notice.
        let long = "The licence fee is a subscription in all but name, the committee said, \
                    and the corporation should be free to charge for some of its services \
                    as long as the news stayed free to everyone who paid for a television \
                    licence in the first place, its report concluded.";
        assert!(!is_notice(long));
        // "register" inside another word is not the word.
        assert!(!is_notice(
            "The registered nurses said the ward would close."
        ));
    }
}
