/**
 * The envelope every API call travels in. A user error arrives as a plain Error whose message is
 * meant for the user (and whose `code` says which kind it is).
 */
import type { ApiErrorShape } from './api';

export type ApiResult = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };

export class ApiError extends Error {
  readonly code: string;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
  }
}

export function unwrapResult<T>(result: ApiResult): T {
  if (result.ok) return result.value as T;
  throw new ApiError(result.error);
}
