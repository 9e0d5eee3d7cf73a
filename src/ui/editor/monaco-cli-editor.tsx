'use client';

import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import { useThemeStore } from '../theme/theme-store';
import { EDITOR_THEME_DARK, EDITOR_THEME_LIGHT } from './aurora-editor-themes';
import { setPreferredRegion } from './aws-cli-completion-provider';
import { watchAwsCliDiagnostics, type EditorWarning } from './aws-cli-diagnostics-watcher';
import { commandLinesAround } from './command-at-cursor';
import { logicalCommands, withCommand } from './command-history';
import { readCommandHistory, writeCommandHistory } from './command-history-storage';
import type { CliEditorHandle } from './cli-editor-handle';
import { attachHistoryRecall } from './history-recall';
import { AWS_CLI_LANGUAGE_ID, monaco } from './monaco-environment';

type CodeEditor = Parameters<OnMount>[0];

interface MonacoCliEditorProps {
  /** localStorage key for the draft, so a reload keeps what the learner typed. */
  readonly storageKey: string;
  /** localStorage key of the command history (per sandbox); without one, nothing is remembered. */
  readonly historyKey?: string;
  /** The sandbox's region, offered first after `--region`. */
  readonly region?: string;
  readonly onRun: (command: string) => void;
  readonly onReady: (handle: CliEditorHandle) => void;
  /** The warnings on the editor's commands, each time they are checked again. */
  readonly onWarnings?: (warnings: readonly EditorWarning[]) => void;
}

function readDraft(storageKey: string): string {
  try {
    return window.localStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}

function commandAtCursor(editor: CodeEditor): { text: string; endLine: number } | undefined {
  const model = editor.getModel();
  const selection = editor.getSelection();
  if (!model || !selection) return undefined;
  if (!selection.isEmpty()) return { text: model.getValueInRange(selection), endLine: selection.endLineNumber };
  const { start, end } = commandLinesAround(model.getLinesContent(), selection.positionLineNumber);
  const text = model.getValueInRange(new monaco.Range(start, 1, end, model.getLineMaxColumn(end)));
  return { text, endLine: end };
}

/**
 * Moves the cursor to the next line that holds a command, so Ctrl+Enter steps through a script; after
 * the last command it opens a fresh line, as a terminal prompt would.
 */
function moveToNextCommand(editor: CodeEditor, afterLine: number): void {
  const model = editor.getModel();
  if (!model) return;
  for (let line = afterLine + 1; line <= model.getLineCount(); line++) {
    const content = model.getLineContent(line).trim();
    if (content !== '' && !content.startsWith('#')) {
      editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) });
      editor.revealLineInCenterIfOutsideViewport(line);
      return;
    }
  }
  const lastLine = model.getLineCount();
  if (model.getLineContent(lastLine).trim() !== '') {
    const end = model.getLineMaxColumn(lastLine);
    editor.executeEdits('run-current', [{ range: new monaco.Range(lastLine, end, lastLine, end), text: '\n', forceMoveMarkers: true }]);
  }
  const newLast = model.getLineCount();
  editor.setPosition({ lineNumber: newLast, column: model.getLineMaxColumn(newLast) });
  editor.revealLine(newLast);
}

export default function MonacoCliEditor({ storageKey, historyKey, region, onRun, onReady, onWarnings }: MonacoCliEditorProps) {
  const resolvedTheme = useThemeStore((state) => state.resolved);
  const hydrated = useThemeStore((state) => state.hydrated);
  const [initialDraft] = useState(() => readDraft(storageKey));
  const onRunRef = useRef(onRun);
  const onWarningsRef = useRef(onWarnings);
  const editorRef = useRef<CodeEditor>(undefined);
  /** The history in memory (storage may refuse writes), reloaded when the sandbox changes. */
  const historyRef = useRef<{ key: string | undefined; entries: readonly string[] }>({ key: undefined, entries: [] });
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Writes a draft still waiting for its debounce; set while one is pending. */
  const flushDraft = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    onRunRef.current = onRun;
    onWarningsRef.current = onWarnings;
  }, [onRun, onWarnings]);

  useEffect(() => {
    historyRef.current = { key: historyKey, entries: historyKey ? readCommandHistory(historyKey) : [] };
  }, [historyKey]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) setPreferredRegion(model, region);
  }, [region]);

  useEffect(() => {
    useThemeStore.getState().hydrate();
    // A reload or a navigation right after typing must not lose the last keystrokes.
    const flush = () => flushDraft.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const handleMount: OnMount = (editor) => {
    editorRef.current = editor;
    const model = editor.getModel();
    if (model) setPreferredRegion(model, region);

    const remember = (script: string) => {
      const { key } = historyRef.current;
      if (!key) return;
      const entries = logicalCommands(script).reduce<readonly string[]>((history, command) => withCommand(history, command.replace(/^\s+/, '')), historyRef.current.entries);
      historyRef.current = { key, entries };
      writeCommandHistory(key, entries);
    };
    const runCurrent = () => {
      const command = commandAtCursor(editor);
      if (!command || command.text.trim() === '') return;
      editor.trigger('run', 'hideSuggestWidget', null);
      remember(command.text);
      onRunRef.current(command.text);
      if (editor.getSelection()?.isEmpty()) moveToNextCommand(editor, command.endLine);
    };
    const runAll = () => {
      const text = editor.getValue();
      if (text.trim() === '') return;
      editor.trigger('run', 'hideSuggestWidget', null);
      remember(text);
      onRunRef.current(text);
    };

    const recall = attachHistoryRecall(monaco, editor, () => historyRef.current.entries);
    const diagnostics = watchAwsCliDiagnostics(monaco, editor, (warnings) => onWarningsRef.current?.(warnings));
    editor.onDidDispose(() => {
      recall.dispose();
      diagnostics.dispose();
    });

    editor.addAction({
      id: 'aurora.run-current',
      label: 'Run selection or current command',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 0,
      run: runCurrent,
    });
    editor.addAction({
      id: 'aurora.run-all',
      label: 'Run all commands',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 1,
      run: runAll,
    });

    const saveDraft = () => {
      clearTimeout(saveTimer.current);
      flushDraft.current = undefined;
      // After the editor is disposed its model is gone; saving then would erase the draft.
      const model = editor.getModel();
      if (!model) return;
      try {
        window.localStorage.setItem(storageKey, model.getValue());
      } catch {
        // Storage full or blocked: the draft then lives as long as the page.
      }
    };
    editor.onDidChangeModelContent(() => {
      clearTimeout(saveTimer.current);
      flushDraft.current = saveDraft;
      saveTimer.current = setTimeout(saveDraft, 300);
    });

    onReady({
      runCurrent,
      runAll,
      focus: () => editor.focus(),
      goTo(lineNumber, column) {
        editor.setPosition({ lineNumber, column });
        editor.revealPositionInCenterIfOutsideViewport({ lineNumber, column });
        editor.focus();
      },
      insertCommand(text) {
        const model = editor.getModel();
        if (!model) return;
        const lastLine = model.getLineCount();
        const lastColumn = model.getLineMaxColumn(lastLine);
        const needsNewline = model.getLineContent(lastLine).trim() !== '';
        const insertAt = needsNewline ? lastLine + 1 : lastLine;
        editor.executeEdits('copy-to-editor', [
          {
            range: new monaco.Range(lastLine, lastColumn, lastLine, lastColumn),
            text: `${needsNewline ? '\n' : ''}${text}`,
            forceMoveMarkers: true,
          },
        ]);
        editor.pushUndoStop();
        const endLine = model.getLineCount();
        // Select what was inserted: Ctrl+Enter then runs exactly that.
        editor.setSelection(new monaco.Range(insertAt, 1, endLine, model.getLineMaxColumn(endLine)));
        editor.revealLinesInCenterIfOutsideViewport(insertAt, endLine);
        editor.focus();
      },
    });
  };

  return (
    <Editor
      height="100%"
      defaultLanguage={AWS_CLI_LANGUAGE_ID}
      defaultValue={initialDraft}
      theme={hydrated && resolvedTheme === 'dark' ? EDITOR_THEME_DARK : EDITOR_THEME_LIGHT}
      onMount={handleMount}
      loading={null}
      options={{
        ariaLabel:
          'Command editor. Control+Enter runs the selection or the current command, Control+Shift+Enter runs all. ' +
          'On an empty last line, Up and Down recall earlier commands. Control+Space suggests options and Tab takes a suggestion; F8 goes to the next warning. Otherwise Tab leaves the editor.',
        placeholder: 'aws rds describe-db-clusters   (Ctrl+Enter runs the current line)',
        automaticLayout: true,
        fontFamily: "ui-monospace, SFMono-Regular, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
        fontSize: 13,
        lineHeight: 20,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        wrappingIndent: 'indent',
        renderLineHighlight: 'line',
        lineNumbersMinChars: 3,
        glyphMargin: false,
        folding: false,
        padding: { top: 10, bottom: 10 },
        overviewRulerLanes: 0,
        hideCursorInOverviewRuler: true,
        scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, alwaysConsumeMouseWheel: false },
        // A command editor needs no indentation by Tab; keeping Tab for focus keeps the page keyboard-navigable.
        tabFocusMode: true,
        fixedOverflowWidgets: true,
        contextmenu: true,
        // Typed text stays exactly as typed, as in a terminal: no auto-inserted quotes, brackets or indentation.
        autoClosingBrackets: 'never',
        autoClosingQuotes: 'never',
        autoSurround: 'never',
        autoIndent: 'none',
        // Suggestions open on a space, `-` or `=` (the provider's trigger characters) and on Ctrl+Space,
        // not on every letter: a command line is mostly values nobody can guess.
        quickSuggestions: false,
        wordBasedSuggestions: 'off',
        suggestOnTriggerCharacters: true,
        // Tab takes a suggestion, as in a shell; Enter is always the new line it is in a script
        // (`--output tabl⏎` must not become `table` with the next line joined to it).
        acceptSuggestionOnEnter: 'off',
        suggest: {
          showWords: false,
          showStatusBar: true,
          filterGraceful: true,
          localityBonus: false,
          shareSuggestSelections: false,
          selectionMode: 'always',
        },
        hover: { delay: 300 },
      }}
    />
  );
}
