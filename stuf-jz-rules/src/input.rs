//! What the rules can be run on: the `Message` of each schema version, and
//! XML text.

use std::borrow::Cow;

use crate::catalogue::RuleSet;
use crate::violation::RuleViolation;

/// A message the rules can read: a typed `Message` of `stuf_jz::v1_0_7` /
/// `stuf_jz::v1_0_9`, or XML text (`str`) that passed the schema.
pub trait RuleInput {
    /// The message as XML text. A typed message is written out without
    /// schema validation, so that a value built in code is checked as it is.
    fn rule_xml(&self) -> Cow<'_, str>;
    /// Whether violations can have line and column (text only).
    fn has_positions(&self) -> bool {
        false
    }
}

impl RuleInput for str {
    fn rule_xml(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
    fn has_positions(&self) -> bool {
        true
    }
}

/// `message.check_rules(&RuleSet::default())`.
pub trait CheckRules {
    /// Checks the rules with the built-in reference lists.
    fn check_rules(&self, rules: &RuleSet) -> Vec<RuleViolation>;
}

impl<T: RuleInput + ?Sized> CheckRules for T {
    fn check_rules(&self, rules: &RuleSet) -> Vec<RuleViolation> {
        crate::check_rules(self, rules)
    }
}

/// Implements [`RuleInput`] for the `Message` of a version: each message
/// is written with `Document::to_xml_unchecked`.
macro_rules! message_input {
    ($version:ident: $($variant:ident),* $(,)?) => {
        impl RuleInput for stuf_jz::$version::Message {
            fn rule_xml(&self) -> Cow<'_, str> {
                use stuf_jz::Document;
                Cow::Owned(match self {
                    $( Self::$variant(m) => m.to_xml_unchecked(), )*
                })
            }
        }
    };
}

#[cfg(feature = "v1_0_7")]
message_input!(v1_0_7: VtMeldingDi01, VtTerugkoppelingDi01, NotificatieDi01, VtoDi01, ZorgmeldingDi01, NotificatiejrDi01, ZorgmeldingTerugkoppelingDi01);

#[cfg(feature = "v1_0_9")]
message_input!(v1_0_9: VtMeldingDi01, VtTerugkoppelingDi01, NotificatieDi01, VtoDi01, ZorgmeldingDi01, NotificatiejrDi01, ZorgmeldingTerugkoppelingDi01,
    VcobDi01, UcobDi01, VciDi01, UciDi01, MeldingGeneriekDi01, UitkomstMeldingGeneriekDi01);
