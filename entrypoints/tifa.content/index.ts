// Content script entry. On a page without Chinese it does one textContent test and stops:
// no messages, no observers, only the popup's "no Chinese here" answer in the top frame.
import { browser, defineContentScript } from '#imports';
import { pageHasChinese } from './collect-text';
import { Highlighter } from './highlighter';
import { Interaction } from './interaction';
import { PageModel } from './page-model';
import { PageSession } from './session';
import { registerTabHandlers } from './tab-handlers';
import { stringsFor } from './tooltip/strings';
import { TooltipHost } from './tooltip/tooltip-host';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const isTop = window === window.top;
    if (!pageHasChinese(document)) {
      if (isTop) ctx.onInvalidated(registerTabHandlers({ status: () => 'no-chinese', error: () => undefined }, null, null));
      return;
    }
    const model = new PageModel();
    const highlighter = new Highlighter(document);
    let interaction: Interaction | null = null;
    const tooltip = new TooltipHost(document, () => interaction?.onTooltipLeave());
    interaction = new Interaction(ctx, document, model, highlighter, tooltip, stringsFor(browser.i18n.getUILanguage()));
    const session = new PageSession(ctx, document, model, highlighter, interaction);
    if (isTop) ctx.onInvalidated(registerTabHandlers({ status: () => session.status, error: () => session.error }, model, highlighter));
    ctx.onInvalidated(() => {
      tooltip.destroy();
      highlighter.destroy();
    });
    interaction.start();
    void session.start();
  },
});
