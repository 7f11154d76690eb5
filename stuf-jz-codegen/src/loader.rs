//! Loads a schema bundle: the entry document and every document it imports or
//! includes, transitively, as the files are shipped.
//!
//! Handles what the official StUF-JZ bundles contain: Windows separators in
//! `schemaLocation`, import cycles, several documents for one namespace, and
//! includes of documents without a target namespace (chameleon includes).
//! Global components are indexed by kind and qualified name; nothing is
//! resolved here, so parts that no message reaches may stay broken.

use std::collections::HashMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use crate::xml_doc::{self, DocError, Location, Node};

/// The kinds of global schema components.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `xs:element`
    Element,
    /// `xs:complexType`
    ComplexType,
    /// `xs:simpleType`
    SimpleType,
    /// `xs:attribute`
    Attribute,
    /// `xs:attributeGroup`
    AttributeGroup,
    /// `xs:group`
    Group,
}

impl Kind {
    fn of(node: &Node) -> Option<Kind> {
        if node.ns != xml_doc::XS {
            return None;
        }
        Some(match node.local.as_str() {
            "element" => Kind::Element,
            "complexType" => Kind::ComplexType,
            "simpleType" => Kind::SimpleType,
            "attribute" => Kind::Attribute,
            "attributeGroup" => Kind::AttributeGroup,
            "group" => Kind::Group,
            _ => return None,
        })
    }

    /// The schema element name of this kind.
    pub fn xsd_name(self) -> &'static str {
        match self {
            Kind::Element => "element",
            Kind::ComplexType => "complexType",
            Kind::SimpleType => "simpleType",
            Kind::Attribute => "attribute",
            Kind::AttributeGroup => "attributeGroup",
            Kind::Group => "group",
        }
    }
}

/// A qualified name: namespace URI ("" for none) and local name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QName {
    /// Namespace URI.
    pub ns: String,
    /// Local name.
    pub local: String,
}

impl QName {
    /// Builds a qualified name.
    pub fn new(ns: impl Into<String>, local: impl Into<String>) -> Self {
        QName {
            ns: ns.into(),
            local: local.into(),
        }
    }
}

impl fmt::Display for QName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match crate::naming::namespace_prefix(&self.ns) {
            Some(prefix) => write!(f, "{prefix}:{}", self.local),
            None if self.ns.is_empty() => f.write_str(&self.local),
            None => write!(f, "{{{}}}{}", self.ns, self.local),
        }
    }
}

/// One loaded schema document.
#[derive(Debug)]
pub struct SchemaDoc {
    /// The `xs:schema` element.
    pub root: Node,
    /// The effective target namespace (an included chameleon document takes
    /// the includer's).
    pub target_ns: String,
    /// `elementFormDefault="qualified"`.
    pub elements_qualified: bool,
    /// `attributeFormDefault="qualified"`.
    pub attributes_qualified: bool,
}

/// A global component: the document and the index of its node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ComponentRef {
    /// Index into [`SchemaSet::docs`].
    pub doc: usize,
    /// Index into the document root's children.
    pub child: usize,
}

/// A schema bundle as loaded from its entry document.
#[derive(Debug, Default)]
pub struct SchemaSet {
    /// Every document read, the entry first.
    pub docs: Vec<SchemaDoc>,
    index: HashMap<(Kind, QName), ComponentRef>,
    /// Global components defined more than once (the first definition wins).
    pub duplicates: Vec<(Kind, QName, Location)>,
    /// References to documents that could not be read (reported only when a
    /// component they would define is needed).
    pub unreadable: Vec<DocError>,
}

/// Why a bundle could not be loaded.
#[derive(Debug)]
pub struct LoadError(pub DocError);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for LoadError {}

impl SchemaSet {
    /// Loads the entry schema and everything it references.
    pub fn load(entry: &Path) -> Result<SchemaSet, LoadError> {
        let mut set = SchemaSet::default();
        let mut seen: HashMap<(PathBuf, String), usize> = HashMap::new();
        let entry = normalize(entry);
        let root = xml_doc::read_file(&entry).map_err(LoadError)?;
        let mut queue = vec![(entry, root, None::<String>)];
        while let Some((path, root, chameleon_ns)) = queue.pop() {
            let declared_ns = root.attr("targetNamespace").map(str::to_string);
            let target_ns = declared_ns.or(chameleon_ns).unwrap_or_default();
            if seen.contains_key(&(path.clone(), target_ns.clone())) {
                continue;
            }
            let doc_index = set.docs.len();
            seen.insert((path.clone(), target_ns.clone()), doc_index);
            let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
            for child in root.xs_children() {
                let is_include = child.is_xs("include") || child.is_xs("redefine");
                if !(is_include || child.is_xs("import")) {
                    continue;
                }
                let Some(location) = child.attr("schemaLocation") else {
                    continue;
                };
                let target = normalize(&base.join(location.replace('\\', "/")));
                let inherited = is_include.then(|| target_ns.clone());
                let key_ns = match (&inherited, child.attr("namespace")) {
                    (Some(ns), _) => ns.clone(),
                    (None, Some(ns)) => ns.to_string(),
                    (None, None) => String::new(),
                };
                if seen.contains_key(&(target.clone(), key_ns)) {
                    continue;
                }
                match xml_doc::read_file(&target) {
                    Ok(node) => queue.push((target, node, inherited)),
                    Err(mut e) => {
                        e.location = child.location.clone();
                        e.message = format!("cannot read `{location}`: {}", e.message);
                        set.unreadable.push(e);
                    }
                }
            }
            set.add_document(root, target_ns);
        }
        Ok(set)
    }

    fn add_document(&mut self, root: Node, target_ns: String) {
        let doc = self.docs.len();
        for (child, node) in root.children.iter().enumerate() {
            let (Some(kind), Some(name)) = (Kind::of(node), node.attr("name")) else {
                continue;
            };
            let key = (kind, QName::new(target_ns.clone(), name));
            match self.index.entry(key) {
                std::collections::hash_map::Entry::Occupied(taken) => {
                    let (kind, name) = taken.key().clone();
                    self.duplicates.push((kind, name, node.location.clone()));
                }
                std::collections::hash_map::Entry::Vacant(free) => {
                    free.insert(ComponentRef { doc, child });
                }
            }
        }
        self.docs.push(SchemaDoc {
            elements_qualified: root.attr("elementFormDefault") == Some("qualified"),
            attributes_qualified: root.attr("attributeFormDefault") == Some("qualified"),
            root,
            target_ns,
        });
    }

    /// Finds a global component.
    pub fn find(&self, kind: Kind, name: &QName) -> Option<ComponentRef> {
        self.index.get(&(kind, name.clone())).copied()
    }

    /// The node of a component.
    pub fn node(&self, at: ComponentRef) -> &Node {
        &self.docs[at.doc].root.children[at.child]
    }

    /// Every global element declaration of the bundle, in document order.
    pub fn global_elements(&self) -> Vec<(QName, ComponentRef)> {
        let mut out: Vec<(QName, ComponentRef)> = self
            .index
            .iter()
            .filter(|((kind, _), _)| *kind == Kind::Element)
            .map(|((_, name), at)| (name.clone(), *at))
            .collect();
        out.sort_by_key(|(_, at)| (at.doc, at.child));
        out
    }

    /// Number of indexed global components.
    pub fn component_count(&self) -> usize {
        self.index.len()
    }
}

/// Removes `.` and resolves `..` lexically, keeping the path as given
/// (symbolic links such as the repository's `xsd` stay visible in messages).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Keeps file names short in messages.
pub fn display_path(path: &Rc<PathBuf>) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_parent_components() {
        assert_eq!(
            normalize(Path::new("xsd/a/b/../../c/./d.xsd")),
            PathBuf::from("xsd/c/d.xsd")
        );
    }
}
