import type * as Monaco from 'monaco-editor/editor/editor.api';
import { loadCliCatalog, loadCliCommandOptions, peekCliCommandOptions } from '../api/cli-catalog-client';
import { cliCompletions, type CliCompletionKind, type CliCompletionResult } from './cli-completion';
import { commandLinesAround } from './command-at-cursor';

/** The sandbox region each editor's model offers first after `--region`. */
const preferredRegions = new WeakMap<Monaco.editor.ITextModel, string>();

export function setPreferredRegion(model: Monaco.editor.ITextModel, region: string | undefined): void {
  if (region) preferredRegions.set(model, region);
  else preferredRegions.delete(model);
}

/**
 * Completion for `aws` commands from the CLI catalog. It opens on a space, `-` or `=` (and on
 * Ctrl+Space), so `--db-c` lists the options it could start; plain words do not open it.
 */
export function registerAwsCliCompletion(monaco: typeof Monaco, languageId: string): Monaco.IDisposable {
  const kinds: Record<CliCompletionKind, Monaco.languages.CompletionItemKind> = {
    program: monaco.languages.CompletionItemKind.Keyword,
    service: monaco.languages.CompletionItemKind.Module,
    command: monaco.languages.CompletionItemKind.Function,
    waiter: monaco.languages.CompletionItemKind.Event,
    option: monaco.languages.CompletionItemKind.Property,
    'global-option': monaco.languages.CompletionItemKind.Field,
    value: monaco.languages.CompletionItemKind.EnumMember,
  };

  return monaco.languages.registerCompletionItemProvider(languageId, {
    triggerCharacters: [' ', '-', '='],
    async provideCompletionItems(model, position, context) {
      const { start } = commandLinesAround(model.getLinesContent(), position.lineNumber);
      const text = model.getValueInRange(new monaco.Range(start, 1, position.lineNumber, position.column), monaco.editor.EndOfLinePreference.LF);
      let catalog;
      try {
        catalog = await loadCliCatalog();
      } catch {
        return { suggestions: [] };
      }
      const sources = { catalog, optionsFor: peekCliCommandOptions, preferredRegion: preferredRegions.get(model) };
      let result: CliCompletionResult = cliCompletions(text, sources);
      // At most one command's options are missing per answer; wait for them once.
      if (result.kind === 'needs') {
        try {
          await loadCliCommandOptions(result.ref.service, result.ref.command);
        } catch {
          return { suggestions: [] };
        }
        result = cliCompletions(text, sources);
      }
      if (result.kind === 'needs' || model.isDisposed()) return { suggestions: [] };
      // A space after a value opens nothing: a list opened there would take the next Enter, which
      // was meant as a new line. `-` (or Ctrl+Space) opens the options.
      const afterSpace = context.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter === ' ';
      if (afterSpace && result.items.every((item) => item.kind === 'option' || item.kind === 'global-option')) return { suggestions: [] };
      const range = new monaco.Range(position.lineNumber, position.column - result.replaceLength, position.lineNumber, position.column);
      return {
        suggestions: result.items.map((item) => ({
          label: item.detail ? { label: item.label, description: item.detail } : item.label,
          kind: kinds[item.kind],
          insertText: item.label,
          sortText: item.sortText,
          filterText: item.label,
          detail: item.detail,
          range,
        })),
      };
    },
  });
}
