/**
 * Clustering for large timelines: above a few thousand events, vis-timeline's `cluster` option merges
 * items of a lane that would crowd the same ~100 px into one "N events" marker (double-click zooms
 * into it). Zoomed out over 10,000 events this keeps a few hundred elements on screen instead of
 * thousands, which is what keeps first render and zooming smooth. Small timelines are never clustered.
 *
 * vis-timeline calls the item template for a cluster with no item data (it is not in the DataSet) and
 * the cluster's own data as third argument: withClusters() draws those and hands real items on.
 */
import type { Timeline, TimelineOptionsCluster } from 'vis-timeline/peer';
import './clusters.css';

/** Fewer events than this are always drawn one by one. */
export const CLUSTER_FROM = 2500;

/** Up to this many items of one lane may share a ~100 px stretch before they are merged. */
export const CLUSTER_MAX_ITEMS = 4;

/** The `cluster` option for this many items; undefined (no clustering) for small timelines. */
export function clusterOption(itemCount: number): TimelineOptionsCluster | undefined {
  if (itemCount < CLUSTER_FROM) return undefined;
  return {
    maxItems: CLUSTER_MAX_ITEMS,
    titleTemplate: '{count} events here. Double-click to zoom in.',
    // The stripes (lines from each cluster down to the axis) cross every lane below: too busy.
    showStipes: false,
    fitOnDoubleClick: true,
  };
}

interface ClusterData {
  isCluster: true;
  uiItems: unknown[];
}

export function isClusterData(data: unknown): data is ClusterData {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { isCluster?: unknown }).isCluster === true &&
    Array.isArray((data as { uiItems?: unknown }).uiItems)
  );
}

export function clusterElement(count: number): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tl-cluster-label';
  element.textContent = `${count.toLocaleString('en')} events`;
  element.title = `${count.toLocaleString('en')} events here. Double-click to zoom in.`;
  return element;
}

type ItemTemplate<T> = (item: T, element: HTMLElement, data: unknown) => HTMLElement;

/** A vis-timeline item template that also draws clusters (for which vis passes no item). */
export function withClusters<T>(template: ItemTemplate<T>): ItemTemplate<T | null | undefined> {
  return (item, element, data) => {
    if (isClusterData(data)) return clusterElement(data.uiItems.length);
    if (item === null || item === undefined) return document.createElement('span');
    return template(item, element, data);
  };
}

/**
 * Turns clustering on or off when the item count crosses CLUSTER_FROM; returns whether it is on.
 * Only on a change: setting the option again makes vis-timeline regroup and redraw everything.
 */
export function syncClustering(timeline: Timeline, itemCount: number, clustered: boolean): boolean {
  const option = clusterOption(itemCount);
  if ((option !== undefined) !== clustered) timeline.setOptions({ cluster: option });
  return option !== undefined;
}
