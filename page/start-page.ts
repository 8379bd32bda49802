// Wires one page: model, highlighter, tooltip, interaction, session and the popup's answers.
import type { Settings } from '../lib/settings';
import type { PageStart } from './loader/handoff';
import { Highlighter } from './paint/highlighter';
import { Interaction } from './card/interaction';
import { PageModel } from './page-model';
import { pageIsDark } from './paint/page-theme';
import { PageMemory } from './session/memory';
import { PageSession } from './session/session';
import { registerTabHandlers } from './session/tab-handlers';
import { TooltipHost } from './card/tooltip-host';
import { mark } from '../lib/debug';

export function startPage({ ctx, isTop, headStart }: PageStart, settings: Promise<Settings>): void {
  mark('main');
  const model = new PageModel();
  const highlighter = new Highlighter(document, headStart.loaderPaint);
  let interaction: Interaction | null = null;
  const tooltip = new TooltipHost(document, () => interaction?.onTooltipLeave(), () => highlighter.dark ?? pageIsDark(document));
  interaction = new Interaction(ctx, document, model, highlighter, tooltip);
  const session = new PageSession(ctx, document, model, highlighter, interaction);
  const memory = new PageMemory(document, model);
  session.onReady = () => void memory.afterScan();
  if (isTop) ctx.onInvalidated(registerTabHandlers({ status: () => session.status, error: () => session.error }, model, highlighter));
  ctx.onInvalidated(() => {
    tooltip.destroy();
    highlighter.destroy();
  });
  // After an extension reload or update this script is an orphan: take the highlights and the
  // card away (onInvalidated above) even if the reader never touches the page again.
  ctx.watchForOrphaning();
  interaction.start();
  void session.start(settings, headStart);
}
