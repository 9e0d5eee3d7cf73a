'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from './button';
import type { ButtonSize, ButtonVariant } from './button-styles';

interface CopyButtonProps {
  readonly text: string;
  /** Accessible name, e.g. "Copy the export command". */
  readonly label: string;
  /** Visible text; omit for an icon-only button. */
  readonly children?: string;
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
  readonly className?: string;
}

async function writeToClipboard(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-http hosts other than localhost have no async clipboard; fall back to a hidden textarea.
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.append(textarea);
  textarea.select();
  document.execCommand('copy');
  textarea.remove();
}

export function CopyButton({ text, label, children, variant = 'ghost', size = 'sm', className }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await writeToClipboard(text);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 1600);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Button variant={variant} size={size} icon={copied ? 'check' : 'copy'} aria-label={label} onClick={copy} className={className}>
      {children ? (copied ? 'Copied' : children) : null}
      <span className="sr-only" aria-live="polite">
        {copied ? 'Copied to the clipboard' : ''}
      </span>
    </Button>
  );
}
