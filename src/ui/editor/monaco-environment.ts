'use client';

// Self-hosted Monaco: the core API plus only the editing features a command editor needs.
// Importing this module has side effects (it configures the global Monaco environment): only the
// client-only editor component imports it.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import { AWS_CLI_LANGUAGE_ID, registerAwsCliLanguage } from './aws-cli-language';
import { defineAuroraEditorThemes } from './aurora-editor-themes';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL('monaco-editor/editor/editor.worker.js', import.meta.url), { type: 'module' });
  },
};

registerAwsCliLanguage(monaco);
defineAuroraEditorThemes(monaco);
loader.config({ monaco });

export { monaco, AWS_CLI_LANGUAGE_ID };
