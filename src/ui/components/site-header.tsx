import Link from 'next/link';
import { ThemeToggle } from '../theme/theme-toggle';
import { AuroraMark } from './aurora-mark';

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/85 backdrop-blur supports-[backdrop-filter]:bg-surface/75">
      <div className="mx-auto flex h-14 max-w-[96rem] items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded-md font-semibold tracking-tight text-fg">
          <AuroraMark />
          <span>Aurora Lab</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/#labs" className="rounded-md px-2 py-1 text-muted hover:bg-sunken hover:text-fg">
            Labs
          </Link>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
