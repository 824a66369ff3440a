import type { Diagnostic } from '../../shared/model';

type Props = { problems: Diagnostic[]; current: number | null; onSelect(index: number): void };

/** Every problem, in the order of the text; choosing one takes the source and the table to it. */
export function ProblemsList({ problems, current, onSelect }: Props) {
  if (problems.length === 0) return <p className="problems-empty">No problems: every motion is read and every count adds up.</p>;
  return (
    <ul className="problems" aria-label="Problems">
      {problems.map((problem, index) => (
        <li key={`${problem.line}-${problem.code}-${index}`}>
          <button className={`problem ${problem.severity}${index === current ? ' current' : ''}`} onClick={() => onSelect(index)} aria-current={index === current}>
            <span className="severity">{problem.severity === 'error' ? '✖ Error' : '▲ Warning'}</span>
            <span className="line">line {problem.line}</span>
            <span className="message">{problem.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
