/** Registers `<pc-champion-signup>`. It reads only the feed's `programme` and `forms`, itself. */
import { define } from '../internal/define.js';
import { PcChampionSignup } from '../champion-signup/champion-signup.js';

define('pc-champion-signup', PcChampionSignup);
