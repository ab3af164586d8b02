/**
 * A chunk that does not arrive (a site that uploaded only the main file of dist/): the console names
 * the file once, however often a widget asks for it again, and says to copy the whole dist/ folder;
 * the next need asks again; a format's reader fails with an error widgets word neutrally.
 */
import { expect } from '@open-wc/testing';
import { LazyChunk, chunkError, reportMissingFile } from '../../src/internal/lazy-chunk.js';
import { errorMessage } from '../../src/ui/states.js';
import { enGB } from '../../src/i18n/locales/en-GB.js';
import { captureConsole, missingChunk } from '../support/helpers.js';

describe('LazyChunk and a missing file', () => {
  it('names the missing file once, says to copy the whole dist/ folder, and asks again on the next need', async () => {
    const missing = missingChunk('search-index');
    let fetches = 0;
    const chunk = new LazyChunk(() => {
      fetches += 1;
      return missing.load();
    });
    const errors = await captureConsole('error', async () => {
      expect(await chunk.load()).to.equal(undefined);
      expect(await chunk.load()).to.equal(undefined);
    });
    expect(fetches, 'each need asks again').to.equal(2);
    expect(errors, 'said once').to.have.length(1);
    expect(errors[0]).to.match(new RegExp(`^\\[parent-champion-widgets\\] Could not load \\S+/chunks/${missing.file}\\. `));
    expect(errors[0]).to.contain('copy the whole dist/ folder');
  });

  it('says what it can when the browser does not name the file', async () => {
    const errors = await captureConsole('error', () => reportMissingFile(new TypeError('Importing a module script failed.')));
    expect(errors).to.deep.equal([
      '[parent-champion-widgets] Could not load a file from dist/chunks/ (Importing a module script failed.). If it is missing from the site, copy the whole dist/ folder there (with chunks/), not only the main file.',
    ]);
  });

  it('gives a format’s reader an error that never tells a parent their internet is down', async () => {
    const missing = missingChunk('convert');
    const error = await missing.load().catch(chunkError);
    expect(error.kind).to.equal('chunk');
    expect(error.message).to.contain(missing.file).and.contain('copy the whole dist/ folder');
    expect(errorMessage(enGB, error)).to.equal('This part is not working at the moment. Try again later.');
  });
});
