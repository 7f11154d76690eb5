//! The official StUF-JZ reference lists (`referentielijsten-*.xlsx`):
//! jeugdzorgrollen (sheet `JZR`) and instanties (sheets `INS <maand> <jaar>`).
//!
//! [`ReferenceLists::builtin`] holds the lists read at build time from
//! `reference-lists/` (see `build.rs`); [`ReferenceLists::from_xlsx`]
//! (feature `xlsx`, on by default) loads a newer monthly workbook at run
//! time, without rebuilding.
//!
//! A code is checked against the lists valid on the message's own
//! `StUF:tijdstipBericht`: a role code must lie within its `Datum begin
//! geldigheid` / `Datum einde geldigheid` (the end day itself is no longer
//! valid); an instantie code must be on the `INS` sheet of that month (the
//! newest sheet not later than the message) and lie within its `DTAANV` /
//! `DTOPHINST`.

// `to_compact` and the date conversions also serve build.rs and the tests.
#[allow(dead_code)]
mod data;
#[cfg(feature = "xlsx")]
mod workbook;

use std::sync::OnceLock;

use data::ListData;
pub use data::{Instantie, InstantieList, RoleCode, Ymd};

/// The reference lists used by the code rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceLists {
    data: ListData,
}

/// How a code relates to the list valid on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Validity {
    /// The code is valid on that date.
    Valid,
    /// The code is not in the list.
    Unknown,
    /// The code was valid, but not any more on that date.
    Expired {
        /// Valid from (when known).
        from: Option<Ymd>,
        /// No longer valid from this day.
        until: Ymd,
    },
    /// The code becomes valid only later.
    NotYetValid {
        /// Valid from this day.
        from: Ymd,
    },
}

fn validity(from: Option<Ymd>, until: Option<Ymd>, on: Ymd) -> Validity {
    match (from, until) {
        (Some(from), _) if on < from => Validity::NotYetValid { from },
        (_, Some(until)) if on >= until => Validity::Expired { from, until },
        _ => Validity::Valid,
    }
}

/// `yyyymmdd` as `dd-mm-yyyy`, as written in the lists' own documentation.
pub fn show_date(d: Ymd) -> String {
    format!("{:02}-{:02}-{:04}", d % 100, d / 100 % 100, d / 10000)
}

/// An error reading a reference-list workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListError(pub String);

impl std::fmt::Display for ListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ListError {}

impl ReferenceLists {
    /// The lists built into this crate (read from `reference-lists/` at
    /// build time).
    pub fn builtin() -> &'static ReferenceLists {
        static BUILTIN: OnceLock<ReferenceLists> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let text = include_str!(concat!(env!("OUT_DIR"), "/reference_lists.tsv"));
            let data = ListData::from_compact(text).expect("build.rs writes a valid table");
            ReferenceLists { data }
        })
    }

    /// Loads a reference-list workbook (`referentielijsten-*.xlsx`).
    #[cfg(feature = "xlsx")]
    pub fn from_xlsx(path: impl AsRef<std::path::Path>) -> Result<ReferenceLists, ListError> {
        let path = path.as_ref();
        let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path)
            .map_err(|e| ListError(format!("{}: {e}", path.display())))?;
        let name = path.display().to_string();
        workbook::read_workbook(&mut wb, &name)
            .map(|data| ReferenceLists { data })
            .map_err(|e| ListError(format!("{}: {e}", path.display())))
    }

    /// Loads a reference-list workbook from its bytes.
    #[cfg(feature = "xlsx")]
    pub fn from_xlsx_bytes(bytes: &[u8], source: &str) -> Result<ReferenceLists, ListError> {
        let mut wb: calamine::Xlsx<_> = calamine::Reader::new(std::io::Cursor::new(bytes))
            .map_err(|e| ListError(format!("{source}: {e}")))?;
        workbook::read_workbook(&mut wb, source)
            .map(|data| ReferenceLists { data })
            .map_err(|e| ListError(format!("{source}: {e}")))
    }

    /// Where the lists come from (the workbook's file name).
    pub fn source(&self) -> &str {
        &self.data.source
    }

    /// The jeugdzorgrollen (sheet `JZR`).
    pub fn roles(&self) -> &[RoleCode] {
        &self.data.roles
    }

    /// The `INS` sheets, oldest first.
    pub fn instantie_lists(&self) -> &[InstantieList] {
        &self.data.instanties
    }

    /// The role with this code.
    pub fn role(&self, code: &str) -> Option<&RoleCode> {
        self.data.roles.iter().find(|r| r.code == code)
    }

    /// Whether a role code is valid on a date.
    pub fn role_validity(&self, code: &str, on: Ymd) -> Validity {
        match self.role(code) {
            None => Validity::Unknown,
            Some(r) => validity(r.valid_from, r.valid_until, on),
        }
    }

    /// The `INS` sheet valid on a date: the newest one not later than the
    /// date, or else the oldest one there is (older sheets are removed from
    /// the workbook as new ones are published).
    pub fn instantie_list_on(&self, on: Ymd) -> Option<&InstantieList> {
        let lists = &self.data.instanties;
        lists
            .iter()
            .rev()
            .find(|l| l.valid_from <= on)
            .or_else(|| lists.first())
    }

    /// Whether an instantie code (`IDINST`) is valid on a date.
    pub fn instantie_validity(&self, code: &str, on: Ymd) -> Validity {
        let Some(list) = self.instantie_list_on(on) else {
            return Validity::Unknown;
        };
        match list.entries.iter().find(|i| i.code == code) {
            None => Validity::Unknown,
            Some(i) => validity(i.valid_from, i.valid_until, on),
        }
    }
}
