import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand, OpenedDocument, TallyApi } from '../shared/api';
import { acceptWarning, sortProblems, type AcceptedProblem } from '../shared/accepted';
import type { DocumentState } from '../shared/document-file';
import { editMotion } from '../shared/edits';
import { MajorityRule, type Diagnostic } from '../shared/model';
import { motionKey } from '../shared/outcome';
import type { QuickFix } from '../shared/quick-fixes';
import { createReadingSession, type ReadingSession } from '../shared/parse';
import { buildReport } from '../shared/report/build';
import type { ExportFormat } from '../shared/report/export';
import { formatCount, plural } from '../shared/report/format';
import { isoDateOf } from '../shared/report/from-state';
import { renderHtml } from '../shared/report/html';
import { cellChange } from './editor/cells';
import { Preview } from './editor/Preview';
import { previewOf } from './editor/preview-report';
import { SettingsPanel } from './editor/SettingsPanel';
import { ProblemsList } from './editor/ProblemsList';
import { ResultsTable, type EditableColumn } from './editor/ResultsTable';
import { tableItems } from './editor/rows';
import { SourceEditor, type SourceHandle } from './editor/SourceEditor';
import { Splitter } from './editor/Splitter';
import { useDebounced } from './editor/useDebounced';
import { useQuickFixes } from './editor/useQuickFixes';

/** How often unsaved work is copied for recovery after a crash. */
const recoveryInterval = 5_000;
/** The most motions the preview lays out: a browser takes seconds over a 10,000-motion report. */
const previewLimit = 300;
/**
 * A text that took longer than this to read is read again after a pause in typing, not on every keystroke:
 * the time a keystroke may take to show in the table (`npm run bench`, editor-edit-p95 at 10,000 motions).
 */
const parseAtOnceWithin = 100;

type Pane = 'source' | 'results' | 'preview';
const panes: Pane[] = ['source', 'results', 'preview'];
const paneNames: Record<Pane, string> = { source: 'Source', results: 'Results', preview: 'Preview' };

/**
 * The editor: the results text beside the table the parser reads from it and
 * the report it makes, with every problem listed below. The text is the one
 * source of truth; every platform operation goes through `api`.
 */
export function App({ api }: { api: TallyApi }) {
  const [document, setDocument] = useState<OpenedDocument | null>(null);
  const [documentKey, setDocumentKey] = useState(0);
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  const [status, setStatus] = useState('');
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  const [currentProblem, setCurrentProblem] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [widths, setWidths] = useState<Record<Pane, number>>({ source: 0.28, results: 0.47, preview: 0.25 });
  const [shown, setShown] = useState<Record<Pane | 'problems', boolean>>({ source: true, results: true, preview: true, problems: true });
  const source = useRef<SourceHandle>(null);
  const stateRef = useRef<DocumentState | null>(null);
  // Counts edits, so that a save finishing after more typing does not mark that typing saved.
  const revision = useRef(0);

  // How long reading takes decides whether the next reading waits for a pause: the machine and the file both
  // count. The quickest of the last three is taken, so that one slow reading (a pause to collect garbage) does
  // not hold typing back. The reading of the whole file on opening says nothing of a keystroke's and is not counted.
  // What was read, kept while one document is open, so that a keystroke reads again its line and section, not all.
  const session = useMemo(() => createReadingSession(), [documentKey]);
  // The times of the current session's readings after its first: none yet for a document just opened.
  const timing = useRef<{ session: ReadingSession | null; times: number[] }>({ session: null, times: [] });
  const parseTimes = timing.current.session === session ? timing.current.times : [];
  const quickestParse = Math.min(...parseTimes); // Infinity before the first reading
  const parsedText = useDebounced(text, parseTimes.length === 0 || quickestParse <= parseAtOnceWithin ? 0 : 250);
  const parsed = useMemo(() => {
    if (!document) return null;
    const started = performance.now();
    const result = session.read(parsedText, document.settings);
    if (timing.current.session !== session) timing.current = { session, times: [] };
    else timing.current.times = [...timing.current.times.slice(-2), performance.now() - started];
    return result;
  }, [document, parsedText, session]);
  const sorted = useMemo(() => (document && parsed ? sortProblems(parsedText, parsed, document.accepted) : { open: [], accepted: [] }), [document, parsed, parsedText]);
  const report = useMemo(
    () => document && parsed && buildReport({ parsed, settings: document.settings, options: document.report, fingerprint: '0000000000000000', made: isoDateOf(new Date()), accepted: sorted.accepted }),
    [document, parsed, sorted],
  );
  const problems = sorted.open;
  const items = useMemo(() => (document && parsed && report ? tableItems(parsed.document, report, problems, document.settings) : []), [document, parsed, report, problems]);
  const previewReport = useDebounced(report, 300);
  const preview = useMemo(() => (previewReport ? previewOf(previewReport, previewLimit) : null), [previewReport]);
  const previewHtml = useMemo(() => (preview ? renderHtml(preview.report) : ''), [preview]);
  // Fixes are looked for when a problem is chosen or Ctrl+. asks; Ctrl+. also takes the focus to them.
  const [fixesWanted, setFixesWanted] = useState(0);
  const [fixesFocus, setFixesFocus] = useState(0);
  const quick = useQuickFixes(fixesWanted, text, parsedText, parsed, currentProblem === null ? null : problems[currentProblem] ?? null, document?.settings);
  stateRef.current = document && { text, settings: document.settings, report: document.report, accepted: document.accepted };

  const goToProblem = useCallback((index: number) => {
    const problem = problems[index];
    if (!problem) return;
    setCurrentProblem(index);
    setSelectedLine(problem.line);
    setFixesWanted((request) => request + 1);
    source.current?.revealLine(problem.line);
  }, [problems]);

  /** A cell edited in the table becomes an edit of the text, one step in the source's undo history. */
  const editCell = (item: { sectionIndex: number; motionIndex: number }, column: EditableColumn, value: string): boolean => {
    if (column === 'rule') {
      const motion = parsed?.document.sections[item.sectionIndex]?.motions[item.motionIndex];
      if (!document || !parsed || !motion) return false;
      // A rule set from the table is kept under the motion's number and its place among the motions of that number.
      const ruleKey = motionKey(parsed.document, motion);
      const { [ruleKey]: _dropped, ...others } = document.settings.ruleOverrides;
      const ruleOverrides = value === '' ? others : { ...others, [ruleKey]: MajorityRule.parse(value) };
      changeDocument({ ...document, settings: { ...document.settings, ruleOverrides } });
      return true;
    }
    if (!parsed || parsedText !== text) {
      setStatus('Still reading your last change; try again in a moment.');
      return false;
    }
    const change = cellChange(column, value);
    if (typeof change === 'string') {
      setStatus(change);
      return false;
    }
    const outcome = editMotion(text, parsed, item.sectionIndex, item.motionIndex, change);
    if (!outcome.ok) {
      setStatus(outcome.message);
      return false;
    }
    source.current?.replaceLines([outcome.edit]);
    setStatus('');
    return true;
  };

  /** Settings, rules and accepted warnings belong to the document but not to its text. */
  const changeDocument = (next: OpenedDocument) => {
    setDocument(next);
    setEdited(true);
  };
  const applyFix = (fix: QuickFix) => {
    if (quick.foundIn !== text) return setStatus('The text has changed since that fix was found; press Ctrl+. to look again.');
    source.current?.replaceLines(fix.edits);
    setStatus(`${fix.title}: done. Ctrl+Z undoes it.`);
  };
  /** Accepts the warning chosen, as it stands in the text read last; a message when it cannot be. */
  const accept = (chosen: Diagnostic, reason: string): string | null => {
    const problem = problems.find((candidate) => candidate === chosen || (candidate.code === chosen.code && candidate.line === chosen.line && candidate.message === chosen.message));
    if (!document || !parsed || parsedText !== text) return 'Still reading your last change; try again in a moment.';
    if (!problem) return 'That warning is no longer in the text.';
    const acceptance = acceptWarning(text, parsed, problem, reason);
    if (typeof acceptance === 'string') return acceptance;
    changeDocument({ ...document, accepted: [...document.accepted, acceptance] });
    setStatus(`Warning on line ${problem.line} accepted.`);
    return null;
  };
  const withdraw = (acceptance: AcceptedProblem['acceptance']) => {
    if (!document) return;
    changeDocument({ ...document, accepted: document.accepted.filter((entry) => entry !== acceptance) });
  };
  /** Undo and redo: a text box's own while one has the focus, else the one history of the text. */
  const undoOrRedo = (redo: boolean) => {
    const focused = window.document.activeElement;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) window.document.execCommand(redo ? 'redo' : 'undo');
    else if (redo) source.current?.redo();
    else source.current?.undo();
  };

  const saveWith = async (write: TallyApi['save']) => {
    if (!stateRef.current) return null;
    const savedRevision = revision.current;
    const outcome = await write(stateRef.current);
    if (outcome.status === 'written') {
      setStatus(`Saved ${outcome.name}.`);
      if (revision.current === savedRevision) setEdited(false);
      else void api.setEdited(true); // main counts the document saved; the newer typing is not
    }
    if (outcome.status === 'failed') setStatus(outcome.message);
    return outcome;
  };
  const exportAs = async (format: ExportFormat) => {
    if (!stateRef.current) return;
    const outcome = await api.exportReport(format, stateRef.current);
    if (outcome.status === 'written') setStatus(`Exported ${outcome.name}.`);
    if (outcome.status === 'failed') setStatus(outcome.message);
  };
  const print = async () => {
    if (!stateRef.current) return;
    const outcome = await api.print(stateRef.current);
    if (outcome.status === 'failed') setStatus(outcome.message);
  };

  const commands = useRef<(command: MenuCommand) => Promise<void>>(async () => undefined);
  commands.current = async (command) => {
    if (command === 'save') await saveWith(api.save);
    else if (command === 'save-as') await saveWith(api.saveAs);
    else if (command === 'save-and-close') {
      if ((await saveWith(api.save))?.status === 'written') await api.close();
    } else if (command === 'print') await print();
    else if (command === 'find') source.current?.openFind();
    else if (command === 'undo' || command === 'redo') undoOrRedo(command === 'redo');
    else if (command === 'quick-fix') {
      if (problems.length === 0) return;
      if (currentProblem === null) goToProblem(0);
      setShown((now) => ({ ...now, problems: true }));
      setFixesWanted((request) => request + 1);
      setFixesFocus((request) => request + 1);
    }
    else if (command === 'next-problem' || command === 'previous-problem') {
      if (problems.length === 0) return;
      const step = command === 'next-problem' ? 1 : -1;
      goToProblem(((currentProblem ?? (step === 1 ? -1 : 0)) + step + problems.length) % problems.length);
    } else if (typeof command === 'object' && 'export' in command) await exportAs(command.export);
    else if (typeof command === 'object' && 'togglePane' in command) setShown((now) => ({ ...now, [command.togglePane]: !now[command.togglePane] }));
  };

  useEffect(() => {
    const unsubscribeDocument = api.onDocument((opened) => {
      setDocument(opened);
      setDocumentKey((key) => key + 1);
      setText(opened.text);
      setEdited(opened.edited);
      setCurrentProblem(null);
      setSelectedLine(null);
      setStatus(`Opened ${opened.name}.`);
    });
    const unsubscribeCommand = api.onCommand((command) => void commands.current(command));
    void api.ready();
    return () => {
      unsubscribeDocument();
      unsubscribeCommand();
    };
  }, [api]);

  useEffect(() => {
    void api.setEdited(edited);
    if (!edited) return;
    const timer = setInterval(() => stateRef.current && void api.storeRecovery(stateRef.current), recoveryInterval);
    return () => clearInterval(timer);
  }, [api, edited]);

  const visible = panes.filter((pane) => shown[pane]);
  const total = visible.reduce((sum, pane) => sum + widths[pane], 0);
  const resize = (left: Pane, right: Pane) => (delta: number) =>
    setWidths((now) => {
      const moved = Math.max(0.1 - now[left], Math.min(now[right] - 0.1, delta * total));
      return { ...now, [left]: now[left] + moved, [right]: now[right] - moved };
    });

  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const motions = items.filter((item) => item.kind === 'motion').length;
  const sections = parsed?.document.sections.filter((section) => section.number !== null || section.title !== null).length ?? 0;
  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="Document">
        <button onClick={() => void api.open()}>Open…</button>
        <button onClick={() => void commands.current('save')} disabled={!document}>Save</button>
        <button onClick={() => void exportAs('docx')} disabled={!document}>Export Word…</button>
        <button onClick={() => void exportAs('pdf')} disabled={!document}>Export PDF…</button>
        <button onClick={() => void exportAs('csv')} disabled={!document}>Export CSV…</button>
        <button onClick={() => void print()} disabled={!document}>Print…</button>
        <button onClick={() => setSettingsOpen((open) => !open)} disabled={!document} aria-expanded={settingsOpen}>Settings…</button>
        <span className="name">{document ? `${document.name}${edited ? ' •' : ''}` : 'Loading…'}</span>
      </header>
      {settingsOpen && document && (
        <SettingsPanel
          settings={document.settings}
          report={document.report}
          onClose={() => setSettingsOpen(false)}
          onChange={(settings, reportOptions) => changeDocument({ ...document, settings, report: reportOptions })}
        />
      )}
      <main className="panes">
        {/* A hidden pane stays in the page, so that the source keeps its undo history and still takes table edits and fixes. */}
        {panes.map((pane) => ({ pane, index: visible.indexOf(pane) })).map(({ pane, index }) => (
          <div key={pane} className="pane-slot" hidden={index < 0} style={{ flexBasis: `${(100 * widths[pane]) / total}%` }}>
            {index > 0 && (
              <Splitter
                label={`Resize ${paneNames[visible[index - 1]!]} and ${paneNames[pane]}`}
                position={(100 * visible.slice(0, index).reduce((sum, before) => sum + widths[before], 0)) / total}
                onMove={resize(visible[index - 1]!, pane)}
              />
            )}
            <section className={`pane pane-${pane}`} aria-label={paneNames[pane]}>
              {pane === 'source' && document && (
                <SourceEditor
                  ref={source}
                  documentKey={documentKey}
                  text={text}
                  diagnostics={parsedText === text ? problems : []}
                  onChange={(next) => {
                    revision.current += 1;
                    setText(next);
                    setEdited(true);
                  }}
                  onCursorLine={(line) => {
                    // On a line with two problems, the one already chosen (by F8, say) stays chosen.
                    if (currentProblem !== null && problems[currentProblem]?.line === line) return;
                    const index = problems.findIndex((problem) => problem.line === line);
                    if (index >= 0) setCurrentProblem(index);
                  }}
                />
              )}
              {pane === 'results' && (
                <ResultsTable
                  items={items}
                  onEdit={editCell}
                  selectedLine={selectedLine}
                  onSelect={(line) => {
                    setSelectedLine(line);
                    source.current?.revealLine(line);
                  }}
                />
              )}
              {pane === 'preview' && (
                <Preview
                  html={previewHtml}
                  note={preview && preview.shown < preview.total ? `The preview shows the first ${formatCount(preview.shown)} of ${formatCount(preview.total)} motions; exports and prints have them all.` : null}
                />
              )}
            </section>
          </div>
        ))}
      </main>
      {shown.problems && (
        <section className="problems-pane" aria-label="Problems">
          <ProblemsList
            problems={problems}
            accepted={sorted.accepted}
            current={currentProblem}
            fixes={quick.fixes}
            lookingForFixes={quick.looking}
            focusRequest={fixesFocus}
            onSelect={goToProblem}
            onFindFixes={() => void commands.current('quick-fix')}
            onFix={applyFix}
            onAccept={accept}
            onWithdraw={withdraw}
          />
        </section>
      )}
      <footer className="status" role="status">
        <span className="problem-count">{problemCount(problems.length, errors, sorted.accepted.length)}</span>
        <span className="counts">{`${plural(motions, 'motion')} in ${plural(sections, 'section')}`}</span>
        <span>{status}</span>
      </footer>
    </div>
  );
}

function problemCount(problems: number, errors: number, accepted: number): string {
  const open = problems === 0 ? 'No problems' : `${plural(problems, 'problem')} (${plural(errors, 'error')})`;
  return accepted === 0 ? open : `${open}, ${accepted} accepted`;
}
