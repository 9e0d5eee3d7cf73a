import { defineConfig } from 'prisma/config';

// The CLI is only used for `prisma generate` here (see docs/decisions.md): migrations are applied by
// src/db/migrate.ts so that nothing needs Prisma's native schema engine, which cannot be downloaded
// on these machines.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
