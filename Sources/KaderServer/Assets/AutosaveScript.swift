/// The one script (served as /assets/kader.js): filled in with the fill pages.
let autosaveScript = """
'use strict';
"""
