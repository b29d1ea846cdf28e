//! Names renamed that nothing capitalises (see `names.rs`): a body, law, programme or status
//! whose name French, Russian or Spanish write in lower case after its first word, or an
//! official term for a status, changed while the rest of the sentence is kept.

use super::super::languages::{lowercase, quotations};
use super::super::names::{NameWord, SPAN};
use super::super::similarity::{Mark, Weighted};
use super::Matcher;

impl Matcher<'_> {
    /// Whether `a` and `b` differ only in a name written in lower case, the frame around it
    /// kept: a word that changed is a name word (a status term of the language's
    /// `names.txt`, or a head noun, capitalised unless the language writes names in lower
    /// case: English "the law on …" names no law), or the change runs on from a capitalised
    /// head at most [`SPAN`] content words before it, in a language that writes names in
    /// lower case ("Министерство труда и социальной защиты [населения]"); the kept words
    /// outnumber the changed ones on either side, neither text denies what the other does
    /// (then the denial is the change), no word that changed is a known country or
    /// organisation, and the texts name no groups that replace each other (those are
    /// partners or groups replaced: two findings).
    pub(super) fn renamed_in_lower_case(&self, a: &Weighted, b: &Weighted) -> bool {
        if a.negation.flips(&b.negation) {
            return false;
        }
        let edit = a.edit(b);
        let lacked = |x: &[u32], y: &Weighted| -> Vec<u32> {
            x.iter()
                .copied()
                .filter(|&id| y.weight_of(id) == 0.0)
                .collect()
        };
        let (in_a, in_b) = (lacked(&edit.old, b), lacked(&edit.new, a));
        if in_a.is_empty() && in_b.is_empty() {
            return false;
        }
        if edit.kept < 2 || edit.kept < edit.old.len().max(edit.new.len()) {
            return false;
        }
        let vocabulary = &self.vocabulary;
        let lower_case = vocabulary.names_in_lower_case();
        let head = |id: u32, x: &Weighted| {
            vocabulary.name_word(id) == Some(NameWord::Head) && x.capitalised(id)
        };
        let name_word = |id: u32, x: &Weighted| match vocabulary.name_word(id) {
            Some(NameWord::Status) => true,
            Some(NameWord::Head) => lower_case || x.capitalised(id),
            None => false,
        };
        let named =
            in_a.iter().any(|&id| name_word(id, a)) || in_b.iter().any(|&id| name_word(id, b));
        // French writes a body's head noun in lower case too ("le ministère de l'Intérieur"):
        // there, the capitals of what changed after it on both sides say that it opens a name.
        let capitals_changed =
            in_a.iter().any(|&id| a.capitalised(id)) && in_b.iter().any(|&id| b.capitalised(id));
        let opens_name = |id: u32| {
            head(id, a) || (capitals_changed && vocabulary.name_word(id) == Some(NameWord::Head))
        };
        let runs_on =
            lower_case && (edit.before.iter().rev().take(SPAN + 1)).any(|&id| opens_name(id));
        if !(named || runs_on) || a.replaced(b, Mark::Subject) {
            return false;
        }
        // A group named on one side only is part of a name ("Programme d'appui à
        // l'investissement de la diaspora"); groups that replace each other are two findings
        // by the rule on subjects, checked above.
        !vocabulary.is_entity(&in_a) && !vocabulary.is_entity(&in_b)
    }

    /// Whether two texts quote names that differ in a frame they keep word for word: "Le
    /// programme « Jeunes entrepreneurs de retour » accorde …" / "Le programme « Réussir au
    /// pays » accorde …", «Бизнес на родине» / «Дорожная карта бизнеса — 2025». What a text
    /// quotes is a name (a programme's, a law's title), whatever its words and their case;
    /// the frame around it says which finding it is.
    pub(super) fn renamed_in_quotes(&self, o: usize, n: usize) -> bool {
        let (a, b) = (&self.old.findings[o].text, &self.new.findings[n].text);
        // Most texts quote nothing: they are passed over without a copy.
        let opens = ['«', '“', '„'];
        if !a.contains(opens) || !b.contains(opens) {
            return false;
        }
        let (rest_a, quoted_a) = quotations(a);
        let (rest_b, quoted_b) = quotations(b);
        let words = |s: &str| -> Vec<String> {
            (lowercase(s).split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let names = |q: &[&str]| q.iter().map(|s| words(s)).collect::<Vec<_>>();
        !quoted_a.is_empty()
            && !quoted_b.is_empty()
            && names(&quoted_a) != names(&quoted_b)
            && words(&rest_a) == words(&rest_b)
    }
}
