/** The CSV export's cells: what a spreadsheet could run as a formula is made text, the rest left as it is. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neutralise } from '../src/coordinator/csv.js';

describe('CSV cells', () => {
  it('makes text of what starts as a formula, also after spaces, line breaks or invisible characters', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(1)', '\t=1', '\rx', '＝1+1', ' =1+1', '\u00A0=1+1', '\n=1+1', '\u200B=1+1', '\uFEFF+1', '  \u2060@A1']) {
      assert.equal(neutralise(value), `'${value}`, JSON.stringify(value));
    }
  });

  it('leaves other text as it is, spaces and all', () => {
    for (const value of ['Amina Test', ' leading space', 'a = b', 'NB1 4AA', '07700 900123', '', 'e-mail', '\u200Bword']) {
      assert.equal(neutralise(value), value, JSON.stringify(value));
    }
  });
});
