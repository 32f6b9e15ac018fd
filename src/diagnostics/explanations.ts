// Why each diagnostic matters for a plan and how to fix it, with a short YAML example: what `wpsplan explain` prints.
import type { Code } from './codes.js';

export interface Explanation {
  /** Why the problem matters for the plan, its adoption, localization or reporting: 1–3 sentences, plain text. */
  why: string;
  /** What to do: 1–3 sentences, plain text. */
  fix: string;
  /** A short snippet of the wrong and the right way; `right` is valid in its language. */
  example?: {
    wrong?: string;
    right: string;
    /** The snippet's language: YAML (a plan, a locale file) unless it is a Handlebars template. */
    language?: 'yaml' | 'handlebars';
  };
}

/** Lines of a snippet, joined. */
const lines = (...text: string[]): string => text.join('\n');

export const explanations = {
  'load/not-a-plan': {
    why: 'You named this file to be checked, but it holds no plan: it is empty, holds a list or a single value, or is some other YAML file without `wpsplan:`. Nothing in it can be checked, and the plan you meant to check may be missing from the run.',
    fix: 'Check that you named the right file. A plan file is a mapping that starts with `wpsplan: 1` and `kind:`; to check a whole folder, name the folder and wpsplan skips other YAML files by itself.',
    example: {
      wrong: lines('- wpsplan: 1', '  kind: LocalActionPlan', '  id: BA-TZ-LAP-2019-2022'),
      right: lines('wpsplan: 1', 'kind: LocalActionPlan', 'id: BA-TZ-LAP-2019-2022'),
    },
  },
  'load/unsupported-version': {
    why: '`wpsplan:` says which version of the plan format the file follows. This wpsplan reads version 1 only, so it cannot tell what the rest of the file means and checks nothing else in it; a quoted "1" is text, not the version number.',
    fix: 'Write `wpsplan: 1` as the first line, a number without quotes.',
    example: {
      wrong: lines('wpsplan: "1"', 'kind: NationalActionPlan'),
      right: lines('wpsplan: 1', 'kind: NationalActionPlan'),
    },
  },
  'load/unknown-kind': {
    why: '`kind` decides which rules apply: a national plan needs `country`, a local plan needs `locality`, a report names its `plan`. Without a known kind nothing else in the file is checked, and the plan is left out of cross-plan checks and coverage.',
    fix: 'Write `kind:` with exactly one of `NationalActionPlan`, `LocalActionPlan` or `ProgressReport`, in English and with the capitals as shown, whatever the language of the plan.',
    example: {
      wrong: lines('wpsplan: 1', 'kind: LokalniAkcioniPlan'),
      right: lines('wpsplan: 1', 'kind: LocalActionPlan'),
    },
  },
  'load/too-large': {
    why: 'Even a long national plan with all its annexes is far smaller than 10 MiB, so a file this large is almost certainly not a plan (an export, a data dump, a pasted image) and is refused rather than read.',
    fix: 'Check that you named the right file. Keep images as separate PNG or JPEG files referred to by their path, and keep one plan per file.',
  },
  'load/encoding': {
    why: 'Plan files are read as UTF-8 so that names such as "Općina Kalesija", Cyrillic or Arabic come out right in every document. A file saved as Windows-1250, Latin-1 or UTF-16, or a binary file such as a .docx, would turn those letters into garbage, so it is refused.',
    fix: 'Open the file in your editor and save it as UTF-8 ("Save with encoding" → UTF-8). If it is a Word or PDF document, do not name it: only YAML plan files can be checked.',
  },
  'io/read': {
    why: 'A file that belongs to the run cannot be opened, so its plan is not checked, and references to it from other plans may fail as well.',
    fix: 'Check that the file still exists, that the name is a file and not a folder, and that your account may read it (file permissions, a disconnected network drive).',
  },
  'yaml/syntax': {
    why: 'When the text is not valid YAML, wpsplan cannot tell where one field ends and the next begins, so nothing else in the file is checked and the plan cannot be rendered. Common causes are a tab used for indentation, a colon and space inside a title, an unclosed quote and a field written twice.',
    fix: 'Go to the line and column shown and follow the hint: indent with spaces, put values containing ": " or " #" in double quotes, close every quote and bracket where it opens, and remove a repeated field or a second `---` document.',
    example: {
      wrong: lines('objectives:', '  - id: "2"', '    title: Strateški cilj 2: ljudska sigurnost'),
      right: lines('objectives:', '  - id: "2"', '    title: "Strateški cilj 2: ljudska sigurnost"'),
    },
  },
  'schema/required': {
    why: 'Some fields are needed for the plan to make sense as a document and as a record: without an `id` an element cannot be referred to, without a `period` nobody knows when the plan applies, and an objective without a `pillar` or without actions commits no one to anything.',
    fix: 'Add the field named in the message to the group the message points at (a missing field is reported on the group that lacks it). When it asks for "outcomes" or "actions", add at least one of them.',
    example: {
      wrong: lines('objectives:', '  - id: "2"', '    title: Povećana ljudska sigurnost žena i djevojčica', '    actions:', '      - { id: "2.1", title: Obuka policijskih službenika, lead: pu }'),
      right: lines('objectives:', '  - id: "2"', '    title: Povećana ljudska sigurnost žena i djevojčica', '    pillar: protection', '    actions:', '      - { id: "2.1", title: Obuka policijskih službenika, lead: pu }'),
    },
  },
  'schema/type': {
    why: 'Each field expects one kind of value. A quoted number is text, so a baseline or target cannot be compared or rated; a title YAML reads as a number loses its form; a single value where a list is expected breaks tables and totals.',
    fix: 'Follow the hint: remove the quotes around numbers and years (`value: 18`), put quotes around text that looks like a number (`code: "5"`), and use `[ ]` or `-` lines where a list is expected.',
    example: {
      wrong: lines('- id: L-1.1a', '  title: Broj vijećnica u Općinskom vijeću', '  baseline: { value: "4", year: 2018 }', '  target: { value: 9, year: "2022" }'),
      right: lines('- id: L-1.1a', '  title: Broj vijećnica u Općinskom vijeću', '  baseline: { value: 4, year: 2018 }', '  target: { value: 9, year: 2022 }'),
    },
  },
  'schema/enum': {
    why: 'Fields such as `status`, `measure`, `frequency`, `locality.type` and a budget line\'s `source` take values from a fixed list, which documents translate into the plan\'s language and summaries group by. A value outside the list means nothing to wpsplan and would be left out of those tables.',
    fix: 'Use one of the allowed values, in English and spelled exactly as the plan authors\' guide lists them, even in a Bosnian plan (`status: adopted`, not `usvojen`); the hint often names the nearest one.',
    example: {
      wrong: lines('status: usvojen', 'reporting: { frequency: godišnje, to: Općinsko vijeće Kalesija }'),
      right: lines('status: adopted', 'reporting: { frequency: annual, to: Općinsko vijeće Kalesija }'),
    },
  },
  'schema/const': {
    why: 'Some fields may hold exactly one value, such as the format version `wpsplan: 1`. Any other value means the file is not what it claims to be, so it is not checked further in that place.',
    fix: 'Write the one value the message names, exactly as shown and without quotes when it is a number.',
    example: {
      wrong: lines('wpsplan: "1"', 'kind: LocalActionPlan'),
      right: lines('wpsplan: 1', 'kind: LocalActionPlan'),
    },
  },
  'schema/pattern': {
    why: 'Ids, dates, codes and tags need a fixed shape so that references find them, periods can be compared and country and currency codes are recognised. A plan id with spaces, `country: ba` or a quarter written `2019-q1` cannot be used for any of that.',
    fix: 'Follow the shape given in the hint: plan ids use A–Z, digits, `.`, `-` and `_` without spaces; dates are `2019`, `2019-H1`, `2019-Q2` (capital Q), `2019-05` or `2019-05-17`; country and currency codes are in capitals (`BA`, `BAM`); tags are lowercase words joined by hyphens.',
    example: {
      wrong: lines('id: LAP Tuzla 2019-2022', 'locality: { name: Tuzla, type: city, country: ba }', 'period: { start: 2019-q1, end: 2022 }', 'themes: [Trgovina ljudima]'),
      right: lines('id: BA-TZ-LAP-2019-2022', 'locality: { name: Tuzla, type: city, country: BA }', 'period: { start: 2019-Q1, end: 2022 }', 'themes: [human-trafficking]'),
    },
  },
  'schema/format': {
    why: 'The value has the right shape but names a day that does not exist, such as 31 June or 29 February in a year that is not a leap year. A period, deadline or adoption date built on it cannot be placed in time, and the document would print a date that never was.',
    fix: 'Correct the day or month, for an adoption date from the council\'s or ministry\'s decision. If you only know the month, write just the month: `2019-06`.',
    example: {
      wrong: lines('adoption:', '  by: Gradsko vijeće Grada Tuzla', '  date: 2019-06-31'),
      right: lines('adoption:', '  by: Gradsko vijeće Grada Tuzla', '  date: 2019-06-27'),
    },
  },
  'schema/additional-property': {
    why: 'wpsplan does not know this field in this place, so what it holds would be missing from documents and checks. It is often a typing mistake, a field indented under the wrong group, or a local-plan field such as `parent` or `implements` in a national plan.',
    fix: 'Correct the spelling (see the "did you mean"), move the field to the group where it belongs, or, to keep your own data that wpsplan should ignore, start its name with `x-`.',
    example: {
      wrong: lines('- id: "1.1.1"', '  title: Obuka za žene kandidatkinje', '  leader: Općina Kalesija', '  sifraBudzeta: "0410-123"'),
      right: lines('- id: "1.1.1"', '  title: Obuka za žene kandidatkinje', '  lead: Općina Kalesija', '  x-sifra-budzeta: "0410-123"'),
    },
  },
  'schema/property-name': {
    why: 'Keys of the `organisations` registry are used as ids throughout the plan (in `lead`, `partners`, `coordination.members`), so they must be short ids; a full name with spaces cannot be referred to reliably.',
    fix: 'Give the entry a short key (letters and digits of any script, then also `.`, `-` and `_`, no spaces, at most 64 characters) and put the full name under `name`.',
    example: {
      wrong: lines('organisations:', '  Centar za socijalni rad Tuzla: { name: JU Centar za socijalni rad Tuzla }'),
      right: lines('organisations:', '  csr: { name: JU Centar za socijalni rad Tuzla, abbreviation: CSR, type: social-services }'),
    },
  },
  'schema/min-items': {
    why: 'An empty list reads as "nothing here": an action with `lead: []` has no one accountable, an objective with `outcomes: []` commits to nothing, and `pillars: []` on an action ties it to no pillar.',
    fix: 'Put at least one item in the list, or leave the field out when it does not apply: an optional field may be missing, but not empty.',
    example: {
      wrong: lines('- id: "3.1"', '  title: Smještaj žrtava nasilja u sigurnoj kući', '  lead: []', '  pillars: []'),
      right: lines('- id: "3.1"', '  title: Smještaj žrtava nasilja u sigurnoj kući', '  lead: [csr]', '  pillars: [protection]'),
    },
  },
  'schema/min-length': {
    why: 'Titles, names and notes are printed in the document and its tables; an empty one leaves a blank heading, an unnamed body or an empty row that the council or ministry would adopt as it stands.',
    fix: 'Write the text, or leave the field out if it is optional.',
    example: {
      wrong: lines('coordination:', '  body: ""', '  chair: komisija'),
      right: lines('coordination:', '  body: Koordinaciono tijelo za praćenje provedbe Lokalnog akcionog plana', '  chair: komisija'),
    },
  },
  'schema/max-length': {
    why: 'Some values have an upper length so that they fit where they are used, such as references and table cells. A value this long is usually a description pasted into a short field.',
    fix: 'Shorten the value; move longer explanations into a `description` or a `narrative` chapter.',
  },
  'schema/minimum': {
    why: 'A number below what the field allows cannot be right: a negative budget amount, a year before 1900, `generation: 0` or a negative number of participants would distort totals, tables and reports.',
    fix: 'Correct the number. For money not yet known, leave `amount` out and write `status: tbd`; for staff time or premises, use `status: in-kind` rather than a zero or negative amount.',
    example: {
      wrong: lines('budget:', '  - { amount: -5000, currency: BAM, source: local-government }'),
      right: lines('budget:', '  - { amount: 5000, currency: BAM, source: local-government }', '  - { currency: BAM, status: in-kind, note: Prostor ustupa Općina Kalesija }'),
    },
  },
  'schema/maximum': {
    why: 'A percentage cannot go above 100, and years run to 2100. Such a value is usually a count entered in a percentage indicator or a typing mistake, and it would make the indicator\'s progress rating meaningless.',
    fix: 'Correct the value. If the indicator counts people or cases rather than a share, change `measure: percentage` to `measure: number` and give a `unit`.',
    example: {
      wrong: lines('- id: I-1.1', '  title: Udio žena među vijećnicima', '  measure: percentage', '  baseline: { value: 18, year: 2018 }', '  target: { value: 130, year: 2022 }'),
      right: lines('- id: I-1.1', '  title: Udio žena među vijećnicima', '  measure: percentage', '  baseline: { value: 18, year: 2018 }', '  target: { value: 30, year: 2022 }'),
    },
  },
  'schema/unique-items': {
    why: 'A list that names the same thing twice (a resolution, a theme, a disaggregation) inflates counts in documents and usually hides a typing mistake where another value was meant.',
    fix: 'Remove the repeated item, or correct it to the value you meant.',
    example: {
      wrong: lines('resolutions: [1325, 1820, 1325]', 'themes: [human-trafficking, human-trafficking]'),
      right: lines('resolutions: [1325, 1820, 2467]', 'themes: [human-trafficking, migration]'),
    },
  },
  'schema/invalid': {
    why: 'The value breaks a rule of the plan format that has no more specific code. Until it is corrected, the plan cannot be rendered, and whatever depends on the value may be checked wrongly.',
    fix: 'Read the message and hint, which name the field and the rule, and compare the value with that field in the plan authors\' guide.',
  },
  'plan/unquoted-decimal-id': {
    why: 'YAML reads an unquoted `1.10` as the number 1.1, so action 1.10 silently becomes 1.1 and `2.0` becomes 2. The id then clashes with another, or a local plan\'s `implements: 2.10` points at national action 2.1, and the wrong commitment is counted as localized.',
    fix: 'Put the id or reference in double quotes: `id: "1.10"`, `implements: "2.10"`. Quoting every numbered id is the simplest habit.',
    example: {
      wrong: lines('- id: 1.10', '  title: Obuka policijskih službenica', '  lead: pu', '  implements: 2.10'),
      right: lines('- id: "1.10"', '  title: Obuka policijskih službenica', '  lead: pu', '  implements: "2.10"'),
    },
  },
  'plan/duplicate-id': {
    why: 'An id is how local plans, progress reports and coverage refer to an element. When two elements share one, a reference cannot tell them apart, so progress may be reported against the wrong action and localization credited to the wrong commitment; objectives, outcomes and actions share one set of ids.',
    fix: 'Give one of the two elements another id (the related location shows the first use). Numbering by place in the tree (`"2"`, `"2.1"`, `"2.1.3"`) avoids clashes.',
    example: {
      wrong: lines('outcomes:', '  - id: "2.1"', '    title: Unaprijeđena zaštita žrtava nasilja u porodici', '    actions:', '      - { id: "2.1", title: Obuka zaposlenih u CSR-u, lead: csr }'),
      right: lines('outcomes:', '  - id: "2.1"', '    title: Unaprijeđena zaštita žrtava nasilja u porodici', '    actions:', '      - { id: "2.1.1", title: Obuka zaposlenih u CSR-u, lead: csr }'),
    },
  },
  'plan/period-reversed': {
    why: 'A period or timeframe that ends before it starts covers no time at all, so the action cannot be scheduled, reported on or compared with the plan period. It is almost always a mistyped year.',
    fix: 'Swap `start` and `end`, or correct the mistyped year.',
    example: {
      wrong: lines('- id: "1.2.1"', '  title: Kampanja o učešću žena na lokalnim izborima', '  timeframe: { start: 2021, end: 2019 }'),
      right: lines('- id: "1.2.1"', '  title: Kampanja o učešću žena na lokalnim izborima', '  timeframe: { start: 2019, end: 2021 }'),
    },
  },
  'plan/unknown-pillar': {
    why: 'Pillars tie every objective and action to the four pillars of resolution 1325 (participation, protection, prevention, relief and recovery); coverage by pillar and the comparison with the national plan rely on them. An unknown pillar leaves the element outside all of them, and a declared goal area that reuses a built-in id cannot be told apart from it.',
    fix: 'Use a built-in id (`participation`, `protection`, `prevention`, `relief-and-recovery`), correct the typing mistake the hint points out, or declare your own goal area under `pillars` with its own id and the `canonical` pillars it serves.',
    example: {
      wrong: lines('objectives:', '  - id: "2"', '    title: Povećana ljudska sigurnost iz rodne perspektive', '    pillar: ljudska-sigurnost'),
      right: lines(
        'pillars:',
        '  - { id: ljudska-sigurnost, title: Povećana ljudska sigurnost, canonical: [protection, prevention] }',
        'objectives:',
        '  - id: "2"',
        '    title: Povećana ljudska sigurnost iz rodne perspektive',
        '    pillar: ljudska-sigurnost',
      ),
    },
  },
  'plan/unknown-organisation': {
    why: 'Once a plan has an `organisations` registry, institutions are named by their key, so that each lead and partner is one well-defined institution with the same name and abbreviation in every table. A name written out in full or a mistyped key points at no entry, and responsibility for the action cannot be attributed.',
    fix: 'Use the key of the registry entry (the hint suggests the nearest one), or add the institution to `organisations` under a new key.',
    example: {
      wrong: lines('organisations:', '  csr: { name: JU Centar za socijalni rad Tuzla, type: social-services }', '  pu: { name: Policijska uprava Tuzla, type: police }', '# … in an action:', 'lead: Centar za socijalni rad', 'partners: [pu, dz]'),
      right: lines(
        'organisations:',
        '  csr: { name: JU Centar za socijalni rad Tuzla, type: social-services }',
        '  pu: { name: Policijska uprava Tuzla, type: police }',
        '  dz: { name: JZU Dom zdravlja Tuzla, type: health }',
        '# … in an action:',
        'lead: csr',
        'partners: [pu, dz]',
      ),
    },
  },
  'plan/unknown-concern': {
    why: 'Concerns record the local problems the working group found in its joint analysis, and `addresses` shows which part of the plan responds to which. A concern id that does not exist links the response to nothing, and the real concern may then appear as unaddressed.',
    fix: 'Correct the id to one declared under `concerns`, or declare the concern there with its id and title.',
    example: {
      wrong: lines('concerns:', '  - { id: nasilje-u-porodici, title: Nasilje u porodici }', 'objectives:', '  - id: "2"', '    title: Zaštita žrtava nasilja i žena u migraciji', '    pillar: protection', '    addresses: [nasilje-u-porodicy, migranti]'),
      right: lines(
        'concerns:',
        '  - { id: nasilje-u-porodici, title: Nasilje u porodici }',
        '  - { id: migranti, title: Žene i djeca u migraciji bez sigurnog smještaja }',
        'objectives:',
        '  - id: "2"',
        '    title: Zaštita žrtava nasilja i žena u migraciji',
        '    pillar: protection',
        '    addresses: [nasilje-u-porodici, migranti]',
      ),
    },
  },
  'plan/unknown-code': {
    why: 'Country and currency codes tell documents which country a plan belongs to and in which currency each amount is. A code ISO does not list (`KS` for Kosovo, `BAX` for the convertible mark) cannot be named in documents, and its amounts are totalled apart from the real currency.',
    fix: 'Check the code against ISO 3166-1 for countries (`BA` for Bosnia and Herzegovina, `XK` for Kosovo) or ISO 4217 for currencies (`BAM` for the convertible mark, `EUR`); the hint suggests a near code.',
    example: {
      wrong: lines('budget:', '  - { amount: 15000, currency: BAX, status: indicative, source: donor, funder: IOM }'),
      right: lines('budget:', '  - { amount: 15000, currency: BAM, status: indicative, source: donor, funder: IOM }'),
    },
  },
  'plan/non-wps-resolution': {
    why: '`resolutions` lists the Women, Peace and Security resolutions the plan implements, and documents show each with its year and focus. A number outside the ten WPS resolutions is often a typing mistake, or another resolution, such as 2250 on youth, peace and security, that belongs among other frameworks.',
    fix: 'Check the number against 1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242, 2467 and 2493, and cite other resolutions and documents under `frameworks`. If the resolution is listed on purpose, this note can be ignored.',
    example: {
      wrong: lines('resolutions: [1325, 1820, 2250]', 'frameworks:', '  - CEDAW General Recommendation 30'),
      right: lines('resolutions: [1325, 1820]', 'frameworks:', '  - CEDAW General Recommendation 30', '  - Rezolucija VSUN 2250 o mladima, miru i sigurnosti'),
    },
  },
  'plan/timeframe-outside-period': {
    why: 'An action is a commitment of this plan, so it should take place while the plan is in force. A timeframe that starts before or runs past the plan period cannot be reported on under this plan, and often points at a mistyped year or a period not updated after an amendment.',
    fix: 'Move the timeframe inside the plan period, or, if the plan was extended, extend `period` and record the decision under `amendments`. A missing `start` or `end` is the plan\'s own.',
    example: {
      wrong: lines('period: { start: 2019, end: 2022 }', 'objectives:', '  - id: "1"', '    title: Veće učešće žena u odlučivanju', '    pillar: participation', '    actions:', '      - { id: "1.1", title: Mentorstvo za vijećnice, lead: grad, timeframe: { start: 2020, end: 2024 } }'),
      right: lines('period: { start: 2019, end: 2022 }', 'objectives:', '  - id: "1"', '    title: Veće učešće žena u odlučivanju', '    pillar: participation', '    actions:', '      - { id: "1.1", title: Mentorstvo za vijećnice, lead: grad, timeframe: { start: 2020, end: 2022 } }'),
    },
  },
  'plan/target-before-baseline': {
    why: 'A target is measured after its baseline. A target year equal to or before the baseline year leaves no time to change anything, makes progress impossible to rate, and usually means the two years were swapped or mistyped.',
    fix: 'Check both years: the baseline year is when the starting value was measured, usually the year before the plan starts; the target year is when the value should be reached, usually the plan\'s last year.',
    example: {
      wrong: lines('- id: L-2.1a', '  title: Broj žrtava upućenih na pravnu pomoć', '  baseline: { value: 12, year: 2022 }', '  target: { value: 25, year: 2019 }'),
      right: lines('- id: L-2.1a', '  title: Broj žrtava upućenih na pravnu pomoć', '  baseline: { value: 12, year: 2018 }', '  target: { value: 25, year: 2022 }'),
    },
  },
  'plan/target-outside-period': {
    why: 'A target year outside the plan period cannot be reported on while the plan is in force, so the plan\'s own reports will never show whether it was reached. Sometimes that is intended, but it is often a mistyped year.',
    fix: 'Set the target year inside the plan period, usually its last year. If a later target is intended, say why in the target\'s `note`; the note can then be ignored.',
    example: {
      wrong: lines('# plan period: 2019–2022', '- id: L-2.1a', '  title: Udio slučajeva nasilja upućenih na psihosocijalnu podršku', '  measure: percentage', '  baseline: { value: 45, year: 2018 }', '  target: { value: 90, year: 2025 }'),
      right: lines('# plan period: 2019–2022', '- id: L-2.1a', '  title: Udio slučajeva nasilja upućenih na psihosocijalnu podršku', '  measure: percentage', '  baseline: { value: 45, year: 2018 }', '  target: { value: 90, year: 2022 }'),
    },
  },
  'plan/target-direction': {
    why: 'By default a higher value is better (`ascending: true`). A target below its baseline then reads as a planned decline, and progress reports would rate an improvement as falling behind. For indicators where less is better, such as reported cases or mine-suspected area, the plan must say so.',
    fix: 'If a falling value is the goal, add `ascending: false` to the indicator; otherwise correct the target or the baseline.',
    example: {
      wrong: lines('- id: I-2.3a', '  title: Površina sumnjiva na mine', '  unit: km²', '  baseline: { value: 1000, year: 2018 }', '  target: { value: 700, year: 2022 }'),
      right: lines('- id: I-2.3a', '  title: Površina sumnjiva na mine', '  unit: km²', '  ascending: false', '  baseline: { value: 1000, year: 2018 }', '  target: { value: 700, year: 2022 }'),
    },
  },
  'plan/action-without-lead': {
    why: 'The lead is the institution accountable for carrying out the action and reporting on it. Without one, nobody answers when the municipal council or the ministry asks for progress, and the "responsible" column of the action plan stays empty.',
    fix: 'Add `lead:` with the responsible institution, or a list of them; name those who help under `partners:`.',
    example: {
      wrong: lines('- id: "2.1.1"', '  title: Obuka policijskih službenika o postupanju u slučajevima nasilja u porodici', '  partners: [csr]'),
      right: lines('- id: "2.1.1"', '  title: Obuka policijskih službenika o postupanju u slučajevima nasilja u porodici', '  lead: pu', '  partners: [csr]'),
    },
  },
  'plan/action-without-indicator': {
    why: 'With no indicator on the action, its outcome or its objective, nothing says how success will be measured: progress reports cannot rate the action, and the council or ministry cannot tell whether it worked.',
    fix: 'Add `indicators:` with at least one indicator (id, title, and ideally a baseline and target) to the action, its outcome or its objective; one indicator on the outcome covers all of its actions.',
    example: {
      wrong: lines('- id: "1.1"', '  title: Više žena u Općinskom vijeću', '  actions:', '    - { id: "1.1.1", title: Mentorstvo za kandidatkinje, lead: opcina }'),
      right: lines(
        '- id: "1.1"',
        '  title: Više žena u Općinskom vijeću',
        '  indicators:',
        '    - { id: L-1.1a, title: Broj vijećnica, unit: žene, baseline: { value: 4, year: 2018 }, target: { value: 9, year: 2022 } }',
        '  actions:',
        '    - { id: "1.1.1", title: Mentorstvo za kandidatkinje, lead: opcina }',
      ),
    },
  },
  'plan/unaddressed-concern': {
    why: 'Concerns are the local problems the working group found in its joint analysis. A concern no action addresses is a problem the plan recognises but does nothing about, which those adopting or reviewing the plan will notice.',
    fix: 'Add the concern\'s id to `addresses` of the action, outcome or objective that responds to it (actions inherit it from their outcome and objective), or add an action that does.',
    example: {
      wrong: lines('concerns:', '  - { id: migranti, title: Žene i djeca u migraciji bez sigurnog smještaja }', 'objectives:', '  - id: "2"', '    title: Zaštita žena i djece u migraciji', '    pillar: protection'),
      right: lines('concerns:', '  - { id: migranti, title: Žene i djeca u migraciji bez sigurnog smještaja }', 'objectives:', '  - id: "2"', '    title: Zaštita žena i djece u migraciji', '    pillar: protection', '    addresses: [migranti]'),
    },
  },
  'xref/duplicate-plan-id': {
    why: 'Local plans name their national plan, and reports their plan, by its id. When two files declare the same id, wpsplan cannot tell which is meant, so references, coverage and reports could use the wrong plan; often a file was copied and its id not changed.',
    fix: 'Give each plan its own id, e.g. with its locality and period (`BA-KA-LAP-2020-2024`), and update any `parent` or reference that should point at the renamed plan.',
    example: {
      wrong: lines('# kalesija.lap.yaml, copied from tuzla.lap.yaml', 'id: BA-TZ-LAP-2019-2022'),
      right: lines('# kalesija.lap.yaml', 'id: BA-KA-LAP-2020-2024'),
    },
  },
  'xref/unknown-plan': {
    why: 'The local plan names a plan, as its `parent` or in a reference, that is not among the plans checked. None of its references into that plan can be checked, and it does not count in that national plan\'s coverage; often the id is mistyped or the national plan\'s file is elsewhere.',
    fix: 'Check the id against the national plan\'s `id` (the hint suggests a near one). Then check both together: name both files, keep the national plan in the local plan\'s folder, or list both in `wpsplan.config.yaml` under `include`.',
    example: {
      wrong: lines('kind: LocalActionPlan', 'parent: BA-NAP-2018-2O22'),
      right: lines('kind: LocalActionPlan', 'parent: BA-NAP-2018-2022'),
    },
  },
  'xref/no-parent': {
    why: 'A bare reference such as `"2.1.3"` means element 2.1.3 of the plan named in `parent`. This local plan has no `parent`, so the reference points at no plan and the local action is not linked to any national commitment.',
    fix: 'Add `parent:` with the national plan\'s id, or, if the plan deliberately has no parent, write the plan id into the reference: `"BA-NAP-2018-2022#2.1.3"`.',
    example: {
      wrong: lines('id: BA-KA-LAP-2020-2024', 'objectives:', '  - id: "1"', '    title: Sigurnija zajednica za žene', '    pillar: protection', '    actions:', '      - { id: "1.1", title: SOS telefon za žrtve nasilja, lead: Općina Kalesija, implements: "2.1.3" }'),
      right: lines('id: BA-KA-LAP-2020-2024', 'parent: BA-NAP-2018-2022', 'objectives:', '  - id: "1"', '    title: Sigurnija zajednica za žene', '    pillar: protection', '    actions:', '      - { id: "1.1", title: SOS telefon za žrtve nasilja, lead: Općina Kalesija, implements: "2.1.3" }'),
    },
  },
  'xref/parent-not-national': {
    why: 'A local plan localizes a national plan, so its `parent` must be a NationalActionPlan. Naming another local plan (or a report) links it at the wrong level, so its references and its place in coverage make no sense; plans under a local plan are not part of format version 1.',
    fix: 'Set `parent` to the `id` of the national action plan this local plan carries out.',
    example: {
      wrong: lines('kind: LocalActionPlan', 'id: BA-KA-LAP-2020-2024', 'parent: BA-TZ-LAP-2019-2022'),
      right: lines('kind: LocalActionPlan', 'id: BA-KA-LAP-2020-2024', 'parent: BA-NAP-2018-2022'),
    },
  },
  'xref/unknown-reference': {
    why: '`implements` and `contributesTo` say which national commitment a local action carries out and which national indicator a local indicator feeds. A reference to an element the target plan does not have links the local work to nothing, so it is missing from the national plan\'s coverage.',
    fix: 'Check the id against the plan named in the message (the hint suggests a near id) and correct it; keep references quoted (`"2.2.1"`) so YAML does not turn them into numbers.',
    example: {
      wrong: lines('# BA-NAP-2018-2022 has actions "2.2.1" and "2.2.2"', '- id: "2.3.1"', '  title: Radionice o prevenciji trgovine ljudima u srednjim školama', '  lead: csr', '  implements: "2.2.3"'),
      right: lines('# BA-NAP-2018-2022 has actions "2.2.1" and "2.2.2"', '- id: "2.3.1"', '  title: Radionice o prevenciji trgovine ljudima u srednjim školama', '  lead: csr', '  implements: "2.2.1"'),
    },
  },
  'xref/wrong-target-kind': {
    why: '`implements` links a local action to the national objective, outcome or action it carries out; `contributesTo` links a local indicator to the national indicator it feeds. Mixed up, the local action counts as localizing nothing and the indicator feeds no national figure.',
    fix: 'In `implements` on an action, name national objectives, outcomes or actions; in `contributesTo` on an indicator, name national indicators.',
    example: {
      wrong: lines('- id: "2.3.1"', '  title: Radionice o prevenciji trgovine ljudima', '  lead: csr', '  implements: I-2.2.1a'),
      right: lines('- id: "2.3.1"', '  title: Radionice o prevenciji trgovine ljudima', '  lead: csr', '  implements: "2.2.1"', '  indicators:', '    - { id: L-2.3.1a, title: Broj učenika i učenica na radionicama, contributesTo: I-2.2.1a }'),
    },
  },
  'xref/country-mismatch': {
    why: 'A local plan localizes the national plan of its own country. When `locality.country` and the parent\'s `country` differ, either the code or the `parent` is wrong, and the local plan would be counted in another country\'s coverage.',
    fix: 'Correct `locality.country` to the parent\'s country code, or set `parent` to the national plan of the locality\'s country.',
    example: {
      wrong: lines('parent: BA-NAP-2018-2022', 'locality: { name: Bihać, type: city, country: HR }'),
      right: lines('parent: BA-NAP-2018-2022', 'locality: { name: Bihać, type: city, country: BA }'),
    },
  },
  'xref/pillar-mismatch': {
    why: 'A local action and the national element it implements should serve at least one common pillar of resolution 1325. When they share none, `implements` probably names the wrong national commitment, or the local action\'s `pillars` are wrong, and coverage by pillar is distorted.',
    fix: 'Check that `implements` names the right national action, outcome or objective; if it does, give the local action the `pillars` it really serves. Cross-cutting goal areas (`canonical: []`) never mismatch.',
    example: {
      wrong: lines('# national "2.1" serves protection and prevention', '- id: "1.4"', '  title: Ekonomsko osnaživanje žena povratnica', '  lead: grad', '  pillars: [relief-and-recovery]', '  implements: "2.1"'),
      right: lines('# national "3.2" serves relief-and-recovery', '- id: "1.4"', '  title: Ekonomsko osnaživanje žena povratnica', '  lead: grad', '  pillars: [relief-and-recovery]', '  implements: "3.2"'),
    },
  },
  'xref/period-outside-parent': {
    why: 'A local plan carries out its national plan while that plan is in force. A local period that runs past the national one (an info) is fine when the national plan is expected to be renewed; one that does not overlap it at all (a warning) usually names the wrong national plan or has a wrong year.',
    fix: 'Check both periods and the `parent`: name the national plan in force during the local plan\'s period, or correct the years.',
    example: {
      wrong: lines('parent: BA-NAP-2018-2022', 'period: { start: 2024, end: 2027 }'),
      right: lines('parent: BA-NAP-2018-2022', 'period: { start: 2019, end: 2022 }'),
    },
  },
  'xref/parent-superseded': {
    why: 'The national plan this local plan localizes has been replaced by a newer one. A local plan still in draft or in force should carry out the national plan now in force; otherwise its work is credited to an outdated plan in coverage and reports.',
    fix: 'Set `parent` to the national plan that replaced it and check the references against its ids; if this local plan has been replaced too, mark it `status: superseded`.',
    example: {
      wrong: lines('status: adopted', 'parent: BA-NAP-2014-2017'),
      right: lines('status: adopted', 'parent: BA-NAP-2018-2022'),
    },
  },
  'xref/not-localized': {
    why: 'None of the local plans checked with the national plan takes up this national action: it is a gap in localization, as no municipality or city has committed to carry it out. That may be intended for a purely national task, such as amending a state law, but it deserves a look when the next local plans are prepared.',
    fix: 'If a local plan should carry it out, add the action\'s id to `implements` of the local action that does (or implement its outcome or objective); otherwise nothing needs to change.',
    example: {
      wrong: lines('- id: "3.1"', '  title: Obuka zaposlenih u CSR-u za rad sa žrtvama nasilja', '  lead: csr'),
      right: lines('- id: "3.1"', '  title: Obuka zaposlenih u CSR-u za rad sa žrtvama nasilja', '  lead: csr', '  implements: ["2.1.3"]'),
    },
  },
  'report/period-outside-plan': {
    why: 'A report covers part of its plan\'s life. A period outside it usually means a typing mistake in a year, or a report filed against the wrong plan, and its statuses would be counted for the wrong years.',
    fix: 'Check the report\'s `period` and its `plan`: a report of 2023 belongs to the plan in force in 2023.',
    example: {
      wrong: lines('plan: BA-TZ-LAP-2019-2022', 'period: { start: 2023, end: 2023 }'),
      right: lines('plan: BA-TZ-LAP-2019-2022', 'period: { start: 2021, end: 2021 }'),
    },
  },
  'report/unreported-action': {
    why: 'An action due in the period with no status is a gap in the report: the council or ministry cannot tell whether it was done, delayed or forgotten, and the national roll-up counts it as not reported.',
    fix: 'Give the action a status under `actions`, even `not-started` or `delayed` with a note. An action completed or cancelled in an earlier report needs none.',
    example: {
      right: lines('actions:', '  "2.1.1": { status: delayed, note: Obuka odgođena zbog poplava. }', '  "2.1.2": { status: completed }'),
    },
  },
  'report/unreported-indicator': {
    why: 'An indicator with a target is how the plan says it will be measured. Without a value for the period, progress towards the target cannot be rated.',
    fix: 'Report the value under `indicators`; when there is none yet, leave `value` out and say why in `note`.',
    example: {
      right: lines('indicators:', '  L-1.1a: { value: 9, year: 2021, source: Evidencija policije }', '  L-2.1a: { note: Podaci se prikupljaju od 2022. }'),
    },
  },
  'report/value-kind': {
    why: 'A value that does not fit its indicator cannot be compared with the baseline and the target: a quoted "12" is text, a number for a qualitative indicator has no meaning, and a percentage above 100 is a typing mistake.',
    fix: 'Write numbers without quotes, percentages from 0 to 100, and words for qualitative indicators.',
    example: {
      wrong: lines('indicators:', '  L-1.1a: { value: "12" }'),
      right: lines('indicators:', '  L-1.1a: { value: 12 }'),
    },
  },
  'report/duplicate': {
    why: 'Two reports of the same plan and period disagree sooner or later, and the roll-up cannot tell which one counts.',
    fix: 'Keep one report per plan and period: merge the two, or correct the period of one of them.',
    example: {
      right: lines('id: BA-TZ-PR-2021', 'plan: BA-TZ-LAP-2019-2022', 'period: { start: 2021, end: 2021 }'),
    },
  },
  'template/syntax': {
    why: 'The template file cannot be read as Handlebars, so no document can be produced with it, for any plan.',
    fix: 'Go to the line shown: check that every `{{` has its `}}`, and that every `{{#if}}`, `{{#each}}`, `{{#unless}}` or `{{#with}}` is closed by its own `{{/if}}`, `{{/each}}` … in the right order.',
    example: {
      language: 'handlebars',
      wrong: lines('{{#each objectives}}', '<h2>{{id}} {{title}}</h2>', '{{/if}}'),
      right: lines('{{#each objectives}}', '<h2>{{id}} {{title}}</h2>', '{{/each}}'),
    },
  },
  'template/unknown-helper': {
    why: 'Templates may use only the helpers wpsplan provides (`t`, `md`, `num`, `join`, `eq`, and Handlebars\' own `if`, `unless`, `each`, `with`, `lookup`), so that a template stays data, not code. A call to any other helper, often a misspelling, stops the document from being produced.',
    fix: 'Use one of the listed helpers (see the template guide): labels with `{{t "key"}}`, numbers with `{{num value}}`, Markdown with `{{md text 2}}`.',
    example: {
      language: 'handlebars',
      wrong: lines('<toc depth="2">{{translate "contents"}}</toc>', '<page-break></page-break>'),
      right: lines('<toc depth="2">{{t "contents"}}</toc>', '<page-break></page-break>'),
    },
  },
  'template/unknown-partial': {
    why: 'The template includes a piece with `{{> name}}` that is not in its `partials` folder, so the document cannot be assembled. Usually the name is misspelled, or the partial was not copied along with the template.',
    fix: 'Check the name against the files in `partials/` (named without `.hbs`), or add the missing file. The `entry` named in `template.yaml` must also be inside the template folder.',
    example: {
      language: 'handlebars',
      wrong: lines('{{> working-group}}', '{{> action_plan}}'),
      right: lines('{{> working-group}}', '{{> action-plan}}'),
    },
  },
  'template/missing-field': {
    why: 'Templates run in strict mode: a field that is not in the document data is an error rather than a silent blank, so a misspelled field cannot leave an empty cell in a document that a council then adopts.',
    fix: 'Check the name against the document data listed in the template guide (`leadAgency`, `locality.name`, `parent.title` …); fields a plan may leave out are always present but empty, so guard them with `{{#if field}}`.',
    example: {
      language: 'handlebars',
      wrong: lines('<p class="subtitle">{{locality.naziv}} · {{period}}</p>', '{{#if locality.region}}<p class="center">{{locality.region}}</p>{{/if}}'),
      right: lines('<p class="subtitle">{{locality.name}} · {{period}}</p>', '{{#if locality.region}}<p class="center">{{locality.region}}</p>{{/if}}'),
    },
  },
  'template/unknown-label': {
    why: 'The fixed texts of a document (headings, column titles) come from the template\'s locale files, and English in `locales/en.yaml` is the fallback for every language. A label missing there would leave a heading with no text in every language.',
    fix: 'Add the label to `locales/en.yaml`, and its translation to the other locale files, or correct the key in `{{t "…"}}`.',
    example: {
      wrong: lines('# locales/en.yaml; a partial uses {{t "riskRegister"}}', 'contents: Contents', 'abbreviations: Abbreviations'),
      right: lines('# locales/en.yaml', 'contents: Contents', 'abbreviations: Abbreviations', 'riskRegister: Risks and their mitigation'),
    },
  },
  'template/unknown-element': {
    why: 'Documents are built from a small, fixed set of HTML elements that the Word, PDF and HTML writers all lay out the same way. Anything else, such as a `<div>` in a template or an image in the middle of a sentence in a plan\'s Markdown, would not come out alike in every format, so it is refused.',
    fix: 'In templates, use headings, paragraphs, lists, tables, `strong`/`em`, links, `br`, `img`, `section class="landscape"`, `page-break` and `toc`. In a plan\'s Markdown, put an image in a paragraph of its own.',
    example: {
      language: 'handlebars',
      wrong: lines('{{#unless adoption}}', '<div class="draft">{{t "draftMark"}}</div>', '{{/unless}}'),
      right: lines('{{#unless adoption}}', '<p class="center"><strong>{{t "draftMark"}}</strong></p>', '{{/unless}}'),
    },
  },
  'template/image': {
    why: 'An image in a document must be a PNG or JPEG file inside the plan\'s folder (for a plan\'s Markdown) or the template\'s folder (for a template), so that a plan shared with its folder always renders the same and never pulls in other files from the computer. A missing, misplaced or other kind of image cannot be embedded.',
    fix: 'Save the image as PNG or JPEG in the plan\'s folder or a folder below it (e.g. `images/`), refer to it by its path relative to the plan file, and check the spelling of the file name.',
    example: {
      wrong: lines('narrative:', '  context: |', '    ![Karta Općine Kalesija](../../karte/kalesija.gif)'),
      right: lines('narrative:', '  context: |', '    ![Karta Općine Kalesija](images/kalesija-karta.png)'),
    },
  },
  'template/missing-labels': {
    why: 'The template has no translation for some of its labels in the plan\'s language, so those headings and column titles appear in English in an otherwise Bosnian (or Ukrainian, Spanish …) document.',
    fix: 'Add the labels listed in the hint to the template\'s locale file for that language (e.g. `locales/bs.yaml`), or create that file by copying `locales/en.yaml` and translating it.',
    example: {
      wrong: lines('# locales/bs.yaml: pageOf and abbreviations are missing', 'contents: Sadržaj'),
      right: lines('# locales/bs.yaml', 'contents: Sadržaj', 'pageOf: Stranica {page} od {pages}', 'abbreviations: Skraćenice'),
    },
  },
  'io/write': {
    why: 'The documents could not be saved where you asked, so they were not produced: the output folder may be read-only, or a document would have replaced one of the input files.',
    fix: 'Choose another output folder with `-o`, one you may write to and that does not hold your plan files; close the document first if another program has it open.',
  },
  'io/changed': {
    why: 'A build checks every plan first and renders afterwards, reading each plan file again. A file saved in between is no longer the text that was checked, so the documents that show it are not built from it: they could carry an error the check would have caught.',
    fix: 'Run `wpsplan build` again once you have finished editing: it checks the new text, and renders only what changed.',
  },
  'config/unknown-code': {
    why: 'A rule or waiver in `wpsplan.config.yaml` names a code that does not exist, often a misspelling, so the setting does nothing: a check the team meant to make stricter, or a finding it meant to accept, stays as before. Codes of reading, YAML and schema problems cannot be changed at all, because such a file cannot be read as a plan.',
    fix: 'Correct the code (the hint suggests the nearest one; `wpsplan explain` lists them all). For a `load/`, `io/`, `yaml/` or `schema/` code, fix the plan file instead of changing the severity.',
    example: {
      wrong: lines('rules:', '  plan/action-without-indicators: error', '  schema/additional-property: off'),
      right: lines('rules:', '  plan/action-without-indicator: error', '  xref/not-localized: off'),
    },
  },
  'config/waiver-expired': {
    why: 'A waiver accepts a finding for a limited time, with a recorded reason. Once its `until` date has passed, the finding is reported again, as agreed when the waiver was written, so that the exception is reviewed rather than forgotten.',
    fix: 'Fix the finding in the plan and remove the waiver, or, if the exception still holds, renew it with a new `until` date and an updated `reason` saying who decided and when it will be resolved.',
    example: {
      wrong: lines('waivers:', '  - code: plan/action-without-indicator', '    plan: BA-TZ-LAP-2019-2022', '    element: "3.2"', '    reason: Indikator se utvrđuje nakon analize CSR-a', '    until: 2020-06-30'),
      right: lines('waivers:', '  - code: plan/action-without-indicator', '    plan: BA-TZ-LAP-2019-2022', '    element: "3.2"', '    reason: Indikator se utvrđuje revizijom plana; odluka Koordinacionog tijela od 12. 3. 2021.', '    until: 2021-12-31'),
    },
  },
  'config/waiver-unused': {
    why: 'A waiver that matches no finding silences nothing. Either the problem was fixed, and the leftover waiver would quietly swallow a new finding of the same kind, or it names the wrong plan, element or code, and the finding it was meant for is still reported.',
    fix: 'If the finding is gone, remove the waiver. Otherwise correct its `plan` (the plan\'s `id`, not its file name), `element` (the quoted element id, e.g. `"3.2"`) or `code` to match the finding.',
    example: {
      wrong: lines('waivers:', '  - code: plan/action-without-lead', '    plan: tuzla.lap.yaml', '    element: "3.2"', '    reason: Nosilac se određuje po usvajanju budžeta za 2021.'),
      right: lines('waivers:', '  - code: plan/action-without-lead', '    plan: BA-TZ-LAP-2019-2022', '    element: "3.2"', '    reason: Nosilac se određuje po usvajanju budžeta za 2021.'),
    },
  },
} as const satisfies Record<Code, Explanation>;
