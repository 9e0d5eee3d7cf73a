'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createLabSessionStore, type LabSessionState, type LabSessionStore } from './lab-session-store';

const LabSessionContext = createContext<LabSessionStore | undefined>(undefined);

interface LabSessionProviderProps {
  readonly slug: string;
  readonly stepCount: number;
  readonly children: ReactNode;
}

/** One store per lab page, so moving between labs never leaks one lab's sandbox into another. */
export function LabSessionProvider({ slug, stepCount, children }: LabSessionProviderProps) {
  const [store] = useState(() => createLabSessionStore(slug, stepCount));
  return <LabSessionContext.Provider value={store}>{children}</LabSessionContext.Provider>;
}

export function useLabSessionStore(): LabSessionStore {
  const store = useContext(LabSessionContext);
  if (!store) throw new Error('useLabSession must be used inside <LabSessionProvider>');
  return store;
}

export function useLabSession<T>(selector: (state: LabSessionState) => T): T {
  return useStore(useLabSessionStore(), selector);
}

/** For components that also render outside a lab page (Markdown code blocks). */
export function useOptionalLabSessionStore(): LabSessionStore | undefined {
  return useContext(LabSessionContext);
}
