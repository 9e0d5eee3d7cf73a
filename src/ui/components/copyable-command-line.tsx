'use client';

import { CopyButton } from './copy-button';

/** One shell line shown in full (it wraps), with a button that copies it. */
export function CopyableCommandLine({ text, label }: { readonly text: string; readonly label: string }) {
  return (
    <div className="flex items-start gap-1 rounded-md border border-line bg-terminal py-1 pr-1 pl-2.5">
      <code className="min-w-0 flex-1 py-1 font-mono text-xs leading-relaxed break-all text-terminal-fg">{text}</code>
      <CopyButton text={text} label={label} />
    </div>
  );
}
