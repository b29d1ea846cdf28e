//! The `mgi-diff` binary: the library's command line.

fn main() -> std::process::ExitCode {
    mgi_diff::main()
}
