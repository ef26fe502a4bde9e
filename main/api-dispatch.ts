/**
 * The one door into the handler table from outside the main process: validates the payload of a
 * call against its schema, runs the handler, and wraps the outcome in an envelope the preload
 * unwraps. Used by main/ipc.ts in the app and by the browser test harness, so both behave alike.
 */
import type { z } from 'zod';
import type { ApiContract, ApiMethod } from '../preload/api';
import type { ApiResult } from '../preload/result';
import { isUserError } from './errors';
import {
  addArticleInputSchema,
  articleInputSchema,
  describeIssues,
  eventInputSchema,
  exportFormatSchema,
  folderChoiceSchema,
  idInputSchema,
  jobInputSchema,
  noInputSchema,
  saveImageInputSchema,
  savePngInputSchema,
  sourceInputSchema,
  splitEventSourceInputSchema,
  startImportInputSchema,
  tagInputSchema,
  updateArticleInputSchema,
  updateEventInputSchema,
  updateTagInputSchema,
  urlInputSchema,
} from './schemas';

const PAYLOADS: Record<ApiMethod, z.ZodType> = {
  getState: noInputSchema,
  previewArticle: articleInputSchema,
  openArticleFiles: noInputSchema,
  chooseImportSources: folderChoiceSchema,
  previewSource: sourceInputSchema,
  startImport: startImportInputSchema,
  getImportStatus: jobInputSchema,
  cancelImport: jobInputSchema,
  addArticle: addArticleInputSchema,
  updateArticle: updateArticleInputSchema,
  deleteArticle: idInputSchema,
  splitEventSource: splitEventSourceInputSchema,
  createEvent: eventInputSchema,
  updateEvent: updateEventInputSchema,
  deleteEvent: idInputSchema,
  listSamples: noInputSchema,
  loadSamples: noInputSchema,
  exportJson: noInputSchema,
  exportAs: exportFormatSchema,
  importJson: noInputSchema,
  importCsv: noInputSchema,
  savePng: savePngInputSchema,
  saveImage: saveImageInputSchema,
  undo: noInputSchema,
  redo: noInputSchema,
  getHistory: noInputSchema,
  createTag: tagInputSchema,
  updateTag: updateTagInputSchema,
  deleteTag: idInputSchema,
  openExternal: urlInputSchema,
};

export const isApiMethod = (name: string): name is ApiMethod => Object.hasOwn(PAYLOADS, name);

export interface DispatchOptions {
  /** Where unexpected (non-user) errors are reported; they reach the user only as a generic message. */
  logError?: (method: ApiMethod, error: unknown) => void;
}

export async function dispatch(
  api: ApiContract,
  method: ApiMethod,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult> {
  const checked = PAYLOADS[method].safeParse(payload);
  if (!checked.success) {
    return { ok: false, error: { code: 'bad-input', message: describeIssues(checked.error) } };
  }
  try {
    const handler = api[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(checked.data);
    return { ok: true, value };
  } catch (error) {
    if (isUserError(error)) return { ok: false, error: { code: error.code, message: error.message } };
    options.logError?.(method, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong: ${detail}` } };
  }
}
