import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MajorityRule } from '../../shared/model';
import type { TableItem } from './rows';
import { ruleNames, ruleShortNames } from './rule-names';

const rowHeight = 30;
const overscan = 10;

/** The cells the user can edit, in the order Tab moves through them. */
export const editableColumns = ['number', 'text', 'for', 'against', 'abstain', 'invalid', 'rule'] as const;
export type EditableColumn = (typeof editableColumns)[number];
const columnNames: Record<EditableColumn, string> = { number: 'Number', text: 'Motion', for: 'For', against: 'Against', abstain: 'Abstained', invalid: 'Invalid', rule: 'Rule' };

type MotionItem = Extract<TableItem, { kind: 'motion' }>;
type Props = {
  items: TableItem[];
  selectedLine: number | null;
  onSelect(line: number): void;
  /** A cell's new value, as typed (for the rule: a rule, or '' for the file's own); true when it was taken, so that Tab may move on. */
  onEdit(item: MotionItem, column: EditableColumn, value: string): boolean;
};

/**
 * The sections and motions as a table, one motion a row. Only the rows in
 * view are drawn, so that 10,000 motions scroll as smoothly as 76. A cell is
 * edited by double-clicking it, or by Enter on a chosen row; Enter or Tab
 * keeps the change, Escape drops it.
 */
export function ResultsTable({ items, selectedLine, onSelect, onEdit }: Props) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [editing, setEditing] = useState<{ key: string; column: EditableColumn } | null>(null);
  const container = useRef<HTMLDivElement | null>(null);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const motions = items.filter((item): item is MotionItem => item.kind === 'motion');
  const widths = countWidths(motions);
  const selected = motions.find((item) => selectedLine !== null && selectedLine >= item.lines[0] && selectedLine <= item.lines[1]);

  // A row chosen elsewhere (a problem, the source) is scrolled into view: to the middle when it was
  // out of sight, just enough when the arrow keys reach the edge. A row clicked stays under the mouse.
  // The rows drawn are those the visible height shows: the height is watched, not measured at each drawing (that forces a layout).
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const clicked = useRef<MotionItem | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || !selected) return;
    if (clicked.current?.key === selected.key) {
      clicked.current = null;
      return;
    }
    const top = items.indexOf(selected) * rowHeight;
    const viewTop = element.scrollTop;
    const viewBottom = viewTop + element.clientHeight - rowHeight; // less the sticky header
    if (top + rowHeight < viewTop || top > viewBottom) element.scrollTop = Math.max(0, top - element.clientHeight / 2);
    else if (top < viewTop) element.scrollTop = top;
    else if (top + rowHeight > viewBottom) element.scrollTop = top + rowHeight - (element.clientHeight - rowHeight);
  }, [items, selected]);

  const move = (item: MotionItem, column: EditableColumn, step: 1 | -1) => {
    const next = editableColumns.indexOf(column) + step;
    if (next >= 0 && next < editableColumns.length) return setEditing({ key: item.key, column: editableColumns[next]! });
    const row = motions[motions.indexOf(item) + step];
    if (!row) return setEditing(null);
    onSelect(row.lines[0]);
    setEditing({ key: row.key, column: step === 1 ? editableColumns[0] : editableColumns[editableColumns.length - 1]! });
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, item: MotionItem, column: EditableColumn) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      container.current?.focus();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      const value = event.currentTarget.value;
      const unchanged = value === valueOf(item, column);
      if (!unchanged && !onEdit(item, column, value)) return;
      if (event.key === 'Tab') move(item, column, event.shiftKey ? -1 : 1);
      else {
        setEditing(null);
        container.current?.focus();
      }
    }
  };

  /** What a cell shows: its value, or the box to change it in. */
  const content = (item: MotionItem, column: EditableColumn, shown: string) => {
    if (editing?.key !== item.key || editing.column !== column) return shown;
    const box = {
      autoFocus: true,
      'aria-label': `${columnNames[column]}, motion ${item.number}`,
      defaultValue: valueOf(item, column),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => onInputKey(event, item, column),
      onBlur: () => setEditing(null),
    };
    if (column !== 'rule') return <input {...box} />;
    return (
      <select {...box} onChange={(event) => onEdit(item, column, event.currentTarget.value)}>
        <option value="">As the file says</option>
        {MajorityRule.options.map((rule) => <option key={rule} value={rule}>{ruleNames[rule]}</option>)}
      </select>
    );
  };

  const cell = (item: MotionItem, column: EditableColumn, shown: string, className?: string) => (
    <td key={column} className={className} title={column === 'text' ? item.text : undefined} onDoubleClick={() => setEditing({ key: item.key, column })}>
      {content(item, column, shown)}
    </td>
  );

  return (
    <div
      className="results-table"
      tabIndex={0}
      aria-label="Results table"
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || !selected) return;
        if (event.key === 'Enter' || event.key === 'F2') {
          event.preventDefault();
          setEditing({ key: selected.key, column: 'for' });
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const row = motions[motions.indexOf(selected) + (event.key === 'ArrowDown' ? 1 : -1)];
          if (row) onSelect(row.lines[0]);
        }
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      ref={container}
    >
      <table aria-label={`Results: ${motions.length} motions`} aria-rowcount={items.length + 1} style={{ minWidth: `calc(34em + ${widths.reduce((sum, width) => sum + width, 0)}ch + 40px)` }}>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Motion</th>
            {countHeadings.map((heading, index) => (
              <th key={heading} scope="col" className="count" style={{ width: `calc(${widths[index]}ch + 10px)` }}>{heading}</th>
            ))}
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
              <tr key={item.key} className={`motion-row${item === selected ? ' selected' : ''}`} aria-rowindex={first + offset + 2} aria-selected={item === selected} onClick={() => {
                clicked.current = item;
                onSelect(item.lines[0]);
              }}>
                <th scope="row" onDoubleClick={() => setEditing({ key: item.key, column: 'number' })}>
                  {content(item, 'number', item.number)}
                  {item.problems.length > 0 && (
                    <span className={`badge ${item.problems.some((problem) => problem.severity === 'error') ? 'error' : 'warning'}`} title={item.problems.map((problem) => problem.message).join('\n')}>
                      {item.problems.some((problem) => problem.severity === 'error') ? '✖' : '▲'} {item.problems.length}
                      <span className="visually-hidden"> {item.problems.length === 1 ? 'problem' : 'problems'}</span>
                    </span>
                  )}
                </th>
                {cell(item, 'text', item.text, 'text')}
                {cell(item, 'for', item.counts[0]!, 'count')}
                {cell(item, 'against', item.counts[1]!, 'count')}
                {cell(item, 'abstain', item.counts[2]!, 'count')}
                {cell(item, 'invalid', item.counts[3]!, 'count')}
                <td className="count">{item.percent}</td>
                <td className={`result ${item.result.toLowerCase().split(' ')[0]}`} title={`${ruleNames[item.rule]}${item.ruleSet ? ', set for this motion' : ''}`} onDoubleClick={() => setEditing({ key: item.key, column: 'rule' })}>
                  {content(item, 'rule', item.result)}
                  {!(editing?.key === item.key && editing.column === 'rule') && (item.ruleUnusual || item.ruleSet) && (
                    <span className={`rule${item.ruleSet ? ' set' : ''}`}>
                      {' '}
                      {ruleShortNames[item.rule]}
                      {item.ruleSet && <span className="visually-hidden"> (set for this motion)</span>}
                    </span>
                  )}
                </td>
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

/** A cell's value as its box starts: the count or text, or the rule set for this motion ('' for none). */
function valueOf(item: MotionItem, column: EditableColumn): string {
  if (column === 'rule') return item.ruleSet ? item.rule : '';
  return String(item.values[column] ?? '');
}

const countHeadings = ['For', 'Against', 'Abst.', 'Inv.'];

/** Each count column as wide as its longest count or its heading, so that a company's 41,203,118 votes are never cut short. */
function countWidths(motions: MotionItem[]): number[] {
  const widths = countHeadings.map((heading) => heading.length);
  for (const item of motions) item.counts.forEach((count, index) => (widths[index] = Math.max(widths[index]!, count.length)));
  return widths;
}
