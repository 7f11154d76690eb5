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
//! The rules read a message that passed the schema. The stuurgegevens
//! rules read the typed message through `StufMessage` (the same for every
//! message of every version); the rules over the rest of the message walk
//! its elements once (the BSN type, the date types, noValue, the choices of
//! natuurlijkPersoon / vestiging are spread over hundreds of generated types,
//! whose choice and group names are not stable), with the paths of schema
//! violations. [`check_rules`] takes a typed `Message` of `stuf_jz::v1_0_7` or
//! `stuf_jz::v1_0_9` (it carries no positions, so violations have none);
//! [`check_xml`] reads the text and gives each violation the line and column
//! of its element, found by its path once a rule is broken.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod catalogue;
mod cross;
mod input;
pub mod reference;
mod rules;
mod tree;
mod typed;
mod violation;

pub use catalogue::{ids, rule, Group, RuleInfo, RuleSet, Severity, RULES};
pub use input::{CheckRules, MessageText, RuleInput};
pub use reference::ReferenceLists;
pub use rules::{
    bsn_11_proef, BSN_ELEMENTS, DATE_ELEMENTS, INSTANTIE_EXTRA_ELEMENTS, MAX_MESSAGE_BYTES,
    ROLE_CODE_PARENTS, TIMESTAMP_ELEMENTS,
};
pub use violation::RuleViolation;

use stuf_jz_types::xml::TreeSink;
use stuf_jz_types::ReadError;
use tree::Tree;
use typed::Typed;

/// Runs the rules on the tree of a message; places the typed rules'
/// violations by their paths.
fn run_tree(
    tree: &Tree<'_>,
    typed: Typed,
    rules: &RuleSet,
    lists: &ReferenceLists,
    with_positions: bool,
) -> Vec<RuleViolation> {
    let mut ctx = rules::Ctx {
        tree,
        rules,
        lists,
        date: typed.date,
        found: Vec::new(),
    };
    rules::run(&mut ctx);
    let mut found: Vec<(Option<usize>, RuleViolation)> =
        ctx.found.into_iter().map(|(at, v)| (Some(at), v)).collect();
    // The typed violations are located in the text only now that they exist.
    found.extend(typed.found.into_iter().map(|v| (tree.find(&v.path), v)));
    found.sort_by_key(|(at, _)| at.map(|at| tree.node(at).offset));
    found
        .into_iter()
        .map(|(at, mut v)| {
            if with_positions {
                v.position = at.map(|at| tree.position(at));
            }
            v
        })
        .collect()
}

/// Reads a message of `version` and checks the rules (built-in reference
/// lists); every violation has the line and column of its element. A
/// message that breaks the schema gives its schema violations as the error.
pub fn check_xml(
    version: stuf_jz::SchemaVersion,
    xml: &str,
    rules: &RuleSet,
) -> Result<Vec<RuleViolation>, ReadError> {
    check_xml_with(version, xml, rules, ReferenceLists::builtin())
}

/// Reads a typed message, recording its element tree on the way (one
/// parse for the schema, the typed rules and the tree rules), and runs the
/// typed rules on it.
macro_rules! read_typed {
    ($version:ident, $xml:expr, $rules:expr, $sink:expr) => {{
        let reader = stuf_jz_types::Reader::new($xml).record_tree($sink);
        let (message, violations) = stuf_jz::$version::Message::read_with(reader);
        match message {
            Some(m) if violations.is_empty() => typed::check(&m, m.root_name(), $rules),
            _ => return Err(ReadError { violations }),
        }
    }};
}

/// [`check_xml`] with other reference lists (a newer workbook loaded with
/// [`ReferenceLists::from_xlsx`]).
pub fn check_xml_with(
    version: stuf_jz::SchemaVersion,
    xml: &str,
    rules: &RuleSet,
    lists: &ReferenceLists,
) -> Result<Vec<RuleViolation>, ReadError> {
    let sink = TreeSink::new();
    let typed: Typed = match version {
        #[cfg(feature = "v1_0_7")]
        stuf_jz::SchemaVersion::V1_0_7 => read_typed!(v1_0_7, xml, rules, &sink),
        #[cfg(feature = "v1_0_9")]
        stuf_jz::SchemaVersion::V1_0_9 => read_typed!(v1_0_9, xml, rules, &sink),
    };
    // The tree the typed read recorded; parsed again only if it has none
    // (the rules never run without their tree).
    let tree = sink
        .take()
        .and_then(|elements| Tree::new(elements, xml))
        .or_else(|| Tree::parse(xml));
    match tree {
        Some(tree) => Ok(run_tree(&tree, typed, rules, lists, true)),
        None => Ok(typed.found),
    }
}

/// Checks the rules on a typed message (built-in reference lists). The
/// violations have paths but no positions.
pub fn check_rules<M: RuleInput>(message: &M, rules: &RuleSet) -> Vec<RuleViolation> {
    check_rules_with(message, rules, ReferenceLists::builtin())
}

/// [`check_rules`] with other reference lists.
pub fn check_rules_with<M: RuleInput>(
    message: &M,
    rules: &RuleSet,
    lists: &ReferenceLists,
) -> Vec<RuleViolation> {
    let typed = typed::check(message, message.root(), rules);
    let xml = message.rule_xml();
    match Tree::parse(&xml) {
        Some(tree) => run_tree(&tree, typed, rules, lists, false),
        None => typed.found,
    }
}

fn pair<A, B, F>(a: &A, b: &B, f: F) -> Vec<RuleViolation>
where
    A: MessageText + ?Sized,
    B: MessageText + ?Sized,
    F: Fn(&Tree<'_>, &Tree<'_>, bool) -> Vec<RuleViolation>,
{
    let (xa, xb) = (a.message_text(), b.message_text());
    match (Tree::parse(&xa), Tree::parse(&xb)) {
        (Some(ta), Some(tb)) => f(&ta, &tb, b.has_positions() && a.has_positions()),
        _ => Vec::new(),
    }
}

/// `corv-terugkoppeling-bsn`: the client BSNs of a terugkoppeling
/// (`zorgmeldingTerugkoppelingDi01`, `vtTerugkoppelingDi01`) equal those of
/// the melding it answers (`zorgmeldingDi01`, `vtMeldingDi01`). Either
/// argument may be a typed message or XML text that passed the schema
/// (`str`); violations point into the terugkoppeling.
pub fn check_terugkoppeling_bsn<A: MessageText + ?Sized, B: MessageText + ?Sized>(
    melding: &A,
    terugkoppeling: &B,
) -> Vec<RuleViolation> {
    pair(melding, terugkoppeling, |m, t, p| {
        cross::terugkoppeling_bsn(m, t, p)
    })
}

/// `corv-notificatie-vto`: a notificatieDi01 refers to the vtoDi01 it
/// reports on by `heeftBetrekkingOpAndere/gerelateerde/identificatie`, the
/// VTO's zaak identificatie (not by crossRefnummer). Violations point into
/// the notificatie.
pub fn check_notificatie_vto<A: MessageText + ?Sized, B: MessageText + ?Sized>(
    notificatie: &A,
    vto: &B,
) -> Vec<RuleViolation> {
    pair(notificatie, vto, cross::notificatie_vto)
}
