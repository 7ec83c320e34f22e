/// The stylesheets of ``HTMLPage``: colours always have words or numbers beside them. The
/// report's print stylesheet fits a full report on at most four A4 pages (smaller type, "Later"
/// one line per piece of advice, notes and sources in two columns) and keeps a piece of advice, a
/// flag or a table row whole on a page; the screen does not change with it. On a phone (under 40rem)
/// the bars beside the numbers in a table give way, as in print: the chart above shows them.
extension HTMLPage {
    static let reportCSS = """
        :root { --ink: #1b1f24; --muted: #59636e; --line: #c9d1d9; --bar: #2f6f9f; --bar2: #9fb9cf; \
        --warn: #8a4b00; --bad: #a40e26; --good: #1a6b3a; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; \
        color: var(--ink); line-height: 1.45; margin: 0; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        header.report { border-bottom: 3px solid var(--ink); margin-bottom: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
        .meta, .muted { color: var(--muted); }
        .small { font-size: .88rem; color: var(--muted); }
        .summary { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
        .figure { border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
        .figure .value { font-size: 1.6rem; font-weight: 700; display: block; }
        .level { display: inline-block; border: 1.5px solid currentColor; border-radius: 1rem; padding: 0 .55rem; font-size: .9rem; \
        white-space: nowrap; }
        p.warning, span.warning { color: var(--warn); font-weight: 600; }
        span.critical { color: var(--bad); font-weight: 600; }
        span.good { color: var(--good); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        .wide { overflow-x: auto; }
        .wide table { font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f5f7; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.total th, tr.total td { font-weight: 700; }
        .bar { display: inline-block; width: 8rem; height: .8rem; border: 1px solid var(--ink); vertical-align: middle; \
        margin-left: .4rem; background: #fff; }
        .bar > span { display: block; height: 100%; background: var(--bar); }
        ol > li { margin-bottom: .8rem; }
        ul.checklist { list-style: none; padding-left: .5rem; }
        .tags { font-size: .85rem; color: var(--muted); }
        .flag { border-left: 4px solid var(--warn); padding: .3rem .7rem; margin: .4rem 0; background: #fff8ef; }
        .flag.critical { border-color: var(--bad); background: #fff1f1; }
        .flag strong { text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; }
        .strengths li::marker { content: "+ "; font-weight: 700; }
        dt { font-weight: 600; margin-top: .5rem; }
        dd { margin: .1rem 0 .3rem 1.2rem; }
        summary { cursor: pointer; }
        summary > h2, summary > h3 { display: inline-block; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { width: 100%; height: auto; max-width: 46rem; }
        figcaption { font-size: .9rem; color: var(--muted); }
        .note { font-style: italic; }
        footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .6rem; }
        @media (max-width: 40rem) {
          main { padding: 1rem .75rem; }
          th, td { padding: .3rem .25rem; }
          table, .wide table { font-size: .8rem; }
          thead th:first-child { width: 45%; }
          td .bar { display: none; }
          .level { white-space: normal; overflow-wrap: normal; padding: 0 .3rem; }
        }
        @media print {
          @page { size: A4; margin: 12mm 13mm; }
          body { font-size: 8.5pt; line-height: 1.3; }
          main { max-width: none; padding: 0; }
          header.report { margin-bottom: 6pt; border-bottom-width: 2px; }
          h1 { font-size: 15pt; }
          h2 { font-size: 11pt; margin: 9pt 0 3pt; break-after: avoid; }
          h3 { font-size: 9.5pt; margin: 5pt 0 2pt; break-after: avoid; }
          p { margin: 3pt 0; }
          .summary { gap: 6pt; margin: 4pt 0; }
          .figure { padding: 2pt 8pt; min-width: 0; }
          .figure .value { font-size: 13pt; }
          .level { font-size: inherit; border-width: 1px; }
          table { margin: 2pt 0 5pt; }
          .wide table { font-size: inherit; }
          th, td { padding: 1pt 4pt; }
          td .bar { display: none; }
          figure.chart { margin: 3pt 0; }
          figure.chart svg { width: 75%; }
          figcaption, .small { font-size: 7.5pt; }
          ol, ul { margin: 2pt 0; padding-left: 1.6em; }
          ol > li { margin-bottom: 3pt; }
          .detail, .tags { font-size: 7.5pt; }
          details::details-content { content-visibility: visible; display: contents; }
          summary { list-style: none; }
          section[aria-labelledby="later"] .detail { display: none; }
          section[aria-labelledby="later"] ol > li { margin-bottom: 1pt; }
          .flag { padding: 1pt 6pt; margin: 3pt 0; }
          section[aria-labelledby="notes"] dl, ul.sources { columns: 2; column-gap: 14pt; }
          section[aria-labelledby="notes"] dl { font-size: 7.5pt; }
          dt { margin-top: 2pt; break-after: avoid; }
          dd { margin: 0 0 2pt .8em; }
          footer { margin-top: 8pt; font-size: 7pt; padding-top: 3pt; }
          footer p { margin: 2pt 0; }
          ul.sources { padding-left: 1.2em; }
          a { color: inherit; text-decoration: none; overflow-wrap: anywhere; }
          li, tr, dt, dd, .flag, .figure { break-inside: avoid; }
          .flag, th { background: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """

    static let printoutCSS = """
        * { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; \
        line-height: 1.45; margin: 0; }
        main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .3rem; border-bottom: 3px solid #111; padding-bottom: .3rem; }
        h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
        .small { font-size: .88rem; color: #444; margin: .2rem 0; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
        th, td { border: 1px solid #999; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th { font-weight: 700; }
        ul.boxes { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; }
        .box { display: inline-block; width: .95em; height: .95em; border: 1.5px solid #111; vertical-align: -.1em; margin-right: .25em; }
        .field { display: flex; gap: .5rem; align-items: flex-end; margin: .5rem 0; }
        .field .rule { flex: 1; }
        .rule { border-bottom: 1px solid #555; height: 1.6rem; }
        .lines { margin: .3rem 0 .6rem; }
        .lines > span { font-size: .88rem; color: #444; }
        section.keep { border-top: 1px solid #ccc; padding-top: .4rem; margin-top: .6rem; }
        a { color: #111; }
        @media print {
          @page { margin: 15mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2, h3 { break-after: avoid; }
          section.keep, table, li { break-inside: avoid; }
          a[href]::after { content: ""; }
        }
        """
}
