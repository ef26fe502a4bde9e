/**
 * Runtime validation (zod) for everything that crosses a trust boundary: IPC payloads, the store file
 * on disk and imported JSON. The schemas are checked against the domain types at compile time, so the
 * two cannot drift apart.
 */
import { z } from 'zod';
import type {
  AddArticleInput,
  ArticleDraft,
  ArticleInput,
  EventInput,
  SavePngInput,
  SplitEventSourceInput,
  UpdateArticleInput,
  UpdateEventInput,
} from '../preload/api';
import type {
  Article,
  EventSource,
  ExtractedEvent,
  Tag,
  TimeExpression,
  TimelineDocument,
  TimelineEvent,
} from '../preload/domain';
import { PRECISIONS } from '../preload/domain';
import { isIsoDay, isIsoMoment } from './dates';

/** Largest article text accepted, in characters (a long feature is ~100 k; this leaves ample room). */
export const MAX_ARTICLE_CHARS = 5_000_000;

const isoDay = z.string().refine(isIsoDay, { message: 'must be a calendar date written YYYY-MM-DD' });
const isoMoment = z
  .string()
  .refine(isIsoMoment, { message: 'must be a date YYYY-MM-DD, optionally with a time THH:mm' });
const precision = z
  .enum(PRECISIONS as [string, ...string[]])
  .transform((p) => p as TimelineEvent['precision']);
const nonEmpty = z.string().trim().min(1, { message: 'must not be empty' });

export const timeExpressionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  mod: z.string().optional(),
  interval: z.object({ start: isoMoment, end: isoMoment }).optional(),
  precision: precision.optional(),
});

/** What an event is dated by, and how: shared by extracted and stored events. */
const datedFields = {
  title: nonEmpty,
  description: z.string(),
  start: isoMoment,
  end: isoMoment.optional(),
  precision,
  approximate: z.boolean(),
  planned: z.boolean(),
};

export const extractedEventSchema = z.object({
  ...datedFields,
  quote: z.string(),
  sourceStart: z.number().int().nonnegative(),
  sourceEnd: z.number().int().nonnegative(),
  timexes: z.array(timeExpressionSchema),
});

export const eventSourceSchema = z.object({
  articleId: nonEmpty,
  quote: z.string(),
  sourceStart: z.number().int().nonnegative(),
  sourceEnd: z.number().int().nonnegative(),
  timexes: z.array(timeExpressionSchema),
});

const publishedAtSource = z.enum([
  'user',
  'json-ld',
  'meta',
  'time-element',
  'dateline',
  'published-line',
  'default-today',
]);

export const articleSchema = z.object({
  id: nonEmpty,
  title: z.string(),
  text: z.string().max(MAX_ARTICLE_CHARS),
  url: z.string().optional(),
  fileName: z.string().optional(),
  publishedAt: isoDay,
  publishedAtSource,
  hash: z.string(),
  importedAt: z.string(),
});

export const timelineEventSchema = z.object({
  id: nonEmpty,
  ...datedFields,
  origin: z.enum(['extracted', 'manual']),
  articleId: z.string().optional(),
  quote: z.string().optional(),
  sourceStart: z.number().int().nonnegative().optional(),
  sourceEnd: z.number().int().nonnegative().optional(),
  timexes: z.array(timeExpressionSchema).optional(),
  sources: z.array(eventSourceSchema).optional(),
  tags: z.array(z.string()),
  editedByUser: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const tagSchema = z.object({ id: nonEmpty, name: nonEmpty, color: z.string() });

export const timelineDocumentSchema = z.object({
  version: z.number().int().positive(),
  articles: z.array(articleSchema),
  events: z.array(timelineEventSchema),
  tags: z.array(tagSchema),
});

// ---- IPC payloads ----

export const articleInputSchema = z.object({
  text: z.string().max(MAX_ARTICLE_CHARS, {
    message: `is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`,
  }),
  title: z.string().optional(),
  fileName: z.string().optional(),
  url: z.string().optional(),
  publishedAt: isoDay.optional(),
});

export const articleDraftSchema = z.object({
  title: z.string(),
  text: z.string().max(MAX_ARTICLE_CHARS),
  fileName: z.string().optional(),
  url: z.string().optional(),
  publishedAt: isoDay,
  publishedAtSource,
});

export const addArticleInputSchema = z.object({
  article: articleDraftSchema,
  events: z.array(extractedEventSchema),
});

const eventFields = {
  title: nonEmpty,
  description: z.string().optional(),
  start: isoMoment,
  end: isoMoment.optional(),
  precision: precision.optional(),
  approximate: z.boolean().optional(),
  planned: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  articleId: nonEmpty.optional(),
};

export const eventInputSchema = z.object(eventFields);
export const updateEventInputSchema = z.object({
  id: nonEmpty,
  patch: z
    .object({ ...eventFields, end: isoMoment.nullable() })
    .omit({ articleId: true })
    .partial(),
});
const cssColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour written #rrggbb' });
export const tagInputSchema = z.object({ name: nonEmpty.max(60), color: cssColor.optional() });
export const updateTagInputSchema = z.object({
  id: nonEmpty,
  patch: z.object({ name: nonEmpty.max(60), color: cssColor }).partial(),
});
export const saveImageInputSchema = z.object({
  data: z.instanceof(Uint8Array),
  format: z.enum(['png', 'svg']),
  suggestedName: z.string().optional(),
});
export const updateArticleInputSchema = z.object({
  id: nonEmpty,
  patch: z.object({ title: nonEmpty.optional(), publishedAt: isoDay.optional() }),
});
export const sourceInputSchema = z.object({
  source: z.string().trim().min(1, { message: 'must name a file or a link' }).max(4096),
  publishedAt: isoDay.optional(),
});
export const startImportInputSchema = z.object({
  sources: z
    .array(z.string().min(1).max(4096))
    .min(1, { message: 'must name at least one file, folder or link' })
    .max(100_000),
});
export const jobInputSchema = z.object({ jobId: nonEmpty });
export const folderChoiceSchema = z.object({ folder: z.boolean() });
export const exportFormatSchema = z.object({ format: z.enum(['json', 'csv', 'ics']) });
export const idInputSchema = z.object({ id: nonEmpty });
export const splitEventSourceInputSchema = z.object({ eventId: nonEmpty, articleId: nonEmpty });
export const savePngInputSchema = z.object({
  data: z.instanceof(Uint8Array),
  suggestedName: z.string().optional(),
});
export const urlInputSchema = z.object({ url: z.string() });
export const noInputSchema = z.undefined();

// Compile-time agreement between schemas and the contract's types.
type Agrees<S extends z.ZodType, T> = z.output<S> extends T ? true : false;
const agreements: [
  Agrees<typeof timeExpressionSchema, TimeExpression>,
  Agrees<typeof extractedEventSchema, ExtractedEvent>,
  Agrees<typeof articleSchema, Article>,
  Agrees<typeof eventSourceSchema, EventSource>,
  Agrees<typeof timelineEventSchema, TimelineEvent>,
  Agrees<typeof tagSchema, Tag>,
  Agrees<typeof timelineDocumentSchema, TimelineDocument>,
  Agrees<typeof articleInputSchema, ArticleInput>,
  Agrees<typeof articleDraftSchema, ArticleDraft>,
  Agrees<typeof addArticleInputSchema, AddArticleInput>,
  Agrees<typeof eventInputSchema, EventInput>,
  Agrees<typeof updateEventInputSchema, UpdateEventInput>,
  Agrees<typeof updateArticleInputSchema, UpdateArticleInput>,
  Agrees<typeof savePngInputSchema, SavePngInput>,
  Agrees<typeof splitEventSourceInputSchema, SplitEventSourceInput>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void agreements;

/** Turns zod issues into lines a person can read: "events[3].start: must be a calendar date ...". */
export function describeIssues(error: z.ZodError, limit = 8): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : 'the document';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}
