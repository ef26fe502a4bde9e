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
import { dateToIsoDay, displayYear } from '../dates/iso-dates';
import { fitWindow, revealWindow } from './fit-window';
import { laneClass } from './lane-colors';
import type { ItemModel, LaneModel, TimelineModel } from './timeline-model';

export interface TimelineController {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Brings an item into view (e.g. when picked in the list). */
  reveal(id: string): void;
}

interface TimelineViewProps {
  model: TimelineModel;
  laneIndex: Map<string, number>;
  selectedId: string | null;
  onSelect(id: string | null): void;
  ref?: Ref<TimelineController>;
}

const DAY_MS = 86_400_000;

/** Writes a moment's label with the year in historians' form (44 BC) instead of -0043. */
function formatWithEra(date: moment.Moment, pattern: string): string {
  if (pattern === '') return '';
  return date.format(pattern.replace('YYYY', `[${displayYear(date.year())}]`));
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
  return element;
}

export function laneElement(lane: LaneModel, index: number): HTMLElement {
  const element = document.createElement('div');
  element.className = `tl-lane-label ${laneClass(index)}`;
  element.textContent = lane.label;
  element.title = lane.title;
  return element;
}

function toDataItem(item: ItemModel, laneIndex: Map<string, number>): DataItem {
  const classes = [
    `kind-${item.kind}`,
    laneClass(laneIndex.get(item.lane) ?? 0),
    item.approximate ? 'is-approximate' : '',
    item.planned ? 'is-planned' : '',
  ];
  return {
    id: item.id,
    group: item.lane,
    // Plain text, only used to notice changes: the template below builds what is shown.
    content: `${item.label}\u0000${item.when}`,
    start: item.start,
    ...(item.end ? { end: item.end } : {}),
    type: item.kind === 'point' ? 'point' : 'range',
    className: classes.filter(Boolean).join(' '),
  };
}

export function TimelineView({ model, laneIndex, selectedId, onSelect, ref }: TimelineViewProps) {
  const containerRef = useRef<HTMLElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<DataItem, 'id'>());
  const groupsRef = useRef(new DataSet<DataGroup, 'id'>());
  const modelsRef = useRef(new Map<string, ItemModel>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const fitAll = (animate: boolean) => {
    const timeline = timelineRef.current;
    const center = containerRef.current?.querySelector<HTMLElement>('.vis-panel.vis-center');
    const range = fitWindow([...modelsRef.current.values()], center?.clientWidth ?? 800);
    if (timeline && range) timeline.setWindow(range.start, range.end, { animation: animate });
  };

  const revealItem = (id: string) => {
    const timeline = timelineRef.current;
    const item = modelsRef.current.get(id);
    if (!timeline || !item) return;
    const range = revealWindow(item, timeline.getWindow());
    if (range)
      timeline.setWindow(range.start, range.end, {
        animation: { duration: 350, easingFunction: 'easeInOutQuad' },
      });
  };

  useImperativeHandle(ref, () => ({
    zoomIn: () => timelineRef.current?.zoomIn(0.5),
    zoomOut: () => timelineRef.current?.zoomOut(0.5),
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
        minorLabels: (date, scale) => formatWithEra(moment.utc(date), MINOR[scale] ?? ''),
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
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 10, vertical: 5 }, axis: 10 },
      groupOrder: 'order',
      align: 'auto',
      template: (item: { id?: IdType }) => {
        const model = item.id === undefined ? undefined : modelsRef.current.get(String(item.id));
        return model ? itemElement(model) : document.createElement('span');
      },
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
    timeline.on('rangechanged', publishWindow);
    timeline.on('select', (properties?: { items?: IdType[] }) => {
      const [first] = properties?.items ?? [];
      onSelectRef.current(first === undefined ? null : String(first));
    });
    publishWindow();
    return () => {
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
        content: laneElement(lane, laneIndex.get(lane.id) ?? 0),
        order: lane.order,
        className: laneClass(laneIndex.get(lane.id) ?? 0),
      })),
    );
    groups.remove(groups.getIds().filter((id) => !laneIds.has(String(id))));

    const itemIds = new Set(model.items.map((i) => i.id));
    items.remove(items.getIds().filter((id) => !itemIds.has(String(id))));
    items.update(model.items.map((item) => toDataItem(item, laneIndex)));
    // vis-timeline only puts items on screen that are in view; this says how many there are in all.
    if (containerRef.current) containerRef.current.dataset.items = String(items.length);

    // First items (samples loaded, first import): show them all.
    // Wait for vis-timeline to lay out the new lane labels: the fit depends on the width left for items.
    if (!hadItems && items.length > 0 && timeline) {
      requestAnimationFrame(() => requestAnimationFrame(() => fitAll(false)));
    }
  }, [model, laneIndex]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const wanted = selectedId && itemsRef.current.get(selectedId) ? [selectedId] : [];
    timeline.setSelection(wanted);
  }, [selectedId]);

  return (
    <section
      ref={containerRef}
      className="timeline-canvas"
      data-testid="timeline"
      aria-label="Timeline. Scroll or pinch to zoom, drag to move."
    />
  );
}
