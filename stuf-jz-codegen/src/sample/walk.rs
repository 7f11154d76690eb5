//! The walk over the resolved model that writes one message: elements in
//! content-model order, occurrence counts and choice branches by kind and
//! seed, attributes, nil, and the namespace declarations on the root.

use std::collections::BTreeMap;

use super::facts::Meaning;
use super::options::MAX_REPEAT;
use super::rng::Rng;
use super::{stuf, values, SampleError, SampleKind, SampleOptions, Sampler};
use crate::loader::QName;
use crate::model::{
    AttributeUse, ComplexType, Content, ElementDecl, Particle, Term, TypeDef, TypeId,
};
use crate::naming::NAMESPACES;

/// Deeper than this is a schema that cannot end.
const MAX_DEPTH: usize = 64;
/// After this many elements only required content is added.
const ELEMENT_BUDGET: usize = 20_000;
/// How often (percent) a random sample makes a nillable element nil.
const NIL_PERCENT: u64 = 8;
/// Where the root's namespace declarations go (never in a value).
const NS_MARK: &str = "\u{0}ns\u{0}";

const STUF: &str = "http://www.egem.nl/StUF/StUF0301";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// The state of one message being written.
pub(crate) struct Walk<'a> {
    sampler: &'a Sampler,
    rng: Rng,
    options: SampleOptions,
    root: &'a str,
    out: String,
    /// Local names of the open elements.
    path: Vec<String>,
    /// Types of the open elements (to stop optional recursion).
    types: Vec<TypeId>,
    /// Namespaces used, with their prefixes.
    prefixes: BTreeMap<String, String>,
    elements: usize,
    choices: u64,
    /// Make the next element nil (its type has no valid value).
    force_nil: bool,
}

impl<'a> Walk<'a> {
    pub(crate) fn new(sampler: &'a Sampler, root: &'a str, options: SampleOptions) -> Walk<'a> {
        Walk {
            sampler,
            rng: Rng::new(options.seed, root),
            options,
            root,
            out: String::new(),
            path: Vec::new(),
            types: Vec::new(),
            prefixes: BTreeMap::new(),
            elements: 0,
            choices: 0,
            force_nil: false,
        }
    }

    /// Writes the message whose root element is `decl`.
    pub(crate) fn message(mut self, decl: &ElementDecl) -> Result<String, SampleError> {
        self.element(decl, false)?;
        self.prefix(XSI);
        let mut known: Vec<(&str, &str)> = Vec::new();
        for (prefix, uri) in NAMESPACES {
            if self.prefixes.contains_key(*uri) && *prefix != "xml" {
                known.push((prefix, uri));
            }
        }
        for (uri, prefix) in &self.prefixes {
            if !NAMESPACES.iter().any(|(_, u)| u == uri) {
                known.push((prefix, uri));
            }
        }
        let decls: String = known
            .iter()
            .map(|(p, u)| format!(" xmlns:{p}=\"{}\"", escape(u, true)))
            .collect();
        let body = self.out.replacen(NS_MARK, &decls, 1);
        Ok(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- {}, {} sample, seed {} (stuf-jz sample) -->\n{body}\n",
            self.root, self.options.kind, self.options.seed
        ))
    }

    fn error(&self, type_name: String, message: impl Into<String>) -> SampleError {
        SampleError {
            root: self.root.to_string(),
            path: format!("/{}", self.path.join("/")),
            type_name,
            message: message.into(),
        }
    }

    fn type_name(&self, id: TypeId) -> String {
        self.sampler.model.ty(id).info().name.display()
    }

    /// The prefix of a namespace (registering it as used); empty for none.
    fn prefix(&mut self, ns: &str) -> String {
        if ns.is_empty() {
            return String::new();
        }
        if let Some(p) = self.prefixes.get(ns) {
            return p.clone();
        }
        let p = match crate::naming::namespace_prefix(ns) {
            Some(p) => p.to_string(),
            None => format!("ns{}", self.prefixes.len() + 1),
        };
        self.prefixes.insert(ns.to_string(), p.clone());
        p
    }

    fn qualified(&mut self, name: &QName) -> String {
        match self.prefix(&name.ns) {
            p if p.is_empty() => name.local.clone(),
            p => format!("{p}:{}", name.local),
        }
    }

    fn indent(&mut self) {
        self.out.push('\n');
        for _ in 0..self.path.len() {
            self.out.push_str("  ");
        }
    }

    /// A value of simple type `id`, trying `hint` first.
    fn simple_value(&mut self, id: TypeId, hint: Option<String>) -> Result<String, SampleError> {
        let model = &self.sampler.model;
        let (Some(simple), Some(facts)) = (model.simple(id), self.sampler.facts.get(&id)) else {
            return Err(self.error(self.type_name(id), "not a simple type"));
        };
        let facts = facts
            .as_ref()
            .map_err(|e| self.error(self.type_name(id), e.clone()))?;
        values::value(facts, simple, hint, &mut self.rng, self.options.kind)
            .map_err(|e| self.error(self.type_name(id), e))
    }

    fn meaning(&self, id: TypeId) -> Meaning {
        match self.sampler.facts.get(&id) {
            Some(Ok(f)) => f.meaning,
            _ => Meaning::Plain,
        }
    }

    /// An element whose type may have no valid value at all (a schema
    /// defect: `BG:Vreemdelingennummer-e` of 1.0.9 must match both
    /// `[0-9]{17}` and `[0-9]{10}`): then it is left out when `optional`,
    /// made nil when nillable, and an error otherwise.
    fn element_or_skip(&mut self, decl: &ElementDecl, optional: bool) -> Result<(), SampleError> {
        let mark = self.out.len();
        let counted = self.elements;
        let Err(e) = self.element(decl, true) else {
            return Ok(());
        };
        self.out.truncate(mark);
        self.elements = counted;
        if optional {
            return Ok(());
        }
        if decl.nillable && decl.fixed.is_none() {
            self.force_nil = true;
            let result = self.element(decl, true);
            self.force_nil = false;
            return result;
        }
        Err(e)
    }

    fn element(&mut self, decl: &ElementDecl, may_nil: bool) -> Result<(), SampleError> {
        if self.path.len() >= MAX_DEPTH {
            return Err(self.error(self.type_name(decl.ty), "the content nests without end"));
        }
        self.elements += 1;
        if !self.path.is_empty() {
            self.indent();
        }
        let name = self.qualified(&decl.name);
        self.out.push('<');
        self.out.push_str(&name);
        if self.path.is_empty() {
            self.out.push_str(NS_MARK);
        }
        let hint = stuf::hint(
            &self.path,
            &decl.name.local,
            (self.options.kind, self.options.seed),
            &mut self.rng,
        );
        self.path.push(decl.name.local.clone());
        self.types.push(decl.ty);
        let nil = std::mem::take(&mut self.force_nil)
            || may_nil
                && decl.nillable
                && decl.fixed.is_none()
                && self.options.kind == SampleKind::Random
                && self.rng.chance(NIL_PERCENT);
        let result = self.element_body(decl, &name, nil, hint);
        self.path.pop();
        self.types.pop();
        result
    }

    fn element_body(
        &mut self,
        decl: &ElementDecl,
        name: &str,
        nil: bool,
        hint: Option<String>,
    ) -> Result<(), SampleError> {
        let complex = match self.sampler.model.ty(decl.ty) {
            TypeDef::Simple(_) => None,
            TypeDef::Complex(c) => Some(c),
        };
        let mut indicator = None;
        if let Some(c) = complex {
            indicator = self.attributes(c, nil)?;
        }
        if nil {
            let xsi = self.prefix(XSI);
            self.out.push_str(&format!(" {xsi}:nil=\"true\"/>"));
            return Ok(());
        }
        let text_type = match complex.map(|c| &c.content) {
            None => Some(decl.ty),
            Some(Content::Simple(s)) => Some(*s),
            Some(Content::Empty) => None,
            Some(Content::Elements(p)) => {
                self.out.push('>');
                let mark = self.out.len();
                self.particle(p)?;
                if self.out.len() == mark {
                    self.out.pop();
                    self.out.push_str("/>");
                } else {
                    self.path.pop();
                    self.indent();
                    self.path.push(decl.name.local.clone());
                    self.out.push_str(&format!("</{name}>"));
                }
                return Ok(());
            }
        };
        let Some(text_type) = text_type else {
            self.out.push_str("/>");
            return Ok(());
        };
        let text = match &decl.fixed {
            Some(fixed) => fixed.clone(),
            None => {
                let hint = match (indicator.as_deref(), self.meaning(text_type)) {
                    (Some(ind), Meaning::Datum) => Some(stuf::incomplete_datum(&mut self.rng, ind)),
                    _ => hint,
                };
                self.simple_value(text_type, hint)?
            }
        };
        self.out.push('>');
        self.out.push_str(&escape(&text, false));
        self.out.push_str(&format!("</{name}>"));
        Ok(())
    }

    /// Writes the attributes of a complex type; returns the
    /// `StUF:indOnvolledigeDatum` written, if any.
    fn attributes(&mut self, c: &ComplexType, nil: bool) -> Result<Option<String>, SampleError> {
        let kind = self.options.kind;
        let dated = matches!(c.content, Content::Simple(s) if self.meaning(s) == Meaning::Datum);
        let mut indicator = None;
        for a in &c.attributes {
            let stuf = a.name.ns == STUF;
            let value = if stuf && a.name.local == "noValue" {
                // StUF: noValue only together with xsi:nil.
                if !nil {
                    continue;
                }
                self.simple_value(a.ty, None)?
            } else if stuf && a.name.local == "indOnvolledigeDatum" && !dated && !a.required {
                // Meaningless on a value that is not a StUF:Datum.
                continue;
            } else if stuf && a.name.local == "indOnvolledigeDatum" && dated && a.fixed.is_none() {
                let chosen = match kind {
                    SampleKind::Minimal if !a.required => None,
                    SampleKind::Random if !a.required && self.rng.chance(50) => None,
                    SampleKind::Minimal => Some("V"),
                    _ => Some(*self.rng.pick(&["V", "V", "D", "M", "J"])),
                };
                let Some(chosen) = chosen else { continue };
                let v = self.simple_value(a.ty, Some(chosen.to_string()))?;
                indicator = Some(v.clone());
                v
            } else {
                if !self.wanted(a) {
                    continue;
                }
                match &a.fixed {
                    Some(f) => f.clone(),
                    None => self.simple_value(a.ty, None)?,
                }
            };
            let name = self.qualified(&a.name);
            self.out
                .push_str(&format!(" {name}=\"{}\"", escape(&value, true)));
        }
        Ok(indicator)
    }

    fn wanted(&mut self, a: &AttributeUse) -> bool {
        a.required
            || match self.options.kind {
                SampleKind::Minimal => false,
                SampleKind::Maximal => true,
                SampleKind::Random => self.rng.chance(50),
            }
    }

    /// How often a particle occurs in this sample.
    fn count(&mut self, p: &Particle, required_only: bool) -> u32 {
        let cap = p.max.unwrap_or(MAX_REPEAT).min(MAX_REPEAT).max(p.min);
        if required_only {
            return p.min;
        }
        match self.options.kind {
            SampleKind::Minimal => p.min,
            SampleKind::Maximal => cap,
            SampleKind::Random => self.rng.between(u64::from(p.min), u64::from(cap)) as u32,
        }
    }

    fn particle(&mut self, p: &Particle) -> Result<(), SampleError> {
        let recursive = matches!(&p.term, Term::Element(d) if self.types.contains(&d.ty));
        let count = self.count(p, recursive || self.elements > ELEMENT_BUDGET);
        for i in 0..count {
            match &p.term {
                Term::Element(decl) => self.element_or_skip(decl, i >= p.min)?,
                Term::Sequence(parts) => {
                    for part in parts {
                        self.particle(part)?;
                    }
                }
                Term::Choice(branches) if branches.is_empty() => {}
                Term::Choice(branches) => {
                    let n = branches.len() as u64;
                    let i = match self.options.kind {
                        SampleKind::Random => self.rng.below(n),
                        _ => self.options.seed.wrapping_add(self.choices) % n,
                    };
                    self.choices += 1;
                    self.particle(&branches[i as usize])?;
                }
                Term::Any(w) => {
                    let ty = self
                        .types
                        .last()
                        .map(|t| self.type_name(*t))
                        .unwrap_or_default();
                    return Err(self.error(
                        ty,
                        format!(
                            "a required xs:any wildcard (namespace {}) cannot be sampled",
                            w.namespace
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Escapes text (`attribute`: also quotes, tabs and newlines).
fn escape(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\n' if attribute => out.push_str("&#10;"),
            c => out.push(c),
        }
    }
    out
}
