// Remembered explanations, worker side: recording is refused for private windows and for sites
// the reader switched off (whatever the page says), and the page's URL is the sender's own.
import { coerceRemembered, recall, withRemembered, type RememberedDefinition } from '../lib/remembered-model';
import { rememberedItem } from '../lib/remembered';
import { isActiveOn, settingsItem } from '../lib/settings';

export interface Sender {
  url?: string;
  incognito: boolean;
}

/** Serialised, so two pages finishing at once cannot overwrite each other's records. */
let queue: Promise<unknown> = Promise.resolve();

export async function rememberDefinitions(
  data: { title: string; definitions: { explains: string; label: string; members: string[] }[] },
  sender: Sender,
  now = new Date(),
): Promise<boolean> {
  if (sender.incognito || !sender.url || data.definitions.length === 0) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!isActiveOn(await settingsItem.getValue(), url.hostname)) return false;
  const page = `${url.origin}${url.pathname}${url.search}`;
  const fresh: RememberedDefinition[] = data.definitions
    .filter((d) => d.members.length >= 2)
    .map((d) => ({ explains: d.explains, label: d.label, members: d.members.slice(0, 20), title: data.title.slice(0, 200), url: page, date: now.toISOString().slice(0, 10) }));
  const write = queue.then(async () => rememberedItem.setValue(withRemembered(coerceRemembered(await rememberedItem.getValue()), fresh)));
  queue = write.catch(() => undefined);
  await write;
  return true;
}

export async function recallDefinitions(terms: string[], senderUrl: string | undefined): Promise<RememberedDefinition[]> {
  let page = '';
  try {
    const u = new URL(senderUrl ?? '');
    page = `${u.origin}${u.pathname}${u.search}`;
  } catch {
    /* no URL: nothing to exclude */
  }
  return recall(coerceRemembered(await rememberedItem.getValue()), terms, page);
}
