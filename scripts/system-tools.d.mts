/** Installs (as root on Debian) the named system tools that are missing; returns those still missing. */
export function ensureTools(names: ReadonlyArray<'chromium' | 'awscli' | 'boto3' | 'postgresql' | 'wrk'>): string[];
export function postgresBinDir(): string | undefined;
