/**
 * Where one task of the editor happens (a target, an override): a labelled section whose heading
 * takes focus when it opens, so keyboard and screen-reader users land in it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function TaskPanel({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [id]);
  return (
    <section className="admin-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="admin-panel__title">
        {title}
      </h3>
      {children}
    </section>
  );
}
