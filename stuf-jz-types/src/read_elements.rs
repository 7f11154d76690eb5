//! The reader's operations that generated code calls: elements by their
//! declarations, groups, nil elements, and the end of element-only content.

use crate::decl::prefix_of;
use crate::decl::ElementDecl;
use crate::error::{ReadResult, Rule, Stop};
use crate::reader::{Next, Raw, Reader, Tag};
use crate::tag::{attr_display, display_name, shorten, RawAttribute};
use crate::value::ElementValue;

impl Reader<'_> {
    /// Whether the next child element is `decl`.
    #[inline]
    pub fn next_is(&mut self, decl: &ElementDecl) -> ReadResult<bool> {
        Ok(self
            .peek_child()?
            .is_some_and(|(ns, local)| decl.matches(ns, local)))
    }

    /// Whether the next child element satisfies `test(ns, local)`.
    #[inline]
    pub fn next_matches(&mut self, test: fn(&str, &str) -> bool) -> ReadResult<bool> {
        Ok(self
            .peek_child()?
            .is_some_and(|(ns, local)| test(ns, local)))
    }

    /// Reads a required element.
    pub fn required<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<T> {
        if self.next_is(decl)? {
            return self.element(decl);
        }
        Err(self.missing(decl.name))
    }

    /// Reads an optional element.
    pub fn optional<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<Option<T>> {
        if !self.next_is(decl)? {
            return Ok(None);
        }
        match self.element(decl) {
            Ok(value) => Ok(Some(value)),
            Err(Stop::Skip) => Ok(None),
            Err(Stop::Fatal) => Err(Stop::Fatal),
        }
    }

    /// Reads the repetitions of an element (`decl.min` to `decl.max`).
    pub fn repeated<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<Vec<T>> {
        let mut values = Vec::new();
        let mut count = 0u32;
        while count < decl.max && self.next_is(decl)? {
            count += 1;
            match self.element(decl) {
                Ok(value) if self.keep_repeated => values.push(value),
                Ok(_) | Err(Stop::Skip) => {}
                Err(Stop::Fatal) => return Err(Stop::Fatal),
            }
        }
        if count < decl.min {
            self.too_few(decl, count);
        } else if count == decl.max && decl.max > 1 && self.next_is(decl)? {
            let offset = self.peeked_offset();
            let message = format!(
                "element `{}` occurs more than {} time(s), at most {} allowed",
                decl.name, decl.max, decl.max
            );
            self.record(offset, Rule::MaxOccurs, None, message);
        }
        Ok(values)
    }

    fn too_few(&mut self, decl: &ElementDecl, count: u32) {
        let offset = self.peeked_offset();
        let message = format!(
            "element `{}` occurs {count} time(s), at least {} required",
            decl.name, decl.min
        );
        self.record(offset, Rule::MinOccurs, None, message);
    }

    /// Reads one occurrence of a required group (choice or sequence).
    pub fn group<G: crate::value::Group>(&mut self) -> ReadResult<G> {
        G::read(self)
    }

    /// Reads an optional group.
    pub fn optional_group<G: crate::value::Group>(&mut self) -> ReadResult<Option<G>> {
        if !self.next_matches(G::starts_with)? {
            return Ok(None);
        }
        G::read(self).map(Some)
    }

    /// Reads the repetitions of a group.
    pub fn repeated_groups<G: crate::value::Group>(
        &mut self,
        min: u32,
        max: u32,
    ) -> ReadResult<Vec<G>> {
        let mut values = Vec::new();
        let mut count = 0u32;
        let one = |r: &mut Self, values: &mut Vec<G>, count: &mut u32| -> ReadResult<()> {
            let value = G::read(r)?;
            *count += 1;
            if r.keep_repeated {
                values.push(value);
            }
            Ok(())
        };
        while count < max && self.next_matches(G::starts_with)? {
            one(self, &mut values, &mut count)?;
        }
        while count < min && G::EMPTIABLE {
            one(self, &mut values, &mut count)?;
        }
        if count < min {
            let offset = self.peeked_offset();
            self.record(
                offset,
                Rule::MinOccurs,
                None,
                format!("a group occurs {count} time(s), at least {min} required"),
            );
        }
        Ok(values)
    }

    /// Records that none of a choice's branches is present.
    pub fn no_branch(&mut self, expected: &str) -> Stop {
        self.missing(expected)
    }

    fn missing(&mut self, expected: &str) -> Stop {
        let offset = self.peeked_offset();
        let found = match &self.peeked {
            Some(Next::Start(tag)) => {
                format!(
                    "found element {}",
                    display_name(&tag.ns, &self.input[tag.local.clone()])
                )
            }
            _ => "found the end of the element".to_string(),
        };
        self.record(
            offset,
            Rule::MinOccurs,
            None,
            format!("missing required element `{expected}`: {found}"),
        );
        Stop::Skip
    }

    /// Reads the element whose start tag was just peeked as `T`.
    fn element<T: ElementValue>(&mut self, decl: &ElementDecl) -> ReadResult<T> {
        // The generic part is kept small: it is instantiated for every type.
        let (tag, nil, (depth, offset)) = self.open_element(decl);
        let outer_fixed = std::mem::replace(&mut self.fixed_value, decl.fixed);
        let result = if nil {
            T::read_nil(self, tag)
        } else {
            T::read(self, tag)
        };
        self.fixed_value = outer_fixed;
        let text = decl
            .fixed
            .and(result.as_ref().ok())
            .and_then(ElementValue::text);
        let broken = matches!(result, Err(Stop::Skip));
        // Nothing to do for the usual element: no fixed value, read whole.
        if decl.fixed.is_some() || broken {
            self.close_element(decl, (depth, offset), text.as_deref(), broken)?;
        }
        result
    }

    /// Enters the element whose start tag was peeked; returns the tag,
    /// whether it is to be read as nil, and its depth and offset.
    fn open_element(&mut self, decl: &ElementDecl) -> (Tag, bool, (usize, usize)) {
        let depth = self.path.len() + 1;
        let tag = self.take_start();
        let place = (depth, tag.offset);
        if tag.xsi.is_none() {
            return (tag, false, place);
        }
        self.open_xsi(decl, tag, place)
    }

    /// [`Reader::open_element`] of a start tag with `xsi:type` or `xsi:nil`.
    #[inline(never)]
    fn open_xsi(
        &mut self,
        decl: &ElementDecl,
        mut tag: Tag,
        place: (usize, usize),
    ) -> (Tag, bool, (usize, usize)) {
        if let Some((attr, resolved)) = tag.take_xsi_type() {
            self.check_xsi_type(decl, &attr, resolved);
        }
        let Some(attr) = tag.take_nil() else {
            return (tag, false, place);
        };
        let input = self.input;
        let value = attr.value(input).trim();
        let nil = match value {
            "true" | "1" => true,
            "false" | "0" => false,
            other => {
                let message = format!("`{other}` is not a valid xsi:nil value (true or false)");
                self.record(attr.offset, Rule::Nillable, Some("@xsi:nil"), message);
                return (tag, false, place);
            }
        };
        if !decl.nillable {
            // XML Schema (cvc-elt.3.1): on an element that is not nillable,
            // xsi:nil may not appear at all, not even as `false`.
            let message = format!(
                "element `{}` is not nillable: xsi:nil is not allowed",
                decl.name
            );
            self.record_full(
                attr.offset,
                Rule::Nillable,
                None,
                Some(decl.schema_type),
                Some(value.to_string()),
                message,
            );
            return (tag, false, place);
        }
        (tag, nil, place)
    }

    /// Checks an element's `fixed` value and, after a broken element,
    /// skips the rest of it.
    fn close_element(
        &mut self,
        decl: &ElementDecl,
        (depth, offset): (usize, usize),
        text: Option<&str>,
        broken: bool,
    ) -> ReadResult<()> {
        if let (Some(fixed), Some(text)) = (decl.fixed, text) {
            if text.trim() != fixed {
                let message = format!("value `{text}` differs from the fixed value `{fixed}`");
                self.record(offset, Rule::Fixed, Some(decl.name), message);
            }
        }
        if broken {
            self.skip_to(depth)?;
        }
        Ok(())
    }

    /// Refuses `xsi:nil` on a type that cannot be nil.
    pub fn not_nillable<T>(&mut self, tag: Tag) -> ReadResult<T> {
        self.record(
            tag.offset,
            Rule::Nillable,
            None,
            "element is nil but its type has no nil form".into(),
        );
        Err(Stop::Skip)
    }

    /// Ends a nil element: it must have no content.
    pub fn nil_content(&mut self, tag: Tag) -> ReadResult<()> {
        self.leftover_attributes(&tag);
        self.spare_attributes.give(tag.attributes);
        let depth = self.path.len();
        loop {
            match self.peeked.take() {
                Some(Next::End) => break,
                Some(Next::Start(t)) => {
                    self.record(
                        t.offset,
                        Rule::NilContent,
                        None,
                        "an element with xsi:nil=\"true\" must be empty".into(),
                    );
                    self.peeked = Some(Next::Start(t));
                    return self.skip_to(depth);
                }
                None => match self.raw_next()? {
                    Raw::End => break,
                    Raw::Text(text, offset) => {
                        let message = format!(
                            "an element with xsi:nil=\"true\" must be empty, found text `{}`",
                            shorten(&text)
                        );
                        self.record(offset, Rule::NilContent, None, message);
                    }
                    Raw::Start(t) => self.peeked = Some(Next::Start(t)),
                    Raw::Eof => return Err(self.unexpected_eof()),
                },
            }
        }
        self.pop_level();
        Ok(())
    }

    /// Ends an element of element-only content: unread attributes and
    /// elements are violations. Never returns [`Stop::Skip`].
    pub fn end(&mut self, tag: Tag) -> ReadResult<()> {
        self.leftover_attributes(&tag);
        self.spare_attributes.give(tag.attributes);
        let depth = self.path.len();
        while let Some((ns, local)) = self.peek_child()? {
            let name = display_name(ns, local);
            self.unexpected_child(name, depth)?;
        }
        self.peeked = None;
        self.pop_level();
        Ok(())
    }

    /// Reports the peeked child element `name` as not allowed at the end
    /// of the element at path depth `depth`, and skips it.
    #[cold]
    fn unexpected_child(&mut self, name: String, depth: usize) -> ReadResult<()> {
        let offset = self.peeked_offset();
        let parent = self.path.last().map_or("", |l| l.name);
        self.record(
            offset,
            Rule::UnexpectedElement,
            None,
            format!("element {name} is not allowed here in `{parent}`"),
        );
        self.take_start();
        self.skip_to(depth + 1)
    }

    /// `xsi:type` naming the declared type is valid; any other type (a
    /// derived one, or an unknown one) cannot be honoured by generated
    /// types and is reported as such.
    fn check_xsi_type(
        &mut self,
        decl: &ElementDecl,
        attr: &RawAttribute,
        resolved: Option<(std::borrow::Cow<'static, str>, String)>,
    ) {
        let written = attr.value(self.input).trim().to_string();
        let name = resolved.as_ref().map(|(ns, local)| {
            let prefix = match ns.as_ref() {
                "http://www.w3.org/2001/XMLSchema" => Some("xs"),
                ns => prefix_of(ns),
            };
            match prefix {
                Some(prefix) => format!("{prefix}:{local}"),
                None => local.clone(),
            }
        });
        if name.as_deref() == Some(decl.schema_type) {
            return;
        }
        let message = match name {
            None => format!("xsi:type `{written}` is not a QName with a declared prefix"),
            Some(name) => format!(
                "xsi:type `{name}` is not the declared type `{}` of this element: derived types are not supported",
                decl.schema_type
            ),
        };
        self.record_full(
            attr.offset,
            Rule::XsiType,
            Some("@xsi:type"),
            Some(decl.schema_type),
            Some(written),
            message,
        );
    }

    #[inline]
    pub(crate) fn leftover_attributes(&mut self, tag: &Tag) {
        if tag.unclaimed > 0 {
            self.undeclared_attributes(tag);
        }
    }

    /// Reports the attributes of `tag` that no declaration claimed.
    #[cold]
    fn undeclared_attributes(&mut self, tag: &Tag) {
        for attr in tag.attributes.iter().filter(|a| !a.claimed) {
            let local = attr.local(self.input);
            let name = display_name(&attr.ns, local);
            let suffix = format!("@{}", attr_display(&attr.ns, local));
            let value = Some(attr.value(self.input).to_string());
            self.record_full(
                attr.offset,
                Rule::UnknownAttribute,
                Some(&suffix),
                None,
                value,
                format!("attribute {name} is not declared for this element"),
            );
        }
    }
}
