// The colour scheme switch and the phone menu (src/components/frame/). Loaded in <head>, before the
// page is painted, so a reader's chosen scheme shows from the first frame; everything else waits
// for the events it listens to.
(() => {
  const KEY = 'relais-theme';
  const root = document.documentElement;
  const choice = (value) => (value === 'light' || value === 'dark' ? value : 'auto');
  let saved = 'auto';
  try {
    saved = choice(localStorage.getItem(KEY));
  } catch {
    // Storage refused (private mode, policy): the system's scheme it is.
  }
  const apply = (value) => {
    if (value === 'auto') delete root.dataset.theme;
    else root.dataset.theme = value;
  };
  apply(saved);

  // The switch is hidden for readers without JavaScript, who could not keep a choice anyway.
  document.addEventListener('DOMContentLoaded', () => {
    for (const box of document.querySelectorAll('[data-theme-switch]')) {
      box.querySelector('select').value = saved;
      box.hidden = false;
    }
  });
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.closest('[data-theme-switch]')) return;
    saved = choice(select.value);
    try {
      if (saved === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, saved);
    } catch {
      // Not kept for the next page; this one still changes.
    }
    apply(saved);
    for (const other of document.querySelectorAll('[data-theme-switch] select')) other.value = saved;
  });

  // The phone menu is a <details> element and works without this; with it, Escape closes the menu
  // (focus back on its button) and so does a click anywhere else.
  const openMenu = () => document.querySelector('details[data-menu][open]');
  document.addEventListener('keydown', (event) => {
    const menu = event.key === 'Escape' && openMenu();
    if (!menu) return;
    menu.open = false;
    menu.querySelector('summary').focus();
  });
  document.addEventListener('click', (event) => {
    const menu = openMenu();
    if (menu && !menu.contains(event.target)) menu.open = false;
  });
})();
