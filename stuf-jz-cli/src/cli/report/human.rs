//! `human`: each violation with its source line and a caret under the
//! offending value, the rule, the element path and the schema type, or for
//! a rule beyond the schema its description and source (rendered by
//! annotate-snippets, coloured when asked).
//!
//! The source line is escaped like every other text and cut to a window
//! around the caret, so a long or hostile line prints as one short line.

use annotate_snippets::{Level, Renderer, Snippet};

use super::{Part, Report, Style};
use crate::cli::check::{Checked, Outcome};
use crate::cli::finding::Finding;
use crate::cli::safe;

/// Characters of the source line shown before the caret.
const BEFORE: usize = 60;
/// Characters of the source line shown from the caret on.
const AFTER: usize = 100;

/// The `human` format.
pub struct Human {
    style: Style,
    renderer: Renderer,
}

impl Human {
    /// The format with or without colour.
    pub fn new(style: Style) -> Human {
        let renderer = if style.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Human { style, renderer }
    }

    fn violation(&self, file: &str, lines: &Lines<'_>, v: &Finding<'_>, version: &str) -> String {
        let title = safe::message(v.message, self.style.full_values);
        let label = safe::escape(v.path).into_owned();
        let mut notes = Vec::new();
        if let Some(rule) = stuf_jz_rules::rule(v.rule).filter(|_| v.group != "schema") {
            notes.push(format!(
                "{} rule: {} ({version})",
                rule.group.name(),
                rule.description
            ));
            notes.push(format!("source: {}", rule.source));
        } else if let Some(ty) = v.schema_type {
            notes.push(format!("schema type {ty} ({version})"));
        } else {
            notes.push(format!("schema {version}"));
        }
        let excerpt = v
            .position
            .and_then(|p| lines.excerpt(p.line, p.column, v.value));
        let origin;
        let level = if v.is_warning() {
            Level::Warning
        } else {
            Level::Error
        };
        let mut message = level.title(&title).id(v.rule);
        match &excerpt {
            Some(ex) => {
                message = message.snippet(
                    Snippet::source(&ex.text)
                        .line_start(ex.line)
                        .origin(file)
                        .fold(false)
                        .annotation(level.span(ex.span.clone()).label(&label)),
                );
            }
            None => {
                origin = match v.position {
                    Some(p) => format!("{file}:{}:{}: {label}", p.line, p.column),
                    None => format!("{file}: {label}"),
                };
                notes.insert(0, origin);
            }
        }
        for note in &notes {
            message = message.footer(Level::Note.title(note));
        }
        format!("{}\n\n", self.renderer.render(message))
    }
}

impl Report for Human {
    fn part(&self, checked: &Checked) -> Part {
        let file = safe::escape(&checked.source.shown()).into_owned();
        let mut part = Part::default();
        if let Outcome::Unreadable(error) = &checked.outcome {
            part.err = format!("stuf-jz: {file}: {}\n", safe::escape(error));
        }
        let text = checked.text.as_deref().unwrap_or("");
        let lines = Lines::new(text);
        let version = match checked.version {
            Some((v, _)) => format!("StUF-JZ {}", v.number()),
            None => "StUF-JZ".to_string(),
        };
        for v in checked.findings() {
            part.out
                .push_str(&self.violation(&file, &lines, &v, &version));
        }
        part
    }
}

/// The start of every line of a document (built once per file).
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

/// A window of one source line, escaped, with the caret's byte range.
struct Excerpt {
    text: String,
    line: usize,
    span: std::ops::Range<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The window of line `line` around 1-based character `column`, with
    /// the caret under `value` when the value starts there.
    fn excerpt(&self, line: u32, column: u32, value: Option<&str>) -> Option<Excerpt> {
        let index = usize::try_from(line).ok()?.checked_sub(1)?;
        let start = *self.starts.get(index)?;
        let end = self
            .starts
            .get(index + 1)
            .map_or(self.text.len(), |next| next - 1);
        let source = self.text[start..end].trim_end_matches('\r');
        let column = usize::try_from(column).ok()?.saturating_sub(1);
        let first = column.saturating_sub(BEFORE);
        let chars: Vec<char> = source.chars().skip(first).take(BEFORE + AFTER).collect();
        let mut caret = column - first;
        if caret > chars.len() {
            return None;
        }
        // An attribute's position is its name: the caret goes to its value.
        let quoted = attribute_value(&chars[caret..]);
        if let Some((offset, _)) = quoted {
            caret += offset;
        }
        // An element's position is its start tag (rule violations): the
        // caret goes to its text when the value follows the tag.
        if let (None, Some(value)) = (quoted, value.filter(|v| !v.is_empty())) {
            caret += text_after_tag(&chars[caret..], value).unwrap_or(0);
        }
        // The caret covers the value when the text at the column is the value.
        let rest: String = chars[caret..].iter().collect();
        let width = match (value, quoted) {
            (Some(value), _) if !value.is_empty() && rest.starts_with(value) => {
                value.chars().count()
            }
            (_, Some((_, quote))) => rest
                .find(quote)
                .map_or(1, |end| rest[..end].chars().count()),
            _ => 1,
        }
        .max(1);
        let mut text = String::new();
        if first > 0 {
            text.push('…');
        }
        let mut span = 0..0;
        for (i, &c) in chars.iter().enumerate() {
            if i == caret {
                span.start = text.len();
            }
            safe::push_char(&mut text, c);
            if i + 1 == (caret + width).min(chars.len()) {
                span.end = text.len();
            }
        }
        if first + chars.len() < source.chars().count() {
            text.push('…');
        }
        if span.end <= span.start {
            // The position is at the end of the line.
            span = text.len()..text.len();
        }
        Some(Excerpt {
            text,
            line: index + 1,
            span,
        })
    }
}

/// For text that starts with a start tag followed by `value`: the offset
/// (in characters) of the value.
fn text_after_tag(chars: &[char], value: &str) -> Option<usize> {
    if chars.first() != Some(&'<') {
        return None;
    }
    let end = chars.iter().position(|&c| c == '>')? + 1;
    let mut after = chars[end..].iter();
    value
        .chars()
        .all(|c| after.next() == Some(&c))
        .then_some(end)
}

/// For text that starts with `name = "value"`: the offset (in characters)
/// of the value and its quote character.
fn attribute_value(chars: &[char]) -> Option<(usize, char)> {
    let name = chars
        .iter()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '=' | '>' | '/' | '<'))
        .count();
    if name == 0 {
        return None;
    }
    let mut i = name;
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    if chars.get(i) != Some(&'=') {
        return None;
    }
    i += 1;
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    match chars.get(i) {
        Some(&quote) if quote == '"' || quote == '\'' => Some((i + 1, quote)),
        _ => None,
    }
}
