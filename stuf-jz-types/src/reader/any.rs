//! Reading skipped wildcard content into [`crate::any::AnyElement`] trees.

use super::{Next, Raw, Reader};
use crate::any::{AnyElement, AnyNode};
use crate::error::ReadResult;
use crate::tag::{is_blank, Tag};

impl Reader<'_> {
    /// Reads the child elements of the current element without checking
    /// them (content of `xs:any processContents="skip"`), up to its end
    /// tag (left unread). Text between them is an element-only violation.
    pub fn skipped_children(&mut self) -> ReadResult<Vec<AnyElement>> {
        let mut out = Vec::new();
        while self.peek_child()?.is_some() {
            let tag = self.take_start();
            let element = self.any_element(tag);
            out.push(self.skipped_element(element)?);
        }
        Ok(out)
    }

    /// Reads everything inside an entered element, leaving the path as it
    /// was before the element.
    fn skipped_element(&mut self, element: AnyElement) -> ReadResult<AnyElement> {
        let mut stack = vec![element];
        loop {
            let next = match self.peeked.take() {
                Some(Next::Start(tag)) => Raw::Start(tag),
                Some(Next::End) => Raw::End,
                None => self.raw_next()?,
            };
            match next {
                Raw::Start(tag) => {
                    self.peeked = Some(Next::Start(tag));
                    let tag = self.take_start();
                    let element = self.any_element(tag);
                    stack.push(element);
                }
                Raw::End => {
                    self.pop_level();
                    let mut done = stack.pop().expect("an open element");
                    trim_blank_text(&mut done);
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(AnyNode::Element(done)),
                        None => return Ok(done),
                    }
                }
                Raw::Text(text, _) => {
                    let open = stack.last_mut().expect("an open element");
                    match open.children.last_mut() {
                        Some(AnyNode::Text(previous)) => previous.push_str(&text),
                        _ => open.children.push(AnyNode::Text(text.into_owned())),
                    }
                }
                Raw::Eof => return Err(self.unexpected_eof()),
            }
        }
    }

    fn any_element(&self, tag: Tag) -> AnyElement {
        let input = self.input;
        let mut attributes: Vec<(String, String, String)> = tag
            .attributes
            .iter()
            .chain(tag.xsi.as_ref().and_then(|x| x.nil.as_ref()))
            .chain(
                tag.xsi
                    .as_ref()
                    .and_then(|x| x.xsi_type.as_ref().map(|t| &t.0)),
            )
            .map(|a| {
                (
                    a.ns.to_string(),
                    input[a.local.clone()].to_string(),
                    a.value(input).to_string(),
                )
            })
            .collect();
        attributes.sort_by_key(|a| a.0 == crate::decl::XSI);
        AnyElement {
            ns: tag.ns.to_string(),
            local: input[tag.local.clone()].to_string(),
            attributes,
            children: Vec::new(),
        }
    }
}

/// White space between child elements is layout, not content.
fn trim_blank_text(element: &mut AnyElement) {
    if element
        .children
        .iter()
        .any(|c| matches!(c, AnyNode::Element(_)))
    {
        element
            .children
            .retain(|c| !matches!(c, AnyNode::Text(t) if is_blank(t)));
    }
}
