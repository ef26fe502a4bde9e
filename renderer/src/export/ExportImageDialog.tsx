/**
 * Export image: the whole timeline or the visible range, width and scale, PNG or SVG. Shows the size the
 * file will have (and how many labels had to be left out) before anything is drawn.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { TimelineDocument } from '../../../preload/domain';
import { dateToIsoDay, formatIso } from '../dates/iso-dates';
import { CancelAndAction, InlineError, Modal } from '../panels/Modal';
import type { TimelineModel } from '../timeline/timeline-model';
import { renderImage, saveImage } from './export-image';
import { type ImageFormat, type ImageScale, layoutImage, WIDTH_PRESETS, widthProblem } from './image-options';
import { canvasMeasure } from './png-draw';
import type { TimeRange } from './png-layout';
import './export-dialog.css';
import { usePendingCall } from '../panels/use-pending-call';

interface ExportImageDialogProps {
  document: TimelineDocument;
  laneIndex: Map<string, number>;
  /** The timeline as shown (filter, grouping, colours); the whole document by article when absent. */
  view?: TimelineModel;
  /** What the timeline shows now; null when it cannot be known (then only the whole timeline). */
  visibleRange: TimeRange | null;
  initialFormat?: ImageFormat;
  onClose(): void;
  onSaved(path: string): void;
}

type WidthChoice = (typeof WIDTH_PRESETS)[number] | 'custom';

const SCALES: ImageScale[] = [1, 2, 3];

export function ExportImageDialog({
  document,
  laneIndex,
  view,
  visibleRange,
  initialFormat = 'png',
  onClose,
  onSaved,
}: ExportImageDialogProps) {
  const id = useId();
  const [format, setFormat] = useState<ImageFormat>(initialFormat);
  const [whole, setWhole] = useState(true);
  const [widthChoice, setWidthChoice] = useState<WidthChoice>(1600);
  const [customWidth, setCustomWidth] = useState('2000');
  const [scale, setScale] = useState<ImageScale>(2);
  const { busy, error, clearError, call } = usePendingCall();

  const width = widthChoice === 'custom' ? Number(customWidth) : widthChoice;
  const problem = widthChoice === 'custom' ? widthProblem(width) : null;
  const range = whole || !visibleRange ? undefined : visibleRange;

  const measure = useMemo(() => canvasMeasure(), []);
  // Laying out 10,000 events takes a moment: only when a choice settles, not on every keystroke.
  const [preview, setPreview] = useState<{
    width: number;
    height: number;
    shown: number;
    unlabelled: number;
  } | null>(null);
  useEffect(() => {
    if (problem) {
      setPreview(null);
      return;
    }
    const timer = window.setTimeout(() => {
      const layout = layoutImage(
        document,
        { width, scale, ...(range ? { range } : {}) },
        measure,
        undefined,
        view,
      );
      setPreview({
        width: layout.width,
        height: layout.height,
        shown: layout.shown,
        unlabelled: layout.unlabelled,
      });
    }, 120);
    return () => window.clearTimeout(timer);
  }, [document, view, width, scale, range, problem, measure]);

  const save = async () => {
    if (problem) return;
    await call(async () => {
      const options = { format, width, scale, ...(range ? { range } : {}) };
      const image = await renderImage(document, laneIndex, options, view);
      const saved = await saveImage(window.api, image, format);
      if (saved) onSaved(saved.path);
    });
  };

  const rangeText = visibleRange
    ? `${formatIso(dateToIsoDay(new Date(visibleRange.start)))} – ${formatIso(dateToIsoDay(new Date(visibleRange.end)))}`
    : 'not available';
  const pixels =
    preview && format === 'png'
      ? `${(preview.width * scale).toLocaleString('en')} × ${(preview.height * scale).toLocaleString('en')} pixels`
      : preview
        ? `${(preview.width * scale).toLocaleString('en')} × ${(preview.height * scale).toLocaleString('en')} (vector)`
        : '';

  return (
    <Modal
      title="Export image"
      onClose={onClose}
      testId="export-image-dialog"
      footer={
        <CancelAndAction onCancel={onClose}>
          <button
            type="button"
            className="button primary"
            disabled={busy || problem !== null}
            onClick={() => void save()}
          >
            {busy ? 'Exporting…' : `Export ${format.toUpperCase()}…`}
          </button>
        </CancelAndAction>
      }
    >
      <InlineError message={error} onDismiss={clearError} />
      <fieldset className="export-choice">
        <legend className="field-label">What to export</legend>
        <label>
          <input type="radio" name={`${id}-range`} checked={whole} onChange={() => setWhole(true)} /> The
          whole timeline
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-range`}
            checked={!whole}
            disabled={!visibleRange}
            onChange={() => setWhole(false)}
          />{' '}
          The visible range <span className="hint-inline">({rangeText})</span>
        </label>
      </fieldset>

      <fieldset className="export-choice">
        <legend className="field-label">Format</legend>
        <label>
          <input
            type="radio"
            name={`${id}-format`}
            checked={format === 'png'}
            onChange={() => setFormat('png')}
          />{' '}
          PNG image
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-format`}
            checked={format === 'svg'}
            onChange={() => setFormat('svg')}
          />{' '}
          SVG (vector, text stays selectable)
        </label>
      </fieldset>

      <div className="field-row">
        <label className="field" htmlFor={`${id}-width`}>
          <span className="field-label">Width</span>
          <select
            id={`${id}-width`}
            value={String(widthChoice)}
            onChange={(event) => {
              const value = event.target.value;
              setWidthChoice(value === 'custom' ? 'custom' : (Number(value) as WidthChoice));
            }}
          >
            {WIDTH_PRESETS.map((preset) => (
              <option key={preset} value={String(preset)}>
                {preset.toLocaleString('en')} px
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
        </label>
        {widthChoice === 'custom' ? (
          <label className="field" htmlFor={`${id}-custom`}>
            <span className="field-label">Custom width (px)</span>
            <input
              id={`${id}-custom`}
              type="number"
              inputMode="numeric"
              min={800}
              max={8000}
              step={100}
              value={customWidth}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${id}-custom-error` : undefined}
              onChange={(event) => setCustomWidth(event.target.value)}
            />
            {problem ? (
              <span id={`${id}-custom-error`} className="field-error">
                {problem}
              </span>
            ) : null}
          </label>
        ) : null}
        <fieldset className="export-choice export-scale">
          <legend className="field-label">Scale</legend>
          {SCALES.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-scale`}
                checked={scale === value}
                onChange={() => setScale(value)}
              />{' '}
              {value}×
            </label>
          ))}
        </fieldset>
      </div>

      <p className="hint" data-testid="export-image-summary" aria-live="polite">
        {preview
          ? `${pixels} · ${preview.shown.toLocaleString('en')} event${preview.shown === 1 ? '' : 's'}${
              preview.unlabelled > 0
                ? ` · ${preview.unlabelled.toLocaleString('en')} without labels (no room for them; a wider image shows more)`
                : ''
            }`
          : ' '}
      </p>
    </Modal>
  );
}
