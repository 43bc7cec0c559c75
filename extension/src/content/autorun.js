// Runs after content.js on the sites the user asked to have analysed as they
// load: asks the background for the settings (and whether the tab is hidden).
import { toBackground } from '../shared/protocol.js';

toBackground({ type: 'auto' }).then((answer) => {
  if (answer && 'run' in answer && answer.run) /** @type {any} */ (globalThis).__claimlens?.run(answer.run);
});
