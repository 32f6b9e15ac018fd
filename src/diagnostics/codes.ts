// The registry of every diagnostic code: its default severity and what it means.
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  severity: Severity;
  /** One line: what the code means. */
  title: string;
}

export const codes = {
  'load/not-a-plan': { severity: 'error', title: 'A file named on the command line is not a plan file (empty, a list at top level, or no `wpsplan` key).' },
  'load/unsupported-version': { severity: 'error', title: 'The `wpsplan` format version is not 1.' },
  'load/unknown-kind': { severity: 'error', title: '`kind` is missing or is not NationalActionPlan, LocalActionPlan or ProgressReport.' },
  'load/too-large': { severity: 'error', title: 'The file is larger than 10 MiB.' },
  'load/encoding': { severity: 'error', title: 'The file is not UTF-8 text (binary, UTF-16 or invalid bytes).' },
  'io/read': { severity: 'error', title: 'A file of the workspace cannot be read.' },
  'yaml/syntax': { severity: 'error', title: 'Not valid YAML: syntax, a duplicate key, a custom tag, too many aliases or more than one document.' },
  'schema/required': { severity: 'error', title: 'A required property is missing.' },
  'schema/type': { severity: 'error', title: 'A value has the wrong type (text, number, list, mapping…).' },
  'schema/enum': { severity: 'error', title: 'A value is not one of the allowed values.' },
  'schema/const': { severity: 'error', title: 'A value must be exactly one fixed value.' },
  'schema/pattern': { severity: 'error', title: 'A value does not have the required shape (an id, a date, a code…).' },
  'schema/format': { severity: 'error', title: 'A value has the right shape but is not valid (a day that is not in the calendar…).' },
  'schema/additional-property': { severity: 'error', title: 'A property that this place of the plan does not know.' },
  'schema/property-name': { severity: 'error', title: 'A mapping key does not have the required shape.' },
  'schema/min-items': { severity: 'error', title: 'A list has fewer items than required.' },
  'schema/min-length': { severity: 'error', title: 'A text is empty or too short.' },
  'schema/max-length': { severity: 'error', title: 'A text is too long.' },
  'schema/minimum': { severity: 'error', title: 'A number is below the smallest allowed value.' },
  'schema/maximum': { severity: 'error', title: 'A number is above the largest allowed value.' },
  'schema/unique-items': { severity: 'error', title: 'A list holds the same item twice.' },
  'schema/invalid': { severity: 'error', title: 'The JSON Schema rejects a value for another reason.' },
  'plan/unquoted-decimal-id': { severity: 'error', title: 'An id or reference is written as an unquoted decimal number, which YAML reads as a number (1.10 becomes 1.1).' },
  'plan/duplicate-id': { severity: 'error', title: 'An id is used twice in one namespace of a file.' },
  'plan/period-reversed': { severity: 'error', title: 'A period or timeframe ends before it starts.' },
  'plan/unknown-pillar': { severity: 'error', title: 'A pillar reference is neither declared by the plan nor canonical, or a declared pillar reuses a canonical id.' },
  'plan/unknown-organisation': { severity: 'error', title: 'The plan declares an organisations registry and an organisation value is not one of its keys.' },
  'plan/unknown-concern': { severity: 'error', title: '`addresses` names a concern this plan does not declare.' },
  'plan/unknown-code': { severity: 'warning', title: 'A country or currency code of the right shape that ISO does not list.' },
  'plan/non-wps-resolution': { severity: 'info', title: 'A resolution outside the ten Women, Peace and Security resolutions.' },
  'plan/timeframe-outside-period': { severity: 'warning', title: "An action's timeframe is not inside the plan period." },
  'plan/target-before-baseline': { severity: 'warning', title: "An indicator's target year is not after its baseline year." },
  'plan/target-outside-period': { severity: 'info', title: "An indicator's target year does not overlap the plan period." },
  'plan/target-direction': { severity: 'warning', title: 'An indicator target lies on the wrong side of its baseline for `ascending`.' },
  'plan/action-without-lead': { severity: 'warning', title: 'An action has no `lead` (responsible institution).' },
  'plan/action-without-indicator': { severity: 'warning', title: 'Neither the action nor its outcome nor its objective has an indicator.' },
  'plan/unaddressed-concern': { severity: 'warning', title: 'A concern of a local plan that no action addresses.' },
  'xref/duplicate-plan-id': { severity: 'error', title: 'Two files declare the same plan id (reported on the later file).' },
  'xref/unknown-plan': { severity: 'error', title: "`parent` or an explicit reference names a plan that is not among the plans checked." },
  'xref/no-parent': { severity: 'error', title: 'A bare reference in a local plan that has no `parent`.' },
  'xref/parent-not-national': { severity: 'error', title: "A local plan's `parent` is not a NationalActionPlan." },
  'xref/unknown-reference': { severity: 'error', title: 'A reference names no element of the target plan.' },
  'xref/wrong-target-kind': { severity: 'error', title: 'A reference names an element of a kind it may not name (an indicator in `implements`…).' },
  'xref/country-mismatch': { severity: 'error', title: "A local plan's `locality.country` differs from its parent's `country`." },
  'xref/pillar-mismatch': { severity: 'warning', title: 'A local action and what it implements both have canonical pillars, and share none.' },
  'xref/period-outside-parent': { severity: 'warning', title: "A local plan's period is not inside its parent's period (info when they overlap)." },
  'xref/parent-superseded': { severity: 'warning', title: 'A draft or adopted local plan localizes a national plan marked superseded.' },
  'xref/not-localized': { severity: 'info', title: 'A national action that no local plan of that national plan localizes.' },
  'report/period-outside-plan': { severity: 'warning', title: "A report's period is not inside the period of the plan it reports on." },
  'report/unreported-action': { severity: 'info', title: 'An action due in the reporting period has no status in the report.' },
  'report/unreported-indicator': { severity: 'info', title: 'A periodic indicator with a target has no value in the report.' },
  'report/value-kind': { severity: 'error', title: "A reported value does not fit the indicator's measure (a number, text, or a percentage 0–100)." },
  'report/duplicate': { severity: 'warning', title: 'Two reports of the same plan cover the same period.' },
  'template/syntax': { severity: 'error', title: 'A template file is not valid Handlebars.' },
  'template/unknown-helper': { severity: 'error', title: 'A template calls a helper wpsplan does not have.' },
  'template/unknown-partial': { severity: 'error', title: "A template includes a partial that is not in the template's partials folder." },
  'template/missing-field': { severity: 'error', title: 'A template uses a field the document data does not have.' },
  'template/unknown-label': { severity: 'error', title: "A template asks for a label that the template's English locale does not define." },
  'template/unknown-element': { severity: 'error', title: 'A template or Markdown text produces an element outside document HTML.' },
  'template/image': { severity: 'error', title: 'An image is missing, outside the template or plan folder, or not PNG or JPEG.' },
  'template/missing-labels': { severity: 'info', title: "The plan's language lacks some labels in this template; English ones are used." },
  'io/write': { severity: 'error', title: 'An output file cannot be written.' },
  'io/changed': { severity: 'error', title: 'A plan file changed while the build ran: the documents showing it are not built.' },
  'config/unknown-code': { severity: 'error', title: 'The config names a diagnostic code that does not exist, or one whose severity cannot be changed.' },
  'config/waiver-expired': { severity: 'warning', title: "A waiver's `until` date has passed: the finding it silenced is reported again." },
  'config/waiver-unused': { severity: 'warning', title: 'A waiver matches no finding: the problem was fixed, or the waiver names the wrong plan, element or code.' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof codes;

export function isCode(value: string): value is Code {
  return Object.prototype.hasOwnProperty.call(codes, value);
}
