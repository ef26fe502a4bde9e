import { describe, expect, it } from 'vitest';
import { eventToItem } from '../../../renderer/src/timeline/timeline-model';
import { sampleEvent } from '../fixtures';

describe('timeline item of an event several articles reported', () => {
  it('counts the primary article and the further ones', () => {
    const source = { articleId: 'a2', quote: 'q', sourceStart: 0, sourceEnd: 1, timexes: [] };
    const item = eventToItem(
      sampleEvent('e', {
        origin: 'extracted',
        articleId: 'a1',
        sources: [source, { ...source, articleId: 'a3' }],
      }),
    );
    expect(item.reports).toBe(3);
  });

  it('has no count for an event with one source or none', () => {
    expect(eventToItem(sampleEvent('e')).reports).toBeUndefined();
    expect(eventToItem(sampleEvent('e', { origin: 'extracted', articleId: 'a1' })).reports).toBeUndefined();
  });
});
