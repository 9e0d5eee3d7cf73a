'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../components/button';
import { Kbd } from '../components/kbd';
import { CliEditor } from '../editor/cli-editor';
import type { EditorWarning } from '../editor/aws-cli-diagnostics-watcher';
import type { CliEditorHandle } from '../editor/cli-editor-handle';
import { historyStorageKey } from '../editor/command-history-storage';
import { useIsMac } from '../hooks/use-is-mac';
import { EditorWarningsBar } from './editor-warnings-bar';
import { useLabSession, useLabSessionStore } from './lab-session-context';

export function CommandPanel({ slug }: { readonly slug: string }) {
  const store = useLabSessionStore();
  const ready = useLabSession((state) => state.phase === 'ready');
  const activeRuns = useLabSession((state) => state.activeRuns);
  const sandboxId = useLabSession((state) => state.sandbox?.id);
  const region = useLabSession((state) => state.sandbox?.region);
  const [warnings, setWarnings] = useState<readonly EditorWarning[]>([]);
  const editorRef = useRef<CliEditorHandle | undefined>(undefined);
  const isMac = useIsMac();
  const modifier = isMac ? '⌘' : 'Ctrl';

  const onRun = useCallback((command: string) => void store.getState().run(command), [store]);
  const onReady = useCallback(
    (handle: CliEditorHandle) => {
      editorRef.current = handle;
      store.getState().registerEditor({ insertCommand: (text) => handle.insertCommand(text) });
    },
    [store],
  );

  useEffect(() => () => store.getState().registerEditor(undefined), [store]);

  return (
    <section aria-labelledby="command-panel-title" className="flex h-full min-h-0 flex-col overflow-hidden rounded-xl border border-line bg-surface shadow-card">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-line px-3 py-2">
        <h2 id="command-panel-title" className="text-sm font-semibold">
          Commands
        </h2>
        <p className="mr-auto hidden items-center gap-1 text-xs text-subtle md:flex">
          <Kbd>{modifier}</Kbd>
          <Kbd>↵</Kbd>
          <span className="mr-2">line</span>
          <Kbd>{modifier}</Kbd>
          <Kbd>⇧</Kbd>
          <Kbd>↵</Kbd>
          <span className="mr-2">all</span>
          <Kbd>↑</Kbd>
          <span>history</span>
        </p>
        <div className="ml-auto flex items-center gap-1.5">
          <Button
            size="sm"
            variant="secondary"
            icon="playAll"
            disabled={!ready}
            onClick={() => editorRef.current?.runAll()}
            aria-keyshortcuts={isMac ? 'Meta+Shift+Enter' : 'Control+Shift+Enter'}
          >
            Run all
          </Button>
          <Button
            size="sm"
            variant="primary"
            icon="play"
            busy={activeRuns > 0}
            disabled={!ready}
            onClick={() => editorRef.current?.runCurrent()}
            aria-keyshortcuts={isMac ? 'Meta+Enter' : 'Control+Enter'}
            title="Run the selection or the current command"
          >
            Run
          </Button>
        </div>
      </div>
      <div className="min-h-0 flex-1" data-testid="command-editor">
        <CliEditor
          storageKey={`aurora-lab:editor:${slug}`}
          historyKey={sandboxId ? historyStorageKey(sandboxId) : undefined}
          region={region}
          onRun={onRun}
          onReady={onReady}
          onWarnings={setWarnings}
        />
      </div>
      <EditorWarningsBar warnings={warnings} onSelect={(warning) => editorRef.current?.goTo(warning.lineNumber, warning.column)} />
    </section>
  );
}
