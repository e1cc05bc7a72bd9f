/**
 * Where one task happens (invite, edit, confirm, a target): a labelled section whose heading
 * takes focus when it opens, so keyboard and screen-reader users land in it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface TaskPanelProps {
  id: string;
  title: string;
  /** The heading's level: 2 on a page of its own, 3 inside a section of the page. */
  level?: 2 | 3;
  children: ReactNode;
}

export function TaskPanel({ id, title, level = 2, children }: TaskPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="admin-panel" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="admin-panel__title">
        {title}
      </Heading>
      {children}
    </section>
  );
}
