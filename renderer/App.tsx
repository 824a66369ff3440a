import { useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand, OpenedDocument, TallyApi, WriteOutcome } from '../shared/api';
import type { DocumentState } from '../shared/document-file';
import { parse } from '../shared/parse';
import { buildReport } from '../shared/report/build';
import type { ExportFormat } from '../shared/report/export';
import { isoDateOf } from '../shared/report/from-state';
import { renderHtml } from '../shared/report/html';

/** How often unsaved work is copied for recovery after a crash. */
const recoveryInterval = 5_000;

/**
 * The window until the editor lands: the source text, its problems, and the
 * report as it will print. Every platform operation goes through `api`.
 */
export function App({ api }: { api: TallyApi }) {
  const [document, setDocument] = useState<OpenedDocument | null>(null);
  const [text, setText] = useState('');
  const [edited, setEdited] = useState(false);
  const [status, setStatus] = useState('');
  const stateRef = useRef<DocumentState | null>(null);
  // Counts edits, so that a save finishing after more typing does not mark that typing saved.
  const revision = useRef(0);

  const parsed = useMemo(() => (document ? parse(text, document.settings) : null), [document, text]);
  const preview = useMemo(() => {
    if (!document || !parsed) return '';
    // The preview needs no fingerprint; the exported report has the real one.
    return renderHtml(buildReport({ parsed, settings: document.settings, options: document.report, fingerprint: '0000000000000000', made: isoDateOf(new Date()) }));
  }, [document, parsed]);
  stateRef.current = document && { text, settings: document.settings, report: document.report, accepted: document.accepted };

  const say = (outcome: WriteOutcome, verb: string) => {
    if (outcome.status === 'written') setStatus(`${verb} ${outcome.name}.`);
    if (outcome.status === 'failed') setStatus(outcome.message);
    return outcome;
  };
  const saveWith = async (write: TallyApi['save']) => {
    if (!stateRef.current) return null;
    const savedRevision = revision.current;
    const outcome = say(await write(stateRef.current), 'Saved');
    if (outcome.status === 'written') {
      if (revision.current === savedRevision) setEdited(false);
      else void api.setEdited(true); // main counts the document saved; the newer typing is not
    }
    return outcome;
  };
  const save = () => saveWith(api.save);
  const saveAs = () => saveWith(api.saveAs);
  const exportAs = async (format: ExportFormat) => stateRef.current && say(await api.exportReport(format, stateRef.current), 'Exported');
  const print = async () => stateRef.current && say(await api.print(stateRef.current), 'Sent to');

  useEffect(() => {
    const unsubscribeDocument = api.onDocument((opened) => {
      setDocument(opened);
      setText(opened.text);
      setEdited(opened.edited);
      setStatus(`Opened ${opened.name}.`);
    });
    const unsubscribeCommand = api.onCommand(async (command: MenuCommand) => {
      if (command === 'save') await save();
      else if (command === 'save-as') await saveAs();
      else if (command === 'save-and-close') {
        const outcome = await save();
        if (outcome?.status === 'written') await api.close();
      } else if (command === 'print') await print();
      else if (typeof command === 'object' && 'export' in command) await exportAs(command.export);
    });
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

  const problems = parsed?.diagnostics ?? [];
  return (
    <div className="app">
      <header className="toolbar" role="toolbar" aria-label="File">
        <button onClick={() => void api.open()}>Open…</button>
        <button onClick={() => void save()} disabled={!document}>Save</button>
        <button onClick={() => void exportAs('docx')} disabled={!document}>Export Word…</button>
        <button onClick={() => void exportAs('pdf')} disabled={!document}>Export PDF…</button>
        <button onClick={() => void print()} disabled={!document}>Print…</button>
        <span className="name">{document ? `${document.name}${edited ? ' •' : ''}` : 'Loading…'}</span>
      </header>
      <main className="panes">
        <section className="pane" aria-label="Source">
          <textarea
            aria-label="Results text"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              revision.current += 1;
              setText(event.target.value);
              setEdited(true);
            }}
          />
        </section>
        <section className="pane" aria-label="Preview">
          <iframe title="Report preview" sandbox="" srcDoc={preview} />
        </section>
      </main>
      <footer className="status" role="status">
        <span>{problems.length === 0 ? 'No problems' : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}</span>
        <span>{status}</span>
      </footer>
    </div>
  );
}
