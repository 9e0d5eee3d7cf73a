'use client';

import { useEffect } from 'react';
import { Icon, type IconName } from '../components/icon';
import { classNames } from '../format/class-names';
import { THEME_STORAGE_KEY, type ThemePreference } from './theme-preference';
import { useThemeStore } from './theme-store';

const OPTIONS: readonly { readonly preference: ThemePreference; readonly icon: IconName; readonly label: string }[] = [
  { preference: 'system', icon: 'monitor', label: 'Use the system theme' },
  { preference: 'light', icon: 'sun', label: 'Use the light theme' },
  { preference: 'dark', icon: 'moon', label: 'Use the dark theme' },
];

export function ThemeToggle() {
  const hydrated = useThemeStore((state) => state.hydrated);
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);

  useEffect(() => {
    const store = useThemeStore.getState();
    store.hydrate();
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onSystemChange = () => useThemeStore.getState().syncWithSystem();
    // Another tab changed the preference: follow it.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY) return;
      const next = event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system';
      useThemeStore.getState().setPreference(next);
    };
    media.addEventListener('change', onSystemChange);
    window.addEventListener('storage', onStorage);
    return () => {
      media.removeEventListener('change', onSystemChange);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  return (
    <div role="group" aria-label="Colour theme" className="flex items-center rounded-lg border border-line bg-sunken p-0.5">
      {OPTIONS.map((option) => {
        const pressed = hydrated && option.preference === preference;
        return (
          <button
            key={option.preference}
            type="button"
            aria-label={option.label}
            aria-pressed={pressed}
            title={option.label}
            onClick={() => setPreference(option.preference)}
            className={classNames(
              'inline-flex size-7 items-center justify-center rounded-md transition-colors',
              pressed ? 'bg-surface text-fg shadow-card' : 'text-subtle hover:text-fg',
            )}
          >
            <Icon name={option.icon} size={15} />
          </button>
        );
      })}
    </div>
  );
}
