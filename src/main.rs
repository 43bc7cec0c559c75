//! The `claimlens` command-line tool; everything but the entry point is in `cli/`.

mod cli;

fn main() {
    std::process::exit(cli::run(std::env::args_os().skip(1)));
}
