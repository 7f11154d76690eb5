//! Candidate generators, one per [`Category`]: each lists every mutation of
//! its kind that applies to a sample, in document order.

use super::mutate::{Candidate, Category, Context};
use super::xml::{self, Attr, Document, Element, ElementInfo, Node};

/// Word used where a code/enumeration literal is expected.
const NOT_A_LITERAL: &str = "ONBEKENDE_WAARDE";
/// Invalid literal for attribute values.
const BAD_ATTRIBUTE_VALUE: &str = "ongeldigeWaarde";
/// Digits appended by the total-digits mutation.
const EXTRA_DIGITS: &str = "1234567890123456789";
/// Namespace for wrong-namespace mutations that is no StUF namespace at all.
const NS_UNKNOWN: &str = "urn:stuf-jz:test:onbekend";

/// Lists all candidates of category `cat` for `doc` (`infos` = `walk(doc)`).
pub fn candidates(
    cat: Category,
    doc: &Document,
    infos: &[ElementInfo],
    ctx: &Context,
) -> Vec<Candidate> {
    let non_root = || infos.iter().skip(1);
    let filled_leaves = || infos.iter().filter(|i| i.leaf && !i.text.trim().is_empty());
    let parents = || {
        infos
            .iter()
            .enumerate()
            .filter(|(_, i)| i.element_children > 0)
    };
    match cat {
        Category::Original | Category::Utf16 | Category::SingleByte | Category::LineEnds => {
            Vec::new()
        }
        Category::NilLexical => nil_lexical(doc, infos),
        Category::SchemaLocation => schema_location(doc),
        Category::DropElement => non_root().map(drop_element).collect(),
        Category::DuplicateElement => non_root().map(duplicate_element).collect(),
        Category::SwapSiblings => parents().flat_map(|(_, i)| swap_siblings(doc, i)).collect(),
        Category::UnknownElement => parents().map(|(n, i)| unknown_element(i, n)).collect(),
        Category::UnknownAttribute => infos
            .iter()
            .enumerate()
            .map(|(n, i)| unknown_attribute(i, n))
            .collect(),
        Category::WrongNamespace => infos
            .iter()
            .enumerate()
            .map(|(n, i)| wrong_namespace(i, n))
            .collect(),
        Category::EnumValue => filled_leaves()
            .filter(|i| !is_numeric(i.text.trim()))
            .map(|i| set_text(i, NOT_A_LITERAL.to_string(), "replace value"))
            .collect(),
        Category::PatternBreak => filled_leaves()
            .filter(|i| i.text.chars().any(|c| c.is_ascii_digit()))
            .map(|i| set_text(i, digits_to_letters(&i.text), "digits to letters"))
            .collect(),
        Category::TooLong => filled_leaves()
            .map(|i| set_text(i, stretch(i.text.trim(), 300), "stretch to 300 chars"))
            .collect(),
        Category::TotalDigits => total_digits(doc, infos),
        Category::FixedAttribute => fixed_attribute(doc, infos),
        Category::NilOnNonNillable => non_root().map(|i| nil(i, false)).collect(),
        Category::NilWithContent => non_root()
            .filter(|i| i.element_children > 0 || !i.text.trim().is_empty())
            .map(|i| nil(i, true))
            .collect(),
        Category::ChoiceBoth => parents()
            .flat_map(|(_, i)| choice_both(doc, i, ctx))
            .collect(),
        Category::WrongRoot => wrong_root(doc, ctx),
        Category::TextInElementOnly => parents()
            .map(|(n, i)| text_in_element_only(doc, i, n))
            .collect(),
        Category::EmptyValue => filled_leaves()
            .map(|i| set_text(i, String::new(), "empty the value"))
            .collect(),
        Category::AttributeValue => attribute_value(doc, infos),
    }
}

/// True for values like `12`, `-3`, `0.50`.
fn is_numeric(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut parts = s.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("0");
    !int.is_empty()
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit())
}

/// Replaces every ASCII digit by a letter (`0` -> `A`, ..., `9` -> `J`).
fn digits_to_letters(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from(b'A' + d as u8),
            None => c,
        })
        .collect()
}

/// Repeats the characters of `s` until the result is `len` characters long.
fn stretch(s: &str, len: usize) -> String {
    let base = if s.is_empty() { "x" } else { s };
    base.chars().cycle().take(len).collect()
}

/// Shortens a value for descriptions.
fn short(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() > 40 {
        format!("{}...", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

/// Splits an element path into the parent path and the children index.
fn split_path(path: &[usize]) -> (Vec<usize>, usize) {
    let (last, parent) = path.split_last().expect("not the root element");
    (parent.to_vec(), *last)
}

fn drop_element(info: &ElementInfo) -> Candidate {
    let (parent, idx) = split_path(&info.path);
    Candidate::new(format!("remove {}", info.xpath), move |d| {
        d.root.at_mut(&parent).children.remove(idx);
    })
}

fn duplicate_element(info: &ElementInfo) -> Candidate {
    let (parent, idx) = split_path(&info.path);
    Candidate::new(format!("repeat {}", info.xpath), move |d| {
        let p = d.root.at_mut(&parent);
        let copy = p.children[idx].clone();
        p.children.insert(idx + 1, copy);
    })
}

fn swap_siblings(doc: &Document, info: &ElementInfo) -> Vec<Candidate> {
    let e = doc.root.at(&info.path);
    let idx = e.element_indices();
    idx.windows(2)
        .filter(|w| e.child(w[0]).name != e.child(w[1]).name)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let path = info.path.clone();
            let desc = format!(
                "swap {}/{} with its next sibling {}",
                info.xpath,
                e.child(a).name,
                e.child(b).name
            );
            Candidate::new(desc, move |d| d.root.at_mut(&path).children.swap(a, b))
        })
        .collect()
}

/// Children index at which to insert something "at element position `k`".
fn insert_position(e: &Element, k: usize) -> usize {
    let idx = e.element_indices();
    idx.get(k).copied().unwrap_or(e.children.len())
}

fn unknown_element(info: &ElementInfo, ordinal: usize) -> Candidate {
    let k = ordinal % (info.element_children + 1);
    let path = info.path.clone();
    let desc = format!(
        "insert <JZ:onbekend>x</JZ:onbekend> into {} before element child #{k}",
        info.xpath
    );
    Candidate::new(desc, move |d| {
        let scope = xml::scope_at(&d.root, &path);
        let mut new = Element::new("");
        let prefix = xml::ensure_prefix(&mut new, &scope, xml::NS_JZ, "JZ");
        new.name = format!("{prefix}:onbekend");
        new.children.push(Node::Text("x".into()));
        let e = d.root.at_mut(&path);
        let pos = insert_position(e, k);
        e.children.insert(pos, Node::Element(new));
    })
}

fn unknown_attribute(info: &ElementInfo, ordinal: usize) -> Candidate {
    let path = info.path.clone();
    let qualified = ordinal % 2 == 1;
    let desc = if qualified {
        format!("add StUF:onbekend=\"x\" to {}", info.xpath)
    } else {
        format!("add onbekend=\"x\" to {}", info.xpath)
    };
    Candidate::new(desc, move |d| {
        let scope = xml::scope_at(&d.root, &path);
        let e = d.root.at_mut(&path);
        let name = if qualified {
            let p = xml::ensure_prefix(e, &scope, xml::NS_STUF, "StUF");
            format!("{p}:onbekend")
        } else {
            "onbekend".to_string()
        };
        e.attrs.push(Attr::new(name, "x"));
    })
}

fn wrong_namespace(info: &ElementInfo, ordinal: usize) -> Candidate {
    let real = [xml::NS_JZ, xml::NS_STUF, xml::NS_ZKN, xml::NS_BG];
    let target = if ordinal % 5 == 4 {
        NS_UNKNOWN
    } else {
        (0..real.len())
            .map(|k| real[(ordinal + k) % real.len()])
            .find(|ns| *ns != info.ns)
            .unwrap_or(NS_UNKNOWN)
    };
    let path = info.path.clone();
    let local = info.local.clone();
    let desc = format!("move {} into namespace {target}", info.xpath);
    Candidate::new(desc, move |d| {
        let scope = xml::scope_at(&d.root, &path);
        let e = d.root.at_mut(&path);
        let prefix = xml::ensure_prefix(e, &scope, target, "WNS");
        e.name = format!("{prefix}:{local}");
    })
}

fn set_text(info: &ElementInfo, value: String, what: &str) -> Candidate {
    let path = info.path.clone();
    let desc = format!(
        "{what}: {} '{}' -> '{}'",
        info.xpath,
        short(&info.text),
        short(&value)
    );
    Candidate::new(desc, move |d| d.root.at_mut(&path).set_text(&value))
}

/// Sets attribute `name` of the element at `path` to `value`.
fn set_attr(path: Vec<usize>, name: String, value: String, desc: String) -> Candidate {
    Candidate::new(desc, move |d| d.root.at_mut(&path).set_attr(&name, &value))
}

/// Ordinary attributes of an element: no namespace declarations, no `xsi:*`.
fn plain_attrs<'a>(doc: &'a Document, info: &ElementInfo) -> Vec<&'a Attr> {
    let scope = xml::scope_at(&doc.root, &info.path);
    doc.root
        .at(&info.path)
        .attrs
        .iter()
        .filter(|a| a.declared_prefix().is_none())
        .filter(|a| {
            let (p, _) = xml::split_qname(&a.name);
            p.is_empty() || xml::resolve(&scope, p) != Some(xml::NS_XSI)
        })
        .collect()
}

fn total_digits(doc: &Document, infos: &[ElementInfo]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for info in infos {
        if info.leaf && is_numeric(info.text.trim()) {
            let value = format!("{}{EXTRA_DIGITS}", info.text.trim());
            out.push(set_text(info, value, "append digits"));
        }
        for a in plain_attrs(doc, info) {
            if is_numeric(&a.value) {
                let desc = format!("append digits to {}/@{} '{}'", info.xpath, a.name, a.value);
                out.push(set_attr(
                    info.path.clone(),
                    a.name.clone(),
                    format!("{}{EXTRA_DIGITS}", a.value),
                    desc,
                ));
            }
        }
    }
    out
}

fn is_entiteittype(a: &Attr) -> bool {
    xml::split_qname(&a.name).1 == "entiteittype"
}

fn fixed_attribute(doc: &Document, infos: &[ElementInfo]) -> Vec<Candidate> {
    let mut values: Vec<String> = infos
        .iter()
        .flat_map(|i| plain_attrs(doc, i))
        .filter(|a| is_entiteittype(a))
        .map(|a| a.value.clone())
        .collect();
    values.sort();
    values.dedup();
    let mut out = Vec::new();
    for info in infos {
        for a in plain_attrs(doc, info)
            .into_iter()
            .filter(|a| is_entiteittype(a))
        {
            let pos = values.iter().position(|v| *v == a.value).unwrap_or(0);
            let other = values[(pos + 1) % values.len()].clone();
            let mut replacements = vec!["ONB".to_string()];
            if other != a.value {
                replacements.insert(0, other);
            }
            for value in replacements {
                let desc = format!("{}/@{} '{}' -> '{value}'", info.xpath, a.name, a.value);
                out.push(set_attr(info.path.clone(), a.name.clone(), value, desc));
            }
        }
    }
    out
}

fn nil(info: &ElementInfo, keep_content: bool) -> Candidate {
    let path = info.path.clone();
    let desc = if keep_content {
        format!("add xsi:nil=\"true\" to {} keeping its content", info.xpath)
    } else {
        format!(
            "add xsi:nil=\"true\" to {} and remove its content",
            info.xpath
        )
    };
    Candidate::new(desc, move |d| {
        let scope = xml::scope_at(&d.root, &path);
        let e = d.root.at_mut(&path);
        let p = xml::ensure_prefix(e, &scope, xml::NS_XSI, "xsi");
        e.set_attr(&format!("{p}:nil"), "true");
        if !keep_content {
            e.children.clear();
        }
    })
}

fn choice_both(doc: &Document, info: &ElementInfo, ctx: &Context) -> Vec<Candidate> {
    let scope = xml::scope_at(&doc.root, &info.path);
    let e = doc.root.at(&info.path);
    let children: Vec<(String, String, usize)> = e
        .element_indices()
        .into_iter()
        .map(|i| {
            let mut s = scope.clone();
            xml::extend_scope(&mut s, e.child(i));
            (
                xml::element_ns(&s, &e.child(i).name),
                e.child(i).local().to_string(),
                i,
            )
        })
        .collect();
    let mut out = Vec::new();
    for entry in &ctx.pool {
        if entry.parent != (info.ns.clone(), info.local.clone())
            || children
                .iter()
                .any(|(ns, l, _)| (ns, l) == (&entry.child.0, &entry.child.1))
        {
            continue;
        }
        let after = entry.prev.as_ref().and_then(|p| {
            children
                .iter()
                .filter(|(ns, l, _)| (ns, l) == (&p.0, &p.1))
                .map(|(_, _, i)| *i)
                .next_back()
        });
        let pos = match after {
            Some(i) => i + 1,
            None => insert_position(e, 0),
        };
        let path = info.path.clone();
        let element = entry.element.clone();
        let desc = format!(
            "insert {{{}}}{} (seen under another {}) into {} at node {pos}",
            entry.child.0, entry.child.1, info.local, info.xpath
        );
        out.push(Candidate::new(desc, move |d| {
            d.root
                .at_mut(&path)
                .children
                .insert(pos, Node::Element(element.clone()));
        }));
    }
    out
}

fn wrong_root(doc: &Document, ctx: &Context) -> Vec<Candidate> {
    let (prefix, local) = xml::split_qname(&doc.root.name);
    let mut names = vec![format!(
        "onbekend{}",
        &local[local.len().saturating_sub(4)..]
    )];
    if let Some(pos) = ctx.roots.iter().position(|r| r == local) {
        names.push(ctx.roots[(pos + 1) % ctx.roots.len()].clone());
    } else if let Some(first) = ctx.roots.first() {
        names.push(first.clone());
    }
    names
        .into_iter()
        .filter(|n| n != local)
        .map(|n| {
            let qname = if prefix.is_empty() {
                n
            } else {
                format!("{prefix}:{n}")
            };
            let desc = format!("rename root {} to {qname}", doc.root.name);
            Candidate::new(desc, move |d| d.root.name = qname.clone())
        })
        .collect()
}

fn text_in_element_only(doc: &Document, info: &ElementInfo, ordinal: usize) -> Candidate {
    let k = ordinal % (info.element_children + 1);
    let pos = insert_position(doc.root.at(&info.path), k);
    let path = info.path.clone();
    let desc = format!(
        "insert text 'tekst' into {} before element child #{k}",
        info.xpath
    );
    Candidate::new(desc, move |d| {
        d.root
            .at_mut(&path)
            .children
            .insert(pos, Node::Text("tekst".into()));
    })
}

fn attribute_value(doc: &Document, infos: &[ElementInfo]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for info in infos {
        let attrs = plain_attrs(doc, info);
        for a in attrs.iter().filter(|a| !is_entiteittype(a)) {
            let desc = format!(
                "{}/@{} '{}' -> '{BAD_ATTRIBUTE_VALUE}'",
                info.xpath,
                a.name,
                short(&a.value)
            );
            out.push(set_attr(
                info.path.clone(),
                a.name.clone(),
                BAD_ATTRIBUTE_VALUE.into(),
                desc,
            ));
        }
        if !info.leaf || info.path.is_empty() {
            continue;
        }
        let has = |local: &str| attrs.iter().any(|a| xml::split_qname(&a.name).1 == local);
        let mut added = Vec::new();
        if !has("noValue") {
            added.push(("noValue", BAD_ATTRIBUTE_VALUE));
        }
        let text = info.text.trim();
        if !has("indOnvolledigeDatum")
            && text.len() >= 8
            && text.chars().all(|c| c.is_ascii_digit())
        {
            added.push(("indOnvolledigeDatum", "Q"));
        }
        for (local, value) in added {
            let path = info.path.clone();
            let desc = format!("add StUF:{local}=\"{value}\" to {}", info.xpath);
            out.push(Candidate::new(desc, move |d| {
                let scope = xml::scope_at(&d.root, &path);
                let e = d.root.at_mut(&path);
                let p = xml::ensure_prefix(e, &scope, xml::NS_STUF, "StUF");
                e.set_attr(&format!("{p}:{local}"), value);
            }));
        }
    }
    out
}

/// `xsi:nil` written as `1` or ` true ` where the sample has
/// `xsi:nil="true"`, and `xsi:nil="false"` added to leaves with content.
fn nil_lexical(doc: &Document, infos: &[ElementInfo]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for info in infos.iter().filter(|i| !i.path.is_empty()) {
        let scope = xml::scope_at(&doc.root, &info.path);
        let nil = doc.root.at(&info.path).attrs.iter().find(|a| {
            let (p, local) = xml::split_qname(&a.name);
            local == "nil" && !p.is_empty() && xml::resolve(&scope, p) == Some(xml::NS_XSI)
        });
        match nil {
            Some(attr) if attr.value == "true" => {
                for lexical in ["1", " true "] {
                    let desc = format!("xsi:nil=\"{lexical}\" on {}", info.xpath);
                    out.push(set_attr(
                        info.path.clone(),
                        attr.name.clone(),
                        lexical.into(),
                        desc,
                    ));
                }
            }
            None if info.leaf && !info.text.trim().is_empty() => {
                let path = info.path.clone();
                let desc = format!(
                    "add xsi:nil=\"false\" to {} keeping its content",
                    info.xpath
                );
                out.push(Candidate::new(desc, move |d| {
                    let scope = xml::scope_at(&d.root, &path);
                    let e = d.root.at_mut(&path);
                    let p = xml::ensure_prefix(e, &scope, xml::NS_XSI, "xsi");
                    e.set_attr(&format!("{p}:nil"), "false");
                }));
            }
            _ => {}
        }
    }
    out
}

/// `xsi:schemaLocation` naming the document element's namespace and a
/// schema document that does not exist.
fn schema_location(doc: &Document) -> Vec<Candidate> {
    let scope = xml::scope_at(&doc.root, &[]);
    let ns = xml::element_ns(&scope, &doc.root.name);
    let desc = format!("add xsi:schemaLocation=\"{ns} bericht.xsd\" to the document element");
    vec![Candidate::new(desc, move |d| {
        let scope = xml::scope_at(&d.root, &[]);
        let p = xml::ensure_prefix(&mut d.root, &scope, xml::NS_XSI, "xsi");
        d.root
            .set_attr(&format!("{p}:schemaLocation"), &format!("{ns} bericht.xsd"));
    })]
}
