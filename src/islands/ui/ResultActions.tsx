/**
 * The share-link and print buttons under a calculator result, with the copy status announced.
 * Hidden in print; the caller renders it only when the page owns the URL (not in embeds).
 */
import { useEffect, useState } from 'preact/hooks';

interface ResultActionsProps {
  /** The state as serialized into the URL: a new value clears an old "copied" status. */
  stateKey: string;
  labels: { share: string; print: string; copied: string; copyFailed: string };
}

export function ResultActions({ stateKey, labels }: ResultActionsProps) {
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [stateKey]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  };
  return (
    <p class="no-print calc-actions">
      <button type="button" class="button" onClick={copy}>{labels.share}</button>{' '}
      <button type="button" class="button button--secondary" onClick={() => window.print()}>{labels.print}</button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
