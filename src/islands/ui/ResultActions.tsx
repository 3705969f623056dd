/**
 * The share-link and print buttons under a calculator result, with the copy status announced.
 * Hidden in print and in embeds (the caller renders it only when the page owns the URL).
 */
interface ResultActionsProps {
  onCopy: () => void;
  /** Status text after a copy attempt ('' before any). */
  copied: string;
  shareLabel: string;
  printLabel: string;
}

export function ResultActions({ onCopy, copied, shareLabel, printLabel }: ResultActionsProps) {
  return (
    <p class="no-print calc-actions">
      <button type="button" class="button" onClick={onCopy}>{shareLabel}</button>{' '}
      <button type="button" class="button button--secondary" onClick={() => window.print()}>{printLabel}</button>{' '}
      <span role="status">{copied}</span>
    </p>
  );
}
