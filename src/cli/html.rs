//! The visible text of an HTML page, as a browser would lay it out in lines,
//! with the byte ranges of its links.
//!
//! Text and link ranges are built in one pass, so a link's offsets are exact
//! in the text the analyser sees (never re-found by searching afterwards).

use crate::Link;
use scraper::{Html, Node};

/// Text extracted from a page: one line per block, whitespace collapsed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    pub text: String,
    /// `<a href>` ranges in `text` (bytes), for the analyser's `Options::links`.
    pub links: Vec<Link>,
}

/// Elements whose content a reader never sees as page text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "audio", "video", "select", "datalist", "dialog",
];

/// Elements laid out as blocks: their start and end break the line, so that
/// a heading and the paragraph after it never run into one sentence.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Extracts the visible text of `html` (a whole document or a fragment).
pub fn extract(html: &str) -> Extracted {
    let doc = Html::parse_document(html);
    let mut out = Builder::default();
    // An explicit stack rather than recursion: a page nested thousands of
    // levels deep must not overflow ours. `true` marks leaving an element.
    let mut stack = vec![(doc.tree.root(), false)];
    while let Some((node, leaving)) = stack.pop() {
        match node.value() {
            Node::Text(t) => out.push_text(t, out.pre_depth > 0),
            Node::Element(el) => {
                let name = el.name();
                if leaving {
                    out.leave(name);
                    continue;
                }
                if SKIPPED.contains(&name) || is_hidden(el) {
                    continue;
                }
                out.enter(name, el.attr("href"));
                stack.push((node, true));
            }
            Node::Document | Node::Fragment => {}
            // Comments, doctypes, processing instructions: nothing to read.
            _ => continue,
        }
        for child in node.children().rev() {
            stack.push((child, false));
        }
    }
    out.finish()
}

/// `hidden`, `aria-hidden="true"` or an inline `display: none`.
fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let squeezed: String = style
            .chars()
            .filter(|c| !c.is_ascii_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
    })
}

#[derive(Default)]
struct Builder {
    text: String,
    /// Whitespace seen since the last character written; written as one space
    /// only if more text follows on the same line.
    space: bool,
    /// A block boundary seen since the last character written.
    newline: bool,
    pre_depth: usize,
    /// Open links: href and where their first visible character landed.
    open_links: Vec<(String, Option<usize>)>,
    links: Vec<Link>,
}

impl Builder {
    fn enter(&mut self, name: &str, href: Option<&str>) {
        if BLOCKS.contains(&name) {
            self.newline = true;
        }
        match name {
            "pre" => self.pre_depth += 1,
            // Links to the page itself or to script source nothing.
            "a" => {
                let href = href.map(url_text).unwrap_or_default();
                if !href.is_empty() && !href.starts_with('#') && !has_scheme(&href, "javascript:") {
                    self.open_links.push((href, None));
                } else {
                    // Keep the stack aligned with the elements that close.
                    self.open_links.push((String::new(), None));
                }
            }
            _ => {}
        }
    }

    fn leave(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.newline = true;
        }
        match name {
            "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
            "a" => {
                if let Some((href, Some(start))) = self.open_links.pop() {
                    if !href.is_empty() && start < self.text.len() {
                        let end = self.text.len();
                        self.links.push(Link { start, end, href });
                    }
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if pre && c == '\n' {
                self.newline = true;
            } else if is_html_space(c) {
                self.space = true;
            } else {
                self.push_char(c);
            }
        }
    }

    fn push_char(&mut self, c: char) {
        if !self.text.is_empty() {
            if self.newline {
                self.text.push('\n');
            } else if self.space {
                self.text.push(' ');
            }
        }
        self.newline = false;
        self.space = false;
        let at = self.text.len();
        for (_, start) in self.open_links.iter_mut() {
            start.get_or_insert(at);
        }
        self.text.push(c);
    }

    fn finish(mut self) -> Extracted {
        self.links.sort_by_key(|l| (l.start, l.end));
        Extracted {
            text: self.text,
            links: self.links,
        }
    }
}

/// HTML's whitespace (not U+00A0, which French puts before « » : ; and
/// which a browser keeps).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// An href as a browser reads it (the URL standard): trimmed, and without
/// the tabs and line breaks inside ("java\nscript:" is a script link; a
/// source named on two lines would break the reason's one line).
fn url_text(href: &str) -> String {
    href.trim()
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

fn has_scheme(href: &str, scheme: &str) -> bool {
    href.get(..scheme.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        extract(html).text
    }

    #[test]
    fn blocks_make_lines_and_whitespace_collapses() {
        let html = "<h1>Titre</h1><p>Un   paragraphe\n  sur <b>deux</b>\tlignes.</p><ul><li>a</li><li>b<br>c</li></ul>";
        assert_eq!(text(html), "Titre\nUn paragraphe sur deux lignes.\na\nb\nc");
    }

    #[test]
    fn invisible_content_is_left_out() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <script>var x = 1;</script><p>Vu.</p><p hidden>Caché.</p>\
            <div aria-hidden=\"true\">Icône</div><span style=\"display: none\">Non</span>\
            <noscript>JS</noscript><template><p>Modèle</p></template><p>Fin.</p></body></html>";
        assert_eq!(text(html), "Vu.\nFin.");
    }

    #[test]
    fn inline_elements_do_not_break_words() {
        assert_eq!(
            text("<p>a<i>b</i> c&nbsp;: <span>d</span></p>"),
            "ab c\u{a0}: d"
        );
    }

    #[test]
    fn pre_keeps_its_lines() {
        assert_eq!(text("<pre>un\ndeux</pre>"), "un\ndeux");
    }

    #[test]
    fn links_cover_their_visible_text() {
        let ex = extract("<p>Selon <a href=\"https://x.org/r\"> le rapport </a>, oui. <a href=\"#top\">Haut</a></p>");
        assert_eq!(ex.text, "Selon le rapport , oui. Haut");
        assert_eq!(ex.links.len(), 1, "{:?}", ex.links);
        let l = &ex.links[0];
        assert_eq!(&ex.text[l.start..l.end], "le rapport");
        assert_eq!(l.href, "https://x.org/r");
    }

    #[test]
    fn hrefs_lose_their_tabs_and_line_breaks_as_browsers_read_them() {
        let ex = extract(
            "<p><a href=\" https://x.org/\nrapport\t\">Le rapport</a> le dit. <a href=\"java\nscript:alert(1)\">Ici</a> aussi.</p>",
        );
        let hrefs: Vec<&str> = ex.links.iter().map(|l| l.href.as_str()).collect();
        assert_eq!(
            hrefs,
            ["https://x.org/rapport"],
            "a script link on two lines is still a script link"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(5_000) + "fond" + &"</div>".repeat(5_000);
        assert_eq!(text(&html), "fond");
    }
}
