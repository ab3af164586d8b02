/** Registers `<pc-provider>`, and the formats every feed reader shares. */
import './formats.js';
import { ContextRoot } from '@lit/context';
import { define } from '../internal/define.js';
import { PcProvider } from '../provider/provider.js';

// Widgets that upgrade before their provider re-request context once it appears (one root per page).
if (typeof document !== 'undefined') {
  const marker = Symbol.for('parent-champion-widgets/context-root');
  const root = document as Document & { [marker]?: boolean };
  if (!root[marker]) {
    root[marker] = true;
    new ContextRoot().attach(document.documentElement);
  }
}

define('pc-provider', PcProvider);
