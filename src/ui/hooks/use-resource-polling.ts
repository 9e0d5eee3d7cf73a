'use client';

import { useEffect } from 'react';
import type { LabSessionStore } from '../lab/lab-session-store';

/** Refreshes the sandbox's resources every `intervalMs` while the tab is visible and the sandbox is ready. */
export function useResourcePolling(store: LabSessionStore, intervalMs: number): void {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== 'visible') return;
      if (store.getState().phase !== 'ready') return;
      void store.getState().refreshResources({ poll: true });
    };
    const timer = setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [store, intervalMs]);
}
