/**
 * The configurator's settings fields, made from the core's declaration of the practice
 * settings: a setting declared there gets a field here, with its label, hint and the input
 * that suits its rule. The page holds one empty fieldset per group (`data-settings`); a group
 * marked `data-columns="2"` sets its fields side by side, two to a row.
 */
import { DOCUMENTED_SETTINGS, type DocumentedSetting, type SettingRule } from 'kap-widgets/core';

type InputAttributes = Record<string, string>;

function inputAttributes(rule: SettingRule): InputAttributes {
  switch (rule.kind) {
    case 'money': return { type: 'text', inputmode: 'decimal' };
    case 'count':
    case 'npi': return { type: 'text', inputmode: 'numeric' };
    case 'email': return { type: 'email', spellcheck: 'false' };
    case 'phone': return { type: 'tel' };
    case 'url': return { type: 'url', inputmode: 'url', spellcheck: 'false', placeholder: 'https://' };
    case 'states':
    case 'currency':
    case 'service-code': return { type: 'text', autocapitalize: 'characters', spellcheck: 'false' };
    case 'locale': return { type: 'text', spellcheck: 'false' };
    case 'timezone': return { type: 'text', list: 'time-zones', spellcheck: 'false' };
    case 'ein':
    case 'text': return { type: 'text' };
  }
}

function field(setting: DocumentedSetting): HTMLElement {
  const id = `f-${setting.attribute}`;
  const box = Object.assign(document.createElement('div'), { className: 'field' });
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: setting.label });
  const hint = Object.assign(document.createElement('p'), { className: 'hint', id: `${id}-hint` });
  hint.append(`${setting.hint} `, Object.assign(document.createElement('code'), { textContent: setting.attribute }));
  const input = Object.assign(document.createElement('input'), { id, name: setting.attribute });
  const attributes: InputAttributes = { ...inputAttributes(setting.rule), 'aria-describedby': hint.id };
  if (setting.autocomplete) attributes['autocomplete'] = setting.autocomplete;
  for (const [name, value] of Object.entries(attributes)) input.setAttribute(name, value);
  box.append(label, hint, input);
  if (setting.rule.kind === 'timezone') box.append(Object.assign(document.createElement('datalist'), { id: 'time-zones' }));
  return box;
}

/** Fills each settings fieldset of the form with its group's fields, in declaration order. */
export function renderSettingFields(form: HTMLFormElement): void {
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-settings]')) {
    const fields = DOCUMENTED_SETTINGS.filter((setting) => setting.group === fieldset.dataset['settings']).map(field);
    const perRow = fieldset.dataset['columns'] === '2' ? 2 : 1;
    for (let i = 0; i < fields.length; i += perRow) {
      const row = fields.slice(i, i + perRow);
      if (row.length < 2) {
        fieldset.append(...row);
        continue;
      }
      const pair = Object.assign(document.createElement('div'), { className: 'pair' });
      pair.append(...row);
      fieldset.append(pair);
    }
  }
}
