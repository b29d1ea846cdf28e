//! A profile set's terms file at scale (docs/performance.md). `cargo bench --bench terms`
//! prints the figures, time and allocation both; nothing here asserts a time.
//!
//! - `read_and_use`: reading and validating a terms file of one group of that many phrases
//!   (four letters each, beside two that the shipped profiles use), then comparing the shipped
//!   pair with it. 30,000 phrases must take under 1 s and 100 MiB: before the matcher's index
//!   was linear they took 42 s and 7.9 GB.
//! - `many_comparisons`: the file read once and used by 200 comparisons of the shipped pair,
//!   as `site` of 100 places uses it: the index of stemmed phrases is made once, not 200 times.
//!
//! The allocation columns (divan's `AllocProfiler`) count every byte allocated during an
//! iteration: an upper bound of what the iteration holds at once.

use std::sync::Arc;

use mgi_diff::diff::{Options, diff_with};
use mgi_diff::profile::{Profile, Terms, load_str, load_terms};

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

/// A terms file of one `[[same]]` group: `n` distinct phrases of four letters ("aaaa",
/// "aaab", …) and two that the shipped profiles hold.
fn terms_file(n: usize) -> String {
    let mut phrases: Vec<String> = (0..n)
        .map(|i| {
            let letter = |k: u32| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8);
            format!("\"{}{}{}{}\"", letter(3), letter(2), letter(1), letter(0))
        })
        .collect();
    phrases.insert(n / 2, "\"labour migrants\"".into());
    phrases.push("\"migrant workers\"".into());
    format!(
        "format = 1\n\n[[same]]\nphrases = [{}]\n",
        phrases.join(", ")
    )
}

fn shipped() -> (Profile, Profile) {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/profiles/kazakhstan/");
    let load = |year: &str| {
        let origin = format!("{root}{year}.toml");
        let text = std::fs::read_to_string(&origin).unwrap();
        load_str(&origin, &text).profile.unwrap()
    };
    (load("2018"), load("2022"))
}

fn read(text: &str) -> Arc<Terms> {
    let (terms, problems) = load_terms("profiles/terms.toml", text);
    assert!(problems.is_empty(), "{problems:?}");
    Arc::new(terms.unwrap())
}

#[divan::bench(args = [0, 3_000, 30_000], sample_count = 10)]
fn read_and_use(bencher: divan::Bencher, phrases: usize) {
    let text = terms_file(phrases);
    let (old, new) = shipped();
    bencher.bench(|| {
        let options = Options {
            explain: true,
            terms: Some(read(divan::black_box(&text))),
            ..Options::default()
        };
        diff_with(&old, &new, &options)
    });
}

#[divan::bench(args = [0, 30_000], sample_count = 5)]
fn many_comparisons(bencher: divan::Bencher, phrases: usize) {
    let text = terms_file(phrases);
    let (old, new) = shipped();
    bencher.bench(|| {
        let options = Options {
            terms: Some(read(divan::black_box(&text))),
            ..Options::default()
        };
        (0..200)
            .map(|_| diff_with(&old, &new, &options).entries().count())
            .sum::<usize>()
    });
}
