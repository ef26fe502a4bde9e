/**
 * The zoomable timeline: vis-timeline fed from vis-data DataSets that follow the timeline model.
 *
 * vis-timeline writes item and group content into the page as HTML, so every label is handed over as a
 * DOM element whose text is set with textContent: an article containing markup shows it literally.
 */
import moment from 'moment';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import { DataSet } from 'vis-data/peer';
import {
  type DataGroup,
  type DataItem,
  type IdType,
  Timeline,
  type TimelineOptions,
} from 'vis-timeline/peer';
import { dateToIsoDay, eraYear, formatIso, isoToDate } from '../dates/iso-dates';
import { syncClustering, withClusters } from './clusters';
import { syncDataSet } from './dataset-sync';
import { snapTime } from './drag-dates';
import { fitWindow, revealWindow } from './fit-window';
import { laneClass } from './lane-colors';
import type { ItemModel, LaneModel, TimelineModel } from './timeline-model';
import './reports-badge.css';

export interface TimelineController {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Brings an item into view (e.g. when picked in the list). */
  reveal(id: string): void;
}

interface TimelineViewProps {
  model: TimelineModel;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** An item was dragged or resized: its new drawn start and (exclusive) end. */
  onMove(id: string, start: Date, end: Date | undefined): void;
  /** Double-click on empty space: the day clicked and the lane it was in. */
  onAddAt(day: string, laneId: string | null): void;
  /** Double-click on an item. */
  onOpen(id: string): void;
  /** Hidden while the list view takes its place (kept alive so the window stays where it was). */
  hidden?: boolean;
  ref?: Ref<TimelineController>;
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
/**
 * Deep time: the timeline can be moved from 10,000 BC to AD 10,000 and zoomed out to 12 millennia
 * (vis-timeline's axis has no steps beyond a thousand years; wider windows lose their labels).
 */
const TIMELINE_MIN = isoToDate('-9999-01-01');
const TIMELINE_MAX = isoToDate('9999-12-31');
const ZOOM_MAX = 12_000 * YEAR_MS;

/** Only plain colours reach a style property (tag colours are user data). */
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

function colorStyle(color: string | undefined): string | undefined {
  if (!color || !SAFE_COLOR.test(color)) return undefined;
  return `--lane: ${color}; --lane-soft: color-mix(in srgb, ${color} 22%, var(--surface))`;
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return moment.utc(value).toDate();
  if (moment.isMoment(value)) return value.toDate();
  return undefined;
}

/** The axis writes years in historians' form: 44 BC instead of -0043, AD 250, 2024. */
function formatWithEra(date: moment.Moment, pattern: string, scale = '', step = 1): string {
  if (pattern === '') return '';
  const year = date.year();
  // Ticks fall on multiples of the step in astronomical years (-6000 is 6001 BC). At steps of a century
  // or more, a year is less than a pixel: the round number reads better and is no less exact on screen.
  const label = scale === 'year' && step >= 100 && year < 0 ? `${-year} BC` : eraYear(year);
  return date.format(pattern.replace('YYYY', `[${label}]`));
}

const MINOR: Record<string, string> = {
  millisecond: 'SSS',
  second: 's',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'ddd D',
  day: 'D',
  week: 'D MMM',
  month: 'MMM',
  year: 'YYYY',
};
const MAJOR: Record<string, string> = {
  millisecond: 'HH:mm:ss',
  second: 'D MMMM HH:mm',
  minute: 'ddd D MMMM YYYY',
  hour: 'ddd D MMMM YYYY',
  weekday: 'MMMM YYYY',
  day: 'MMMM YYYY',
  week: 'MMMM YYYY',
  month: 'YYYY',
  year: '',
};

export function itemElement(item: ItemModel): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tl-item-label';
  element.textContent = `${item.approximate ? '≈ ' : ''}${item.label}`;
  element.title = `${item.label}\n${item.when}${item.planned ? ' (planned)' : ''}${item.approximate ? ' (approximate)' : ''}`;
  if (item.reports) {
    const badge = document.createElement('span');
    badge.className = 'tl-item-reports';
    badge.textContent = `×${item.reports}`;
    element.append(' ', badge);
    element.title += `\nReported by ${item.reports} articles`;
  }
  return element;
}

const laneTone = (lane: LaneModel): string =>
  lane.color ? 'lane-custom' : lane.colorIndex === undefined ? 'lane-neutral' : laneClass(lane.colorIndex);

export function laneElement(lane: LaneModel): HTMLElement {
  const element = document.createElement('div');
  element.className = `tl-lane-label ${laneTone(lane)}`;
  const style = colorStyle(lane.color);
  if (style)
    for (const rule of style.split('; ')) {
      const [name, value] = rule.split(': ');
      element.style.setProperty(name, value);
    }
  element.textContent = lane.label;
  element.title = lane.title;
  return element;
}

function toDataItem(item: ItemModel): DataItem {
  const style = colorStyle(item.color);
  const classes = [
    `kind-${item.kind}`,
    style ? 'lane-custom' : laneClass(item.colorIndex ?? 0),
    item.approximate ? 'is-approximate' : '',
    item.planned ? 'is-planned' : '',
  ];
  return {
    id: item.id,
    group: item.lane,
    // Plain text, only used to notice changes: the template below builds what is shown.
    content: `${item.label}\u0000${item.when}\u0000${item.color ?? item.colorIndex ?? ''}\u0000${item.reports ?? 1}`,
    start: item.start,
    ...(item.end ? { end: item.end } : {}),
    type: item.kind === 'point' ? 'point' : 'range',
    className: classes.filter(Boolean).join(' '),
    // Set explicitly so that an item losing its tag colour also loses the style.
    style: style ?? '',
  };
}

export function TimelineView({
  model,
  selectedId,
  onSelect,
  onMove,
  onAddAt,
  onOpen,
  hidden = false,
  ref,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<DataItem, 'id'>());
  const groupsRef = useRef(new DataSet<DataGroup, 'id'>());
  const modelsRef = useRef(new Map<string, ItemModel>());
  const clusteredRef = useRef(false);
  // The latest callbacks, read by the listeners registered once with vis-timeline.
  const handlers = useRef({ onSelect, onMove, onAddAt, onOpen });
  handlers.current = { onSelect, onMove, onAddAt, onOpen };

  // Where the window is heading: zoom steps pressed quickly add up instead of restarting from the
  // half-animated window.
  const targetRef = useRef<{ start: number; end: number } | null>(null);
  const fitAll = (animate: boolean) => {
    targetRef.current = null;
    const timeline = timelineRef.current;
    const center = containerRef.current?.querySelector<HTMLElement>('.vis-panel.vis-center');
    // Hidden (list view): nothing to measure, so nothing to fit.
    if (center && center.clientWidth <= 0) return;
    const range = fitWindow([...modelsRef.current.values()], center?.clientWidth ?? 800);
    if (timeline && range) timeline.setWindow(range.start, range.end, { animation: animate });
  };

  const revealItem = (id: string) => {
    targetRef.current = null;
    const timeline = timelineRef.current;
    const item = modelsRef.current.get(id);
    if (!timeline || !item) return;
    const range = revealWindow(item, timeline.getWindow());
    if (range)
      timeline.setWindow(range.start, range.end, {
        animation: { duration: 350, easingFunction: 'easeInOutQuad' },
      });
  };

  const zoomBy = (factor: number) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const current = timeline.getWindow();
    const base = targetRef.current ?? { start: current.start.getTime(), end: current.end.getTime() };
    const centre = (base.start + base.end) / 2;
    const half = Math.min(Math.max(((base.end - base.start) * factor) / 2, DAY_MS / 2), ZOOM_MAX / 2);
    const next = { start: centre - half, end: centre + half };
    targetRef.current = next;
    timeline.setWindow(new Date(next.start), new Date(next.end), {
      animation: { duration: 250, easingFunction: 'easeOutQuad' },
    });
  };

  useImperativeHandle(ref, () => ({
    zoomIn: () => zoomBy(2 / 3),
    zoomOut: () => zoomBy(1.5),
    fit: () => fitAll(true),
    reveal: (id: string) => revealItem(id),
  }));

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options: TimelineOptions = {
      // Show UTC: dates are calendar days converted through UTC, so no time zone may shift them.
      moment: (input?: moment.MomentInput) => moment(input).utc(),
      format: {
        minorLabels: (date, scale, step) => formatWithEra(moment.utc(date), MINOR[scale] ?? '', scale, step),
        majorLabels: (date, scale) => formatWithEra(moment.utc(date), MAJOR[scale] ?? ''),
      },
      height: '100%',
      stack: true,
      // Many lanes: a scrollbar beside the lane labels (the wheel stays for zooming).
      verticalScroll: true,
      selectable: true,
      showCurrentTime: false,
      zoomable: true,
      zoomMin: DAY_MS,
      zoomMax: ZOOM_MAX,
      min: TIMELINE_MIN,
      max: TIMELINE_MAX,
      // Drag to move, drag an end to resize; lanes stay as they are (an event's article is not editable).
      editable: { updateTime: true, updateGroup: false, add: false, remove: false, overrideItems: false },
      itemsAlwaysDraggable: { item: true, range: true },
      snap: (date: Date, scale: string) => snapTime(date, scale),
      // While a selected item is dragged, the day it would land on (only dates: the text is set as HTML).
      tooltipOnItemUpdateTime: {
        template: (data: { start?: unknown; end?: unknown }) => {
          const start = toDate(data.start);
          if (!start) return '';
          const end = toDate(data.end);
          const first = formatIso(dateToIsoDay(start));
          if (!end) return first;
          return `${first} – ${formatIso(dateToIsoDay(new Date(end.getTime() - 1)))}`;
        },
      },
      onMove: (item, callback) => {
        const start = toDate(item.start);
        if (start === undefined) {
          callback(null);
          return;
        }
        // Keep vis-timeline's copy where it was dropped; the saved dates (rounded to the event's
        // precision) come back with the document and replace it.
        callback(item);
        handlers.current.onMove(String(item.id), start, toDate(item.end));
      },
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 10, vertical: 5 }, axis: 10 },
      groupOrder: 'order',
      align: 'auto',
      // Clusters (10,000 events zoomed out) come with no item; withClusters draws them.
      template: withClusters((item: { id?: IdType }) => {
        const model = item.id === undefined ? undefined : modelsRef.current.get(String(item.id));
        return model ? itemElement(model) : document.createElement('span');
      }),
    };
    const timeline = new Timeline(container, itemsRef.current, groupsRef.current, options);
    timelineRef.current = timeline;
    const publishWindow = () => {
      // The visible window, for people using assistive tech and for the end-to-end tests.
      const { start, end } = timeline.getWindow();
      container.dataset.windowStart = String(start.getTime());
      container.dataset.windowEnd = String(end.getTime());
      container.setAttribute('aria-description', `Showing ${dateToIsoDay(start)} to ${dateToIsoDay(end)}`);
    };
    timeline.on('rangechange', publishWindow);
    timeline.on('rangechanged', () => {
      targetRef.current = null;
      publishWindow();
    });
    timeline.on('select', (properties?: { items?: IdType[] }) => {
      const [first] = properties?.items ?? [];
      handlers.current.onSelect(first === undefined ? null : String(first));
    });
    // Read from the DOM event (vis-timeline reports the same properties as for its own events).
    const onDoubleClick = (event: MouseEvent) => {
      // Only the items area: not the axis above it nor the lane labels.
      if (!(event.target instanceof Element) || !event.target.closest('.vis-panel.vis-center')) return;
      const properties = timeline.getEventProperties(event);
      if (properties.item !== null && properties.item !== undefined) {
        handlers.current.onOpen(String(properties.item));
        return;
      }
      // vis-timeline calls empty space "axis" where its full-height grid lines are drawn.
      if (!(properties.time instanceof Date)) return;
      const group =
        properties.group === null || properties.group === undefined ? null : String(properties.group);
      handlers.current.onAddAt(dateToIsoDay(properties.time), group);
    };
    container.addEventListener('dblclick', onDoubleClick);
    publishWindow();
    return () => {
      container.removeEventListener('dblclick', onDoubleClick);
      timeline.destroy();
      timelineRef.current = null;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fitAll reads refs only
  useEffect(() => {
    const timeline = timelineRef.current;
    const items = itemsRef.current;
    const groups = groupsRef.current;
    const hadItems = items.length > 0;
    modelsRef.current = new Map(model.items.map((item) => [item.id, item]));

    const laneIds = new Set(model.lanes.map((l) => l.id));
    groups.update(
      model.lanes.map((lane) => ({
        id: lane.id,
        content: laneElement(lane),
        order: lane.order,
        className: laneTone(lane),
      })),
    );
    groups.remove(groups.getIds().filter((id) => !laneIds.has(String(id))));

    if (timeline) clusteredRef.current = syncClustering(timeline, model.items.length, clusteredRef.current);
    // Only what changed: an edit among 10,000 events redraws one item, not all of them.
    syncDataSet(items, model.items.map(toDataItem));
    // vis-timeline only puts items on screen that are in view; this says how many there are in all.
    if (containerRef.current) containerRef.current.dataset.items = String(items.length);

    // First items (samples loaded, first import): show them all.
    // Wait for vis-timeline to lay out the new lane labels: the fit depends on the width left for items.
    if (!hadItems && items.length > 0 && timeline) {
      requestAnimationFrame(() => requestAnimationFrame(() => fitAll(false)));
    }
  }, [model]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const wanted = selectedId && itemsRef.current.get(selectedId) ? [selectedId] : [];
    timeline.setSelection(wanted);
  }, [selectedId]);

  // Sizes are measured while hidden as zero; measure again when shown.
  useEffect(() => {
    if (!hidden) timelineRef.current?.redraw();
  }, [hidden]);

  return (
    <section
      ref={containerRef}
      className="timeline-canvas"
      hidden={hidden}
      data-testid="timeline"
      aria-label="Timeline. Scroll or pinch to zoom; drag an event to move it, its ends to resize; double-click empty space to add an event."
    />
  );
}
