// The background of the test build (target/extension-test/, made by
// extension/build.mjs for tests/extension/): the shipped one, plus a handle
// the end-to-end tests reach it by through the DevTools protocol: the tab
// state as the popup sees it, and the handlers (which a test may wrap).
// Never shipped: dist/ is built from main.js alone (tests/security/ checks).

import { analyseTab, handlers } from './main.js';
import { getTab } from './tabs.js';

/** @type {any} */ (globalThis).claimlens = { getTab, analyseTab, handlers };
