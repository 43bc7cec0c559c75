// Who may ask the background what. Only this extension can message it (no
// `externally_connectable`), but a content script lives in a web page's
// renderer: should that renderer be compromised, it must not be able to drive
// other tabs (open, hide, step), read their figures or re-register scripts.
// So the popup's and options page's commands are taken from extension pages
// only, and the content script's from a tab's frame only.

/** The commands of extension pages (popup, options). */
export const PAGE_COMMANDS = new Set(['open', 'hidden', 'labels', 'step', 'sites-changed']);
/** The commands of content scripts, about their own tab. */
export const CONTENT_COMMANDS = new Set(['analyze', 'report', 'false-positive', 'auto']);

/**
 * True when `sender` (a runtime.MessageSender) may send a message of `type`.
 * `self` is `{ id, origin }`: this extension's id and its pages' origin
 * (`runtime.getURL('')`, ending in "/").
 */
export function allowed(type, sender, self) {
  if (!sender || sender.id !== self.id) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(self.origin);
  if (PAGE_COMMANDS.has(type)) return fromExtensionPage;
  if (CONTENT_COMMANDS.has(type)) return !fromExtensionPage && sender.tab?.id !== undefined;
  return false;
}
