//! Embeds the shipped `profiles/` folder in the binary, so that `kazakhstan@2018` resolves from
//! any working directory, and indexes each language's interface messages, so that a run finds
//! a message without first cutting its language's whole file into messages.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    embed_profiles(&out);
    index_messages(&out);
    // On Linux the program is linked at a fixed address rather than as a position-independent
    // executable: the loader then has none of its 5,233 relative relocations to apply, nor the
    // pages they write to copy, at every start (the shipped diff: 8.93 -> 8.85 M instructions,
    // 344 -> 319 page faults, about 3% of its time). The cost: its own code is not placed at a
    // random address (ASLR still places the stack, the heap and the libraries), for a program
    // that reads files and exits. Only the binaries are linked so, not the proc-macros.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}

/// `embedded.rs`: every `.toml` under `profiles/`, by its path there.
fn embed_profiles(out: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("profiles");
    println!("cargo::rerun-if-changed=profiles");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut code = String::from("pub(super) static EMBEDDED: &[(&str, &str)] = &[\n");
    for path in files {
        let rel = path.strip_prefix(&root).expect("under profiles/");
        let rel: Vec<String> = rel
            .iter()
            .map(|c| c.to_string_lossy().into_owned())
            .collect();
        writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            rel.join("/"),
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    std::fs::write(out.join("embedded.rs"), code).expect("writing embedded.rs");
}

/// `messages.rs`: `message_index(key)`, the messages of `src/languages/<key>/messages.ftl` as
/// `(start, id length, end)` byte offsets into the file, sorted by id. Cutting the English
/// file at run time was 0.25 M instructions of the shipped diff's 8.9 M, to word a few dozen
/// of its 189 messages. Offsets rather than the ids themselves: a table of 750 `&str` would
/// be as many relocations for the loader to apply at every start.
///
/// A message starts a line with its id (a lowercase letter) and ` =`, and runs until the
/// next line that starts an entry or a comment (terms and comments are not messages; the
/// files use no terms).
fn index_messages(out: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/languages");
    println!("cargo::rerun-if-changed=src/languages");
    let mut keys: Vec<String> = std::fs::read_dir(&root)
        .expect("reading src/languages")
        .flatten()
        .filter(|e| e.path().join("messages.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    keys.sort();
    let mut code = String::from(
        "/// The messages of a language's file, by its key: `(start, id length, end)` in bytes, \
         sorted by id.\n\
         fn message_index(key: &str) -> &'static [(u32, u32, u32)] {\n    match key {\n",
    );
    for key in keys {
        let path = root.join(&key).join("messages.ftl");
        let source = std::fs::read_to_string(&path).expect("reading messages.ftl");
        let mut index = message_entries(&source);
        index.sort_by_key(|&(start, id, _)| &source[start..start + id]);
        if let Some(twice) = index
            .windows(2)
            .find(|w| source[w[0].0..w[0].0 + w[0].1] == source[w[1].0..w[1].0 + w[1].1])
        {
            let (start, id, _) = twice[0];
            panic!(
                "{}: message {} is defined twice",
                path.display(),
                &source[start..start + id]
            );
        }
        write!(code, "        {key:?} => &[").unwrap();
        for (start, id, end) in index {
            write!(code, "({start}, {id}, {end}),").unwrap();
        }
        code.push_str("],\n");
    }
    code.push_str("        _ => &[],\n    }\n}\n");
    std::fs::write(out.join("messages.rs"), code).expect("writing messages.rs");
}

/// The messages of a Fluent file, as `(start, id length, end)`, in the file's order.
fn message_entries(source: &str) -> Vec<(usize, usize, usize)> {
    let mut entries = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes()[0];
        if first.is_ascii_lowercase() || first == b'#' || first == b'-' {
            if let Some((start, id)) = open.take() {
                entries.push((start, id, at));
            }
            let id = line.split([' ', '\n']).next().unwrap_or_default();
            if first.is_ascii_lowercase() && line[id.len()..].starts_with(" =") {
                open = Some((at, id.len()));
            }
        }
        at += line.len();
    }
    if let Some((start, id)) = open {
        entries.push((start, id, source.len()));
    }
    entries
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}
