// A small helper to build elements: el('p', { class: 'x', text: 'hello' }, child, …).

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'text') {
      element.textContent = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A citation as the texts write it: 门政办发〔2017〕27号 四(一)1. */
export function clauseText(citation) {
  return citation ? `${citation.document} ${citation.clause}` : '';
}
