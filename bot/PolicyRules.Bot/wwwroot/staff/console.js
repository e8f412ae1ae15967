// The counter console (/staff): a clerk chooses an area and its programs, enters the applicant's situation in a form
// generated from the programs' variables, and reads the report beside it, which updates as fields are filled
// (debounced POST /api/evaluate, with POST /api/explain for the explanation tree); then prints the one-time notice
// (POST /api/notice) or saves it as a PDF. A second view holds the lookups a clerk makes between cases: policy search
// and whether a permit is still required (lookup.js).
//
// Works for every area of the library without code of its own: areas from GET /api/areas, programs from
// GET /api/programs, fields from GET /api/variables?program=…. What the clerk types stays in this page: it is sent only
// to be evaluated, and neither the page nor the server keeps it.

import { CaseForm } from './form.js';
import { renderReport, summarize } from './report.js';
import { fetchNotice, downloadPdf, renderNotice } from './notice.js';
import { Lookup, SEARCH_LIMIT, searchResults, permitResults } from './lookup.js';
import { TEXTS, format } from './texts.js';

const LANGUAGE_KEY = 'policyrules.staff.language';
const EVALUATE_DELAY_MS = 250;

const $ = (id) => document.getElementById(id);

const state = {
  language: readLanguage(),
  areas: [],
  programs: [],
  area: null,
  chosen: new Set(),
  date: null,
  received: new Set(),
  report: null,
  explained: new Map(),
  timer: 0,
  sequence: 0,
};

const form = new CaseForm($('case-form'), () => scheduleEvaluation());

const lookups = [
  new Lookup($('search-form'), {
    url: (query) => `/api/search?q=${encodeURIComponent(query)}&limit=${SEARCH_LIMIT}`,
    render: (body, t) => searchResults(body, t, (id) => state.programs.find((p) => p.id === id)?.title ?? id),
    count: (body) => body.results.length,
    emptyQuery: 'emptySearch',
  }, texts),
  new Lookup($('permit-form'), {
    url: (query, t) => `/api/permits?q=${encodeURIComponent(query)}&lang=${t.apiLang}`,
    render: permitResults,
    count: (body) => body.results.length,
  }, texts),
];

function texts() {
  return TEXTS[state.language];
}

function readLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}`);
  }
  return response.json();
}

function applyChrome() {
  const t = texts();
  document.documentElement.lang = t.htmlLang;
  document.title = t.title;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t[element.dataset.text] ?? element.textContent;
  }
  for (const element of document.querySelectorAll('[data-placeholder]')) {
    element.placeholder = t[element.dataset.placeholder] ?? element.placeholder;
  }
  document.querySelector('.language').setAttribute('aria-label', t.languageGroup);
  document.querySelector('.views').setAttribute('aria-label', t.viewsGroup);
  $('lang-zh').setAttribute('aria-pressed', String(state.language === 'zh'));
  $('lang-en').setAttribute('aria-pressed', String(state.language === 'en'));
}

/** Loads the areas and programs in the console's language and shows the chosen area (the first, at the start). */
async function load() {
  const lang = texts().apiLang;
  [state.areas, state.programs] = await Promise.all([getJson(`/api/areas?lang=${lang}`), getJson(`/api/programs?lang=${lang}`)]);
  const select = $('area');
  select.replaceChildren(...state.areas.map((area) => new Option(area.title, area.id)));
  await chooseArea(state.area ?? state.areas[0]?.id, { keepChoices: state.area !== null });
}

async function chooseArea(id, { keepChoices = false } = {}) {
  const area = state.areas.find((a) => a.id === id);
  if (!area) {
    return;
  }
  if (!keepChoices) {
    state.area = area.id;
    state.chosen = new Set(area.programs);
    state.date = area.date;
    state.received.clear();
  }
  $('area').value = area.id;
  $('date').value = state.date;
  renderProgramChoices(area);
  await renderForm();
}

function renderProgramChoices(area) {
  const list = $('program-list');
  list.replaceChildren(
    ...area.programs.map((id) => {
      const program = state.programs.find((p) => p.id === id);
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = `p-${id}`.replace(/[^A-Za-z0-9-]/g, '-');
      box.checked = state.chosen.has(id);
      box.addEventListener('change', () => {
        if (box.checked) {
          state.chosen.add(id);
        } else {
          state.chosen.delete(id);
        }
        updateProgramsSummary(area);
        renderForm();
      });
      const label = document.createElement('label');
      label.className = 'choice';
      label.htmlFor = box.id;
      label.append(box, ` ${program?.title ?? id}`);
      return label;
    }),
  );
  updateProgramsSummary(area);
}

function updateProgramsSummary(area) {
  $('programs-summary').textContent = format(texts().programsSummary, state.chosen.size, area.programs.length);
}

/** The form for the variables of the chosen programs, each once (a program's listing gives its area's reasons). */
async function renderForm() {
  const lang = texts().apiLang;
  const listings = await Promise.all([...state.chosen].map((id) => getJson(`/api/variables?program=${encodeURIComponent(id)}&lang=${lang}`)));
  const variables = new Map();
  for (const variable of listings.flat()) {
    variables.set(variable.id, variables.get(variable.id) ?? variable);
  }
  form.render([...variables.values()], texts(), state.language);
  evaluate();
}

/** The report is busy from the first keystroke until the report for the latest answers is shown. */
function setBusy(busy) {
  document.querySelector('.report').setAttribute('aria-busy', String(busy));
}

function scheduleEvaluation() {
  clearTimeout(state.timer);
  setBusy(true);
  state.timer = setTimeout(evaluate, EVALUATE_DELAY_MS);
}

function caseFile(except) {
  return { date: state.date, locale: texts().apiLang, facts: form.facts(except) };
}

/**
 * Evaluates the case. Mistakes come back as the server's problem ({ errors: [{ variable, message }] }): they are shown
 * beside their fields, and the case is evaluated again without them, so the report follows every other answer.
 */
async function evaluate() {
  clearTimeout(state.timer);
  const sequence = ++state.sequence;
  const t = texts();
  setBusy(true);
  if (state.chosen.size === 0) {
    showReport([], t.noProgramsChosen);
    return;
  }
  $('summary').textContent = t.evaluating;
  const rejected = new Set();
  let errors = [];
  try {
    for (;;) {
      const body = JSON.stringify(caseFile(rejected));
      // The same case explained, asked at once so the tree costs no extra wait; the report's own reasons stand in if it fails.
      const [response, explanation] = await Promise.all([postCase('evaluate', body), postCase('explain', body).then(explanationOf).catch(() => null)]);
      if (sequence !== state.sequence) {
        return;
      }
      const answer = await response.json();
      if (response.ok) {
        state.report = answer;
        state.explained = new Map((explanation?.programs ?? []).map((p) => [p.id, p]));
        break;
      }
      const named = (answer.errors ?? []).filter((e) => !rejected.has(e.variable) && Object.hasOwn(form.facts(), e.variable));
      errors = [...errors, ...(answer.errors ?? [])];
      if (named.length === 0) {
        throw new Error(answer.detail ?? answer.title);
      }
      named.forEach((e) => rejected.add(e.variable));
    }
  } catch (error) {
    if (sequence === state.sequence) {
      showReport([], error.message || t.failed);
    }
    return;
  }
  const unplaced = form.setErrors(errors);
  const programs = state.report.programs.filter((p) => state.chosen.has(p.id));
  const messages = [rejected.size > 0 ? format(t.inputErrors, rejected.size) : null, ...unplaced.map((e) => `${e.variable}: ${e.message}`)].filter(Boolean);
  showReport(programs, messages.join(' '));
}

function postCase(endpoint, body) {
  return fetch(`/api/${endpoint}?lang=${texts().apiLang}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body,
  });
}

async function explanationOf(response) {
  return response.ok ? response.json() : null;
}

function showReport(programs, problem) {
  const t = texts();
  setBusy(false);
  const open = programs.filter((p) => p.status === 'undetermined' || p.missing.length > 0);
  form.setRelevant(new Set(open.flatMap((p) => p.missing)));
  $('summary').textContent = programs.length > 0 ? summarize(programs, t) : '';
  $('problems').hidden = !problem;
  $('problems').textContent = problem ?? '';
  renderReport($('report-programs'), programs, {
    texts: t,
    explained: state.explained,
    received: state.received,
    onReceived: () => {},
    labelOf: (id) => form.labelOf(id),
    focusField: (id) => form.focus(id),
  });
}

async function openNotice() {
  const t = texts();
  const problem = $('notice-problem');
  problem.hidden = true;
  if (state.chosen.size === 0) {
    return;
  }
  try {
    const notice = await fetchNotice(noticeRequest(), t.apiLang);
    renderNotice($('notice-sheet'), notice, t.colon);
  } catch (error) {
    $('problems').hidden = false;
    $('problems').textContent = format(t.noticeFailed, error.message);
    return;
  }
  showView('notice');
  $('notice-print').focus();
}

function closeNotice() {
  showView('case');
  $('print-notice').focus();
}

/** Shows one of the views: the case (form and report), the lookups, or the notice's preview. */
function showView(view) {
  $('console').hidden = view !== 'case';
  $('print-notice').hidden = view !== 'case';
  $('lookup-view').hidden = view !== 'lookup';
  $('notice-view').hidden = view !== 'notice';
  $('view-case').setAttribute('aria-pressed', String(view !== 'lookup'));
  $('view-lookup').setAttribute('aria-pressed', String(view === 'lookup'));
}

function noticeRequest() {
  // Answers the server rejected are left out, as in the report.
  const rejected = new Set([...document.querySelectorAll('.field.invalid')].map((f) => f.dataset.variable));
  return { ...caseFile(rejected), programs: [...state.chosen], received: [...state.received] };
}

async function savePdf() {
  const t = texts();
  const problem = $('notice-problem');
  problem.hidden = true;
  try {
    await downloadPdf(noticeRequest(), t.apiLang);
  } catch (error) {
    problem.hidden = false;
    problem.textContent = format(t.pdfUnavailable, error.message);
  }
}

async function setLanguage(language) {
  if (language === state.language) {
    return;
  }
  state.language = language;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // The choice lasts for this page only.
  }
  applyChrome();
  await load();
  if (!$('notice-view').hidden) {
    await openNotice();
  }
  await Promise.all(lookups.filter((lookup) => lookup.shown).map((lookup) => lookup.run(texts())));
}

$('area').addEventListener('change', (event) => chooseArea(event.target.value));
$('date').addEventListener('change', (event) => {
  state.date = event.target.value || state.areas.find((a) => a.id === state.area).date;
  scheduleEvaluation();
});
$('date-reset').addEventListener('click', () => {
  state.date = state.areas.find((a) => a.id === state.area).date;
  $('date').value = state.date;
  evaluate();
});
$('programs-all').addEventListener('click', () => {
  const area = state.areas.find((a) => a.id === state.area);
  state.chosen = new Set(area.programs);
  renderProgramChoices(area);
  renderForm();
});
$('programs-none').addEventListener('click', () => {
  state.chosen.clear();
  renderProgramChoices(state.areas.find((a) => a.id === state.area));
  renderForm();
});
$('show-all').addEventListener('change', (event) => form.setShowAll(event.target.checked));
$('new-case').addEventListener('click', () => {
  state.received.clear();
  form.clear();
});
$('print-notice').addEventListener('click', openNotice);
$('notice-print').addEventListener('click', () => window.print());
$('notice-pdf').addEventListener('click', savePdf);
$('notice-close').addEventListener('click', closeNotice);
$('view-case').addEventListener('click', () => showView('case'));
$('view-lookup').addEventListener('click', () => {
  showView('lookup');
  $('search-query').focus();
});
$('lang-zh').addEventListener('click', () => setLanguage('zh'));
$('lang-en').addEventListener('click', () => setLanguage('en'));

applyChrome();
load().catch((error) => {
  console.error(error);
  $('summary').textContent = texts().failed;
});
