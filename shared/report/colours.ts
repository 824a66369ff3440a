import type { Rgb } from './png';

/** The report's colours, one definition for the stylesheet, the Word styles and the bars. */
export const colours = {
  ink: '1D2330',
  muted: '555D6B',
  rule: 'C9D1DC',
  accent: '1F3A5F',
  carried: '1B5E20',
  lost: 'A4161A',
  abstain: '8A929E',
  barTrack: 'EEF1F5',
} as const;

export const rgbOf = (hex: string): Rgb => [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
