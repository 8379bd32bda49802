// "Export this page's glossary": every term of the page as the card explains it, with the page
// cited, as CSV (the format My terms imports) or Markdown.
import { tab } from '../../lib/protocol';
import { toCsv, toMarkdown } from '../../lib/term-export';
import { downloadText, today } from '../../lib/ui/download';
import { t } from '../../lib/ui/i18n';

export function PageExport({ tabId }: { tabId: number }) {
  const run = async (format: 'csv' | 'md'): Promise<void> => {
    const terms = await tab.sendMessage('getPageGlossary', undefined, tabId);
    const title = terms[0]?.pageTitle || 'page';
    if (format === 'csv') downloadText(`tifa-page-${today()}.csv`, toCsv(terms), 'text/csv');
    else downloadText(`tifa-page-${today()}.md`, toMarkdown(terms, `${t('popupExportPage')}: ${title}`), 'text/markdown');
  };
  return (
    <div class="page-export" role="group" aria-labelledby="page-export-label">
      <span id="page-export-label" class="field-label">{t('popupExportPage')}</span>
      <button type="button" class="button button-small export-csv" onClick={() => void run('csv')}>
        {t('popupExportCsv')}
      </button>
      <button type="button" class="button button-small export-md" onClick={() => void run('md')}>
        {t('popupExportMd')}
      </button>
    </div>
  );
}
