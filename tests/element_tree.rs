//! The element tree (`stuf_jz_types::xml::ElementTree`) on every sample
//! message, in other line ends too, and with the markup a typed read passes
//! over (comments, CDATA, references):
//!
//! 1. the tree recorded during a typed read (`Reader::record_tree`) is the
//!    tree `ElementTree::parse` reads from the same text;
//! 2. that tree is the one the test-support XML parser (written apart from
//!    the library) reads: names by namespace and local name, attributes,
//!    trimmed text, order of children, the sibling index of each element
//!    and the offset of its start tag;
//! 3. a document that is not well-formed gives no tree either way.

mod support;

use std::collections::BTreeMap;

use stuf_jz::SchemaVersion;
use stuf_jz_types::xml::{ElementTree, NodeId, TreeSink};
use stuf_jz_types::Reader;

use support::encodings;
use support::samples::{samples, Sample};
use support::tree::{self as independent, Element};

/// The tree a typed read of `xml` as `version` records.
fn recorded(version: SchemaVersion, xml: &str) -> Option<ElementTree<'_>> {
    let sink = TreeSink::new();
    version.validate_with(Reader::new(xml).record_tree(&sink));
    sink.take()
}

/// The texts a sample is checked in: as written, with CR-LF and CR line
/// ends, and with a comment, a CDATA section and a character reference in
/// the text of its first leaf with text.
fn variants(sample: &Sample) -> Vec<(String, String)> {
    let mut out = vec![(sample.label.clone(), sample.xml.clone())];
    for copy in encodings::copies(&sample.xml) {
        if let Ok(text) = String::from_utf8(copy.bytes) {
            if copy.description.contains("line ends") {
                out.push((format!("{} ({})", sample.label, copy.description), text));
            }
        }
    }
    // `>x<` for the first text of a leaf: split it with markup the typed
    // reader reads through.
    if let Some(at) = first_leaf_text(&sample.xml) {
        let (head, tail) = sample.xml.split_at(at + 1);
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            let marked = format!(
                "{head}<!-- c -->&#{};<![CDATA[]]>{}",
                c as u32,
                chars.as_str()
            );
            out.push((
                format!("{} (comment, reference, CDATA)", sample.label),
                marked,
            ));
        }
    }
    out
}

/// Offset of the `>` before the first non-blank text that follows a start tag.
fn first_leaf_text(xml: &str) -> Option<usize> {
    let bytes = xml.as_bytes();
    (1..bytes.len())
        .find(|&i| {
            bytes[i - 1] == b'>'
                && !bytes[i].is_ascii_whitespace()
                && bytes[i] != b'<'
                && xml[..i - 1].rfind('<').is_some_and(|lt| {
                    let tag = &xml[lt..i];
                    !tag.starts_with("</") && !tag.starts_with("<?") && !tag.ends_with("/>")
                })
        })
        .map(|i| i - 1)
}

/// Compares our node `id` with the independent element, recursively.
fn same(
    tree: &ElementTree<'_>,
    xml: &str,
    id: NodeId,
    other: &Element,
    path: &str,
) -> Result<(), String> {
    let node = &tree.nodes[id];
    let path = format!("{path}/{}[{}]", node.name, node.index);
    if (&*node.ns, node.name) != (other.ns.as_str(), other.local.as_str()) {
        return Err(format!(
            "{path}: name {}:{} vs {}:{}",
            node.ns, node.name, other.ns, other.local
        ));
    }
    let attrs: BTreeMap<(String, String), String> = node
        .attrs
        .iter()
        .map(|a| ((a.ns.to_string(), a.name.to_string()), a.value.to_string()))
        .collect();
    if attrs != other.attrs {
        return Err(format!("{path}: attributes {attrs:?} vs {:?}", other.attrs));
    }
    if node.text.trim() != other.text.trim() {
        return Err(format!("{path}: text {:?} vs {:?}", node.text, other.text));
    }
    let tag = &xml[node.offset..];
    let qname_end = tag[1..]
        .find([' ', '\t', '\r', '\n', '>', '/'])
        .map_or(tag.len(), |e| e + 1);
    if !tag.starts_with('<') || !tag[1..qname_end].ends_with(node.name) {
        return Err(format!(
            "{path}: offset {} is not its start tag",
            node.offset
        ));
    }
    if node.children.len() != other.children.len() {
        return Err(format!(
            "{path}: {} children vs {}",
            node.children.len(),
            other.children.len()
        ));
    }
    let mut seen: BTreeMap<&str, u32> = BTreeMap::new();
    for (&child, theirs) in node.children.iter().zip(&other.children) {
        let count = seen.entry(tree.nodes[child].name).or_default();
        *count += 1;
        if tree.nodes[child].index != *count || tree.nodes[child].parent != Some(id) {
            return Err(format!("{path}: child {child} has index or parent wrong"));
        }
        same(tree, xml, child, theirs, &path)?;
    }
    Ok(())
}

#[test]
fn the_recorded_tree_is_the_parsed_tree_and_the_independent_one() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for &version in SchemaVersion::ALL {
        let number = version.number();
        for sample in samples(number) {
            for (label, xml) in variants(&sample) {
                let parsed = match ElementTree::parse(&xml, &Default::default()) {
                    Ok(tree) => tree,
                    Err(e) => {
                        failures.push(format!("{number} {label}: not well-formed: {e}"));
                        continue;
                    }
                };
                if recorded(version, &xml).as_ref() != Some(&parsed) {
                    failures.push(format!("{number} {label}: the recorded tree differs"));
                }
                match independent::parse(&xml) {
                    Ok(root) => {
                        if let Err(e) = same(&parsed, &xml, 0, &root, "") {
                            failures.push(format!("{number} {label}: {e}"));
                        }
                    }
                    Err(e) => failures.push(format!("{number} {label}: support parser: {e}")),
                }
                checked += 1;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Three samples per root at least, each in four variants.
    assert!(checked >= 4 * 3 * 7, "only {checked} documents checked");
}

#[test]
fn a_document_that_is_not_well_formed_gives_no_tree() {
    let version = SchemaVersion::ALL[0];
    let sample = &samples(version.number())[0];
    let cut = &sample.xml[..sample.xml.len() * 2 / 3];
    let unclosed = sample.xml.replacen("</", "<", 1);
    for broken in [cut, unclosed.as_str(), "<a><b></a>", ""] {
        assert!(
            ElementTree::parse(broken, &Default::default()).is_err(),
            "{broken:.40}"
        );
        assert_eq!(recorded(version, broken), None, "{broken:.40}");
    }
}
