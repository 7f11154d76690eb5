//! The stuurgegevens of a received message, read without its schema: a
//! message whose body breaks the schema still has stuurgegevens to check
//! and to answer (StUF 03.01 §4.4: the body is validated after the Bv03).

use std::borrow::Cow;

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use stuf_jz_types::{Berichtcode, StufMessage, Stuurgegevens, Systeem};

/// The namespace of StUF 03.01.
pub const STUF_NS: &str = "http://www.egem.nl/StUF/StUF0301";

/// An owned system (zender, ontvanger).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Party {
    /// `StUF:organisatie`.
    pub organisatie: Option<String>,
    /// `StUF:applicatie`.
    pub applicatie: Option<String>,
    /// `StUF:administratie`.
    pub administratie: Option<String>,
    /// `StUF:gebruiker`.
    pub gebruiker: Option<String>,
}

impl Party {
    /// A party from `organisatie/applicatie[/administratie]` as written
    /// on the command line (`0363/JeugdzorgGemeente`).
    pub fn parse(spec: &str) -> Party {
        let mut parts = spec
            .split('/')
            .map(|p| Some(p.to_string()).filter(|p| !p.is_empty()));
        Party {
            organisatie: parts.next().flatten(),
            applicatie: parts.next().flatten(),
            administratie: parts.next().flatten(),
            gebruiker: None,
        }
    }

    /// The borrowed view.
    pub fn view(&self) -> Systeem<'_> {
        Systeem {
            organisatie: self.organisatie.as_deref().map(Cow::Borrowed),
            applicatie: self.applicatie.as_deref().map(Cow::Borrowed),
            administratie: self.administratie.as_deref().map(Cow::Borrowed),
            gebruiker: self.gebruiker.as_deref().map(Cow::Borrowed),
        }
    }

    /// Copies a borrowed view.
    pub fn from_view(s: &Systeem<'_>) -> Party {
        Party {
            organisatie: s.organisatie.as_ref().map(|v| v.to_string()),
            applicatie: s.applicatie.as_ref().map(|v| v.to_string()),
            administratie: s.administratie.as_ref().map(|v| v.to_string()),
            gebruiker: s.gebruiker.as_ref().map(|v| v.to_string()),
        }
    }

    /// Organisatie, applicatie and administratie: what identifies a
    /// system in Tabel 4.1 (StUF010, StUF013).
    pub fn key(&self) -> String {
        format!(
            "{}/{}/{}",
            self.organisatie.as_deref().unwrap_or(""),
            self.applicatie.as_deref().unwrap_or(""),
            self.administratie.as_deref().unwrap_or("")
        )
    }

    /// Whether `other` is this party (gebruiker is not compared; an
    /// administratie left out here matches any).
    pub fn matches(&self, other: &Party) -> bool {
        self.organisatie == other.organisatie
            && self.applicatie == other.applicatie
            && (self.administratie.is_none() || self.administratie == other.administratie)
    }
}

/// The root element and stuurgegevens of a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// Namespace of the root element.
    pub root_ns: String,
    /// Local name of the root element (`vtoDi01`, `Bv03Bericht`).
    pub root: String,
    /// `StUF:berichtcode` as written (empty when absent).
    pub berichtcode: String,
    /// `StUF:zender`.
    pub zender: Party,
    /// `StUF:ontvanger`.
    pub ontvanger: Party,
    /// `StUF:referentienummer`.
    pub referentienummer: Option<String>,
    /// `StUF:tijdstipBericht`.
    pub tijdstip_bericht: Option<String>,
    /// `StUF:crossRefnummer`.
    pub cross_ref_nummer: Option<String>,
    /// `StUF:functie`.
    pub functie: Option<String>,
}

/// Why no header could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError(pub String);

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HeaderError {}

impl Header {
    /// Reads the root element and the `stuurgegevens` child of a message.
    /// The rest of the document is only checked for well-formedness.
    pub fn read(xml: &str) -> Result<Header, HeaderError> {
        let mut reader = NsReader::from_str(xml);
        reader.config_mut().check_end_names = true;
        let mut header = Header::default();
        // Local names of the open elements.
        let mut path: Vec<String> = Vec::new();
        let mut text = String::new();
        loop {
            let at = reader.buffer_position();
            let (ns, event) = reader
                .read_resolved_event()
                .map_err(|e| HeaderError(format!("not well-formed XML at byte {at}: {e}")))?;
            match event {
                Event::Start(ref start) | Event::Empty(ref start) => {
                    let local = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                    if path.is_empty() {
                        if !header.root.is_empty() {
                            return Err(HeaderError("a second root element".into()));
                        }
                        header.root_ns = match ns {
                            ResolveResult::Bound(n) => {
                                String::from_utf8_lossy(n.as_ref()).into_owned()
                            }
                            _ => String::new(),
                        };
                        header.root = local.clone();
                    }
                    text.clear();
                    if matches!(event, Event::Start(_)) {
                        path.push(local);
                    } else {
                        path.push(local);
                        header.take(&path, "");
                        path.pop();
                    }
                }
                Event::Text(t) => {
                    let t = t
                        .unescape()
                        .map_err(|e| HeaderError(format!("bad character data: {e}")))?;
                    text.push_str(&t);
                }
                Event::CData(t) => text.push_str(&String::from_utf8_lossy(&t)),
                Event::End(_) => {
                    header.take(&path, text.trim());
                    text.clear();
                    path.pop();
                }
                Event::Eof => break,
                Event::DocType(_) => return Err(HeaderError("a DOCTYPE is not allowed".into())),
                _ => {}
            }
        }
        if header.root.is_empty() {
            return Err(HeaderError("no root element".into()));
        }
        Ok(header)
    }

    fn take(&mut self, path: &[String], text: &str) {
        let value = || Some(text.to_string());
        let [_, sg, rest @ ..] = path else {
            return;
        };
        if sg != "stuurgegevens" {
            return;
        }
        match rest {
            [e] if e == "berichtcode" => self.berichtcode = text.to_string(),
            [e] if e == "referentienummer" => self.referentienummer = value(),
            [e] if e == "tijdstipBericht" => self.tijdstip_bericht = value(),
            [e] if e == "crossRefnummer" => self.cross_ref_nummer = value(),
            [e] if e == "functie" => self.functie = value(),
            [who, part] if who == "zender" || who == "ontvanger" => {
                let party = if who == "zender" {
                    &mut self.zender
                } else {
                    &mut self.ontvanger
                };
                match part.as_str() {
                    "organisatie" => party.organisatie = value(),
                    "applicatie" => party.applicatie = value(),
                    "administratie" => party.administratie = value(),
                    "gebruiker" => party.gebruiker = value(),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// Copies the stuurgegevens of a typed message.
    pub fn of(message: &impl StufMessage, root_ns: &str, root: &str) -> Header {
        let s = message.stuurgegevens();
        let own = |v: &Option<Cow<'_, str>>| v.as_ref().map(|v| v.to_string());
        Header {
            root_ns: root_ns.to_string(),
            root: root.to_string(),
            berichtcode: s.berichtcode.as_str().to_string(),
            zender: Party::from_view(&s.zender),
            ontvanger: Party::from_view(&s.ontvanger),
            referentienummer: own(&s.referentienummer),
            tijdstip_bericht: own(&s.tijdstip_bericht),
            cross_ref_nummer: own(&s.cross_ref_nummer),
            functie: own(&s.functie),
        }
    }

    /// Whether the root is a StUF reply (`Bv01Bericht` ... `Fo03Bericht`).
    pub fn is_stuf_reply(&self) -> bool {
        self.root_ns == STUF_NS && self.root.ends_with("Bericht")
    }
}

impl StufMessage for Header {
    fn stuurgegevens(&self) -> Stuurgegevens<'_> {
        fn b(v: &Option<String>) -> Option<Cow<'_, str>> {
            v.as_deref().map(Cow::Borrowed)
        }
        Stuurgegevens {
            berichtcode: Berichtcode::from_lexical(&self.berichtcode),
            zender: self.zender.view(),
            ontvanger: self.ontvanger.view(),
            referentienummer: b(&self.referentienummer),
            tijdstip_bericht: b(&self.tijdstip_bericht),
            cross_ref_nummer: b(&self.cross_ref_nummer),
            functie: b(&self.functie),
        }
    }
}
