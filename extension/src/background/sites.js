// "Always analyse on this site": the sites are granted as optional host
// permissions (asked by the popup, in the user's click) and a content script
// is registered for exactly those origins. Revoking the permission in the
// browser removes the site too.

import { api } from '../shared/api.js';
import { loadSettings, saveSettings, patternOf, originOf } from '../shared/settings.js';

const ID = 'claimlens-auto';

/** Registers the auto-analysis script for the granted sites, or removes it. */
export async function syncSites() {
  const settings = await loadSettings();
  const granted = [];
  for (const origin of settings.sites) {
    if (await api.permissions.contains({ origins: [patternOf(origin)] })) granted.push(origin);
  }
  if (granted.length !== settings.sites.length) await saveSettings({ sites: granted });
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids: [ID] });
  if (!granted.length) return;
  await api.scripting.registerContentScripts([{
    id: ID,
    matches: granted.map(patternOf),
    js: ['content.js', 'autorun.js'],
    runAt: 'document_idle',
    allFrames: true,
  }]);
}

export function watchPermissions() {
  api.permissions.onRemoved.addListener(() => syncSites().catch(console.error));
  // The popup saves the site after the grant, but a popup can close while the
  // browser asks (Firefox): a grant of a site's pages adds the site here too.
  api.permissions.onAdded.addListener(async ({ origins = [] }) => {
    const added = origins.flatMap((p) => originOf(p.replace(/\/\*$/, '/')) ?? []);
    if (!added.length) return;
    const { sites } = await loadSettings();
    await saveSettings({ sites: [...sites, ...added] });
    await syncSites();
  });
}
