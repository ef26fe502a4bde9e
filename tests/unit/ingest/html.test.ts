import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../main/extract';
import { parseDocument } from '../../../main/ingest/dom';
import { blockText, decodeHtml, parseHtmlArticle } from '../../../main/ingest/html';

const FIXTURES = join(__dirname, '../../fixtures/ingest');
const fixture = async (name: string) => decodeHtml(await readFile(join(FIXTURES, name)));

/** Dates printed only in page furniture of the fixtures: navigation, banners, captions, comments... */
const FURNITURE = {
  'harbour-bridge.html': [
    '3 March 2023', // cookie banner
    '24 November 2026', // masthead "today"
    'October 2022', // navigation
    '2 August 2021', // photo caption
    '17 January 2024', // comment timestamp
    '18 January 2024', // comment timestamp
    'April 2025', // comment text
    '5 February 2019', // related links
    '30 November 2023', // related links
    '1 December 2023', // footer
    'Shared 1,204 times', // share tools
    'By Mira Okafor', // byline
  ],
  'river-festival.html': ['12 May 2022', 'Events 2021', '14 March 2016', '1 April 1952'],
  'council-vote.html': ['24 Nov 2026', '4 March 2023', 'By Tomás'],
  'wire-dateline.html': ['10 June 2021', 'Jan. 17'],
} as const;

describe('HTML articles', () => {
  it('takes the title, the body with its paragraphs, and the JSON-LD date of a news page', async () => {
    const article = parseHtmlArticle(await fixture('harbour-bridge.html'));
    expect(article.title).toBe('Harbour bridge reopens after two-year repair');
    expect(article.published).toEqual({ date: '2024-01-16', source: 'json-ld' });
    expect(article.canonicalUrl).toBe('https://courier.example/news/2024/01/harbour-bridge-reopens');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^The Harbour Road bridge reopened to traffic on Monday/);
    expect(paragraphs[4]).toMatch(/expected to report by the end of June\.$/);
  });

  it.each([
    ['river-festival.html', { date: '2023-07-09', source: 'meta' }],
    ['council-vote.html', { date: '2023-03-02', source: 'time-element' }],
    ['wire-dateline.html', undefined],
  ])('dates %s from the page itself', async (name, published) => {
    expect(parseHtmlArticle(await fixture(name)).published).toEqual(published);
  });

  it.each(Object.entries(FURNITURE))('keeps the furniture of %s out of the text', async (name, phrases) => {
    const { text } = parseHtmlArticle(await fixture(name));
    expect(text.length).toBeGreaterThan(300);
    for (const phrase of phrases) expect(text).not.toContain(phrase);
  });

  it.each(Object.entries(FURNITURE))(
    'so the dates in the furniture of %s yield no events',
    async (name, phrases) => {
      const article = parseHtmlArticle(await fixture(name));
      const { events } = extractEvents(article.text, {
        referenceDate: article.published?.date ?? '2024-01-16',
      });
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        for (const phrase of phrases) expect(event.quote).not.toContain(phrase);
      }
    },
  );

  it('in particular, no event falls on a day only the furniture of the bridge story mentions', async () => {
    const article = parseHtmlArticle(await fixture('harbour-bridge.html'));
    const { events } = extractEvents(article.text, { referenceDate: '2024-01-16' });
    const furnitureDays = [
      '2023-03-03',
      '2026-11-24',
      '2021-08-02',
      '2024-01-17',
      '2024-01-18',
      '2019-02-05',
      '2023-11-30',
      '2023-12-01',
    ];
    for (const event of events) {
      expect(furnitureDays).not.toContain(event.start);
      expect(event.start.startsWith('2025-04')).toBe(false);
    }
  });

  it('decodes a page in the charset its <meta> declares', async () => {
    // The same page saved as Windows-1252, as older news sites still serve it.
    const utf8 = await readFile(join(FIXTURES, 'council-vote.html'), 'utf8');
    const legacy = Buffer.from(utf8.replace('charset="utf-8"', 'charset="windows-1252"'), 'latin1');
    expect(legacy.includes(0xe9)).toBe(true);
    const { text } = parseHtmlArticle(decodeHtml(legacy));
    expect(text).toContain('Café owners');
  });

  it('keeps an article whose class merely contains a furniture word', () => {
    const html = `<html><body class="has-sidebar cookie-consent-shown"><div class="commentary-body"><h1>Opinion</h1>
      ${'<p>The council was right to act on this question, and it should keep going in the same direction next year as well.</p>'.repeat(4)}
      </div></body></html>`;
    const { title, text } = parseHtmlArticle(html);
    expect(title).toBe('Opinion');
    expect(text.split('\n\n').length).toBe(4);
  });

  it('falls back to the page title and whole body for a bare page', () => {
    const { title, text } = parseHtmlArticle(
      '<html><head><title>Note</title></head><body>Short note.</body></html>',
    );
    expect(title).toBe('Note');
    expect(text).toBe('Short note.');
  });
});

describe('blockText', () => {
  it('puts a blank line between blocks and a line break for <br>', () => {
    const doc = parseDocument(
      '<div><h2>Head</h2><p>One <b>bold</b>\n word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul></div>',
    );
    expect(blockText(doc.body!)).toBe('Head\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb');
  });
});

describe('decodeHtml', () => {
  it('prefers a byte-order mark, then the declared charset, then <meta charset>', () => {
    const latin = Uint8Array.from([...Buffer.from('<meta charset="iso-8859-1">caf'), 0xe9]);
    expect(decodeHtml(latin)).toMatch(/café$/);
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('café')]), 'iso-8859-1')).toBe(
      'café',
    );
    expect(decodeHtml(Buffer.from('café'), 'no-such-charset')).toBe('café');
  });
});

describe('titles', () => {
  const paragraphs =
    '<p>Floods hit the city on Monday after three days of rain, and the river rose faster than at any time since records began.</p>'.repeat(
      3,
    );

  it('prefers the article headline over a site logo in an <h1>', () => {
    const html = `<html><head><meta property="og:title" content="Floods hit the city"></head><body>
      <header><h1>The Valley Gazette</h1></header><div class="story"><h2>Floods hit the city</h2>${paragraphs}</div></body></html>`;
    expect(parseHtmlArticle(html).title).toBe('Floods hit the city');
  });

  it('drops the headline from the text only when it stands alone as a paragraph', () => {
    const html = `<html><body><article><h1>Floods</h1>${paragraphs}</article></body></html>`;
    const { title, text } = parseHtmlArticle(html);
    expect(title).toBe('Floods');
    expect(text.startsWith('Floods hit the city on Monday')).toBe(true);
  });
});
