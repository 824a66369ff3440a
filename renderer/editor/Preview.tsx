import { useEffect, useRef, useState } from 'react';

/** The width the report is laid out at before it is scaled to the pane: a printed page's, so the preview looks like the print. */
const pageWidth = 860;

/** The report's HTML as it will print, scaled down to fit its pane; sandboxed, so nothing in it can run. A note says when it shows only part. */
export function Preview({ html, note }: { html: string; note: string | null }) {
  const host = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: pageWidth, height: 600 });
  useEffect(() => {
    const element = host.current!;
    const observer = new ResizeObserver(() => setSize({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const scale = Math.min(1, size.width / pageWidth);
  return (
    <div className="preview" ref={host}>
      {note && <p className="preview-note" role="note">{note}</p>}
      <iframe
        title="Report preview"
        sandbox=""
        srcDoc={html}
        style={{ width: pageWidth, height: size.height / scale, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  );
}
