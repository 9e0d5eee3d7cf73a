import type { ReactNode } from 'react';
import { tabId, tabPanelId } from './tabs';

interface TabPanelProps {
  readonly idBase: string;
  readonly id: string;
  readonly selected: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

export function TabPanel({ idBase, id, selected, className, children }: TabPanelProps) {
  return (
    <div
      id={tabPanelId(idBase, id)}
      role="tabpanel"
      aria-labelledby={tabId(idBase, id)}
      hidden={!selected}
      className={className}
    >
      {children}
    </div>
  );
}
