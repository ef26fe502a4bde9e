import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, isApiMethod } from '../../../main/api-dispatch';
import { API_METHODS } from '../../../preload/api';
import { ApiError, unwrapResult } from '../../../preload/result';
import { makeApi } from './harness';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
});

describe('dispatch (the door every IPC call comes through)', () => {
  it('knows exactly the contract methods, and the table implements each', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    expect(Object.keys(made.api).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) expect(isApiMethod(method)).toBe(true);
    expect(isApiMethod('toString')).toBe(false);
    expect(isApiMethod('__proto__')).toBe(false);
  });

  it('refuses a malformed payload before any handler runs, saying which field is wrong', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const result = await dispatch(made.api, 'createEvent', { title: 'x', start: '2024-13-45' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-input');
      expect(result.error.message).toMatch(/^start: must be a date/);
    }
    expect(made.store.read().events).toEqual([]);
    expect((await dispatch(made.api, 'deleteEvent', 'id-1')).ok).toBe(false);
    expect((await dispatch(made.api, 'getState', { sneaky: true })).ok).toBe(false);
  });

  it('refuses a 50 MB paste with a clear message', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const result = await dispatch(made.api, 'previewArticle', { text: 'a'.repeat(50 * 1024 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/text: is longer than 5,000,000 characters/);
  });

  it('passes user errors through with their message, and hides internals behind a generic one', async () => {
    const made = await makeApi({
      extract: () => {
        throw new TypeError('boom');
      },
    });
    cleanup = made.cleanup;
    const logError = vi.fn();
    const missing = await dispatch(made.api, 'deleteEvent', { id: 'nope' }, { logError });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const crashed = await dispatch(made.api, 'previewArticle', { text: 'hello' }, { logError });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it('the preload turns an error envelope into an ApiError carrying the message', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const result = await dispatch(made.api, 'deleteEvent', { id: 'nope' });
    expect(() => unwrapResult(result)).toThrow(ApiError);
    expect(() => unwrapResult(result)).toThrow(/no longer exists/);
    const ok = await dispatch(made.api, 'createEvent', { title: 'A', start: '2024-01-01' });
    expect(unwrapResult<{ events: unknown[] }>(ok).events).toHaveLength(1);
  });
});
