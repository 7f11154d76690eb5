//! Answers to a received message with the stuurgegevens StUF 03.01
//! prescribes (§4.4.1, §4.4.3): zender and ontvanger of the message
//! answered swapped, a new referentienummer, the replier's
//! tijdstipBericht, and `crossRefnummer` = the referentienummer answered.
//!
//! Bv04 gets the same full stuurgegevens: the text of the standard gives it
//! only a berichtcode, but `stuf0301.xsd` requires all five (the erratum
//! was rejected), and the schema is followed.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use chrono::NaiveDateTime;
use stuf_jz::SchemaVersion;
use stuf_jz_types::writer::escape;
use stuf_jz_types::{FoType, Foutcode, StufMessage, Systeem, Violation};

use crate::header::STUF_NS;

/// `StUF:Foutdetails` holds at most 1000 characters.
pub const MAX_DETAILS: usize = 1000;
/// `StUF:Refnummer` holds at most 40 characters.
const MAX_REFNUMMER: usize = 40;
/// `StUF:Melding` holds at most 250 characters.
const MAX_MELDING: usize = 250;

/// Where new referentienummers come from.
pub trait ReferenceGenerator: Send + Sync {
    /// A referentienummer not given out before (at most 40 characters).
    fn next_reference(&self) -> String;
}

/// Where the replier's time comes from.
pub trait Clock: Send + Sync {
    /// The current local time.
    fn now(&self) -> NaiveDateTime;
}

/// The machine's local time.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> NaiveDateTime {
        chrono::Local::now().naive_local()
    }
}

/// A clock that stands still until moved (for tests).
#[derive(Debug)]
pub struct FixedClock(pub Mutex<NaiveDateTime>);

impl FixedClock {
    /// A clock showing `at`.
    pub fn new(at: NaiveDateTime) -> Self {
        FixedClock(Mutex::new(at))
    }
}

impl Clock for FixedClock {
    fn now(&self) -> NaiveDateTime {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// `PREFIX-<start>-<counter>`: unique per process start (the start time
/// in milliseconds) and counting up.
#[derive(Debug)]
pub struct CountingReferences {
    prefix: String,
    counter: AtomicU64,
}

impl CountingReferences {
    /// References `PREFIX-START-N`; `start` distinguishes restarts.
    pub fn new(prefix: impl Into<String>, start: u64) -> Self {
        CountingReferences {
            prefix: prefix.into(),
            counter: AtomicU64::new(start),
        }
    }

    /// Starting at the current time in milliseconds, so that a restarted
    /// server does not give out a reference twice.
    pub fn from_time(prefix: impl Into<String>) -> Self {
        let start = chrono::Utc::now().timestamp_millis().max(0) as u64 * 1000;
        Self::new(prefix, start)
    }
}

impl ReferenceGenerator for CountingReferences {
    fn next_reference(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let mut out = format!("{}-{n}", self.prefix);
        out.truncate(MAX_REFNUMMER);
        out
    }
}

/// A reply message, written and checked against the schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// `Bv01`, `Bv03`, `Bv04`, `Fo01`, `Fo03`.
    pub berichtcode: &'static str,
    /// Its referentienummer.
    pub referentienummer: String,
    /// The message (`<StUF:Bv03Bericht ...>`), with an XML declaration.
    pub xml: String,
    /// The error code of a Fo-bericht.
    pub code: Option<Foutcode>,
}

impl Reply {
    /// The root element name (`Bv03Bericht`).
    pub fn root(&self) -> String {
        format!("{}Bericht", self.berichtcode)
    }

    /// The reply as a typed 1.0.7 message.
    pub fn to_v1_0_7(&self) -> Result<stuf_jz::v1_0_7::Message, stuf_jz::ReadError> {
        stuf_jz::v1_0_7::Message::from_xml(&self.xml)
    }

    /// The reply as a typed 1.0.9 message.
    pub fn to_v1_0_9(&self) -> Result<stuf_jz::v1_0_9::Message, stuf_jz::ReadError> {
        stuf_jz::v1_0_9::Message::from_xml(&self.xml)
    }
}

/// Why no reply was made.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplyError {
    /// Tabel 4.1 does not allow this code in this Fo-type.
    CodeNotAllowed(Foutcode, FoType),
    /// The reply breaks the schema (the received stuurgegevens lack what
    /// the reply must copy, such as an applicatie).
    Invalid(Vec<Violation>),
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::CodeNotAllowed(code, fo) => write!(
                f,
                "{code} may not be sent in a {fo} (Tabel 4.1 allows it in {})",
                code.fo_types()
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ReplyError::Invalid(violations) => {
                write!(f, "the reply would break the schema:")?;
                for v in violations {
                    write!(f, "\n  {v}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ReplyError {}

/// Makes replies: one referentienummer generator and one clock.
pub struct Replier {
    references: Box<dyn ReferenceGenerator>,
    clock: Box<dyn Clock>,
}

impl fmt::Debug for Replier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Replier")
    }
}

impl Replier {
    /// A replier with its reference generator and clock.
    pub fn new(references: impl ReferenceGenerator + 'static, clock: impl Clock + 'static) -> Self {
        Replier {
            references: Box::new(references),
            clock: Box::new(clock),
        }
    }

    /// Bv03: received, stored safely, stuurgegevens checked.
    pub fn acknowledge(&self, received: &impl StufMessage) -> Result<Reply, ReplyError> {
        self.make("Bv03", received, "", None)
    }

    /// Bv04: an intermediary will deliver the message.
    pub fn accept_for_delivery(&self, received: &impl StufMessage) -> Result<Reply, ReplyError> {
        self.make("Bv04", received, "", None)
    }

    /// Bv01: processed, with optional `StUF:melding`s.
    pub fn processed(
        &self,
        received: &impl StufMessage,
        meldingen: &[&str],
    ) -> Result<Reply, ReplyError> {
        let mut body = String::new();
        for m in meldingen {
            body.push_str(&format!(
                "  <StUF:melding>{}</StUF:melding>\n",
                escape(&truncate(m, MAX_MELDING))
            ));
        }
        self.make("Bv01", received, &body, None)
    }

    /// Fo03 when Tabel 4.1 allows the code there (a stuurgegevens error,
    /// synchronous), else Fo01 (processing failed, asynchronous); a code
    /// allowed in neither (Fo02 only) is refused.
    pub fn reject(
        &self,
        received: &impl StufMessage,
        code: Foutcode,
        details: Option<&str>,
    ) -> Result<Reply, ReplyError> {
        let fo = if code.allowed_in(FoType::Fo03) {
            FoType::Fo03
        } else if code.allowed_in(FoType::Fo01) {
            FoType::Fo01
        } else {
            FoType::Fo03
        };
        self.reject_as(fo, received, code, details)
    }

    /// A Fo01 or Fo03 with `code`; refused when Tabel 4.1 does not allow
    /// the code in that type (`Fo02` is synchronous and not made here).
    pub fn reject_as(
        &self,
        fo: FoType,
        received: &impl StufMessage,
        code: Foutcode,
        details: Option<&str>,
    ) -> Result<Reply, ReplyError> {
        if fo == FoType::Fo02 || !code.allowed_in(fo) {
            return Err(ReplyError::CodeNotAllowed(code, fo));
        }
        let mut body = format!(
            "  <StUF:body>\n    <StUF:code>{}</StUF:code>\n    <StUF:plek>{}</StUF:plek>\n    <StUF:omschrijving>{}</StUF:omschrijving>\n",
            code.code(),
            code.plek(),
            escape(code.omschrijving())
        );
        if let Some(details) = details.filter(|d| !d.is_empty()) {
            body.push_str(&format!(
                "    <StUF:details>{}</StUF:details>\n",
                escape(&truncate(details, MAX_DETAILS))
            ));
        }
        body.push_str("  </StUF:body>\n");
        let berichtcode = match fo {
            FoType::Fo01 => "Fo01",
            _ => "Fo03",
        };
        self.make(berichtcode, received, &body, Some(code))
    }

    fn make(
        &self,
        berichtcode: &'static str,
        received: &impl StufMessage,
        body: &str,
        code: Option<Foutcode>,
    ) -> Result<Reply, ReplyError> {
        let s = received.stuurgegevens();
        let referentienummer = self.references.next_reference();
        let tijdstip = stuf_jz_types::date::format_timestamp(self.clock.now());
        let cross = s.referentienummer.as_deref().unwrap_or_default();
        let xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<StUF:{berichtcode}Bericht xmlns:StUF=\"{STUF_NS}\">\n  <StUF:stuurgegevens>\n    <StUF:berichtcode>{berichtcode}</StUF:berichtcode>\n{}{}    <StUF:referentienummer>{}</StUF:referentienummer>\n    <StUF:tijdstipBericht>{tijdstip}</StUF:tijdstipBericht>\n    <StUF:crossRefnummer>{}</StUF:crossRefnummer>\n  </StUF:stuurgegevens>\n{body}</StUF:{berichtcode}Bericht>\n",
            systeem("zender", &s.ontvanger),
            systeem("ontvanger", &s.zender),
            escape(&referentienummer),
            escape(&truncate(cross, MAX_REFNUMMER)),
        );
        let violations = SchemaVersion::V1_0_7.validate(&xml);
        if !violations.is_empty() {
            return Err(ReplyError::Invalid(violations));
        }
        Ok(Reply {
            berichtcode,
            referentienummer,
            xml,
            code,
        })
    }
}

fn systeem(element: &str, s: &Systeem<'_>) -> String {
    let mut out = format!("    <StUF:{element}>\n");
    for (name, value) in [
        ("organisatie", &s.organisatie),
        ("applicatie", &s.applicatie),
        ("administratie", &s.administratie),
        ("gebruiker", &s.gebruiker),
    ] {
        if let Some(value) = value {
            out.push_str(&format!(
                "      <StUF:{name}>{}</StUF:{name}>\n",
                escape(value)
            ));
        }
    }
    out.push_str(&format!("    </StUF:{element}>\n"));
    out
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}
