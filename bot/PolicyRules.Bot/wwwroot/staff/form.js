// The applicant's situation as one form, generated from the variables of the chosen programs (GET /api/variables): one
// field per variable, grouped by its subject (the first segment of its id), in the catalogue's order (the paper form's,
// which the interview falls back on). Each kind gets its control: yes/no as radio buttons, a choice as a select, a date
// or a number (with its unit) as an input; every field can be answered "don't know" (sent as null) or left unanswered
// (left out of the case). Values live in this page only: nothing is stored in the browser or on the server.

import { el } from './dom.js';
import { format, SUBJECTS } from './texts.js';

const UNCERTAIN = 'uncertain';

export class CaseForm {
  /** @param {HTMLElement} container @param {() => void} onChange called after every edit */
  constructor(container, onChange) {
    this.container = container;
    this.onChange = onChange;
    /** id -> { state: 'known', value } | { state: 'uncertain' } */
    this.answers = new Map();
    this.fields = new Map();
    this.relevant = null;
    this.showAll = false;
  }

  /** Builds the form for these variables (sorted by catalogue order), keeping every answer already given. */
  render(variables, texts, language) {
    this.texts = texts;
    this.container.replaceChildren();
    this.fields.clear();
    const groups = new Map();
    for (const variable of [...variables].sort((a, b) => a.order - b.order)) {
      const subject = variable.id.split('.')[0];
      if (!groups.has(subject)) {
        groups.set(subject, []);
      }
      groups.get(subject).push(variable);
    }
    for (const [subject, members] of groups) {
      const legend = SUBJECTS[language][subject] ?? subject;
      const group = el('fieldset', { class: 'group', 'data-subject': subject }, el('legend', { text: legend }));
      for (const variable of members) {
        const field = this.field(variable);
        this.fields.set(variable.id, field);
        group.append(field.element);
      }
      this.container.append(group);
    }
    this.applyRelevance();
  }

  /** The case's facts: known answers as values, "don't know" as null, unanswered left out. */
  facts(except = new Set()) {
    const facts = {};
    for (const [id, answer] of this.answers) {
      if (this.fields.has(id) && !except.has(id)) {
        facts[id] = answer.state === UNCERTAIN ? null : answer.value;
      }
    }
    return facts;
  }

  clear() {
    this.answers.clear();
    for (const field of this.fields.values()) {
      field.show(undefined);
    }
    this.setErrors([]);
    this.onChange();
  }

  /** The server's problems ({ variable, message }) beside their fields; the others are returned. */
  setErrors(errors) {
    const unplaced = [];
    const byField = new Map();
    for (const error of errors) {
      if (this.fields.has(error.variable)) {
        byField.set(error.variable, [...(byField.get(error.variable) ?? []), error.message]);
      } else {
        unplaced.push(error);
      }
    }
    for (const [id, field] of this.fields) {
      field.setError(byField.get(id)?.join(' ') ?? null);
    }
    this.applyRelevance();
    return unplaced;
  }

  /** Shows only the fields that can still change a result (those given, or missing for an open program), unless showAll. */
  setRelevant(relevant) {
    this.relevant = relevant;
    this.applyRelevance();
  }

  setShowAll(showAll) {
    this.showAll = showAll;
    this.applyRelevance();
  }

  labelOf(id) {
    return this.fields.get(id)?.label ?? id;
  }

  focus(id) {
    const field = this.fields.get(id);
    if (field) {
      field.element.hidden = false;
      field.focusTarget().focus();
      field.element.scrollIntoView({ block: 'center' });
    }
  }

  applyRelevance() {
    for (const [id, field] of this.fields) {
      field.element.hidden = !(this.showAll || this.relevant === null || this.relevant.has(id) || this.answers.has(id) || field.hasError());
    }
    for (const group of this.container.querySelectorAll('fieldset.group')) {
      group.hidden = [...group.querySelectorAll(':scope > .field')].every((field) => field.hidden);
    }
  }

  set(id, answer) {
    if (answer === undefined) {
      this.answers.delete(id);
    } else {
      this.answers.set(id, answer);
    }
    this.fields.get(id)?.show(answer);
    this.onChange();
  }

  field(variable) {
    const texts = this.texts;
    const key = variable.id.replace(/[^A-Za-z0-9]/g, '-');
    const ids = { input: `f-${key}`, question: `q-${key}`, error: `e-${key}` };
    const question = el('p', { class: 'question', id: ids.question, text: variable.question, title: variable.why });
    const error = el('p', { class: 'field-error', id: ids.error, hidden: true });
    const describedBy = `${ids.question} ${ids.error}`;
    const control = CONTROLS[variable.type] ?? CONTROLS.text;
    const parts = control(variable, ids, describedBy, texts, (answer) => this.set(variable.id, answer));
    const clear = el('button', {
      type: 'button',
      class: 'clear',
      text: '×',
      title: texts.clear,
      'aria-label': format(texts.clearLabel, variable.label),
      onclick: () => {
        this.set(variable.id, undefined);
        parts.focusTarget().focus();
      },
    });
    const element = el(parts.tag, { class: `field field-${variable.type}`, 'data-variable': variable.id }, parts.label, question, el('div', { class: 'control' }, parts.controls, clear), error);
    const field = {
      element,
      label: variable.label,
      focusTarget: parts.focusTarget,
      show: (answer) => {
        parts.show(answer);
        clear.hidden = answer === undefined;
        element.classList.toggle('answered', answer !== undefined);
      },
      setError: (message) => {
        error.hidden = !message;
        error.textContent = message ?? '';
        element.classList.toggle('invalid', Boolean(message));
        for (const input of element.querySelectorAll('input:not([type=checkbox]), select')) {
          if (message) {
            input.setAttribute('aria-invalid', 'true');
          } else {
            input.removeAttribute('aria-invalid');
          }
        }
      },
      hasError: () => !error.hidden,
    };
    field.show(this.answers.get(variable.id));
    return field;
  }
}

/** Yes / no / don't know as radio buttons in a radio group named by the label. */
function yesNo(variable, ids, describedBy, texts, answer) {
  const name = ids.input;
  const labelId = `${ids.input}-label`;
  const options = [
    { value: 'true', text: texts.yes, answer: { state: 'known', value: true } },
    { value: 'false', text: texts.no, answer: { state: 'known', value: false } },
    { value: UNCERTAIN, text: texts.dontKnow, answer: { state: UNCERTAIN } },
  ];
  const radios = options.map((option, i) => {
    const input = el('input', { type: 'radio', name, id: `${ids.input}-${i}`, value: option.value, onchange: () => answer(option.answer) });
    return { input, label: el('label', { class: 'choice', for: input.id }, input, option.text) };
  });
  return {
    tag: 'div',
    label: el('span', { class: 'label', id: labelId, text: variable.label }),
    controls: el('div', { class: 'radios', role: 'radiogroup', 'aria-labelledby': labelId, 'aria-describedby': describedBy }, radios.map((r) => r.label)),
    focusTarget: () => radios.find((r) => r.input.checked)?.input ?? radios[0].input,
    show: (given) => {
      const value = given === undefined ? null : given.state === UNCERTAIN ? UNCERTAIN : String(given.value);
      for (const radio of radios) {
        radio.input.checked = radio.input.value === value;
      }
    },
  };
}

/** A choice as a select: not answered, the choices, don't know. */
function choice(variable, ids, describedBy, texts, answer) {
  const select = el(
    'select',
    {
      id: ids.input,
      'aria-describedby': describedBy,
      onchange: () => answer(select.value === '' ? undefined : select.value === UNCERTAIN ? { state: UNCERTAIN } : { state: 'known', value: select.value }),
    },
    el('option', { value: '', text: texts.notAnswered }),
    (variable.choices ?? []).map((c) => el('option', { value: c.value, text: c.label })),
    el('option', { value: UNCERTAIN, text: texts.dontKnow }),
  );
  return {
    tag: 'div',
    label: el('label', { class: 'label', for: ids.input, text: variable.label }),
    controls: select,
    focusTarget: () => select,
    show: (given) => {
      select.value = given === undefined ? '' : given.state === UNCERTAIN ? UNCERTAIN : given.value;
    },
  };
}

/** A date, a number or a text in an input, with its unit and a "don't know" box beside it. */
function typed(inputType, parse) {
  return (variable, ids, describedBy, texts, answer) => {
    const attributes = { id: ids.input, type: inputType, 'aria-describedby': describedBy };
    if (inputType === 'number') {
      Object.assign(attributes, { min: variable.minimum, max: variable.maximum, step: variable.type === 'int' ? 1 : 'any', inputmode: variable.type === 'int' ? 'numeric' : 'decimal' });
    }
    const input = el('input', attributes);
    const unknown = el('input', { type: 'checkbox', id: `${ids.input}-unknown` });
    const read = () => {
      if (unknown.checked) {
        return { state: UNCERTAIN };
      }
      const value = parse(input.value);
      return value === undefined ? undefined : { state: 'known', value };
    };
    input.addEventListener('input', () => {
      unknown.checked = false;
      answer(read());
    });
    unknown.addEventListener('change', () => {
      input.disabled = unknown.checked;
      answer(read());
    });
    const unit = variable.unit ? el('span', { class: 'unit', text: texts.units[variable.unit] ?? variable.unit }) : null;
    return {
      tag: 'div',
      label: el('label', { class: 'label', for: ids.input, text: variable.label }),
      controls: [input, unit, el('label', { class: 'choice dont-know', for: unknown.id }, unknown, texts.dontKnow)],
      focusTarget: () => input,
      show: (given) => {
        unknown.checked = given?.state === UNCERTAIN;
        input.disabled = unknown.checked;
        const shown = given?.state === 'known' ? String(given.value) : '';
        if (parse(input.value) !== given?.value || given === undefined) {
          input.value = shown;
        }
      },
    };
  };
}

const CONTROLS = {
  bool: yesNo,
  choice,
  date: typed('date', (text) => (text === '' ? undefined : text)),
  int: typed('number', (text) => (text === '' ? undefined : Number(text))),
  decimal: typed('number', (text) => (text === '' ? undefined : Number(text))),
  text: typed('text', (text) => (text.trim() === '' ? undefined : text)),
};
