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
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
// The suggest widget itself: no `features/*` entry registers it (`features/suggest` is inline completions only).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import { AWS_CLI_LANGUAGE_ID, registerAwsCliLanguage } from './aws-cli-language';
import { registerAwsCliCompletion } from './aws-cli-completion-provider';
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

// A hot reload evaluates this module again: register the completion provider only with the language.
const firstLoad = !monaco.languages.getLanguages().some((language) => language.id === AWS_CLI_LANGUAGE_ID);
registerAwsCliLanguage(monaco);
if (firstLoad) registerAwsCliCompletion(monaco, AWS_CLI_LANGUAGE_ID);
defineAuroraEditorThemes(monaco);
loader.config({ monaco });

export { monaco, AWS_CLI_LANGUAGE_ID };
