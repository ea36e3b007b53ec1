// Renders the page templates (views/*.eta, escaped by default: every log byte and finding text is HTML-
// escaped unless a template says otherwise, and ours never do) with the UI strings of one language.
import { Eta } from 'eta';
import type { Lang } from '../../src/engine/rule-types.js';
import { messages, type Messages } from '../../src/i18n/messages.js';
import { packagePath } from '../../src/package-root.js';

export interface PageBase {
  lang: Lang;
  /** report labels shared with the CLI (locales/<lang>.json) */
  t: Messages;
  /** the page's own strings (locales/web/<lang>.json) */
  w: Messages;
}

export class Pages {
  private readonly eta = new Eta({ views: packagePath('adapters', 'web', 'views'), cache: true, autoEscape: true, autoTrim: false });

  base(lang: Lang): PageBase {
    return { lang, t: messages(lang), w: messages(lang, 'web') };
  }

  render(view: string, lang: Lang, data: Record<string, unknown>): string {
    return this.eta.render(view, { ...this.base(lang), ...data });
  }
}
