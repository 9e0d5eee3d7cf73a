'use client';

import { create } from 'zustand';
import {
  applyResolvedTheme,
  readStoredPreference,
  resolveTheme,
  storePreference,
  type ResolvedTheme,
  type ThemePreference,
} from './theme-preference';

interface ThemeState {
  /** False until the store has read the preference the inline script already applied. */
  readonly hydrated: boolean;
  readonly preference: ThemePreference;
  readonly resolved: ResolvedTheme;
  hydrate(): void;
  setPreference(preference: ThemePreference): void;
  /** Called when the OS switches between light and dark. */
  syncWithSystem(): void;
}

export const useThemeStore = create<ThemeState>()((set, get) => ({
  hydrated: false,
  preference: 'system',
  resolved: 'light',
  hydrate() {
    if (get().hydrated) return;
    const preference = readStoredPreference();
    const resolved = resolveTheme(preference);
    applyResolvedTheme(resolved);
    set({ hydrated: true, preference, resolved });
  },
  setPreference(preference) {
    storePreference(preference);
    const resolved = resolveTheme(preference);
    applyResolvedTheme(resolved);
    set({ preference, resolved });
  },
  syncWithSystem() {
    const { preference } = get();
    if (preference !== 'system') return;
    const resolved = resolveTheme(preference);
    applyResolvedTheme(resolved);
    set({ resolved });
  },
}));
