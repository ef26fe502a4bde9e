import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../main/ingest/dom';
import {
  datelineDate,
  findPublishedLine,
  publishedDateFromDocument,
  publishedDateFromJsonLd,
  publishedDateFromMeta,
  publishedDateFromText,
  publishedDateFromTimeElement,
} from '../../../main/ingest/published-date';

const page = (head: string, body = '') =>
  parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('JSON-LD datePublished', () => {
  it('prefers the article node of a @graph over the site and organisation', () => {
    const doc = page(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', datePublished: '2009-05-01' },
          { '@type': 'NewsArticle', datePublished: '2024-01-16T02:00:00+05:30' },
        ],
      }),
    );
    expect(publishedDateFromJsonLd(doc)).toEqual({ date: '2024-01-16', source: 'json-ld' });
  });

  it('reads a top-level array, a @type list and a mainEntity', () => {
    expect(
      publishedDateFromJsonLd(
        page(
          jsonLd([
            { '@type': 'BreadcrumbList' },
            { '@type': ['ReportageNewsArticle'], datePublished: '2022-03-04' },
          ]),
        ),
      ),
    ).toEqual({ date: '2022-03-04', source: 'json-ld' });
    expect(
      publishedDateFromJsonLd(
        page(jsonLd({ '@type': 'WebPage', mainEntity: { '@type': 'Article', datePublished: '2021-05-06' } })),
      ),
    ).toEqual({ date: '2021-05-06', source: 'json-ld' });
  });

  it('skips a broken script and still reads the next one', () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>${jsonLd({ '@type': 'BlogPosting', datePublished: '2020-02-02' })}`,
    );
    expect(publishedDateFromJsonLd(doc)?.date).toBe('2020-02-02');
  });
});

describe('meta tags', () => {
  it('prefers article:published_time over og and name="date"', () => {
    const doc = page(
      '<meta name="date" content="2020-01-01"><meta property="og:published_time" content="2021-01-01"><meta property="article:published_time" content="2022-01-01T10:00:00-05:00">',
    );
    expect(publishedDateFromMeta(doc)).toEqual({ date: '2022-01-01', source: 'meta' });
  });

  it('reads itemprop="datePublished", name="pubdate" and upper-case names', () => {
    expect(publishedDateFromMeta(page('<meta itemprop="datePublished" content="2019-09-09">'))?.date).toBe(
      '2019-09-09',
    );
    expect(publishedDateFromMeta(page('<meta name="PubDate" content="20180808">'))?.date).toBe('2018-08-08');
  });
});

describe('<time> in the article header', () => {
  it('uses the article header, not the masthead or the comments', () => {
    const doc = page(
      '',
      `<header class="masthead"><time datetime="2026-11-24">Today</time></header>
       <article><header><h1>Title</h1><time datetime="2023-03-02">2 March</time></header>
       <p>Text</p><section class="comments"><time datetime="2023-03-04">4 March</time></section></article>`,
    );
    expect(publishedDateFromTimeElement(doc)).toEqual({ date: '2023-03-02', source: 'time-element' });
  });

  it('ignores a lone masthead time and comment timestamps', () => {
    const doc = page(
      '',
      `<header><time datetime="2026-11-24">Today</time></header><div class="comments"><time datetime="2023-03-04">x</time></div><h1>Title</h1><p>Text</p>`,
    );
    expect(publishedDateFromTimeElement(doc)).toBeUndefined();
  });
});

describe('a masthead is not the article header', () => {
  it('ignores the date in a site header whose <h1> is the logo, next to the navigation', () => {
    const doc = page(
      '',
      `<header><h1>The Valley Gazette</h1><time datetime="2026-11-24">Today</time><nav><a href="/">Home</a></nav></header>
       <div class="story"><h2>Floods</h2><p>Text</p></div>`,
    );
    expect(publishedDateFromTimeElement(doc)).toBeUndefined();
  });

  it('accepts a header holding the headline when the page has no <article>', () => {
    const doc = page(
      '',
      '<div><header><h1>Floods</h1><time datetime="2022-02-02">2 Feb</time></header><p>Text</p></div>',
    );
    expect(publishedDateFromTimeElement(doc)?.date).toBe('2022-02-02');
  });
});

describe('publishedDateFromDocument', () => {
  it('ranks JSON-LD over meta over <time>', () => {
    const body = '<article><header><h1>T</h1><time datetime="2020-03-03">x</time></header></article>';
    const meta = '<meta property="article:published_time" content="2020-02-02">';
    const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2020-01-01' });
    expect(publishedDateFromDocument(page(ld + meta, body))?.source).toBe('json-ld');
    expect(publishedDateFromDocument(page(meta, body))?.source).toBe('meta');
    expect(publishedDateFromDocument(page('', body))?.source).toBe('time-element');
    expect(publishedDateFromDocument(page('', '<p>nothing</p>'))).toBeUndefined();
  });
});

describe('datelines', () => {
  const today = '2026-11-24';
  it.each([
    ['MOSCOW, Jan. 16, 2024 (Reuters) — The ministry said', '2024-01-16'],
    ['16 January 2024 — Ministers met', '2024-01-16'],
    ['WASHINGTON, Sept. 5, 2022 (AP) -- Lawmakers', '2022-09-05'],
    ['Title line\n\nLONDON, 3 March 2021 – The bank', '2021-03-03'],
    ['São Paulo, 12 de nada — 4 May 2020 — x', undefined],
  ])('%s → %s', (text, date) => {
    expect(datelineDate(text, { today })?.date).toBe(date);
  });

  it.each([
    ['Jan. 16, 2024\n\nWASHINGTON (AP) — Lawmakers met on Tuesday.', '2024-01-16'],
    ['Grain deal\n\nPublished Tuesday, 16 January 2024, 09:30 GMT\n\nText.', '2024-01-16'],
    ['Grain deal\n\nUpdated 18 January 2024\n\nText.', undefined],
    ['Grain deal\n\n16 January 2024 was a cold day for the port.', undefined],
  ])('a date on a line of its own: %j → %s', (text, date) => {
    expect(datelineDate(text, { today })?.date).toBe(date);
  });

  it('gives a yearless dateline the latest such day not after today', () => {
    expect(datelineDate('MOSCOW, Jan. 16 (Reuters) — x', { today })).toEqual({
      date: '2026-01-16',
      source: 'dateline',
    });
    expect(datelineDate('MOSCOW, Dec. 20 (Reuters) — x', { today })?.date).toBe('2025-12-20');
  });

  it('is not fooled by a sentence that merely mentions a date', () => {
    expect(
      datelineDate('The strike that began on 3 March 2021 ended after the talks — finally.', { today }),
    ).toBeUndefined();
    expect(datelineDate('WASHINGTON (AP) — Lawmakers met on Jan. 5, 2021.', { today })).toBeUndefined();
  });
});

describe('text sources', () => {
  it('finds a Published: line and where it is', () => {
    expect(findPublishedLine('Title\nPublished: 2024-02-05\n\nBody')).toEqual({
      date: '2024-02-05',
      index: 6,
      length: 21,
    });
    expect(findPublishedLine('Published: 2024-02-30\nBody')).toBeUndefined();
  });

  it('ranks a dateline above a Published: line, and dates a yearless dateline near it', () => {
    expect(publishedDateFromText('Published: 2024-02-05\n\nBody', { today: '2026-11-24' })).toEqual({
      date: '2024-02-05',
      source: 'published-line',
    });
    expect(
      publishedDateFromText('Published: 2024-01-02\n\nMOSCOW, Dec. 31 (Reuters) — x', {
        today: '2026-11-24',
      }),
    ).toEqual({ date: '2023-12-31', source: 'dateline' });
  });
});
