/**
 * Writes an image scene (image-scene.ts) as a standalone SVG document. Every title, label and date is
 * character data inside a <text> element, escaped, so markup in an article can only ever show as text:
 * it cannot become an element, an attribute or a script.
 */
import type { ImageScene, Paint, Shape } from './image-scene';

/** Code points XML 1.0 does not allow at all: C0 controls other than tab/newline/return, U+FFFE/F, lone surrogates. */
function xmlAllowed(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false;
  return codePoint !== 0xfffe && codePoint !== 0xffff;
}

/** Replaces what XML cannot hold (iterating by code point keeps surrogate pairs whole). */
function xmlSafe(value: string): string {
  let out = '';
  for (const char of value) out += xmlAllowed(char.codePointAt(0) ?? 0) ? char : '\uFFFD';
  return out;
}

export function escapeXml(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rounds to 2 decimals: smaller files, no visible difference. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/** "600 22px family, …" → SVG font attributes. */
export function fontAttributes(font: string): string {
  const match = /^(?:(\d{3}|bold|normal)\s+)?(\d+(?:\.\d+)?)px\s+(.+)$/.exec(font.trim());
  if (!match) return `font-family="${escapeXml(font)}"`;
  const [, weight, size, family] = match;
  return `${weight ? `font-weight="${weight}" ` : ''}font-size="${size}" font-family="${escapeXml(family)}"`;
}

/** rgba() is CSS, not SVG 1.1: written as a colour and an opacity so every SVG reader agrees. */
function fillAttributes(fill: string | undefined): string {
  const rgba = /^rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([\d.]+)\s*\)$/.exec(fill ?? '');
  if (rgba) return `fill="rgb(${rgba[1]},${rgba[2]},${rgba[3]})" fill-opacity="${rgba[4]}"`;
  return `fill="${escapeXml(fill ?? 'none')}"`;
}

function paintAttributes(paint: Paint): string {
  const parts = [fillAttributes(paint.fill)];
  if (paint.stroke) {
    parts.push(`stroke="${escapeXml(paint.stroke)}"`, `stroke-width="${n(paint.lineWidth ?? 1)}"`);
    if (paint.dash?.length) parts.push(`stroke-dasharray="${paint.dash.map(n).join(' ')}"`);
  }
  return parts.join(' ');
}

function shapeSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" ${fontAttributes(shape.font)} fill="${escapeXml(shape.fill)}"${
        shape.align === 'center' ? ' text-anchor="middle"' : ''
      } dominant-baseline="central" xml:space="preserve">${escapeXml(shape.text)}</text>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${escapeXml(shape.stroke)}" stroke-width="${n(shape.lineWidth)}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" ${paintAttributes(shape)}/>`;
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}"${
        shape.radius ? ` rx="${n(shape.radius)}"` : ''
      } ${paintAttributes(shape)}/>`;
  }
}

/**
 * The SVG document. `scale` sets the width/height it asks to be shown at (the drawing itself is vector);
 * `title` becomes the document's <title> for screen readers and file browsers.
 */
export function renderSvg(scene: ImageScene, options: { scale?: number; title?: string } = {}): string {
  const scale = options.scale ?? 1;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width * scale)}" height="${n(scene.height * scale)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" role="img">`,
  ];
  if (options.title) lines.push(`<title>${escapeXml(options.title)}</title>`);
  lines.push(`<rect width="100%" height="100%" fill="${escapeXml(scene.background)}"/>`);
  for (const shape of scene.shapes) lines.push(shapeSvg(shape));
  lines.push('</svg>', '');
  return lines.join('\n');
}
