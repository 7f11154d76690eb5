//! The rules of StUF-JZ messages beyond the XML Schemas: the StUF 03.01
//! rules, the koppelvlak's CORV rules, the BSN 11-proef and the official
//! reference lists — what CORV's validation service (GVS) rejects with an
//! Fo01 although the message passes the schemas.
//!
//! ```no_run
//! use stuf_jz::SchemaVersion;
//! use stuf_jz_rules::{check_xml, RuleSet, RULES};
//!
//! let xml = std::fs::read_to_string("vto.xml").unwrap();
//! match check_xml(SchemaVersion::V1_0_7, &xml, &RuleSet::default()) {
//!     Ok(violations) => for v in violations { eprintln!("vto.xml:{v}") }, // LINE:COL: PATH: RULE-ID: message
//!     Err(schema) => for v in schema.violations { eprintln!("vto.xml:{v}") },
//! }
//! for rule in RULES {
//!     println!("{} {} {} ({})", rule.id, rule.severity, rule.description, rule.source);
//! }
//! ```
//!
//! # The rules
//! [`RULES`] lists every rule with its id, severity, description and source
//! (document and section, or the archived forum thread of the koppelvlak);
//! each entry also says why it has its severity. [`RuleSet`] selects rules
//! by group (`stuf`, `corv`), id and severity.
//!
//! # What is checked where
//! - BSN 11-proef: every element of type `BG:BSN-e`, which in 1.0.7 and
//!   1.0.9 are `BG:inp.bsn` and `BG:inn.nnpId` (a test checks this list
//!   against the schemas).
//! - Dates (`stuf-datum`): every element of type `StUF:Datum-e` /
//!   `StUF:DatumMetIndicator` / `StUF:Tijdstip(-e)`, and every
//!   `StUF:extraElement` with `StUF:indOnvolledigeDatum`.
//! - Reference lists ([`mod@reference`]): the JZR role code in `ZKN:code` of
//!   `heeftAlsBelanghebbende` and `heeftAlsOverigBetrokkene` (every message
//!   that has them: vtoDi01, zorgmeldingDi01, vtMeldingDi01, the
//!   terugkoppelingen, notificatieDi01); the INS instantie code (IDINST) in the
//!   extraElements `uitvoerendeInstantie` and `beslissendeInstantie`
//!   (of `leidtTot/gerelateerde`, the besluit). Checked against the lists valid
//!   on `StUF:tijdstipBericht`. Not checked: the extraElement `instantie` of a
//!   notificatie (the forum `vraag-mbt-instanties-corv-bericht` reports OINs
//!   there, not IDINST codes, without an answer) and the stuurgegevens'
//!   `organisatie` (no rule names a list for it).
//! - Rules across two messages: [`check_terugkoppeling_bsn`],
//!   [`check_notificatie_vto`].
//!
//! The rules read a message that passed the schema. [`check_rules`] takes a
//! typed message of `stuf_jz::v1_0_7` or `stuf_jz::v1_0_9` (it carries no
//! positions, so violations have none); [`check_xml`] reads the text and
//! gives each violation the line and column of its element.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod catalogue;
mod cross;
mod input;
pub mod reference;
mod rules;
mod tree;
mod violation;

pub use catalogue::{ids, rule, Group, RuleInfo, RuleSet, Severity, RULES};
pub use input::{CheckRules, RuleInput};
pub use reference::ReferenceLists;
pub use rules::{
    bsn_11_proef, BSN_ELEMENTS, DATE_ELEMENTS, INSTANTIE_EXTRA_ELEMENTS, MAX_MESSAGE_BYTES,
    ROLE_CODE_PARENTS, TIMESTAMP_ELEMENTS,
};
pub use violation::RuleViolation;

use stuf_jz_types::ReadError;
use tree::Tree;

/// Runs the rules on the text of a message that passed the schema.
fn run_tree(
    tree: &Tree<'_>,
    rules: &RuleSet,
    lists: &ReferenceLists,
    with_positions: bool,
) -> Vec<RuleViolation> {
    let mut ctx = rules::Ctx {
        tree,
        rules,
        lists,
        date: rules::message_date(tree),
        found: Vec::new(),
    };
    rules::run(&mut ctx);
    let mut found = ctx.found;
    found.sort_by_key(|(at, _)| tree.node(*at).offset);
    found
        .into_iter()
        .map(|(at, mut v)| {
            if with_positions {
                v.position = Some(tree.position(at));
            }
            v
        })
        .collect()
}

/// Checks XML text that already passed the schema (for example after
/// `SchemaVersion::validate` returned no violation), with the line and
/// column of every violation. Text that is not well-formed gives no
/// violation (the schema check reports it).
pub fn check_valid_xml(xml: &str, rules: &RuleSet, lists: &ReferenceLists) -> Vec<RuleViolation> {
    match Tree::parse(xml) {
        Some(tree) => run_tree(&tree, rules, lists, true),
        None => Vec::new(),
    }
}

/// Reads a message of `version` and checks the rules (built-in reference
/// lists). A message that breaks the schema gives its schema violations
/// as the error.
pub fn check_xml(
    version: stuf_jz::SchemaVersion,
    xml: &str,
    rules: &RuleSet,
) -> Result<Vec<RuleViolation>, ReadError> {
    check_xml_with(version, xml, rules, ReferenceLists::builtin())
}

/// [`check_xml`] with other reference lists (a newer workbook loaded with
/// [`ReferenceLists::from_xlsx`]).
pub fn check_xml_with(
    version: stuf_jz::SchemaVersion,
    xml: &str,
    rules: &RuleSet,
    lists: &ReferenceLists,
) -> Result<Vec<RuleViolation>, ReadError> {
    let violations = version.validate(xml);
    if !violations.is_empty() {
        return Err(ReadError { violations });
    }
    Ok(check_valid_xml(xml, rules, lists))
}

/// Checks the rules on a typed message (built-in reference lists). The
/// violations have paths but no positions.
pub fn check_rules<M: RuleInput + ?Sized>(message: &M, rules: &RuleSet) -> Vec<RuleViolation> {
    check_rules_with(message, rules, ReferenceLists::builtin())
}

/// [`check_rules`] with other reference lists.
pub fn check_rules_with<M: RuleInput + ?Sized>(
    message: &M,
    rules: &RuleSet,
    lists: &ReferenceLists,
) -> Vec<RuleViolation> {
    let xml = message.rule_xml();
    match Tree::parse(&xml) {
        Some(tree) => run_tree(&tree, rules, lists, false),
        None => Vec::new(),
    }
}

fn pair<A, B, F>(a: &A, b: &B, f: F) -> Vec<RuleViolation>
where
    A: RuleInput + ?Sized,
    B: RuleInput + ?Sized,
    F: Fn(&Tree<'_>, &Tree<'_>, bool) -> Vec<RuleViolation>,
{
    let (xa, xb) = (a.rule_xml(), b.rule_xml());
    match (Tree::parse(&xa), Tree::parse(&xb)) {
        (Some(ta), Some(tb)) => f(&ta, &tb, a.has_positions() && b.has_positions()),
        _ => Vec::new(),
    }
}

/// `corv-terugkoppeling-bsn`: the client BSNs of a terugkoppeling
/// (`zorgmeldingTerugkoppelingDi01`, `vtTerugkoppelingDi01`) equal those of
/// the melding it answers (`zorgmeldingDi01`, `vtMeldingDi01`). Either
/// argument may be a typed message or XML text (`str`); violations point
/// into the terugkoppeling.
pub fn check_terugkoppeling_bsn<A: RuleInput + ?Sized, B: RuleInput + ?Sized>(
    melding: &A,
    terugkoppeling: &B,
) -> Vec<RuleViolation> {
    pair(melding, terugkoppeling, cross::terugkoppeling_bsn)
}

/// `corv-notificatie-vto`: a notificatieDi01 refers to the vtoDi01 it
/// reports on by `heeftBetrekkingOpAndere/gerelateerde/identificatie`, the
/// VTO's zaak identificatie (not by crossRefnummer). Violations point into
/// the notificatie.
pub fn check_notificatie_vto<A: RuleInput + ?Sized, B: RuleInput + ?Sized>(
    notificatie: &A,
    vto: &B,
) -> Vec<RuleViolation> {
    pair(notificatie, vto, cross::notificatie_vto)
}
