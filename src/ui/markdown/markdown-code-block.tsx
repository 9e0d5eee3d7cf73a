'use client';

import { Button } from '../components/button';
import { CopyButton } from '../components/copy-button';
import { useOptionalLabSessionStore } from '../lab/lab-session-context';
import { HighlightedShell } from './highlighted-shell';

const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

interface MarkdownCodeBlockProps {
  readonly code: string;
  readonly language?: string;
}

export function MarkdownCodeBlock({ code, language }: MarkdownCodeBlockProps) {
  const session = useOptionalLabSessionStore();
  const isShell = language !== undefined && SHELL_LANGUAGES.has(language);
  const firstLine = code.split('\n')[0]?.trim() ?? '';
  const summary = firstLine.length > 48 ? `${firstLine.slice(0, 48)}…` : firstLine;

  return (
    <figure className="not-prose overflow-hidden rounded-lg border border-line bg-terminal">
      <figcaption className="flex items-center gap-1 border-b border-line py-1 pr-1 pl-3">
        <span className="mr-auto font-mono text-[0.6875rem] font-medium tracking-wide text-subtle uppercase">
          {language ?? 'text'}
        </span>
        {isShell && session ? (
          <Button
            size="sm"
            variant="ghost"
            icon="terminal"
            aria-label={`Copy to editor: ${summary}`}
            onClick={() => session.getState().sendToEditor(code)}
          >
            Copy to editor
          </Button>
        ) : null}
        <CopyButton text={code} label={`Copy to clipboard: ${summary}`} />
      </figcaption>
      <pre className="overflow-x-auto px-3.5 py-3 font-mono break-words whitespace-pre-wrap text-[0.8125rem] leading-relaxed text-terminal-fg">
        <code>{isShell ? <HighlightedShell code={code} /> : code}</code>
      </pre>
    </figure>
  );
}
