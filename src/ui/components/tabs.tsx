'use client';

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { classNames } from '../format/class-names';

export interface TabItem<Id extends string> {
  readonly id: Id;
  readonly label: ReactNode;
  /** Extra content after the label (a count, a status dot). */
  readonly adornment?: ReactNode;
}

interface TabsProps<Id extends string> {
  /** Names the tab list for assistive technology. */
  readonly label: string;
  readonly idBase: string;
  readonly items: readonly TabItem<Id>[];
  readonly selectedId: Id;
  readonly onSelect: (id: Id) => void;
  readonly className?: string;
}

export function tabId(idBase: string, id: string): string {
  return `${idBase}-tab-${id}`;
}

export function tabPanelId(idBase: string, id: string): string {
  return `${idBase}-panel-${id}`;
}

/** WAI-ARIA tabs with automatic activation: arrows, Home and End move and select. */
export function Tabs<Id extends string>({ label, idBase, items, selectedId, onSelect, className }: TabsProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);

  function focusAndSelect(index: number) {
    const item = items[(index + items.length) % items.length];
    onSelect(item.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idBase, item.id))}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = items.findIndex((item) => item.id === selectedId);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: items.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusAndSelect(next);
  }

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      onKeyDown={onKeyDown}
      className={classNames('flex gap-1 rounded-lg border border-line bg-sunken p-1', className)}
    >
      {items.map((item) => {
        const selected = item.id === selectedId;
        return (
          <button
            key={item.id}
            id={tabId(idBase, item.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={tabPanelId(idBase, item.id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(item.id)}
            className={classNames(
              'inline-flex flex-1 items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors',
              selected ? 'bg-surface text-fg shadow-card' : 'text-muted hover:text-fg',
            )}
          >
            {item.label}
            {item.adornment}
          </button>
        );
      })}
    </div>
  );
}
