//! The rules, one module per message family; each reads the [`Tree`] of a
//! message that passed the schema and reports through [`Ctx`].

mod codes;
mod notices;
mod persons;
mod stuf;
mod vto;

use crate::catalogue::{ids, RuleSet};
use crate::reference::{ReferenceLists, Ymd};
use crate::tree::{NodeId, Tree};
use crate::violation::RuleViolation;

pub use codes::{INSTANTIE_EXTRA_ELEMENTS, ROLE_CODE_PARENTS};
pub(crate) use persons::bsns_of_clients;
pub use persons::{bsn_11_proef, BSN_ELEMENTS};
pub use stuf::{DATE_ELEMENTS, TIMESTAMP_ELEMENTS};

/// CORV refuses messages over 35 MB at the door (forum `omvang-bijlagen-vto-bericht`).
pub const MAX_MESSAGE_BYTES: usize = 35 * 1024 * 1024;

/// What a rule sees and where it reports.
pub(crate) struct Ctx<'a, 'x> {
    pub tree: &'a Tree<'x>,
    pub rules: &'a RuleSet,
    pub lists: &'a ReferenceLists,
    /// The date of `StUF:tijdstipBericht`, when it is a real timestamp.
    pub date: Option<Ymd>,
    pub found: Vec<(NodeId, RuleViolation)>,
}

impl<'a, 'x> Ctx<'a, 'x> {
    pub fn on(&self, rule: &str) -> bool {
        self.rules.is_enabled(rule)
    }

    /// Reports a violation of `rule` at element `at`.
    pub fn report(&mut self, rule: &'static str, at: NodeId, message: String, value: Option<&str>) {
        if !self.on(rule) {
            return;
        }
        let mut v = RuleViolation::new(rule, self.tree.path(at), message);
        if let Some(value) = value {
            v = v.with_value(value);
        }
        self.found.push((at, v));
    }

    /// The local name of the root element (`vtoDi01`).
    pub fn root_name(&self) -> &str {
        self.tree.node(self.tree.root()).name
    }

    /// `/ROOT/object`.
    pub fn object(&self) -> Option<NodeId> {
        self.tree.child(self.tree.root(), "object")
    }
}

/// Runs every enabled rule over a message.
pub(crate) fn run(ctx: &mut Ctx<'_, '_>) {
    stuf::check(ctx);
    persons::check(ctx);
    vto::check(ctx);
    notices::check(ctx);
    codes::check(ctx);
    if ctx.tree.size() > MAX_MESSAGE_BYTES {
        let size = ctx.tree.size();
        ctx.report(
            ids::OMVANG,
            ctx.tree.root(),
            format!("the message is {size} bytes; CORV refuses messages over {MAX_MESSAGE_BYTES} bytes (35 MB)"),
            None,
        );
    }
}
