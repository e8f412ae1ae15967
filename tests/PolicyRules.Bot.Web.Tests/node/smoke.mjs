// Drives the bot through the official botframework-directlinejs client: a full primary-school enrolment screening
// for a Mentougou-hukou child, answering each question by its variable id the way a person would (clicking the
// suggested action, or typing a date). Exits 0 only when the result card arrives with its report.
//
//   node smoke.mjs --origin http://127.0.0.1:5000 --transport websocket|polling --locale zh-CN|en-US [--secret S]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const { values: args } = parseArgs({
  options: {
    origin: { type: 'string' },
    transport: { type: 'string', default: 'polling' },
    locale: { type: 'string', default: 'zh-CN' },
    secret: { type: 'string' },
  },
});
const english = args.locale.startsWith('en');

// What this family would answer, by variable id: a choice value to click, or words to type.
const answers = {
  'child.stage': { click: 'primary' },
  'child.hukou': { click: 'mentougou' },
  'child.birthDate': { type: english ? 'Aug 31 2011' : '2011年8月31日' },
  'child.preferenceStatus': { click: 'none' },
  'child.disability': { click: 'none' },
};
const firstMessage = english ? 'a question about school' : '想问孩子上学的事';

function fail(message) {
  console.error(`FAIL (${args.transport}, ${args.locale}): ${message}`);
  process.exit(1);
}

setTimeout(() => fail('the screening did not finish within 90 s'), 90_000).unref();

async function credentials() {
  if (args.secret) {
    return { secret: args.secret };
  }
  const response = await fetch(`${args.origin}/api/chat/token`, { method: 'POST' });
  if (!response.ok) fail(`/api/chat/token answered ${response.status}`);
  const { token } = await response.json();
  return { token };
}

const directLine = new DirectLine({
  ...(await credentials()),
  domain: `${args.origin}/v3/directline`,
  webSocket: args.transport === 'websocket',
  pollingInterval: 200,
  conversationStartProperties: { locale: args.locale },
});

let finished = false;
directLine.connectionStatus$.subscribe((status) => {
  if (!finished && (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.Ended)) {
    fail(`connection status ${status}`);
  }
});

const sent = new Map(); // clientActivityID -> id returned by postActivity
const echoed = new Set(); // clientActivityIDs seen coming back
const seenIds = new Set(); // ids of user activities seen in the stream
let questions = 0;

function say(text) {
  const clientActivityID = `smoke-${Math.random().toString(36).slice(2)}`;
  directLine
    .postActivity({
      type: 'message',
      from: { id: 'dl_smoke', name: 'smoke' },
      locale: args.locale,
      text,
      channelData: { clientActivityID },
    })
    .subscribe(
      (id) => {
        if (!id || id === 'retry') fail(`postActivity returned ${id}`);
        sent.set(clientActivityID, id);
      },
      (error) => fail(`postActivity failed: ${error.message}`),
    );
}

function answer(activity) {
  const question = activity.channelData.policyRules;
  const planned = answers[question.question];
  const buttons = activity.suggestedActions?.actions ?? [];
  if (planned?.type) return say(planned.type);
  if (planned?.click) {
    const label = question.choices?.find((choice) => choice.value === planned.click)?.label;
    const button = buttons.find((action) => action.title === label);
    if (!button) fail(`no button for ${planned.click} on ${question.question}: ${buttons.map((b) => b.title).join(', ')}`);
    return say(button.value);
  }
  if (question.type === 'bool' && buttons.length >= 2) return say(buttons[1].value); // 否 / No
  fail(`unplanned question ${question.question} (${question.type}): ${activity.text}`);
}

directLine.activity$.subscribe((activity) => {
  if (activity.from.role === 'user') {
    const clientActivityID = activity.channelData?.clientActivityID;
    if (!activity.id || !clientActivityID) fail('a user activity came back without its id or clientActivityID');
    echoed.add(clientActivityID);
    seenIds.add(activity.id);
    return;
  }
  if (activity.replyToId && !seenIds.has(activity.replyToId)) {
    fail(`reply to an activity the client never saw: ${activity.replyToId}`);
  }
  const report = activity.channelData?.policyRules?.report;
  if (report) {
    const eligible = report.programs.filter((program) => program.status === 'eligible').map((program) => program.id);
    const card = activity.text ?? '';
    if (!eligible.includes('school-enrolment.primary.local')) fail(`expected primary.local eligible, got ${eligible.join(', ')}`);
    if (!card.includes('门政办发〔2017〕26号')) fail('the result card cites no clause');
    if (!card.includes(english ? 'Eligible' : '符合')) fail('the result card does not say eligible');
    const unechoed = [...sent.keys()].filter((id) => !echoed.has(id));
    if (unechoed.length > 0) fail(`${unechoed.length} sent activities were never echoed`);
    console.log(`screening complete over ${args.transport} (${args.locale}): ${questions} questions, ${sent.size} messages sent and echoed; eligible: ${eligible.join(', ')}`);
    finished = true;
    directLine.end();
    process.exit(0);
  }
  if (activity.channelData?.policyRules?.question) {
    questions++;
    answer(activity);
  } else if (!sent.size && activity.suggestedActions) {
    say(firstMessage); // the greeting's menu: say what we came for
  }
});
