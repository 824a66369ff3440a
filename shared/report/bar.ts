import { colours, rgbOf } from './colours';
import type { ReportRow } from './model';
import { encodePng } from './png';

export type BarSegment = { part: 'for' | 'against' | 'abstain'; share: number };

/** For, against and abstained as shares of their sum; empty when the row has no counts to draw. */
export function barSegments(row: Pick<ReportRow, 'for' | 'against' | 'abstain'>): BarSegment[] {
  const parts = [['for', row.for ?? 0], ['against', row.against ?? 0], ['abstain', row.abstain ?? 0]] as const;
  const total = parts.reduce((sum, [, value]) => sum + value, 0);
  if (total === 0) return [];
  return parts.filter(([, value]) => value > 0).map(([part, value]) => ({ part, share: value / total }));
}

const segmentColours = { for: rgbOf(colours.carried), against: rgbOf(colours.lost), abstain: rgbOf(colours.abstain) };
export const barPixels = { width: 120, height: 6 };

const track = rgbOf(colours.barTrack);

/**
 * Makes the bars as PNGs, for Word, which has no light way to draw one.
 * Segments end on whole pixels, so rows with the same split share one
 * image, made once.
 */
export function barPainter(): (segments: BarSegment[]) => Uint8Array {
  const made = new Map<string, Uint8Array>();
  return (segments) => {
    let reached = 0;
    const edges = segments.map((segment) => {
      reached += segment.share;
      return { end: Math.round(reached * barPixels.width), colour: segmentColours[segment.part] };
    });
    const key = edges.map((edge) => `${edge.end}${edge.colour.join()}`).join('|');
    let png = made.get(key);
    if (!png) {
      png = encodePng(barPixels.width, barPixels.height, (x) => edges.find((edge) => x < edge.end)?.colour ?? track);
      made.set(key, png);
    }
    return png;
  };
}
