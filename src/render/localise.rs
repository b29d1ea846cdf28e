//! A report's words in the run's language, for every format alike: the history carries its
//! summary and warnings in English, and is worded again here in the language asked for.

use std::borrow::Cow;

use super::say;
use crate::history::History;
use crate::languages::Language;
use crate::profile::Provenance;

/// The history with its summary and warnings in `lang` (it carries them in English).
/// A warning the interface has no words for (a round whose findings read as another
/// language than it declares, a diagnostic as errors are) is kept in English.
pub(super) fn history_in(h: &History, lang: Language) -> Cow<'_, History> {
    if lang == Language::En {
        return Cow::Borrowed(h);
    }
    let mut localised = h.clone();
    localised.summary_text = crate::history::prose(h, lang);
    let mut warnings: Vec<String> = (h.rounds.iter())
        .filter_map(|r| say::provenance_warning(lang, r.provenance, &h.place, r.year))
        .collect();
    let published = h
        .rounds
        .iter()
        .filter(|r| r.provenance == Provenance::Published);
    let own = h.warnings.iter().skip(h.rounds.len() - published.count());
    for w in own {
        let two = h.rounds.windows(2).find(|pair| {
            let [a, b] = pair else { return false };
            let said = |lang| {
                say::two_languages(
                    lang,
                    (&h.place, a.year, a.language),
                    (&h.place, b.year, b.language),
                )
            };
            a.language != b.language && *w == said(Language::En)
        });
        warnings.push(match two {
            Some([a, b]) => say::two_languages(
                lang,
                (&h.place, a.year, a.language),
                (&h.place, b.year, b.language),
            ),
            _ => w.clone(),
        });
    }
    localised.warnings = warnings;
    Cow::Owned(localised)
}
