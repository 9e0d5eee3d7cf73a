/** What the editor offers the controls around it (Run buttons, "copy to editor"). */
export interface CliEditorHandle {
  /** Runs the selection or, without one, the command on the cursor's line (with its continuation lines). */
  runCurrent(): void;
  runAll(): void;
  insertCommand(text: string): void;
  focus(): void;
}
