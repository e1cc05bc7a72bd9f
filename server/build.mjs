// Bundles the server (with shared/ and migrations/) into dist/*.mjs; npm packages stay external.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

await build({
  absWorkingDir: here,
  entryPoints: { index: 'src/index.ts', migrate: 'src/cli/migrate.ts', seed: 'src/cli/seed.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  // The workspace package is TypeScript source: bundle it rather than import it at run time.
  alias: { '@civicstat/shared': path.join(here, '../shared/src/index.ts') },
  // An ES module has no `require`; a few packages' files are located with require.resolve.
  banner: {
    js: "import { createRequire as civicstatCreateRequire } from 'node:module'; const require = civicstatCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
