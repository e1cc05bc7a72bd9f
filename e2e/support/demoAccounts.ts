/**
 * The demo accounts as the README's "Demo accounts" table lists them, so the browser tests
 * also check that the README tells the truth.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

export function demoAccount(role: string): DemoAccount {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  for (const line of readme.split('\n')) {
    // | department_head | dsc.head@durham.example (Development Services) | demo-dsc-password |
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length !== 5 || cells[1] !== role) continue;
    const email = cells[2]?.split(' ')[0];
    const password = cells[3];
    if (email?.includes('@') && password) return { role, email, password };
  }
  throw new Error(`README.md lists no demo account for the role ${role}`);
}
