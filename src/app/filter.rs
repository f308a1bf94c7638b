//! The kind filter of the hit list (Ctrl-K).

/// Which kinds of entries the hit list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Occupations,
    Specialties,
}

impl Filter {
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::Occupations,
            Filter::Occupations => Filter::Specialties,
            Filter::Specialties => Filter::All,
        }
    }

    /// The kind the list is limited to, if any.
    pub fn kind(self) -> Option<crate::dataset::Kind> {
        match self {
            Filter::All => None,
            Filter::Occupations => Some(crate::dataset::Kind::Occupation),
            Filter::Specialties => Some(crate::dataset::Kind::Specialty),
        }
    }
}
