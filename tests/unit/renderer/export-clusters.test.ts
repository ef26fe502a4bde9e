import { describe, expect, it } from 'vitest';
import {
  CLUSTER_FROM,
  clusterOption,
  isClusterData,
  withClusters,
} from '../../../renderer/src/timeline/clusters';

describe('timeline clustering for large timelines', () => {
  it('leaves small timelines alone and clusters from a few thousand events', () => {
    expect(clusterOption(27)).toBeUndefined();
    expect(clusterOption(CLUSTER_FROM - 1)).toBeUndefined();
    expect(clusterOption(10_000)).toMatchObject({ fitOnDoubleClick: true });
    expect(clusterOption(10_000)?.maxItems).toBeGreaterThan(1);
  });

  it('recognises the data vis-timeline passes for a cluster', () => {
    expect(isClusterData({ isCluster: true, uiItems: [1, 2, 3] })).toBe(true);
    expect(isClusterData({ id: 'e1' })).toBe(false);
    expect(isClusterData(null)).toBe(false);
  });

  it('hands real items to the item template unchanged', () => {
    const drawn: string[] = [];
    const marker = { tagName: 'SPAN' } as unknown as HTMLElement;
    const template = withClusters((item: { id: string }) => {
      drawn.push(item.id);
      return marker;
    });
    expect(template({ id: 'e1' }, marker, { id: 'e1' })).toBe(marker);
    expect(drawn).toEqual(['e1']);
  });
});
