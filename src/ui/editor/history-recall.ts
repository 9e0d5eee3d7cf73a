import type * as Monaco from 'monaco-editor/editor/editor.api';
import { HistoryWalk } from './command-history';

/**
 * Up and Down recall earlier commands, as in a terminal, but only where that cannot get in the way
 * of editing: on an empty last line (where a run leaves the cursor), and then while the recalled
 * command is still on screen untouched. Anywhere else, and whenever the suggestion list is open,
 * the arrows move the cursor as usual.
 */
export function attachHistoryRecall(
  monaco: typeof Monaco,
  editor: Monaco.editor.IStandaloneCodeEditor,
  history: () => readonly string[],
): Monaco.IDisposable {
  const canGoOlder = editor.createContextKey<boolean>('auroraHistoryOlder', false);
  const canGoNewer = editor.createContextKey<boolean>('auroraHistoryNewer', false);
  /** The walk in progress: where the recalled command starts and what was put there. */
  let walk: { readonly steps: HistoryWalk; readonly startLine: number; shown: string } | undefined;

  const lastLine = () => editor.getModel()?.getLineCount() ?? 1;
  const walkIsLive = () => {
    const model = editor.getModel();
    const position = editor.getPosition();
    if (!walk || !model || !position || walk.startLine > model.getLineCount() || position.lineNumber < walk.startLine) return false;
    const end = model.getLineCount();
    const shown = model.getValueInRange(new monaco.Range(walk.startLine, 1, end, model.getLineMaxColumn(end)), monaco.editor.EndOfLinePreference.LF);
    return shown === walk.shown;
  };
  const onEmptyLastLine = () => {
    const model = editor.getModel();
    const position = editor.getPosition();
    return !!model && !!position && position.lineNumber === model.getLineCount() && model.getLineContent(position.lineNumber).trim() === '';
  };
  let applying = false;
  const update = () => {
    if (applying) return;
    const live = walkIsLive();
    if (!live) walk = undefined;
    canGoOlder.set(live || (onEmptyLastLine() && history().length > 0));
    canGoNewer.set(live && walk !== undefined && !walk.steps.atDraft);
  };

  const show = (text: string) => {
    const model = editor.getModel();
    if (!model || !walk) return;
    const end = model.getLineCount();
    applying = true;
    try {
      editor.executeEdits('history', [{ range: new monaco.Range(walk.startLine, 1, end, model.getLineMaxColumn(end)), text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
      walk.shown = text;
      const newEnd = model.getLineCount();
      editor.setPosition({ lineNumber: newEnd, column: model.getLineMaxColumn(newEnd) });
      editor.revealLinesInCenterIfOutsideViewport(walk.startLine, newEnd);
    } finally {
      applying = false;
    }
    update();
  };

  const older = () => {
    if (!walkIsLive()) {
      const model = editor.getModel();
      if (!model || !onEmptyLastLine()) return;
      const draft = model.getLineContent(lastLine());
      walk = { steps: new HistoryWalk(history(), draft), startLine: lastLine(), shown: draft };
    }
    const entry = walk?.steps.older();
    if (entry !== undefined) show(entry);
  };
  const newer = () => {
    if (!walkIsLive()) return;
    const entry = walk?.steps.newer();
    if (entry !== undefined) show(entry);
  };

  editor.addCommand(monaco.KeyCode.UpArrow, older, 'auroraHistoryOlder && !suggestWidgetVisible');
  editor.addCommand(monaco.KeyCode.DownArrow, newer, 'auroraHistoryNewer && !suggestWidgetVisible');
  const subscriptions = [editor.onDidChangeCursorPosition(update), editor.onDidChangeModelContent(update)];
  update();
  return { dispose: () => subscriptions.forEach((subscription) => subscription.dispose()) };
}
