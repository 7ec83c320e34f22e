/// The pages' own styles, after the report stylesheet: large targets, a visible focus ring,
/// contrast of at least 4.5:1, one column on a phone, nothing that breaks at 200% zoom.
let pageStylesheet = """
    body { margin: 0; }
    .skip-link { position: absolute; left: -9999px; top: 0; background: #fff; color: #00338d; padding: .5rem 1rem; }
    .skip-link:focus { left: .5rem; top: .5rem; z-index: 10; }
    header.site, footer.site { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem;
      padding: .5rem 1rem; background: #f2f4f7; color: #1a1a1a; }
    footer.site { margin-top: 3rem; font-size: .9rem; }
    header.site a.home { font-weight: bold; font-size: 1.2rem; }
    header.site form.sign-out { margin: 0; }
    /* The language switch and "Afmelden" side by side at the right, "Kader" alone at the left. */
    header.site nav { margin-left: auto; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    a { color: #00338d; }
    a:focus, button:focus, input:focus, textarea:focus, select:focus, summary:focus {
      outline: 3px solid #b35900; outline-offset: 2px; }
    button { font: inherit; padding: .5rem 1rem; border: 2px solid #00338d; border-radius: 4px; \
    background: #00338d; color: #fff; cursor: pointer; }
    button.secondary { background: #fff; color: #00338d; }
    input[type=text], input[type=date], input[type=number], input[type=email], input[type=password], textarea { \
    font: inherit; padding: .4rem; border: 1px solid #555; border-radius: 3px;
      max-width: 100%; box-sizing: border-box; }
    textarea { width: 100%; min-height: 3rem; }
    label { cursor: pointer; }
    article.framework, article.framework-failed { border: 1px solid #767676; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
    article.framework-failed { border-color: #a30000; }
    article.framework { padding-bottom: 1rem; }
    article.framework details { margin: .5rem 0 1rem; }
    ul.diagnostics code.location { font-weight: bold; }
    .table-scroll { overflow-x: auto; }
    /* Report tables wrap rather than scroll: a scrolling table needs keyboard focus (WCAG 2.1.1). */
    #report table { width: 100%; }
    #report th, #report td, #report li, #report p, #report h2, #report h3 { overflow-wrap: anywhere; }
    #report svg, #report img { max-width: 100%; height: auto; }
    #report pre { white-space: pre-wrap; }
    #report * { min-width: 0; max-width: 100%; box-sizing: border-box; }
    #resume-link a { overflow-wrap: anywhere; }
    table#scan-list { border-collapse: collapse; width: 100%; }
    table#scan-list th, table#scan-list td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ccc; }
    table#scan-list caption { text-align: left; }
    table#people, table#answer-log { border-collapse: collapse; width: 100%; margin: 1.5rem 0; }
    table#people th, table#people td, table#answer-log th, table#answer-log td { text-align: left; vertical-align: top;
      padding: .3rem .5rem; border-bottom: 1px solid #ccc; overflow-wrap: anywhere; }
    .field { margin: 1rem 0; }
    .field label { display: block; font-weight: bold; margin-bottom: .25rem; }
    /* A field of one line: the width of a phone, no wider than a line needs; a page's own width (the room's code) wins. */
    :where(.field) :where(input[type=text], input[type=email], input[type=password], select) { width: min(100%, 30rem); }
    .error-message { color: #a30000; font-weight: bold; border-left: 4px solid #a30000; padding: .25rem .75rem; }
    .hint { color: #444; font-size: .95rem; }
    fieldset.question { border: 1px solid #767676; border-radius: 6px; margin: 1.5rem 0; padding: .5rem 1rem 1rem; }
    fieldset.question legend { font-weight: bold; padding: 0 .25rem; }
    fieldset.question .options label { display: block; padding: .35rem .25rem; }
    fieldset.question .options input { margin-right: .5rem; transform: scale(1.2); }
    /* The action plan: each advice a box, each field's label above it, as on the context page. */
    fieldset.plan-point { border: 1px solid #767676; border-radius: 6px; margin: 1.5rem 0; padding: .5rem 1rem 1rem; }
    fieldset.plan-point legend { font-weight: bold; padding: 0 .25rem; }
    fieldset.plan-point label { display: block; font-weight: bold; margin-bottom: .25rem; }
    fieldset.plan-point input[type=checkbox] + label { display: inline; }
    fieldset.plan-point input[type=checkbox] { transform: scale(1.2); margin-right: .25rem; }
    /* A select is as wide as its longest option (a framework's title): never wider than the phone. */
    select { font: inherit; padding: .35rem; border: 1px solid #555; border-radius: 3px; max-width: 100%; }
    /* A name typed without spaces (an organisation, a case) wraps wherever it is shown instead of widening the page. */
    main { overflow-wrap: break-word; }
    table#history th, table#history td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ccc;
      overflow-wrap: anywhere; }
    .question-number { color: #444; margin-right: .25rem; }
    .save-state { font-size: .9rem; color: #1d6b2f; margin-left: .5rem; }
    .save-state.failed, .problem { color: #a30000; }
    #save-status { min-height: 1.5rem; font-weight: bold; color: #1d6b2f; }
    /* Nothing to say yet: no empty space above the first question. */
    #save-status:empty, #conflict-notice:empty { min-height: 0; margin: 0; }
    #conflict-notice { color: #8a4b00; font-weight: bold; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 16rem; gap: 1.5rem; align-items: start; }
    aside#live-score { border: 1px solid #767676; border-radius: 6px; padding: .5rem 1rem; position: sticky; top: .5rem; }
    nav.steps { display: flex; flex-direction: row-reverse; flex-wrap: wrap; \
    gap: 1rem; justify-content: space-between; margin-top: 1.5rem; }
    nav#downloads { border: 2px solid #00338d; border-radius: 6px; padding: .25rem 1rem; margin: 1.5rem 0; background: #f2f4f7; }
    nav#downloads h2 { font-size: 1.1rem; margin: .5rem 0; }
    nav#downloads ul { list-style: none; padding: 0; margin: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
    .notice { border-left: 4px solid #00338d; padding: .25rem .75rem; background: #f2f4f7; }
    @media (max-width: 45rem) { .layout { grid-template-columns: minmax(0, 1fr); } aside#live-score { position: static; } }
    /* On a phone each row of a wide list (the scans, the history, the audit log) is a block of its own,
       each value after its column's name. */
    @media (max-width: 45rem) {
      table.stack-on-phone thead { position: absolute; left: -9999px; }
      table.stack-on-phone tr { display: block; border-bottom: 1px solid #ccc; padding: .35rem 0; }
      table.stack-on-phone td { display: block; border: 0; padding: .1rem .5rem; }
      table.stack-on-phone td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; }
    }
    @media print { header.site, footer.site, nav.steps, nav#downloads, .skip-link { display: none; } }
    """
