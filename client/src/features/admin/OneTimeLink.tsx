/** A set-password link, shown once: the admin copies it and passes it on (no email is sent). */
import type { PasswordLink } from '@civicstat/shared';
import { useRef, useState } from 'react';
import { formatMoment } from './adminFormat';

interface OneTimeLinkProps {
  name: string;
  link: PasswordLink;
  timeZone: string | undefined;
  onClose(): void;
}

export function OneTimeLink({ name, link, timeZone, onClose }: OneTimeLinkProps) {
  const url = `${window.location.origin}${link.path}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no'>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, or permission refused): select it for Ctrl+C instead.
      inputRef.current?.select();
      setCopied('no');
    }
  }

  return (
    <>
      <p className="note">
        <strong>This link is shown only once.</strong> Copy it now and send it to {name} yourself:
        civicstat sends no email. It works once, until {formatMoment(link.expiresAt, timeZone)}.
      </p>
      <div className="field">
        <label htmlFor="one-time-link" className="field__label">
          One-time link for {name}
        </label>
        <div className="copy-field">
          <input
            id="one-time-link"
            ref={inputRef}
            className="field__input copy-field__input"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
        <p role="status" className="field__hint">
          {copied === 'yes'
            ? 'Copied to the clipboard.'
            : copied === 'no'
              ? 'The link is selected: press Ctrl+C (or ⌘C) to copy it.'
              : ''}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
