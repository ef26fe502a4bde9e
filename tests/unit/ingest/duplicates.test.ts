import { describe, expect, it } from 'vitest';
import { findDuplicate, hashArticleText, normaliseUrl } from '../../../main/ingest';
import type { Article } from '../../../preload/domain';

const article = (id: string, text: string, url?: string): Article => ({
  id,
  title: `Article ${id}`,
  text,
  ...(url ? { url } : {}),
  publishedAt: '2024-01-16',
  publishedAtSource: 'meta',
  hash: hashArticleText(text),
  importedAt: '2024-01-16T10:00:00.000Z',
});

describe('recognising an article imported before', () => {
  const stored = [
    article('a', 'The bridge reopened on Monday.', 'https://News.example/2024/bridge/?utm_source=rss#top'),
  ];

  it('by the same text, whatever its white space and case', () => {
    expect(findDuplicate(stored, { text: '  the bridge\nreopened on   Monday. ' })?.id).toBe('a');
    expect(findDuplicate(stored, { text: 'The bridge reopened on Tuesday.' })).toBeUndefined();
  });

  it('by the same link, ignoring tracking parameters, fragment, trailing slash, scheme and host case', () => {
    expect(
      findDuplicate(stored, { text: 'other', url: 'http://news.example/2024/bridge?fbclid=1' })?.id,
    ).toBe('a');
    expect(
      findDuplicate(stored, { text: 'other', url: 'https://news.example/2024/bridge?page=2' }),
    ).toBeUndefined();
  });

  it('normalises links for comparison', () => {
    expect(normaliseUrl('https://NEWS.example/a/?b=2&a=1&utm_medium=x#c')).toBe('news.example/a?a=1&b=2');
    expect(normaliseUrl('not a url ')).toBe('not a url');
  });
});
