/** What the editor offers the controls around it (Run buttons, "copy to editor", the warnings bar). */
export interface CliEditorHandle {
  /** Runs the selection or, without one, the command on the cursor's line (with its continuation lines). */
  runCurrent(): void;
  runAll(): void;
  insertCommand(text: string): void;
  focus(): void;
  /** Puts the cursor at a line and column (1-based) and focuses the editor. */
  goTo(lineNumber: number, column: number): void;
}
