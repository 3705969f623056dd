/**
 * The share-link and print buttons under a calculator result, with the copy status announced.
 * A link past `MAX_LINK_BYTES` still works in most browsers, but web servers and chat apps often
 * refuse long request lines: the page says so, with the size, instead of handing out a link that
 * may not open. Hidden in print; rendered only where the page owns the URL (not in embeds).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/calculators/payment-text';
import { linkBytes, MAX_LINK_BYTES } from '../../lib/url-query';

export function ResultActions({ url, t }: { url: string; t: Translate }) {
  const [status, setStatus] = useState('');
  useEffect(() => setStatus(''), [url]);
  const bytes = linkBytes(url);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('calc.common.copied'));
    } catch {
      setStatus(t('calc.common.copyFailed'));
    }
  };
  return (
    <div class="no-print calc-actions">
      {bytes > MAX_LINK_BYTES && (
        <p class="notice" data-output="link-too-long">{t('calc.common.linkTooLong', { kb: (bytes / 1024).toFixed(1) })}</p>
      )}
      <p>
        <button type="button" class="button" onClick={copy} data-action="share-copy">{t('calc.common.share')}</button>{' '}
        <button type="button" class="button button--secondary" onClick={() => window.print()} data-action="print">{t('calc.common.print')}</button>{' '}
        <span role="status">{status}</span>
      </p>
    </div>
  );
}
