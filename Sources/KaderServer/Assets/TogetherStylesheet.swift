/// The combined view's styles ("samen invullen"): one card per question, the colleagues' answers
/// as a table that stacks into one column on a phone, the lowest answer of a critical item
/// marked by more than colour alone (a border, and the words "laagste antwoord").
let togetherStylesheet = """
    .together-item { border: 1px solid #767676; border-radius: 6px; padding: .5rem 1rem 1rem; margin: 1.5rem 0; }
    .together-item.critical { border-left: 6px solid #a30000; }
    .together-item h3 { margin: .25rem 0 .75rem; font-size: 1.1rem; }
    .critical-tag { color: #a30000; font-weight: bold; font-size: .95rem; }
    table.colleague-answers { border-collapse: collapse; width: 100%; margin: .5rem 0; }
    table.colleague-answers th, table.colleague-answers td { text-align: left; vertical-align: top; padding: .35rem .5rem;
      border-bottom: 1px solid #ccc; overflow-wrap: anywhere; }
    table.colleague-answers th[scope=row] { width: 30%; }
    table.colleague-answers tr.lowest th, table.colleague-answers tr.lowest td { background: #fff4e5; }
    p.proposal { margin: .75rem 0 .25rem; }
    p.proposal.lowest { border-left: 4px solid #a30000; padding-left: .75rem; }
    p.agreed { margin: .25rem 0 .5rem; }
    form.agree fieldset { border: 1px solid #ccc; border-radius: 6px; margin: .5rem 0; }
    form.agree .options label { display: block; padding: .3rem .25rem; }
    form.agree .options input { margin-right: .5rem; transform: scale(1.2); }
    form.agree textarea { margin-top: .25rem; }
    .invite-fields { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
    .invite-fields input { width: 20rem; }
    #colleague-list li { margin: .5rem 0; }
    a.colleague-link { overflow-wrap: anywhere; }
    #together-links ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
    @media (max-width: 45rem) {
      table.colleague-answers thead { position: absolute; left: -9999px; }
      table.colleague-answers tr { display: block; border-bottom: 1px solid #ccc; padding: .35rem 0; }
      table.colleague-answers th, table.colleague-answers td { display: block; border: 0; padding: .1rem .5rem; }
      table.colleague-answers th[scope=row] { width: auto; }
    }
    @media print { form.agree, form#invite { display: none; } }
    """
