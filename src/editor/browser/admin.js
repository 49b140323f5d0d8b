// Starts the web editor (Decap CMS) in the editor's language: ?lang=fr or ?lang=en, else the
// browser's. The configuration is made from the schemas at build time (src/editor/).
(function () {
  const CMS = window.CMS;
  const h = window.h;
  const createClass = window.createClass;
  const asked = new URLSearchParams(location.search).get('lang');
  const lang = asked === 'fr' || asked === 'en' ? asked : /^fr\b/i.test(navigator.language || '') ? 'fr' : 'en';
  document.documentElement.lang = lang;

  // `lang` of a translated entry: each half of the form writes one file, whose language is that
  // half's, so the field takes it rather than asking (a mismatch is an error of npm run check).
  const LangControl = createClass({
    componentDidMount() {
      this.sync();
    },
    componentDidUpdate() {
      this.sync();
    },
    sync() {
      const want = this.props.locale || 'en';
      if (this.props.value !== want) this.props.onChange(want);
    },
    render() {
      return h('output', { id: this.props.forID, className: this.props.classNameWrapper }, this.props.locale || 'en');
    },
  });
  CMS.registerWidget('relais-lang', LangControl, (props) => h('span', null, props.value));

  // The preview pane: the site's own stylesheets, and the entry laid out as the site's pages are.
  for (const link of document.querySelectorAll('link[rel="relais-preview-style"]')) CMS.registerPreviewStyle(link.href);
  const Preview = createClass({
    render() {
      const entry = this.props.entry;
      const data = entry.get('data');
      const title = data.get('title') || data.get('name') || '';
      const summary = data.get('summary');
      return h(
        'main',
        { lang: data.get('lang') || lang, className: 'relais-preview' },
        h('h1', null, title),
        summary ? h('p', { className: 'lede' }, summary) : null,
        this.props.widgetFor('body'),
      );
    },
  });
  for (const name of ['practices', 'methods', 'outcomes', 'meetings', 'requests', 'groups'])
    CMS.registerPreviewTemplate(name, Preview);

  const config = `config.${lang}.yml`;
  fetch(config, { credentials: 'same-origin' })
    .then((r) => r.text())
    .then((text) => {
      // Not connected to a git host (and not served by `npm run editor`): say so instead of
      // showing Decap's configuration error.
      if (!/^(backend|local_backend):/m.test(text)) {
        const notice = document.getElementById('relais-not-connected');
        const page = notice.content.cloneNode(true);
        // Styled through the DOM, which a Content-Security-Policy without inline styles allows.
        Object.assign(page.querySelector('main').style, {
          maxWidth: '40rem',
          margin: '2rem auto',
          font: '1rem/1.5 system-ui, sans-serif',
          padding: '0 1rem',
        });
        document.body.append(page);
        return;
      }
      const link = document.createElement('link');
      link.rel = 'cms-config-url';
      link.type = 'text/yaml';
      link.href = config;
      document.head.append(link);
      CMS.init();
    });
})();
