//! The catalogue of rules: id, severity, group, description and source of
//! each, and [`RuleSet`], the selection a check runs.

use std::fmt;

/// How bad breaking a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look, but the receiver is not known to reject it.
    Warning,
    /// The receiver (CORV's validation service, or any StUF end node)
    /// rejects the message.
    Error,
}

impl Severity {
    /// `error` or `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which body of rules a rule belongs to (`--rules stuf|corv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The StUF 03.01 standard.
    Stuf,
    /// The koppelvlak (CORV rules, BSN 11-proef, reference lists).
    Corv,
}

impl Group {
    /// `stuf` or `corv`.
    pub fn name(self) -> &'static str {
        match self {
            Group::Stuf => "stuf",
            Group::Corv => "corv",
        }
    }
}

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable id (`bsn-11-proef`, `corv-a3.2`).
    pub id: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// Its group.
    pub group: Group,
    /// What it requires, in one line.
    pub description: &'static str,
    /// Where the rule comes from (document and section, or forum thread).
    pub source: &'static str,
    /// Why it has this severity.
    pub severity_reason: &'static str,
}

macro_rules! catalogue {
    ($( $const:ident = $id:literal, $sev:ident, $group:ident, $desc:literal, $source:literal, $why:literal; )*) => {
        /// The ids of the rules, as constants.
        pub mod ids {
            $(
                #[doc = concat!("`", $id, "`: ", $desc)]
                pub const $const: &str = $id;
            )*
        }
        /// Every rule, in the order `stuf-jz rules` lists them.
        pub const RULES: &[RuleInfo] = &[
            $( RuleInfo {
                id: $id,
                severity: Severity::$sev,
                group: Group::$group,
                description: $desc,
                source: $source,
                severity_reason: $why,
            }, )*
        ];
    };
}

catalogue! {
    ZENDER_ONTVANGER = "stuf-zender-ontvanger", Error, Stuf,
        "zender and ontvanger of the stuurgegevens are different systems",
        "StUF 03.01 In Gebruik v27 §4.3 (stuurgegevens); shared/docs/stuf-protocol.md",
        "a message addressed to its own sender cannot be routed and is refused";
    TIJDSTIP_BERICHT = "stuf-tijdstip-bericht", Error, Stuf,
        "StUF:tijdstipBericht is a real timestamp (yyyymmddhhmmssmmm, a date and time that exist)",
        "StUF 03.01 In Gebruik v27 §4.3, §4.4 (StUF019 compares it); shared/docs/stuf-protocol.md",
        "the receiver orders messages by it (StUF019) and cannot with an impossible time";
    DATUM = "stuf-datum", Error, Stuf,
        "every StUF date and timestamp is a real date for the parts that are known (StUF:indOnvolledigeDatum)",
        "StUF 03.01 In Gebruik v27 §3.4 (onvolledige datum); shared/docs/stuf-protocol.md",
        "an impossible date (20260231) cannot be stored by the receiver";
    NO_VALUE_NIL = "stuf-novalue-nil", Error, Stuf,
        "StUF:noValue only on an element with xsi:nil=\"true\"",
        "StUF 03.01 In Gebruik v27 §3.3.1 (noValue); shared/docs/stuf-protocol.md",
        "a value that says it has no value is contradictory; the standard forbids it";
    BSN_11_PROEF = "bsn-11-proef", Error, Corv,
        "every element of type BG:BSN-e (BG:inp.bsn, BG:inn.nnpId) passes the 11-proef",
        "forum betrokkene-bevat-geen-identificerend-gegeven, ongeldige-bsn-zorgmeldingen-en-notificaties-op-stp; shared/docs/corv-rules.md",
        "CORV's validation service answers Fo01 for a BSN that fails the 11-proef";
    IDENTIFICATIE = "corv-identificatie", Error, Corv,
        "every natural person has a BSN, RNI-nummer, vreemdelingennummer or beschrijvende identificatie (anp.identificatie), except an unborn child",
        "forum betrokkene-bevat-geen-identificerend-gegeven (informatiemodel, attribuut Burgerservicenummer)",
        "the informatiemodel requires one identifying value; CORV cannot match the person";
    A3_2 = "corv-a3.2", Error, Corv,
        "vtoDi01: extraElement clientvolgnummer is unique over all heeftBetrekkingOp",
        "koppelvlak CORV-A3.2; forum testregel-corv-a32-incorrect",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    A3_4 = "corv-a3.4", Error, Corv,
        "vtoDi01: a heeftBetrekkingOp \"Client (kind)\" has voornamen, geslachtsnaam and geboortedatum (geboortedatum may be nil)",
        "koppelvlak CORV-A3.4; forum testregels-corv-a34-en-corv-b23-moeten-ook-checken-op-geboortedatum",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    A5_5 = "corv-a5.5", Error, Corv,
        "vtoDi01: an unborn child has exactly one heeftAlsBelanghebbende referring to it, \"ouder, gezag niet benoemd\", a woman (the mother)",
        "koppelvlak CORV-A5.5a/b; forum vto-met-een-geboren-en-ongeboren-kind",
        "a CORV rule of the vtoDi01 (JustId rejects the VTO)";
    A5_6 = "corv-a5.6", Error, Corv,
        "vtoDi01: the same gezaghebbende occurs only once as heeftAlsBelanghebbende (one element, several clientvolgnummers)",
        "koppelvlak CORV-A5.6; forum clientvolgnummers-bij-één-gezagsdrager",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    A6_2 = "corv-a6.2", Error, Corv,
        "vtoDi01: the mother of an unborn child has a telephone number",
        "koppelvlak CORV-A6.2 (A5.5); forum telefoonnummer-ontbreekt-vtodi01tg3xml, vto-met-een-geboren-en-ongeboren-kind",
        "a CORV rule of the vtoDi01 (JustId rejects the VTO)";
    A9_1 = "corv-a9.1", Error, Corv,
        "vtoDi01: exactly one heeftRelevant with dct.omschrijving \"Verzoek tot onderzoek RvdK\"",
        "koppelvlak CORV-A9.1; forum max-1-bijlage-gezinsgeschiedenis-vtodi01-toegestaan",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    A9_2 = "corv-a9.2", Error, Corv,
        "vtoDi01: all heeftRelevant/gerelateerde/inhoud together at most 10 MB (decoded)",
        "koppelvlak CORV-A9.2; forum max-1-bijlage-gezinsgeschiedenis-vtodi01-toegestaan",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    A9_3 = "corv-a9.3", Error, Corv,
        "vtoDi01: at most one heeftRelevant \"Gezinsgeschiedenis\"",
        "koppelvlak CORV-A9.3; forum max-1-bijlage-gezinsgeschiedenis-vtodi01-toegestaan",
        "a CORV rule of the vtoDi01 (GVS answers Fo01)";
    B2_3 = "corv-b2.3", Error, Corv,
        "notificatieDi01: a heeftBetrekkingOp \"Client (kind)\" has voornamen, geslachtsnaam and geboortedatum (geboortedatum may be nil)",
        "koppelvlak CORV-B2.3; forum testregels-corv-a34-en-corv-b23-moeten-ook-checken-op-geboortedatum",
        "a CORV rule of the notificatieDi01";
    C2_2 = "corv-c2.2", Error, Corv,
        "toezichtSoort present => toezichtBegindatum present",
        "koppelvlak CORV-C2.2; forum testregel-corv-c22-niet-strak-genoeg-beschreven",
        "a CORV rule of the zorgmelding / notificatie";
    C2_4 = "corv-c2.4", Error, Corv,
        "toezichtSoort absent => no toezichtBegindatum and no toezichtEinddatum",
        "koppelvlak CORV-C2.4; forum testregel-corv-c22-niet-strak-genoeg-beschreven",
        "a CORV rule of the zorgmelding / notificatie";
    D4_1 = "corv-d4.1", Error, Corv,
        "terugkoppeling: resultaat \"Vervolgactie nodig\" requires a heeftAlsBelanghebbende Vestiging (contact person optional)",
        "koppelvlak CORV-D4.1; forum zorgmeldingterugkoppelingdi01-wel-geen-contactpersoon-bij-vervolgactie",
        "a CORV rule of the terugkoppeling";
    ROLCODE = "corv-jzr-rolcode", Error, Corv,
        "ZKN:code of heeftAlsBelanghebbende / heeftAlsOverigBetrokkene is a JZR role code valid on tijdstipBericht",
        "referentielijsten JZR (sheet JZR); forum jeugdzorgrollen-het-vto-bericht-beperken",
        "codes outside the list, or expired ones (\"niet te gebruiken\"), are refused";
    INSTANTIE = "corv-ins-instantie", Error, Corv,
        "extraElement uitvoerendeInstantie / beslissendeInstantie is an INS IDINST code valid on tijdstipBericht",
        "referentielijsten INS (sheets INS <maand>); forum foutieve-notatie-uitvoerendeinstantie (IDINST in TINSTANT)",
        "the value must come from the INSTANTIE reference list";
    EXTRA_NAAM = "corv-extraelement-naam", Warning, Corv,
        "an extraElement naam that differs only in case from a name of the koppelvlak (uitvoerendeInstantie, clientvolgnummer, ...)",
        "forum foutieve-notatie-uitvoerendeinstantie",
        "names are case-sensitive, so the element is not recognised; a warning because the list of names known here is not the whole specification";
    TERUGKOPPELING_BSN = "corv-terugkoppeling-bsn", Error, Corv,
        "two messages: the client BSNs of a terugkoppeling equal those of the melding it answers",
        "forum ongeldige-bsn-zorgmeldingen-en-notificaties-op-stp",
        "CORV checks it; a terugkoppeling about another child cannot be matched";
    NOTIFICATIE_VTO = "corv-notificatie-vto", Error, Corv,
        "two messages: a notificatie refers to its VTO by heeftBetrekkingOpAndere/gerelateerde/identificatie = the VTO's zaak identificatie",
        "forum notificaties-op-vto-en-cross-referentie, beschikking-rechtbank-jrjb-rvdk",
        "the municipality matches the notificatie to its VTO only through this identificatie";
    OMVANG = "corv-omvang", Error, Corv,
        "the message is at most 35 MB",
        "forum omvang-bijlagen-vto-bericht",
        "CORV refuses a larger message at the door";
}

/// The catalogue entry of a rule id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// Which rules a check runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    enabled: Vec<&'static str>,
}

impl Default for RuleSet {
    /// Every rule.
    fn default() -> Self {
        RuleSet::all()
    }
}

impl RuleSet {
    /// Every rule.
    pub fn all() -> Self {
        RuleSet {
            enabled: RULES.iter().map(|r| r.id).collect(),
        }
    }

    /// No rule.
    pub fn none() -> Self {
        RuleSet {
            enabled: Vec::new(),
        }
    }

    /// The rules of one group (`--rules stuf`, `--rules corv`).
    pub fn group(group: Group) -> Self {
        RuleSet {
            enabled: RULES
                .iter()
                .filter(|r| r.group == group)
                .map(|r| r.id)
                .collect(),
        }
    }

    /// Selection by name as on the command line: `all`, `stuf`, `corv`, or
    /// `schema` (no rule beyond the schema).
    pub fn by_name(name: &str) -> Option<Self> {
        match name {
            "all" => Some(RuleSet::all()),
            "stuf" => Some(RuleSet::group(Group::Stuf)),
            "corv" => Some(RuleSet::group(Group::Corv)),
            "schema" => Some(RuleSet::none()),
            _ => None,
        }
    }

    /// Only these rule ids; an unknown id is an error.
    pub fn only<'a>(ids: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        let mut set = RuleSet::none();
        for id in ids {
            set.enabled
                .push(rule(id).ok_or_else(|| format!("unknown rule `{id}`"))?.id);
        }
        Ok(set)
    }

    /// Without these rule ids.
    pub fn without<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Self {
        let ids: Vec<&str> = ids.into_iter().collect();
        self.enabled.retain(|e| !ids.contains(e));
        self
    }

    /// Only the rules of at least this severity.
    pub fn min_severity(mut self, severity: Severity) -> Self {
        self.enabled
            .retain(|id| rule(id).is_some_and(|r| r.severity >= severity));
        self
    }

    /// Whether a rule runs.
    pub fn is_enabled(&self, id: &str) -> bool {
        self.enabled.contains(&id)
    }

    /// The rules that run, in catalogue order.
    pub fn rules(&self) -> impl Iterator<Item = &'static RuleInfo> + '_ {
        RULES.iter().filter(|r| self.is_enabled(r.id))
    }
}
