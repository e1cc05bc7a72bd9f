// Browser smoke tests against the built app: `npm run build` first, then `npm run test:e2e`.
// Kept apart from the root jest.config.js so `npm test` never needs a browser.
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '..',
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  transform: { '^.+\\.ts$': swc },
  // Starting the server (migrations and demo seed) and a browser takes a while on a small machine.
  testTimeout: 120000,
};
