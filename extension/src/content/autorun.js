// Runs after content.js on the sites the user asked to have analysed as they
// load: asks the background for the settings (and whether the tab is hidden).
import { api } from '../shared/api.js';

api.runtime.sendMessage({ type: 'auto' }).then((answer) => {
  if (answer?.run) globalThis.__claimlens?.run(answer.run);
});
