import { deploymentTime, zoneLabel } from '../time/deployment-time.ts';
import type { Locale } from '../../../../common/locales.ts';
import { formatMessage } from '../i18n/error-messages.ts';
import { onModulesInstalled } from '../modules/installed-modules.ts';
import type { ParamNames } from '../modules/module-contract.ts';
import type { NotificationKind } from './notification-kinds.ts';

// The texts of every notification kind, in-app and by SMS, in each locale, come from the modules'
// descriptors (`notifications`). Texts never hold personal data beyond a reference: an SMS may be read
// by anyone holding the phone.

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

let texts: Record<string, Record<Locale, { title: string; body: string }>> = {};
let paramNames: ParamNames = {};

onModulesInstalled((modules) => {
  texts = {};
  paramNames = {};
  for (const m of modules) {
    for (const [kind, text] of Object.entries(m.notifications ?? {})) {
      if (Object.hasOwn(texts, kind)) throw new Error(`notification kind ${kind} is declared twice`);
      texts[kind] = text;
    }
    for (const [param, table] of Object.entries(m.notificationParamNames ?? {})) paramNames[param] = { ...paramNames[param], ...table };
  }
});

/**
 * `{school}` from schoolZh / schoolEn by locale; a key of a module's name table (a material) as its name;
 * ISO times in the deployment's time zone; a missing parameter as a dash.
 */
function localise(params: Record<string, string | number>, locale: Locale, names: string[]): Record<string, string | number> {
  const suffix = locale === 'zh-CN' ? 'Zh' : 'En';
  const out: Record<string, string | number> = {};
  for (const name of names) {
    const value = params[`${name}${suffix}`] ?? params[name];
    const table = paramNames[name];
    if (table && typeof value === 'string' && Object.hasOwn(table, value)) {
      out[name] = table[value]![locale];
      continue;
    }
    out[name] =
      value === undefined
        ? '—'
        : typeof value === 'string' && ISO_TIME.test(value)
          ? `${deploymentTime(value)}${locale === 'zh-CN' ? `（${zoneLabel(locale)}）` : ` (${zoneLabel(locale)})`}`
          : value;
  }
  return out;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

export function renderNotification(kind: NotificationKind, params: Record<string, string | number>, locale: Locale): { title: string; body: string } {
  const text = texts[kind]?.[locale];
  if (!text) throw new Error(`notification kind ${kind} has no texts: is its module in the module list?`);
  return { title: text.title, body: formatMessage(text.body, localise(params, locale, placeholders(text.body))) };
}
