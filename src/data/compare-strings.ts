/** The comparison island's UI strings (placeholders kept for the island to fill), shared by every comparison page. */
import type { CompareStrings } from '../islands/CompareControls';
import { compareXlsxLabels } from './compare';
import { t } from '../i18n';

export function compareStrings(): CompareStrings {
  const keep = { value: '{value}' };
  return {
    title: t('compare.controls.title'),
    columns: t('compare.controls.columns'),
    onlyDiff: t('compare.controls.onlyDiff'),
    status: t('compare.controls.status', { n: '{n}', shown: '{shown}', total: '{total}' }),
    allSame: t('compare.controls.allSame'),
    tooFew: t('compare.controls.tooFew'),
    downloadCsv: t('compare.controls.downloadCsv'),
    downloadJson: t('compare.controls.downloadJson'),
    downloadXlsx: t('compare.controls.downloadXlsx'),
    xlsx: compareXlsxLabels(),
    downloadFailed: t('compare.controls.downloadFailed'),
    share: t('compare.controls.share'),
    reset: t('compare.controls.reset'),
    noticeTitle: t('compare.notice.title'),
    notices: {
      'malformed-id': t('compare.notice.malformed-id', keep),
      'unknown-id': t('compare.notice.unknown-id', keep),
      'duplicate-id': t('compare.notice.duplicate-id', keep),
      'empty-selection': t('compare.notice.empty-selection'),
      'too-few': t('compare.notice.too-few', keep),
      'bad-diff': t('compare.notice.bad-diff', keep),
      'too-many': t('compare.notice.too-many'),
    },
    choose: {
      title: t('compare.choose.title'),
      filter: t('compare.choose.filter'),
      kind: t('compare.choose.kind'),
      status: t('compare.choose.status'),
      any: t('compare.choose.any'),
      matches: t('compare.choose.matches', { n: '{n}' }),
      more: t('compare.choose.more', { n: '{n}' }),
      region: t('compare.choose.region'),
      regionHint: t('compare.choose.regionHint'),
      loading: t('compare.choose.loading'),
      loadFailed: t('compare.choose.loadFailed'),
    },
  };
}

