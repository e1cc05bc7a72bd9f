/**
 * One task at a time in a panel (create, edit, confirm), as on the users page: focus moves into
 * the panel when it opens (AdminPanel) and back to the button that opened it when it closes.
 */
import { useEffect, useRef, useState } from 'react';

export function useTaskPanel<Panel>() {
  const [panel, setPanel] = useState<Panel>();
  const [announcement, setAnnouncement] = useState('');
  // The id of the button that opened the panel.
  const returnFocusTo = useRef<string>(undefined);

  useEffect(() => {
    if (panel || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = undefined;
  }, [panel]);

  function open(next: Panel, from: string) {
    setAnnouncement('');
    setPanel(next);
    returnFocusTo.current = from;
  }

  /** Ends the task, saying what happened; focus goes to `focusId` if the opener is gone. */
  function close(message = '', focusId?: string) {
    setAnnouncement(message);
    if (focusId) returnFocusTo.current = focusId;
    setPanel(undefined);
  }

  return { panel, open, close, announcement };
}
