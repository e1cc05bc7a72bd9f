/**
 * Where one admin task happens (invite, edit, confirm, a link, sessions): a labelled section
 * whose heading takes focus when it opens, so keyboard and screen-reader users land in it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface AdminPanelProps {
  id: string;
  title: string;
  children: ReactNode;
}

export function AdminPanel({ id, title, children }: AdminPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);
  return (
    <section className="admin-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="admin-panel__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
