//! `audit-cli`: inspect Supplier Audit checklists and audit records from the shell.

mod check;
mod summary;

use std::path::PathBuf;
use std::process::ExitCode;

use audit_core::parse_document;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "audit-cli",
    version,
    about = "Supplier Audit files on the command line"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Summarise a checklist definition or an audit record.
    Inspect {
        /// A checklist (.json) or an audit record exported by the app.
        file: PathBuf,
    },
    /// Validate checklist definitions: prints `OK <id> <version>: N questions`, or one
    /// line per problem (`FILE: path: reason`) and exits with 1.
    Check {
        /// One or more checklist files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also require every text in English, French, Spanish and Arabic, as the
        /// checklists shipped with the app have (others fall back to English).
        #[arg(long)]
        all_languages: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Inspect { file } => match inspect(&file) {
            Ok(summary) => {
                print!("{summary}");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("audit-cli: {}: {message}", file.display());
                ExitCode::FAILURE
            }
        },
        Command::Check {
            files,
            all_languages,
        } => {
            let mut failed = false;
            for file in &files {
                match check::check(file, all_languages) {
                    Ok(verdict) => println!("{verdict}"),
                    Err(problems) => {
                        failed = true;
                        problems.iter().for_each(|p| println!("{p}"));
                    }
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn inspect(file: &PathBuf) -> Result<String, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    let document = parse_document(&text).map_err(|e| e.to_string())?;
    Ok(summary::describe(&document))
}
