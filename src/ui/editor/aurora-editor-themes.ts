import type * as Monaco from 'monaco-editor/editor/editor.api';

export const EDITOR_THEME_LIGHT = 'aurora-light';
export const EDITOR_THEME_DARK = 'aurora-dark';

// Colours match the tokens in app/globals.css so the editor, code blocks and output read as one.
export function defineAuroraEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEME_LIGHT, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '4338ca', fontStyle: 'bold' },
      { token: 'type.identifier', foreground: '4338ca' },
      { token: 'function', foreground: '4338ca', fontStyle: 'bold' },
      { token: 'attribute.name', foreground: '0b6f86' },
      { token: 'string', foreground: '157a3b' },
      { token: 'string.quote', foreground: '157a3b' },
      { token: 'variable', foreground: 'b4232a' },
      { token: 'comment', foreground: '6b7280', fontStyle: 'italic' },
      { token: 'number', foreground: 'a3470a' },
      { token: 'delimiter', foreground: '667085' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editor.foreground': '#131722',
      'editorLineNumber.foreground': '#9aa3b5',
      'editorLineNumber.activeForeground': '#4f586b',
      'editor.lineHighlightBackground': '#f3f5fa',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#c7c9ff',
      'editor.inactiveSelectionBackground': '#e0e2ff',
      'editorCursor.foreground': '#4f46e5',
      'editorWidget.background': '#ffffff',
      'editorWidget.border': '#dde2ec',
      focusBorder: '#4f46e5',
    },
  });
  monaco.editor.defineTheme(EDITOR_THEME_DARK, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: 'a5a8ff', fontStyle: 'bold' },
      { token: 'type.identifier', foreground: 'a5a8ff' },
      { token: 'function', foreground: 'a5a8ff', fontStyle: 'bold' },
      { token: 'attribute.name', foreground: '6cc6f5' },
      { token: 'string', foreground: '7fdc9e' },
      { token: 'string.quote', foreground: '7fdc9e' },
      { token: 'variable', foreground: 'ff9da1' },
      { token: 'comment', foreground: '8590a6', fontStyle: 'italic' },
      { token: 'number', foreground: 'f5b86b' },
      { token: 'delimiter', foreground: '8c96ad' },
    ],
    colors: {
      'editor.background': '#0b1019',
      'editor.foreground': '#dbe1ee',
      'editorLineNumber.foreground': '#4b5670',
      'editorLineNumber.activeForeground': '#a6afc4',
      'editor.lineHighlightBackground': '#131a28',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#34388a',
      'editor.inactiveSelectionBackground': '#262a5e',
      'editorCursor.foreground': '#a5a8ff',
      'editorWidget.background': '#161d2e',
      'editorWidget.border': '#34405a',
      focusBorder: '#a5a8ff',
    },
  });
}
