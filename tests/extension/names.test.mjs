// The popup names a link's source by its site, never by a path or a URL
// (extension/src/popup/names.js); a name stays as the page gives it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceName } from '../../extension/src/popup/names.js';

test('a link is named by its site, a relative one by the page\'s', () => {
  assert.equal(sourceName('https://www.bbc.co.uk/news/uk-politics-1', 'https://example.org/'), 'bbc.co.uk');
  assert.equal(sourceName('//apnews.com/article/x', 'https://example.org/'), 'apnews.com');
  assert.equal(sourceName('/pixels/live/2015/05/05/suivez-le-vote.html', 'https://www.lemonde.fr/pixels/article.html'), 'lemonde.fr');
  assert.equal(sourceName('../rapport.pdf', 'https://www.senat.fr/a/b.html'), 'senat.fr');
});

test('names, reference markers and what cannot be resolved stay as they are', () => {
  assert.equal(sourceName('Paul Rivière', 'https://x.fr/'), 'Paul Rivière');
  assert.equal(sourceName('[12]', 'https://x.fr/'), '[12]');
  assert.equal(sourceName('/relative/path', ''), '/relative/path', 'no page to resolve against');
});
