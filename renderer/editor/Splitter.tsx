import type { KeyboardEvent, PointerEvent } from 'react';

type Props = { label: string; /** Where the handle stands, as a percentage of the width. */ position: number; onMove(deltaFraction: number): void };

/** A handle between two panes: drag it, or focus it and use the arrow keys. */
export function Splitter({ label, position, onMove }: Props) {
  const startDrag = (event: PointerEvent<HTMLDivElement>) => {
    const container = event.currentTarget.parentElement!;
    let lastX = event.clientX;
    const move = (moveEvent: globalThis.PointerEvent) => {
      onMove((moveEvent.clientX - lastX) / container.clientWidth);
      lastX = moveEvent.clientX;
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') onMove(-0.02);
    if (event.key === 'ArrowRight') onMove(0.02);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(position)}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onPointerDown={startDrag}
      onKeyDown={onKeyDown}
    />
  );
}
