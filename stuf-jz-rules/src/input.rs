//! What the rules run on: the typed `Message` of each schema version (and,
//! for the rules across two messages, XML text too).

use std::borrow::Cow;

use stuf_jz_types::StufMessage;

use crate::catalogue::RuleSet;
use crate::violation::RuleViolation;

/// A typed message the rules can check: the `Message` of `stuf_jz::v1_0_7`
/// or `stuf_jz::v1_0_9`.
pub trait RuleInput: StufMessage {
    /// The root element name (`vtoDi01`).
    fn root(&self) -> &'static str;
    /// The message as XML text, written without schema validation so that a
    /// value built or changed in code is checked as it is.
    fn rule_xml(&self) -> String;
}

/// A message for the rules across two messages: a typed message, or XML
/// text (whose violations then have line and column).
pub trait MessageText {
    /// The XML text.
    fn message_text(&self) -> Cow<'_, str>;
    /// Whether violations can carry line and column.
    fn has_positions(&self) -> bool;
}

impl MessageText for str {
    fn message_text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
    fn has_positions(&self) -> bool {
        true
    }
}

impl<T: RuleInput> MessageText for T {
    fn message_text(&self) -> Cow<'_, str> {
        Cow::Owned(self.rule_xml())
    }
    fn has_positions(&self) -> bool {
        false
    }
}

/// `message.check_rules(&RuleSet::default())`.
pub trait CheckRules {
    /// Checks the rules with the built-in reference lists.
    fn check_rules(&self, rules: &RuleSet) -> Vec<RuleViolation>;
}

impl<T: RuleInput> CheckRules for T {
    fn check_rules(&self, rules: &RuleSet) -> Vec<RuleViolation> {
        crate::check_rules(self, rules)
    }
}

/// Implements [`RuleInput`] for the `Message` of a version.
macro_rules! message_input {
    ($version:ident: $($variant:ident),* $(,)?) => {
        impl RuleInput for stuf_jz::$version::Message {
            fn root(&self) -> &'static str {
                self.root_name()
            }
            fn rule_xml(&self) -> String {
                use stuf_jz::Document;
                match self {
                    $( Self::$variant(m) => m.to_xml_unchecked(), )*
                }
            }
        }
    };
}

#[cfg(feature = "v1_0_7")]
message_input!(v1_0_7: VtMeldingDi01, VtTerugkoppelingDi01, NotificatieDi01, VtoDi01, ZorgmeldingDi01, NotificatiejrDi01, ZorgmeldingTerugkoppelingDi01,
    Bv01Bericht, Bv02Bericht, Bv03Bericht, Bv04Bericht, Fo01Bericht, Fo02Bericht, Fo03Bericht);

#[cfg(feature = "v1_0_9")]
message_input!(v1_0_9: VtMeldingDi01, VtTerugkoppelingDi01, NotificatieDi01, VtoDi01, ZorgmeldingDi01, NotificatiejrDi01, ZorgmeldingTerugkoppelingDi01,
    VcobDi01, UcobDi01, VciDi01, UciDi01, MeldingGeneriekDi01, UitkomstMeldingGeneriekDi01,
    Bv01Bericht, Bv02Bericht, Bv03Bericht, Bv04Bericht, Fo01Bericht, Fo02Bericht, Fo03Bericht);
