/** For problems a person can fix at start-up: one line on stderr and exit code 1, no stack trace. */
export function fail(message: string): never {
  process.stderr.write(`civicstat: ${message}\n`);
  process.exit(1);
}
