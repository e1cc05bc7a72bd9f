/** Where to go after signing in: the `?next=` page, if it is one of ours. */

/** Pages that make no sense to come back to once signed in. */
const notAfterSignIn = new Set(['/sign-in', '/setup', '/set-password']);

/**
 * A same-origin path, or "/": `?next=` comes from a URL anyone can craft, so it must not lead
 * to another site (`//evil.example`, `https://…`) after signing in.
 */
export function safeNextPath(next: string | null, origin: string): string {
  if (!next?.startsWith('/')) return '/';
  const url = new URL(next, origin);
  if (url.origin !== origin || notAfterSignIn.has(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's address from the page the user is on, so they come back to it. */
export function signInPath(pathname: string, search: string): string {
  if (pathname === '/sign-in') return `/sign-in${search}`;
  const here = `${pathname}${search}`;
  if (here === '/' || notAfterSignIn.has(pathname)) return '/sign-in';
  return `/sign-in?${new URLSearchParams({ next: here }).toString()}`;
}
