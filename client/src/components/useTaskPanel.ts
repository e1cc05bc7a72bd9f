/**
 * One task at a time in a panel (create, edit, confirm): focus moves into the panel when it opens
 * (TaskPanel) and back to the button that opened it when it closes.
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

  /** The task’s next step in the same panel, e.g. an invitation's link; focus still goes back. */
  function continueWith(step: Panel) {
    setPanel(step);
  }

  /** Ends the task, saying what happened if anything; focus goes to `focusId` if the opener is gone. */
  function close(message?: string, focusId?: string) {
    if (message !== undefined) setAnnouncement(message);
    if (focusId) returnFocusTo.current = focusId;
    setPanel(undefined);
  }

  return { panel, open, continueWith, close, announcement, announce: setAnnouncement };
}
