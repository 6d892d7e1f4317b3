//! `audit-cli`: Supplier Audit files on the command line: inspect checklists and records,
//! verify and sign results, make keys. It reuses the core and never the app.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Summarise a checklist definition, an audit record or a backup (a backup with problems
    /// exits with 1).
    Inspect {
        /// A checklist (.json), an audit record exported by the app, a backup file, or a
        /// bundle (.zip: its entries, its audit and each photo's check).
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
    /// Verify the signatures of signed results; exit 0 only when every file is valid. A
    /// bundle (.zip) is valid when its audit is and every photo matches its SHA-256.
    Verify {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// A trust list (JSON) binding did:keys to people and organisations.
        #[arg(long)]
        trust_list: Option<PathBuf>,
        /// A folder of checklist definitions (e.g. static/checklists): each audit's summary
        /// is recomputed from its answers and must match the one that was signed.
        #[arg(long)]
        checklists: Option<PathBuf>,
        /// Print a machine-readable report.
        #[arg(long)]
        json: bool,
    },
    /// Print the RFC 8785 canonical form of a JSON file (no trailing newline).
    Canonicalize { file: PathBuf },
    /// Add a signature to a finalized audit (or any JSON document) and print the result.
    Sign {
        /// A key file made by `audit-cli keygen`.
        #[arg(long)]
        key: PathBuf,
        /// A folder of checklist definitions: an audit's summary is recomputed before signing.
        #[arg(long)]
        checklists: Option<PathBuf>,
        file: PathBuf,
    },
    /// Make a new Ed25519 key file (secret: keep it safe) and print it.
    Keygen,
}

fn main() -> ExitCode {
    let outcome = match Cli::parse().command {
        Command::Inspect { file } => commands::inspect(&file),
        Command::Check {
            files,
            all_languages,
        } => commands::check(&files, all_languages),
        Command::Verify {
            files,
            trust_list,
            checklists,
            json,
        } => commands::verify(&files, trust_list.as_deref(), checklists.as_deref(), json),
        Command::Canonicalize { file } => commands::canonicalize(&file),
        Command::Sign {
            key,
            checklists,
            file,
        } => commands::sign(&key, &file, checklists.as_deref()),
        Command::Keygen => commands::keygen(),
    };
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("audit-cli: {message}");
            ExitCode::FAILURE
        }
    }
}
