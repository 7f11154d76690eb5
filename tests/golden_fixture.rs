//! Compiles the generator's golden output, one fixture per construct
//! (`stuf-jz-codegen/tests/fixtures/golden/<construct>/expected.rs`), and
//! checks that the generated types enforce what their schema says, with
//! xmllint or Xerces-J as the referee for every document used here.

#[path = "golden_fixture/attributes.rs"]
mod attributes;
#[path = "golden_fixture/choice.rs"]
mod choice;
#[path = "golden_fixture/dates.rs"]
mod dates;
#[path = "golden_fixture/defaults.rs"]
mod defaults;
#[path = "golden_fixture/extension.rs"]
mod extension;
#[path = "golden_fixture/harness.rs"]
mod harness;
#[path = "golden_fixture/message.rs"]
mod message;
#[path = "golden_fixture/nil.rs"]
mod nil;
#[path = "golden_fixture/restriction.rs"]
mod restriction;
mod support;
