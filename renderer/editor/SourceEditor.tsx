import { defaultKeymap, history, historyKeymap, redo, undo } from '@codemirror/commands';
import { forEachDiagnostic, lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { openSearchPanel, search, searchKeymap } from '@codemirror/search';
import { EditorState, type ChangeSpec, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { LineEdit } from '../../shared/edits';
import { mergeRemovals } from '../../shared/quick-fixes';
import type { Diagnostic } from '../../shared/model';

export type SourceHandle = {
  revealLine(line: number): void;
  /** Replaces whole lines, as one step of the undo history: how an edit in the table or a quick fix reaches the text. */
  replaceLines(edits: LineEdit[]): void;
  undo(): void;
  redo(): void;
  openFind(): void;
};

type Props = {
  /** Changes when another document is opened: the editor then starts afresh, with an empty undo history. */
  documentKey: number;
  text: string;
  diagnostics: Diagnostic[];
  onChange(text: string): void;
  /** The line the cursor is on, when it moves: the problem there becomes the current one. */
  onCursorLine(line: number): void;
};

/** Where a diagnostic is underlined: the text its suggestion would replace, else its whole line. */
export function diagnosticRange(doc: Text, diagnostic: Diagnostic): { from: number; to: number } {
  const line = doc.line(Math.min(Math.max(diagnostic.line, 1), doc.lines));
  const at = diagnostic.suggestion ? line.text.indexOf(diagnostic.suggestion.find) : -1;
  if (at >= 0) return { from: line.from + at, to: line.from + at + diagnostic.suggestion!.find.length };
  return { from: line.from, to: line.to };
}

function editorDiagnostics(doc: Text, diagnostics: Diagnostic[]): EditorDiagnostic[] {
  return diagnostics.map((diagnostic) => ({ ...diagnosticRange(doc, diagnostic), severity: diagnostic.severity, source: diagnostic.code, message: diagnostic.message }));
}

function showsExactly(state: EditorState, marks: EditorDiagnostic[]): boolean {
  let index = 0;
  let same = true;
  forEachDiagnostic(state, (shown, from, to) => {
    const mark = marks[index++];
    same &&= mark !== undefined && mark.from === from && mark.to === to && mark.severity === shown.severity && mark.message === shown.message && mark.source === shown.source;
  });
  return same && index === marks.length;
}

/** Whole-line edits as CodeMirror changes; an edit with no lines takes its lines out, line breaks and all. */
export function lineChanges(doc: Text, edits: LineEdit[]): ChangeSpec[] {
  return mergeRemovals(edits).map(({ fromLine, toLine, lines }) => {
    const from = doc.line(fromLine).from;
    const to = doc.line(toLine).to;
    if (lines.length > 0) return { from, to, insert: lines.join('\n') };
    if (toLine < doc.lines) return { from, to: to + 1 };
    return { from: Math.max(0, from - 1), to };
  });
}

/**
 * The results text in CodeMirror: line numbers, every problem underlined and
 * marked in the gutter, search, and the one undo history of the document.
 */
export const SourceEditor = forwardRef<SourceHandle, Props>(function SourceEditor({ documentKey, text, diagnostics, onChange, onCursorLine }, handle) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  // The text last handed up, and the editor's document it came from: when both are unchanged the text need not be compared.
  const reported = useRef<{ doc: Text; text: string } | null>(null);
  const cursorMoved = useRef(onCursorLine);
  cursorMoved.current = onCursorLine;

  useEffect(() => {
    const state = EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        search({ top: true }),
        lintGutter(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'Results text' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            reported.current = { doc: update.state.doc, text: update.state.doc.toString() };
            changed.current(reported.current.text);
          }
          if (update.selectionSet && update.view.hasFocus) cursorMoved.current(update.state.doc.lineAt(update.state.selection.main.head).number);
        }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    // The scroller is reachable by keyboard too, as a scrolling region must be.
    view.current.scrollDOM.tabIndex = 0;
    return () => view.current?.destroy();
    // A new document is a new editor; text changes within a document flow the other way.
  }, [documentKey]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const same = reported.current?.doc === current.state.doc && reported.current.text === text;
    if (!same && current.state.doc.toString() !== text) return;
    const marks = editorDiagnostics(current.state.doc, diagnostics);
    // Problems the editor already shows where they are (it moves them with each edit) are not set again: most keystrokes change none.
    if (!showsExactly(current.state, marks)) current.dispatch(setDiagnostics(current.state, marks));
  }, [diagnostics, text]);

  useImperativeHandle(handle, () => ({
    revealLine(line) {
      const current = view.current;
      if (!current) return;
      const target = current.state.doc.line(Math.min(Math.max(line, 1), current.state.doc.lines));
      current.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: 'center' }) });
      current.focus();
    },
    replaceLines(edits) {
      const current = view.current;
      if (!current) return;
      current.dispatch({ changes: lineChanges(current.state.doc, edits), userEvent: 'input.table', scrollIntoView: true });
    },
    undo: () => view.current && undo(view.current),
    redo: () => view.current && redo(view.current),
    openFind: () => view.current && openSearchPanel(view.current),
  }));

  return <div className="source-editor" ref={host} />;
});
