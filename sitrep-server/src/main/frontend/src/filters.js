// The filters every view shares: one form, one state object, listeners called when it changes. The form, a brush
// on the timeline and a click on a speaker all change the same state, so every view always shows the same slice.
const listeners = [];
let current = {};
let form = null;

export function filters() {
  return { ...current };
}

export function onFiltersChange(listener) {
  listeners.push(listener);
}

function publish() {
  const f = filters();
  listeners.forEach((l) => l(f));
}

export function bindFilterForm(element) {
  form = element;
  const read = () => {
    const next = {};
    for (const [key, value] of new FormData(form).entries()) if (String(value).trim()) next[key] = String(value).trim();
    current = next;
    publish();
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    read();
  });
  form.addEventListener("reset", () => setTimeout(read, 0));
  read();
}

/** Changes some filters (null clears one), shows them in the form, and redraws every view. */
export function setFilters(changes) {
  for (const [key, value] of Object.entries(changes)) {
    const input = form && form.elements.namedItem(key);
    if (input) input.value = value ?? "";
    if (value) current[key] = String(value);
    else delete current[key];
  }
  publish();
}

/** Only the filters an endpoint accepts (the API refuses unknown parameters). */
export function pick(f, names) {
  const out = {};
  for (const n of names) if (f[n]) out[n] = f[n];
  return out;
}
