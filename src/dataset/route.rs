//! An entry's education route: its own stage list, or for doctors the shared doctor route
//! (Vg1 → medisinstudiet → autorisasjon → LIS1) that the specialist path then continues.

use super::model::{Occupation, Route, Specialty, Stage};
use super::{Dataset, EntryRef};

/// The stage ids of a route, from Vg1: `own` when the entry has one, else the doctor route
/// when the entry is a doctor (a specialty or a specialist role).
pub fn stage_ids<'a>(
    own: Option<&'a Route>,
    doctor: bool,
    doctor_route: &'a [String],
) -> &'a [String] {
    match own {
        Some(r) => &r.stages,
        None if doctor => doctor_route,
        None => &[],
    }
}

/// `(own route, is a doctor)` for an occupation.
pub fn of_occupation(o: &Occupation) -> (Option<&Route>, bool) {
    (o.route.as_ref(), o.specialty.is_some())
}

/// `(own route, is a doctor)` for a specialty: specialties never have their own.
pub fn of_specialty(_: &Specialty) -> (Option<&Route>, bool) {
    (None, true)
}

impl Dataset {
    /// The stages of an entry's route, in order, from Vg1 (empty when it has none).
    pub fn route(&self, id: &str) -> Vec<&Stage> {
        let Some(e) = self.entry(id) else {
            return Vec::new();
        };
        let (own, doctor) = match e {
            EntryRef::Occupation(o) => of_occupation(o),
            EntryRef::Specialty(s) => of_specialty(s),
        };
        stage_ids(own, doctor, &self.education.doctor_route)
            .iter()
            .filter_map(|s| self.stage(s))
            .collect()
    }

    /// The stage with this id.
    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The note an entry's own route carries.
    pub fn route_note(&self, id: &str) -> Option<&str> {
        match self.entry(id)? {
            EntryRef::Occupation(o) => o.route.as_ref()?.note.as_deref(),
            EntryRef::Specialty(_) => None,
        }
    }
}
