/// JSON Schemas (draft 2020-12) of Kader's file formats, for editors (YAML language server) and
/// validators. `kader schema framework|response|result` prints them.
///
/// They follow the loaders: every key the loader accepts, `additionalProperties: false` where it
/// rejects unknown keys. What a schema cannot check (references between ids, expressions, band
/// gaps, duplicate ids) the loader reports. `Tests/schema/validate.py` validates every bundled
/// framework, example response and scan result against them.
///
/// Ids use the pattern `[^\W\d_]\w*`: Unicode letters in Python's `re`, ASCII letters in
/// ECMA-262 (editors); Kader itself accepts any Unicode letter.
public enum Schemas {
    /// The framework format (docs/framework-format.md).
    public static let framework = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Kader framework",
      "description": "A quality framework (kader) for Kader: docs/framework-format.md. Unknown keys are errors.",
      "type": "object",
      "required": [
        "id",
        "version",
        "title",
        "scales",
        "domains"
      ],
      "properties": {
        "kader": {
          "title": "Format version",
          "description": "Optional; 1 is the only version.",
          "const": 1
        },
        "id": {
          "title": "Id",
          "description": "The framework id; responses name it under framework:.",
          "$ref": "#/$defs/id"
        },
        "version": {
          "title": "Version",
          "description": "Digits with points, quoted: \"1.0.0\". Responses record the version they answered.",
          "type": "string"
        },
        "date": {
          "title": "Date",
          "description": "When this version was published, YYYY-MM-DD.",
          "type": "string"
        },
        "languages": {
          "title": "Languages",
          "description": "Default [nl, en]; with both, texts lacking one are reported.",
          "anyOf": [
            {
              "enum": [
                "nl",
                "en"
              ]
            },
            {
              "type": "array",
              "items": {
                "enum": [
                  "nl",
                  "en"
                ]
              }
            }
          ]
        },
        "title": {
          "title": "Title",
          "$ref": "#/$defs/text"
        },
        "description": {
          "title": "Description",
          "$ref": "#/$defs/text"
        },
        "audience": {
          "title": "Audience",
          "description": "Who fills it in.",
          "$ref": "#/$defs/text"
        },
        "guidance": {
          "title": "Guidance",
          "description": "How to start, and how to repeat the self-assessment.",
          "$ref": "#/$defs/text"
        },
        "sources": {
          "title": "Sources",
          "description": "What the content rests on.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/source"
          }
        },
        "context": {
          "title": "Context fields",
          "description": "Extra fields a response may carry.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/contextField"
          }
        },
        "scales": {
          "title": "Scales",
          "description": "Answer scales.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/scale"
          }
        },
        "domains": {
          "title": "Domains",
          "description": "Domains with their questions.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/domain"
          }
        },
        "scoring": {
          "$ref": "#/$defs/scoring"
        },
        "levels": {
          "title": "Levels",
          "description": "The growth model: bands from 0 to 100, lowest first, no gaps, no overlap.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/level"
          }
        },
        "grades": {
          "$ref": "#/$defs/grades"
        },
        "rules": {
          "title": "Rules",
          "description": "Advice, strengths, flags and level caps.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/rule"
          }
        },
        "preconditions": {
          "title": "Preconditions",
          "type": "array",
          "items": {
            "$ref": "#/$defs/precondition"
          }
        },
        "tests": {
          "title": "Tests",
          "description": "Example responses with expected results; kader test runs them.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/test"
          }
        }
      },
      "additionalProperties": false,
      "$defs": {
        "id": {
          "description": "An id starts with a letter and holds only letters, digits and '_' (at most 80 characters); ids appear in expressions. The pattern is [^\\W\\d_]\\w*: Unicode letters in Python, ASCII letters in ECMA-262 (editors); Kader itself accepts any Unicode letter.",
          "type": "string",
          "pattern": "^[^\\W\\d_]\\w{0,79}$"
        },
        "ids": {
          "description": "A list of ids (a single id counts as a list of one).",
          "anyOf": [
            {
              "$ref": "#/$defs/id"
            },
            {
              "type": "array",
              "items": {
                "$ref": "#/$defs/id"
              }
            }
          ]
        },
        "text": {
          "description": "A bilingual text: {nl: ..., en: ...} (at least one), or a plain string, which counts as Dutch.",
          "anyOf": [
            {
              "type": "string"
            },
            {
              "type": "object",
              "properties": {
                "nl": {
                  "title": "Dutch",
                  "type": "string"
                },
                "en": {
                  "title": "English",
                  "type": "string"
                }
              },
              "additionalProperties": false,
              "minProperties": 1
            }
          ]
        },
        "condition": {
          "description": "An expression in Kader's expression language that gives true or false (docs/expressions.md), e.g. \"commissie >= 'grotendeels'\".",
          "type": [
            "string",
            "boolean"
          ]
        },
        "numberExpression": {
          "description": "An expression in Kader's expression language that gives a number (docs/expressions.md).",
          "type": [
            "string",
            "number"
          ]
        },
        "aggregator": {
          "description": "How item or part scores combine: mean, weighted_mean, sum, minimum, maximum or median.",
          "enum": [
            "mean",
            "weighted_mean",
            "sum",
            "minimum",
            "maximum",
            "median"
          ]
        },
        "source": {
          "description": "A source the content rests on.",
          "type": "object",
          "required": [
            "id",
            "title"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "Cited as sources: [id] by domains, questions and advice.",
              "$ref": "#/$defs/id"
            },
            "title": {
              "title": "Title",
              "description": "The full reference.",
              "$ref": "#/$defs/text"
            },
            "url": {
              "title": "URL",
              "type": "string"
            }
          },
          "additionalProperties": false
        },
        "contextField": {
          "description": "A field a response may carry besides its answers.",
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "Expressions read it as context.<id>; responses give it under context:.",
              "$ref": "#/$defs/id"
            },
            "label": {
              "title": "Label",
              "$ref": "#/$defs/text"
            },
            "type": {
              "title": "Type",
              "description": "text (default) or number.",
              "enum": [
                "text",
                "number"
              ],
              "default": "text"
            }
          },
          "additionalProperties": false
        },
        "option": {
          "description": "An answer option.",
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "The option id written in responses.",
              "$ref": "#/$defs/id"
            },
            "label": {
              "title": "Label",
              "description": "What the respondent reads.",
              "$ref": "#/$defs/text"
            },
            "value": {
              "title": "Value",
              "description": "Points; required for scored options when any option of the list has a value.",
              "type": "number"
            },
            "role": {
              "title": "Role",
              "description": "scored (default); unknown (\"weet niet\") or not_applicable (\"n.v.t.\"), which have no value and are left out of the score.",
              "enum": [
                "scored",
                "unknown",
                "not_applicable"
              ],
              "default": "scored"
            },
            "help": {
              "title": "Help",
              "description": "When to pick this option.",
              "$ref": "#/$defs/text"
            }
          },
          "additionalProperties": false,
          "allOf": [
            {
              "if": {
                "required": [
                  "role"
                ],
                "properties": {
                  "role": {
                    "enum": [
                      "unknown",
                      "not_applicable"
                    ]
                  }
                }
              },
              "then": {
                "properties": {
                  "value": false
                }
              }
            }
          ]
        },
        "options": {
          "description": "A list of options. When any option has a value, every scored option needs one; \"weet niet\" and \"n.v.t.\" have a role and no value.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/option"
          },
          "if": {
            "contains": {
              "type": "object",
              "required": [
                "value"
              ]
            }
          },
          "then": {
            "items": {
              "anyOf": [
                {
                  "required": [
                    "value"
                  ]
                },
                {
                  "required": [
                    "role"
                  ],
                  "properties": {
                    "role": {
                      "enum": [
                        "unknown",
                        "not_applicable"
                      ]
                    }
                  }
                }
              ]
            }
          }
        },
        "scale": {
          "description": "A named, ordered list of options shared by many questions.",
          "type": "object",
          "required": [
            "id",
            "options"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "Questions name it: scale: <id>.",
              "$ref": "#/$defs/id"
            },
            "options": {
              "title": "Options",
              "description": "Ordered options; at least one has a value.",
              "$ref": "#/$defs/options",
              "contains": {
                "type": "object",
                "required": [
                  "value"
                ]
              }
            }
          },
          "additionalProperties": false
        },
        "domain": {
          "description": "A group of questions with its own score, level and grade.",
          "type": "object",
          "required": [
            "id",
            "title",
            "questions"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "Unique across questions, domains and scores; expressions read score.<id>.",
              "$ref": "#/$defs/id"
            },
            "title": {
              "title": "Title",
              "$ref": "#/$defs/text"
            },
            "description": {
              "title": "Description",
              "$ref": "#/$defs/text"
            },
            "role": {
              "title": "Role",
              "description": "domain (default), or precondition: scored and shown, not part of the overall score.",
              "enum": [
                "domain",
                "precondition"
              ],
              "default": "domain"
            },
            "aggregate": {
              "title": "Aggregator",
              "description": "Default from scoring.aggregate.",
              "$ref": "#/$defs/aggregator"
            },
            "min_answered": {
              "title": "Minimum answered",
              "description": "With fewer answered scored items the domain has no score (insufficient data).",
              "type": "integer",
              "minimum": 0
            },
            "prorate": {
              "title": "Prorate",
              "description": "Scale raw points up to the full item set when some are missing.",
              "type": "boolean"
            },
            "sources": {
              "title": "Sources",
              "description": "Source ids.",
              "$ref": "#/$defs/ids"
            },
            "questions": {
              "title": "Questions",
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/question"
              }
            }
          },
          "additionalProperties": false
        },
        "questionCommon": {
          "description": "Keys every question kind has.",
          "type": "object",
          "properties": {
            "id": {
              "title": "Id",
              "description": "Unique across questions, domains and scores; expressions read the answer by this id.",
              "$ref": "#/$defs/id"
            },
            "type": {
              "title": "Type",
              "description": "The question kind: scale, choice, multi, yesno, number or text. Default scale when scale: is given.",
              "enum": [
                "scale",
                "choice",
                "multi",
                "yesno",
                "number",
                "text"
              ]
            },
            "text": {
              "title": "Text",
              "description": "The question or statement.",
              "$ref": "#/$defs/text"
            },
            "help": {
              "title": "Help",
              "description": "What is meant, what counts as evidence.",
              "$ref": "#/$defs/text"
            },
            "weight": {
              "title": "Weight",
              "description": "Weight in weighted_mean and sum; greater than 0.",
              "type": "number",
              "exclusiveMinimum": 0,
              "default": 1
            },
            "reverse": {
              "title": "Reverse",
              "description": "A high answer means a low score (min + max − value).",
              "type": "boolean",
              "default": false
            },
            "required": {
              "title": "Required",
              "description": "Unanswered is reported as missing.",
              "type": "boolean",
              "default": false
            },
            "critical": {
              "title": "Critical",
              "description": "Marks a critical item (for reports and lint; caps come from rules).",
              "type": "boolean",
              "default": false
            },
            "relevant": {
              "title": "Relevant",
              "description": "A condition over answers and context; the question is asked only when it is true.",
              "$ref": "#/$defs/condition"
            },
            "sources": {
              "title": "Sources",
              "description": "Source ids.",
              "$ref": "#/$defs/ids"
            }
          }
        },
        "scaleQuestion": {
          "title": "scale question",
          "description": "One option of a named scale; scored by the option's value.",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "scale": {
              "title": "Scale",
              "description": "The id of a scale under scales:.",
              "$ref": "#/$defs/id"
            }
          },
          "additionalProperties": false,
          "required": [
            "scale"
          ]
        },
        "choiceQuestion": {
          "title": "choice question",
          "description": "One of the question's own options; scored when options have values.",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "options": {
              "title": "Options",
              "$ref": "#/$defs/options"
            }
          },
          "additionalProperties": false,
          "required": [
            "options"
          ]
        },
        "multiQuestion": {
          "title": "multi question",
          "description": "Several options (a list); scored as the sum of chosen values out of the sum of positive values.",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "options": {
              "title": "Options",
              "$ref": "#/$defs/options"
            },
            "min_choices": {
              "title": "Minimum choices",
              "type": "integer",
              "default": 0
            },
            "max_choices": {
              "title": "Maximum choices",
              "description": "At least 1 and at least min_choices.",
              "type": "integer",
              "minimum": 1
            }
          },
          "additionalProperties": false,
          "required": [
            "options"
          ]
        },
        "yesnoQuestion": {
          "title": "yesno question",
          "description": "Yes or no; yes scores 1, no 0 (use reverse when no is good).",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "scored": {
              "title": "Scored",
              "description": "Default true.",
              "type": "boolean",
              "default": true
            }
          },
          "additionalProperties": false
        },
        "numberQuestion": {
          "title": "number question",
          "description": "A number within min–max; scored linearly between min and max when scored: true.",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "min": {
              "title": "Minimum",
              "type": "number"
            },
            "max": {
              "title": "Maximum",
              "description": "Greater than min.",
              "type": "number"
            },
            "unit": {
              "title": "Unit",
              "description": "Shown after the number.",
              "$ref": "#/$defs/text"
            },
            "scored": {
              "title": "Scored",
              "description": "Default false; a scored number question needs min and max.",
              "type": "boolean",
              "default": false
            },
            "integer": {
              "title": "Whole numbers only",
              "type": "boolean",
              "default": false
            }
          },
          "additionalProperties": false,
          "dependentSchemas": {
            "scored": {
              "if": {
                "properties": {
                  "scored": {
                    "const": true
                  }
                }
              },
              "then": {
                "required": [
                  "min",
                  "max"
                ]
              }
            }
          }
        },
        "textQuestion": {
          "title": "text question",
          "description": "Free text; never scored.",
          "allOf": [
            {
              "$ref": "#/$defs/questionCommon"
            }
          ],
          "properties": {
            "id": true,
            "type": true,
            "text": true,
            "help": true,
            "weight": true,
            "reverse": true,
            "required": true,
            "critical": true,
            "relevant": true,
            "sources": true,
            "max_length": {
              "title": "Maximum length",
              "description": "In characters; default 10000.",
              "type": "integer",
              "default": 10000
            }
          },
          "additionalProperties": false
        },
        "question": {
          "title": "Question",
          "description": "A question. Common keys: id, type, text, help, weight, reverse, required, critical, relevant, sources; each type adds its own: scale (scale), choice (options), multi (options, min_choices, max_choices), yesno (scored), number (min, max, unit, scored, integer), text (max_length).",
          "type": "object",
          "required": [
            "id",
            "text"
          ],
          "properties": {
            "type": {
              "title": "Type",
              "description": "The question kind: scale, choice, multi, yesno, number or text. Default scale when scale: is given.",
              "enum": [
                "scale",
                "choice",
                "multi",
                "yesno",
                "number",
                "text"
              ]
            }
          },
          "allOf": [
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "scale"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/scaleQuestion"
              }
            },
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "choice"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/choiceQuestion"
              }
            },
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "multi"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/multiQuestion"
              }
            },
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "yesno"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/yesnoQuestion"
              }
            },
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "number"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/numberQuestion"
              }
            },
            {
              "if": {
                "required": [
                  "type"
                ],
                "properties": {
                  "type": {
                    "const": "text"
                  }
                }
              },
              "then": {
                "$ref": "#/$defs/textQuestion"
              }
            },
            {
              "if": {
                "not": {
                  "required": [
                    "type"
                  ]
                }
              },
              "then": {
                "$ref": "#/$defs/scaleQuestion"
              }
            }
          ]
        },
        "parts": {
          "description": "A list of domain or score ids, each optionally {id, weight} (a single id counts as a list of one).",
          "anyOf": [
            {
              "$ref": "#/$defs/id"
            },
            {
              "type": "array",
              "minItems": 1,
              "items": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/id"
                  },
                  {
                    "type": "object",
                    "required": [
                      "id"
                    ],
                    "properties": {
                      "id": {
                        "title": "Id",
                        "$ref": "#/$defs/id"
                      },
                      "weight": {
                        "title": "Weight",
                        "type": "number",
                        "exclusiveMinimum": 0,
                        "default": 1
                      }
                    },
                    "additionalProperties": false
                  }
                ]
              }
            }
          ]
        },
        "derivedScore": {
          "description": "A derived score: aggregates domains and scores (of), or computes an expression.",
          "type": "object",
          "required": [
            "id"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "description": "Unique across questions, domains and scores; 'overall' is reserved.",
              "$ref": "#/$defs/id",
              "not": {
                "const": "overall"
              }
            },
            "title": {
              "title": "Title",
              "$ref": "#/$defs/text"
            },
            "aggregate": {
              "title": "Aggregator",
              "description": "Default mean.",
              "$ref": "#/$defs/aggregator"
            },
            "of": {
              "title": "Parts",
              "description": "Domains and scores to aggregate; default every ordinary domain.",
              "$ref": "#/$defs/parts"
            },
            "expression": {
              "title": "Expression",
              "description": "Computes the score instead of aggregate/of, e.g. \"score.visie - score.lesprogramma\".",
              "$ref": "#/$defs/numberExpression"
            },
            "skip_invalid": {
              "title": "Skip invalid parts",
              "description": "Default false: one invalid part (insufficient data) makes the whole invalid.",
              "type": "boolean",
              "default": false
            },
            "min_valid": {
              "title": "Minimum valid parts",
              "description": "With skip_invalid: true.",
              "type": "integer",
              "default": 1
            }
          },
          "additionalProperties": false,
          "dependentSchemas": {
            "expression": {
              "not": {
                "anyOf": [
                  {
                    "required": [
                      "aggregate"
                    ]
                  },
                  {
                    "required": [
                      "of"
                    ]
                  }
                ]
              }
            }
          }
        },
        "overallScore": {
          "description": "How the overall score is computed.",
          "type": "object",
          "properties": {
            "title": {
              "title": "Title",
              "$ref": "#/$defs/text"
            },
            "aggregate": {
              "title": "Aggregator",
              "description": "Default mean.",
              "$ref": "#/$defs/aggregator"
            },
            "of": {
              "title": "Parts",
              "description": "Domains and scores to aggregate; default every ordinary domain.",
              "$ref": "#/$defs/parts"
            },
            "expression": {
              "title": "Expression",
              "description": "Computes the score instead of aggregate/of, e.g. \"score.visie - score.lesprogramma\".",
              "$ref": "#/$defs/numberExpression"
            },
            "skip_invalid": {
              "title": "Skip invalid parts",
              "description": "Default false: one invalid part (insufficient data) makes the whole invalid.",
              "type": "boolean",
              "default": false
            },
            "min_valid": {
              "title": "Minimum valid parts",
              "description": "With skip_invalid: true.",
              "type": "integer",
              "default": 1
            }
          },
          "additionalProperties": false,
          "dependentSchemas": {
            "expression": {
              "not": {
                "anyOf": [
                  {
                    "required": [
                      "aggregate"
                    ]
                  },
                  {
                    "required": [
                      "of"
                    ]
                  }
                ]
              }
            }
          }
        },
        "rounding": {
          "description": "Decimals (0-6), or {decimals, mode}. Applies to every score.",
          "anyOf": [
            {
              "type": "integer"
            },
            {
              "type": "object",
              "properties": {
                "decimals": {
                  "title": "Decimals",
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 6,
                  "default": 1
                },
                "mode": {
                  "title": "Mode",
                  "description": "half_up, half_even or down.",
                  "enum": [
                    "half_up",
                    "half_even",
                    "down"
                  ],
                  "default": "half_up"
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "scoring": {
          "title": "Scoring",
          "description": "Aggregation, rounding, derived and overall scores.",
          "type": "object",
          "properties": {
            "aggregate": {
              "title": "Default aggregator",
              "description": "For domains; default mean.",
              "$ref": "#/$defs/aggregator"
            },
            "min_answered": {
              "title": "Default minimum answered",
              "type": "integer",
              "minimum": 0,
              "default": 1
            },
            "prorate": {
              "title": "Default proration",
              "type": "boolean",
              "default": false
            },
            "unknown": {
              "title": "Weet niet",
              "description": "exclude (default): left out of the score; lowest: counted as the lowest option.",
              "enum": [
                "exclude",
                "lowest"
              ],
              "default": "exclude"
            },
            "rounding": {
              "title": "Rounding",
              "$ref": "#/$defs/rounding"
            },
            "scores": {
              "title": "Derived scores",
              "type": "array",
              "items": {
                "$ref": "#/$defs/derivedScore"
              }
            },
            "overall": {
              "title": "Overall score",
              "description": "An existing score's id, or how to compute it; default the mean of every ordinary domain.",
              "anyOf": [
                {
                  "$ref": "#/$defs/id"
                },
                {
                  "$ref": "#/$defs/overallScore"
                }
              ]
            }
          },
          "additionalProperties": false
        },
        "level": {
          "description": "A band over the 0-100 score.",
          "type": "object",
          "required": [
            "id",
            "label",
            "min",
            "max"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "$ref": "#/$defs/id"
            },
            "label": {
              "title": "Label",
              "$ref": "#/$defs/text"
            },
            "description": {
              "title": "Description",
              "$ref": "#/$defs/text"
            },
            "min": {
              "title": "Minimum",
              "description": "Included.",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "max": {
              "title": "Maximum",
              "description": "Excluded, except for the top band, which includes 100.",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "requires": {
              "title": "Requires",
              "description": "Overall only: an extra condition that must hold for this level.",
              "$ref": "#/$defs/condition"
            }
          },
          "additionalProperties": false
        },
        "gradeRow": {
          "type": "object",
          "required": [
            "min",
            "max",
            "grade"
          ],
          "properties": {
            "min": {
              "title": "Minimum",
              "description": "Included.",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "max": {
              "title": "Maximum",
              "description": "Excluded, except for the top row.",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "grade": {
              "title": "Grade",
              "type": "number",
              "minimum": 1,
              "maximum": 10
            }
          },
          "additionalProperties": false
        },
        "grades": {
          "title": "Grades",
          "description": "Report grades (rapportcijfers) per domain and overall, clamped to 1-10: a formula or a table.",
          "type": "object",
          "properties": {
            "formula": {
              "title": "Formula",
              "description": "An expression over score (0-100), e.g. \"1 + 9 * score / 100\".",
              "$ref": "#/$defs/numberExpression"
            },
            "table": {
              "title": "Table",
              "description": "Bands from 0 to 100 with a grade each, lowest first.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/gradeRow"
              }
            },
            "decimals": {
              "title": "Decimals",
              "type": "integer",
              "default": 1
            },
            "rounding": {
              "title": "Rounding",
              "enum": [
                "half_up",
                "half_even",
                "down"
              ],
              "default": "half_up"
            },
            "pass": {
              "title": "Pass",
              "description": "The lowest passing grade.",
              "type": "number",
              "default": 5.5
            }
          },
          "additionalProperties": false,
          "oneOf": [
            {
              "required": [
                "formula"
              ]
            },
            {
              "required": [
                "table"
              ]
            }
          ]
        },
        "advice": {
          "title": "Advice",
          "description": "An improvement point: a text (priority medium, effort moderate), or {text, first_step, priority, effort, sources}.",
          "anyOf": [
            {
              "$ref": "#/$defs/text"
            },
            {
              "type": "object",
              "required": [
                "text"
              ],
              "properties": {
                "text": {
                  "title": "Text",
                  "$ref": "#/$defs/text"
                },
                "first_step": {
                  "title": "First step",
                  "$ref": "#/$defs/text"
                },
                "priority": {
                  "title": "Priority",
                  "enum": [
                    "critical",
                    "high",
                    "medium",
                    "low"
                  ],
                  "default": "medium"
                },
                "effort": {
                  "title": "Effort",
                  "enum": [
                    "quick_win",
                    "moderate",
                    "structural"
                  ],
                  "default": "moderate"
                },
                "sources": {
                  "title": "Sources",
                  "$ref": "#/$defs/ids"
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "flag": {
          "title": "Flag",
          "description": "A signal: {severity: critical | warning | info, text}, or a text (severity warning).",
          "anyOf": [
            {
              "$ref": "#/$defs/text"
            },
            {
              "type": "object",
              "required": [
                "text"
              ],
              "properties": {
                "severity": {
                  "title": "Severity",
                  "enum": [
                    "critical",
                    "warning",
                    "info"
                  ],
                  "default": "warning"
                },
                "text": {
                  "title": "Text",
                  "$ref": "#/$defs/text"
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "cap": {
          "title": "Cap",
          "description": "The level may not be higher than this: a level id, or {level, scope}.",
          "anyOf": [
            {
              "$ref": "#/$defs/id"
            },
            {
              "type": "object",
              "required": [
                "level"
              ],
              "properties": {
                "level": {
                  "title": "Level",
                  "$ref": "#/$defs/id"
                },
                "scope": {
                  "title": "Scope",
                  "description": "Default both for a rule with domain:, otherwise overall; domain and both need domain: on the rule.",
                  "enum": [
                    "overall",
                    "domain",
                    "both"
                  ]
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "rule": {
          "description": "A condition and one or more effects: advice, strength, flag, cap.",
          "type": "object",
          "required": [
            "id",
            "when"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "$ref": "#/$defs/id"
            },
            "when": {
              "title": "When",
              "description": "The rule fires only when this is true (not when false or unknown).",
              "$ref": "#/$defs/condition"
            },
            "domain": {
              "title": "Domain",
              "description": "The domain the rule belongs to.",
              "$ref": "#/$defs/id"
            },
            "because": {
              "title": "Because",
              "description": "Why it fired, with {expression} placeholders; {{ for a literal brace.",
              "$ref": "#/$defs/text"
            },
            "note": {
              "title": "Note",
              "description": "A note for authors; not used in results.",
              "$ref": "#/$defs/text"
            },
            "advice": {
              "title": "Advice",
              "description": "What can be better (wat kan beter).",
              "$ref": "#/$defs/advice"
            },
            "strength": {
              "title": "Strength",
              "description": "What goes well (wat gaat goed).",
              "$ref": "#/$defs/text"
            },
            "flag": {
              "title": "Flag",
              "$ref": "#/$defs/flag"
            },
            "cap": {
              "title": "Cap",
              "$ref": "#/$defs/cap"
            }
          },
          "additionalProperties": false,
          "anyOf": [
            {
              "required": [
                "advice"
              ]
            },
            {
              "required": [
                "strength"
              ]
            },
            {
              "required": [
                "flag"
              ]
            },
            {
              "required": [
                "cap"
              ]
            }
          ]
        },
        "precondition": {
          "description": "What should be in place before starting; reported as met, not met or unknown.",
          "type": "object",
          "required": [
            "id",
            "text",
            "when"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "$ref": "#/$defs/id"
            },
            "text": {
              "title": "Text",
              "$ref": "#/$defs/text"
            },
            "when": {
              "title": "When",
              "description": "Met when this is true.",
              "$ref": "#/$defs/condition"
            },
            "advice": {
              "title": "Advice",
              "$ref": "#/$defs/text"
            }
          },
          "additionalProperties": false
        },
        "expect": {
          "title": "Expected results",
          "type": "object",
          "properties": {
            "scores": {
              "title": "Scores",
              "description": "Domain or score id → score.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[^\\W\\d_]\\w{0,79}$"
              },
              "additionalProperties": {
                "type": [
                  "number",
                  "null"
                ]
              }
            },
            "levels": {
              "title": "Levels",
              "description": "Domain id or overall → level id.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[^\\W\\d_]\\w{0,79}$"
              },
              "additionalProperties": {
                "anyOf": [
                  {
                    "$ref": "#/$defs/id"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            },
            "grades": {
              "title": "Grades",
              "description": "Domain id or overall → grade.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[^\\W\\d_]\\w{0,79}$"
              },
              "additionalProperties": {
                "type": [
                  "number",
                  "null"
                ]
              }
            },
            "advice": {
              "title": "Advice",
              "description": "Exactly these rule ids, in this order.",
              "$ref": "#/$defs/ids"
            },
            "advice_includes": {
              "title": "Advice includes",
              "$ref": "#/$defs/ids"
            },
            "advice_excludes": {
              "title": "Advice excludes",
              "$ref": "#/$defs/ids"
            },
            "strengths": {
              "title": "Strengths",
              "description": "Exactly these rule ids, in this order.",
              "$ref": "#/$defs/ids"
            },
            "flags": {
              "title": "Flags",
              "description": "Exactly these rule ids, in this order.",
              "$ref": "#/$defs/ids"
            },
            "preconditions": {
              "title": "Preconditions",
              "description": "Precondition id → outcome.",
              "type": "object",
              "propertyNames": {
                "pattern": "^[^\\W\\d_]\\w{0,79}$"
              },
              "additionalProperties": {
                "enum": [
                  "met",
                  "not_met",
                  "unknown"
                ]
              }
            },
            "tolerance": {
              "title": "Tolerance",
              "description": "For numbers.",
              "type": "number",
              "default": 0.05
            }
          },
          "additionalProperties": false
        },
        "test": {
          "description": "An example response with the results it must give (kader test).",
          "type": "object",
          "required": [
            "id",
            "expect"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "$ref": "#/$defs/id"
            },
            "description": {
              "title": "Description",
              "$ref": "#/$defs/text"
            },
            "response": {
              "title": "Response",
              "description": "A response file, relative to this framework file.",
              "type": "string"
            },
            "answers": {
              "title": "Answers",
              "description": "A response body without header.",
              "$ref": "#/$defs/answers"
            },
            "expect": {
              "title": "Expect",
              "$ref": "#/$defs/expect"
            }
          },
          "additionalProperties": false,
          "anyOf": [
            {
              "required": [
                "response"
              ]
            },
            {
              "required": [
                "answers"
              ]
            }
          ]
        },
        \#(answerDefinitions)
      }
    }
    """#

    /// The answer definitions both the framework schema (inline test answers) and the response
    /// schema use, written once.
    private static let answerDefinitions = #"""
    "answerValue": {
          "description": "An answer: an option id (or its label or value) for scale and choice questions; a list of option ids for multi; a number; ja/nee (yes/no, true/false) for yesno; text; weet_niet or nvt; ~ for unanswered.",
          "anyOf": [
            {
              "type": [
                "string",
                "number",
                "boolean",
                "null"
              ]
            },
            {
              "type": "array",
              "items": {
                "type": [
                  "string",
                  "number"
                ]
              }
            }
          ]
        },
        "answer": {
          "description": "The answer, or the long form {value, note, evidence}.",
          "anyOf": [
            {
              "$ref": "#/$defs/answerValue"
            },
            {
              "title": "Answer with note",
              "description": "The long form: the answer with the respondent's note and evidence.",
              "type": "object",
              "properties": {
                "value": {
                  "title": "Value",
                  "description": "The answer itself; absent or ~ for a note without an answer.",
                  "$ref": "#/$defs/answerValue"
                },
                "note": {
                  "title": "Note",
                  "description": "The respondent's explanation; shown in reports.",
                  "type": "string"
                },
                "evidence": {
                  "title": "Evidence",
                  "description": "What shows it: a document, minutes, a list.",
                  "type": "string"
                }
              },
              "additionalProperties": false
            }
          ]
        },
        "answers": {
          "title": "Answers",
          "description": "Question id → answer. What is not answered is reported as missing, never guessed.",
          "type": [
            "object",
            "null"
          ],
          "propertyNames": {
            "pattern": "^[^\\W\\d_]\\w{0,79}$"
          },
          "additionalProperties": {
            "$ref": "#/$defs/answer"
          }
        }
    """#

    /// The response format (docs/response-format.md).
    public static let response = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Kader response",
      "description": "One respondent's answers to one framework: docs/response-format.md. Unknown keys are errors.",
      "type": "object",
      "required": [
        "framework"
      ],
      "properties": {
        "framework": {
          "title": "Framework",
          "description": "The framework id.",
          "type": "string",
          "pattern": "^[^\\W\\d_]\\w{0,79}$"
        },
        "version": {
          "title": "Version",
          "description": "The framework version answered (recommended); quote it. Another major version is an error, another minor version a warning.",
          "type": ["string", "null"]
        },
        "respondent": {
          "title": "Respondent",
          "description": "Who answered: a mosque, a municipality, an intervention.",
          "type": ["string", "null"]
        },
        "organisation": {
          "title": "Organisation",
          "type": ["string", "null"]
        },
        "date": {
          "title": "Date",
          "description": "YYYY-MM-DD.",
          "type": ["string", "null"],
          "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        },
        "context": {
          "title": "Context",
          "description": "Free fields; those the framework declares are type-checked.",
          "type": [
            "object",
            "null"
          ],
          "additionalProperties": {
            "type": [
              "string",
              "number",
              "boolean",
              "null"
            ]
          }
        },
        "answers": {
          "$ref": "#/$defs/answers"
        }
      },
      "additionalProperties": false,
      "$defs": {
        \#(answerDefinitions)
      }
    }
    """#

    /// The result JSON that `kader scan --format json` prints (docs/result.md).
    public static let result = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Kader result",
      "description": "What kader scan --format json prints: docs/result.md. Every key is always present (null when absent), in this order.",
      "type": "object",
      "required": [
        "kader_result",
        "language",
        "framework",
        "respondent",
        "organisation",
        "date",
        "context",
        "overall",
        "completeness",
        "domains",
        "scores",
        "preconditions",
        "advice",
        "strengths",
        "flags",
        "rules",
        "notices"
      ],
      "properties": {
        "kader_result": {
          "title": "Result format version",
          "const": 1
        },
        "language": {
          "title": "Language",
          "description": "The language of every text.",
          "enum": [
            "nl",
            "en"
          ]
        },
        "framework": {
          "title": "Framework",
          "type": "object",
          "required": [
            "id",
            "version",
            "title",
            "answered_version"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "type": "string"
            },
            "version": {
              "title": "Version",
              "type": "string"
            },
            "title": {
              "title": "Title",
              "type": [
                "string",
                "null"
              ]
            },
            "answered_version": {
              "title": "Answered version",
              "description": "The version the response said it answered.",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "additionalProperties": false
        },
        "respondent": {
          "title": "Respondent",
          "type": [
            "string",
            "null"
          ]
        },
        "organisation": {
          "title": "Organisation",
          "type": [
            "string",
            "null"
          ]
        },
        "date": {
          "title": "Date",
          "type": [
            "string",
            "null"
          ]
        },
        "context": {
          "title": "Context",
          "type": "object",
          "additionalProperties": {
            "type": [
              "string",
              "number"
            ]
          }
        },
        "overall": {
          "title": "Overall",
          "type": "object",
          "required": [
            "score_id",
            "score",
            "status",
            "band_level",
            "level",
            "unmet_requirements",
            "capped_by",
            "grade",
            "passed"
          ],
          "properties": {
            "score_id": {
              "title": "Score id",
              "description": "The score used as overall.",
              "type": "string"
            },
            "score": {
              "title": "Score",
              "type": [
                "number",
                "null"
              ]
            },
            "status": {
              "title": "Status",
              "enum": [
                "valid",
                "insufficient"
              ]
            },
            "band_level": {
              "title": "Band level",
              "description": "The level the score band gives.",
              "type": [
                "string",
                "null"
              ]
            },
            "level": {
              "title": "Level",
              "description": "The final level, after requires and caps.",
              "type": [
                "string",
                "null"
              ]
            },
            "unmet_requirements": {
              "title": "Unmet requirements",
              "description": "Levels whose requires did not hold.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "capped_by": {
              "title": "Capped by",
              "description": "Rule ids.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "grade": {
              "title": "Grade",
              "type": [
                "number",
                "null"
              ]
            },
            "passed": {
              "title": "Passed",
              "type": [
                "boolean",
                "null"
              ]
            }
          },
          "additionalProperties": false
        },
        "completeness": {
          "$ref": "#/$defs/completeness"
        },
        "domains": {
          "title": "Domains",
          "description": "In framework order, preconditions included.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/domain"
          }
        },
        "scores": {
          "title": "Derived scores",
          "description": "In framework order, the overall score last.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/score"
          }
        },
        "preconditions": {
          "title": "Preconditions",
          "type": "array",
          "items": {
            "$ref": "#/$defs/precondition"
          }
        },
        "advice": {
          "title": "Advice",
          "description": "In the order to act on it.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/advice"
          }
        },
        "strengths": {
          "title": "Strengths",
          "type": "array",
          "items": {
            "$ref": "#/$defs/strength"
          }
        },
        "flags": {
          "title": "Flags",
          "type": "array",
          "items": {
            "$ref": "#/$defs/flag"
          }
        },
        "rules": {
          "title": "Rules",
          "description": "Every rule's outcome, in framework order.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/rule"
          }
        },
        "notices": {
          "title": "Notices",
          "description": "Problems found while evaluating.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/notice"
          }
        }
      },
      "additionalProperties": false,
      "$defs": {
        "completeness": {
          "title": "Completeness",
          "type": "object",
          "required": [
            "percentage",
            "relevant",
            "answered",
            "unknown",
            "not_applicable",
            "unanswered",
            "not_relevant"
          ],
          "properties": {
            "percentage": {
              "title": "Percentage",
              "description": "Relevant questions with any answer (weet niet and n.v.t. included), 0-100, one decimal.",
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            "relevant": {
              "title": "Relevant",
              "description": "Questions asked.",
              "type": "integer",
              "minimum": 0
            },
            "answered": {
              "title": "Answered",
              "description": "With a real answer.",
              "type": "integer",
              "minimum": 0
            },
            "unknown": {
              "title": "Unknown",
              "description": "Answered weet niet.",
              "type": "integer",
              "minimum": 0
            },
            "not_applicable": {
              "title": "Not applicable",
              "description": "Answered n.v.t.",
              "type": "integer",
              "minimum": 0
            },
            "unanswered": {
              "title": "Unanswered",
              "description": "Relevant but not answered.",
              "type": "integer",
              "minimum": 0
            },
            "not_relevant": {
              "title": "Not relevant",
              "description": "Not asked: their relevance condition did not hold.",
              "type": "integer",
              "minimum": 0
            }
          },
          "additionalProperties": false
        },
        "conditions": {
          "description": "The parts of the condition and the values they saw.",
          "type": "array",
          "items": {
            "type": "object",
            "required": [
              "condition",
              "value",
              "values"
            ],
            "properties": {
              "condition": {
                "title": "Condition",
                "description": "A part of the rule's condition, as written.",
                "type": "string"
              },
              "value": {
                "title": "Value",
                "description": "What it gave.",
                "type": "string"
              },
              "values": {
                "title": "Values",
                "description": "The values it read, by expression.",
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            },
            "additionalProperties": false
          }
        },
        "item": {
          "title": "Item",
          "type": "object",
          "required": [
            "id",
            "text",
            "state",
            "answer",
            "answer_text",
            "points",
            "max_points",
            "score",
            "weight",
            "reverse",
            "critical",
            "note",
            "evidence"
          ],
          "properties": {
            "id": {
              "title": "Question id",
              "type": "string"
            },
            "text": {
              "title": "Text",
              "type": [
                "string",
                "null"
              ]
            },
            "state": {
              "title": "State",
              "enum": [
                "answered",
                "unknown",
                "not_applicable",
                "unanswered",
                "not_relevant"
              ]
            },
            "answer": {
              "title": "Answer",
              "description": "As given: an option id, a list of option ids, true/false, a number, text, weet_niet or nvt; null when unanswered.",
              "anyOf": [
                {
                  "type": [
                    "string",
                    "number",
                    "boolean",
                    "null"
                  ]
                },
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              ]
            },
            "answer_text": {
              "title": "Answer text",
              "description": "The answer in words.",
              "type": [
                "string",
                "null"
              ]
            },
            "points": {
              "title": "Points",
              "description": "After reverse scoring.",
              "type": [
                "number",
                "null"
              ]
            },
            "max_points": {
              "title": "Maximum points",
              "type": [
                "number",
                "null"
              ]
            },
            "score": {
              "title": "Score",
              "description": "0-100, two decimals, when scored.",
              "type": [
                "number",
                "null"
              ]
            },
            "weight": {
              "title": "Weight",
              "type": "number"
            },
            "reverse": {
              "title": "Reverse",
              "type": "boolean"
            },
            "critical": {
              "title": "Critical",
              "type": "boolean"
            },
            "note": {
              "title": "Note",
              "type": [
                "string",
                "null"
              ]
            },
            "evidence": {
              "title": "Evidence",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "additionalProperties": false
        },
        "domain": {
          "title": "Domain",
          "type": "object",
          "required": [
            "id",
            "title",
            "role",
            "score",
            "status",
            "points",
            "max_points",
            "prorated_points",
            "prorated_max_points",
            "aggregator",
            "min_answered",
            "answered_items",
            "band_level",
            "level",
            "capped_by",
            "grade",
            "passed",
            "completeness",
            "items"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "type": "string"
            },
            "title": {
              "title": "Title",
              "type": [
                "string",
                "null"
              ]
            },
            "role": {
              "title": "Role",
              "enum": [
                "domain",
                "precondition"
              ]
            },
            "score": {
              "title": "Score",
              "description": "0-100, rounded as declared; null when insufficient.",
              "type": [
                "number",
                "null"
              ]
            },
            "status": {
              "title": "Status",
              "enum": [
                "valid",
                "insufficient"
              ]
            },
            "points": {
              "title": "Points",
              "description": "Raw points (weights applied) over answered items.",
              "type": "number"
            },
            "max_points": {
              "title": "Maximum points",
              "type": "number"
            },
            "prorated_points": {
              "title": "Prorated points",
              "description": "When the domain prorates.",
              "type": [
                "number",
                "null"
              ]
            },
            "prorated_max_points": {
              "title": "Prorated maximum points",
              "type": [
                "number",
                "null"
              ]
            },
            "aggregator": {
              "title": "Aggregator",
              "type": "string"
            },
            "min_answered": {
              "title": "Minimum answered",
              "type": "integer"
            },
            "answered_items": {
              "title": "Answered items",
              "description": "Scored items that counted.",
              "type": "integer",
              "minimum": 0
            },
            "band_level": {
              "title": "Band level",
              "description": "The level from the score band, before caps.",
              "type": [
                "string",
                "null"
              ]
            },
            "level": {
              "title": "Level",
              "description": "After caps.",
              "type": [
                "string",
                "null"
              ]
            },
            "capped_by": {
              "title": "Capped by",
              "description": "Rule ids.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "grade": {
              "title": "Grade",
              "type": [
                "number",
                "null"
              ]
            },
            "passed": {
              "title": "Passed",
              "type": [
                "boolean",
                "null"
              ]
            },
            "completeness": {
              "$ref": "#/$defs/completeness"
            },
            "items": {
              "title": "Items",
              "type": "array",
              "items": {
                "$ref": "#/$defs/item"
              }
            }
          },
          "additionalProperties": false
        },
        "score": {
          "title": "Derived score",
          "type": "object",
          "required": [
            "id",
            "title",
            "score",
            "status",
            "method",
            "parts"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "type": "string"
            },
            "title": {
              "title": "Title",
              "type": [
                "string",
                "null"
              ]
            },
            "score": {
              "title": "Score",
              "type": [
                "number",
                "null"
              ]
            },
            "status": {
              "title": "Status",
              "enum": [
                "valid",
                "insufficient"
              ]
            },
            "method": {
              "title": "Method",
              "description": "The aggregator's name, or expression.",
              "type": "string"
            },
            "parts": {
              "title": "Parts",
              "type": "array",
              "items": {
                "type": "object",
                "required": [
                  "id",
                  "score",
                  "weight"
                ],
                "properties": {
                  "id": {
                    "title": "Id",
                    "type": "string"
                  },
                  "score": {
                    "title": "Score",
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "weight": {
                    "title": "Weight",
                    "type": "number"
                  }
                },
                "additionalProperties": false
              }
            }
          },
          "additionalProperties": false
        },
        "precondition": {
          "title": "Precondition",
          "type": "object",
          "required": [
            "id",
            "text",
            "outcome",
            "advice",
            "undecided_by"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "type": "string"
            },
            "text": {
              "title": "Text",
              "type": [
                "string",
                "null"
              ]
            },
            "outcome": {
              "title": "Outcome",
              "enum": [
                "met",
                "not_met",
                "unknown"
              ]
            },
            "advice": {
              "title": "Advice",
              "type": [
                "string",
                "null"
              ]
            },
            "undecided_by": {
              "title": "Undecided by",
              "description": "Questions whose answers would decide an unknown outcome.",
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "additionalProperties": false
        },
        "advice": {
          "title": "Advice",
          "type": "object",
          "required": [
            "rule",
            "domain",
            "priority",
            "effort",
            "text",
            "first_step",
            "because",
            "sources",
            "conditions"
          ],
          "properties": {
            "rule": {
              "title": "Rule id",
              "type": "string"
            },
            "domain": {
              "title": "Domain id",
              "type": [
                "string",
                "null"
              ]
            },
            "priority": {
              "title": "Priority",
              "enum": [
                "critical",
                "high",
                "medium",
                "low"
              ]
            },
            "effort": {
              "title": "Effort",
              "enum": [
                "quick_win",
                "moderate",
                "structural"
              ]
            },
            "text": {
              "title": "Text",
              "type": [
                "string",
                "null"
              ]
            },
            "first_step": {
              "title": "First step",
              "type": [
                "string",
                "null"
              ]
            },
            "because": {
              "title": "Because",
              "type": [
                "string",
                "null"
              ]
            },
            "sources": {
              "title": "Sources",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "conditions": {
              "$ref": "#/$defs/conditions"
            }
          },
          "additionalProperties": false
        },
        "strength": {
          "title": "Strength",
          "type": "object",
          "required": [
            "rule",
            "domain",
            "text",
            "because",
            "conditions"
          ],
          "properties": {
            "rule": {
              "title": "Rule id",
              "type": "string"
            },
            "domain": {
              "title": "Domain id",
              "type": [
                "string",
                "null"
              ]
            },
            "text": {
              "title": "Text",
              "type": [
                "string",
                "null"
              ]
            },
            "because": {
              "title": "Because",
              "type": [
                "string",
                "null"
              ]
            },
            "conditions": {
              "$ref": "#/$defs/conditions"
            }
          },
          "additionalProperties": false
        },
        "flag": {
          "title": "Flag",
          "type": "object",
          "required": [
            "rule",
            "domain",
            "severity",
            "text",
            "because",
            "conditions"
          ],
          "properties": {
            "rule": {
              "title": "Rule id",
              "type": "string"
            },
            "domain": {
              "title": "Domain id",
              "type": [
                "string",
                "null"
              ]
            },
            "severity": {
              "title": "Severity",
              "enum": [
                "critical",
                "warning",
                "info"
              ]
            },
            "text": {
              "title": "Text",
              "type": [
                "string",
                "null"
              ]
            },
            "because": {
              "title": "Because",
              "type": [
                "string",
                "null"
              ]
            },
            "conditions": {
              "$ref": "#/$defs/conditions"
            }
          },
          "additionalProperties": false
        },
        "rule": {
          "title": "Rule",
          "type": "object",
          "required": [
            "id",
            "outcome",
            "effects",
            "undecided_by",
            "because"
          ],
          "properties": {
            "id": {
              "title": "Id",
              "type": "string"
            },
            "outcome": {
              "title": "Outcome",
              "enum": [
                "fired",
                "not_fired",
                "unknown"
              ]
            },
            "effects": {
              "title": "Effects",
              "description": "The effects the rule has, by name.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "undecided_by": {
              "title": "Undecided by",
              "description": "Questions whose answers would decide an unknown rule.",
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "because": {
              "title": "Because",
              "description": "Filled in when fired.",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "additionalProperties": false
        },
        "notice": {
          "title": "Notice",
          "type": "object",
          "required": [
            "severity",
            "code",
            "message",
            "location"
          ],
          "properties": {
            "severity": {
              "title": "Severity",
              "enum": [
                "error",
                "warning",
                "note"
              ]
            },
            "code": {
              "title": "Code",
              "type": "string"
            },
            "message": {
              "title": "Message",
              "type": "string"
            },
            "location": {
              "title": "Location",
              "description": "file:line:column",
              "type": [
                "string",
                "null"
              ]
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
