/**
 * Eventline from a terminal: the same extraction, ingestion, storage and export code the app uses,
 * without Electron. `npm run --silent cli -- <command> ...`
 */
import { runCli } from './cli/commands';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eventline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
