// The chat page: Web Chat (wwwroot/lib/webchat.js, from npm) over our own Direct Line 3.0 server at /v3/directline.
//
// - A token comes from POST /api/chat/token (the Direct Line secret never reaches the browser); DirectLineJS refreshes
//   it itself through /v3/directline/tokens/refresh.
// - {token, conversationId} are kept in sessionStorage, so a reload resumes the conversation: without a watermark the
//   server replays every activity. If the conversation cannot be resumed (token rejected, failed to connect, ended),
//   the saved session is dropped and a new conversation starts.
// - The language switch re-renders Web Chat in the new locale with the same store and Direct Line object (nothing is
//   lost), and tells the bot with an event activity "policyrules/setLanguage".
// - Large-text mode: bigger fonts and targets, remembered in localStorage.
// - 删除我的数据: the bot ends the conversation (endOfConversation) and our Direct Line server erases it; the page drops
//   it at once too, says so, and starts a new conversation.
// - On a narrow screen (a phone) Web Chat drops the avatars so that bubbles and answer buttons get the width.

const SESSION_KEY = 'policyrules.chat.session';
const LANGUAGE_KEY = 'policyrules.chat.language';
const LARGE_TEXT_KEY = 'policyrules.chat.largeText';
const LANGUAGE_EVENT = 'policyrules/setLanguage';

// DirectLineJS ConnectionStatus values.
const ONLINE = 2;
const EXPIRED_TOKEN = 3;
const FAILED_TO_CONNECT = 4;
const ENDED = 5;

const LANGUAGES = {
  zh: {
    htmlLang: 'zh-CN',
    locale: 'zh-CN',
    eventValue: 'zh-CN',
    texts: {
      title: '门头沟区政策助手',
      serviceName: '门头沟区政策助手',
      tagline: '政策咨询',
      largeText: '大字模式',
      languageGroup: '语言 / Language',
      notice: '回答几个问题，了解您能办什么、要带哪些材料、到哪里办。结果仅供参考，以办理部门审核为准。',
      chatRegion: '对话',
      skipToChat: '跳到对话',
      loading: '正在连接……',
      failed: '暂时连接不上，请稍后刷新页面再试。',
      placeholder: '在这里输入回答，或点上面的按钮',
      placeholderNarrow: '输入回答，或点按钮',
      dataDeleted: '您在这次对话中的回答和聊天记录已删除。下面是一段新的对话。',
    },
  },
  en: {
    htmlLang: 'en',
    locale: 'en-US',
    eventValue: 'en',
    texts: {
      title: 'Mentougou Policy Assistant',
      serviceName: 'Mentougou Policy Assistant',
      tagline: 'Policy enquiries',
      largeText: 'Large text',
      languageGroup: '语言 / Language',
      notice: 'Answer a few questions to find out what you can apply for, what to bring and where to go. The result is an estimate; the office in charge decides.',
      chatRegion: 'Chat',
      skipToChat: 'Skip to the chat',
      loading: 'Connecting…',
      failed: 'We cannot connect right now. Please reload the page in a moment.',
      placeholder: 'Type your answer here, or press a button above',
      placeholderNarrow: 'Type, or press a button',
      dataDeleted: 'Your answers and the messages of that conversation have been deleted. This is a new conversation.',
    },
  },
};

const host = document.getElementById('webchat');
const languageButtons = { zh: document.getElementById('lang-zh'), en: document.getElementById('lang-en') };
const largeTextButton = document.getElementById('large-text');
const narrowScreen = window.matchMedia('(max-width: 600px)');

const state = {
  language: readLocal(LANGUAGE_KEY) === 'en' ? 'en' : 'zh',
  largeText: readLocal(LARGE_TEXT_KEY) === '1',
  /** The current conversation: its Direct Line object, Web Chat store, element and status subscription. */
  chat: null,
};

function readLocal(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeLocal(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

function readSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    if (saved && typeof saved.token === 'string' && typeof saved.conversationId === 'string') {
      return saved;
    }
  } catch {
    // Unreadable: start a new conversation.
  }
  return null;
}

function writeSession(token, conversationId) {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token, conversationId }));
  } catch {
    // Without sessionStorage a reload starts a new conversation.
  }
}

function clearSession() {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // Nothing saved.
  }
}

function texts() {
  return LANGUAGES[state.language].texts;
}

/** The page chrome: lang, title, labels and the pressed state of the toggles. */
function applyChrome() {
  const language = LANGUAGES[state.language];
  document.documentElement.lang = language.htmlLang;
  document.title = language.texts.title;
  for (const element of document.querySelectorAll('[data-text]')) {
    const text = language.texts[element.dataset.text];
    if (text) {
      element.textContent = text;
    }
  }
  for (const element of document.querySelectorAll('[data-label]')) {
    const text = language.texts[element.dataset.label];
    if (text) {
      element.setAttribute('aria-label', text);
    }
  }
  document.querySelector('.language').setAttribute('aria-label', language.texts.languageGroup);
  for (const [key, button] of Object.entries(languageButtons)) {
    button.setAttribute('aria-pressed', String(key === state.language));
  }
  largeTextButton.setAttribute('aria-pressed', String(state.largeText));
  document.body.classList.toggle('large-text', state.largeText);
}

function styleOptions() {
  const narrow = narrowScreen.matches;
  const common = {
    accent: '#0a5c9e',
    primaryFont: "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', system-ui, sans-serif, 'Noto Color Emoji'",
    // No initials means no avatars: on a phone their gutter would take a sixth of the width.
    botAvatarInitials: narrow ? undefined : '助',
    userAvatarInitials: narrow ? undefined : state.language === 'en' ? 'Me' : '我',
    botAvatarBackgroundColor: '#0a5c9e',
    userAvatarBackgroundColor: '#5c6b78',
    bubbleBorderRadius: 8,
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBackground: '#e3effa',
    bubbleFromUserBorderColor: '#b8d3ea',
    bubbleMaxWidth: 640,
    // Every answer button stays visible (wrapping onto more lines) instead of scrolling sideways in a carousel; the
    // buttons' own text wraps too, and their height follows it (site.css).
    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 6,
    suggestedActionTextColor: '#06416f',
    suggestedActionBorderColor: '#0a5c9e',
    sendBoxTextWrap: true,
    hideUploadButton: true,
    timestampFormat: 'absolute',
  };
  if (!state.largeText) {
    return common;
  }
  // The fonts follow #webchat's font-size (24px in large-text mode, see site.css); sizes here are in pixels.
  return {
    ...common,
    avatarSize: 52,
    bubbleMinHeight: 64,
    bubbleMaxWidth: 760,
    bubbleMinWidth: narrow ? 0 : 280,
    fontSizeSmall: '85%',
    paddingRegular: narrow ? 10 : 14,
    paddingWide: narrow ? 14 : 28,
    sendBoxHeight: 64,
    sendBoxMaxHeight: 260,
    suggestedActionBorderWidth: 3,
  };
}

function localizedStrings() {
  return { TEXT_INPUT_PLACEHOLDER: narrowScreen.matches ? texts().placeholderNarrow : texts().placeholder };
}

function render() {
  const chat = state.chat;
  if (!chat) {
    return;
  }
  window.WebChat.renderWebChat(
    {
      directLine: chat.directLine,
      store: chat.store,
      locale: LANGUAGES[state.language].locale,
      styleOptions: styleOptions(),
      overrideLocalizedStrings: localizedStrings(),
    },
    chat.element,
  );
}

function showStatus(text, isError) {
  let status = document.getElementById('status');
  if (!status) {
    status = document.createElement('p');
    status.id = 'status';
    status.className = 'status';
    status.setAttribute('role', 'status');
    host.prepend(status);
  }
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
  status.hidden = false;
}

function hideStatus() {
  const status = document.getElementById('status');
  if (status) {
    status.hidden = true;
  }
}

/** A message from the page itself above the conversation (e.g. that the data was deleted), in the chat's live region. */
function showNotice(text) {
  let notice = document.getElementById('chat-notice');
  if (!notice) {
    notice = document.createElement('p');
    notice.id = 'chat-notice';
    notice.className = 'chat-notice';
    notice.setAttribute('role', 'status');
    host.prepend(notice);
  }
  notice.textContent = text;
  notice.hidden = false;
}

function hideNotice() {
  const notice = document.getElementById('chat-notice');
  if (notice) {
    notice.hidden = true;
  }
}

async function fetchToken() {
  const response = await fetch('/api/chat/token', { method: 'POST', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`POST /api/chat/token answered ${response.status}`);
  }
  const body = await response.json();
  if (typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new Error('POST /api/chat/token returned no token');
  }
  return body;
}

/** Resumes the saved conversation, or starts a new one. */
async function connect() {
  let options;
  const saved = readSession();
  if (saved) {
    // No watermark: the server replays the whole conversation into the fresh Web Chat.
    options = { token: saved.token, conversationId: saved.conversationId };
  } else {
    const issued = await fetchToken();
    writeSession(issued.token, issued.conversationId);
    // The token names the conversation; DirectLineJS starts it with POST /conversations, and the bot greets.
    options = { token: issued.token };
  }

  const directLine = window.WebChat.createDirectLine({
    domain: `${window.location.origin}/v3/directline`,
    webSocket: true,
    conversationStartProperties: { locale: LANGUAGES[state.language].locale },
    ...options,
  });
  const chat = { directLine, store: null, element: null, subscription: null, replaced: false };
  chat.store = window.WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload?.activity?.type === 'endOfConversation') {
      // The bot ended the conversation (删除我的数据) and the server has erased it: so does the page, at once. Web Chat
      // has no renderer for endOfConversation, so the activity goes no further.
      clearSession();
      window.setTimeout(() => startOver(chat, texts().dataDeleted));
      return undefined;
    }
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY' && action.payload?.activity?.type === 'message') {
      hideNotice();
    }
    return next(action);
  });
  chat.element = document.createElement('div');
  chat.element.className = 'webchat-root';
  host.append(chat.element);

  chat.subscription = directLine.connectionStatus$.subscribe((status) => onConnectionStatus(chat, status));
  state.chat = chat;
  render();
}

function onConnectionStatus(chat, status) {
  if (chat !== state.chat || chat.replaced) {
    return;
  }
  if (status === ONLINE) {
    hideStatus();
    // DirectLineJS refreshes its token every 15 minutes and on reconnect; keep the newest for a reload.
    if (typeof chat.directLine.token === 'string' && chat.directLine.conversationId) {
      writeSession(chat.directLine.token, chat.directLine.conversationId);
    }
  } else if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED) {
    startOver(chat);
  }
}

/**
 * The conversation cannot go on (token rejected, failed to connect, or ended): start a new one; a notice, when given,
 * stays above it until the person next says something.
 */
async function startOver(chat, notice) {
  if (chat.replaced) {
    return;
  }
  chat.replaced = true;
  clearSession();
  chat.subscription?.unsubscribe();
  try {
    chat.directLine.end();
  } catch {
    // Already closed.
  }
  chat.element.remove();
  state.chat = null;
  if (notice) {
    showNotice(notice);
  }
  showStatus(texts().loading);
  try {
    await connect();
  } catch (error) {
    console.error(error);
    showStatus(texts().failed, true);
  }
}

function setLanguage(language) {
  if (language === state.language) {
    return;
  }
  state.language = language;
  writeLocal(LANGUAGE_KEY, language);
  applyChrome();
  const chat = state.chat;
  if (!chat) {
    return;
  }
  // Same store and Direct Line object: Web Chat re-renders its strings in the new locale and keeps the conversation.
  render();
  const { locale, eventValue } = LANGUAGES[language];
  // Outgoing activities carry the new locale from now on (also set by Web Chat when it sees the new prop).
  chat.store.dispatch({ type: 'WEB_CHAT/SET_LANGUAGE', payload: { language: locale } });
  chat.store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: LANGUAGE_EVENT, value: eventValue } });
}

function setLargeText(on) {
  state.largeText = on;
  writeLocal(LARGE_TEXT_KEY, on ? '1' : '0');
  applyChrome();
  render();
}

languageButtons.zh.addEventListener('click', () => setLanguage('zh'));
languageButtons.en.addEventListener('click', () => setLanguage('en'));
largeTextButton.addEventListener('click', () => setLargeText(!state.largeText));
narrowScreen.addEventListener('change', render);

applyChrome();
if (!window.WebChat) {
  showStatus(texts().failed, true);
} else {
  connect().catch((error) => {
    console.error(error);
    showStatus(texts().failed, true);
  });
}
