/**
 * Schema versions of the stored document. Each migration turns version N into N+1; a document from a
 * newer Eventline is refused (and so backed up, never overwritten) rather than guessed at.
 */
export const CURRENT_VERSION = 1;

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a version-n document to version n+1. */
const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult = { ok: true; document: unknown } | { ok: false; reason: string };

export function migrate(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'it is not an Eventline timeline' };
  }
  let document = input as Record<string, unknown>;
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'it has no valid schema version' };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: `it was written by a newer Eventline (schema version ${version}; this one reads up to ${CURRENT_VERSION})`,
    };
  }
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `no upgrade exists from schema version ${v}` };
    document = { ...step(document), version: v + 1 };
  }
  return { ok: true, document };
}
