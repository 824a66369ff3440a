import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand, OpenedDocument, TallyApi } from '../shared/api';
import type { DocumentState } from '../shared/document-file';
import { editMotion } from '../shared/edits';
import { parse } from '../shared/parse';
import { buildReport } from '../shared/report/build';
import type { ExportFormat } from '../shared/report/export';
import { isoDateOf } from '../shared/report/from-state';
import { renderHtml } from '../shared/report/html';
import { cellChange } from './editor/cells';
import { Preview } from './editor/Preview';
import { SettingsPanel } from './editor/SettingsPanel';
import { ProblemsList } from './editor/ProblemsList';
import { ResultsTable, type EditableColumn } from './editor/ResultsTable';
import { tableItems } from './editor/rows';
import { SourceEditor, type SourceHandle } from './editor/SourceEditor';
import { Splitter } from './editor/Splitter';
import { useDebounced } from './editor/useDebounced';

/** How often unsaved work is copied for recovery after a crash. */
const recoveryInterval = 5_000;
/** Texts longer than this are parsed after a pause in typing rather than on every keystroke. */
const parseAtOnceBelow = 200_000;

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
  const [widths, setWidths] = useState<Record<Pane, number>>({ source: 0.3, results: 0.42, preview: 0.28 });
  const [shown, setShown] = useState<Record<Pane | 'problems', boolean>>({ source: true, results: true, preview: true, problems: true });
  const source = useRef<SourceHandle>(null);
  const stateRef = useRef<DocumentState | null>(null);
  // Counts edits, so that a save finishing after more typing does not mark that typing saved.
  const revision = useRef(0);

  const parsedText = useDebounced(text, text.length < parseAtOnceBelow ? 0 : 250);
  const parsed = useMemo(() => (document ? parse(parsedText, document.settings) : null), [document, parsedText]);
  const report = useMemo(
    () => document && parsed && buildReport({ parsed, settings: document.settings, options: document.report, fingerprint: '0000000000000000', made: isoDateOf(new Date()) }),
    [document, parsed],
  );
  const items = useMemo(() => (parsed && report ? tableItems(parsed.document, report, parsed.diagnostics) : []), [parsed, report]);
  const previewReport = useDebounced(report, 300);
  const preview = useMemo(() => (previewReport ? renderHtml(previewReport) : ''), [previewReport]);
  const problems = parsed?.diagnostics ?? [];
  stateRef.current = document && { text, settings: document.settings, report: document.report, accepted: document.accepted };

  const goToProblem = useCallback((index: number) => {
    const problem = problems[index];
    if (!problem) return;
    setCurrentProblem(index);
    setSelectedLine(problem.line);
    source.current?.revealLine(problem.line);
  }, [problems]);

  /** A cell edited in the table becomes an edit of the text, one step in the source's undo history. */
  const editCell = (item: { sectionIndex: number; motionIndex: number }, column: EditableColumn, value: string): boolean => {
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
    source.current?.replaceLines(outcome.edit);
    setStatus('');
    return true;
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
    else if (command === 'undo') source.current?.undo();
    else if (command === 'redo') source.current?.redo();
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
          onChange={(settings, reportOptions) => {
            setDocument({ ...document, settings, report: reportOptions });
            setEdited(true);
          }}
        />
      )}
      <main className="panes">
        {visible.map((pane, index) => (
          <div key={pane} className="pane-slot" style={{ flexBasis: `${(100 * widths[pane]) / total}%` }}>
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
              {pane === 'preview' && <Preview html={preview} />}
            </section>
          </div>
        ))}
      </main>
      {shown.problems && (
        <section className="problems-pane" aria-label="Problems">
          <ProblemsList problems={problems} current={currentProblem} onSelect={goToProblem} />
        </section>
      )}
      <footer className="status" role="status">
        <span className="problem-count">{problems.length === 0 ? 'No problems' : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'})`}</span>
        <span className="counts">{`${motions} ${motions === 1 ? 'motion' : 'motions'} in ${sections} ${sections === 1 ? 'section' : 'sections'}`}</span>
        <span>{status}</span>
      </footer>
    </div>
  );
}
