import { loadSettings } from '../shared/settings.js'; loadSettings().then((s) => (document.getElementById('app').textContent = JSON.stringify(s)));
