import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { AcceptedProblem } from '../../shared/accepted';
import type { Diagnostic } from '../../shared/model';
import type { QuickFix } from '../../shared/quick-fixes';

type Props = {
  problems: Diagnostic[];
  accepted: AcceptedProblem[];
  current: number | null;
  /** The fixes for the current problem, or null when they have not been looked for in the text as it is. */
  fixes: QuickFix[] | null;
  lookingForFixes: boolean;
  /** Changes each time Ctrl+. asks for the current problem's fixes: the focus goes to them once they are found. */
  focusRequest: number;
  onSelect(index: number): void;
  onFindFixes(): void;
  onFix(fix: QuickFix): void;
  /** Accepts a warning with the reason given; a message when it cannot be. */
  onAccept(problem: Diagnostic, reason: string): string | null;
  onWithdraw(acceptance: AcceptedProblem['acceptance']): void;
};

/**
 * Every problem, in the order of the text; choosing one takes the source and
 * the table to it and offers its fixes, and a warning can be accepted with a
 * reason. Warnings accepted are listed apart, each with its reason.
 */
export function ProblemsList({ problems, accepted, current, fixes, lookingForFixes, focusRequest, onSelect, onFindFixes, onFix, onAccept, onWithdraw }: Props) {
  const [accepting, setAccepting] = useState(false);
  const [refusal, setRefusal] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const focusHandled = useRef(0);
  useEffect(() => {
    setAccepting(false);
    setRefusal('');
  }, [current]);
  // Each Ctrl+. moves the focus once, when its fixes are there; typing elsewhere afterwards keeps the focus.
  useEffect(() => {
    if (focusRequest === focusHandled.current || fixes === null) return;
    focusHandled.current = focusRequest;
    actions.current?.querySelector<HTMLElement>('button, input')?.focus();
  }, [focusRequest, fixes]);

  /** After the reason form closes, the focus goes back to the problem chosen, or to the list. */
  const closeForm = () => {
    setAccepting(false);
    setTimeout(() => (root.current?.querySelector<HTMLElement>('.problem.current') ?? root.current)?.focus(), 0);
  };
  const accept = (event: FormEvent<HTMLFormElement>, problem: Diagnostic) => {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get('reason');
    const message = onAccept(problem, typeof reason === 'string' ? reason : '');
    setRefusal(message ?? '');
    if (!message) closeForm();
  };

  const keys = useMemo(() => problemKeys(problems), [problems]);

  return (
    <div className="problems-list" ref={root} tabIndex={-1}>
      {problems.length === 0 ? (
        <p className="problems-empty">No problems: every motion is read and every count adds up.</p>
      ) : (
        <ul className="problems" aria-label="Problems">
          {problems.map((problem, index) => (
            <li key={keys[index]}>
              <button className={`problem ${problem.severity}${index === current ? ' current' : ''}`} onClick={() => onSelect(index)} aria-current={index === current}>
                <span className="severity">{problem.severity === 'error' ? '✖ Error' : '▲ Warning'}</span>
                <span className="line">line {problem.line}</span>
                <span className="message">{problem.message}</span>
              </button>
              {index === current && (
                <div className="problem-actions" ref={actions} role="group" aria-label="Fixes for this problem">
                  {lookingForFixes && <span className="looking">Looking for fixes…</span>}
                  {fixes === null && !lookingForFixes && <button onClick={onFindFixes}>Find fixes (Ctrl+.)</button>}
                  {fixes?.map((fix) => (
                    <button key={fix.title} className="fix" onClick={() => onFix(fix)}>{fix.title}</button>
                  ))}
                  {problem.severity === 'warning' && !accepting && (
                    <button className="accept" onClick={() => setAccepting(true)}>Accept with a reason…</button>
                  )}
                  {accepting && (
                    <form className="accept-form" onSubmit={(event) => accept(event, problem)} onKeyDown={(event) => event.key === 'Escape' && closeForm()}>
                      <label>
                        Why can this warning stand?
                        <input name="reason" autoFocus placeholder="e.g. The chair ruled it an ordinary resolution" aria-invalid={refusal !== ''} />
                      </label>
                      <button type="submit">Accept</button>
                      <button type="button" onClick={closeForm}>Cancel</button>
                      {refusal && <span className="refusal" role="alert">{refusal}</span>}
                    </form>
                  )}
                  {fixes?.length === 0 && problem.severity === 'error' && <span className="looking">No quick fix: correct the line in the source, or the motion in the table.</span>}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {accepted.length > 0 && (
        <details className="accepted">
          <summary>{accepted.length === 1 ? '1 warning accepted' : `${accepted.length} warnings accepted`}</summary>
          <ul aria-label="Accepted warnings">
            {accepted.map(({ diagnostic, acceptance }) => (
              <li key={`${diagnostic.line}-${diagnostic.code}`}>
                <span className="line">line {diagnostic.line}</span>
                <span className="message">{diagnostic.message}</span>
                <span className="reason">Accepted: {acceptance.reason}</span>
                <button onClick={() => onWithdraw(acceptance)}>Withdraw</button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/**
 * Each problem's key: its line and kind, and which of that line's problems of
 * that kind it is. A problem that comes or goes leaves the others' keys as
 * they were, so the list is not drawn anew at every keystroke.
 */
function problemKeys(problems: Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const key = `${problem.line}-${problem.code}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return `${key}-${count}`;
  });
}
