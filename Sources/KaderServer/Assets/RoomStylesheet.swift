/// The masterclass room's styles, after the pages' own: the trainer's screen in large type for a
/// projector (readable at 1280x720 from the back of a room), the join code larger still, the
/// spread of answers as plain horizontal bars (`<meter>`, no inline styles under the CSP), and
/// the participant's pages as the scan's, one column on a phone.
let roomStylesheet = """
    main.room-screen { max-width: 80rem; font-size: 1.35rem; }
    main.room-screen h1 { font-size: 2.4rem; margin: .25rem 0 1rem; }
    #room-join { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; border: 3px solid #00338d; border-radius: 8px;
      padding: .5rem 1rem; }
    #room-join p { margin: .25rem 0; }
    .room-address { font-weight: bold; overflow-wrap: anywhere; }
    .room-code { font-size: 3.5rem; font-weight: bold; letter-spacing: .35rem; font-family: monospace; color: #00338d; }
    #room-counts { font-size: 1.6rem; }
    #room-questions { display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem; }
    #room-questions h2 { grid-column: 1 / -1; }
    article.room-question { border: 1px solid #767676; border-radius: 6px; padding: .25rem .75rem .75rem; }
    article.room-question h3 { font-size: 1.2rem; margin: .5rem 0 .25rem; }
    .room-meta { color: #333; margin: .25rem 0; }
    table.room-options { width: 100%; border-collapse: collapse; }
    table.room-options th { text-align: left; font-weight: normal; padding: .1rem .5rem .1rem 0; width: 40%; }
    td.room-bar { width: 50%; }
    td.room-bar meter { width: 100%; height: 1.3rem; }
    td.room-count { text-align: right; font-weight: bold; padding-left: .5rem; }
    .room-waiting { font-size: 1.4rem; }
    #room-controls { margin-top: 2rem; border-top: 2px solid #ccc; font-size: 1.1rem; }
    #room-controls form { display: inline-block; margin: .5rem 1rem .5rem 0; }
    details.case { border: 1px solid #767676; border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
    a.button { display: inline-block; padding: .6rem 1.2rem; border-radius: 4px; background: #00338d; \
    color: #fff; text-decoration: none; font-weight: bold; }
    input.code-input { font-size: 1.6rem; letter-spacing: .3rem; text-transform: uppercase; width: 12rem; font-family: monospace; }
    @media (max-width: 45rem) { main.room-screen { font-size: 1.1rem; } \
    .room-code { font-size: 2.5rem; } #room-questions { grid-template-columns: 1fr; } }
    """
