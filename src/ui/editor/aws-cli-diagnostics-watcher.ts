import type * as Monaco from 'monaco-editor/editor/editor.api';
import { loadCliCatalog, loadCliCommandOptions, peekCliCommandOptions } from '../api/cli-catalog-client';
import { cliDiagnostics } from './cli-diagnostics';
import { TextPositions } from './text-positions';

export const AWS_CLI_MARKER_OWNER = 'aws-cli';
const DEBOUNCE_MS = 400;

/** A warning as the panel around the editor lists it. */
export interface EditorWarning {
  readonly lineNumber: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Keeps warning markers on the editor's `aws` commands, checked a moment after each change: what
 * the CLI would refuse before the command even reaches the sandbox. While the editor has focus, the
 * word being typed is left alone; once it loses focus, everything is checked.
 */
export function watchAwsCliDiagnostics(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  onWarnings: (warnings: readonly EditorWarning[]) => void,
): Monaco.IDisposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const check = async () => {
    const model = editor.getModel();
    if (!model) return;
    const current = ++generation;
    const text = model.getValue(monaco.editor.EndOfLinePreference.LF, false);
    const positions = new TextPositions(text);
    const position = editor.getPosition();
    const cursor = position && editor.hasTextFocus() ? positions.offsetOf(position.lineNumber, position.column) : undefined;
    try {
      const catalog = await loadCliCatalog();
      let result = cliDiagnostics(text, catalog, peekCliCommandOptions, cursor);
      if (result.needs.length > 0) {
        await Promise.allSettled(result.needs.map((ref) => loadCliCommandOptions(ref.service, ref.command)));
        result = cliDiagnostics(text, catalog, peekCliCommandOptions, cursor);
      }
      if (current !== generation || model.isDisposed()) return;
      const markers = result.diagnostics.map((diagnostic): Monaco.editor.IMarkerData => {
        const start = positions.at(diagnostic.start);
        const end = positions.at(diagnostic.end);
        return {
          severity: monaco.MarkerSeverity.Warning,
          message: diagnostic.message,
          source: 'aws',
          startLineNumber: start.lineNumber,
          startColumn: start.column,
          endLineNumber: end.lineNumber,
          endColumn: end.column,
        };
      });
      monaco.editor.setModelMarkers(model, AWS_CLI_MARKER_OWNER, markers);
      onWarnings(markers.map((marker) => ({ lineNumber: marker.startLineNumber, column: marker.startColumn, message: marker.message })));
    } catch {
      // The catalog could not be read (server restarting, offline): no warnings rather than wrong ones.
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), DEBOUNCE_MS);
  };
  const subscriptions = [editor.onDidChangeModelContent(schedule), editor.onDidChangeCursorPosition(schedule), editor.onDidBlurEditorText(schedule)];
  schedule();
  return {
    dispose() {
      clearTimeout(timer);
      generation++;
      subscriptions.forEach((subscription) => subscription.dispose());
    },
  };
}
