// UI strings of the scan report live in locales/scan/<lang>.json.
import type { Lang } from '../engine/rule-types.js';
import { messages, type Messages } from '../i18n/messages.js';

export function scanMessages(lang: Lang): Messages {
  return messages(lang, 'scan');
}
