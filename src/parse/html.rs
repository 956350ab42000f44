//! Saved web pages to article text, without an HTML crate (they cost wasm size): a small tolerant
//! tokenizer builds a tree, the page's metadata gives headline and publication date
//! (`article:published_time`, JSON-LD `datePublished`, `<time datetime>`), chrome is dropped
//! (scripts, styles, comments, nav, aside, footer, header menus, forms, share/related widgets)
//! and a readability-style score picks the element that holds the article's paragraphs.

use super::dates::find_date;

/// What a page yields.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Article paragraphs in reading order (headline not repeated), white space collapsed.
    pub paragraphs: Vec<String>,
    /// Those paragraphs that are image captions (`<figcaption>`).
    pub captions: Vec<String>,
}

#[derive(Debug)]
struct Node {
    /// Lower-case tag name; `#text` for text, `#root` for the document.
    tag: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<usize>,
    parent: usize,
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "noscript", "template", "xmp", "iframe", "noembed",
    "noframes",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "form",
    "hr",
    "br",
    "address",
    "details",
    "summary",
    "fieldset",
    "caption",
    "tbody",
    "thead",
    "tfoot",
    "body",
    "html",
    "center",
    "picture",
];
/// Elements whose whole content is page chrome.
const DROP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "form", "button", "select", "input", "textarea", "nav", "aside", "footer", "menu", "dialog",
    "head", "title", "audio", "video", "map", "noembed", "noframes",
];

struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn parse(html: &str) -> Tree {
        let mut nodes = vec![Node {
            tag: "#root".into(),
            attrs: Vec::new(),
            text: String::new(),
            children: Vec::new(),
            parent: 0,
        }];
        let mut stack: Vec<usize> = vec![0];
        let b = html.as_bytes();
        let mut i = 0;
        let add = |nodes: &mut Vec<Node>, stack: &[usize], node: Node| -> usize {
            let id = nodes.len();
            let parent = *stack.last().unwrap();
            nodes.push(Node { parent, ..node });
            nodes[parent].children.push(id);
            id
        };
        let text_node = |t: String| Node {
            tag: "#text".into(),
            attrs: Vec::new(),
            text: t,
            children: Vec::new(),
            parent: 0,
        };
        while i < b.len() {
            if b[i] != b'<' {
                let end = html[i..].find('<').map_or(html.len(), |k| i + k);
                add(
                    &mut nodes,
                    &stack,
                    text_node(decode_entities(&html[i..end])),
                );
                i = end;
                continue;
            }
            let rest = &html[i..];
            if let Some(comment) = rest.strip_prefix("<!--") {
                i = comment.find("-->").map_or(html.len(), |k| i + 4 + k + 3);
                continue;
            }
            if rest.starts_with("<![CDATA[") {
                let end = rest.find("]]>").map_or(html.len(), |k| i + k);
                add(
                    &mut nodes,
                    &stack,
                    text_node(html[i + 9..end.max(i + 9)].to_string()),
                );
                i = (end + 3).min(html.len());
                continue;
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                i = rest.find('>').map_or(html.len(), |k| i + k + 1);
                continue;
            }
            if let Some(after) = rest.strip_prefix("</") {
                let name = tag_name(after);
                i = rest.find('>').map_or(html.len(), |k| i + k + 1);
                if name.is_empty() {
                    continue;
                }
                if let Some(pos) = stack.iter().rposition(|&id| nodes[id].tag == name) {
                    if pos > 0 {
                        stack.truncate(pos);
                    }
                }
                continue;
            }
            let name = tag_name(&rest[1..]);
            if name.is_empty() || !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                // A lone `<` in text.
                add(&mut nodes, &stack, text_node("<".into()));
                i += 1;
                continue;
            }
            let (attrs, len, self_closing) = attributes(&rest[1 + name.len()..]);
            i += 1 + name.len() + len;
            // Implied end tags.
            if let Some(&top) = stack.last() {
                let top_tag = nodes[top].tag.as_str();
                let closes = (top_tag == "p" && BLOCK.contains(&name.as_str()))
                    || (top_tag == name
                        && matches!(
                            name.as_str(),
                            "li" | "p" | "option" | "tr" | "td" | "th" | "dt" | "dd"
                        ));
                if closes && stack.len() > 1 {
                    stack.pop();
                }
            }
            let id = add(
                &mut nodes,
                &stack,
                Node {
                    tag: name.clone(),
                    attrs,
                    text: String::new(),
                    children: Vec::new(),
                    parent: 0,
                },
            );
            if RAW.contains(&name.as_str()) && !self_closing {
                let close = format!("</{name}");
                let end = find_ci(&html[i..], &close).map_or(html.len(), |k| i + k);
                let raw = &html[i..end];
                let content = if name == "title" || name == "textarea" {
                    decode_entities(raw)
                } else {
                    raw.to_string()
                };
                let t = nodes.len();
                nodes.push(Node {
                    parent: id,
                    ..text_node(content)
                });
                nodes[id].children.push(t);
                i = html[end..].find('>').map_or(html.len(), |k| end + k + 1);
                continue;
            }
            if !self_closing && !VOID.contains(&name.as_str()) {
                stack.push(id);
            }
        }
        Tree { nodes }
    }

    /// All text under `id`, white space collapsed.
    fn text(&self, id: usize) -> String {
        let mut out = String::new();
        self.collect_text(id, &mut out);
        collapse(&out)
    }

    fn collect_text(&self, id: usize, out: &mut String) {
        let n = &self.nodes[id];
        if n.tag == "#text" {
            out.push_str(&n.text);
            return;
        }
        if matches!(n.tag.as_str(), "script" | "style" | "noscript" | "template") {
            return;
        }
        if BLOCK.contains(&n.tag.as_str()) {
            out.push(' ');
        }
        for &c in &n.children {
            self.collect_text(c, out);
        }
    }

    fn descendants(&self, id: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut todo = vec![id];
        while let Some(x) = todo.pop() {
            out.push(x);
            todo.extend(self.nodes[x].children.iter().rev());
        }
        out
    }

    fn ancestors(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = id;
        std::iter::from_fn(move || {
            if cur == 0 {
                None
            } else {
                cur = self.nodes[cur].parent;
                Some(cur)
            }
        })
    }
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (0..h.len().saturating_sub(n.len() - 1)).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

fn tag_name(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Attributes up to the tag's `>`: `(attrs, bytes consumed, self-closing)`.
fn attributes(s: &str) -> (Vec<(String, String)>, usize, bool) {
    let b = s.as_bytes();
    let mut attrs = Vec::new();
    let mut i = 0;
    let mut self_closing = false;
    while i < b.len() {
        let c = b[i];
        if c == b'>' {
            return (attrs, i + 1, self_closing);
        }
        if c.is_ascii_whitespace() || c == b'/' {
            self_closing = c == b'/';
            i += 1;
            continue;
        }
        self_closing = false;
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = s[start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = s[vs..]
                    .bytes()
                    .position(|x| x == q)
                    .map_or(s.len(), |k| vs + k);
                value = decode_entities(&s[vs..ve]);
                i = (ve + 1).min(s.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities(&s[vs..i]);
            }
        }
        if !name.is_empty() {
            attrs.push((name, value));
        } else {
            i += 1;
        }
    }
    (attrs, s.len(), self_closing)
}

const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("rsquo", "’"),
    ("lsquo", "‘"),
    ("rdquo", "”"),
    ("ldquo", "“"),
    ("sbquo", "‚"),
    ("bdquo", "„"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("minus", "−"),
    ("hellip", "…"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("times", "×"),
    ("divide", "÷"),
    ("shy", ""),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("lrm", ""),
    ("rlm", ""),
    ("thinsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("prime", "′"),
    ("Prime", "″"),
    ("sect", "§"),
    ("para", "¶"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("szlig", "ß"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
];

/// Letters with accents: `&eacute;` = `e` + `acute`.
fn accented(name: &str) -> Option<char> {
    const MARKS: &[(&str, &str, &str)] = &[
        ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
        ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ("uml", "aeiouyAEIOU", "äëïöüÿÄËÏÖÜ"),
        ("tilde", "anoANO", "ãñõÃÑÕ"),
        ("cedil", "cC", "çÇ"),
        ("ring", "aA", "åÅ"),
        ("slash", "oO", "øØ"),
    ];
    let mut chars = name.chars();
    let base = chars.next()?;
    let mark = chars.as_str();
    let (_, bases, out) = MARKS.iter().find(|(m, _, _)| *m == mark)?;
    let k = bases.chars().position(|c| c == base)?;
    out.chars().nth(k)
}

/// Decodes `&amp;`, `&#8217;`, `&#x2019;`, `&rsquo;`, `&eacute;`; unknown ones stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let body_len = rest[1..]
            .char_indices()
            .take(12)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|(j, c)| (j, c == ';'));
        let Some((len, semi)) = body_len else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..1 + len];
        let decoded: Option<String> = if let Some(num) = name.strip_prefix('#') {
            let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            code.map(|c| match c {
                0x80..=0x9F => crate::decode::windows_1252(c as u8).to_string(),
                _ => char::from_u32(c)
                    .filter(|&ch| ch != '\0')
                    .unwrap_or(char::REPLACEMENT_CHARACTER)
                    .to_string(),
            })
        } else if semi {
            ENTITIES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
                .or_else(|| accented(name).map(String::from))
        } else {
            None
        };
        match decoded {
            Some(d) => {
                out.push_str(&d);
                rest = &rest[1 + len + usize::from(semi)..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Collapses white space (no-break spaces included) to single spaces and trims.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn class_words(n: &Node) -> Vec<String> {
    let mut s = String::new();
    for k in ["class", "id", "role", "itemprop"] {
        if let Some(v) = n.attr(k) {
            s.push(' ');
            s.push_str(v);
        }
    }
    s.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

const NEGATIVE: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "related",
    "promo",
    "sidebar",
    "newsletter",
    "subscribe",
    "subscription",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "adv",
    "cookie",
    "cookies",
    "breadcrumb",
    "breadcrumbs",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "footer",
    "popup",
    "modal",
    "signup",
    "widget",
    "recommended",
    "recommendations",
    "outbrain",
    "taboola",
    "sponsored",
    "sponsor",
    "trending",
    "popular",
    "masthead",
    "banner",
    "tags",
    "toolbar",
    "skip",
    "complementary",
    "contentinfo",
    "search",
    "paywall",
    "more",
];
const STRONG_NEGATIVE: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "cookie",
    "cookies",
    "outbrain",
    "taboola",
    "promo",
    "sponsored",
    "recommended",
    "trending",
    "popular",
    "breadcrumb",
    "breadcrumbs",
    "navigation",
    "contentinfo",
    "complementary",
    "banner",
    "search",
    "paywall",
];
const POSITIVE: &[&str] = &[
    "article",
    "content",
    "body",
    "story",
    "main",
    "post",
    "entry",
    "text",
    "prose",
    "articlebody",
];

fn class_weight(n: &Node) -> i32 {
    let words = class_words(n);
    let neg = words.iter().any(|w| NEGATIVE.contains(&w.as_str()));
    let pos = words.iter().any(|w| POSITIVE.contains(&w.as_str()));
    25 * i32::from(pos) - 25 * i32::from(neg)
}

/// Chrome that is dropped with everything inside it.
fn is_chrome(t: &Tree, id: usize) -> bool {
    let n = &t.nodes[id];
    if n.tag == "#text" || n.tag == "#root" {
        return false;
    }
    if DROP.contains(&n.tag.as_str()) {
        return true;
    }
    if n.attr("hidden").is_some()
        || n.attr("aria-hidden") == Some("true")
        || n.attr("style").is_some_and(|s| {
            let s = s.replace(' ', "").to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    {
        return true;
    }
    // A page header (site menu) outside the article.
    if n.tag == "header"
        && !t
            .ancestors(id)
            .any(|a| matches!(t.nodes[a].tag.as_str(), "article" | "main"))
    {
        return true;
    }
    if matches!(n.tag.as_str(), "html" | "body" | "article" | "main") {
        return false;
    }
    let words = class_words(n);
    // Compound class names: `jp-relatedposts`, `commentlist`, `newsletterSignup`.
    let compound = words.iter().any(|w| {
        [
            "related",
            "sidebar",
            "newsletter",
            "advert",
            "outbrain",
            "taboola",
            "cookie",
            "comment",
        ]
        .iter()
        .any(|k| w.contains(k) && w.as_str() != *k)
            && !w.contains("commentary")
    });
    let strong = compound || words.iter().any(|w| STRONG_NEGATIVE.contains(&w.as_str()));
    let neg = words.iter().any(|w| NEGATIVE.contains(&w.as_str()));
    let pos = words.iter().any(|w| POSITIVE.contains(&w.as_str()));
    strong || (neg && !pos)
}

/// Marks every node inside chrome.
fn dropped(t: &Tree) -> Vec<bool> {
    let mut out = vec![false; t.nodes.len()];
    for id in 1..t.nodes.len() {
        // Parents come before children, so a parent's flag is final when a child is seen.
        out[id] = out[t.nodes[id].parent] || is_chrome(t, id);
    }
    out
}

/// Characters of visible text under each node, and how many of them sit inside links; one
/// bottom-up pass, so link density is O(1) per node afterwards.
struct TextSums {
    total: Vec<usize>,
    linked: Vec<usize>,
}

impl TextSums {
    fn new(t: &Tree, gone: &[bool]) -> TextSums {
        let n = t.nodes.len();
        let mut in_link = vec![false; n];
        for id in 1..n {
            in_link[id] = in_link[t.nodes[id].parent] || t.nodes[id].tag == "a";
        }
        let mut total = vec![0usize; n];
        let mut linked = vec![0usize; n];
        for id in (1..n).rev() {
            if gone[id] {
                continue;
            }
            let node = &t.nodes[id];
            if node.tag == "#text" {
                let len = node.text.trim().chars().count();
                total[id] += len;
                if in_link[id] {
                    linked[id] += len;
                }
            }
            let p = node.parent;
            total[p] += total[id];
            linked[p] += linked[id];
        }
        TextSums { total, linked }
    }

    /// Share of a node's text that sits inside links.
    fn link_density(&self, id: usize) -> f64 {
        if self.total[id] == 0 {
            0.0
        } else {
            self.linked[id] as f64 / self.total[id] as f64
        }
    }
}

type Candidates = (usize, f64, std::collections::HashMap<usize, f64>);

/// The node holding the article: readability's paragraph scoring.
/// Returns the best node, its score and every candidate's score.
fn best_candidate(t: &Tree, gone: &[bool], sums: &TextSums) -> Option<Candidates> {
    let mut scores: std::collections::HashMap<usize, f64> = std::collections::HashMap::new();
    let init = |id: usize| -> f64 {
        let n = &t.nodes[id];
        let base = match n.tag.as_str() {
            "article" => 10.0,
            "div" | "main" | "section" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let item = if n.attr("itemprop") == Some("articleBody")
            || n.attr("property") == Some("articleBody")
        {
            50.0
        } else {
            0.0
        };
        base + item + f64::from(class_weight(n))
    };
    for id in 1..t.nodes.len() {
        if gone[id] || !matches!(t.nodes[id].tag.as_str(), "p" | "pre" | "td" | "div") {
            continue;
        }
        // A div counts only for text directly inside it (sites without <p>).
        let text = if t.nodes[id].tag == "div" {
            collapse(
                &t.nodes[id]
                    .children
                    .iter()
                    .filter(|&&c| t.nodes[c].tag == "#text" || t.nodes[c].tag == "br")
                    .map(|&c| t.nodes[c].text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        } else {
            t.text(id)
        };
        let len = text.chars().count();
        if len < 25 {
            continue;
        }
        let score = 1.0 + text.matches([',', '，']).count() as f64 + (len as f64 / 100.0).min(3.0);
        // Readability's propagation: the container gets the full score, the next one up half,
        // further ancestors a third of their distance.
        let first = if t.nodes[id].tag == "div" {
            id
        } else {
            t.nodes[id].parent
        };
        let chain = std::iter::once(first).chain(t.ancestors(first)).take(5);
        for (level, a) in chain.enumerate() {
            if a == 0 || gone[a] {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            *scores.entry(a).or_insert_with(|| init(a)) += score / divider;
        }
    }
    let scored: std::collections::HashMap<usize, f64> = scores
        .into_iter()
        .map(|(id, s)| (id, s * (1.0 - sums.link_density(id))))
        .collect();
    let best = scored
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(&id, &s)| (id, s))?;
    Some((best.0, best.1, scored))
}

/// Paragraph texts under `id` in reading order: one per block element or `<br>`-separated line.
fn paragraphs_in(
    t: &Tree,
    id: usize,
    gone: &[bool],
    sums: &TextSums,
    out: &mut Vec<(String, usize)>,
) {
    let mut buf = String::new();
    fn walk(
        t: &Tree,
        root: usize,
        id: usize,
        gone: &[bool],
        sums: &TextSums,
        buf: &mut String,
        out: &mut Vec<(String, usize)>,
    ) {
        let n = &t.nodes[id];
        if gone[id] {
            return;
        }
        if n.tag == "#text" {
            buf.push_str(&n.text);
            return;
        }
        let block = BLOCK.contains(&n.tag.as_str());
        if block {
            flush(buf, out, id);
        }
        if n.tag == "li" && sums.link_density(id) > 0.6 {
            return;
        }
        // A block of links inside the article: "More on this story", tag lists.
        if id != root
            && matches!(n.tag.as_str(), "div" | "section" | "ul" | "ol" | "table")
            && sums.link_density(id) > 0.5
        {
            return;
        }
        for &c in &n.children {
            walk(t, root, c, gone, sums, buf, out);
        }
        if block {
            flush(buf, out, id);
        }
    }
    fn flush(buf: &mut String, out: &mut Vec<(String, usize)>, id: usize) {
        let p = collapse(buf);
        if !p.is_empty() {
            out.push((p, id));
        }
        buf.clear();
    }
    walk(t, id, id, gone, sums, &mut buf, out);
    flush(&mut buf, out, id);
}

fn meta_content<'a>(t: &'a Tree, keys: &[&str]) -> Option<&'a str> {
    for key in keys {
        for n in &t.nodes {
            if n.tag != "meta" {
                continue;
            }
            let named = ["property", "name", "itemprop"]
                .iter()
                .any(|a| n.attr(a).is_some_and(|v| v.eq_ignore_ascii_case(key)));
            if named {
                if let Some(c) = n.attr("content").filter(|c| !c.trim().is_empty()) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// `datePublished` and `headline` from JSON-LD blocks, preferring article objects.
fn json_ld(t: &Tree) -> (Option<String>, Option<String>) {
    fn walk(v: &serde_json::Value, date: &mut Option<String>, title: &mut Option<String>) {
        match v {
            serde_json::Value::Object(o) => {
                if date.is_none() {
                    if let Some(d) = o.get("datePublished").and_then(|d| d.as_str()) {
                        *date = Some(d.to_string());
                    }
                }
                if title.is_none() {
                    if let Some(h) = o.get("headline").and_then(|d| d.as_str()) {
                        *title = Some(h.to_string());
                    }
                }
                for (_, child) in o {
                    walk(child, date, title);
                }
            }
            serde_json::Value::Array(a) => {
                for child in a {
                    walk(child, date, title);
                }
            }
            _ => {}
        }
    }
    let mut date = None;
    let mut title = None;
    for (id, n) in t.nodes.iter().enumerate() {
        if n.tag == "script"
            && n.attr("type")
                .is_some_and(|ty| ty.eq_ignore_ascii_case("application/ld+json"))
        {
            let raw = t.nodes[id]
                .children
                .iter()
                .map(|&c| t.nodes[c].text.as_str())
                .collect::<String>();
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) {
                walk(&v, &mut date, &mut title);
            }
        }
    }
    (date, title.map(|h| collapse(&decode_entities(&h))))
}

/// `Headline - BBC News` without the site's name, when the page names its site.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// A `<title>` without its ` | Site name` part.
fn clean_title(s: &str) -> String {
    let s = collapse(s);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " « ", " » "] {
        if s.contains(sep) {
            return s
                .split(sep)
                .max_by_key(|p| p.chars().count())
                .unwrap_or(&s)
                .trim()
                .to_string();
        }
    }
    s
}

/// Extracts headline, publication date and article paragraphs from a page's source.
pub fn extract(html: &str) -> Extracted {
    let t = Tree::parse(html);
    let gone = dropped(&t);

    // Publication date.
    let (ld_date, ld_title) = json_ld(&t);
    let meta_date = meta_content(
        &t,
        &[
            "article:published_time",
            "og:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dcterms.created",
            "dc.date",
            "date",
        ],
    );
    let time_date = t.nodes.iter().find_map(|n| {
        (n.tag == "time" || n.attr("itemprop") == Some("datePublished"))
            .then(|| n.attr("datetime").or(n.attr("content")))
            .flatten()
    });
    let published = meta_date
        .map(str::to_string)
        .into_iter()
        .chain(ld_date)
        .chain(time_date.map(str::to_string))
        .find_map(|d| find_date(&d).map(|m| m.iso));

    // Article body.
    let sums = TextSums::new(&t, &gone);
    let candidates = best_candidate(&t, &gone, &sums);
    let root = candidates.as_ref().map(|c| c.0);
    let mut blocks: Vec<(String, usize)> = Vec::new();
    if let Some((best, best_score, scores)) = &candidates {
        let best = *best;
        let threshold = (best_score * 0.2).max(10.0);
        // Readability's sibling rule: neighbouring blocks that are also mostly prose.
        let parent = t.nodes[best].parent;
        let siblings: Vec<usize> = if parent == 0 {
            vec![best]
        } else {
            t.nodes[parent].children.clone()
        };
        for s in siblings {
            let good_sibling = s != best
                && !gone[s]
                && scores.get(&s).is_some_and(|&sc| sc >= threshold)
                && t.nodes[s].tag != "p";
            if s == best || good_sibling {
                paragraphs_in(&t, s, &gone, &sums, &mut blocks);
            } else if !gone[s] && t.nodes[s].tag == "figure" {
                // The lead image's caption, set apart as its own paragraph.
                for d in t.descendants(s) {
                    if t.nodes[d].tag == "figcaption" && !gone[d] {
                        let text = t.text(d);
                        if !text.is_empty() {
                            blocks.push((text, d));
                        }
                    }
                }
            } else if !gone[s] && t.nodes[s].tag == "p" {
                let text = t.text(s);
                if text.chars().count() > 80 && sums.link_density(s) < 0.25 {
                    blocks.push((text, s));
                }
            }
        }
    }

    // Headline: the <h1> of the article, else the page's metadata, else any <h1>, else <title>.
    let h1_in = |scope: Option<usize>| {
        t.nodes.iter().enumerate().find_map(|(id, n)| {
            (n.tag == "h1" && scope.is_none_or(|s| id == s || t.ancestors(id).any(|a| a == s)))
                .then(|| t.text(id))
                .filter(|h| !h.is_empty())
        })
    };
    let article_scope = root.and_then(|r| {
        std::iter::once(r)
            .chain(t.ancestors(r))
            .find(|&a| matches!(t.nodes[a].tag.as_str(), "article" | "main"))
    });
    let site = meta_content(&t, &["og:site_name", "application-name"]).map(collapse);
    let title = h1_in(root)
        .or_else(|| article_scope.and_then(|s| h1_in(Some(s))))
        .or(ld_title)
        .or_else(|| {
            meta_content(&t, &["og:title", "twitter:title", "headline"])
                .map(|m| strip_site(&collapse(m), site.as_deref()))
        })
        .or_else(|| h1_in(None))
        .or_else(|| {
            t.nodes
                .iter()
                .enumerate()
                .find(|(_, n)| n.tag == "title")
                .map(|(id, _)| clean_title(&t.text(id)))
                .filter(|s| !s.is_empty())
        });

    let in_figcaption = |id: usize| {
        std::iter::once(id)
            .chain(t.ancestors(id))
            .any(|a| t.nodes[a].tag == "figcaption")
    };
    let captions = blocks
        .iter()
        .filter(|(_, id)| in_figcaption(*id))
        .map(|(p, _)| p.clone())
        .collect();
    let paragraphs = blocks
        .into_iter()
        .filter(|(p, id)| !(t.nodes[*id].tag == "h1" && Some(p) == title.as_ref()))
        .filter(|(p, _)| Some(p) != title.as_ref())
        .map(|(p, _)| p)
        .collect();
    Extracted {
        title,
        published,
        paragraphs,
        captions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("Tom &amp; Jerry&#8217;s &rsquo;x&lsquo; &#x2014; &eacute;t&eacute; &#146; &bogus; & a"),
            "Tom & Jerry’s ’x‘ — été ’ &bogus; & a"
        );
        assert_eq!(decode_entities("&#0; &#99999999;"), "\u{fffd} \u{fffd}");
    }

    #[test]
    fn drops_chrome_and_keeps_the_article() {
        let page = r##"<!DOCTYPE html><html><head><title>Talks end | Example News</title>
<meta property="article:published_time" content="2025-05-21T09:30:00+05:00">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<!-- <p>commented out</p> -->
<article><h1>Pakistan and China agree to deepen ties</h1>
<p>BEIJING: The two foreign ministers met on Tuesday, officials said, and agreed to deepen ties.
<p>They discussed trade, security and the corridor, and promised to meet again, the ministry said.</p>
<div class="share-buttons"><a href="#">Share on X</a></div>
<aside><p>Related: Oil prices gain, markets rally, traders cheer, and more.</p></aside>
</article><footer><p>&copy; 2025 Example News. All rights reserved, everywhere, always.</p></footer>
</body></html>"##;
        let e = extract(page);
        assert_eq!(
            e.title.as_deref(),
            Some("Pakistan and China agree to deepen ties")
        );
        assert_eq!(e.published.as_deref(), Some("2025-05-21"));
        assert_eq!(e.paragraphs.len(), 2, "{:?}", e.paragraphs);
        assert!(e.paragraphs[0].starts_with("BEIJING: The two"));
        let all = e.paragraphs.join("\n");
        for junk in [
            "Home",
            "Share",
            "Related",
            "rights",
            "not text",
            "commented",
            "color",
        ] {
            assert!(!all.contains(junk), "{junk} leaked: {all}");
        }
    }

    #[test]
    fn json_ld_and_time_dates() {
        let page = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
            "headline":"A &amp; B","datePublished":"2024-09-03T10:00:00Z"}]}</script>
            <div><p>Some long paragraph of text that is the article, with commas, and more.</p></div>"#;
        let e = extract(page);
        assert_eq!(e.published.as_deref(), Some("2024-09-03"));
        assert_eq!(e.title.as_deref(), Some("A & B"));
        let e = extract(
            r#"<time datetime="2023-01-02">Jan 2</time><p>Text of the article that is long enough, yes.</p>"#,
        );
        assert_eq!(e.published.as_deref(), Some("2023-01-02"));
    }

    #[test]
    fn a_large_page_is_quick() {
        let mut page = String::from("<html><body><nav><ul>");
        for k in 0..3000 {
            page.push_str(&format!("<li><a href='/{k}'>Link number {k}</a></li>"));
        }
        page.push_str("</ul></nav><div id='content'>");
        for k in 0..3000 {
            page.push_str(&format!(
                "<div class='row'><div><p>Paragraph {k} of the story, with commas, and enough words to count.</p></div></div>"
            ));
        }
        page.push_str("</div></body></html>");
        let start = std::time::Instant::now();
        let e = extract(&page);
        assert!(e.paragraphs.len() >= 1000, "{}", e.paragraphs.len());
        assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
    }

    #[test]
    fn site_name_is_cut_from_the_og_title() {
        let page = r#"<meta property="og:site_name" content="BBC News">
            <meta property="og:title" content="Obama admits US gun laws are his 'biggest frustration' - BBC News">
            <div><p>President Barack Obama tells the BBC his failure to pass gun laws, he said, is his biggest frustration.</p></div>"#;
        assert_eq!(
            extract(page).title.as_deref(),
            Some("Obama admits US gun laws are his 'biggest frustration'")
        );
    }

    #[test]
    fn tolerates_broken_markup() {
        for page in [
            "",
            "<",
            "<<<>>>",
            "<p",
            "<p class=\"x",
            "</div></div><p>text",
            "<script>never closed",
            "<!-- never closed",
            "<![CDATA[x",
            "&",
            "&#",
            "&#x;",
            "<p>😀 王毅 &amp</p>",
            "<title>only a title</title>",
        ] {
            let _ = extract(page);
        }
    }
}
