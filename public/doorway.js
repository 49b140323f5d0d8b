// The bare address (src/pages/index.astro) sends the reader on to the home page in the first of
// the two official languages their browser asks for; without JavaScript the page offers both.
(() => {
  const wanted = (navigator.languages?.length ? navigator.languages : [navigator.language]).find((l) =>
    /^(en|fr)\b/i.test(l),
  );
  location.replace(wanted && /^fr/i.test(wanted) ? '/fr/' : '/en/');
})();
