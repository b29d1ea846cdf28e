//! The `[domains.*]` tables and their findings: each domain and category checked by name, each
//! finding's text and id read, and the checks across findings (the same text twice, an id
//! used twice, an id that names another country).

use std::ops::Range;

use toml::de::DeValue;

use super::{Context, FINDING_KEYS, Table, Value, get, quoted_list};
use crate::problem::Severity;
use crate::profile::model::{Category, Domain, Finding};
use crate::text::did_you_mean;

impl Context<'_> {
    pub(super) fn domains(&mut self, t: &Table<'_>, span: Range<usize>) -> Vec<Finding> {
        let mut findings = Vec::new();
        let mut present = Vec::new();
        for (key, value) in t.iter() {
            let Some(domain) = Domain::from_key(key.get_ref()) else {
                let keys: Vec<&str> = Domain::keys().collect();
                let mut message = format!("unknown domain `{}`", key.get_ref());
                match did_you_mean(key.get_ref(), keys.iter().copied()) {
                    Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
                    None => message.push_str(&format!("; the domains are {}", quoted_list(&keys))),
                }
                self.error(key.span(), message);
                // What is inside is still checked, so that one run reports every mistake;
                // its findings are not kept.
                if let Some(body) = self.table(value, &format!("`domains.{}`", key.get_ref())) {
                    let mut ignored = Vec::new();
                    for category in Category::ALL {
                        if let Some(list) = get(body, category.key()) {
                            let placeholder = (Domain::MigrantsRights, key.get_ref().as_ref());
                            self.findings(placeholder, category, list, &mut ignored);
                        }
                    }
                }
                continue;
            };
            present.push(domain);
            let what = format!("`domains.{}`", domain.key());
            let Some(body) = self.table(value, &what) else {
                continue;
            };
            for (ckey, _) in body.iter() {
                if Category::from_key(ckey.get_ref()).is_none() {
                    self.unknown_key(
                        ckey,
                        &["well-developed", "further-development"],
                        &format!("[domains.{}]", domain.key()),
                    );
                }
            }
            let before = findings.len();
            for category in Category::ALL {
                if let Some(list) = get(body, category.key()) {
                    self.findings((domain, domain.key()), category, list, &mut findings);
                }
            }
            if findings.len() == before {
                self.warning(
                    key.span(),
                    format!("domain `{}` has no findings", domain.key()),
                );
            }
        }
        for domain in Domain::ALL {
            if !present.contains(&domain) {
                self.warning(
                    span.clone(),
                    format!("domain `{}` is missing", domain.key()),
                );
            }
        }
        findings.sort_by_key(|f| (f.domain, f.category, f.index));
        self.duplicates(&findings);
        findings
    }

    /// Reads one list of findings; `domain_key` is the key as written, which names the list
    /// in messages (it may be a misspelt one, whose findings are checked all the same).
    fn findings(
        &mut self,
        (domain, domain_key): (Domain, &str),
        category: Category,
        list: &Value<'_>,
        out: &mut Vec<Finding>,
    ) {
        let what = format!("`domains.{domain_key}.{}`", category.key());
        let Some(items) = self.array(list, &what) else {
            return;
        };
        for (index, item) in items.iter().enumerate() {
            let (id, text, text_span) = match item.get_ref() {
                DeValue::String(s) => {
                    self.unsafe_characters(s, item.span());
                    (None, Some(s.to_string()), item.span())
                }
                DeValue::Table(t) => {
                    for (key, _) in t.iter() {
                        if !FINDING_KEYS.contains(&key.get_ref().as_ref()) {
                            self.unknown_key(key, FINDING_KEYS, "a finding");
                        }
                    }
                    let id = get(t, "id").and_then(|v| match self.string(v, "`id`") {
                        Some(id) if id.trim().is_empty() => {
                            self.error(v.span(), "empty `id`".into());
                            None
                        }
                        other => other.map(|id| (id, v.span())),
                    });
                    match get(t, "text") {
                        None => {
                            self.error(item.span(), "a finding table needs a `text`".into());
                            (id, None, item.span())
                        }
                        Some(v) => (id, self.string(v, "a finding's `text`"), v.span()),
                    }
                }
                other => {
                    self.error(
                        item.span(),
                        format!(
                            "a finding must be a string or a table {{ id = \"...\", text = \"...\" }}, found {}",
                            other.type_str()
                        ),
                    );
                    continue;
                }
            };
            let Some(text) = text else { continue };
            if text.trim().is_empty() {
                self.error(text_span, "empty finding".into());
                continue;
            }
            let (line, _) = self.lines.position(item.span().start);
            out.push(Finding::new(
                domain,
                category,
                index,
                id.map(|(id, _)| id),
                text,
                line,
            ));
        }
    }

    /// The same finding twice, or an `id` used twice, anywhere in the profile.
    fn duplicates(&mut self, findings: &[Finding]) {
        // Keyed by the texts the findings hold: no copy, and a fast hash (each profile is read
        // at every run).
        let mut texts: rustc_hash::FxHashMap<&str, &Finding> = Default::default();
        let mut ids: rustc_hash::FxHashMap<&str, &Finding> = Default::default();
        let mut by_line: Vec<&Finding> = findings.iter().collect();
        by_line.sort_by_key(|f| f.line);
        for f in by_line {
            if let Some(first) = texts.insert(f.normal.as_str(), f) {
                self.error_at_line(
                    f.line,
                    format!(
                        "the same finding twice: this one repeats line {} ({}.{})",
                        first.line,
                        first.domain.key(),
                        first.category.key()
                    ),
                );
            }
            if let Some(id) = &f.id {
                if let Some(first) = ids.insert(id, f) {
                    self.error_at_line(
                        f.line,
                        format!(
                            "`id = \"{id}\"` is used twice (first on line {})",
                            first.line
                        ),
                    );
                }
            }
        }
    }

    /// An id made by `mgi-diff ids` for another country than this profile's is most likely
    /// copied from another file: a warning, as the pairing it records would be wrong.
    pub(super) fn foreign_ids(&mut self, findings: &[Finding], iso3: &str) {
        for f in findings {
            let Some(id) = &f.id else { continue };
            if let Some(country) = crate::profile::model::generated_country(id) {
                if !country.eq_ignore_ascii_case(iso3) {
                    self.at_line(
                        Severity::Warning,
                        f.line,
                        format!(
                            "`id = \"{id}\"` looks generated for {} but this profile is {iso3}",
                            country.to_ascii_uppercase()
                        ),
                    );
                }
            }
        }
    }
}
