import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/ui/components/site-header';
import { ThemeScript } from '@/ui/theme/theme-script';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Aurora Lab', template: '%s · Aurora Lab' },
  description:
    'Learn Amazon Aurora for your AWS certification by doing: real aws rds commands against a private sandbox, graded step by step.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f6f7fb' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0e17' },
  ],
};

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    // The inline script sets data-theme before hydration, so the attribute differs from the server's on purpose.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent-solid px-3 py-2 text-sm font-medium text-on-accent focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <div id="main" tabIndex={-1} className="outline-none">
          {children}
        </div>
      </body>
    </html>
  );
}
