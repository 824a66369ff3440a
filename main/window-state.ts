import { renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Where the window was, remembered between sessions. */
export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;
export type Area = { x: number; y: number; width: number; height: number };

export const defaultSize = { width: 1280, height: 820 };
const minimumVisible = 120;

/**
 * The bounds to open the window with: the remembered ones when enough of the
 * window would be on a screen that still exists, shrunk to fit it; else the
 * default size centred on the primary screen.
 */
export function restoreBounds(saved: unknown, workAreas: Area[]): WindowBounds {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultSize };
  const parsed = WindowBounds.safeParse(saved);
  if (parsed.success) {
    const bounds = parsed.data;
    const screen = workAreas.find((area) => overlap(bounds, area) >= minimumVisible * minimumVisible);
    if (screen) {
      const width = Math.min(bounds.width, screen.width);
      const height = Math.min(bounds.height, screen.height);
      const x = Math.min(Math.max(bounds.x, screen.x), screen.x + screen.width - width);
      const y = Math.min(Math.max(bounds.y, screen.y), screen.y + screen.height - height);
      return { x, y, width, height, maximized: bounds.maximized };
    }
  }
  const width = Math.min(defaultSize.width, primary.width);
  const height = Math.min(defaultSize.height, primary.height);
  return { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height, maximized: false };
}

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Written as the window closes, synchronously, because the app quits right
 * after; through a temporary file, so a half-written file is never read back.
 */
export function storeBoundsSync(file: string, bounds: WindowBounds): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(bounds));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Losing the window's place is not worth an error at closing time.
  }
}
