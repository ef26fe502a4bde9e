/**
 * Schema versions of the stored document. Each migration turns version N into N+1; a document from a
 * newer Eventline is refused (and so backed up, never overwritten) rather than guessed at.
 */
export const CURRENT_VERSION = 2;

type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades a version-n document to version n+1. */
const MIGRATIONS: Record<number, Migration> = {
  // 2 adds `sources` to events (several articles reporting one happening). A version-1 event has one
  // source, its own; an empty `sources` list some hand-edited file may carry means the same and is dropped.
  1: (document) => ({
    ...document,
    events: Array.isArray(document.events)
      ? document.events.map((event: unknown) => {
          if (typeof event !== 'object' || event === null) return event;
          const { sources, ...rest } = event as Record<string, unknown>;
          return Array.isArray(sources) && sources.length > 0 ? { ...rest, sources } : rest;
        })
      : document.events,
  }),
};

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
