import { useEffect, useRef, useState } from 'react';
import type { TableItem } from './rows';

const rowHeight = 30;
const overscan = 10;

type Props = { items: TableItem[]; selectedLine: number | null; onSelect(line: number): void };

/**
 * The sections and motions as a table, one motion a row. Only the rows in
 * view are drawn, so that 10,000 motions scroll as smoothly as 76.
 */
export function ResultsTable({ items, selectedLine, onSelect }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const container = useRef<HTMLDivElement | null>(null);

  // The row of the line chosen elsewhere (a problem, the source) is scrolled into view.
  useEffect(() => {
    const element = container.current;
    if (!element || selectedLine === null) return;
    const index = items.findIndex((item) => item.kind === 'motion' && selectedLine >= item.lines[0] && selectedLine <= item.lines[1]);
    if (index < 0) return;
    const top = index * rowHeight;
    if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight - rowHeight) element.scrollTop = Math.max(0, top - element.clientHeight / 2);
  }, [items, selectedLine]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const motions = items.filter((item) => item.kind === 'motion').length;
  return (
    <div
      className="results-table"
      tabIndex={0}
      aria-label="Results table"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      ref={(element) => {
        container.current = element;
        if (element && element.clientHeight !== height) setHeight(element.clientHeight || 600);
      }}
    >
      <table aria-label={`Results: ${motions} motions`} aria-rowcount={items.length + 1}>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Motion</th>
            <th scope="col" className="count">For</th>
            <th scope="col" className="count">Against</th>
            <th scope="col" className="count">Abst.</th>
            <th scope="col" className="count">Inv.</th>
            <th scope="col" className="count">% for</th>
            <th scope="col">Result</th>
            <th scope="col">Stated</th>
          </tr>
        </thead>
        <tbody>
          <tr style={{ height: first * rowHeight }} aria-hidden="true" />
          {items.slice(first, last).map((item, offset) =>
            item.kind === 'section' ? (
              <tr key={item.key} className="section-row" aria-rowindex={first + offset + 2}>
                <th colSpan={9} scope="colgroup">{item.heading}</th>
              </tr>
            ) : (
              <tr
                key={item.key}
                className={`motion-row${selectedLine !== null && selectedLine >= item.lines[0] && selectedLine <= item.lines[1] ? ' selected' : ''}`}
                aria-rowindex={first + offset + 2}
                onClick={() => onSelect(item.lines[0])}
              >
                <th scope="row">
                  {item.number}
                  {item.problems.length > 0 && (
                    <span className={`badge ${item.problems.some((problem) => problem.severity === 'error') ? 'error' : 'warning'}`} title={item.problems.map((problem) => problem.message).join('\n')}>
                      {item.problems.some((problem) => problem.severity === 'error') ? '✖' : '▲'} {item.problems.length}
                      <span className="visually-hidden"> {item.problems.length === 1 ? 'problem' : 'problems'}</span>
                    </span>
                  )}
                </th>
                <td className="text" title={item.text}>{item.text}</td>
                {item.counts.map((count, index) => <td key={index} className="count">{count}</td>)}
                <td className="count">{item.percent}</td>
                <td className={`result ${item.result.toLowerCase().split(' ')[0]}`}>{item.result}</td>
                <td>{item.stated}</td>
              </tr>
            ),
          )}
          <tr style={{ height: (items.length - last) * rowHeight }} aria-hidden="true" />
        </tbody>
      </table>
    </div>
  );
}
