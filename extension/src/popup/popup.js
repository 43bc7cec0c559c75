import { api } from '../shared/api.js';

async function main() {
  const param = new URLSearchParams(location.search).get('tab');
  const tabId = param ? Number(param) : (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const state = await api.runtime.sendMessage({ type: 'open', tabId });
  document.getElementById('app').textContent = JSON.stringify(state)?.slice(0, 500) ?? '';
}
main();
