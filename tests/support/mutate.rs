//! Deterministic mutation engine: derives labelled invalid-candidate variants
//! from a valid sample message.
//!
//! Every category lists *all* its candidate mutations of a sample in document
//! order (see [`super::mutations`]); [`variants`] then picks from the
//! categories round-robin, visiting the candidates of each category in a
//! spread-out (bit-reversal) order so that a small budget still covers the
//! whole document. There is no randomness: the same samples always give the
//! same variants. Variants whose text equals the sample or an earlier variant
//! are skipped. Whether a variant is really invalid is for the referees to
//! decide.

use std::collections::HashSet;

use super::mutations;
use super::xml::{self, Document, Element};

/// What a variant changes. `Original` is the unmutated sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// The sample itself, unchanged.
    Original,
    /// One element removed.
    DropElement,
    /// One element repeated right after itself.
    DuplicateElement,
    /// Two adjacent, differently named sibling elements swapped.
    SwapSiblings,
    /// `<JZ:onbekend>x</JZ:onbekend>` inserted among the children of an element.
    UnknownElement,
    /// An undeclared attribute (unqualified or StUF-qualified) added.
    UnknownAttribute,
    /// One element renamed into another namespace.
    WrongNamespace,
    /// A text value replaced by a word that is no enumeration literal.
    EnumValue,
    /// Digits of a text value replaced by letters.
    PatternBreak,
    /// A text value stretched to 300 characters.
    TooLong,
    /// Digits appended to a numeric text or attribute value.
    TotalDigits,
    /// `StUF:entiteittype` changed to another value.
    FixedAttribute,
    /// `xsi:nil="true"` added and the content removed.
    NilOnNonNillable,
    /// `xsi:nil="true"` added while the content stays.
    NilWithContent,
    /// An element seen under the same parent element elsewhere inserted next
    /// to the existing children (both branches of a choice, or an element
    /// the content model does not allow here).
    ChoiceBoth,
    /// The document element renamed.
    WrongRoot,
    /// Text inserted between the children of an element.
    TextInElementOnly,
    /// The text of a simple element emptied.
    EmptyValue,
    /// An attribute value (`StUF:noValue`, `StUF:indOnvolledigeDatum`, ...)
    /// replaced by an invalid literal, or such an attribute added.
    AttributeValue,
    /// `xsi:nil` in another lexical form of `xs:boolean` (`1`, ` true `),
    /// or `xsi:nil="false"` added to an element with content.
    NilLexical,
    /// `xsi:schemaLocation` added to the document element (a hint that a
    /// validator with its schema given may ignore).
    SchemaLocation,
    /// The sample in UTF-16 (little or big endian) with a byte order mark.
    Utf16,
    /// The sample in ISO-8859-1 or windows-1252, as its declaration says.
    SingleByte,
    /// The sample with CR-LF or CR line ends.
    LineEnds,
}

impl Category {
    /// Every mutation category (all but [`Category::Original`]).
    pub const MUTATIONS: [Category; 20] = [
        Category::DropElement,
        Category::DuplicateElement,
        Category::SwapSiblings,
        Category::UnknownElement,
        Category::UnknownAttribute,
        Category::WrongNamespace,
        Category::EnumValue,
        Category::PatternBreak,
        Category::TooLong,
        Category::TotalDigits,
        Category::FixedAttribute,
        Category::NilOnNonNillable,
        Category::NilWithContent,
        Category::ChoiceBoth,
        Category::WrongRoot,
        Category::TextInElementOnly,
        Category::EmptyValue,
        Category::AttributeValue,
        Category::NilLexical,
        Category::SchemaLocation,
    ];

    /// Kebab-case label used in file names and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Category::Original => "original",
            Category::DropElement => "drop-element",
            Category::DuplicateElement => "duplicate-element",
            Category::SwapSiblings => "swap-siblings",
            Category::UnknownElement => "unknown-element",
            Category::UnknownAttribute => "unknown-attribute",
            Category::WrongNamespace => "wrong-namespace",
            Category::EnumValue => "enum-value",
            Category::PatternBreak => "pattern-break",
            Category::TooLong => "too-long",
            Category::TotalDigits => "total-digits",
            Category::FixedAttribute => "fixed-attribute",
            Category::NilOnNonNillable => "nil-on-non-nillable",
            Category::NilWithContent => "nil-with-content",
            Category::ChoiceBoth => "choice-both",
            Category::WrongRoot => "wrong-root",
            Category::TextInElementOnly => "text-in-element-only",
            Category::EmptyValue => "empty-value",
            Category::AttributeValue => "attribute-value",
            Category::NilLexical => "nil-lexical",
            Category::SchemaLocation => "schema-location",
            Category::Utf16 => "utf-16",
            Category::SingleByte => "single-byte",
            Category::LineEnds => "line-ends",
        }
    }

    /// How many candidates a category contributes per selection round.
    fn weight(self) -> usize {
        match self {
            Category::DropElement => 3,
            Category::DuplicateElement | Category::NilOnNonNillable => 2,
            _ => 1,
        }
    }
}

/// One generated document.
#[derive(Clone, Debug)]
pub struct Variant {
    /// What was changed.
    pub category: Category,
    /// Human-readable description of the change (with an XPath-like location).
    pub description: String,
    /// The serialised document.
    pub xml: String,
}

/// A possible mutation of one sample, applied lazily.
pub struct Candidate {
    /// Human-readable description of the change.
    pub description: String,
    /// Applies the change to a copy of the sample.
    pub apply: Box<dyn Fn(&mut Document)>,
}

impl Candidate {
    /// Creates a candidate.
    pub fn new(description: String, apply: impl Fn(&mut Document) + 'static) -> Self {
        Candidate {
            description,
            apply: Box::new(apply),
        }
    }
}

/// A namespace-qualified name `(namespace URI, local name)`.
pub type Clark = (String, String);

/// An element seen below some parent element in one of the samples.
#[derive(Clone, Debug)]
pub struct PoolEntry {
    /// Qualified name of the parent.
    pub parent: Clark,
    /// Qualified name of the element.
    pub child: Clark,
    /// Qualified name of the preceding sibling element, if any.
    pub prev: Option<Clark>,
    /// The element, carrying every namespace declaration it needs.
    pub element: Element,
}

/// Knowledge shared by the samples of one schema version.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Names of the global message elements of the version (for wrong-root).
    pub roots: Vec<String>,
    /// Parent/child element combinations seen in the samples (for choice-both).
    pub pool: Vec<PoolEntry>,
}

impl Context {
    /// Records every (parent, child) element combination of `doc` that is
    /// not in the pool yet.
    pub fn add_to_pool(&mut self, doc: &Document) {
        for info in xml::walk(doc) {
            if info.leaf {
                continue;
            }
            let parent_scope = xml::scope_at(&doc.root, &info.path);
            let parent = doc.root.at(&info.path);
            let mut prev: Option<Clark> = None;
            for i in parent.element_indices() {
                let child = parent.child(i);
                let mut child_scope = parent_scope.clone();
                xml::extend_scope(&mut child_scope, child);
                let clark = (
                    xml::element_ns(&child_scope, &child.name),
                    child.local().to_string(),
                );
                let parent_clark = (info.ns.clone(), info.local.clone());
                let known = self
                    .pool
                    .iter()
                    .any(|e| e.parent == parent_clark && e.child == clark);
                if !known {
                    self.pool.push(PoolEntry {
                        parent: parent_clark,
                        child: clark.clone(),
                        prev: prev.clone(),
                        element: xml::detach(child, &parent_scope),
                    });
                }
                prev = Some(clark);
            }
        }
    }
}

/// Indices `0..n` in bit-reversal order: 0, n/2, n/4, 3n/4, ... so that any
/// prefix of the order is spread over the whole range.
pub fn spread_order(n: usize) -> Vec<usize> {
    let m = n.next_power_of_two();
    let bits = m.trailing_zeros();
    (0..m)
        .map(|i| {
            if bits == 0 {
                0
            } else {
                i.reverse_bits() >> (usize::BITS - bits)
            }
        })
        .filter(|&r| r < n)
        .collect()
}

/// Derives up to `budget` distinct mutated variants of `doc`, spread over the
/// categories (round-robin, weighted) and over the document. The round-robin
/// starts at category number `start` (pass e.g. the sample's ordinal so that
/// small budgets do not always favour the same categories).
pub fn variants(doc: &Document, ctx: &Context, budget: usize, start: usize) -> Vec<Variant> {
    let infos = xml::walk(doc);
    let n = Category::MUTATIONS.len();
    let mut lists: Vec<(Category, Vec<Candidate>, Vec<usize>, usize)> = (0..n)
        .map(|k| Category::MUTATIONS[(start + k) % n])
        .map(|cat| {
            let cands = mutations::candidates(cat, doc, &infos, ctx);
            let order = spread_order(cands.len());
            (cat, cands, order, 0)
        })
        .collect();
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(xml::serialize(doc));
    let mut out = Vec::new();
    loop {
        let mut progress = false;
        for (cat, cands, order, next) in lists.iter_mut() {
            let mut taken = 0;
            while taken < cat.weight() && *next < order.len() {
                let cand = &cands[order[*next]];
                *next += 1;
                progress = true;
                let mut mutated = doc.clone();
                (cand.apply)(&mut mutated);
                let text = xml::serialize(&mutated);
                if seen.insert(text.clone()) {
                    out.push(Variant {
                        category: *cat,
                        description: cand.description.clone(),
                        xml: text,
                    });
                    taken += 1;
                    if out.len() >= budget {
                        return out;
                    }
                }
            }
        }
        if !progress {
            return out;
        }
    }
}
