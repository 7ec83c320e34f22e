import Kader

/// The shell of every HTML report: one self-contained file with inline CSS (screen and print),
/// no scripts, no fonts or images from the network, semantic landmarks, readable in black and
/// white (every colour has a number or a word beside it).
enum HTMLPage {
    static func document(title: String, language: Language, body: String, css: String = HTMLPage.css) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Kader">
        <title>\(Escape.html(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let css = """
    :root { --ink: #1b1f24; --muted: #59636e; --line: #c9d1d9; --bar: #2f6f9f; --bar2: #9fb9cf; --warn: #8a4b00; --bad: #a40e26; --good: #1a6b3a; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45; margin: 0; background: #fff; }
    main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
    header.report { border-bottom: 3px solid var(--ink); margin-bottom: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
    .meta, .muted { color: var(--muted); }
    .summary { display: flex; flex-wrap: wrap; gap: 1rem; margin: 1rem 0; }
    .figure { border: 1px solid var(--line); border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
    .figure .value { font-size: 1.6rem; font-weight: 700; display: block; }
    .level { display: inline-block; border: 1.5px solid currentColor; border-radius: 1rem; padding: 0 .55rem; font-size: .9rem; white-space: nowrap; }
    .capped { color: var(--warn); font-weight: 600; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
    .wide { overflow-x: auto; }
    .wide table { font-size: .9rem; }
    caption { text-align: left; font-weight: 600; padding: .3rem 0; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
    th { background: #f3f5f7; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .bar { display: inline-block; width: 8rem; height: .8rem; border: 1px solid var(--ink); vertical-align: middle; margin-right: .4rem; background: #fff; }
    .bar > span { display: block; height: 100%; background: var(--bar); }
    ol.advice > li { margin-bottom: .8rem; }
    .tags { font-size: .85rem; color: var(--muted); }
    .flag { border-left: 4px solid var(--warn); padding: .3rem .7rem; margin: .4rem 0; background: #fff8ef; }
    .flag.critical { border-color: var(--bad); background: #fff1f1; }
    .flag strong { text-transform: uppercase; font-size: .8rem; letter-spacing: .04em; }
    .strengths li::marker { content: "+ "; font-weight: 700; }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { width: 100%; height: auto; max-width: 46rem; }
    figcaption { font-size: .9rem; color: var(--muted); }
    .note { font-style: italic; }
    footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .6rem; }
    @media print {
      @page { margin: 15mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      section, table, figure, li { break-inside: avoid; }
      .flag, th { background: none; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
