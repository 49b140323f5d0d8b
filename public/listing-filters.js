// Practice listings (src/components/PracticeBrowser.astro): on a phone the filter links would push
// the practices two screens down, so their panel starts closed there. Open for everyone else, and
// for readers without JavaScript. Runs right after the panel, before the page is first painted.
for (const panel of document.querySelectorAll('details[data-closed-on-phones]'))
  panel.open = matchMedia('(min-width: 48rem)').matches;
