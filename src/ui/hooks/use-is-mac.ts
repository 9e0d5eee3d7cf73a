'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Whether shortcuts should be shown with ⌘ rather than Ctrl; `false` until hydrated. */
export function useIsMac(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent),
    () => false,
  );
}
