// Shows and hides a form's conditional fields as the visitor types, by the same rules the server applies
// (ConditionEvaluator). Only a convenience: without this script every field is shown, and the server still ignores
// the fields whose condition is not met.
const forms = document.querySelectorAll('form.site-form');

function valuesOf(form, alias) {
  const shown = form.querySelector(`[data-alias="${CSS.escape(alias)}"]`);
  if (shown && shown.hidden) return [];
  return [...form.elements]
    .filter((el) => el.name === alias && (!['checkbox', 'radio'].includes(el.type) || el.checked))
    .map((el) => el.value.trim())
    .filter((v) => v !== '');
}

function compare(a, b) {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return Math.sign(x - y);
  if (/^\d{4}-\d{2}-\d{2}/.test(a) && /^\d{4}-\d{2}-\d{2}/.test(b)) return a.slice(0, 10) < b.slice(0, 10) ? -1 : a.slice(0, 10) > b.slice(0, 10) ? 1 : 0;
  return null;
}

function matches(rule, values) {
  const want = rule.value.toLowerCase();
  const low = values.map((v) => v.toLowerCase());
  switch (rule.op) {
    case 'Is': return low.includes(want) || (values.length === 0 && want === '');
    case 'IsNot': return !low.includes(want);
    case 'Contains': return low.some((v) => v.includes(want));
    case 'StartsWith': return low.some((v) => v.startsWith(want));
    case 'EndsWith': return low.some((v) => v.endsWith(want));
    case 'GreaterThen': return values.some((v) => compare(v, rule.value) === 1);
    case 'LessThen': return values.some((v) => compare(v, rule.value) === -1);
    default: return false;
  }
}

function update(form) {
  // Twice, so a field that depends on a field that just became hidden sees it as empty.
  for (let pass = 0; pass < 2; pass += 1) {
    for (const field of form.querySelectorAll('[data-condition]:not([data-condition=""])')) {
      const condition = JSON.parse(field.dataset.condition);
      const test = (rule) => matches(rule, valuesOf(form, rule.field));
      const met = condition.logic === 'All' ? condition.rules.every(test) : condition.rules.some(test);
      field.hidden = condition.action === 'Show' ? !met : met;
    }
  }
}

for (const form of forms) {
  form.addEventListener('input', () => update(form));
  form.addEventListener('change', () => update(form));
  update(form);
}
