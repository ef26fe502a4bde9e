/**
 * One colour per lane, shared by the on-screen timeline (CSS classes lane-0 … lane-7) and the PNG.
 * Chosen for contrast with white text on the solid colour (WCAG AA for 13px+ semibold).
 */
export interface LaneColor {
  solid: string;
  soft: string;
}

export const LANE_COLORS: readonly LaneColor[] = [
  { solid: '#2f5fd0', soft: '#dce6fb' },
  { solid: '#0f7a6b', soft: '#d3efe9' },
  { solid: '#a3461b', soft: '#f8e1d5' },
  { solid: '#7a3fb0', soft: '#ebdff6' },
  { solid: '#a3324f', soft: '#f6dbe2' },
  { solid: '#4d6b12', soft: '#e4eed0' },
  { solid: '#0d6e96', soft: '#d4ebf5' },
  { solid: '#805b00', soft: '#f3e8c8' },
];

export const laneColor = (index: number): LaneColor => LANE_COLORS[index % LANE_COLORS.length];
export const laneClass = (index: number): string => `lane-${index % LANE_COLORS.length}`;
