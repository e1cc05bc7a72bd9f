// One jest run for every workspace. PGlite needs NODE_OPTIONS=--experimental-vm-modules
// (npm test sets it): it loads its WASM with a dynamic import.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  // Server test files open their own database and some start the server: PGlite needs seconds.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared/src'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/server/src', '<rootDir>/migrations'],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      // React components in a DOM (jsdom), asserted on what users see.
      displayName: 'client',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/client/src'],
      transform: { '^.+\\.tsx?$': swc },
      // Vite bundles the CSS; in jest an import of a stylesheet is an empty module.
      moduleNameMapper: { '\\.css$': '<rootDir>/client/src/test/styleStub.ts' },
      // jsdom lacks TextEncoder, which react-router needs.
      setupFiles: ['<rootDir>/client/src/test/jsdomGlobals.ts'],
    },
  ],
};
