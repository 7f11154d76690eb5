//! Namespaces in XML 1.0: the bindings in scope, the constraints on
//! declarations (`xmlns:p=""`, the `xml` and `xmlns` prefixes), QName
//! syntax, and unique attributes by expanded name. Lookups cost constant
//! time however many declarations are in scope.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::class::Split;
use super::lexer::RawAttr;
use super::{XmlError, XmlErrorKind};
use crate::decl::{intern_namespace, XML};

/// The namespace of `xmlns` attributes, which nothing may be bound to.
const XMLNS: &str = "http://www.w3.org/2000/xmlns/";

/// Above this many bindings in scope, lookups go through a hash index.
const INDEX_FROM: usize = 16;

/// One namespace binding.
#[derive(Debug)]
struct Binding<'x> {
    /// The prefix ("" for the default namespace).
    prefix: &'x str,
    /// The URI ("" undeclares the default namespace).
    uri: Cow<'x, str>,
    /// The binding of the same prefix this one hides.
    hides: Option<usize>,
    /// The URI as a `'static` string, when it is a well-known namespace.
    known: Option<&'static str>,
    /// [`prefix_key`] of `prefix`.
    key: u64,
}

/// A prefix of up to seven bytes packed with its length into one word, so
/// that the usual lookup compares words; longer prefixes share their first
/// seven bytes' key and are compared in full.
#[inline]
fn prefix_key(prefix: &str) -> u64 {
    let b = prefix.as_bytes();
    let mut word = [0u8; 8];
    for (w, &c) in word.iter_mut().zip(b).take(7) {
        *w = c;
    }
    word[7] = b.len().min(255) as u8;
    u64::from_le_bytes(word)
}

/// [`prefix_key`] of `prefix`, the start of `qname`: from one load of
/// the name's first eight bytes when it has them.
#[inline]
fn name_prefix_key(qname: &str, prefix: &str) -> u64 {
    let n = prefix.len();
    match qname.as_bytes().first_chunk::<8>() {
        Some(first) if n <= 7 => {
            let word = u64::from_le_bytes(*first) & ((1u64 << (8 * n)) - 1);
            word | (n as u64) << 56
        }
        _ => prefix_key(prefix),
    }
}

/// Whether `prefix`, whose key is `key`, is the prefix of `binding`.
#[inline]
fn same_prefix(binding: &Binding<'_>, key: u64, prefix: &str) -> bool {
    binding.key == key && (prefix.len() <= 7 || binding.prefix == prefix)
}

/// A namespace as resolved: `""` for none.
pub(crate) type Uri<'a> = &'a str;

/// The bindings in scope.
#[derive(Debug, Default)]
pub(crate) struct Namespaces<'x> {
    bindings: Vec<Binding<'x>>,
    /// `bindings.len()` before each open element's declarations.
    marks: Vec<usize>,
    /// prefix → innermost binding, once there are many bindings.
    index: Option<HashMap<&'x str, usize>>,
    seen_names: HashSet<&'x str>,
}

/// An attribute after resolution, by index into the lexer's attributes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    /// Binding of the prefix (None: no namespace).
    binding: Option<usize>,
    /// Byte offset of the local name within the qualified name.
    pub(crate) local_at: usize,
}

impl Resolved {
    /// No namespace, no prefix.
    pub(crate) const NONE: Resolved = Resolved {
        binding: None,
        local_at: 0,
    };
}

impl<'x> Namespaces<'x> {
    #[inline]
    fn lookup(&self, prefix: &str) -> Option<usize> {
        self.lookup_key(prefix, || prefix_key(prefix))
    }

    /// [`Namespaces::lookup`] with the key of `prefix` computed by `key`.
    #[inline]
    fn lookup_key(&self, prefix: &str, key: impl FnOnce() -> u64) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(prefix).copied(),
            None => {
                let key = key();
                self.bindings
                    .iter()
                    .rposition(|b| same_prefix(b, key, prefix))
            }
        }
    }

    /// The URI of a binding.
    pub(crate) fn uri(&self, binding: Option<usize>) -> Uri<'_> {
        match binding {
            XML_BINDING => XML,
            None => "",
            Some(i) => self.bindings.get(i).map_or("", |b| &b.uri),
        }
    }

    /// The URI of a binding as a `'static` string when it is a well-known
    /// namespace, to avoid copying it.
    #[inline]
    pub(crate) fn static_uri(&self, binding: Option<usize>) -> Cow<'static, str> {
        match binding {
            XML_BINDING => Cow::Borrowed(XML),
            None => Cow::Borrowed(""),
            Some(i) => match self.bindings.get(i) {
                Some(Binding {
                    known: Some(known), ..
                }) => Cow::Borrowed(known),
                Some(b) if b.uri.is_empty() => Cow::Borrowed(""),
                Some(b) => Cow::Owned(b.uri.to_string()),
                None => Cow::Borrowed(""),
            },
        }
    }

    fn push(&mut self, prefix: &'x str, uri: Cow<'x, str>) {
        let at = self.bindings.len();
        let hides = match &mut self.index {
            Some(index) => index.insert(prefix, at),
            None => None,
        };
        let known = intern_namespace(uri.as_bytes());
        self.bindings.push(Binding {
            prefix,
            uri,
            hides,
            known,
            key: prefix_key(prefix),
        });
        if self.index.is_none() && self.bindings.len() > INDEX_FROM {
            let mut index = HashMap::with_capacity(self.bindings.len() * 2);
            for (i, b) in self.bindings.iter_mut().enumerate() {
                b.hides = index.insert(b.prefix, i);
            }
            self.index = Some(index);
        }
    }

    /// Leaves the innermost element: its declarations go out of scope.
    pub(crate) fn pop(&mut self) {
        let mark = self.marks.pop().unwrap_or(0);
        while self.bindings.len() > mark {
            let Some(b) = self.bindings.pop() else { break };
            if let Some(index) = &mut self.index {
                match b.hides {
                    Some(previous) => {
                        index.insert(b.prefix, previous);
                    }
                    None => {
                        index.remove(b.prefix);
                    }
                }
            }
        }
    }

    /// Enters an element: applies its declarations, resolves its name and
    /// attributes (in `resolved`, one per attribute that is not a
    /// declaration, in order), and checks the namespace constraints.
    pub(crate) fn enter(
        &mut self,
        (name, split): (&'x str, Split),
        offset: usize,
        attrs: &mut [RawAttr<'x>],
        resolved: &mut Vec<(usize, Resolved)>,
    ) -> Result<Resolved, XmlError> {
        self.marks.push(self.bindings.len());
        resolved.clear();
        if attrs.is_empty() {
            return self.resolve(name, split, offset, true);
        }
        check_unique_names(attrs, &mut self.seen_names)?;
        let mut declarations = false;
        for attr in attrs.iter_mut() {
            let (prefix, local) = split_known(attr.name, attr.split, attr.offset)?;
            let declared = match (prefix, local) {
                (None, "xmlns") => "",
                (Some("xmlns"), p) => p,
                _ => continue,
            };
            declarations = true;
            let uri = std::mem::take(&mut attr.value);
            check_declaration(prefix.is_some(), declared, &uri, attr.offset)?;
            self.push(declared, uri);
        }
        let element = self.resolve(name, split, offset, true)?;
        for (i, attr) in attrs.iter().enumerate() {
            if declarations {
                match split_known(attr.name, attr.split, attr.offset)? {
                    (None, "xmlns") | (Some("xmlns"), _) => continue,
                    _ => {}
                }
            }
            resolved.push((i, self.resolve(attr.name, attr.split, attr.offset, false)?));
        }
        self.check_unique_expanded(attrs, resolved)?;
        Ok(element)
    }

    fn resolve(
        &self,
        qname: &str,
        split: Split,
        offset: usize,
        element: bool,
    ) -> Result<Resolved, XmlError> {
        let (prefix, _) = split_known(qname, split, offset)?;
        let Some(prefix) = prefix else {
            let binding = if element {
                self.lookup("")
                    .filter(|&i| !self.bindings[i].uri.is_empty())
            } else {
                None
            };
            return Ok(Resolved {
                binding,
                local_at: 0,
            });
        };
        let local_at = prefix.len() + 1;
        if short_eq(prefix, "xml") {
            return Ok(Resolved {
                binding: XML_BINDING,
                local_at,
            });
        }
        if short_eq(prefix, "xmlns") {
            return Err(XmlError::new(
                XmlErrorKind::Namespace,
                offset,
                format!("`{qname}`: the prefix `xmlns` is reserved for declarations"),
            ));
        }
        match self.lookup_key(prefix, || name_prefix_key(qname, prefix)) {
            Some(binding) => Ok(Resolved {
                binding: Some(binding),
                local_at,
            }),
            None => Err(XmlError::new(
                XmlErrorKind::Namespace,
                offset,
                format!("namespace prefix `{prefix}` is not declared"),
            )),
        }
    }

    /// Resolves a QName in an attribute value (`xsi:type`): the default
    /// namespace applies to an unprefixed name. `None` when the prefix is
    /// not declared or the name is not a QName.
    pub(crate) fn resolve_value<'a>(&self, qname: &'a str) -> Option<(Cow<'static, str>, &'a str)> {
        let (prefix, local) = split_qname(qname, 0).ok()?;
        if crate::lexical::is_name_start_char(local.chars().next()?) {
            let binding = match prefix {
                None => self
                    .lookup("")
                    .filter(|&i| !self.bindings[i].uri.is_empty()),
                Some("xml") => XML_BINDING,
                Some(p) => Some(self.lookup(p)?),
            };
            return Some((self.static_uri(binding), local));
        }
        None
    }

    /// The namespace URI of a resolution.
    pub(crate) fn resolved_uri(&self, r: Resolved) -> Uri<'_> {
        self.uri(r.binding)
    }

    /// As [`Namespaces::resolved_uri`], `'static` when well known.
    pub(crate) fn resolved_static(&self, r: Resolved) -> Cow<'static, str> {
        self.static_uri(r.binding)
    }

    fn check_unique_expanded(
        &mut self,
        attrs: &[RawAttr<'x>],
        resolved: &[(usize, Resolved)],
    ) -> Result<(), XmlError> {
        let prefixed = || resolved.iter().filter(|(_, r)| r.local_at > 0);
        let count = prefixed().take(SCAN_UP_TO + 1).count();
        if count < 2 {
            return Ok(());
        }
        let key =
            |&(i, r): &(usize, Resolved)| (self.resolved_uri(r), &attrs[i].name[r.local_at..]);
        // The local names first, which mostly differ; the same binding is
        // the same URI.
        let same = |&(i, a): &(usize, Resolved), &(j, b): &(usize, Resolved)| {
            short_eq(&attrs[i].name[a.local_at..], &attrs[j].name[b.local_at..])
                && (a.binding == b.binding || self.resolved_uri(a) == self.resolved_uri(b))
        };
        let duplicate = if count <= SCAN_UP_TO {
            // Few attributes: compare each with those before it, without
            // allocating.
            prefixed()
                .enumerate()
                .find(|&(n, a)| prefixed().take(n).any(|b| same(b, a)))
                .map(|(_, a)| *a)
        } else {
            let mut seen = HashSet::with_capacity(resolved.len());
            prefixed().find(|a| !seen.insert(key(a))).copied()
        };
        match duplicate {
            Some((i, _)) => Err(XmlError::new(
                XmlErrorKind::Namespace,
                attrs[i].offset,
                format!(
                    "attribute `{}` repeats an attribute with the same namespace and local name",
                    attrs[i].name
                ),
            )),
            None => Ok(()),
        }
    }
}

/// Up to this many attributes, duplicates are found by comparing each with
/// those before it (at most 120 comparisons); above, through a hash set.
const SCAN_UP_TO: usize = 16;

/// The marker of the `xml` prefix, bound by definition.
const XML_BINDING: Option<usize> = Some(usize::MAX - 1);

/// As [`split_qname`], with the split found while the name was scanned.
#[inline]
fn split_known(qname: &str, split: Split, offset: usize) -> Result<(Option<&str>, &str), XmlError> {
    match split {
        Split::Plain => Ok((None, qname)),
        Split::At(at) => Ok((Some(&qname[..at]), &qname[at + 1..])),
        Split::Check => split_qname(qname, offset),
    }
}

/// `prefix:local` or `local`, both NCNames.
pub(crate) fn split_qname(qname: &str, offset: usize) -> Result<(Option<&str>, &str), XmlError> {
    let bad = || {
        XmlError::new(
            XmlErrorKind::Namespace,
            offset,
            format!("`{qname}` is not a qualified name (prefix:local, each an NCName)"),
        )
    };
    match qname.split_once(':') {
        None => Ok((None, qname)),
        Some((prefix, local)) => {
            let starts_ok = local
                .chars()
                .next()
                .is_some_and(|c| crate::lexical::is_name_start_char(c) && c != ':');
            if prefix.is_empty() || !starts_ok || local.contains(':') {
                return Err(bad());
            }
            Ok((Some(prefix), local))
        }
    }
}

/// The constraints on one declaration (`xmlns` or `xmlns:prefix`).
fn check_declaration(
    prefixed: bool,
    prefix: &str,
    uri: &str,
    offset: usize,
) -> Result<(), XmlError> {
    let fail = |message: String| Err(XmlError::new(XmlErrorKind::Namespace, offset, message));
    if prefixed && uri.is_empty() {
        return fail(format!(
            "`xmlns:{prefix}=\"\"`: a prefix cannot be undeclared in Namespaces 1.0"
        ));
    }
    if prefix == "xmlns" {
        return fail("the prefix `xmlns` cannot be declared".into());
    }
    if prefix == "xml" && uri != XML {
        return fail(format!("the prefix `xml` can only be bound to `{XML}`"));
    }
    if uri == XML && prefix != "xml" {
        return fail(format!("`{XML}` can only be bound to the prefix `xml`"));
    }
    if uri == XMLNS {
        return fail(format!("`{XMLNS}` cannot be declared"));
    }
    Ok(())
}

/// Attributes may not repeat a qualified name.
fn check_unique_names<'x>(
    attrs: &[RawAttr<'x>],
    seen: &mut HashSet<&'x str>,
) -> Result<(), XmlError> {
    let duplicate = if attrs.len() <= SCAN_UP_TO {
        (1..attrs.len()).find(|&n| attrs[..n].iter().any(|a| a.name == attrs[n].name))
    } else {
        seen.clear();
        (0..attrs.len()).find(|&n| !seen.insert(attrs[n].name))
    };
    match duplicate {
        Some(n) => Err(XmlError::new(
            XmlErrorKind::WellFormed,
            attrs[n].offset,
            format!("attribute `{}` appears twice", attrs[n].name),
        )),
        None => Ok(()),
    }
}

/// String equality without a call for the short strings prefixes are.
#[inline]
fn short_eq(a: &str, b: &str) -> bool {
    crate::bytes::same_bytes(a.as_bytes(), b.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{name_prefix_key, prefix_key};

    #[test]
    fn a_prefix_has_one_key_however_it_is_computed() {
        for qname in [
            "StUF:entiteittype",
            "a:b",
            "ZKN:x",
            "xmlns:p",
            "abcdefg:local",
            "abcdefgh:x",
        ] {
            let (prefix, _) = qname.split_once(':').unwrap();
            assert_eq!(
                name_prefix_key(qname, prefix),
                prefix_key(prefix),
                "{qname}"
            );
        }
        assert_ne!(prefix_key("ab"), prefix_key("ab\0"));
        assert_ne!(prefix_key("StUF"), prefix_key("StUG"));
        // Long prefixes share the key of their first seven bytes.
        assert_eq!(prefix_key("abcdefgh"), prefix_key("abcdefgX"));
    }
}
