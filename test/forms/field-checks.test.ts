/** How the forms read what parents type: sensibly, not over-strictly (issue 21). Pure: no DOM. */
import { expect } from '@open-wc/testing';
import { checkEmail, checkPhone, checkPostcodeOrWard } from '../../src/forms/field-checks.js';

describe('forms: reading typed answers', () => {
  it('takes an email address with spaces around it, and says when one is missing or malformed', () => {
    expect(checkEmail('  amina@example.org ')).to.deep.equal({ ok: true, value: 'amina@example.org' });
    expect(checkEmail('first.last+pc@mail.example.co.uk')).to.deep.equal({ ok: true, value: 'first.last+pc@mail.example.co.uk' });
    expect(checkEmail('')).to.deep.equal({ ok: false, problem: 'missing' });
    for (const bad of ['amina', 'amina@', '@example.org', 'amina@example', 'amina example@x.org', `${'a'.repeat(250)}@example.org`]) {
      expect(checkEmail(bad), bad).to.deep.equal({ ok: false, problem: 'format' });
    }
  });

  it('takes UK numbers written every usual way, sending their digits', () => {
    const read = (typed: string, mobile = false) => checkPhone(typed, { mobile });
    expect(read('07700 900982')).to.deep.equal({ ok: true, value: '07700900982' });
    expect(read('07700-900-982')).to.deep.equal({ ok: true, value: '07700900982' });
    expect(read('+44 7700 900982')).to.deep.equal({ ok: true, value: '07700900982' });
    expect(read('+44 (0)7700 900982')).to.deep.equal({ ok: true, value: '07700900982' });
    expect(read('0044 7700 900982')).to.deep.equal({ ok: true, value: '07700900982' });
    expect(read('(01632) 960 001')).to.deep.equal({ ok: true, value: '01632960001' });
    expect(read('020 7946 0000')).to.deep.equal({ ok: true, value: '02079460000' });
    // A ten-digit UK number (a few areas).
    expect(read('016977 3456')).to.deep.equal({ ok: true, value: '0169773456' });
    // International numbers are taken as they are: the form cannot know every country's rules.
    expect(read('+48 601 234 567')).to.deep.equal({ ok: true, value: '+48601234567' });
  });

  it('says when a number is missing, not a phone number, or (for texts) not a mobile', () => {
    expect(checkPhone('')).to.deep.equal({ ok: false, problem: 'missing' });
    for (const bad of ['call me', '12345', '07700 9009', '7700 900982 ext 2', '+44 7700 900982 07700', '+0 1234567']) {
      expect(checkPhone(bad), bad).to.deep.equal({ ok: false, problem: 'format' });
    }
    expect(checkPhone('01632 960 001', { mobile: true })).to.deep.equal({ ok: false, problem: 'not-mobile' });
    expect(checkPhone('07700 900982', { mobile: true }).ok).to.be.true;
    expect(checkPhone('+48 601 234 567', { mobile: true }).ok).to.be.true;
  });

  it('reads a postcode in any case and spacing, its district, or a ward’s name', () => {
    expect(checkPostcodeOrWard('nb14aa')).to.deep.equal({ ok: true, value: 'NB1 4AA' });
    expect(checkPostcodeOrWard(' NB1   4AA ')).to.deep.equal({ ok: true, value: 'NB1 4AA' });
    expect(checkPostcodeOrWard('sw1a1aa')).to.deep.equal({ ok: true, value: 'SW1A 1AA' });
    expect(checkPostcodeOrWard('nb1')).to.deep.equal({ ok: true, value: 'NB1' });
    expect(checkPostcodeOrWard('Castlegate  ward')).to.deep.equal({ ok: true, value: 'Castlegate ward' });
    expect(checkPostcodeOrWard('')).to.deep.equal({ ok: false, problem: 'missing' });
    for (const bad of ['12345', 'NB1 4A', 'Flat 2, 10 High St']) expect(checkPostcodeOrWard(bad), bad).to.deep.equal({ ok: false, problem: 'format' });
  });
});
